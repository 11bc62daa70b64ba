#pragma once

#include <QString>
#include <cstdint>
#include <optional>

namespace planmap {

// Where a target stands; see TargetEvaluator for how each one is decided.
enum class TargetStatus { Achieved, OnTrack, AtRisk, Behind, NoData };

// "achieved", "on_track", "at_risk", "behind", "no_data": the words used in JSON and the CLI.
QString targetStatusToString(TargetStatus status);
std::optional<TargetStatus> targetStatusFromString(const QString& text);

// The one place for how a status reads and looks, everywhere (window, themed map, PDF tables):
// 已实现 / 进展顺利 / 存在风险 / 滞后 / 暂无数据, "Achieved" / "On track" / "At risk" / "Behind" /
// "No data" (the app's tr() sources, whose zh_CN translations are these words), and its colour as
// 0xAARRGGBB (QColor::fromRgba), grey for "no data" so that an empty map does not look alarming.
QString targetStatusZh(TargetStatus status);
QString targetStatusEn(TargetStatus status);
std::uint32_t targetStatusRgba(TargetStatus status);

}  // namespace planmap
