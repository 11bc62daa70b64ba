#pragma once

#include "BackgroundTask.h"
#include "Result.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace planmap {

class Project;

// Reads a project on a worker thread (ProjectReader opens every layer through GDAL, and a PostGIS
// layer may wait on its server), so the window stays responsive while a big project opens. Also
// for File › New project (the bundled map) and for restoring an autosaved copy. The Project is
// built on the worker and handed to the UI thread before finished() is emitted.
class ProjectOpenTask : public QObject {
  Q_OBJECT
 public:
  using Maker = std::function<Result<std::unique_ptr<Project>>()>;
  // Opens the project file `path`.
  explicit ProjectOpenTask(QString path, QObject* parent = nullptr);
  // Runs `make` (e.g. a new project on the bundled map); `label` names it in messages.
  ProjectOpenTask(QString label, Maker make, QObject* parent = nullptr);
  ~ProjectOpenTask() override;  // waits for the worker; an unclaimed project is deleted

  void start();
  bool isRunning() const { return task_.isRunning(); }
  const QString& path() const { return path_; }
  // After finished(): the project (once) or why it could not be opened.
  Result<std::unique_ptr<Project>> takeResult();

 Q_SIGNALS:
  void finished();

 private:
  // The worker's answer: a project living on the UI thread, or the error.
  // (A future's results are copied, so the move-only project travels in a shared holder.)
  struct Outcome {
    std::shared_ptr<std::unique_ptr<Project>> project;
    QString error;
  };

  QString path_;
  Maker make_;
  Outcome outcome_;
  BackgroundTask<Outcome> task_;
};

}  // namespace planmap
