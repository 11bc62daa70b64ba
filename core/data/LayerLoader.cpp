#include "LayerLoader.h"

#include "EncodingDetector.h"
#include "GdalHandles.h"
#include "InputFile.h"
#include "LayerCache.h"
#include "OgrLayerReader.h"
#include "ShapefileChecks.h"
#include "ZipArchiveCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace planmap {
namespace {

using LayerList = std::vector<std::shared_ptr<VectorLayer>>;

// One dataset to open: a shapefile (opened with its own ENCODING) or anything else GDAL reads.
struct Job {
  QString path;  // GDAL path (may be /vsizip/…)
  bool shapefile = false;
};

bool hasSuffix(const QString& path, const char* suffix) {
  return path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
}

// Vector formats looked for inside a zip archive besides shapefiles.
bool isOtherVectorFile(const QString& name) {
  static const char* const suffixes[] = {".gpkg", ".geojson", ".json", ".kml", ".fgb", ".gml", ".tab", ".mif"};
  for (const char* s : suffixes)
    if (hasSuffix(name, s)) return true;
  return false;
}

// GDAL dataset names with a driver prefix ("PG:", "GPKG:", "WFS:"); two letters at least, so a
// Windows drive letter is not mistaken for one.
bool isConnectionString(const QString& path) {
  static const QRegularExpression prefix(QStringLiteral("^[A-Za-z][A-Za-z0-9_]+:"));
  return prefix.match(path).hasMatch();
}

Result<std::vector<Job>> resolveJobs(const QString& path) {
  using R = Result<std::vector<Job>>;
  if (path.trimmed().isEmpty()) return R::fail(QStringLiteral("no file given"));
  std::vector<Job> jobs;
  // A PostGIS table through GDAL's PostgreSQL driver ("PG:service=… tables=schema.table"): not a file.
  if (path.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive)) {
    jobs.push_back({path, false});
    return R::ok(std::move(jobs));
  }
  if (path.startsWith(QLatin1String("/vsi"))) {
    if (gdal::vsiFileSize(path) < 0 && !gdal::vsiIsDirectory(path))
      return R::fail(QStringLiteral("%1: file not found").arg(path));
    jobs.push_back({path, hasSuffix(path, ".shp")});
    return R::ok(std::move(jobs));
  }
  const QFileInfo info(path);
  if (!info.exists() && isConnectionString(path)) {
    // "PG:dbname=… tables=schema.table" and other driver-prefixed names go to GDAL as they are.
    jobs.push_back({path, false});
    return R::ok(std::move(jobs));
  }
  // A regular file or a folder: a FIFO would block GDAL forever, a device (/dev/zero) never end.
  if (Status s = InputFile::check(path, InputFile::Kind::FileOrFolder); !s) return R::fail(s.error());
  if (info.isDir()) {
    // A folder of shapefiles, the way county data is usually handed over: every .shp in it.
    const QDir dir(path);
    const QStringList shps = dir.entryList({QStringLiteral("*.shp"), QStringLiteral("*.SHP")}, QDir::Files, QDir::Name);
    for (const QString& name : shps) jobs.push_back({dir.filePath(name), true});
    if (jobs.empty()) jobs.push_back({path, false});  // maybe a File Geodatabase or similar
    return R::ok(std::move(jobs));
  }
  if (!info.isReadable()) return R::fail(QStringLiteral("%1: permission denied").arg(displayFileName(path)));
  if (hasSuffix(path, ".zip")) {
    const QString root = QStringLiteral("/vsizip/") + info.absoluteFilePath();
    const QStringList entries = gdal::vsiListDirectory(root, true);
    for (const QString& e : entries)
      if (hasSuffix(e, ".shp")) jobs.push_back({root + QLatin1Char('/') + e, true});
    for (const QString& e : entries)
      if (isOtherVectorFile(e)) jobs.push_back({root + QLatin1Char('/') + e, false});
    if (jobs.empty()) {
      if (entries.isEmpty()) return R::fail(ZipArchiveCheck::whyUnreadable(info.absoluteFilePath()));
      return R::fail(QStringLiteral("%1: no vector data inside (looked for .shp, .gpkg, .geojson, .kml, .fgb)")
                         .arg(displayFileName(path)));
    }
    return R::ok(std::move(jobs));
  }
  jobs.push_back({path, hasSuffix(path, ".shp")});
  return R::ok(std::move(jobs));
}

// The CRS a dataset's layer declares (GPKG srs table, GeoJSON's WGS 84, KML, FlatGeobuf header).
Result<Crs> layerCrs(OGRLayer* layer, bool* declared) {
  *declared = false;
  const OGRSpatialReference* srs = layer->GetSpatialRef();
  if (!srs || srs->IsEmpty()) return Result<Crs>::ok(Crs());
  *declared = true;
  const char* authority = srs->GetAuthorityName(nullptr);
  const char* code = srs->GetAuthorityCode(nullptr);
  if (authority && code && EQUAL(authority, "EPSG")) {
    auto epsg = Crs::parseEpsg(std::atoi(code));
    if (epsg) return epsg;
  }
  char* wkt = nullptr;
  const char* const options[] = {"FORMAT=WKT2_2019", nullptr};
  if (srs->exportToWkt(&wkt, options) != OGRERR_NONE || !wkt) {
    CPLFree(wkt);
    return Result<Crs>::fail(QStringLiteral("the layer's CRS cannot be exported as WKT"));
  }
  const QString text = QString::fromUtf8(wkt);
  CPLFree(wkt);
  return Crs::parse(text);
}

CrsDecision decideCrs(const Crs& fileCrs, const QString& fileNote, const Extent& nativeExtent, const LoadOptions& options) {
  CrsDecision decision;
  if (options.crsOverride.isValid()) {
    decision.crs = options.crsOverride;
    decision.source = CrsSource::Override;
    decision.note = QStringLiteral("set by the user: %1").arg(options.crsOverride.description());
    if (fileCrs.isValid() && fileCrs != options.crsOverride)
      decision.note += QStringLiteral(" (the file says %1)").arg(fileCrs.description());
    return decision;
  }
  if (fileCrs.isValid()) {
    decision.crs = fileCrs;
    decision.source = CrsSource::File;
    decision.note = fileNote;
    return decision;
  }
  if (nativeExtent.isEmpty()) {
    decision.note = QStringLiteral("no CRS in the file and no coordinates to infer one from");
    return decision;
  }
  decision = CrsInference::infer(nativeExtent);
  return decision;
}

std::shared_ptr<VectorLayer> makeLayer(const QString& sourcePath, OGRLayer* layer, const QString& driver,
                                       LayerReadResult read) {
  auto out = std::make_shared<VectorLayer>();
  out->sourceLayerName = QString::fromUtf8(layer->GetName());
  out->id = out->sourceLayerName;
  out->title = out->sourceLayerName;
  out->sourcePath = sourcePath;
  out->driverName = driver;
  out->features = std::move(read.features);
  out->warnings = std::move(read.warnings);
  return out;
}

// The GDAL name of a user-given encoding ("gbk" -> "CP936"); empty with `error` set if unknown.
QString normalizedOverride(const QString& name, QString* error) {
  const QString normalized = EncodingDetector::encodingFromCpg(name);
  if (normalized.isEmpty() || !QStringDecoder(normalized.toLatin1().constData()).isValid()) {
    *error = QStringLiteral("unknown encoding \"%1\" (try UTF-8, GBK, GB18030 or ISO-8859-1)").arg(name);
    return {};
  }
  return normalized;
}

// The layer from its geometry cache when the file is big and the cache current (LayerCache).
std::shared_ptr<VectorLayer> openCached(const QString& path, const QString& layerName, const LoadOptions& options,
                                        double progressDone) {
  if (!options.useGeometryCache || !LayerCache::eligible(path)) return nullptr;
  auto layer = LayerCache::open(path, layerName, options);
  if (layer && options.progress) options.progress(progressDone);
  return layer;
}

Result<LayerList> loadShapefile(const Job& job, const LoadOptions& options, double base, double span) {
  using R = Result<LayerList>;
  const ShapefileParts parts = ShapefileChecks::locate(job.path);
  const QString& name = parts.displayName;
  if (!options.layerName.isEmpty() && QFileInfo(job.path).completeBaseName() != options.layerName)
    return R::ok({});
  if (Status s = ShapefileChecks::checkRegularFiles(parts); !s) return R::fail(s.error());
  if (Status s = ShapefileChecks::check(parts); !s) return R::fail(s.error());
  if (auto cached = openCached(job.path, QFileInfo(job.path).completeBaseName(), options, base + span))
    return R::ok({cached});

  EncodingInfo encoding;
  QString encodingWarning;
  if (!options.encodingOverride.isEmpty()) {
    QString error;
    encoding.name = normalizedOverride(options.encodingOverride, &error);
    if (encoding.name.isEmpty()) return R::fail(QStringLiteral("%1: %2").arg(name, error));
    encoding.source = EncodingSource::Override;
    encoding.note = QStringLiteral("set by the user (\"%1\")").arg(options.encodingOverride);
  } else {
    encoding = EncodingDetector::forShapefile(parts.cpg, parts.dbf, &encodingWarning);
  }

  Crs fileCrs;
  QString crsNote;
  if (!parts.prj.isEmpty()) {
    const QString prjName = displayFileName(parts.prj);
    QByteArray bytes;
    if (!gdal::readVsiFile(parts.prj, bytes, 1 << 20))
      return R::fail(QStringLiteral("%1: cannot be read").arg(prjName));
    const QString text = QString::fromUtf8(bytes).trimmed();
    if (text.isEmpty()) return R::fail(QStringLiteral("%1: the file is empty; delete it or give a CRS").arg(prjName));
    auto parsed = Crs::parse(text);
    if (!parsed) {
      if (!options.crsOverride.isValid()) return R::fail(QStringLiteral("%1: %2").arg(prjName, parsed.error()));
    } else {
      fileCrs = parsed.value();
      crsNote = QStringLiteral("from %1").arg(prjName);
    }
  }

  gdal::ErrorCapture errors;
  gdal::DatasetPtr ds = gdal::openVector(job.path, {QStringLiteral("ENCODING=") + encoding.name},
                                         {QStringLiteral("ESRI Shapefile")});
  if (!ds || ds->GetLayerCount() < 1) {
    const QString why = errors.message();
    return R::fail(QStringLiteral("%1: not a shapefile GDAL can read%2").arg(name, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
  }
  OGRLayer* layer = ds->GetLayer(0);
  const qint64 shpSize = gdal::vsiFileSize(job.path);
  const std::size_t vertexHint = shpSize > 100 ? static_cast<std::size_t>((shpSize - 100) / 16) : 0;
  auto read = OgrLayerReader::read(layer, options, name, base, span, vertexHint);
  if (!read) return R::fail(read.error());
  auto out = makeLayer(job.path, layer, QString::fromUtf8(ds->GetDriverName()), std::move(read).value());
  out->encoding = encoding;
  out->crsDecision = decideCrs(fileCrs, crsNote, out->features->extent(), options);
  out->crs = out->crsDecision.crs;
  if (parts.dbf.isEmpty()) out->warnings << QStringLiteral("no .dbf next to the .shp: the features have no attributes");
  if (!encodingWarning.isEmpty()) out->warnings << encodingWarning;
  return R::ok({out});
}

Result<LayerList> loadDataset(const Job& job, const LoadOptions& options, double base, double span) {
  using R = Result<LayerList>;
  const QString name = displayFileName(job.path);
  gdal::ErrorCapture errors;
  gdal::DatasetPtr ds = gdal::openVector(job.path);
  if (!ds) {
    const QString why = errors.message();
    return R::fail(QStringLiteral("%1: not a vector dataset GDAL can read%2")
                       .arg(name, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
  }
  const QString driver = QString::fromUtf8(ds->GetDriverName());
  const int layerCount = ds->GetLayerCount();
  if (layerCount == 0) return R::fail(QStringLiteral("%1: contains no vector layers").arg(name));

  LayerList layers;
  for (int i = 0; i < layerCount; ++i) {
    OGRLayer* layer = ds->GetLayer(i);
    const QString layerName = QString::fromUtf8(layer->GetName());
    if (!options.layerName.isEmpty() && layerName != options.layerName) continue;
    const QString context = layerCount > 1 ? QStringLiteral("%1 (layer %2)").arg(name, layerName) : name;
    if (auto cached = openCached(job.path, layerName, options, base + span * (i + 1) / layerCount)) {
      layers.push_back(std::move(cached));
      continue;
    }

    bool declared = false;
    auto crs = layerCrs(layer, &declared);
    QStringList crsWarnings;
    if (!crs) {
      crsWarnings << QStringLiteral("the CRS stored in the file could not be interpreted (%1)").arg(crs.error());
    }
    auto read = OgrLayerReader::read(layer, options, context, base + span * i / layerCount, span / layerCount);
    if (!read) return R::fail(read.error());
    auto out = makeLayer(job.path, layer, driver, std::move(read).value());
    out->warnings << crsWarnings;
    if (!options.encodingOverride.isEmpty())
      out->warnings << QStringLiteral("encoding override \"%1\" ignored: %2 text is always UTF-8")
                           .arg(options.encodingOverride, driver);
    out->encoding.note = QStringLiteral("%1 stores text as UTF-8").arg(driver);
    const Crs fileCrs = crs ? crs.value() : Crs();
    out->crsDecision = decideCrs(fileCrs, QStringLiteral("declared by the %1 layer").arg(driver),
                                 out->features->extent(), options);
    out->crs = out->crsDecision.crs;
    layers.push_back(std::move(out));
  }
  return R::ok(std::move(layers));
}

}  // namespace

Result<std::vector<std::shared_ptr<VectorLayer>>> LayerLoader::load(const QString& path, const LoadOptions& options) {
  using R = Result<LayerList>;
  gdal::ensureRegistered();
  gdal::ErrorCapture quiet;  // GDAL's messages become our errors and warnings, not stderr noise
  auto jobs = resolveJobs(path);
  if (!jobs) return R::fail(jobs.error());
  LayerList all;
  const std::size_t n = jobs->size();
  for (std::size_t i = 0; i < n; ++i) {
    const Job& job = jobs.value()[i];
    const double base = double(i) / n, span = 1.0 / n;
    auto layers = job.shapefile ? loadShapefile(job, options, base, span) : loadDataset(job, options, base, span);
    if (!layers) return R::fail(layers.error());
    for (auto& l : layers.value()) all.push_back(std::move(l));
  }
  if (all.empty() && !options.layerName.isEmpty())
    return R::fail(QStringLiteral("%1: no layer named \"%2\"").arg(displayFileName(path), options.layerName));
  if (all.empty()) return R::fail(QStringLiteral("%1: contains no vector layers").arg(displayFileName(path)));
  // Layer ids must be unique within one load (two shapefiles of the same name in a zip's folders).
  QStringList seen;
  for (auto& l : all) {
    QString id = l->id;
    for (int k = 2; seen.contains(id); ++k) id = QStringLiteral("%1-%2").arg(l->id).arg(k);
    l->id = id;
    seen << id;
  }
  return R::ok(std::move(all));
}

Result<std::vector<LayerSummary>> LayerLoader::summarize(const QString& path, const LoadOptions& options) {
  using R = Result<std::vector<LayerSummary>>;
  gdal::ensureRegistered();
  gdal::ErrorCapture quiet;
  auto jobs = resolveJobs(path);
  if (!jobs) return R::fail(jobs.error());
  std::vector<LayerSummary> out;
  for (const Job& job : jobs.value()) {
    const QString name = displayFileName(job.path);
    QStringList openOptions;
    if (job.shapefile) {
      const ShapefileParts parts = ShapefileChecks::locate(job.path);
      if (Status s = ShapefileChecks::checkRegularFiles(parts); !s) return R::fail(s.error());
      if (Status s = ShapefileChecks::check(parts); !s) return R::fail(s.error());
      QString encoding;
      if (!options.encodingOverride.isEmpty()) {
        QString error;
        encoding = normalizedOverride(options.encodingOverride, &error);
        if (encoding.isEmpty()) return R::fail(QStringLiteral("%1: %2").arg(name, error));
      } else {
        encoding = EncodingDetector::forShapefile(parts.cpg, parts.dbf).name;
      }
      openOptions << QStringLiteral("ENCODING=") + encoding;
    }
    gdal::ErrorCapture errors;
    gdal::DatasetPtr ds = gdal::openVector(job.path, openOptions,
                                           job.shapefile ? QStringList{QStringLiteral("ESRI Shapefile")} : QStringList{});
    if (!ds) {
      const QString why = errors.message();
      return R::fail(QStringLiteral("%1: not a vector dataset GDAL can read%2")
                         .arg(name, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
    }
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
      OGRLayer* layer = ds->GetLayer(i);
      LayerSummary s;
      s.name = QString::fromUtf8(layer->GetName());
      if (!options.layerName.isEmpty() && s.name != options.layerName) continue;
      s.driverName = QString::fromUtf8(ds->GetDriverName());
      s.featureCount = layer->GetFeatureCount(TRUE);
      OGRFeatureDefn* defn = layer->GetLayerDefn();
      for (int f = 0; f < defn->GetFieldCount(); ++f) {
        const OGRFieldDefn* fd = defn->GetFieldDefn(f);
        s.fieldNames << QString::fromUtf8(fd->GetNameRef());
        s.fieldTypes << QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(fd->GetType()));
      }
      out.push_back(std::move(s));
    }
  }
  return R::ok(std::move(out));
}

}  // namespace planmap
