// In the window, every analysis reads the open project: a planner's own boundary layer, a layer
// marked as a red line in its properties, a hidden bundled layer — never the bundled map behind
// the project's back.
#include "ComplianceDock.h"
#include "ConstraintMarkingEditor.h"
#include "CountyStatsDock.h"
#include "GuiFixture.h"
#include "LayerPropertiesDialog.h"
#include "Project.h"
#include "../project/ProjectTruthFixtures.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace planmap::test {
namespace {

class ProjectTruthWindowTest : public GuiFixture {
 protected:
  QString loadUserLayer(const QString& path) {
    QSignalSpy finished(window.get(), &MainWindow::loadFinished);
    window->openPath(path);
    EXPECT_TRUE(finished.wait(30000));
    return window->document()->layers().back()->id;
  }
  QTemporaryDir dir;
};

TEST_F(ProjectTruthWindowTest, StatisticsReportThePlannersOwnUnitsLayer) {
  const QString towns = loadUserLayer(truth::write(QDir(dir.path()), QStringLiteral("towns.geojson"), truth::townshipsGeoJson()));
  window->setLayerVisible({QStringLiteral("counties")}, false);
  CountyStatsDock* dock = window->countyStatsDock();
  auto* units = dock->findChild<QComboBox*>(QStringLiteral("unitsCombo"));
  ASSERT_NE(units, nullptr);
  ASSERT_GE(units->findData(towns), 0) << "the loaded layer is offered as units";

  QSignalSpy ready(dock, &CountyStatsDock::statisticsReady);
  QSignalSpy failed(dock, &CountyStatsDock::statisticsFailed);
  units->setCurrentIndex(units->findData(towns));  // choosing recomputes
  ASSERT_TRUE(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 60000));
  ASSERT_TRUE(failed.isEmpty()) << failed.first().first().toString().toStdString();
  ASSERT_TRUE(dock->statistics().has_value());
  EXPECT_EQ(dock->statistics()->unitsLayer(), towns);
  ASSERT_EQ(dock->statistics()->rows().size(), 2u);
  EXPECT_EQ(dock->statistics()->rows()[0].county, QStringLiteral("甲镇"));

  // Automatic: the bundled counties, hidden or not, while the project has them.
  ready.clear();
  units->setCurrentIndex(0);
  ASSERT_TRUE(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 60000));
  EXPECT_EQ(dock->statistics()->unitsLayer(), QStringLiteral("counties"));
  EXPECT_EQ(dock->statistics()->rows().size(), 10u);
}

TEST_F(ProjectTruthWindowTest, ASiteInAUserMarkedConstraintLayerConflictsInTheCheckDock) {
  const QString water = loadUserLayer(truth::write(QDir(dir.path()), QStringLiteral("water.geojson"), truth::waterSourceGeoJson()));
  const QString site = truth::write(QDir(dir.path()), QStringLiteral("site.geojson"), truth::siteGeoJson());

  // Mark it in the layer's properties, as a planner does.
  window->showLayerProperties(water);
  LayerPropertiesDialog* dialog = nullptr;
  ASSERT_TRUE(QTest::qWaitFor([&] {
    for (QWidget* w : QApplication::topLevelWidgets())
      if (auto* d = qobject_cast<LayerPropertiesDialog*>(w); d && d->isVisible()) dialog = d;
    return dialog != nullptr;
  }, 5000));
  ConstraintMarkingEditor* editor = dialog->constraintEditor();
  editor->setMarked(true);
  editor->setConstraintName(QStringLiteral("饮用水水源保护区"));
  editor->setSeverity(Severity::Prohibited);
  dialog->accept();
  ASSERT_NE(window->project().constraintMarking(water), nullptr);
  EXPECT_EQ(window->project().constraintMarking(water)->name, QStringLiteral("饮用水水源保护区"));
  EXPECT_TRUE(window->isWindowModified());
  window->setLayerVisible({water}, false);  // a hidden red line still binds

  ComplianceDock* dock = window->complianceDock();
  QSignalSpy finished(dock, &ComplianceDock::checkFinished);
  QSignalSpy failed(dock, &ComplianceDock::checkFailed);
  dock->checkFile(site);
  ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000));
  ASSERT_TRUE(failed.isEmpty()) << failed.first().first().toString().toStdString();
  ASSERT_TRUE(dock->report().has_value());
  EXPECT_EQ(dock->report()->verdict(), QStringLiteral("prohibited"));
  bool found = false;
  for (const ConstraintConflict& c : dock->report()->conflicts) found = found || c.layer == water;
  EXPECT_TRUE(found);

  // Undo the hide, then the marking (one step): the next check no longer finds it.
  window->undoStack()->undo();
  ASSERT_NE(window->project().constraintMarking(water), nullptr);
  window->undoStack()->undo();
  EXPECT_EQ(window->project().constraintMarking(water), nullptr);
  finished.clear();
  dock->checkFile(site);
  ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000));
  for (const ConstraintConflict& c : dock->report()->conflicts) EXPECT_NE(c.layer, water);
}

}  // namespace
}  // namespace planmap::test
