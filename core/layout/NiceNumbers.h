#pragma once

#include <QString>
#include <utility>

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
  // A km-grid interval in metres chosen from the scale: the smallest of 1, 2, 5, 10, 20, 50, 100 …
  // km whose lines lie at least `minPaperMm` apart on a map at 1:scaleDenominator.
  static double gridIntervalForScale(double scaleDenominator, double minPaperMm = 25);
  // A grid value in metres as Chinese topographic maps abbreviate it: the last two km digits large,
  // the leading ones (with any zone prefix) small: 3 512 000 → {"35", "12"}; 36 512 000 → {"365", "12"};
  // 500 000 → {"5", "00"}. Values off whole km keep their decimals in the large part.
  static std::pair<QString, QString> kmLabelParts(double metres);
  // 108°30′E, 32°45′N; seconds only when the value has them (30″).
  static QString degreesMinutes(double value, bool isLongitude);
  // "1:250 000" grouped by thin spaces as Chinese map sheets print it, here with plain spaces.
  static QString scaleText(double scaleDenominator);
  // Kilometre labels without trailing zeros: 0, 2.5, 10.
  static QString km(double value);
};

}  // namespace planmap
