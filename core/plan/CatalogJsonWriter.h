#pragma once

#include "PlanCatalog.h"
#include "ProgressStore.h"
#include "WarningThresholds.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace planmap {

// The catalog as JSON for scripts (`planmap plan --json`): one object per item with id, chapter,
// section, kind, text and, for targets, indicator, value or range, unit, comparator, deadline and
// scope. Items keep catalog order. Output shape:
//   {"format": "planmap-plan-list", "version": 1, "count": N, "items": [ ... ]}
// A target whose scope is a list of counties is judged on the first county's records.
class CatalogJsonWriter {
 public:
  struct Options {
    std::optional<PlanItemKind> kind;  // only this kind
    int chapterNumber = 0;             // 0 = all chapters
    int sectionNumber = 0;             // 0 = all sections of the chapter
    QString search;                    // substring filter, as PlanCatalog::search
    bool indented = true;
    // With progress data, targets also get "status", "warning", "explanation", "latest",
    // "latestYear", "expected" and "tolerance" (TargetReview, judged at `currentYear` with
    // `thresholds`, default 10%). Not owned; may be null.
    const ProgressStore* progress = nullptr;
    int currentYear = 0;
    const WarningThresholds* thresholds = nullptr;
  };

  static QJsonObject itemToJson(const PlanItem& item);
  static QByteArray toJson(const PlanCatalog& catalog, const Options& options);
  static QByteArray toJson(const PlanCatalog& catalog) { return toJson(catalog, Options{}); }
};

}  // namespace planmap
