#pragma once

#include "Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

namespace planmap {

class Project;

// Reads a project file on a worker thread (ProjectReader opens every layer through GDAL, and a
// PostGIS layer may wait on its server), so the window stays responsive while a big project opens.
// The Project is built on the worker and handed to the UI thread before finished() is emitted.
class ProjectOpenTask : public QObject {
  Q_OBJECT
 public:
  explicit ProjectOpenTask(QString path, QObject* parent = nullptr);
  ~ProjectOpenTask() override;  // waits for the worker; an unclaimed project is deleted

  void start();
  bool isRunning() const { return watcher_.isRunning(); }
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
  QFutureWatcher<Outcome> watcher_;
  Outcome outcome_;
};

}  // namespace planmap
