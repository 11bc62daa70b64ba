#pragma once

#include <QString>
#include <QStringList>

#include "WarningThresholds.h"

namespace planmap {

// Which layers and fields of the map hold what CountyStatistics counts; the defaults are the
// bundled map's.
struct CountyStatisticsOptions {
  QString countyLayer = QStringLiteral("counties");
  QString countyNameField = QStringLiteral("name_zh");
  QString zoneLayer = QStringLiteral("qinling_zones");
  QString zoneField = QStringLiteral("zone");
  QStringList zoneValues{QStringLiteral("core"), QStringLiteral("key"), QStringLiteral("general")};
  QString nationalParkLayer = QStringLiteral("national_parks");
  QString parkLayer = QStringLiteral("parks");
  QString enclaveParkLayer = QStringLiteral("enclave_parks");
  QString mineLayer = QStringLiteral("mines");
  QString riverLayer = QStringLiteral("rivers");
  QString riverRoleField = QStringLiteral("river_role");
  int currentYear = 0;  // for target status; 0 = this year
  const WarningThresholds* thresholds = nullptr;  // the project's 预警 thresholds; null = 10% for all
};

}  // namespace planmap
