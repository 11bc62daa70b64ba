#include "PlanTargetTable.h"

#include "DataPaths.h"
#include "TargetEvaluator.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace planmap {
namespace {

QString number(double v) { return QLocale::c().toString(v, 'g', 10); }

// The promise in the plan's own words: "10个以上", "控制在5%以内", "5—10个"; qualitative targets "—".
QString valueText(const PlanItem& item) {
  QString v;
  if (item.range) v = number(item.range->min) + QStringLiteral("—") + number(item.range->max);
  else if (item.value) v = number(*item.value);
  else return item.comparator.isEmpty() ? QStringLiteral("—") : item.comparator;
  v += item.unit;
  const QString c = item.comparator;
  if (c.isEmpty()) return v;
  // Words that come after the number in Chinese (10个以上, 5%以内) versus before it (达到95%, 保持100%).
  static const QStringList after = {QStringLiteral("以上"), QStringLiteral("以内"), QStringLiteral("以下"),
                                    QStringLiteral("全覆盖")};
  return after.contains(c) ? v + c : c + v;
}

}  // namespace

Result<PlanTargetTable> PlanTargetTable::loadBundled(int currentYear) {
  auto catalog = PlanCatalog::loadBundled();
  if (!catalog) return Result<PlanTargetTable>::fail(catalog.error());
  auto links = LinkStore::load(DataPaths::geodataFile(QStringLiteral("plan/bundled_links.json")));
  if (!links) return Result<PlanTargetTable>::fail(links.error());
  ProgressStore progress;
  const QString progressPath = DataPaths::geodataFile(QStringLiteral("plan/bundled_progress.json"));
  if (QFileInfo::exists(progressPath)) {
    auto p = ProgressStore::load(progressPath);
    if (!p) return Result<PlanTargetTable>::fail(p.error());
    progress = std::move(p.value());
  }
  return Result<PlanTargetTable>::ok(
      PlanTargetTable(std::move(catalog.value()), std::move(links.value()), std::move(progress), currentYear));
}

bool PlanTargetTable::hasLinksForLayer(const QString& layer) const { return !links_.linksOfLayer(layer).empty(); }

std::vector<TargetRow> PlanTargetTable::rowsFor(const std::vector<FeatureRef>& features) const {
  QHash<QString, QString> placeOf;  // item id → first feature name
  for (const FeatureRef& f : features)
    for (const FeatureLink& link : links_.itemsOfFeature(f.layer, f.key))
      if (!placeOf.contains(link.item)) placeOf.insert(link.item, f.name);
  std::vector<TargetRow> rows;
  for (const PlanItem& item : catalog_.items()) {
    if (!item.isTarget() || !placeOf.contains(item.id)) continue;
    TargetRow row;
    row.itemId = item.id;
    row.indicator = item.indicator.isEmpty() ? item.name : item.indicator;
    row.value = valueText(item);
    const int deadline = catalog_.effectiveDeadline(item);
    row.deadline = QString::number(deadline);
    const TargetAssessment a = TargetEvaluator::evaluate(item, progress_.recordsFor(item.id), currentYear_, deadline);
    row.latest = a.latest ? QStringLiteral("%1%2（%3）").arg(number(*a.latest), item.unit).arg(a.latestYear)
                          : QStringLiteral("—");
    row.status = targetStatusZh(a.status);
    row.statusKey = targetStatusToString(a.status);
    row.place = placeOf.value(item.id);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace planmap
