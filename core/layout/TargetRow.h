#pragma once

#include <QString>

namespace planmap {

// One line of a layout's targets table: a plan target linked to a feature in the frame.
struct TargetRow {
  QString itemId;
  QString indicator;   // 指标
  QString value;       // 目标值, in the plan's words: "10个以上", "≥95%"
  QString deadline;    // 期限: "2025"
  QString latest;      // 最新进展: "98.5%（2022）" or "—"
  QString status;      // 状态 in Chinese (targetStatusZh): 已实现, 进展顺利, 存在风险, 滞后, 暂无数据
  QString statusKey;   // "achieved", "on_track", … (TargetStatus words) for the status colour
  QString place;       // the linked feature's name, e.g. 汉滨区
};

}  // namespace planmap
