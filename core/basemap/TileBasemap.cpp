#include "TileBasemap.h"

#include "CoordinateTransform.h"
#include "MapSettings.h"

#include <QPainter>
#include <QPolygonF>
#include <QStringList>
#include <QTransform>
#include <algorithm>
#include <cmath>

namespace planmap {
namespace {

constexpr std::size_t kMaxTiles = 300;  // a view never needs more; beyond it, go a level coarser
constexpr int kParentLevels = 4;        // how far up to look for a stand-in for a missing tile
constexpr double kMercatorMaxLat = 85.0511287798;

// The part of the matrix the view covers, in the matrix CRS. Web Mercator is undefined at the
// poles, so geographic bounds are clipped first.
Extent viewInMatrix(const MapSettings& settings, const TileMatrix& matrix) {
  const Extent visible = settings.visibleExtent();
  Result<CoordinateTransform> t = CoordinateTransform::create(settings.destinationCrs, matrix.crs());
  if (!t) return {};
  if (matrix.kind() == TileMatrix::Kind::WebMercator && settings.destinationCrs.isGeographic()) {
    const Extent clipped = visible.intersected(Extent{-180, -kMercatorMaxLat, 180, kMercatorMaxLat});
    if (clipped.isEmpty()) return {};
    return t->transformBounds(clipped).intersected(matrix.bounds());
  }
  return t->transformBounds(visible).intersected(matrix.bounds());
}

}  // namespace

TileBasemap::TileBasemap(std::shared_ptr<TileCache> cache, double opacity) : opacity_(opacity) {
  layers_.push_back(std::move(cache));
}

TileBasemap::TileBasemap(std::vector<std::shared_ptr<TileCache>> layers, double opacity)
    : layers_(std::move(layers)), opacity_(opacity) {
  std::erase(layers_, nullptr);
}

QString TileBasemap::attribution() const {
  QStringList lines;
  for (const auto& layer : layers_)
    if (!layer->provider().attribution.isEmpty() && !lines.contains(layer->provider().attribution))
      lines << layer->provider().attribution;
  return lines.join(QStringLiteral("; "));
}

QString TileBasemap::statusMessage() const {
  for (const auto& layer : layers_)
    if (QString m = layer->statusMessage(); !m.isEmpty()) return m;
  return {};
}

TileBasemap::Plan TileBasemap::plan(const MapSettings& settings, const TileProvider& provider) {
  Plan plan;
  const TileMatrix& matrix = provider.matrix;
  if (settings.outputSize.isEmpty() || settings.visibleExtent().isEmpty()) return plan;
  const Extent view = viewInMatrix(settings, matrix);
  if (view.isEmpty()) return plan;
  // Matrix units per physical output pixel, so HiDPI screens get the finer level.
  const double ratio = settings.devicePixelRatio > 0 ? settings.devicePixelRatio : 1;
  const Extent visible = settings.visibleExtent();
  Result<CoordinateTransform> t = CoordinateTransform::create(settings.destinationCrs, matrix.crs());
  double unitsPerPixel = view.width() / (settings.outputSize.width() * ratio);
  if (t && !t->isIdentity()) {
    // transformBounds() of a view that crosses the matrix edge is clipped; measure the scale at the
    // centre instead: one pixel to the right of the centre, in matrix units.
    double x0 = visible.centerX(), y0 = visible.centerY();
    double x1 = x0 + settings.mapUnitsPerPixel() / ratio, y1 = y0;
    if (t->transformPoint(x0, y0) && t->transformPoint(x1, y1)) {
      const double d = std::hypot(x1 - x0, y1 - y0);
      if (d > 0 && std::isfinite(d)) unitsPerPixel = d;
    }
  } else {
    unitsPerPixel = settings.mapUnitsPerPixel() / ratio;
  }
  int level = matrix.levelFor(unitsPerPixel, provider.minLevel, provider.maxLevel);
  std::vector<TileKey> tiles = matrix.tilesCovering(view, level);
  while (tiles.size() > kMaxTiles && level > std::max(provider.minLevel, matrix.firstLevel())) {
    tiles = matrix.tilesCovering(view, --level);
  }
  plan.level = level;
  plan.tiles = std::move(tiles);
  return plan;
}

int TileBasemap::requestMissing(const MapSettings& settings) const {
  int count = 0;
  for (const auto& layer : layers_) {
    std::vector<TileKey> missing;
    for (const TileKey& key : plan(settings, layer->provider()).tiles) {
      bool stale = false;
      if (layer->tile(key, &stale).isNull() || stale) missing.push_back(key);
    }
    count += int(missing.size());
    if (!missing.empty()) layer->request(missing);
  }
  return count;
}

int TileBasemap::pendingCount() const {
  int count = 0;
  for (const auto& layer : layers_) count += layer->pendingCount();
  return count;
}

void TileBasemap::draw(QPainter& painter, const MapSettings& settings, const std::atomic<bool>* cancel) const {
  if (opacity_ <= 0) return;
  painter.save();
  painter.setOpacity(painter.opacity() * std::clamp(opacity_, 0.0, 1.0));
  for (const auto& layer : layers_) {
    if (cancel && cancel->load(std::memory_order_relaxed)) break;
    drawLayer(painter, settings, *layer, cancel);
  }
  painter.restore();
}

void TileBasemap::drawLayer(QPainter& painter, const MapSettings& settings, TileCache& cache,
                            const std::atomic<bool>* cancel) const {
  auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
  const Plan p = plan(settings, cache.provider());
  if (p.tiles.empty()) return;
  const TileMatrix& matrix = cache.provider().matrix;
  Result<CoordinateTransform> toDisplay = CoordinateTransform::create(matrix.crs(), settings.destinationCrs);
  if (!toDisplay) return;
  const int pieces = toDisplay->isIdentity() ? 1 : 4;
  const QTransform mapToPixel = settings.mapToPixel();

  painter.save();
  // Antialiased image edges would leave hairline seams between neighbouring tiles.
  painter.setRenderHint(QPainter::Antialiasing, false);
  painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
  const QTransform base = painter.worldTransform();

  // Draws `source` (a rectangle of `image`) where `area` (in the matrix CRS) lies on the map.
  auto drawPiece = [&](const QImage& image, const QRectF& source, const Extent& area) {
    const double step = 1.0 / pieces;
    for (int j = 0; j < pieces; ++j) {
      for (int i = 0; i < pieces; ++i) {
        const double x0 = area.minX + area.width() * i * step, x1 = area.minX + area.width() * (i + 1) * step;
        const double y0 = area.maxY - area.height() * j * step, y1 = area.maxY - area.height() * (j + 1) * step;
        double xy[8] = {x0, y0, x1, y0, x1, y1, x0, y1};  // NW, NE, SE, SW
        if (toDisplay->transform(xy, 4) != 0) continue;
        QPolygonF quad;
        for (int k = 0; k < 4; ++k) quad << mapToPixel.map(QPointF(xy[2 * k], xy[2 * k + 1]));
        const QRectF src(source.x() + source.width() * i * step, source.y() + source.height() * j * step,
                         source.width() * step, source.height() * step);
        // quadToQuad wants exactly four corners (a QPolygonF made from a rect has a closing fifth).
        const QPolygonF from{src.topLeft(), src.topRight(), src.bottomRight(), src.bottomLeft()};
        QTransform warp;
        if (!QTransform::quadToQuad(from, quad, warp)) continue;
        painter.setWorldTransform(warp * base);
        painter.drawImage(src.topLeft(), image, src);
      }
    }
  };

  std::vector<TileKey> missing;
  for (const TileKey& key : p.tiles) {
    if (cancelled()) break;
    bool stale = false;
    const QImage image = cache.tile(key, &stale);
    if (!image.isNull()) {
      drawPiece(image, QRectF(image.rect()), matrix.tileExtent(key));
      if (stale) missing.push_back(key);  // shown now, refreshed in the background
      continue;
    }
    missing.push_back(key);
    for (int up = 1; up <= kParentLevels && key.z - up >= std::max(matrix.firstLevel(), cache.provider().minLevel); ++up) {
      const TileKey parent{key.z - up, key.x >> up, key.y >> up};
      const QImage stand = cache.tile(parent);
      if (stand.isNull()) continue;
      const double part = double(stand.width()) / (1 << up);
      const double partH = double(stand.height()) / (1 << up);
      const QRectF source((key.x - (parent.x << up)) * part, (key.y - (parent.y << up)) * partH, part, partH);
      drawPiece(stand, source, matrix.tileExtent(key));
      break;
    }
  }
  painter.restore();
  if (!missing.empty() && !cancelled()) cache.request(missing);
}

}  // namespace planmap
