#include "LayoutContext.h"

#include "CountyStatistics.h"
#include "FeatureDisplayName.h"
#include "Layout.h"
#include "MapDocument.h"
#include "ReprojectionCache.h"

#include <QRegularExpression>

namespace planmap {

LayoutContext LayoutContext::fromDocument(const MapDocument& document) {
  LayoutContext c;
  c.layers = document.snapshot();
  c.displayCrs = document.displayCrs();
  c.mapTitle = document.title();
  if (auto a = AttributionCatalog::loadBundled()) c.attribution = std::move(a.value());
  if (auto t = PlanTargetTable::loadBundled(QDate::currentDate().year()))
    c.targets = std::make_shared<const PlanTargetTable>(std::move(t.value()));
  c.reprojectionCache = std::make_shared<ReprojectionCache>();
  return c;
}

std::shared_ptr<const VectorLayer> LayoutContext::layer(const QString& id) const {
  for (const auto& l : layers)
    if (l->id == id) return l;
  return nullptr;
}

bool LayoutContext::needsCountyStatistics(const Layout& layout) {
  for (const LayoutItem& item : layout.items)
    if (item.as<CountyStatsItem>()) return true;
  return false;
}

Status LayoutContext::ensureCountyStatistics(const Layout& layout) {
  if (countyStatistics || !needsCountyStatistics(layout)) return Status::ok();
  CountyStatisticsOptions options;
  if (targets) options.currentYear = targets->currentYear();
  auto stats = CountyStatistics::compute(layers, targets ? &targets->catalog() : nullptr, targets ? &targets->links() : nullptr,
                                         targets ? &targets->progress() : nullptr, options);
  if (!stats) return Status::fail(QStringLiteral("county statistics: %1").arg(stats.error()));
  countyStatistics = std::make_shared<const CountyStatistics>(std::move(stats.value()));
  return Status::ok();
}

QString LayoutContext::expand(const QString& text, const QString& layoutTitle) const {
  if (!text.contains(QLatin1Char('{'))) return text;
  QHash<QString, QString> values = variables;
  const QString title = !titleOverride.isEmpty() ? titleOverride : !layoutTitle.isEmpty() ? layoutTitle : mapTitle;
  values.insert(QStringLiteral("title"), title);
  values.insert(QStringLiteral("map_title"), mapTitle);
  values.insert(QStringLiteral("date"), date.toString(QStringLiteral("yyyy年M月d日")));
  values.insert(QStringLiteral("year"), QString::number(date.year()));
  if (auto l = layer(atlasLayer); l && l->features && atlasRow >= 0 && std::size_t(atlasRow) < l->features->featureCount()) {
    const AttributeTable& a = l->features->attributes();
    for (int i = 0; i < a.fieldCount(); ++i) values.insert(a.fields()[std::size_t(i)].name, a.text(std::size_t(atlasRow), i));
    values.insert(QStringLiteral("layer_title"), l->title);
    // The feature's name with its accuracy mark ("（示意）" / "（位置待核实）"), for titles and callouts.
    values.insert(QStringLiteral("display_name"), FeatureDisplayName(a, l->style.labels.field, FeatureDisplayName::Language::Chinese)
                                                      .displayName(std::size_t(atlasRow)));
  }
  static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
  QString out;
  qsizetype last = 0;
  for (auto it = pattern.globalMatch(text); it.hasNext();) {
    const auto m = it.next();
    out += text.mid(last, m.capturedStart() - last);
    out += values.contains(m.captured(1)) ? values.value(m.captured(1)) : m.captured(0);
    last = m.capturedEnd();
  }
  out += text.mid(last);
  return out;
}

}  // namespace planmap
