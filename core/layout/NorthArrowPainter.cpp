#include "NorthArrowPainter.h"

#include "CoordinateTransform.h"

#include <QPolygonF>
#include <algorithm>
#include <cmath>

namespace planmap {

double NorthArrowPainter::trueNorthDegrees(const ResolvedFrame& f) {
  auto toGeo = CoordinateTransform::create(f.crs(), Crs::fromEpsg(4326));
  auto fromGeo = CoordinateTransform::create(Crs::fromEpsg(4326), f.crs());
  double x = f.visible.centerX(), y = f.visible.centerY();
  if (!toGeo || !fromGeo || !toGeo->transformPoint(x, y)) return 0;
  double x1 = x, y1 = y + 0.05, x0 = x, y0 = y;
  if (!fromGeo->transformPoint(x0, y0) || !fromGeo->transformPoint(x1, y1)) return 0;
  const QPointF a = f.settings.toPixel(x0, y0), b = f.settings.toPixel(x1, y1);
  return std::atan2(b.x() - a.x(), a.y() - b.y()) * 180 / M_PI;
}

void NorthArrowPainter::paint(PageCanvas& page, const LayoutItem& item, const NorthArrowItem& arrow) {
  const ResolvedFrame* f = page.frame(arrow.mapId);
  QPainter& p = page.p;
  const QColor& ink = PageCanvas::ink();
  const QRectF r = page.pxRect(item.rectMm);
  const double angle = f ? trueNorthDegrees(*f) : 0;
  const TextStyle s{item.fontSizePt > 0 ? item.fontSizePt : 10, true, ink};
  const double letterH = page.text.lineHeight(s);
  const double h = r.height() - letterH;
  const double w = std::min(r.width() * 0.5, h * 0.45);
  p.save();
  p.translate(r.center().x(), r.top() + letterH + h / 2);
  p.rotate(angle);
  QPolygonF left, right;
  left << QPointF(0, -h / 2) << QPointF(-w / 2, h / 2) << QPointF(0, h * 0.28);
  right << QPointF(0, -h / 2) << QPointF(w / 2, h / 2) << QPointF(0, h * 0.28);
  p.setPen(QPen(ink, page.px(0.25), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
  p.setBrush(ink);
  p.drawPolygon(left);
  p.setBrush(Qt::white);
  p.drawPolygon(right);
  p.restore();
  const double nw = page.text.width(QStringLiteral("N"), s);
  page.text.draw(p, QPointF(r.center().x() - nw / 2, r.top() + page.text.ascent(s)), QStringLiteral("N"), s);
  page.paintItemFrame(item);
}

}  // namespace planmap
