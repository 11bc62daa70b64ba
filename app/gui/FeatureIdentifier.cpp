#include "FeatureIdentifier.h"

#include "CoordinateTransform.h"
#include "MapDocument.h"

#include <algorithm>
#include <cmath>

namespace planmap {

std::vector<IdentifyHit> FeatureIdentifier::identify(const MapDocument& document, const QPointF& point, double tolerance) {
  std::vector<IdentifyHit> hits;
  const auto& layers = document.layers();
  for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
    const VectorLayer& layer = **it;
    if (!layer.visible || !layer.features || !layer.crs.isValid()) continue;
    double x = point.x(), y = point.y();
    double tol = tolerance;
    if (layer.crs != document.displayCrs()) {
      auto transform = CoordinateTransform::create(document.displayCrs(), layer.crs);
      if (!transform) continue;
      // The tolerance as a distance in the layer's units: transform a second point offset by it.
      double x2 = point.x() + tolerance, y2 = point.y();
      if (!transform->transformPoint(x, y) || !transform->transformPoint(x2, y2)) continue;
      tol = std::hypot(x2 - x, y2 - y);
    }
    // Polygons answer "inside"; lines and points within the tolerance. Overlapping features of one
    // layer (nested zones) are all reported, smallest bounding box first.
    std::vector<std::uint32_t> rows;
    for (std::uint32_t f : layer.features->query(Extent::fromCorners(x - tol, y - tol, x + tol, y + tol))) {
      const GeometryType type = layer.features->geometryType(f);
      const bool hit = type == GeometryType::Polygon
                           ? (layer.features->polygonContains(f, x, y) || layer.features->distanceTo(f, x, y) <= tol)
                           : layer.features->distanceTo(f, x, y) <= tol;
      if (hit) rows.push_back(f);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
      const Extent& ea = layer.features->bounds(a);
      const Extent& eb = layer.features->bounds(b);
      return ea.width() * ea.height() < eb.width() * eb.height();
    });
    for (std::uint32_t r : rows) hits.push_back({layer.id, r});
  }
  return hits;
}

}  // namespace planmap
