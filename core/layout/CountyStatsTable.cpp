#include "CountyStatsTable.h"

#include "CountyStatistics.h"

namespace planmap {

const std::array<const char*, CountyStatsTable::kStatusCount>& CountyStatsTable::statusKeys() {
  static const std::array<const char*, kStatusCount> keys{"achieved", "on_track", "at_risk", "behind", "no_data"};
  return keys;
}

QString CountyStatsTable::zoneName(const QString& zone) {
  if (zone == QLatin1String("core")) return QStringLiteral("秦岭核心保护区");
  if (zone == QLatin1String("key")) return QStringLiteral("秦岭重点保护区");
  if (zone == QLatin1String("general")) return QStringLiteral("秦岭一般保护区");
  return QStringLiteral("秦岭") + zone;
}

CountyStatsTable CountyStatsTable::from(const CountyStatistics& stats) {
  CountyStatsTable t;
  if (stats.rows().empty()) return t;
  QStringList zones;
  for (const auto& [zone, km2] : stats.rows().front().zoneAreaKm2) zones << zone;
  t.columns = {{QStringLiteral("县（市、区）"), QString(), false}, {QStringLiteral("面积"), QStringLiteral("km²")}};
  for (const QString& z : zones) t.columns.push_back({zoneName(z), QStringLiteral("km²")});
  t.columns.push_back({QStringLiteral("国家公园"), QStringLiteral("km²")});
  t.columns.push_back({QStringLiteral("公园"), QStringLiteral("个")});
  t.columns.push_back({QStringLiteral("飞地园区"), QStringLiteral("个")});
  t.columns.push_back({QStringLiteral("矿山修复"), QStringLiteral("处")});
  t.columns.push_back({QStringLiteral("河流长度"), QStringLiteral("km")});
  t.columns.push_back({QStringLiteral("汉江干流"), QStringLiteral("km")});
  t.columns.push_back({QStringLiteral("关联规划事项"), QStringLiteral("项")});
  t.columns.push_back({QStringLiteral("关联目标及状态"), QString(), false});

  auto fmt = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
  auto rowCells = [&](const CountyStatistics::Row& row, const std::vector<double>& zoneKm2, int items) {
    QStringList c{row.county, fmt(row.areaKm2, 1)};
    for (double v : zoneKm2) c << fmt(v, 1);
    c << fmt(row.nationalParkKm2, 1) << QString::number(row.parkCount) << QString::number(row.enclaveParkCount)
      << QString::number(row.mineCount) << fmt(row.riverLengthKm, 1) << fmt(row.hanRiverLengthKm, 1) << QString::number(items);
    return c;
  };
  CountyStatistics::Row total;
  total.county = QStringLiteral("合计");
  std::vector<double> zoneTotals(std::size_t(zones.size()), 0);
  int totalItems = 0;
  for (const CountyStatistics::Row& row : stats.rows()) {
    std::vector<double> zoneKm2;
    for (int z = 0; z < zones.size(); ++z) {
      double v = 0;
      for (const auto& [zone, km2] : row.zoneAreaKm2)
        if (zone == zones[z]) v = km2;
      zoneKm2.push_back(v);
      zoneTotals[std::size_t(z)] += v;
    }
    Row out;
    for (const CountyStatistics::LinkedItem& li : row.items)
      for (int k = 0; k < kStatusCount; ++k)
        if (li.status == QLatin1String(statusKeys()[std::size_t(k)])) ++out.statusCounts[std::size_t(k)];
    for (int k = 0; k < kStatusCount; ++k) t.total.statusCounts[std::size_t(k)] += out.statusCounts[std::size_t(k)];
    out.cells = rowCells(row, zoneKm2, int(row.items.size()));
    out.targets = row.targetCount();
    t.total.targets += out.targets;
    t.rows.push_back(std::move(out));
    total.areaKm2 += row.areaKm2;
    total.nationalParkKm2 += row.nationalParkKm2;
    total.parkCount += row.parkCount;
    total.enclaveParkCount += row.enclaveParkCount;
    total.mineCount += row.mineCount;
    total.riverLengthKm += row.riverLengthKm;
    total.hanRiverLengthKm += row.hanRiverLengthKm;
    totalItems += int(row.items.size());
  }
  t.total.cells = rowCells(total, zoneTotals, totalItems);
  return t;
}

}  // namespace planmap
