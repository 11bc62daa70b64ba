#pragma once

#include "AttributeTable.h"
#include "Extent.h"
#include "GeometryType.h"
#include "SpatialIndex.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace planmap {

// One layer's features in columnar form: every vertex of every feature in one interleaved (x, y)
// array, part and feature offsets beside it, a bounding box per feature and a packed R-tree.
// About 16 bytes a vertex plus ~40 bytes a feature, so an 8 M-vertex layer stays near its raw size.
//
// Layout: feature f owns parts [partBegin(f), partEnd(f)); part p owns vertices
// [vertexBegin(p), vertexEnd(p)). A polygon's exterior ring is a part with startsPolygon(p) == true,
// its holes follow it; a multi-point has one part per point.
//
// Immutable once built (FeatureStoreBuilder::finish) and shared by const pointer, so render jobs on
// worker threads can read it without locks.
class FeatureStore {
 public:
  std::size_t featureCount() const { return types_.size(); }
  std::size_t partCount() const { return partVertex_.empty() ? 0 : partVertex_.size() - 1; }
  std::size_t vertexCount() const { return xy_.size() / 2; }

  GeometryType geometryType(std::size_t f) const { return types_[f]; }
  std::int64_t fid(std::size_t f) const { return fids_[f]; }
  const Extent& bounds(std::size_t f) const { return bounds_[f]; }
  const Extent& extent() const { return extent_; }

  std::uint32_t partBegin(std::size_t f) const { return featurePart_[f]; }
  std::uint32_t partEnd(std::size_t f) const { return featurePart_[f + 1]; }
  std::uint32_t vertexBegin(std::size_t p) const { return partVertex_[p]; }
  std::uint32_t vertexEnd(std::size_t p) const { return partVertex_[p + 1]; }
  bool startsPolygon(std::size_t p) const { return partFlags_[p] & kStartsPolygon; }
  const double* xy() const { return xy_.data(); }
  const double* vertex(std::uint32_t v) const { return xy_.data() + 2 * static_cast<std::size_t>(v); }

  const AttributeTable& attributes() const { return *attributes_; }
  std::shared_ptr<const AttributeTable> sharedAttributes() const { return attributes_; }
  const SpatialIndex& index() const { return index_; }

  // Features whose bounding box meets `extent`, ascending.
  std::vector<std::uint32_t> query(const Extent& extent) const;
  // The feature nearest to (x, y) within `tolerance` map units whose geometry contains or passes
  // within tolerance of the point; -1 if none. Polygons win when the point is inside them.
  std::int64_t featureAt(double x, double y, double tolerance) const;
  // Even-odd point-in-polygon over all rings of feature f.
  bool polygonContains(std::size_t f, double x, double y) const;
  // Distance from (x, y) to feature f's outline, lines or points.
  double distanceTo(std::size_t f, double x, double y) const;

  // A copy whose coordinates went through `transform(xy, count)`; attributes are shared, not copied.
  // Vertices that fail to transform (infinite) are dropped from the bounds.
  template <typename TransformFn>
  std::shared_ptr<FeatureStore> transformed(TransformFn&& transform) const {
    auto copy = std::make_shared<FeatureStore>(*this);
    transform(copy->xy_.data(), copy->vertexCount());
    copy->rebuildBoundsAndIndex();
    return copy;
  }

  std::size_t memoryBytes() const;

 private:
  friend class FeatureStoreBuilder;
  static constexpr std::uint8_t kStartsPolygon = 1;
  void rebuildBoundsAndIndex();

  std::vector<GeometryType> types_;
  std::vector<std::int64_t> fids_;
  std::vector<std::uint32_t> featurePart_{0};  // size featureCount + 1
  std::vector<std::uint32_t> partVertex_{0};   // size partCount + 1
  std::vector<std::uint8_t> partFlags_;
  std::vector<double> xy_;
  std::vector<Extent> bounds_;
  Extent extent_;
  SpatialIndex index_;
  std::shared_ptr<const AttributeTable> attributes_ = std::make_shared<AttributeTable>();
};

}  // namespace planmap
