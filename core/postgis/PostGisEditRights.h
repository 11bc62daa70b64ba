#pragma once

#include "Result.h"

#include <QString>

namespace planmap {

class PostGisConnection;

// What the connected role may change in a PlanMap team schema, from the server's own privileges
// (has_table_privilege, parameterised): progress needs INSERT and UPDATE on planmap_progress, links
// INSERT and DELETE on planmap_links. The window disables edit actions from this; the server would
// refuse the writes anyway, this only says so before the planner types.
struct PostGisEditRights {
  QString role;
  QString schema;
  bool canEditProgress = false;
  bool canEditLinks = false;

  bool readOnly() const { return !canEditProgress && !canEditLinks; }
  // "the PostGIS role planner_ro may only read schema ankang" (empty when everything is allowed).
  QString readOnlyMessage() const;

  static Result<PostGisEditRights> query(PostGisConnection& connection, const QString& schema);
};

}  // namespace planmap
