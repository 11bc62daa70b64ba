#include "CountyStatsDock.h"

#include "AnalysisInputs.h"
#include "ConstraintRuleSet.h"
#include "Project.h"


#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace planmap {

namespace {

// Sorts by the number behind the formatted text, not by the text.
class NumberItem : public QTableWidgetItem {
 public:
  NumberItem(double value, int decimals) : QTableWidgetItem(QString::number(value, 'f', decimals)) {
    setData(Qt::UserRole, value);
    setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  }
  bool operator<(const QTableWidgetItem& other) const override {
    return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
  }
};

}  // namespace

CountyStatsDock::CountyStatsDock(const Project& project, QWidget* parent)
    : QDockWidget(tr("County statistics"), parent), project_(project) {
  setObjectName(QStringLiteral("CountyStatsDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(new QLabel(tr("Units:"), body));
  units_ = new QComboBox(body);
  units_->setObjectName(QStringLiteral("unitsCombo"));
  units_->setToolTip(tr("The layer whose polygons are the units of the table: counties, townships or a county's own boundary file"));
  units_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  buttons->addWidget(units_);
  refresh_ = new QPushButton(tr("Compute"), body);
  connect(refresh_, &QPushButton::clicked, this, &CountyStatsDock::refresh);
  buttons->addWidget(refresh_);
  busy_ = new QProgressBar(body);
  busy_->setRange(0, 0);
  busy_->setMaximumHeight(refresh_->sizeHint().height());
  busy_->setVisible(false);
  buttons->addWidget(busy_, 1);
  buttons->addStretch(1);
  exportCsv_ = new QPushButton(tr("Export CSV…"), body);
  exportCsv_->setEnabled(false);
  connect(exportCsv_, &QPushButton::clicked, this, &CountyStatsDock::chooseCsvExport);
  buttons->addWidget(exportCsv_);
  layout->addLayout(buttons);
  status_ = new QLabel(body);
  status_->setWordWrap(true);
  layout->addWidget(status_);
  table_ = new QTableWidget(body);
  table_->setObjectName(QStringLiteral("countyTable"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->verticalHeader()->setVisible(false);
  layout->addWidget(table_, 1);
  setWidget(body);
  updateUnitsChoices();
  connect(units_, &QComboBox::currentIndexChanged, this, &CountyStatsDock::refresh);
}

CountyStatsDock::~CountyStatsDock() = default;

void CountyStatsDock::updateUnitsChoices() {
  const QString current = units_->currentData().toString();
  const AnalysisInputs inputs = project_.analysisInputs();
  units_->blockSignals(true);
  units_->clear();
  units_->addItem(tr("Automatic"), QString());
  for (const QString& id : inputs.unitsLayerCandidates()) {
    const auto layer = inputs.layer(id);
    units_->addItem(layer->title.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(layer->title, id), id);
  }
  const int keep = units_->findData(current);
  units_->setCurrentIndex(keep >= 0 ? keep : 0);
  units_->blockSignals(false);
}

void CountyStatsDock::setUnitsLayer(const QString& layerId) {
  updateUnitsChoices();
  const int i = units_->findData(layerId);
  units_->setCurrentIndex(i >= 0 ? i : 0);
}

QString CountyStatsDock::unitsLayer() const { return units_->currentData().toString(); }

void CountyStatsDock::refresh() {
  const int generation = ++generation_;
  pending_ = true;
  busy_->setVisible(true);
  status_->setText(tr("Computing county statistics…"));
  auto* watcher = new QFutureWatcher<Result<CountyStatistics>>(this);
  connect(watcher, &QFutureWatcher<Result<CountyStatistics>>::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    if (generation != generation_) return;  // superseded
    pending_ = false;
    busy_->setVisible(false);
    Result<CountyStatistics> result = watcher->result();
    if (!result) {
      status_->setText(tr("County statistics failed: %1").arg(result.error()));
      emit statisticsFailed(result.error());
      return;
    }
    showStatistics(result.value());
    emit statisticsReady();
  });
  // The project as it is now; edits made while this runs are in the next refresh.
  watcher->setFuture(QtConcurrent::run([inputs = project_.analysisInputs(), units = unitsLayer()]() {
    auto rules = ConstraintRuleSet::readFile(ConstraintRuleSet::bundledPath());
    if (!rules) return Result<CountyStatistics>::fail(rules.error());
    return inputs.statistics(rules.value(), units);
  }));
}

void CountyStatsDock::showStatistics(const CountyStatistics& stats) {
  stats_ = stats;
  const QStringList& zones = stats.zoneValues();
  QStringList headers{stats.unitsTitle(), tr("Area km²")};
  for (const QString& zone : stats.zoneValues()) {
    if (zone == QLatin1String("core")) headers << tr("Qinling core km²");
    else if (zone == QLatin1String("key")) headers << tr("Qinling key km²");
    else if (zone == QLatin1String("general")) headers << tr("Qinling general km²");
    else headers << tr("Qinling %1 km²").arg(zone);
  }
  for (const QString& name : stats.constraintNames()) headers << tr("%1 km²").arg(name);
  headers << tr("National park km²") << tr("Parks") << tr("Enclave parks") << tr("Mines") << tr("Rivers km")
          << tr("Han River km") << tr("Linked items") << tr("Targets") << tr("Target status");

  table_->setSortingEnabled(false);  // filling a sorted table reorders rows under our feet
  table_->clear();
  table_->setColumnCount(static_cast<int>(headers.size()));
  table_->setHorizontalHeaderLabels(headers);
  table_->setRowCount(static_cast<int>(stats.rows().size()));
  int r = 0;
  for (const CountyStatistics::Row& row : stats.rows()) {
    int c = 0;
    auto* name = new QTableWidgetItem(row.county);
    name->setData(Qt::UserRole, row.feature);
    table_->setItem(r, c++, name);
    table_->setItem(r, c++, new NumberItem(row.areaKm2, 1));
    for (const QString& zone : zones) {
      double km2 = 0;
      for (const auto& [z, v] : row.zoneAreaKm2)
        if (z == zone) km2 = v;
      table_->setItem(r, c++, new NumberItem(km2, 1));
    }
    for (const auto& [name, km2] : row.constraintAreaKm2) table_->setItem(r, c++, new NumberItem(km2, 1));
    table_->setItem(r, c++, new NumberItem(row.nationalParkKm2, 1));
    table_->setItem(r, c++, new NumberItem(row.parkCount, 0));
    table_->setItem(r, c++, new NumberItem(row.enclaveParkCount, 0));
    table_->setItem(r, c++, new NumberItem(row.mineCount, 0));
    table_->setItem(r, c++, new NumberItem(row.riverLengthKm, 1));
    table_->setItem(r, c++, new NumberItem(row.hanRiverLengthKm, 1));
    table_->setItem(r, c++, new NumberItem(static_cast<double>(row.items.size()), 0));
    table_->setItem(r, c++, new NumberItem(row.targetCount(), 0));
    QMap<QString, int> byStatus;
    QStringList detail;
    for (const CountyStatistics::LinkedItem& item : row.items) {
      if (item.status.isEmpty()) continue;
      ++byStatus[item.status];
      detail << QStringLiteral("%1 %2: %3").arg(item.id, item.name, item.status);
    }
    QStringList counts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
      counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    auto* status = new QTableWidgetItem(counts.join(QStringLiteral(", ")));
    status->setToolTip(detail.join(QLatin1Char('\n')));
    table_->setItem(r, c++, status);
    ++r;
  }
  table_->setSortingEnabled(true);
  table_->resizeColumnsToContents();
  QString summary = tr("Units: %1 (layer %2), %n unit(s); areas on the ellipsoid.", nullptr, r)
                        .arg(stats.unitsTitle(), stats.unitsLayer());
  if (!stats.warnings().isEmpty()) summary += QLatin1Char('\n') + stats.warnings().join(QLatin1Char('\n'));
  status_->setText(summary);
  exportCsv_->setEnabled(true);
}

Status CountyStatsDock::exportCsv(const QString& path) const {
  if (!stats_) return Status::fail(tr("No statistics to export to %1.").arg(path));
  return stats_->writeCsv(path);
}

void CountyStatsDock::chooseCsvExport() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export county statistics"), QString(), tr("CSV (*.csv)"));
  if (path.isEmpty()) return;
  if (Status s = exportCsv(path); !s) status_->setText(s.error());
}

}  // namespace planmap
