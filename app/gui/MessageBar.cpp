#include "MessageBar.h"

#include "MessageText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace planmap {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), icon_(new QLabel(this)), label_(new QLabel(this)), buttons_(new QHBoxLayout), hideTimer_(new QTimer(this)) {
  setFrameShape(QFrame::StyledPanel);
  setAutoFillBackground(true);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(8, 4, 4, 4);
  layout->addWidget(icon_);
  label_->setWordWrap(true);
  label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(label_, 1);
  layout->addLayout(buttons_);
  auto* close = new QToolButton(this);
  close->setAutoRaise(true);
  close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
  close->setToolTip(tr("Close"));
  layout->addWidget(close);
  connect(close, &QToolButton::clicked, this, &QWidget::hide);
  hideTimer_->setSingleShot(true);
  connect(hideTimer_, &QTimer::timeout, this, &QWidget::hide);
  hide();
}

void MessageBar::showMessage(const QString& text, Level level, const QList<Action>& actions) {
  for (QPushButton* b : actionButtons_) b->deleteLater();
  actionButtons_.clear();
  // Whatever the source (a file's name, GDAL, a server): no passwords, no control characters.
  label_->setText(MessageText::clean(text));
  QColor background;
  QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
  switch (level) {
    case Level::Info: background = QColor(222, 235, 247); break;
    case Level::Warning:
      background = QColor(255, 240, 200);
      pixmap = QStyle::SP_MessageBoxWarning;
      break;
    case Level::Critical:
      background = QColor(250, 215, 210);
      pixmap = QStyle::SP_MessageBoxCritical;
      break;
  }
  QPalette pal = palette();
  pal.setColor(QPalette::Window, background);
  setPalette(pal);
  icon_->setPixmap(style()->standardIcon(pixmap).pixmap(20, 20));
  for (const Action& action : actions) {
    auto* button = new QPushButton(action.text, this);
    auto callback = action.callback;
    connect(button, &QPushButton::clicked, this, [this, callback] {
      hide();
      if (callback) callback();
    });
    buttons_->addWidget(button);
    actionButtons_.append(button);
  }
  show();
  // Messages with an action stay until used or closed; plain notes fade after 15 s.
  if (actions.isEmpty()) hideTimer_->start(15000);
  else hideTimer_->stop();
}

QString MessageBar::text() const { return isVisible() || !isHidden() ? label_->text() : QString(); }

QStringList MessageBar::actionTexts() const {
  QStringList texts;
  for (QPushButton* b : actionButtons_) texts << b->text();
  return texts;
}

void MessageBar::trigger(int action) {
  if (action >= 0 && action < actionButtons_.size()) actionButtons_[action]->click();
}

}  // namespace planmap
