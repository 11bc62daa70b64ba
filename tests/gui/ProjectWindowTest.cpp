// The window's project file workflow: unsaved-changes mark, save, reopen, the close question,
// missing layers and relinking, autosave recovery — on the bundled Ankang map and real files.

#include "GuiFixture.h"
#include "LayerRelinker.h"
#include "LayerTreeDock.h"
#include "LayerTreeModel.h"
#include "MessageBar.h"
#include "ProjectAutosave.h"
#include "ProjectController.h"
#include "TargetDock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

namespace planmap::test {
namespace {

class ProjectWindowTest : public GuiFixture {
 protected:
  // A window opened by openProject() deletes itself on close; tests close what they opened.
  static void closeOpened(MainWindow* opened) {
    if (!opened) return;
    opened->projectController()->setSaveQuestion([](const QString&) { return ProjectController::SaveChoice::Discard; });
    QPointer<MainWindow> guard(opened);
    opened->close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 5000));
  }

  // Answers the next modal message box with `button`.
  static void answerNextMessageBox(QMessageBox::StandardButton button) {
    QTimer::singleShot(0, [button] {
      auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
      if (box && box->button(button)) box->button(button)->click();
    });
  }

  // Opens `path` from `from` and waits for the window that replaces it (nullptr on failure).
  static MainWindow* openAndWait(MainWindow* from, const QString& path) {
    QSignalSpy opened(from, &MainWindow::projectOpened);
    QSignalSpy failed(from, &MainWindow::projectOpenFailed);
    if (!from->openProject(path)) return nullptr;
    EXPECT_NE(from->currentProjectOpen(), nullptr);  // read in the background
    EXPECT_TRUE(QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 30000));
    return opened.isEmpty() ? nullptr : opened.first().first().value<MainWindow*>();
  }

  QString loadUserLayer(const QString& path) {
    QSignalSpy finished(window.get(), &MainWindow::loadFinished);
    window->openPath(path);
    EXPECT_TRUE(finished.wait(30000));
    return window->document()->layers().back()->id;
  }

  QTemporaryDir dir;
};

TEST_F(ProjectWindowTest, AnEditMarksTheWindowUnsavedAndUndoClearsTheMark) {
  EXPECT_FALSE(window->isWindowModified());
  EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("[*]")));
  window->setLayerVisible({QStringLiteral("counties")}, false);
  EXPECT_TRUE(window->isWindowModified());
  window->undoStack()->undo();
  EXPECT_FALSE(window->isWindowModified());
}

TEST_F(ProjectWindowTest, SavedProjectReopensWithItsLayersStyleAndView) {
  window->setLayerOpacity(QStringLiteral("counties"), 0.4);
  ASSERT_TRUE(window->zoomToCounty(QStringLiteral("旬阳市")));
  ASSERT_TRUE(waitForRender());
  const Extent view = canvas()->extent();
  const QString path = dir.filePath(QStringLiteral("旬阳规划.planmap"));
  ASSERT_TRUE(window->projectController()->saveTo(path));
  EXPECT_FALSE(window->isWindowModified());
  EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("旬阳规划")));

  MainWindow* opened = openAndWait(window.get(), path);
  ASSERT_NE(opened, nullptr);
  EXPECT_FALSE(window->isVisible());  // replaced
  ASSERT_TRUE(QTest::qWaitFor([&] { return opened->canvas()->finishedRenders() > 0 && !opened->canvas()->isRendering(); }, 30000));
  EXPECT_EQ(opened->project().filePath(), QFileInfo(path).absoluteFilePath());
  EXPECT_EQ(opened->document()->layers().size(), window->document()->layers().size());
  EXPECT_DOUBLE_EQ(opened->document()->layer(QStringLiteral("counties"))->opacity, 0.4);
  // The bundled catalog and links came along: the target table is filled.
  EXPECT_GT(opened->targetDock()->rowCount(), 20);
  const Extent reopened = opened->canvas()->extent();
  EXPECT_NEAR(reopened.centerX(), view.centerX(), view.width() * 0.02);
  EXPECT_NEAR(reopened.centerY(), view.centerY(), view.height() * 0.02);
  EXPECT_FALSE(opened->isWindowModified());
  closeOpened(opened);
}

TEST_F(ProjectWindowTest, ClosingWithUnsavedChangesAsksAndCancelKeepsTheWindow) {
  window->setLayerVisible({QStringLiteral("rivers")}, false);
  QStringList asked;
  auto answer = ProjectController::SaveChoice::Cancel;
  window->projectController()->setSaveQuestion([&](const QString& name) {
    asked << name;
    return answer;
  });
  EXPECT_FALSE(window->close());
  EXPECT_TRUE(window->isVisible());
  ASSERT_EQ(asked.size(), 1);

  // "Save" on a project that was never saved asks for a file name and writes it.
  answer = ProjectController::SaveChoice::Save;
  const QString path = dir.filePath(QStringLiteral("closing.planmap"));
  window->projectController()->setPathQuestion([&](const QString&) { return path; });
  EXPECT_TRUE(window->close());
  EXPECT_TRUE(QFileInfo::exists(path));
  auto saved = Project::open(path);
  ASSERT_TRUE(saved.isOk()) << saved.error().toStdString();
  EXPECT_FALSE(saved.value()->document().layer(QStringLiteral("rivers"))->visible);
}

TEST_F(ProjectWindowTest, AFailedSaveSaysWhyAndKeepsTheChanges) {
  window->setLayerVisible({QStringLiteral("rivers")}, false);
  const QString path = dir.filePath(QStringLiteral("no-such-folder/p.planmap"));
  EXPECT_FALSE(window->projectController()->saveTo(path));
  EXPECT_TRUE(window->isWindowModified());
  EXPECT_TRUE(window->messageBar()->text().contains(QStringLiteral("no-such-folder")));
}

TEST_F(ProjectWindowTest, AMovedLayerFileIsMarkedMissingAndRelinkBringsItBack) {
  const QString original = dir.filePath(QStringLiteral("mines.geojson"));
  ASSERT_TRUE(QFile::copy(QStringLiteral(PLANMAP_SOURCE_GEODATA_DIR "/layers/mines.geojson"), original));
  const QString layerId = loadUserLayer(original);
  window->setLayerOpacity(layerId, 0.7);
  const QString path = dir.filePath(QStringLiteral("p.planmap"));
  ASSERT_TRUE(window->projectController()->saveTo(path));
  const QString moved = dir.filePath(QStringLiteral("moved-mines.geojson"));
  ASSERT_TRUE(QFile::rename(original, moved));

  MainWindow* opened = openAndWait(window.get(), path);
  ASSERT_NE(opened, nullptr);
  LayerTreeModel* model = opened->layerTree()->model();
  EXPECT_TRUE(model->isMissing(layerId));
  EXPECT_TRUE(model->data(model->indexOfLayer(layerId), Qt::DisplayRole).toString().contains(QStringLiteral("缺失")));
  EXPECT_TRUE(opened->messageBar()->text().contains(QStringLiteral("mines.geojson")));

  // The file is read on a worker; the layer is swapped in when it is done.
  QSignalSpy relinked(opened->relinker(), &LayerRelinker::finished);
  opened->relinkLayer(layerId, moved);
  EXPECT_TRUE(model->isMissing(layerId));  // not yet: relinkLayer() only starts the read
  ASSERT_TRUE(relinked.wait(30000));
  ASSERT_TRUE(relinked.front().at(1).toBool()) << relinked.front().at(2).toString().toStdString();
  EXPECT_FALSE(model->isMissing(layerId));
  const auto layer = opened->document()->layer(layerId);
  EXPECT_EQ(layer->features->featureCount(), 3u);  // the three mines (the 蒿坪河 basin is no mine, issue #16)
  EXPECT_DOUBLE_EQ(layer->opacity, 0.7);  // the planner's style survived the move
  EXPECT_TRUE(opened->isWindowModified());
  closeOpened(opened);
}

TEST_F(ProjectWindowTest, AnAutosavedCopyIsOfferedAndRestoredAfterACrash) {
  const QString path = dir.filePath(QStringLiteral("crash.planmap"));
  ASSERT_TRUE(window->projectController()->saveTo(path));
  // Work after the save, autosaved, then the app "crashes" (the project file is never rewritten).
  window->setLayerVisible({QStringLiteral("counties")}, false);
  ProjectAutosave autosave(window->project());
  ASSERT_TRUE(autosave.saveNow().isOk());
  ASSERT_FALSE(ProjectAutosave::pendingRecovery(path).isEmpty());

  auto project = Project::open(path);
  ASSERT_TRUE(project.isOk());
  auto* restarted = new MainWindow(std::move(project).value(), /*persistent=*/false);
  restarted->setAttribute(Qt::WA_DeleteOnClose);
  restarted->show();
  restarted->showProject();
  EXPECT_TRUE(restarted->document()->layer(QStringLiteral("counties"))->visible);
  answerNextMessageBox(QMessageBox::Yes);
  MainWindow* recovered = restarted->offerRecovery();
  ASSERT_NE(recovered, restarted);
  EXPECT_FALSE(recovered->document()->layer(QStringLiteral("counties"))->visible);
  EXPECT_EQ(recovered->project().filePath(), QFileInfo(path).absoluteFilePath());
  EXPECT_TRUE(recovered->isWindowModified());
  // Saving the restored project makes the side file obsolete.
  ASSERT_TRUE(recovered->projectController()->save());
  EXPECT_TRUE(ProjectAutosave::pendingRecovery(path).isEmpty());
  EXPECT_FALSE(QFileInfo::exists(ProjectAutosave::sideFileFor(path)));
  closeOpened(recovered);
}

TEST_F(ProjectWindowTest, AnUnreadableProjectLeavesTheWindowAsItWas) {
  const QString path = dir.filePath(QStringLiteral("broken.planmap"));
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("{\"format\": \"planmap-project\", \"version\": 1, \"layers\": [");
  file.close();
  EXPECT_EQ(openAndWait(window.get(), path), nullptr);
  EXPECT_TRUE(window->isVisible());
  EXPECT_TRUE(window->messageBar()->text().contains(QStringLiteral("broken.planmap")));
  EXPECT_FALSE(window->document()->layers().empty());
}

}  // namespace
}  // namespace planmap::test
