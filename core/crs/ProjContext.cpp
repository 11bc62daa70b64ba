#include "ProjContext.h"

#include <proj.h>

#include <unordered_map>

namespace planmap {

void PjDeleter::operator()(PJconsts* pj) const {
  if (pj) proj_destroy(pj);
}

struct ProjContext::Private {
  PJ_CONTEXT* ctx = nullptr;
  QString lastError;
  // Declared after ctx so that it is destroyed first: PJ objects must not outlive their context.
  std::unordered_map<std::uint64_t, PjPtr> operations;
};

namespace {
// PROJ reports parse errors through its logger (to stderr by default). Keep the last error so a
// failing call can say why, and keep the console quiet.
void logToContext(void* data, int level, const char* message) {
  if (level <= PJ_LOG_ERROR && data && message) *static_cast<QString*>(data) = QString::fromUtf8(message);
}
// A render thread may see many (source, destination) pairs over its life; beyond this many the
// cache is simply emptied rather than tracking use, since re-creating an operation costs ~ms.
constexpr std::size_t kMaxCachedOperations = 128;
}  // namespace

ProjContext::ProjContext() : p(std::make_unique<Private>()) {
  p->ctx = proj_context_create();
  proj_log_func(p->ctx, &p->lastError, &logToContext);
  proj_log_level(p->ctx, PJ_LOG_ERROR);
  // Never reach out to a CDN for grids at render time: results must not depend on the network.
  proj_context_set_enable_network(p->ctx, 0);
}

ProjContext::~ProjContext() {
  p->operations.clear();
  proj_context_destroy(p->ctx);
}

ProjContext& ProjContext::local() {
  thread_local ProjContext context;
  return context;
}

pj_ctx* ProjContext::get() { return local().p->ctx; }

QString ProjContext::lastError() { return local().p->lastError; }

void ProjContext::clearLastError() {
  local().p->lastError.clear();
}

PJconsts* ProjContext::cachedOperation(std::uint64_t key) {
  auto& ops = local().p->operations;
  auto it = ops.find(key);
  return it == ops.end() ? nullptr : it->second.get();
}

PJconsts* ProjContext::insertOperation(std::uint64_t key, PjPtr operation) {
  auto& ops = local().p->operations;
  if (ops.size() >= kMaxCachedOperations) ops.clear();
  PJconsts* raw = operation.get();
  ops[key] = std::move(operation);
  return raw;
}

}  // namespace planmap
