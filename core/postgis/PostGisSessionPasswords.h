#pragma once

#include "ConnectionString.h"

#include <QString>

namespace planmap {

// Passwords a planner typed this session, in memory only: never in a project, QSettings, a log or
// a message. Keyed by server, port, database, user (or service), so the password for one server is
// not offered to another. ~/.pgpass, a service file and PGPASSWORD still work as libpq reads them;
// this is the fallback when the server asks and none of those has one. Thread-safe (layers load
// on workers).
class PostGisSessionPasswords {
 public:
  static void remember(const ConnectionString& connection, const QString& password);
  // Empty when none was given for this connection.
  static QString lookup(const ConnectionString& connection);
  static void forget(const ConnectionString& connection);
  static void clear();
};

}  // namespace planmap
