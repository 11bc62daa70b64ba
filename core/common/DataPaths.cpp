#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace planmap {
namespace {

QString executableDir() {
  if (QCoreApplication::instance()) return QCoreApplication::applicationDirPath();
  // Before a QCoreApplication exists (static set-up in tests): the kernel knows the executable.
  return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
}

// `envName` if set, then <share>/<sub> next to the binary, then (in the build tree only) the
// source folder. When nothing is there, the installed location, so errors name where the file belongs.
QString findDir(const char* envName, const QString& sub, const QString& marker, const QString& sourceDir) {
  const QString fromEnv = qEnvironmentVariable(envName);
  if (!fromEnv.isEmpty()) return fromEnv;
  const QString installed = DataPaths::installedShareDir() + QLatin1Char('/') + sub;
  QStringList candidates{installed};
  if (DataPaths::runningFromBuildTree()) candidates << sourceDir;
  for (const QString& dir : candidates) {
    if (QFileInfo::exists(dir + QLatin1Char('/') + marker)) return QDir(dir).canonicalPath();
  }
  return QDir::cleanPath(installed);
}

}  // namespace

QString DataPaths::installedShareDir() { return QDir::cleanPath(executableDir() + QStringLiteral("/../share/planmap")); }

bool DataPaths::runningFromBuildTree() {
  const QString buildRoot = QDir(QStringLiteral(PLANMAP_BUILD_ROOT)).canonicalPath();
  if (buildRoot.isEmpty()) return false;
  const QString exe = QDir(executableDir()).canonicalPath();
  return exe == buildRoot || exe.startsWith(buildRoot + QLatin1Char('/'));
}

QString DataPaths::geodataDir() {
  return findDir("PLANMAP_GEODATA", QStringLiteral("geodata"), QStringLiteral("bundled_map.json"),
                 QStringLiteral(PLANMAP_SOURCE_GEODATA));
}

QString DataPaths::geodataFile(const QString& relativePath) {
  return geodataDir() + QLatin1Char('/') + relativePath;
}

QString DataPaths::layoutsDir() {
  return findDir("PLANMAP_LAYOUTS", QStringLiteral("layouts"), QStringLiteral("a3_landscape_plan.json"),
                 QStringLiteral(PLANMAP_SOURCE_RESOURCES) + QStringLiteral("/layouts"));
}

}  // namespace planmap
