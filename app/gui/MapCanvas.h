#pragma once

#include "Crs.h"
#include "Extent.h"
#include "MapSettings.h"
#include "RenderStats.h"

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QPointer>
#include <QRect>
#include <QStringList>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <vector>

namespace planmap {

class MapDocument;
class MapRenderJob;
class ReprojectionCache;

// The map view. Never paints the map synchronously (QGIS's canvas, Qt's Mandelbrot example):
// refresh() only schedules a render, coalesced by a short timer; a newer render cancels the older
// job; while a job runs the last finished image is drawn transformed into the current view, so
// pans and zooms respond at once. Images are rendered at size × devicePixelRatio and tagged.
// The view is a centre and a resolution (map units per logical pixel) in the document's display
// CRS, so resizing the window keeps the scale.
class MapCanvas : public QWidget {
  Q_OBJECT
 public:
  enum class Tool { Pan, ZoomBox, Identify, MeasureDistance, MeasureArea };

  explicit MapCanvas(MapDocument* document, QWidget* parent = nullptr);
  ~MapCanvas() override;

  MapDocument* document() const { return document_; }
  std::shared_ptr<ReprojectionCache> reprojectionCache() const { return cache_; }

  Tool tool() const { return tool_; }
  void setTool(Tool tool);

  // The extent shown (display CRS), exactly the widget's aspect.
  Extent extent() const;
  // Shows `extent` whole, with `margin` (fraction of its size) around it.
  void zoomToExtent(const Extent& extent, double margin = 0.05);
  // factor > 1 zooms in; the map point under `pixel` stays under it.
  void zoomBy(double factor, const QPointF& pixel);
  void zoomBy(double factor);
  void panByPixels(const QPointF& delta);
  void centerOn(double x, double y);
  double mapUnitsPerPixel() const { return unitsPerPixel_; }
  QPointF center() const { return center_; }
  double scaleDenominator() const;
  void setScaleDenominator(double denominator);

  QPointF toMap(const QPointF& pixel) const;
  QPointF toPixel(const QPointF& map) const;
  // The settings the next render uses: visible layers (bottom first) with highlights.
  MapSettings currentSettings() const;

  // Rows of a layer drawn highlighted (selection, identify, a plan target's features).
  void setHighlights(const QHash<QString, std::vector<std::uint32_t>>& highlights);
  // Drawn under the layers in every render (null = none); see BasemapChooser.
  void setBasemap(std::shared_ptr<const BasemapRenderer> basemap);
  void setLayerHighlight(const QString& layerId, const std::vector<std::uint32_t>& rows);
  const QHash<QString, std::vector<std::uint32_t>>& highlights() const { return highlights_; }

  // The last finished render (device pixels, tagged) and how it went.
  QImage renderedImage() const { return image_; }
  RenderStats lastStats() const { return stats_; }
  bool isRendering() const;
  int finishedRenders() const { return finishedRenders_; }
  // Points of the current measurement (display CRS).
  const std::vector<QPointF>& measurePoints() const { return measure_; }
  // Where the measurement's label was last drawn (widget pixels); always inside the map.
  QRectF measureLabelBox() const { return measureLabelBox_; }
  void clearMeasurement();

 public Q_SLOTS:
  void refresh();  // schedules a render; cheap to call often

 Q_SIGNALS:
  void extentChanged();
  void renderStarted();
  void renderFinished();
  void cursorMoved(const QPointF& mapPoint);
  void identifyRequested(const QPointF& mapPoint, double toleranceMapUnits);
  void measurementChanged(const QString& text);
  void toolChanged(planmap::MapCanvas::Tool tool);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void startRender();
  void onJobFinished();
  void reapRetiredJobs();
  void onDisplayCrsChanged();
  void viewChanged();  // after any change of centre or resolution
  void updateMeasurement();
  void drawOverlays(QPainter& painter);
  void drawScaleBar(QPainter& painter);

  MapDocument* document_;
  std::shared_ptr<ReprojectionCache> cache_;
  Crs viewCrs_;
  QPointF center_{0, 0};
  double unitsPerPixel_ = 1;
  // The last zoomToExtent(), re-applied on resize until the user moves the view (so "zoom to all of
  // Ankang" before the window has its final size still shows all of Ankang).
  Extent fitExtent_;
  double fitMargin_ = 0;
  bool fitActive_ = false;

  Tool tool_ = Tool::Pan;
  QTimer refreshTimer_;
  QTimer reapTimer_;
  MapRenderJob* job_ = nullptr;
  std::vector<MapRenderJob*> retired_;  // cancelled jobs still winding down; deleted when idle

  QImage image_;
  Extent imageExtent_;
  Crs imageCrs_;
  RenderStats stats_;
  int finishedRenders_ = 0;

  QHash<QString, std::vector<std::uint32_t>> highlights_;
  std::shared_ptr<const BasemapRenderer> basemap_;

  // Interaction state.
  bool panning_ = false;
  bool rubberBanding_ = false;
  QPoint pressPos_;
  QPoint lastPos_;
  QRect rubberBand_;
  std::vector<QPointF> measure_;
  bool measureDone_ = false;
  QPointF measureCursor_;
  bool haveMeasureCursor_ = false;
  QString measureText_;
  QRectF measureLabelBox_;
};

}  // namespace planmap
