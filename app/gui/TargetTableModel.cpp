#include "TargetTableModel.h"

#include "PlanContext.h"

#include <QBrush>
#include <QLocale>

namespace planmap {

TargetTableModel::TargetTableModel(const PlanContext* plan, QObject* parent) : QAbstractTableModel(parent), plan_(plan) {
  if (plan_ && plan_->catalog()) targets_ = plan_->catalog()->itemsOfKind(PlanItemKind::Target);
}

void TargetTableModel::refresh() {
  beginResetModel();
  targets_.clear();
  if (plan_ && plan_->catalog()) targets_ = plan_->catalog()->itemsOfKind(PlanItemKind::Target);
  endResetModel();
}

int TargetTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(targets_.size()); }

int TargetTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TargetTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const PlanItem& t = *targets_[size_t(index.row())];
  if (role == ItemIdRole) return t.id;
  const TargetAssessment a = plan_->assess(t);
  if (role == Qt::ToolTipRole && index.column() == Status) return plan_->explain(t, a);
  if (role == Qt::ToolTipRole) return QStringLiteral("%1 %2\n%3").arg(t.chapter, t.section, t.displayText());
  if (index.column() == Status && role == Qt::ForegroundRole) return QBrush(PlanContext::statusColor(a.status));
  if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
  const QLocale locale;
  switch (index.column()) {
    case Id: return t.id;
    case Name: return t.indicator.isEmpty() ? t.name : t.indicator;
    case Promise: {
      QString number;
      if (t.range) number = QStringLiteral("%1–%2").arg(locale.toString(t.range->min), locale.toString(t.range->max));
      else if (t.value) number = locale.toString(*t.value);
      return QStringList{t.comparator, number + t.unit}.join(QLatin1Char(' ')).trimmed();
    }
    case Deadline: return plan_->catalog()->effectiveDeadline(t);
    case Status:
      return a.status == TargetStatus::NoData ? PlanContext::statusName(a.status)
                                              : QStringLiteral("%1：%2").arg(PlanContext::statusName(a.status), plan_->explain(t, a));
    case Latest:
      return a.latest ? QStringLiteral("%1 (%2)").arg(locale.toString(*a.latest)).arg(a.latestYear) : QString();
    case Links: return int(plan_->links().featuresOfItem(t.id).size());
    default: return {};
  }
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Id: return tr("Id");
    case Name: return tr("Target");
    case Promise: return tr("Promise");
    case Deadline: return tr("Deadline");
    case Status: return tr("Status");
    case Latest: return tr("Latest");
    case Links: return tr("Map features");
    default: return {};
  }
}

}  // namespace planmap
