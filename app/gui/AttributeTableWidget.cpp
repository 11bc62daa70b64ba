#include "AttributeTableWidget.h"

#include "AtomicFileWriter.h"
#include "AttributeTableModel.h"
#include "VectorLayer.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace planmap {

AttributeTableWidget::AttributeTableWidget(std::shared_ptr<const VectorLayer> layer, const BundledMetadata* metadata, QWidget* parent)
    : QWidget(parent), model_(new AttributeTableModel(std::move(layer), metadata, this)),
      proxy_(new QSortFilterProxyModel(this)), view_(new QTableView(this)), filter_(new QLineEdit(this)),
      count_(new QLabel(this)) {
  proxy_->setSourceModel(model_);
  proxy_->setFilterKeyColumn(-1);  // every column
  proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  proxy_->setSortRole(Qt::EditRole);  // numbers sort as numbers
  view_->setModel(proxy_);
  view_->setSortingEnabled(true);
  view_->sortByColumn(-1, Qt::AscendingOrder);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view_->setAlternatingRowColors(true);
  view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  view_->horizontalHeader()->setDefaultSectionSize(120);
  view_->verticalHeader()->setDefaultSectionSize(22);
  filter_->setPlaceholderText(tr("Filter rows (any column)…"));
  filter_->setClearButtonEnabled(true);

  auto* zoom = new QPushButton(tr("Zoom to selection"), this);
  auto* clearSel = new QPushButton(tr("Clear selection"), this);
  auto* exportButton = new QPushButton(tr("Export CSV…"), this);
  auto* bar = new QHBoxLayout;
  bar->addWidget(filter_, 1);
  bar->addWidget(count_);
  bar->addWidget(zoom);
  bar->addWidget(clearSel);
  bar->addWidget(exportButton);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addLayout(bar);
  layout->addWidget(view_, 1);

  connect(filter_, &QLineEdit::textChanged, this, &AttributeTableWidget::setFilterText);
  connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
    if (!syncing_) {
      // Rows the filter hides keep their selection; the shown rows are as the planner clicked them.
      std::vector<std::uint32_t> rows;
      for (std::uint32_t r : selected_)
        if (!proxy_->mapFromSource(model_->index(int(r), 0)).isValid()) rows.push_back(r);
      for (const QModelIndex& index : view_->selectionModel()->selectedRows())
        rows.push_back(std::uint32_t(proxy_->mapToSource(index).row()));
      std::sort(rows.begin(), rows.end());
      rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
      selected_ = std::move(rows);
      emit selectionChanged(layerId(), selected_);
    }
    updateCount();
  });
  connect(zoom, &QPushButton::clicked, this, [this] { emit zoomToRowsRequested(layerId(), selectedRows()); });
  connect(clearSel, &QPushButton::clicked, this, [this] {
    selectRows({});
    emit selectionChanged(layerId(), selected_);
  });
  connect(exportButton, &QPushButton::clicked, this, &AttributeTableWidget::exportInteractive);
  view_->resizeColumnsToContents();
  updateCount();
}

QString AttributeTableWidget::layerId() const { return model_->layer()->id; }

std::vector<std::uint32_t> AttributeTableWidget::selectedRows() const { return selected_; }

void AttributeTableWidget::selectRows(const std::vector<std::uint32_t>& rows) {
  selected_ = rows;
  std::sort(selected_.begin(), selected_.end());
  selected_.erase(std::unique(selected_.begin(), selected_.end()), selected_.end());
  showSelection();
}

void AttributeTableWidget::showSelection() {
  syncing_ = true;
  QItemSelection selection;
  for (std::uint32_t r : selected_) {
    const QModelIndex index = proxy_->mapFromSource(model_->index(int(r), 0));
    if (index.isValid()) selection.select(index, index);
  }
  view_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  if (!selection.isEmpty()) view_->scrollTo(selection.indexes().first());
  syncing_ = false;
  updateCount();
}

void AttributeTableWidget::setFilterText(const QString& text) {
  if (filter_->text() != text) filter_->setText(text);
  // Filtering changes what is shown, not what is selected: the map keeps its highlight and the
  // rows come back selected when the filter lets them through again.
  syncing_ = true;
  proxy_->setFilterFixedString(text);
  syncing_ = false;
  showSelection();
}

int AttributeTableWidget::visibleRowCount() const { return proxy_->rowCount(); }

void AttributeTableWidget::updateCount() {
  const QLocale locale;
  count_->setText(tr("%1 of %2 rows, %3 selected")
                      .arg(locale.toString(proxy_->rowCount()), locale.toString(model_->rowCount()),
                           locale.toString(qlonglong(selected_.size()))));
}

Status AttributeTableWidget::exportCsv(const QString& path, bool selectedOnly) const {
  std::vector<int> rows;
  // In the order shown (sorted, filtered), so the file matches what the planner sees.
  for (int r = 0; r < proxy_->rowCount(); ++r) {
    const QModelIndex index = proxy_->index(r, 0);
    if (selectedOnly && !view_->selectionModel()->isRowSelected(r, {})) continue;
    rows.push_back(proxy_->mapToSource(index).row());
  }
  if (rows.empty()) return Status::fail(tr("%1: no rows to export").arg(path));
  return AtomicFileWriter::write(path, model_->toCsv(rows));
}

void AttributeTableWidget::exportInteractive() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export attribute table"), model_->layer()->id + QStringLiteral(".csv"),
                                                    tr("CSV (*.csv)"));
  if (path.isEmpty()) return;
  const bool selectedOnly = !view_->selectionModel()->selectedRows().isEmpty();
  const Status status = exportCsv(path, selectedOnly);
  if (!status) QMessageBox::warning(this, tr("Export failed"), status.error());
}

}  // namespace planmap
