// `planmap render [FILE…] --size WxH [--extent minx,miny,maxx,maxy] [--crs EPSG:N] [--graduated FIELD]
//  [--labels FIELD] [--zoom 50] [--dpr R] [--timings] -o OUT.png`: draws files (or, with none, the
// bundled Ankang map) headless into a PNG with the same MapPainter the window and PDF export use.
// --timings prints one JSON line measured the way ../shared/bench/qgis_render.py measures QGIS
// (load, first and second full-extent render, centred 1/zoom render; PNG saving excluded), so the
// two can be compared side by side.

#include "AtomicFileWriter.h"
#include "BundledMap.h"
#include "CliCommand.h"
#include "CliOutput.h"
#include "CliProject.h"
#include "CoordinateTransform.h"
#include "ImageFile.h"
#include "LayerCache.h"
#include "LayerLoader.h"
#include "MapDocument.h"
#include "MapPainter.h"
#include "MemoryBudget.h"
#include "ReprojectionCache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <ctime>

namespace planmap {
namespace {

struct RenderArgs {
  QStringList files;
  QSize size{1920, 1080};
  Extent extent;
  QString crs;
  QString graduated;
  QString labels;
  double zoom = 50;
  double dpr = 1;
  bool timings = false;
  QString output;
};

double cpuSeconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

// Peak resident set size in bytes (VmHWM), 0 where /proc is absent.
long long peakRssBytes() {
  QFile f(QStringLiteral("/proc/self/status"));
  if (!f.open(QIODevice::ReadOnly)) return 0;
  for (const QByteArray& line : f.readAll().split('\n'))
    if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
  return 0;
}

int usage(const QString& message) {
  return CliOutput::error(message + QStringLiteral(
      "\nusage: planmap render [FILE…] --size WxH [--extent minx,miny,maxx,maxy] [--crs EPSG:N] "
      "[--graduated FIELD] [--labels FIELD] [--zoom 50] [--dpr R] [--timings] -o OUT.png"), 2);
}

// The QGIS benchmark's symbology (qgis_render.py), so the comparison draws the same thing.
LayerStyle benchmarkStyle(const FeatureStore& store) {
  LayerStyle style;
  GeometryType type = GeometryType::None;
  for (std::size_t f = 0; f < store.featureCount() && type == GeometryType::None; ++f) type = store.geometryType(f);
  if (type == GeometryType::Polygon) {
    style.symbol.fill = QColor(166, 206, 227);
    style.symbol.stroke = QColor(31, 120, 180);
    style.symbol.strokeWidthMm = 0.1;
  } else if (type == GeometryType::Line) {
    style.symbol.stroke = QColor(31, 120, 180);
    style.symbol.strokeWidthMm = 0.26;
  } else {
    style.symbol.fill = QColor(227, 26, 28);
    style.symbol.stroke = QColor(35, 35, 35);
    style.symbol.strokeWidthMm = 0.0;
    style.symbol.markerSizeMm = 2;
  }
  return style;
}

// Five quantile classes over FIELD, coloured along a red → yellow → blue ramp (QGIS's "Spectral").
void makeGraduated(LayerStyle& style, const FeatureStore& store, const QString& field) {
  const int index = store.attributes().fieldIndex(field);
  if (index < 0) return;
  std::vector<double> values;
  values.reserve(store.featureCount());
  for (std::size_t r = 0; r < store.attributes().rowCount(); ++r) {
    bool ok = false;
    const double v = store.attributes().value(r, index).toDouble(&ok);
    if (ok) values.push_back(v);
  }
  style.renderer = RendererKind::Graduated;
  style.field = field;
  style.classes = LayerStyle::graduatedClasses(values, 5, true, QColor(215, 25, 28), QColor(43, 131, 186), style.symbol);
  // Through yellow in the middle, as Spectral does.
  const QColor ramp[] = {QColor(215, 25, 28), QColor(253, 174, 97), QColor(255, 255, 191), QColor(171, 221, 164),
                         QColor(43, 131, 186)};
  for (std::size_t i = 0; i < style.classes.size() && i < 5; ++i) style.classes[i].symbol.fill = ramp[i];
}

}  // namespace

int runRenderCommand(const QStringList& originalArguments) {
  // --project P: draw the project's layers, styles and view instead of the bundled map.
  QStringList arguments = originalArguments;
  std::unique_ptr<Project> project;
  if (arguments.contains(QStringLiteral("--project"))) {
    auto opened = CliProject::load(arguments);
    if (!opened) return CliOutput::error(opened.error());
    project = std::move(opened.value());
  }
  RenderArgs a;
  for (int i = 0; i < arguments.size(); ++i) {
    const QString& arg = arguments[i];
    auto next = [&](QString* out) {
      if (i + 1 >= arguments.size()) return false;
      *out = arguments[++i];
      return true;
    };
    QString value;
    if (arg == QLatin1String("--size")) {
      if (!next(&value)) return usage(QStringLiteral("--size needs WxH"));
      const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^(\\d+)[xX](\\d+)$")).match(value);
      if (!m.hasMatch()) return usage(QStringLiteral("--size: '%1' is not WxH").arg(value));
      a.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
      if (a.size.isEmpty() || a.size.width() > 30000 || a.size.height() > 30000)
        return usage(QStringLiteral("--size: %1 is out of range").arg(value));
    } else if (arg == QLatin1String("--extent")) {
      if (!next(&value)) return usage(QStringLiteral("--extent needs minx,miny,maxx,maxy"));
      a.extent = Extent::fromString(value);
      if (a.extent.isEmpty()) return usage(QStringLiteral("--extent: '%1' is not minx,miny,maxx,maxy").arg(value));
    } else if (arg == QLatin1String("--crs")) {
      if (!next(&a.crs)) return usage(QStringLiteral("--crs needs EPSG:N"));
    } else if (arg == QLatin1String("--graduated")) {
      if (!next(&a.graduated)) return usage(QStringLiteral("--graduated needs a field"));
    } else if (arg == QLatin1String("--labels")) {
      if (!next(&a.labels)) return usage(QStringLiteral("--labels needs a field"));
    } else if (arg == QLatin1String("--zoom")) {
      if (!next(&value) || !(value.toDouble() > 0 && value.toDouble() <= 1e6)) return usage(QStringLiteral("--zoom needs a positive number"));
      a.zoom = value.toDouble();
    } else if (arg == QLatin1String("--dpr")) {
      if (!next(&value) || !(value.toDouble() > 0 && value.toDouble() <= 16)) return usage(QStringLiteral("--dpr needs a number above 0, at most 16"));
      a.dpr = value.toDouble();
    } else if (arg == QLatin1String("--timings")) {
      a.timings = true;
    } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
      if (!next(&a.output)) return usage(QStringLiteral("-o needs a file name"));
    } else if (arg.startsWith(QLatin1Char('-'))) {
      return usage(QStringLiteral("unknown option %1").arg(arg));
    } else {
      a.files << arg;
    }
  }
  if (a.output.isEmpty() && !a.timings) return usage(QStringLiteral("-o OUT.png is required"));
  // Before any work: where the image goes, in what format, and whether it fits in memory.
  if (!a.output.isEmpty()) {
    if (Status s = AtomicFileWriter::checkTarget(a.output); !s) return CliOutput::error(s.error());
    if (auto f = ImageFile::formatForPath(a.output); !f) return CliOutput::error(f.error());
  }
  if (Status s = MemoryBudget::checkRaster(a.size.width() * a.dpr, a.size.height() * a.dpr,
                                           QStringLiteral("--size %1x%2 at --dpr %3").arg(a.size.width()).arg(a.size.height()).arg(a.dpr));
      !s)
    return usage(s.error());

  // Load: the files given, or the bundled map.
  QElapsedTimer timer;
  timer.start();
  double cpu0 = cpuSeconds();
  std::vector<std::shared_ptr<const VectorLayer>> layers;
  Crs destination;
  MapDocument document;
  if (project && a.files.isEmpty()) {
    for (const auto& layer : project->document().layers())
      if (layer->visible) layers.push_back(layer);
    destination = project->document().displayCrs();
    if (a.extent.isEmpty()) a.extent = project->viewExtent();
  } else if (a.files.isEmpty()) {
    const Status loaded = BundledMap::loadInto(document);
    if (!loaded) return CliOutput::error(QStringLiteral("bundled map: %1").arg(loaded.error()));
    for (const auto& layer : document.layers())
      if (layer->visible) layers.push_back(layer);
    destination = MapDocument::defaultDisplayCrs();
  } else {
    for (const QString& file : a.files) {
      auto loaded = LayerLoader::load(file);
      if (!loaded) return CliOutput::error(loaded.error());
      for (auto& layer : loaded.value()) {
        CliOutput::warnings(file, layer->warnings);
        layers.push_back(layer);
      }
    }
    if (layers.empty()) return CliOutput::error(QStringLiteral("%1: no layers").arg(a.files.join(QStringLiteral(", "))));
    destination = layers.front()->crs;
  }
  const double loadSeconds = timer.nsecsElapsed() / 1e9;
  const double loadCpu = cpuSeconds() - cpu0;
  if (!a.crs.isEmpty()) {
    auto parsed = Crs::parse(a.crs);
    if (!parsed) return CliOutput::error(QStringLiteral("--crs %1: %2").arg(a.crs, parsed.error()));
    destination = parsed.value();
  }

  // Styles: the bundled map keeps its own; files get the QGIS benchmark's symbology.
  timer.restart();
  MapSettings settings;
  settings.destinationCrs = destination;
  settings.outputSize = a.size;
  settings.devicePixelRatio = a.dpr;
  Extent full, ankang;
  long long features = 0, vertices = 0, memoryBytes = 0;
  QStringList warnings;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const VectorLayer& layer = *layers[i];
    if (!layer.features) continue;
    LayerRenderSnapshot snapshot = LayerRenderSnapshot::of(layer);
    const bool last = i + 1 == layers.size();
    if (!a.files.isEmpty()) snapshot.style = benchmarkStyle(*layer.features);
    if (last && !a.graduated.isEmpty()) {
      if (layer.features->attributes().fieldIndex(a.graduated) < 0)
        return CliOutput::error(QStringLiteral("--graduated: layer %1 has no field %2").arg(layer.id, a.graduated));
      makeGraduated(snapshot.style, *layer.features, a.graduated);
    }
    if (last && !a.labels.isEmpty()) {
      if (layer.features->attributes().fieldIndex(a.labels) < 0)
        return CliOutput::error(QStringLiteral("--labels: layer %1 has no field %2").arg(layer.id, a.labels));
      snapshot.style.labels.enabled = true;
      snapshot.style.labels.field = a.labels;
      snapshot.style.labels.sizePt = 8;
      snapshot.style.labels.haloMm = 0.8;
    }
    if (!a.files.isEmpty() && a.labels.isEmpty()) snapshot.style.labels.enabled = false;
    features += static_cast<long long>(layer.features->featureCount());
    vertices += static_cast<long long>(layer.features->vertexCount());
    memoryBytes += static_cast<long long>(layer.features->memoryBytes());
    Extent e = layer.features->extent();
    if (layer.crs.isValid() && destination.isValid() && layer.crs != destination) {
      auto t = CoordinateTransform::create(layer.crs, destination);
      if (!t) {
        warnings << QStringLiteral("%1: %2").arg(layer.id, t.error());
        continue;
      }
      e = t->transformBounds(e);
    }
    full.include(e);
    if (a.files.isEmpty() && layer.id == QLatin1String("prefecture")) ankang = e.scaled(1.06);
    settings.layers.push_back(std::move(snapshot));
  }
  // The bundled map also holds Shaanxi's outline and the link to the enclave in 常州 (Jiangsu):
  // its full extent would shrink Ankang to a corner, so by default it opens on the city, as the app does.
  if (a.extent.isEmpty()) settings.extent = ankang.isEmpty() ? full : ankang;
  else settings.extent = a.extent;
  settings.drawLabels = true;
  const double setupSeconds = timer.nsecsElapsed() / 1e9;
  if (settings.extent.isEmpty()) return CliOutput::error(QStringLiteral("nothing to draw: the layers have no extent"));

  // Renders, timed like QGIS's job.start() + waitForFinished(); the cache is what the window keeps.
  ReprojectionCache cache;
  auto timed = [&](const MapSettings& s, RenderStats& stats, double& cpu) {
    QElapsedTimer t;
    t.start();
    const double c0 = cpuSeconds();
    QImage image = MapPainter::renderImage(s, &stats, nullptr, &cache);
    cpu = cpuSeconds() - c0;
    return std::pair(image, t.nsecsElapsed() / 1e9);
  };
  RenderStats firstStats, secondStats, zoomStats;
  double firstCpu = 0, secondCpu = 0, zoomCpu = 0;
  auto [image, firstSeconds] = timed(settings, firstStats, firstCpu);
  if (!a.output.isEmpty())
    if (Status s = ImageFile::save(image, a.output); !s) return CliOutput::error(s.error());
  // Big files: the geometry cache is written after the frame (the window does it in the background),
  // so the next open maps it instead of reading the source; a cache that was used gets its
  // coordinates' checksums checked (a corrupt one is deleted and rebuilt on the next open).
  auto maintainCaches = [&] {
    QElapsedTimer t;
    t.start();
    QString state = QStringLiteral("none");
    for (const auto& layer : layers) {
      if (!layer->features) continue;
      if (layer->features->isMapped()) {
        state = QStringLiteral("used");
        const Status verified = LayerCache::verify(layer->sourcePath, layer->sourceLayerName, LoadOptions{});
        if (!verified) warnings << verified.error();
      } else if (!a.files.isEmpty() && LayerCache::wanted(*layer)) {
        const Status stored = LayerCache::store(*layer, LoadOptions{});
        if (!stored) warnings << stored.error();
        else state = QStringLiteral("built");
      }
    }
    return std::pair(state, t.nsecsElapsed() / 1e9);
  };
  if (!a.timings) {
    maintainCaches();
    for (const QString& e : firstStats.errors + warnings) CliOutput::error(e, 0);
    return 0;
  }
  // The second frame is dropped at once, as the window replaces its frame: its buffer is recycled
  // for the next render (FrameBufferPool), as in the app.
  const double secondSeconds = timed(settings, secondStats, secondCpu).second;
  // As qgis_render.py: the requested (not the aspect-widened) extent shrunk 1/zoom about its centre.
  const MapSettings zoomed = settings.withExtent(settings.extent.scaled(1.0 / a.zoom));
  auto [zoomImage, zoomSeconds] = timed(zoomed, zoomStats, zoomCpu);
  if (!a.output.isEmpty()) {
    const QFileInfo out(a.output);
    const QString zoomPath = out.dir().filePath(out.completeBaseName() + QStringLiteral("_zoom.") + out.suffix());
    if (Status s = ImageFile::save(zoomImage, zoomPath); !s) return CliOutput::error(s.error());
  }

  const long long peakRss = peakRssBytes();  // before the cache upkeep below, which is not part of the view
  const auto [cacheState, cacheSeconds] = maintainCaches();
  QJsonObject json{
      {QStringLiteral("tool"), QStringLiteral("planmap")},
      {QStringLiteral("layers"), QJsonArray::fromStringList(a.files.isEmpty() ? QStringList{QStringLiteral("(bundled)")} : a.files)},
      {QStringLiteral("features"), features},
      {QStringLiteral("vertices"), vertices},
      {QStringLiteral("src_crs"), layers.front()->crs.authId()},
      {QStringLiteral("dest_crs"), destination.authId()},
      {QStringLiteral("renderer"), a.graduated.isEmpty() ? QStringLiteral("single") : QStringLiteral("graduated:") + a.graduated},
      {QStringLiteral("labels"), a.labels.isEmpty() ? QJsonValue() : QJsonValue(a.labels)},
      {QStringLiteral("size"), QJsonArray{a.size.width(), a.size.height()}},
      {QStringLiteral("zoom"), a.zoom},
      {QStringLiteral("full_scale"), qRound64(settings.scaleDenominator())},
      {QStringLiteral("zoom_scale"), qRound64(zoomed.scaleDenominator())},
      {QStringLiteral("load_s"), loadSeconds},
      {QStringLiteral("setup_s"), setupSeconds},
      {QStringLiteral("first_render_s"), firstSeconds},
      {QStringLiteral("second_render_s"), secondSeconds},
      {QStringLiteral("zoomed_render_s"), zoomSeconds},
      {QStringLiteral("load_cpu_s"), loadCpu},
      {QStringLiteral("first_render_cpu_s"), firstCpu},
      {QStringLiteral("second_render_cpu_s"), secondCpu},
      {QStringLiteral("zoomed_render_cpu_s"), zoomCpu},
      {QStringLiteral("vertices_drawn"), firstStats.verticesDrawn},
      {QStringLiteral("features_drawn"), firstStats.featuresDrawn},
      {QStringLiteral("labels_candidates"), firstStats.labelsCandidates},
      {QStringLiteral("labels_placed"), firstStats.labelsPlaced},
      {QStringLiteral("store_memory_bytes"), memoryBytes},
      {QStringLiteral("peak_rss_bytes"), peakRss},
      {QStringLiteral("geometry_cache"), cacheState},
      {QStringLiteral("cache_upkeep_s"), cacheSeconds},
      {QStringLiteral("errors"), QJsonArray::fromStringList(firstStats.errors + warnings)},
  };
  CliOutput::json(QJsonDocument(json));
  return 0;
}

}  // namespace planmap
