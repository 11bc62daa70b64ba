#pragma once

#include <QStringList>

namespace planmap {

// One subcommand: its name, a one-line summary for `planmap help`, and the function that runs it
// with the arguments after the subcommand name. Output JSON is UTF-8 on stdout (CliOutput).
struct CliCommand {
  const char* name;
  const char* usage;
  int (*run)(const QStringList& arguments);
};

// Subcommand entry points, one per <Name>Command.cpp.
int runCheckCommand(const QStringList& arguments);
int runExportCommand(const QStringList& arguments);
int runInfoCommand(const QStringList& arguments);
int runLinksCommand(const QStringList& arguments);
int runPlanCommand(const QStringList& arguments);
int runProjectCommand(const QStringList& arguments);
int runProgressCommand(const QStringList& arguments);
int runPublishCommand(const QStringList& arguments);
int runRenderCommand(const QStringList& arguments);
int runReportCommand(const QStringList& arguments);
int runStatsCommand(const QStringList& arguments);

}  // namespace planmap
