#pragma once

#include "ConnectionString.h"
#include "PostGisConnection.h"
#include "SpatialTableInfo.h"

#include <QString>
#include <vector>

namespace planmap {

// "Test connection" for a connection dialog: connects, checks that the database has PostGIS and
// lists its spatial tables, in one call that opens and closes its own connection — so it can run on
// a worker thread while the dialog stays responsive. Never fails by exception; `failure` tells the
// dialog which of its messages fits, `message` carries the server's own words.
class PostGisServerProbe {
 public:
  enum class Failure { None, Unreachable, NeedsPassword, AuthFailed, NoPostGis, Other };
  struct Report {
    Failure failure = Failure::Other;
    QString message;        // empty on success; names the server (user@host:port/db) and the cause
    QString display;        // user@host:port/db
    QString role;           // current_user
    QString postgisVersion;  // "3.3.2"
    std::vector<SpatialTableInfo> tables;
    bool ok() const { return failure == Failure::None; }
  };

  // `connectTimeoutSeconds` applies unless the connection text sets connect_timeout itself.
  static Report run(const ConnectionString& connection, int connectTimeoutSeconds = 5);
};

}  // namespace planmap
