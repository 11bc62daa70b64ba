#include "CatalogReader.h"
#include "InputFile.h"

#include "JsonFields.h"
#include "TargetCondition.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace planmap {

namespace {

// Ids go into link files, URLs and command lines: keep them to a safe alphabet.
bool isValidId(const QString& id) {
  static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
  return re.match(id).hasMatch();
}

bool readTargetFields(JsonFields& f, PlanItem& item) {
  item.indicator = f.requiredString(QStringLiteral("indicator"));
  item.quantitative = f.requiredBool(QStringLiteral("quantitative"));
  item.comparator = f.requiredString(QStringLiteral("comparator"));
  item.direction = f.optionalString(QStringLiteral("direction"));
  item.unit = f.optionalString(QStringLiteral("unit"));
  item.value = f.optionalNumber(QStringLiteral("value"));
  item.deadline = f.optionalInteger(QStringLiteral("deadline"), 1949, 2100);
  if (!f.ok()) return false;

  if (f.has(QStringLiteral("range"))) {
    const QJsonValue r = f.object().value(QStringLiteral("range"));
    const QJsonArray a = r.toArray();
    if (!r.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
      return f.fail(QStringLiteral("range"),
                    QStringLiteral("must be two numbers [min, max], got %1").arg(JsonFields::describe(r)));
    if (a.at(0).toDouble() > a.at(1).toDouble())
      return f.fail(QStringLiteral("range"), QStringLiteral("must have min <= max"));
    item.range = PlanItem::Range{a.at(0).toDouble(), a.at(1).toDouble()};
  }
  if (!item.direction.isEmpty() && !TargetCondition::directionFromString(item.direction))
    return f.fail(QStringLiteral("direction"),
                  QStringLiteral("must be \"at_least\" or \"at_most\", got \"%1\"").arg(item.direction));
  if (item.quantitative) {
    if (!item.value && !item.range)
      return f.fail(QStringLiteral("value"), QStringLiteral("is missing (a quantitative target needs 'value' or 'range')"));
    if (item.value && item.range)
      return f.fail(QStringLiteral("range"), QStringLiteral("must not be given together with 'value'"));
    if (item.unit.isEmpty()) return f.fail(QStringLiteral("unit"), QStringLiteral("is missing"));
    if (item.direction.isEmpty() && !TargetCondition::directionOfComparator(item.comparator))
      return f.fail(QStringLiteral("comparator"),
                    QStringLiteral("\"%1\" is not a known comparator (known: %2; or add 'direction')")
                        .arg(item.comparator, TargetCondition::knownComparators().join(QStringLiteral(", "))));
  }

  const QJsonValue scope = f.object().value(QStringLiteral("scope"));
  if (scope.isUndefined() || scope.isNull()) {
    item.scope = {QStringLiteral("city")};
  } else if (scope.isString()) {
    if (scope.toString() != QLatin1String("city"))
      return f.fail(QStringLiteral("scope"),
                    QStringLiteral("must be \"city\" or a list of counties, got %1").arg(JsonFields::describe(scope)));
    item.scope = {QStringLiteral("city")};
  } else {
    item.scope = f.optionalStringList(QStringLiteral("scope"));
    if (!f.ok()) return false;
    if (item.scope.isEmpty()) return f.fail(QStringLiteral("scope"), QStringLiteral("must not be an empty list"));
  }

  const QJsonValue baseline = f.object().value(QStringLiteral("baseline"));
  if (!baseline.isUndefined() && !baseline.isNull()) {
    if (!baseline.isObject())
      return f.fail(QStringLiteral("baseline"),
                    QStringLiteral("must be null or {\"year\": ..., \"value\": ...}, got %1").arg(JsonFields::describe(baseline)));
    JsonFields b(baseline.toObject(), QString());
    const int year = b.requiredInteger(QStringLiteral("year"), 1949, 2100);
    const std::optional<double> value = b.optionalNumber(QStringLiteral("value"));
    if (!b.ok() || !value)
      return f.fail(QStringLiteral("baseline"), QStringLiteral("must have a whole 'year' and a numeric 'value'"));
    item.baseline = PlanItem::Baseline{year, *value};
  }
  return f.ok();
}

}  // namespace

Result<CatalogDocument> CatalogReader::readFile(const QString& path) {
  auto bytes = InputFile::readAll(path, InputFile::kMaxJsonBytes, QStringLiteral("plan catalog"));
  if (!bytes) return Result<CatalogDocument>::fail(bytes.error());
  return readBytes(bytes.value(), path);
}

Result<CatalogDocument> CatalogReader::readBytes(const QByteArray& data, const QString& path) {
  using R = Result<CatalogDocument>;
  const QString name = QFileInfo(path).fileName();
  Result<QJsonObject> root = JsonFields::parseVersioned(data, name, formatName(), kSupportedVersion);
  if (!root) return R::fail(root.error());

  CatalogDocument doc;
  doc.path = path;
  JsonFields meta(root.value(), name);
  doc.title = meta.requiredString(QStringLiteral("title"));
  doc.source = meta.optionalString(QStringLiteral("source"));
  doc.language = meta.optionalString(QStringLiteral("language"));
  if (!meta.ok()) return R::fail(meta.error());
  const QJsonValue period = root->value(QStringLiteral("period"));
  if (!period.isUndefined() && !period.isNull()) {
    const QJsonArray p = period.toArray();
    if (!period.isArray() || p.size() != 2 || !p.at(0).isDouble() || !p.at(1).isDouble())
      return R::fail(QStringLiteral("%1: field 'period' must be [firstYear, lastYear], got %2")
                         .arg(name, JsonFields::describe(period)));
    doc.periodStart = p.at(0).toInt();
    doc.periodEnd = p.at(1).toInt();
  }

  const QJsonValue chapters = root->value(QStringLiteral("chapters"));
  if (!chapters.isUndefined() && !chapters.isArray())
    return R::fail(QStringLiteral("%1: field 'chapters' must be an array, got %2").arg(name, JsonFields::describe(chapters)));
  const QJsonArray chapterArray = chapters.toArray();
  for (int c = 0; c < chapterArray.size(); ++c) {
    JsonFields cf(chapterArray.at(c).toObject(), QStringLiteral("%1: chapters[%2]").arg(name).arg(c));
    if (!chapterArray.at(c).isObject()) return R::fail(QStringLiteral("%1: chapters[%2] must be an object").arg(name).arg(c));
    const int chapterNumber = cf.requiredInteger(QStringLiteral("chapterNumber"), 0, 1000);
    const QString chapter = cf.optionalString(QStringLiteral("chapter"));
    const QString chapterTitle = cf.optionalString(QStringLiteral("title"));
    const QJsonArray sections = cf.object().value(QStringLiteral("sections")).toArray();
    if (!cf.ok()) return R::fail(cf.error());
    for (int s = 0; s < sections.size(); ++s) {
      JsonFields sf(sections.at(s).toObject(), QStringLiteral("%1: chapters[%2].sections[%3]").arg(name).arg(c).arg(s));
      CatalogDocument::Section sec;
      sec.chapterNumber = chapterNumber;
      sec.chapter = chapter;
      sec.chapterTitle = chapterTitle;
      sec.sectionNumber = sf.requiredInteger(QStringLiteral("sectionNumber"), 0, 1000);
      sec.section = sf.optionalString(QStringLiteral("section"));
      sec.title = sf.optionalString(QStringLiteral("title"));
      if (!sf.ok()) return R::fail(sf.error());
      doc.sections.push_back(sec);
    }
  }

  const QJsonValue itemsValue = root->value(QStringLiteral("items"));
  if (!itemsValue.isArray())
    return R::fail(QStringLiteral("%1: field 'items' must be an array, got %2").arg(name, JsonFields::describe(itemsValue)));
  const QJsonArray items = itemsValue.toArray();
  QHash<QString, int> indexOfId;
  for (int i = 0; i < items.size(); ++i) {
    if (!items.at(i).isObject())
      return R::fail(QStringLiteral("%1: item #%2 must be an object, got %3").arg(name).arg(i).arg(JsonFields::describe(items.at(i))));
    const QJsonObject object = items.at(i).toObject();
    // Name the item by id when it has a usable one, else by its position in the list.
    const QJsonValue idValue = object.value(QStringLiteral("id"));
    const bool idUsable = idValue.isString() && isValidId(idValue.toString());
    const QString who = idUsable ? QStringLiteral("%1: item %2").arg(name, idValue.toString())
                                 : QStringLiteral("%1: item #%2").arg(name).arg(i);
    JsonFields f(object, who);
    PlanItem item;
    item.sourceFile = path;
    item.id = f.requiredString(QStringLiteral("id"));
    if (f.ok() && !idUsable)
      f.fail(QStringLiteral("id"), QStringLiteral("may only use letters, digits, '.', '_' and '-', got \"%1\"").arg(item.id));
    const QString kind = f.requiredString(QStringLiteral("kind"));
    if (f.ok()) {
      if (const auto k = planItemKindFromString(kind)) item.kind = *k;
      else f.fail(QStringLiteral("kind"), QStringLiteral("must be \"project\", \"target\" or \"measure\", got \"%1\"").arg(kind));
    }
    item.text = f.requiredString(QStringLiteral("text"));
    item.chapterNumber = f.requiredInteger(QStringLiteral("chapterNumber"), 0, 1000);
    item.sectionNumber = f.requiredInteger(QStringLiteral("sectionNumber"), 0, 1000);
    item.chapter = f.optionalString(QStringLiteral("chapter"));
    item.section = f.optionalString(QStringLiteral("section"));
    item.sectionTitle = f.optionalString(QStringLiteral("sectionTitle"));
    item.topic = f.optionalString(QStringLiteral("topic"));
    item.name = f.optionalString(QStringLiteral("name"));
    item.note = f.optionalString(QStringLiteral("note"));
    item.places = f.optionalStringList(QStringLiteral("places"));
    if (f.ok() && item.kind == PlanItemKind::Target) readTargetFields(f, item);
    if (!f.ok()) return R::fail(f.error());
    if (item.name.isEmpty()) item.name = item.isTarget() ? item.indicator : item.text.left(30);

    const auto seen = indexOfId.constFind(item.id);
    if (seen != indexOfId.cend())
      return R::fail(QStringLiteral("%1: item %2: duplicate id (items #%3 and #%4)").arg(name, item.id).arg(*seen).arg(i));
    indexOfId.insert(item.id, i);
    doc.items.push_back(std::move(item));
  }
  return R::ok(std::move(doc));
}

}  // namespace planmap
