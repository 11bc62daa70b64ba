#include "CatalogReader.h"
#include "PlanTestPaths.h"

#include <gtest/gtest.h>

using namespace planmap;

namespace {

std::string errorOf(const char* fixture) {
  const Result<CatalogDocument> doc = CatalogReader::readFile(plantest::fixture(fixture));
  EXPECT_FALSE(doc.isOk()) << fixture << " was accepted";
  return doc.isOk() ? std::string() : doc.error().toStdString();
}

QByteArray catalogWithItem(const QByteArray& itemJson) {
  return QByteArrayLiteral(R"({"format": "planmap-plan-catalog", "version": 1, "title": "t", "items": [)") + itemJson +
         QByteArrayLiteral("]}");
}

const QByteArray kTargetHead = QByteArrayLiteral(
    R"({"id": "t1", "kind": "target", "chapterNumber": 12, "sectionNumber": 2, "text": "到2025年,全市地表水国控断面水质达标率保持100%。", "indicator": "达标率", )");

}  // namespace

TEST(CatalogReader, NamesFileItemAndFieldForAWrongType) {
  const std::string e = errorOf("wrong_type.json");
  EXPECT_EQ(e, "wrong_type.json: item c12s2-t03: field 'value' must be a number, got \"五百\"");
}

TEST(CatalogReader, NamesTheItemIndexWhenTheIdIsMissing) {
  const std::string e = errorOf("missing_id.json");
  EXPECT_NE(e.find("missing_id.json"), std::string::npos) << e;
  EXPECT_NE(e.find("item #1"), std::string::npos) << e;
  EXPECT_NE(e.find("field 'id' is missing"), std::string::npos) << e;
}

TEST(CatalogReader, RejectsADuplicateIdWithinOneFile) {
  const std::string e = errorOf("duplicate_id.json");
  EXPECT_NE(e.find("duplicate_id.json: item c11s2-p01: duplicate id"), std::string::npos) << e;
  EXPECT_NE(e.find("#0"), std::string::npos) << e;
  EXPECT_NE(e.find("#2"), std::string::npos) << e;
}

TEST(CatalogReader, ReportsBadJsonWithFileAndLine) {
  const std::string e = errorOf("bad_json.json");
  EXPECT_NE(e.find("bad_json.json: not valid JSON"), std::string::npos) << e;
  EXPECT_NE(e.find("line 4"), std::string::npos) << e;
}

TEST(CatalogReader, RejectsAnUnsupportedVersionClearly) {
  const std::string e = errorOf("wrong_version.json");
  EXPECT_NE(e.find("wrong_version.json"), std::string::npos) << e;
  EXPECT_NE(e.find("unsupported planmap-plan-catalog version 2"), std::string::npos) << e;
  EXPECT_NE(e.find("reads version 1"), std::string::npos) << e;
}

TEST(CatalogReader, RejectsAnotherFormat) {
  const std::string e = errorOf("wrong_format.json");
  EXPECT_NE(e.find("field 'format' must be \"planmap-plan-catalog\", got \"planmap-links\""), std::string::npos) << e;
}

TEST(CatalogReader, RejectsAnUnknownKind) {
  const std::string e = errorOf("bad_kind.json");
  EXPECT_NE(e.find("item c11s2-p01: field 'kind'"), std::string::npos) << e;
  EXPECT_NE(e.find("\"projekt\""), std::string::npos) << e;
}

TEST(CatalogReader, AQuantitativeTargetNeedsAUnit) {
  const std::string e = errorOf("missing_unit.json");
  EXPECT_NE(e.find("item c12s2-t02: field 'unit' is missing"), std::string::npos) << e;
}

TEST(CatalogReader, ReportsAMissingFile) {
  const std::string e = errorOf("no_such_catalog.json");
  EXPECT_NE(e.find("no_such_catalog.json: file not found"), std::string::npos) << e;
}

TEST(CatalogReader, ChecksRangesAndComparators) {
  const auto read = [](const QByteArray& rest) {
    return CatalogReader::readBytes(catalogWithItem(kTargetHead + rest), QStringLiteral("/tmp/x/hand.json"));
  };
  const Result<CatalogDocument> ok =
      read(R"("quantitative": true, "range": [5, 10], "comparator": "争取建成", "unit": "个", "deadline": 2025})");
  ASSERT_TRUE(ok.isOk()) << ok.error().toStdString();
  ASSERT_TRUE(ok->items.front().range.has_value());
  EXPECT_DOUBLE_EQ(ok->items.front().range->max, 10);
  EXPECT_EQ(ok->items.front().sourceFile, QStringLiteral("/tmp/x/hand.json"));

  const auto reversed = read(R"("quantitative": true, "range": [10, 5], "comparator": "达到", "unit": "个"})");
  ASSERT_FALSE(reversed.isOk());
  EXPECT_EQ(reversed.error(), QStringLiteral("hand.json: item t1: field 'range' must have min <= max"));

  const auto both = read(R"("quantitative": true, "value": 3, "range": [1, 5], "comparator": "达到", "unit": "个"})");
  ASSERT_FALSE(both.isOk());
  EXPECT_TRUE(both.error().contains(QStringLiteral("field 'range'"))) << both.error().toStdString();

  const auto word = read(R"("quantitative": true, "value": 3, "comparator": "大约", "unit": "个"})");
  ASSERT_FALSE(word.isOk());
  EXPECT_TRUE(word.error().startsWith(QStringLiteral("hand.json: item t1: field 'comparator' \"大约\" is not a known")))
      << word.error().toStdString();
  // ... unless the file says which way the number points.
  EXPECT_TRUE(read(R"("quantitative": true, "value": 3, "comparator": "大约", "direction": "at_most", "unit": "个"})").isOk());

  const auto deadline = read(R"("quantitative": true, "value": 3, "comparator": "达到", "unit": "个", "deadline": "2025年"})");
  ASSERT_FALSE(deadline.isOk());
  EXPECT_EQ(deadline.error(), QStringLiteral("hand.json: item t1: field 'deadline' must be a whole number, got \"2025年\""));
}

TEST(CatalogReader, AcceptsAQualitativeTargetWithoutNumberAndCountyScope) {
  const Result<CatalogDocument> doc = CatalogReader::readBytes(
      catalogWithItem(kTargetHead + R"("quantitative": false, "comparator": "保持", "scope": ["宁陕县", "石泉县"]})"),
      QStringLiteral("q.json"));
  ASSERT_TRUE(doc.isOk()) << doc.error().toStdString();
  const PlanItem& item = doc->items.front();
  EXPECT_FALSE(item.quantitative);
  EXPECT_FALSE(item.value.has_value());
  EXPECT_EQ(item.scope, (QStringList{QStringLiteral("宁陕县"), QStringLiteral("石泉县")}));
  EXPECT_FALSE(item.isCityScope());
}

TEST(CatalogReader, RejectsIdsThatDoNotFitInLinksAndUrls) {
  const Result<CatalogDocument> doc = CatalogReader::readBytes(
      catalogWithItem(R"({"id": "c12 s2/t3", "kind": "measure", "chapterNumber": 12, "sectionNumber": 2, "text": "x"})"),
      QStringLiteral("ids.json"));
  ASSERT_FALSE(doc.isOk());
  EXPECT_TRUE(doc.error().startsWith(QStringLiteral("ids.json: item #0: field 'id' may only use"))) << doc.error().toStdString();
}
