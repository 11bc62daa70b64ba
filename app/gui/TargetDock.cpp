#include "TargetDock.h"

#include "TargetTableModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
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
  view_->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(view_, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
    const QModelIndex index = view_->indexAt(at);
    if (!index.isValid()) return;
    contextMenuFor(index.data(TargetTableModel::ItemIdRole).toString())->popup(view_->viewport()->mapToGlobal(at));
  });
  view_->resizeColumnsToContents();
}

QMenu* TargetDock::contextMenuFor(const QString& itemId) {
  if (!menu_) menu_ = new QMenu(this);
  menu_->clear();
  menu_->addAction(tr("&Record progress…"), this, [this, itemId] { emit recordProgressRequested(itemId); });
  menu_->addAction(tr("Show &features on the map"), this, [this, itemId] { emit targetActivated(itemId); });
  menu_->addAction(tr("Show &history"), this, [this, itemId] { emit historyRequested(itemId); });
  return menu_;
}

QString TargetDock::summary(const QString& itemId) const {
  for (int r = 0; r < model_->rowCount(); ++r) {
    const QModelIndex id = model_->index(r, TargetTableModel::Id);
    if (id.data(TargetTableModel::ItemIdRole).toString() != itemId) continue;
    auto text = [&](int column) { return model_->index(r, column).data().toString(); };
    const QString latest = text(TargetTableModel::Latest);
    QString line = tr("%1 — %2, %3").arg(text(TargetTableModel::Name), text(TargetTableModel::Promise),
                                         text(TargetTableModel::Status));
    if (!latest.isEmpty()) line += tr(" (latest: %1)").arg(latest);
    return line;
  }
  return {};
}

int TargetDock::rowCount() const { return proxy_->rowCount(); }

void TargetDock::refresh() { model_->refresh(); }

}  // namespace planmap
