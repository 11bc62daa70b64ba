#pragma once

#include <QString>

namespace planmap {

// Where a project's plan data (links and progress) is shared with the team: a PostGIS schema
// published by PlanMap. Stored in the project file as "plan_store" (docs/project-format.md). The
// connection is a libpq string without password (~/.pgpass, PGPASSWORD or a service file hold it),
// so a project file can be mailed to a colleague without leaking one.
struct PlanStoreRef {
  QString connection;  // "service=ankang", "host=db dbname=plan user=li", "postgresql://li@db/plan"
  QString schema;      // the team schema, e.g. "ankang"

  bool isSet() const { return !connection.isEmpty() && !schema.isEmpty(); }
  friend bool operator==(const PlanStoreRef&, const PlanStoreRef&) = default;
};

}  // namespace planmap
