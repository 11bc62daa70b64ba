#include "PageCanvas.h"

namespace planmap {

const QColor& PageCanvas::ink() {
  static const QColor kInk(34, 34, 34);
  return kInk;
}

const ResolvedFrame* PageCanvas::frame(const QString& id) const {
  for (const ResolvedFrame& f : frames)
    if (f.item->id == id && !f.skipped) return &f;
  return nullptr;
}

void PageCanvas::paintItemFrame(const LayoutItem& item) {
  if (!item.frame) return;
  p.save();
  p.setPen(QPen(ink(), px(0.25)));
  p.setBrush(Qt::NoBrush);
  p.drawRect(pxRect(item.rectMm));
  p.restore();
}

}  // namespace planmap
