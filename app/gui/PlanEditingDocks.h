#pragma once

#include <QObject>
#include <QString>

class QAction;
class QComboBox;
class QDockWidget;
class QMainWindow;

namespace planmap {

class PlanLinkEditor;
class Project;
class ProgressEditor;
class TargetThemeChooser;
class TargetChartView;

// The three docks that edit the plan side of a project from the window: links of the identified
// feature (PlanLinkEditor), progress of a target (ProgressEditor) and the target-status map theme
// (TargetThemeChooser). They follow what the planner points at — the identified feature, the
// target clicked in the target table or the identify panel — and every edit they make is one step
// on the project's undo stack. The actions are what a read-only team-store role gets disabled.
class PlanEditingDocks : public QObject {
  Q_OBJECT
 public:
  PlanEditingDocks(Project& project, QMainWindow* window);

  QAction* linkAction() const { return linkAction_; }
  QAction* progressAction() const { return progressAction_; }
  QAction* themeAction() const { return themeAction_; }
  QDockWidget* linkDock() const { return linkDock_; }
  QDockWidget* progressDock() const { return progressDock_; }
  QDockWidget* themeDock() const { return themeDock_; }
  PlanLinkEditor* linkEditor() const { return linkEditor_; }
  ProgressEditor* progressEditor() const { return progressEditor_; }
  TargetThemeChooser* themeChooser() const { return themeChooser_; }
  TargetChartView* chartView() const { return chartView_; }
  QDockWidget* chartDock() const { return chartDock_; }
  QAction* chartAction() const { return chartAction_; }
  QComboBox* targetPicker() const { return targetPicker_; }

 public Q_SLOTS:
  // The identified feature: the link editor edits its links (without raising the dock).
  void setFeature(const QString& layerId, const QString& featureKey, const QString& displayName);
  // A target picked anywhere: the progress editor and the theme chooser follow it.
  void setTarget(const QString& targetId);
  void reload();  // layers or catalog changed

 private:
  QDockWidget* addDock(QWidget* widget, const QString& title, const QString& objectName);
  void fillTargetPicker();

  Project& project_;
  QMainWindow* window_;
  PlanLinkEditor* linkEditor_;
  ProgressEditor* progressEditor_;
  TargetChartView* chartView_ = nullptr;
  QDockWidget* chartDock_ = nullptr;
  QAction* chartAction_ = nullptr;
  QComboBox* targetPicker_ = nullptr;
  TargetThemeChooser* themeChooser_;
  QDockWidget* linkDock_;
  QDockWidget* progressDock_;
  QDockWidget* themeDock_;
  QAction* linkAction_;
  QAction* progressAction_;
  QAction* themeAction_;
};

}  // namespace planmap
