#include "ProjectOpenTask.h"

#include "Project.h"

#include <QThread>

namespace planmap {

ProjectOpenTask::ProjectOpenTask(QString path, QObject* parent)
    : ProjectOpenTask(path, [path] { return Project::open(path); }, parent) {}

ProjectOpenTask::ProjectOpenTask(QString label, Maker make, QObject* parent)
    : QObject(parent), path_(std::move(label)), make_(std::move(make)) {}

ProjectOpenTask::~ProjectOpenTask() = default;  // the task waits for its worker

void ProjectOpenTask::start() {
  QThread* uiThread = thread();
  task_.start(
      [make = make_, uiThread](const TaskControl&) {
        Outcome outcome;
        auto made = make();
        if (!made) {
          outcome.error = made.error();
          return outcome;
        }
        std::unique_ptr<Project> project = std::move(made).value();
        // Objects belong to the thread that made them: hand the project (its document is a child)
        // and its undo stack (a member, so not a child) to the UI thread before anyone there touches them.
        project->undoStack().moveToThread(uiThread);
        project->moveToThread(uiThread);
        outcome.project = std::make_shared<std::unique_ptr<Project>>(std::move(project));
        return outcome;
      },
      [this](Outcome outcome) {
        outcome_ = std::move(outcome);
        emit finished();
      });
}

Result<std::unique_ptr<Project>> ProjectOpenTask::takeResult() {
  using R = Result<std::unique_ptr<Project>>;
  if (!outcome_.error.isEmpty()) return R::fail(outcome_.error);
  if (!outcome_.project || !*outcome_.project)
    return R::fail(QStringLiteral("%1: the project was already taken or never read").arg(path_));
  return R::ok(std::move(*outcome_.project));
}

}  // namespace planmap
