#pragma once

#include <QString>

namespace planmap {

// Round numbers for scale bars and coordinate grids.
class NiceNumbers {
 public:
  // The largest number of the 1-2-5 series (…, 0.5, 1, 2, 5, 10, 20, …) not above `limit` (> 0).
  static double floor125(double limit);
  // A scale bar: `segments` segments of `segmentKm` km each whose total length is at most
  // `maxLengthMm` on a map at 1:scaleDenominator.
  struct ScaleBar {
    double segmentKm = 0;
    int segments = 0;
    double segmentMm = 0;
  };
  static ScaleBar scaleBar(double scaleDenominator, double maxLengthMm, int preferredSegments = 4);
  // A graticule interval in degrees from 1′ … 30′, 1°, 2°, 5°, 10° giving about `targetLines` lines over `span` degrees.
  static double graticuleStep(double spanDegrees, int targetLines = 4);
  // A projected grid interval in metres from the 1-2-5 series giving about `targetLines` lines.
  static double gridStep(double spanMetres, int targetLines = 4);
  // 108°30′E, 32°45′N; seconds only when the value has them (30″).
  static QString degreesMinutes(double value, bool isLongitude);
  // "1:250 000" grouped by thin spaces as Chinese map sheets print it, here with plain spaces.
  static QString scaleText(double scaleDenominator);
  // Kilometre labels without trailing zeros: 0, 2.5, 10.
  static QString km(double value);
};

}  // namespace planmap
