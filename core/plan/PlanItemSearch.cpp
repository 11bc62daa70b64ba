#include "PlanItemSearch.h"

#include "PlanCatalog.h"

#include <QRegularExpression>

namespace planmap {

namespace {

bool wordMatches(const PlanItem& item, const QString& word) {
  bool isNumber = false;
  const int number = word.toInt(&isNumber);
  if (isNumber && item.chapterNumber == number) return true;
  const auto has = [&](const QString& field) { return field.contains(word, Qt::CaseInsensitive); };
  if (has(item.id) || has(item.name) || has(item.text) || has(item.indicator) || has(item.topic) ||
      has(item.sectionTitle) || has(item.chapter + item.section) || has(item.note))
    return true;
  for (const QString& place : item.places)
    if (has(place)) return true;
  return false;
}

}  // namespace

bool PlanItemSearch::matches(const PlanItem& item, const QString& query) {
  static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
  const QStringList words = query.split(spaces, Qt::SkipEmptyParts);
  for (const QString& w : words)
    if (!wordMatches(item, w)) return false;
  return true;
}

std::vector<const PlanItem*> PlanItemSearch::find(const PlanCatalog& catalog, const QString& query,
                                                  const QList<PlanItemKind>& kinds) {
  std::vector<const PlanItem*> out;
  for (const PlanItem& item : catalog.items()) {
    if (!kinds.isEmpty() && !kinds.contains(item.kind)) continue;
    if (matches(item, query)) out.push_back(&item);
  }
  return out;
}

}  // namespace planmap
