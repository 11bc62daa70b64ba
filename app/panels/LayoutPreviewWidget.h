#pragma once

#include "LayoutItem.h"

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QWidget>
#include <vector>

namespace planmap {

// The page in the layout window: the latest off-thread preview image scaled into the widget, the
// margins as guides, and every item's outline over it; the selected item has eight handles. Mouse:
// click selects (topmost item under the cursor), drag moves, drag a handle resizes; the new
// rectangle is reported once, on release, so one drag is one undo step. In callout mode a click
// reports the page point instead. Works in page millimetres throughout; mmToWidget/widgetToMm
// convert.
class LayoutPreviewWidget : public QWidget {
  Q_OBJECT
 public:
  explicit LayoutPreviewWidget(QWidget* parent = nullptr);

  void setPage(const QSizeF& pageMm, const QMarginsF& marginsMm);
  void setItems(std::vector<LayoutItem> items);
  // The rendered page (any resolution; it is scaled to the page rectangle). `stale` greys it a
  // little while a newer render is on its way.
  void setImage(const QImage& image);
  void setRendering(bool rendering);
  void setSelectedId(const QString& id);
  QString selectedId() const { return selected_; }
  void setCalloutMode(bool on);
  bool calloutMode() const { return calloutMode_; }

  QPointF mmToWidget(const QPointF& mm) const;
  QPointF widgetToMm(const QPointF& px) const;
  QRectF pageRectInWidget() const;
  double pixelsPerMm() const;

  QSize sizeHint() const override { return QSize(900, 640); }

 Q_SIGNALS:
  void selectionChanged(const QString& id);
  void itemGeometryChanged(const QString& id, const QRectF& rectMm);
  void pageClicked(const QPointF& mm);  // callout mode
  void deleteRequested(const QString& id);  // Delete key on the selected item
  void viewResized();
  void hovered(const QPointF& mm);  // the cursor's page position, for a coordinate read-out  // the page's size on screen changed: a sharper (or cheaper) preview is due

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  // Arrow keys nudge the selected item by 1 mm (Shift: 0.1 mm, Ctrl: 10 mm); Delete removes it.
  void keyPressEvent(QKeyEvent* event) override;

 private:
  enum class Drag { None, Move, Resize };
  const LayoutItem* item(const QString& id) const;
  QString itemAt(const QPointF& mm) const;
  int handleAt(const QPointF& px) const;  // -1 or 0..7 (corners and edge midpoints)
  std::vector<QPointF> handles(const QRectF& rectMm) const;
  QRectF widgetRect(const QRectF& mm) const;

  QSizeF pageMm_{420, 297};
  QMarginsF margins_;
  std::vector<LayoutItem> items_;
  QImage image_;
  bool rendering_ = false;
  QString selected_;
  bool calloutMode_ = false;
  Drag drag_ = Drag::None;
  int handle_ = -1;
  QPointF pressMm_;
  QRectF startRect_;
  QRectF dragRect_;
};

}  // namespace planmap
