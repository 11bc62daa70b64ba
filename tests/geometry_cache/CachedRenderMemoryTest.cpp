// A test built for memory: resident memory of a mapped layer stays bounded by what is drawn, and
// 50 zoom/pan renders do not grow it.
#include "CacheFixtures.h"
#include "GeometryCacheReader.h"
#include "GeometryCacheWriter.h"
#include "MapPainter.h"
#include "ReprojectionCache.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <malloc.h>
#include <cstdio>
#include <random>

using namespace planmap;

namespace {

// A field of /proc/self/status in bytes ("VmRSS", "RssAnon": heap and stacks, "RssFile": mapped
// file pages, which the kernel may drop at any time), -1 where there is none.
long long statusBytes(const char* field) {
  QFile f(QStringLiteral("/proc/self/status"));
  if (!f.open(QIODevice::ReadOnly)) return -1;
  const QByteArray key = QByteArray(field) + ':';
  for (const QByteArray& line : f.readAll().split('\n'))
    if (line.startsWith(key)) return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
  return -1;
}
long long residentBytes() { return statusBytes("VmRSS"); }
long long anonymousBytes() { return statusBytes("RssAnon"); }
long long filePageBytes() { return statusBytes("RssFile"); }

}  // namespace

TEST(CachedRenderMemory, FiftyZoomPanRendersStayWithinABound) {
  if (anonymousBytes() < 0) GTEST_SKIP() << "no /proc/self/status with RssAnon";
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("big.pmgc"));
  {
    auto store = test::parcelBlock(500, 400, 10, 0.001);  // 200 000 parcels, 8.2 M vertices
    ASSERT_TRUE(GeometryCacheWriter::write(*store, 9, {}, path, nullptr));
  }
  malloc_trim(0);
  const long long fileBytes = QFileInfo(path).size();
  const long long anonBeforeOpen = anonymousBytes(), filesBeforeOpen = filePageBytes();
  auto opened = GeometryCacheReader::open(path, 9);
  ASSERT_TRUE(opened);
  std::shared_ptr<const FeatureStore> mapped = opened->store;
  opened = Result<GeometryCacheReader::Opened>::fail({});

  MapSettings s;
  s.extent = mapped->extent();
  s.destinationCrs = Crs::fromEpsg(4490);
  s.outputSize = QSize(1280, 800);
  LayerRenderSnapshot layer;
  layer.layerId = QStringLiteral("parcels");
  layer.features = mapped;
  layer.crs = s.destinationCrs;
  s.layers.push_back(layer);
  ReprojectionCache cache;
  std::mt19937 random(3);
  long long anonAfterWarmUp = 0, anonPeak = 0, filesPeak = 0;
  for (int i = 0; i < 50; ++i) {
    // Alternate full extent, mid zoom and deep zoom at random places.
    const double zoom = i % 5 == 0 ? 1 : (i % 2 ? 8 : 50);
    const Extent full = mapped->extent();
    const double cx = full.minX + full.width() * (0.1 + 0.8 * (random() % 1000) / 1000.0);
    const double cy = full.minY + full.height() * (0.1 + 0.8 * (random() % 1000) / 1000.0);
    const double w = full.width() / zoom / 2, h = full.height() / zoom / 2;
    RenderStats stats;
    const QImage image = MapPainter::renderImage(s.withExtent(Extent{cx - w, cy - h, cx + w, cy + h}), &stats, nullptr, &cache);
    ASSERT_GT(stats.featuresDrawn, 0);
    if (i == 9) anonAfterWarmUp = anonymousBytes();
    anonPeak = std::max(anonPeak, anonymousBytes());
    filesPeak = std::max(filesPeak, filePageBytes());
  }
  const long long anonEnd = anonymousBytes();
  // No heap growth after the first ten frames (frame buffers recycled, nothing kept per render) …
  EXPECT_LT(anonEnd - anonAfterWarmUp, 16ll << 20) << "after warm-up " << anonAfterWarmUp << ", end " << anonEnd;
  // … the coordinates never went onto the heap (its growth, frame buffers and Qt's first-frame set-up
  // included, stays below their size) …
  const long long coordinateBytes = 16ll * static_cast<long long>(mapped->vertexCount());
  EXPECT_LT(anonPeak - anonBeforeOpen, coordinateBytes) << "coordinates " << coordinateBytes << ", heap growth " << anonPeak - anonBeforeOpen;
  // … and of the file only pages that frames drew are mapped in, not all of it.
  EXPECT_LT(filesPeak - filesBeforeOpen, fileBytes * 3 / 4) << "file " << fileBytes << ", mapped pages " << filesPeak - filesBeforeOpen;
  std::printf("heap: before open %lld, after warm-up %lld, end %lld, peak %lld; file pages: before %lld, peak %lld; file %lld\n",
              anonBeforeOpen, anonAfterWarmUp, anonEnd, anonPeak, filesBeforeOpen, filesPeak, fileBytes);
}
