#include "FrameContents.h"

#include "CoordinateTransform.h"

#include <QSet>

namespace planmap {
namespace {

GeometryType geometryOf(const FeatureStore& store) {
  for (std::size_t f = 0; f < store.featureCount(); ++f)
    if (store.geometryType(f) != GeometryType::None) return store.geometryType(f);
  return GeometryType::None;
}

QString nameOf(const VectorLayer& layer, std::size_t row) {
  const AttributeTable& a = layer.features->attributes();
  for (const char* field : {"name_zh", "name", "NAME"}) {
    const int i = a.fieldIndex(QString::fromLatin1(field));
    if (i >= 0) return a.text(row, i);
  }
  return layer.featureKey(row);
}

}  // namespace

FrameContents FrameContents::scan(const std::vector<std::shared_ptr<const VectorLayer>>& layers, const Crs& frameCrs,
                                  const Extent& extent, const PlanTargetTable* targets,
                                  const std::shared_ptr<const VectorLayer>& atlasLayer, std::int64_t atlasRow) {
  FrameContents contents;
  std::vector<std::vector<LegendEntry>> perLayer;  // bottom first; reversed at the end (legends list top layers first)
  for (const auto& layer : layers) {
    if (!layer || !layer->features || !layer->visible) continue;
    const FeatureStore& store = *layer->features;
    auto toLayer = CoordinateTransform::create(frameCrs, layer->crs);
    if (!toLayer) continue;
    const Extent query = toLayer->isIdentity() ? extent : toLayer->transformBounds(extent);
    const std::vector<std::uint32_t> ids = store.query(query);
    if (ids.empty()) continue;
    contents.layerIds << layer->id;

    const LayerStyle& style = layer->style;
    const AttributeTable& attributes = store.attributes();
    const GeometryType geometry = geometryOf(store);
    const bool canBeSchematic = attributes.fieldIndex(style.schematicField) >= 0;
    std::vector<bool> classUsed(style.classes.size(), false);
    bool fallbackUsed = false;
    bool layerSchematic = false;
    const bool classed = style.renderer != RendererKind::Single && !style.classes.empty();
    if (classed || canBeSchematic) {
      for (std::uint32_t f : ids) {
        if (classed) {
          int index = -1;
          style.symbolFor(attributes, f, &index);
          if (index >= 0 && std::size_t(index) < classUsed.size()) classUsed[std::size_t(index)] = true;
          else fallbackUsed = true;
        }
        if (canBeSchematic && !layerSchematic && style.isSchematic(attributes, f)) layerSchematic = true;
      }
    }
    contents.hasSchematic = contents.hasSchematic || layerSchematic;

    std::vector<LegendEntry> entries;
    if (!classed) {
      entries.push_back({LegendEntry::Kind::Swatch, layer->title, geometry, style.symbol, Qt::SolidLine});
    } else {
      entries.push_back({LegendEntry::Kind::LayerHeading, layer->title, geometry, style.symbol, Qt::SolidLine});
      for (std::size_t i = 0; i < style.classes.size(); ++i)
        if (classUsed[i]) {
          const StyleClass& c = style.classes[i];
          const QString label = !c.labelZh.isEmpty() ? c.labelZh : !c.labelEn.isEmpty() ? c.labelEn : c.value.toString();
          entries.push_back({LegendEntry::Kind::Swatch, label, geometry, c.symbol, Qt::SolidLine});
        }
      if (fallbackUsed) entries.push_back({LegendEntry::Kind::Swatch, QStringLiteral("其他"), geometry, style.symbol, Qt::SolidLine});
    }
    if (layerSchematic && !contents.schematicEntry) {
      // One legend line for every layer's schematic features: the dash says "sketched, not surveyed".
      Symbol outline;
      outline.fill = Qt::transparent;
      outline.stroke = QColor(90, 90, 90);
      outline.strokeWidthMm = 0.3;
      contents.schematicEntry = LegendEntry{LegendEntry::Kind::Swatch, QStringLiteral("示意性要素（位置与范围仅为示意）"),
                                            GeometryType::Polygon, outline, style.schematicDash};
    }
    perLayer.push_back(std::move(entries));

    if (targets && targets->hasLinksForLayer(layer->id)) {
      // In an atlas, a feature belongs to the page when its box centre is inside the atlas feature.
      std::optional<CoordinateTransform> toAtlas;
      if (atlasLayer && atlasRow >= 0) {
        auto t = CoordinateTransform::create(layer->crs, atlasLayer->crs);
        if (t) toAtlas = t.value();
      }
      for (std::uint32_t f : ids) {
        if (toAtlas) {
          if (layer.get() == atlasLayer.get()) {
            if (std::int64_t(f) != atlasRow) continue;
          } else {
            double x = store.bounds(f).centerX(), y = store.bounds(f).centerY();
            if (!toAtlas->transformPoint(x, y) || !atlasLayer->features->polygonContains(std::size_t(atlasRow), x, y))
              continue;
          }
        }
        contents.features.push_back({layer->id, layer->featureKey(f), nameOf(*layer, f)});
      }
    }
  }
  for (auto it = perLayer.rbegin(); it != perLayer.rend(); ++it)
    contents.legend.insert(contents.legend.end(), it->begin(), it->end());
  if (contents.schematicEntry) contents.legend.push_back(*contents.schematicEntry);
  return contents;
}

}  // namespace planmap
