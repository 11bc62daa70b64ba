#include "BasemapConfig.h"

#include <algorithm>

namespace planmap {

QJsonObject BasemapConfig::toJson() const {
  QJsonObject json{{QStringLiteral("id"), id}, {QStringLiteral("opacity"), opacity}};
  if (!urlTemplate.isEmpty()) json.insert(QStringLiteral("url_template"), urlTemplate);
  if (!attribution.isEmpty()) json.insert(QStringLiteral("attribution"), attribution);
  return json;
}

BasemapConfig BasemapConfig::fromJson(const QJsonObject& json) {
  BasemapConfig c;
  c.id = json.value(QStringLiteral("id")).toString(c.id);
  c.urlTemplate = json.value(QStringLiteral("url_template")).toString();
  c.attribution = json.value(QStringLiteral("attribution")).toString();
  c.opacity = std::clamp(json.value(QStringLiteral("opacity")).toDouble(c.opacity), 0.0, 1.0);
  return c;
}

}  // namespace planmap
