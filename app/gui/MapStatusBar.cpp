#include "MapStatusBar.h"

#include "CoordinateTransform.h"
#include "Crs.h"
#include "MapCanvas.h"
#include "MapDocument.h"
#include "MessageBar.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStatusBar>
#include <cmath>

namespace planmap {

MapStatusBar::MapStatusBar(QStatusBar* bar, MapDocument& document, MapCanvas* canvas, MessageBar* messages,
                           const QList<QWidget*>& permanent, QObject* parent)
    : QObject(parent), document_(document), canvas_(canvas), messages_(messages) {
  QWidget* owner = bar;
  lonLatLabel_ = new QLabel(owner);
  lonLatLabel_->setMinimumWidth(210);
  lonLatLabel_->setToolTip(tr("Cursor position, longitude/latitude (CGCS2000)"));
  xyLabel_ = new QLabel(owner);
  xyLabel_->setMinimumWidth(230);
  xyLabel_->setToolTip(tr("Cursor position in the display coordinate system"));
  measureLabel_ = new QLabel(owner);
  renderLabel_ = new QLabel(owner);
  scaleEdit_ = new QLineEdit(owner);
  scaleEdit_->setObjectName(QStringLiteral("scaleEdit"));
  scaleEdit_->setFixedWidth(QFontMetrics(scaleEdit_->font()).horizontalAdvance(QStringLiteral("1:10,000,000")) + 16);
  scaleEdit_->setToolTip(tr("Map scale; type e.g. 1:250000 and press Enter"));
  connect(scaleEdit_, &QLineEdit::returnPressed, this, &MapStatusBar::applyScaleText);
  crsCombo_ = new QComboBox(owner);
  crsCombo_->setToolTip(tr("Display coordinate system"));
  for (int epsg : {4545, 4546, 4544, 4490, 4326, 3857, 32649})
    crsCombo_->addItem(QStringLiteral("EPSG:%1 %2").arg(epsg).arg(Crs::fromEpsg(epsg).name()), epsg);
  crsCombo_->addItem(tr("Other…"), 0);
  crsCombo_->setCurrentIndex(crsCombo_->findData(document_.displayCrs().epsg()));
  connect(crsCombo_, &QComboBox::activated, this, &MapStatusBar::chooseCrs);

  bar->addWidget(lonLatLabel_);
  bar->addWidget(xyLabel_);
  bar->addWidget(measureLabel_, 1);
  for (QWidget* w : permanent) bar->addPermanentWidget(w);
  bar->addPermanentWidget(renderLabel_);
  bar->addPermanentWidget(new QLabel(tr("Scale"), owner));
  bar->addPermanentWidget(scaleEdit_);
  bar->addPermanentWidget(crsCombo_);

  connect(canvas_, &MapCanvas::cursorMoved, this, &MapStatusBar::updateCoordinates);
  connect(canvas_, &MapCanvas::extentChanged, this, &MapStatusBar::updateScale);
  connect(canvas_, &MapCanvas::renderStarted, this, [this] { renderLabel_->setText(tr("Rendering…")); });
  connect(canvas_, &MapCanvas::renderFinished, this, [this] {
    const RenderStats stats = canvas_->lastStats();
    renderLabel_->setText(tr("%1 features in %2 s").arg(QLocale().toString(qlonglong(stats.featuresDrawn)),
                                                       QLocale().toString(stats.seconds, 'f', 2)));
    if (!stats.errors.isEmpty()) messages_->showMessage(stats.errors.join(QLatin1Char('\n')), MessageBar::Level::Warning);
  });
  connect(canvas_, &MapCanvas::measurementChanged, measureLabel_, &QLabel::setText);
}

QString MapStatusBar::scaleText() const { return scaleEdit_->text(); }

double MapStatusBar::parseScale(QString text) {
  text.remove(QLatin1Char(' ')).remove(QChar(0x2009)).remove(QChar(0x00A0)).remove(QChar(0x202F));
  text.remove(QLatin1Char(',')).remove(QChar(0xFF0C));
  text.replace(QChar(0xFF1A), QLatin1Char(':'));
  if (text.contains(QLatin1Char(':'))) text = text.section(QLatin1Char(':'), 1);
  double factor = 1;
  if (text.endsWith(QChar(0x4E07))) {  // 万
    factor = 10000;
    text.chop(1);
  }
  bool ok = false;
  const double value = text.toDouble(&ok) * factor;
  return ok && value > 0 ? value : 0;
}

QString MapStatusBar::formatScale(double n) {
  // Round to three significant digits: 1:251,234 is noise, 1:251,000 is a scale.
  const double magnitude = std::pow(10.0, std::floor(std::log10(n)) - 2);
  const double rounded = std::round(n / magnitude) * magnitude;
  return QStringLiteral("1:%1").arg(QLocale().toString(qlonglong(std::llround(rounded))));
}

void MapStatusBar::updateCoordinates(const QPointF& p) {
  const Crs& display = document_.displayCrs();
  double lon = p.x(), lat = p.y();
  const Crs cgcs = Crs::fromEpsg(4490);
  bool ok = true;
  if (display != cgcs) {
    auto transform = CoordinateTransform::create(display, cgcs);
    ok = transform && transform->transformPoint(lon, lat);
  }
  const QLocale locale;
  lonLatLabel_->setText(ok ? tr("Lon %1°  Lat %2°").arg(locale.toString(lon, 'f', 5), locale.toString(lat, 'f', 5)) : QString());
  if (display.isGeographic())
    xyLabel_->setText(tr("x %1°  y %2°").arg(locale.toString(p.x(), 'f', 5), locale.toString(p.y(), 'f', 5)));
  else
    xyLabel_->setText(tr("X %1 m  Y %2 m").arg(locale.toString(p.x(), 'f', 1), locale.toString(p.y(), 'f', 1)));
}

void MapStatusBar::updateScale() {
  const double n = canvas_->scaleDenominator();
  if (!(n > 0) || !std::isfinite(n)) return;
  if (!scaleEdit_->hasFocus()) scaleEdit_->setText(formatScale(n));
}

void MapStatusBar::applyScaleText() {
  const double n = parseScale(scaleEdit_->text());
  if (n > 0) canvas_->setScaleDenominator(n);
  canvas_->setFocus();
  updateScale();
}

void MapStatusBar::chooseCrs(int index) {
  const int epsg = crsCombo_->itemData(index).toInt();
  Crs crs;
  if (epsg == 0) {
    const QString text = QInputDialog::getText(crsCombo_->window(), tr("Display coordinate system"),
                                               tr("EPSG code, WKT or PROJ string:"));
    crs = Crs::fromUserInput(text.trimmed());
    if (!crs.isValid()) {
      if (!text.isEmpty()) messages_->showMessage(tr("Not a coordinate system: %1").arg(text), MessageBar::Level::Warning);
      crsCombo_->setCurrentIndex(crsCombo_->findData(document_.displayCrs().epsg()));
      return;
    }
  } else {
    crs = Crs::fromEpsg(epsg);
  }
  setDisplayCrs(crs);
}

void MapStatusBar::setDisplayCrs(const Crs& crs) {
  if (!crs.isValid() || crs == document_.displayCrs()) return;
  document_.setDisplayCrs(crs);
  int index = crsCombo_->findData(crs.epsg());
  if (index < 0 || crs.epsg() == 0) {
    crsCombo_->insertItem(crsCombo_->count() - 1, crs.description(), crs.epsg());
    index = crsCombo_->count() - 2;
  }
  crsCombo_->setCurrentIndex(index);
  updateScale();
}

}  // namespace planmap
