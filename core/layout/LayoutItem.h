#pragma once

#include "Extent.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>
#include <type_traits>
#include <variant>

namespace planmap {

// The names an item kind has in the JSON form ("type") and in the layout window. Derived from the
// item's content (LayoutItem::kind()); the content variant below is the closed set.
enum class LayoutItemKind { Map, Title, Subtitle, Text, Legend, ScaleBar, NorthArrow, Callout, TargetsTable, Footer, CountyStats,
                             Neatline, MapNotes };
QString layoutItemKindToString(LayoutItemKind kind);  // "map", "title", … "county_stats", "neatline", "map_notes"
std::optional<LayoutItemKind> layoutItemKindFromString(const QString& text);

// Coordinate lines drawn over a map frame: none, the frame CRS's own grid (km), or a lon/lat
// graticule labelled in degrees-minutes (also on a projected frame).
enum class GridKind { None, Projected, Graticule };
// Where grid values go: inside the frame (with a halo) or outside it, between the inner and the
// outer frame with a tick, as a standard map frame has them.
enum class GridLabels { Inside, Outside };

// A map frame: which layers, in which CRS, over which extent.
struct MapFrameItem {
  QStringList layers;   // layer ids bottom-first; empty = every visible layer of the map
  QString crs;          // frame CRS ("EPSG:4545"); empty = the map's display CRS
  Extent extent;        // requested extent; empty = the full extent of the frame's layers
  QString extentCrs;    // CRS of `extent` when it differs from the frame's ("EPSG:4326")
  double scale = 0;     // > 0: fixed scale 1:scale around the extent's centre
  GridKind grid = GridKind::None;
  GridLabels gridLabels = GridLabels::Inside;
  double gridIntervalM = 0;  // > 0: the km grid's interval; 0 = chosen from the scale
  QString overviewOf;   // inset: draw this frame's extent as a box
  bool atlasDriven = false;  // the atlas zooms this frame to each feature
  bool skipIfEmpty = false;  // leave the item out when none of its layers has a feature in its extent
  bool labels = true;
  bool operator==(const MapFrameItem&) const = default;
};

// Title, subtitle or free text; title text may hold {title}, {name_zh}, {date} ….
struct TextItem {
  enum class Role { Title, Subtitle, Text };
  Role role = Role::Text;
  bool bold = false;
  Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
  QColor color = QColor(34, 34, 34);
  bool operator==(const TextItem&) const = default;
};

// Items that describe one map frame name it by id (`mapId`).
struct LegendItem {
  QString mapId;
  bool operator==(const LegendItem&) const = default;
};
struct ScaleBarItem {
  QString mapId;
  bool operator==(const ScaleBarItem&) const = default;
};
struct NorthArrowItem {
  QString mapId;
  bool operator==(const NorthArrowItem&) const = default;
};
// A text plate with a leader to a point given in `anchorCrs` (default EPSG:4326 lon/lat).
struct CalloutItem {
  QString mapId;
  double anchorX = 0;
  double anchorY = 0;
  QString anchorCrs;
  bool bold = false;
  QColor color = QColor(34, 34, 34);
  bool operator==(const CalloutItem&) const = default;
};
struct TargetsTableItem {
  QString mapId;
  int maxRows = 12;
  bool operator==(const TargetsTableItem&) const = default;
};
struct FooterItem {
  QString organisation;     // 编制单位
  QString date;             // empty = the export date
  QString approvalNumber;   // 审图号 (optional)
  bool operator==(const FooterItem&) const = default;
};
// The outer frame (外图廓) of a standard map frame, heavier than the map's own inner frame.
struct NeatlineItem {
  QString mapId;
  double weightMm = 1.0;
  bool operator==(const NeatlineItem&) const = default;
};
// A standard frame's notes: the mathematical basis of the frame's CRS and the production fields.
struct MapNotesItem {
  QString mapId;
  QString organisation;     // 编制单位 (empty: left blank)
  QString date;             // 制图日期; empty = the export month
  QString approvalNumber;   // 审图号; empty = a blank to fill in, never invented
  bool operator==(const MapNotesItem&) const = default;
};
struct CountyStatsItem {
  QString mapId;  // optional
  int maxRows = 12;
  bool operator==(const CountyStatsItem&) const = default;
};

// The closed set of item kinds. Every visitor (painter, JSON writer, window) handles each one, so a
// new kind does not compile until all of them do — as mapnik's symbolizer variant.
using LayoutItemContent = std::variant<MapFrameItem, TextItem, LegendItem, ScaleBarItem, NorthArrowItem, CalloutItem,
                                       TargetsTableItem, FooterItem, CountyStatsItem, NeatlineItem, MapNotesItem>;

// Builds an overload set from lambdas for std::visit.
template <class... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

// One thing on the page, placed in millimetres from the page's top-left corner: what every item has
// (placement, frame, background, its text and type size) plus its kind's own content.
struct LayoutItem {
  QString id;
  QRectF rectMm;        // x, y, width, height
  bool frame = false;   // a thin border around the item
  QColor background;    // invalid = transparent
  QString text;         // text items' text; a map's inset caption; a legend's or table's title
  double fontSizePt = 10;
  LayoutItemContent content;

  LayoutItemKind kind() const;
  // The map frame this item describes (legend, scale bar, north arrow, callout, tables); empty for others.
  QString mapId() const;
  void setMapId(const QString& id);

  template <class T>
  T* as() { return std::get_if<T>(&content); }
  template <class T>
  const T* as() const { return std::get_if<T>(&content); }
  bool isMap() const { return std::holds_alternative<MapFrameItem>(content); }

  // An item of `kind` with that kind's default content (a title is bold).
  static LayoutItem ofKind(LayoutItemKind kind);

  bool operator==(const LayoutItem&) const = default;
};

}  // namespace planmap
