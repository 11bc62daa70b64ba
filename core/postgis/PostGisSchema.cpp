#include "PostGisSchema.h"

#include "PostGisConnection.h"

namespace planmap {

const std::vector<PostGisSchema::Migration>& PostGisSchema::migrations() {
  // Append only: a published step is never edited, a change is a new step.
  static const std::vector<Migration> steps = {
      {1, "PlanMap tables: meta, migrations, layers, catalogs, plan items, links, progress",
       R"SQL(
CREATE SCHEMA IF NOT EXISTS @S;
CREATE TABLE IF NOT EXISTS @S.planmap_meta (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  schema_version integer NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS @S.planmap_migrations (
  version integer PRIMARY KEY,
  description text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by text NOT NULL DEFAULT current_user);
CREATE TABLE IF NOT EXISTS @S.planmap_layers (
  table_name text PRIMARY KEY,
  layer_id text NOT NULL,
  title_zh text NOT NULL DEFAULT '',
  title_en text NOT NULL DEFAULT '',
  layer_group text NOT NULL DEFAULT '',
  key_field text NOT NULL DEFAULT '',
  srid integer NOT NULL,
  geometry_type text NOT NULL,
  feature_count bigint NOT NULL,
  source text NOT NULL DEFAULT '',
  licence text NOT NULL DEFAULT '',
  attribution text NOT NULL DEFAULT '',
  style jsonb,
  sort_order integer NOT NULL DEFAULT 0,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by text NOT NULL DEFAULT current_user);
CREATE TABLE IF NOT EXISTS @S.planmap_catalogs (
  name text PRIMARY KEY,
  title text NOT NULL DEFAULT '',
  document jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS @S.planmap_plan_items (
  id text PRIMARY KEY,
  catalog text NOT NULL,
  kind text NOT NULL,
  chapter_number integer,
  section_number integer,
  name text NOT NULL DEFAULT '',
  text text NOT NULL DEFAULT '',
  indicator text,
  value double precision,
  unit text,
  deadline integer,
  item jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS @S.planmap_links (
  id bigserial PRIMARY KEY,
  layer text NOT NULL,
  feature text NOT NULL,
  item text NOT NULL,
  role text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_by text NOT NULL DEFAULT current_user,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (layer, feature, item, role));
CREATE TABLE IF NOT EXISTS @S.planmap_progress (
  id bigserial PRIMARY KEY,
  target text NOT NULL,
  year integer NOT NULL,
  scope text NOT NULL DEFAULT 'city',
  value double precision,
  achieved boolean NOT NULL DEFAULT false,
  source text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  updated_by text NOT NULL DEFAULT current_user,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (target, year, scope),
  CHECK (value IS NOT NULL OR achieved));
)SQL"},
      {2, "progress looked up by target (target status for one item)",
       "CREATE INDEX IF NOT EXISTS planmap_progress_target ON @S.planmap_progress (target);"},
      // Without it a planner's remark on a figure was dropped on the way to the team and lost on refresh.
      {3, "progress notes shared (how a figure was derived, caveats)",
       "ALTER TABLE @S.planmap_progress ADD COLUMN IF NOT EXISTS note text NOT NULL DEFAULT '';"},
  };
  return steps;
}

int PostGisSchema::latestVersion() { return migrations().back().version; }

Result<int> PostGisSchema::installedVersion(PostGisConnection& connection, const QString& schema) {
  auto exists = connection.tableExists(PostGisConnection::quoteQualified(schema, QStringLiteral("planmap_meta")));
  if (!exists) return Result<int>::fail(exists.error());
  if (!exists.value()) return Result<int>::ok(0);
  auto rows = connection.exec(QStringLiteral("SELECT schema_version FROM %1.planmap_meta WHERE id = 1")
                                  .arg(PostGisConnection::quoteIdentifier(schema)));
  if (!rows) return Result<int>::fail(rows.error());
  return Result<int>::ok(rows->rowCount() == 1 ? rows->text(0, 0).toInt() : 0);
}

Status PostGisSchema::migrate(PostGisConnection& connection, const QString& schema) {
  const QString s = PostGisConnection::quoteIdentifier(schema);
  for (const Migration& m : migrations()) {
    if (Status st = connection.execScript(QStringLiteral("BEGIN")); !st) return st;
    // Serialises concurrent publishers on this schema for the length of the transaction.
    auto lock = connection.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext($1))"),
                                {QStringLiteral("planmap-schema:") + schema});
    auto installed = lock ? installedVersion(connection, schema) : Result<int>::fail(lock.error());
    if (!installed) {
      connection.execScript(QStringLiteral("ROLLBACK"));
      return Status::fail(installed.error());
    }
    if (installed.value() > latestVersion()) {
      connection.execScript(QStringLiteral("ROLLBACK"));
      return Status::fail(QStringLiteral("schema %1 has PlanMap schema version %2, newer than this PlanMap knows (%3): "
                                         "update PlanMap").arg(schema).arg(installed.value()).arg(latestVersion()));
    }
    if (installed.value() >= m.version) {
      connection.execScript(QStringLiteral("ROLLBACK"));
      continue;
    }
    Status step = connection.execScript(QString::fromUtf8(m.sql).replace(QLatin1String("@S"), s));
    if (step) {
      auto meta = connection.exec(
          QStringLiteral("INSERT INTO %1.planmap_meta (id, schema_version, created_by) VALUES (1, $1, $2) "
                         "ON CONFLICT (id) DO UPDATE SET schema_version = EXCLUDED.schema_version, updated_at = now()")
              .arg(s),
          {m.version, QStringLiteral("PlanMap")});
      if (!meta) step = Status::fail(meta.error());
    }
    if (step) {
      auto log = connection.exec(QStringLiteral("INSERT INTO %1.planmap_migrations (version, description) VALUES ($1, $2)").arg(s),
                                 {m.version, QString::fromUtf8(m.description)});
      if (!log) step = Status::fail(log.error());
    }
    if (step) step = connection.execScript(QStringLiteral("COMMIT"));
    if (!step) {
      connection.execScript(QStringLiteral("ROLLBACK"));
      return Status::fail(QStringLiteral("schema %1: upgrade to version %2 (%3) failed: %4")
                              .arg(schema).arg(m.version).arg(QString::fromUtf8(m.description), step.error()));
    }
  }
  return Status::ok();
}

Status PostGisSchema::checkCompatible(PostGisConnection& connection, const QString& schema) {
  auto installed = installedVersion(connection, schema);
  if (!installed) return Status::fail(installed.error());
  if (installed.value() == 0)
    return Status::fail(QStringLiteral("schema %1 has no PlanMap tables: publish to it first (planmap publish --schema %1)").arg(schema));
  if (installed.value() < latestVersion())
    return Status::fail(QStringLiteral("schema %1 has PlanMap schema version %2, older than this PlanMap (%3): "
                                       "run planmap publish to upgrade it").arg(schema).arg(installed.value()).arg(latestVersion()));
  if (installed.value() > latestVersion())
    return Status::fail(QStringLiteral("schema %1 has PlanMap schema version %2, newer than this PlanMap knows (%3): "
                                       "update PlanMap").arg(schema).arg(installed.value()).arg(latestVersion()));
  return Status::ok();
}

}  // namespace planmap
