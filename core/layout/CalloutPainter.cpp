#include "CalloutPainter.h"

#include "CoordinateTransform.h"

#include <algorithm>

namespace planmap {

void CalloutPainter::paint(PageCanvas& page, const LayoutItem& item, const CalloutItem& callout) {
  const ResolvedFrame* f = page.frame(callout.mapId);
  if (!f) return;
  QPainter& p = page.p;
  const QColor& ink = PageCanvas::ink();
  const Crs anchorCrs = callout.anchorCrs.isEmpty() ? Crs::fromEpsg(4326) : Crs::fromUserInput(callout.anchorCrs);
  auto t = CoordinateTransform::create(anchorCrs, f->crs());
  double x = callout.anchorX, y = callout.anchorY;
  const bool anchored = t && t->transformPoint(x, y) && f->visible.contains(x, y);
  const QRectF box = page.pxRect(item.rectMm);
  const TextStyle s{item.fontSizePt, callout.bold, callout.color};
  const QString text = page.expand(item.text);
  const QRectF inner = box.adjusted(page.px(1.2), page.px(0.8), -page.px(1.2), -page.px(0.8));
  const double needed = page.text.drawBlock(p, inner, text, s, Qt::AlignLeft, false);
  const QRectF plate(box.left(), box.top(), box.width(), std::max(box.height(), needed + page.px(1.6)));
  p.save();
  if (anchored) {
    const QPointF anchor = f->toPage(x, y);
    // The leader leaves the plate at the point of its outline nearest to the anchor.
    const QPointF from(std::clamp(anchor.x(), plate.left(), plate.right()), std::clamp(anchor.y(), plate.top(), plate.bottom()));
    p.setPen(QPen(ink, page.px(0.3)));
    p.drawLine(from, anchor);
    p.setBrush(ink);
    p.drawEllipse(anchor, page.px(0.7), page.px(0.7));
  }
  p.setPen(QPen(ink, page.px(0.25)));
  p.setBrush(item.background.isValid() ? item.background : QColor(255, 255, 255, 235));
  p.drawRect(plate);
  p.restore();
  page.text.drawBlock(p, plate.adjusted(page.px(1.2), page.px(0.8), -page.px(1.2), -page.px(0.8)), text, s, Qt::AlignLeft);
}

}  // namespace planmap
