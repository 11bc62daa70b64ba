#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace planmap {

// The rows a query returned, as text (PostgreSQL's text format), NULL kept apart from "".
// Plain data: the libpq result is cleared before this is handed out.
struct PgRows {
  QStringList columns;
  std::vector<std::vector<std::optional<QString>>> rows;
  long long affected = 0;  // rows changed by INSERT/UPDATE/DELETE

  int rowCount() const { return int(rows.size()); }
  int column(const QString& name) const { return int(columns.indexOf(name)); }
  bool isNull(int row, int col) const { return !rows[row][col].has_value(); }
  QString text(int row, int col) const { return rows[row][col].value_or(QString()); }
  QString text(int row, const QString& name) const;
  long long integer(int row, const QString& name) const;
  std::optional<double> number(int row, const QString& name) const;
  bool boolean(int row, const QString& name) const;  // "t"
};

}  // namespace planmap
