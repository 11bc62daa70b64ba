#include "TablePainter.h"

#include "TargetStatus.h"

namespace planmap {

QColor TablePainter::statusColor(const QString& key) {
  return QColor::fromRgba(targetStatusRgba(targetStatusFromString(key).value_or(TargetStatus::NoData)));
}

double TablePainter::columnX(int c) const {
  double x = box_.left();
  for (int i = 0; i < c; ++i) x += columns_[std::size_t(i)].widthPx;
  return x;
}

double TablePainter::baseline(double top, double h, const TextStyle& style) const {
  return top + (h + page_.text.ascent(style) - page_.text.descent(style)) / 2;
}

void TablePainter::drawHeader(double top, double height, const TextStyle& head, const TextStyle& unit, const QColor& band) const {
  page_.p.fillRect(QRectF(box_.left(), top, box_.width(), height), band);
  for (int c = 0; c < columnCount(); ++c) {
    const TableColumn& col = columns_[std::size_t(c)];
    if (col.unit.isEmpty()) {
      drawCell(c, top, height, col.header, head);
    } else {
      drawCell(c, top, height * 0.58, col.header, head);
      drawCell(c, top + height * 0.45, height * 0.55, col.unit, unit);
    }
  }
}

void TablePainter::drawCell(int c, double top, double h, const QString& text, const TextStyle& style) const {
  const TableColumn& col = columns_[std::size_t(c)];
  const QString shown = page_.text.elided(text, style, col.widthPx - elideMargin_);
  const double x = col.numeric ? columnX(c) + col.widthPx - pad_ - page_.text.width(shown, style) : columnX(c) + pad_;
  page_.text.draw(page_.p, QPointF(x, baseline(top, h, style)), shown, style);
}

void TablePainter::fillRow(double top, double h, const QColor& color) const {
  page_.p.fillRect(QRectF(box_.left(), top, box_.width(), h), color);
}

void TablePainter::rule(double y, const QPen& pen) const {
  page_.p.save();
  page_.p.setPen(pen);
  page_.p.drawLine(QPointF(box_.left(), y), QPointF(box_.right(), y));
  page_.p.restore();
}

void TablePainter::drawDot(const QPointF& centre, double radius, const QColor& color) const {
  page_.p.save();
  page_.p.setPen(Qt::NoPen);
  page_.p.setBrush(color);
  page_.p.drawEllipse(centre, radius, radius);
  page_.p.restore();
}

}  // namespace planmap
