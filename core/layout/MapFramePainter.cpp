#include "MapFramePainter.h"

#include "CoordinateTransform.h"
#include "GridPainter.h"
#include "MapPainter.h"

#include <algorithm>

namespace planmap {

void MapFramePainter::paint(PageCanvas& page, const LayoutItem& item, const MapFrameItem& map) {
  const ResolvedFrame* f = page.frame(item.id);
  if (!f) return;  // skipped: none of its layers shows anything here
  page.p.save();
  page.p.translate(f->rectPx.topLeft());
  RenderStats stats = MapPainter::paint(page.p, f->settings, page.cancel, page.context.reprojectionCache.get());
  page.p.restore();
  for (const QString& e : stats.errors) page.warn(item, e);
  if (map.grid != GridKind::None) GridPainter::paint(page, *f);
  if (!map.overviewOf.isEmpty())
    if (const ResolvedFrame* of = page.frame(map.overviewOf)) paintOverviewBox(page, *f, *of);
  if (!item.text.isEmpty()) paintCaption(page, *f);
  page.paintItemFrame(item);
}

void MapFramePainter::paintCaption(PageCanvas& page, const ResolvedFrame& f) {
  // Inset caption, top-left inside the frame on a white plate.
  const TextStyle style{std::max(6.0, f.item->fontSizePt), true, PageCanvas::ink()};
  const QString caption = page.expand(f.item->text);
  const double w = page.text.width(caption, style) + page.px(2);
  const QRectF plate(f.rectPx.left(), f.rectPx.top(), w, page.text.lineHeight(style) + page.px(1));
  page.p.fillRect(plate, QColor(255, 255, 255, 230));
  page.text.draw(page.p, QPointF(plate.left() + page.px(1), plate.top() + page.px(0.5) + page.text.ascent(style)), caption,
                 style);
}

void MapFramePainter::paintOverviewBox(PageCanvas& page, const ResolvedFrame& inset, const ResolvedFrame& of) {
  auto t = CoordinateTransform::create(of.crs(), inset.crs());
  if (!t) return;
  const Extent e = of.visible;
  std::vector<std::pair<double, double>> ring;
  constexpr int n = 16;
  for (int i = 0; i < n; ++i) ring.emplace_back(e.minX + e.width() * i / n, e.minY);
  for (int i = 0; i < n; ++i) ring.emplace_back(e.maxX, e.minY + e.height() * i / n);
  for (int i = 0; i < n; ++i) ring.emplace_back(e.maxX - e.width() * i / n, e.maxY);
  for (int i = 0; i <= n; ++i) ring.emplace_back(e.minX, e.maxY - e.height() * i / n);
  const QPolygonF box = GridPainter::projectedLine(ring, t.value(), inset);
  page.p.save();
  page.p.setClipRect(inset.rectPx);
  page.p.setPen(QPen(QColor(214, 39, 40), page.px(0.5)));
  page.p.setBrush(QColor(214, 39, 40, 40));
  page.p.drawPolygon(box);
  page.p.restore();
}

}  // namespace planmap
