#include "ScaleBarPainter.h"

#include "NiceNumbers.h"

namespace planmap {

void ScaleBarPainter::paint(PageCanvas& page, const LayoutItem& item, const ScaleBarItem& scaleBar) {
  const ResolvedFrame* f = page.frame(scaleBar.mapId);
  if (!f) return;
  QPainter& p = page.p;
  const LayoutText& text = page.text;
  const QColor& ink = PageCanvas::ink();
  const QRectF r = page.pxRect(item.rectMm);
  const double scale = f->scale();
  const TextStyle s{item.fontSizePt, false, ink};
  const QString unit = QStringLiteral("km");
  const double labelRoom = text.width(QStringLiteral("0000 km"), s);
  const NiceNumbers::ScaleBar bar = NiceNumbers::scaleBar(scale, (item.rectMm.width() - labelRoom * 25.4 / page.dpi - 2), 4);
  if (bar.segments <= 0) return;
  const double segPx = page.px(bar.segmentMm);
  const double barH = page.px(1.6);
  const double x0 = r.left() + page.px(1);
  const double labelBase = r.top() + text.ascent(s) + page.px(0.5);
  const double y0 = labelBase + text.descent(s) + page.px(0.8);
  p.save();
  p.setPen(QPen(ink, page.px(0.2)));
  for (int i = 0; i < bar.segments; ++i) {
    p.setBrush(i % 2 == 0 ? ink : QColor(Qt::white));
    p.drawRect(QRectF(x0 + i * segPx, y0, segPx, barH));
  }
  p.restore();
  for (int i = 0; i <= bar.segments; ++i) {
    QString label = NiceNumbers::km(bar.segmentKm * i);
    const double w = text.width(label, s);
    text.draw(p, QPointF(x0 + i * segPx - w / 2, labelBase), label, s);
  }
  text.draw(p, QPointF(x0 + bar.segments * segPx + page.px(1.5) + text.width(NiceNumbers::km(bar.segmentKm * bar.segments), s) / 2,
                       y0 + barH), unit, s);
  const QString ratio = NiceNumbers::scaleText(scale);
  text.draw(p, QPointF(x0, y0 + barH + page.px(1) + text.ascent(s)), ratio, s);
  page.paintItemFrame(item);
}

}  // namespace planmap
