#include "LabelEngine.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace planmap {
namespace {

constexpr int kCancelEvery = 1024;

bool isWide(QChar c) {
  const char16_t u = c.unicode();
  // CJK, kana, hangul, full-width forms and surrogates (rare ideographs): one em each.
  return u >= 0x2E80;
}

double ringArea(const double* xy, std::uint32_t n, double& cx, double& cy) {
  double a = 0, sx = 0, sy = 0;
  // Relative to the first vertex, so that Gauss–Krüger eastings in the millions keep their precision.
  const double x0 = xy[0], y0 = xy[1];
  for (std::uint32_t i = 0, j = n - 1; i < n; j = i++) {
    const double xi = xy[2 * i] - x0, yi = xy[2 * i + 1] - y0, xj = xy[2 * j] - x0, yj = xy[2 * j + 1] - y0;
    const double cross = xj * yi - xi * yj;
    a += cross;
    sx += (xj + xi) * cross;
    sy += (yj + yi) * cross;
  }
  a *= 0.5;
  if (a != 0) {
    cx = x0 + sx / (6 * a);
    cy = y0 + sy / (6 * a);
  } else {
    cx = x0;
    cy = y0;
  }
  return std::abs(a);
}

}  // namespace

LabelEngine::LabelEngine(const QRectF& viewport, double dpi, double deviceScale)
    : viewport_(viewport), dpi_(dpi), deviceScale_(deviceScale) {
  cell_ = std::max(16.0, dpi / 2);
  columns_ = std::max(1, int(std::ceil(viewport.width() / cell_)));
  rows_ = std::max(1, int(std::ceil(viewport.height() / cell_)));
  grid_.assign(std::size_t(columns_) * rows_, {});
}

bool LabelEngine::polygonAnchor(const FeatureStore& store, std::uint32_t f, double& x, double& y, double& area) {
  double bestArea = -1, bx = 0, by = 0;
  area = 0;
  for (std::uint32_t p = store.partBegin(f); p < store.partEnd(f); ++p) {
    const std::uint32_t n = store.vertexEnd(p) - store.vertexBegin(p);
    if (n < 3) continue;
    double cx, cy;
    const double a = ringArea(store.vertex(store.vertexBegin(p)), n, cx, cy);
    if (store.startsPolygon(p)) {
      area += a;
      if (a > bestArea) {
        bestArea = a;
        bx = cx;
        by = cy;
      }
    } else {
      area -= a;
    }
  }
  if (bestArea < 0) return false;
  if (store.polygonContains(f, bx, by)) {
    x = bx;
    y = by;
    return true;
  }
  // Concave (C-shaped) or holed polygon whose centroid falls outside: take the widest inside span on
  // the horizontal line through the centroid (or through the box centre when that line misses).
  for (double lineY : {by, store.bounds(f).centerY()}) {
    std::vector<double> xs;
    for (std::uint32_t p = store.partBegin(f); p < store.partEnd(f); ++p) {
      const std::uint32_t b = store.vertexBegin(p), e = store.vertexEnd(p);
      if (e - b < 3) continue;
      for (std::uint32_t i = b, j = e - 1; i < e; j = i++) {
        const double* vi = store.vertex(i);
        const double* vj = store.vertex(j);
        if ((vi[1] > lineY) != (vj[1] > lineY)) xs.push_back(vi[0] + (lineY - vi[1]) * (vj[0] - vi[0]) / (vj[1] - vi[1]));
      }
    }
    std::sort(xs.begin(), xs.end());
    double bestWidth = 0;
    for (std::size_t i = 0; i + 1 < xs.size(); i += 2)
      if (xs[i + 1] - xs[i] > bestWidth) {
        bestWidth = xs[i + 1] - xs[i];
        x = (xs[i] + xs[i + 1]) / 2;
        y = lineY;
      }
    if (bestWidth > 0) return true;
  }
  x = bx;
  y = by;
  return true;
}

bool LabelEngine::lineAnchor(const FeatureStore& store, std::uint32_t f, double& x, double& y, double& length) {
  std::uint32_t bestPart = 0;
  double best = -1;
  length = 0;
  for (std::uint32_t p = store.partBegin(f); p < store.partEnd(f); ++p) {
    double l = 0;
    for (std::uint32_t v = store.vertexBegin(p) + 1; v < store.vertexEnd(p); ++v)
      l += std::hypot(store.vertex(v)[0] - store.vertex(v - 1)[0], store.vertex(v)[1] - store.vertex(v - 1)[1]);
    length += l;
    if (l > best) {
      best = l;
      bestPart = p;
    }
  }
  if (best < 0) return false;
  // Walk to half the length of the longest part.
  double remaining = best / 2;
  for (std::uint32_t v = store.vertexBegin(bestPart) + 1; v < store.vertexEnd(bestPart); ++v) {
    const double* a = store.vertex(v - 1);
    const double* b = store.vertex(v);
    const double l = std::hypot(b[0] - a[0], b[1] - a[1]);
    if (l >= remaining && l > 0) {
      x = a[0] + (b[0] - a[0]) * remaining / l;
      y = a[1] + (b[1] - a[1]) * remaining / l;
      return true;
    }
    remaining -= l;
  }
  x = store.vertex(store.vertexBegin(bestPart))[0];
  y = store.vertex(store.vertexBegin(bestPart))[1];
  return true;
}

void LabelEngine::addLayer(const FeatureStore& store, const LabelStyle& style, double markerPx,
                           const std::vector<std::uint32_t>& ids, const PixelMapper& m,
                           const std::atomic<bool>* cancel) {
  const int field = store.attributes().fieldIndex(style.field);
  if (field < 0 || layers_.size() >= 0xFFFF) return;
  LayerInfo info{&store, style, field, QFont(style.fontFamily), 0, 0, 0, 0, 0};
  // Pixel sizes so that the same label is sizePt on paper at any DPI; no hinting so that the halo
  // outline (a path) and the drawn glyphs coincide.
  info.font.setPixelSize(std::max(1, int(std::lround(style.sizePt * dpi_ / 72.0))));
  info.font.setBold(style.bold);
  info.font.setHintingPreference(QFont::PreferNoHinting);
  // Metrics measured once per layer; per candidate only the character count is used.
  const QFontMetricsF fm(info.font);
  info.ascent = fm.ascent();
  info.descent = fm.descent();
  info.cjkAdvance = fm.horizontalAdvance(QStringLiteral("中"));
  info.latinAdvance = fm.horizontalAdvance(QStringLiteral("0123456789")) / 10.0;
  info.haloPx = style.haloMm > 0 && style.halo.alpha() > 0 ? style.haloMm * dpi_ / 25.4 : 0;
  info.accuracy = store.attributes().fieldIndex(QStringLiteral("accuracy"));
  info.language = FeatureDisplayName::uiLanguage();
  const auto layerIndex = static_cast<std::uint16_t>(layers_.size());
  layers_.push_back(info);
  markerOffsets_.push_back(markerPx / 2 + dpi_ / 25.4);  // 1 mm beyond the marker's edge

  candidates_.reserve(candidates_.size() + ids.size());
  std::size_t i = 0;
  for (std::uint32_t f : ids) {
    if (cancel && (++i % kCancelEvery) == 0 && cancel->load(std::memory_order_relaxed)) return;
    double x = 0, y = 0, weight = 0;
    std::uint8_t kind = 0;
    bool ok = false;
    switch (store.geometryType(f)) {
      case GeometryType::Polygon:
        ok = polygonAnchor(store, f, x, y, weight);
        break;
      case GeometryType::Line:
        ok = lineAnchor(store, f, x, y, weight);
        break;
      case GeometryType::Point:
        if (store.partEnd(f) > store.partBegin(f)) {
          const double* v = store.vertex(store.vertexBegin(store.partBegin(f)));
          x = v[0];
          y = v[1];
          kind = 1;
          ok = true;
        }
        break;
      case GeometryType::None:
        break;
    }
    if (!ok) continue;
    const double px = m.x(x), py = m.y(y);
    if (!viewport_.contains(px, py)) continue;
    candidates_.push_back(Candidate{float(px), float(py), float(weight), f, layerIndex, kind, style.priority});
  }
}

QRectF LabelEngine::rectFor(const Candidate& c, double width) const {
  const LayerInfo& l = layers_[c.layer];
  const double h = l.ascent + l.descent;
  const double pad = l.haloPx;
  if (c.kind == 1) {
    const double left = c.x + markerOffsets_[c.layer];
    return QRectF(left - pad, c.y - h / 2 - pad, width + 2 * pad, h + 2 * pad);
  }
  return QRectF(c.x - width / 2 - pad, c.y - h / 2 - pad, width + 2 * pad, h + 2 * pad);
}

bool LabelEngine::collides(const QRectF& r) const {
  const int c0 = std::max(0, int(r.left() / cell_)), c1 = std::min(columns_ - 1, int(r.right() / cell_));
  const int r0 = std::max(0, int(r.top() / cell_)), r1 = std::min(rows_ - 1, int(r.bottom() / cell_));
  for (int row = r0; row <= r1; ++row)
    for (int col = c0; col <= c1; ++col)
      for (std::uint32_t i : grid_[std::size_t(row) * columns_ + col])
        if (placed_[i].intersects(r)) return true;
  return false;
}

void LabelEngine::insert(const QRectF& r) {
  const auto index = static_cast<std::uint32_t>(placed_.size());
  placed_.push_back(r);
  const int c0 = std::max(0, int(r.left() / cell_)), c1 = std::min(columns_ - 1, int(r.right() / cell_));
  const int r0 = std::max(0, int(r.top() / cell_)), r1 = std::min(rows_ - 1, int(r.bottom() / cell_));
  for (int row = r0; row <= r1; ++row)
    for (int col = c0; col <= c1; ++col) grid_[std::size_t(row) * columns_ + col].push_back(index);
}

bool LabelEngine::placeAndDraw(QPainter& painter, const std::atomic<bool>* cancel, RenderStats& stats) {
  stats.labelsCandidates += static_cast<long long>(candidates_.size());
  // Higher priority first; then bigger features (their labels say more); then drawing order.
  std::stable_sort(candidates_.begin(), candidates_.end(), [](const Candidate& a, const Candidate& b) {
    if (a.priority != b.priority) return a.priority > b.priority;
    return a.weight > b.weight;
  });

  struct Placed {
    QPointF baseline;
    QString text;
    std::uint16_t layer;
  };
  std::vector<Placed> toDraw;
  std::size_t i = 0;
  for (const Candidate& c : candidates_) {
    if (cancel && (++i % kCancelEvery) == 0 && cancel->load(std::memory_order_relaxed)) return false;
    const LayerInfo& l = layers_[c.layer];
    // Cheap pre-test: the text is fetched (an implicitly shared QString) but not shaped.
    QString text = l.store->attributes().text(c.row, l.field).trimmed();
    if (text.isEmpty()) continue;
    if (l.accuracy >= 0) text = FeatureDisplayName::decorate(text, l.store->attributes().text(c.row, l.accuracy), l.language);
    double estimate = 0;
    for (QChar ch : text) estimate += isWide(ch) ? l.cjkAdvance : l.latinAdvance;
    const QRectF guess = rectFor(c, estimate * 0.95);
    if (!viewport_.contains(guess) || collides(guess)) continue;
    // A likely winner: shape it once and test the true rectangle.
    const double width = QFontMetricsF(l.font).horizontalAdvance(text);
    const QRectF rect = rectFor(c, width);
    if (!viewport_.contains(rect) || collides(rect)) continue;
    insert(rect);
    const double left = rect.left() + l.haloPx;
    const double baseline = rect.top() + l.haloPx + l.ascent;
    toDraw.push_back(Placed{QPointF(left, baseline), text, c.layer});
  }

  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  painter.setBrush(Qt::NoBrush);
  // Raster targets draw the halo as the text repeated on a circle of offsets (glyphs come from Qt's
  // glyph cache: ~50x cheaper than stroking CJK outlines, which cost milliseconds a label). Vector
  // targets (PDF) stroke the glyph outlines with a round-joined pen instead, so the PDF holds the
  // text once and stays searchable.
  const bool raster = painter.device() && painter.device()->devType() == QInternal::Image;
  QPainterPath path;
  for (const Placed& p : toDraw) {
    const LayerInfo& l = layers_[p.layer];
    painter.setFont(l.font);
    if (l.haloPx > 0 && raster) {
      painter.setPen(l.style.halo);
      // Enough directions that the gaps between copies stay under a tenth of a pixel.
      const int steps = std::clamp(int(std::ceil(l.haloPx * deviceScale_ * 4)), 8, 24);
      for (int k = 0; k < steps; ++k) {
        const double a = 2 * M_PI * k / steps;
        painter.drawText(p.baseline + QPointF(l.haloPx * std::cos(a), l.haloPx * std::sin(a)), p.text);
      }
      // Fill the inside of the ring of copies too, for thick halos.
      if (l.haloPx > 1.5)
        for (int k = 0; k < 8; ++k) {
          const double a = 2 * M_PI * k / 8;
          painter.drawText(p.baseline + QPointF(0.5 * l.haloPx * std::cos(a), 0.5 * l.haloPx * std::sin(a)), p.text);
        }
    } else if (l.haloPx > 0) {
      path.clear();
      path.addText(p.baseline, l.font, p.text);
      QPen haloPen(l.style.halo, 2 * l.haloPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
      painter.strokePath(path, haloPen);
    }
    painter.setPen(l.style.color);
    painter.drawText(p.baseline, p.text);
  }
  painter.restore();
  stats.labelsPlaced += static_cast<long long>(toDraw.size());
  return true;
}

}  // namespace planmap
