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

double GridPainter::interval(const ResolvedFrame& f, bool graticule, double spanX, double spanY) {
  if (f.map->gridIntervalM > 0 && !graticule) return f.map->gridIntervalM;
  if (graticule) return NiceNumbers::graticuleStep(std::min(spanX, spanY), 4);
  // From the scale: the smallest of 1, 2, 5, 10, 20 … km whose lines lie at least 25 mm apart.
  return NiceNumbers::gridIntervalForScale(f.scale(), 25);
}

namespace {

// One label of a grid line: where it goes and the text in one or two sizes.
struct GridLabel {
  QString small, large;  // abbreviated km: leading digits smaller ("35" "12"); else only `large`
};

GridLabel labelOf(double value, bool graticule, bool isX, bool full) {
  if (graticule) return {QString(), NiceNumbers::degreesMinutes(value, isX)};
  const auto [head, tail] = NiceNumbers::kmLabelParts(value);
  return {full ? head : QString(), tail};
}

}  // namespace

void GridPainter::paint(PageCanvas& page, const ResolvedFrame& f) {
  static const QColor kGridColor(60, 60, 60, 150);
  const Crs& crs = f.crs();
  const bool graticule = f.map->grid == GridKind::Graticule;
  const bool outside = f.map->gridLabels == GridLabels::Outside;
  const Crs lineCrs = graticule ? Crs::fromEpsg(4326) : crs;
  auto toFrame = CoordinateTransform::create(lineCrs, crs);
  auto toLines = CoordinateTransform::create(crs, lineCrs);
  if (!toFrame || !toLines) return;
  const Extent bounds = toLines->isIdentity() ? f.visible : toLines->transformBounds(f.visible);
  const double spanX = bounds.width(), spanY = bounds.height();
  const double step = interval(f, graticule, spanX, spanY);
  if (!(step > 0) || spanX / step > 200 || spanY / step > 200) return;

  QPainter& p = page.p;
  const LayoutText& text = page.text;
  const QRectF& r = f.rectPx;
  const double size = outside ? f.item->fontSizePt : 6;
  const TextStyle large{size, false, QColor(40, 40, 40)};
  const TextStyle small{size * 0.72, false, QColor(40, 40, 40)};
  const double pad = page.px(outside ? 1.6 : 0.8), halo = page.px(0.4), tick = page.px(1.2);
  constexpr int kSteps = 48;

  struct Line {
    QPolygonF points;
    double value;
  };
  std::vector<Line> meridians, parallels;  // constant x, constant y
  for (double x = std::ceil(bounds.minX / step) * step; x <= bounds.maxX; x += step) {
    std::vector<std::pair<double, double>> pts;
    for (int i = 0; i <= kSteps; ++i) pts.emplace_back(x, bounds.minY + spanY * i / kSteps);
    meridians.push_back({projectedLine(pts, toFrame.value(), f), x});
  }
  for (double y = std::ceil(bounds.minY / step) * step; y <= bounds.maxY; y += step) {
    std::vector<std::pair<double, double>> pts;
    for (int i = 0; i <= kSteps; ++i) pts.emplace_back(bounds.minX + spanX * i / kSteps, y);
    parallels.push_back({projectedLine(pts, toFrame.value(), f), y});
  }
  p.save();
  p.setClipRect(r);
  p.setPen(QPen(kGridColor, page.px(0.15)));
  for (const Line& l : meridians) p.drawPolyline(l.points);
  for (const Line& l : parallels) p.drawPolyline(l.points);
  p.restore();

  // Labels. Outside: in the band between the inner and outer frames, with a tick; inside: with a halo.
  auto draw = [&](const GridLabel& label, QPointF anchor, int side) {
    // side: 0 bottom, 1 top, 2 left, 3 right. `anchor` is where the line meets the frame.
    const double w = (label.small.isEmpty() ? 0 : text.width(label.small, small)) + text.width(label.large, large);
    const double asc = text.ascent(large), desc = text.descent(large);
    QPointF base;
    switch (side) {
      case 0: base = QPointF(anchor.x() - w / 2, outside ? r.bottom() + pad + asc : r.bottom() - pad - desc); break;
      case 1: base = QPointF(anchor.x() - w / 2, outside ? r.top() - pad - desc : r.top() + pad + asc); break;
      case 2: base = QPointF(outside ? r.left() - pad - w : r.left() + pad, anchor.y() + (asc - desc) / 2); break;
      default: base = QPointF(outside ? r.right() + pad : r.right() - pad - w, anchor.y() + (asc - desc) / 2); break;
    }
    const QRectF box(base.x(), base.y() - asc, w, asc + desc);
    if (outside) {
      p.save();
      p.setPen(QPen(PageCanvas::ink(), page.px(0.15)));
      if (side == 0) p.drawLine(anchor, anchor + QPointF(0, tick));
      if (side == 1) p.drawLine(anchor, anchor - QPointF(0, tick));
      if (side == 2) p.drawLine(anchor, anchor - QPointF(tick, 0));
      if (side == 3) p.drawLine(anchor, anchor + QPointF(tick, 0));
      p.restore();
    }
    double x = base.x();
    auto run = [&](const QString& s, const TextStyle& style) {
      if (s.isEmpty()) return;
      if (outside) text.draw(p, QPointF(x, base.y()), s, style);
      else text.drawWithHalo(p, QPointF(x, base.y()), s, style, Qt::white, halo);
      x += text.width(s, style);
    };
    run(label.small, small);
    run(label.large, large);
    return box;
  };
  auto labelSide = [&](const std::vector<Line>& lines, bool isX, int side) {
    // Which lines meet this side, in order along it; the first and last carry the full value.
    std::vector<std::pair<QPointF, double>> hits;
    const bool vertical = side >= 2;
    const double edge = side == 0 ? r.bottom() : side == 1 ? r.top() : side == 2 ? r.left() : r.right();
    for (const Line& l : lines)
      if (auto c = crossing(l.points, edge, vertical)) {
        const double along = vertical ? c->y() : c->x();
        if (along < (vertical ? r.top() : r.left()) - 0.5 || along > (vertical ? r.bottom() : r.right()) + 0.5) continue;
        hits.emplace_back(*c, l.value);
      }
    QRectF last;
    for (std::size_t i = 0; i < hits.size(); ++i) {
      const bool full = i == 0 || i + 1 == hits.size();
      const GridLabel label = labelOf(hits[i].second, graticule, isX, full);
      // Labels that would touch the previous one are left out (the line and its tick stay).
      const double w = text.width(label.small, small) + text.width(label.large, large);
      const double along = vertical ? hits[i].first.y() : hits[i].first.x();
      const double half = vertical ? (text.ascent(large) + text.descent(large)) / 2 : w / 2;
      const double lo = along - half, hi = along + half;
      if (!last.isNull() && lo < (vertical ? last.bottom() : last.right()) + page.px(1)) continue;
      const QRectF box = draw(label, hits[i].first, side);
      last = vertical ? QRectF(0, lo, 1, hi - lo) : QRectF(lo, 0, hi - lo, 1);
      (void)box;
    }
  };
  p.save();
  if (!outside) p.setClipRect(r);
  labelSide(meridians, true, 0);
  labelSide(meridians, true, 1);
  labelSide(parallels, false, 2);
  labelSide(parallels, false, 3);
  p.restore();
}

}  // namespace planmap
