#pragma once

#include "LoadOptions.h"
#include "Result.h"
#include "VectorLayer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace planmap {

// Loads one dataset on a worker thread (QtConcurrent + LayerLoader) so the window stays responsive;
// reports progress, can be cancelled (LoadOptions::cancel), and delivers the layers on the UI thread.
// Destroying a running task cancels it and waits for the worker.
class LayerLoadTask : public QObject {
  Q_OBJECT
 public:
  using Layers = std::vector<std::shared_ptr<VectorLayer>>;

  // `options` without cancel/progress: the task wires its own.
  LayerLoadTask(QString path, LoadOptions options, QObject* parent = nullptr);
  ~LayerLoadTask() override;

  void start();
  void cancel();
  bool isRunning() const;
  bool wasCancelled() const { return cancel_->load(); }
  const QString& path() const { return path_; }
  const LoadOptions& options() const { return options_; }
  // Set once finished() was emitted.
  const std::optional<Result<Layers>>& result() const { return result_; }

 Q_SIGNALS:
  void progressChanged(double fraction);
  void finished();

 private:
  static void maintainGeometryCaches(const Layers& layers, const LoadOptions& options);

  QString path_;
  LoadOptions options_;
  std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
  QFutureWatcher<Result<Layers>> watcher_;
  std::optional<Result<Layers>> result_;
};

}  // namespace planmap
