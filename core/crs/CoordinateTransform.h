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
  // True when coordinates come out unchanged: the same CRS, or an operation PROJ reduces to a
  // no-op (EPSG:4326 <-> EPSG:4490 degrees). Callers may skip transforming then.
  bool isIdentity() const { return identity_; }
  // Non-empty when the transform is approximate: PROJ knows no datum shift between the two
  // datums (e.g. Xian 1980 or Beijing 1954 to CGCS2000 / WGS 84) and uses a "ballpark" null shift,
  // wholly or outside the areas it has shifts for. WGS 84 <-> CGCS2000 gives no note.
  // Computed once in create(); English text for logs and the UI.
  QString accuracyNote() const { return note_; }

  // Transforms `count` interleaved (x, y) pairs in place (a QPointF array qualifies: two doubles
  // each), with proj_trans_generic over the array; from 65 536 points on, the array is split over
  // long-lived helper threads (results are identical). Points that fail become infinity (both
  // coordinates). Returns how many failed. On an identity transform nothing is touched.
  std::size_t transform(double* xy, std::size_t count) const;
  bool transformPoint(double& x, double& y) const;
  Result<CoordinateTransform> inverse() const;
  // The extent of a transformed rectangle, its edges densified (proj_trans_bounds). Empty when
  // PROJ cannot transform it; an identity returns the input.
  Extent transformBounds(const Extent& extent, int densifyPoints = 21) const;

 private:
  Crs source_, destination_;
  bool identity_ = true;
  QString note_;
  std::uint64_t key_ = 0;  // names the PROJ operation in each thread's cache (hash of both WKTs)
  // Set when PROJ's operation is "inverse projection, then the same projection with another false
  // easting/northing" (EPSG:4524 <-> EPSG:4545): a shift, done without PROJ.
  bool shiftOnly_ = false;
  double shiftX_ = 0, shiftY_ = 0;
};

}  // namespace planmap
