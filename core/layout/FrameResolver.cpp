#include "FrameResolver.h"

#include "CoordinateTransform.h"
#include "MapBasis.h"

#include <algorithm>
#include <cmath>

namespace planmap {
double ResolvedFrame::scale() const {
  // The true scale at the frame's centre: ground metres per metre of paper along the frame's width.
  // Gauss-Krüger grid distances are the ground's times the point scale factor there (1 on the
  // central meridian, ≈1.0004 two degrees off it at 33°N); a geographic frame's degrees of longitude
  // are converted on the CGCS2000 ellipsoid at the centre's latitude.
  double metres = visible.width();
  if (crs().isGeographic()) {
    metres *= MapBasis::metresPerDegreeLongitude(visible.centerY());
  } else {
    double lon = visible.centerX(), lat = visible.centerY();
    auto toGeo = CoordinateTransform::create(crs(), Crs::fromEpsg(4326));
    if (toGeo && toGeo->transformPoint(lon, lat)) metres /= MapBasis::of(crs()).pointScale(lon, lat);
  }
  return metres / (item->rectMm.width() / 1000.0);
}

std::vector<std::shared_ptr<const VectorLayer>> FrameResolver::frameLayers(const LayoutItem& item, const MapFrameItem& map,
                                                                           QStringList* warnings) const {
  std::vector<std::shared_ptr<const VectorLayer>> out;
  if (map.layers.isEmpty()) {
    for (const auto& l : context_.layers)
      if (l->visible) out.push_back(l);
    return out;
  }
  for (const QString& id : map.layers) {
    if (auto l = context_.layer(id)) out.push_back(l);
    else if (warnings) *warnings << QStringLiteral("%1: the map has no layer \"%2\"").arg(item.id, id);
  }
  return out;
}

Extent FrameResolver::layersExtent(const QStringList& ids, const Crs& crs) const {
  Extent e;
  for (const auto& l : context_.layers) {
    if (!l->features || (ids.isEmpty() ? !l->visible : !ids.contains(l->id))) continue;
    auto t = CoordinateTransform::create(l->crs, crs);
    if (!t) continue;
    e.include(t->isIdentity() ? l->features->extent() : t->transformBounds(l->features->extent()));
  }
  return e;
}

Result<std::vector<ResolvedFrame>> FrameResolver::resolveAll(QStringList* warnings) {
  std::vector<ResolvedFrame> frames;
  for (const LayoutItem& item : layout_.items) {
    const MapFrameItem* map = item.as<MapFrameItem>();
    if (!map) continue;
    auto f = resolve(item, *map, warnings);
    if (!f) return Result<std::vector<ResolvedFrame>>::fail(f.error());
    frames.push_back(std::move(f.value()));
  }
  return Result<std::vector<ResolvedFrame>>::ok(std::move(frames));
}

Result<ResolvedFrame> FrameResolver::resolve(const LayoutItem& item, const MapFrameItem& map, QStringList* warnings) {
  ResolvedFrame f;
  f.item = &item;
  f.map = &map;
  const double pxPerMm = dpi_ / 25.4;
  f.rectPx = QRectF(item.rectMm.x() * pxPerMm, item.rectMm.y() * pxPerMm, item.rectMm.width() * pxPerMm,
                    item.rectMm.height() * pxPerMm);
  Crs crs = map.crs.isEmpty() ? context_.displayCrs : Crs::fromUserInput(map.crs);
  if (!crs.isValid()) crs = Crs::fromEpsg(4545);
  if (!crs.isValid())
    return Result<ResolvedFrame>::fail(QStringLiteral("map item %1: field 'crs' is not a CRS: \"%2\"").arg(item.id, map.crs));

  Extent extent;
  auto atlasLayer = context_.layer(context_.atlasLayer);
  if (map.atlasDriven && atlasLayer && context_.atlasRow >= 0) {
    const Extent b = atlasLayer->features->bounds(std::size_t(context_.atlasRow));
    auto t = CoordinateTransform::create(atlasLayer->crs, crs);
    if (t) {
      extent = t->isIdentity() ? b : t->transformBounds(b);
      extent = extent.buffered(std::max(extent.width(), extent.height()) * layout_.atlas.marginFraction);
    }
  } else if (!map.extent.isEmpty()) {
    extent = map.extent;
    if (!map.extentCrs.isEmpty()) {
      const Crs from = Crs::fromUserInput(map.extentCrs);
      if (!from.isValid())
        return Result<ResolvedFrame>::fail(
            QStringLiteral("map item %1: field 'extent_crs' is not a CRS: \"%2\"").arg(item.id, map.extentCrs));
      auto t = CoordinateTransform::create(from, crs);
      if (!t) return Result<ResolvedFrame>::fail(QStringLiteral("map item %1: %2").arg(item.id, t.error()));
      extent = t->transformBounds(extent);
    }
  }
  if (extent.isEmpty()) extent = layersExtent(map.layers, crs).scaled(1.03);
  if (extent.isEmpty()) extent = Extent::fromCorners(0, 0, 1, 1);
  if (map.scale > 0) {
    // Fixed scale: the frame's size on paper times the scale, around the extent's centre.
    double unitsPerMetre = 1;
    if (crs.isGeographic()) unitsPerMetre = 1.0 / MapBasis::metresPerDegreeLongitude(extent.centerY());
    const double w = item.rectMm.width() / 1000 * map.scale * unitsPerMetre;
    const double h = item.rectMm.height() / 1000 * map.scale * unitsPerMetre;
    extent = Extent::fromCorners(extent.centerX() - w / 2, extent.centerY() - h / 2, extent.centerX() + w / 2,
                                 extent.centerY() + h / 2);
  }
  const double aspect = item.rectMm.width() / item.rectMm.height();
  // Geographic frames are drawn in plate carrée; widen by latitude so the map is not squashed.
  f.visible = extent.expandedToAspect(aspect);
  f.settings.extent = f.visible;
  f.settings.destinationCrs = crs;
  f.settings.outputSize = QSize(std::max(1, qRound(f.rectPx.width())), std::max(1, qRound(f.rectPx.height())));
  f.settings.dpi = dpi_;
  f.settings.background = item.background.isValid() ? item.background : QColor(Qt::white);
  f.settings.drawLabels = map.labels;
  f.settings.basemap = context_.basemap;
  f.visible = f.settings.visibleExtent();

  const auto layers = frameLayers(item, map, warnings);
  for (const auto& l : layers) {
    LayerRenderSnapshot s = LayerRenderSnapshot::of(*l);
    if (map.atlasDriven && atlasLayer && l.get() == atlasLayer.get() && context_.atlasRow >= 0)
      s.highlighted.push_back(std::uint32_t(context_.atlasRow));
    f.settings.layers.push_back(std::move(s));
  }
  f.contents = FrameContents::scan(layers, crs, f.visible, context_.targets.get(), map.atlasDriven ? atlasLayer : nullptr,
                                   map.atlasDriven ? context_.atlasRow : -1);
  f.skipped = map.skipIfEmpty && f.contents.layerIds.isEmpty();
  return Result<ResolvedFrame>::ok(std::move(f));
}

}  // namespace planmap
