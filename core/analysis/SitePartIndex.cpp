#include "SitePartIndex.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>

namespace planmap {

SitePartIndex::SitePartIndex(const OGRGeometry& site) : site_(site) {
  const OGRwkbGeometryType t = wkbFlatten(site.getGeometryType());
  if (OGR_GT_IsSubClassOf(t, wkbGeometryCollection))
    for (const OGRGeometry* p : *site.toGeometryCollection()) parts_.push_back(p);
  else
    parts_.push_back(&site);
  std::vector<Extent> boxes;
  boxes.reserve(parts_.size());
  for (const OGRGeometry* p : parts_) boxes.push_back(GeometryOps::envelope(*p));
  index_ = SpatialIndex(boxes);
}

OgrGeometryPtr SitePartIndex::near(const Extent& box, bool* whole) const {
  *whole = false;
  std::vector<std::uint32_t> ids;
  // The index stores floats: grow the query by their rounding so no touching part is missed.
  const double slack = 1.0 + 1e-6 * std::max({std::abs(box.minX), std::abs(box.maxX), std::abs(box.minY), std::abs(box.maxY)});
  index_.query(box.buffered(slack), ids);
  if (ids.empty()) return nullptr;
  if (ids.size() == parts_.size()) {
    *whole = true;
    return nullptr;
  }
  const OGRwkbGeometryType t = wkbFlatten(site_.getGeometryType());
  OGRGeometryCollection* out = t == wkbMultiPolygon      ? new OGRMultiPolygon
                               : t == wkbMultiLineString ? static_cast<OGRGeometryCollection*>(new OGRMultiLineString)
                               : t == wkbMultiPoint      ? static_cast<OGRGeometryCollection*>(new OGRMultiPoint)
                                                         : new OGRGeometryCollection;
  OgrGeometryPtr owned(out);
  for (std::uint32_t id : ids) out->addGeometry(parts_[id]);
  return owned;
}

}  // namespace planmap
