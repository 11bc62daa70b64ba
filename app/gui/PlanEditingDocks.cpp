#include "PlanEditingDocks.h"

#include "PlanLinkEditor.h"
#include "ProgressEditor.h"
#include "Project.h"
#include "TargetChartView.h"
#include "TargetThemeChooser.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QVBoxLayout>

namespace planmap {

PlanEditingDocks::PlanEditingDocks(Project& project, QMainWindow* window)
    : QObject(window), project_(project), window_(window) {
  linkEditor_ = new PlanLinkEditor(project_, window_);
  progressEditor_ = new ProgressEditor(project_, window_);
  themeChooser_ = new TargetThemeChooser(project_, window_);
  linkDock_ = addDock(linkEditor_, tr("Plan links"), QStringLiteral("planLinksDock"));
  // The progress dock picks its target itself too, not only from a click elsewhere.
  auto* progressPanel = new QWidget(window_);
  auto* progressLayout = new QVBoxLayout(progressPanel);
  progressLayout->setContentsMargins(2, 2, 2, 2);
  targetPicker_ = new QComboBox(progressPanel);
  targetPicker_->setObjectName(QStringLiteral("progressTargetPicker"));
  targetPicker_->setEditable(true);  // type to find one of the plan's targets
  targetPicker_->setInsertPolicy(QComboBox::NoInsert);
  targetPicker_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  targetPicker_->setMinimumContentsLength(20);
  auto* pickerLabel = new QLabel(tr("Target:"), progressPanel);
  pickerLabel->setBuddy(targetPicker_);
  progressLayout->addWidget(pickerLabel);
  progressLayout->addWidget(targetPicker_);
  progressLayout->addWidget(progressEditor_, 1);
  fillTargetPicker();
  connect(targetPicker_, &QComboBox::activated, this, [this](int index) {
    setTarget(targetPicker_->itemData(index).toString());
  });
  progressDock_ = addDock(progressPanel, tr("Target progress"), QStringLiteral("progressDock"));
  themeDock_ = addDock(themeChooser_, tr("Target status map"), QStringLiteral("targetThemeDock"));
  chartView_ = new TargetChartView(project_, window_);
  chartDock_ = addDock(chartView_, tr("Target chart"), QStringLiteral("targetChartDock"));

  auto show = [](QDockWidget* dock) {
    dock->show();
    dock->raise();
  };
  linkAction_ = new QAction(tr("&Link the identified feature to the plan…"), this);
  connect(linkAction_, &QAction::triggered, this, [this, show] { show(linkDock_); });
  progressAction_ = new QAction(tr("Record target &progress…"), this);
  connect(progressAction_, &QAction::triggered, this, [this, show] { show(progressDock_); });
  themeAction_ = new QAction(tr("Colour the map by a &target's status…"), this);
  connect(themeAction_, &QAction::triggered, this, [this, show] { show(themeDock_); });
  chartAction_ = new QAction(tr("&Chart of a target's progress…"), this);
  connect(chartAction_, &QAction::triggered, this, [this, show] { show(chartDock_); });
  // A target double-clicked in the link editor is the one whose progress the planner wants next.
  connect(linkEditor_, &PlanLinkEditor::itemActivated, this, &PlanEditingDocks::setTarget);
}

QDockWidget* PlanEditingDocks::addDock(QWidget* widget, const QString& title, const QString& objectName) {
  auto* dock = new QDockWidget(title, window_);
  dock->setObjectName(objectName);
  dock->setWidget(widget);
  window_->addDockWidget(Qt::RightDockWidgetArea, dock);
  dock->hide();  // opened from the Plan menu or the identify panel; the map keeps its room
  return dock;
}

void PlanEditingDocks::setFeature(const QString& layerId, const QString& featureKey, const QString& displayName) {
  linkEditor_->setFeature(layerId, featureKey, displayName);
}

void PlanEditingDocks::setTarget(const QString& targetId) {
  const PlanItem* item = project_.catalog().itemById(targetId);
  if (!item || !item->isTarget()) return;
  progressEditor_->setTarget(targetId);
  themeChooser_->setTarget(targetId);
  chartView_->setTarget(targetId);
  if (const int i = targetPicker_->findData(targetId); i >= 0) targetPicker_->setCurrentIndex(i);
}

void PlanEditingDocks::reload() {
  themeChooser_->reload();
  fillTargetPicker();
}

void PlanEditingDocks::fillTargetPicker() {
  const QString current = progressEditor_->targetId();
  targetPicker_->clear();
  for (const PlanItem* t : project_.catalog().itemsOfKind(PlanItemKind::Target))
    targetPicker_->addItem(t->indicator.isEmpty() ? t->name : t->indicator, t->id);
  const int i = targetPicker_->findData(current);
  targetPicker_->setCurrentIndex(i);
}

}  // namespace planmap
