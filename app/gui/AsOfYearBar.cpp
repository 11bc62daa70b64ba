#include "AsOfYearBar.h"

#include <QDate>
#include <algorithm>
#include <QLabel>
#include <QSlider>

namespace planmap {

AsOfYearBar::AsOfYearBar(QWidget* parent) : QToolBar(tr("Evaluation year"), parent) {
  setObjectName(QStringLiteral("asOfYearToolbar"));
  addWidget(new QLabel(tr("As of "), this));
  slider_ = new QSlider(Qt::Horizontal, this);
  slider_->setRange(kFirstYear, kLastYear);
  slider_->setPageStep(1);
  slider_->setTickPosition(QSlider::TicksBelow);
  slider_->setTickInterval(1);
  slider_->setMinimumWidth(140);
  slider_->setToolTip(tr("The year targets are judged at: statuses, the target map theme, charts and reports"));
  addWidget(slider_);
  value_ = new QLabel(this);
  value_->setMinimumWidth(48);
  addWidget(value_);
  slider_->setValue(std::clamp(QDate::currentDate().year(), kFirstYear, kLastYear));
  value_->setText(tr("%1").arg(slider_->value()));
  connect(slider_, &QSlider::valueChanged, this, [this](int y) {
    value_->setText(tr("%1").arg(y));
    Q_EMIT yearChanged(y);
  });
}

int AsOfYearBar::year() const { return slider_->value(); }

void AsOfYearBar::setYear(int year) { slider_->setValue(std::clamp(year, kFirstYear, kLastYear)); }

}  // namespace planmap
