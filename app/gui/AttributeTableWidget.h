#pragma once

#include "Result.h"

#include <QWidget>
#include <cstdint>
#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace planmap {

class AttributeTableModel;
class BundledMetadata;
struct VectorLayer;

// A layer's attribute table: sort by any column, filter by text in every column, selection kept in
// step with the map's highlight both ways, zoom to the selection, export to CSV.
class AttributeTableWidget : public QWidget {
  Q_OBJECT
 public:
  AttributeTableWidget(std::shared_ptr<const VectorLayer> layer, const BundledMetadata* metadata, QWidget* parent = nullptr);

  QString layerId() const;
  // Selected feature rows (model rows, ascending).
  std::vector<std::uint32_t> selectedRows() const;
  // From the map: select these rows without echoing selectionChanged back.
  void selectRows(const std::vector<std::uint32_t>& rows);
  void setFilterText(const QString& text);
  int visibleRowCount() const;
  Status exportCsv(const QString& path, bool selectedOnly) const;
  QTableView* view() const { return view_; }
  QSortFilterProxyModel* proxy() const { return proxy_; }

 Q_SIGNALS:
  void selectionChanged(const QString& layerId, const std::vector<std::uint32_t>& rows);
  void zoomToRowsRequested(const QString& layerId, const std::vector<std::uint32_t>& rows);

 private:
  void exportInteractive();
  void updateCount();

  AttributeTableModel* model_;
  QSortFilterProxyModel* proxy_;
  QTableView* view_;
  QLineEdit* filter_;
  QLabel* count_;
  std::vector<std::uint32_t> selected_;  // source rows, sorted; survives the filter
  void showSelection();                  // selects the shown rows of selected_ in the view
  bool syncing_ = false;
};

}  // namespace planmap
