#include "ImageChecks.h"
#include "MapPainter.h"
#include "MapRenderJob.h"
#include "MapSettings.h"
#include "TileBasemap.h"
#include "TileCache.h"
#include "TileServer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QCoreApplication>
#include <QPointer>
#include <thread>
#include <gtest/gtest.h>
#include <algorithm>
#include <cmath>
#include <set>

using namespace planmap;
using planmap::test::TileServer;

namespace {

constexpr double kR = 6378137.0;

double mercatorX(double lon) { return kR * lon * M_PI / 180; }
double mercatorY(double lat) { return kR * std::log(std::tan(M_PI / 4 + lat * M_PI / 360)); }
double lonOf(double x) { return x / kR * 180 / M_PI; }
double latOf(double y) { return (2 * std::atan(std::exp(y / kR)) - M_PI / 2) * 180 / M_PI; }

std::set<TileServer::Hit> hitSet(const QList<TileServer::Hit>& hits) { return {hits.begin(), hits.end()}; }

// The OSM "slippy map" formulas from lon/lat, written out independently of TileMatrix.
std::set<TileServer::Hit> expectedOsmTiles(const Extent& mercatorView, int z) {
  const double n = std::pow(2.0, z);
  auto col = [&](double lon) { return int(std::floor((lon + 180) / 360 * n)); };
  auto row = [&](double lat) {
    const double r = lat * M_PI / 180;
    return int(std::floor((1 - std::asinh(std::tan(r)) / M_PI) / 2 * n));
  };
  std::set<TileServer::Hit> out;
  for (int y = row(latOf(mercatorView.maxY)); y <= row(latOf(mercatorView.minY)); ++y)
    for (int x = col(lonOf(mercatorView.minX)); x <= col(lonOf(mercatorView.maxX)); ++x) out.insert({z, x, y});
  return out;
}

MapSettings ankangMercator() {
  MapSettings s;
  s.destinationCrs = Crs::fromEpsg(3857);
  s.extent = Extent{mercatorX(108.93), mercatorY(32.62), mercatorX(109.13), mercatorY(32.76)};
  s.outputSize = QSize(320, 240);
  s.background = Qt::white;
  return s;
}

TileProvider loopbackXyz(const TileServer& server, const QString& id = QStringLiteral("loopback")) {
  return TileProvider::xyz(id, server.baseUrl() + QStringLiteral("/{z}/{x}/{y}.png"), QStringLiteral("test tiles"));
}

double whiteFraction(const QImage& image) {
  long long white = 0;
  const QImage im = image.convertToFormat(QImage::Format_ARGB32);
  for (int y = 0; y < im.height(); ++y)
    for (int x = 0; x < im.width(); ++x) white += im.pixel(x, y) == qRgb(255, 255, 255);
  return double(white) / (double(im.width()) * im.height());
}

}  // namespace

TEST(TileBasemap, RequestsTheOsmTilesOfAKnownMercatorView) {
  TileServer server;
  ASSERT_TRUE(server.start());
  QTemporaryDir dir;
  auto cache = TileCache::create(loopbackXyz(server), dir.path());
  MapSettings s = ankangMercator();
  s.basemap = std::make_shared<TileBasemap>(cache);

  // The level by hand: metres per pixel of the view against 156543.03 m / 2^z at z.
  const double mpp = s.visibleExtent().width() / s.outputSize.width();
  const int z = int(std::ceil(std::log2(2 * M_PI * kR / 256 / mpp)));
  const auto expected = expectedOsmTiles(s.visibleExtent(), z);
  ASSERT_GE(expected.size(), 2u);

  QElapsedTimer timer;
  timer.start();
  const QImage first = MapPainter::renderImage(s);
  EXPECT_LT(timer.elapsed(), 2000) << "the render must not wait for the network";
  EXPECT_GT(whiteFraction(first), 0.99) << "nothing cached yet: background only";
  ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0; }));
  EXPECT_EQ(hitSet(server.hits()), expected);
  EXPECT_EQ(server.hits().size(), qsizetype(expected.size())) << "each tile fetched once";
  EXPECT_TRUE(cache->statusMessage().isEmpty()) << cache->statusMessage().toStdString();
  for (const auto& h : expected) EXPECT_TRUE(QFileInfo::exists(cache->tilePath(TileKey{h.z, h.x, h.y})));

  const QImage second = MapPainter::renderImage(s);
  EXPECT_LT(whiteFraction(second), 0.01) << "the tiles cover the view";
  // Where Ankang's centre is, the tile containing it is drawn: its colour is that of the tile image.
  const QPointF centre = s.toPixel(mercatorX(109.03), mercatorY(32.69));
  EXPECT_TRUE(QRectF(0, 0, 320, 240).contains(centre));
  const QImage third = MapPainter::renderImage(s);
  EXPECT_EQ(test::differentFraction(second, third, 0), 0.0);
  EXPECT_EQ(server.hits().size(), qsizetype(expected.size())) << "nothing fetched twice";
}

TEST(TileBasemap, ServesTheSameMapFromDiskWithTheServerGone) {
  TileServer server;
  ASSERT_TRUE(server.start());
  QTemporaryDir dir;
  MapSettings s = ankangMercator();
  QImage online;
  {
    auto cache = TileCache::create(loopbackXyz(server), dir.path());
    s.basemap = std::make_shared<TileBasemap>(cache);
    MapPainter::renderImage(s);
    ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0; }));
    online = MapPainter::renderImage(s);
  }
  server.stop();
  const auto hitsBefore = server.hits().size();
  // A new cache object (a new session): nothing in memory, everything on disk.
  auto offline = TileCache::create(loopbackXyz(server), dir.path());
  s.basemap = std::make_shared<TileBasemap>(offline);
  const QImage again = MapPainter::renderImage(s);
  EXPECT_EQ(test::differentFraction(online, again, 0), 0.0) << "same pixels from the disk cache";
  test::waitUntil([] { return false; }, 100);
  EXPECT_EQ(offline->pendingCount(), 0);
  EXPECT_EQ(server.hits().size(), hitsBefore);
  EXPECT_TRUE(offline->statusMessage().isEmpty());
}

TEST(TileBasemap, RefusedConnectionSaysOfflineAndShowsTheCache) {
  TileServer server;
  ASSERT_TRUE(server.start());
  server.stop();  // the port is now closed: connections are refused
  QTemporaryDir dir;
  auto cache = TileCache::create(loopbackXyz(server), dir.path());
  MapSettings s = ankangMercator();
  s.basemap = std::make_shared<TileBasemap>(cache);
  QString announced;
  QObject::connect(cache.get(), &TileCache::statusChanged, [&](const QString& m) { announced = m; });
  QElapsedTimer timer;
  timer.start();
  MapPainter::renderImage(s);
  EXPECT_LT(timer.elapsed(), 2000);
  ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0; }, 5000)) << "no hang";
  const QString status = cache->statusMessage();
  EXPECT_TRUE(status.startsWith(QStringLiteral("离线：显示缓存的瓦片 / offline: showing cached tiles"))) << status.toStdString();
  EXPECT_TRUE(status.contains(QStringLiteral("127.0.0.1"))) << status.toStdString();
  EXPECT_EQ(announced, status);
  // Within the retry delay a repaint does not hammer the dead server again.
  MapPainter::renderImage(s);
  EXPECT_EQ(cache->pendingCount(), 0);
}

TEST(TileBasemap, Http500SaysServerErrorWithoutRetryingAtOnce) {
  TileServer server;
  ASSERT_TRUE(server.start());
  server.setMode(TileServer::Mode::Error500);
  QTemporaryDir dir;
  auto cache = TileCache::create(loopbackXyz(server), dir.path());
  MapSettings s = ankangMercator();
  s.basemap = std::make_shared<TileBasemap>(cache);
  MapPainter::renderImage(s);
  ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0; }));
  const auto hits = server.hits().size();
  EXPECT_GT(hits, 0);
  EXPECT_TRUE(cache->statusMessage().contains(QStringLiteral("HTTP 500"))) << cache->statusMessage().toStdString();
  EXPECT_TRUE(cache->statusMessage().contains(QStringLiteral("显示缓存的瓦片")));
  MapPainter::renderImage(s);
  test::waitUntil([] { return false; }, 100);
  EXPECT_EQ(server.hits().size(), hits);
  EXPECT_TRUE(QDir(cache->directory()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty())
      << "error pages are not cached as tiles";
}

TEST(TileBasemap, SilentServerTimesOutInsteadOfHanging) {
  TileServer server;
  ASSERT_TRUE(server.start());
  server.setMode(TileServer::Mode::Silent);
  QTemporaryDir dir;
  auto cache = TileCache::create(loopbackXyz(server), dir.path());
  cache->setTimeout(300);
  MapSettings s = ankangMercator();
  s.basemap = std::make_shared<TileBasemap>(cache);
  MapPainter::renderImage(s);
  ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0; }, 5000));
  EXPECT_TRUE(cache->statusMessage().contains(QStringLiteral("offline"))) << cache->statusMessage().toStdString();
}

TEST(TileBasemap, RequestsTiandituGeographicTilesByRowAndColumn) {
  TileServer server;
  ASSERT_TRUE(server.start());
  QTemporaryDir dir;
  TileProvider provider = TileProvider::tianditu(QStringLiteral("vec"), true, QStringLiteral("test-key"));
  provider.urlTemplate.replace(QStringLiteral("https://t{s}.tianditu.gov.cn"), server.baseUrl());
  auto cache = TileCache::create(provider, dir.path());
  MapSettings s;
  s.destinationCrs = Crs::fromEpsg(4490);
  s.extent = Extent{108.5, 32.3, 109.5, 33.0};
  s.outputSize = QSize(400, 280);
  s.basemap = std::make_shared<TileBasemap>(cache);

  // By hand: level n tiles are 360/2^n degrees; the level is the first whose 256 px are at least
  // as fine as the view's degrees per pixel; col from -180 eastward, row from +90 southward.
  const Extent v = s.visibleExtent();
  const double dpp = v.width() / s.outputSize.width();
  const int n = std::max(1, int(std::ceil(std::log2(360.0 / 256 / dpp))));
  const double span = 360.0 / std::pow(2.0, n);
  std::set<TileServer::Hit> expected;
  for (int row = int(std::floor((90 - v.maxY) / span)); row <= int(std::floor((90 - v.minY) / span)); ++row)
    for (int col = int(std::floor((v.minX + 180) / span)); col <= int(std::floor((v.maxX + 180) / span)); ++col)
      expected.insert({n, col, row});

  MapPainter::renderImage(s);
  ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0; }));
  EXPECT_EQ(hitSet(server.hits()), expected);
  EXPECT_TRUE(cache->statusMessage().isEmpty()) << cache->statusMessage().toStdString();
  const QImage image = MapPainter::renderImage(s);
  EXPECT_LT(whiteFraction(image), 0.01);
  // The tile under Ankang is drawn where Ankang is: the pixel there has the colour of that tile.
  const int col = int(std::floor((109.03 + 180) / span)), row = int(std::floor((90 - 32.69) / span));
  const QImage tile = TileServer::tileImage(n, col, row);
  const QPointF p = s.toPixel(109.03, 32.69);
  const QPointF inTile(((109.03 + 180) / span - col) * 256, ((90 - 32.69) / span - row) * 256);
  const QRgb want = tile.pixel(inTile.toPoint()), got = image.pixel(p.toPoint());
  EXPECT_LE(std::abs(qRed(want) - qRed(got)) + std::abs(qGreen(want) - qGreen(got)) + std::abs(qBlue(want) - qBlue(got)), 60)
      << std::hex << want << " vs " << got;
}

TEST(TileBasemap, WarpsMercatorTilesIntoGaussKruger) {
  TileServer server;
  ASSERT_TRUE(server.start());
  QTemporaryDir dir;
  auto cache = TileCache::create(loopbackXyz(server), dir.path());
  MapSettings s;
  s.destinationCrs = Crs::fromEpsg(4545);
  // Around Ankang in CGCS2000 / 3-degree GK CM 108E (false easting 500 km, x without zone number).
  s.extent = Extent{590000, 3605000, 615000, 3625000};
  s.outputSize = QSize(300, 240);
  s.basemap = std::make_shared<TileBasemap>(cache);
  MapPainter::renderImage(s);
  ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0; }));
  ASSERT_FALSE(server.hits().isEmpty());
  const QImage image = MapPainter::renderImage(s);
  EXPECT_LT(whiteFraction(image), 0.01) << "warped tiles leave no gaps";
  if (qEnvironmentVariableIntValue("PLANMAP_KEEP_IMAGES") == 1) image.save(QStringLiteral(PLANMAP_BINARY_DIR "/test_basemap_tiles_4545.png"));
}

TEST(TileBasemap, RenderJobOnAWorkerAsksTheOwnerThreadToFetch) {
  TileServer server;
  ASSERT_TRUE(server.start());
  QTemporaryDir dir;
  auto cache = TileCache::create(loopbackXyz(server), dir.path());
  MapSettings s = ankangMercator();
  s.basemap = std::make_shared<TileBasemap>(cache);
  int arrived = 0;
  QObject::connect(cache.get(), &TileCache::tilesArrived, [&] { ++arrived; });
  {
    MapRenderJob job(s);
    job.start();
    job.waitForFinished();
    EXPECT_FALSE(job.stats().cancelled);
  }
  ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0 && arrived > 0; }));
  EXPECT_FALSE(server.hits().isEmpty());
  MapRenderJob again(s);
  again.start();
  again.waitForFinished();
  EXPECT_LT(whiteFraction(again.image()), 0.01) << "the repaint after tilesArrived() shows them";
}

TEST(TileBasemap, MissingTileShowsItsCachedParentUntilItArrives) {
  TileServer server;
  ASSERT_TRUE(server.start());
  QTemporaryDir dir;
  auto cache = TileCache::create(loopbackXyz(server), dir.path());
  MapSettings s = ankangMercator();
  s.basemap = std::make_shared<TileBasemap>(cache);
  MapPainter::renderImage(s);
  ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0; }));
  server.stop();
  // Zoom in 2×: the finer level is not cached and cannot be fetched; the parents stand in.
  MapSettings zoomed = s.zoomedAround(QPointF(160, 120), 2.0);
  const QImage image = MapPainter::renderImage(zoomed);
  EXPECT_LT(whiteFraction(image), 0.01);
  ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0; }));
  EXPECT_TRUE(cache->statusMessage().contains(QStringLiteral("offline")));
}

TEST(TileBasemap, NetworkSwitchedOffNeverConnects) {
  TileServer server;
  ASSERT_TRUE(server.start());
  QTemporaryDir dir;
  auto cache = TileCache::create(loopbackXyz(server), dir.path());
  cache->setNetworkEnabled(false);
  MapSettings s = ankangMercator();
  s.basemap = std::make_shared<TileBasemap>(cache);
  MapPainter::renderImage(s);
  test::waitUntil([] { return false; }, 100);
  EXPECT_TRUE(server.hits().isEmpty());
  EXPECT_TRUE(cache->statusMessage().startsWith(QStringLiteral("离线"))) << cache->statusMessage().toStdString();
}

TEST(TileBasemap, CacheReleasedOnAWorkerThreadIsDeletedOnItsOwn) {
  QTemporaryDir dir;
  TileServer server;
  ASSERT_TRUE(server.start());
  auto cache = TileCache::create(loopbackXyz(server), dir.path());
  QPointer<TileCache> watch(cache.get());
  std::thread worker([c = std::move(cache)]() mutable { c.reset(); });
  worker.join();
  EXPECT_FALSE(watch.isNull()) << "not deleted on the worker";
  ASSERT_TRUE(test::waitUntil([&] {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return watch.isNull();
  }));
}

TEST(TileBasemap, LabelLayerIsFetchedAndDrawnOverTheBase) {
  TileServer server;
  ASSERT_TRUE(server.start());
  QTemporaryDir dir;
  TileProvider base = TileProvider::tianditu(QStringLiteral("vec"), false, QStringLiteral("k"));
  TileProvider labels = TileProvider::tianditu(QStringLiteral("cva"), false, QStringLiteral("k"));
  base.urlTemplate.replace(QStringLiteral("https://t{s}.tianditu.gov.cn"), server.baseUrl());
  labels.urlTemplate.replace(QStringLiteral("https://t{s}.tianditu.gov.cn"), server.baseUrl());
  auto baseCache = TileCache::create(base, dir.path());
  auto labelCache = TileCache::create(labels, dir.path());
  MapSettings s = ankangMercator();
  auto basemap = std::make_shared<TileBasemap>(std::vector<std::shared_ptr<TileCache>>{baseCache, labelCache});
  s.basemap = basemap;
  MapPainter::renderImage(s);
  ASSERT_TRUE(test::waitUntil([&] { return baseCache->pendingCount() == 0 && labelCache->pendingCount() == 0; }));
  const auto tiles = basemap->plan(s).tiles;
  EXPECT_EQ(server.hits().size(), qsizetype(2 * tiles.size())) << "each tile of both layers";
  EXPECT_NE(baseCache->directory(), labelCache->directory());
  EXPECT_EQ(basemap->attribution(), QStringLiteral("© 天地图 国家地理信息公共服务平台"));
}

TEST(TileBasemap, StaleTileIsShownAndRefreshedInTheBackground) {
  TileServer server;
  ASSERT_TRUE(server.start());
  QTemporaryDir dir;
  MapSettings s = ankangMercator();
  QImage fresh;
  TileKey old;
  {
    auto cache = TileCache::create(loopbackXyz(server), dir.path());
    s.basemap = std::make_shared<TileBasemap>(cache);
    MapPainter::renderImage(s);
    ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0; }));
    fresh = MapPainter::renderImage(s);
    const auto& hit = server.hits().front();
    old = TileKey{hit.z, hit.x, hit.y};
    QFile file(cache->tilePath(old));
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addDays(-40), QFileDevice::FileModificationTime));
  }
  const auto hitsBefore = server.hits().size();
  auto cache = TileCache::create(loopbackXyz(server), dir.path());
  s.basemap = std::make_shared<TileBasemap>(cache);
  const QImage shown = MapPainter::renderImage(s);
  EXPECT_EQ(test::differentFraction(fresh, shown, 0), 0.0) << "the stale tile is still drawn";
  ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0; }));
  ASSERT_EQ(server.hits().size(), hitsBefore + 1) << "only the stale tile is fetched again";
  EXPECT_EQ(server.hits().back(), (TileServer::Hit{old.z, old.x, old.y}));
  bool stale = true;
  cache->tile(old, &stale);
  EXPECT_FALSE(stale);
}

TEST(TileBasemap, ExportCanWaitForEveryTileBeforeRendering) {
  TileServer server;
  ASSERT_TRUE(server.start());
  QTemporaryDir dir;
  auto cache = TileCache::create(loopbackXyz(server), dir.path());
  auto basemap = std::make_shared<TileBasemap>(cache);
  MapSettings s = ankangMercator();
  s.basemap = basemap;
  const int missing = basemap->requestMissing(s);
  EXPECT_EQ(missing, int(basemap->plan(s).tiles.size()));
  ASSERT_TRUE(test::waitUntil([&] { return basemap->pendingCount() == 0; }));
  EXPECT_LT(whiteFraction(MapPainter::renderImage(s)), 0.01) << "complete on the first render";
  EXPECT_EQ(basemap->requestMissing(s), 0);
}

TEST(TileBasemap, TiandituWithoutAKeyAsksForOneAndNeverConnects) {
  TileServer server;
  ASSERT_TRUE(server.start());
  QTemporaryDir dir;
  TileProvider provider = TileProvider::tianditu(QStringLiteral("vec"), false, QString());
  provider.urlTemplate.replace(QStringLiteral("https://t{s}.tianditu.gov.cn"), server.baseUrl());
  auto cache = TileCache::create(provider, dir.path());
  MapSettings s = ankangMercator();
  s.basemap = std::make_shared<TileBasemap>(cache);
  MapPainter::renderImage(s);
  ASSERT_TRUE(test::waitUntil([&] { return cache->pendingCount() == 0; }));
  test::waitUntil([] { return false; }, 100);
  EXPECT_TRUE(server.hits().isEmpty());
  EXPECT_TRUE(cache->statusMessage().contains(QStringLiteral("needs a key"))) << cache->statusMessage().toStdString();
}
