#include "LayerLoader.h"
#include "PlanEditCommands.h"
#include "Project.h"
#include "ProjectAutosave.h"
#include "ProjectReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

// A small real GeoJSON with Chinese attributes, the kind of file a planner adds to a project.
void writeSiteLayer(const QString& path) {
  QDir().mkpath(QFileInfo(path).absolutePath());
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"pm_id":"site-1","name_zh":"恒口拟建厂房"},
     "geometry":{"type":"Polygon","coordinates":[[[108.80,32.70],[108.82,32.70],[108.82,32.72],[108.80,32.72],[108.80,32.70]]]}},
    {"type":"Feature","properties":{"pm_id":"site-2","name_zh":"五里工业集中区扩区"},
     "geometry":{"type":"Point","coordinates":[109.10,32.70]}}]})");
}

std::unique_ptr<Project> bundledProject() {
  auto created = Project::createBundled();
  EXPECT_TRUE(created.isOk()) << created.error().toStdString();
  return created.isOk() ? std::move(created.value()) : nullptr;
}

QJsonObject readJson(const QString& path) {
  QFile f(path);
  f.open(QIODevice::ReadOnly);
  return QJsonDocument::fromJson(f.readAll()).object();
}

}  // namespace

TEST(Project, RoundTripKeepsLayersStylesViewLinksProgressAndLayouts) {
  QTemporaryDir dir;
  auto project = bundledProject();
  ASSERT_TRUE(project);
  const std::size_t bundledLayers = project->document().layers().size();
  ASSERT_GE(bundledLayers, 10u);

  const QString sitePath = dir.filePath(QStringLiteral("data/sites.geojson"));
  writeSiteLayer(sitePath);
  auto loaded = LayerLoader::load(sitePath);
  ASSERT_TRUE(loaded.isOk()) << loaded.error().toStdString();
  std::shared_ptr<VectorLayer> sites = loaded->front();
  sites->id = QStringLiteral("sites");
  sites->title = QStringLiteral("拟建项目");
  sites->group = QStringLiteral("用户数据");
  sites->keyField = QStringLiteral("pm_id");
  sites->style.symbol.fill = QColor(255, 0, 0, 128);
  sites->style.labels.enabled = true;
  sites->style.labels.field = QStringLiteral("name_zh");
  LayerSource source;
  source.kind = LayerSource::Kind::File;
  source.path = sitePath;
  project->addFileLayer(sites, source);

  ASSERT_TRUE(project->document().editLayer(QStringLiteral("counties"), [](VectorLayer& counties) {
    counties.visible = false;
    counties.opacity = 0.4;
  }));
  project->document().moveLayer(QStringLiteral("sites"), 0);

  const QString item = project->catalog().items().front().id;
  project->undoStack().push(PlanEditCommand::link(*project,
                                                  FeatureLink{QStringLiteral("sites"), QStringLiteral("site-1"), item, LinkRole::Implements}));
  ProgressRecord record;
  record.target = item;
  record.year = 2023;
  record.value = 320;
  record.scope = QStringLiteral("汉滨区");
  record.source = QStringLiteral("2023年统计公报");
  project->undoStack().push(PlanEditCommand::recordProgress(*project, record));
  project->setLayouts(QJsonArray{QJsonObject{{"name", "A3 规划图"}, {"page", "A3"}}});
  project->setViewExtent(Extent::fromCorners(440000, 3580000, 560000, 3680000));
  EXPECT_TRUE(project->isModified());

  const QString path = dir.filePath(QStringLiteral("安康规划.planmap"));
  const Status saved = project->save(path);
  ASSERT_TRUE(saved.isOk()) << saved.error().toStdString();
  EXPECT_FALSE(project->isModified());

  // The file layer is stored relative to the project, so the folder can move as a whole.
  const QJsonArray layers = readJson(path).value(QStringLiteral("layers")).toArray();
  EXPECT_EQ(layers.first().toObject().value(QStringLiteral("source")).toObject().value(QStringLiteral("path")).toString(),
            QStringLiteral("data/sites.geojson"));

  auto reopened = Project::open(path);
  ASSERT_TRUE(reopened.isOk()) << reopened.error().toStdString();
  Project& p = *reopened.value();
  EXPECT_TRUE(p.missingLayers().empty());
  ASSERT_EQ(p.document().layers().size(), bundledLayers + 1);
  EXPECT_EQ(p.document().layers().front()->id, QStringLiteral("sites"));
  const auto reSites = p.document().layer(QStringLiteral("sites"));
  EXPECT_EQ(reSites->features->featureCount(), 2u);
  EXPECT_EQ(reSites->features->attributes().text(0, reSites->features->attributes().fieldIndex(QStringLiteral("name_zh"))),
            QStringLiteral("恒口拟建厂房"));
  EXPECT_EQ(reSites->style, sites->style);
  EXPECT_EQ(reSites->title, QStringLiteral("拟建项目"));
  const auto reCounties = p.document().layer(QStringLiteral("counties"));
  EXPECT_FALSE(reCounties->visible);
  EXPECT_DOUBLE_EQ(reCounties->opacity, 0.4);
  EXPECT_EQ(reCounties->style, project->document().layer(QStringLiteral("counties"))->style);
  EXPECT_EQ(p.links().itemsOfFeature(QStringLiteral("sites"), QStringLiteral("site-1")).size(), 1u);
  EXPECT_EQ(p.links().size(), project->links().size());
  ASSERT_EQ(p.progress().recordsFor(item, QStringLiteral("汉滨区")).size(), 1u);
  EXPECT_EQ(p.progress().recordsFor(item, QStringLiteral("汉滨区")).front(), record);
  EXPECT_EQ(p.layouts(), project->layouts());
  EXPECT_EQ(p.viewExtent(), project->viewExtent());
  EXPECT_EQ(p.document().displayCrs(), project->document().displayCrs());
  EXPECT_FALSE(p.isModified());
}

TEST(Project, KillDuringSaveLeavesALoadableProject) {
  QTemporaryDir dir;
  auto project = bundledProject();
  ASSERT_TRUE(project);
  const QString path = dir.filePath(QStringLiteral("kill.planmap"));
  ASSERT_TRUE(project->save(path).isOk());

  // Kill the saving process at different moments; every time, what is on disk must open.
  for (int attempt = 0; attempt < 6; ++attempt) {
    QProcess saver;
    saver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    saver.start(QStringLiteral(PROJECT_SAVE_LOOP), {path});
    ASSERT_TRUE(saver.waitForStarted());
    // Wait until it has completed a few saves, then kill it somewhere inside the next ones.
    int saves = 0;
    while (saves < 2 + attempt && saver.waitForReadyRead(20000)) saves += saver.readAll().count("saved");
    QThread::msleep(static_cast<unsigned long>(attempt * 7));
    saver.kill();  // SIGKILL: no chance to clean up
    saver.waitForFinished();
    ASSERT_GE(saves, 2) << "the save loop did not run";
    auto reopened = ProjectReader::read(path);
    ASSERT_TRUE(reopened.isOk()) << "attempt " << attempt << ": " << reopened.error().toStdString();
    EXPECT_GT(reopened->get()->progress().records().size(), 0u);
  }
}

TEST(Project, AutosaveIsOfferedAfterACrashAndRestoresTheEdits) {
  QTemporaryDir dir;
  auto project = bundledProject();
  ASSERT_TRUE(project);
  const QString path = dir.filePath(QStringLiteral("auto.planmap"));
  ASSERT_TRUE(project->save(path).isOk());
  EXPECT_TRUE(ProjectAutosave::pendingRecovery(path).isEmpty());

  ProjectAutosave autosave(*project, 3600);
  const QString item = project->catalog().items().at(3).id;
  project->undoStack().push(
      PlanEditCommand::link(*project, FeatureLink{QStringLiteral("counties"), QStringLiteral("county-610923"), item, LinkRole::MonitoredBy}));
  QThread::msleep(1100);  // file times have a one-second grain on some file systems
  ASSERT_TRUE(autosave.saveNow().isOk());
  // "Crash": the project is never saved again. On the next start the side file is offered.
  const QString recovery = ProjectAutosave::pendingRecovery(path);
  ASSERT_EQ(recovery, ProjectAutosave::sideFileFor(path));
  auto restored = ProjectReader::read(recovery);
  ASSERT_TRUE(restored.isOk()) << restored.error().toStdString();
  EXPECT_EQ(restored->get()->links().itemsOfFeature(QStringLiteral("counties"), QStringLiteral("county-610923")).size(),
            project->links().itemsOfFeature(QStringLiteral("counties"), QStringLiteral("county-610923")).size());
  // The project file itself was not touched by the autosave.
  auto original = ProjectReader::read(path);
  ASSERT_TRUE(original.isOk());
  EXPECT_EQ(original->get()->links().size() + 1, restored->get()->links().size());
  autosave.discard();
  EXPECT_TRUE(ProjectAutosave::pendingRecovery(path).isEmpty());
}

TEST(Project, MissingLayerFileStillOpensAndCanBeRelinked) {
  QTemporaryDir dir;
  auto project = bundledProject();
  ASSERT_TRUE(project);
  const QString sitePath = dir.filePath(QStringLiteral("data/sites.geojson"));
  writeSiteLayer(sitePath);
  auto loaded = LayerLoader::load(sitePath);
  ASSERT_TRUE(loaded.isOk());
  auto sites = loaded->front();
  sites->id = QStringLiteral("sites");
  sites->style.symbol.fill = QColor(12, 34, 56);
  LayerSource source;
  source.path = sitePath;
  const QString path = dir.filePath(QStringLiteral("p.planmap"));
  project->addFileLayer(sites, source);
  ASSERT_TRUE(project->save(path).isOk());

  const QString moved = dir.filePath(QStringLiteral("moved/sites.geojson"));
  QDir().mkpath(QFileInfo(moved).absolutePath());
  ASSERT_TRUE(QFile::rename(sitePath, moved));

  auto reopened = Project::open(path);
  ASSERT_TRUE(reopened.isOk()) << reopened.error().toStdString();
  Project& p = *reopened.value();
  ASSERT_EQ(p.missingLayers().size(), 1u);
  EXPECT_EQ(p.missingLayers().front().layerId, QStringLiteral("sites"));
  EXPECT_TRUE(p.missingLayers().front().error.contains(QStringLiteral("sites.geojson"))) << p.missingLayers().front().error.toStdString();
  ASSERT_TRUE(p.document().layer(QStringLiteral("sites")));
  EXPECT_EQ(p.document().layer(QStringLiteral("sites"))->features->featureCount(), 0u);

  const Status relinked = p.relinkLayer(QStringLiteral("sites"), moved);
  ASSERT_TRUE(relinked.isOk()) << relinked.error().toStdString();
  EXPECT_TRUE(p.missingLayers().empty());
  EXPECT_EQ(p.document().layer(QStringLiteral("sites"))->features->featureCount(), 2u);
  EXPECT_EQ(p.document().layer(QStringLiteral("sites"))->style.symbol.fill, QColor(12, 34, 56));
  ASSERT_TRUE(p.save().isOk());
  auto again = Project::open(path);
  ASSERT_TRUE(again.isOk());
  EXPECT_TRUE(again->get()->missingLayers().empty());
}

TEST(Project, LinkAndProgressEditsUndoAndRedoInOrder) {
  auto project = bundledProject();
  ASSERT_TRUE(project);
  const int linksBefore = project->links().size();
  const QString item = project->catalog().items().at(5).id;
  const FeatureLink link{QStringLiteral("counties"), QStringLiteral("county-610929"), item, LinkRole::MonitoredBy};
  QUndoStack& undo = project->undoStack();
  undo.push(PlanEditCommand::link(*project, link));
  EXPECT_EQ(project->links().size(), linksBefore + 1);
  ProgressRecord r{item, 2022, 10.0, false, QStringLiteral("city"), QStringLiteral("test"), QString()};
  undo.push(PlanEditCommand::recordProgress(*project, r));
  r.value = 12.0;  // a corrected figure for the same year replaces the first
  undo.push(PlanEditCommand::recordProgress(*project, r));
  ASSERT_EQ(project->progress().recordsFor(item).size(), 1u);
  EXPECT_DOUBLE_EQ(*project->progress().recordsFor(item).front().value, 12.0);
  EXPECT_TRUE(project->isModified());

  undo.undo();
  EXPECT_DOUBLE_EQ(*project->progress().recordsFor(item).front().value, 10.0);
  undo.undo();
  EXPECT_TRUE(project->progress().recordsFor(item).empty());
  undo.undo();
  EXPECT_EQ(project->links().size(), linksBefore);
  EXPECT_FALSE(project->isModified());
  undo.redo();
  undo.redo();
  EXPECT_EQ(project->links().size(), linksBefore + 1);
  EXPECT_DOUBLE_EQ(*project->progress().recordsFor(item).front().value, 10.0);

  // Linking what is already linked changes nothing, and undoing it must not remove the original.
  undo.push(PlanEditCommand::link(*project, link));
  EXPECT_EQ(project->links().size(), linksBefore + 1);
  undo.undo();
  EXPECT_EQ(project->links().size(), linksBefore + 1);
}
