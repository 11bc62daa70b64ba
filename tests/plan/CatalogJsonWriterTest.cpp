#include "CatalogJsonWriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

const PlanCatalog& catalog() {
  static const Result<PlanCatalog> c = PlanCatalog::loadBundled();
  return c.value();
}

QJsonObject parse(const QByteArray& json) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
  return doc.object();
}

}  // namespace

TEST(CatalogJsonWriter, ListsEveryItemInCatalogOrder) {
  const QJsonObject root = parse(CatalogJsonWriter::toJson(catalog()));
  EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("planmap-plan-list"));
  const QJsonArray items = root.value(QStringLiteral("items")).toArray();
  ASSERT_EQ(items.size(), catalog().size());
  EXPECT_EQ(root.value(QStringLiteral("count")).toInt(), catalog().size());
  for (int i = 0; i < items.size(); ++i) {
    const QJsonObject o = items.at(i).toObject();
    const PlanItem& item = catalog().items()[size_t(i)];
    EXPECT_EQ(o.value(QStringLiteral("id")).toString(), item.id);
    EXPECT_EQ(o.value(QStringLiteral("text")).toString(), item.text);
    EXPECT_EQ(o.value(QStringLiteral("chapter")).toString(), item.chapter);
    EXPECT_EQ(o.value(QStringLiteral("section")).toString(), item.section);
    EXPECT_EQ(o.value(QStringLiteral("kind")).toString(), planItemKindToString(item.kind));
    EXPECT_EQ(o.contains(QStringLiteral("indicator")), item.isTarget());
  }
}

TEST(CatalogJsonWriter, TargetsCarryTheirNumbers) {
  CatalogJsonWriter::Options options;
  options.kind = PlanItemKind::Target;
  options.search = QStringLiteral("标准化厂房");
  const QJsonArray items = parse(CatalogJsonWriter::toJson(catalog(), options)).value(QStringLiteral("items")).toArray();
  ASSERT_EQ(items.size(), 1);
  const QJsonObject t = items.at(0).toObject();
  EXPECT_EQ(t.value(QStringLiteral("id")).toString(), QStringLiteral("c11s5-t02"));
  EXPECT_EQ(t.value(QStringLiteral("indicator")).toString(), QStringLiteral("标准化厂房面积"));
  EXPECT_DOUBLE_EQ(t.value(QStringLiteral("value")).toDouble(), 500);
  EXPECT_EQ(t.value(QStringLiteral("unit")).toString(), QStringLiteral("万平方米"));
  EXPECT_EQ(t.value(QStringLiteral("comparator")).toString(), QStringLiteral("达到"));
  EXPECT_EQ(t.value(QStringLiteral("deadline")).toInt(), 2025);
  EXPECT_EQ(t.value(QStringLiteral("scope")).toString(), QStringLiteral("city"));

  options.search = QStringLiteral("毛绒玩具文创产业重点镇");
  const QJsonObject range =
      parse(CatalogJsonWriter::toJson(catalog(), options)).value(QStringLiteral("items")).toArray().at(0).toObject();
  EXPECT_TRUE(range.value(QStringLiteral("value")).isNull());
  EXPECT_EQ(range.value(QStringLiteral("range")).toArray(), (QJsonArray{5, 10}));
}

TEST(CatalogJsonWriter, FiltersByKindAndSection) {
  CatalogJsonWriter::Options options;
  options.kind = PlanItemKind::Target;
  const QJsonObject targets = parse(CatalogJsonWriter::toJson(catalog(), options));
  EXPECT_EQ(size_t(targets.value(QStringLiteral("count")).toInt()), catalog().itemsOfKind(PlanItemKind::Target).size());

  CatalogJsonWriter::Options section;
  section.chapterNumber = 12;
  section.sectionNumber = 2;
  section.indented = false;
  const QByteArray compact = CatalogJsonWriter::toJson(catalog(), section);
  EXPECT_FALSE(compact.contains('\n'));
  const QJsonArray items = parse(compact).value(QStringLiteral("items")).toArray();
  EXPECT_EQ(size_t(items.size()), catalog().itemsInSection(12, 2).size());
  for (const QJsonValue& v : items) EXPECT_EQ(v.toObject().value(QStringLiteral("sectionNumber")).toInt(), 2);
}

TEST(CatalogJsonWriter, AddsTargetStatusWhenGivenProgress) {
  const Result<ProgressStore> progress = ProgressStore::load(QStringLiteral(PLANMAP_TEST_DATA "/plan/progress.json"));
  ASSERT_TRUE(progress.isOk()) << progress.error().toStdString();
  CatalogJsonWriter::Options options;
  options.kind = PlanItemKind::Target;
  options.progress = &progress.value();
  options.currentYear = 2023;
  QHash<QString, QJsonObject> byId;
  for (const QJsonValue& v : parse(CatalogJsonWriter::toJson(catalog(), options)).value(QStringLiteral("items")).toArray())
    byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
  // 300 (2020) -> 500 (2025) asks 420 in 2023; 430 was reached.
  EXPECT_EQ(byId[QStringLiteral("c11s5-t02")].value(QStringLiteral("status")).toString(), QStringLiteral("on_track"));
  EXPECT_DOUBLE_EQ(byId[QStringLiteral("c11s5-t02")].value(QStringLiteral("expected")).toDouble(), 420);
  EXPECT_EQ(byId[QStringLiteral("c11s5-t02")].value(QStringLiteral("latestYear")).toInt(), 2023);
  EXPECT_EQ(byId[QStringLiteral("c12s2-t02")].value(QStringLiteral("status")).toString(), QStringLiteral("achieved"));
  // Only a county figure exists for the city-wide 1000 新社区工厂 target.
  EXPECT_EQ(byId[QStringLiteral("c11s5-t03")].value(QStringLiteral("status")).toString(), QStringLiteral("no_data"));
  EXPECT_TRUE(byId[QStringLiteral("c11s5-t03")].value(QStringLiteral("latest")).isNull());
  // Without progress there is no status field at all.
  options.progress = nullptr;
  const QJsonArray plain = parse(CatalogJsonWriter::toJson(catalog(), options)).value(QStringLiteral("items")).toArray();
  EXPECT_FALSE(plain.at(0).toObject().contains(QStringLiteral("status")));
}
