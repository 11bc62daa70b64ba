#pragma once

#include "PlanCatalog.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace planmap {

// The catalog as JSON for scripts (`planmap plan --json`): one object per item with id, chapter,
// section, kind, text and, for targets, indicator, value or range, unit, comparator, deadline and
// scope. Items keep catalog order. Output shape:
//   {"format": "planmap-plan-list", "version": 1, "count": N, "items": [ ... ]}
class CatalogJsonWriter {
 public:
  struct Options {
    std::optional<PlanItemKind> kind;  // only this kind
    int chapterNumber = 0;             // 0 = all chapters
    int sectionNumber = 0;             // 0 = all sections of the chapter
    QString search;                    // substring filter, as PlanCatalog::search
    bool indented = true;
  };

  static QJsonObject itemToJson(const PlanItem& item);
  static QByteArray toJson(const PlanCatalog& catalog, const Options& options);
  static QByteArray toJson(const PlanCatalog& catalog) { return toJson(catalog, Options{}); }
};

}  // namespace planmap
