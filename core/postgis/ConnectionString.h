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
  static Result<ConnectionString> parse(const QString& text);

  // libpq "key='value' …" form (values quoted as libpq requires).
  QString conninfo() const;
  // GDAL's PostgreSQL driver form; `table` ("schema.table") restricts the layers GDAL lists.
  QString gdal(const QString& table = {}) const;
  // "user@host:port/dbname" (or "service ankang"), for messages; defaults left out.
  QString display() const;
  QString value(const QString& key) const;

 private:
  std::vector<std::pair<QString, QString>> options_;
};

}  // namespace planmap
