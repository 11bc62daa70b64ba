#include "LayoutPreviewWidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace planmap {

namespace {
constexpr double kBorderPx = 12;
constexpr double kHandlePx = 7;
constexpr double kMinMm = 3;
const QColor kOutline(30, 110, 200, 140);
const QColor kSelected(230, 80, 20);

double roundMm(double v) { return std::round(v * 10) / 10; }  // 0.1 mm: what the JSON keeps readable
}  // namespace

LayoutPreviewWidget::LayoutPreviewWidget(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("layoutPreview"));
  setMouseTracking(true);
  setMinimumSize(320, 240);
  setFocusPolicy(Qt::ClickFocus);
}

void LayoutPreviewWidget::setPage(const QSizeF& pageMm, const QMarginsF& marginsMm) {
  if (!pageMm.isEmpty()) pageMm_ = pageMm;
  margins_ = marginsMm;
  update();
}

void LayoutPreviewWidget::setItems(std::vector<LayoutItem> items) {
  items_ = std::move(items);
  if (!selected_.isEmpty() && !item(selected_)) {
    selected_.clear();
    emit selectionChanged(selected_);
  }
  update();
}

void LayoutPreviewWidget::setImage(const QImage& image) {
  image_ = image;
  update();
}

void LayoutPreviewWidget::setRendering(bool rendering) {
  rendering_ = rendering;
  update();
}

void LayoutPreviewWidget::setSelectedId(const QString& id) {
  if (id == selected_) return;
  selected_ = item(id) ? id : QString();
  update();
  emit selectionChanged(selected_);
}

void LayoutPreviewWidget::setCalloutMode(bool on) {
  calloutMode_ = on;
  setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
}

QRectF LayoutPreviewWidget::pageRectInWidget() const {
  const QRectF area = QRectF(rect()).adjusted(kBorderPx, kBorderPx, -kBorderPx, -kBorderPx);
  if (area.width() <= 0 || area.height() <= 0) return QRectF();
  const double scale = std::min(area.width() / pageMm_.width(), area.height() / pageMm_.height());
  const QSizeF size(pageMm_.width() * scale, pageMm_.height() * scale);
  return QRectF(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2, size.width(), size.height());
}

double LayoutPreviewWidget::pixelsPerMm() const { return pageRectInWidget().width() / pageMm_.width(); }

QPointF LayoutPreviewWidget::mmToWidget(const QPointF& mm) const {
  const QRectF page = pageRectInWidget();
  return page.topLeft() + mm * pixelsPerMm();
}

QPointF LayoutPreviewWidget::widgetToMm(const QPointF& px) const {
  const QRectF page = pageRectInWidget();
  const double s = pixelsPerMm();
  return s > 0 ? (px - page.topLeft()) / s : QPointF();
}

QRectF LayoutPreviewWidget::widgetRect(const QRectF& mm) const {
  return QRectF(mmToWidget(mm.topLeft()), mmToWidget(mm.bottomRight()));
}

const LayoutItem* LayoutPreviewWidget::item(const QString& id) const {
  for (const LayoutItem& i : items_)
    if (i.id == id) return &i;
  return nullptr;
}

QString LayoutPreviewWidget::itemAt(const QPointF& mm) const {
  // Topmost first: later items paint over earlier ones.
  for (auto it = items_.rbegin(); it != items_.rend(); ++it)
    if (it->rectMm.contains(mm)) return it->id;
  return {};
}

std::vector<QPointF> LayoutPreviewWidget::handles(const QRectF& r) const {
  const QRectF w = widgetRect(r);
  return {w.topLeft(), QPointF(w.center().x(), w.top()), w.topRight(), QPointF(w.right(), w.center().y()),
          w.bottomRight(), QPointF(w.center().x(), w.bottom()), w.bottomLeft(), QPointF(w.left(), w.center().y())};
}

int LayoutPreviewWidget::handleAt(const QPointF& px) const {
  const LayoutItem* sel = item(selected_);
  if (!sel) return -1;
  const auto hs = handles(sel->rectMm);
  for (int i = 0; i < int(hs.size()); ++i)
    if (std::abs(hs[std::size_t(i)].x() - px.x()) <= kHandlePx && std::abs(hs[std::size_t(i)].y() - px.y()) <= kHandlePx) return i;
  return -1;
}

void LayoutPreviewWidget::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), QColor(128, 132, 138));
  const QRectF page = pageRectInWidget();
  if (page.isEmpty()) return;
  p.fillRect(page.translated(3, 3), QColor(0, 0, 0, 60));
  p.fillRect(page, Qt::white);
  if (!image_.isNull()) {
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(page, image_);
  }
  if (rendering_) {
    p.fillRect(page, QColor(255, 255, 255, 60));
    p.setPen(QColor(80, 80, 80));
    p.drawText(page.adjusted(6, 4, -6, -4), Qt::AlignRight | Qt::AlignTop, tr("Rendering…"));
  }
  // Margins: where printers may clip.
  p.setPen(QPen(QColor(120, 160, 220, 120), 1, Qt::DotLine));
  p.setBrush(Qt::NoBrush);
  p.drawRect(widgetRect(QRectF(margins_.left(), margins_.top(), pageMm_.width() - margins_.left() - margins_.right(),
                               pageMm_.height() - margins_.top() - margins_.bottom())));
  p.setRenderHint(QPainter::Antialiasing, true);
  for (const LayoutItem& i : items_) {
    if (i.id == selected_) continue;
    p.setPen(QPen(kOutline, 1, Qt::DashLine));
    p.drawRect(widgetRect(i.rectMm));
  }
  if (const LayoutItem* sel = item(selected_)) {
    const QRectF r = drag_ != Drag::None ? dragRect_ : sel->rectMm;
    p.setPen(QPen(kSelected, 2));
    p.drawRect(widgetRect(r));
    p.setBrush(Qt::white);
    p.setPen(QPen(kSelected, 1.5));
    for (const QPointF& h : handles(r)) p.drawRect(QRectF(h.x() - kHandlePx / 2, h.y() - kHandlePx / 2, kHandlePx, kHandlePx));
    // The item's id and size, so a drag can be placed to the millimetre.
    const QString label = QStringLiteral("%1  %2 × %3 mm").arg(sel->id).arg(r.width(), 0, 'f', 1).arg(r.height(), 0, 'f', 1);
    const QRectF w = widgetRect(r);
    QRectF box = p.fontMetrics().boundingRect(label).adjusted(-4, -2, 4, 2);
    box.moveBottomLeft(QPointF(w.left(), std::max(box.height(), w.top() - 2)));
    p.setPen(Qt::NoPen);
    p.setBrush(kSelected);
    p.drawRect(box);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, label);
  }
}

void LayoutPreviewWidget::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  const QPointF mm = widgetToMm(event->position());
  if (calloutMode_) {
    emit pageClicked(mm);
    return;
  }
  handle_ = handleAt(event->position());
  if (handle_ < 0) {
    const QString hit = itemAt(mm);
    if (hit != selected_) {
      selected_ = hit;
      emit selectionChanged(selected_);
    }
  }
  const LayoutItem* sel = item(selected_);
  if (sel) {
    drag_ = handle_ >= 0 ? Drag::Resize : Drag::Move;
    pressMm_ = mm;
    startRect_ = dragRect_ = sel->rectMm;
  }
  update();
}

void LayoutPreviewWidget::mouseMoveEvent(QMouseEvent* event) {
  emit hovered(widgetToMm(event->position()));
  if (drag_ == Drag::None) {
    if (!calloutMode_) {
      const int h = handleAt(event->position());
      setCursor(h == 0 || h == 4 ? Qt::SizeFDiagCursor
                : h == 2 || h == 6 ? Qt::SizeBDiagCursor
                : h == 1 || h == 5 ? Qt::SizeVerCursor
                : h == 3 || h == 7 ? Qt::SizeHorCursor
                                   : Qt::ArrowCursor);
    }
    return;
  }
  const QPointF d = widgetToMm(event->position()) - pressMm_;
  QRectF r = startRect_;
  if (drag_ == Drag::Move) {
    r.translate(roundMm(d.x()), roundMm(d.y()));
  } else {
    // Handles 0..7 clockwise from the top-left corner: which edges each one drags.
    const bool left = handle_ == 0 || handle_ == 6 || handle_ == 7;
    const bool right = handle_ == 2 || handle_ == 3 || handle_ == 4;
    const bool top = handle_ == 0 || handle_ == 1 || handle_ == 2;
    const bool bottom = handle_ == 4 || handle_ == 5 || handle_ == 6;
    if (left) r.setLeft(std::min(roundMm(startRect_.left() + d.x()), startRect_.right() - kMinMm));
    if (right) r.setRight(std::max(roundMm(startRect_.right() + d.x()), startRect_.left() + kMinMm));
    if (top) r.setTop(std::min(roundMm(startRect_.top() + d.y()), startRect_.bottom() - kMinMm));
    if (bottom) r.setBottom(std::max(roundMm(startRect_.bottom() + d.y()), startRect_.top() + kMinMm));
  }
  dragRect_ = r;
  update();
}

void LayoutPreviewWidget::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || drag_ == Drag::None) return;
  drag_ = Drag::None;
  const QRectF r = dragRect_;
  update();
  if (r != startRect_ && !selected_.isEmpty()) emit itemGeometryChanged(selected_, r);
}

void LayoutPreviewWidget::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  update();
  emit viewResized();
}

void LayoutPreviewWidget::keyPressEvent(QKeyEvent* event) {
  const LayoutItem* sel = item(selected_);
  if (!sel || drag_ != Drag::None) return QWidget::keyPressEvent(event);
  const double step = event->modifiers() & Qt::ShiftModifier ? 0.1 : event->modifiers() & Qt::ControlModifier ? 10 : 1;
  QPointF d;
  switch (event->key()) {
    case Qt::Key_Left: d = QPointF(-step, 0); break;
    case Qt::Key_Right: d = QPointF(step, 0); break;
    case Qt::Key_Up: d = QPointF(0, -step); break;
    case Qt::Key_Down: d = QPointF(0, step); break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: emit deleteRequested(selected_); return;
    default: return QWidget::keyPressEvent(event);
  }
  const QRectF r = sel->rectMm.translated(d);
  emit itemGeometryChanged(selected_, QRectF(roundMm(r.x()), roundMm(r.y()), r.width(), r.height()));
}

}  // namespace planmap
