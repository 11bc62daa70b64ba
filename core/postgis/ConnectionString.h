#pragma once

#include "Result.h"

#include <QString>
#include <utility>
#include <vector>

namespace planmap {

// A PostgreSQL connection as the user writes it — "service=ankang", "host=db dbname=plan user=li",
// "postgresql://li@db:5432/plan", optionally prefixed "PG:" — parsed by libpq and kept as key/value
// pairs so that libpq, GDAL ("PG:…") and messages all see the same thing. A password is refused:
// it belongs in ~/.pgpass, a service file or PGPASSWORD, never in a project or a shell history.
class ConnectionString {
 public:
  // `defaultConnectTimeout` (seconds) applies when the text names no connect_timeout: 10 for
  // publishing and the plan store, less where a waiting UI is worse than a retry (layer opening).
  static Result<ConnectionString> parse(const QString& text, int defaultConnectTimeout = 10);
  // "key='value' …" from fields a dialog collected; empty values left out. Refuses nothing: the
  // result is checked by parse() like typed text.
  static QString compose(const std::vector<std::pair<QString, QString>>& options);
  // libpq's quoting of one value ('…' with \ and \' escaped).
  static QString quoteValue(const QString& value);

  // libpq "key='value' …" form (values quoted as libpq requires).
  QString conninfo() const;
  // GDAL's PostgreSQL driver form; `table` ("schema.table") restricts the layers GDAL lists.
  QString gdal(const QString& table = {}) const;
  // gdal() plus the password typed this session (PostGisSessionPasswords), if any. Only for
  // handing to GDAL: never store, log or show it.
  QString gdalWithSessionPassword(const QString& table = {}) const;
  // The same connection with connect_timeout set to `seconds`, unless the user's text set one.
  ConnectionString withDefaultConnectTimeout(int seconds) const;
  int connectTimeout() const { return value(QStringLiteral("connect_timeout")).toInt(); }
  // "user@host:port/dbname" (or "service ankang"), for messages; defaults left out.
  QString display() const;
  QString value(const QString& key) const;

 private:
  std::vector<std::pair<QString, QString>> options_;
  bool explicitTimeout_ = false;
};

}  // namespace planmap
