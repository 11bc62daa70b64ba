#include "GeodesicMeasure.h"

#include "CoordinateTransform.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>
#include <geodesic.h>

namespace planmap {
namespace {

// CGCS2000 ellipsoid (EPSG:1024): same a as GRS80, f differs in the 12th digit.
constexpr double kA = 6378137.0;
constexpr double kF = 1.0 / 298.257222101;

Result<std::vector<QPointF>> toLonLat(const std::vector<QPointF>& points, const Crs& crs) {
  std::vector<QPointF> lonLat = points;
  const Crs geographic = Crs::fromEpsg(4490);
  if (crs == geographic) return Result<std::vector<QPointF>>::ok(lonLat);
  auto transform = CoordinateTransform::create(crs, geographic);
  if (!transform) return Result<std::vector<QPointF>>::fail(transform.error());
  // QPointF is two doubles, as CoordinateTransform::transform expects.
  const std::size_t failed = transform->transform(reinterpret_cast<double*>(lonLat.data()), lonLat.size());
  if (failed > 0)
    return Result<std::vector<QPointF>>::fail(
        QCoreApplication::translate("planmap::GeodesicMeasure", "%n point(s) could not be converted to longitude/latitude", nullptr, int(failed)));
  return Result<std::vector<QPointF>>::ok(lonLat);
}

}  // namespace

Result<double> GeodesicMeasure::length(const std::vector<QPointF>& points, const Crs& crs) {
  auto lonLat = toLonLat(points, crs);
  if (!lonLat) return Result<double>::fail(lonLat.error());
  geod_geodesic g;
  geod_init(&g, kA, kF);
  double total = 0;
  for (std::size_t i = 1; i < lonLat->size(); ++i) {
    double s12 = 0, azi1 = 0, azi2 = 0;
    const QPointF& a = lonLat.value()[i - 1];
    const QPointF& b = lonLat.value()[i];
    geod_inverse(&g, a.y(), a.x(), b.y(), b.x(), &s12, &azi1, &azi2);
    total += s12;
  }
  return Result<double>::ok(total);
}

Result<double> GeodesicMeasure::area(const std::vector<QPointF>& points, const Crs& crs) {
  if (points.size() < 3) return Result<double>::ok(0.0);
  auto lonLat = toLonLat(points, crs);
  if (!lonLat) return Result<double>::fail(lonLat.error());
  geod_geodesic g;
  geod_init(&g, kA, kF);
  std::vector<double> lats, lons;
  for (const QPointF& p : lonLat.value()) {
    lons.push_back(p.x());
    lats.push_back(p.y());
  }
  double area = 0, perimeter = 0;
  geod_polygonarea(&g, lats.data(), lons.data(), int(lats.size()), &area, &perimeter);
  return Result<double>::ok(std::abs(area));
}

QString GeodesicMeasure::formatLength(double metres) {
  const QLocale locale;
  if (metres < 1000) return QStringLiteral("%1 m").arg(locale.toString(metres, 'f', 1));
  return QStringLiteral("%1 km").arg(locale.toString(metres / 1000.0, 'f', metres < 100000 ? 3 : 2));
}

QString GeodesicMeasure::formatArea(double m2) {
  const QLocale locale;
  const QString hectares = QCoreApplication::translate("planmap::GeodesicMeasure", "ha");
  const QString mu = QCoreApplication::translate("planmap::GeodesicMeasure", "mu");
  return QStringLiteral("%1 m² · %2 km² · %3 %4 · %5 %6")
      .arg(locale.toString(m2, 'f', 0), locale.toString(m2 / 1e6, 'f', m2 < 1e6 ? 4 : 2),
           locale.toString(m2 / 1e4, 'f', 2), hectares, locale.toString(m2 / kSquareMetresPerMu, 'f', 1), mu);
}

}  // namespace planmap
