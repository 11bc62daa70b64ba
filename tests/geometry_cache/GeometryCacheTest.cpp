#include "CacheFixtures.h"
#include "GeometryCacheReader.h"
#include "GeometryCacheWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <random>

using namespace planmap;

namespace {

constexpr std::uint64_t kKey = 0x1234abcd5678ef00ull;

QByteArray readAll(const QString& path) {
  QFile f(path);
  f.open(QIODevice::ReadOnly);
  return f.readAll();
}
void writeAll(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
  f.write(bytes);
}

}  // namespace

TEST(GeometryCache, RoundTripKeepsEveryFeatureAttributeAndQuery) {
  QTemporaryDir dir;
  const auto store = test::parcelBlock(30, 20, 6, 0.01);
  const QString path = dir.filePath(QStringLiteral("block.pmgc"));
  QString error;
  ASSERT_TRUE(GeometryCacheWriter::write(*store, kKey, QByteArrayLiteral("{\"x\":1}"), path, &error)) << error.toStdString();
  auto opened = GeometryCacheReader::open(path, kKey);
  ASSERT_TRUE(opened) << opened.error().toStdString();
  const FeatureStore& cached = *opened->store;
  EXPECT_TRUE(cached.isMapped());
  EXPECT_EQ(opened->userMeta, QByteArrayLiteral("{\"x\":1}"));
  EXPECT_TRUE(test::sameStore(*store, cached));
  // Geometry is stored in spatial order, yet rows, queries and hit tests are those of the source.
  const Extent probe{108.05, 32.03, 108.12, 32.09};
  EXPECT_EQ(store->query(probe), cached.query(probe));
  EXPECT_FALSE(cached.query(probe).empty());
  for (double x = 108.001; x < 108.3; x += 0.0137)
    EXPECT_EQ(store->featureAt(x, 32.1, 1e-4), cached.featureAt(x, 32.1, 1e-4));
  EXPECT_TRUE(GeometryCacheReader::verifyCoordinates(path));
  // A copy (what reprojection makes) is an ordinary in-memory store with the same content.
  FeatureStore copy(cached);
  EXPECT_FALSE(copy.isMapped());
  EXPECT_TRUE(test::sameStore(*store, copy));
}

TEST(GeometryCache, OtherKeyOrVersionIsRefused) {
  QTemporaryDir dir;
  const auto store = test::parcelBlock(8, 8, 4, 0.01);
  const QString path = dir.filePath(QStringLiteral("c.pmgc"));
  ASSERT_TRUE(GeometryCacheWriter::write(*store, kKey, {}, path, nullptr));
  auto other = GeometryCacheReader::open(path, kKey + 1);
  ASSERT_FALSE(other);
  EXPECT_TRUE(other.error().contains(QLatin1String("another state of the source"))) << other.error().toStdString();
  QByteArray bytes = readAll(path);
  bytes[8] = char(bytes[8] + 1);  // the version field
  writeAll(path, bytes);
  auto version = GeometryCacheReader::open(path, kKey);
  ASSERT_FALSE(version);
  EXPECT_TRUE(version.error().contains(QLatin1String("another version"))) << version.error().toStdString();
}

TEST(GeometryCache, TruncatedFilesAreRefused) {
  QTemporaryDir dir;
  const auto store = test::parcelBlock(12, 10, 5, 0.01);
  const QString path = dir.filePath(QStringLiteral("t.pmgc"));
  ASSERT_TRUE(GeometryCacheWriter::write(*store, kKey, {}, path, nullptr));
  const QByteArray whole = readAll(path);
  for (qsizetype keep : {qsizetype(0), qsizetype(10), qsizetype(64), qsizetype(200), whole.size() / 3, whole.size() - 1}) {
    writeAll(path, whole.left(keep));
    auto opened = GeometryCacheReader::open(path, kKey);
    EXPECT_FALSE(opened) << "kept " << keep << " of " << whole.size() << " bytes";
    EXPECT_FALSE(GeometryCacheReader::verifyCoordinates(path));
  }
}

// Any single flipped bit is either refused on open, caught by the coordinate check, or harmless
// (alignment padding): a store that passes both checks equals the original.
TEST(GeometryCache, BitFlipsAreCaughtOrHarmless) {
  QTemporaryDir dir;
  const auto store = test::parcelBlock(10, 8, 5, 0.01);
  const QString path = dir.filePath(QStringLiteral("b.pmgc"));
  ASSERT_TRUE(GeometryCacheWriter::write(*store, kKey, {}, path, nullptr));
  const QByteArray whole = readAll(path);
  std::mt19937 random(7);
  int refused = 0, lazilyCaught = 0, harmless = 0;
  std::vector<qsizetype> offsets;
  for (qsizetype o = 0; o < 64 + 32 * 8; o += 3) offsets.push_back(o);  // header and table densely
  for (int i = 0; i < 300; ++i) offsets.push_back(qsizetype(random() % std::uint32_t(whole.size())));
  for (qsizetype offset : offsets) {
    QByteArray bytes = whole;
    bytes[offset] = char(bytes[offset] ^ (1 << (random() % 8)));
    writeAll(path, bytes);
    auto opened = GeometryCacheReader::open(path, kKey);
    if (!opened) {
      ++refused;
      continue;
    }
    if (!GeometryCacheReader::verifyCoordinates(path)) {
      ++lazilyCaught;
      continue;
    }
    ++harmless;
    EXPECT_TRUE(test::sameStore(*store, *opened->store)) << "flip at " << offset << " went unnoticed";
  }
  EXPECT_GT(refused, 50);
  EXPECT_GT(lazilyCaught, 0);
}

TEST(GeometryCache, NotACacheFileIsRefused) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("n.pmgc"));
  writeAll(path, QByteArray(4096, 'x'));
  auto opened = GeometryCacheReader::open(path, kKey);
  ASSERT_FALSE(opened);
  EXPECT_TRUE(opened.error().contains(QLatin1String("not a geometry cache file")));
  EXPECT_FALSE(GeometryCacheReader::open(dir.filePath(QStringLiteral("missing.pmgc")), kKey));
}
