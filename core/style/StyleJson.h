#pragma once

#include "LayerStyle.h"
#include "Result.h"

#include <QJsonObject>

namespace planmap {

// Reads and writes LayerStyle as JSON — the form used in geodata/bundled_map.json and in project
// files. Colours are "#rrggbb" or "#rrggbbaa" (CSS order: alpha last, unlike QColor's #aarrggbb).
//   {"renderer": "single|categorized|graduated", "field": "kind",
//    "symbol": {"fill": "#a6d96a80", "stroke": "#1a9641", "stroke_width_mm": 0.3,
//               "dash": "solid|dash|dot|dashdot", "hatch": "none|bdiag|fdiag|cross|diagcross|horizontal|vertical",
//               "hatch_color": "#555555", "marker": "circle|square|triangle|diamond|star|cross", "marker_size_mm": 3},
//    "classes": [{"value": "core", "lower": 0, "upper": 10, "label_zh": "核心保护区", "label_en": "Core zone", "symbol": {…}}],
//    (a categorized class may add "other_values": ["a", "b"]: drawn, and listed in a legend, as that one class)
//    "labels": {"field": "name_zh", "size_pt": 9, "color": "#222222", "halo": "#ffffff", "halo_mm": 0.5,
//               "bold": false, "priority": 0, "font": "Noto Sans CJK SC"},
//    "schematic": {"field": "accuracy", "values": ["schematic", "unverified"], "dash": "dash",
//                  "unverified_value": "unverified", "unverified_dash": "dot"}}   // unverified: dotted, faded fill
// Every key is optional; unknown keys are ignored so newer files still open.
class StyleJson {
 public:
  // `context` names the file and layer for error messages ("bundled_map.json: layer counties").
  static Result<LayerStyle> read(const QJsonObject& json, const QString& context);
  static QJsonObject write(const LayerStyle& style);

  static Result<Symbol> readSymbol(const QJsonObject& json, const Symbol& defaults, const QString& context);
  static QJsonObject writeSymbol(const Symbol& symbol);
  // "#rrggbb" / "#rrggbbaa" / named colours; invalid QColor on failure.
  static QColor parseColor(const QString& text);
  static QString colorName(const QColor& color);
};

}  // namespace planmap
