#include "CliProject.h"

#include "CliOutput.h"
#include "MessageText.h"

#include <QHash>

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
  if (project) {
    // One line per cause: a cause shared by many layers (the bundled map unreadable, one server
    // down) names the first layers and how many more, instead of thousands of identical lines.
    QStringList causes;
    QHash<QString, QStringList> layersByCause;
    for (const MissingLayer& m : project.value()->missingLayers()) {
      if (!layersByCause.contains(m.error)) causes << m.error;
      layersByCause[m.error] << m.layerId;
    }
    for (const QString& cause : causes) {
      const QStringList& ids = layersByCause[cause];
      QString who = ids.mid(0, 3).join(QStringLiteral(", "));
      if (ids.size() > 3) who += QStringLiteral(" and %1 more").arg(ids.size() - 3);
      CliOutput::error(QStringLiteral("warning: layer%1 %2 %3 missing: %4")
                           .arg(ids.size() == 1 ? QString() : QStringLiteral("s"), who,
                                ids.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"), MessageText::scrubPasswords(cause)),
                       0);
    }
  }
  return project;
}

}  // namespace planmap
