#include "ConstraintMarkingEditor.h"

#include "PlanCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace planmap {

namespace {

QComboBox* severityCombo(QWidget* parent, bool withDefault) {
  auto* combo = new QComboBox(parent);
  if (withDefault) combo->addItem(ConstraintMarkingEditor::tr("As the layer"), -1);
  combo->addItem(ConstraintMarkingEditor::tr("Prohibited"), int(Severity::Prohibited));
  combo->addItem(ConstraintMarkingEditor::tr("Restricted"), int(Severity::Restricted));
  combo->addItem(ConstraintMarkingEditor::tr("Note"), int(Severity::Note));
  return combo;
}

void selectSeverity(QComboBox* combo, int value) { combo->setCurrentIndex(std::max(0, combo->findData(value))); }

}  // namespace

ConstraintMarkingEditor::ConstraintMarkingEditor(const std::optional<ConstraintMarking>& marking, const QString& defaultName,
                                                 const PlanCatalog* catalog, QWidget* parent)
    : QWidget(parent), catalog_(catalog) {
  setObjectName(QStringLiteral("constraintEditor"));
  auto* layout = new QVBoxLayout(this);
  marked_ = new QCheckBox(tr("This layer is a constraint (red line) for site checks and statistics"), this);
  marked_->setObjectName(QStringLiteral("constraintMarked"));
  layout->addWidget(marked_);
  auto* form = new QFormLayout;
  name_ = new QLineEdit(marking ? marking->name : defaultName, this);
  name_->setObjectName(QStringLiteral("constraintName"));
  name_->setPlaceholderText(tr("e.g. 饮用水水源保护区"));
  form->addRow(tr("Constraint name:"), name_);
  severity_ = severityCombo(this, false);
  severity_->setObjectName(QStringLiteral("constraintSeverity"));
  selectSeverity(severity_, int(marking ? marking->severity : Severity::Restricted));
  form->addRow(tr("Severity:"), severity_);
  mining_ = severityCombo(this, true);
  quarrying_ = severityCombo(this, true);
  industry_ = severityCombo(this, true);
  const std::pair<QComboBox*, const char*> activities[] = {{mining_, "mining"}, {quarrying_, "quarrying"}, {industry_, "industry"}};
  for (const auto& [combo, key] : activities)
    if (marking && marking->activitySeverity.contains(QLatin1String(key)))
      selectSeverity(combo, int(marking->activitySeverity.value(QLatin1String(key))));
  form->addRow(tr("For mining:"), mining_);
  form->addRow(tr("For quarrying:"), quarrying_);
  form->addRow(tr("For industry:"), industry_);
  buffer_ = new QDoubleSpinBox(this);
  buffer_->setObjectName(QStringLiteral("constraintBuffer"));
  buffer_->setRange(0, 100000);
  buffer_->setDecimals(0);
  buffer_->setSingleStep(50);
  buffer_->setSuffix(QStringLiteral(" m"));
  buffer_->setValue(marking ? marking->bufferMeters : 0);
  buffer_->setToolTip(tr("Each feature of the layer is grown by this distance before the check"));
  form->addRow(tr("Buffer:"), buffer_);
  planItems_ = new QLineEdit(marking ? marking->planItems.join(QStringLiteral(", ")) : QString(), this);
  planItems_->setObjectName(QStringLiteral("constraintPlanItems"));
  planItems_->setPlaceholderText(tr("plan item ids it enforces, e.g. c12s1-m06"));
  form->addRow(tr("Plan items:"), planItems_);
  citation_ = new QLineEdit(marking ? marking->citation : QString(), this);
  citation_->setPlaceholderText(tr("the regulation or document, e.g. its name and article"));
  form->addRow(tr("Based on:"), citation_);
  layout->addLayout(form);
  problem_ = new QLabel(this);
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #b00020"));
  layout->addWidget(problem_);
  layout->addStretch(1);
  marked_->setChecked(marking.has_value());
  connect(marked_, &QCheckBox::toggled, this, &ConstraintMarkingEditor::updateEnabled);
  updateEnabled();
}

void ConstraintMarkingEditor::updateEnabled() {
  for (QWidget* w : std::initializer_list<QWidget*>{name_, severity_, mining_, quarrying_, industry_, buffer_, planItems_, citation_})
    w->setEnabled(marked_->isChecked());
}

std::optional<ConstraintMarking> ConstraintMarkingEditor::marking(QString* error) const {
  if (!marked_->isChecked()) return std::nullopt;
  auto fail = [&](const QString& what) -> std::optional<ConstraintMarking> {
    if (error) *error = what;
    problem_->setText(what);
    return std::nullopt;
  };
  ConstraintMarking m;
  m.name = name_->text().trimmed();
  if (m.name.isEmpty()) return fail(tr("Give the constraint a name, as reports will call it."));
  m.severity = Severity(severity_->currentData().toInt());
  const std::pair<QComboBox*, const char*> activities[] = {{mining_, "mining"}, {quarrying_, "quarrying"}, {industry_, "industry"}};
  for (const auto& [combo, key] : activities)
    if (combo->currentData().toInt() >= 0) m.activitySeverity.insert(QLatin1String(key), Severity(combo->currentData().toInt()));
  m.bufferMeters = buffer_->value();
  for (const QString& id : planItems_->text().split(QRegularExpression(QStringLiteral("[,，;；\\s]+")), Qt::SkipEmptyParts)) {
    if (catalog_ && !catalog_->itemById(id)) return fail(tr("The project's plan has no item \"%1\".").arg(id));
    m.planItems << id;
  }
  m.citation = citation_->text().trimmed();
  problem_->clear();
  return m;
}

void ConstraintMarkingEditor::setMarked(bool marked) { marked_->setChecked(marked); }
void ConstraintMarkingEditor::setConstraintName(const QString& name) { name_->setText(name); }
void ConstraintMarkingEditor::setSeverity(Severity severity) { selectSeverity(severity_, int(severity)); }
void ConstraintMarkingEditor::setBufferMeters(double metres) { buffer_->setValue(metres); }

}  // namespace planmap
