#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace planmap {

QString DataPaths::geodataDir() {
  const QByteArray fromEnv = qgetenv("PLANMAP_GEODATA");
  if (!fromEnv.isEmpty()) return QString::fromLocal8Bit(fromEnv);
  QStringList candidates;
  if (QCoreApplication::instance())
    candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/planmap/geodata");
  candidates << QStringLiteral(PLANMAP_INSTALL_GEODATA) << QStringLiteral(PLANMAP_SOURCE_GEODATA);
  for (const QString& dir : candidates) {
    if (QFileInfo(dir + QStringLiteral("/bundled_map.json")).exists()) return QDir(dir).canonicalPath();
  }
  return QStringLiteral(PLANMAP_SOURCE_GEODATA);
}

QString DataPaths::geodataFile(const QString& relativePath) {
  return geodataDir() + QLatin1Char('/') + relativePath;
}

}  // namespace planmap
