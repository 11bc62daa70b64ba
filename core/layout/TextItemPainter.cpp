#include "TextItemPainter.h"

namespace planmap {

void TextItemPainter::paint(PageCanvas& page, const LayoutItem& item, const TextItem& t) {
  if (item.background.isValid()) page.p.fillRect(page.pxRect(item.rectMm), item.background);
  const TextStyle style{item.fontSizePt, t.bold, t.color};
  const QString text = page.expand(item.text.isEmpty() && t.role == TextItem::Role::Title ? QStringLiteral("{title}") : item.text);
  const QRectF r = page.pxRect(item.rectMm).adjusted(page.px(1), 0, -page.px(1), 0);
  // Titles shrink to fit their box rather than overflow onto the map.
  TextStyle fitted = style;
  while (fitted.sizePt > 5 && page.text.drawBlock(page.p, r, text, fitted, t.align, false) > r.height() * 1.02)
    fitted.sizePt *= 0.92;
  page.text.drawBlock(page.p, r, text, fitted, t.align);
  page.paintItemFrame(item);
}

}  // namespace planmap
