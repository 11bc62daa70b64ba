// planmap links QUERY: what the plan promises for a feature, or which features carry a plan item.
// QUERY is a plan item id (c12s2-t02), a feature key (county-610902 or counties:county-610902), or
// a Chinese name (汉滨区, 恒口) matched against feature names and item names.
#include "CliCommand.h"
#include "CliOutput.h"
#include "CliProject.h"
#include "FeatureDisplayName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace planmap {
namespace {

QString featureName(const VectorLayer& layer, std::int64_t row) {
  if (row < 0 || !layer.features) return {};
  return FeatureDisplayName(layer.features->attributes(), layer.style.labels.field).displayName(static_cast<std::size_t>(row));
}

QJsonObject itemJson(const PlanItem* item, const FeatureLink& link) {
  QJsonObject o{{"id", link.item}, {"role", linkRoleToString(link.role)}};
  if (item) {
    o.insert(QStringLiteral("kind"), planItemKindToString(item->kind));
    o.insert(QStringLiteral("name"), item->name);
    o.insert(QStringLiteral("chapter"), item->chapter);
    o.insert(QStringLiteral("section"), item->section);
    o.insert(QStringLiteral("text"), item->text);
  }
  return o;
}

}  // namespace

int runLinksCommand(const QStringList& args) {
  QStringList rest = args;
  const bool json = CliProject::takeFlag(rest, QStringLiteral("--json"));
  auto loaded = CliProject::load(rest);
  if (!loaded) return CliOutput::error(loaded.error());
  if (rest.size() != 1) return CliOutput::error(QStringLiteral("usage: planmap links QUERY [--json] [--project P]"), 2);
  const QString query = rest.first().trimmed();
  const Project& project = *loaded.value();
  const PlanCatalog& catalog = project.catalog();
  const MapDocument& document = project.document();

  QJsonArray matches;
  // Features: by key (optionally layer-qualified) or by name.
  QString layerFilter, key = query;
  if (query.contains(QLatin1Char(':'))) {
    layerFilter = query.section(QLatin1Char(':'), 0, 0);
    key = query.section(QLatin1Char(':'), 1);
  }
  for (const auto& layer : document.layers()) {
    if (!layerFilter.isEmpty() && layer->id != layerFilter) continue;
    if (!layer->features) continue;
    for (std::size_t row = 0; row < layer->features->featureCount(); ++row) {
      const QString featureKey = layer->featureKey(row);
      const QString name = featureName(*layer, static_cast<std::int64_t>(row));
      const bool byKey = featureKey == key;
      const bool byName = !name.isEmpty() && layerFilter.isEmpty() && (name == query || (query.size() >= 2 && name.contains(query)));
      if (!byKey && !byName) continue;
      QJsonArray items;
      for (const FeatureLink& link : project.links().itemsOfFeature(layer->id, featureKey))
        items.append(itemJson(catalog.itemById(link.item), link));
      matches.append(QJsonObject{{"type", "feature"}, {"layer", layer->id}, {"layer_title", layer->title},
                                 {"feature", featureKey}, {"name", name}, {"items", items}});
    }
  }
  // Items: by id or by name.
  for (const PlanItem& item : catalog.items()) {
    const bool byId = item.id == query;
    const bool byName = layerFilter.isEmpty() && query.size() >= 2 && item.name.contains(query);
    if (!byId && !byName) continue;
    QJsonArray features;
    for (const FeatureLink& link : project.links().featuresOfItem(item.id)) {
      const auto layer = document.layer(link.layer);
      features.append(QJsonObject{{"layer", link.layer}, {"feature", link.feature}, {"role", linkRoleToString(link.role)},
                                  {"name", layer ? featureName(*layer, layer->rowOfKey(link.feature)) : QString()}});
    }
    matches.append(QJsonObject{{"type", "item"}, {"id", item.id}, {"kind", planItemKindToString(item.kind)},
                               {"name", item.name}, {"text", item.text}, {"features", features}});
  }
  if (matches.isEmpty()) return CliOutput::error(QStringLiteral("links: nothing matches \"%1\" (try an item id, a feature key or a name)").arg(query));

  if (json) {
    CliOutput::jsonPretty(QJsonDocument(QJsonObject{{"query", query}, {"matches", matches}}));
    return 0;
  }
  for (const QJsonValue& v : matches) {
    const QJsonObject m = v.toObject();
    if (m.value(QStringLiteral("type")).toString() == QLatin1String("feature")) {
      const QJsonArray items = m.value(QStringLiteral("items")).toArray();
      CliOutput::line(QStringLiteral("%1 (%2 %3): %4 plan items").arg(m.value(QStringLiteral("name")).toString(),
                      m.value(QStringLiteral("layer_title")).toString(), m.value(QStringLiteral("feature")).toString()).arg(items.size()));
      for (const QJsonValue& i : items)
        CliOutput::line(QStringLiteral("  %1 [%2] %3").arg(i[QStringLiteral("id")].toString(), i[QStringLiteral("role")].toString(),
                                                          i[QStringLiteral("name")].toString()));
    } else {
      const QJsonArray features = m.value(QStringLiteral("features")).toArray();
      CliOutput::line(QStringLiteral("%1 %2: %3 features").arg(m.value(QStringLiteral("id")).toString(),
                                                              m.value(QStringLiteral("name")).toString()).arg(features.size()));
      for (const QJsonValue& f : features)
        CliOutput::line(QStringLiteral("  %1:%2 %3 [%4]").arg(f[QStringLiteral("layer")].toString(), f[QStringLiteral("feature")].toString(),
                                                             f[QStringLiteral("name")].toString(), f[QStringLiteral("role")].toString()));
    }
  }
  return 0;
}

}  // namespace planmap
