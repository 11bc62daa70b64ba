#include "ProjectAutosave.h"

#include "AtomicFileWriter.h"
#include "Project.h"
#include "ProjectWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace planmap {

ProjectAutosave::ProjectAutosave(Project& project, int intervalSeconds, QObject* parent)
    : QObject(parent), project_(project) {
  timer_.setInterval(intervalSeconds * 1000);
  connect(&timer_, &QTimer::timeout, this, [this] {
    if (project_.isModified()) saveNow();
  });
  timer_.start();
}

QString ProjectAutosave::sideFileFor(const QString& projectPath) { return projectPath + QStringLiteral(".autosave"); }

QString ProjectAutosave::untitledSideFile() {
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(dir);
  return dir + QStringLiteral("/untitled.planmap.autosave");
}

QString ProjectAutosave::pendingRecovery(const QString& projectPath) {
  const QString side = projectPath.isEmpty() ? untitledSideFile() : sideFileFor(projectPath);
  const QFileInfo sideInfo(side);
  if (!sideInfo.exists()) return {};
  const QFileInfo projectInfo(projectPath);
  if (!projectPath.isEmpty() && projectInfo.exists() && projectInfo.lastModified() > sideInfo.lastModified()) return {};
  return side;
}

QString ProjectAutosave::sideFile() const {
  return project_.filePath().isEmpty() ? untitledSideFile() : sideFileFor(project_.filePath());
}

Status ProjectAutosave::saveNow() {
  const QString side = sideFile();
  // Relative layer paths are written as seen from the project's own folder, so the side file can
  // be opened in place of the project.
  const QString anchor = project_.filePath().isEmpty() ? side : project_.filePath();
  return AtomicFileWriter::write(side, ProjectWriter::toBytes(project_, anchor));
}

void ProjectAutosave::discard() { QFile::remove(sideFile()); }

}  // namespace planmap
