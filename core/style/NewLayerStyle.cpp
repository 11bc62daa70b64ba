#include "NewLayerStyle.h"

#include <array>

namespace planmap {

QColor NewLayerStyle::colour(int nth) {
  static const std::array<QColor, 6> kColours = {QColor(214, 0, 140), QColor(123, 44, 191), QColor(230, 92, 0),
                                                 QColor(0, 131, 143), QColor(196, 30, 58), QColor(160, 110, 0)};
  const int n = int(kColours.size());
  return kColours[std::size_t(((nth % n) + n) % n)];
}

LayerStyle NewLayerStyle::forGeometry(GeometryType type, int nth) {
  LayerStyle style;
  const QColor c = colour(nth);
  style.symbol.stroke = c;
  switch (type) {
    case GeometryType::Polygon: {
      QColor faint = c;
      faint.setAlpha(28);  // a tint, not a cover: what lies below stays readable
      style.symbol.fill = faint;
      style.symbol.strokeWidthMm = 0.5;
      break;
    }
    case GeometryType::Line:
      style.symbol.strokeWidthMm = 0.6;
      break;
    case GeometryType::Point:
    case GeometryType::None:
      style.symbol.fill = c;
      style.symbol.stroke = Qt::white;
      style.symbol.strokeWidthMm = 0.3;
      style.symbol.markerSizeMm = 2.8;
      break;
  }
  return style;
}

}  // namespace planmap
