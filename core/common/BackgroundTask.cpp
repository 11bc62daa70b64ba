#include "BackgroundTask.h"

#include <QMetaObject>

namespace planmap {

void TaskControl::progress(int done, int total, const QString& what) const {
  if (!run_->progress || !run_->relay) return;
  // The relay belongs to the task's thread; the call is queued there. The run is captured by
  // value, so the callback is alive even if the task has started newer runs meanwhile.
  std::shared_ptr<Run> run = run_;
  QMetaObject::invokeMethod(
      run->relay, [run, done, total, what] { run->progress(run->generation, done, total, what); }, Qt::QueuedConnection);
}

}  // namespace planmap
