#include "EvaluationReport.h"

#include "TargetStatusTheme.h"

#include <QSet>

namespace planmap {

QString reportStatusLabel(TargetStatus status) { return TargetStatusTheme::labelZh(TargetStatusTheme::category(status)); }
QColor reportStatusColor(TargetStatus status) { return TargetStatusTheme::statusColor(status); }

bool EvaluationReport::Target::hasChart() const {
  if (!verdict.target || !verdict.target->quantitative || !verdict.assessment.threshold) return false;
  return std::any_of(records.begin(), records.end(), [](const ProgressRecord& r) { return r.value.has_value(); });
}

EvaluationReport EvaluationReport::build(const PlanCatalog& catalog, const ProgressStore& progress,
                                         const WarningThresholds& thresholds, int asOfYear, int chapter) {
  EvaluationReport report;
  report.asOfYear = asOfYear;
  if (!catalog.documents().empty()) {
    const CatalogDocument& doc = catalog.documents().front();
    report.title = doc.title;
    report.periodStart = doc.periodStart;
    report.periodEnd = doc.periodEnd;
  }
  QSet<QString> seenSources;
  for (const PlanItem& item : catalog.items()) {
    if (!item.isTarget() || (chapter && item.chapterNumber != chapter)) continue;
    if (report.chapters.empty() || report.chapters.back().number != item.chapterNumber) {
      Chapter c;
      c.number = item.chapterNumber;
      c.name = item.chapter;
      for (const CatalogDocument& doc : catalog.documents())
        for (const CatalogDocument::Section& s : doc.sections)
          if (s.chapterNumber == item.chapterNumber && c.title.isEmpty()) c.title = s.chapterTitle;
      report.chapters.push_back(std::move(c));
    }
    Target t;
    t.verdict = TargetReview::judge(catalog, item, progress, asOfYear, thresholds);
    for (const ProgressRecord& r : progress.recordsFor(item.id, t.verdict.scope))
      if (r.year <= asOfYear) t.records.push_back(r);
    // Counties with records of their own, in the order first met.
    QStringList counties;
    for (const ProgressRecord& r : progress.records())
      if (r.target == item.id && r.scope != QLatin1String("city") && r.year <= asOfYear && !counties.contains(r.scope)) counties << r.scope;
    for (const QString& county : counties) {
      CountyVerdict cv{county, TargetReview::judge(catalog, item, progress, asOfYear, thresholds, county), std::nullopt};
      cv.latest = cv.verdict.assessment.latest;
      t.counties.push_back(std::move(cv));
    }
    for (const ProgressRecord& r : progress.records()) {
      if (r.target != item.id || r.year > asOfYear) continue;
      report.records.push_back(r);
      if (!r.source.isEmpty() && !seenSources.contains(r.source)) {
        seenSources.insert(r.source);
        report.sources << r.source;
      }
    }
    report.chapters.back().targets.push_back(std::move(t));
  }
  return report;
}

int EvaluationReport::targetCount() const {
  int n = 0;
  for (const Chapter& c : chapters) n += int(c.targets.size());
  return n;
}

int EvaluationReport::count(TargetStatus status) const {
  int n = 0;
  for (const Chapter& c : chapters)
    for (const Target& t : c.targets) n += t.verdict.assessment.status == status;
  return n;
}

double EvaluationReport::achievedShare() const {
  const int n = targetCount();
  return n ? double(count(TargetStatus::Achieved)) / n : 0.0;
}

std::vector<const EvaluationReport::Target*> EvaluationReport::targetsWithoutData() const {
  std::vector<const Target*> out;
  for (const Chapter& c : chapters)
    for (const Target& t : c.targets)
      if (t.verdict.assessment.status == TargetStatus::NoData) out.push_back(&t);
  return out;
}

}  // namespace planmap
