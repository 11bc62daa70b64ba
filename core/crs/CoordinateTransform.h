#pragma once

#include "Crs.h"
#include "Extent.h"
#include "Result.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace planmap {

// Transforms coordinates between two CRSs. A cheap value, usable from any thread: the PROJ
// objects behind it live in a per-thread cache (one PJ_CONTEXT per thread), created on first use.
class CoordinateTransform {
 public:
  CoordinateTransform() = default;  // identity
  static Result<CoordinateTransform> create(const Crs& source, const Crs& destination);

  const Crs& source() const { return source_; }
  const Crs& destination() const { return destination_; }
  bool isIdentity() const { return identity_; }
  // Non-empty when the transform is approximate, e.g. "no datum shift known from Xian 1980 to
  // China 2000; a null shift was used (errors of tens of metres)".
  QString accuracyNote() const { return note_; }

  // Transforms `count` interleaved (x, y) pairs in place (a QPointF array qualifies: two doubles
  // each). One proj_trans_generic call for the whole array. Points that fail become infinity
  // (both coordinates). Returns how many failed. On an identity transform nothing is touched.
  std::size_t transform(double* xy, std::size_t count) const;
  bool transformPoint(double& x, double& y) const;
  Result<CoordinateTransform> inverse() const;
  // The extent of a transformed rectangle, its edges densified (proj_trans_bounds).
  Extent transformBounds(const Extent& extent, int densifyPoints = 21) const;

 private:
  Crs source_, destination_;
  bool identity_ = true;
  QString note_;
  std::uint64_t key_ = 0;  // names the PROJ operation in each thread's cache (hash of both WKTs)
};

}  // namespace planmap
