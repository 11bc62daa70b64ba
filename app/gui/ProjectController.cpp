#include "ProjectController.h"

#include "MapCanvas.h"
#include "MessageBar.h"
#include "Project.h"
#include "ProjectAutosave.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace planmap {

ProjectController::ProjectController(Project& project, QWidget* window, MapCanvas* canvas, MessageBar* messages,
                                     int autosaveSeconds, QObject* parent)
    : QObject(parent), project_(project), window_(window), canvas_(canvas), messages_(messages) {
  if (autosaveSeconds > 0) autosave_ = new ProjectAutosave(project_, autosaveSeconds, this);
  connect(&project_, &Project::modifiedChanged, this, &ProjectController::updateTitle);
  saveQuestion_ = [this](const QString& name) {
    const auto answer = QMessageBox::warning(
        window_, tr("Unsaved changes"), tr("The project \"%1\" has unsaved changes. Save them?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save ? SaveChoice::Save : answer == QMessageBox::Discard ? SaveChoice::Discard : SaveChoice::Cancel;
  };
  pathQuestion_ = [this](const QString& suggestion) {
    QString path = QFileDialog::getSaveFileName(window_, tr("Save project as"), suggestion, fileFilter());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".planmap");
    return path;
  };
  updateTitle();
}

ProjectController::~ProjectController() = default;

QString ProjectController::fileFilter() { return tr("PlanMap projects (*.planmap);;All files (*)"); }

QString ProjectController::displayName() const {
  return project_.filePath().isEmpty() ? tr("Untitled project") : QFileInfo(project_.filePath()).completeBaseName();
}

void ProjectController::updateTitle() {
  // "[*]" is where Qt puts the unsaved-changes mark (and the close button's dot on macOS).
  window_->setWindowTitle(QStringLiteral("%1[*] — PlanMap").arg(displayName()));
  window_->setWindowModified(project_.isModified());
}

bool ProjectController::save() {
  if (project_.filePath().isEmpty()) return saveAs();
  return saveTo(project_.filePath());
}

bool ProjectController::saveAs() {
  QString suggestion = project_.filePath();
  if (suggestion.isEmpty()) {
    const QString dir = QSettings().value(QStringLiteral("lastProjectDir")).toString();
    suggestion = QFileInfo(dir.isEmpty() ? QStringLiteral(".") : dir, tr("Untitled project") + QStringLiteral(".planmap"))
                     .absoluteFilePath();
  }
  const QString path = pathQuestion_(suggestion);
  if (path.isEmpty()) return false;
  return saveTo(path);
}

bool ProjectController::saveTo(const QString& path) {
  project_.setViewExtent(canvas_->extent());
  // Only the window that autosaves an untitled project owns the shared untitled side file.
  const QString oldSideFile = !project_.filePath().isEmpty() ? ProjectAutosave::sideFileFor(project_.filePath())
                              : autosave_                    ? autosave_->sideFile()
                                                             : QString();
  const Status status = project_.save(path);
  if (!status) {
    // The atomic write left the previous file as it was; the message says which file and why.
    messages_->showMessage(tr("The project was not saved: %1").arg(status.error()), MessageBar::Level::Critical);
    return false;
  }
  // After "save as" the side file of the old name (or of the untitled project) is stale.
  if (!oldSideFile.isEmpty()) QFile::remove(oldSideFile);
  QFile::remove(ProjectAutosave::sideFileFor(project_.filePath()));
  QSettings().setValue(QStringLiteral("lastProjectDir"), QFileInfo(project_.filePath()).absolutePath());
  updateTitle();
  messages_->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(project_.filePath())), MessageBar::Level::Info);
  Q_EMIT saved(project_.filePath());
  return true;
}

bool ProjectController::maybeSave() {
  if (!project_.isModified()) return true;
  switch (saveQuestion_(displayName())) {
    case SaveChoice::Save: return save();
    case SaveChoice::Discard: return true;
    case SaveChoice::Cancel: return false;
  }
  return false;
}

void ProjectController::discardAutosave() {
  if (autosave_) autosave_->discard();
  else if (!project_.filePath().isEmpty()) QFile::remove(ProjectAutosave::sideFileFor(project_.filePath()));
}

}  // namespace planmap
