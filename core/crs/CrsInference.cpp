#include "CrsInference.h"

#include "ChinaOutline.h"
#include "CoordinateTransform.h"

#include <algorithm>
#include <cmath>

namespace planmap {

QString crsSourceName(CrsSource source) {
  switch (source) {
    case CrsSource::File: return QStringLiteral("file");
    case CrsSource::Inferred: return QStringLiteral("inferred");
    case CrsSource::Override: return QStringLiteral("override");
    case CrsSource::Unknown: break;
  }
  return QStringLiteral("unknown");
}

namespace {

// Hanbin district seat, Ankang (Wikipedia: 32°41′43″N 109°01′36″E). PlanMap is made for Ankang,
// so when the coordinates cannot tell central meridians apart, the one nearest to it wins.
constexpr double kAnkangLon = 109.027;
constexpr double kAnkangLat = 32.695;
constexpr int kCgcs2000Geographic = 4490;

// Gauss-Krüger limits in metres. Eastings within a zone stay well inside 100 km..900 km (a 6°
// zone at the equator reaches ±334 km from 500 km); northings of China run from ~330 km (3°N)
// to ~5 990 km (54°N).
constexpr double kMinEasting = 100000, kMaxEasting = 900000;
constexpr double kMinNorthing = 200000, kMaxNorthing = 6000000;

// "36 5xx xxx" for 36 512 345, "3 6xx xxx" for 3 612 345: how surveyors read such numbers.
QString digitPattern(double value) {
  const auto n = static_cast<long long>(std::floor(value));
  const long long high = n / 1000000, rest = n % 1000000;
  const QString tail = QStringLiteral("%1xx xxx").arg(rest / 100000);
  return high > 0 ? QStringLiteral("%1 %2").arg(high).arg(tail) : tail;
}

QString lonLatText(double lon, double lat) {
  return QStringLiteral("%1°E %2°N").arg(lon, 0, 'f', 1).arg(lat, 0, 'f', 1);
}

double degreesFromAnkang(double lon, double lat) {
  const double dx = (lon - kAnkangLon) * std::cos(kAnkangLat * M_PI / 180.0);
  const double dy = lat - kAnkangLat;
  return std::sqrt(dx * dx + dy * dy);
}

// Where a candidate CRS puts the data: its centre and corners in CGCS2000 degrees.
struct Placement {
  bool ok = false;
  double lon = 0, lat = 0;  // centre
  int pointsInChina = 0;    // of the 4 corners and the centre
  bool centreInChina = false;
};

Placement place(const Crs& crs, const Extent& extent) {
  Placement p;
  auto toLonLat = CoordinateTransform::create(crs, Crs::fromEpsg(kCgcs2000Geographic));
  if (!toLonLat) return p;
  double xy[] = {extent.centerX(), extent.centerY(), extent.minX, extent.minY, extent.maxX,
                 extent.minY,      extent.maxX,      extent.maxY, extent.minX, extent.maxY};
  if (toLonLat->transform(xy, 5) != 0) return p;
  p.ok = true;
  p.lon = xy[0];
  p.lat = xy[1];
  for (int i = 0; i < 5; ++i) p.pointsInChina += ChinaOutline::contains(xy[2 * i], xy[2 * i + 1]) ? 1 : 0;
  p.centreInChina = ChinaOutline::contains(p.lon, p.lat);
  return p;
}

bool isLonLatInChina(const Extent& e) {
  return ChinaOutline::inBox(e.minX, e.minY) && ChinaOutline::inBox(e.maxX, e.maxY);
}

bool isLonLat(const Extent& e) { return e.minX >= -180 && e.maxX <= 360 && e.minY >= -90 && e.maxY <= 90; }

bool northingsFitChina(const Extent& e) { return e.minY >= kMinNorthing && e.maxY <= kMaxNorthing; }

bool eastingsFitZone(double minX, double maxX) {
  return minX >= kMinEasting && maxX <= kMaxEasting;
}

QString number(double v) {
  return std::fabs(v) < 1e9 ? QString::number(v, 'f', 3) : QString::number(v, 'g', 6);
}

QString rangeText(const Extent& e) {
  return QStringLiteral("x %1..%2, y %3..%4").arg(number(e.minX), number(e.maxX), number(e.minY), number(e.maxY));
}

CrsDecision geographic(const Extent& e) {
  CrsDecision d;
  d.crs = Crs::fromEpsg(kCgcs2000Geographic);
  d.source = CrsSource::Inferred;
  d.candidates.push_back(
      {d.crs,
       QStringLiteral("coordinates are degrees: lon %1..%2, lat %3..%4 lie in China (73-136°E, 3-54°N); "
                      "CGCS2000 assumed (WGS 84 differs by under a metre)")
           .arg(e.minX, 0, 'f', 4)
           .arg(e.maxX, 0, 'f', 4)
           .arg(e.minY, 0, 'f', 4)
           .arg(e.maxY, 0, 'f', 4),
       100});
  d.note = QStringLiteral("Longitude/latitude in China: assumed %1.").arg(d.crs.description());
  return d;
}

// Eastings such as 36 5xx xxx: the leading digits are the zone number, which fixes the central
// meridian. 3° zones run 25-45 and 6° zones 13-23 over China, so the number also tells the series.
CrsDecision zonePrefixed(const Extent& e, int zone) {
  const bool threeDegree = zone >= 25;
  const int cm = threeDegree ? zone * 3 : zone * 6 - 3;
  const int code = threeDegree ? 4513 + zone - 25 : 4491 + zone - 13;
  // The same grid on the datums that preceded CGCS2000; coordinates alone cannot tell them apart.
  const int xian = threeDegree ? 2349 + zone - 25 : 2327 + zone - 13;
  const int beijing = threeDegree ? 2401 + zone - 25 : 21413 + zone - 13;

  CrsDecision d;
  d.crs = Crs::fromEpsg(code);
  d.source = CrsSource::Inferred;
  const Placement p = place(d.crs, e);
  const QString where = p.ok ? QStringLiteral("; the data centre lies at %1%2")
                                   .arg(lonLatText(p.lon, p.lat),
                                        p.centreInChina ? QString() : QStringLiteral(", outside China"))
                             : QString();
  d.candidates.push_back(
      {d.crs,
       QStringLiteral("eastings %1..%2 carry zone prefix %3 (CGCS2000 %4° zone %3, CM %5E)%6")
           .arg(digitPattern(e.minX), digitPattern(e.maxX))
           .arg(zone)
           .arg(threeDegree ? 3 : 6)
           .arg(cm)
           .arg(where),
       100});
  for (int older : {xian, beijing}) {
    Crs alt = Crs::fromEpsg(older);
    if (!alt.isValid()) continue;
    d.candidates.push_back(
        {alt,
         QStringLiteral("the same zone %1 grid on the older %2 datum: indistinguishable from coordinates, "
                        "positions differ from CGCS2000 by tens of metres")
             .arg(zone)
             .arg(alt.datumName()),
         50});
  }
  d.note = QStringLiteral("Eastings carry zone prefix %1: %2 (CGCS2000 assumed; Xian 1980 and Beijing 1954 use "
                          "the same zone numbers).")
               .arg(zone)
               .arg(d.crs.description());
  return d;
}

// Eastings without a zone prefix: the northing gives the latitude, but every central meridian
// puts the data somewhere, so candidates are all CMs that land the data in China, nearest to
// Ankang first, then the 6° series (whose CMs coincide with 3° ones).
CrsDecision unprefixed(const Extent& e) {
  struct Series {
    int firstCode, firstCm, step, count;
    double offset;
  };
  const Series series[] = {{4534, 75, 3, 21, 0}, {4502, 75, 6, 11, -100}};

  std::vector<CrsCandidate> candidates;
  for (const Series& s : series) {
    std::vector<CrsCandidate> group;
    for (int i = 0; i < s.count; ++i) {
      const int cm = s.firstCm + i * s.step;
      Crs crs = Crs::fromEpsg(s.firstCode + i);
      if (!crs.isValid()) continue;
      const Placement p = place(crs, e);
      if (!p.ok || !p.centreInChina) continue;
      const double distance = degreesFromAnkang(p.lon, p.lat);
      const double score = s.offset + 50.0 * p.pointsInChina / 5.0 + 50.0 / (1.0 + distance);
      group.push_back(
          {crs,
           QStringLiteral("eastings %1..%2 have no zone prefix; with CM %3E (%4° series) the data centre lies "
                          "at %5, %6 of 5 corner/centre points in China, %7° from Ankang")
               .arg(digitPattern(e.minX), digitPattern(e.maxX))
               .arg(cm)
               .arg(s.step)
               .arg(lonLatText(p.lon, p.lat))
               .arg(p.pointsInChina)
               .arg(distance, 0, 'f', 1),
           score});
    }
    std::stable_sort(group.begin(), group.end(),
                     [](const CrsCandidate& a, const CrsCandidate& b) { return a.score > b.score; });
    candidates.insert(candidates.end(), group.begin(), group.end());
  }

  CrsDecision d;
  if (candidates.empty()) {
    d.note = QStringLiteral("Coordinates look like Gauss-Krüger metres without zone prefix (%1), but no "
                            "CGCS2000 central meridian puts them in China.")
                 .arg(rangeText(e));
    return d;
  }
  d.crs = candidates.front().crs;
  d.source = CrsSource::Inferred;
  d.isGuess = candidates.size() > 1;
  d.note = QStringLiteral("Eastings carry no zone prefix, so the central meridian cannot be read from the "
                          "coordinates; %1 candidates put the data in China. Picked %2 as it puts the data "
                          "nearest Ankang: check the layer against the basemap and set the CRS if it is off "
                          "(WGS 84 / UTM metres look alike too).")
               .arg(candidates.size())
               .arg(d.crs.description());
  d.candidates = std::move(candidates);
  return d;
}

}  // namespace

CrsDecision CrsInference::infer(const Extent& e) {
  CrsDecision unknown;
  if (e.isEmpty() || !std::isfinite(e.minX) || !std::isfinite(e.maxX) || !std::isfinite(e.minY) ||
      !std::isfinite(e.maxY)) {
    unknown.note = QStringLiteral("No coordinates to infer a CRS from.");
    return unknown;
  }
  if (isLonLatInChina(e)) return geographic(e);

  // The bounds on x keep the zone arithmetic below within int range.
  if (northingsFitChina(e) && e.minX >= 0 && e.maxX < 1e8) {
    const int zoneMin = static_cast<int>(std::floor(e.minX / 1e6));
    const int zoneMax = static_cast<int>(std::floor(e.maxX / 1e6));
    const bool knownZone = (zoneMin >= 13 && zoneMin <= 23) || (zoneMin >= 25 && zoneMin <= 45);
    if (zoneMin == zoneMax && knownZone && eastingsFitZone(e.minX - zoneMin * 1e6, e.maxX - zoneMin * 1e6))
      return zonePrefixed(e, zoneMin);
    if (zoneMin == 0 && zoneMax == 0 && eastingsFitZone(e.minX, e.maxX)) return unprefixed(e);
  }

  if (isLonLat(e)) {
    unknown.note = QStringLiteral("Coordinates (%1) could be longitude/latitude, but not in China; no CRS assumed "
                                  "(set EPSG:4326 if they are WGS 84 degrees).")
                       .arg(rangeText(e));
    Crs wgs84 = Crs::fromEpsg(4326);
    unknown.candidates.push_back({wgs84, QStringLiteral("values fit degrees, outside China"), 10});
    return unknown;
  }
  unknown.note = QStringLiteral("Coordinates (%1) match neither longitude/latitude in China nor CGCS2000 "
                                "Gauss-Krüger eastings and northings; set the CRS by hand.")
                     .arg(rangeText(e));
  return unknown;
}

}  // namespace planmap
