#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace planmap {

class Project;

// Every few minutes, writes the modified project to a side file ("<name>.planmap.autosave", or
// a file in the app's data folder for a project never saved), atomically, never over the project
// itself. A clean save or a clean close removes it; finding one newer than the project on the next
// start means the last session ended without saving, and the app offers to restore it.
class ProjectAutosave : public QObject {
  Q_OBJECT
 public:
  explicit ProjectAutosave(Project& project, int intervalSeconds = 180, QObject* parent = nullptr);

  static QString sideFileFor(const QString& projectPath);
  // The side file to offer for recovery when opening `projectPath`, or empty: it must exist and be
  // newer than the project file (or the project must not exist).
  static QString pendingRecovery(const QString& projectPath);
  // Where an unsaved (never named) project autosaves.
  static QString untitledSideFile();

  Status saveNow();
  void discard();  // after a clean save or close
  QString sideFile() const;

 private:
  Project& project_;
  QTimer timer_;
};

}  // namespace planmap
