#include "LayerLoadTask.h"

#include "LayerCache.h"
#include "LayerLoader.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace planmap {

LayerLoadTask::LayerLoadTask(QString path, LoadOptions options, QObject* parent)
    : QObject(parent), path_(std::move(path)), options_(std::move(options)) {
  options_.cancel = nullptr;
  options_.progress = nullptr;
  connect(&watcher_, &QFutureWatcher<Result<Layers>>::finished, this, [this] {
    result_ = watcher_.future().result();
    if (*result_) maintainGeometryCaches(result_->value(), options_);
    emit finished();
  });
}

LayerLoadTask::~LayerLoadTask() {
  cancel_->store(true);
  watcher_.disconnect(this);
  watcher_.waitForFinished();
}

void LayerLoadTask::start() {
  LoadOptions options = options_;
  const auto cancel = cancel_;  // shared: outlives `this` if the worker is still winding down
  options.cancel = cancel.get();
  // Progress from the worker reaches the UI thread queued; throttled to whole percents.
  QPointer<LayerLoadTask> self(this);
  auto lastPercent = std::make_shared<std::atomic<int>>(-1);
  options.progress = [self, lastPercent](double fraction) {
    const int percent = int(std::lround(fraction * 100));
    if (lastPercent->exchange(percent) == percent) return;
    if (!self) return;
    QMetaObject::invokeMethod(self.data(), [self, fraction] {
      if (self) emit self->progressChanged(fraction);
    }, Qt::QueuedConnection);
  };
  const QString path = path_;
  watcher_.setFuture(QtConcurrent::run([path, options, cancel]() { return LayerLoader::load(path, options); }));
}

void LayerLoadTask::cancel() { cancel_->store(true); }

void LayerLoadTask::maintainGeometryCaches(const Layers& layers, const LoadOptions& options) {
  // Big files get their geometry cache written once, in the background, after the layer is shown;
  // a layer opened from its cache gets the cache's coordinates checked (a corrupt file is deleted
  // and rebuilt on the next open). The features are immutable and shared, so this is safe.
  Layers work;
  for (const auto& layer : layers)
    if (layer->features && (layer->features->isMapped() || LayerCache::wanted(*layer))) work.push_back(layer);
  if (work.empty()) return;
  (void)QtConcurrent::run([work, options] {
    for (const auto& layer : work) {
      const Status s = layer->features->isMapped()
                           ? LayerCache::verify(layer->sourcePath, layer->sourceLayerName, options)
                           : LayerCache::store(*layer, options);
      if (!s) qWarning("geometry cache: %s", qPrintable(s.error()));
    }
  });
}

bool LayerLoadTask::isRunning() const { return watcher_.isRunning(); }

}  // namespace planmap
