#pragma once

#include "Crs.h"
#include "Extent.h"
#include "FeatureStore.h"
#include "LoadOptions.h"
#include "Result.h"

#include <QString>
#include <atomic>
#include <memory>

namespace planmap {

// Reads only what a viewport needs from a large PostGIS table: the bounding-box filter runs on the
// server (geom && envelope, answered from the table's GiST index), so a 200 000-parcel table costs
// the features on screen, not the table. Keeps one GDAL dataset (one server connection) open
// between queries; like any GDAL dataset it is used from one thread at a time — a render worker
// opens its own.
class PostGisViewportQuery {
 public:
  // `table` is "schema.table".
  static Result<std::unique_ptr<PostGisViewportQuery>> open(const QString& connection, const QString& table);
  ~PostGisViewportQuery();
  PostGisViewportQuery(const PostGisViewportQuery&) = delete;
  PostGisViewportQuery& operator=(const PostGisViewportQuery&) = delete;

  // The table's CRS (from its SRID); extents passed to query() are in it.
  const Crs& crs() const { return crs_; }
  // The extent of the whole table (ST_EstimatedExtent-fast where GDAL can).
  Extent tableExtent() const { return tableExtent_; }
  // Features whose bounding box meets `extent`, with their attributes and a spatial index of their own.
  Result<std::shared_ptr<const FeatureStore>> query(const Extent& extent, const std::atomic<bool>* cancel = nullptr);

 private:
  struct Impl;
  PostGisViewportQuery();
  std::unique_ptr<Impl> impl_;
  Crs crs_;
  Extent tableExtent_;
  QString name_;
};

}  // namespace planmap
