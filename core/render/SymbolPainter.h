#pragma once

#include "LayerStyle.h"

#include <QBrush>
#include <QHash>
#include <QPainter>
#include <QPen>
#include <vector>

namespace planmap {

class AttributeTable;
class MapSettings;

// One symbol turned into ready-made pens and brushes for this render's DPI (internal to planmap_render).
struct PreparedSymbol {
  QPen pen;             // outline / line pen (Qt::NoPen when the stroke is transparent or zero)
  QPen schematicPen;    // the same with the layer's schematic dash
  QPen unverifiedPen;   // the same with the layer's unverified dash (never invisible: at least 1 px)
  QBrush unverifiedFill;  // the fill faded to a third: an unverified marker or area looks hollow
  QBrush fill;          // Qt::NoBrush when the fill is transparent
  QBrush hatch;         // Qt::NoBrush when there is no hatching
  QColor dotColor;      // colour of sub-pixel features
  MarkerShape marker = MarkerShape::Circle;
  double markerPx = 0;
};

// Resolves a layer's renderer (single / categorized / graduated) per feature with the field index and
// class lookups done once per render instead of once per feature, and draws point markers.
// Resolution matches LayerStyle::symbolFor.
class SymbolPainter {
 public:
  SymbolPainter(const LayerStyle& style, const AttributeTable& attributes, const MapSettings& settings);

  // Index into symbols(): 0 = the fallback symbol, 1 + i = class i.
  int symbolIndex(std::size_t row) const;
  bool isSchematic(std::size_t row) const;
  // 0 as surveyed/approximate, 1 schematic, 2 unverified: which pen and fill the row gets.
  int look(std::size_t row) const;
  const QPen& penFor(const PreparedSymbol& s, int look) const {
    return look == 2 ? s.unverifiedPen : look == 1 ? s.schematicPen : s.pen;
  }
  const QBrush& fillFor(const PreparedSymbol& s, int look) const { return look == 2 ? s.unverifiedFill : s.fill; }
  const PreparedSymbol& symbol(int index) const { return symbols_[static_cast<std::size_t>(index)]; }
  std::size_t symbolCount() const { return symbols_.size(); }

  // A marker centred on `centre`, with the painter's current pen and brush.
  static void drawMarker(QPainter& painter, const QPointF& centre, MarkerShape shape, double sizePx);

 private:
  PreparedSymbol prepare(const Symbol& symbol, const MapSettings& settings) const;

  const LayerStyle& style_;
  const AttributeTable& attributes_;
  std::vector<PreparedSymbol> symbols_;
  int field_ = -1;
  int schematicField_ = -1;
  QHash<QString, int> categories_;  // category text → class index (first match wins)
};

}  // namespace planmap
