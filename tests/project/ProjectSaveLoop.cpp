// Saves the project at argv[1] over and over with a growing progress table, until killed.
// Used by ProjectTest.KillDuringSaveLeavesALoadableProject.
#include "PlanEditCommands.h"
#include "Project.h"

#include <QGuiApplication>
#include <cstdio>

int main(int argc, char** argv) {
  QGuiApplication app(argc, argv);
  if (argc < 2) return 2;
  auto project = planmap::Project::open(QString::fromLocal8Bit(argv[1]));
  if (!project) {
    std::fprintf(stderr, "%s\n", qPrintable(project.error()));
    return 1;
  }
  const QString target = project.value()->catalog().items().front().id;
  for (int round = 0;; ++round) {
    // Each round adds records, so every save writes more bytes than the last: a torn write would show.
    for (int i = 0; i < 200; ++i) {
      planmap::ProgressRecord r;
      r.target = target;
      r.year = 2000 + i % 100;
      r.value = round;
      r.scope = QStringLiteral("县%1-%2").arg(round).arg(i);
      r.source = QStringLiteral("save loop round %1").arg(round);
      project.value()->progress().add(r);
    }
    if (!project.value()->save()) return 1;
    std::fprintf(stdout, "saved %d\n", round);
    std::fflush(stdout);
  }
}
