#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace planmap {

// How a map feature relates to a plan item.
enum class LinkRole {
  Implements,   // the feature is (part of) the project or the place a target is reached: a park, a plant
  LocatedIn,    // the item happens inside the feature: a county, a river basin
  MonitoredBy,  // the feature measures the item: a monitoring section, a station
  OriginCounty, // the county an enclave park ("飞地园区") flies from; the park itself stands elsewhere
};

QString linkRoleToString(LinkRole role);
std::optional<LinkRole> linkRoleFromString(const QString& text);
// Every role's file word, in enum order ("implements", "located_in", "monitored_by", "origin_county").
QStringList linkRoleNames();

// Whether a role makes sense on a feature of this geometry: an item cannot be located in, or
// fly from, a point or a line; only polygons (areas) contain or send anything.
enum class LinkGeometry { Point, Line, Polygon };
bool linkRoleFitsGeometry(LinkRole role, LinkGeometry geometry);

// One edge of the many-to-many relation between map features and plan items. A feature is named
// by its layer key and a feature key that stays stable across data updates (e.g. "park-hengkou",
// or "pm_id=park-hengkou" when the layer needs the attribute spelled out) — never a row number.
struct FeatureLink {
  QString layer;
  QString feature;
  QString item;
  LinkRole role = LinkRole::Implements;

  friend bool operator==(const FeatureLink&, const FeatureLink&) = default;
};

}  // namespace planmap
