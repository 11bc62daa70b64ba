#pragma once

#include "ComplianceReport.h"
#include "ComplianceSite.h"
#include "Extent.h"
#include "Result.h"

#include <QDockWidget>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace planmap {

class Project;
struct VectorLayer;

// "Check compliance": checks a site file or a feature of the map against the constraint layers
// and shows the verdict, the conflicts and the plan text each conflict rests on. The check runs on
// a worker (QtConcurrent) so the window stays responsive; a new check supersedes a running one
// (its result is dropped when it arrives). Each check reads the open project as it is when the
// check starts (Project::analysisInputs): its layers, hidden or not, the bundled rules for the
// bundled layers it still has, and every layer the planner marked as a constraint.
class ComplianceDock : public QDockWidget {
  Q_OBJECT
 public:
  explicit ComplianceDock(const Project& project, QWidget* parent = nullptr);
  ~ComplianceDock() override;

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
  void start(Result<ComplianceSite> site);
  void showReport(const ComplianceReport& report);
  void setBusy(bool busy);

  const Project& project_;
  std::optional<ComplianceReport> report_;
  std::vector<std::shared_ptr<const VectorLayer>> reportLayers_;  // the project's layers the report was made from
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
