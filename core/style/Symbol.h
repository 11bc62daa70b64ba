#pragma once

#include <QColor>
#include <Qt>

namespace planmap {

enum class MarkerShape { Circle, Square, Triangle, Diamond, Star, Cross };

// How one class of features is drawn. The renderer uses the parts that fit the geometry:
// fill + stroke for polygons, stroke for lines, marker for points. Sizes are in millimetres so the
// same style prints at the same size on screen (96 dpi) and on an A3 PDF (300 dpi).
struct Symbol {
  QColor fill = QColor(200, 200, 200, 160);
  Qt::BrushStyle hatch = Qt::NoBrush;   // Qt::NoBrush = solid fill; BDiagPattern etc. = hatching over it
  QColor hatchColor = QColor(80, 80, 80);
  QColor stroke = QColor(80, 80, 80);
  double strokeWidthMm = 0.26;
  Qt::PenStyle dash = Qt::SolidLine;
  MarkerShape marker = MarkerShape::Circle;
  double markerSizeMm = 2.5;

  bool operator==(const Symbol&) const = default;
};

}  // namespace planmap
