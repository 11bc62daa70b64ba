#pragma once

// Internal to planmap_analysis: never include from a public header. OGR's geometry class is only
// forward-declared here so that GDAL headers stay inside .cpp files; the GEOS operations
// (intersection, buffer, MakeValid) run through OGR, which wraps GEOS.

#include "Crs.h"
#include "Extent.h"
#include "Result.h"

#include <QString>
#include <cstddef>
#include <memory>

class OGRGeometry;
class OGRCoordinateTransformation;

namespace planmap {

class FeatureStore;

struct OgrGeometryDeleter {
  void operator()(OGRGeometry* geometry) const;
};
using OgrGeometryPtr = std::unique_ptr<OGRGeometry, OgrGeometryDeleter>;

struct OgrTransformDeleter {
  void operator()(OGRCoordinateTransformation* transform) const;
};
using OgrTransformPtr = std::unique_ptr<OGRCoordinateTransformation, OgrTransformDeleter>;

// The geometry helpers of the compliance check and the county statistics: conversion between
// PlanMap's FeatureStore rows, WKT and OGR geometries, reprojection into an equal-area CRS, and
// measures (area, length) that work on whatever a GEOS intersection returns (collections too).
class GeometryOps {
 public:
  enum class Dimension { Empty = -1, Point = 0, Line = 1, Polygon = 2 };

  // Feature row `f` of `store` as an OGR geometry (Polygon/MultiPolygon, LineString/MultiLineString,
  // Point/MultiPoint); nullptr for a feature without geometry.
  static OgrGeometryPtr fromFeature(const FeatureStore& store, std::size_t f);
  static Result<OgrGeometryPtr> fromWkt(const QString& wkt);
  static QString toWkt(const OGRGeometry& geometry);

  // A Lambert azimuthal equal-area CRS on GRS80 centred on (lon, lat): areas are exact on the
  // ellipsoid and distances within ~150 km of the centre are true to better than 0.02 %, which a
  // country-wide Albers cannot offer for the 500 m river buffer.
  static QString equalAreaProj(double lon, double lat);
  // The transform from `source` to the CRS `destination`; the error names both. PROJ searches
  // datum transformations for this, which can take a few hundred milliseconds.
  static Result<OgrTransformPtr> transformBetween(const Crs& source, const Crs& destination);
  // From `crs` into the Lambert equal-area CRS centred on (lon0, lat0) built on the geodetic datum
  // of `crs` itself (or back, when `inverse`): a pure conversion that PROJ sets up in a millisecond.
  // Layers on different datums then share one plane without a datum shift; between CGCS2000 and
  // WGS 84 that ignores well under a metre.
  static Result<OgrTransformPtr> equalAreaTransform(const Crs& crs, double lon0, double lat0, bool inverse = false);
  // Ok when `crs` is on Earth and PROJ can relate it to CGCS2000 (EPSG:4490), the CRS the bundled
  // layers are in; fails for a CRS on another body (a Mars 2000 .prj) or one without a datum.
  static Status checkTerrestrial(const Crs& crs);
  // The largest angular distance (degrees) from (lon0, lat0) to a vertex of the lon/lat `geometry`.
  static double maxAngularDistance(const OGRGeometry& lonLat, double lon0, double lat0);
  // Adds vertices so that no edge is longer than `step` (in the geometry's units).
  static void densify(OGRGeometry& geometry, double step);
  // From `crs` to its own geographic CRS in lon/lat degrees (or back).
  static Result<OgrTransformPtr> geographicTransform(const Crs& crs, bool inverse = false);
  // Reprojects `geometry` in place; false when a vertex failed to transform.
  static bool reproject(OGRGeometry& geometry, OGRCoordinateTransformation& transform);

  // The highest dimension of the non-empty parts of `geometry` (collections are searched).
  static Dimension dimension(const OGRGeometry& geometry);
  // Area of the polygonal parts and length of the linear parts (collections are searched; other
  // parts count zero). Units are those of the geometry's coordinates.
  static double area(const OGRGeometry& geometry);
  static double length(const OGRGeometry& geometry);
  static int pointCount(const OGRGeometry& geometry);  // points of the point parts

  // Repairs an invalid geometry with GEOS MakeValid, keeping only parts of the input's dimension
  // (a bowtie becomes two triangles, not triangles plus a stray point). Returns nullptr when the
  // geometry was valid already.
  static OgrGeometryPtr repaired(const OGRGeometry& geometry);
  static bool isValid(const OGRGeometry& geometry);
  static OgrGeometryPtr intersection(const OGRGeometry& a, const OGRGeometry& b);
  static OgrGeometryPtr buffer(const OGRGeometry& geometry, double distance);
  static OgrGeometryPtr unionOf(const OGRGeometry& a, const OGRGeometry& b);
  static OgrGeometryPtr clone(const OGRGeometry& geometry);
  static bool intersects(const OGRGeometry& a, const OGRGeometry& b);
  static Extent envelope(const OGRGeometry& geometry);
  // A point inside or on the geometry's envelope centre, for choosing the projection centre.
  static void centre(const OGRGeometry& geometry, double& x, double& y);
};

}  // namespace planmap
