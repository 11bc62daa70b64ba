#pragma once

#include <QWidget>

class QChartView;
class QLabel;

namespace planmap {

class Project;

// One target's actual values against the planned straight line from the baseline to the target at
// the deadline (years on x), with Qt Charts; a bar per county for targets recorded by county. The
// numbers come from the report's model (EvaluationReport, TargetChartSeries), so the window and the
// report's PDF chart show the same series. Follows the project's progress and the as-of year.
class TargetChartView : public QWidget {
  Q_OBJECT
 public:
  explicit TargetChartView(Project& project, QWidget* parent = nullptr);
  void setTarget(const QString& targetId);
  void setCurrentYear(int year);

 private:
  void refresh();

  Project& project_;
  QString targetId_;
  int year_;
  QChartView* trend_;
  QChartView* counties_;
  QLabel* explanation_;
};

}  // namespace planmap
