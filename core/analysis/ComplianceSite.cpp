#include "ComplianceSite.h"

#include "FeatureStore.h"
#include "GeometryOps.h"
#include "LayerLoader.h"
#include "VectorLayer.h"

#include <QFileInfo>
#include <ogr_geometry.h>

namespace planmap {

Result<ComplianceSite> ComplianceSite::fromWkt(const QString& wkt, const Crs& crs, const QString& name) {
  if (!crs.isValid()) return Result<ComplianceSite>::fail(QStringLiteral("site %1: no CRS given").arg(name));
  Result<OgrGeometryPtr> geometry = GeometryOps::fromWkt(wkt);
  if (!geometry) return Result<ComplianceSite>::fail(QStringLiteral("site %1: %2").arg(name, geometry.error()));
  if (!geometry.value() || geometry.value()->IsEmpty())
    return Result<ComplianceSite>::fail(QStringLiteral("site %1: the geometry is empty").arg(name));
  ComplianceSite site;
  site.wkt_ = GeometryOps::toWkt(*geometry.value());
  site.crs_ = crs;
  site.name_ = name;
  return Result<ComplianceSite>::ok(std::move(site));
}

Result<ComplianceSite> ComplianceSite::fromFeature(const FeatureStore& store, std::size_t f, const Crs& crs,
                                                   const QString& name) {
  if (f >= store.featureCount())
    return Result<ComplianceSite>::fail(QStringLiteral("site %1: feature row %2 does not exist").arg(name).arg(f));
  OgrGeometryPtr geometry = GeometryOps::fromFeature(store, f);
  if (!geometry) return Result<ComplianceSite>::fail(QStringLiteral("site %1: feature row %2 has no geometry").arg(name).arg(f));
  return fromWkt(GeometryOps::toWkt(*geometry), crs, name);
}

Result<ComplianceSite> ComplianceSite::fromLayerFeature(const VectorLayer& layer, std::size_t f) {
  if (!layer.features) return Result<ComplianceSite>::fail(QStringLiteral("layer %1 has no features").arg(layer.id));
  QString name = layer.featureKey(f);
  const int nameField = layer.features->attributes().fieldIndex(QStringLiteral("name_zh"));
  if (nameField >= 0 && !layer.features->attributes().text(f, nameField).isEmpty())
    name = layer.features->attributes().text(f, nameField);
  return fromFeature(*layer.features, f, layer.crs, name);
}

Result<ComplianceSite> ComplianceSite::fromFile(const QString& path, const LoadOptions& options) {
  const QString fileName = QFileInfo(path).fileName();
  // The check repairs invalid geometry itself and reports it; a loader repair would hide it.
  LoadOptions raw = options;
  raw.repairInvalidGeometries = false;
  auto loaded = LayerLoader::load(path, raw);
  if (!loaded) return Result<ComplianceSite>::fail(loaded.error());
  // Several features (or layers) form one site: parts of one project drawn separately.
  OgrGeometryPtr combined, first;
  Crs crs;
  const auto addParts = [](OGRGeometry& multi, OgrGeometryPtr part) {
    OGRGeometryCollection* collection = multi.toGeometryCollection();
    const OGRwkbGeometryType t = wkbFlatten(part->getGeometryType());
    if (OGR_GT_IsSubClassOf(t, wkbGeometryCollection)) {
      for (const OGRGeometry* p : *part->toGeometryCollection()) collection->addGeometry(p);
    } else {
      collection->addGeometryDirectly(part.release());
    }
  };
  int count = 0;
  QStringList warnings;
  GeometryOps::Dimension kind = GeometryOps::Dimension::Empty;
  for (const auto& layer : loaded.value()) {
    if (!layer || !layer->features) continue;
    if (!layer->crs.isValid())
      return Result<ComplianceSite>::fail(QStringLiteral("%1: layer %2 has no CRS and none could be inferred; give one with --crs")
                                              .arg(fileName, layer->sourceLayerName));
    OgrTransformPtr toFirst;
    if (crs.isValid() && layer->crs != crs) {
      auto t = GeometryOps::transformBetween(layer->crs, crs);
      if (!t) return Result<ComplianceSite>::fail(QStringLiteral("%1: %2").arg(fileName, t.error()));
      toFirst = std::move(t.value());
    }
    if (!crs.isValid()) crs = layer->crs;
    for (const QString& w : layer->warnings) warnings << QStringLiteral("%1: %2").arg(fileName, w);
    if (layer->crsDecision.source == CrsSource::Inferred)
      warnings << QStringLiteral("%1: no CRS in the file; inferred %2").arg(fileName, layer->crs.description());
    for (std::size_t f = 0; f < layer->features->featureCount(); ++f) {
      OgrGeometryPtr g = GeometryOps::fromFeature(*layer->features, f);
      if (!g || g->IsEmpty()) continue;
      if (toFirst) GeometryOps::reproject(*g, *toFirst);
      const GeometryOps::Dimension d = GeometryOps::dimension(*g);
      if (kind != GeometryOps::Dimension::Empty && d != kind)
        return Result<ComplianceSite>::fail(
            QStringLiteral("%1: mixes points, lines and polygons; a site must be one kind of geometry").arg(fileName));
      kind = d;
      ++count;
      if (!first) {
        first = std::move(g);
        continue;
      }
      // Collect rather than union: union would silently dissolve a self-intersecting part that
      // the check must report as repaired. One collection for all, filled once per part: copying
      // the collection for every feature made 10 000 site features take minutes.
      if (!combined) {
        if (d == GeometryOps::Dimension::Polygon) combined.reset(new OGRMultiPolygon);
        else if (d == GeometryOps::Dimension::Line) combined.reset(new OGRMultiLineString);
        else combined.reset(new OGRMultiPoint);
        addParts(*combined, std::move(first));
      }
      addParts(*combined, std::move(g));
    }
  }
  if (!combined) combined = std::move(first);
  if (!combined) return Result<ComplianceSite>::fail(QStringLiteral("%1: no features with geometry").arg(fileName));
  ComplianceSite site;
  site.wkt_ = GeometryOps::toWkt(*combined);
  site.crs_ = crs;
  site.name_ = QFileInfo(path).completeBaseName();
  site.sourceFile_ = path;
  site.featureCount_ = count;
  site.warnings_ = warnings;
  return Result<ComplianceSite>::ok(std::move(site));
}

}  // namespace planmap
