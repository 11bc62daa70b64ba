// `cache_render_bench FILE [--size WxH] [--zoom 50]`: the measurements of `planmap render FILE
// --timings` (same JSON fields, same QGIS benchmark symbology, same frames: full extent twice, then
// the centred 1/zoom extent; geometry cache written or checked after the frames) in a small binary
// that links only the core libraries it needs, so the city-scale benchmark (bigdata_bench.py
// --planmap …/cache_render_bench) can run without building the whole application. The figures in
// bench/README.md say which binary measured them.

#include "LayerCache.h"
#include "LayerLoader.h"
#include "MapPainter.h"
#include "ReprojectionCache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <ctime>

using namespace planmap;

namespace {

double cpuSeconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

long long peakRssBytes() {
  QFile f(QStringLiteral("/proc/self/status"));
  if (!f.open(QIODevice::ReadOnly)) return 0;
  for (const QByteArray& line : f.readAll().split('\n'))
    if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  QGuiApplication::setApplicationName(QStringLiteral("planmap"));
  const QStringList args = app.arguments();
  QString file;
  QSize size(1920, 1080);
  double zoom = 50;
  for (int i = 1; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--size") && i + 1 < args.size()) {
      const QStringList wh = args[++i].split(QLatin1Char('x'));
      size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    } else if (args[i] == QLatin1String("--zoom") && i + 1 < args.size()) {
      zoom = args[++i].toDouble();
    } else if (args[i] == QLatin1String("render") || args[i] == QLatin1String("--timings")) {
      continue;  // accepted so that the command line of `planmap render FILE --timings` works as it is
    } else {
      file = args[i];
    }
  }
  QElapsedTimer timer;
  timer.start();
  const double cpu0 = cpuSeconds();
  auto loaded = LayerLoader::load(file);
  if (!loaded || loaded->empty()) {
    std::fprintf(stderr, "%s\n", qPrintable(loaded ? QStringLiteral("no layers") : loaded.error()));
    return 1;
  }
  const double loadSeconds = timer.nsecsElapsed() / 1e9, loadCpu = cpuSeconds() - cpu0;
  const auto layer = loaded->front();
  MapSettings settings;
  settings.destinationCrs = layer->crs;
  settings.outputSize = size;
  settings.extent = layer->features->extent();
  LayerRenderSnapshot snapshot = LayerRenderSnapshot::of(*layer);
  snapshot.style = LayerStyle();  // RenderCommand's benchmarkStyle for polygons (qgis_render.py's symbology)
  snapshot.style.symbol.fill = QColor(166, 206, 227);
  snapshot.style.symbol.stroke = QColor(31, 120, 180);
  snapshot.style.symbol.strokeWidthMm = 0.1;
  snapshot.style.labels.enabled = false;
  settings.layers.push_back(snapshot);
  ReprojectionCache cache;
  auto timed = [&](const MapSettings& s, RenderStats& stats, double& cpu) {
    QElapsedTimer t;
    t.start();
    const double c0 = cpuSeconds();
    QImage image = MapPainter::renderImage(s, &stats, nullptr, &cache);
    cpu = cpuSeconds() - c0;
    return std::pair(image, t.nsecsElapsed() / 1e9);
  };
  RenderStats first, second, zoomed;
  double firstCpu = 0, secondCpu = 0, zoomCpu = 0;
  auto [image, firstSeconds] = timed(settings, first, firstCpu);
  if (!qEnvironmentVariableIsEmpty("BENCH_PNG")) image.save(qEnvironmentVariable("BENCH_PNG"));
  const double secondSeconds = timed(settings, second, secondCpu).second;
  const MapSettings zoomSettings = settings.withExtent(settings.extent.scaled(1.0 / zoom));
  auto [zoomImage, zoomSeconds] = timed(zoomSettings, zoomed, zoomCpu);
  const long long peak = peakRssBytes();

  QElapsedTimer upkeep;
  upkeep.start();
  QString state = QStringLiteral("none");
  QStringList errors;
  if (layer->features->isMapped()) {
    state = QStringLiteral("used");
    if (Status s = LayerCache::verify(layer->sourcePath, layer->sourceLayerName, LoadOptions{}); !s) errors << s.error();
  } else if (LayerCache::wanted(*layer)) {
    if (Status s = LayerCache::store(*layer, LoadOptions{}); !s) errors << s.error();
    else state = QStringLiteral("built");
  }
  const QJsonObject json{
      {QStringLiteral("tool"), QStringLiteral("planmap-core")},
      {QStringLiteral("layers"), QJsonArray{file}},
      {QStringLiteral("features"), qint64(layer->features->featureCount())},
      {QStringLiteral("vertices"), qint64(layer->features->vertexCount())},
      {QStringLiteral("load_s"), loadSeconds},
      {QStringLiteral("first_render_s"), firstSeconds},
      {QStringLiteral("second_render_s"), secondSeconds},
      {QStringLiteral("zoomed_render_s"), zoomSeconds},
      {QStringLiteral("load_cpu_s"), loadCpu},
      {QStringLiteral("first_render_cpu_s"), firstCpu},
      {QStringLiteral("second_render_cpu_s"), secondCpu},
      {QStringLiteral("zoomed_render_cpu_s"), zoomCpu},
      {QStringLiteral("vertices_drawn"), first.verticesDrawn},
      {QStringLiteral("features_drawn"), first.featuresDrawn},
      {QStringLiteral("store_memory_bytes"), qint64(layer->features->memoryBytes())},
      {QStringLiteral("peak_rss_bytes"), peak},
      {QStringLiteral("geometry_cache"), state},
      {QStringLiteral("cache_upkeep_s"), upkeep.nsecsElapsed() / 1e9},
      {QStringLiteral("errors"), QJsonArray::fromStringList(errors + first.errors)},
  };
  std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
  return 0;
}
