#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace planmap {

class Project;

// Reads a project file into a Project, validating everything it reads: a hostile or hand-broken
// file (wrong types, enormous or non-finite numbers, unknown versions, absurd sizes) gets an error
// naming the file and the field ("site.planmap: layers[2].opacity: must be a number from 0 to 1"),
// never a crash. Layers whose data can't be opened become MissingLayers, not errors.
class ProjectReader {
 public:
  static constexpr qint64 kMaxFileBytes = 256ll * 1024 * 1024;
  static constexpr int kMaxLayers = 10000;

  static Result<std::unique_ptr<Project>> read(const QString& path);
  // `path` names the file in messages and anchors relative layer paths.
  static Result<std::unique_ptr<Project>> fromBytes(const QByteArray& bytes, const QString& path);
};

}  // namespace planmap
