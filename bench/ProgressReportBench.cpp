// Progress import and evaluation report benchmark (issue #18): imports a generated spreadsheet of
// N progress records (bench/make_progress_bench_data.py; invented figures) into a bundled project as
// one undo step, then writes the evaluation report of the whole catalog as PDF and XLSX.
// Prints the median of R runs per phase (wall seconds) as one JSON line.
//   progress_report_bench FILE.csv|.xlsx [RUNS] [OUT_DIR]
#include "EvaluationReport.h"
#include "PlanEditCommands.h"
#include "ProgressImporter.h"
#include "Project.h"
#include "ReportPdfWriter.h"
#include "ReportXlsxWriter.h"
#include "TargetStatusTheme.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

using namespace planmap;

namespace {
double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}
}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: progress_report_bench FILE [RUNS] [OUT_DIR]\n");
    return 2;
  }
  const QString file = args.at(1);
  const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
  const QString outDir = args.size() > 3 ? args.at(3) : QDir::tempPath();
  std::vector<double> importS, applyS, pdfS, xlsxS;
  int records = 0;
  for (int run = 0; run < runs; ++run) {
    auto project = Project::createBundled();
    if (!project) return std::fprintf(stderr, "%s\n", qPrintable(project.error())), 1;
    Project& p = *project.value();
    QElapsedTimer t;
    t.start();
    auto result = ProgressImporter::importFile(file, p.catalog(), p.progress(), {});
    importS.push_back(t.nsecsElapsed() / 1e9);
    if (!result || !result->ok())
      return std::fprintf(stderr, "%s\n", qPrintable(result ? result->errors.front().toString() : result.error())), 1;
    records = int(result->records.size());
    t.restart();
    p.undoStack().push(PlanEditCommand::importProgress(p, result->records, result->file));
    applyS.push_back(t.nsecsElapsed() / 1e9);

    const int year = 2025;
    t.restart();
    const EvaluationReport report = EvaluationReport::build(p.catalog(), p.progress(), p.warningThresholds(), year);
    ReportPdfWriter::Inputs in;
    in.report = &report;
    in.catalog = &p.catalog();
    in.links = &p.links();
    in.progress = &p.progress();
    for (const auto& layer : p.document().layers())
      if (TargetStatusTheme::isCountyLayer(*layer)) in.counties = layer;
    if (Status s = ReportPdfWriter::write(in, outDir + QStringLiteral("/bench_report.pdf")); !s)
      return std::fprintf(stderr, "%s\n", qPrintable(s.error())), 1;
    pdfS.push_back(t.nsecsElapsed() / 1e9);
    t.restart();
    const EvaluationReport again = EvaluationReport::build(p.catalog(), p.progress(), p.warningThresholds(), year);
    if (Status s = ReportXlsxWriter::write(again, outDir + QStringLiteral("/bench_report.xlsx")); !s)
      return std::fprintf(stderr, "%s\n", qPrintable(s.error())), 1;
    xlsxS.push_back(t.nsecsElapsed() / 1e9);
  }
  const QJsonObject o{{"file", file}, {"records", records}, {"runs", runs},
                      {"import_s", median(importS)}, {"apply_undo_step_s", median(applyS)},
                      {"report_pdf_s", median(pdfS)}, {"report_xlsx_s", median(xlsxS)}};
  std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
  return 0;
}
