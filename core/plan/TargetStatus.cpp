#include "TargetStatus.h"

namespace planmap {

QString targetStatusToString(TargetStatus status) {
  switch (status) {
    case TargetStatus::Achieved: return QStringLiteral("achieved");
    case TargetStatus::OnTrack: return QStringLiteral("on_track");
    case TargetStatus::AtRisk: return QStringLiteral("at_risk");
    case TargetStatus::Behind: return QStringLiteral("behind");
    case TargetStatus::NoData: return QStringLiteral("no_data");
  }
  return {};
}

std::optional<TargetStatus> targetStatusFromString(const QString& text) {
  for (TargetStatus s : {TargetStatus::Achieved, TargetStatus::OnTrack, TargetStatus::AtRisk, TargetStatus::Behind,
                         TargetStatus::NoData})
    if (targetStatusToString(s) == text) return s;
  return std::nullopt;
}

}  // namespace planmap
