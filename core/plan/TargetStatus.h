#pragma once

#include <QString>
#include <optional>

namespace planmap {

// Where a target stands; see TargetEvaluator for how each one is decided.
enum class TargetStatus { Achieved, OnTrack, AtRisk, Behind, NoData };

// "achieved", "on_track", "at_risk", "behind", "no_data": the words used in JSON and the CLI.
QString targetStatusToString(TargetStatus status);
std::optional<TargetStatus> targetStatusFromString(const QString& text);

}  // namespace planmap
