#include "AttributeTableWidget.h"
#include "GuiFixture.h"
#include "LayerPropertiesDialog.h"
#include "LayerStateCommand.h"
#include "LayerTreeModel.h"
#include "LayerTreeDock.h"
#include "IdentifyPanel.h"

#include <QFile>

#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

namespace planmap::test {
namespace {

class LayerEditTest : public GuiFixture {
 protected:
  QStringList order() const {
    QStringList ids;
    for (const auto& layer : window->document()->layers()) ids << layer->id;
    return ids;
  }
};

TEST_F(LayerEditTest, UndoOfALayerRemovalRestoresIt) {
  const QStringList before = order();
  const auto mines = window->document()->layer(QStringLiteral("mines"));
  ASSERT_TRUE(mines);
  window->removeLayer(QStringLiteral("mines"));
  EXPECT_FALSE(window->document()->layer(QStringLiteral("mines")));
  EXPECT_FALSE(window->layerTree()->model()->indexOfLayer(QStringLiteral("mines")).isValid());
  window->undoStack()->undo();
  EXPECT_EQ(order(), before);
  EXPECT_EQ(window->document()->layer(QStringLiteral("mines")), mines);  // the same layer, style and all
  EXPECT_TRUE(window->layerTree()->model()->indexOfLayer(QStringLiteral("mines")).isValid());
  window->undoStack()->redo();
  EXPECT_FALSE(window->document()->layer(QStringLiteral("mines")));
}

TEST_F(LayerEditTest, CheckboxInTheTreeHidesTheLayerUndoably) {
  LayerTreeModel* model = window->layerTree()->model();
  const QModelIndex rivers = model->indexOfLayer(QStringLiteral("rivers"));
  ASSERT_TRUE(rivers.isValid());
  EXPECT_EQ(model->data(rivers, Qt::CheckStateRole).toInt(), int(Qt::Checked));
  ASSERT_TRUE(model->setData(rivers, int(Qt::Unchecked), Qt::CheckStateRole));
  EXPECT_FALSE(window->document()->layer(QStringLiteral("rivers"))->visible);
  EXPECT_EQ(model->data(model->indexOfLayer(QStringLiteral("rivers")), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
  window->undoStack()->undo();
  EXPECT_TRUE(window->document()->layer(QStringLiteral("rivers"))->visible);
}

TEST_F(LayerEditTest, DropWithinAGroupReordersAndUndoRestoresTheOrder) {
  const QStringList before = order();
  // The two 飞地园区 layers: put enclave_links above enclave_parks.
  const int parks = window->document()->indexOf(QStringLiteral("enclave_parks"));
  const int links = window->document()->indexOf(QStringLiteral("enclave_links"));
  ASSERT_GE(parks, 0);
  ASSERT_GE(links, 0);
  ASSERT_LT(links, parks);  // links are drawn below the parks in the bundled map
  const int target = LayerTreeModel::dropIndex(*window->document(), QStringLiteral("enclave_links"),
                                               QStringLiteral("enclave_parks"), /*above=*/true);
  window->moveLayer(QStringLiteral("enclave_links"), target);
  EXPECT_GT(window->document()->indexOf(QStringLiteral("enclave_links")),
            window->document()->indexOf(QStringLiteral("enclave_parks")));
  // The tree lists the top of the drawing order first.
  const QModelIndex group = window->layerTree()->model()->indexOfGroup(QStringLiteral("飞地园区"));
  EXPECT_EQ(window->layerTree()->model()->layerIdAt(window->layerTree()->model()->index(0, 0, group)),
            QStringLiteral("enclave_links"));
  window->undoStack()->undo();
  EXPECT_EQ(order(), before);
}

TEST_F(LayerEditTest, StyleAndOpacityChangesAreUndoable) {
  MapDocument* document = window->document();
  const auto counties = [document] { return document->layer(QStringLiteral("counties")); };
  const auto first = counties();
  const LayerStyle original = first->style;
  LayerPropertiesDialog dialog(first);
  dialog.setRenderer(RendererKind::Categorized);
  dialog.setField(QStringLiteral("name_zh"));
  dialog.classify();
  EXPECT_EQ(dialog.classCount(), 10);  // one class per county
  const LayerState state = dialog.state();
  window->undoStack()->push(new LayerStateCommand(window->document(), QStringLiteral("counties"), state, QStringLiteral("style")));
  EXPECT_EQ(counties()->style.renderer, RendererKind::Categorized);
  // The legend shows one swatch per class under the layer.
  LayerTreeModel* model = window->layerTree()->model();
  EXPECT_EQ(model->rowCount(model->indexOfLayer(QStringLiteral("counties"))), 10);
  window->setLayerOpacity(QStringLiteral("counties"), 0.5);
  EXPECT_DOUBLE_EQ(counties()->opacity, 0.5);
  window->undoStack()->undo();
  EXPECT_DOUBLE_EQ(counties()->opacity, 1.0);
  window->undoStack()->undo();
  EXPECT_TRUE(counties()->style == original);
  // Edits swapped in new layers; the one the dialog was given was never changed.
  EXPECT_NE(counties(), first);
  EXPECT_TRUE(first->style == original);
  EXPECT_EQ(counties()->features, first->features);
  EXPECT_EQ(model->rowCount(model->indexOfLayer(QStringLiteral("counties"))), 0);
}

TEST_F(LayerEditTest, AttributeTableFiltersSortsAndSyncsSelectionWithTheMap) {
  AttributeTableWidget* table = window->openAttributeTable(QStringLiteral("counties"));
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->visibleRowCount(), 10);
  table->setFilterText(QStringLiteral("汉"));
  EXPECT_EQ(table->visibleRowCount(), 2);  // 汉滨区, 汉阴县
  table->setFilterText(QString());
  // Table → map.
  table->view()->selectRow(0);
  const std::vector<std::uint32_t> selected = table->selectedRows();
  ASSERT_EQ(selected.size(), 1u);
  EXPECT_EQ(canvas()->highlights().value(QStringLiteral("counties")), selected);
  // Map → table: identify selects the row.
  const auto hits = window->identifyLonLat(109.03, 32.69);
  ASSERT_FALSE(hits.empty());
  std::uint32_t hanbin = 0;
  for (const IdentifyHit& h : hits)
    if (h.layerId == QStringLiteral("counties")) hanbin = h.row;
  window->identifyPanel();
  for (int i = 0; i < int(hits.size()); ++i)
    if (hits[size_t(i)].layerId == QStringLiteral("counties")) window->identifyPanel()->setCurrentHit(i);
  EXPECT_EQ(table->selectedRows(), (std::vector<std::uint32_t>{hanbin}));
  // Export: UTF-8 with BOM, a header and one row per selected feature.
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("counties.csv"));
  ASSERT_TRUE(table->exportCsv(path, true).isOk());
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QByteArray bytes = file.readAll();
  EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
  const QString text = QString::fromUtf8(bytes.mid(3));
  EXPECT_EQ(text.count(QStringLiteral("\r\n")), 2);
  EXPECT_TRUE(text.contains(QStringLiteral("汉滨区")));
}

}  // namespace
}  // namespace planmap::test
