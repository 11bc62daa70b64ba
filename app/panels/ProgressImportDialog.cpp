#include "ProgressImportDialog.h"

#include "PlanEditCommands.h"
#include "Project.h"
#include "SpreadsheetReader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace planmap {
namespace {

QString columnName(ProgressColumn c) {
  switch (c) {
    case ProgressColumn::Target: return ProgressImportDialog::tr("Target (id or indicator)");
    case ProgressColumn::Year: return ProgressImportDialog::tr("Year");
    case ProgressColumn::Value: return ProgressImportDialog::tr("Value");
    case ProgressColumn::Scope: return ProgressImportDialog::tr("Scope (county)");
    case ProgressColumn::Unit: return ProgressImportDialog::tr("Unit");
    case ProgressColumn::Source: return ProgressImportDialog::tr("Source");
    case ProgressColumn::Note: return ProgressImportDialog::tr("Note");
  }
  return {};
}

}  // namespace

QString ProgressImportDialog::fileFilter() { return tr("Spreadsheets (*.xlsx *.ods *.csv)"); }

ProgressImportDialog::ProgressImportDialog(Project& project, const QString& path, QWidget* parent)
    : QDialog(parent), project_(project), path_(path) {
  setWindowTitle(tr("Import progress — %1").arg(QFileInfo(path).fileName()));
  resize(900, 680);
  auto* form = new QFormLayout;
  sheet_ = new QComboBox(this);
  sheet_->addItem(tr("Every sheet with a header"), QString());
  layout_ = new QComboBox(this);
  layout_->addItem(tr("Guess"), QString());
  layout_->addItem(tr("Long: one row per target, year and scope"), QStringLiteral("long"));
  layout_->addItem(tr("Wide: one row per target, one column per year"), QStringLiteral("wide"));
  form->addRow(tr("Sheet"), sheet_);
  form->addRow(tr("Layout"), layout_);

  mapping_ = new QTableWidget(int(progressColumnsEnd() - progressColumnsBegin()), 2, this);
  mapping_->setHorizontalHeaderLabels({tr("Meaning"), tr("Column in the sheet")});
  mapping_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  mapping_->verticalHeader()->hide();
  int row = 0;
  for (const ProgressColumn* c = progressColumnsBegin(); c != progressColumnsEnd(); ++c, ++row) {
    mapping_->setItem(row, 0, new QTableWidgetItem(columnName(*c)));
    auto* combo = new QComboBox(mapping_);
    combo->setProperty("key", progressColumnKey(*c));
    mapping_->setCellWidget(row, 1, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
      if (!filling_) start();
    });
  }
  mapping_->setMaximumHeight(mapping_->verticalHeader()->length() + mapping_->horizontalHeader()->height() + 4);

  preview_ = new QTableWidget(0, 7, this);
  preview_->setHorizontalHeaderLabels({tr("Sheet, row"), tr("Target"), tr("Year"), tr("Scope"), tr("Value"), tr("Conversion"), tr("Change")});
  preview_->horizontalHeader()->setStretchLastSection(true);
  preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  errors_ = new QPlainTextEdit(this);
  errors_->setReadOnly(true);
  errors_->setMaximumHeight(120);
  summary_ = new QLabel(tr("Reading…"), this);
  summary_->setWordWrap(true);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  import_ = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
  import_->setEnabled(false);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(import_, &QPushButton::clicked, this, &ProgressImportDialog::importNow);

  auto* box = new QVBoxLayout(this);
  box->addLayout(form);
  box->addWidget(new QLabel(tr("Column mapping (guessed from the headers; change it if it is wrong):"), this));
  box->addWidget(mapping_);
  box->addWidget(new QLabel(tr("Preview of the first rows:"), this));
  box->addWidget(preview_, 1);
  box->addWidget(errors_);
  box->addWidget(summary_);
  box->addWidget(buttons);

  connect(sheet_, &QComboBox::currentIndexChanged, this, [this] {
    if (!filling_) start();
  });
  connect(layout_, &QComboBox::currentIndexChanged, this, [this] {
    if (!filling_) start();
  });
  connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &ProgressImportDialog::showOutcome);
  start();
}

ProgressImportDialog::~ProgressImportDialog() { watcher_.waitForFinished(); }

ProgressImportOptions ProgressImportDialog::currentOptions() const {
  ProgressImportOptions o;
  if (const auto l = progressLayoutFromString(layout_->currentData().toString())) o.layout = l;
  for (int r = 0; r < mapping_->rowCount(); ++r) {
    auto* combo = qobject_cast<QComboBox*>(mapping_->cellWidget(r, 1));
    if (!combo || combo->count() == 0 || combo->currentIndex() < 0) continue;
    // Only a mapping the planner changed overrides the guess.
    if (combo->currentIndex() == combo->property("guessed").toInt()) continue;
    o.columns.insert(combo->property("key").toString(), combo->currentData().toString());
  }
  return o;
}

void ProgressImportDialog::start() {
  if (watcher_.isRunning()) {
    restart_ = true;  // the newest choice wins when the running read ends
    return;
  }
  import_->setEnabled(false);
  summary_->setText(tr("Reading…"));
  // The worker gets copies: the window keeps editing the project meanwhile.
  const QString path = path_, sheet = sheet_->currentData().toString();
  const PlanCatalog catalog = project_.catalog();
  const ProgressStore progress = project_.progress();
  const ProgressImportOptions options = currentOptions();
  watcher_.setFuture(QtConcurrent::run([=] {
    Outcome out;
    if (auto table = SpreadsheetReader::read(path))
      for (const SpreadsheetSheet& s : table->sheets) out.sheets << s.name;
    out.result = ProgressImporter::importFile(path, catalog, progress, options, sheet);
    return out;
  }));
}

void ProgressImportDialog::showOutcome() {
  if (restart_) {
    restart_ = false;
    start();
    return;
  }
  const Outcome out = watcher_.result();
  filling_ = true;
  if (sheet_->count() == 1)
    for (const QString& s : out.sheets) sheet_->addItem(s, s);
  last_.reset();
  preview_->setRowCount(0);
  if (!out.result) {
    errors_->setPlainText(out.result.error());
    summary_->setText(tr("Nothing can be imported from this file as it is."));
    filling_ = false;
    return;
  }
  const ProgressImportResult& r = out.result.value();
  last_ = r;
  // The mapping of the first sheet read, as the combos' choices.
  if (!r.sheets.empty()) {
    const ProgressMapping& m = r.sheets.front().second;
    int row = 0;
    for (const ProgressColumn* c = progressColumnsBegin(); c != progressColumnsEnd(); ++c, ++row) {
      auto* combo = qobject_cast<QComboBox*>(mapping_->cellWidget(row, 1));
      const QString wanted = combo->currentData().toString();
      const bool keep = combo->count() > 0 && combo->currentIndex() != combo->property("guessed").toInt();
      combo->clear();
      combo->addItem(tr("(none)"), QString());
      for (int col = 0; col < m.headers.size(); ++col) combo->addItem(m.describeColumn(col), spreadsheetColumnLetter(col));
      const int guessed = m.column(*c) + 1;  // +1: "(none)" first
      combo->setProperty("guessed", keep ? combo->property("guessed").toInt() : guessed);
      const int index = keep ? std::max(0, combo->findData(wanted)) : guessed;
      combo->setCurrentIndex(index);
      // The wide layout reads years from the headers; the year and value keys are not used.
      combo->setEnabled(!(m.layout == ProgressLayout::Wide && (*c == ProgressColumn::Year || *c == ProgressColumn::Value)));
    }
    if (layout_->currentIndex() == 0)
      layout_->setItemText(0, tr("Guess (%1)").arg(m.layout == ProgressLayout::Wide ? tr("wide") : tr("long")));
  }
  filling_ = false;

  const int shown = std::min<int>(kPreviewRows, int(r.rows.size()));
  preview_->setRowCount(shown);
  for (int i = 0; i < shown; ++i) {
    const ProgressImportRow& row = r.rows[std::size_t(i)];
    const QString value = row.record.value ? QString::number(*row.record.value, 'g', 12) : tr("achieved");
    const QStringList cells{QStringLiteral("%1, %2").arg(row.sheet).arg(row.row), row.record.target, QString::number(row.record.year),
                            row.record.scope == QLatin1String("city") ? tr("city-wide") : row.record.scope, value, row.conversion,
                            row.change == ProgressImportRow::Change::New ? tr("new") : tr("unchanged")};
    for (int c = 0; c < cells.size(); ++c) preview_->setItem(i, c, new QTableWidgetItem(cells[c]));
  }
  QStringList problems;
  for (const ProgressImportIssue& e : r.errors) problems << e.toString();
  errors_->setPlainText(problems.join(QLatin1Char('\n')));
  if (!r.ok())
    summary_->setText(tr("%n problem(s): nothing will be imported until they are fixed in the file.", nullptr, int(r.errors.size())));
  else
    summary_->setText(tr("%1 new record(s), %2 already in the project%3.")
                          .arg(r.records.size()).arg(r.unchangedCount())
                          .arg(r.encoding.isEmpty() ? QString() : tr("; text read as %1").arg(r.encoding)));
  import_->setEnabled(r.ok() && !r.records.empty());
}

void ProgressImportDialog::importNow() {
  if (!last_ || !last_->ok() || last_->records.empty()) return;
  project_.undoStack().push(PlanEditCommand::importProgress(project_, last_->records, last_->file));
  accept();
}

}  // namespace planmap
