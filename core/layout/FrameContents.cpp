#include "FrameContents.h"

#include "CoordinateTransform.h"
#include "FeatureDisplayName.h"

#include <QSet>

namespace planmap {
namespace {

GeometryType geometryOf(const FeatureStore& store) {
  for (std::size_t f = 0; f < store.featureCount(); ++f)
    if (store.geometryType(f) != GeometryType::None) return store.geometryType(f);
  return GeometryType::None;
}

QString nameOf(const VectorLayer& layer, std::size_t row) {
  const QString name = FeatureDisplayName(layer.features->attributes(), layer.style.labels.field).displayName(row);
  return name.isEmpty() ? layer.featureKey(row) : name;
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
    bool layerUnverified = false;
    // The accuracy all visible features of a class (and of the layer) share, "*" when they differ:
    // a legend line whose features are all sketched says so, like their names do.
    const int accuracyField = attributes.fieldIndex(QStringLiteral("accuracy"));
    std::vector<QString> classAccuracy(style.classes.size());
    QString layerAccuracy;
    auto common = [](QString& shared, const QString& value) {
      if (shared.isNull()) shared = value.isNull() ? QStringLiteral("") : value;
      else if (shared != value) shared = QStringLiteral("*");
    };
    const bool classed = style.renderer != RendererKind::Single && !style.classes.empty();
    if (classed || canBeSchematic) {
      for (std::uint32_t f : ids) {
        if (classed) {
          int index = -1;
          style.symbolFor(attributes, f, &index);
          if (index >= 0 && std::size_t(index) < classUsed.size()) {
            classUsed[std::size_t(index)] = true;
            if (accuracyField >= 0) common(classAccuracy[std::size_t(index)], attributes.text(f, accuracyField));
          } else {
            fallbackUsed = true;
          }
        }
        if (accuracyField >= 0) common(layerAccuracy, attributes.text(f, accuracyField));
        if (canBeSchematic && !layerSchematic && style.isSchematic(attributes, f)) layerSchematic = true;
        if (canBeSchematic && !layerUnverified && style.isUnverified(attributes, f)) layerUnverified = true;
      }
    }
    contents.hasSchematic = contents.hasSchematic || layerSchematic;

    std::vector<LegendEntry> entries;
    if (!classed) {
      entries.push_back({LegendEntry::Kind::Swatch, FeatureDisplayName::decorate(layer->title, layerAccuracy,
                                                                                  FeatureDisplayName::Language::Chinese),
                         geometry, style.symbol, Qt::SolidLine});
    } else {
      entries.push_back({LegendEntry::Kind::LayerHeading, layer->title, geometry, style.symbol, Qt::SolidLine});
      for (std::size_t i = 0; i < style.classes.size(); ++i)
        if (classUsed[i]) {
          const StyleClass& c = style.classes[i];
          const QString label = !c.labelZh.isEmpty() ? c.labelZh : !c.labelEn.isEmpty() ? c.labelEn : c.value.toString();
          entries.push_back({LegendEntry::Kind::Swatch,
                             FeatureDisplayName::decorate(label, classAccuracy[i], FeatureDisplayName::Language::Chinese),
                             geometry, c.symbol, Qt::SolidLine});
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
    if (layerUnverified && !contents.unverifiedEntry) {
      Symbol outline;
      outline.fill = Qt::transparent;
      outline.stroke = QColor(90, 90, 90);
      outline.strokeWidthMm = 0.3;
      contents.unverifiedEntry = LegendEntry{LegendEntry::Kind::Swatch, QStringLiteral("位置待核实要素（点位为推测，未经核实）"),
                                             GeometryType::Polygon, outline, style.unverifiedDash};
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
  if (contents.unverifiedEntry) contents.legend.push_back(*contents.unverifiedEntry);
  return contents;
}

}  // namespace planmap
