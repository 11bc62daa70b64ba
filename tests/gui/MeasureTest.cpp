#include "GeodesicMeasure.h"
#include "GuiFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>

namespace planmap::test {
namespace {

TEST(GeodesicMeasure, OneDegreeOfLatitudeAtAnkang) {
  // Meridian arc from 32°N to 33°N on the GRS80/CGCS2000 ellipsoid: 110 895.6 m (`geod +ellps=GRS80 -I`;
  // the meridian-arc series gives the same). CGCS2000 and GRS80 differ by 0.1 mm in the semi-minor axis.
  auto metres = GeodesicMeasure::length({QPointF(109.0, 32.0), QPointF(109.0, 33.0)}, Crs::fromEpsg(4490));
  ASSERT_TRUE(metres.isOk()) << metres.error().toStdString();
  EXPECT_NEAR(metres.value(), 110895.6, 1.0);
}

TEST(GeodesicMeasure, SameLengthFromGaussKrugerCoordinates) {
  // The same two points given in EPSG:4545 measure the same on the ellipsoid.
  auto transform = CoordinateTransform::create(Crs::fromEpsg(4490), Crs::fromEpsg(4545));
  ASSERT_TRUE(transform.isOk());
  double x1 = 109.0, y1 = 32.0, x2 = 109.0, y2 = 33.0;
  ASSERT_TRUE(transform->transformPoint(x1, y1) && transform->transformPoint(x2, y2));
  auto a = GeodesicMeasure::length({QPointF(109.0, 32.0), QPointF(109.0, 33.0)}, Crs::fromEpsg(4490));
  auto b = GeodesicMeasure::length({QPointF(x1, y1), QPointF(x2, y2)}, Crs::fromEpsg(4545));
  ASSERT_TRUE(a.isOk() && b.isOk());
  EXPECT_NEAR(a.value(), b.value(), 0.01);
}

TEST(GeodesicMeasure, AreaOfHanbinMatchesTheDataAndConvertsToMu) {
  // 汉滨区's polygon, measured on the ellipsoid, against area_km2 that geodata/tools computed with
  // an equal-area projection: agreement within 0.5%.
  QFile f(QStringLiteral(PLANMAP_SOURCE_GEODATA_DIR "/layers/counties.geojson"));
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QJsonArray features = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray();
  bool found = false;
  for (const QJsonValue& v : features) {
    const QJsonObject feature = v.toObject();
    const QJsonObject props = feature.value(QStringLiteral("properties")).toObject();
    if (props.value(QStringLiteral("name_zh")).toString() != QStringLiteral("汉滨区")) continue;
    found = true;
    const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
    QJsonArray polygons = geometry.value(QStringLiteral("coordinates")).toArray();
    if (geometry.value(QStringLiteral("type")).toString() == QStringLiteral("Polygon")) polygons = QJsonArray{polygons};
    double total = 0;
    for (const QJsonValue& polygon : polygons) {
      const QJsonArray rings = polygon.toArray();
      for (int r = 0; r < rings.size(); ++r) {
        std::vector<QPointF> ring;
        for (const QJsonValue& p : rings[r].toArray()) ring.emplace_back(p.toArray()[0].toDouble(), p.toArray()[1].toDouble());
        auto area = GeodesicMeasure::area(ring, Crs::fromEpsg(4326));
        ASSERT_TRUE(area.isOk());
        total += r == 0 ? area.value() : -area.value();  // holes subtract
      }
    }
    const double expected = props.value(QStringLiteral("area_km2")).toDouble() * 1e6;
    EXPECT_NEAR(total, expected, expected * 0.005);
  }
  EXPECT_TRUE(found);
  EXPECT_NEAR(GeodesicMeasure::kSquareMetresPerMu, 666.667, 0.001);
  EXPECT_TRUE(GeodesicMeasure::formatArea(666.667 * 15).contains(QStringLiteral("15.0")));
}

class MeasureToolTest : public GuiFixture {};

TEST_F(MeasureToolTest, ClicksOnTheCanvasMeasureOnTheEllipsoid) {
  canvas()->setTool(MapCanvas::Tool::MeasureDistance);
  const QPointF a = displayPoint(109.0, 32.6);
  const QPointF b = displayPoint(109.0, 32.8);
  const QPoint pa = canvas()->toPixel(a).toPoint();
  const QPoint pb = canvas()->toPixel(b).toPoint();
  QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, pa);
  QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, pb);
  ASSERT_EQ(canvas()->measurePoints().size(), 2u);
  auto metres = GeodesicMeasure::length(canvas()->measurePoints(), window->document()->displayCrs());
  ASSERT_TRUE(metres.isOk());
  // 0.2° of latitude ≈ 22.18 km; clicks land on whole pixels (≈ 100-200 m each at this zoom).
  EXPECT_NEAR(metres.value(), 22180, 3 * canvas()->mapUnitsPerPixel());
}

}  // namespace
}  // namespace planmap::test
