#include "MapBasis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace planmap {
namespace {

constexpr double kA = 6378137.0;                    // CGCS2000 semi-major axis
constexpr double kInvF = 298.257222101;
const double kE2 = (2 - 1 / kInvF) / kInvF;          // first eccentricity squared

QString datumInChinese(const QString& datum) {
  if (datum.contains(QLatin1String("China 2000")) || datum.contains(QLatin1String("CGCS2000")))
    return QStringLiteral("2000国家大地坐标系");
  if (datum.contains(QLatin1String("Xian 1980")) || datum.contains(QLatin1String("Xian_1980")))
    return QStringLiteral("1980西安坐标系");
  if (datum.contains(QLatin1String("Beijing 1954")) || datum.contains(QLatin1String("Beijing_1954")))
    return QStringLiteral("1954北京坐标系");
  if (datum.contains(QLatin1String("WGS 84")) || datum.contains(QLatin1String("World Geodetic System 1984")))
    return QStringLiteral("WGS 84 坐标系");
  return datum;
}

QString degrees(double v) {
  const double rounded = std::round(v * 100) / 100;
  return QString::number(rounded, 'g', 8) + QStringLiteral("°");
}

}  // namespace

MapBasis MapBasis::of(const Crs& crs) {
  MapBasis b;
  if (!crs.isValid()) return b;
  b.crsName = crs.name();
  b.datumZh = datumInChinese(crs.datumName());
  if (crs.isGeographic()) {
    b.projection = Projection::Geographic;
    return b;
  }
  const QJsonObject root = QJsonDocument::fromJson(crs.projJson().toUtf8()).object();
  const QJsonObject conversion = root.value(QStringLiteral("conversion")).toObject();
  const QString method = conversion.value(QStringLiteral("method")).toObject().value(QStringLiteral("name")).toString();
  if (b.datumZh.isEmpty())
    b.datumZh = datumInChinese(root.value(QStringLiteral("base_crs")).toObject().value(QStringLiteral("datum")).toObject()
                                   .value(QStringLiteral("name")).toString());
  if (method != QLatin1String("Transverse Mercator") && method != QLatin1String("Gauss-Kruger")) return b;
  b.projection = Projection::GaussKruger;
  for (const QJsonValue& v : conversion.value(QStringLiteral("parameters")).toArray()) {
    const QJsonObject p = v.toObject();
    const int code = p.value(QStringLiteral("id")).toObject().value(QStringLiteral("code")).toInt();
    const double value = p.value(QStringLiteral("value")).toDouble();
    if (code == 8802) b.centralMeridian = value;
    else if (code == 8806) b.falseEasting = value;
    else if (code == 8805) b.scaleFactor = value;
  }
  if (b.falseEasting >= 1e6) b.zone = int(std::floor(b.falseEasting / 1e6));
  const QString name = b.crsName + QLatin1Char(' ') + conversion.value(QStringLiteral("name")).toString();
  const bool whole = std::abs(b.centralMeridian - std::round(b.centralMeridian)) < 1e-9;
  const int cm = int(std::round(b.centralMeridian));
  if (name.contains(QLatin1String("3-degree")) || name.contains(QLatin1String("3_Degree"))) b.zoneWidth = 3;
  else if (name.contains(QLatin1String("6-degree")) || name.contains(QLatin1String("6_Degree"))) b.zoneWidth = 6;
  else if (b.zone > 0 && whole && b.zone * 3 == cm) b.zoneWidth = 3;
  else if (b.zone > 0 && whole && b.zone * 6 - 3 == cm) b.zoneWidth = 6;
  else if (whole && cm % 3 == 0 && (cm + 3) % 6 != 0) b.zoneWidth = 3;  // 108°: only a 3° zone has it
  if (std::abs(b.scaleFactor - 1) > 1e-9) b.projection = Projection::Other;  // UTM-like (0.9996): not Gauss-Krüger
  return b;
}

QStringList MapBasis::noteLines(bool showsHeights) const {
  QStringList lines;
  if (!datumZh.isEmpty()) lines << datumZh;
  switch (projection) {
    case Projection::Geographic:
      lines << QStringLiteral("地理坐标（经纬度），未投影");
      break;
    case Projection::GaussKruger: {
      QString line = QStringLiteral("高斯-克吕格投影");
      QStringList parts;
      if (zoneWidth > 0) parts << QStringLiteral("%1°分带").arg(zoneWidth);
      if (zone > 0) parts << QStringLiteral("第 %1 带").arg(zone);
      parts << QStringLiteral("中央经线 %1").arg(degrees(centralMeridian));
      lines << line << parts.join(QStringLiteral("，"));
      break;
    }
    case Projection::Other:
      if (!crsName.isEmpty()) lines << crsName;
      break;
  }
  if (showsHeights) lines << QStringLiteral("1985国家高程基准");
  return lines;
}

double MapBasis::pointScale(double lon, double lat) const {
  if (projection != Projection::GaussKruger) return 1;
  // Transverse Mercator point scale to fourth order (Snyder 8-11): k = k0 (1 + (1+C) A²/2 + …).
  const double phi = lat * M_PI / 180;
  const double a = (lon - centralMeridian) * M_PI / 180 * std::cos(phi);
  const double ep2 = kE2 / (1 - kE2);
  const double c = ep2 * std::cos(phi) * std::cos(phi);
  const double t = std::tan(phi) * std::tan(phi);
  const double a2 = a * a;
  return scaleFactor * (1 + (1 + c) * a2 / 2 + (5 - 4 * t + 42 * c + 13 * c * c - 28 * ep2) * a2 * a2 / 24);
}

double MapBasis::metresPerDegreeLongitude(double lat) {
  const double phi = lat * M_PI / 180;
  return M_PI / 180 * kA * std::cos(phi) / std::sqrt(1 - kE2 * std::sin(phi) * std::sin(phi));
}

}  // namespace planmap
