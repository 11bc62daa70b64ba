#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace planmap {

// Internal to planmap_crs: a few long-lived threads that share large coordinate arrays with the
// caller. They live as long as the process so that each keeps its PROJ context and operation
// cache (creating an operation costs milliseconds; transforming a million points ~0.3 s).
// Tasks never wait on other tasks, and a waiting caller runs queued tasks itself, so nesting
// (a render worker transforming a big layer) cannot deadlock.
class TransformWorkers {
 public:
  TransformWorkers(const TransformWorkers&) = delete;
  TransformWorkers& operator=(const TransformWorkers&) = delete;

  static TransformWorkers& instance();
  // Number of helper threads (hardware threads - 1; 0 on a single core).
  std::size_t helperCount() const { return threads_.size(); }
  // Runs task(0) .. task(count - 1), spread over the helpers and the calling thread; returns when
  // all have finished. Tasks must not throw.
  void run(std::size_t count, const std::function<void(std::size_t)>& task);

 private:
  struct Batch;
  struct Job {
    Batch* batch;
    std::size_t index;
  };
  TransformWorkers();
  ~TransformWorkers();
  void workerLoop();
  void execute(const Job& job);

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace planmap
