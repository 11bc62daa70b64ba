// `planmap report --project P [--year N] [--chapter N] -o OUT.pdf|OUT.xlsx`: the 总结评估 evaluation
// report of the project's targets as of a year, as PDF or XLSX (chosen by the extension).
#include "CliCommand.h"
#include "CliOutput.h"
#include "CliProject.h"
#include "EvaluationReport.h"
#include "ReportPdfWriter.h"
#include "ReportXlsxWriter.h"
#include "TargetStatusTheme.h"

#include <QDate>
#include <QFileInfo>

namespace planmap {

int runReportCommand(const QStringList& args) {
  const QString usage = QStringLiteral("usage: planmap report --project P [--year N] [--chapter N] -o OUT.pdf|OUT.xlsx");
  QStringList rest = args;
  const QString yearText = CliProject::takeOption(rest, QStringLiteral("--year"));
  const QString chapterText = CliProject::takeOption(rest, QStringLiteral("--chapter"));
  QString out = CliProject::takeOption(rest, QStringLiteral("-o"));
  if (out.isEmpty()) out = CliProject::takeOption(rest, QStringLiteral("--output"));
  if (out.isEmpty()) return CliOutput::error(QStringLiteral("report needs -o OUT.pdf or OUT.xlsx\n") + usage, 2);
  const QString suffix = QFileInfo(out).suffix().toLower();
  if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx"))
    return CliOutput::error(QStringLiteral("%1: the report is written as .pdf or .xlsx").arg(out), 2);
  bool ok = true;
  const int year = yearText.isEmpty() ? QDate::currentDate().year() : yearText.toInt(&ok);
  if (!ok || year < 2000 || year > 2100) return CliOutput::error(QStringLiteral("--year must be a year from 2000 to 2100, got \"%1\"").arg(yearText), 2);
  const int chapter = chapterText.isEmpty() ? 0 : chapterText.toInt(&ok);
  if (!ok || chapter < 0) return CliOutput::error(QStringLiteral("--chapter must be a chapter number, got \"%1\"").arg(chapterText), 2);
  if (!rest.contains(QStringLiteral("--project"))) return CliOutput::error(QStringLiteral("report needs --project P\n") + usage, 2);
  auto loaded = CliProject::load(rest);
  if (!loaded) return CliOutput::error(loaded.error());
  if (!rest.isEmpty()) return CliOutput::error(QStringLiteral("report: unexpected argument \"%1\"").arg(rest.first()), 2);
  const Project& project = *loaded.value();

  const EvaluationReport report =
      EvaluationReport::build(project.catalog(), project.progress(), project.warningThresholds(), year, chapter);
  if (report.targetCount() == 0)
    return CliOutput::error(chapter ? QStringLiteral("chapter %1 has no targets").arg(chapter) : QStringLiteral("the catalog has no targets"));
  Status written = Status::ok();
  if (suffix == QLatin1String("pdf")) {
    ReportPdfWriter::Inputs in;
    in.report = &report;
    in.catalog = &project.catalog();
    in.links = &project.links();
    in.progress = &project.progress();
    for (const auto& layer : project.document().layers())
      if (TargetStatusTheme::isCountyLayer(*layer)) {
        in.counties = layer;
        break;
      }
    in.progressCallback = [](int page, int done, int total) {
      CliOutput::error(QStringLiteral("report: page %1, %2/%3 targets").arg(page).arg(done).arg(total), 0);
      return true;
    };
    written = ReportPdfWriter::write(in, out);
  } else {
    written = ReportXlsxWriter::write(report, out);
  }
  if (!written) return CliOutput::error(written.error());
  QStringList counts;
  for (TargetStatus s : kReportStatuses) counts << QStringLiteral("%1 %2").arg(reportStatusLabel(s)).arg(report.count(s));
  CliOutput::line(QStringLiteral("%1: %2 targets as of %3 (%4)").arg(out).arg(report.targetCount()).arg(year).arg(counts.join(QStringLiteral(", "))));
  return 0;
}

}  // namespace planmap
