#include "AttributionBar.h"
#include "GuiFixture.h"
#include "GroupNames.h"
#include "IdentifyPanel.h"
#include "LayerLoadTask.h"
#include "LayerTreeModel.h"
#include "LayerTreeDock.h"
#include "MessageBar.h"
#include "TargetDock.h"

#include <QSignalSpy>

namespace planmap::test {
namespace {

class MainWindowTest : public GuiFixture {};

TEST_F(MainWindowTest, OpensOnTheBundledMapWithEveryLayerGroup) {
  const QStringList groups = window->layerTree()->model()->groups();
  for (const QString& group : {QStringLiteral("行政区划"), QStringLiteral("秦岭保护区"), QStringLiteral("水系与流域"),
                               QStringLiteral("产业园区"), QStringLiteral("飞地园区"), QStringLiteral("矿山")})
    EXPECT_TRUE(groups.contains(group)) << group.toStdString();
  // Every bundled layer is in the tree, and the view shows all of Ankang.
  for (const auto& layer : window->document()->layers())
    EXPECT_TRUE(window->layerTree()->model()->indexOfLayer(layer->id).isValid()) << layer->id.toStdString();
  const Extent view = canvas()->extent();
  const Extent ankang = window->layerExtent(QStringLiteral("prefecture"));
  ASSERT_FALSE(ankang.isEmpty());
  EXPECT_TRUE(view.contains(ankang));
  EXPECT_LT(view.width() * view.height(), ankang.width() * ankang.height() * 4);
  EXPECT_FALSE(canvas()->renderedImage().isNull());
  EXPECT_GT(canvas()->lastStats().featuresDrawn, 30);
  // Attribution of the visible data is in the line under the map.
  EXPECT_TRUE(window->attributionBar()->fullText().contains(QStringLiteral("OpenStreetMap")));
}

TEST_F(MainWindowTest, IdentifyInsideHanbinFindsTheCountyAndItsLinkedPlanItems) {
  const auto hits = window->identifyLonLat(109.03, 32.69);
  int countyHit = -1;
  for (int i = 0; i < int(hits.size()); ++i)
    if (hits[size_t(i)].layerId == QStringLiteral("counties")) countyHit = i;
  ASSERT_GE(countyHit, 0);
  const auto counties = window->document()->layer(QStringLiteral("counties"));
  const int nameField = counties->features->attributes().fieldIndex(QStringLiteral("name_zh"));
  EXPECT_EQ(counties->features->attributes().text(hits[size_t(countyHit)].row, nameField), QStringLiteral("汉滨区"));

  window->identifyPanel()->setCurrentHit(countyHit);
  const QString key = counties->featureKey(hits[size_t(countyHit)].row);
  const auto expected = window->plan().links().itemsOfFeature(QStringLiteral("counties"), key);
  const QStringList shown = window->identifyPanel()->linkedItemIds();
  EXPECT_EQ(shown.size(), int(expected.size()));
  for (const FeatureLink& link : expected) EXPECT_TRUE(shown.contains(link.item)) << link.item.toStdString();
  // The identified county is highlighted on the map.
  EXPECT_EQ(canvas()->highlights().value(QStringLiteral("counties")),
            (std::vector<std::uint32_t>{hits[size_t(countyHit)].row}));
}

TEST_F(MainWindowTest, ClickingALinkedPlanItemHighlightsEveryFeatureLinkedToIt) {
  const auto& links = window->plan().links().links();
  ASSERT_FALSE(links.empty());
  // The item linked to the most features makes the strongest test.
  QString best;
  std::size_t most = 0;
  for (const FeatureLink& l : links) {
    const std::size_t n = window->plan().links().featuresOfItem(l.item).size();
    if (n > most) {
      most = n;
      best = l.item;
    }
  }
  const int highlighted = window->highlightPlanItem(best, false);
  EXPECT_EQ(highlighted, int(most));
  int total = 0;
  for (const auto& rows : canvas()->highlights()) total += int(rows.size());
  EXPECT_EQ(total, int(most));
}

TEST_F(MainWindowTest, IdentifyShowsSchematicAccuracyProminently) {
  // The Qinling core zone is a DEM sketch: its accuracy is 'schematic'.
  const auto zones = window->document()->layer(QStringLiteral("qinling_zones"));
  ASSERT_TRUE(zones);
  const Extent e = zones->features->bounds(0);
  std::vector<IdentifyHit> hits;
  // Walk a few points of the zone's box until one falls inside it.
  for (double fx : {0.5, 0.3, 0.7})
    for (double fy : {0.5, 0.3, 0.7}) {
      const double lon = e.minX + fx * e.width(), lat = e.minY + fy * e.height();
      if (!zones->features->polygonContains(0, lon, lat)) continue;
      hits = window->identifyLonLat(lon, lat);
      goto found;
    }
found:
  ASSERT_FALSE(hits.empty());
  for (int i = 0; i < int(hits.size()); ++i)
    if (hits[size_t(i)].layerId == QStringLiteral("qinling_zones")) window->identifyPanel()->setCurrentHit(i);
  EXPECT_FALSE(window->identifyPanel()->accuracyText().isEmpty());
  EXPECT_TRUE(window->identifyPanel()->accuracyText().contains(QStringLiteral("示意")));
}

TEST_F(MainWindowTest, ACancelledLoadLeavesThePreviousLayersIntact) {
  std::vector<QString> before;
  for (const auto& layer : window->document()->layers()) before.push_back(layer->id);
  QSignalSpy finished(window.get(), &MainWindow::loadFinished);
  window->openPath(QStringLiteral(PLANMAP_SOURCE_GEODATA_DIR "/layers/rivers.geojson"));
  ASSERT_NE(window->currentLoad(), nullptr);
  window->cancelLoad();
  ASSERT_TRUE(finished.wait(30000));
  EXPECT_FALSE(finished.first().first().toBool());
  std::vector<QString> after;
  for (const auto& layer : window->document()->layers()) after.push_back(layer->id);
  EXPECT_EQ(after, before);
  EXPECT_TRUE(window->messageBar()->text().contains(QStringLiteral("取消")));
  EXPECT_EQ(window->currentLoad(), nullptr);
}

TEST_F(MainWindowTest, LoadingAFileAddsAUserLayerThatUndoRemoves) {
  const int before = int(window->document()->layers().size());
  QSignalSpy finished(window.get(), &MainWindow::loadFinished);
  window->openPath(QStringLiteral(PLANMAP_SOURCE_GEODATA_DIR "/layers/mines.geojson"));
  ASSERT_TRUE(finished.wait(30000));
  EXPECT_TRUE(finished.first().first().toBool());
  ASSERT_EQ(int(window->document()->layers().size()), before + 1);
  const auto added = window->document()->layers().back();
  EXPECT_EQ(added->group, GroupNames::userData());
  EXPECT_EQ(added->features->featureCount(), 3u);  // the three mines (the 蒿坪河 basin is no mine, issue #16)
  EXPECT_TRUE(window->layerTree()->model()->groups().contains(GroupNames::userData()));
  EXPECT_TRUE(window->recentFiles().contains(QStringLiteral(PLANMAP_SOURCE_GEODATA_DIR "/layers/mines.geojson")));
  window->undoStack()->undo();
  EXPECT_EQ(int(window->document()->layers().size()), before);
}

TEST_F(MainWindowTest, TargetTableListsThePlanTargets) {
  ASSERT_TRUE(window->plan().hasCatalog());
  const int targets = int(window->plan().catalog()->itemsOfKind(PlanItemKind::Target).size());
  EXPECT_GT(targets, 0);
  EXPECT_EQ(window->targetDock()->rowCount(), targets);
}

}  // namespace
}  // namespace planmap::test
