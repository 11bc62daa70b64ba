#pragma once

#include "ConstraintConflict.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace planmap {

// The outcome of checking one site: what the site is, which counties it touches and every
// conflict, worst first. A value; JSON via toJson() (the `planmap check --json` format).
struct ComplianceReport {
  enum class SiteKind { Point, Line, Polygon };

  struct CountyOverlap {
    QString name;
    QString feature;  // county key (pm_id)
    double overlapM2 = 0;
    double overlapLengthM = 0;
    double share = 0;
  };

  QString siteName;
  QString siteFile;
  QString siteCrs;        // description of the site's CRS
  SiteKind siteKind = SiteKind::Polygon;
  double areaM2 = 0;
  double lengthM = 0;     // perimeter is not reported; length of line sites
  int pointCount = 0;
  bool repaired = false;  // invalid input geometry repaired with MakeValid
  QString repairNote;
  QStringList warnings;
  QString equalAreaCrs;   // the PROJ definition the measures were computed in
  double bufferM = 0;     // river corridor used
  QString activity;
  QString siteWkt;        // the (repaired) site in EPSG:4326 (lon, lat), for drawing

  // The constraint layers the check read (every layer some rule applied to), with their rules.
  struct LayerUsed {
    QString id;
    QString title;
    QStringList rules;
  };
  std::vector<LayerUsed> layersUsed;

  // How much of the site lies in the city (by its county layer): a site wholly outside is not
  // "clear" but "outside_ankang", since nothing there was checked; a site partly outside is warned.
  enum class CityCoverage { Unknown, Inside, Partly, Outside };
  CityCoverage city = CityCoverage::Unknown;
  double cityShare = -1;  // 0…1 of the site's area/length/points inside the city; -1 unknown

  std::vector<CountyOverlap> counties;  // largest overlap first
  std::vector<ConstraintConflict> conflicts;  // worst severity first, then largest share

  QStringList countyNames() const;
  int count(Severity severity, bool includeCaveats = true) const;
  // The worst severity of any conflict ("prohibited", "restricted", "note"); when none, "clear", or
  // "outside_ankang" for a site that lies wholly outside the city.
  QString verdict() const;
  // True when every conflict of the verdict's severity rests on schematic/unverified geometry:
  // the verdict is then a hint to verify, not a finding.
  bool verdictIsCaveat() const;
  static QString siteKindName(SiteKind kind);  // "point", "line", "polygon"

  QJsonObject toJson() const;
};

}  // namespace planmap
