#include "TestLayers.h"

#include "FeatureStoreBuilder.h"

#include <cmath>

namespace planmap::test {
namespace {
constexpr double X0 = 500000, Y0 = 3600000;

void square(FeatureStoreBuilder& b, double x, double y, double size, bool exterior) {
  const double ring[] = {x, y, x + size, y, x + size, y + size, x, y + size, x, y};
  b.addPart(ring, 5, exterior);
}
}  // namespace

Extent testExtent() { return Extent{X0, Y0, X0 + 1000, Y0 + 750}; }

std::shared_ptr<const FeatureStore> zones() {
  FeatureStoreBuilder b({{QStringLiteral("kind"), QMetaType::QString},
                         {QStringLiteral("name"), QMetaType::QString},
                         {QStringLiteral("accuracy"), QMetaType::QString}});
  const char* kinds[] = {"farm", "forest", "water"};
  const char* names[] = {"农田", "林地", "水域"};
  for (int i = 0; i < 3; ++i) {
    b.beginFeature(i + 1, GeometryType::Polygon);
    square(b, X0 + 100 + i * 300, Y0 + 250, 200, true);
    if (i == 1) square(b, X0 + 100 + 300 + 50, Y0 + 250 + 50, 100, false);  // hole
    std::vector<QVariant> row{QString::fromLatin1(kinds[i]), QString::fromUtf8(names[i]), QStringLiteral("surveyed")};
    b.endFeature(row);
  }
  b.beginFeature(4, GeometryType::Polygon);
  square(b, X0 + 100, Y0 + 480, 80, true);
  square(b, X0 + 800, Y0 + 480, 80, true);
  std::vector<QVariant> row{QStringLiteral("farm"), QString::fromUtf8("规划区"), QStringLiteral("schematic")};
  b.endFeature(row);
  return b.finish();
}

std::shared_ptr<const FeatureStore> roads() {
  FeatureStoreBuilder b({{QStringLiteral("name"), QMetaType::QString}, {QStringLiteral("accuracy"), QMetaType::QString}});
  const double a[] = {X0 + 50, Y0 + 600, X0 + 950, Y0 + 600};
  b.beginFeature(1, GeometryType::Line);
  b.addPart(a, 2, false);
  std::vector<QVariant> r1{QString::fromUtf8("安康大道"), QStringLiteral("surveyed")};
  b.endFeature(r1);
  const double c[] = {X0 + 50, Y0 + 700, X0 + 950, Y0 + 700};
  b.beginFeature(2, GeometryType::Line);
  b.addPart(c, 2, false);
  std::vector<QVariant> r2{QString::fromUtf8("规划路"), QStringLiteral("schematic")};
  b.endFeature(r2);
  return b.finish();
}

std::shared_ptr<const FeatureStore> towns() {
  FeatureStoreBuilder b({{QStringLiteral("name"), QMetaType::QString}});
  const char* names[] = {"汉滨", "旬阳", "石泉", "汉阴", "紫阳", "岚皋"};
  for (int i = 0; i < 6; ++i) {
    const double xy[] = {X0 + 80 + i * 160, Y0 + 100};
    b.beginFeature(i + 1, GeometryType::Point);
    b.addPart(xy, 1, false);
    std::vector<QVariant> row{QString::fromUtf8(names[i])};
    b.endFeature(row);
  }
  return b.finish();
}

std::shared_ptr<const FeatureStore> grid(int columns, int rows, int verticesPerRing, const Extent& e) {
  FeatureStoreBuilder b({{QStringLiteral("name"), QMetaType::QString}, {QStringLiteral("score"), QMetaType::Double}});
  b.reserve(std::size_t(columns) * rows, std::size_t(columns) * rows * (verticesPerRing + 1));
  const double w = e.width() / columns, h = e.height() / rows;
  std::vector<double> ring(2 * (verticesPerRing + 1));
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < columns; ++c) {
      const double cx = e.minX + (c + 0.5) * w, cy = e.minY + (r + 0.5) * h;
      // A circle-ish ring: many vertices per pixel when zoomed out, which is what LOD must absorb.
      for (int i = 0; i <= verticesPerRing; ++i) {
        const double a = 2 * M_PI * (i % verticesPerRing) / verticesPerRing;
        ring[2 * i] = cx + 0.4 * w * std::cos(a);
        ring[2 * i + 1] = cy + 0.4 * h * std::sin(a);
      }
      b.beginFeature(std::int64_t(r) * columns + c, GeometryType::Polygon);
      b.addPart(ring.data(), verticesPerRing + 1, true);
      std::vector<QVariant> row{QString::fromUtf8("地块%1").arg(r * columns + c), double((r * 7 + c * 13) % 100)};
      b.endFeature(row);
    }
  return b.finish();
}

LayerRenderSnapshot snapshot(const QString& id, std::shared_ptr<const FeatureStore> store, const LayerStyle& style) {
  LayerRenderSnapshot s;
  s.layerId = id;
  s.features = std::move(store);
  s.crs = Crs::fromEpsg(4545);
  s.style = style;
  return s;
}

MapSettings settingsFor(const Extent& extent, QSize size) {
  MapSettings s;
  s.extent = extent;
  s.destinationCrs = Crs::fromEpsg(4545);
  s.outputSize = size;
  return s;
}

}  // namespace planmap::test
