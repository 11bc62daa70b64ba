// The window's plan editing, layout window and team-store gate, on the bundled Ankang map: what a
// planner does in the editors shows in the identify panel and the target table at once, and the
// window's single Undo takes it back.

#include "GuiFixture.h"
#include "IdentifyPanel.h"
#include "LayoutDesigner.h"
#include "PlanEditingDocks.h"
#include "PlanLinkEditor.h"
#include "PostGisEditGate.h"
#include "PostGisEditRights.h"
#include "PostGisLayerActions.h"
#include "ProgressEditor.h"
#include "TargetDock.h"

#include <QAction>
#include <QDockWidget>

namespace planmap::test {
namespace {

class PlanEditingWindowTest : public GuiFixture {
 protected:
  // The index of the county hit at a lon/lat, made current in the identify panel.
  int identifyCounty(double lon, double lat) {
    const auto hits = window->identifyLonLat(lon, lat);
    for (int i = 0; i < int(hits.size()); ++i)
      if (hits[size_t(i)].layerId == QStringLiteral("counties")) {
        window->identifyPanel()->setCurrentHit(i);
        return i;
      }
    return -1;
  }

  // A target of the catalog the feature is not linked to yet.
  QString unlinkedTarget(const QStringList& linked) const {
    for (const PlanItem* t : window->project().catalog().itemsOfKind(PlanItemKind::Target))
      if (!linked.contains(t->id)) return t->id;
    return {};
  }
};

TEST_F(PlanEditingWindowTest, LinkingTheIdentifiedCountyShowsInTheIdentifyPanelAndUndoRemovesIt) {
  ASSERT_GE(identifyCounty(109.03, 32.69), 0);  // 汉滨区
  PlanLinkEditor* editor = window->planEditing()->linkEditor();
  EXPECT_EQ(editor->layerId(), QStringLiteral("counties"));
  const QStringList before = window->identifyPanel()->linkedItemIds();
  const QString target = unlinkedTarget(before);
  ASSERT_FALSE(target.isEmpty());

  ASSERT_TRUE(editor->linkItem(target, LinkRole::LocatedIn)) << editor->message().toStdString();
  EXPECT_TRUE(window->identifyPanel()->linkedItemIds().contains(target));
  EXPECT_TRUE(window->isWindowModified());
  window->undoStack()->undo();
  EXPECT_EQ(window->identifyPanel()->linkedItemIds(), before);
  EXPECT_FALSE(window->isWindowModified());
}

TEST_F(PlanEditingWindowTest, ATargetClickedInTheTableIsTheOneTheProgressEditorRecords) {
  const auto targets = window->project().catalog().itemsOfKind(PlanItemKind::Target);
  ASSERT_FALSE(targets.empty());
  emit window->targetDock()->targetActivated(targets.front()->id);
  EXPECT_EQ(window->planEditing()->progressEditor()->targetId(), targets.front()->id);
}

TEST_F(PlanEditingWindowTest, AReadOnlyTeamStoreRoleDisablesTheEditActions) {
  QAction* link = window->planEditing()->linkAction();
  QAction* progress = window->planEditing()->progressAction();
  EXPECT_TRUE(link->isEnabled());
  PostGisEditRights rights;
  rights.role = QStringLiteral("planner_ro");
  rights.schema = QStringLiteral("ankang");
  window->postgis()->editGate()->setRights(rights);
  EXPECT_FALSE(link->isEnabled());
  EXPECT_FALSE(progress->isEnabled());
  EXPECT_TRUE(link->toolTip().contains(QStringLiteral("planner_ro")));
  window->postgis()->editGate()->clear();
  EXPECT_TRUE(link->isEnabled());
}

TEST_F(PlanEditingWindowTest, LayoutEditsInTheLayoutWindowAreUndoneByTheMainWindow) {
  LayoutDesigner* designer = window->openLayoutDesigner();
  ASSERT_NE(designer, nullptr);
  ASSERT_TRUE(designer->newLayoutFromTemplate(LayoutDesigner::templateNames().front()));
  const auto layout = designer->currentLayout();
  ASSERT_TRUE(layout.has_value());
  ASSERT_FALSE(layout->items.empty());
  const LayoutItem& item = layout->items.front();
  const QRectF moved = item.rectMm.translated(5, 5);
  ASSERT_TRUE(designer->setItemRect(item.id, moved));
  EXPECT_TRUE(window->isWindowModified());
  window->undoStack()->undo();  // the move
  const auto restored = designer->currentLayout();
  ASSERT_TRUE(restored.has_value());
  EXPECT_EQ(restored->items.front().rectMm, item.rectMm);
  window->undoStack()->undo();  // the new layout: back to the project as it was
  EXPECT_TRUE(window->project().layouts().isEmpty());
  EXPECT_FALSE(window->isWindowModified());
  designer->close();
}

}  // namespace
}  // namespace planmap::test
