#pragma once

// Internal to planmap_postgis: include only from .cpp files. libpq's handles owned by unique_ptrs
// with their own deleters, so no early return leaks a connection or a result.

#include <libpq-fe.h>

#include <QString>
#include <memory>

namespace planmap::pg {

struct ConnDeleter {
  void operator()(PGconn* c) const { PQfinish(c); }
};
struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ConnPtr = std::unique_ptr<PGconn, ConnDeleter>;
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// The server's or libpq's message, one line, without the "ERROR:  " prefix noise.
QString errorMessage(const PGconn* conn);
QString errorMessage(const PGresult* result);

}  // namespace planmap::pg
