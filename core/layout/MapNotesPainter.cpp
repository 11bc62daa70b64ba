#include "MapNotesPainter.h"

#include "BasemapRenderer.h"
#include "FooterPainter.h"
#include "MapBasis.h"

namespace planmap {

QStringList MapNotesPainter::lines(const PageCanvas& page, const MapNotesItem& notes) {
  QStringList out;
  if (const ResolvedFrame* f = page.frame(notes.mapId)) {
    const bool heights = page.context.basemap && page.context.basemap->showsHeights();
    const QStringList basis = MapBasis::of(f->crs()).noteLines(heights);
    if (!basis.isEmpty()) out << QStringLiteral("数学基础：") + basis.join(QStringLiteral("；"));
  }
  out << QStringLiteral("编制单位：") + page.expand(notes.organisation);
  out << QStringLiteral("制图日期：") +
             (notes.date.isEmpty() ? page.context.date.toString(QStringLiteral("yyyy年M月")) : page.expand(notes.date));
  out << QStringLiteral("审图号：") + notes.approvalNumber;
  const QStringList sources = FooterPainter::sources(page);
  if (!sources.isEmpty()) out << QStringLiteral("数据来源：") + sources.join(QStringLiteral("；"));
  if (FooterPainter::showsSchematic(page))
    out << QStringLiteral("注：图中示意性要素的位置与范围仅为示意，不作为权属或审批依据。");
  return out;
}

void MapNotesPainter::paint(PageCanvas& page, const LayoutItem& item, const MapNotesItem& notes) {
  const QRectF r = page.pxRect(item.rectMm);
  if (item.background.isValid()) page.p.fillRect(r, item.background);
  const QString text = lines(page, notes).join(QLatin1Char('\n'));
  TextStyle s{item.fontSizePt, false, QColor(50, 50, 50)};
  const QRectF inner = r.adjusted(page.px(0.5), page.px(0.5), -page.px(0.5), -page.px(0.5));
  // The notes are complete or wrong: the type shrinks until all of them fit.
  while (s.sizePt > 3.5 && page.text.drawBlock(page.p, inner, text, s, Qt::AlignLeft, false) > inner.height()) s.sizePt *= 0.94;
  page.text.drawBlock(page.p, inner, text, s, Qt::AlignLeft | Qt::AlignTop);
  page.paintItemFrame(item);
}

}  // namespace planmap
