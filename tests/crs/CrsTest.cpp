#include "Crs.h"
#include "TestData.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;
using planmap::test::crsFixture;

TEST(Crs, FromEpsgReportsNameDatumAndKind) {
  const Crs gk = Crs::fromEpsg(4545);
  ASSERT_TRUE(gk.isValid());
  EXPECT_EQ(gk.epsg(), 4545);
  EXPECT_EQ(gk.authId(), QStringLiteral("EPSG:4545"));
  EXPECT_EQ(gk.name(), QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 108E"));
  EXPECT_EQ(gk.datumName(), QStringLiteral("China 2000"));
  EXPECT_FALSE(gk.isGeographic());
  EXPECT_TRUE(gk.wkt().startsWith(QStringLiteral("PROJCRS[")));
  EXPECT_TRUE(gk.projJson().contains(QStringLiteral("\"code\": 4545")));

  const Crs geographic = Crs::fromEpsg(4490);
  EXPECT_TRUE(geographic.isGeographic());
  EXPECT_EQ(geographic.datumName(), QStringLiteral("China 2000"));
  EXPECT_EQ(Crs::fromEpsg(4610).datumName(), QStringLiteral("Xian 1980"));
  EXPECT_EQ(Crs::fromEpsg(4214).datumName(), QStringLiteral("Beijing 1954"));
}

TEST(Crs, UnknownEpsgCodeIsInvalidWithReason) {
  EXPECT_FALSE(Crs::fromEpsg(999999).isValid());
  auto result = Crs::parse(QStringLiteral("EPSG:999999"));
  ASSERT_FALSE(result);
  EXPECT_TRUE(result.error().contains(QStringLiteral("999999")));
}

TEST(Crs, AcceptsEpsgPrefixAndBareNumber) {
  const Crs a = Crs::fromUserInput(QStringLiteral("EPSG:4545"));
  const Crs b = Crs::fromUserInput(QStringLiteral("4545"));
  const Crs c = Crs::fromUserInput(QStringLiteral(" epsg:4545 "));
  ASSERT_TRUE(a.isValid());
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, c);
  EXPECT_EQ(a, Crs::fromEpsg(4545));
  EXPECT_NE(a, Crs::fromEpsg(4524));
  EXPECT_NE(a, Crs());
  EXPECT_EQ(Crs(), Crs());
}

TEST(Crs, IdentifiesEsriPrjOfCgcs2000Cm108AsEpsg4545) {
  QString error;
  const Crs crs = Crs::fromPrjFile(crsFixture("cgcs2000_3_degree_gk_cm_108e.prj"), &error);
  ASSERT_TRUE(crs.isValid()) << error.toStdString();
  EXPECT_TRUE(error.isEmpty());
  EXPECT_EQ(crs.epsg(), 4545);
  EXPECT_EQ(crs.datumName(), QStringLiteral("China 2000"));
  EXPECT_EQ(crs, Crs::fromEpsg(4545));  // the EPSG definition replaces the equivalent ESRI one
}

TEST(Crs, IdentifiesZonedEsriPrjAsEpsg4524) {
  auto result = Crs::readPrjFile(crsFixture("cgcs2000_3_degree_gk_zone_36.prj"));
  ASSERT_TRUE(result) << result.error().toStdString();
  EXPECT_EQ(result->epsg(), 4524);
  EXPECT_EQ(result->name(), QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger zone 36"));
}

TEST(Crs, IdentifiesXian1980AndBeijing1954Prj) {
  auto xian = Crs::readPrjFile(crsFixture("xian_1980_3_degree_gk_cm_108e.prj"));
  ASSERT_TRUE(xian) << xian.error().toStdString();
  EXPECT_EQ(xian->epsg(), 2381);
  EXPECT_EQ(xian->datumName(), QStringLiteral("Xian 1980"));

  auto beijing = Crs::readPrjFile(crsFixture("beijing_1954_3_degree_gk_cm_108e.prj"));
  ASSERT_TRUE(beijing) << beijing.error().toStdString();
  EXPECT_EQ(beijing->epsg(), 2433);
  EXPECT_EQ(beijing->datumName(), QStringLiteral("Beijing 1954"));

  // ESRI geographic definitions, as found next to unprojected survey files.
  const Crs xianGeographic = Crs::fromUserInput(QStringLiteral(
      R"(GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],)"
      R"(PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]])"));
  EXPECT_EQ(xianGeographic.epsg(), 4610);
  EXPECT_TRUE(xianGeographic.isGeographic());
  const Crs beijingGeographic = Crs::fromUserInput(QStringLiteral(
      R"(GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]],)"
      R"(PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]])"));
  EXPECT_EQ(beijingGeographic.epsg(), 4214);
}

TEST(Crs, IdentifiesRenamedEsriDefinitionByItsParameters) {
  // A .prj whose author renamed the projection and spelled it Transverse_Mercator: same datum,
  // same parameters as EPSG:4545, so it must still be recognised.
  const Crs crs = Crs::fromUserInput(QStringLiteral(
      R"(PROJCS["Ankang_City_Survey_Grid",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",)"
      R"(DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],)"
      R"(UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],)"
      R"(PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],)"
      R"(PARAMETER["Central_Meridian",108.0],PARAMETER["Scale_Factor",1.0],)"
      R"(PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]])"));
  ASSERT_TRUE(crs.isValid());
  EXPECT_EQ(crs.epsg(), 4545);
}

TEST(Crs, AcceptsWkt1Wkt2AndProjStrings) {
  const Crs reference = Crs::fromEpsg(4545);
  // WKT1 as GDAL writes it (with AUTHORITY), and WKT2 as PROJ writes it.
  const Crs wkt2 = Crs::fromUserInput(reference.wkt());
  EXPECT_EQ(wkt2, reference);
  const Crs esri = Crs::fromUserInput(reference.esriWkt());
  EXPECT_EQ(esri.epsg(), 4545);
  const Crs wkt1 = Crs::fromUserInput(QStringLiteral(
      R"(PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 108E",GEOGCS["China Geodetic Coordinate System 2000",)"
      R"(DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],)"
      R"(AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],)"
      R"(UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4490"]],)"
      R"(PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",108],)"
      R"(PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],)"
      R"(UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","4545"]])"));
  EXPECT_EQ(wkt1.epsg(), 4545);

  // A PROJ string names only an ellipsoid, not the CGCS2000 datum: valid, projected, no EPSG code.
  const Crs proj = Crs::fromUserInput(
      QStringLiteral("+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"));
  ASSERT_TRUE(proj.isValid());
  EXPECT_FALSE(proj.isGeographic());
}

TEST(Crs, GarbagePrjErrorNamesFileAndCause) {
  const QString path = crsFixture("truncated.prj");
  QString error;
  const Crs crs = Crs::fromPrjFile(path, &error);
  EXPECT_FALSE(crs.isValid());
  EXPECT_TRUE(error.contains(path)) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("not a CRS definition"))) << error.toStdString();

  QTemporaryDir dir;
  const QString words = dir.filePath(QStringLiteral("words.prj"));
  QFile file(words);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("this is a shapefile projection, honest\n");
  file.close();
  auto result = Crs::readPrjFile(words);
  ASSERT_FALSE(result);
  EXPECT_TRUE(result.error().startsWith(words)) << result.error().toStdString();
}

TEST(Crs, UnreadableAndEmptyPrjErrorsNameFile) {
  QTemporaryDir dir;
  const QString missing = dir.filePath(QStringLiteral("missing.prj"));
  auto result = Crs::readPrjFile(missing);
  ASSERT_FALSE(result);
  EXPECT_TRUE(result.error().contains(missing));
  EXPECT_TRUE(result.error().contains(QStringLiteral("file not found"))) << result.error().toStdString();

  const QString empty = dir.filePath(QStringLiteral("empty.prj"));
  QFile file(empty);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.close();
  result = Crs::readPrjFile(empty);
  ASSERT_FALSE(result);
  EXPECT_TRUE(result.error().contains(empty));
  EXPECT_TRUE(result.error().contains(QStringLiteral("empty")));
}

TEST(Crs, EmptyOrNonsenseInputIsInvalid) {
  EXPECT_FALSE(Crs::fromUserInput(QString()).isValid());
  EXPECT_FALSE(Crs::fromUserInput(QStringLiteral("CGCS2000 please")).isValid());
  // A PROJ operation is not a CRS.
  EXPECT_FALSE(Crs::fromUserInput(QStringLiteral("+proj=pipeline +step +proj=axisswap +order=2,1")).isValid());
  EXPECT_EQ(Crs().description(), QStringLiteral("(no CRS)"));
}
