#pragma once

#include "FeatureStore.h"

#include <QVariant>
#include <memory>
#include <vector>

namespace planmap {

// Fills a FeatureStore feature by feature (the loaders' one way in), then seals it.
//   builder.beginFeature(fid, GeometryType::Polygon);
//   builder.addPart(ringXy, n, /*startsPolygon=*/true);   // exterior, then holes with false
//   builder.endFeature(std::move(attributeValues));
class FeatureStoreBuilder {
 public:
  explicit FeatureStoreBuilder(std::vector<FieldDefinition> fields = {});

  void reserve(std::size_t features, std::size_t vertices);
  void beginFeature(std::int64_t fid, GeometryType type);
  // Appends one part (ring, line string, or point) of `count` interleaved (x, y) pairs.
  void addPart(const double* xy, std::size_t count, bool startsPolygon);
  // For loaders that write vertices straight into place: appendVertices() then closePart().
  double* appendVertices(std::size_t count);
  void closePart(bool startsPolygon);
  // Drops the vertices appended since the last closePart() (e.g. a degenerate ring).
  void discardOpenPart();
  void endFeature(std::vector<QVariant>& attributes);
  // For loaders that write typed cells straight into the table: one attributes().append*() per
  // field (in field order, after beginFeature), then endFeature().
  AttributeTable& attributes() { return *attributes_; }
  void endFeature();

  std::size_t featureCount() const { return store_->own_.types.size(); }
  std::size_t vertexCount() const { return store_->own_.xy.size() / 2; }
  // Builds bounding boxes and the spatial index; the builder is empty afterwards.
  std::shared_ptr<const FeatureStore> finish();

 private:
  std::shared_ptr<FeatureStore> store_;
  std::shared_ptr<AttributeTable> attributes_;
  std::size_t openPartStart_ = 0;  // vertex index where the open part began
};

}  // namespace planmap
