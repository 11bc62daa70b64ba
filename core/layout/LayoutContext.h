#pragma once

#include "AttributionCatalog.h"
#include "Crs.h"
#include "PlanTargetTable.h"
#include "Result.h"
#include "VectorLayer.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace planmap {

class BasemapRenderer;
class CountyStatistics;
struct Layout;

class MapDocument;
class ReprojectionCache;

// Everything outside the layout that a page needs: the map's layers (a snapshot of shared pointers,
// taken on the UI thread), the display CRS, attribution, the plan targets, and text variables.
struct LayoutContext {
  std::vector<std::shared_ptr<const VectorLayer>> layers;  // bottom first
  Crs displayCrs;
  QString mapTitle;                      // {title} unless the layout or an override sets one
  QString titleOverride;                 // --title
  std::optional<AttributionCatalog> attribution;
  std::shared_ptr<const PlanTargetTable> targets;  // null = no table rows
  QDate date = QDate::currentDate();
  QHash<QString, QString> variables;     // extra {name} substitutions

  // The atlas feature of the page being drawn (set by the exporter): layer id and row.
  QString atlasLayer;
  std::int64_t atlasRow = -1;

  std::shared_ptr<ReprojectionCache> reprojectionCache;
  // Drawn under the layers of every map frame (hillshade or tiles chosen in the app); its credit
  // joins the footer's sources. Null = white paper, all vector.
  std::shared_ptr<const BasemapRenderer> basemap;
  // Per-county figures for county_stats items. Null = computed when a page needs them (see
  // ensureCountyStatistics); callers that draw many pages or previews compute once and share.
  std::shared_ptr<const CountyStatistics> countyStatistics;

  // Copies the document's layers and CRS, loads the bundled attribution and plan targets (failures
  // leave those parts empty: a footer without attribution is better than no map).
  static LayoutContext fromDocument(const MapDocument& document);
  std::shared_ptr<const VectorLayer> layer(const QString& id) const;
  static bool needsCountyStatistics(const Layout& layout);
  // Computes countyStatistics from `layers` and the targets' catalog, links and progress when the
  // layout has a county_stats item and none are set yet. Slow (GEOS on every county: seconds), so
  // call it off the UI thread. A failure leaves the table empty and returns the reason.
  Status ensureCountyStatistics(const Layout& layout);
  // "{title}", "{date}", "{name_zh}" (and any field of the atlas feature), then `variables`.
  QString expand(const QString& text, const QString& layoutTitle) const;
};

}  // namespace planmap
