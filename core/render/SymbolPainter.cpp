#include "SymbolPainter.h"

#include "AttributeTable.h"
#include "MapSettings.h"

#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <cmath>

namespace planmap {

SymbolPainter::SymbolPainter(const LayerStyle& style, const AttributeTable& attributes, const MapSettings& settings)
    : style_(style), attributes_(attributes) {
  symbols_.push_back(prepare(style.symbol, settings));
  for (const StyleClass& c : style.classes) symbols_.push_back(prepare(c.symbol, settings));
  if (style.renderer != RendererKind::Single && !style.classes.empty()) field_ = attributes.fieldIndex(style.field);
  if (style.renderer == RendererKind::Categorized)
    for (std::size_t i = 0; i < style.classes.size(); ++i) {
      const QString key = style.classes[i].value.toString();
      if (!categories_.contains(key)) categories_.insert(key, static_cast<int>(i));
      for (const QString& other : style.classes[i].otherValues)
        if (!categories_.contains(other)) categories_.insert(other, static_cast<int>(i));
    }
  if (!style.schematicField.isEmpty() && !style.schematicValues.isEmpty())
    schematicField_ = attributes.fieldIndex(style.schematicField);
}

PreparedSymbol SymbolPainter::prepare(const Symbol& s, const MapSettings& settings) const {
  PreparedSymbol p;
  const double widthPx = settings.mmToPixels(s.strokeWidthMm);
  if (s.stroke.alpha() == 0 || s.strokeWidthMm <= 0 || s.dash == Qt::NoPen) {
    p.pen = QPen(Qt::NoPen);
  } else {
    p.pen = QPen(s.stroke, widthPx, s.dash, Qt::FlatCap, Qt::MiterJoin);
    // Lines look better with round joins; polygons with miter. Round caps keep short dashes visible.
    p.pen.setJoinStyle(Qt::RoundJoin);
    p.pen.setCapStyle(s.dash == Qt::SolidLine ? Qt::FlatCap : Qt::RoundCap);
  }
  p.schematicPen = p.pen.style() == Qt::NoPen ? QPen(Qt::NoPen) : p.pen;
  if (p.schematicPen.style() != Qt::NoPen) {
    p.schematicPen.setStyle(style_.schematicDash);
    // A hairline dash pattern is invisible at screen sizes; schematic outlines are at least 1 px.
    if (p.schematicPen.widthF() < 1) p.schematicPen.setWidthF(1);
  }
  p.fill = s.fill.alpha() > 0 ? QBrush(s.fill) : QBrush(Qt::NoBrush);
  // Unverified: dotted outline, even where the symbol has none, and a faded fill.
  p.unverifiedPen = p.pen.style() != Qt::NoPen ? p.pen : QPen(s.fill.alpha() > 0 ? s.fill : s.stroke, 1);
  p.unverifiedPen.setStyle(style_.unverifiedDash);
  if (p.unverifiedPen.widthF() < 1) p.unverifiedPen.setWidthF(1);
  if (s.fill.alpha() > 0) {
    QColor faded = s.fill;
    faded.setAlpha(std::max(1, s.fill.alpha() / 3));
    p.unverifiedFill = QBrush(faded);
  }
  p.hatch = s.hatch != Qt::NoBrush && s.hatch != Qt::SolidPattern ? QBrush(s.hatchColor, s.hatch) : QBrush(Qt::NoBrush);
  p.dotColor = p.pen.style() != Qt::NoPen ? s.stroke : s.fill;
  p.marker = s.marker;
  p.markerPx = settings.mmToPixels(s.markerSizeMm);
  return p;
}

int SymbolPainter::symbolIndex(std::size_t row) const {
  if (field_ < 0) return 0;
  const QVariant& v = attributes_.value(row, field_);
  if (v.isNull()) return 0;
  if (style_.renderer == RendererKind::Categorized) {
    auto it = categories_.constFind(v.toString());
    return it == categories_.constEnd() ? 0 : 1 + it.value();
  }
  bool ok = false;
  const double d = v.toDouble(&ok);
  if (!ok || std::isnan(d)) return 0;
  const auto& classes = style_.classes;
  for (std::size_t i = 0; i < classes.size(); ++i) {
    const bool last = i + 1 == classes.size();
    if (d >= classes[i].lower && (d < classes[i].upper || (last && d <= classes[i].upper)))
      return 1 + static_cast<int>(i);
  }
  return 0;
}

int SymbolPainter::look(std::size_t row) const {
  if (schematicField_ < 0) return 0;
  const QString value = attributes_.text(row, schematicField_);
  if (!style_.schematicValues.contains(value)) return 0;
  return value == style_.unverifiedValue ? 2 : 1;
}

bool SymbolPainter::isSchematic(std::size_t row) const {
  if (schematicField_ < 0) return false;
  return style_.schematicValues.contains(attributes_.text(row, schematicField_));
}

void SymbolPainter::drawMarker(QPainter& painter, const QPointF& c, MarkerShape shape, double size) {
  const double r = size / 2;
  switch (shape) {
    case MarkerShape::Circle:
      painter.drawEllipse(c, r, r);
      break;
    case MarkerShape::Square:
      painter.drawRect(QRectF(c.x() - r, c.y() - r, size, size));
      break;
    case MarkerShape::Triangle: {
      const QPointF pts[3] = {{c.x(), c.y() - r}, {c.x() + r * 0.866, c.y() + r * 0.5}, {c.x() - r * 0.866, c.y() + r * 0.5}};
      painter.drawPolygon(pts, 3);
      break;
    }
    case MarkerShape::Diamond: {
      const QPointF pts[4] = {{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
      painter.drawPolygon(pts, 4);
      break;
    }
    case MarkerShape::Star: {
      QPointF pts[10];
      for (int i = 0; i < 10; ++i) {
        const double a = -M_PI / 2 + i * M_PI / 5, rr = (i % 2 == 0) ? r : r * 0.4;
        pts[i] = QPointF(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
      }
      painter.drawPolygon(pts, 10);
      break;
    }
    case MarkerShape::Cross: {
      // A cross has no area: draw its arms with the pen, or with the fill colour when there is no pen.
      const QPen old = painter.pen();
      if (old.style() == Qt::NoPen) painter.setPen(QPen(painter.brush().color(), std::max(1.0, size / 6)));
      painter.drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() + r, c.y()));
      painter.drawLine(QPointF(c.x(), c.y() - r), QPointF(c.x(), c.y() + r));
      painter.setPen(old);
      break;
    }
  }
}

}  // namespace planmap
