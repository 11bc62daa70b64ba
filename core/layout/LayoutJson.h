#pragma once

#include "Layout.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace planmap {

// Reads and writes layouts ("format": "planmap-layout", "version": 1):
//   {"format": "planmap-layout", "version": 1, "name": "a3_landscape_plan", "title": "…",
//    "page": {"size": "A3", "orientation": "landscape", "margins_mm": [10, 10, 10, 10]},
//            (custom: "size": "custom", "width_mm": 500, "height_mm": 350)
//    "pdf_resolution_dpi": 300,
//    "atlas": {"layer": "counties", "margin": 0.08, "file_name": "{name_zh}.pdf", "sort_field": "adcode"},
//    "items": [{"type": "map", "id": "main", "rect_mm": [10, 25, 300, 250], "crs": "EPSG:4545",
//               "layers": ["counties", …], "extent": [minx, miny, maxx, maxy], "extent_crs": "EPSG:4326",
//               "scale": 250000, "grid": "none|projected|graticule", "overview_of": "main",
//               "atlas_driven": true, "skip_if_empty": false, "labels": true, "frame": true},
//              {"type": "title", "rect_mm": […], "text": "{title}", "font_size_pt": 24, "bold": true,
//               "align": "left|center|right"},
//              {"type": "legend", "map": "main", …}, {"type": "scale_bar", "map": "main"},
//              {"type": "north_arrow", "map": "main"}, {"type": "callout", "map": "main",
//               "text": "…", "anchor": [108.9, 32.7], "anchor_crs": "EPSG:4326"},
//              {"type": "targets_table", "map": "main", "max_rows": 12},
//              {"type": "footer", "organisation": "…", "date": "", "approval_number": "陕S(2021)…号"},
//              {"type": "county_stats", "text": "县区统计", "max_rows": 12, "map": "main" (optional)}]}
// Rejections name the file, the item and the field: "a3.json: items[2] (legend): field 'map' names no map item".
class LayoutJson {
 public:
  static QString formatName() { return QStringLiteral("planmap-layout"); }

  static Result<Layout> readFile(const QString& path);
  // `displayName` is used in messages.
  static Result<Layout> readBytes(const QByteArray& data, const QString& displayName);
  static Result<Layout> fromJson(const QJsonObject& object, const QString& displayName);
  static QJsonObject toJson(const Layout& layout);
  static Status writeFile(const Layout& layout, const QString& path);

  // A template of resources/layouts by name ("a3_landscape_plan") or a path to a layout file.
  static Result<Layout> resolve(const QString& nameOrPath);
  static QString templatesDir();
  // `planmap export` without --layout and the dialogs' first choice: the standard map frame
  // (规划图（标准图廓）) on an A3 landscape sheet.
  static QString defaultTemplateName() { return QStringLiteral("standard_a3_landscape"); }
};

}  // namespace planmap
