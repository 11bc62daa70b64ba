#pragma once

#include <QString>
#include <optional>

namespace planmap {

// One observed value of a target: "地表水国控断面水质达标率 was 100% city-wide in 2022 (统计公报)".
// Qualitative targets carry no value; a record with `achieved` = true says they were met.
struct ProgressRecord {
  QString target;  // plan item id
  int year = 0;
  std::optional<double> value;
  bool achieved = false;
  QString scope = QStringLiteral("city");  // "city" or a county name
  QString source;                          // where the number comes from (来源)
  QString note;                            // the planner's remark: how the figure was derived, caveats

  friend bool operator==(const ProgressRecord&, const ProgressRecord&) = default;
};

}  // namespace planmap
