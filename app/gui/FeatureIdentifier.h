#pragma once

#include <QPointF>
#include <QString>
#include <cstdint>
#include <vector>

namespace planmap {

class MapDocument;

struct IdentifyHit {
  QString layerId;
  std::uint32_t row = 0;
};

// What lies under a clicked point: every visible layer, top of the drawing order first, asked in
// its own CRS (the point and the click tolerance are transformed to it).
class FeatureIdentifier {
 public:
  // `point` and `tolerance` are in the document's display CRS.
  static std::vector<IdentifyHit> identify(const MapDocument& document, const QPointF& point, double tolerance);
};

}  // namespace planmap
