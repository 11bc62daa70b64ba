#include "ExportPaths.h"

#include "Project.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace planmap {

QString ExportPaths::folder(const Project& project) {
  if (!project.filePath().isEmpty() && QDir(project.projectDir()).exists()) return project.projectDir();
  const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}

QString ExportPaths::fileName(const QString& title, const QString& suffix, const QDate& date) {
  QString base = title.simplified();
  base.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\s]+")), QStringLiteral("_"));
  if (base.isEmpty()) base = QStringLiteral("planmap");
  return base + QLatin1Char('_') + date.toString(Qt::ISODate) + suffix;
}

QString ExportPaths::suggested(const Project& project, const QString& title, const QString& suffix) {
  return QDir(folder(project)).filePath(fileName(title, suffix));
}

}  // namespace planmap
