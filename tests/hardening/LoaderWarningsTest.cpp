// Reads that used to lose data silently now warn (naming the file and what was dropped) or refuse.
#include "HardeningSupport.h"
#include "LayerLoader.h"
#include "FeatureStore.h"
#include "VectorLayer.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;
using namespace hardening;

namespace {

// A three-point shapefile with a text field and a number field, made by ogr2ogr from GeoJSON.
QString makeShapefile(const QTemporaryDir& dir, const QString& name = QStringLiteral("sites")) {
  const QString json = dir.filePath(name + ".geojson"), shp = dir.filePath(name + ".shp");
  writeFile(json, R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"name":"a","code":1},"geometry":{"type":"Point","coordinates":[108.9,32.7]}},
    {"type":"Feature","properties":{"name":"b","code":2},"geometry":{"type":"Point","coordinates":[109.0,32.6]}},
    {"type":"Feature","properties":{"name":"c","code":3},"geometry":{"type":"Point","coordinates":[109.1,32.5]}}]})");
  return ogr2ogr({"-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", shp, json}) ? shp : QString();
}

void patch(const QString& path, qint64 offset, const QByteArray& bytes) {
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::ReadWrite));
  f.seek(offset);
  f.write(bytes);
}

QString allWarnings(const std::vector<std::shared_ptr<VectorLayer>>& layers) {
  QStringList all;
  for (const auto& l : layers) all << l->warnings;
  return all.join(" | ");
}

}  // namespace

TEST(LoaderWarnings, AUtf16CpgIsIgnoredWithAWarning) {
  QTemporaryDir dir;
  const QString shp = makeShapefile(dir);
  ASSERT_FALSE(shp.isEmpty());
  writeFile(dir.filePath("sites.cpg"), "UTF-16");
  auto layers = LayerLoader::load(shp);
  ASSERT_TRUE(layers) << layers.error().toStdString();
  const QString w = allWarnings(layers.value());
  EXPECT_TRUE(w.contains("sites.cpg") && w.contains("ignored")) << w.toStdString();
  EXPECT_EQ(layers->front()->features->attributes().fieldIndex("name"), 0);
  EXPECT_EQ(layers->front()->features->attributes().text(1, 0), "b");
}

TEST(LoaderWarnings, ADbfRecordLengthTooSmallIsRefusedNamingTheDbf) {
  QTemporaryDir dir;
  const QString shp = makeShapefile(dir);
  ASSERT_FALSE(shp.isEmpty());
  patch(dir.filePath("sites.dbf"), 10, QByteArray("\x02\x00", 2));
  auto layers = LayerLoader::load(shp);
  ASSERT_FALSE(layers);
  EXPECT_TRUE(layers.error().contains("sites.dbf") && layers.error().contains("record")) << layers.error().toStdString();
}

TEST(LoaderWarnings, AnUnknownShapeTypeIsRefused) {
  QTemporaryDir dir;
  const QString shp = makeShapefile(dir);
  ASSERT_FALSE(shp.isEmpty());
  patch(shp, 32, QByteArray("\x63\x00\x00\x00", 4));  // 99
  auto layers = LayerLoader::load(shp);
  ASSERT_FALSE(layers);
  EXPECT_TRUE(layers.error().contains("shape type 99")) << layers.error().toStdString();
}

TEST(LoaderWarnings, AShxPointingPastACompleteShpBlamesTheShx) {
  QTemporaryDir dir;
  const QString shp = makeShapefile(dir);
  ASSERT_FALSE(shp.isEmpty());
  // The last index entry: offset (in 16-bit words, big-endian) far beyond the .shp's end.
  patch(dir.filePath("sites.shx"), 100 + 2 * 8, QByteArray("\x00\x00\x40\x00", 4));
  auto layers = LayerLoader::load(shp);
  ASSERT_FALSE(layers);
  EXPECT_TRUE(layers.error().startsWith("sites.shx")) << layers.error().toStdString();
}

TEST(LoaderWarnings, DuplicateFieldNamesAreWarned) {
  QTemporaryDir dir;
  const QString shp = makeShapefile(dir);
  ASSERT_FALSE(shp.isEmpty());
  // The second field descriptor (at 32 + 32) renamed to the first's name.
  patch(dir.filePath("sites.dbf"), 64, QByteArray("name\0\0\0\0\0\0\0", 11));
  auto layers = LayerLoader::load(shp);
  ASSERT_TRUE(layers) << layers.error().toStdString();
  const QString w = allWarnings(layers.value());
  EXPECT_TRUE(w.contains("\"name\" → \"name_2\"") && w.contains("more than once")) << w.toStdString();
  // Both values stay readable, by name.
  const AttributeTable& table = layers->front()->features->attributes();
  ASSERT_GE(table.fieldIndex("name_2"), 0);
  EXPECT_EQ(table.text(0, table.fieldIndex("name")), "a");
  EXPECT_EQ(table.text(0, table.fieldIndex("name_2")), "1");
}

TEST(LoaderWarnings, AbsurdAndInfiniteCoordinatesAreDroppedWithAWarning) {
  QTemporaryDir dir;
  const QString path = dir.filePath("far.geojson");
  writeFile(path, R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[108.9,32.7]}},
    {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e300,-1e300]}},
    {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e400,5]}}]})");
  auto layers = LayerLoader::load(path);
  ASSERT_TRUE(layers) << layers.error().toStdString();
  const QString w = allWarnings(layers.value());
  EXPECT_TRUE(w.contains("2 features dropped")) << w.toStdString();
  const Extent e = layers->front()->features->extent();
  EXPECT_LT(std::abs(e.maxX), 1000);
  EXPECT_LT(std::abs(e.minY), 1000);
}

TEST(LoaderWarnings, AnUnreadableKmlCoordinateIsWarned) {
  QTemporaryDir dir;
  const QString path = dir.filePath("bad.kml");
  writeFile(path, R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>ok</name><Point><coordinates>108.9,32.7</coordinates></Point></Placemark>
<Placemark><name>bad</name><LineString><coordinates>108.9,32.7 abc,def 109.0,32.8</coordinates></LineString></Placemark>
</Document></kml>)");
  auto layers = LayerLoader::load(path);
  ASSERT_TRUE(layers) << layers.error().toStdString();
  const QString w = allWarnings(layers.value());
  EXPECT_TRUE(w.contains("(0, 0)")) << w.toStdString();
}

TEST(LoaderWarnings, ATruncatedFlatGeobufSaysHowManyFeaturesWereLost) {
  QTemporaryDir dir;
  QByteArray json = R"({"type":"FeatureCollection","features":[)";
  for (int i = 0; i < 2000; ++i)
    json += (i ? "," : "") + QByteArray(R"({"type":"Feature","properties":{"n":)") + QByteArray::number(i) +
            R"(},"geometry":{"type":"Point","coordinates":[)" + QByteArray::number(108 + i * 0.0005, 'f', 4) + ",32.5]}}";
  json += "]}";
  const QString src = dir.filePath("pts.geojson"), fgb = dir.filePath("pts.fgb");
  writeFile(src, json);
  ASSERT_TRUE(ogr2ogr({"-f", "FlatGeobuf", fgb, src}));
  QFile f(fgb);
  ASSERT_TRUE(f.open(QIODevice::ReadWrite));
  f.resize(f.size() * 2 / 5);
  f.close();
  auto layers = LayerLoader::load(fgb);
  if (!layers) {  // refusing is as good as warning
    EXPECT_TRUE(layers.error().contains("pts.fgb")) << layers.error().toStdString();
    return;
  }
  const QString w = allWarnings(layers.value());
  EXPECT_TRUE(w.contains("of the 2000 features")) << w.toStdString();
}

TEST(LoaderWarnings, AShortShxIsBlamedNotTheShp) {
  QTemporaryDir dir;
  const QString shp = makeShapefile(dir);
  ASSERT_FALSE(shp.isEmpty());
  // Cut the index to two of the three entries, header length included: a consistent but short .shx.
  const QString shx = dir.filePath("sites.shx");
  QFile f(shx);
  ASSERT_TRUE(f.open(QIODevice::ReadWrite));
  f.resize(100 + 2 * 8);
  f.close();
  patch(shx, 24, QByteArray("\x00\x00\x00\x3a", 4));  // 116 bytes = 58 words
  auto layers = LayerLoader::load(shp);
  ASSERT_FALSE(layers);
  EXPECT_TRUE(layers.error().startsWith("sites.shx")) << layers.error().toStdString();
}
