#pragma once

#include "Extent.h"

#include <cstdint>
#include <vector>

namespace planmap {

// A static packed R-tree over item bounding boxes (Hilbert-sorted leaves, fan-out 16), built once.
// Queries are lock-free and may run on any number of threads at once.
class SpatialIndex {
 public:
  struct Node { float minX, minY, maxX, maxY; };

  SpatialIndex() = default;
  // boxes[i] is the bounding box of item i.
  explicit SpatialIndex(const std::vector<Extent>& boxes);
  // A view of a tree stored elsewhere (a memory-mapped cache), laid out as nodes(), leafIds() and
  // levelEnds() describe; the caller keeps the memory alive and has checked the sizes (see
  // isConsistent).
  static SpatialIndex view(std::size_t itemCount, const Node* nodes, std::size_t nodeCount, const std::uint32_t* ids,
                           std::vector<std::uint64_t> levelEnds);
  SpatialIndex(const SpatialIndex& other) { *this = other; }
  SpatialIndex& operator=(const SpatialIndex& other);
  SpatialIndex(SpatialIndex&&) noexcept = default;  // vector buffers move, so the views stay valid
  SpatialIndex& operator=(SpatialIndex&&) noexcept = default;

  // The tree's arrays, for writing it out: nodes (all levels, leaves first), the item id of each
  // leaf (in Hilbert order), the end offset of each level.
  const Node* nodes() const { return nodesPtr_; }
  std::size_t nodeCount() const { return nodeCount_; }
  const std::uint32_t* leafIds() const { return idsPtr_; }
  const std::vector<std::uint64_t>& levelEnds() const { return levelBounds_; }
  // Structural check of a viewed tree: level ends ascending and within the nodes, one leaf per
  // level-0 node, ids below itemCount, the fan-out arithmetic matching. Never reads out of bounds.
  bool isConsistent() const;

  // Appends to `out` the ids of items whose box intersects `query`, in ascending id order.
  void query(const Extent& query, std::vector<std::uint32_t>& out) const;
  std::size_t size() const { return itemCount_; }
  std::size_t memoryBytes() const;

 private:
  static constexpr std::size_t kFanOut = 16;
  std::size_t itemCount_ = 0;
  std::vector<Node> nodes_;                 // all levels, leaves first (owned trees)
  std::vector<std::uint32_t> ids_;          // item id of each leaf node (owned trees)
  std::vector<std::uint64_t> levelBounds_;  // end offset of each level in the nodes
  const Node* nodesPtr_ = nullptr;          // nodes_.data() or the viewed memory
  const std::uint32_t* idsPtr_ = nullptr;
  std::size_t nodeCount_ = 0;
  bool view_ = false;
};

}  // namespace planmap
