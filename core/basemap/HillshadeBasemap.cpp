#include "HillshadeBasemap.h"

#include "CoordinateTransform.h"
#include "DataPaths.h"
#include "MapSettings.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <vector>

namespace planmap {
namespace {

constexpr std::size_t kCachedViews = 4;
// PROJ runs on every kGridStep-th pixel only; positions in between are interpolated, which at
// this step is far below a pixel of error for any map projection at city to province scale.
constexpr int kGridStep = 16;

QSize physicalSize(const MapSettings& settings) {
  const double ratio = settings.devicePixelRatio > 0 ? settings.devicePixelRatio : 1;
  return QSize(std::max(1, int(std::lround(settings.outputSize.width() * ratio))),
               std::max(1, int(std::lround(settings.outputSize.height() * ratio))));
}

}  // namespace

HillshadeBasemap::HillshadeBasemap(HillshadeOptions options, ShadedRelief relief)
    : options_(std::move(options)), relief_(std::move(relief)) {}

Result<std::shared_ptr<HillshadeBasemap>> HillshadeBasemap::create(const HillshadeOptions& options) {
  using R = Result<std::shared_ptr<HillshadeBasemap>>;
  Result<DemGrid> dem = DemGrid::read(options.demPath);
  if (!dem) return R::fail(dem.error());
  ShadedRelief relief(dem.value(), options);
  if (relief.isNull()) return R::fail(QStringLiteral("%1: the DEM is too small to shade").arg(options.demPath));
  return R::ok(std::shared_ptr<HillshadeBasemap>(new HillshadeBasemap(options, std::move(relief))));
}

QString HillshadeBasemap::bundledAttribution() {
  return QStringLiteral("ETOPO5 (NOAA), 5′ ≈ 9 km, 仅作底图示意");
}

Result<std::shared_ptr<HillshadeBasemap>> HillshadeBasemap::createBundled(double opacity) {
  using R = Result<std::shared_ptr<HillshadeBasemap>>;
  const QString manifest = DataPaths::geodataFile(QStringLiteral("bundled_map.json"));
  QFile file(manifest);
  if (!file.open(QIODevice::ReadOnly)) {
    return R::fail(QStringLiteral("%1: cannot read: %2").arg(manifest, file.errorString()));
  }
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
  const QString demFile = doc.object().value(QStringLiteral("dem")).toObject().value(QStringLiteral("file")).toString();
  if (demFile.isEmpty()) {
    return R::fail(QStringLiteral("%1: no \"dem\".\"file\" entry%2")
                       .arg(manifest, parseError.error == QJsonParseError::NoError
                                          ? QString()
                                          : QStringLiteral(" (%1)").arg(parseError.errorString())));
  }
  HillshadeOptions options;
  options.demPath = QFileInfo(manifest).absoluteDir().filePath(demFile);
  options.attribution = bundledAttribution();
  options.opacity = opacity;
  return create(options);
}

void HillshadeBasemap::draw(QPainter& painter, const MapSettings& settings, const std::atomic<bool>* cancel) const {
  if (options_.opacity <= 0) return;
  const QImage view = renderView(settings, cancel);
  if (view.isNull()) return;
  painter.save();
  painter.setOpacity(painter.opacity() * std::clamp(options_.opacity, 0.0, 1.0));
  painter.drawImage(QRectF(QPointF(0, 0), QSizeF(settings.outputSize)), view);
  painter.restore();
}

QImage HillshadeBasemap::renderView(const MapSettings& settings, const std::atomic<bool>* cancel) const {
  const Extent visible = settings.visibleExtent();
  if (visible.isEmpty() || settings.outputSize.isEmpty() || relief_.isNull()) return {};
  const QSize size = physicalSize(settings);
  const QString key = QStringLiteral("%1|%2x%3|%4")
                          .arg(visible.toString())
                          .arg(size.width())
                          .arg(size.height())
                          .arg(settings.destinationCrs.wkt());
  {
    QMutexLocker lock(&mutex_);
    for (auto it = views_.begin(); it != views_.end(); ++it) {
      if (it->key == key) {
        views_.splice(views_.begin(), views_, it);
        ++cacheHits_;
        return views_.front().image;
      }
    }
  }
  // Computed outside the lock: two workers asking for the same new view both compute it, which is
  // cheaper than making one wait behind a cancellable render.
  QImage image = computeView(settings, cancel);
  if (image.isNull()) return image;
  QMutexLocker lock(&mutex_);
  views_.push_front(CachedView{key, image});
  while (views_.size() > kCachedViews) views_.pop_back();
  return image;
}

QImage HillshadeBasemap::computeView(const MapSettings& settings, const std::atomic<bool>* cancel) const {
  const Extent visible = settings.visibleExtent();
  const QSize size = physicalSize(settings);
  const double ratio = double(size.width()) / std::max(1, settings.outputSize.width());
  const double unitsPerPixel = settings.mapUnitsPerPixel() / ratio;
  auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };

  QImage image(size, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  image.setDevicePixelRatio(settings.devicePixelRatio > 0 ? settings.devicePixelRatio : 1);

  Result<CoordinateTransform> toDem = CoordinateTransform::create(settings.destinationCrs, relief_.crs());
  if (!toDem) return image;  // no way to place the DEM: draw nothing rather than something wrong
  // Cheap rejection: nothing to do when the view does not overlap the DEM.
  const Extent demView = toDem->transformBounds(visible);
  if (!demView.isEmpty() && !demView.intersects(relief_.extent())) return image;

  // Grid nodes every kGridStep pixels (plus the last column/row), in map units of the display CRS,
  // transformed to the DEM's CRS in one PROJ call per grid row.
  const int cols = (size.width() + kGridStep - 1) / kGridStep + 1;
  const int rows = (size.height() + kGridStep - 1) / kGridStep + 1;
  std::vector<double> grid(std::size_t(cols) * rows * 2);
  for (int r = 0; r < rows; ++r) {
    if (cancelled()) return {};
    double* row = grid.data() + std::size_t(r) * cols * 2;
    const double py = double(r) * kGridStep;  // the last nodes may lie past the edge: spacing stays even
    for (int c = 0; c < cols; ++c) {
      const double px = double(c) * kGridStep;
      row[2 * c] = visible.minX + px * unitsPerPixel;
      row[2 * c + 1] = visible.maxY - py * unitsPerPixel;
    }
    toDem->transform(row, std::size_t(cols));
  }

  for (int y = 0; y < size.height(); ++y) {
    if (cancelled()) return {};
    const double fy = (y + 0.5) / kGridStep;
    const int r0 = std::min(int(fy), rows - 2);
    const double ty = fy - r0;
    const double* g0 = grid.data() + std::size_t(r0) * cols * 2;
    const double* g1 = g0 + std::size_t(cols) * 2;
    QRgb* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < size.width(); ++x) {
      const double fx = (x + 0.5) / kGridStep;
      const int c0 = std::min(int(fx), cols - 2);
      const double tx = fx - c0;
      const double* a = g0 + 2 * c0;
      const double* b = g1 + 2 * c0;
      // Nodes that failed to transform are infinite; the sample then is too, and stays transparent.
      const double dx = (a[0] * (1 - tx) + a[2] * tx) * (1 - ty) + (b[0] * (1 - tx) + b[2] * tx) * ty;
      const double dy = (a[1] * (1 - tx) + a[3] * tx) * (1 - ty) + (b[1] * (1 - tx) + b[3] * tx) * ty;
      line[x] = relief_.sample(dx, dy);
    }
  }
  return image;
}

}  // namespace planmap
