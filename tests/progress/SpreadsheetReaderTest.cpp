// SpreadsheetReader reads the committed fixture spreadsheets through GDAL's XLSX/ODS/CSV drivers.
#include "SpreadsheetReader.h"

#include <gtest/gtest.h>

using namespace planmap;

namespace {
QString fixture(const char* name) { return QStringLiteral(PLANMAP_TEST_DATA "/progress/") + QString::fromUtf8(name); }
}  // namespace

TEST(SpreadsheetReader, ColumnLetters) {
  EXPECT_EQ(spreadsheetColumnLetter(0), QStringLiteral("A"));
  EXPECT_EQ(spreadsheetColumnLetter(25), QStringLiteral("Z"));
  EXPECT_EQ(spreadsheetColumnLetter(26), QStringLiteral("AA"));
  EXPECT_EQ(spreadsheetColumnLetter(701), QStringLiteral("ZZ"));
  EXPECT_EQ(spreadsheetColumnLetter(702), QStringLiteral("AAA"));
}

TEST(SpreadsheetReader, XlsxKeepsEverySheetAndTheRowNumbersThePlannerSees) {
  auto t = SpreadsheetReader::read(fixture("progress_long.xlsx"));
  ASSERT_TRUE(t.isOk()) << t.error().toStdString();
  EXPECT_EQ(t->format, QStringLiteral("XLSX"));
  ASSERT_EQ(t->sheets.size(), 2u);
  const SpreadsheetSheet& s = t->sheets[0];
  EXPECT_EQ(s.name, QStringLiteral("监测数据"));
  // Row 2 is empty: it is skipped, and the header is still row 3.
  ASSERT_GE(s.rows.size(), 3u);
  EXPECT_EQ(s.rowNumbers[0], 1);
  EXPECT_EQ(s.rowNumbers[1], 3);
  EXPECT_EQ(s.rows[1].at(0), QStringLiteral("指标编号"));
  // Numbers come as the text the cell holds, not as a header GDAL guessed.
  EXPECT_EQ(s.rows[2].at(1), QStringLiteral("2021"));
  EXPECT_EQ(t->sheets[1].name, QStringLiteral("说明"));
}

TEST(SpreadsheetReader, OneSheetByNameAndAClearErrorForAMissingOne) {
  auto t = SpreadsheetReader::read(fixture("progress_long.xlsx"), QStringLiteral("说明"));
  ASSERT_TRUE(t.isOk());
  ASSERT_EQ(t->sheets.size(), 1u);
  auto missing = SpreadsheetReader::read(fixture("progress_long.xlsx"), QStringLiteral("2024"));
  ASSERT_FALSE(missing.isOk());
  EXPECT_TRUE(missing.error().contains(QStringLiteral("progress_long.xlsx"))) << missing.error().toStdString();
  EXPECT_TRUE(missing.error().contains(QStringLiteral("监测数据"))) << missing.error().toStdString();
}

TEST(SpreadsheetReader, OdsAndBothCsvEncodings) {
  auto ods = SpreadsheetReader::read(fixture("progress_long.ods"));
  ASSERT_TRUE(ods.isOk()) << ods.error().toStdString();
  EXPECT_EQ(ods->sheets[0].rows[0].at(0), QStringLiteral("id"));

  auto gbk = SpreadsheetReader::read(fixture("progress_gbk.csv"));
  ASSERT_TRUE(gbk.isOk()) << gbk.error().toStdString();
  EXPECT_EQ(gbk->encoding, QStringLiteral("GB18030"));
  EXPECT_EQ(gbk->sheets[0].rows[0].at(0), QStringLiteral("指标"));
  EXPECT_EQ(gbk->sheets[0].rows[3].at(2), QStringLiteral("紫阳县"));

  auto bom = SpreadsheetReader::read(fixture("progress_utf8_bom.csv"));
  ASSERT_TRUE(bom.isOk()) << bom.error().toStdString();
  EXPECT_EQ(bom->encoding, QStringLiteral("UTF-8 (BOM)"));
  // The byte order mark does not stick to the first header.
  EXPECT_EQ(bom->sheets[0].rows[0].at(0), QStringLiteral("目标"));
  EXPECT_EQ(bom->sheets[0].rows[2].at(3), QStringLiteral("22%"));
}

TEST(SpreadsheetReader, RefusesOtherFilesByName) {
  auto r = SpreadsheetReader::read(fixture("nonexistent.xlsx"));
  ASSERT_FALSE(r.isOk());
  EXPECT_TRUE(r.error().contains(QStringLiteral("nonexistent.xlsx")));
  auto json = SpreadsheetReader::read(QStringLiteral(PLANMAP_TEST_DATA "/progress/../plan/whatever.json"));
  ASSERT_FALSE(json.isOk());
  EXPECT_TRUE(json.error().contains(QStringLiteral(".xlsx, .ods or .csv")));
}
