#include "TinyFeatureSplatter.h"

#include "FrameBufferPool.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace planmap {
namespace {

void premultiplied(const QColor& c, float out[4]) {
  const float a = float(c.alpha());
  out[0] = float(c.red()) * a / 255.f;
  out[1] = float(c.green()) * a / 255.f;
  out[2] = float(c.blue()) * a / 255.f;
  out[3] = a;
}

// Source-over of a premultiplied colour (0..255 floats) onto an ARGB32_Premultiplied pixel.
inline void blend(QRgb& dst, const float src[4]) {
  const float k = 1.f - src[3] / 255.f;
  const int a = std::min(255, int(src[3] + float(qAlpha(dst)) * k + 0.5f));
  const int r = std::min(a, int(src[0] + float(qRed(dst)) * k + 0.5f));
  const int g = std::min(a, int(src[1] + float(qGreen(dst)) * k + 0.5f));
  const int b = std::min(a, int(src[2] + float(qBlue(dst)) * k + 0.5f));
  dst = qRgba(r, g, b, a);
}

}  // namespace

TinyFeatureSplatter::TinyFeatureSplatter(const FeatureStore& store, const SymbolPainter& symbols,
                                         const PixelMapper& mapper, double deviceScale, const QImage& target)
    : store_(store), symbols_(symbols), m_(mapper), scale_(deviceScale), size_(target.size()),
      dpr_(target.devicePixelRatio()) {
  m_.sx *= scale_;
  m_.sy *= scale_;
  m_.ox *= scale_;
  m_.oy *= scale_;
  clip_ = QRect(QPoint(0, 0), size_);
  tints_.resize(symbols.symbolCount());
  for (std::size_t i = 0; i < symbols.symbolCount(); ++i) {
    const PreparedSymbol& s = symbols.symbol(int(i));
    Tint& t = tints_[i];
    premultiplied(s.fill.style() == Qt::NoBrush ? QColor(Qt::transparent) : s.fill.color(), t.fill);
    const bool pen = s.pen.style() != Qt::NoPen;
    premultiplied(pen ? s.pen.color() : QColor(Qt::transparent), t.outline);
    t.penPx = pen ? float(std::max(1.0 / scale_, s.pen.widthF()) * scale_) : 0.f;
  }
}

void TinyFeatureSplatter::splatOne(QImage& overlay, std::uint32_t f, const Tint& t) const {
  const Extent& b = store_.bounds(f);
  // The box in device pixels, grown by half the pen on each side (the stroke straddles the outline).
  const float half = t.penPx * 0.5f;
  float x0 = float(m_.x(b.minX)) - half, x1 = float(m_.x(b.maxX)) + half;
  float y0 = float(m_.y(b.maxY)) - half, y1 = float(m_.y(b.minY)) + half;
  const float w = x1 - x0, h = y1 - y0;
  // A polygon fills about π/4 of its box; its outline covers perimeter × pen width of that.
  const float inner = std::max(0.f, (w - t.penPx) * (h - t.penPx)) * 0.785f;
  const float outline = std::min(w * h * 0.785f, 2.f * (w + h) * 0.9f * t.penPx);
  const float area = std::max(1e-6f, inner + outline);
  const float share = outline / area;
  float colour[4];
  for (int c = 0; c < 4; ++c) colour[c] = t.outline[c] * share + t.fill[c] * (1.f - share);
  // Each pixel gets the colour weighted by the polygon's area that falls into it (box overlap × fill ratio).
  const float density = area / std::max(1e-6f, w * h);
  const int px0 = std::max(0, int(std::floor(x0))), px1 = std::min(size_.width() - 1, int(std::floor(x1)));
  const int py0 = std::max(0, int(std::floor(y0))), py1 = std::min(size_.height() - 1, int(std::floor(y1)));
  for (int py = py0; py <= py1; ++py) {
    const float oy = std::min(y1, float(py + 1)) - std::max(y0, float(py));
    if (oy <= 0) continue;
    auto* line = reinterpret_cast<QRgb*>(overlay.scanLine(py));
    for (int px = px0; px <= px1; ++px) {
      const float ox = std::min(x1, float(px + 1)) - std::max(x0, float(px));
      if (ox <= 0) continue;
      const float cover = std::min(1.f, ox * oy * density);
      const float src[4] = {colour[0] * cover, colour[1] * cover, colour[2] * cover, colour[3] * cover};
      blend(line[px], src);
    }
  }
}

QImage TinyFeatureSplatter::freshOverlay() const {
  QImage overlay = FrameBufferPool::instance().image(size_, QImage::Format_ARGB32_Premultiplied);
  overlay.fill(Qt::transparent);
  overlay.setDevicePixelRatio(dpr_);
  return overlay;
}

void TinyFeatureSplatter::splatRange(QImage& overlay, const std::uint32_t* ids, std::size_t count) const {
  for (std::size_t i = 0; i < count; ++i) splatOne(overlay, ids[i], tints_[std::size_t(symbols_.symbolIndex(ids[i]))]);
}

std::vector<std::uint32_t> TinyFeatureSplatter::splat(const std::vector<std::uint32_t>& ids, RenderStats& stats) {
  std::vector<std::uint32_t> rest, tiny;
  rest.reserve(ids.size() / 8);
  tiny.reserve(ids.size());
  const double sx = std::abs(m_.sx), sy = std::abs(m_.sy);
  for (std::uint32_t f : ids) {
    const Extent& b = store_.bounds(f);
    if (store_.geometryType(f) != GeometryType::Polygon || b.isEmpty() || b.width() * sx >= kMaxPx ||
        b.height() * sy >= kMaxPx)
      rest.push_back(f);
    else
      tiny.push_back(f);
  }
  if (tiny.empty()) return rest;
  used_ = true;
  overlay_ = freshOverlay();
  const std::size_t half = tiny.size() / 2;
  if (tiny.size() >= kParallelMin && std::thread::hardware_concurrency() > 1) {
    second_ = freshOverlay();
    std::thread worker([&] { splatRange(second_, tiny.data() + half, tiny.size() - half); });
    splatRange(overlay_, tiny.data(), half);
    worker.join();
  } else {
    splatRange(overlay_, tiny.data(), tiny.size());
  }
  stats.featuresDrawn += static_cast<long long>(tiny.size());
  stats.verticesDrawn += static_cast<long long>(tiny.size());
  return rest;
}

void TinyFeatureSplatter::drawOnto(QPainter& painter) {
  if (!used_) return;
  painter.save();
  painter.resetTransform();
  painter.drawImage(QPointF(0, 0), overlay_);
  if (!second_.isNull()) painter.drawImage(QPointF(0, 0), second_);
  painter.restore();
}

}  // namespace planmap
