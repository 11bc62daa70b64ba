#pragma once

#include <QJsonObject>
#include <QString>

namespace planmap {

// Where a project layer's data comes from, as stored in the project file. Bundled layers are named
// by their manifest id (so a project opens wherever PlanMap is installed); files by a path relative
// to the project's folder where possible; PostGIS tables by a connection string without password.
struct LayerSource {
  enum class Kind { Bundled, File, PostGis };
  Kind kind = Kind::File;
  QString bundledId;        // Bundled: id in geodata/bundled_map.json
  QString path;             // File: as stored (relative to the project folder, or absolute)
  QString layerName;        // File/PostGIS: layer or table inside the dataset; empty = the only one
  QString encoding;         // File: encoding override chosen by the user; empty = automatic
  QString crsOverride;      // "EPSG:4545" etc.; empty = from the file / inferred
  QString connection;       // PostGIS: "service=…" or "postgresql://user@host/db" (never a password)

  static QString kindName(Kind kind);
  QJsonObject toJson() const;
  // Resolves `path` against the project folder.
  QString absolutePath(const QString& projectDir) const;
  // Stores `absolute` relative to `projectDir` when it lies inside it or next to it.
  static QString relativeTo(const QString& absolute, const QString& projectDir);
};

}  // namespace planmap
