#include "CountyStatsPainter.h"

#include "TargetStatus.h"

#include "CountyStatistics.h"
#include "CountyStatsTable.h"
#include "TablePainter.h"

#include <algorithm>

namespace planmap {
namespace {

// The number of linked targets, then a dot and a count per status that occurs.
void drawStatus(PageCanvas& page, const TablePainter& grid, double top, double rowH, const CountyStatsTable::Row& row,
                const TextStyle& style, const TextStyle& dotSize) {
  const int col = grid.columnCount() - 1;
  double x = grid.columnX(col) + page.px(2);
  const double baseline = grid.baseline(top, rowH, style);
  page.text.draw(page.p, QPointF(x, baseline), QString::number(row.targets), style);
  x += page.text.width(QStringLiteral("00"), style) + page.px(2);
  for (int k = 0; k < CountyStatsTable::kStatusCount; ++k) {
    if (row.statusCounts[std::size_t(k)] == 0) continue;
    const double radius = page.text.ascent(dotSize) * 0.32;
    grid.drawDot(QPointF(x + radius, top + rowH / 2), radius,
                 TablePainter::statusColor(QString::fromLatin1(CountyStatsTable::statusKeys()[std::size_t(k)])));
    x += radius * 2 + page.px(0.5);
    const QString count = QString::number(row.statusCounts[std::size_t(k)]);
    page.text.draw(page.p, QPointF(x, baseline), count, style);
    x += page.text.width(count, style) + page.px(1.5);
  }
}

}  // namespace

void CountyStatsPainter::paint(PageCanvas& page, const LayoutItem& item, const CountyStatsItem& stats) {
  const QColor& ink = PageCanvas::ink();
  const LayoutText& text = page.text;
  QPainter& p = page.p;
  const QRectF r = page.pxRect(item.rectMm);
  if (item.background.isValid()) p.fillRect(r, item.background);
  const QString title = item.text.isEmpty() ? QStringLiteral("各县（市、区）规划统计") : page.expand(item.text);
  const CountyStatistics* figures = page.context.countyStatistics.get();
  const TextStyle grey{item.fontSizePt, false, QColor(110, 110, 110)};
  if (!figures) page.warn(item, QStringLiteral("county statistics were not prepared before painting (LayoutContext::ensureCountyStatistics)"));
  if (!figures || figures->rows().empty()) {
    const TextStyle titleStyle{item.fontSizePt * 1.3, true, ink};
    text.draw(p, QPointF(r.left(), r.top() + text.ascent(titleStyle)), title, titleStyle);
    text.draw(p, QPointF(r.left(), r.top() + text.lineHeight(titleStyle) * 1.3 + text.ascent(grey)),
              QStringLiteral("县区统计不可用（缺少县界图层）"), grey);
    page.paintItemFrame(item);
    return;
  }
  for (const QString& w : figures->warnings()) page.warn(item, w);
  const CountyStatsTable table = CountyStatsTable::from(*figures);

  // The atlas county, if this page is one, is highlighted in the table.
  QString atlasCounty;
  if (auto l = page.context.layer(page.context.atlasLayer); l && l->features && page.context.atlasRow >= 0) {
    const int field = l->features->attributes().fieldIndex(QStringLiteral("name_zh"));
    if (field >= 0) atlasCounty = l->features->attributes().text(std::size_t(page.context.atlasRow), field);
  }
  const int nCols = int(table.columns.size());
  const int statusCol = nCols - 1;
  const int shownRows = std::min(int(table.rows.size()), stats.maxRows);

  // Type size: the largest (up to the item's) at which header, rows, total and the note fit.
  double size = item.fontSizePt;
  std::vector<TableColumn> columns;
  double rowH = 0, headH = 0, titleH = 0;
  for (;; size *= 0.93) {
    const TextStyle s{size, false, ink}, b{size, true, ink};
    rowH = text.lineHeight(s) * 1.45;
    headH = text.lineHeight(b) * 2.3;
    titleH = text.lineHeight(TextStyle{size * 1.3, true, ink}) * 1.35;
    const double noteH = text.lineHeight(grey) * 2.4;
    columns.clear();
    double sum = 0;
    for (int c = 0; c < nCols; ++c) {
      const CountyStatsTable::Column& col = table.columns[std::size_t(c)];
      double w = std::max(text.width(col.name, b), text.width(col.unit, s));
      if (c == statusCol) {
        w = std::max(w, text.width(QStringLiteral("00  ●00 ●00 ●00 ●00 ●00"), s));
      } else {
        for (const CountyStatsTable::Row& row : table.rows) w = std::max(w, text.width(row.cells[c], c == 0 ? b : s));
      }
      columns.push_back({col.name, col.unit, w + page.px(4), col.numeric});
      sum += columns.back().widthPx;
    }
    const double height = titleH + headH + rowH * (shownRows + 1) + noteH;
    if ((sum <= r.width() && height <= r.height()) || size < 4.5) {
      // Spare width goes to the columns evenly, so the table spans its box.
      const double extra = std::max(0.0, r.width() - sum) / nCols;
      for (TableColumn& c : columns) c.widthPx += extra;
      break;
    }
  }
  const TextStyle s{size, false, ink}, b{size, true, ink};
  const TextStyle titleStyle{size * 1.3, true, ink};
  const TextStyle unitStyle{size * 0.85, false, QColor(90, 90, 90)};
  const TextStyle noteStyle{std::max(4.0, size * 0.85), false, QColor(90, 90, 90)};
  const TablePainter grid(page, r, std::move(columns), page.px(2), page.px(3));
  double y = r.top();
  text.draw(p, QPointF(r.left(), y + text.ascent(titleStyle)), title, titleStyle);
  y += titleH;
  // Header: name over unit, on a grey band.
  grid.drawHeader(y, headH, b, unitStyle, QColor(232, 236, 240));
  y += headH;
  for (int i = 0; i < shownRows; ++i) {
    const CountyStatsTable::Row& row = table.rows[std::size_t(i)];
    const bool highlight = !atlasCounty.isEmpty() && row.cells[0] == atlasCounty;
    if (highlight) grid.fillRow(y, rowH, QColor(255, 240, 180));
    else if (i % 2 == 1) grid.fillRow(y, rowH, QColor(246, 247, 249));
    for (int c = 0; c < statusCol; ++c) grid.drawCell(c, y, rowH, row.cells[c], c == 0 || highlight ? b : s);
    drawStatus(page, grid, y, rowH, row, highlight ? b : s, s);
    y += rowH;
  }
  // Total row between two rules.
  const QPen thin(ink, page.px(0.25));
  grid.rule(y, thin);
  for (int c = 0; c < statusCol; ++c) grid.drawCell(c, y, rowH, table.total.cells[c], b);
  drawStatus(page, grid, y, rowH, table.total, b, s);
  y += rowH;
  grid.rule(y, thin);
  grid.rule(r.top() + titleH, QPen(ink, page.px(0.35)));

  // Note: the status colours and how the figures were computed.
  y += text.lineHeight(noteStyle) * 0.4;
  double x = r.left();
  const double base = y + text.ascent(noteStyle);
  text.draw(p, QPointF(x, base), QStringLiteral("目标状态："), noteStyle);
  x += text.width(QStringLiteral("目标状态："), noteStyle);
  for (int k = 0; k < CountyStatsTable::kStatusCount; ++k) {
    const double radius = text.ascent(noteStyle) * 0.32;
    grid.drawDot(QPointF(x + radius, base - text.ascent(noteStyle) * 0.35), radius,
                 TablePainter::statusColor(QString::fromLatin1(CountyStatsTable::statusKeys()[std::size_t(k)])));
    x += radius * 2 + page.px(0.6);
    const QString name = targetStatusZh(
        targetStatusFromString(QString::fromLatin1(CountyStatsTable::statusKeys()[std::size_t(k)])).value_or(TargetStatus::NoData));
    text.draw(p, QPointF(x, base), name, noteStyle);
    x += text.width(name, noteStyle) + page.px(2.5);
  }
  QString note = QStringLiteral("面积与长度在以本市为中心的 Lambert 等积投影中计算（椭球面真值）；秦岭分区、国家公园等示意性范围的统计值仅供规划参考。");
  if (shownRows < int(table.rows.size())) note += QStringLiteral("另有 %1 个县区未列出。").arg(int(table.rows.size()) - shownRows);
  text.draw(p, QPointF(r.left(), base + text.lineHeight(noteStyle) * 1.1), note, noteStyle);
  page.paintItemFrame(item);
}

}  // namespace planmap
