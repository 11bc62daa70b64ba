#include "GeodataFiles.h"
#include "StyleJson.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <gdal_priv.h>
#include <gtest/gtest.h>

using namespace planmap::test;

TEST(BundledManifest, DeclaresFormatTitleAndTheSixGroups) {
  QString error;
  const QJsonObject m = readJsonObject(geodataPath(QStringLiteral("bundled_map.json")), &error);
  ASSERT_FALSE(m.isEmpty()) << error.toStdString();
  EXPECT_EQ(m.value(QStringLiteral("format")).toString(), QStringLiteral("planmap-bundled-map"));
  EXPECT_EQ(m.value(QStringLiteral("version")).toInt(), 1);
  EXPECT_EQ(m.value(QStringLiteral("title")).toString(), QStringLiteral("安康市“十四五”规划图"));
  const QSet<QString> allowed = {QStringLiteral("行政区划"), QStringLiteral("水系与流域"), QStringLiteral("秦岭保护区"),
                                 QStringLiteral("产业园区"), QStringLiteral("飞地园区"), QStringLiteral("矿山")};
  QSet<QString> used;
  for (const auto& v : m.value(QStringLiteral("layers")).toArray()) used.insert(v.toObject().value(QStringLiteral("group")).toString());
  EXPECT_EQ(used, allowed);
}

TEST(BundledManifest, EveryLayerOpensWithGdalAndMatchesItsDeclaration) {
  const QJsonArray layers = manifest().value(QStringLiteral("layers")).toArray();
  ASSERT_GE(layers.size(), 10);
  QSet<QString> ids;
  for (const auto& v : layers) {
    const QJsonObject l = v.toObject();
    const QString id = l.value(QStringLiteral("id")).toString();
    SCOPED_TRACE(id.toStdString());
    EXPECT_FALSE(ids.contains(id)) << "duplicate layer id";
    ids.insert(id);
    const LoadedLayer layer = loadLayer(l.value(QStringLiteral("file")).toString());
    ASSERT_TRUE(layer.opened) << layer.error.toStdString();
    EXPECT_EQ(int(layer.features.size()), l.value(QStringLiteral("feature_count")).toInt());
    EXPECT_GT(layer.features.size(), 0u);
    for (const char* key : {"key_field", "label_field"})
      EXPECT_TRUE(layer.fieldNames.contains(l.value(QLatin1String(key)).toString())) << key;
    const QString geometry = l.value(QStringLiteral("geometry")).toString();
    for (const auto& f : layer.features) {
      ASSERT_TRUE(f.geometry) << f.field("pm_id").toStdString();
      const auto t = wkbFlatten(f.geometry->getGeometryType());
      if (geometry == QLatin1String("polygon")) EXPECT_TRUE(t == wkbPolygon || t == wkbMultiPolygon);
      else if (geometry == QLatin1String("line")) EXPECT_TRUE(t == wkbLineString || t == wkbMultiLineString);
      else EXPECT_EQ(t, wkbPoint);
      EXPECT_TRUE(f.geometry->IsValid()) << f.field("pm_id").toStdString();
    }
    const auto style = planmap::StyleJson::read(l.value(QStringLiteral("style")).toObject(), id);
    EXPECT_TRUE(style.isOk()) << style.error().toStdString();
    // Categorized classes must name values that occur, or the legend lies.
    const QString field = l.value(QStringLiteral("style")).toObject().value(QStringLiteral("field")).toString();
    for (const auto& c : l.value(QStringLiteral("style")).toObject().value(QStringLiteral("classes")).toArray()) {
      const QString value = c.toObject().value(QStringLiteral("value")).toVariant().toString();
      bool found = false;
      for (const auto& f : layer.features) found = found || f.field(field) == value;
      EXPECT_TRUE(found) << "class value " << value.toStdString() << " not in field " << field.toStdString();
    }
  }
}

TEST(BundledManifest, AttributionCoversEveryLayerSource) {
  QString error;
  const QJsonObject attribution = readJsonObject(geodataPath(QStringLiteral("attribution.json")), &error);
  ASSERT_FALSE(attribution.isEmpty()) << error.toStdString();
  const QJsonObject sources = attribution.value(QStringLiteral("sources")).toObject();
  EXPECT_TRUE(sources.value(QStringLiteral("osm")).toObject().value(QStringLiteral("attribution")).toString()
                  .contains(QStringLiteral("OpenStreetMap")));
  for (const auto& v : manifest().value(QStringLiteral("layers")).toArray()) {
    const QJsonArray keys = v.toObject().value(QStringLiteral("attribution")).toArray();
    EXPECT_FALSE(keys.isEmpty()) << v.toObject().value(QStringLiteral("id")).toString().toStdString();
    for (const auto& k : keys)
      EXPECT_FALSE(sources.value(k.toString()).toObject().value(QStringLiteral("attribution")).toString().isEmpty())
          << k.toString().toStdString();
  }
  EXPECT_TRUE(QFileInfo::exists(geodataPath(QStringLiteral("ATTRIBUTION.md"))));
}

TEST(BundledManifest, DemOpensAsFiveArcMinuteLonLatGrid) {
  GDALAllRegister();
  const QString dem = geodataPath(manifest().value(QStringLiteral("dem")).toObject().value(QStringLiteral("file")).toString());
  GDALDatasetUniquePtr ds(GDALDataset::Open(dem.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
  ASSERT_TRUE(ds) << dem.toStdString();
  double gt[6];
  ASSERT_EQ(ds->GetGeoTransform(gt), CE_None);
  EXPECT_NEAR(gt[1], 5.0 / 60.0, 1e-4);
  const OGRSpatialReference* srs = ds->GetSpatialRef();
  ASSERT_TRUE(srs);
  EXPECT_STREQ(srs->GetAuthorityCode(nullptr), "4326");
  // Covers Ankang (108.0-110.2E, 31.7-33.9N).
  EXPECT_LT(gt[0], 108.0);
  EXPECT_GT(gt[3], 33.9);
  EXPECT_GT(gt[0] + gt[1] * ds->GetRasterXSize(), 110.2);
  EXPECT_LT(gt[3] + gt[5] * ds->GetRasterYSize(), 31.7);
}

TEST(BundledManifest, BundledDataStaysWellUnderFiveMegabytes) {
  qint64 total = 0;
  for (QDirIterator it(geodataPath(QString()), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
    it.next();
    if (!it.filePath().contains(QStringLiteral("/tools/"))) total += it.fileInfo().size();
  }
  EXPECT_GT(total, 100 * 1024);
  EXPECT_LT(total, 3 * 1024 * 1024) << total;
}
