#include "PgRows.h"

namespace planmap {

QString PgRows::text(int row, const QString& name) const {
  const int c = column(name);
  return c < 0 ? QString() : text(row, c);
}

long long PgRows::integer(int row, const QString& name) const { return text(row, name).toLongLong(); }

std::optional<double> PgRows::number(int row, const QString& name) const {
  const int c = column(name);
  if (c < 0 || isNull(row, c)) return std::nullopt;
  bool ok = false;
  const double v = text(row, c).toDouble(&ok);
  return ok ? std::optional<double>(v) : std::nullopt;
}

bool PgRows::boolean(int row, const QString& name) const { return text(row, name) == QLatin1String("t"); }

}  // namespace planmap
