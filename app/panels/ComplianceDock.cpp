#include "ComplianceDock.h"

#include "AnalysisInputs.h"
#include "AtomicFileWriter.h"
#include "ComplianceChecker.h"
#include "Project.h"
#include "ComplianceReportPdf.h"
#include "PlanItem.h"
#include "VectorFileFilter.h"
#include "VectorLayer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <QFutureWatcher>

namespace planmap {

namespace {

constexpr int kDefaultBuffer = -1;  // spin box special value: the rules' default buffer

struct CheckOutcome {
  Result<ComplianceReport> report = Result<ComplianceReport>::fail(QString());
  ComplianceChecker::LayerList layers;  // what the check read, for drawing the report's map
  double defaultBufferM = 0;
};

QColor severityColour(Severity severity) {
  switch (severity) {
    case Severity::Prohibited: return QColor(0xd7, 0x30, 0x27);
    case Severity::Restricted: return QColor(0xfc, 0x8d, 0x59);
    case Severity::Note: return QColor(0x91, 0xbf, 0xdb);
  }
  return {};
}

QString areaText(double m2) {
  // ha / mu in English, 公顷 / 亩 in Chinese; digits grouped as the locale groups them.
  const QLocale locale;
  return QCoreApplication::translate("planmap::ComplianceDock", "%1 m² / %2 ha / %3 mu")
      .arg(locale.toString(m2, 'f', 0), locale.toString(m2 / 10000.0, 'f', 2),
           locale.toString(m2 / ConstraintConflict::kSquareMetresPerMu, 'f', 1));
}

// The site is drawn from its WKT in lon/lat; its coordinate pairs bound it (Z values, when any,
// are not written by the checker, which flattens to 2D).
Extent extentOfWkt(const QString& wkt) {
  static const QRegularExpression number(QStringLiteral("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?"));
  Extent e;
  bool isX = true;
  double x = 0;
  for (auto it = number.globalMatch(wkt); it.hasNext();) {
    const double v = it.next().captured().toDouble();
    if (isX) {
      x = v;
    } else {
      e.minX = std::min(e.minX, x);
      e.maxX = std::max(e.maxX, x);
      e.minY = std::min(e.minY, v);
      e.maxY = std::max(e.maxY, v);
    }
    isX = !isX;
  }
  return e;
}

}  // namespace

ComplianceDock::ComplianceDock(const Project& project, QWidget* parent)
    : QDockWidget(tr("Check compliance"), parent), project_(project) {
  setObjectName(QStringLiteral("ComplianceDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);

  auto* form = new QFormLayout;
  buffer_ = new QDoubleSpinBox(body);
  buffer_->setObjectName(QStringLiteral("bufferSpin"));
  buffer_->setRange(kDefaultBuffer, 100000);
  buffer_->setDecimals(0);
  buffer_->setSingleStep(50);
  buffer_->setSuffix(QStringLiteral(" m"));
  buffer_->setSpecialValueText(tr("Rules default"));
  buffer_->setValue(kDefaultBuffer);
  buffer_->setToolTip(tr("Corridor along rivers, in metres"));
  form->addRow(tr("Buffer (m)"), buffer_);
  activity_ = new QComboBox(body);
  activity_->setObjectName(QStringLiteral("activityCombo"));
  activity_->addItem(tr("None"), QString());
  activity_->addItem(tr("Mining"), QStringLiteral("mining"));
  activity_->addItem(tr("Quarrying"), QStringLiteral("quarrying"));
  activity_->addItem(tr("Industry"), QStringLiteral("industry"));
  form->addRow(tr("Activity"), activity_);
  layout->addLayout(form);

  auto* buttons = new QHBoxLayout;
  auto* chooseFile = new QPushButton(tr("Check a site file…"), body);
  chooseFile->setObjectName(QStringLiteral("checkFileButton"));
  connect(chooseFile, &QPushButton::clicked, this, &ComplianceDock::chooseFile);
  buttons->addWidget(chooseFile);
  busy_ = new QProgressBar(body);
  busy_->setRange(0, 0);  // indeterminate: the checker reports no progress
  busy_->setMaximumHeight(chooseFile->sizeHint().height());
  busy_->setVisible(false);
  buttons->addWidget(busy_, 1);
  layout->addLayout(buttons);

  summary_ = new QLabel(tr("No site checked yet."), body);
  summary_->setObjectName(QStringLiteral("summaryLabel"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(summary_);

  auto* splitter = new QSplitter(Qt::Vertical, body);
  table_ = new QTableWidget(0, 6, splitter);
  table_->setObjectName(QStringLiteral("conflictTable"));
  table_->setHorizontalHeaderLabels({tr("Layer"), tr("Feature"), tr("Severity"), tr("Overlap"), tr("Share"),
                                     tr("Accuracy")});
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setStretchLastSection(true);
  connect(table_, &QTableWidget::itemSelectionChanged, this, &ComplianceDock::onConflictSelected);
  planText_ = new QPlainTextEdit(splitter);
  planText_->setObjectName(QStringLiteral("planText"));
  planText_->setReadOnly(true);
  planText_->setPlaceholderText(tr("Select a conflict to read the plan text it rests on."));
  splitter->addWidget(table_);
  splitter->addWidget(planText_);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 1);
  layout->addWidget(splitter, 1);

  auto* exports = new QHBoxLayout;
  exportJson_ = new QPushButton(tr("Export JSON…"), body);
  exportPdf_ = new QPushButton(tr("Export PDF…"), body);
  exportJson_->setEnabled(false);
  exportPdf_->setEnabled(false);
  connect(exportJson_, &QPushButton::clicked, this, &ComplianceDock::chooseJsonExport);
  connect(exportPdf_, &QPushButton::clicked, this, &ComplianceDock::choosePdfExport);
  exports->addStretch(1);
  exports->addWidget(exportJson_);
  exports->addWidget(exportPdf_);
  layout->addLayout(exports);
  setWidget(body);
}

ComplianceDock::~ComplianceDock() = default;  // running workers hold their own copies of what they need

void ComplianceDock::checkFile(const QString& path) { start(ComplianceSite::fromFile(path)); }

void ComplianceDock::checkFeature(std::shared_ptr<const VectorLayer> layer, std::size_t row) {
  if (!layer) {
    start(Result<ComplianceSite>::fail(tr("No layer given.")));
    return;
  }
  start(ComplianceSite::fromLayerFeature(*layer, row));
}

void ComplianceDock::checkSite(const ComplianceSite& site) { start(Result<ComplianceSite>::ok(site)); }

bool ComplianceDock::isBusy() const { return pending_; }

void ComplianceDock::setBusy(bool busy) {
  pending_ = busy;
  busy_->setVisible(busy);
}

void ComplianceDock::start(Result<ComplianceSite> site) {
  const int generation = ++generation_;
  if (!site) {
    setBusy(false);
    summary_->setText(tr("Cannot check: %1").arg(site.error()));
    emit checkFailed(site.error());
    return;
  }
  ComplianceOptions options;
  if (buffer_->value() != kDefaultBuffer) options.bufferMeters = buffer_->value();
  options.activity = activity_->currentData().toString();
  setBusy(true);
  summary_->setText(tr("Checking %1…").arg(site->name()));

  auto* watcher = new QFutureWatcher<CheckOutcome>(this);
  connect(watcher, &QFutureWatcher<CheckOutcome>::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    if (generation != generation_) return;  // superseded by a later check
    CheckOutcome outcome = watcher->result();
    setBusy(false);
    if (outcome.defaultBufferM > 0 && buffer_->value() == kDefaultBuffer) buffer_->setValue(outcome.defaultBufferM);
    if (!outcome.report) {
      summary_->setText(tr("Check failed: %1").arg(outcome.report.error()));
      emit checkFailed(outcome.report.error());
      return;
    }
    reportLayers_ = std::move(outcome.layers);
    showReport(outcome.report.value());
    emit checkFinished();
  });
  // The project as it is now; later edits do not reach this check.
  watcher->setFuture(QtConcurrent::run([inputs = project_.analysisInputs(), site = std::move(site.value()), options]() {
    CheckOutcome outcome;
    auto rules = ConstraintRuleSet::readFile(ConstraintRuleSet::bundledPath());
    if (!rules) {
      outcome.report = Result<ComplianceReport>::fail(rules.error());
      return outcome;
    }
    auto checker = inputs.checker(rules.value());
    if (!checker) {
      outcome.report = Result<ComplianceReport>::fail(checker.error());
      return outcome;
    }
    outcome.defaultBufferM = rules->defaultBufferMeters();
    outcome.layers = inputs.layers;
    outcome.report = checker->check(site, options);
    return outcome;
  }));
}

void ComplianceDock::showReport(const ComplianceReport& report) {
  report_ = report;
  QString verdict;
  const QString v = report.verdict();
  if (v == QLatin1String("prohibited")) verdict = tr("Prohibited");
  else if (v == QLatin1String("restricted")) verdict = tr("Restricted");
  else if (v == QLatin1String("note")) verdict = tr("Notes only");
  else if (v == QLatin1String("outside_ankang")) verdict = tr("Outside Ankang: not checked");
  else verdict = tr("Clear");
  if (report.verdictIsCaveat()) verdict += tr(" (schematic boundaries: verify)");

  QString measure;
  switch (report.siteKind) {
    case ComplianceReport::SiteKind::Polygon: measure = areaText(report.areaM2); break;
    case ComplianceReport::SiteKind::Line: measure = tr("%1 m long").arg(report.lengthM, 0, 'f', 0); break;
    case ComplianceReport::SiteKind::Point: measure = tr("%n point(s)", nullptr, report.pointCount); break;
  }
  QString text = tr("%1 — verdict: %2; site %3; counties: %4; %5 conflict(s)")
                     .arg(report.siteName.isEmpty() ? tr("Site") : report.siteName, verdict, measure,
                          report.countyNames().join(QStringLiteral("、")))
                     .arg(report.conflicts.size());
  if (report.repaired) text += QLatin1Char('\n') + tr("Geometry repaired: %1").arg(report.repairNote);
  for (const QString& w : report.warnings) text += QLatin1Char('\n') + w;
  QStringList used;
  for (const ComplianceReport::LayerUsed& l : report.layersUsed) used << (l.title.isEmpty() ? l.id : l.title);
  text += QLatin1Char('\n') + (used.isEmpty() ? tr("No constraint layer in the project: nothing to check against.")
                                               : tr("Constraint layers checked: %1").arg(used.join(QStringLiteral("、"))));
  summary_->setText(text);

  table_->clearSelection();
  table_->setRowCount(0);
  planText_->clear();
  table_->setRowCount(static_cast<int>(report.conflicts.size()));
  for (int r = 0; r < table_->rowCount(); ++r) {
    const ConstraintConflict& c = report.conflicts[static_cast<std::size_t>(r)];
    auto* layer = new QTableWidgetItem(c.layerTitle.isEmpty() ? c.layer : c.layerTitle);
    layer->setToolTip(c.constraint);
    auto* feature = new QTableWidgetItem(c.name.isEmpty() ? c.feature : c.name);
    auto* severity = new QTableWidgetItem(severityLabelZh(c.severity));
    severity->setBackground(severityColour(c.severity));
    severity->setForeground(c.severity == Severity::Note ? Qt::black : Qt::white);
    QString overlap;
    if (report.siteKind == ComplianceReport::SiteKind::Polygon) overlap = areaText(c.overlapM2);
    else if (report.siteKind == ComplianceReport::SiteKind::Line) overlap = tr("%1 m").arg(c.overlapLengthM, 0, 'f', 0);
    else overlap = tr("%n point(s) inside", nullptr, c.pointsInside);
    auto* share = new QTableWidgetItem(QStringLiteral("%1 %").arg(c.share * 100.0, 0, 'f', 2));
    share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* accuracy = new QTableWidgetItem(c.caveat ? QStringLiteral("⚠ %1").arg(c.accuracy) : c.accuracy);
    if (c.caveat) accuracy->setToolTip(c.caveatText);
    table_->setItem(r, 0, layer);
    table_->setItem(r, 1, feature);
    table_->setItem(r, 2, severity);
    table_->setItem(r, 3, new QTableWidgetItem(overlap));
    table_->setItem(r, 4, share);
    table_->setItem(r, 5, accuracy);
  }
  table_->resizeColumnsToContents();
  exportJson_->setEnabled(true);
  exportPdf_->setEnabled(true);
  const Extent extent = extentOfWkt(report.siteWkt);
  if (!extent.isEmpty()) emit zoomRequested(extent);
}

void ComplianceDock::onConflictSelected() {
  const auto rows = table_->selectionModel()->selectedRows();
  if (!report_ || rows.isEmpty()) return;
  const int r = rows.first().row();
  if (r < 0 || r >= static_cast<int>(report_->conflicts.size())) return;
  const ConstraintConflict& c = report_->conflicts[static_cast<std::size_t>(r)];
  QString text = c.summary;
  if (!c.ruleText.isEmpty()) {
    if (!text.isEmpty()) text += QStringLiteral("\n\n");
    for (const QString& line : PlanItem::readableText(c.ruleText).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
      text += QStringLiteral("“%1”\n").arg(line);
  }
  if (!c.planItems.isEmpty()) text += tr("Plan items: %1").arg(c.planItems.join(QStringLiteral(", ")));
  text += QStringLiteral("\n") + tr("Basis (%1): %2").arg(c.provenance.name(), c.provenance.citationText());
  if (c.caveat) text += QStringLiteral("\n⚠ ") + c.caveatText;
  planText_->setPlainText(text.trimmed());
  emit highlightRequested(c.layer, QStringList{c.feature});
}

Status ComplianceDock::exportJson(const QString& path) const {
  if (!report_) return Status::fail(tr("No report to export to %1.").arg(path));
  return AtomicFileWriter::write(path, QJsonDocument(report_->toJson()).toJson(QJsonDocument::Indented));
}

Status ComplianceDock::exportPdf(const QString& path) const {
  if (!report_) return Status::fail(tr("No report to export to %1.").arg(path));
  return ComplianceReportPdf::write(*report_, reportLayers_, path);
}

void ComplianceDock::chooseFile() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Site to check"), QString(),
      VectorFileFilter::dialogFilter());
  if (!path.isEmpty()) checkFile(path);
}

void ComplianceDock::chooseJsonExport() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export report as JSON"), QString(),
                                                    tr("JSON (*.json)"));
  if (path.isEmpty()) return;
  if (Status s = exportJson(path); !s) summary_->setText(s.error());
}

void ComplianceDock::choosePdfExport() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export report as PDF"), QString(), tr("PDF (*.pdf)"));
  if (path.isEmpty()) return;
  if (Status s = exportPdf(path); !s) summary_->setText(s.error());
}

}  // namespace planmap
