#include "CatalogJsonWriter.h"

#include "TargetReview.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace planmap {

QJsonObject CatalogJsonWriter::itemToJson(const PlanItem& item) {
  QJsonObject o{{QStringLiteral("id"), item.id},
                {QStringLiteral("chapter"), item.chapter},
                {QStringLiteral("chapterNumber"), item.chapterNumber},
                {QStringLiteral("section"), item.section},
                {QStringLiteral("sectionNumber"), item.sectionNumber},
                {QStringLiteral("kind"), planItemKindToString(item.kind)},
                {QStringLiteral("name"), item.name},
                {QStringLiteral("text"), item.text}};
  if (!item.places.isEmpty()) o.insert(QStringLiteral("places"), QJsonArray::fromStringList(item.places));
  if (!item.isTarget()) return o;
  o.insert(QStringLiteral("indicator"), item.indicator);
  o.insert(QStringLiteral("quantitative"), item.quantitative);
  o.insert(QStringLiteral("value"), item.value ? QJsonValue(*item.value) : QJsonValue());
  if (item.range) o.insert(QStringLiteral("range"), QJsonArray{item.range->min, item.range->max});
  o.insert(QStringLiteral("unit"), item.unit.isEmpty() ? QJsonValue() : QJsonValue(item.unit));
  o.insert(QStringLiteral("comparator"), item.comparator);
  o.insert(QStringLiteral("deadline"), item.deadline ? QJsonValue(*item.deadline) : QJsonValue());
  if (item.isCityScope()) o.insert(QStringLiteral("scope"), QStringLiteral("city"));
  else o.insert(QStringLiteral("scope"), QJsonArray::fromStringList(item.scope));
  return o;
}

QByteArray CatalogJsonWriter::toJson(const PlanCatalog& catalog, const Options& options) {
  const std::vector<const PlanItem*> matches =
      options.search.trimmed().isEmpty() ? std::vector<const PlanItem*>{} : catalog.search(options.search);
  QJsonArray items;
  for (const PlanItem& item : catalog.items()) {
    if (options.kind && item.kind != *options.kind) continue;
    if (options.chapterNumber && item.chapterNumber != options.chapterNumber) continue;
    if (options.chapterNumber && options.sectionNumber && item.sectionNumber != options.sectionNumber) continue;
    if (!options.search.trimmed().isEmpty() && std::find(matches.begin(), matches.end(), &item) == matches.end()) continue;
    QJsonObject o = itemToJson(item);
    if (options.progress && item.isTarget()) {
      static const WarningThresholds kDefaults;
      TargetReview::addToJson(TargetReview::judge(catalog, item, *options.progress, options.currentYear,
                                                  options.thresholds ? *options.thresholds : kDefaults),
                              o);
    }
    items.append(o);
  }
  const QJsonObject root{{QStringLiteral("format"), QStringLiteral("planmap-plan-list")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("count"), items.size()},
                         {QStringLiteral("items"), items}};
  return QJsonDocument(root).toJson(options.indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

}  // namespace planmap
