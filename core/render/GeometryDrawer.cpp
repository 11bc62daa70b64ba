#include "GeometryDrawer.h"

#include <algorithm>
#include <cmath>

namespace planmap {
namespace {

// Sutherland–Hodgman against one edge of the clip rectangle.
template <typename Inside, typename Cut>
void clipEdge(const std::vector<QPointF>& in, std::vector<QPointF>& out, Inside inside, Cut cut) {
  out.clear();
  const std::size_t n = in.size();
  for (std::size_t i = 0; i < n; ++i) {
    const QPointF& a = in[(i + n - 1) % n];
    const QPointF& b = in[i];
    const bool ia = inside(a), ib = inside(b);
    if (ib) {
      if (!ia) out.push_back(cut(a, b));
      out.push_back(b);
    } else if (ia) {
      out.push_back(cut(a, b));
    }
  }
}

constexpr int kCancelEvery = 256;
constexpr std::size_t kComplexVertices = 20000;  // below this Qt's antialiased fill always copes

// Scales the painter to the drawer's units for one draw call and back.
class UnitScope {
 public:
  UnitScope(QPainter& painter, double units) : painter_(painter), active_(units != 1) {
    if (!active_) return;
    painter_.save();
    painter_.scale(1 / units, 1 / units);
  }
  ~UnitScope() {
    if (active_) painter_.restore();
  }
  UnitScope(const UnitScope&) = delete;
  UnitScope& operator=(const UnitScope&) = delete;

 private:
  QPainter& painter_;
  bool active_;
};

}  // namespace

GeometryDrawer::GeometryDrawer(const FeatureStore& store, const SymbolPainter& symbols, const PixelMapper& mapper,
                               double tolerancePx, const QRectF& viewport)
    : store_(store), symbols_(symbols), m_(mapper), tol_(tolerancePx), viewport_(viewport) {
  // Qt's rasteriser works in fixed point; coordinates beyond ~2^20 px wrap or are dropped, which
  // happens when zoomed far into a big polygon. Clipping to a generous margin keeps them small.
  const double margin = std::max(viewport.width(), viewport.height()) + 1000;
  clipRect_ = viewport.adjusted(-margin, -margin, margin, margin);
  path_.setFillRule(Qt::OddEvenFill);
}

void GeometryDrawer::setFixedPointUnits(double unitsPerPixel) {
  if (!(unitsPerPixel > 1)) return;
  units_ = unitsPerPixel;
  round_ = true;
  m_.sx *= units_;
  m_.sy *= units_;
  m_.ox *= units_;
  m_.oy *= units_;
  // Whole units: a vertex that rounds onto the last kept one is dropped anyway.
  tol_ = std::max(tol_ * units_, 1.0);
  const QTransform scale = QTransform::fromScale(units_, units_);
  viewport_ = scale.mapRect(viewport_);
  clipRect_ = scale.mapRect(clipRect_);
}

QPen GeometryDrawer::scaledPen(const QPen& pen) const {
  if (units_ == 1 || pen.style() == Qt::NoPen || pen.isCosmetic()) return pen;
  QPen scaled = pen;
  scaled.setWidthF(pen.widthF() * units_);
  return scaled;
}

void GeometryDrawer::appendPart(std::uint32_t part, bool closed) {
  const std::uint32_t b = store_.vertexBegin(part), e = store_.vertexEnd(part);
  if (b == e) return;
  const double* xy = store_.vertex(b);
  const std::size_t start = points_.size();
  const bool r = round_;
  auto X = [&](double v) { return r ? std::round(m_.x(v)) : m_.x(v); };
  auto Y = [&](double v) { return r ? std::round(m_.y(v)) : m_.y(v); };
  double lx = X(xy[0]), ly = Y(xy[1]);
  points_.emplace_back(lx, ly);
  const std::uint32_t n = e - b;
  for (std::uint32_t i = 1; i < n; ++i) {
    const double px = X(xy[2 * i]), py = Y(xy[2 * i + 1]);
    if (std::abs(px - lx) < tol_ && std::abs(py - ly) < tol_) continue;
    lx = px;
    ly = py;
    points_.emplace_back(px, py);
  }
  // A line keeps its true end point even when it fell within the tolerance of the last kept one.
  if (!closed && n > 1) {
    const double px = X(xy[2 * (n - 1)]), py = Y(xy[2 * (n - 1) + 1]);
    if (points_.back() != QPointF(px, py)) points_.emplace_back(px, py);
  }
  // Rings: drop the closing vertex (drawPolygon closes) when it repeats the first.
  if (closed && points_.size() - start > 1 && points_.back() == points_[start]) points_.pop_back();
  const int size = static_cast<int>(points_.size() - start);
  if (closed && size < 3) {
    points_.resize(start);  // collapsed ring (a hole or a sliver smaller than a pixel)
    return;
  }
  ringSizes_.push_back(size);
}

GeometryDrawer::Shape GeometryDrawer::simplify(std::uint32_t f) {
  points_.clear();
  ringSizes_.clear();
  const Extent& b = store_.bounds(f);
  if (b.isEmpty()) return Shape::Skip;
  const double w = b.width() * std::abs(m_.sx), h = b.height() * std::abs(m_.sy);
  const GeometryType type = store_.geometryType(f);
  if (type != GeometryType::Point && w < units_ && h < units_)
    return type == GeometryType::Polygon ? Shape::Dot : Shape::Skip;
  const bool closed = type == GeometryType::Polygon;
  for (std::uint32_t p = store_.partBegin(f); p < store_.partEnd(f); ++p) appendPart(p, closed);
  if (points_.empty()) return type == GeometryType::Polygon ? Shape::Dot : Shape::Skip;
  if (closed && (w > clipRect_.width() || h > clipRect_.height())) clipRingsToViewport();
  return points_.empty() ? Shape::Skip : Shape::Path;
}

void GeometryDrawer::clipRingsToViewport() {
  std::vector<QPointF> all;
  std::vector<int> sizes;
  std::vector<QPointF> ring, tmp;
  const QRectF r = clipRect_;
  std::size_t offset = 0;
  for (int size : ringSizes_) {
    ring.assign(points_.begin() + offset, points_.begin() + offset + size);
    offset += size;
    clipEdge(ring, tmp, [&](const QPointF& p) { return p.x() >= r.left(); },
             [&](const QPointF& a, const QPointF& c) {
               const double t = (r.left() - a.x()) / (c.x() - a.x());
               return QPointF(r.left(), a.y() + t * (c.y() - a.y()));
             });
    clipEdge(tmp, ring, [&](const QPointF& p) { return p.x() <= r.right(); },
             [&](const QPointF& a, const QPointF& c) {
               const double t = (r.right() - a.x()) / (c.x() - a.x());
               return QPointF(r.right(), a.y() + t * (c.y() - a.y()));
             });
    clipEdge(ring, tmp, [&](const QPointF& p) { return p.y() >= r.top(); },
             [&](const QPointF& a, const QPointF& c) {
               const double t = (r.top() - a.y()) / (c.y() - a.y());
               return QPointF(a.x() + t * (c.x() - a.x()), r.top());
             });
    clipEdge(tmp, ring, [&](const QPointF& p) { return p.y() <= r.bottom(); },
             [&](const QPointF& a, const QPointF& c) {
               const double t = (r.bottom() - a.y()) / (c.y() - a.y());
               return QPointF(a.x() + t * (c.x() - a.x()), r.bottom());
             });
    if (ring.size() >= 3) {
      all.insert(all.end(), ring.begin(), ring.end());
      sizes.push_back(static_cast<int>(ring.size()));
    }
  }
  points_.swap(all);
  ringSizes_.swap(sizes);
}

void GeometryDrawer::drawShape(QPainter& painter, std::uint32_t f, const PreparedSymbol& symbol, bool schematic) {
  const GeometryType type = store_.geometryType(f);
  if (type == GeometryType::Point) {
    for (const QPointF& p : points_) {
      if (!clipRect_.contains(p)) continue;
      SymbolPainter::drawMarker(painter, p, symbol.marker, symbol.markerPx * units_);
    }
    vertices_ += static_cast<long long>(points_.size());
    return;
  }
  vertices_ += static_cast<long long>(points_.size());
  if (type == GeometryType::Line) {
    std::size_t offset = 0;
    for (int size : ringSizes_) {
      if (size >= 2) painter.drawPolyline(points_.data() + offset, size);
      offset += static_cast<std::size_t>(size);
    }
    return;
  }
  const bool hatch = symbol.hatch.style() != Qt::NoBrush;
  // Qt's antialiasing rasteriser keeps its cells in a fixed pool: a ring that doubles back on
  // itself at every pixel (a 2 M-vertex zig-zag) overflows it, prints "Polygon too complex for
  // filling." per band, leaves white stripes and takes minutes. Far more vertices than pixels
  // along the outline cannot show as detail anyway, so such a shape is filled by the aliased
  // scanline rasteriser, which has no such limit.
  const Extent& b = store_.bounds(f);
  const double outlinePx = (b.width() * std::abs(m_.sx) + b.height() * std::abs(m_.sy)) / units_;
  const bool tooComplex = points_.size() > kComplexVertices && double(points_.size()) > 8 * outlinePx;
  struct Restore {
    QPainter* p = nullptr;
    ~Restore() {
      if (p) p->setRenderHint(QPainter::Antialiasing, true);
    }
  } restore;
  if (tooComplex && painter.testRenderHint(QPainter::Antialiasing)) {
    painter.setRenderHint(QPainter::Antialiasing, false);
    restore.p = &painter;
  }
  if (ringSizes_.size() == 1 && !hatch) {
    painter.drawPolygon(points_.data(), ringSizes_[0], Qt::OddEvenFill);
    return;
  }
  // Holes and multipolygons: one path so the odd-even rule cuts the holes out of the fill.
  path_.clear();
  path_.setFillRule(Qt::OddEvenFill);
  std::size_t offset = 0;
  for (int size : ringSizes_) {
    path_.moveTo(points_[offset]);
    for (int i = 1; i < size; ++i) path_.lineTo(points_[offset + i]);
    path_.closeSubpath();
    offset += static_cast<std::size_t>(size);
  }
  if (!hatch) {
    painter.drawPath(path_);
    return;
  }
  // Hatching lies over the fill: fill, then the pattern, then the outline on top of both.
  const QPen pen = painter.pen();
  const QBrush brush = painter.brush();
  painter.fillPath(path_, brush);
  painter.fillPath(path_, symbol.hatch);
  painter.strokePath(path_, pen);
}

bool GeometryDrawer::draw(QPainter& painter, const std::uint32_t* ids, std::size_t count,
                          const std::atomic<bool>* cancel, RenderStats& stats) {
  vertices_ = 0;
  long long features = 0;
  currentSymbol_ = -2;
  currentMode_ = -1;
  bool completed = true;
  UnitScope scope(painter, units_);
  for (std::size_t i = 0; i < count; ++i) {
    if (cancel && (i % kCancelEvery) == 0 && cancel->load(std::memory_order_relaxed)) {
      completed = false;
      break;
    }
    const std::uint32_t f = ids[i];
    const Shape shape = simplify(f);
    if (shape == Shape::Skip) continue;
    const int si = symbols_.symbolIndex(f);
    const PreparedSymbol& symbol = symbols_.symbol(si);
    const int look = symbols_.look(f);
    ++features;
    if (shape == Shape::Dot) {
      // One device-pixel-sized square in the outline colour: cheaper than a path and looks the same.
      const Extent& b = store_.bounds(f);
      const double x = m_.x(b.centerX()), y = m_.y(b.centerY());
      if (currentMode_ != 0) {
        painter.setPen(Qt::NoPen);
        currentMode_ = 0;
        currentSymbol_ = -2;
      }
      painter.fillRect(QRectF(x - 0.5 * units_, y - 0.5 * units_, units_, units_), symbol.dotColor);
      ++vertices_;
      continue;
    }
    if (currentMode_ != 1 || si != currentSymbol_ || look != currentLook_) {
      painter.setPen(scaledPen(symbols_.penFor(symbol, look)));
      painter.setBrush(store_.geometryType(f) == GeometryType::Line ? QBrush(Qt::NoBrush) : symbols_.fillFor(symbol, look));
      currentSymbol_ = si;
      currentLook_ = look;
      currentMode_ = 1;
    }
    drawShape(painter, f, symbol, look != 0);
  }
  stats.featuresDrawn += features;
  stats.verticesDrawn += vertices_;
  return completed;
}

void GeometryDrawer::drawHighlighted(QPainter& painter, const std::vector<std::uint32_t>& ids, const QPen& pen,
                                     const QBrush& brush, RenderStats& stats) {
  UnitScope scope(painter, units_);
  painter.setPen(scaledPen(pen));
  vertices_ = 0;
  for (std::uint32_t f : ids) {
    if (f >= store_.featureCount()) continue;
    Shape shape = simplify(f);
    if (shape == Shape::Skip) continue;
    const GeometryType type = store_.geometryType(f);
    if (shape == Shape::Dot) {
      const Extent& b = store_.bounds(f);
      const QPointF c(m_.x(b.centerX()), m_.y(b.centerY()));
      painter.setBrush(brush);
      painter.drawEllipse(c, pen.widthF() * 1.5 * units_, pen.widthF() * 1.5 * units_);
      continue;
    }
    painter.setBrush(type == GeometryType::Line ? QBrush(Qt::NoBrush) : brush);
    if (type == GeometryType::Point) {
      const PreparedSymbol& s = symbols_.symbol(symbols_.symbolIndex(f));
      for (const QPointF& p : points_) SymbolPainter::drawMarker(painter, p, s.marker, (s.markerPx + pen.widthF()) * units_);
      continue;
    }
    PreparedSymbol plain;
    drawShape(painter, f, plain, false);
  }
  stats.verticesDrawn += vertices_;
}

}  // namespace planmap
