#include "CommandLine.h"

#include "CliCommand.h"
#include "CliOutput.h"
#include "LibraryMessages.h"

#include <QGuiApplication>
#include <cstring>
#include <iterator>
#include <new>
#include <stdexcept>

namespace planmap {
namespace {

// Keep alphabetical. Each entry's function lives in <Name>Command.cpp.
const CliCommand kCommands[] = {
    {"check", "check SITE_FILE [--project P] [--buffer-m N] [--activity A] [--constraint FILE[:SEVERITY]] [--rules FILE] [--json] [-o REPORT.pdf|.json]",
     runCheckCommand},
    {"export", "export [--project P] [--layout NAME|FILE] [--atlas LAYER] [--per-feature] [--format pdf|png|tif] [--dpi N] [--title T] -o OUT",
     runExportCommand},
    {"info", "info FILE [--json] [--features] [--limit N] [--encoding E] [--crs EPSG:N]", runInfoCommand},
    {"links", "links QUERY [--json] [--project P]   (QUERY: item id, feature key or name)", runLinksCommand},
    {"plan", "plan [--json] [--kind project|target|measure] [--chapter N] [--section N] [--search T] [--catalog F] [--project P] [--year N]",
     runPlanCommand},
    {"progress", "progress import FILE [--sheet S] [--column KEY=HEADER]... [--layout long|wide] --project P [--dry-run] [--json]", runProgressCommand},
    {"project", "project new|add|remove|show P.planmap …   (planmap project --help)", runProjectCommand},
    {"publish", "publish --pg \"service=… | postgresql://… | host=… dbname=…\" --schema S [--project P] [--json]",
     runPublishCommand},
    {"render", "render [FILE…] [--project P] --size WxH [--extent minx,miny,maxx,maxy] [--crs EPSG:N] [--timings] -o OUT.png",
     runRenderCommand},
    {"report", "report --project P [--year N] [--chapter N] -o OUT.pdf|OUT.xlsx", runReportCommand},
    {"stats", "stats [--project P] [--units LAYER_ID] [--csv OUT.csv] [--json] [--progress FILE] [--year N]", runStatsCommand},
};

const CliCommand* find(const char* name) {
  for (const CliCommand& c : kCommands)
    if (std::strcmp(c.name, name) == 0) return &c;
  return nullptr;
}

int printHelp() {
  CliOutput::line(QStringLiteral("planmap %1 — planning maps for Ankang's 14th Five-Year Plan").arg(QLatin1String(PLANMAP_VERSION)));
  CliOutput::line(QStringLiteral("usage: planmap            open the desktop window on the bundled Ankang map"));
  for (const CliCommand& c : kCommands) CliOutput::line(QStringLiteral("       planmap %1").arg(QString::fromUtf8(c.usage)));
  return 0;
}

}  // namespace

bool CommandLine::isSubcommand(int argc, char** argv) {
  if (argc < 2) return false;
  return find(argv[1]) != nullptr || std::strcmp(argv[1], "help") == 0 || std::strcmp(argv[1], "--help") == 0 ||
         std::strcmp(argv[1], "-h") == 0;
}

int CommandLine::run(int argc, char** argv) {
  // Rendering and text layout need a QGuiApplication; offscreen makes that work without a display.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  QGuiApplication::setApplicationName(QStringLiteral("planmap"));
  QGuiApplication::setApplicationVersion(QStringLiteral(PLANMAP_VERSION));

  LibraryMessages::install();

  const QStringList all = QGuiApplication::arguments();
  const CliCommand* command = find(argv[1]);
  if (!command) return printHelp();
  // The job boundary: no allocation failure may end the program without a word.
  try {
    return command->run(all.mid(2));
  } catch (const std::bad_alloc&) {
    return CliOutput::error(QStringLiteral("%1: out of memory; try a smaller size, extent or dpi").arg(QString::fromUtf8(command->name)), 3);
  } catch (const std::length_error&) {
    return CliOutput::error(QStringLiteral("%1: out of memory (a size too large to allocate)").arg(QString::fromUtf8(command->name)), 3);
  }
}

}  // namespace planmap
