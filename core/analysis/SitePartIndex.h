#pragma once

// Internal to planmap_analysis. A site of many features (10 000 plots drawn separately) is one
// multi-geometry; intersecting all of it with every constraint feature made the check quadratic
// (10k parts: 51 s). The parts go into an R-tree once, and each constraint is measured against only
// the parts whose boxes meet it, so the check is O(n log n) in the number of parts.

#include "Extent.h"
#include "GeometryOps.h"
#include "SpatialIndex.h"

#include <vector>

class OGRGeometry;

namespace planmap {

class SitePartIndex {
 public:
  explicit SitePartIndex(const OGRGeometry& site);
  // The parts whose boxes meet `box`, as one geometry of the site's kind; nullptr when none.
  // `whole` is set when that is the entire site (then the site itself should be used).
  OgrGeometryPtr near(const Extent& box, bool* whole) const;
  std::size_t partCount() const { return parts_.size(); }

 private:
  const OGRGeometry& site_;
  std::vector<const OGRGeometry*> parts_;
  SpatialIndex index_;
};

}  // namespace planmap
