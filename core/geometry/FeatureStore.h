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
// The arrays are either owned (built by FeatureStoreBuilder) or views into a memory-mapped geometry
// cache file (GeometryCacheReader), whose pages the OS reads in as they are drawn: a mapped store's
// resident memory is what was touched, not the layer's size. In a cache the parts are stored in
// spatial (Hilbert) order, so partBegin(f) of consecutive rows need not be adjacent.
// A mapped store may carry overview levels (generalized copies for zoomed-out scales, see
// overviewFor); analysis and export always use the store itself, at full resolution.
//
// Immutable once built (FeatureStoreBuilder::finish) and shared by const pointer, so render jobs on
// worker threads can read it without locks.
class FeatureStore {
 public:
  FeatureStore() { bindOwned(); }
  // A deep copy into owned arrays (a mapped store is read into memory); overviews are not copied.
  FeatureStore(const FeatureStore& other);
  FeatureStore& operator=(const FeatureStore&) = delete;

  std::size_t featureCount() const { return features_; }
  std::size_t partCount() const { return parts_; }
  std::size_t vertexCount() const { return vertices_; }

  GeometryType geometryType(std::size_t f) const { return types_[f]; }
  std::int64_t fid(std::size_t f) const { return fids_[f]; }
  const Extent& bounds(std::size_t f) const { return bounds_[f]; }
  const Extent& extent() const { return extent_; }

  std::uint32_t partBegin(std::size_t f) const { return partBegin_[f]; }
  std::uint32_t partEnd(std::size_t f) const { return partEnd_[f]; }
  std::uint32_t vertexBegin(std::size_t p) const { return partVertex_[p]; }
  std::uint32_t vertexEnd(std::size_t p) const { return partVertex_[p + 1]; }
  bool startsPolygon(std::size_t p) const { return partFlags_[p] & kStartsPolygon; }
  const double* xy() const { return xy_; }
  const double* vertex(std::uint32_t v) const { return xy_ + 2 * static_cast<std::size_t>(v); }

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
    transform(copy->own_.xy.data(), copy->vertexCount());
    copy->rebuildBoundsAndIndex();
    return copy;
  }

  // For drawing only: the coarsest overview level whose grid cell is at most `mapUnitsPerPixel`
  // (device pixels), or this store itself when none is coarse enough to help. Same rows, fids,
  // bounds, index and attributes; simplified coordinates.
  const FeatureStore& overviewFor(double mapUnitsPerPixel) const;
  std::size_t overviewCount() const { return overviews_.size(); }
  double overviewCellSize(std::size_t level) const { return overviews_[level].cellSize; }
  const FeatureStore& overview(std::size_t level) const { return *overviews_[level].store; }
  // True when the arrays are views into a memory-mapped cache file.
  bool isMapped() const { return backing_ != nullptr; }

  // Bytes held on the heap (a mapped store's file pages are not counted: the OS manages them).
  std::size_t memoryBytes() const;

 private:
  friend class FeatureStoreBuilder;
  friend class GeometryCacheReader;
  friend class GeometryCacheWriter;
  friend class OverviewBuilder;
  static constexpr std::uint8_t kStartsPolygon = 1;
  void rebuildBoundsAndIndex();
  void bindOwned();  // points the views at own_

  struct Owned {
    std::vector<GeometryType> types;
    std::vector<std::int64_t> fids;
    std::vector<std::uint32_t> featurePart{0};  // size featureCount + 1
    std::vector<std::uint32_t> partVertex{0};   // size partCount + 1
    std::vector<std::uint8_t> partFlags;
    std::vector<double> xy;
    std::vector<Extent> bounds;
  };
  struct Overview {
    double cellSize = 0;
    std::shared_ptr<const FeatureStore> store;
  };
  Owned own_;
  std::size_t features_ = 0, parts_ = 0, vertices_ = 0;
  const GeometryType* types_ = nullptr;
  const std::int64_t* fids_ = nullptr;
  const std::uint32_t* partBegin_ = nullptr;
  const std::uint32_t* partEnd_ = nullptr;
  const std::uint32_t* partVertex_ = nullptr;
  const std::uint8_t* partFlags_ = nullptr;
  const double* xy_ = nullptr;
  const Extent* bounds_ = nullptr;
  std::shared_ptr<const void> backing_;  // keeps the mapped file alive while any view of it exists
  std::vector<Overview> overviews_;      // finest first
  Extent extent_;
  SpatialIndex index_;
  std::shared_ptr<const AttributeTable> attributes_ = std::make_shared<AttributeTable>();
};

}  // namespace planmap
