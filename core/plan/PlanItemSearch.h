#pragma once

#include "PlanItem.h"

#include <QList>
#include <QString>
#include <vector>

namespace planmap {

class PlanCatalog;

// The search a planner types when linking a feature: by id ("c12s2", "c11s5-p01"), by Chinese text
// ("污水", "恒口"), by chapter or section ("第十二章", "第十二章第二节", "同心守护一江清水", or a bare
// chapter number "12"). Words separated by spaces must all match ("第十二章 污水"). Results keep
// catalog order (the order of the plan text).
class PlanItemSearch {
 public:
  static bool matches(const PlanItem& item, const QString& query);
  // `kinds` empty = every kind.
  static std::vector<const PlanItem*> find(const PlanCatalog& catalog, const QString& query,
                                           const QList<PlanItemKind>& kinds = {});
};

}  // namespace planmap
