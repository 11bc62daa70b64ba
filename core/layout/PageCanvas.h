#pragma once

#include "Layout.h"
#include "LayoutContext.h"
#include "LayoutText.h"
#include "ResolvedFrame.h"

#include <QPainter>
#include <QStringList>
#include <atomic>
#include <vector>

namespace planmap {

// What every item painter of one page shares: the painter and its resolution, the layout and its
// context, the text engine, the frames resolved before painting, and the page's warnings. The item
// painters (MapFramePainter, LegendPainter, … one per item kind) take it by reference.
struct PageCanvas {
  PageCanvas(QPainter& painter, const Layout& layout, const LayoutContext& context, double dpi,
             const std::atomic<bool>* cancel)
      : p(painter), layout(layout), context(context), text(dpi), dpi(dpi), cancel(cancel) {}

  QPainter& p;
  const Layout& layout;
  const LayoutContext& context;
  LayoutText text;
  double dpi;
  const std::atomic<bool>* cancel;
  std::vector<ResolvedFrame> frames;
  QStringList warnings;
  int targetRows = 0;

  double px(double mm) const { return mm * dpi / 25.4; }
  QRectF pxRect(const QRectF& mm) const { return QRectF(px(mm.x()), px(mm.y()), px(mm.width()), px(mm.height())); }
  bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
  // The resolved, not skipped frame of that id; null when there is none.
  const ResolvedFrame* frame(const QString& id) const;
  // {title}, {name_zh} … of the page.
  QString expand(const QString& text) const { return context.expand(text, layout.title); }
  // The thin border an item asks for with "frame": true.
  void paintItemFrame(const LayoutItem& item);
  void warn(const LayoutItem& item, const QString& message) { warnings << QStringLiteral("%1: %2").arg(item.id, message); }

  static const QColor& ink();
};

}  // namespace planmap
