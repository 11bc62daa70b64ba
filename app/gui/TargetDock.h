#pragma once

#include <QWidget>

class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;

namespace planmap {

class PlanContext;
class TargetTableModel;

// The plan targets with their status; clicking one highlights (and zooms to) the features linked to
// it. The context menu records progress, shows the features or the target's history (its records).
class TargetDock : public QWidget {
  Q_OBJECT
 public:
  explicit TargetDock(const PlanContext* plan, QWidget* parent = nullptr);
  int rowCount() const;
  // After links, progress or the catalog changed.
  void refresh();
  QTableView* view() const { return view_; }
  // "name — promise, status (latest …)" of a target, as its row shows it; empty when not listed.
  QString summary(const QString& itemId) const;
  // The context menu of the row of `itemId` (for tests and the keyboard's menu key).
  QMenu* contextMenuFor(const QString& itemId);

 Q_SIGNALS:
  void targetActivated(const QString& itemId);
  void recordProgressRequested(const QString& itemId);
  void historyRequested(const QString& itemId);

 private:
  TargetTableModel* model_;
  QSortFilterProxyModel* proxy_;
  QTableView* view_;
  QLineEdit* filter_;
  QMenu* menu_ = nullptr;
};

}  // namespace planmap
