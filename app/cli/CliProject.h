#pragma once

#include "Project.h"
#include "Result.h"

#include <QStringList>
#include <memory>

namespace planmap {

// The project a subcommand works on: `--project P` when given (removed from `arguments`), else a
// new project on the bundled Ankang map. Missing layers are reported on stderr, not fatal.
class CliProject {
 public:
  static Result<std::unique_ptr<Project>> load(QStringList& arguments);
  // Removes "--name value" from `arguments` and returns the value (empty if absent); `found`
  // tells apart "absent" from "given without a value".
  static QString takeOption(QStringList& arguments, const QString& name, bool* found = nullptr);
  static bool takeFlag(QStringList& arguments, const QString& name);
};

}  // namespace planmap
