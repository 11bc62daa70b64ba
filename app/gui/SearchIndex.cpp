#include "SearchIndex.h"

#include "FeatureDisplayName.h"
#include "MapDocument.h"
#include "PinyinInitials.h"
#include "PlanContext.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace planmap {
namespace {

// Layers a planner looks things up in, most administrative first.
int layerPriority(const QString& id) {
  static const QStringList order = {QStringLiteral("counties"), QStringLiteral("prefecture"), QStringLiteral("parks"),
                                    QStringLiteral("enclave_parks"), QStringLiteral("mines"), QStringLiteral("rivers"),
                                    QStringLiteral("lakes"), QStringLiteral("basins"), QStringLiteral("qinling_zones"),
                                    QStringLiteral("national_parks")};
  const int i = int(order.indexOf(id));
  return i < 0 ? 20 : i;
}

bool isAscii(const QString& text) {
  return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

}  // namespace

void SearchIndex::rebuild(const MapDocument& document, const PlanContext* plan) {
  entries_.clear();
  const bool english = !QLocale().name().startsWith(QStringLiteral("zh"));
  for (const auto& layer : document.layers()) {
    if (!layer->features) continue;
    const AttributeTable& table = layer->features->attributes();
    const FeatureDisplayName names(table, layer->style.labels.field);
    if (!names.hasName()) continue;
    const int aliasField = table.fieldIndex(QStringLiteral("plan_name"));
    const QString layerTitle = english && !layer->titleEn.isEmpty() ? layer->titleEn : layer->title;
    for (std::size_t r = 0; r < layer->features->featureCount(); ++r) {
      // Matched on the plain name, shown with its accuracy mark (a sketch says so in the results too).
      const QString name = names.plainName(r);
      if (name.isEmpty()) continue;
      Entry e;
      e.result = SearchResult{names.displayName(r), layerTitle, layer->id, std::int64_t(r), {}, 0};
      e.key = name.toLower();
      e.initials = PinyinInitials::of(name);
      if (aliasField >= 0) e.alias = table.text(r, aliasField).toLower();
      e.priority = layerPriority(layer->id);
      entries_.push_back(std::move(e));
    }
  }
  if (plan && plan->catalog()) {
    for (const PlanItem& item : plan->catalog()->items()) {
      if (item.kind == PlanItemKind::Measure || item.name.isEmpty()) continue;
      Entry e;
      e.result = SearchResult{item.name, PlanContext::kindName(item.kind), {}, -1, item.id, 0};
      e.key = item.name.toLower();
      e.initials = PinyinInitials::of(item.name);
      e.alias = item.indicator.toLower();
      e.priority = item.isTarget() ? 30 : 31;
      entries_.push_back(std::move(e));
    }
  }
}

std::vector<SearchResult> SearchIndex::find(const QString& rawQuery, int limit) const {
  const QString query = rawQuery.trimmed().toLower();
  std::vector<SearchResult> out;
  if (query.isEmpty()) return out;
  const bool ascii = isAscii(query);
  for (const Entry& e : entries_) {
    int score = 0;
    if (e.key == query) score = 100;
    else if (e.key.startsWith(query)) score = 80;
    else if (e.key.contains(query)) score = 60;
    else if (!e.alias.isEmpty() && e.alias.contains(query)) score = 55;
    if (ascii && query.size() >= 2 && !e.initials.isEmpty()) {
      if (e.initials == query) score = std::max(score, 95);
      else if (e.initials.startsWith(query)) score = std::max(score, 75);
      else if (query.size() >= 3 && e.initials.contains(query)) score = std::max(score, 40);
    }
    if (score == 0) continue;
    SearchResult r = e.result;
    // Kind decides ties; a short name (宁陕县) beats a long one (宁陕县飞地经济产业园) of the same score.
    r.score = score * 1000 - e.priority * 20 - std::min(int(e.key.size()), 19);
    out.push_back(std::move(r));
  }
  std::stable_sort(out.begin(), out.end(), [](const SearchResult& a, const SearchResult& b) { return a.score > b.score; });
  if (int(out.size()) > limit) out.resize(size_t(limit));
  return out;
}

}  // namespace planmap
