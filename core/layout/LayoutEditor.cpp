#include "LayoutEditor.h"

#include "CoordinateTransform.h"

#include <algorithm>
#include <cmath>

namespace planmap {

bool LayoutEditor::setPage(Layout& l, const QString& size, bool landscape, double customWidthMm, double customHeightMm,
                           double marginMm) {
  const QSizeF before = l.page.sizeMm();
  LayoutPage page = l.page;
  page.size = size;
  page.landscape = landscape;
  if (size == QLatin1String("custom")) {
    page.customWidthMm = customWidthMm;
    page.customHeightMm = customHeightMm;
  }
  page.marginsMm = QMarginsF(marginMm, marginMm, marginMm, marginMm);
  const QSizeF after = page.sizeMm();
  if (after.isEmpty()) return false;
  l.page = page;
  if (!before.isEmpty() && before != after) {
    const double sx = after.width() / before.width(), sy = after.height() / before.height();
    const double type = std::min(sx, sy);
    for (LayoutItem& item : l.items) {
      item.rectMm = QRectF(item.rectMm.x() * sx, item.rectMm.y() * sy, item.rectMm.width() * sx, item.rectMm.height() * sy);
      item.fontSizePt = std::clamp(item.fontSizePt * type, 4.0, 400.0);
    }
  }
  return true;
}

std::optional<QPointF> LayoutEditor::lonLatAt(const Layout& layout, const std::vector<PdfGeoFrame>& frames, const QPointF& mm,
                                              QString* frameId) {
  const PdfGeoFrame* hit = nullptr;
  for (const PdfGeoFrame& f : frames)
    if (f.rectMm.contains(mm) && (!hit || f.rectMm.width() * f.rectMm.height() < hit->rectMm.width() * hit->rectMm.height()))
      hit = &f;
  if (!hit) return std::nullopt;
  const LayoutItem* frameItem = layout.item(hit->name);
  if (!frameItem || !frameItem->isMap() || frameItem->rectMm != hit->rectMm) return std::nullopt;  // moved since painted
  const QRectF r = hit->rectMm;
  double x = hit->extent.minX + (mm.x() - r.left()) / r.width() * hit->extent.width();
  double y = hit->extent.maxY - (mm.y() - r.top()) / r.height() * hit->extent.height();
  auto toLonLat = CoordinateTransform::create(hit->crs, Crs::fromEpsg(4326));
  if (!toLonLat || !toLonLat->transformPoint(x, y)) return std::nullopt;
  if (frameId) *frameId = hit->name;
  return QPointF(x, y);
}

std::optional<QString> LayoutEditor::placeCallout(Layout& layout, const std::vector<PdfGeoFrame>& frames, const QPointF& mm,
                                                  const QString& text, double fontSizePt) {
  if (text.trimmed().isEmpty()) return std::nullopt;
  QString frameId;
  const auto lonLat = lonLatAt(layout, frames, mm, &frameId);
  if (!lonLat) return std::nullopt;
  const QRectF r = layout.item(frameId)->rectMm;
  LayoutItem c = LayoutItem::ofKind(LayoutItemKind::Callout);
  c.id = uniqueItemId(layout, QStringLiteral("callout"));
  c.text = text.trimmed();
  c.fontSizePt = fontSizePt;
  CalloutItem& callout = *c.as<CalloutItem>();
  callout.mapId = frameId;
  callout.anchorX = lonLat->x();
  callout.anchorY = lonLat->y();
  // The box sits up and to the right of the point, inside the frame, so the leader stays short.
  const QSizeF box(std::min(60.0, r.width() * 0.45), 9);
  double left = mm.x() + 8, top = mm.y() - 8 - box.height();
  if (left + box.width() > r.right() - 2) left = mm.x() - 8 - box.width();
  if (top < r.top() + 2) top = mm.y() + 8;
  left = std::clamp(left, r.left() + 1, std::max(r.left() + 1, r.right() - 1 - box.width()));
  top = std::clamp(top, r.top() + 1, std::max(r.top() + 1, r.bottom() - 1 - box.height()));
  c.rectMm = QRectF(QPointF(std::round(left * 10) / 10, std::round(top * 10) / 10), box);
  layout.items.push_back(c);
  return c.id;
}

QString LayoutEditor::uniqueItemId(const Layout& layout, const QString& base) {
  for (int n = 1;; ++n) {
    const QString id = QStringLiteral("%1_%2").arg(base).arg(n);
    if (!layout.item(id)) return id;
  }
}

const LayoutItem* LayoutEditor::dependentOf(const Layout& layout, const QString& id) {
  for (const LayoutItem& other : layout.items) {
    const MapFrameItem* m = other.as<MapFrameItem>();
    if (other.mapId() == id || (m && m->overviewOf == id)) return &other;
  }
  return nullptr;
}

}  // namespace planmap
