#pragma once

#include <QObject>

class QWidget;

namespace planmap {

class Project;

// File › Evaluation report…: asks where (PDF or XLSX), builds the report of the project's targets as
// of `year` and writes it on a worker thread with a progress dialog whose Cancel stops the writer
// (nothing is left behind). The worker gets copies of the catalog, links and progress.
class EvaluationReportExport : public QObject {
  Q_OBJECT
 public:
  static void run(Project& project, int year, QWidget* parent);
};

}  // namespace planmap
