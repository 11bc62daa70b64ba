#include "SpatialIndex.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace planmap {
namespace {

// Hilbert curve index of (x, y) on a 2^16 grid (after Flatbush / "Hacker's Delight"): sorting leaves
// by it keeps nearby boxes in the same nodes, which is what makes a packed tree query fast.
std::uint32_t hilbert(std::uint32_t x, std::uint32_t y) {
  std::uint32_t a = x ^ y, b = 0xFFFF ^ a, c = 0xFFFF ^ (x | y), d = x & (y ^ 0xFFFF);
  std::uint32_t A = a | (b >> 1), B = (a >> 1) ^ a, C = ((c >> 1) ^ (b & (d >> 1))) ^ c, D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;
  a = A; b = B; c = C; d = D;
  A = ((a & (a >> 2)) ^ (b & (b >> 2)));
  B = ((a & (b >> 2)) ^ (b & ((a ^ b) >> 2)));
  C ^= ((a & (c >> 2)) ^ (b & (d >> 2)));
  D ^= ((b & (c >> 2)) ^ ((a ^ b) & (d >> 2)));
  a = A; b = B; c = C; d = D;
  A = ((a & (a >> 4)) ^ (b & (b >> 4)));
  B = ((a & (b >> 4)) ^ (b & ((a ^ b) >> 4)));
  C ^= ((a & (c >> 4)) ^ (b & (d >> 4)));
  D ^= ((b & (c >> 4)) ^ ((a ^ b) & (d >> 4)));
  a = A; b = B; c = C; d = D;
  C ^= ((a & (c >> 8)) ^ (b & (d >> 8)));
  D ^= ((b & (c >> 8)) ^ ((a ^ b) & (d >> 8)));
  a = C ^ (C >> 1);
  b = D ^ (D >> 1);
  std::uint32_t i0 = x ^ y, i1 = b | (0xFFFF ^ (i0 | a));
  i0 = (i0 | (i0 << 8)) & 0x00FF00FF; i0 = (i0 | (i0 << 4)) & 0x0F0F0F0F;
  i0 = (i0 | (i0 << 2)) & 0x33333333; i0 = (i0 | (i0 << 1)) & 0x55555555;
  i1 = (i1 | (i1 << 8)) & 0x00FF00FF; i1 = (i1 | (i1 << 4)) & 0x0F0F0F0F;
  i1 = (i1 | (i1 << 2)) & 0x33333333; i1 = (i1 | (i1 << 1)) & 0x55555555;
  return (i1 << 1) | i0;
}

// Floats hold the boxes to halve the index's memory; rounding outwards keeps every box conservative.
float floorF(double v) {
  float f = static_cast<float>(v);
  return static_cast<double>(f) > v ? std::nextafter(f, -INFINITY) : f;
}
float ceilF(double v) {
  float f = static_cast<float>(v);
  return static_cast<double>(f) < v ? std::nextafter(f, INFINITY) : f;
}

}  // namespace

SpatialIndex::SpatialIndex(const std::vector<Extent>& boxes) : itemCount_(boxes.size()) {
  if (boxes.empty()) return;
  Extent all;
  for (const Extent& b : boxes) all.include(b);
  const double w = all.width() > 0 ? all.width() : 1, h = all.height() > 0 ? all.height() : 1;

  std::vector<std::uint32_t> order(boxes.size());
  std::vector<std::uint32_t> keys(boxes.size());
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const Extent& b = boxes[i];
    if (b.isEmpty()) { keys[i] = 0xFFFFFFFF; continue; }
    const auto hx = static_cast<std::uint32_t>(65535.0 * (b.centerX() - all.minX) / w);
    const auto hy = static_cast<std::uint32_t>(65535.0 * (b.centerY() - all.minY) / h);
    keys[i] = hilbert(hx, hy);
  }
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });

  nodes_.reserve(boxes.size() * 17 / 15 + 16);
  ids_.reserve(boxes.size());
  for (std::uint32_t id : order) {
    const Extent& b = boxes[id];
    if (b.isEmpty()) nodes_.push_back({INFINITY, INFINITY, -INFINITY, -INFINITY});
    else nodes_.push_back({floorF(b.minX), floorF(b.minY), ceilF(b.maxX), ceilF(b.maxY)});
    ids_.push_back(id);
  }
  levelBounds_.push_back(nodes_.size());
  std::size_t levelStart = 0;
  while (levelBounds_.back() - levelStart > 1) {
    const std::size_t levelEnd = levelBounds_.back();
    for (std::size_t i = levelStart; i < levelEnd; i += kFanOut) {
      Node n{INFINITY, INFINITY, -INFINITY, -INFINITY};
      for (std::size_t j = i; j < std::min(i + kFanOut, levelEnd); ++j) {
        n.minX = std::min(n.minX, nodes_[j].minX);
        n.minY = std::min(n.minY, nodes_[j].minY);
        n.maxX = std::max(n.maxX, nodes_[j].maxX);
        n.maxY = std::max(n.maxY, nodes_[j].maxY);
      }
      nodes_.push_back(n);
    }
    levelStart = levelEnd;
    levelBounds_.push_back(nodes_.size());
  }
  nodesPtr_ = nodes_.data();
  idsPtr_ = ids_.data();
  nodeCount_ = nodes_.size();
}

SpatialIndex& SpatialIndex::operator=(const SpatialIndex& o) {
  if (this == &o) return *this;
  itemCount_ = o.itemCount_;
  levelBounds_ = o.levelBounds_;
  nodeCount_ = o.nodeCount_;
  view_ = o.view_;
  if (view_) {
    nodes_.clear();
    ids_.clear();
    nodesPtr_ = o.nodesPtr_;
    idsPtr_ = o.idsPtr_;
  } else {
    nodes_ = o.nodes_;
    ids_ = o.ids_;
    nodesPtr_ = nodes_.data();
    idsPtr_ = ids_.data();
  }
  return *this;
}

SpatialIndex SpatialIndex::view(std::size_t itemCount, const Node* nodes, std::size_t nodeCount,
                                const std::uint32_t* ids, std::vector<std::uint64_t> levelEnds) {
  SpatialIndex s;
  s.itemCount_ = itemCount;
  s.nodesPtr_ = nodes;
  s.nodeCount_ = nodeCount;
  s.idsPtr_ = ids;
  s.levelBounds_ = std::move(levelEnds);
  s.view_ = true;
  return s;
}

bool SpatialIndex::isConsistent() const {
  if (nodeCount_ == 0) return levelBounds_.empty() && itemCount_ == 0;
  if (levelBounds_.empty() || levelBounds_.back() != nodeCount_ || levelBounds_.front() != itemCount_) return false;
  std::uint64_t start = 0;
  for (std::size_t l = 0; l < levelBounds_.size(); ++l) {
    const std::uint64_t end = levelBounds_[l];
    if (end <= start) return false;
    // Each level above the leaves has ceil(children / fan-out) nodes.
    if (l > 0) {
      const std::uint64_t children = levelBounds_[l - 1] - (l >= 2 ? levelBounds_[l - 2] : 0);
      if (end - start != (children + kFanOut - 1) / kFanOut) return false;
    }
    start = end;
  }
  if (levelBounds_.back() - (levelBounds_.size() >= 2 ? levelBounds_[levelBounds_.size() - 2] : 0) != 1) return false;
  for (std::size_t i = 0; i < itemCount_; ++i)
    if (idsPtr_[i] >= itemCount_) return false;
  return true;
}

void SpatialIndex::query(const Extent& q, std::vector<std::uint32_t>& out) const {
  if (nodeCount_ == 0 || q.isEmpty()) return;
  const Node* nodes = nodesPtr_;
  const std::size_t firstOut = out.size();
  const float qMinX = floorF(q.minX), qMinY = floorF(q.minY), qMaxX = ceilF(q.maxX), qMaxY = ceilF(q.maxY);
  // Iterative descent: a stack of (node index, level).
  std::vector<std::pair<std::size_t, std::size_t>> stack;
  stack.emplace_back(nodeCount_ - 1, levelBounds_.size() - 1);
  while (!stack.empty()) {
    const auto [node, level] = stack.back();
    stack.pop_back();
    const Node& n = nodes[node];
    if (n.maxX < qMinX || n.maxY < qMinY || n.minX > qMaxX || n.minY > qMaxY) continue;
    if (level == 0) {
      out.push_back(idsPtr_[node]);
      continue;
    }
    const std::size_t levelStart = level >= 2 ? levelBounds_[level - 2] : 0;
    const std::size_t childLevelEnd = levelBounds_[level - 1];
    const std::size_t childStart = levelStart + (node - levelBounds_[level - 1]) * kFanOut;
    const std::size_t childEnd = std::min(childStart + kFanOut, childLevelEnd);
    for (std::size_t c = childStart; c < childEnd; ++c) stack.emplace_back(c, level - 1);
  }
  // Ascending ids: a comparison sort for small results; for large ones (a full-extent view of a
  // million parcels, where the sort was a third of the frame) one pass over a mark per item.
  const std::size_t found = out.size() - firstOut;
  if (found < 4096 || found < itemCount_ / 64) {
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(firstOut), out.end());
    return;
  }
  std::vector<std::uint8_t> marked(itemCount_, 0);
  for (std::size_t i = firstOut; i < out.size(); ++i) marked[out[i]] = 1;
  std::size_t w = firstOut;
  for (std::uint32_t id = 0; id < itemCount_; ++id)
    if (marked[id]) out[w++] = id;
}

std::size_t SpatialIndex::memoryBytes() const {
  return nodes_.capacity() * sizeof(Node) + ids_.capacity() * sizeof(std::uint32_t) + sizeof(*this);
}

}  // namespace planmap
