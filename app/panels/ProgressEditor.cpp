#include "ProgressEditor.h"

#include "PlanEditCommands.h"
#include "PlanWords.h"
#include "Project.h"
#include "TargetStatusTheme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>

namespace planmap {

namespace {

constexpr int kFirstYear = 1949;  // the same lower bound as the progress file reader
constexpr int kYearRole = Qt::UserRole;
constexpr int kScopeRole = Qt::UserRole + 1;

// "430", "430.5", "1,000", "430 万平方米", "95%": the number, or nullopt.
std::optional<double> parseValue(QString text, const QString& unit) {
  text = text.trimmed();
  if (!unit.isEmpty() && text.endsWith(unit)) text.chop(unit.size());
  text = text.trimmed();
  if (text.isEmpty()) return std::nullopt;
  bool ok = false;
  double v = QLocale::c().toDouble(text, &ok);
  if (!ok) v = QLocale::c().toDouble(QString(text).remove(QLatin1Char(',')), &ok);
  if (!ok) v = QLocale().toDouble(text, &ok);
  if (!ok || !std::isfinite(v)) return std::nullopt;
  return v;
}

}  // namespace

ProgressEditor::ProgressEditor(Project& project, QWidget* parent)
    : QWidget(parent), project_(project), currentYear_(QDate::currentDate().year()) {
  setObjectName(QStringLiteral("ProgressEditor"));
  auto* layout = new QVBoxLayout(this);
  heading_ = new QLabel(this);
  heading_->setObjectName(QStringLiteral("targetHeading"));
  heading_->setWordWrap(true);
  heading_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(heading_);
  promise_ = new QLabel(this);
  promise_->setObjectName(QStringLiteral("promiseLabel"));
  layout->addWidget(promise_);

  auto* scopeRow = new QHBoxLayout;
  scopeRow->addWidget(new QLabel(tr("Scope:"), this));
  scope_ = new QComboBox(this);
  scope_->setObjectName(QStringLiteral("scopeCombo"));
  scopeRow->addWidget(scope_, 1);
  layout->addLayout(scopeRow);
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("statusLabel"));
  status_->setWordWrap(true);
  // Bold Chinese in rich text runs taller than the Latin line the label measures; keep it whole.
  status_->setMinimumHeight(status_->fontMetrics().lineSpacing() * 3 / 2);
  layout->addWidget(status_);

  records_ = new QTreeWidget(this);
  records_->setObjectName(QStringLiteral("recordsTable"));
  records_->setHeaderLabels({tr("Year"), tr("Scope"), tr("Value"), tr("Source"), tr("Note")});
  records_->setRootIsDecorated(false);
  records_->header()->setStretchLastSection(true);
  layout->addWidget(records_, 1);

  auto* form = new QFormLayout;
  year_ = new QLineEdit(this);
  year_->setObjectName(QStringLiteral("yearField"));
  year_->setMaxLength(6);
  form->addRow(tr("Year:"), year_);
  auto* valueRow = new QHBoxLayout;
  value_ = new QLineEdit(this);
  value_->setObjectName(QStringLiteral("valueField"));
  valueRow->addWidget(value_, 1);
  unit_ = new QLabel(this);
  unit_->setObjectName(QStringLiteral("unitLabel"));
  valueRow->addWidget(unit_);
  achieved_ = new QCheckBox(tr("Achieved"), this);
  achieved_->setObjectName(QStringLiteral("achievedCheck"));
  valueRow->addWidget(achieved_);
  form->addRow(tr("Value:"), valueRow);
  source_ = new QLineEdit(this);
  source_->setObjectName(QStringLiteral("sourceField"));
  source_->setPlaceholderText(tr("e.g. 安康市2023年国民经济和社会发展统计公报"));
  form->addRow(tr("Source:"), source_);
  note_ = new QLineEdit(this);
  note_->setObjectName(QStringLiteral("noteField"));
  form->addRow(tr("Note:"), note_);
  layout->addLayout(form);

  error_ = new QLabel(this);
  error_->setObjectName(QStringLiteral("errorLabel"));
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
  layout->addWidget(error_);
  preview_ = new QLabel(this);
  preview_->setObjectName(QStringLiteral("previewLabel"));
  preview_->setWordWrap(true);
  preview_->setMinimumHeight(preview_->fontMetrics().lineSpacing() * 3 / 2);
  layout->addWidget(preview_);

  auto* buttons = new QHBoxLayout;
  new_ = new QPushButton(tr("New record"), this);
  new_->setObjectName(QStringLiteral("newButton"));
  remove_ = new QPushButton(tr("Remove"), this);
  remove_->setObjectName(QStringLiteral("removeButton"));
  save_ = new QPushButton(tr("Add record"), this);
  save_->setObjectName(QStringLiteral("saveButton"));
  save_->setDefault(true);
  buttons->addWidget(new_);
  buttons->addWidget(remove_);
  buttons->addStretch(1);
  buttons->addWidget(save_);
  layout->addLayout(buttons);

  connect(scope_, &QComboBox::currentIndexChanged, this, [this] {
    refreshRecords();
    refreshStatus();
  });
  connect(records_, &QTreeWidget::itemSelectionChanged, this, &ProgressEditor::loadSelected);
  for (QLineEdit* field : {year_, value_, source_, note_})
    connect(field, &QLineEdit::textChanged, this, &ProgressEditor::refreshStatus);
  connect(achieved_, &QCheckBox::toggled, this, &ProgressEditor::refreshStatus);
  connect(new_, &QPushButton::clicked, this, &ProgressEditor::newRecord);
  connect(save_, &QPushButton::clicked, this, [this] { submit(); });
  connect(remove_, &QPushButton::clicked, this, &ProgressEditor::removeSelected);
  connect(&project_, &Project::progressChanged, this, [this] {
    refreshRecords();
    refreshStatus();
  });
  setTarget(QString());
}

const PlanItem* ProgressEditor::target() const {
  const PlanItem* item = targetId_.isEmpty() ? nullptr : project_.catalog().itemById(targetId_);
  return item && item->isTarget() ? item : nullptr;
}

void ProgressEditor::setCurrentYear(int year) {
  currentYear_ = year;
  refreshStatus();
}

QString ProgressEditor::scope() const {
  const QString s = scope_->currentData().toString();
  return s.isEmpty() ? QStringLiteral("city") : s;
}

void ProgressEditor::setScope(const QString& scope) {
  const int i = scope_->findData(scope);
  if (i >= 0) scope_->setCurrentIndex(i);
}

void ProgressEditor::setTarget(const QString& targetId) {
  targetId_ = targetId;
  const PlanItem* t = target();
  const bool enabled = t != nullptr;
  for (QWidget* w : std::initializer_list<QWidget*>{scope_, records_, year_, value_, achieved_, source_, note_, new_, save_, remove_})
    w->setEnabled(enabled);
  error_->clear();
  if (!t) {
    heading_->setText(targetId.isEmpty() ? tr("Choose a target to record its progress.")
                                         : tr("%1 is not a target of the plan catalog.").arg(targetId));
    promise_->clear();
    unit_->clear();
    scope_->clear();
    records_->clear();
    status_->clear();
    preview_->clear();
    return;
  }
  heading_->setText(QStringLiteral("<b>%1</b> %2<br/><span style='color:#555'>%3 %4 · %5</span>")
                        .arg(t->id, t->name.toHtmlEscaped(), t->chapter, t->section, t->displayText().toHtmlEscaped()));
  promise_->setText(tr("Promise: %1").arg(PlanWords::promise(*t, project_.catalog().effectiveDeadline(*t))));
  unit_->setText(t->unit);
  // A qualitative target has no number: a record only says it was achieved.
  value_->setEnabled(t->quantitative);
  value_->setPlaceholderText(t->quantitative ? tr("number, in %1").arg(t->unit) : tr("qualitative: no value"));
  fillScopes();
  newRecord();
  refreshRecords();
  refreshStatus();
}

void ProgressEditor::fillScopes() {
  const QSignalBlocker blocker(scope_);
  const QString before = scope_->currentData().toString();
  scope_->clear();
  const PlanItem* t = target();
  if (!t) return;
  if (t->isCityScope()) scope_->addItem(tr("City-wide"), QStringLiteral("city"));
  // Counties: the target's own, else every county of the map's county layer.
  QStringList counties;
  if (!t->isCityScope()) {
    counties = t->scope;
  } else {
    for (const auto& layer : project_.document().layers()) {
      if (!layer->features || !TargetStatusTheme::isCountyLayer(*layer)) continue;
      const int name = layer->features->attributes().fieldIndex(QStringLiteral("name_zh"));
      if (name < 0) continue;
      for (std::size_t f = 0; f < layer->features->featureCount(); ++f) counties << layer->features->attributes().text(f, name);
      break;
    }
  }
  // Counties that already have records under another spelling keep their own entry.
  for (const ProgressRecord& r : project_.progress().records())
    if (r.target == t->id && r.scope != QLatin1String("city") && !counties.contains(r.scope)) counties << r.scope;
  for (const QString& c : counties) scope_->addItem(c, c);
  const int i = scope_->findData(before);
  scope_->setCurrentIndex(i >= 0 ? i : 0);
}

void ProgressEditor::refreshRecords() {
  const QSignalBlocker blocker(records_);
  const std::optional<ProgressRecord> keep = selectedRecord();
  records_->clear();
  const PlanItem* t = target();
  if (!t) return;
  for (const ProgressRecord& r : project_.progress().recordsFor(t->id, scope())) {
    QString value = r.value ? PlanWords::number(*r.value) + QLatin1Char(' ') + t->unit : QString();
    if (r.achieved) value += (value.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("Achieved");
    auto* row = new QTreeWidgetItem(records_, {QString::number(r.year), r.scope == QLatin1String("city") ? tr("City-wide") : r.scope,
                                               value, r.source, r.note});
    row->setData(0, kYearRole, r.year);
    row->setData(0, kScopeRole, r.scope);
    if (keep && keep->year == r.year && keep->scope == r.scope) row->setSelected(true);
  }
  remove_->setEnabled(!records_->selectedItems().isEmpty());
  updateSaveLabel();
}

std::optional<ProgressRecord> ProgressEditor::selectedRecord() const {
  const auto selected = records_->selectedItems();
  if (selected.isEmpty()) return std::nullopt;
  return project_.progress().find(targetId_, selected.first()->data(0, kYearRole).toInt(),
                                  selected.first()->data(0, kScopeRole).toString());
}

bool ProgressEditor::selectRecord(int year) {
  for (int i = 0; i < records_->topLevelItemCount(); ++i) {
    QTreeWidgetItem* row = records_->topLevelItem(i);
    if (row->data(0, kYearRole).toInt() == year) {
      records_->clearSelection();
      row->setSelected(true);
      return true;
    }
  }
  return false;
}

void ProgressEditor::loadSelected() {
  const std::optional<ProgressRecord> r = selectedRecord();
  remove_->setEnabled(r.has_value());
  updateSaveLabel();
  if (!r) return;
  year_->setText(QString::number(r->year));
  value_->setText(r->value ? PlanWords::number(*r->value) : QString());
  achieved_->setChecked(r->achieved);
  source_->setText(r->source);
  note_->setText(r->note);
  error_->clear();
  refreshStatus();
}

void ProgressEditor::newRecord() {
  records_->clearSelection();
  if (year_->text().isEmpty()) year_->setText(QString::number(currentYear_ - 1));  // figures come a year late
  value_->clear();
  achieved_->setChecked(false);
  source_->clear();
  note_->clear();
  error_->clear();
  refreshStatus();
}

Result<ProgressRecord> ProgressEditor::draft() const { return validate(true); }

Result<ProgressRecord> ProgressEditor::validate(bool requireSource) const {
  using R = Result<ProgressRecord>;
  const PlanItem* t = target();
  if (!t) return R::fail(tr("Choose a target first."));
  ProgressRecord r;
  r.target = t->id;
  r.scope = scope();
  bool ok = false;
  const QString yearText = year_->text().trimmed();
  r.year = yearText.toInt(&ok);
  if (!ok) return R::fail(tr("Year “%1” is not a whole number.").arg(yearText));
  if (r.year < kFirstYear || r.year > currentYear_)
    return R::fail(tr("Year %1 is out of range: a progress figure is an observation, from %2 to %3.")
                       .arg(r.year).arg(kFirstYear).arg(currentYear_));
  r.achieved = achieved_->isChecked();
  if (t->quantitative) {
    const QString valueText = value_->text().trimmed();
    if (!valueText.isEmpty()) {
      r.value = parseValue(valueText, t->unit);
      if (!r.value) return R::fail(tr("Value “%1” is not a number (type digits in %2, e.g. 430).").arg(valueText, t->unit));
    } else if (!r.achieved) {
      return R::fail(tr("Type the value in %1, or tick “Achieved”.").arg(t->unit));
    }
  } else if (!r.achieved) {
    return R::fail(tr("A qualitative target has no number: tick “Achieved” when the plan's promise was met."));
  }
  r.source = source_->text().trimmed();
  if (r.source.isEmpty() && requireSource) return R::fail(tr("Say where the figure comes from (source), e.g. the statistical bulletin."));
  r.note = note_->text().trimmed();
  return R::ok(r);
}

QString ProgressEditor::errorText() const { return error_->text(); }

void ProgressEditor::showError(const QString& text) { error_->setText(text); }

Status ProgressEditor::submit() {
  Result<ProgressRecord> record = draft();
  if (!record) {
    showError(record.error());
    return Status::fail(record.error());
  }
  const std::optional<ProgressRecord> before = selectedRecord();
  if (before) project_.undoStack().push(PlanEditCommand::editProgress(project_, *before, record.value()));
  else project_.undoStack().push(PlanEditCommand::recordProgress(project_, record.value()));
  error_->clear();
  selectRecord(record->year);
  Q_EMIT progressEdited(targetId_);
  return Status::ok();
}

bool ProgressEditor::removeSelected() {
  const std::optional<ProgressRecord> r = selectedRecord();
  if (!r) return false;
  project_.undoStack().push(PlanEditCommand::removeProgress(project_, *r));
  newRecord();
  Q_EMIT progressEdited(targetId_);
  return true;
}

TargetAssessment ProgressEditor::assess(std::vector<ProgressRecord> records) const {
  const PlanItem* t = target();
  if (!t) return {};
  return TargetEvaluator::evaluate(*t, std::move(records), currentYear_, project_.catalog().effectiveDeadline(*t));
}

TargetAssessment ProgressEditor::currentAssessment() const {
  return assess(project_.progress().recordsFor(targetId_, scope()));
}

std::optional<TargetAssessment> ProgressEditor::previewAssessment() const {
  const Result<ProgressRecord> record = validate(false);
  if (!record) return std::nullopt;
  ProgressStore store = project_.progress();
  if (const std::optional<ProgressRecord> before = selectedRecord()) store.remove(before->target, before->year, before->scope);
  store.add(record.value());
  return assess(store.recordsFor(targetId_, scope()));
}

void ProgressEditor::updateSaveLabel() {
  if (selectedRecord()) {
    save_->setText(tr("Save changes"));
    return;
  }
  // Saving over a figure already recorded for that year replaces it: the button says so first.
  bool ok = false;
  const int year = year_->text().trimmed().toInt(&ok);
  if (ok && project_.progress().find(targetId_, year, scope())) save_->setText(tr("Replace the %1 record").arg(year));
  else save_->setText(tr("Add record"));
}

void ProgressEditor::refreshStatus() {
  const PlanItem* t = target();
  if (!t) return;
  updateSaveLabel();
  const TargetAssessment now = currentAssessment();
  const QString colour = TargetStatusTheme::statusColor(now.status).darker(140).name();  // map fills are light; text needs contrast
  status_->setText(tr("Status (%1, judged in %2): <b style='color:%3'>%4</b>")
                       .arg(scope_->currentText())
                       .arg(currentYear_)
                       .arg(colour, PlanWords::assessmentText(*t, now).toHtmlEscaped()));
  const std::optional<TargetAssessment> preview = previewAssessment();
  if (preview)
    preview_->setText(tr("With this record: <b style='color:%1'>%2</b>")
                          .arg(TargetStatusTheme::statusColor(preview->status).darker(140).name(),
                               PlanWords::assessmentText(*t, *preview).toHtmlEscaped()));
  else
    preview_->clear();
  // Typing shows what is wrong as soon as there is something to judge; an empty form stays quiet,
  // and a missing source is only pointed out on saving.
  if (!value_->text().isEmpty() || !source_->text().isEmpty() || achieved_->isChecked()) {
    const Result<ProgressRecord> d = validate(false);
    error_->setText(d ? QString() : d.error());
  }
}

}  // namespace planmap
