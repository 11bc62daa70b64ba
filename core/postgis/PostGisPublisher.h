#pragma once

#include "LinkStore.h"
#include "PlanCatalog.h"
#include "ProgressStore.h"
#include "Result.h"
#include "VectorLayer.h"

#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace planmap {

// What to publish: map layers (the bundled map, a project's file layers) and the plan data.
struct PublishInput {
  std::vector<std::shared_ptr<const VectorLayer>> layers;
  const PlanCatalog* catalog = nullptr;  // may be null
  const LinkStore* links = nullptr;
  const ProgressStore* progress = nullptr;
  std::function<void(const QString& step)> log;  // one line per step, optional
};

struct PublishedLayer {
  QString layerId;
  QString table;  // schema.table
  long long featureCount = 0;
  int srid = 0;
};

struct PublishReport {
  QString schema;
  int schemaVersion = 0;
  std::vector<PublishedLayer> layers;
  int catalogs = 0;
  int planItems = 0;
  int linksAdded = 0;
  int linksAlreadyThere = 0;
  int progressAdded = 0;
  int progressKept = 0;  // the server already had a record for (target, year, scope): not overwritten
  QStringList warnings;
};

// `planmap publish`: writes layers to a schema as PostGIS tables (GDAL's PostgreSQL driver: COPY,
// a GiST index on geom, the layer's SRID, every attribute, plus source/licence/accuracy columns so
// provenance travels with each feature) and records their title, style and provenance in
// planmap_layers; writes the plan catalog, links and progress into the versioned PlanMap tables
// (PostGisSchema). Re-publishing replaces the layer tables and the catalog, but adds links and
// progress only where the server has none: figures the team entered are never overwritten.
class PostGisPublisher {
 public:
  static Result<PublishReport> publish(const QString& connection, const QString& schema, const PublishInput& input);
  // The table name for a layer id: lower case ASCII letters, digits and "_".
  static QString tableNameFor(const QString& layerId);
};

}  // namespace planmap
