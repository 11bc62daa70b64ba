#include "PlanContext.h"

#include "TargetExplanation.h"

#include "MapDocument.h"
#include "PlanWords.h"
#include "TargetStatusTheme.h"
#include "Project.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <algorithm>

namespace planmap {
PlanContext::PlanContext(const Project* project) : project_(project), currentYear_(QDate::currentDate().year()) {}

bool PlanContext::hasCatalog() const { return !project_->catalog().items().empty(); }
const PlanCatalog* PlanContext::catalog() const { return hasCatalog() ? &project_->catalog() : nullptr; }
const LinkStore& PlanContext::links() const { return project_->links(); }
const ProgressStore& PlanContext::progress() const { return project_->progress(); }

std::vector<PlanContext::LinkedItem> PlanContext::itemsOfFeature(const QString& layerId, const QString& featureKey) const {
  std::vector<LinkedItem> out;
  const PlanCatalog* catalog = this->catalog();
  if (!catalog) return out;
  const LinkStore& store = links();
  auto links = store.itemsOfFeature(layerId, featureKey);
  // Links may spell the key out as "pm_id=park-hengkou".
  for (const FeatureLink& l : store.linksOfLayer(layerId))
    if (l.feature.contains(QLatin1Char('=')) && l.feature.section(QLatin1Char('='), 1) == featureKey) links.push_back(l);
  for (const FeatureLink& link : links) {
    const PlanItem* item = catalog->itemById(link.item);
    if (!item) continue;
    LinkedItem linked{item, link.role, std::nullopt};
    if (item->isTarget()) linked.assessment = assess(*item);
    out.push_back(linked);
  }
  // Targets first (they carry a status), then projects, then measures; catalog order within.
  std::stable_sort(out.begin(), out.end(), [](const LinkedItem& a, const LinkedItem& b) {
    auto rank = [](PlanItemKind k) { return k == PlanItemKind::Target ? 0 : k == PlanItemKind::Project ? 1 : 2; };
    return rank(a.item->kind) < rank(b.item->kind);
  });
  return out;
}

QHash<QString, std::vector<std::uint32_t>> PlanContext::featuresOfItem(const MapDocument& document,
                                                                       const QString& itemId) const {
  QHash<QString, std::vector<std::uint32_t>> out;
  for (const FeatureLink& link : links().featuresOfItem(itemId)) {
    const auto layer = document.layer(link.layer);
    if (!layer) continue;
    std::int64_t row = -1;
    if (link.feature.contains(QLatin1Char('='))) {
      const QString field = link.feature.section(QLatin1Char('='), 0, 0);
      const QString value = link.feature.section(QLatin1Char('='), 1);
      const int column = layer->features ? layer->features->attributes().fieldIndex(field) : -1;
      for (std::size_t r = 0; column >= 0 && r < layer->features->featureCount(); ++r)
        if (layer->features->attributes().text(r, column) == value) {
          row = std::int64_t(r);
          break;
        }
    } else {
      row = layer->rowOfKey(link.feature);
    }
    if (row >= 0) out[link.layer].push_back(std::uint32_t(row));
  }
  for (auto& rows : out) {
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  }
  return out;
}

TargetAssessment PlanContext::assess(const PlanItem& target) const {
  const int deadline = project_->catalog().effectiveDeadline(target);
  return TargetEvaluator::evaluate(target, progress().recordsFor(target.id), currentYear_, deadline,
                                   project_->warningThresholds().forTarget(target.id));
}

QString PlanContext::explain(const PlanItem& target, const TargetAssessment& assessment) const {
  return TargetExplanation::describe(target, assessment, currentYear_);
}

// One set of plan words and colours for the window and the plan-editing panels.
QString PlanContext::kindName(PlanItemKind kind) { return PlanWords::kindName(kind); }
QString PlanContext::roleName(LinkRole role) { return PlanWords::roleName(role); }
QString PlanContext::statusName(TargetStatus status) { return PlanWords::statusName(status); }
QColor PlanContext::statusColor(TargetStatus status) { return TargetStatusTheme::statusColor(status); }

}  // namespace planmap
