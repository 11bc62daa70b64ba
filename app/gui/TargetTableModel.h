#pragma once

#include <QAbstractTableModel>
#include <vector>

namespace planmap {

class PlanContext;
struct PlanItem;

// The plan's targets as a table: indicator, promised value, deadline, progress status (coloured),
// latest figure and how many map features are linked to each.
class TargetTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { Id, Name, Promise, Deadline, Status, Latest, Links, ColumnCount };
  enum Role { ItemIdRole = Qt::UserRole + 1 };

  explicit TargetTableModel(const PlanContext* plan, QObject* parent = nullptr);
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  // Re-reads the catalog, links and progress (after an edit or an added catalog file).
  void refresh();

 private:
  const PlanContext* plan_;
  std::vector<const PlanItem*> targets_;
};

}  // namespace planmap
