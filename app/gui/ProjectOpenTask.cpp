#include "ProjectOpenTask.h"

#include "Project.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace planmap {

ProjectOpenTask::ProjectOpenTask(QString path, QObject* parent) : QObject(parent), path_(std::move(path)) {
  connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, [this] {
    outcome_ = watcher_.future().result();
    emit finished();
  });
}

ProjectOpenTask::~ProjectOpenTask() {
  watcher_.disconnect(this);
  watcher_.waitForFinished();
}

void ProjectOpenTask::start() {
  QThread* uiThread = thread();
  const QString path = path_;
  watcher_.setFuture(QtConcurrent::run([path, uiThread]() {
    Outcome outcome;
    auto opened = Project::open(path);
    if (!opened) {
      outcome.error = opened.error();
      return outcome;
    }
    std::unique_ptr<Project> project = std::move(opened).value();
    // Objects belong to the thread that made them: hand the project (its document is a child) and
    // its undo stack (a member, so not a child) to the UI thread before anyone there touches them.
    project->undoStack().moveToThread(uiThread);
    project->moveToThread(uiThread);
    outcome.project = std::make_shared<std::unique_ptr<Project>>(std::move(project));
    return outcome;
  }));
}

Result<std::unique_ptr<Project>> ProjectOpenTask::takeResult() {
  using R = Result<std::unique_ptr<Project>>;
  if (!outcome_.error.isEmpty()) return R::fail(outcome_.error);
  if (!outcome_.project || !*outcome_.project)
    return R::fail(QStringLiteral("%1: the project was already taken or never read").arg(path_));
  return R::ok(std::move(*outcome_.project));
}

}  // namespace planmap
