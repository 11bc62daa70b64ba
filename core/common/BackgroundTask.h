#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace planmap {

// What a job running in a BackgroundTask sees of it: the cancel flag to poll (or hand to core calls
// that take a `const std::atomic<bool>*`), and progress to report. Copyable; safe from any thread.
class TaskControl {
 public:
  bool isCancelled() const { return run_->cancelled.load(std::memory_order_relaxed); }
  const std::atomic<bool>* cancelFlag() const { return &run_->cancelled; }
  int generation() const { return run_->generation; }
  // Delivered on the task's (UI) thread, queued; dropped once a newer run has started.
  void progress(int done, int total, const QString& what = {}) const;

  // One run's state, shared by the task and its worker.
  struct Run {
    std::atomic<bool> cancelled{false};
    int generation = 0;
    QObject* relay = nullptr;  // lives as long as the task, which outlives every run (it waits)
    std::function<void(int generation, int done, int total, const QString& what)> progress;
  };
  explicit TaskControl(std::shared_ptr<Run> run) : run_(std::move(run)) {}

 private:
  std::shared_ptr<Run> run_;
};

// The one way app code runs slow work (GDAL, PROJ, PostgreSQL, painting) off the UI thread:
//  - start(work, done) runs `work` on the thread pool and calls `done` with its result on the
//    thread that owns the task (the UI thread), never from the worker;
//  - latest wins: start() cancels the run before it, whose result is then dropped, never shown;
//  - cancel() raises the latest run's flag; `work` polls TaskControl::isCancelled() (or hands
//    cancelFlag() to the core call) and returns early;
//  - progress from the worker is marshalled to the UI thread;
//  - the destructor cancels every run and waits for it, so no worker outlives what it reports to.
// `done` still runs for a cancelled latest run (so a dialog can say "cancelled"), not for older ones.
template <typename T>
class BackgroundTask {
 public:
  using Work = std::function<T(const TaskControl&)>;
  using Done = std::function<void(T result)>;
  using Progress = std::function<void(int done, int total, const QString& what)>;

  BackgroundTask() = default;
  BackgroundTask(const BackgroundTask&) = delete;
  BackgroundTask& operator=(const BackgroundTask&) = delete;
  ~BackgroundTask() {
    for (const Running& r : running_) {
      r.run->cancelled.store(true);
      r.watcher->disconnect();
      r.watcher->waitForFinished();
      delete r.watcher;
    }
  }

  // Returns the run's generation number (1, 2, …). `superseded`, if given, receives the result of
  // this run when it finishes after a newer one started (to count or log it; never to show it).
  int start(Work work, Done done, Progress progress = {}, Done superseded = {}) {
    if (!running_.empty()) running_.back().run->cancelled.store(true);
    auto run = std::make_shared<TaskControl::Run>();
    run->generation = ++generation_;
    run->relay = &relay_;
    if (progress) {
      run->progress = [this, progress = std::move(progress)](int generation, int d, int total, const QString& what) {
        if (generation == generation_) progress(d, total, what);
      };
    }
    auto* watcher = new QFutureWatcher<T>();
    running_.push_back({run, watcher});
    QObject::connect(watcher, &QFutureWatcherBase::finished, &relay_,
                     [this, watcher, run, done = std::move(done), superseded = std::move(superseded)] {
                       std::erase_if(running_, [watcher](const Running& r) { return r.watcher == watcher; });
                       T result = watcher->result();
                       watcher->deleteLater();
                       if (run->generation == generation_) {
                         if (done) done(std::move(result));
                       } else if (superseded) {
                         superseded(std::move(result));
                       }
                     });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), run] { return work(TaskControl(run)); }));
    return run->generation;
  }

  void cancel() {
    if (!running_.empty()) running_.back().run->cancelled.store(true);
  }
  // Some run (the latest or an older one winding down) has not finished yet.
  bool isRunning() const { return !running_.empty(); }
  // The latest run has not delivered its result yet.
  bool isBusy() const { return !running_.empty() && running_.back().run->generation == generation_; }
  int generation() const { return generation_; }
  // Blocks until every run has finished (tests, shutdown); results are still delivered by events.
  void waitForFinished() {
    for (const Running& r : running_) r.watcher->waitForFinished();
  }

 private:
  struct Running {
    std::shared_ptr<TaskControl::Run> run;
    QFutureWatcher<T>* watcher;
  };
  QObject relay_;  // receives the finished signals and queued progress on the owning thread
  std::vector<Running> running_;
  int generation_ = 0;
};

}  // namespace planmap
