#include "AttributionBar.h"

#include <QFontMetrics>
#include <QMouseEvent>
#include <QToolTip>
#include <algorithm>

namespace planmap {

AttributionBar::AttributionBar(QWidget* parent) : QLabel(parent) {
  setObjectName(QStringLiteral("attributionBar"));
  QFont f = font();
  f.setPointSizeF(std::max(7.0, f.pointSizeF() * 0.85));
  setFont(f);
  setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  setContentsMargins(6, 1, 6, 1);
  setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
  setFixedHeight(QFontMetrics(f).height() + 4);
  setStyleSheet(QStringLiteral("QLabel#attributionBar { color: #555; background: #f4f4f2; border-top: 1px solid #ddd; }"));
  setCursor(Qt::WhatsThisCursor);
}

void AttributionBar::setCredits(const QStringList& credits) {
  if (credits == credits_) return;
  credits_ = credits;
  setToolTip(fullText());
  updateText();
}

QString AttributionBar::fullText() const { return credits_.join(QLatin1Char('\n')); }

void AttributionBar::resizeEvent(QResizeEvent* event) {
  QLabel::resizeEvent(event);
  updateText();
}

void AttributionBar::mousePressEvent(QMouseEvent* event) {
  QToolTip::showText(event->globalPosition().toPoint(), fullText(), this);
  QLabel::mousePressEvent(event);
}

void AttributionBar::updateText() {
  const QString line = credits_.join(QStringLiteral(" | "));
  const int room = std::max(40, contentsRect().width());
  setText(credits_.isEmpty() ? QString() : fontMetrics().elidedText(line, Qt::ElideRight, room));
}

}  // namespace planmap
