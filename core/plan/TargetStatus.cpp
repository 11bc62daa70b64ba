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

QString targetStatusZh(TargetStatus status) {
  switch (status) {
    case TargetStatus::Achieved: return QStringLiteral("已实现");
    case TargetStatus::OnTrack: return QStringLiteral("进展顺利");
    case TargetStatus::AtRisk: return QStringLiteral("存在风险");
    case TargetStatus::Behind: return QStringLiteral("滞后");
    case TargetStatus::NoData: break;
  }
  return QStringLiteral("暂无数据");
}

QString targetStatusEn(TargetStatus status) {
  switch (status) {
    case TargetStatus::Achieved: return QStringLiteral("Achieved");
    case TargetStatus::OnTrack: return QStringLiteral("On track");
    case TargetStatus::AtRisk: return QStringLiteral("At risk");
    case TargetStatus::Behind: return QStringLiteral("Behind");
    case TargetStatus::NoData: break;
  }
  return QStringLiteral("No data");
}

std::uint32_t targetStatusRgba(TargetStatus status) {
  switch (status) {
    case TargetStatus::Achieved: return 0xff1a9641;  // (26, 150, 65)
    case TargetStatus::OnTrack: return 0xff66bd63;   // (102, 189, 99)
    case TargetStatus::AtRisk: return 0xffe69114;    // (230, 145, 20)
    case TargetStatus::Behind: return 0xffd73027;    // (215, 48, 39)
    case TargetStatus::NoData: break;
  }
  return 0xff828282;  // (130, 130, 130)
}

}  // namespace planmap
