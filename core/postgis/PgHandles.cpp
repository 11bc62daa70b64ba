#include "PgHandles.h"

namespace planmap::pg {
namespace {

QString tidy(const char* text) {
  QString s = QString::fromUtf8(text ? text : "").trimmed();
  // libpq messages span lines ("server closed the connection unexpectedly\n\tThis probably…").
  s.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
  for (const char* prefix : {"ERROR:", "FATAL:"})
    if (s.startsWith(QLatin1String(prefix))) s = s.mid(int(qstrlen(prefix))).trimmed();
  return s.simplified();
}

}  // namespace

QString errorMessage(const PGconn* conn) { return tidy(conn ? PQerrorMessage(conn) : "no connection"); }

QString errorMessage(const PGresult* result) {
  if (!result) return QStringLiteral("no result from the server");
  return tidy(PQresultErrorMessage(result));
}

}  // namespace planmap::pg
