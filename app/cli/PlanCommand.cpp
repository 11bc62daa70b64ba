// planmap plan: the plan catalog — every project, target and measure with its wording.
#include "CatalogJsonWriter.h"
#include "CliCommand.h"
#include "CliOutput.h"
#include "CliProject.h"
#include "PlanCatalog.h"

#include <QDate>

namespace planmap {
namespace {

QString kindLabel(PlanItemKind kind) {
  switch (kind) {
    case PlanItemKind::Project: return QStringLiteral("项目");
    case PlanItemKind::Target: return QStringLiteral("目标");
    case PlanItemKind::Measure: return QStringLiteral("举措");
  }
  return {};
}

}  // namespace

int runPlanCommand(const QStringList& args) {
  QStringList rest = args;
  const bool json = CliProject::takeFlag(rest, QStringLiteral("--json"));
  CatalogJsonWriter::Options options;
  const QString kind = CliProject::takeOption(rest, QStringLiteral("--kind"));
  if (!kind.isEmpty()) {
    options.kind = planItemKindFromString(kind);
    if (!options.kind) return CliOutput::error(QStringLiteral("--kind must be project, target or measure, got \"%1\"").arg(kind), 2);
  }
  options.chapterNumber = CliProject::takeOption(rest, QStringLiteral("--chapter")).toInt();
  options.sectionNumber = CliProject::takeOption(rest, QStringLiteral("--section")).toInt();
  options.search = CliProject::takeOption(rest, QStringLiteral("--search"));
  QStringList extraCatalogs;
  for (QString c; !(c = CliProject::takeOption(rest, QStringLiteral("--catalog"))).isEmpty();) extraCatalogs << c;
  const bool hasProject = rest.contains(QStringLiteral("--project"));
  const QString yearText = CliProject::takeOption(rest, QStringLiteral("--year"));
  if (!rest.isEmpty() && !hasProject) return CliOutput::error(QStringLiteral("plan: unexpected argument \"%1\"").arg(rest.first()), 2);

  // Without a project only the catalog is needed; with one, its catalogs and progress records.
  PlanCatalog catalog;
  std::unique_ptr<Project> project;
  if (hasProject) {
    auto loaded = CliProject::load(rest);
    if (!loaded) return CliOutput::error(loaded.error());
    project = std::move(loaded.value());
    catalog = project->catalog();
    options.progress = &project->progress();
    options.thresholds = &project->warningThresholds();
    options.currentYear = yearText.isEmpty() ? QDate::currentDate().year() : yearText.toInt();
  } else {
    auto loaded = PlanCatalog::loadBundled();
    if (!loaded) return CliOutput::error(loaded.error());
    catalog = std::move(loaded.value());
  }
  for (const QString& file : extraCatalogs)
    if (Status st = catalog.addFile(file); !st) return CliOutput::error(st.error());

  if (json) {
    CliOutput::out(QString::fromUtf8(CatalogJsonWriter::toJson(catalog, options)));
    return 0;
  }
  int shown = 0;
  for (const PlanItem& item : catalog.items()) {
    if (options.kind && item.kind != *options.kind) continue;
    if (options.chapterNumber && item.chapterNumber != options.chapterNumber) continue;
    if (options.sectionNumber && item.sectionNumber != options.sectionNumber) continue;
    if (!options.search.isEmpty() && !item.text.contains(options.search) && !item.name.contains(options.search)) continue;
    QString line = QStringLiteral("%1  [%2] %3%4  %5").arg(item.id, kindLabel(item.kind), item.chapter, item.section, item.name);
    if (item.isTarget() && item.value)
      line += QStringLiteral("  (%1 %2%3%4)").arg(item.comparator).arg(*item.value).arg(item.unit,
                                                  item.deadline ? QStringLiteral(", %1年").arg(*item.deadline) : QString());
    CliOutput::line(line);
    CliOutput::line(QStringLiteral("    ") + item.displayText().replace(QLatin1Char('\n'), QLatin1Char(' ')));
    ++shown;
  }
  CliOutput::line(QStringLiteral("%1 items").arg(shown));
  return 0;
}

}  // namespace planmap
