#include "FooterPainter.h"

#include "BasemapRenderer.h"

namespace planmap {

QStringList FooterPainter::sources(const PageCanvas& page) {
  const LayoutContext& context = page.context;
  QStringList layerIds;
  for (const ResolvedFrame& f : page.frames) {
    if (f.skipped) continue;
    for (const QString& id : f.contents.layerIds)
      if (!layerIds.contains(id)) layerIds << id;
  }
  QStringList sources;
  if (context.attribution) sources = context.attribution->linesFor(layerIds);
  // Layers the attribution file does not know (user data) bring their own line.
  for (const auto& l : context.layers)
    if (layerIds.contains(l->id) && !l->attribution.isEmpty() && !sources.contains(l->attribution) &&
        (!context.attribution || context.attribution->sourcesOfLayer(l->id).isEmpty()))
      sources << l->attribution;
  if (context.basemap && !context.basemap->attribution().isEmpty()) sources << context.basemap->attribution();
  return sources;
}

bool FooterPainter::showsSchematic(const PageCanvas& page) {
  for (const ResolvedFrame& f : page.frames)
    if (!f.skipped && f.contents.hasSchematic) return true;
  return false;
}

void FooterPainter::paint(PageCanvas& page, const LayoutItem& item, const FooterItem& footer) {
  const LayoutContext& context = page.context;
  const QRectF r = page.pxRect(item.rectMm);
  const bool schematic = showsSchematic(page);
  QStringList first;
  if (!footer.organisation.isEmpty()) first << QStringLiteral("编制单位：") + page.expand(footer.organisation);
  first << QStringLiteral("编制日期：") +
               (footer.date.isEmpty() ? context.date.toString(QStringLiteral("yyyy年M月d日")) : page.expand(footer.date));
  if (!footer.approvalNumber.isEmpty()) first << QStringLiteral("审图号：") + footer.approvalNumber;
  QString text = first.join(QStringLiteral("    "));
  const QStringList sources = FooterPainter::sources(page);
  if (!sources.isEmpty()) text += QStringLiteral("\n数据来源：") + sources.join(QStringLiteral("；"));
  if (schematic) text += QStringLiteral("\n注：图中示意性(schematic)要素位置与范围仅为示意，不作为权属或审批依据。");
  TextStyle s{item.fontSizePt, false, QColor(60, 60, 60)};
  const QRectF inner = r.adjusted(page.px(0.5), page.px(0.5), -page.px(0.5), -page.px(0.5));
  while (s.sizePt > 4 && page.text.drawBlock(page.p, inner, text, s, Qt::AlignLeft, false) > inner.height()) s.sizePt *= 0.93;
  page.text.drawBlock(page.p, inner, text, s, Qt::AlignLeft | Qt::AlignTop);
  page.paintItemFrame(item);
}

}  // namespace planmap
