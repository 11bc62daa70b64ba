#pragma once

#include "BasemapRenderer.h"
#include "ExportRequest.h"
#include "LayoutExporter.h"
#include "Result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QString>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace planmap {

class MapDocument;

// The "Export map" dialog: template, title, format, DPI, optional atlas layer, output path. Export
// runs core/layout's LayoutExporter on a QtConcurrent worker (the document's layers are snapshotted
// on the UI thread first, so editing the map meanwhile is safe); progress and the result come back
// on the UI thread; Cancel sets the exporter's cancel flag, and the exporter's write-to-temp-then-
// rename guarantees no half file is left behind.
class PlanTargetTable;

class PdfExportDialog : public QDialog {
  Q_OBJECT
 public:
  // `document` must outlive the dialog's call to startExport() (it is only read there, on the UI thread).
  explicit PdfExportDialog(const MapDocument& document, std::shared_ptr<const BasemapRenderer> basemap = nullptr,
                           QWidget* parent = nullptr);
  ~PdfExportDialog() override;  // cancels a running export and waits for it

  // The open project's plan targets (its catalog, links and progress, as of the window's year):
  // targets tables and statistics print these, the same as the layout window.
  void setTargets(std::shared_ptr<const PlanTargetTable> targets) { targets_ = std::move(targets); }

  // The form as a request, and back.
  ExportRequest request() const;
  void setRequest(const ExportRequest& request);

  // Starts an export without the form (the form is disabled meanwhile). Returns false (and emits
  // finished(false, …)) when it cannot start: another export running, bad template or empty path.
  bool startExport(const ExportRequest& request);
  bool isRunning() const;
  void cancelExport();  // sets the cancel flag; finished(false, …) follows

  // Of the last finished export (empty report after a failure).
  const ExportReport& lastReport() const { return lastReport_; }

  static QStringList templateNames();  // resources/layouts/*.json, without extension

  void reject() override;  // Close / Esc: cancels a running export first (its finished() still follows)

 Q_SIGNALS:
  void progressChanged(int done, int total, const QString& pageName);
  void finished(bool ok, const QString& message);

 private:
  std::shared_ptr<const PlanTargetTable> targets_;
  void browse();
  void exportClicked();
  void onProgress(int done, int total, const QString& name);
  void onFinished();
  void setBusy(bool busy);
  void updateFormatWidgets();

  const MapDocument& document_;
  std::shared_ptr<const BasemapRenderer> basemap_;
  std::shared_ptr<std::atomic<bool>> cancel_;
  QFutureWatcher<Result<ExportReport>> watcher_;
  ExportRequest running_;
  ExportReport lastReport_;

  QComboBox* template_ = nullptr;
  QLineEdit* title_ = nullptr;
  QComboBox* format_ = nullptr;
  QSpinBox* dpi_ = nullptr;
  QComboBox* atlas_ = nullptr;
  QCheckBox* perFeature_ = nullptr;
  QLineEdit* path_ = nullptr;
  QPushButton* browse_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* result_ = nullptr;
  QPushButton* export_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QPushButton* close_ = nullptr;
};

}  // namespace planmap
