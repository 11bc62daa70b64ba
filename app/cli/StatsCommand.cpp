// `planmap stats [--csv OUT.csv] [--json] [--progress FILE] [--year N]`: per-county figures of the
// bundled Ankang map — Qinling zone areas, national park area, parks, enclave parks and mines
// counted, river length — with the plan items linked to each county and the status of its targets.

#include "CliCommand.h"
#include "CliOutput.h"
#include "BundledMap.h"
#include "ComplianceChecker.h"
#include "CountyStatistics.h"
#include "DataPaths.h"
#include "LinkStore.h"
#include "MapDocument.h"
#include "PlanCatalog.h"
#include "ProgressStore.h"

#include <QJsonDocument>

namespace planmap {

int runStatsCommand(const QStringList& arguments) {
  const QString usage = QStringLiteral("usage: planmap stats [--csv OUT.csv] [--json] [--progress FILE] [--year N]");
  QString csv, progressFile;
  bool json = false;
  CountyStatisticsOptions options;
  for (int i = 0; i < arguments.size(); ++i) {
    const QString& a = arguments[i];
    const bool hasValue = i + 1 < arguments.size();
    if (a == QLatin1String("--json")) {
      json = true;
    } else if (a == QLatin1String("--csv")) {
      if (!hasValue) return CliOutput::error(QStringLiteral("--csv needs a file; ") + usage, 2);
      csv = arguments[++i];
    } else if (a == QLatin1String("--progress")) {
      if (!hasValue) return CliOutput::error(QStringLiteral("--progress needs a file; ") + usage, 2);
      progressFile = arguments[++i];
    } else if (a == QLatin1String("--year")) {
      bool ok = false;
      options.currentYear = hasValue ? arguments[++i].toInt(&ok) : 0;
      if (!ok || options.currentYear < 1900) return CliOutput::error(QStringLiteral("--year needs a year; ") + usage, 2);
    } else {
      return CliOutput::error(QStringLiteral("unknown argument %1; ").arg(a) + usage, 2);
    }
  }

  MapDocument document;
  if (Status loaded = BundledMap::loadInto(document); !loaded) return CliOutput::error(loaded.error());
  auto catalog = PlanCatalog::loadBundled();
  if (!catalog) return CliOutput::error(catalog.error());
  auto links = LinkStore::load(DataPaths::geodataFile(QStringLiteral("plan/bundled_links.json")));
  if (!links) return CliOutput::error(links.error());
  std::optional<ProgressStore> progress;
  if (!progressFile.isEmpty()) {
    auto p = ProgressStore::load(progressFile);
    if (!p) return CliOutput::error(p.error());
    progress = std::move(p.value());
  }

  auto stats = CountyStatistics::compute(ComplianceChecker::layersOf(document), &catalog.value(), &links.value(),
                                         progress ? &*progress : nullptr, options);
  if (!stats) return CliOutput::error(stats.error());
  if (!csv.isEmpty())
    if (Status written = stats->writeCsv(csv); !written) return CliOutput::error(written.error());

  if (json) {
    CliOutput::json(QJsonDocument(stats->toJson()));
  } else if (csv.isEmpty()) {
    CliOutput::line(QStringLiteral("县区\t面积km²\t核心km²\t重点km²\t一般km²\t国家公园km²\t园区\t飞地\t矿山\t河流km\t关联条目\t目标"));
    for (const CountyStatistics::Row& r : stats->rows()) {
      QStringList cells{r.county, QString::number(r.areaKm2, 'f', 1)};
      for (const auto& [zone, km2] : r.zoneAreaKm2) cells << QString::number(km2, 'f', 1);
      cells << QString::number(r.nationalParkKm2, 'f', 1) << QString::number(r.parkCount)
            << QString::number(r.enclaveParkCount) << QString::number(r.mineCount)
            << QString::number(r.riverLengthKm, 'f', 1) << QString::number(r.items.size())
            << QString::number(r.targetCount());
      CliOutput::line(cells.join(QLatin1Char('\t')));
    }
    for (const QString& w : stats->warnings()) CliOutput::line(QStringLiteral("注意: %1").arg(w));
  } else {
    CliOutput::line(QStringLiteral("wrote %1 (%2 counties)").arg(csv).arg(stats->rows().size()));
  }
  return 0;
}

}  // namespace planmap
