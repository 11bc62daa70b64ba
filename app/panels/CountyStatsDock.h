#pragma once

#include "CountyStatistics.h"
#include "Result.h"

#include <QDockWidget>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace planmap {

class Project;

// Per-unit figures of the open project's map (CountyStatistics) in a sortable table: area of each
// Qinling zone and of each layer the planner marked as a constraint, national park area, parks,
// enclave parks, mines, river length, linked plan items and the status of the linked targets. The
// planner chooses the layer of units (the bundled counties, a county's own boundary file, a
// township layer); the default is AnalysisInputs::defaultUnitsLayer. Computed on a worker from the
// project as it is when the refresh starts; a new refresh supersedes a running one.
class CountyStatsDock : public QDockWidget {
  Q_OBJECT
 public:
  explicit CountyStatsDock(const Project& project, QWidget* parent = nullptr);
  ~CountyStatsDock() override;

  // Compute (again) over the project's layers, catalog, links and progress.
  void refresh();
  // The layer of units: empty = the default. Fills the chooser from the project's polygon layers.
  void setUnitsLayer(const QString& layerId);
  QString unitsLayer() const;
  // Re-reads the project's polygon layers into the chooser (the window calls it when layers change).
  void updateUnitsChoices();

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

  const Project& project_;
  std::optional<CountyStatistics> stats_;
  int generation_ = 0;
  bool pending_ = false;

  QComboBox* units_ = nullptr;
  QPushButton* refresh_ = nullptr;
  QPushButton* exportCsv_ = nullptr;
  QProgressBar* busy_ = nullptr;
  QLabel* status_ = nullptr;
  QTableWidget* table_ = nullptr;
};

}  // namespace planmap
