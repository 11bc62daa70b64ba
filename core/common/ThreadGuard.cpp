#include "ThreadGuard.h"

#include <QThread>
#include <atomic>

namespace planmap::ThreadGuard {
namespace {
std::atomic<QThread*> g_uiThread{nullptr};
}

void markUiThread() { g_uiThread.store(QThread::currentThread()); }

bool isUiThread() {
  QThread* ui = g_uiThread.load(std::memory_order_relaxed);
  return ui && ui == QThread::currentThread();
}

}  // namespace planmap::ThreadGuard
