#pragma once

#include "ProgressImporter.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace planmap {

class Project;

// File › Import progress…: reads a statistics bureau's spreadsheet (.xlsx/.ods/.csv) in the
// background, shows the guessed column mapping (each key a combo of the sheet's headers, layout
// long/wide), lets the planner change it (which re-reads in the background), previews the first rows
// with what each becomes (target, year, scope, value, unit conversion) and lists every problem with
// its sheet, row and column. Import is enabled only when nothing is wrong; it pushes one
// PlanEditCommand (one undo step; a team-store project sends it through the store).
class ProgressImportDialog : public QDialog {
  Q_OBJECT
 public:
  ProgressImportDialog(Project& project, const QString& path, QWidget* parent = nullptr);
  ~ProgressImportDialog() override;

  static constexpr int kPreviewRows = 50;
  // The file dialog's filter for the formats read here.
  static QString fileFilter();

 private:
  struct Outcome {
    QStringList sheets;
    Result<ProgressImportResult> result = Result<ProgressImportResult>::fail({});
  };
  void start();
  void showOutcome();
  void importNow();
  ProgressImportOptions currentOptions() const;

  Project& project_;
  QString path_;
  QComboBox* sheet_;
  QComboBox* layout_;
  QTableWidget* mapping_;
  QTableWidget* preview_;
  QPlainTextEdit* errors_;
  QLabel* summary_;
  QPushButton* import_;
  QFutureWatcher<Outcome> watcher_;
  std::optional<ProgressImportResult> last_;
  bool restart_ = false;
  bool filling_ = false;
};

}  // namespace planmap
