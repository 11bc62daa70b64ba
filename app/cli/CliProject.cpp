#include "CliProject.h"

#include "CliOutput.h"

namespace planmap {

QString CliProject::takeOption(QStringList& arguments, const QString& name, bool* found) {
  const int i = arguments.indexOf(name);
  if (found) *found = i >= 0;
  if (i < 0) return {};
  QString value;
  if (i + 1 < arguments.size()) value = arguments.takeAt(i + 1);
  arguments.removeAt(i);
  return value;
}

bool CliProject::takeFlag(QStringList& arguments, const QString& name) { return arguments.removeAll(name) > 0; }

Result<std::unique_ptr<Project>> CliProject::load(QStringList& arguments) {
  bool given = false;
  const QString path = takeOption(arguments, QStringLiteral("--project"), &given);
  if (given && path.isEmpty()) return Result<std::unique_ptr<Project>>::fail(QStringLiteral("--project needs a file name"));
  auto project = given ? Project::open(path) : Project::createBundled();
  if (project)
    for (const MissingLayer& m : project.value()->missingLayers())
      CliOutput::error(QStringLiteral("warning: layer %1 is missing: %2").arg(m.layerId, m.error), 0);
  return project;
}

}  // namespace planmap
