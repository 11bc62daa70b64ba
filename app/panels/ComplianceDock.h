#pragma once

#include "ComplianceReport.h"
#include "ComplianceSite.h"
#include "Extent.h"
#include "Result.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace planmap {

class ComplianceChecker;
struct VectorLayer;

// "Check compliance": checks a site file or a feature of the map against the constraint layers
// and shows the verdict, the conflicts and the plan text each conflict rests on. The check runs on
// a worker (QtConcurrent) so the window stays responsive; a new check supersedes a running one
// (its result is dropped when it arrives). The checker is built lazily on the worker from the
// bundled map unless the window hands one in with setChecker().
class ComplianceDock : public QDockWidget {
  Q_OBJECT
 public:
  explicit ComplianceDock(QWidget* parent = nullptr);
  ~ComplianceDock() override;

  // Use this checker (e.g. built from the open project's MapDocument with layersOf + its rules)
  // instead of the bundled map's; also sets the buffer spin box to the rules' default.
  void setChecker(std::shared_ptr<const ComplianceChecker> checker);

  // Start a check; each supersedes any running one. Errors (unreadable file …) are shown in the
  // summary line and reported through checkFailed().
  void checkFile(const QString& path);
  void checkFeature(std::shared_ptr<const VectorLayer> layer, std::size_t row);
  void checkSite(const ComplianceSite& site);

  bool isBusy() const;
  // The last report shown (empty optional before the first successful check).
  const std::optional<ComplianceReport>& report() const { return report_; }

  // Write the shown report; the error names the file and cause.
  Status exportJson(const QString& path) const;
  Status exportPdf(const QString& path) const;

 signals:
  // A conflict row was selected: highlight these features of that layer.
  void highlightRequested(const QString& layerId, const QStringList& featureKeys);
  // The checked site's extent in EPSG:4326 (lon/lat degrees), emitted when a check finishes.
  void zoomRequested(const planmap::Extent& extentLonLat);
  void checkFinished();
  void checkFailed(const QString& message);

 private slots:
  void chooseFile();
  void chooseJsonExport();
  void choosePdfExport();
  void onConflictSelected();

 private:
  struct CheckerHolder;
  void start(Result<ComplianceSite> site);
  void showReport(const ComplianceReport& report);
  void setBusy(bool busy);

  std::shared_ptr<CheckerHolder> holder_;
  std::optional<ComplianceReport> report_;
  int generation_ = 0;
  bool pending_ = false;  // the latest check has not reported yet

  QDoubleSpinBox* buffer_ = nullptr;
  QComboBox* activity_ = nullptr;
  QProgressBar* busy_ = nullptr;
  QLabel* summary_ = nullptr;
  QTableWidget* table_ = nullptr;
  QPlainTextEdit* planText_ = nullptr;
  QPushButton* exportJson_ = nullptr;
  QPushButton* exportPdf_ = nullptr;
};

}  // namespace planmap
