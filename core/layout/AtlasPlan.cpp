#include "AtlasPlan.h"

#include <algorithm>

namespace planmap {

Result<AtlasPlan> AtlasPlan::make(const Layout& layout, const LayoutContext& context, const QString& layerOverride) {
  AtlasPlan plan;
  plan.layerId_ = layerOverride.isEmpty() ? layout.atlas.layer : layerOverride;
  if (plan.layerId_.isEmpty())
    return Result<AtlasPlan>::fail(QStringLiteral("layout %1 has no atlas layer; pass one").arg(layout.name));
  const auto layer = context.layer(plan.layerId_);
  if (!layer || !layer->features)
    return Result<AtlasPlan>::fail(QStringLiteral("atlas: the map has no layer \"%1\"").arg(plan.layerId_));
  plan.layout_ = layout;
  plan.layout_.atlas.layer = plan.layerId_;
  const bool driven = std::any_of(layout.items.begin(), layout.items.end(), [](const LayoutItem& item) {
    const MapFrameItem* m = item.as<MapFrameItem>();
    return m && m->atlasDriven;
  });
  if (!driven)  // a layout without a driven frame: the first main (not inset) map frame follows the atlas
    for (LayoutItem& item : plan.layout_.items)
      if (MapFrameItem* m = item.as<MapFrameItem>(); m && m->overviewOf.isEmpty()) {
        m->atlasDriven = true;
        break;
      }
  plan.rows_.resize(layer->features->featureCount());
  for (std::size_t i = 0; i < plan.rows_.size(); ++i) plan.rows_[i] = i;
  const AttributeTable& attributes = layer->features->attributes();
  const int sortField = layout.atlas.sortField.isEmpty() ? -1 : attributes.fieldIndex(layout.atlas.sortField);
  if (sortField >= 0)
    std::stable_sort(plan.rows_.begin(), plan.rows_.end(), [&](std::size_t a, std::size_t b) {
      return attributes.text(a, sortField) < attributes.text(b, sortField);
    });
  return Result<AtlasPlan>::ok(std::move(plan));
}

LayoutContext AtlasPlan::pageContext(const LayoutContext& base, int page) const {
  LayoutContext c = base;
  c.atlasLayer = layerId_;
  c.atlasRow = page >= 0 && page < pageCount() ? std::int64_t(rows_[std::size_t(page)]) : -1;
  return c;
}

}  // namespace planmap
