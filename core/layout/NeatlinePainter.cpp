#include "NeatlinePainter.h"

namespace planmap {

void NeatlinePainter::paint(PageCanvas& page, const LayoutItem& item, const NeatlineItem& neatline) {
  QPainter& p = page.p;
  const QRectF outer = page.pxRect(item.rectMm);
  const double weight = page.px(neatline.weightMm > 0 ? neatline.weightMm : 1.0);
  p.save();
  if (item.background.isValid()) p.fillRect(outer, item.background);
  p.setBrush(Qt::NoBrush);
  p.setPen(QPen(PageCanvas::ink(), weight, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
  // Drawn inside the rectangle, so the frame's outer edge is the item's edge.
  p.drawRect(outer.adjusted(weight / 2, weight / 2, -weight / 2, -weight / 2));
  if (const LayoutItem* map = page.layout.item(neatline.mapId)) {
    const QRectF inner = page.pxRect(map->rectMm);
    const double band = std::max(inner.left() - outer.left(), inner.top() - outer.top());
    p.setPen(QPen(PageCanvas::ink(), page.px(0.2)));
    if (outer.right() - inner.right() > 2 * band)
      p.drawLine(QPointF(inner.right() + band, outer.top()), QPointF(inner.right() + band, outer.bottom()));
    if (outer.bottom() - inner.bottom() > 2 * band)
      p.drawLine(QPointF(outer.left(), inner.bottom() + band), QPointF(outer.right(), inner.bottom() + band));
  }
  p.restore();
}

}  // namespace planmap
