#include "ComplianceReport.h"

#include <QJsonArray>
#include <cmath>

namespace planmap {

namespace {
// Round for JSON: centimetre-level figures are noise on data of this accuracy.
double round2(double v) { return std::round(v * 100.0) / 100.0; }
double round6(double v) { return std::round(v * 1e6) / 1e6; }
}  // namespace

QString ComplianceReport::siteKindName(SiteKind kind) {
  switch (kind) {
    case SiteKind::Point: return QStringLiteral("point");
    case SiteKind::Line: return QStringLiteral("line");
    case SiteKind::Polygon: return QStringLiteral("polygon");
  }
  return QStringLiteral("polygon");
}

QStringList ComplianceReport::countyNames() const {
  QStringList names;
  for (const CountyOverlap& c : counties) names << c.name;
  return names;
}

int ComplianceReport::count(Severity severity, bool includeCaveats) const {
  int n = 0;
  for (const ConstraintConflict& c : conflicts)
    if (c.severity == severity && (includeCaveats || !c.caveat)) ++n;
  return n;
}

QString ComplianceReport::verdict() const {
  if (conflicts.empty()) return city == CityCoverage::Outside ? QStringLiteral("outside_ankang") : QStringLiteral("clear");
  Severity worst = Severity::Note;
  for (const ConstraintConflict& c : conflicts) worst = std::max(worst, c.severity);
  return severityName(worst);
}

bool ComplianceReport::verdictIsCaveat() const {
  if (conflicts.empty()) return false;
  Severity worst = Severity::Note;
  for (const ConstraintConflict& c : conflicts) worst = std::max(worst, c.severity);
  for (const ConstraintConflict& c : conflicts)
    if (c.severity == worst && !c.caveat) return false;
  return true;
}

QJsonObject ComplianceReport::toJson() const {
  QJsonObject site;
  site.insert(QStringLiteral("name"), siteName);
  site.insert(QStringLiteral("file"), siteFile.isEmpty() ? QJsonValue() : QJsonValue(siteFile));
  site.insert(QStringLiteral("crs"), siteCrs);
  site.insert(QStringLiteral("geometry"), siteKindName(siteKind));
  site.insert(QStringLiteral("area_m2"), round2(areaM2));
  site.insert(QStringLiteral("area_ha"), round6(areaM2 / 10000.0));
  site.insert(QStringLiteral("area_mu"), round2(areaM2 / ConstraintConflict::kSquareMetresPerMu));
  site.insert(QStringLiteral("length_m"), round2(lengthM));
  if (siteKind == SiteKind::Point) site.insert(QStringLiteral("points"), pointCount);
  site.insert(QStringLiteral("counties"), QJsonArray::fromStringList(countyNames()));
  QJsonArray countyArray;
  for (const CountyOverlap& c : counties) {
    QJsonObject o;
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("feature"), c.feature);
    if (siteKind == SiteKind::Polygon) o.insert(QStringLiteral("overlap_m2"), round2(c.overlapM2));
    if (siteKind == SiteKind::Line) o.insert(QStringLiteral("overlap_length_m"), round2(c.overlapLengthM));
    o.insert(QStringLiteral("share"), round6(c.share));
    countyArray.append(o);
  }
  site.insert(QStringLiteral("county_overlaps"), countyArray);
  if (cityShare >= 0) site.insert(QStringLiteral("inside_ankang_share"), round6(cityShare));
  site.insert(QStringLiteral("repaired"), repaired);
  if (repaired) site.insert(QStringLiteral("repair_note"), repairNote);
  if (!warnings.isEmpty()) site.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));

  QJsonArray conflictArray;
  for (const ConstraintConflict& c : conflicts) {
    QJsonObject o;
    o.insert(QStringLiteral("rule"), c.ruleId);
    o.insert(QStringLiteral("layer"), c.layer);
    o.insert(QStringLiteral("layer_title"), c.layerTitle);
    o.insert(QStringLiteral("feature"), c.feature);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("constraint"), c.constraint);
    o.insert(QStringLiteral("severity"), severityName(c.severity));
    o.insert(QStringLiteral("summary"), c.summary);
    if (siteKind == SiteKind::Polygon) {
      o.insert(QStringLiteral("overlap_m2"), round2(c.overlapM2));
      o.insert(QStringLiteral("overlap_ha"), round6(c.overlapHa()));
      o.insert(QStringLiteral("overlap_mu"), round2(c.overlapMu()));
    } else if (siteKind == SiteKind::Line) {
      o.insert(QStringLiteral("overlap_length_m"), round2(c.overlapLengthM));
    } else {
      o.insert(QStringLiteral("inside"), c.pointsInside > 0);
      o.insert(QStringLiteral("points_inside"), c.pointsInside);
    }
    o.insert(QStringLiteral("share"), round6(c.share));
    if (c.bufferM > 0) o.insert(QStringLiteral("buffer_m"), c.bufferM);
    o.insert(QStringLiteral("rule_text"), c.ruleText);
    o.insert(QStringLiteral("plan_items"), QJsonArray::fromStringList(c.planItems));
    o.insert(QStringLiteral("provenance"), c.provenance.name());
    o.insert(QStringLiteral("provenance_citation"), c.provenance.citationText());
    if (!c.provenance.planItem.isEmpty()) o.insert(QStringLiteral("provenance_item"), c.provenance.planItem);
    o.insert(QStringLiteral("accuracy"), c.accuracy);
    o.insert(QStringLiteral("caveat"), c.caveat);
    if (c.caveat) o.insert(QStringLiteral("caveat_text"), c.caveatText);
    conflictArray.append(o);
  }

  QJsonArray layersArray;
  for (const LayerUsed& l : layersUsed)
    layersArray.append(QJsonObject{{"id", l.id}, {"title", l.title}, {"rules", QJsonArray::fromStringList(l.rules)}});

  QJsonObject summary;
  summary.insert(QStringLiteral("verdict"), verdict());
  summary.insert(QStringLiteral("verdict_caveat"), verdictIsCaveat());
  summary.insert(QStringLiteral("prohibited"), count(Severity::Prohibited));
  summary.insert(QStringLiteral("restricted"), count(Severity::Restricted));
  summary.insert(QStringLiteral("note"), count(Severity::Note));

  QJsonObject root;
  root.insert(QStringLiteral("format"), QStringLiteral("planmap-compliance-report"));
  root.insert(QStringLiteral("version"), 1);
  root.insert(QStringLiteral("site"), site);
  root.insert(QStringLiteral("equal_area_crs"), equalAreaCrs);
  root.insert(QStringLiteral("buffer_m"), bufferM);
  if (!activity.isEmpty()) root.insert(QStringLiteral("activity"), activity);
  root.insert(QStringLiteral("summary"), summary);
  root.insert(QStringLiteral("conflicts"), conflictArray);
  root.insert(QStringLiteral("constraint_layers"), layersArray);
  return root;
}

}  // namespace planmap
