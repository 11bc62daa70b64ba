#pragma once

#include <QJsonObject>
#include <QString>

namespace planmap {

// The user's basemap choice as plain data, for settings and project files. `id` is one of
// BasemapManager::choices(): "none", "hillshade", "osm", "tianditu-vec_w", "tianditu-img_w",
// "tianditu-vec_c", "tianditu-img_c" or "custom" (an XYZ template in Web Mercator).
// API keys are not part of it: they belong to the user's own settings, not to shared files.
struct BasemapConfig {
  QString id = QStringLiteral("hillshade");
  QString urlTemplate;  // "custom" only: …/{z}/{x}/{y}.png
  QString attribution;  // "custom" only
  double opacity = 1;

  QJsonObject toJson() const;
  // Unknown or missing fields keep their defaults.
  static BasemapConfig fromJson(const QJsonObject& json);
  bool operator==(const BasemapConfig&) const = default;
};

}  // namespace planmap
