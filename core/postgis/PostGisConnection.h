#pragma once

#include "ConnectionString.h"
#include "PgRows.h"
#include "Result.h"
#include "SpatialTableInfo.h"

#include <QVariant>
#include <QVariantList>
#include <memory>
#include <vector>

namespace planmap {

// One libpq connection (one thread at a time, like any libpq connection). Every statement with
// values goes through PQexecParams, so no value is ever spliced into SQL; identifiers are quoted
// with quoteIdentifier(). Errors name the server and the cause; a connection that drops is reported
// as such (connectionLost()) so callers can keep edits and retry after reconnect().
class PostGisConnection {
 public:
  // Why connecting failed, so a dialog can say "server down" apart from "wrong password".
  enum class ConnectFailure {
    None,
    Unreachable,    // refused, timed out, no such host or socket
    NeedsPassword,  // the server asked for a password and libpq had none (PQconnectionNeedsPassword)
    AuthFailed,     // a password (or other authentication) was given and refused
    Other,          // no such database or role, too many connections, …
  };

  static Result<std::unique_ptr<PostGisConnection>> open(const QString& connection);
  // A password typed this session (PostGisSessionPasswords) is sent when libpq finds none itself.
  static Result<std::unique_ptr<PostGisConnection>> open(const ConnectionString& connection,
                                                         ConnectFailure* failure = nullptr);
  ~PostGisConnection();
  PostGisConnection(const PostGisConnection&) = delete;
  PostGisConnection& operator=(const PostGisConnection&) = delete;

  const ConnectionString& connectionString() const { return connection_; }

  // One statement; `params` become $1, $2 … (null QVariant = NULL; bool = t/f; numbers in full
  // precision; everything else as UTF-8 text).
  Result<PgRows> exec(const QString& sql, const QVariantList& params = {});
  // Several statements without parameters (DDL, BEGIN/COMMIT).
  Status execScript(const QString& sql);

  bool isConnected() const;
  // True when the last failure was the connection going away (server stopped, backend terminated,
  // network gone) rather than an SQL error.
  bool connectionLost() const { return lost_; }
  // Re-establishes a dropped connection (same parameters).
  Status reconnect();
  // Why the last connect or reconnect failed (None after a success).
  ConnectFailure lastConnectFailure() const { return connectFailure_; }
  int backendPid() const;
  QString currentUser();

  // Spatial tables the role can see (geometry_columns), schema then table order.
  Result<std::vector<SpatialTableInfo>> listSpatialTables();
  // has_table_privilege(current_user, table, privilege); false when the table does not exist.
  Result<bool> hasTablePrivilege(const QString& qualifiedTable, const QString& privilege);
  Result<bool> tableExists(const QString& qualifiedTable);

  static QString quoteIdentifier(const QString& name);
  // "schema"."table" from "schema.table" or ("schema", "table").
  static QString quoteQualified(const QString& schema, const QString& table);
  // The message for a dropped connection, in both languages.
  static QString connectionLostMessage(const QString& detail);

 private:
  struct Impl;
  explicit PostGisConnection(ConnectionString connection);
  QString failure(const QString& what, const QString& detail);
  ConnectionString connection_;
  std::unique_ptr<Impl> impl_;
  bool lost_ = false;
  ConnectFailure connectFailure_ = ConnectFailure::None;
};

}  // namespace planmap
