#include "GridPainter.h"

#include "CoordinateTransform.h"
#include "NiceNumbers.h"

#include <cmath>

namespace planmap {

QPolygonF GridPainter::projectedLine(const std::vector<std::pair<double, double>>& points, const CoordinateTransform& t,
                                     const ResolvedFrame& f) {
  QPolygonF out;
  for (auto [x, y] : points)
    if (t.transformPoint(x, y)) out << f.toPage(x, y);
  return out;
}

std::optional<QPointF> GridPainter::crossing(const QPolygonF& line, double edge, bool vertical) {
  for (qsizetype i = 1; i < line.size(); ++i) {
    const QPointF a = line[i - 1], b = line[i];
    const double va = vertical ? a.x() : a.y(), vb = vertical ? b.x() : b.y();
    if ((va - edge) * (vb - edge) <= 0 && va != vb) {
      const double t = (edge - va) / (vb - va);
      return a + (b - a) * t;
    }
  }
  return std::nullopt;
}

void GridPainter::paint(PageCanvas& page, const ResolvedFrame& f) {
  static const QColor kGridColor(60, 60, 60, 150);
  const Crs& crs = f.crs();
  const bool graticule = f.map->grid == GridKind::Graticule;
  const Crs lineCrs = graticule ? Crs::fromEpsg(4326) : crs;
  auto toFrame = CoordinateTransform::create(lineCrs, crs);
  auto toLines = CoordinateTransform::create(crs, lineCrs);
  if (!toFrame || !toLines) return;
  const Extent bounds = toLines->isIdentity() ? f.visible : toLines->transformBounds(f.visible);
  const double spanX = bounds.width(), spanY = bounds.height();
  const double stepX = graticule ? NiceNumbers::graticuleStep(spanX, 4) : NiceNumbers::gridStep(spanX, 4);
  const double stepY = graticule ? NiceNumbers::graticuleStep(spanY, 4) : NiceNumbers::gridStep(spanY, 4);
  if (!(stepX > 0) || !(stepY > 0)) return;
  auto label = [&](double v, bool isX) {
    if (graticule) return NiceNumbers::degreesMinutes(v, isX);
    return NiceNumbers::km(v / 1000) + QStringLiteral(" km");
  };

  QPainter& p = page.p;
  const LayoutText& text = page.text;
  p.save();
  p.setClipRect(f.rectPx);
  p.setPen(QPen(kGridColor, page.px(0.15)));
  const TextStyle style{6, false, QColor(40, 40, 40)};
  const double pad = page.px(0.8), halo = page.px(0.4);
  constexpr int kSteps = 48;
  // Lines of constant x (meridians): labelled where they leave the frame at the bottom and top.
  for (double x = std::ceil(bounds.minX / stepX) * stepX; x <= bounds.maxX; x += stepX) {
    std::vector<std::pair<double, double>> pts;
    for (int i = 0; i <= kSteps; ++i) pts.emplace_back(x, bounds.minY + spanY * i / kSteps);
    const QPolygonF line = projectedLine(pts, toFrame.value(), f);
    p.drawPolyline(line);
    const QString s = label(x, true);
    const double w = text.width(s, style);
    if (auto c = crossing(line, f.rectPx.bottom(), false))
      text.drawWithHalo(p, QPointF(c->x() - w / 2, f.rectPx.bottom() - pad - text.descent(style)), s, style, Qt::white, halo);
    if (auto c = crossing(line, f.rectPx.top(), false))
      text.drawWithHalo(p, QPointF(c->x() - w / 2, f.rectPx.top() + pad + text.ascent(style)), s, style, Qt::white, halo);
  }
  // Lines of constant y (parallels): labelled at the left and right edges.
  for (double y = std::ceil(bounds.minY / stepY) * stepY; y <= bounds.maxY; y += stepY) {
    std::vector<std::pair<double, double>> pts;
    for (int i = 0; i <= kSteps; ++i) pts.emplace_back(bounds.minX + spanX * i / kSteps, y);
    const QPolygonF line = projectedLine(pts, toFrame.value(), f);
    p.drawPolyline(line);
    const QString s = label(y, false);
    const double w = text.width(s, style);
    const double mid = (text.ascent(style) - text.descent(style)) / 2;
    if (auto c = crossing(line, f.rectPx.left(), true))
      text.drawWithHalo(p, QPointF(f.rectPx.left() + pad, c->y() + mid), s, style, Qt::white, halo);
    if (auto c = crossing(line, f.rectPx.right(), true))
      text.drawWithHalo(p, QPointF(f.rectPx.right() - pad - w, c->y() + mid), s, style, Qt::white, halo);
  }
  p.restore();
}

}  // namespace planmap
