#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace planmap {

class Project;

// Project → JSON ("planmap-project" version ProjectWriter::kVersion). Layer paths are written
// relative to the folder of `targetPath` so a project folder can be moved or copied whole.
class ProjectWriter {
 public:
  static constexpr int kVersion = 1;
  static QJsonObject toJson(const Project& project, const QString& targetPath);
  static QByteArray toBytes(const Project& project, const QString& targetPath);
};

}  // namespace planmap
