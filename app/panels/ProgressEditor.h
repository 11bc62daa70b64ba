#pragma once

#include "ProgressRecord.h"
#include "Result.h"
#include "TargetEvaluator.h"

#include <QString>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace planmap {

class Project;
struct PlanItem;

// The progress records of one target (quantitative or qualitative): lists them, adds, edits and
// removes one (year, scope, value in the target's unit or "achieved", source 来源, note), and shows
// the target's status from TargetEvaluator — as it stands and as it would be with the record being
// typed — live. Every change is a PlanEditCommand on project.undoStack(). Bad input (a value that is
// not a number, a year out of range, no source) is refused with the reason shown under the form.
class ProgressEditor : public QWidget {
  Q_OBJECT
 public:
  explicit ProgressEditor(Project& project, QWidget* parent = nullptr);

  QString targetId() const { return targetId_; }
  // The year statuses are judged at and the latest year a record may carry; default: this year.
  int currentYear() const { return currentYear_; }
  void setCurrentYear(int year);

  // The scope the status and a new record refer to: "city" or a county name.
  QString scope() const;
  void setScope(const QString& scope);

  // The record the form describes, or why it is not a valid one.
  Result<ProgressRecord> draft() const;
  // Validates and pushes the form as a record (an edit of the selected record, else a new one).
  // On failure nothing changes and errorText() says why.
  Status submit();
  // Removes the selected record; false when none is selected.
  bool removeSelected();
  // Selects the record of `year` in the current scope and loads it into the form.
  bool selectRecord(int year);
  QString errorText() const;

  TargetAssessment currentAssessment() const;
  // With the form's record applied; nullopt while the form is not a valid record.
  std::optional<TargetAssessment> previewAssessment() const;

 public Q_SLOTS:
  void setTarget(const QString& targetId);
  // Empties the form for a new record (keeps year and scope).
  void newRecord();

 Q_SIGNALS:
  void progressEdited(const QString& targetId);

 private:
  const PlanItem* target() const;
  Result<ProgressRecord> validate(bool requireSource) const;
  void refreshRecords();
  void refreshStatus();
  void updateSaveLabel();
  void loadSelected();
  void fillScopes();
  TargetAssessment assess(std::vector<ProgressRecord> records) const;
  std::optional<ProgressRecord> selectedRecord() const;
  void showError(const QString& text);

  Project& project_;
  QString targetId_;
  int currentYear_;

  QLabel* heading_ = nullptr;
  QLabel* promise_ = nullptr;
  QComboBox* scope_ = nullptr;
  QTreeWidget* records_ = nullptr;
  QLineEdit* year_ = nullptr;
  QLineEdit* value_ = nullptr;
  QLabel* unit_ = nullptr;
  QCheckBox* achieved_ = nullptr;
  QLineEdit* source_ = nullptr;
  QLineEdit* note_ = nullptr;
  QPushButton* new_ = nullptr;
  QPushButton* save_ = nullptr;
  QPushButton* remove_ = nullptr;
  QLabel* error_ = nullptr;
  QLabel* status_ = nullptr;
  QLabel* preview_ = nullptr;
};

}  // namespace planmap
