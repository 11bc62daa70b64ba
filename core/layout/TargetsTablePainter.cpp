#include "TargetsTablePainter.h"

#include "TablePainter.h"

#include <algorithm>

namespace planmap {

void TargetsTablePainter::paint(PageCanvas& page, const LayoutItem& item, const TargetsTableItem& table) {
  const ResolvedFrame* f = page.frame(table.mapId);
  if (!f) return;
  const QColor& ink = PageCanvas::ink();
  const LayoutText& text = page.text;
  const QRectF r = page.pxRect(item.rectMm);
  std::vector<TargetRow> rows;
  if (page.context.targets) rows = page.context.targets->rowsFor(f->contents.features);
  page.targetRows = int(rows.size());
  const TextStyle s{item.fontSizePt, false, ink};
  const TextStyle head{item.fontSizePt, true, ink};
  const TextStyle grey{item.fontSizePt, false, QColor(110, 110, 110)};
  const TextStyle titleStyle{item.fontSizePt * 1.2, true, ink};
  const double rowH = text.lineHeight(s) * 1.25;
  const QString title = item.text.isEmpty() ? QStringLiteral("规划目标（与图中要素关联）") : page.expand(item.text);
  double y = r.top();
  text.draw(page.p, QPointF(r.left(), y + text.ascent(titleStyle)), title, titleStyle);
  y += text.lineHeight(titleStyle) * 1.2;

  static const double kWidths[] = {0.36, 0.19, 0.09, 0.19, 0.17};
  static const char* kHeaders[] = {"指标", "目标值", "期限", "最新进展", "状态"};
  std::vector<TableColumn> columns;
  for (int c = 0; c < 5; ++c) columns.push_back({QString::fromUtf8(kHeaders[c]), QString(), kWidths[c] * r.width(), false});
  const TablePainter grid(page, r, std::move(columns), page.px(0.8), page.px(1.6));
  grid.drawHeader(y, rowH, head, s, QColor(235, 235, 235));
  y += rowH;
  if (rows.empty()) {
    text.draw(page.p, QPointF(r.left() + page.px(0.8), grid.baseline(y, rowH, grey)), QStringLiteral("图中要素暂无关联的量化目标"), grey);
    page.paintItemFrame(item);
    return;
  }
  const int fit = std::max(1, int((r.bottom() - y) / rowH));
  int shown = std::min({int(rows.size()), table.maxRows, fit});
  if (shown < int(rows.size()) && shown == fit) shown = std::max(0, fit - 1);  // keep a line for "另有 N 项"
  const QPen rulePen(QColor(200, 200, 200), page.px(0.15));
  const int statusColumn = 4;
  for (int i = 0; i < shown; ++i) {
    const TargetRow& row = rows[std::size_t(i)];
    const QString cells[] = {row.indicator, row.value, row.deadline, row.latest};
    for (int c = 0; c < statusColumn; ++c) grid.drawCell(c, y, rowH, cells[c], s);
    // Status: a dot in the status colour, then the word.
    const double x = grid.columnX(statusColumn) + page.px(0.8);
    grid.drawDot(QPointF(x + page.px(1), y + rowH / 2), page.px(1), TablePainter::statusColor(row.statusKey));
    const double w = grid.columnWidth(statusColumn) - page.px(1.6) - page.px(2.8);
    text.draw(page.p, QPointF(x + page.px(2.8), grid.baseline(y, rowH, s)), text.elided(row.status, s, w), s);
    y += rowH;
    grid.rule(y, rulePen);
  }
  if (shown < int(rows.size()))
    text.draw(page.p, QPointF(r.left() + page.px(0.8), grid.baseline(y, rowH, grey)),
              QStringLiteral("另有 %1 项关联目标未列出").arg(int(rows.size()) - shown), grey);
  page.paintItemFrame(item);
}

}  // namespace planmap
