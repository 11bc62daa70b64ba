#include "MapCanvas.h"

#include "CoordinateTransform.h"
#include "GeodesicMeasure.h"
#include "MapDocument.h"
#include "MapRenderJob.h"
#include "ReprojectionCache.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace planmap {
namespace {

constexpr int kRefreshDelayMs = 30;  // coalesces bursts (wheel notches, key repeats) into one render
constexpr int kClickSlopPx = 4;      // a press and release closer than this is a click, not a drag
const QColor kBackground(232, 238, 242);

}  // namespace

MapCanvas::MapCanvas(MapDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), cache_(std::make_shared<ReprojectionCache>()) {
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  setMinimumSize(200, 150);
  viewCrs_ = document_->displayCrs();
  refreshTimer_.setSingleShot(true);
  refreshTimer_.setInterval(kRefreshDelayMs);
  connect(&refreshTimer_, &QTimer::timeout, this, &MapCanvas::startRender);
  reapTimer_.setInterval(50);
  connect(&reapTimer_, &QTimer::timeout, this, &MapCanvas::reapRetiredJobs);
  connect(document_, &MapDocument::layersChanged, this, &MapCanvas::refresh);
  connect(document_, &MapDocument::layerChanged, this, &MapCanvas::refresh);
  connect(document_, &MapDocument::displayCrsChanged, this, &MapCanvas::onDisplayCrsChanged);
}

MapCanvas::~MapCanvas() {
  // MapRenderJob's destructor cancels and waits, so no worker outlives the canvas.
  delete job_;
  for (MapRenderJob* job : retired_) delete job;
}

void MapCanvas::setTool(Tool tool) {
  if (tool == tool_) return;
  tool_ = tool;
  rubberBanding_ = false;
  clearMeasurement();
  switch (tool) {
    case Tool::Pan: setCursor(Qt::OpenHandCursor); break;
    case Tool::ZoomBox: setCursor(Qt::CrossCursor); break;
    case Tool::Identify: setCursor(Qt::WhatsThisCursor); break;
    default: setCursor(Qt::CrossCursor); break;
  }
  emit toolChanged(tool);
  update();
}

Extent MapCanvas::extent() const {
  const double halfW = width() * unitsPerPixel_ / 2;
  const double halfH = height() * unitsPerPixel_ / 2;
  return Extent::fromCorners(center_.x() - halfW, center_.y() - halfH, center_.x() + halfW, center_.y() + halfH);
}

void MapCanvas::zoomToExtent(const Extent& e, double margin) {
  if (e.isEmpty()) return;
  const double w = std::max(e.width(), 1e-9) * (1 + 2 * margin);
  const double h = std::max(e.height(), 1e-9) * (1 + 2 * margin);
  center_ = QPointF(e.centerX(), e.centerY());
  unitsPerPixel_ = std::max(w / std::max(1, width()), h / std::max(1, height()));
  viewChanged();
  fitExtent_ = e;
  fitMargin_ = margin;
  fitActive_ = true;
}

void MapCanvas::zoomBy(double factor, const QPointF& pixel) {
  if (factor <= 0) return;
  const QPointF anchor = toMap(pixel);
  unitsPerPixel_ /= factor;
  // Keep `anchor` under `pixel`: centre = anchor - (pixel - half size) in map units (y up).
  center_ = QPointF(anchor.x() - (pixel.x() - width() / 2.0) * unitsPerPixel_,
                    anchor.y() + (pixel.y() - height() / 2.0) * unitsPerPixel_);
  viewChanged();
}

void MapCanvas::zoomBy(double factor) { zoomBy(factor, QPointF(width() / 2.0, height() / 2.0)); }

void MapCanvas::panByPixels(const QPointF& delta) {
  center_ -= QPointF(delta.x() * unitsPerPixel_, -delta.y() * unitsPerPixel_);
  viewChanged();
}

void MapCanvas::centerOn(double x, double y) {
  center_ = QPointF(x, y);
  viewChanged();
}

double MapCanvas::scaleDenominator() const { return currentSettings().scaleDenominator(); }

void MapCanvas::setScaleDenominator(double denominator) {
  const double current = scaleDenominator();
  if (!(denominator > 0) || !(current > 0)) return;
  zoomBy(current / denominator);
}

QPointF MapCanvas::toMap(const QPointF& pixel) const {
  return QPointF(center_.x() + (pixel.x() - width() / 2.0) * unitsPerPixel_,
                 center_.y() - (pixel.y() - height() / 2.0) * unitsPerPixel_);
}

QPointF MapCanvas::toPixel(const QPointF& map) const {
  return QPointF((map.x() - center_.x()) / unitsPerPixel_ + width() / 2.0,
                 (center_.y() - map.y()) / unitsPerPixel_ + height() / 2.0);
}

MapSettings MapCanvas::currentSettings() const {
  MapSettings s;
  s.extent = extent();
  s.destinationCrs = document_->displayCrs();
  s.outputSize = size();
  s.dpi = logicalDpiX() > 0 ? logicalDpiX() : 96;
  s.devicePixelRatio = devicePixelRatioF();
  s.background = kBackground;
  s.basemap = basemap_;
  for (const auto& layer : document_->layers()) {
    if (!layer->visible || !layer->features) continue;
    LayerRenderSnapshot snapshot = LayerRenderSnapshot::of(*layer);
    if (auto it = highlights_.constFind(layer->id); it != highlights_.constEnd()) snapshot.highlighted = *it;
    s.layers.push_back(std::move(snapshot));
  }
  return s;
}

void MapCanvas::setBasemap(std::shared_ptr<const BasemapRenderer> basemap) {
  basemap_ = std::move(basemap);
  refresh();
}

void MapCanvas::setHighlights(const QHash<QString, std::vector<std::uint32_t>>& highlights) {
  highlights_ = highlights;
  refresh();
}

void MapCanvas::setLayerHighlight(const QString& layerId, const std::vector<std::uint32_t>& rows) {
  if (rows.empty()) highlights_.remove(layerId);
  else highlights_.insert(layerId, rows);
  refresh();
}


bool MapCanvas::isRendering() const { return refreshTimer_.isActive() || (job_ && job_->isActive()); }

void MapCanvas::refresh() { refreshTimer_.start(); }

void MapCanvas::startRender() {
  if (width() <= 0 || height() <= 0) return;
  if (job_) {
    // A newer view wins: the old job stops at its next cancel check and is deleted once idle.
    job_->cancel();
    disconnect(job_, nullptr, this, nullptr);
    retired_.push_back(job_);
    job_ = nullptr;
    reapTimer_.start();
  }
  job_ = new MapRenderJob(currentSettings(), cache_);
  connect(job_, &MapRenderJob::finished, this, &MapCanvas::onJobFinished);
  job_->start();
  emit renderStarted();
  update();
}

void MapCanvas::onJobFinished() {
  auto* job = qobject_cast<MapRenderJob*>(sender());
  if (!job || job != job_) return;
  image_ = job->image();
  imageExtent_ = job->settings().visibleExtent();
  imageCrs_ = job->settings().destinationCrs;
  stats_ = job->stats();
  ++finishedRenders_;
  job_ = nullptr;
  job->deleteLater();  // not `delete`: we are inside its signal
  update();
  emit renderFinished();
}

void MapCanvas::reapRetiredJobs() {
  std::vector<MapRenderJob*> running;
  for (MapRenderJob* job : retired_) {
    if (job->isActive()) running.push_back(job);
    else job->deleteLater();
  }
  retired_.swap(running);
  if (retired_.empty()) reapTimer_.stop();
}

void MapCanvas::onDisplayCrsChanged() {
  const Crs newCrs = document_->displayCrs();
  if (newCrs == viewCrs_) return;
  // Keep showing the same ground: the current extent, densified, in the new CRS.
  const Extent old = extent();
  auto transform = CoordinateTransform::create(viewCrs_, newCrs);
  viewCrs_ = newCrs;
  clearMeasurement();
  if (transform && !old.isEmpty()) {
    const Extent converted = transform->transformBounds(old);
    if (!converted.isEmpty()) {
      zoomToExtent(converted, 0);
      return;
    }
  }
  zoomToExtent(document_->fullExtent());
}

void MapCanvas::viewChanged() {
  fitActive_ = false;
  emit extentChanged();
  update();  // the old image, transformed, right away
  refresh();
}

void MapCanvas::clearMeasurement() {
  measure_.clear();
  measureDone_ = false;
  haveMeasureCursor_ = false;
  measureText_.clear();
  emit measurementChanged(QString());
  update();
}

void MapCanvas::updateMeasurement() {
  std::vector<QPointF> points = measure_;
  if (haveMeasureCursor_ && !measureDone_) points.push_back(measureCursor_);
  const Crs crs = document_->displayCrs();
  if (tool_ == Tool::MeasureDistance) {
    if (points.size() < 2) {
      measureText_.clear();
    } else {
      auto metres = GeodesicMeasure::length(points, crs);
      measureText_ = metres ? tr("Distance: %1").arg(GeodesicMeasure::formatLength(metres.value())) : metres.error();
    }
  } else if (tool_ == Tool::MeasureArea) {
    if (points.size() < 3) {
      measureText_.clear();
    } else {
      auto m2 = GeodesicMeasure::area(points, crs);
      auto perimeter = points;
      perimeter.push_back(points.front());
      auto metres = GeodesicMeasure::length(perimeter, crs);
      measureText_ = m2 ? tr("Area: %1 (perimeter %2)")
                              .arg(GeodesicMeasure::formatArea(m2.value()), metres ? GeodesicMeasure::formatLength(metres.value()) : QString())
                        : m2.error();
    }
  }
  emit measurementChanged(measureText_);
  update();
}

void MapCanvas::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), kBackground);
  if (!image_.isNull() && imageCrs_ == document_->displayCrs() && !imageExtent_.isEmpty()) {
    // The last image wherever its extent lies in the current view: shifted while panning, scaled
    // while zooming, until the new render replaces it.
    const QPointF topLeft = toPixel(QPointF(imageExtent_.minX, imageExtent_.maxY));
    const QPointF bottomRight = toPixel(QPointF(imageExtent_.maxX, imageExtent_.minY));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(topLeft, bottomRight), image_);
  }
  drawOverlays(painter);
}

void MapCanvas::drawOverlays(QPainter& painter) {
  painter.setRenderHint(QPainter::Antialiasing, true);
  if (rubberBanding_) {
    painter.setPen(QPen(QColor(30, 90, 200), 1, Qt::DashLine));
    painter.setBrush(QColor(30, 90, 200, 40));
    painter.drawRect(rubberBand_.normalized());
  }
  if (!measure_.empty()) {
    QPolygonF line;
    for (const QPointF& p : measure_) line << toPixel(p);
    if (haveMeasureCursor_ && !measureDone_) line << toPixel(measureCursor_);
    if (tool_ == Tool::MeasureArea && line.size() >= 3) {
      painter.setPen(Qt::NoPen);
      painter.setBrush(QColor(220, 60, 30, 50));
      painter.drawPolygon(line);
      line << line.front();
    }
    painter.setPen(QPen(QColor(220, 60, 30), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(line);
    painter.setBrush(Qt::white);
    for (const QPointF& p : measure_) painter.drawEllipse(toPixel(p), 3, 3);
    if (!measureText_.isEmpty()) {
      QPointF at = line.back() + QPointF(10, -10);
      QFont font = painter.font();
      font.setBold(true);
      painter.setFont(font);
      QRectF box = QFontMetricsF(font).boundingRect(measureText_).translated(at).adjusted(-4, -2, 4, 2);
      // Near an edge the label moves inside the map instead of running off it.
      const QRectF inside = QRectF(rect()).adjusted(2, 2, -2, -2);
      const QPointF shift(std::min(0.0, inside.right() - box.right()) + std::max(0.0, inside.left() - box.left()),
                          std::min(0.0, inside.bottom() - box.bottom()) + std::max(0.0, inside.top() - box.top()));
      box.translate(shift);
      at += shift;
      measureLabelBox_ = box;
      painter.setPen(Qt::NoPen);
      painter.setBrush(QColor(255, 255, 255, 220));
      painter.drawRoundedRect(box, 3, 3);
      painter.setPen(QColor(150, 30, 10));
      painter.drawText(at, measureText_);
    }
  }
  drawScaleBar(painter);
}

void MapCanvas::drawScaleBar(QPainter& painter) {
  // Metres per pixel at the view centre, measured on the ellipsoid so it is right in any CRS.
  const QPointF a = toMap(QPointF(width() / 2.0 - 50, height() / 2.0));
  const QPointF b = toMap(QPointF(width() / 2.0 + 50, height() / 2.0));
  auto metres = GeodesicMeasure::length({a, b}, document_->displayCrs());
  if (!metres || !(metres.value() > 0)) return;
  const double metresPerPixel = metres.value() / 100.0;
  // The largest 1-2-5 length that fits in ~120 px.
  const double target = metresPerPixel * 120;
  const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
  double nice = magnitude;
  for (double step : {1.0, 2.0, 5.0})
    if (step * magnitude <= target) nice = step * magnitude;
  const double px = nice / metresPerPixel;
  const QPointF origin(12, height() - 14);
  painter.setPen(QPen(QColor(40, 40, 40), 2));
  painter.drawLine(origin, origin + QPointF(px, 0));
  painter.drawLine(origin, origin + QPointF(0, -5));
  painter.drawLine(origin + QPointF(px, 0), origin + QPointF(px, -5));
  const QString label = nice >= 1000 ? QStringLiteral("%1 km").arg(nice / 1000) : QStringLiteral("%1 m").arg(nice);
  QFont font = painter.font();
  font.setBold(false);
  font.setPointSizeF(8.5);
  painter.setFont(font);
  painter.setPen(QColor(20, 20, 20));
  painter.drawText(origin + QPointF(px + 6, 0), label);
}

void MapCanvas::resizeEvent(QResizeEvent*) {
  if (fitActive_) {
    zoomToExtent(fitExtent_, fitMargin_);
    return;
  }
  emit extentChanged();
  refresh();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
  pressPos_ = lastPos_ = event->position().toPoint();
  if (event->button() == Qt::MiddleButton ||
      (event->button() == Qt::LeftButton && tool_ == Tool::Pan && !(event->modifiers() & Qt::ShiftModifier))) {
    panning_ = true;
    setCursor(Qt::ClosedHandCursor);
    return;
  }
  if (event->button() == Qt::LeftButton &&
      (tool_ == Tool::ZoomBox || (tool_ == Tool::Pan && (event->modifiers() & Qt::ShiftModifier)))) {
    rubberBanding_ = true;
    rubberBand_ = QRect(pressPos_, pressPos_);
    return;
  }
  if (tool_ == Tool::MeasureDistance || tool_ == Tool::MeasureArea) {
    if (event->button() == Qt::RightButton) {
      measureDone_ = true;
      updateMeasurement();
      return;
    }
    if (event->button() == Qt::LeftButton) {
      if (measureDone_) {
        measure_.clear();
        measureDone_ = false;
      }
      measure_.push_back(toMap(event->position()));
      updateMeasurement();
    }
  }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
  const QPoint pos = event->position().toPoint();
  emit cursorMoved(toMap(event->position()));
  if (panning_) {
    const QPointF delta = pos - lastPos_;
    lastPos_ = pos;
    // Move the view now (the old image follows); render once the drag ends.
    center_ -= QPointF(delta.x() * unitsPerPixel_, -delta.y() * unitsPerPixel_);
    fitActive_ = false;
    emit extentChanged();
    update();
    return;
  }
  if (rubberBanding_) {
    rubberBand_.setBottomRight(pos);
    update();
    return;
  }
  if ((tool_ == Tool::MeasureDistance || tool_ == Tool::MeasureArea) && !measure_.empty() && !measureDone_) {
    measureCursor_ = toMap(event->position());
    haveMeasureCursor_ = true;
    updateMeasurement();
  }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
  const QPoint pos = event->position().toPoint();
  const bool click = (pos - pressPos_).manhattanLength() <= kClickSlopPx;
  if (panning_) {
    panning_ = false;
    setCursor(tool_ == Tool::Pan ? Qt::OpenHandCursor : Qt::CrossCursor);
    if (!click) refresh();
    // A click without a drag identifies, so planners need not switch tools to ask "what is this?".
    else if (event->button() == Qt::LeftButton) emit identifyRequested(toMap(event->position()), 5 * unitsPerPixel_);
    return;
  }
  if (rubberBanding_) {
    rubberBanding_ = false;
    const QRect r = rubberBand_.normalized();
    if (r.width() > kClickSlopPx && r.height() > kClickSlopPx) {
      const QPointF a = toMap(r.topLeft());
      const QPointF b = toMap(r.bottomRight());
      zoomToExtent(Extent::fromCorners(a.x(), a.y(), b.x(), b.y()), 0);
    } else if (tool_ == Tool::ZoomBox) {
      zoomBy(2.0, pos);
    }
    update();
    return;
  }
  if (tool_ == Tool::Identify && event->button() == Qt::LeftButton && click)
    emit identifyRequested(toMap(event->position()), 5 * unitsPerPixel_);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
  if (tool_ == Tool::MeasureDistance || tool_ == Tool::MeasureArea) {
    // The double click's second press already added the point; finish here.
    measureDone_ = true;
    haveMeasureCursor_ = false;
    updateMeasurement();
    return;
  }
  if (tool_ == Tool::Pan) zoomBy(2.0, event->position());
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;
  if (steps == 0) return;
  // One notch = √2: two notches halve the scale, fine enough to settle on a round scale.
  zoomBy(std::pow(2.0, steps / 2.0), event->position());
  event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
  const double stepX = width() / 4.0;
  const double stepY = height() / 4.0;
  switch (event->key()) {
    case Qt::Key_Left: panByPixels(QPointF(stepX, 0)); break;
    case Qt::Key_Right: panByPixels(QPointF(-stepX, 0)); break;
    case Qt::Key_Up: panByPixels(QPointF(0, stepY)); break;
    case Qt::Key_Down: panByPixels(QPointF(0, -stepY)); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(2.0); break;
    case Qt::Key_Minus: zoomBy(0.5); break;
    case Qt::Key_Escape:
      rubberBanding_ = false;
      clearMeasurement();
      break;
    default: QWidget::keyPressEvent(event); return;
  }
  event->accept();
}

}  // namespace planmap
