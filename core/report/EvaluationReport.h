#pragma once

#include "PlanCatalog.h"
#include "ProgressStore.h"
#include "TargetReview.h"
#include "WarningThresholds.h"

#include <QStringList>
#include <array>
#include <vector>

namespace planmap {

// What the 总结评估 (evaluation) report says, independent of PDF or XLSX: every target of the
// catalog (or of one chapter) judged as of a year by TargetReview, with the figures behind it.
struct EvaluationReport {
  struct CountyVerdict {
    QString county;
    TargetVerdict verdict;
    std::optional<double> latest;
  };
  struct Target {
    TargetVerdict verdict;                 // city-wide (or the target's own scope)
    std::vector<ProgressRecord> records;   // that scope's records up to the as-of year, oldest first
    std::vector<CountyVerdict> counties;   // targets recorded by county: each county judged
    bool hasChart() const;                 // quantitative, with a number to draw
  };
  struct Chapter {
    int number = 0;
    QString name;   // "第十二章"
    QString title;  // the chapter's title from the catalog metadata, if any
    std::vector<Target> targets;
  };

  QString title;  // the catalog's title
  int asOfYear = 0;
  int periodStart = 0;
  int periodEnd = 0;
  std::vector<Chapter> chapters;
  QStringList sources;  // every distinct record source, in first-seen order
  std::vector<ProgressRecord> records;  // all records of the reported targets up to the year

  static EvaluationReport build(const PlanCatalog& catalog, const ProgressStore& progress,
                                const WarningThresholds& thresholds, int asOfYear, int chapter = 0);

  int targetCount() const;
  int count(TargetStatus status) const;
  // Achieved targets as a share of all targets (0 when there are none).
  double achievedShare() const;
  std::vector<const Target*> targetsWithoutData() const;
};

// The status words and colours of the report: the target-status theme's (one place for both).
QString reportStatusLabel(TargetStatus status);
QColor reportStatusColor(TargetStatus status);
constexpr std::array<TargetStatus, 5> kReportStatuses{TargetStatus::Achieved, TargetStatus::OnTrack, TargetStatus::AtRisk,
                                                     TargetStatus::Behind, TargetStatus::NoData};

}  // namespace planmap
