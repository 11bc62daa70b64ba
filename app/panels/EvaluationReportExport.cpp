#include "EvaluationReportExport.h"

#include "EvaluationReport.h"
#include "LinkStore.h"
#include "Project.h"
#include "ReportPdfWriter.h"
#include "ReportXlsxWriter.h"
#include "TargetStatusTheme.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QTimer>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>
#include <atomic>
#include <memory>

namespace planmap {

void EvaluationReportExport::run(Project& project, int year, QWidget* parent) {
  QString path = QFileDialog::getSaveFileName(parent, tr("Evaluation report"), tr("evaluation_%1.pdf").arg(year),
                                              tr("PDF report (*.pdf);;Excel workbook (*.xlsx)"));
  if (path.isEmpty()) return;
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx")) path += QStringLiteral(".pdf");

  struct Job {
    PlanCatalog catalog;
    LinkStore links;
    ProgressStore progress;
    EvaluationReport report;
    std::shared_ptr<const VectorLayer> counties;
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
  };
  auto job = std::make_shared<Job>();
  job->catalog = project.catalog();
  job->links = project.links();
  job->progress = project.progress();
  job->report = EvaluationReport::build(job->catalog, job->progress, project.warningThresholds(), year);
  for (const auto& layer : project.document().layers())
    if (TargetStatusTheme::isCountyLayer(*layer)) {
      job->counties = layer;
      break;
    }
  const int total = job->report.targetCount();

  auto* dialog = new QProgressDialog(tr("Writing the evaluation report…"), tr("Cancel"), 0, std::max(1, total), parent);
  dialog->setWindowModality(Qt::WindowModal);
  dialog->setMinimumDuration(0);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  auto* watcher = new QFutureWatcher<Status>(dialog);
  QObject::connect(dialog, &QProgressDialog::canceled, dialog, [job] { job->cancel = true; });
  auto* poll = new QTimer(dialog);
  QObject::connect(poll, &QTimer::timeout, dialog, [dialog, job] { dialog->setValue(job->done.load()); });
  poll->start(100);
  QPointer<QWidget> owner(parent);
  QObject::connect(watcher, &QFutureWatcher<Status>::finished, dialog, [watcher, dialog, job, path, owner] {
    const Status s = watcher->result();
    const bool cancelled = job->cancel.load();
    dialog->close();
    if (!owner) return;
    if (!s && !cancelled) QMessageBox::warning(owner, tr("Evaluation report"), s.error());
    else if (s) QMessageBox::information(owner, tr("Evaluation report"), tr("Written: %1").arg(path));
  });
  watcher->setFuture(QtConcurrent::run([job, path, suffix] {
    const auto keepGoing = [job](int done) {
      job->done = done;
      return !job->cancel.load();
    };
    if (suffix == QLatin1String("xlsx"))
      return ReportXlsxWriter::write(job->report, path, [keepGoing](int done, int) { return keepGoing(done); });
    ReportPdfWriter::Inputs in;
    in.report = &job->report;
    in.catalog = &job->catalog;
    in.links = &job->links;
    in.progress = &job->progress;
    in.counties = job->counties;
    in.progressCallback = [keepGoing](int, int done, int) { return keepGoing(done); };
    return ReportPdfWriter::write(in, path);
  }));
}

}  // namespace planmap
