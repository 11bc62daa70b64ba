#pragma once

#include "MapSettings.h"
#include "RenderStats.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <atomic>
#include <memory>

namespace planmap {

class ReprojectionCache;

// Renders a MapSettings snapshot into a QImage on a worker thread (QtConcurrent), cancellable at any
// point. Lifecycle: start() once; cancel() any time (also before start, or after finishing);
// destroying a running job cancels it and waits, so no worker outlives the job.
// finished() is emitted on the job's thread (the UI thread) unless cancelled.
class MapRenderJob : public QObject {
  Q_OBJECT
 public:
  explicit MapRenderJob(MapSettings settings, std::shared_ptr<ReprojectionCache> cache = {}, QObject* parent = nullptr);
  ~MapRenderJob() override;

  void start();
  void cancel();
  bool isActive() const;
  void waitForFinished();
  const MapSettings& settings() const { return settings_; }
  // Valid after finished() or waitForFinished(); stats().cancelled tells a cancelled render apart.
  QImage image() const { return image_; }
  RenderStats stats() const { return stats_; }

 Q_SIGNALS:
  void finished();

 private:
  // What the worker hands back; shared so the worker never touches the job object itself.
  struct Output {
    QImage image;
    RenderStats stats;
  };
  void collect();

  MapSettings settings_;
  std::shared_ptr<ReprojectionCache> cache_;
  std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
  QFuture<void> future_;
  QImage image_;
  RenderStats stats_;
  std::shared_ptr<Output> output_ = std::make_shared<Output>();
  QFutureWatcher<void> watcher_;
  bool started_ = false;
  bool collected_ = false;
};

}  // namespace planmap
