#pragma once

#include <QtGlobal>

namespace planmap {

// The one thread that must never wait on GDAL, PROJ, a database or painting: the desktop window
// marks its thread when it starts; headless runs (the CLI, core tests) mark none, since there the
// main thread is the worker. Slow entry points assert they are not on it (debug builds only;
// the check is one atomic load).
namespace ThreadGuard {
void markUiThread();
bool isUiThread();
}  // namespace ThreadGuard

}  // namespace planmap

#define PLANMAP_ASSERT_OFF_UI_THREAD(what) \
  Q_ASSERT_X(!::planmap::ThreadGuard::isUiThread(), what, "slow work (GDAL, PROJ, a database, painting) on the UI thread")
