// Driver for bench/run_postgis_bench.sh (not a test): the 200k-parcel layer read whole from PostGIS
// and from GeoPackage, then a viewport render of a centred extent with 1/50 of the layer's area —
// PostGIS: bbox query on the server (PostGisViewportQuery) + MapPainter; GeoPackage: GDAL spatial
// filter on its R-tree + the same reader and painter. Prints one JSON object of medians.
//
// usage: postgis_bench --pg CONNECTION --table schema.table --gpkg FILE [--reps N] [--size WxH]

#include "GdalHandles.h"
#include "LayerLoader.h"
#include "MapPainter.h"
#include "MapSettings.h"
#include "OgrLayerReader.h"
#include "PostGisLayerSource.h"
#include "PostGisViewportQuery.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace planmap;

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

int fail(const QString& message) {
  std::fprintf(stderr, "postgis_bench: %s\n", message.toUtf8().constData());
  return 1;
}

double render(const std::shared_ptr<const FeatureStore>& features, const Crs& crs, const Extent& extent, const QSize& size,
              RenderStats* stats) {
  MapSettings settings;
  settings.extent = extent;
  settings.destinationCrs = crs;
  settings.outputSize = size;
  LayerRenderSnapshot layer;
  layer.layerId = QStringLiteral("parcels");
  layer.features = features;
  layer.crs = crs;
  settings.layers.push_back(layer);
  QElapsedTimer t;
  t.start();
  QImage image = MapPainter::renderImage(settings, stats);
  return image.isNull() ? -1 : t.nsecsElapsed() / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  QString pg, table, gpkg;
  int reps = 5;
  QSize size(1200, 900);
  const QStringList args = app.arguments();
  for (int i = 1; i + 1 < args.size(); i += 2) {
    if (args[i] == QLatin1String("--pg")) pg = args[i + 1];
    else if (args[i] == QLatin1String("--table")) table = args[i + 1];
    else if (args[i] == QLatin1String("--gpkg")) gpkg = args[i + 1];
    else if (args[i] == QLatin1String("--reps")) reps = std::max(1, args[i + 1].toInt());
    else if (args[i] == QLatin1String("--size")) size = QSize(args[i + 1].section('x', 0, 0).toInt(), args[i + 1].section('x', 1, 1).toInt());
    else return fail(QStringLiteral("unknown argument %1").arg(args[i]));
  }
  if (pg.isEmpty() || table.isEmpty() || gpkg.isEmpty()) return fail(QStringLiteral("usage: postgis_bench --pg C --table S.T --gpkg F"));

  // 1. Whole layer.
  std::vector<double> loadPg, loadGpkg;
  std::size_t count = 0;
  Extent full;
  Crs crs;
  for (int r = 0; r < reps; ++r) {
    QElapsedTimer t;
    t.start();
    auto a = PostGisLayerSource::load(pg, table);
    if (!a) return fail(a.error());
    loadPg.push_back(t.nsecsElapsed() / 1e9);
    t.restart();
    auto b = LayerLoader::load(gpkg);
    if (!b) return fail(b.error());
    loadGpkg.push_back(t.nsecsElapsed() / 1e9);
    if (a.value()->features->featureCount() != b->front()->features->featureCount())
      return fail(QStringLiteral("PostGIS has %1 features, the GeoPackage %2")
                      .arg(a.value()->features->featureCount()).arg(b->front()->features->featureCount()));
    count = a.value()->features->featureCount();
    full = a.value()->features->extent();
    crs = a.value()->crs;
  }

  // 2. Viewport: centred, 1/50 of the layer's area.
  const double k = 1.0 / std::sqrt(50.0);
  const Extent view = Extent::fromCorners(full.centerX() - full.width() * k / 2, full.centerY() - full.height() * k / 2,
                                          full.centerX() + full.width() * k / 2, full.centerY() + full.height() * k / 2);
  auto query = PostGisViewportQuery::open(pg, table);
  if (!query) return fail(query.error());
  gdal::ensureRegistered();
  gdal::DatasetPtr ds = gdal::openVector(gpkg, {}, {QStringLiteral("GPKG")});
  if (!ds || ds->GetLayerCount() < 1) return fail(gpkg + QStringLiteral(": cannot be opened"));
  OGRLayer* gpkgLayer = ds->GetLayer(0);

  std::vector<double> pgQuery, pgRender, pgTotal, gpQuery, gpRender, gpTotal;
  std::size_t pgFeatures = 0, gpFeatures = 0;
  for (int r = 0; r < reps; ++r) {
    QElapsedTimer t;
    t.start();
    auto features = query.value()->query(view);
    if (!features) return fail(features.error());
    pgQuery.push_back(t.nsecsElapsed() / 1e9);
    RenderStats stats;
    pgRender.push_back(render(features.value(), crs, view, size, &stats));
    pgTotal.push_back(pgQuery.back() + pgRender.back());
    pgFeatures = features.value()->featureCount();

    t.restart();
    gpkgLayer->SetSpatialFilterRect(view.minX, view.minY, view.maxX, view.maxY);
    auto read = OgrLayerReader::read(gpkgLayer, LoadOptions{}, gpkg);
    if (!read) return fail(read.error());
    gpQuery.push_back(t.nsecsElapsed() / 1e9);
    gpRender.push_back(render(read->features, crs, view, size, &stats));
    gpTotal.push_back(gpQuery.back() + gpRender.back());
    gpFeatures = read->features->featureCount();
  }
  const QJsonObject out{{QStringLiteral("features"), double(count)},
                        {QStringLiteral("reps"), reps},
                        {QStringLiteral("load_postgis_s"), median(loadPg)},
                        {QStringLiteral("load_gpkg_s"), median(loadGpkg)},
                        {QStringLiteral("viewport_features_postgis"), double(pgFeatures)},
                        {QStringLiteral("viewport_features_gpkg"), double(gpFeatures)},
                        {QStringLiteral("viewport_query_postgis_s"), median(pgQuery)},
                        {QStringLiteral("viewport_render_postgis_s"), median(pgRender)},
                        {QStringLiteral("viewport_total_postgis_s"), median(pgTotal)},
                        {QStringLiteral("viewport_query_gpkg_s"), median(gpQuery)},
                        {QStringLiteral("viewport_render_gpkg_s"), median(gpRender)},
                        {QStringLiteral("viewport_total_gpkg_s"), median(gpTotal)}};
  std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
  return pgFeatures == gpFeatures ? 0 : fail(QStringLiteral("the viewports differ: PostGIS %1, GeoPackage %2 features").arg(pgFeatures).arg(gpFeatures));
}
