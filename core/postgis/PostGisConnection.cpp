#include "PostGisConnection.h"

#include "PgHandles.h"
#include "PostGisSessionPasswords.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>

namespace planmap {

struct PostGisConnection::Impl {
  pg::ConnPtr conn;
};

namespace {

QByteArray paramText(const QVariant& v) {
  switch (v.typeId()) {
    case QMetaType::Bool:
      return v.toBool() ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
    case QMetaType::Double:
    case QMetaType::Float:
      return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::QDate:
      return v.toDate().toString(Qt::ISODate).toUtf8();
    case QMetaType::QDateTime:
      return v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QByteArray:
      return v.toByteArray();
    default:
      return v.toString().toUtf8();
  }
}

}  // namespace

PostGisConnection::PostGisConnection(ConnectionString connection)
    : connection_(std::move(connection)), impl_(std::make_unique<Impl>()) {}

PostGisConnection::~PostGisConnection() = default;

Result<std::unique_ptr<PostGisConnection>> PostGisConnection::open(const QString& connection) {
  auto parsed = ConnectionString::parse(connection);
  if (!parsed) return Result<std::unique_ptr<PostGisConnection>>::fail(parsed.error());
  return open(parsed.value());
}

Result<std::unique_ptr<PostGisConnection>> PostGisConnection::open(const ConnectionString& connection,
                                                                   ConnectFailure* failure) {
  using R = Result<std::unique_ptr<PostGisConnection>>;
  std::unique_ptr<PostGisConnection> c(new PostGisConnection(connection));
  Status s = c->reconnect();
  if (failure) *failure = c->connectFailure_;
  if (!s) return R::fail(s.error());
  return R::ok(std::move(c));
}

namespace {

PostGisConnection::ConnectFailure classify(PGconn* conn, const QString& why) {
  using F = PostGisConnection::ConnectFailure;
  if (conn && PQconnectionNeedsPassword(conn)) return F::NeedsPassword;
  if (why.contains(QLatin1String("authentication failed")) || why.contains(QLatin1String("password authentication")) ||
      why.contains(QLatin1String("no password supplied")))
    return F::AuthFailed;
  for (const char* unreachable : {"Connection refused", "timeout expired", "could not translate host name", "No such file or directory",
                                  "Network is unreachable", "No route to host", "could not connect", "server closed the connection"})
    if (why.contains(QLatin1String(unreachable), Qt::CaseInsensitive)) return F::Unreachable;
  return F::Other;
}

}  // namespace

Status PostGisConnection::reconnect() {
  // The conninfo is expanded as "dbname"; a session password follows it and so only fills in what
  // the conninfo leaves out (the conninfo never has one: ConnectionString refuses it).
  const QByteArray conninfo = connection_.conninfo().toUtf8();
  const QByteArray password = PostGisSessionPasswords::lookup(connection_).toUtf8();
  const char* keys[] = {"dbname", password.isEmpty() ? nullptr : "password", nullptr};
  const char* values[] = {conninfo.constData(), password.isEmpty() ? nullptr : password.constData(), nullptr};
  impl_->conn.reset(PQconnectdbParams(keys, values, 1));
  if (!impl_->conn || PQstatus(impl_->conn.get()) != CONNECTION_OK) {
    const QString why = pg::errorMessage(impl_->conn.get());
    connectFailure_ = classify(impl_->conn.get(), why);
    impl_->conn.reset();
    lost_ = true;
    return Status::fail(QStringLiteral("PostGIS server %1: cannot connect (%2)").arg(connection_.display(), why));
  }
  connectFailure_ = ConnectFailure::None;
  // Text in and out is UTF-8 whatever the server's or the session's default.
  PQsetClientEncoding(impl_->conn.get(), "UTF8");
  lost_ = false;
  return Status::ok();
}

bool PostGisConnection::isConnected() const { return impl_->conn && PQstatus(impl_->conn.get()) == CONNECTION_OK; }

int PostGisConnection::backendPid() const { return impl_->conn ? PQbackendPID(impl_->conn.get()) : 0; }

QString PostGisConnection::connectionLostMessage(const QString& detail) {
  return QStringLiteral("连接已断开 / connection to the PostGIS server was lost: %1").arg(detail);
}

QString PostGisConnection::failure(const QString& what, const QString& detail) {
  if (!impl_->conn || PQstatus(impl_->conn.get()) != CONNECTION_OK) {
    lost_ = true;
    return connectionLostMessage(QStringLiteral("%1 (%2)").arg(connection_.display(), detail));
  }
  return QStringLiteral("PostGIS server %1: %2 failed: %3").arg(connection_.display(), what, detail);
}

Result<PgRows> PostGisConnection::exec(const QString& sql, const QVariantList& params) {
  using R = Result<PgRows>;
  if (!impl_->conn) return R::fail(failure(QStringLiteral("query"), QStringLiteral("not connected")));
  std::vector<QByteArray> storage;
  std::vector<const char*> values;
  storage.reserve(params.size());
  for (const QVariant& p : params) {
    if (p.isNull() || !p.isValid()) {
      values.push_back(nullptr);
    } else {
      storage.push_back(paramText(p));
      values.push_back(storage.back().constData());
    }
  }
  const QByteArray text = sql.toUtf8();
  pg::ResultPtr result(PQexecParams(impl_->conn.get(), text.constData(), int(values.size()), nullptr,
                                    values.empty() ? nullptr : values.data(), nullptr, nullptr, 0));
  const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    const QString why = result ? pg::errorMessage(result.get()) : pg::errorMessage(impl_->conn.get());
    return R::fail(failure(sql.simplified().section(QLatin1Char(' '), 0, 2), why));
  }
  PgRows rows;
  const int nf = PQnfields(result.get());
  for (int c = 0; c < nf; ++c) rows.columns << QString::fromUtf8(PQfname(result.get(), c));
  const int nt = PQntuples(result.get());
  rows.rows.resize(nt);
  for (int r = 0; r < nt; ++r) {
    auto& row = rows.rows[r];
    row.resize(nf);
    for (int c = 0; c < nf; ++c)
      if (!PQgetisnull(result.get(), r, c))
        row[c] = QString::fromUtf8(PQgetvalue(result.get(), r, c), PQgetlength(result.get(), r, c));
  }
  rows.affected = QByteArray(PQcmdTuples(result.get())).toLongLong();
  return R::ok(std::move(rows));
}

Status PostGisConnection::execScript(const QString& sql) {
  if (!impl_->conn) return Status::fail(failure(QStringLiteral("script"), QStringLiteral("not connected")));
  pg::ResultPtr result(PQexec(impl_->conn.get(), sql.toUtf8().constData()));
  const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    const QString why = result ? pg::errorMessage(result.get()) : pg::errorMessage(impl_->conn.get());
    return Status::fail(failure(sql.simplified().section(QLatin1Char(' '), 0, 2), why));
  }
  return Status::ok();
}

QString PostGisConnection::currentUser() {
  auto r = exec(QStringLiteral("SELECT current_user"));
  return r && r->rowCount() == 1 ? r->text(0, 0) : QString();
}

Result<std::vector<SpatialTableInfo>> PostGisConnection::listSpatialTables() {
  using R = Result<std::vector<SpatialTableInfo>>;
  auto rows = exec(QStringLiteral(
      "SELECT g.f_table_schema, g.f_table_name, g.f_geometry_column, g.type, g.srid, c.reltuples::bigint AS rows "
      "FROM geometry_columns g "
      "LEFT JOIN pg_namespace n ON n.nspname = g.f_table_schema "
      "LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = g.f_table_name "
      "ORDER BY 1, 2, 3"));
  if (!rows) return R::fail(rows.error());
  std::vector<SpatialTableInfo> out;
  for (int r = 0; r < rows->rowCount(); ++r) {
    SpatialTableInfo t;
    t.schema = rows->text(r, 0);
    t.table = rows->text(r, 1);
    t.geometryColumn = rows->text(r, 2);
    t.geometryType = rows->text(r, 3);
    t.srid = rows->text(r, 4).toInt();
    t.estimatedRows = rows->isNull(r, 5) ? -1 : rows->text(r, 5).toLongLong();
    out.push_back(std::move(t));
  }
  return R::ok(std::move(out));
}

Result<bool> PostGisConnection::tableExists(const QString& qualifiedTable) {
  auto r = exec(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"), {qualifiedTable});
  if (!r) return Result<bool>::fail(r.error());
  return Result<bool>::ok(r->text(0, 0) == QLatin1String("t"));
}

Result<bool> PostGisConnection::hasTablePrivilege(const QString& qualifiedTable, const QString& privilege) {
  auto exists = tableExists(qualifiedTable);
  if (!exists) return exists;
  if (!exists.value()) return Result<bool>::ok(false);
  auto r = exec(QStringLiteral("SELECT has_table_privilege(current_user, to_regclass($1), $2)"), {qualifiedTable, privilege});
  if (!r) return Result<bool>::fail(r.error());
  return Result<bool>::ok(r->text(0, 0) == QLatin1String("t"));
}

QString PostGisConnection::quoteIdentifier(const QString& name) {
  QString n = name;
  n.replace(QLatin1Char('"'), QLatin1String("\"\""));
  return QLatin1Char('"') + n + QLatin1Char('"');
}

QString PostGisConnection::quoteQualified(const QString& schema, const QString& table) {
  return quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(table);
}

}  // namespace planmap
