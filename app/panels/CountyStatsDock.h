#pragma once

#include "CountyStatistics.h"
#include "Result.h"

#include <QDockWidget>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace planmap {

struct VectorLayer;

// Per-county figures of the map (CountyStatistics) in a sortable table: area of each Qinling zone,
// national park area, parks, enclave parks, mines, river length, linked plan items and the status
// of the linked targets. Computed on a worker; a new refresh supersedes a running one.
class CountyStatsDock : public QDockWidget {
  Q_OBJECT
 public:
  explicit CountyStatsDock(QWidget* parent = nullptr);
  ~CountyStatsDock() override;

  // Compute (again). With no layers given (default) the bundled map, plan catalog and links are
  // loaded on the worker; with layers (e.g. ComplianceChecker::layersOf(document)) those are used
  // with the bundled catalog and links.
  void refresh();
  void setLayers(std::vector<std::shared_ptr<const VectorLayer>> layers);

  bool isBusy() const { return pending_; }
  const std::optional<CountyStatistics>& statistics() const { return stats_; }

  // UTF-8 with BOM, CRLF, Chinese header (CountyStatistics::writeCsv); error names file and cause.
  Status exportCsv(const QString& path) const;

 signals:
  void statisticsReady();
  void statisticsFailed(const QString& message);

 private slots:
  void chooseCsvExport();

 private:
  void showStatistics(const CountyStatistics& stats);

  std::vector<std::shared_ptr<const VectorLayer>> layers_;
  std::optional<CountyStatistics> stats_;
  int generation_ = 0;
  bool pending_ = false;

  QPushButton* refresh_ = nullptr;
  QPushButton* exportCsv_ = nullptr;
  QProgressBar* busy_ = nullptr;
  QLabel* status_ = nullptr;
  QTableWidget* table_ = nullptr;
};

}  // namespace planmap
