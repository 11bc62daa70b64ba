// Typed attribute columns: what GDAL wrote comes back cell for cell (types, nulls, Chinese text),
// values of another type than their column's survive exactly, and repeated strings are stored once.

#include "AttributeTable.h"
#include "LayerLoader.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <gtest/gtest.h>

using namespace planmap;

namespace {

const QStringList kLandUse = {QStringLiteral("旱地"), QStringLiteral("水田"), QStringLiteral("有林地"),
                              QStringLiteral("灌木林地"), QStringLiteral("城镇住宅用地")};

// What row i of the test layer holds; every field is null on some rows.
bool nullAt(int i, int field) { return (i + field) % 13 == 0; }
int intAt(int i) { return i * 7 - 5000; }
qint64 int64At(int i) { return qint64(i) * 3'000'000'019LL; }
double realAt(int i) { return i * 0.125 - 3.5; }
bool boolAt(int i) { return i % 3 == 0; }
QDate dateAt(int i) { return QDate(2021, 1, 1).addDays(i % 1800); }
QString kindAt(int i) { return kLandUse[i % kLandUse.size()]; }
QString nameAt(int i) { return QStringLiteral("汉滨区%1号地块").arg(i, 6, 10, QChar('0')); }

constexpr int kRows = 10'000;  // past the point where unique names stop being de-duplicated

// A GeoPackage with one field of every type, written with GDAL's C API.
QString writeTyped(const QString& dir) {
  GDALAllRegister();
  const QString path = dir + "/typed.gpkg";
  GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
  OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(srs, 4490);
  OGRLayerH layer = GDALDatasetCreateLayer(ds, "typed", srs, wkbPoint, nullptr);
  OSRDestroySpatialReference(srs);
  const std::pair<const char*, OGRFieldType> fields[] = {{"i", OFTInteger}, {"i64", OFTInteger64}, {"r", OFTReal},
                                                         {"b", OFTInteger}, {"d", OFTDate},         {"kind", OFTString},
                                                         {"name", OFTString}};
  for (const auto& [name, type] : fields) {
    OGRFieldDefnH field = OGR_Fld_Create(name, type);
    if (std::string(name) == "b") OGR_Fld_SetSubType(field, OFSTBoolean);
    OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
  }
  GDALDatasetStartTransaction(ds, FALSE);
  for (int i = 0; i < kRows; ++i) {
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    for (int field = 0; field < 7; ++field) {
      if (nullAt(i, field)) {
        OGR_F_SetFieldNull(f, field);
        continue;
      }
      switch (field) {
        case 0: OGR_F_SetFieldInteger(f, 0, intAt(i)); break;
        case 1: OGR_F_SetFieldInteger64(f, 1, int64At(i)); break;
        case 2: OGR_F_SetFieldDouble(f, 2, realAt(i)); break;
        case 3: OGR_F_SetFieldInteger(f, 3, boolAt(i) ? 1 : 0); break;
        case 4: OGR_F_SetFieldDateTime(f, 4, dateAt(i).year(), dateAt(i).month(), dateAt(i).day(), 0, 0, 0, 0); break;
        case 5: OGR_F_SetFieldString(f, 5, kindAt(i).toUtf8().constData()); break;
        case 6: OGR_F_SetFieldString(f, 6, nameAt(i).toUtf8().constData()); break;
      }
    }
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

TEST(AttributeTable, EveryCellGdalWroteComesBackTypedWithItsNulls) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  auto loaded = LayerLoader::load(writeTyped(dir.path()));
  ASSERT_TRUE(loaded.isOk()) << loaded.error().toStdString();
  const AttributeTable& t = loaded->front()->features->attributes();
  ASSERT_EQ(t.rowCount(), std::size_t(kRows));
  ASSERT_EQ(t.fieldCount(), 7);
  const QMetaType::Type types[] = {QMetaType::Int,  QMetaType::LongLong, QMetaType::Double, QMetaType::Bool,
                                   QMetaType::QDate, QMetaType::QString, QMetaType::QString};
  for (int field = 0; field < 7; ++field) EXPECT_EQ(t.fields()[std::size_t(field)].type, types[field]) << field;

  int mismatches = 0;
  for (int i = 0; i < kRows; ++i) {
    const std::size_t row = std::size_t(loaded->front()->features->fid(std::size_t(i)) - 1);  // GPKG fids start at 1
    ASSERT_EQ(row, std::size_t(i));
    for (int field = 0; field < 7; ++field) {
      const QVariant v = t.value(row, field);
      if (nullAt(i, field)) {
        mismatches += v.isValid() || !t.isNull(row, field) || !t.text(row, field).isNull();
        continue;
      }
      mismatches += t.isNull(row, field) || v.typeId() != int(types[field]);
      switch (field) {
        case 0: mismatches += v.toInt() != intAt(i); break;
        case 1: mismatches += v.toLongLong() != int64At(i); break;
        case 2: mismatches += v.toDouble() != realAt(i); break;
        case 3: mismatches += v.toBool() != boolAt(i); break;
        case 4: mismatches += v.toDate() != dateAt(i); break;
        case 5: mismatches += v.toString() != kindAt(i) || t.text(row, field) != kindAt(i); break;
        case 6: mismatches += v.toString() != nameAt(i) || t.text(row, field) != nameAt(i); break;
      }
    }
  }
  EXPECT_EQ(mismatches, 0);

  double d = 0;
  EXPECT_TRUE(t.number(1, 2, &d));
  EXPECT_EQ(d, realAt(1));
  EXPECT_TRUE(t.number(1, 1, &d));
  EXPECT_EQ(d, double(int64At(1)));
  EXPECT_FALSE(t.number(12, 1, &d)) << "row 12 of field 1 is null";
  EXPECT_FALSE(t.number(1, 5, &d)) << "a land-use name is not a number";
  EXPECT_FALSE(t.value(kRows, 0).isValid()) << "out of range reads as null";
  EXPECT_FALSE(t.value(0, 7).isValid());
}

TEST(AttributeTable, ValuesOfAnotherTypeThanTheirColumnSurviveExactly) {
  AttributeTable t({{QStringLiteral("n"), QMetaType::Int}, {QStringLiteral("s"), QMetaType::QString},
                    {QStringLiteral("when"), QMetaType::QDateTime}});
  std::vector<QVariant> row = {QVariant(3), QVariant(QStringLiteral("安康")), QVariant()};
  t.appendRow(row);
  row = {QVariant(QStringLiteral("12a")), QVariant(QString()), QVariant(QDateTime(QDate(2025, 5, 1), QTime(8, 30)))};
  t.appendRow(row);
  row = {QVariant(qlonglong(1) << 40), QVariant(7.5)};  // short row: the missing cell is null
  t.appendRow(row);
  ASSERT_EQ(t.rowCount(), 3u);
  EXPECT_EQ(t.value(0, 0), QVariant(3));
  EXPECT_EQ(t.value(1, 0), QVariant(QStringLiteral("12a")));
  EXPECT_EQ(t.value(2, 0), QVariant(qlonglong(1) << 40));
  EXPECT_EQ(t.value(2, 0).typeId(), QMetaType::LongLong);
  EXPECT_EQ(t.value(0, 1).toString(), QStringLiteral("安康"));
  EXPECT_EQ(t.value(1, 1).typeId(), QMetaType::QString);
  EXPECT_TRUE(t.value(1, 1).toString().isNull()) << "a null QString is not stored as the empty string";
  EXPECT_EQ(t.value(2, 1), QVariant(7.5));
  EXPECT_FALSE(t.value(0, 2).isValid());
  EXPECT_EQ(t.value(1, 2).toDateTime(), QDateTime(QDate(2025, 5, 1), QTime(8, 30)));
  EXPECT_TRUE(t.isNull(2, 2));
}

TEST(AttributeTable, RepeatedStringsAreStoredOnce) {
  const std::vector<FieldDefinition> fields = {{QStringLiteral("kind"), QMetaType::QString}};
  AttributeTable repeated(fields), unique(fields);
  const int rows = 50'000;
  for (int i = 0; i < rows; ++i) {
    repeated.appendString(0, kindAt(i));
    repeated.endRow();
    unique.appendString(0, nameAt(i));
    unique.endRow();
  }
  repeated.finishBuilding();
  unique.finishBuilding();
  // Five land-use names: a 4-byte index a row. Unique names: index, offset and the UTF-8 bytes.
  EXPECT_LT(repeated.memoryBytes(), std::size_t(rows) * 5);
  EXPECT_LT(unique.memoryBytes(), std::size_t(rows) * (4 + 8 + nameAt(0).toUtf8().size() + 2));
  for (int i : {0, 1, 4097, rows - 1}) {
    EXPECT_EQ(repeated.text(std::size_t(i), 0), kindAt(i));
    EXPECT_EQ(unique.text(std::size_t(i), 0), nameAt(i));
  }
}
