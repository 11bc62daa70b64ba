#pragma once

#include "Result.h"

#include <QString>
#include <vector>

namespace planmap {

class PostGisConnection;

// The PlanMap tables inside a team schema, versioned: `planmap_meta` holds schema_version,
// `planmap_migrations` what was applied when. Upgrades are a table of numbered SQL steps
// (migrations()); each runs in its own transaction under an advisory lock, so two planners
// publishing at once cannot apply a step twice. A schema written by a newer PlanMap is refused
// rather than written to.
class PostGisSchema {
 public:
  struct Migration {
    int version;
    const char* description;
    const char* sql;  // "@S" stands for the quoted schema name
  };
  static const std::vector<Migration>& migrations();
  static int latestVersion();

  // 0 when the schema has no PlanMap tables yet.
  static Result<int> installedVersion(PostGisConnection& connection, const QString& schema);
  // Creates the schema and tables, or upgrades them to latestVersion(). Needs CREATE rights.
  static Status migrate(PostGisConnection& connection, const QString& schema);
  // For readers and editors: the schema must exist at exactly latestVersion().
  static Status checkCompatible(PostGisConnection& connection, const QString& schema);
};

}  // namespace planmap
