#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <vector>

namespace planmap {

class CountyStatistics;

// The county statistics page's table as text, prepared from CountyStatistics before anything is
// painted: columns (name, unit, numeric), one row of cells per county, the total row, and per row
// the number of linked targets in each status. CountyStatsPainter only lays it out.
struct CountyStatsTable {
  static constexpr int kStatusCount = 5;
  static const std::array<const char*, kStatusCount>& statusKeys();   // "achieved", … "no_data"

  struct Column {
    QString name, unit;
    bool numeric = true;
  };
  struct Row {
    QStringList cells;  // one per column but the last (the status column)
    int targets = 0;
    std::array<int, kStatusCount> statusCounts{};
  };
  std::vector<Column> columns;  // the last is the status column
  std::vector<Row> rows;
  Row total;

  static CountyStatsTable from(const CountyStatistics& statistics);
  static QString zoneName(const QString& zone);  // "core" → 秦岭核心保护区
};

}  // namespace planmap
