#include "LegendPainter.h"

#include "SymbolPainter.h"

#include <QPainterPath>
#include <algorithm>

namespace planmap {

void LegendPainter::paintSwatch(PageCanvas& page, const QRectF& box, const LegendEntry& entry) {
  QPainter& p = page.p;
  const Symbol& s = entry.symbol;
  QPen pen(s.stroke, std::max(page.px(s.strokeWidthMm), 0.5));
  pen.setStyle(entry.outline != Qt::SolidLine ? entry.outline : s.dash);
  if (s.stroke.alpha() == 0 || s.strokeWidthMm <= 0) pen = Qt::NoPen;
  p.save();
  switch (entry.geometry) {
    case GeometryType::Line: {
      p.setPen(pen);
      QPainterPath path;
      path.moveTo(box.left(), box.center().y() + box.height() * 0.2);
      path.cubicTo(box.left() + box.width() * 0.4, box.top(), box.left() + box.width() * 0.6, box.bottom(), box.right(),
                   box.center().y() - box.height() * 0.2);
      p.drawPath(path);
      break;
    }
    case GeometryType::Point: {
      QPen markerPen(s.stroke, std::max(page.px(s.strokeWidthMm), 0.5));
      p.setPen(s.stroke.alpha() ? markerPen : QPen(Qt::NoPen));
      p.setBrush(s.fill);
      SymbolPainter::drawMarker(p, box.center(), s.marker, std::min(page.px(s.markerSizeMm), box.height()));
      break;
    }
    default: {
      const QRectF r = box.adjusted(page.px(0.3), page.px(0.3), -page.px(0.3), -page.px(0.3));
      p.setPen(Qt::NoPen);
      if (s.fill.alpha()) p.fillRect(r, s.fill);
      if (s.hatch != Qt::NoBrush && s.hatch != Qt::SolidPattern) {
        QBrush hatch(s.hatchColor, s.hatch);
        hatch.setTransform(QTransform::fromScale(page.dpi / 96.0, page.dpi / 96.0));
        p.fillRect(r, hatch);
      }
      p.setPen(pen);
      p.setBrush(Qt::NoBrush);
      p.drawRect(r);
      break;
    }
  }
  p.restore();
}

void LegendPainter::paint(PageCanvas& page, const LayoutItem& item, const LegendItem& legend) {
  const ResolvedFrame* f = page.frame(legend.mapId);
  if (!f) return;
  const LayoutText& text = page.text;
  const QColor& ink = PageCanvas::ink();
  const QRectF r = page.pxRect(item.rectMm);
  if (item.background.isValid()) page.p.fillRect(r, item.background);
  const QString title = item.text.isEmpty() ? QStringLiteral("图例") : page.expand(item.text);
  const std::vector<LegendEntry>& entries = f->contents.legend;
  // Shrink the type until every entry fits in as many columns as the box allows.
  double size = item.fontSizePt;
  int columns = 1, perColumn = 1;
  double rowH = 0, titleH = 0;
  const double inner = page.px(2);
  for (;; size *= 0.92) {
    const TextStyle s{size, false, ink};
    rowH = std::max(text.lineHeight(s), page.px(size * 0.5)) * 1.15;
    titleH = text.lineHeight(TextStyle{size * 1.25, true, ink}) * 1.3;
    perColumn = std::max(1, int((r.height() - 2 * inner - titleH) / rowH));
    columns = int((entries.size() + std::size_t(perColumn) - 1) / std::size_t(perColumn));
    double widest = 0;
    for (const LegendEntry& e : entries)
      widest = std::max(widest, text.width(e.text, TextStyle{size, e.kind == LegendEntry::Kind::LayerHeading, ink}));
    const double columnW = widest + page.px(size * 0.55) + page.px(2);
    if ((columns * columnW <= r.width() - 2 * inner && columns >= 1) || size < 4.5) break;
  }
  const TextStyle titleStyle{size * 1.25, true, ink};
  text.draw(page.p, QPointF(r.left() + inner, r.top() + inner + text.ascent(titleStyle)), title, titleStyle);
  const double columnW = (r.width() - 2 * inner) / std::max(1, columns);
  const double swatchW = page.px(size * 0.55), swatchH = page.px(size * 0.36);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const LegendEntry& e = entries[i];
    const int column = int(i) / perColumn, row = int(i) % perColumn;
    const double x = r.left() + inner + column * columnW;
    const double y = r.top() + inner + titleH + row * rowH;
    const bool heading = e.kind == LegendEntry::Kind::LayerHeading;
    const TextStyle s{size, heading, ink};
    const double baseline = y + (rowH + text.ascent(s) - text.descent(s)) / 2;
    if (heading) {
      text.draw(page.p, QPointF(x, baseline), text.elided(e.text, s, columnW - page.px(1)), s);
      continue;
    }
    paintSwatch(page, QRectF(x, y + (rowH - swatchH) / 2, swatchW, swatchH), e);
    text.draw(page.p, QPointF(x + swatchW + page.px(1.5), baseline), text.elided(e.text, s, columnW - swatchW - page.px(2.5)), s);
  }
  page.paintItemFrame(item);
}

}  // namespace planmap
