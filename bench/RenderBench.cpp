// In-process render timings on the benchmark data (bench/data, made by ../shared/bench/make_data.py):
// what a pan or zoom costs once the layers are loaded, without process start-up or file reading.
//   render_bench [--benchmark_repetitions=5 --benchmark_report_aggregates_only=true]
// Layers are loaded once with LayerLoader, styled like ../shared/bench/qgis_render.py.

#include "LayerLoader.h"
#include "MapPainter.h"
#include "ReprojectionCache.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <benchmark/benchmark.h>

using namespace planmap;

namespace {

std::shared_ptr<VectorLayer> loadOnce(const QString& relative) {
  static std::map<QString, std::shared_ptr<VectorLayer>> loaded;
  auto it = loaded.find(relative);
  if (it != loaded.end()) return it->second;
  const QString path = QStringLiteral(PLANMAP_BENCH_DATA "/") + relative;
  std::shared_ptr<VectorLayer> layer;
  if (QFile::exists(path)) {
    auto result = LayerLoader::load(path);
    if (result && !result.value().empty()) layer = result.value().front();
  }
  loaded[relative] = layer;
  return layer;
}

LayerStyle polygonStyle() {
  LayerStyle s;
  s.symbol.fill = QColor(166, 206, 227);
  s.symbol.stroke = QColor(31, 120, 180);
  s.symbol.strokeWidthMm = 0.1;
  return s;
}

LayerStyle lineStyle() {
  LayerStyle s;
  s.symbol.stroke = QColor(31, 120, 180);
  s.symbol.strokeWidthMm = 0.26;
  return s;
}

MapSettings settingsFor(const VectorLayer& layer, const LayerStyle& style, const Crs& destination, const Extent& extent) {
  MapSettings s;
  s.destinationCrs = destination;
  s.outputSize = QSize(1920, 1080);
  s.extent = extent;
  LayerRenderSnapshot snap = LayerRenderSnapshot::of(layer);
  snap.style = style;
  s.layers.push_back(snap);
  return s;
}

void report(benchmark::State& state, const RenderStats& stats, const VectorLayer& layer) {
  state.counters["vertices_drawn"] = double(stats.verticesDrawn);
  state.counters["features_drawn"] = double(stats.featuresDrawn);
  state.counters["labels_placed"] = double(stats.labelsPlaced);
  state.counters["store_MB"] = double(layer.features->memoryBytes()) / 1e6;
  state.counters["bytes_per_vertex"] = double(layer.features->memoryBytes()) / double(layer.features->vertexCount());
}

void renderCase(benchmark::State& state, const QString& file, const LayerStyle& style, double zoom, bool reproject,
                bool coldCache, QImage::Format format) {
  auto layer = loadOnce(file);
  if (!layer) {
    state.SkipWithError("bench data missing: run make_data.py (see bench/README.md)");
    return;
  }
  const Crs destination = reproject ? Crs::fromEpsg(4545) : layer->crs;
  Extent full = layer->features->extent();
  ReprojectionCache cache;
  if (reproject) full = cache.get(layer->features, layer->crs, destination)->extent();
  MapSettings s = settingsFor(*layer, style, destination, full.scaled(1.0 / zoom));
  QImage image(s.outputSize, format);
  RenderStats stats;
  for (auto _ : state) {
    if (coldCache) cache.clear();
    image.fill(Qt::white);
    QPainter painter(&image);
    stats = MapPainter::paint(painter, s, nullptr, &cache);
  }
  report(state, stats, *layer);
}

const QString kParcels = QStringLiteral("large/parcels_4326.gpkg");
const QString kRivers = QStringLiteral("lines/rivers_4326.gpkg");
constexpr auto kArgb = QImage::Format_ARGB32_Premultiplied;

void BM_ParcelsFull(benchmark::State& s) { renderCase(s, kParcels, polygonStyle(), 1, false, false, kArgb); }
// RGB32 targets are drawn on one thread: shows what the two-chunk split gains.
void BM_ParcelsFullOneThread(benchmark::State& s) {
  renderCase(s, kParcels, polygonStyle(), 1, false, false, QImage::Format_RGB32);
}
void BM_ParcelsZoomed50(benchmark::State& s) { renderCase(s, kParcels, polygonStyle(), 50, false, false, kArgb); }
void BM_ParcelsGraduated(benchmark::State& s) {
  auto layer = loadOnce(kParcels);
  LayerStyle style = polygonStyle();
  if (layer) {
    const int field = layer->features->attributes().fieldIndex(QStringLiteral("score"));
    std::vector<double> values;
    for (std::size_t r = 0; r < layer->features->featureCount(); ++r)
      values.push_back(layer->features->attributes().value(r, field).toDouble());
    style.renderer = RendererKind::Graduated;
    style.field = QStringLiteral("score");
    style.classes = LayerStyle::graduatedClasses(values, 5, true, QColor(215, 25, 28), QColor(43, 131, 186), style.symbol);
  }
  renderCase(s, kParcels, style, 1, false, false, kArgb);
}
void BM_ParcelsReprojectedWarm(benchmark::State& s) { renderCase(s, kParcels, polygonStyle(), 1, true, false, kArgb); }
void BM_ParcelsReprojectedCold(benchmark::State& s) { renderCase(s, kParcels, polygonStyle(), 1, true, true, kArgb); }
void BM_ParcelsLabels(benchmark::State& s) {
  LayerStyle style = polygonStyle();
  style.labels.enabled = true;
  style.labels.field = QStringLiteral("name");
  style.labels.sizePt = 8;
  style.labels.haloMm = 0.8;
  renderCase(s, kParcels, style, 1, false, false, kArgb);
}
void BM_RiversFull(benchmark::State& s) { renderCase(s, kRivers, lineStyle(), 1, false, false, kArgb); }
void BM_RiversZoomed50(benchmark::State& s) { renderCase(s, kRivers, lineStyle(), 50, false, false, kArgb); }

}  // namespace

BENCHMARK(BM_ParcelsFull)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParcelsFullOneThread)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParcelsZoomed50)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParcelsGraduated)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParcelsReprojectedWarm)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParcelsReprojectedCold)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParcelsLabels)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RiversFull)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RiversZoomed50)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
