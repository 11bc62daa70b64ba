#pragma once

#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

#include "WarningThresholds.h"

namespace planmap {

// Which layers and fields of the map hold what CountyStatistics counts; the defaults are the
// bundled map's.
struct CountyStatisticsOptions {
  // The layer of administrative units (counties, townships, a county's own boundary file) and the
  // field naming each unit; an empty field is guessed from the layer (name_zh, 名称, NAME, XZQMC, …).
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
  // Further constraint layers (layer id, constraint name) whose area in each unit is a column; an
  // empty id above (zoneLayer, parkLayer, …) leaves that column out without a warning.
  std::vector<std::pair<QString, QString>> constraintLayers;
  int currentYear = 0;  // for target status; 0 = this year
  const WarningThresholds* thresholds = nullptr;  // the project's 预警 thresholds; null = 10% for all
};

}  // namespace planmap
