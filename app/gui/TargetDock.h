#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace planmap {

class PlanContext;
class TargetTableModel;

// The plan targets with their status; clicking one highlights (and zooms to) the features linked to it.
class TargetDock : public QWidget {
  Q_OBJECT
 public:
  explicit TargetDock(const PlanContext* plan, QWidget* parent = nullptr);
  int rowCount() const;
  // After links, progress or the catalog changed.
  void refresh();
  QTableView* view() const { return view_; }

 Q_SIGNALS:
  void targetActivated(const QString& itemId);

 private:
  TargetTableModel* model_;
  QSortFilterProxyModel* proxy_;
  QTableView* view_;
  QLineEdit* filter_;
};

}  // namespace planmap
