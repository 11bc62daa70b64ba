#include <gtest/gtest.h>

#include "CacheFixtures.h"

#include "FeatureStoreBuilder.h"

#include <QDateTime>
#include <QTimeZone>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <cmath>
#include <vector>

namespace planmap::test {
namespace {

struct Block {
  int columns, rows, perEdge;
  double cell;
  std::vector<double> gx, gy;  // jittered grid vertices, (columns + 1) × (rows + 1)
  Block(int c, int r, int p, double s) : columns(c), rows(r), perEdge(p), cell(s) {
    gx.resize(std::size_t(c + 1) * (r + 1));
    gy.resize(gx.size());
    for (int j = 0; j <= r; ++j)
      for (int i = 0; i <= c; ++i) {
        const bool inner = i > 0 && j > 0 && i < c && j < r;
        const double jx = inner ? 0.3 * std::sin(i * 12.9898 + j * 78.233) : 0;
        const double jy = inner ? 0.3 * std::cos(i * 39.425 + j * 11.135) : 0;
        gx[std::size_t(j) * (c + 1) + i] = 108.0 + (i + jx) * s;
        gy[std::size_t(j) * (c + 1) + i] = 32.0 + (j + jy) * s;
      }
  }
  // The ring of parcel (i, j), counter-clockwise, each edge subdivided the same way from both sides
  // (a shared edge's intermediate vertices are computed from its two end points only).
  std::vector<double> ring(int i, int j) const {
    auto corner = [&](int a, int b) {
      const std::size_t k = std::size_t(b) * (columns + 1) + a;
      return std::pair(gx[k], gy[k]);
    };
    const std::pair<int, int> corners[] = {{i, j}, {i + 1, j}, {i + 1, j + 1}, {i, j + 1}};
    std::vector<double> out;
    for (int e = 0; e < 4; ++e) {
      auto [ax, ay] = corner(corners[e].first, corners[e].second);
      auto [bx, by] = corner(corners[(e + 1) % 4].first, corners[(e + 1) % 4].second);
      for (int k = 0; k < perEdge; ++k) {
        // Symmetric in (a, b): the neighbour walks the edge the other way and gets the same points.
        const double t = double(k) / perEdge;
        const double bulge = 0.05 * cell * std::sin(M_PI * t) * std::sin((ax + bx + ay + by) * 1e3);
        const double nx = -(by - ay), ny = bx - ax, len = std::hypot(nx, ny);
        // Same side for both walkers: orient the normal by a fixed rule.
        const double sgn = (nx > 0 || (nx == 0 && ny > 0)) ? 1 : -1;
        out.push_back(ax + t * (bx - ax) + sgn * bulge * nx / len);
        out.push_back(ay + t * (by - ay) + sgn * bulge * ny / len);
      }
    }
    out.push_back(out[0]);
    out.push_back(out[1]);
    return out;
  }
};

}  // namespace

std::shared_ptr<const FeatureStore> parcelBlock(int columns, int rows, int perEdge, double cell) {
  const Block block(columns, rows, perEdge, cell);
  FeatureStoreBuilder b({{QStringLiteral("pid"), QMetaType::Int},
                         {QStringLiteral("code"), QMetaType::QString},
                         {QStringLiteral("name"), QMetaType::QString},
                         {QStringLiteral("area"), QMetaType::Double},
                         {QStringLiteral("built"), QMetaType::QDate},
                         {QStringLiteral("checked"), QMetaType::Bool},
                         {QStringLiteral("stamp"), QMetaType::QDateTime}});
  int row = 0;
  for (int j = 0; j < rows; ++j)
    for (int i = 0; i < columns; ++i, ++row) {
      const std::vector<double> r = block.ring(i, j);
      b.beginFeature(1000 + row, GeometryType::Polygon);
      b.addPart(r.data(), r.size() / 2, true);
      if (row == 7) {
        const double cx = 108.0 + (i + 0.5) * cell, cy = 32.0 + (j + 0.5) * cell, h = 0.1 * cell;
        const double hole[] = {cx - h, cy - h, cx - h, cy + h, cx + h, cy + h, cx + h, cy - h, cx - h, cy - h};
        b.addPart(hole, 5, false);
      }
      if (row == 11) {
        const double ox = 108.0 - 2 * cell, oy = 32.0 + j * cell;
        const double island[] = {ox, oy, ox + 0.5 * cell, oy, ox + 0.5 * cell, oy + 0.5 * cell, ox, oy};
        b.addPart(island, 4, true);
      }
      std::vector<QVariant> values{
          row,
          QStringLiteral("01%1").arg(row % 5),
          row % 13 == 0 ? QVariant() : QVariant(QStringLiteral("汉滨区%1号地块").arg(row)),
          row * 1.25,
          QDate(2024, 1, 1).addDays(row),
          row % 2 == 0,
          QDateTime(QDate(2025, 6, 1), QTime(8, row % 60), QTimeZone::utc()),
      };
      b.endFeature(values);
    }
  return b.finish();
}

::testing::AssertionResult sameStore(const FeatureStore& a, const FeatureStore& b) {
  if (a.featureCount() != b.featureCount()) return ::testing::AssertionFailure() << "feature counts differ";
  if (a.vertexCount() != b.vertexCount()) return ::testing::AssertionFailure() << "vertex counts differ";
  if (!(a.extent() == b.extent())) return ::testing::AssertionFailure() << "extents differ";
  for (std::size_t f = 0; f < a.featureCount(); ++f) {
    if (a.fid(f) != b.fid(f) || a.geometryType(f) != b.geometryType(f) || !(a.bounds(f) == b.bounds(f)))
      return ::testing::AssertionFailure() << "row " << f << ": fid, type or bounds differ";
    if (a.partEnd(f) - a.partBegin(f) != b.partEnd(f) - b.partBegin(f))
      return ::testing::AssertionFailure() << "row " << f << ": part counts differ";
    for (std::uint32_t k = 0; k < a.partEnd(f) - a.partBegin(f); ++k) {
      const std::uint32_t pa = a.partBegin(f) + k, pb = b.partBegin(f) + k;
      const std::uint32_t n = a.vertexEnd(pa) - a.vertexBegin(pa);
      if (n != b.vertexEnd(pb) - b.vertexBegin(pb) || a.startsPolygon(pa) != b.startsPolygon(pb))
        return ::testing::AssertionFailure() << "row " << f << " part " << k << " differs";
      for (std::uint32_t v = 0; v < 2 * n; ++v)
        if (a.vertex(a.vertexBegin(pa))[v] != b.vertex(b.vertexBegin(pb))[v])
          return ::testing::AssertionFailure() << "row " << f << " part " << k << ": coordinates differ";
    }
  }
  const AttributeTable &ta = a.attributes(), &tb = b.attributes();
  if (ta.fieldCount() != tb.fieldCount() || ta.rowCount() != tb.rowCount())
    return ::testing::AssertionFailure() << "attribute shapes differ";
  for (int c = 0; c < ta.fieldCount(); ++c) {
    if (ta.fields()[c].name != tb.fields()[c].name || ta.fields()[c].type != tb.fields()[c].type)
      return ::testing::AssertionFailure() << "field " << c << " differs";
    for (std::size_t r = 0; r < ta.rowCount(); ++r)
      if (ta.value(r, c) != tb.value(r, c) || ta.isNull(r, c) != tb.isNull(r, c))
        return ::testing::AssertionFailure() << "cell " << r << "," << c << " differs: "
                                             << ta.text(r, c).toStdString() << " vs " << tb.text(r, c).toStdString();
  }
  return ::testing::AssertionSuccess();
}

void writeGpkg(const QString& path, int columns, int rows, int perEdge, double cell, int extraFeatures) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  ASSERT_NE(driver, nullptr);
  GDALDataset* ds = driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
  ASSERT_NE(ds, nullptr);
  OGRSpatialReference srs;
  srs.importFromEPSG(4490);
  OGRLayer* layer = ds->CreateLayer("parcels", &srs, wkbPolygon, nullptr);
  ASSERT_NE(layer, nullptr);
  OGRFieldDefn name("name", OFTString);
  layer->CreateField(&name);
  ds->StartTransaction();
  const Block block(columns, rows, perEdge, cell);
  int row = 0;
  for (int j = 0; j < rows; ++j)
    for (int i = 0; i < columns + (j == 0 ? extraFeatures : 0); ++i, ++row) {
      const std::vector<double> r = i < columns ? block.ring(i, j) : block.ring(i % columns, rows - 1);
      OGRLinearRing ring;
      for (std::size_t k = 0; k + 1 < r.size(); k += 2) ring.addPoint(r[k], r[k + 1]);
      OGRPolygon polygon;
      polygon.addRing(&ring);
      OGRFeature* f = OGRFeature::CreateFeature(layer->GetLayerDefn());
      f->SetField("name", QStringLiteral("地块%1").arg(row).toUtf8().constData());
      f->SetGeometry(&polygon);
      ASSERT_EQ(layer->CreateFeature(f), OGRERR_NONE);
      OGRFeature::DestroyFeature(f);
    }
  ds->CommitTransaction();
  GDALClose(ds);
}

}  // namespace planmap::test
