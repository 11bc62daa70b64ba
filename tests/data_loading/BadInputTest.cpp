#include "LayerLoader.h"

#include "TestPaths.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

QString loadError(const QString& path) {
  auto result = LayerLoader::load(path);
  EXPECT_FALSE(result.isOk()) << path.toStdString() << " loaded but should not have";
  return result.isOk() ? QString() : result.error();
}

}  // namespace

TEST(BadInput, TruncatedShpNamesTheFileAndTheCause) {
  const QString e = loadError(badFixture("truncated.shp"));
  EXPECT_TRUE(e.startsWith("truncated.shp: truncated")) << e.toStdString();
}

TEST(BadInput, ZeroByteShp) {
  EXPECT_EQ(loadError(badFixture("empty.shp")), "empty.shp: the file is empty (0 bytes)");
}

TEST(BadInput, ZeroByteDbf) {
  EXPECT_EQ(loadError(badFixture("empty_dbf.shp")), "empty_dbf.dbf: the file is empty (0 bytes)");
}

TEST(BadInput, ShapeAndRecordCountsDiffer) {
  EXPECT_EQ(loadError(badFixture("count_mismatch.shp")), "count_mismatch.shp: .shp has 10 shapes but .dbf has 7 records");
}

TEST(BadInput, GarbagePrjNamesThePrj) {
  const QString e = loadError(badFixture("garbage_prj.shp"));
  EXPECT_TRUE(e.startsWith("garbage_prj.prj: ")) << e.toStdString();
}

TEST(BadInput, GarbagePrjIsNoProblemWhenTheUserSetsTheCrs) {
  LoadOptions options;
  options.crsOverride = Crs::fromEpsg(4490);
  auto result = LayerLoader::load(badFixture("garbage_prj.shp"), options);
  ASSERT_TRUE(result.isOk()) << result.error().toStdString();
  EXPECT_EQ(result->front()->crsDecision.source, CrsSource::Override);
}

TEST(BadInput, UnknownFormat) {
  EXPECT_TRUE(loadError(badFixture("notes.abc")).startsWith("notes.abc: not a vector dataset GDAL can read"));
  EXPECT_TRUE(loadError(badFixture("broken.geojson")).startsWith("broken.geojson: not a vector dataset GDAL can read"));
}

TEST(BadInput, GeoJsonWithShpExtension) {
  const QString e = loadError(badFixture("geojson_named.shp"));
  EXPECT_TRUE(e.startsWith("geojson_named.shp: not a shapefile")) << e.toStdString();
}

TEST(BadInput, MissingFile) {
  const QString path = badFixture("does_not_exist.shp");
  EXPECT_EQ(loadError(path), path + ": file not found");
  EXPECT_EQ(loadError(QString()), "no file given");
}

TEST(BadInput, SelfIntersectingPolygonsAreRepairedAndReported) {
  auto result = LayerLoader::load(badFixture("selfintersect.shp"));
  ASSERT_TRUE(result.isOk()) << result.error().toStdString();
  const VectorLayer& layer = *result->front();
  const FeatureStore& s = *layer.features;
  ASSERT_EQ(s.featureCount(), 9u);  // nothing dropped
  ASSERT_EQ(layer.warnings.size(), 1) << layer.warnings.join("\n").toStdString();
  EXPECT_EQ(layer.warnings.front(), "2 invalid polygons repaired for display: FID 3, 7");
  // MakeValid turns a bowtie into its two triangles.
  EXPECT_EQ(s.partEnd(3) - s.partBegin(3), 2u);
  EXPECT_EQ(s.partEnd(7) - s.partBegin(7), 2u);
  // FID 5's hole touches its shell at one point, which is valid: kept as shell + hole.
  EXPECT_EQ(s.partEnd(5) - s.partBegin(5), 2u);
  EXPECT_TRUE(s.startsPolygon(s.partBegin(5)));
  EXPECT_FALSE(s.startsPolygon(s.partBegin(5) + 1));
}

TEST(BadInput, InvalidPolygonsAreStillReportedWhenRepairIsOff) {
  LoadOptions options;
  options.repairInvalidGeometries = false;
  auto result = LayerLoader::load(badFixture("selfintersect.shp"), options);
  ASSERT_TRUE(result.isOk()) << result.error().toStdString();
  const VectorLayer& layer = *result->front();
  ASSERT_EQ(layer.warnings.size(), 1);
  EXPECT_TRUE(layer.warnings.front().contains("FID 3, 7")) << layer.warnings.front().toStdString();
  EXPECT_EQ(layer.features->partEnd(3) - layer.features->partBegin(3), 1u);
}

TEST(BadInput, EveryFileInTheCorpusFailsOrLoadsWithoutCrashing) {
  const QDir dir(badFixture(""));
  const QStringList files = dir.entryList({"*.shp", "*.abc", "*.geojson"}, QDir::Files, QDir::Name);
  ASSERT_GE(files.size(), 8);
  for (const QString& name : files) {
    auto result = LayerLoader::load(dir.filePath(name));
    if (result.isOk()) continue;
    // The message names the file (or its .dbf/.prj partner).
    const QString stem = QFileInfo(name).completeBaseName();
    EXPECT_TRUE(result.error().startsWith(stem + ".")) << result.error().toStdString();
    EXPECT_FALSE(result.error().contains('\n'));
  }
}
