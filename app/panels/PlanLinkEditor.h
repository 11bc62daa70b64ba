#pragma once

#include "FeatureLink.h"

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace planmap {

class Project;

// Links and unlinks one map feature (layer id + feature key) and plan items of a Project: shows the
// items the feature is linked to, searches the catalog (id, Chinese text, chapter/section; all kinds
// or only targets / projects / measures), links the chosen item with a role, unlinks the chosen link.
// Every change is a PlanEditCommand on project.undoStack(), so the window's Undo/Redo undo it; the
// lists follow Project::linksChanged, whoever made the change.
//
// A plain QWidget: the window puts it in a dock (following the identified feature) or a dialog.
class PlanLinkEditor : public QWidget {
  Q_OBJECT
 public:
  explicit PlanLinkEditor(Project& project, QWidget* parent = nullptr);

  QString layerId() const { return layerId_; }
  QString featureKey() const { return featureKey_; }
  // The text shown under the lists after the last action (confirmation or why nothing happened).
  QString message() const;

  // Links the current feature to `itemId` with `role` / removes that link. False (with message())
  // when there is no feature, the item is unknown, or the link already exists / does not exist.
  bool linkItem(const QString& itemId, LinkRole role);
  bool unlinkItem(const QString& itemId, LinkRole role);

 public Q_SLOTS:
  // The feature to edit; `displayName` is what the planner sees ("汉滨区", "恒口毛绒玩具文创产业园").
  void setFeature(const QString& layerId, const QString& featureKey, const QString& displayName);
  void clearFeature();
  // Runs the catalog search for `text` (also what typing in the search field does).
  void search(const QString& text);

 Q_SIGNALS:
  // After a link or unlink pushed from this editor.
  void linksEdited(const QString& layerId, const QString& featureKey);
  // Double-click on a linked item or a search hit: the window may show it (target dock, plan text).
  void itemActivated(const QString& itemId);

 private:
  void refreshLinked();
  void showSelectedText();
  void linkSelected();
  void unlinkSelected();
  void setMessage(const QString& text, bool error);
  LinkRole defaultRole() const;

  Project& project_;
  QString layerId_;
  QString featureKey_;
  QString displayName_;

  QLabel* heading_ = nullptr;
  QTreeWidget* linked_ = nullptr;
  QPushButton* unlink_ = nullptr;
  QLineEdit* searchField_ = nullptr;
  QComboBox* kindFilter_ = nullptr;
  QTreeWidget* results_ = nullptr;
  QLabel* itemText_ = nullptr;
  QComboBox* role_ = nullptr;
  QPushButton* link_ = nullptr;
  QLabel* message_ = nullptr;
};

}  // namespace planmap
