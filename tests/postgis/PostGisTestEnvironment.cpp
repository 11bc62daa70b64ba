#include "PostGisTestEnvironment.h"

#include "PostGisLayerSource.h"

#include "BundledMap.h"
#include "DataPaths.h"
#include "LinkStore.h"
#include "MapDocument.h"
#include "PlanCatalog.h"
#include "PostGisPublisher.h"

#include <QGuiApplication>
#ifdef PLANMAP_TEST_WIDGETS
#include <QApplication>
#endif
#include <memory>

namespace planmap::test {
namespace {

std::unique_ptr<PostgresServer> g_server;
QString g_publishError;
bool g_published = false;

}  // namespace

void PostGisTestEnvironment::SetUp() {
  PostGisLayerSource::installProjectOpener();  // as the app's main() does
  auto started = PostgresServer::start();
  if (!started) GTEST_FAIL() << "cannot start the test PostgreSQL/PostGIS server: " << started.error().toStdString();
  g_server = std::move(started).value();
}

void PostGisTestEnvironment::TearDown() { g_server.reset(); }

PostgresServer* PostGisTestEnvironment::server() { return g_server.get(); }

QString PostGisTestEnvironment::connection(const QString& user) { return g_server ? g_server->connection(user) : QString(); }

const QString& PostGisTestEnvironment::publishedSchema() {
  static const QString schema = QStringLiteral("ankang");
  if (g_published || !g_server) return schema;
  g_published = true;
  MapDocument document;
  if (Status s = BundledMap::loadInto(document); !s) {
    ADD_FAILURE() << s.error().toStdString();
    return schema;
  }
  auto catalog = PlanCatalog::loadBundled();
  auto links = LinkStore::load(DataPaths::geodataFile(QStringLiteral("plan/bundled_links.json")));
  if (!catalog || !links) {
    ADD_FAILURE() << (catalog ? links.error() : catalog.error()).toStdString();
    return schema;
  }
  PublishInput input;
  for (const auto& l : document.layers()) input.layers.push_back(l);
  input.catalog = &catalog.value();
  input.links = &links.value();
  auto report = PostGisPublisher::publish(connection(), schema, input);
  if (!report) ADD_FAILURE() << "publish failed: " << report.error().toStdString();
  return schema;
}

}  // namespace planmap::test

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef PLANMAP_TEST_WIDGETS
  QApplication app(argc, argv);  // the connection dialog and edit gate are widgets
#else
  QGuiApplication app(argc, argv);  // styles (QColor, fonts) and the CLI's output need one
#endif
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new planmap::test::PostGisTestEnvironment);
  return RUN_ALL_TESTS();
}
