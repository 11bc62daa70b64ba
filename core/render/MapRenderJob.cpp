#include "MapRenderJob.h"

#include "MapPainter.h"
#include "ReprojectionCache.h"

#include <QtConcurrent/QtConcurrentRun>

namespace planmap {

MapRenderJob::MapRenderJob(MapSettings settings, std::shared_ptr<ReprojectionCache> cache, QObject* parent)
    : QObject(parent), settings_(std::move(settings)), cache_(std::move(cache)) {
  // The watcher lives on this object's thread, so finished() reaches the UI thread as a queued signal.
  connect(&watcher_, &QFutureWatcher<void>::finished, this, [this] {
    collect();
    if (!stats_.cancelled) Q_EMIT finished();
  });
}

MapRenderJob::~MapRenderJob() {
  // No worker may outlive the job: stop it at its next check and wait for it.
  cancel_->store(true);
  watcher_.disconnect(this);
  future_.waitForFinished();
}

void MapRenderJob::start() {
  if (started_) return;
  started_ = true;
  if (cancel_->load()) {
    // Cancelled before it began: nothing runs, nothing is emitted, stats say so.
    stats_.cancelled = true;
    collected_ = true;
    return;
  }
  // The worker gets copies and shared pointers only: settings by value, the cancel flag, the output slot.
  future_ = QtConcurrent::run([settings = settings_, cache = cache_, cancel = cancel_, output = output_] {
    output->image = MapPainter::renderImage(settings, &output->stats, cancel.get(), cache.get());
    if (cancel->load()) output->stats.cancelled = true;
  });
  watcher_.setFuture(future_);
}

void MapRenderJob::cancel() { cancel_->store(true); }

bool MapRenderJob::isActive() const { return started_ && !collected_ && !future_.isFinished(); }

void MapRenderJob::waitForFinished() {
  if (!started_) return;
  future_.waitForFinished();
  collect();
}

void MapRenderJob::collect() {
  if (collected_ || !future_.isFinished()) return;
  collected_ = true;
  image_ = output_->image;
  stats_ = output_->stats;
}

}  // namespace planmap
