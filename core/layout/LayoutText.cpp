#include "LayoutText.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainterPath>

namespace planmap {
namespace {

bool isBreakable(QChar c) { return c.unicode() >= 0x2E80; }  // CJK and beyond: break anywhere

bool allGlyphsPresent(const QList<quint32>& glyphs, const QString& text) {
  qsizetype i = 0;
  for (quint32 g : glyphs) {
    if (g == 0 && i < text.size() && !text.at(i).isSpace()) return false;
    ++i;
  }
  return true;
}

}  // namespace

const QRawFont& LayoutText::rawFont(const TextStyle& style) const {
  const QString key = QStringLiteral("%1|%2|%3").arg(style.family).arg(style.bold).arg(style.sizePt);
  auto it = fonts_.find(key);
  if (it == fonts_.end()) {
    QFont font(style.family);
    font.setBold(style.bold);
    QRawFont raw = QRawFont::fromFont(font);
    raw.setPixelSize(ptToPx(style.sizePt));
    it = fonts_.insert(key, raw);
  }
  return it.value();
}

QFont LayoutText::fallbackFont(const TextStyle& style) const {
  QFont font(style.family);
  font.setBold(style.bold);
  font.setPixelSize(std::max(1, qRound(ptToPx(style.sizePt))));
  return font;
}

double LayoutText::width(const QString& text, const TextStyle& style) const {
  const QRawFont& raw = rawFont(style);
  const QList<quint32> glyphs = raw.glyphIndexesForString(text);
  if (!allGlyphsPresent(glyphs, text)) return QFontMetricsF(fallbackFont(style)).horizontalAdvance(text);
  double w = 0;
  for (const QPointF& a : raw.advancesForGlyphIndexes(glyphs)) w += a.x();
  return w;
}

double LayoutText::ascent(const TextStyle& style) const { return rawFont(style).ascent(); }
double LayoutText::descent(const TextStyle& style) const { return rawFont(style).descent(); }
double LayoutText::lineHeight(const TextStyle& style) const {
  return (ascent(style) + descent(style)) * 1.08;
}

void LayoutText::draw(QPainter& painter, const QPointF& baseline, const QString& text, const TextStyle& style) const {
  if (text.isEmpty()) return;
  const QRawFont& raw = rawFont(style);
  const QList<quint32> glyphs = raw.glyphIndexesForString(text);
  painter.save();
  painter.setPen(style.color);
  if (!allGlyphsPresent(glyphs, text)) {
    painter.setFont(fallbackFont(style));
    painter.drawText(baseline, text);
    painter.restore();
    return;
  }
  QList<QPointF> positions;
  positions.reserve(glyphs.size());
  QPointF at(0, 0);
  for (const QPointF& a : raw.advancesForGlyphIndexes(glyphs)) {
    positions.append(at);
    at += a;
  }
  QGlyphRun run;
  run.setRawFont(raw);
  run.setGlyphIndexes(glyphs);
  run.setPositions(positions);
  painter.drawGlyphRun(baseline, run);
  painter.restore();
}

void LayoutText::drawWithHalo(QPainter& painter, const QPointF& baseline, const QString& text, const TextStyle& style,
                              const QColor& halo, double haloPx) const {
  // The halo is a stroked outline path under the text; the text itself stays real text.
  const QRawFont& raw = rawFont(style);
  const QList<quint32> glyphs = raw.glyphIndexesForString(text);
  QPainterPath path;
  QPointF at = baseline;
  const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs);
  for (qsizetype i = 0; i < glyphs.size(); ++i) {
    path.addPath(raw.pathForGlyph(glyphs[i]).translated(at));
    at += advances[i];
  }
  painter.save();
  painter.setPen(QPen(halo, haloPx * 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  painter.setBrush(Qt::NoBrush);
  painter.drawPath(path);
  painter.restore();
  draw(painter, baseline, text, style);
}

QStringList LayoutText::wrap(const QString& text, const TextStyle& style, double maxWidth) const {
  QStringList lines;
  for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
    QString line;
    qsizetype i = 0;
    while (i < paragraph.size()) {
      // Next token: one CJK character, or a run of non-CJK characters up to a space (kept whole).
      qsizetype j = i + 1;
      if (!isBreakable(paragraph.at(i)) && !paragraph.at(i).isSpace())
        while (j < paragraph.size() && !isBreakable(paragraph.at(j)) && !paragraph.at(j).isSpace()) ++j;
      const QString token = paragraph.mid(i, j - i);
      if (!line.isEmpty() && width(line + token, style) > maxWidth) {
        lines << line.trimmed();
        line = token.trimmed();
      } else {
        line += token;
      }
      i = j;
    }
    lines << line.trimmed();
  }
  return lines;
}

double LayoutText::drawBlock(QPainter& painter, const QRectF& rect, const QString& text, const TextStyle& style,
                             Qt::Alignment align, bool draw) const {
  const QStringList lines = wrap(text, style, rect.width());
  const double lh = lineHeight(style);
  const double total = lh * lines.size();
  double y = rect.top();
  if (align & Qt::AlignVCenter) y = rect.center().y() - total / 2;
  else if (align & Qt::AlignBottom) y = rect.bottom() - total;
  if (draw) {
    for (const QString& line : lines) {
      const double w = width(line, style);
      double x = rect.left();
      if (align & Qt::AlignHCenter) x = rect.center().x() - w / 2;
      else if (align & Qt::AlignRight) x = rect.right() - w;
      this->draw(painter, QPointF(x, y + ascent(style) + (lh - ascent(style) - descent(style)) / 2), line, style);
      y += lh;
    }
  }
  return total;
}

QString LayoutText::elided(const QString& text, const TextStyle& style, double maxWidth) const {
  if (width(text, style) <= maxWidth) return text;
  QString t = text;
  while (!t.isEmpty() && width(t + QStringLiteral("…"), style) > maxWidth) t.chop(1);
  return t + QStringLiteral("…");
}

}  // namespace planmap
