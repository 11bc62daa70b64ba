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
  bool isGuess = false;                 // true when several candidates fit and the first was picked
  std::vector<CrsCandidate> candidates; // most plausible first (also when read from the file: empty)
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
