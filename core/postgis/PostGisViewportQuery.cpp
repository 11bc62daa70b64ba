#include "PostGisViewportQuery.h"

#include "ConnectionString.h"
#include "GdalHandles.h"
#include "OgrLayerReader.h"

namespace planmap {

struct PostGisViewportQuery::Impl {
  gdal::DatasetPtr dataset;
  OGRLayer* layer = nullptr;
};

PostGisViewportQuery::PostGisViewportQuery() : impl_(std::make_unique<Impl>()) {}
PostGisViewportQuery::~PostGisViewportQuery() = default;

Result<std::unique_ptr<PostGisViewportQuery>> PostGisViewportQuery::open(const QString& connection, const QString& table) {
  using R = Result<std::unique_ptr<PostGisViewportQuery>>;
  auto cs = ConnectionString::parse(connection);
  if (!cs) return R::fail(cs.error());
  const QString where = QStringLiteral("PostGIS server %1: table %2").arg(cs->display(), table);
  gdal::ensureRegistered();
  gdal::ErrorCapture errors;
  std::unique_ptr<PostGisViewportQuery> q(new PostGisViewportQuery());
  q->name_ = where;
  q->impl_->dataset = gdal::openVector(cs->gdalWithSessionPassword(table), {}, {QStringLiteral("PostgreSQL")});
  if (!q->impl_->dataset) return R::fail(QStringLiteral("%1: cannot be opened (%2)").arg(where, errors.message()));
  q->impl_->layer = q->impl_->dataset->GetLayerCount() > 0 ? q->impl_->dataset->GetLayer(0) : nullptr;
  if (!q->impl_->layer) return R::fail(QStringLiteral("%1: no such spatial table").arg(where));
  if (const OGRSpatialReference* srs = q->impl_->layer->GetSpatialRef()) {
    const char* authority = srs->GetAuthorityName(nullptr);
    const char* code = srs->GetAuthorityCode(nullptr);
    if (authority && code && EQUAL(authority, "EPSG"))
      if (auto crs = Crs::parseEpsg(std::atoi(code))) q->crs_ = crs.value();
  }
  OGREnvelope env;
  if (q->impl_->layer->GetExtent(&env, FALSE) == OGRERR_NONE)
    q->tableExtent_ = Extent::fromCorners(env.MinX, env.MinY, env.MaxX, env.MaxY);
  return R::ok(std::move(q));
}

Result<std::shared_ptr<const FeatureStore>> PostGisViewportQuery::query(const Extent& extent,
                                                                        const std::atomic<bool>* cancel) {
  using R = Result<std::shared_ptr<const FeatureStore>>;
  if (extent.isEmpty()) return R::fail(QStringLiteral("%1: empty viewport extent").arg(name_));
  gdal::ErrorCapture errors;
  // GDAL's PostgreSQL driver turns the rectangle into "geom && <envelope with the table's SRID>" in
  // the WHERE clause, so the server's GiST index does the filtering.
  impl_->layer->SetSpatialFilterRect(extent.minX, extent.minY, extent.maxX, extent.maxY);
  LoadOptions options;
  options.cancel = cancel;
  auto read = OgrLayerReader::read(impl_->layer, options, name_);
  impl_->layer->SetSpatialFilter(nullptr);
  // A server that goes away mid-read ends GDAL's feature loop early with an error, not a failure
  // of the read itself: a partial viewport must not pass for the whole.
  if (!read || errors.hasFailure()) {
    const QString why = errors.message().isEmpty() ? read.error() : errors.message();
    if (why.contains(QLatin1String("server closed the connection")) || why.contains(QLatin1String("terminating connection")))
      return R::fail(QStringLiteral("连接已断开 / connection to the PostGIS server was lost: %1 (%2)").arg(name_, why));
    return R::fail(QStringLiteral("%1: %2").arg(name_, why));
  }
  return R::ok(std::move(read->features));
}

}  // namespace planmap
