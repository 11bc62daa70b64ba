#include "TargetThemeChooser.h"

#include "LayerStateCommand.h"
#include "PlanWords.h"
#include "Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace planmap {
namespace {
// A layer's title in the UI language (the bundled layers carry an English one).
QString titleOf(const VectorLayer& layer) {
  return QLocale().language() != QLocale::Chinese && !layer.titleEn.isEmpty() ? layer.titleEn : layer.title;
}
}  // namespace


namespace {

QIcon swatch(const Symbol& s) {
  QPixmap pixmap(18, 12);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  p.setPen(QPen(s.stroke, 1));
  p.setBrush(s.fill.alpha() > 0 ? QBrush(s.fill) : QBrush(Qt::NoBrush));
  p.drawRect(QRectF(0.5, 0.5, 17, 11));
  if (s.hatch != Qt::NoBrush) {
    p.setBrush(QBrush(s.hatchColor, s.hatch));
    p.drawRect(QRectF(0.5, 0.5, 17, 11));
  }
  return QIcon(pixmap);
}

}  // namespace

TargetThemeChooser::TargetThemeChooser(Project& project, QWidget* parent)
    : QWidget(parent), project_(project), currentYear_(QDate::currentDate().year()) {
  setObjectName(QStringLiteral("TargetThemeChooser"));
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  target_ = new QComboBox(this);
  target_->setObjectName(QStringLiteral("targetCombo"));
  target_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  target_->setMinimumContentsLength(24);
  form->addRow(tr("Target:"), target_);
  layer_ = new QComboBox(this);
  layer_->setObjectName(QStringLiteral("layerCombo"));
  form->addRow(tr("Layer:"), layer_);
  layout->addLayout(form);
  cityFallback_ = new QCheckBox(tr("Counties without their own figures show the city-wide status (hatched)"), this);
  cityFallback_->setObjectName(QStringLiteral("cityFallbackCheck"));
  cityFallback_->setChecked(true);
  layout->addWidget(cityFallback_);
  cityStatus_ = new QLabel(this);
  cityStatus_->setObjectName(QStringLiteral("cityStatusLabel"));
  cityStatus_->setWordWrap(true);
  layout->addWidget(cityStatus_);
  legend_ = new QTreeWidget(this);
  legend_->setObjectName(QStringLiteral("legendList"));
  legend_->setHeaderLabels({tr("Status"), tr("Features")});
  legend_->setRootIsDecorated(false);
  layout->addWidget(legend_, 1);
  message_ = new QLabel(this);
  message_->setObjectName(QStringLiteral("messageLabel"));
  message_->setWordWrap(true);
  layout->addWidget(message_);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  apply_ = new QPushButton(tr("Apply to layer"), this);
  apply_->setObjectName(QStringLiteral("applyButton"));
  buttons->addWidget(apply_);
  layout->addLayout(buttons);

  connect(target_, &QComboBox::currentIndexChanged, this, [this] {
    fillLayers();
    refreshPreview();
  });
  connect(layer_, &QComboBox::currentIndexChanged, this, &TargetThemeChooser::refreshPreview);
  connect(cityFallback_, &QCheckBox::toggled, this, &TargetThemeChooser::refreshPreview);
  connect(apply_, &QPushButton::clicked, this, &TargetThemeChooser::applyTheme);
  connect(&project_, &Project::progressChanged, this, &TargetThemeChooser::refreshPreview);
  connect(&project_, &Project::linksChanged, this, [this] {
    fillLayers();
    refreshPreview();
  });
  connect(&project_.document(), &MapDocument::layersChanged, this, [this] {
    fillLayers();
    refreshPreview();
  });
  reload();
}

QString TargetThemeChooser::targetId() const { return target_->currentData().toString(); }
QString TargetThemeChooser::layerId() const { return layer_->currentData().toString(); }
QString TargetThemeChooser::message() const { return message_->text(); }

void TargetThemeChooser::setCurrentYear(int year) {
  currentYear_ = year;
  refreshPreview();
}

void TargetThemeChooser::reload() {
  const QString before = targetId();
  {
    const QSignalBlocker blocker(target_);
    target_->clear();
    for (const PlanItem* t : project_.catalog().itemsOfKind(PlanItemKind::Target)) {
      target_->addItem(QStringLiteral("%1  %2").arg(t->id, t->name), t->id);
      target_->setItemData(target_->count() - 1, t->displayText(), Qt::ToolTipRole);
    }
    const int i = target_->findData(before);
    target_->setCurrentIndex(i >= 0 ? i : 0);
  }
  fillLayers();
  refreshPreview();
}

void TargetThemeChooser::setTarget(const QString& targetId) {
  const int i = target_->findData(targetId);
  if (i >= 0) target_->setCurrentIndex(i);
}

void TargetThemeChooser::setLayer(const QString& layerId) {
  const int i = layer_->findData(layerId);
  if (i >= 0) layer_->setCurrentIndex(i);
}

void TargetThemeChooser::fillLayers() {
  const QSignalBlocker blocker(layer_);
  const QString before = layerId();
  layer_->clear();
  // County layers first (every target has a status per county), then layers with features linked
  // to this target, top of the map first.
  QSet<QString> linked;
  for (const FeatureLink& l : project_.links().featuresOfItem(targetId())) linked.insert(l.layer);
  const auto& layers = project_.document().layers();
  for (auto it = layers.rbegin(); it != layers.rend(); ++it)
    if ((*it)->features && TargetStatusTheme::isCountyLayer(**it)) layer_->addItem(titleOf(**it), (*it)->id);
  for (auto it = layers.rbegin(); it != layers.rend(); ++it)
    if ((*it)->features && linked.contains((*it)->id) && !TargetStatusTheme::isCountyLayer(**it))
      layer_->addItem(tr("%1 (linked features)").arg(titleOf(**it)), (*it)->id);
  const int i = layer_->findData(before);
  layer_->setCurrentIndex(i >= 0 ? i : 0);
}

Result<TargetTheme> TargetThemeChooser::buildTheme() const {
  const auto layer = project_.document().layer(layerId());
  if (!layer) return Result<TargetTheme>::fail(tr("Choose a layer."));
  TargetThemeOptions options;
  options.currentYear = currentYear_;
  options.countyFallbackToCity = cityFallback_->isChecked();
  return TargetStatusTheme::build(*layer, project_.catalog(), project_.links(), project_.progress(), targetId(), options);
}

void TargetThemeChooser::refreshPreview() {
  legend_->clear();
  cityStatus_->clear();
  const Result<TargetTheme> theme = buildTheme();
  apply_->setEnabled(theme.isOk());
  if (!theme) {
    message_->setText(theme.error());
    return;
  }
  message_->clear();
  if (const PlanItem* t = project_.catalog().itemById(theme->targetId))
    cityStatus_->setText(tr("City-wide (judged in %1): %2").arg(currentYear_).arg(PlanWords::assessmentText(*t, theme->cityWide)));
  for (const StyleClass& c : theme->style.classes) {
    const bool zh = QLocale().language() == QLocale::Chinese;
    auto* row = new QTreeWidgetItem(legend_, {zh ? c.labelZh : c.labelEn, QString::number(1 + c.otherValues.size())});
    row->setIcon(0, swatch(c.symbol));
    QStringList names;
    for (const ThemedFeature& f : theme->features)
      if (c.matches(f.key)) names << f.name;
    row->setToolTip(0, names.join(QStringLiteral("、")));
  }
  legend_->resizeColumnToContents(0);
  Q_EMIT styleReady(theme->layerId, theme->style);
}

bool TargetThemeChooser::applyTheme() {
  const Result<TargetTheme> theme = buildTheme();
  if (!theme) {
    message_->setText(theme.error());
    return false;
  }
  project_.undoStack().push(LayerStateCommand::styleChange(project_.document(), theme->layerId, theme->style,
                                                           tr("Colour %1 by the status of %2").arg(layer_->currentText(), theme->targetId)));
  message_->setText(tr("Applied: %1 coloured by the status of %2. Undo restores the previous style.")
                        .arg(layer_->currentText(), theme->targetId));
  Q_EMIT themeApplied(theme->layerId, theme->targetId);
  return true;
}

}  // namespace planmap
