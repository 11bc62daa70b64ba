#include "FeatureLink.h"

namespace planmap {

QString linkRoleToString(LinkRole role) {
  switch (role) {
    case LinkRole::Implements: return QStringLiteral("implements");
    case LinkRole::LocatedIn: return QStringLiteral("located_in");
    case LinkRole::MonitoredBy: return QStringLiteral("monitored_by");
  }
  return {};
}

std::optional<LinkRole> linkRoleFromString(const QString& text) {
  if (text == QLatin1String("implements")) return LinkRole::Implements;
  if (text == QLatin1String("located_in")) return LinkRole::LocatedIn;
  if (text == QLatin1String("monitored_by")) return LinkRole::MonitoredBy;
  return std::nullopt;
}

}  // namespace planmap
