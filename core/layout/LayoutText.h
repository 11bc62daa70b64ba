#pragma once

#include <QColor>
#include <QHash>
#include <QPainter>
#include <QRawFont>
#include <QString>
#include <QStringList>

namespace planmap {

struct TextStyle {
  double sizePt = 9;
  bool bold = false;
  QColor color = QColor(34, 34, 34);
  QString family = QStringLiteral("Noto Sans CJK SC");
};

// Layout text in device pixels, drawn as glyph runs looked up in the font's own cmap rather than
// through QPainter::drawText. Why: Qt's PDF engine builds each font's ToUnicode map by reverse
// cmap lookup, and glyphs that shaping picks for Latin digits after Latin letters ("Scale 1:50000")
// are not found back, so the digits vanish from pdftotext and from copy-paste. Cmap glyphs always
// map back. Chinese needs no shaping; characters the font lacks fall back to drawText.
class LayoutText {
 public:
  explicit LayoutText(double dpi) : dpi_(dpi) {}

  double width(const QString& text, const TextStyle& style) const;
  double ascent(const TextStyle& style) const;
  double descent(const TextStyle& style) const;
  double lineHeight(const TextStyle& style) const;  // ascent + descent + a little leading

  // Draws one line with its baseline starting at `baseline`.
  void draw(QPainter& painter, const QPointF& baseline, const QString& text, const TextStyle& style) const;
  // The same with a halo (for labels over map content).
  void drawWithHalo(QPainter& painter, const QPointF& baseline, const QString& text, const TextStyle& style,
                    const QColor& halo, double haloPx) const;
  // Breaks `text` into lines no wider than `maxWidth` (CJK may break between any two characters,
  // Latin words stay whole when they fit); explicit '\n' always breaks.
  QStringList wrap(const QString& text, const TextStyle& style, double maxWidth) const;
  // Wrapped text in `rect` (top-aligned unless AlignVCenter/AlignBottom); returns the height used.
  double drawBlock(QPainter& painter, const QRectF& rect, const QString& text, const TextStyle& style,
                   Qt::Alignment align, bool draw = true) const;
  // Shrinks text with an ellipsis to fit `maxWidth`.
  QString elided(const QString& text, const TextStyle& style, double maxWidth) const;

  double dpi() const { return dpi_; }
  double ptToPx(double pt) const { return pt * dpi_ / 72.0; }
  double mmToPx(double mm) const { return mm * dpi_ / 25.4; }

 private:
  const QRawFont& rawFont(const TextStyle& style) const;
  QFont fallbackFont(const TextStyle& style) const;
  double dpi_;
  mutable QHash<QString, QRawFont> fonts_;
};

}  // namespace planmap
