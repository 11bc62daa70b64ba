#pragma once

#include "Crs.h"
#include "Extent.h"

#include <QString>
#include <vector>

namespace planmap {

// How a layer's CRS was decided; reported by `planmap info` and shown in the app.
enum class CrsSource { File, Inferred, Override, Unknown };
QString crsSourceName(CrsSource source);  // "file", "inferred", "override", "unknown"

struct CrsCandidate {
  Crs crs;
  QString reason;       // why it fits, e.g. "eastings 36 5xx xxx carry zone prefix 36 (CGCS2000 6°)"
  double score = 0;     // higher = more plausible
};

struct CrsDecision {
  Crs crs;                              // invalid when nothing could be decided
  CrsSource source = CrsSource::Unknown;
  // True when several projections fit and the first was picked (unprefixed Gauss-Krüger eastings:
  // the central meridian is a guess). False for lon/lat and zone-prefixed eastings, whose grid is
  // certain; there the datum (CGCS2000 assumed) is listed as the only doubt, via candidates.
  bool isGuess = false;
  // Most plausible first (also when read from the file: empty). Zone-prefixed: the CGCS2000 zone,
  // then the same zone on Xian 1980 and Beijing 1954. Unprefixed: every CGCS2000 3° CM CRS that
  // puts the data in China, nearest Ankang first, then the 6° CM CRSs likewise.
  std::vector<CrsCandidate> candidates;
  QString note;                         // human-readable summary
};

// Infers a CRS from coordinates alone, for data that came without a .prj.
// lon/lat over China -> EPSG:4490; zone-prefixed Gauss-Krüger eastings -> the zoned CGCS2000 3° or 6°
// CRS; unprefixed eastings -> the CGCS2000 CM candidates that put the data in China, best first.
class CrsInference {
 public:
  static CrsDecision infer(const Extent& nativeExtent);
};

}  // namespace planmap
