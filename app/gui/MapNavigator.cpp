#include "MapNavigator.h"

#include "CoordinateTransform.h"
#include "MapCanvas.h"
#include "MapDocument.h"

#include <QLocale>
#include <algorithm>

namespace planmap {
namespace {

const QString kPrefectureLayer = QStringLiteral("prefecture");
const QString kCountyLayer = QStringLiteral("counties");

// The field a county is known by: its English name in the English UI when the data has one.
int nameColumn(const AttributeTable& table, bool english) {
  if (english)
    for (const char* f : {"name_en", "NAME_EN"})
      if (const int i = table.fieldIndex(QString::fromLatin1(f)); i >= 0) return i;
  for (const char* f : {"name_zh", "name", "NAME"})
    if (const int i = table.fieldIndex(QString::fromLatin1(f)); i >= 0) return i;
  return -1;
}

bool englishUi() { return QLocale().language() != QLocale::Chinese; }

}  // namespace

QString MapNavigator::countyLayerId() { return kCountyLayer; }

Extent MapNavigator::layerExtent(const QString& layerId, const std::vector<std::uint32_t>& rows) const {
  const auto layer = document_.layer(layerId);
  if (!layer || !layer->features) return {};
  Extent native;
  if (rows.empty()) native = layer->features->extent();
  else
    for (std::uint32_t r : rows)
      if (r < layer->features->featureCount()) native.include(layer->features->bounds(r));
  if (native.isEmpty() || layer->crs == document_.displayCrs()) return native;
  auto transform = CoordinateTransform::create(layer->crs, document_.displayCrs());
  return transform ? transform->transformBounds(native) : Extent();
}

Extent MapNavigator::featuresExtent(const QHash<QString, std::vector<std::uint32_t>>& features) const {
  Extent all;
  for (auto it = features.begin(); it != features.end(); ++it)
    if (!it.value().empty()) all.include(layerExtent(it.key(), it.value()));
  return all;
}

Extent MapNavigator::withMinimumSize(Extent e) const {
  if (e.isEmpty()) return e;
  const double minSize = document_.displayCrs().isGeographic() ? 0.1 : 10000.0;
  if (e.width() < minSize && e.height() < minSize) e = e.buffered((minSize - std::max(e.width(), e.height())) / 2);
  return e;
}

void MapNavigator::zoomToFullAnkang() {
  Extent e = layerExtent(kPrefectureLayer);
  if (e.isEmpty()) e = layerExtent(kCountyLayer);
  if (e.isEmpty()) e = document_.fullExtent();
  canvas_->zoomToExtent(e, 0.03);
}

void MapNavigator::zoomToLayer(const QString& layerId) { canvas_->zoomToExtent(layerExtent(layerId), 0.05); }

void MapNavigator::zoomToRows(const QString& layerId, const std::vector<std::uint32_t>& rows) {
  const Extent e = withMinimumSize(layerExtent(layerId, rows));
  if (!e.isEmpty()) canvas_->zoomToExtent(e, 0.1);
}

bool MapNavigator::zoomToFeatures(const QHash<QString, std::vector<std::uint32_t>>& features) {
  const Extent all = withMinimumSize(featuresExtent(features));
  if (all.isEmpty()) return false;
  canvas_->zoomToExtent(all, 0.1);
  return true;
}

QStringList MapNavigator::countyNames() const {
  QStringList names;
  const auto counties = document_.layer(kCountyLayer);
  if (!counties || !counties->features) return names;
  const AttributeTable& table = counties->features->attributes();
  const int field = nameColumn(table, englishUi());
  for (std::size_t r = 0; r < counties->features->featureCount() && field >= 0; ++r) names << table.text(r, field);
  return names;
}

bool MapNavigator::zoomToCounty(const QString& name) {
  const auto counties = document_.layer(kCountyLayer);
  if (!counties || !counties->features) return false;
  const AttributeTable& table = counties->features->attributes();
  // Either language's name finds the county.
  for (const int field : {nameColumn(table, true), nameColumn(table, false)}) {
    for (std::size_t r = 0; r < counties->features->featureCount() && field >= 0; ++r)
      if (table.text(r, field) == name) {
        zoomToRows(kCountyLayer, {std::uint32_t(r)});
        canvas_->setHighlights({{kCountyLayer, {std::uint32_t(r)}}});
        return true;
      }
  }
  return false;
}

}  // namespace planmap
