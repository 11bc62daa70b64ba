#pragma once

#include <QJsonObject>
#include <QStringList>

namespace planmap {

class Project;

// What `planmap project show` prints: the project's title, file, display CRS, every layer with its
// source, feature count, CRS, visibility, missing state and constraint marking, and the sizes of its
// catalogs, links, progress and layouts. JSON ("format": "planmap-project-summary") or text lines.
class ProjectSummary {
 public:
  static QJsonObject toJson(const Project& project);
  static QStringList toText(const QJsonObject& summary);
};

}  // namespace planmap
