#pragma once

#include "Extent.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

namespace planmap {

enum class LayoutItemKind { Map, Title, Subtitle, Text, Legend, ScaleBar, NorthArrow, Callout, TargetsTable, Footer, CountyStats };
QString layoutItemKindToString(LayoutItemKind kind);  // "map", "title", … "targets_table", "footer", "county_stats"
std::optional<LayoutItemKind> layoutItemKindFromString(const QString& text);

// Coordinate lines drawn over a map frame: none, the frame CRS's own grid (km), or a lon/lat
// graticule labelled in degrees-minutes (also on a projected frame).
enum class GridKind { None, Projected, Graticule };

// One thing on the page, placed in millimetres from the page's top-left corner. Plain data: which
// fields matter depends on `kind` (a tagged record, like the style model), and the JSON form only
// writes those. Items reference map frames by id (legend, scale bar, callout, table → "map").
struct LayoutItem {
  LayoutItemKind kind = LayoutItemKind::Text;
  QString id;
  QRectF rectMm;        // x, y, width, height
  bool frame = false;   // a thin border around the item
  QColor background;    // invalid = transparent

  // Map frames.
  QStringList layers;   // layer ids bottom-first; empty = every visible layer of the map
  QString crs;          // frame CRS ("EPSG:4545"); empty = the map's display CRS
  Extent extent;        // requested extent; empty = the full extent of the frame's layers
  QString extentCrs;    // CRS of `extent` when it differs from the frame's ("EPSG:4326")
  double scale = 0;     // > 0: fixed scale 1:scale around the extent's centre
  GridKind grid = GridKind::None;
  QString overviewOf;   // inset: draw this frame's extent as a box
  bool atlasDriven = false;  // the atlas zooms this frame to each feature
  bool skipIfEmpty = false;  // leave the item out when none of its layers has a feature in its extent
  bool labels = true;

  // Text items (title, subtitle, text, callout); title text may hold {title}, {name_zh}, {date} ….
  QString text;
  double fontSizePt = 10;
  bool bold = false;
  Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
  QColor color = QColor(34, 34, 34);

  // Legend, scale bar, north arrow, callout, targets table: the map frame they describe.
  QString mapId;
  // Callouts: the point the leader line points at, in `anchorCrs` (default EPSG:4326 lon/lat).
  double anchorX = 0;
  double anchorY = 0;
  QString anchorCrs;
  int maxRows = 12;     // targets table, county statistics table

  // Footer.
  QString organisation;     // 编制单位
  QString date;             // empty = the export date
  QString approvalNumber;   // 审图号 (optional)

  bool operator==(const LayoutItem&) const = default;
};

}  // namespace planmap
