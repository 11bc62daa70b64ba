#pragma once

#include "PageCanvas.h"

#include <vector>

namespace planmap {

// One column of a table on a page: its header (and unit line), width in device pixels, and whether
// its cells are numbers (right-aligned).
struct TableColumn {
  QString header;
  QString unit;
  double widthPx = 0;
  bool numeric = false;
};

// The table drawing the targets table and the county statistics share: column positions, a header
// band (name over unit), cells elided to their column, row bands and rules, status dots. Text goes
// through LayoutText, so every cell stays searchable text in the PDF.
class TablePainter {
 public:
  // `padPx`: space between a column's edge and its text; cells are elided to width − `elideMarginPx`.
  TablePainter(PageCanvas& page, const QRectF& box, std::vector<TableColumn> columns, double padPx, double elideMarginPx)
      : page_(page), box_(box), columns_(std::move(columns)), pad_(padPx), elideMargin_(elideMarginPx) {}

  const std::vector<TableColumn>& columns() const { return columns_; }
  int columnCount() const { return int(columns_.size()); }
  double columnX(int c) const;
  double columnWidth(int c) const { return columns_[std::size_t(c)].widthPx; }
  const QRectF& box() const { return box_; }

  // The baseline that centres one line of `style` in a row from `top` of height `h`.
  double baseline(double top, double h, const TextStyle& style) const;
  // The header band: each column's name, over its unit when it has one.
  void drawHeader(double top, double height, const TextStyle& head, const TextStyle& unit, const QColor& band) const;
  // One cell: numbers right-aligned, text left-aligned, elided to the column.
  void drawCell(int c, double top, double h, const QString& text, const TextStyle& style) const;
  void fillRow(double top, double h, const QColor& color) const;
  void rule(double y, const QPen& pen) const;
  void drawDot(const QPointF& centre, double radius, const QColor& color) const;

  // The colour of a target status word ("achieved", "on_track", "at_risk", "behind"; else no data).
  static QColor statusColor(const QString& key);

 private:
  PageCanvas& page_;
  QRectF box_;
  std::vector<TableColumn> columns_;
  double pad_;
  double elideMargin_;
};

}  // namespace planmap
