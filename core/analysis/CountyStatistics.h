#pragma once

#include "CountyStatisticsOptions.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace planmap {

class LinkStore;
class PlanCatalog;
class ProgressStore;
struct VectorLayer;

// Per-unit (county, township…) figures of a map: Qinling zone areas, national park area, parks, enclave
// parks and mines counted, river length, and the plan items linked to the county with the status
// of its targets. Areas and lengths are computed with GEOS (through OGR) in a Lambert equal-area
// projection centred on the county layer, so they are true on the ellipsoid.
class CountyStatistics {
 public:
  struct LinkedItem {
    QString id;
    QString kind;    // "project", "target", "measure"
    QString name;
    QString status;  // targets: "achieved", "on_track", "at_risk", "behind", "no_data"; else empty
    QString role;    // the link's role ("located_in", "origin_county", …); "scope" for a target whose scope names the county
    QString warning;      // targets: TargetExplanation::warningLevel
    QString explanation;  // targets: TargetExplanation::describe, the same words as the report
  };
  struct Row {
    QString county;   // name_zh
    QString feature;  // pm_id
    QString adcode;
    double areaKm2 = 0;
    std::vector<std::pair<QString, double>> zoneAreaKm2;  // zone value -> km², in zoneValues order
    std::vector<std::pair<QString, double>> constraintAreaKm2;  // marked constraint layers, options order
    double nationalParkKm2 = 0;  // area of the union of the parks in the county
    int nationalParkCount = 0;
    int parkCount = 0;
    int enclaveParkCount = 0;
    int mineCount = 0;
    double riverLengthKm = 0;
    double hanRiverLengthKm = 0;  // river_role == "main"
    std::vector<LinkedItem> items;
    int targetCount() const;
  };

  // `layers` must contain the county layer; other missing layers leave their columns at zero and
  // add a warning. `catalog`, `links` and `progress` may be null.
  static Result<CountyStatistics> compute(const std::vector<std::shared_ptr<const VectorLayer>>& layers,
                                          const PlanCatalog* catalog, const LinkStore* links,
                                          const ProgressStore* progress,
                                          const CountyStatisticsOptions& options = CountyStatisticsOptions());

  const std::vector<Row>& rows() const { return rows_; }
  const QStringList& warnings() const { return warnings_; }
  const Row* row(const QString& county) const;
  QString equalAreaCrs() const { return equalAreaCrs_; }
  // The layer that held the units, its title and the field the units were named by.
  QString unitsLayer() const { return unitsLayer_; }
  QString unitsTitle() const { return unitsTitle_; }
  QString unitsNameField() const { return unitsNameField_; }
  const QStringList& zoneValues() const { return zoneValues_; }
  const QStringList& constraintNames() const { return constraintNames_; }

  QJsonObject toJson() const;
  // UTF-8 with a byte-order mark (so Excel on Chinese Windows reads it), CRLF line ends, header
  // row in Chinese.
  QByteArray toCsv() const;
  Status writeCsv(const QString& path) const;

 private:
  std::vector<Row> rows_;
  QStringList zoneValues_;
  QStringList warnings_;
  QString equalAreaCrs_;
  QString unitsLayer_;
  QString unitsTitle_;
  QString unitsNameField_;
  QStringList constraintNames_;
};

}  // namespace planmap
