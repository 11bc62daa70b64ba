#pragma once

#include "Crs.h"
#include "LoadOptions.h"
#include "Result.h"

#include <QString>
#include <QStringList>
#include <cstddef>

namespace planmap {

class FeatureStore;
struct VectorLayer;

// The site a planner wants checked: a polygon, line or point (or a multi- version) in any CRS,
// kept as WKT so the value is cheap to copy and safe to hand to a worker thread. A file with
// several features is one site: their union.
class ComplianceSite {
 public:
  // Every feature of every layer of the file (any format LayerLoader reads). The error names the
  // file and the cause: no features, no CRS, mixed geometry kinds.
  static Result<ComplianceSite> fromFile(const QString& path, const LoadOptions& options = {});
  static Result<ComplianceSite> fromWkt(const QString& wkt, const Crs& crs, const QString& name = {});
  // Row `f` of a loaded layer (e.g. the feature the planner selected in the app).
  static Result<ComplianceSite> fromFeature(const FeatureStore& store, std::size_t f, const Crs& crs,
                                            const QString& name = {});
  static Result<ComplianceSite> fromLayerFeature(const VectorLayer& layer, std::size_t f);

  const QString& wkt() const { return wkt_; }
  const Crs& crs() const { return crs_; }
  const QString& name() const { return name_; }          // shown in reports
  const QString& sourceFile() const { return sourceFile_; }  // empty when not from a file
  int featureCount() const { return featureCount_; }
  // What the loader had to say (CRS inferred, encoding guessed …), passed on to the report.
  const QStringList& warnings() const { return warnings_; }

 private:
  QString wkt_;
  Crs crs_;
  QString name_;
  QString sourceFile_;
  int featureCount_ = 1;
  QStringList warnings_;
};

}  // namespace planmap
