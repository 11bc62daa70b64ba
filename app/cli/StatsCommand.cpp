// `planmap stats [--project P] [--units LAYER_ID] [--csv OUT.csv] [--json] [--progress FILE] [--year N]`:
// per-unit figures of the project's map (the bundled Ankang map without --project) — area, Qinling
// zone areas, the area of each layer the planner marked as a constraint, national park area, parks,
// enclave parks and mines counted, river length — with the plan items linked to each unit and the
// status of its targets. The units are the bundled counties where the project has them, else its
// first polygon layer that is not a constraint layer, or --units; the output names the layer used.

#include "CliCommand.h"
#include "CliOutput.h"
#include "CliProject.h"
#include "ConstraintRuleSet.h"
#include "CountyStatistics.h"
#include "ProgressStore.h"

#include <QJsonDocument>

namespace planmap {

int runStatsCommand(const QStringList& arguments) {
  const QString usage =
      QStringLiteral("usage: planmap stats [--project P] [--units LAYER_ID] [--csv OUT.csv] [--json] [--progress FILE] [--year N]");
  QStringList rest = arguments;
  auto project = CliProject::load(rest);
  if (!project) return CliOutput::error(project.error());
  QString csv, progressFile, units;
  bool json = false;
  CountyStatisticsOptions options;
  for (int i = 0; i < rest.size(); ++i) {
    const QString& a = rest[i];
    const bool hasValue = i + 1 < rest.size();
    if (a == QLatin1String("--json")) {
      json = true;
    } else if (a == QLatin1String("--csv")) {
      if (!hasValue) return CliOutput::error(QStringLiteral("--csv needs a file; ") + usage, 2);
      csv = rest[++i];
    } else if (a == QLatin1String("--units")) {
      if (!hasValue) return CliOutput::error(QStringLiteral("--units needs a layer id; ") + usage, 2);
      units = rest[++i];
    } else if (a == QLatin1String("--progress")) {
      if (!hasValue) return CliOutput::error(QStringLiteral("--progress needs a file; ") + usage, 2);
      progressFile = rest[++i];
    } else if (a == QLatin1String("--year")) {
      bool ok = false;
      options.currentYear = hasValue ? rest[++i].toInt(&ok) : 0;
      if (!ok || options.currentYear < 1900 || options.currentYear > 2100)
        return CliOutput::error(QStringLiteral("--year needs a year from 1900 to 2100; ") + usage, 2);
    } else {
      return CliOutput::error(QStringLiteral("unknown argument %1; ").arg(a) + usage, 2);
    }
  }

  AnalysisInputs inputs = project.value()->analysisInputs();
  if (!progressFile.isEmpty()) {
    auto p = ProgressStore::load(progressFile);
    if (!p) return CliOutput::error(p.error());
    ProgressStore merged = *inputs.progress;
    for (const ProgressRecord& record : p->records()) merged.add(record);
    inputs.progress = std::make_shared<const ProgressStore>(std::move(merged));
  }
  auto rules = ConstraintRuleSet::readFile(ConstraintRuleSet::bundledPath());
  if (!rules) return CliOutput::error(rules.error());
  auto stats = inputs.statistics(rules.value(), units, options);
  if (!stats) return CliOutput::error(stats.error());
  if (!csv.isEmpty())
    if (Status written = stats->writeCsv(csv); !written) return CliOutput::error(written.error());

  if (json) {
    CliOutput::json(QJsonDocument(stats->toJson()));
  } else if (csv.isEmpty()) {
    CliOutput::line(QStringLiteral("统计单元: %1 (%2, 名称字段 %3)").arg(stats->unitsTitle(), stats->unitsLayer(), stats->unitsNameField()));
    QStringList header{QStringLiteral("单元"), QStringLiteral("面积km²")};
    for (const QString& zone : stats->zoneValues())
      header << (zone == QLatin1String("core") ? QStringLiteral("核心km²")
                 : zone == QLatin1String("key") ? QStringLiteral("重点km²")
                 : zone == QLatin1String("general") ? QStringLiteral("一般km²") : zone + QStringLiteral("km²"));
    for (const QString& name : stats->constraintNames()) header << name + QStringLiteral("km²");
    header << QStringLiteral("国家公园km²") << QStringLiteral("园区") << QStringLiteral("飞地") << QStringLiteral("矿山")
           << QStringLiteral("河流km") << QStringLiteral("关联条目") << QStringLiteral("目标");
    CliOutput::line(header.join(QLatin1Char('\t')));
    for (const CountyStatistics::Row& r : stats->rows()) {
      QStringList cells{r.county, QString::number(r.areaKm2, 'f', 1)};
      for (const auto& [zone, km2] : r.zoneAreaKm2) cells << QString::number(km2, 'f', 1);
      for (const auto& [name, km2] : r.constraintAreaKm2) cells << QString::number(km2, 'f', 1);
      cells << QString::number(r.nationalParkKm2, 'f', 1) << QString::number(r.parkCount)
            << QString::number(r.enclaveParkCount) << QString::number(r.mineCount)
            << QString::number(r.riverLengthKm, 'f', 1) << QString::number(r.items.size())
            << QString::number(r.targetCount());
      CliOutput::line(cells.join(QLatin1Char('\t')));
    }
    for (const QString& w : stats->warnings()) CliOutput::line(QStringLiteral("注意: %1").arg(w));
  } else {
    CliOutput::line(QStringLiteral("wrote %1 (%2 units of layer %3)").arg(csv).arg(stats->rows().size()).arg(stats->unitsLayer()));
  }
  return 0;
}

}  // namespace planmap
