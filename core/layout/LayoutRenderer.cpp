#include "LayoutRenderer.h"

#include "CalloutPainter.h"
#include "CountyStatsPainter.h"
#include "FooterPainter.h"
#include "FrameResolver.h"
#include "LegendPainter.h"
#include "MapNotesPainter.h"
#include "MapFramePainter.h"
#include "NeatlinePainter.h"
#include "NorthArrowPainter.h"
#include "PageCanvas.h"
#include "ScaleBarPainter.h"
#include "TargetsTablePainter.h"
#include "TextItemPainter.h"

#include <algorithm>

namespace planmap {

Result<PageResult> LayoutRenderer::paint(QPainter& painter, const Layout& layout, const LayoutContext& context, double dpi,
                                         const std::atomic<bool>* cancel) {
  PageCanvas page(painter, layout, context, dpi, cancel);
  // Frames first, so legends, tables and the footer know what the frames show.
  auto frames = FrameResolver(layout, context, dpi).resolveAll(&page.warnings);
  if (!frames) return Result<PageResult>::fail(frames.error());
  page.frames = std::move(frames.value());

  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  for (const LayoutItem& item : layout.items) {
    if (page.cancelled()) break;
    // One painter per kind; no generic case, so a new kind fails to compile until it has one.
    std::visit(Overloaded{
                   [&](const MapFrameItem& m) { MapFramePainter::paint(page, item, m); },
                   [&](const TextItem& t) { TextItemPainter::paint(page, item, t); },
                   [&](const LegendItem& l) { LegendPainter::paint(page, item, l); },
                   [&](const ScaleBarItem& s) { ScaleBarPainter::paint(page, item, s); },
                   [&](const NorthArrowItem& n) { NorthArrowPainter::paint(page, item, n); },
                   [&](const CalloutItem& c) { CalloutPainter::paint(page, item, c); },
                   [&](const TargetsTableItem& t) { TargetsTablePainter::paint(page, item, t); },
                   [&](const FooterItem& f) { FooterPainter::paint(page, item, f); },
                   [&](const CountyStatsItem& c) { CountyStatsPainter::paint(page, item, c); },
                   [&](const NeatlineItem& n) { NeatlinePainter::paint(page, item, n); },
                   [&](const MapNotesItem& n) { MapNotesPainter::paint(page, item, n); },
               },
               item.content);
  }
  painter.restore();

  PageResult result;
  result.warnings = page.warnings;
  result.targetRows = page.targetRows;
  for (const ResolvedFrame& f : page.frames) {
    if (f.skipped) continue;
    result.frames.push_back({f.item->rectMm, f.visible, f.crs(), f.item->id});
    result.hasSchematic = result.hasSchematic || f.contents.hasSchematic;
  }
  std::stable_sort(result.frames.begin(), result.frames.end(), [](const PdfGeoFrame& a, const PdfGeoFrame& b) {
    return a.rectMm.width() * a.rectMm.height() > b.rectMm.width() * b.rectMm.height();
  });
  if (page.cancelled()) return Result<PageResult>::fail(QStringLiteral("cancelled"));
  return Result<PageResult>::ok(std::move(result));
}

}  // namespace planmap
