#include "LayerLoader.h"

#include "TestPaths.h"

#include <QDir>
#include <QTemporaryDir>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <gtest/gtest.h>

#include <atomic>

using namespace planmap;

namespace {

std::shared_ptr<VectorLayer> loadOne(const QString& path, const LoadOptions& options = {}) {
  auto result = LayerLoader::load(path, options);
  EXPECT_TRUE(result.isOk()) << result.error().toStdString();
  if (!result) return nullptr;
  EXPECT_EQ(result->size(), 1u);
  return result->front();
}

QStringList column(const VectorLayer& layer, const char* field) {
  const AttributeTable& t = layer.features->attributes();
  const int f = t.fieldIndex(QString::fromUtf8(field));
  QStringList out;
  for (std::size_t r = 0; r < t.rowCount(); ++r) out << t.text(r, f);
  return out;
}

const QStringList kCountyNames = {
    QStringLiteral("汉滨区"), QStringLiteral("汉阴县"), QStringLiteral("石泉县"), QStringLiteral("宁陕县"),
    QStringLiteral("紫阳县"), QStringLiteral("岚皋县"), QStringLiteral("平利县"), QStringLiteral("镇坪县"),
    QStringLiteral("旬阳市"), QStringLiteral("白河县")};

// A GeoPackage of `count` points written with GDAL's C API, for cancel and progress tests.
QString writePoints(const QString& dir, int count) {
  GDALAllRegister();
  const QString path = dir + "/points.gpkg";
  GDALDriverH driver = GDALGetDriverByName("GPKG");
  GDALDatasetH ds = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
  OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(srs, 4490);
  OGRLayerH layer = GDALDatasetCreateLayer(ds, "points", srs, wkbPoint, nullptr);
  OSRDestroySpatialReference(srs);
  OGRFieldDefnH field = OGR_Fld_Create("n", OFTInteger);
  OGR_L_CreateField(layer, field, TRUE);
  OGR_Fld_Destroy(field);
  GDALDatasetStartTransaction(ds, FALSE);
  for (int i = 0; i < count; ++i) {
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    OGR_F_SetFieldInteger(f, 0, i);
    OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(g, 0, 108.0 + (i % 100) * 0.01, 32.0 + (i / 100) * 0.01);
    OGR_F_SetGeometryDirectly(f, g);
    EXPECT_EQ(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
    OGR_F_Destroy(f);
  }
  GDALDatasetCommitTransaction(ds);
  GDALClose(ds);
  return path;
}

}  // namespace

TEST(LayerLoader, DetectsGbkWithoutCpgAndReadsEsriPrj) {
  auto layer = loadOne(loadingFixture("gbk_detect/ankang_gbk.shp"));
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->driverName, "ESRI Shapefile");
  EXPECT_EQ(layer->encoding.source, EncodingSource::Detected);
  EXPECT_EQ(layer->encoding.name, "CP936");
  EXPECT_EQ(column(*layer, "name"), kCountyNames);
  // ArcGIS's CGCS2000_3_Degree_GK_CM_108E is EPSG:4545.
  EXPECT_EQ(layer->crs.epsg(), 4545);
  EXPECT_EQ(layer->crsDecision.source, CrsSource::File);
  EXPECT_FALSE(layer->crsDecision.isGuess);
  EXPECT_EQ(layer->features->featureCount(), 10u);
  EXPECT_EQ(layer->features->geometryType(0), GeometryType::Polygon);
  // Coordinates stay in the layer's own CRS: Gauss-Krüger metres near CM 108E.
  EXPECT_GT(layer->features->extent().minX, 400000);
  EXPECT_LT(layer->features->extent().maxX, 800000);
  EXPECT_GT(layer->features->extent().minY, 3400000);
}

TEST(LayerLoader, DetectsUtf8WithoutCpgAndInfersLonLat) {
  auto layer = loadOne(loadingFixture("utf8_detect/ankang_utf8.shp"));
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->encoding.source, EncodingSource::Detected);
  EXPECT_EQ(layer->encoding.name, "UTF-8");
  EXPECT_EQ(column(*layer, "name"), kCountyNames);
  EXPECT_EQ(layer->crsDecision.source, CrsSource::Inferred);
  EXPECT_EQ(layer->crs.epsg(), 4490);
  // x = longitude, y = latitude.
  EXPECT_NEAR(layer->features->extent().centerX(), 109.2, 0.5);
  EXPECT_NEAR(layer->features->extent().centerY(), 32.6, 0.5);
}

TEST(LayerLoader, DetectsLatin1WhenNeitherUtf8NorGbkFits) {
  auto layer = loadOne(loadingFixture("latin1_detect/places_latin1.shp"));
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->encoding.source, EncodingSource::Detected);
  EXPECT_EQ(layer->encoding.name, "ISO-8859-1");
  EXPECT_EQ(column(*layer, "name").first(), QStringLiteral("Bogotá"));
  EXPECT_EQ(column(*layer, "name").last(), QStringLiteral("Curaçao"));
  EXPECT_EQ(layer->features->geometryType(0), GeometryType::Point);
}

TEST(LayerLoader, HonoursCpg936) {
  auto layer = loadOne(loadingFixture("gbk_cpg/ankang_cpg936.shp"));
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->encoding.source, EncodingSource::Cpg);
  EXPECT_EQ(layer->encoding.name, "CP936");
  EXPECT_EQ(column(*layer, "name"), kCountyNames);
}

TEST(LayerLoader, HonoursLanguageDriverByte0x4D) {
  auto layer = loadOne(loadingFixture("gbk_ldid/ankang_ldid.shp"));
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->encoding.source, EncodingSource::Ldid);
  EXPECT_EQ(layer->encoding.name, "CP936");
  EXPECT_EQ(column(*layer, "name"), kCountyNames);
}

TEST(LayerLoader, EncodingOverrideWinsOverCpg) {
  LoadOptions options;
  options.encodingOverride = "gbk";
  auto layer = loadOne(loadingFixture("utf8_detect/ankang_utf8.shp"), options);
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->encoding.source, EncodingSource::Override);
  EXPECT_EQ(layer->encoding.name, "CP936");
  // UTF-8 bytes read as GBK are mojibake: proof the override reached GDAL.
  EXPECT_NE(column(*layer, "name").first(), QStringLiteral("汉滨区"));

  options.encodingOverride = "UTF-8";
  auto right = loadOne(loadingFixture("utf8_detect/ankang_utf8.shp"), options);
  ASSERT_TRUE(right);
  EXPECT_EQ(column(*right, "name"), kCountyNames);
}

TEST(LayerLoader, UnknownEncodingOverrideIsAnError) {
  LoadOptions options;
  options.encodingOverride = "klingon-8";
  auto result = LayerLoader::load(loadingFixture("gbk_cpg/ankang_cpg936.shp"), options);
  ASSERT_FALSE(result.isOk());
  EXPECT_TRUE(result.error().contains("ankang_cpg936.shp")) << result.error().toStdString();
  EXPECT_TRUE(result.error().contains("klingon-8"));
}

TEST(LayerLoader, InfersGaussKrugerWithoutPrjAsAGuess) {
  auto layer = loadOne(loadingFixture("gk_noprj/ankang_gk.shp"));
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->crsDecision.source, CrsSource::Inferred);
  EXPECT_TRUE(layer->crsDecision.isGuess);
  EXPECT_GT(layer->crsDecision.candidates.size(), 1u);
  // The central meridian nearest Ankang comes first.
  EXPECT_EQ(layer->crs.epsg(), 4545);
}

TEST(LayerLoader, CrsOverrideWinsOverTheFile) {
  LoadOptions options;
  options.crsOverride = Crs::fromEpsg(4326);
  auto layer = loadOne(loadingFixture("gbk_detect/ankang_gbk.shp"), options);
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->crsDecision.source, CrsSource::Override);
  EXPECT_EQ(layer->crs.epsg(), 4326);
  EXPECT_TRUE(layer->crsDecision.note.contains("4545")) << layer->crsDecision.note.toStdString();
}

TEST(LayerLoader, LoadsEveryLayerOfAGeoPackage) {
  auto result = LayerLoader::load(loadingFixture("multi.gpkg"));
  ASSERT_TRUE(result.isOk()) << result.error().toStdString();
  QStringList names;
  for (const auto& l : result.value()) names << l->sourceLayerName;
  EXPECT_EQ(names, (QStringList{"counties", "seats", "hanjiang", "kinds"}));
  const auto& counties = *result->at(0);
  EXPECT_EQ(counties.driverName, "GPKG");
  EXPECT_EQ(counties.encoding.source, EncodingSource::Native);
  EXPECT_EQ(counties.crs.epsg(), 4490);
  EXPECT_EQ(counties.crsDecision.source, CrsSource::File);
  EXPECT_EQ(column(counties, "name"), kCountyNames);
  EXPECT_EQ(counties.features->attributes().fields()[1].type, QMetaType::LongLong);

  const auto& seats = *result->at(1);
  EXPECT_EQ(seats.features->geometryType(0), GeometryType::Point);
  const int founded = seats.features->attributes().fieldIndex("founded");
  EXPECT_EQ(seats.features->attributes().value(0, founded).toDate(), QDate(1949, 10, 1));

  const auto& river = *result->at(2);
  EXPECT_EQ(river.crs.epsg(), 4545);
  EXPECT_EQ(river.features->geometryType(0), GeometryType::Line);
  EXPECT_EQ(river.features->vertexCount(), 4u);
}

TEST(LayerLoader, OnlyTheRequestedLayer) {
  LoadOptions options;
  options.layerName = "seats";
  auto result = LayerLoader::load(loadingFixture("multi.gpkg"), options);
  ASSERT_TRUE(result.isOk()) << result.error().toStdString();
  ASSERT_EQ(result->size(), 1u);
  EXPECT_EQ(result->front()->sourceLayerName, "seats");
  options.layerName = "nope";
  auto missing = LayerLoader::load(loadingFixture("multi.gpkg"), options);
  ASSERT_FALSE(missing.isOk());
  EXPECT_TRUE(missing.error().contains("multi.gpkg")) << missing.error().toStdString();
  EXPECT_TRUE(missing.error().contains("nope"));
}

TEST(LayerLoader, FlattensCurvesZCollectionsAndKeepsNullGeometries) {
  LoadOptions options;
  options.layerName = "kinds";
  auto layer = loadOne(loadingFixture("multi.gpkg"), options);
  ASSERT_TRUE(layer);
  const FeatureStore& s = *layer->features;
  ASSERT_EQ(s.featureCount(), 7u);
  const QStringList kinds = column(*layer, "kind");
  auto row = [&](const char* kind) { return static_cast<std::size_t>(kinds.indexOf(QString::fromUtf8(kind))); };

  // A circle, linearised into many vertices.
  const std::size_t curve = row("curvepolygon");
  EXPECT_EQ(s.geometryType(curve), GeometryType::Polygon);
  EXPECT_GT(s.vertexEnd(s.partBegin(curve)) - s.vertexBegin(s.partBegin(curve)), 20u);

  const std::size_t z = row("polygonz");
  EXPECT_EQ(s.geometryType(z), GeometryType::Polygon);
  EXPECT_EQ(s.partEnd(z) - s.partBegin(z), 1u);

  // Two polygons and a point: drawn as the two polygons; the point is reported as skipped.
  const std::size_t collection = row("collection");
  EXPECT_EQ(s.geometryType(collection), GeometryType::Polygon);
  EXPECT_EQ(s.partEnd(collection) - s.partBegin(collection), 2u);
  EXPECT_TRUE(s.startsPolygon(s.partBegin(collection)));
  EXPECT_TRUE(s.startsPolygon(s.partBegin(collection) + 1));
  EXPECT_TRUE(layer->warnings.join("\n").contains("dominant kind")) << layer->warnings.join("\n").toStdString();

  const std::size_t mp = row("multipoint");
  EXPECT_EQ(s.geometryType(mp), GeometryType::Point);
  EXPECT_EQ(s.partEnd(mp) - s.partBegin(mp), 3u);

  const std::size_t ml = row("multiline");
  EXPECT_EQ(s.geometryType(ml), GeometryType::Line);
  EXPECT_EQ(s.partEnd(ml) - s.partBegin(ml), 2u);

  const std::size_t hole = row("polygon_with_hole");
  ASSERT_EQ(s.partEnd(hole) - s.partBegin(hole), 2u);
  EXPECT_TRUE(s.startsPolygon(s.partBegin(hole)));
  EXPECT_FALSE(s.startsPolygon(s.partBegin(hole) + 1));

  const std::size_t none = row("null");
  EXPECT_EQ(s.geometryType(none), GeometryType::None);
  EXPECT_EQ(s.partEnd(none), s.partBegin(none));
}

TEST(LayerLoader, LoadsEveryShapefileOfAFolder) {
  auto result = LayerLoader::load(loadingFixture("folder"));
  ASSERT_TRUE(result.isOk()) << result.error().toStdString();
  ASSERT_EQ(result->size(), 2u);
  EXPECT_EQ(result->at(0)->sourceLayerName, "counties");
  EXPECT_EQ(result->at(1)->sourceLayerName, "towns");
  EXPECT_EQ(result->at(1)->features->featureCount(), 4u);
  EXPECT_EQ(column(*result->at(1), "name").first(), QStringLiteral("汉滨区城关镇"));
  EXPECT_EQ(result->at(1)->encoding.source, EncodingSource::Cpg);
}

TEST(LayerLoader, LoadsAShapefileInsideAZip) {
  auto layer = loadOne(loadingFixture("ankang_gbk.zip"));
  ASSERT_TRUE(layer);
  EXPECT_TRUE(layer->sourcePath.startsWith("/vsizip/")) << layer->sourcePath.toStdString();
  EXPECT_EQ(layer->encoding.source, EncodingSource::Detected);
  EXPECT_EQ(layer->encoding.name, "CP936");
  EXPECT_EQ(column(*layer, "name"), kCountyNames);
  EXPECT_EQ(layer->crs.epsg(), 4545);
  EXPECT_EQ(layer->crsDecision.source, CrsSource::File);
}

TEST(LayerLoader, LoadsKml) {
  auto result = LayerLoader::load(loadingFixture("counties.kml"));
  ASSERT_TRUE(result.isOk()) << result.error().toStdString();
  std::size_t features = 0;
  for (const auto& l : result.value()) features += l->features->featureCount();
  EXPECT_EQ(features, 10u);
  const auto& layer = *result->front();
  EXPECT_EQ(layer.crs.epsg(), 4326);
  EXPECT_EQ(layer.features->geometryType(0), GeometryType::Polygon);
  QStringList names = column(layer, "Name");
  EXPECT_TRUE(names.contains(QStringLiteral("汉滨区"))) << names.join(",").toStdString();
}

TEST(LayerLoader, LoadsFlatGeobuf) {
  auto layer = loadOne(loadingFixture("counties.fgb"));
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->driverName, "FlatGeobuf");
  EXPECT_EQ(layer->crs.epsg(), 4490);
  EXPECT_EQ(layer->features->featureCount(), 10u);
  EXPECT_TRUE(column(*layer, "name").contains(QStringLiteral("白河县")));
}

TEST(LayerLoader, ReportsProgressUpToOne) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = writePoints(dir.path(), 5000);
  std::vector<double> seen;
  LoadOptions options;
  options.progress = [&](double f) { seen.push_back(f); };
  auto layer = loadOne(path, options);
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->features->featureCount(), 5000u);
  ASSERT_GE(seen.size(), 5u);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  EXPECT_DOUBLE_EQ(seen.back(), 1.0);
}

TEST(LayerLoader, CancelledLoadFailsCleanly) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = writePoints(dir.path(), 5000);
  std::atomic<bool> cancel{false};
  LoadOptions options;
  options.cancel = &cancel;
  int calls = 0;
  // Cancel from the first progress report, as a dialog's Cancel button would mid-load.
  options.progress = [&](double) {
    ++calls;
    cancel = true;
  };
  auto result = LayerLoader::load(path, options);
  ASSERT_FALSE(result.isOk());
  EXPECT_EQ(result.error(), "points.gpkg: loading cancelled");
  EXPECT_EQ(calls, 1);
}

TEST(LayerLoader, SummarizesWithoutReadingFeatures) {
  auto result = LayerLoader::summarize(loadingFixture("gbk_detect/ankang_gbk.shp"));
  ASSERT_TRUE(result.isOk()) << result.error().toStdString();
  ASSERT_EQ(result->size(), 1u);
  EXPECT_EQ(result->front().featureCount, 10);
  EXPECT_EQ(result->front().fieldNames, (QStringList{"adcode", "name"}));
}

TEST(LayerLoader, ConnectionErrorsDoNotShowThePassword) {
  auto result = LayerLoader::load("PG:host=127.0.0.1 port=1 dbname=planmap_absent user=nobody password=hunter2");
  ASSERT_FALSE(result.isOk());
  EXPECT_FALSE(result.error().contains("hunter2")) << result.error().toStdString();
  EXPECT_FALSE(result.error().contains("file not found")) << result.error().toStdString();
  EXPECT_TRUE(result.error().contains("planmap_absent")) << result.error().toStdString();
}
