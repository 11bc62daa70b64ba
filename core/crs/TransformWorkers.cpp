#include "TransformWorkers.h"

namespace planmap {

struct TransformWorkers::Batch {
  const std::function<void(std::size_t)>* task;
  std::size_t remaining;  // guarded by TransformWorkers::mutex_
  std::condition_variable done;
};

TransformWorkers& TransformWorkers::instance() {
  static TransformWorkers workers;
  return workers;
}

TransformWorkers::TransformWorkers() {
  const unsigned hardware = std::thread::hardware_concurrency();
  const unsigned helpers = hardware > 1 ? hardware - 1 : 0;
  try {
    for (unsigned i = 0; i < helpers; ++i) threads_.emplace_back([this] { workerLoop(); });
  } catch (...) {
    // No threads to be had: the caller does all the work itself.
  }
}

TransformWorkers::~TransformWorkers() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void TransformWorkers::execute(const Job& job) {
  (*job.batch->task)(job.index);
  std::lock_guard lock(mutex_);
  if (--job.batch->remaining == 0) job.batch->done.notify_all();
}

void TransformWorkers::workerLoop() {
  for (;;) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping
      job = queue_.front();
      queue_.pop_front();
    }
    execute(job);
  }
}

void TransformWorkers::run(std::size_t count, const std::function<void(std::size_t)>& task) {
  if (count == 0) return;
  if (threads_.empty() || count == 1) {
    for (std::size_t i = 0; i < count; ++i) task(i);
    return;
  }
  Batch batch{&task, count, {}};
  {
    std::lock_guard lock(mutex_);
    for (std::size_t i = 1; i < count; ++i) queue_.push_back({&batch, i});
  }
  wake_.notify_all();
  execute({&batch, 0});
  // Help with whatever is queued (ours or another caller's) rather than sleep.
  std::unique_lock lock(mutex_);
  while (batch.remaining > 0) {
    if (!queue_.empty()) {
      Job job = queue_.front();
      queue_.pop_front();
      lock.unlock();
      execute(job);
      lock.lock();
    } else {
      batch.done.wait(lock);
    }
  }
}

}  // namespace planmap
