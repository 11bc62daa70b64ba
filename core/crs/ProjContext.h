#pragma once

// Internal to planmap_crs: never include from a public header. PROJ's handle types are only
// forward-declared here (as QGIS does in qgsprojutils.h) so that proj.h stays inside .cpp files.

#include <QString>
#include <cstdint>
#include <memory>

struct pj_ctx;
struct PJconsts;

namespace planmap {

// Deleter for PJ* handles; PjPtr owns one PROJ object and cannot be copied.
struct PjDeleter {
  void operator()(PJconsts* pj) const;
};
using PjPtr = std::unique_ptr<PJconsts, PjDeleter>;

// The calling thread's PROJ context. PROJ contexts are not thread-safe, so each thread gets its
// own, created on first use and destroyed when the thread ends. It also owns the thread's cache
// of coordinate operations (see CoordinateTransform), which must die before the context does.
class ProjContext {
 public:
  ProjContext(const ProjContext&) = delete;
  ProjContext& operator=(const ProjContext&) = delete;

  static pj_ctx* get();

  // PROJ's last error message logged on this thread (it logs instead of returning text);
  // clearLastError() before a call whose failure you want to explain.
  static QString lastError();
  static void clearLastError();

  // The thread's cached operation for a transform key; nullptr when absent. The pointer stays
  // valid until the next insertOperation() call on the same thread.
  static PJconsts* cachedOperation(std::uint64_t key);
  static PJconsts* insertOperation(std::uint64_t key, PjPtr operation);

 private:
  ProjContext();
  ~ProjContext();
  static ProjContext& local();
  struct Private;
  std::unique_ptr<Private> p;
};

}  // namespace planmap
