#include "MapPainter.h"

#include "BasemapRenderer.h"
#include "FrameBufferPool.h"
#include "GeometryDrawer.h"
#include "LabelEngine.h"
#include "PixelMapper.h"
#include "ReprojectionCache.h"
#include "SymbolPainter.h"
#include "ThreadGuard.h"
#include "TinyFeatureSplatter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <optional>
#include <thread>

namespace planmap {
namespace {

// Below these a second thread costs more (an extra full-size image to clear and composite) than it saves.
constexpr std::size_t kParallelMinFeatures = 20000;
constexpr double kLodTolerance = 0.5;  // device pixels
constexpr double kPdfUnitMm = 0.01;    // PDF coordinates are rounded to this on paper (see GeometryDrawer)

struct LayerData {
  const LayerRenderSnapshot* snapshot = nullptr;
  std::shared_ptr<const FeatureStore> store;  // in the destination CRS
  std::vector<std::uint32_t> visible;
  std::unique_ptr<SymbolPainter> symbols;
};

double deviceScaleOf(const QPainter& painter) {
  const QTransform& t = painter.worldTransform();
  double scale = std::sqrt(std::abs(t.determinant()));
  if (scale <= 0) scale = 1;
  const QPaintDevice* device = painter.device();
  if (device) scale *= device->devicePixelRatio();
  return scale;
}

// Draws a layer's features split in two halves: the first on the caller's painter, the second at the
// same time into a transparent image of the same size that is then composited on top, which is
// exactly source-over of the same pixels in the same order. QImage targets only; PDF stays one
// vector stream on one thread.
bool drawParallel(QPainter& painter, QImage& target, GeometryDrawer& first, GeometryDrawer& second,
                  const std::vector<std::uint32_t>& ids, const std::atomic<bool>* cancel, RenderStats& stats) {
  const std::size_t half = ids.size() / 2;
  QImage overlay = FrameBufferPool::instance().image(target.size(), QImage::Format_ARGB32_Premultiplied);
  overlay.setDevicePixelRatio(target.devicePixelRatio());
  RenderStats secondStats;
  bool secondDone = true;
  std::thread worker([&] {
    overlay.fill(Qt::transparent);
    QPainter p(&overlay);
    p.setRenderHints(painter.renderHints());
    p.setTransform(painter.worldTransform());
    p.setOpacity(painter.opacity());
    if (painter.hasClipping()) p.setClipRegion(painter.clipRegion());
    secondDone = second.draw(p, ids.data() + half, ids.size() - half, cancel, secondStats);
  });
  const bool firstDone = first.draw(painter, ids.data(), half, cancel, stats);
  worker.join();
  stats.featuresDrawn += secondStats.featuresDrawn;
  stats.verticesDrawn += secondStats.verticesDrawn;
  if (!firstDone || !secondDone) return false;
  painter.save();
  painter.resetTransform();
  painter.setOpacity(1);
  painter.setClipping(false);
  painter.drawImage(QPointF(0, 0), overlay);
  painter.restore();
  return true;
}

}  // namespace

RenderStats MapPainter::paint(QPainter& painter, const MapSettings& settings, const std::atomic<bool>* cancel,
                              ReprojectionCache* cache) {
  return paintImpl(painter, settings, cancel, cache, false);
}

RenderStats MapPainter::paintImpl(QPainter& painter, const MapSettings& settings, const std::atomic<bool>* cancel,
                                  ReprojectionCache* cache, bool skipBackground) {
  PLANMAP_ASSERT_OFF_UI_THREAD("MapPainter");
  QElapsedTimer timer;
  timer.start();
  RenderStats stats;
  auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
  auto finish = [&](bool wasCancelled) {
    stats.cancelled = wasCancelled;
    stats.seconds = timer.nsecsElapsed() / 1e9;
    return stats;
  };
  if (cancelled()) return finish(true);

  const QRectF viewport(QPointF(0, 0), QSizeF(settings.outputSize));
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, settings.antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  painter.setClipRect(viewport, Qt::IntersectClip);
  if (settings.background.alpha() > 0 && !skipBackground) painter.fillRect(viewport, settings.background);

  const Extent visible = settings.visibleExtent();
  if (visible.isEmpty() || settings.outputSize.isEmpty()) {
    painter.restore();
    return finish(false);
  }
  if (settings.basemap) settings.basemap->draw(painter, settings, cancel);
  if (cancelled()) {
    painter.restore();
    return finish(true);
  }
  const PixelMapper mapper = PixelMapper::of(settings);
  const double deviceScale = deviceScaleOf(painter);
  const double tolerance = std::max(kLodTolerance / deviceScale, settings.mmToPixels(0.04));
  // Features are fetched a little beyond the edge so that wide outlines and markers crossing it draw.
  const Extent query = visible.buffered(settings.mapUnitsPerPixel() * std::max(8.0, settings.mmToPixels(5)));
  QImage* image = painter.device() && painter.device()->devType() == QInternal::Image
                      ? static_cast<QImage*>(painter.device())
                      : nullptr;
  // PDF: drawing units of kPdfUnitMm on paper, so coordinates go out as short whole numbers.
  double pdfUnits = 1;
  if (!image && painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Pdf &&
      painter.device()->logicalDpiX() > 0) {
    const double mmPerPixel = deviceScale * 25.4 / painter.device()->logicalDpiX();
    pdfUnits = std::max(1.0, mmPerPixel / kPdfUnitMm);
  }
  const bool canSplit = image && QThread::idealThreadCount() > 1 && image->format() == QImage::Format_ARGB32_Premultiplied;

  ReprojectionCache localCache;
  std::vector<LayerData> layers;
  layers.reserve(settings.layers.size());
  for (const LayerRenderSnapshot& snapshot : settings.layers) {
    if (cancelled()) {
      painter.restore();
      return finish(true);
    }
    if (!snapshot.features || snapshot.opacity <= 0) continue;
    LayerData data;
    data.snapshot = &snapshot;
    QString error;
    data.store = (cache ? cache : &localCache)->get(snapshot.features, snapshot.crs, settings.destinationCrs, &error);
    if (!data.store) {
      stats.errors << QStringLiteral("%1: cannot transform from %2 to %3: %4")
                          .arg(snapshot.layerId, snapshot.crs.description(), settings.destinationCrs.description(), error);
      continue;
    }
    data.store->index().query(query, data.visible);
    data.symbols = std::make_unique<SymbolPainter>(snapshot.style, data.store->attributes(), settings);
    // Raster targets draw a cached layer from its overview level for this scale (same rows, fewer
    // vertices); vector output (PDF) always gets full resolution.
    const FeatureStore& store = image ? data.store->overviewFor(settings.mapUnitsPerPixel() / deviceScale) : *data.store;

    painter.save();
    painter.setOpacity(painter.opacity() * std::clamp(snapshot.opacity, 0.0, 1.0));
    GeometryDrawer drawer(store, *data.symbols, mapper, tolerance, viewport);
    // Hatch patterns would shrink with the scaled painter, so hatched layers keep plain pixel units.
    bool hatched = false;
    for (std::size_t i = 0; i < data.symbols->symbolCount(); ++i)
      hatched = hatched || data.symbols->symbol(static_cast<int>(i)).hatch.style() != Qt::NoBrush;
    if (!hatched) drawer.setFixedPointUnits(pdfUnits);
    // Sub-pixel polygons of a raster frame are aggregated into one overlay instead of drawn one by one.
    const std::vector<std::uint32_t>* toDraw = &data.visible;
    std::vector<std::uint32_t> rest;
    std::optional<TinyFeatureSplatter> tiny;
    if (image && !hatched && painter.worldTransform().type() == QTransform::TxNone) {
      tiny.emplace(store, *data.symbols, mapper, deviceScale, *image);
      rest = tiny->splat(data.visible, stats);
      tiny->drawOnto(painter);
      toDraw = &rest;
    }
    bool done;
    if (canSplit && toDraw->size() >= kParallelMinFeatures) {
      GeometryDrawer second(store, *data.symbols, mapper, tolerance, viewport);
      done = drawParallel(painter, *image, drawer, second, *toDraw, cancel, stats);
    } else {
      done = drawer.draw(painter, toDraw->data(), toDraw->size(), cancel, stats);
    }
    painter.restore();
    if (!done) {
      painter.restore();
      return finish(true);
    }
    layers.push_back(std::move(data));
  }

  // Highlights (selection, identify, a target's features) after every layer, so no layer drawn
  // above the highlighted one hides them; at full opacity whatever the layer's own.
  const QPen highlightPen(QColor(255, 196, 0), std::max(2.0, settings.mmToPixels(0.6)), Qt::SolidLine, Qt::RoundCap,
                          Qt::RoundJoin);
  for (const LayerData& data : layers) {
    if (data.snapshot->highlighted.empty()) continue;
    const FeatureStore& store = *data.store;
    std::vector<std::uint32_t> shown;
    for (std::uint32_t f : data.snapshot->highlighted)
      if (f < store.featureCount() && store.bounds(f).intersects(query)) shown.push_back(f);
    GeometryDrawer drawer(store, *data.symbols, mapper, tolerance, viewport);
    drawer.drawHighlighted(painter, shown, highlightPen, QBrush(QColor(255, 230, 0, 70)), stats);
  }

  if (settings.drawLabels) {
    LabelEngine labels(viewport, settings.dpi, deviceScale);
    for (const LayerData& data : layers) {
      const LabelStyle& style = data.snapshot->style.labels;
      if (!style.enabled || style.field.isEmpty()) continue;
      labels.addLayer(*data.store, style, data.symbols->symbol(0).markerPx, data.visible, mapper, cancel);
      if (cancelled()) {
        painter.restore();
        return finish(true);
      }
    }
    if (!labels.placeAndDraw(painter, cancel, stats)) {
      painter.restore();
      return finish(true);
    }
  }
  painter.restore();
  return finish(false);
}

QImage MapPainter::renderImage(const MapSettings& settings, RenderStats* stats, const std::atomic<bool>* cancel,
                               ReprojectionCache* cache) {
  const double ratio = settings.devicePixelRatio > 0 ? settings.devicePixelRatio : 1;
  const QSize physical(std::max(1, int(std::lround(settings.outputSize.width() * ratio))),
                       std::max(1, int(std::lround(settings.outputSize.height() * ratio))));
  // From the pool: a recycled buffer saves the page faults of 8 MB of fresh memory per frame.
  QImage image = FrameBufferPool::instance().image(physical, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(ratio);
  const int dotsPerMetre = int(std::lround(settings.dpi * ratio / 0.0254));
  image.setDotsPerMeterX(dotsPerMetre);
  image.setDotsPerMeterY(dotsPerMetre);
  // One clear of the 8 MB a 1080p frame holds, not two: an opaque background is the clear itself.
  const bool opaque = settings.background.alpha() == 255;
  image.fill(opaque ? settings.background : QColor(Qt::transparent));
  RenderStats s;
  {
    QPainter painter(&image);
    s = paintImpl(painter, settings, cancel, cache, opaque);
  }
  if (stats) *stats = s;
  return image;
}

}  // namespace planmap
