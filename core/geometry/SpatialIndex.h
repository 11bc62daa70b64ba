#pragma once

#include "Extent.h"

#include <cstdint>
#include <vector>

namespace planmap {

// A static packed R-tree over item bounding boxes (Hilbert-sorted leaves, fan-out 16), built once.
// Queries are lock-free and may run on any number of threads at once.
class SpatialIndex {
 public:
  SpatialIndex() = default;
  // boxes[i] is the bounding box of item i.
  explicit SpatialIndex(const std::vector<Extent>& boxes);

  // Appends to `out` the ids of items whose box intersects `query`, in ascending id order.
  void query(const Extent& query, std::vector<std::uint32_t>& out) const;
  std::size_t size() const { return itemCount_; }
  std::size_t memoryBytes() const;

 private:
  struct Node { float minX, minY, maxX, maxY; };
  static constexpr std::size_t kFanOut = 16;
  std::size_t itemCount_ = 0;
  std::vector<Node> nodes_;                 // all levels, leaves first
  std::vector<std::uint32_t> ids_;          // item id of each leaf node
  std::vector<std::size_t> levelBounds_;    // end offset of each level in nodes_
};

}  // namespace planmap
