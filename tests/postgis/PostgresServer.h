#pragma once

#include "Result.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace planmap::test {

// A private PostgreSQL 15 + PostGIS 3 server for one test binary: initdb in a temporary folder,
// pg_ctl start on a Unix socket in that folder only (no TCP, no system service), a database with
// the postgis extension. Debian's initdb refuses to run as root, so under root (CI) the server
// runs as the `postgres` system user (runuser), the folder chown'ed to it. The destructor stops the
// server and deletes the folder.
class PostgresServer {
 public:
  static Result<std::unique_ptr<PostgresServer>> start(const QString& database = QStringLiteral("planmap_test"));
  ~PostgresServer();
  PostgresServer(const PostgresServer&) = delete;
  PostgresServer& operator=(const PostgresServer&) = delete;

  // libpq connection string for `user` (trust authentication on the private socket).
  QString connection(const QString& user = QStringLiteral("postgres")) const;
  QString database() const { return database_; }
  QString socketDir() const { return socketDir_; }
  int port() const { return port_; }

  Status stop();
  Status restart();
  // Runs SQL as the superuser (psql, ON_ERROR_STOP) in `db` (default: the test database).
  Status sql(const QString& statements, const QString& db = {}) const;

  // Creates (or resets) a login role that must give `password` (scram-sha-256) on the private
  // socket, while every other role keeps trust authentication: the "server asks for a password"
  // case without touching the other tests.
  Status addPasswordRole(const QString& role, const QString& password);
  // Freezes / thaws the postmaster (SIGSTOP / SIGCONT): new connections are accepted by the kernel
  // and never answered, like a hung server; sessions already open keep working.
  Status pause();
  Status resume();
  // A database without the postgis extension (the "no PostGIS" case).
  Status createPlainDatabase(const QString& name);

  // The server's log (every statement is logged, so tests can see what reached the server).
  QString serverLog() const;

  static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }

 private:
  PostgresServer() = default;
  Result<QString> run(const QString& program, const QStringList& arguments, int timeoutMs = 60000) const;
  Status pgCtl(const QStringList& arguments) const;

  std::unique_ptr<QTemporaryDir> dir_;
  QString dataDir_;
  QString socketDir_;
  QString database_;
  int port_ = 0;
  bool asPostgresUser_ = false;
  bool running_ = false;
};

}  // namespace planmap::test
