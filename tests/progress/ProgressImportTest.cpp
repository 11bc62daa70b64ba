// ProgressImporter on the committed fixture spreadsheets (scripts/make_progress_fixtures.py; all
// figures are invented test data) against the bundled catalog.
#include "PlanEditCommands.h"
#include "ProgressImporter.h"
#include "Project.h"
#include "UnitConversion.h"

#include <gtest/gtest.h>

using namespace planmap;

namespace {

QString fixture(const char* name) { return QStringLiteral(PLANMAP_TEST_DATA "/progress/") + QString::fromUtf8(name); }

const PlanCatalog& catalog() {
  static const PlanCatalog c = [] {
    auto loaded = PlanCatalog::loadBundled();
    EXPECT_TRUE(loaded.isOk()) << loaded.error().toStdString();
    return loaded.isOk() ? loaded.value() : PlanCatalog();
  }();
  return c;
}

ProgressImportResult importOk(const char* name, const ProgressStore& existing = {}, const ProgressImportOptions& options = {}) {
  auto r = ProgressImporter::importFile(fixture(name), catalog(), existing, options);
  EXPECT_TRUE(r.isOk()) << r.error().toStdString();
  if (!r.isOk()) return {};
  for (const ProgressImportIssue& e : r->errors) ADD_FAILURE() << e.toString().toStdString();
  return r.value();
}

const ProgressRecord* findRecord(const ProgressImportResult& r, const QString& target, int year, const QString& scope = QStringLiteral("city")) {
  for (const ProgressRecord& rec : r.records)
    if (rec.target == target && rec.year == year && rec.scope == scope) return &rec;
  return nullptr;
}

}  // namespace

TEST(UnitConversion, OnlyExactConversions) {
  EXPECT_EQ(UnitConversion::factor(QStringLiteral("平方米"), QStringLiteral("万平方米")), 1e-4);
  EXPECT_EQ(UnitConversion::factor(QStringLiteral("万平方米"), QStringLiteral("平方米")), 1e4);
  EXPECT_EQ(UnitConversion::factor(QStringLiteral("百分比"), QStringLiteral("%")), 1.0);
  EXPECT_EQ(UnitConversion::factor(QStringLiteral("％"), QStringLiteral("%")), 1.0);
  EXPECT_EQ(UnitConversion::factor(QStringLiteral("万人"), QStringLiteral("人")), 1e4);
  EXPECT_EQ(UnitConversion::factor(QString(), QStringLiteral("个")), 1.0);
  EXPECT_FALSE(UnitConversion::factor(QStringLiteral("吨"), QStringLiteral("万平方米")));
  EXPECT_FALSE(UnitConversion::factor(QStringLiteral("亩"), QStringLiteral("公顷")));
  EXPECT_FALSE(UnitConversion::factor(QStringLiteral("万"), QStringLiteral("个")));
}

TEST(ProgressImport, LongXlsxWithTitleRowCountiesIndicatorTextAndAQualitativeTarget) {
  const ProgressImportResult r = importOk("progress_long.xlsx");
  // The 说明 sheet has no header and is skipped.
  ASSERT_EQ(r.sheets.size(), 1u);
  const ProgressMapping& m = r.sheets[0].second;
  EXPECT_EQ(m.layout, ProgressLayout::Long);
  EXPECT_EQ(m.headerIndex, 1);  // row 1 is the title, row 2 empty, row 3 the header
  EXPECT_EQ(m.column(ProgressColumn::Target), 0);
  EXPECT_EQ(m.column(ProgressColumn::Year), 1);
  EXPECT_EQ(m.column(ProgressColumn::Scope), 2);
  EXPECT_EQ(m.column(ProgressColumn::Value), 3);
  EXPECT_EQ(m.column(ProgressColumn::Unit), 4);
  EXPECT_EQ(m.column(ProgressColumn::Source), 5);
  EXPECT_EQ(m.column(ProgressColumn::Note), 6);
  ASSERT_EQ(r.records.size(), 7u);
  const ProgressRecord* a = findRecord(r, QStringLiteral("c11s5-t02"), 2022);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->value, 380.0);
  EXPECT_TRUE(a->source.contains(QStringLiteral("测试数据")));
  // "新社区工厂数量" is the indicator text of c11s5-t03.
  const ProgressRecord* byText = findRecord(r, QStringLiteral("c11s5-t03"), 2022);
  ASSERT_TRUE(byText);
  EXPECT_EQ(byText->value, 600.0);
  EXPECT_EQ(byText->note, QStringLiteral("按指标名称"));
  const ProgressRecord* county = findRecord(r, QStringLiteral("c11s5-t03"), 2023, QStringLiteral("石泉县"));
  ASSERT_TRUE(county);
  EXPECT_EQ(county->value, 120.0);
  const ProgressRecord* qualitative = findRecord(r, QStringLiteral("c12s1-t01"), 2024);
  ASSERT_TRUE(qualitative);
  EXPECT_TRUE(qualitative->achieved);
  EXPECT_FALSE(qualitative->value);
  // Rows keep the numbers the planner sees.
  EXPECT_EQ(r.rows.front().row, 4);
  EXPECT_EQ(r.rows.front().sheet, QStringLiteral("监测数据"));
}

TEST(ProgressImport, WideLayoutUnderMergedHeaderCellsWithUnitConversion) {
  const ProgressImportResult r = importOk("progress_wide_merged.xlsx");
  ASSERT_EQ(r.sheets.size(), 1u);
  const ProgressMapping& m = r.sheets[0].second;
  EXPECT_EQ(m.layout, ProgressLayout::Wide);
  EXPECT_EQ(m.headerRows, 2);
  ASSERT_EQ(m.yearColumns.size(), 6u);
  EXPECT_EQ(m.yearColumns.front(), std::make_pair(2, 2020));
  EXPECT_EQ(m.yearColumns[1], std::make_pair(3, 2021));  // "2021年"
  EXPECT_EQ(m.column(ProgressColumn::Unit), 1);
  EXPECT_EQ(m.column(ProgressColumn::Source), 8);
  // Blank and "-" cells are years without a figure.
  ASSERT_EQ(r.records.size(), 11u);
  // 标准化厂房面积 (c11s5-t02) is in 万平方米; the sheet gives 平方米.
  const ProgressRecord* area = findRecord(r, QStringLiteral("c11s5-t02"), 2021);
  ASSERT_TRUE(area);
  EXPECT_DOUBLE_EQ(*area->value, 320.0);
  EXPECT_FALSE(findRecord(r, QStringLiteral("c11s5-t02"), 2023));
  EXPECT_FALSE(findRecord(r, QStringLiteral("c11s5-t02"), 2024));
  const auto row = std::find_if(r.rows.begin(), r.rows.end(), [](const ProgressImportRow& x) { return x.record.target == QLatin1String("c11s5-t02"); });
  ASSERT_NE(row, r.rows.end());
  EXPECT_EQ(row->conversion, QStringLiteral("2500000 平方米 → 250 万平方米"));
  // 百分比 is the target's %.
  const ProgressRecord* share = findRecord(r, QStringLiteral("c12s4-t06"), 2023);
  ASSERT_TRUE(share);
  EXPECT_DOUBLE_EQ(*share->value, 26.5);
}

TEST(ProgressImport, OdsWithEnglishHeaders) {
  const ProgressImportResult r = importOk("progress_long.ods");
  ASSERT_EQ(r.records.size(), 3u);
  const ProgressRecord* rec = findRecord(r, QStringLiteral("c12s1-t02"), 2023);
  ASSERT_TRUE(rec);
  EXPECT_EQ(rec->value, 45.0);
}

TEST(ProgressImport, GbkCsvAndUtf8BomCsv) {
  const ProgressImportResult gbk = importOk("progress_gbk.csv");
  EXPECT_EQ(gbk.encoding, QStringLiteral("GB18030"));
  ASSERT_EQ(gbk.records.size(), 3u);
  EXPECT_TRUE(findRecord(gbk, QStringLiteral("c12s1-t06"), 2023));  // by indicator text
  const ProgressRecord* county = findRecord(gbk, QStringLiteral("c11s5-t03"), 2024, QStringLiteral("紫阳县"));
  ASSERT_TRUE(county);
  EXPECT_EQ(county->value, 95.0);

  const ProgressImportResult bom = importOk("progress_utf8_bom.csv");
  EXPECT_EQ(bom.encoding, QStringLiteral("UTF-8 (BOM)"));
  ASSERT_EQ(bom.records.size(), 3u);
  EXPECT_EQ(findRecord(bom, QStringLiteral("c12s4-t07"), 2023)->value, 18.0);
  EXPECT_EQ(findRecord(bom, QStringLiteral("c12s4-t07"), 2024)->value, 22.0);  // "22%"
  // 0.31 万人 for a target counted in 人.
  EXPECT_DOUBLE_EQ(*findRecord(bom, QStringLiteral("c11s2-t03"), 2024)->value, 3100.0);
}

TEST(ProgressImport, BadRowsAreAllNamedWithRowAndColumn) {
  auto r = ProgressImporter::importFile(fixture("progress_bad_rows.xlsx"), catalog(), {}, {});
  ASSERT_TRUE(r.isOk()) << r.error().toStdString();
  EXPECT_FALSE(r->ok());
  QStringList texts;
  for (const ProgressImportIssue& e : r->errors) texts << e.toString();
  ASSERT_EQ(texts.size(), 4) << texts.join(QLatin1Char('\n')).toStdString();
  EXPECT_EQ(texts[0], QStringLiteral("progress_bad_rows.xlsx: sheet 有误, row 3, column B (年份): year 1999 is outside 2000–2100"));
  EXPECT_EQ(texts[1], QStringLiteral("progress_bad_rows.xlsx: sheet 有误, row 4, column C (数值): \"约七百\" is not a number"));
  EXPECT_TRUE(texts[2].startsWith(QStringLiteral("progress_bad_rows.xlsx: sheet 有误, row 5, column A (指标编号): unknown target \"c99s9-t99\"")));
  EXPECT_TRUE(texts[3].startsWith(QStringLiteral("progress_bad_rows.xlsx: sheet 有误, row 6, column D (单位): unit 吨 cannot be converted exactly to 万人")));
}

TEST(ProgressImport, DuplicatesOfExistingRecords) {
  ProgressStore existing;
  existing.add({QStringLiteral("c11s5-t02"), 2021, 320.0, false, QStringLiteral("city"), {}, {}});
  existing.add({QStringLiteral("c11s5-t02"), 2022, 999.0, false, QStringLiteral("city"), {}, {}});
  auto r = ProgressImporter::importFile(fixture("progress_long.xlsx"), catalog(), existing, {});
  ASSERT_TRUE(r.isOk());
  ASSERT_EQ(r->errors.size(), 1u);
  EXPECT_EQ(r->errors[0].row, 5);
  EXPECT_EQ(r->errors[0].column, QStringLiteral("D (数值)"));
  EXPECT_TRUE(r->errors[0].message.contains(QStringLiteral("duplicate of an existing record"))) << r->errors[0].message.toStdString();
  EXPECT_TRUE(r->errors[0].message.contains(QStringLiteral("999")));
  // The same figure again is not an error, and not imported twice.
  existing.add({QStringLiteral("c11s5-t02"), 2022, 380.0, false, QStringLiteral("city"), {}, {}});
  const ProgressImportResult again = importOk("progress_long.xlsx", existing);
  EXPECT_EQ(again.records.size(), 5u);
  EXPECT_EQ(again.unchangedCount(), 2);
}

TEST(ProgressImport, ColumnOverridesAndForcedLayout) {
  ProgressImportOptions options;
  options.columns.insert(QStringLiteral("note"), QString());                    // unmap 备注
  options.columns.insert(QStringLiteral("source"), QStringLiteral("G"));        // by letter: 备注 as source
  const ProgressImportResult r = importOk("progress_long.xlsx", {}, options);
  const ProgressRecord* rec = findRecord(r, QStringLiteral("c11s5-t04"), 2023);
  ASSERT_TRUE(rec);
  EXPECT_EQ(rec->source, QStringLiteral("测试用"));
  EXPECT_TRUE(rec->note.isEmpty());

  ProgressImportOptions wide;
  wide.layout = ProgressLayout::Wide;
  auto refused = ProgressImporter::importFile(fixture("progress_gbk.csv"), catalog(), {}, wide);
  ASSERT_FALSE(refused.isOk());
  EXPECT_TRUE(refused.error().contains(QStringLiteral("progress_gbk.csv"))) << refused.error().toStdString();
  EXPECT_TRUE(refused.error().contains(QStringLiteral("wide layout"))) << refused.error().toStdString();

  ProgressImportOptions unknown;
  unknown.columns.insert(QStringLiteral("value"), QStringLiteral("完成数"));
  auto noSuch = ProgressImporter::importFile(fixture("progress_gbk.csv"), catalog(), {}, unknown);
  ASSERT_FALSE(noSuch.isOk());
  EXPECT_TRUE(noSuch.error().contains(QStringLiteral("完成数"))) << noSuch.error().toStdString();
}

TEST(ProgressImport, OneUndoStepForTheWholeFile) {
  auto project = Project::createBundled();
  ASSERT_TRUE(project.isOk()) << project.error().toStdString();
  Project& p = *project.value();
  const ProgressRecord old{QStringLiteral("c12s4-t06"), 2020, 20.0, false, QStringLiteral("city"), QStringLiteral("typed"), {}};
  p.progress().add(old);
  const std::size_t before = p.progress().records().size();
  auto clash = ProgressImporter::importFile(fixture("progress_wide_merged.xlsx"), catalog(), p.progress(), {});
  ASSERT_TRUE(clash.isOk()) << clash.error().toStdString();
  ASSERT_FALSE(clash->ok());  // 2020 = 21.5 differs from the project's 20
  ASSERT_EQ(clash->errors.size(), 1u);
  EXPECT_EQ(clash->errors[0].row, 5);
  EXPECT_EQ(clash->errors[0].column, QStringLiteral("C (2020)"));

  p.progress().remove(old.target, old.year, old.scope);
  const ProgressImportResult good = importOk("progress_wide_merged.xlsx", p.progress());
  int emitted = 0;
  QObject::connect(&p, &Project::progressChanged, [&] { ++emitted; });
  p.undoStack().push(PlanEditCommand::importProgress(p, good.records, good.file));
  EXPECT_EQ(emitted, 1);
  EXPECT_EQ(p.undoStack().count(), 1);
  EXPECT_EQ(p.progress().records().size(), before - 1 + 11);
  EXPECT_EQ(p.progress().find(QStringLiteral("c11s5-t03"), 2023, QStringLiteral("city"))->value, 700.0);
  p.undoStack().undo();
  EXPECT_EQ(p.progress().records().size(), before - 1);
  EXPECT_FALSE(p.progress().find(QStringLiteral("c11s5-t03"), 2023, QStringLiteral("city")));
  p.undoStack().redo();
  EXPECT_EQ(p.progress().records().size(), before - 1 + 11);
}
