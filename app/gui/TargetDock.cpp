#include "TargetDock.h"

#include "TargetTableModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace planmap {

TargetDock::TargetDock(const PlanContext* plan, QWidget* parent)
    : QWidget(parent), model_(new TargetTableModel(plan, this)), proxy_(new QSortFilterProxyModel(this)),
      view_(new QTableView(this)), filter_(new QLineEdit(this)) {
  proxy_->setSourceModel(model_);
  proxy_->setFilterKeyColumn(-1);
  proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  view_->setModel(proxy_);
  view_->setSortingEnabled(true);
  view_->sortByColumn(-1, Qt::AscendingOrder);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setSelectionMode(QAbstractItemView::SingleSelection);
  view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view_->setWordWrap(false);
  view_->verticalHeader()->hide();
  view_->horizontalHeader()->setSectionResizeMode(TargetTableModel::Name, QHeaderView::Stretch);
  view_->setColumnHidden(TargetTableModel::Id, true);
  filter_->setPlaceholderText(tr("Filter targets…"));
  filter_->setClearButtonEnabled(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(filter_);
  layout->addWidget(view_, 1);
  connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
  connect(view_, &QTableView::clicked, this, [this](const QModelIndex& index) {
    emit targetActivated(index.data(TargetTableModel::ItemIdRole).toString());
  });
  view_->resizeColumnsToContents();
}

int TargetDock::rowCount() const { return proxy_->rowCount(); }

void TargetDock::refresh() { model_->refresh(); }

}  // namespace planmap
