#include "FeatureLink.h"

namespace planmap {

QString linkRoleToString(LinkRole role) {
  switch (role) {
    case LinkRole::Implements: return QStringLiteral("implements");
    case LinkRole::LocatedIn: return QStringLiteral("located_in");
    case LinkRole::MonitoredBy: return QStringLiteral("monitored_by");
    case LinkRole::OriginCounty: return QStringLiteral("origin_county");
  }
  return {};
}

QStringList linkRoleNames() {
  return {linkRoleToString(LinkRole::Implements), linkRoleToString(LinkRole::LocatedIn),
          linkRoleToString(LinkRole::MonitoredBy), linkRoleToString(LinkRole::OriginCounty)};
}

bool linkRoleFitsGeometry(LinkRole role, LinkGeometry geometry) {
  switch (role) {
    case LinkRole::Implements:
    case LinkRole::MonitoredBy: return true;
    case LinkRole::LocatedIn: return geometry != LinkGeometry::Point;
    case LinkRole::OriginCounty: return geometry == LinkGeometry::Polygon;
  }
  return false;
}

std::optional<LinkRole> linkRoleFromString(const QString& text) {
  if (text == QLatin1String("implements")) return LinkRole::Implements;
  if (text == QLatin1String("located_in")) return LinkRole::LocatedIn;
  if (text == QLatin1String("monitored_by")) return LinkRole::MonitoredBy;
  if (text == QLatin1String("origin_county")) return LinkRole::OriginCounty;
  return std::nullopt;
}

}  // namespace planmap
