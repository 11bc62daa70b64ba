#include "CacheFixtures.h"
#include "GeometryCacheFormat.h"
#include "LayerCache.h"
#include "LayerLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

// Every file counts as big in these tests; the real threshold is restored afterwards.
class LayerCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    LayerCache::setMinSourceBytes(0);
    LayerCache::clear();
  }
  void TearDown() override {
    LayerCache::setMinSourceBytes(LayerCache::kMinSourceBytes);
    LayerCache::clear();
  }
  std::shared_ptr<VectorLayer> load(const QString& path) {
    auto loaded = LayerLoader::load(path);
    EXPECT_TRUE(loaded) << loaded.error().toStdString();
    if (!loaded || loaded->size() != 1) return nullptr;
    return loaded->front();
  }
  QTemporaryDir dir;
};

}  // namespace

TEST_F(LayerCacheTest, SecondOpenMapsTheCacheWithTheSameLayer) {
  const QString gpkg = dir.filePath(QStringLiteral("parcels.gpkg"));
  test::writeGpkg(gpkg, 20, 15, 4, 0.01);
  auto first = load(gpkg);
  ASSERT_TRUE(first);
  EXPECT_FALSE(first->features->isMapped());
  ASSERT_TRUE(LayerCache::wanted(*first));
  ASSERT_TRUE(LayerCache::store(*first, LoadOptions{}));
  EXPECT_GT(LayerCache::usedBytes(), 0);
  EXPECT_TRUE(LayerCache::directory().startsWith(qEnvironmentVariable("XDG_CACHE_HOME")));

  auto second = load(gpkg);
  ASSERT_TRUE(second);
  EXPECT_TRUE(second->features->isMapped());
  EXPECT_FALSE(LayerCache::wanted(*second));
  EXPECT_TRUE(test::sameStore(*first->features, *second->features));
  EXPECT_EQ(second->id, first->id);
  EXPECT_EQ(second->sourceLayerName, first->sourceLayerName);
  EXPECT_EQ(second->driverName, first->driverName);
  EXPECT_EQ(second->crs, first->crs);
  EXPECT_EQ(second->warnings, first->warnings);
  EXPECT_EQ(second->encoding.name, first->encoding.name);
  // The layer-level API keeps working: keys, identify.
  EXPECT_EQ(second->featureKey(5), first->featureKey(5));
  EXPECT_EQ(second->rowOfKey(first->featureKey(17)), 17);
}

TEST_F(LayerCacheTest, ChangedSourceInvalidatesTheCache) {
  const QString gpkg = dir.filePath(QStringLiteral("parcels.gpkg"));
  test::writeGpkg(gpkg, 10, 10, 4, 0.01);
  auto first = load(gpkg);
  ASSERT_TRUE(first);
  ASSERT_TRUE(LayerCache::store(*first, LoadOptions{}));
  ASSERT_TRUE(load(gpkg)->features->isMapped());

  // The same path with other content (and a later modification time).
  QThread::msleep(20);
  QFile::remove(gpkg);
  test::writeGpkg(gpkg, 10, 10, 4, 0.01, 3);
  auto changed = load(gpkg);
  ASSERT_TRUE(changed);
  EXPECT_FALSE(changed->features->isMapped());
  EXPECT_EQ(changed->features->featureCount(), 103u);
  // The stale file was dropped; the new state gets its own cache.
  EXPECT_EQ(LayerCache::usedBytes(), 0);
  ASSERT_TRUE(LayerCache::store(*changed, LoadOptions{}));
  auto again = load(gpkg);
  EXPECT_TRUE(again->features->isMapped());
  EXPECT_EQ(again->features->featureCount(), 103u);
}

TEST_F(LayerCacheTest, CorruptCacheIsRejectedAndRebuilt) {
  const QString gpkg = dir.filePath(QStringLiteral("parcels.gpkg"));
  test::writeGpkg(gpkg, 12, 12, 4, 0.01);
  auto first = load(gpkg);
  ASSERT_TRUE(LayerCache::store(*first, LoadOptions{}));
  const QString file = LayerCache::slotFor(gpkg, QStringLiteral("parcels"), LoadOptions{}).file;
  ASSERT_TRUE(QFileInfo::exists(file));
  {
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(300);  // inside the first sections
    f.write("garbage!");
  }
  QString why;
  EXPECT_FALSE(LayerCache::open(gpkg, QStringLiteral("parcels"), LoadOptions{}, &why));
  EXPECT_TRUE(why.contains(QLatin1String("checksum")) || why.contains(QLatin1String("section"))) << why.toStdString();
  EXPECT_FALSE(QFileInfo::exists(file));  // removed so that it is rebuilt
  auto reread = load(gpkg);
  ASSERT_TRUE(reread);
  EXPECT_FALSE(reread->features->isMapped());
  EXPECT_TRUE(test::sameStore(*first->features, *reread->features));
  ASSERT_TRUE(LayerCache::store(*reread, LoadOptions{}));
  EXPECT_TRUE(load(gpkg)->features->isMapped());

  // Corrupt coordinates pass the open-time checks but not verify(), which deletes the file.
  QFile f(file);
  ASSERT_TRUE(f.open(QIODevice::ReadWrite));
  geocache::Header header;
  f.read(reinterpret_cast<char*>(&header), sizeof(header));
  std::vector<geocache::SectionEntry> table(header.sectionCount);
  f.read(reinterpret_cast<char*>(table.data()), qint64(table.size() * sizeof(geocache::SectionEntry)));
  const auto coords = std::find_if(table.begin(), table.end(), [](const geocache::SectionEntry& s) {
    return s.id == geocache::levelSection(0, geocache::kCoords);
  });
  ASSERT_NE(coords, table.end());
  f.seek(qint64(coords->offset + coords->bytes / 2));
  f.write("\x7f\x7f\x7f\x7f", 4);
  f.close();
  EXPECT_TRUE(LayerCache::open(gpkg, QStringLiteral("parcels"), LoadOptions{}));  // structure is intact
  EXPECT_FALSE(LayerCache::verify(gpkg, QStringLiteral("parcels"), LoadOptions{}));
  EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(LayerCacheTest, SmallFilesAndVirtualPathsAreNotCached) {
  LayerCache::setMinSourceBytes(LayerCache::kMinSourceBytes);
  const QString gpkg = dir.filePath(QStringLiteral("small.gpkg"));
  test::writeGpkg(gpkg, 4, 4, 4, 0.01);
  EXPECT_FALSE(LayerCache::eligible(gpkg));
  EXPECT_FALSE(LayerCache::wanted(*load(gpkg)));
  EXPECT_FALSE(LayerCache::eligible(QStringLiteral("/vsizip/x.zip/a.shp")));
  EXPECT_FALSE(LayerCache::eligible(QStringLiteral("PG:dbname=planmap")));
}

TEST_F(LayerCacheTest, SizeCapDropsTheLeastRecentlyOpened) {
  const QString a = dir.filePath(QStringLiteral("a.gpkg")), b = dir.filePath(QStringLiteral("b.gpkg"));
  test::writeGpkg(a, 15, 15, 4, 0.01);
  test::writeGpkg(b, 15, 15, 4, 0.01);
  ASSERT_TRUE(LayerCache::store(*load(a), LoadOptions{}));
  const qint64 one = LayerCache::usedBytes();
  const qint64 previousCap = LayerCache::maxBytes();
  LayerCache::setMaxBytes(one + one / 2);  // room for one file only
  QThread::msleep(20);
  ASSERT_TRUE(LayerCache::store(*load(b), LoadOptions{}));
  EXPECT_LE(LayerCache::usedBytes(), one + one / 2);
  EXPECT_TRUE(load(b)->features->isMapped());   // the newest stays
  EXPECT_FALSE(load(a)->features->isMapped());  // the older one went
  LayerCache::setMaxBytes(previousCap);
}
