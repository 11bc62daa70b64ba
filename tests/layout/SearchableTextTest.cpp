// Every character PlanMap prints comes back from pdftotext as itself (issue #17): the distinct
// characters of the bundled catalog, the bundled layer names and the layout templates, in the
// regular and the bold face, plus digits and Latin text. Qt builds each font's ToUnicode map by
// reverse cmap lookup, which picks the lowest code point of a glyph: 止 shares its glyph with the
// Kangxi radical ⽌ (U+2F4C) and came back as that, so search and copy failed.
#include "LayoutExporter.h"
#include "LayoutJson.h"
#include "PdfTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

const QString kGeodata = QStringLiteral(PLANMAP_TEST_DATA "/../../geodata/");
const QString kLayouts = QStringLiteral(PLANMAP_TEST_DATA "/../../resources/layouts/");

void collect(const QJsonValue& v, QSet<char32_t>& out) {
  if (v.isString()) {
    for (char32_t c : v.toString().toUcs4())
      if (c > 0x20 && c != 0x3000) out.insert(c);
  } else if (v.isArray()) {
    for (const QJsonValue& e : v.toArray()) collect(e, out);
  } else if (v.isObject()) {
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) collect(it.value(), out);
  }
}

bool collectFile(const QString& path, QSet<char32_t>& out) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return false;
  const QJsonDocument d = QJsonDocument::fromJson(f.readAll());
  if (d.isNull()) return false;
  collect(d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object()), out);
  return true;
}

QString withoutSpace(const QString& s) {
  QString out;
  for (QChar c : s)
    if (!c.isSpace()) out += c;
  return out;
}

}  // namespace

TEST(SearchableText, EveryCatalogLayerAndLayoutCharacterComesBackAsItself) {
  QSet<char32_t> chars;
  ASSERT_TRUE(collectFile(kGeodata + QStringLiteral("plan/ankang_14th_fyp.json"), chars));
  ASSERT_TRUE(collectFile(kGeodata + QStringLiteral("bundled_map.json"), chars));
  for (const QString& name : QDir(kLayouts).entryList({QStringLiteral("*.json")}, QDir::Files))
    ASSERT_TRUE(collectFile(kLayouts + name, chars)) << name.toStdString();
  for (char32_t c = '0'; c <= '9'; ++c) chars.insert(c);
  for (char32_t c = 'A'; c <= 'Z'; ++c) chars.insert(c);
  for (char32_t c = 'a'; c <= 'z'; ++c) chars.insert(c);
  // Only what a PDF reader can be asked to find: letters, digits, CJK and punctuation; the ones
  // the font draws at all (pdftotext cannot return a glyph that is not there).
  QList<char32_t> sorted(chars.begin(), chars.end());
  std::sort(sorted.begin(), sorted.end());
  int cjk = 0;
  for (char32_t c : sorted) cjk += c >= 0x4E00 && c <= 0x9FFF;
  ASSERT_GT(cjk, 500) << "the catalog should hold hundreds of distinct characters";

  // Lines of 60 characters, regular and bold, as text items of one tall custom page.
  constexpr int kPerLine = 60;
  QStringList lines;
  for (qsizetype i = 0; i < sorted.size(); i += kPerLine) {
    QString line;
    for (qsizetype k = i; k < std::min<qsizetype>(i + kPerLine, sorted.size()); ++k) line += QString::fromUcs4(&sorted[k], 1);
    lines << line;
  }
  Layout layout;
  layout.name = QStringLiteral("characters");
  layout.title = QStringLiteral("字符");
  layout.page.size = QStringLiteral("custom");
  const double lineMm = 4.2;
  layout.page.customWidthMm = 2 * 150 + 30;
  layout.page.customHeightMm = lines.size() * lineMm + 20;
  layout.page.landscape = layout.page.customWidthMm > layout.page.customHeightMm;
  for (int bold = 0; bold < 2; ++bold)
    for (int i = 0; i < lines.size(); ++i) {
      LayoutItem item = LayoutItem::ofKind(LayoutItemKind::Text);
      item.id = QStringLiteral("l%1_%2").arg(bold).arg(i);
      item.rectMm = QRectF(10 + bold * 160, 10 + i * lineMm, 150, lineMm);
      item.text = lines[i];
      item.fontSizePt = 6;
      item.as<TextItem>()->bold = bold == 1;
      layout.items.push_back(item);
    }
  QTemporaryDir dir;
  const QString pdf = dir.filePath(QStringLiteral("chars.pdf"));
  LayoutExporter exporter(layout, LayoutContext{});
  auto report = exporter.exportPage(pdf, ExportOptions{});
  ASSERT_TRUE(report) << report.error().toStdString();

  // pdftotext in raw (content stream) order: each drawn line comes back as the same characters.
  const ToolRun run = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                            QStringLiteral("-")});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QString text = withoutSpace(run.out);
  int missing = 0;
  QString wrong;
  for (const QString& line : lines) {
    const int occurrences = int(text.count(withoutSpace(line)));
    if (occurrences < 2) {  // regular and bold
      ++missing;
      for (char32_t c : line.toUcs4())
        if (!text.contains(QString::fromUcs4(&c, 1)) && wrong.size() < 200) wrong += QString::fromUcs4(&c, 1);
    }
  }
  EXPECT_EQ(missing, 0) << "lines not found back; characters absent: " << wrong.toStdString();
  for (char32_t c : text.toUcs4()) {
    EXPECT_FALSE(c >= 0x2E80 && c <= 0x2FDF) << "radical U+" << std::hex << unsigned(c);
    EXPECT_FALSE(c >= 0xF900 && c <= 0xFAFF) << "compatibility ideograph U+" << std::hex << unsigned(c);
  }
}
