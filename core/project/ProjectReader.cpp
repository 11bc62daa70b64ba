#include "ProjectReader.h"

#include "BundledMap.h"
#include "InputFile.h"
#include "JsonFields.h"
#include "LayerLoader.h"
#include "LayerOpeners.h"
#include "MessageText.h"
#include "Project.h"
#include "ProjectWriter.h"
#include "StyleJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

#include <map>
#include <set>
namespace planmap {
namespace {

const QString kFormat = QStringLiteral("planmap-project");

// Coordinates beyond this are not on Earth in any CRS PlanMap shows (GK eastings with zone
// prefixes stay under 1e8 m); larger values in a hand-edited file are mistakes or attacks.
constexpr double kMaxCoordinate = 1e9;

bool hasPassword(const QString& connection) {
  return connection.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
         connection.contains(QRegularExpression(QStringLiteral("://[^/@]*:[^/@]*@")));
}

Result<LayerSource> readSource(const QJsonObject& json, const QString& context) {
  JsonFields f(json, context);
  LayerSource source;
  const QString kind = f.requiredString(QStringLiteral("kind"));
  if (kind == QLatin1String("bundled")) source.kind = LayerSource::Kind::Bundled;
  else if (kind == QLatin1String("file")) source.kind = LayerSource::Kind::File;
  else if (kind == QLatin1String("postgis")) source.kind = LayerSource::Kind::PostGis;
  else if (f.ok()) f.fail(QStringLiteral("kind"), QStringLiteral("must be bundled, file or postgis, got %1").arg(JsonFields::describe(json.value(QStringLiteral("kind")))));
  source.bundledId = f.optionalString(QStringLiteral("bundled_id"));
  source.path = f.optionalString(QStringLiteral("path"));
  source.layerName = f.optionalString(QStringLiteral("layer"));
  source.encoding = f.optionalString(QStringLiteral("encoding"));
  source.crsOverride = f.optionalString(QStringLiteral("crs"));
  source.connection = f.optionalString(QStringLiteral("connection"));
  if (f.ok() && source.kind == LayerSource::Kind::Bundled && source.bundledId.isEmpty())
    f.fail(QStringLiteral("bundled_id"), QStringLiteral("is required for a bundled layer"));
  if (f.ok() && source.kind == LayerSource::Kind::File && source.path.isEmpty())
    f.fail(QStringLiteral("path"), QStringLiteral("is required for a file layer"));
  if (f.ok() && source.path.contains(QChar(0))) f.fail(QStringLiteral("path"), QStringLiteral("contains a NUL character"));
  if (f.ok() && source.kind == LayerSource::Kind::PostGis &&
      hasPassword(source.connection))
    f.fail(QStringLiteral("connection"), QStringLiteral("must not contain a password (use ~/.pgpass or PGPASSWORD)"));
  if (!f.ok()) return Result<LayerSource>::fail(f.error());
  return Result<LayerSource>::ok(source);
}

// A placeholder for a layer whose data is missing: empty, so the map draws nothing for it, but it
// keeps its place, title and style for when it is relinked.
std::shared_ptr<VectorLayer> placeholderLayer() {
  auto layer = std::make_shared<VectorLayer>();
  layer->features = std::make_shared<FeatureStore>();
  return layer;
}

}  // namespace

Result<std::unique_ptr<Project>> ProjectReader::read(const QString& path) {
  using R = Result<std::unique_ptr<Project>>;
  if (QFileInfo(path).isDir()) return R::fail(QStringLiteral("%1: is a folder, not a project file").arg(path));
  // A regular file only (a FIFO would block, /dev/zero never end), bounded while reading.
  auto bytes = InputFile::readAll(path, kMaxFileBytes, QStringLiteral("project file"));
  if (!bytes) return R::fail(bytes.error());
  return fromBytes(bytes.value(), path);
}

Result<std::unique_ptr<Project>> ProjectReader::fromBytes(const QByteArray& bytes, const QString& path) {
  using R = Result<std::unique_ptr<Project>>;
  const QString name = QFileInfo(path).fileName();
  if (bytes.isEmpty()) return R::fail(QStringLiteral("%1: the file is empty").arg(name));
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return R::fail(QStringLiteral("%1: not a PlanMap project (invalid JSON at byte %2: %3)")
                       .arg(name).arg(parseError.offset).arg(parseError.errorString()));
  if (!doc.isObject()) return R::fail(QStringLiteral("%1: not a PlanMap project (expected a JSON object)").arg(name));
  const QJsonObject root = doc.object();
  if (root.value(QStringLiteral("format")).toString() != kFormat)
    return R::fail(QStringLiteral("%1: not a PlanMap project (format is %2, expected \"%3\")")
                       .arg(name, JsonFields::describe(root.value(QStringLiteral("format"))), kFormat));
  const QJsonValue versionValue = root.value(QStringLiteral("version"));
  const double version = versionValue.toDouble(-1);
  if (!versionValue.isDouble() || version != std::floor(version) || version < 1)
    return R::fail(QStringLiteral("%1: field 'version' must be a whole number, got %2").arg(name, JsonFields::describe(versionValue)));
  if (version > ProjectWriter::kVersion)
    return R::fail(QStringLiteral("%1: written by a newer PlanMap (project version %2); this PlanMap reads up to version %3")
                       .arg(name).arg(version).arg(ProjectWriter::kVersion));
  // Version 1 is the first published format; older versions will be upgraded here, one step at a time.

  auto project = std::make_unique<Project>();
  project->setFilePath(QFileInfo(path).absoluteFilePath());
  const QString dir = QFileInfo(path).absolutePath();
  JsonFields top(root, name);
  const QString title = top.optionalString(QStringLiteral("title"));
  const QString crsText = top.optionalString(QStringLiteral("display_crs"));
  if (!top.ok()) return R::fail(top.error());
  project->document().setTitle(title);
  if (!crsText.isEmpty()) {
    const Crs crs = Crs::fromUserInput(crsText);
    if (!crs.isValid()) return R::fail(QStringLiteral("%1: field 'display_crs': \"%2\" is not a CRS PROJ knows").arg(name, crsText.left(80)));
    project->document().setDisplayCrs(crs);
  }

  // View.
  if (root.contains(QStringLiteral("view"))) {
    const QJsonArray e = root.value(QStringLiteral("view")).toObject().value(QStringLiteral("extent")).toArray();
    bool good = e.size() == 4;
    for (const QJsonValue& v : e) good = good && v.isDouble() && std::isfinite(v.toDouble()) && std::abs(v.toDouble()) < kMaxCoordinate;
    if (!good) return R::fail(QStringLiteral("%1: field 'view.extent' must be four finite coordinates [minx, miny, maxx, maxy]").arg(name));
    const Extent extent = Extent::fromCorners(e[0].toDouble(), e[1].toDouble(), e[2].toDouble(), e[3].toDouble());
    if (extent.width() <= 0 || extent.height() <= 0)
      return R::fail(QStringLiteral("%1: field 'view.extent' has no area").arg(name));
    project->setViewExtent(extent);
  }

  // Catalogs: the bundled one always, plus extra files relative to the project.
  QStringList extraCatalogs;
  const QJsonValue catalogs = root.value(QStringLiteral("catalogs"));
  if (!catalogs.isUndefined() && !catalogs.isObject())
    return R::fail(QStringLiteral("%1: field 'catalogs' must be an object").arg(name));
  for (const QJsonValue& v : catalogs.toObject().value(QStringLiteral("extra")).toArray()) {
    if (!v.isString()) return R::fail(QStringLiteral("%1: field 'catalogs.extra' must list file paths").arg(name));
    LayerSource asPath;
    asPath.path = v.toString();
    extraCatalogs << asPath.absolutePath(dir);
  }
  auto catalog = PlanCatalog::loadBundled(extraCatalogs);
  if (!catalog) return R::fail(QStringLiteral("%1: %2").arg(name, catalog.error()));
  project->setCatalog(std::move(catalog.value()), extraCatalogs);

  // Links and progress: embedded documents in their own formats.
  const auto embedded = [&](const char* key) -> Result<QByteArray> {
    const QJsonValue v = root.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) return Result<QByteArray>::ok({});
    if (!v.isObject()) return Result<QByteArray>::fail(QStringLiteral("%1: field '%2' must be an object").arg(name, QLatin1String(key)));
    return Result<QByteArray>::ok(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
  };
  auto linksBytes = embedded("links");
  if (!linksBytes) return R::fail(linksBytes.error());
  if (!linksBytes->isEmpty()) {
    auto links = LinkStore::fromJson(linksBytes.value(), name + QStringLiteral(" (links)"));
    if (!links) return R::fail(links.error());
    project->links() = std::move(links.value());
  }
  auto progressBytes = embedded("progress");
  if (!progressBytes) return R::fail(progressBytes.error());
  if (!progressBytes->isEmpty()) {
    auto progress = ProgressStore::fromJson(progressBytes.value(), name + QStringLiteral(" (progress)"));
    if (!progress) return R::fail(progress.error());
    project->progress() = std::move(progress.value());
  }

  // The team store the links and progress are shared through (optional; absent = local only).
  const QJsonValue planStore = root.value(QStringLiteral("plan_store"));
  if (!planStore.isUndefined() && !planStore.isNull()) {
    if (!planStore.isObject()) return R::fail(QStringLiteral("%1: field 'plan_store' must be an object").arg(name));
    JsonFields f(planStore.toObject(), name + QStringLiteral(": plan_store"));
    PlanStoreRef store;
    store.connection = f.requiredString(QStringLiteral("connection"));
    store.schema = f.requiredString(QStringLiteral("schema"));
    if (f.ok() && hasPassword(store.connection))
      f.fail(QStringLiteral("connection"), QStringLiteral("must not contain a password (use ~/.pgpass or PGPASSWORD)"));
    if (f.ok() && store.schema.size() > 63) f.fail(QStringLiteral("schema"), QStringLiteral("is longer than PostgreSQL's 63-byte names"));
    if (!f.ok()) return R::fail(f.error());
    project->setPlanStore(store);
  }

  // Warning thresholds (预警): optional, 10% for every target when absent.
  const QJsonValue thresholds = root.value(QStringLiteral("warning_thresholds"));
  if (!thresholds.isUndefined() && !thresholds.isNull()) {
    if (!thresholds.isObject()) return R::fail(QStringLiteral("%1: field 'warning_thresholds' must be an object").arg(name));
    auto t = WarningThresholds::fromJson(thresholds.toObject(), name);
    if (!t) return R::fail(t.error());
    project->setWarningThresholds(t.value());
  }

  const QJsonValue layouts = root.value(QStringLiteral("layouts"));
  if (!layouts.isUndefined() && !layouts.isArray()) return R::fail(QStringLiteral("%1: field 'layouts' must be an array").arg(name));
  project->setLayouts(layouts.toArray());

  // Layers: validate every entry before loading any data.
  const QJsonValue layersValue = root.value(QStringLiteral("layers"));
  if (!layersValue.isUndefined() && !layersValue.isArray()) return R::fail(QStringLiteral("%1: field 'layers' must be an array").arg(name));
  const QJsonArray layers = layersValue.toArray();
  if (layers.size() > kMaxLayers) return R::fail(QStringLiteral("%1: %2 layers is more than PlanMap opens (%3)").arg(name).arg(layers.size()).arg(kMaxLayers));

  struct Entry {
    QString id, title, titleEn, group, keyField;
    bool visible = true;
    double opacity = 1;
    LayerStyle style;
    bool hasStyle = false;
    LayerSource source;
    std::optional<ConstraintMarking> constraint;
  };
  std::vector<Entry> entries;
  QSet<QString> ids;
  bool needsBundled = false;
  for (int i = 0; i < layers.size(); ++i) {
    const QString context = QStringLiteral("%1: layers[%2]").arg(name).arg(i);
    if (!layers[i].isObject()) return R::fail(context + QStringLiteral(": must be an object"));
    const QJsonObject json = layers[i].toObject();
    JsonFields f(json, context);
    Entry e;
    e.id = f.requiredString(QStringLiteral("id"));
    e.title = f.optionalString(QStringLiteral("title"));
    e.titleEn = f.optionalString(QStringLiteral("title_en"));
    e.group = f.optionalString(QStringLiteral("group"));
    e.keyField = f.optionalString(QStringLiteral("key_field"));
    e.visible = f.optionalBool(QStringLiteral("visible")).value_or(true);
    const std::optional<double> opacity = f.optionalNumber(QStringLiteral("opacity"));
    if (f.ok() && opacity && !(*opacity >= 0 && *opacity <= 1)) f.fail(QStringLiteral("opacity"), QStringLiteral("must be a number from 0 to 1"));
    if (!f.ok()) return R::fail(f.error());
    e.opacity = opacity.value_or(1.0);
    if (ids.contains(e.id)) return R::fail(context + QStringLiteral(": layer id \"%1\" is used twice").arg(e.id));
    ids.insert(e.id);
    if (json.contains(QStringLiteral("style"))) {
      if (!json.value(QStringLiteral("style")).isObject()) return R::fail(context + QStringLiteral(": field 'style' must be an object"));
      auto style = StyleJson::read(json.value(QStringLiteral("style")).toObject(), context);
      if (!style) return R::fail(style.error());
      e.style = style.value();
      e.hasStyle = true;
    }
    if (!json.value(QStringLiteral("source")).isObject()) return R::fail(context + QStringLiteral(": field 'source' must be an object"));
    auto source = readSource(json.value(QStringLiteral("source")).toObject(), context + QStringLiteral(": source"));
    if (!source) return R::fail(source.error());
    e.source = source.value();
    if (json.contains(QStringLiteral("constraint"))) {
      if (!json.value(QStringLiteral("constraint")).isObject())
        return R::fail(context + QStringLiteral(": field 'constraint' must be an object"));
      auto marking = ConstraintMarking::fromJson(json.value(QStringLiteral("constraint")).toObject(), context + QStringLiteral(": constraint"));
      if (!marking) return R::fail(marking.error());
      e.constraint = marking.value();
    }
    needsBundled = needsBundled || e.source.kind == LayerSource::Kind::Bundled;
    entries.push_back(std::move(e));
  }

  MapDocument bundled;
  QString bundledError;
  if (needsBundled) {
    if (Status st = BundledMap::loadInto(bundled); !st) bundledError = st.error();
  }

  for (const Entry& e : entries) {
    std::shared_ptr<VectorLayer> layer;
    QString error;
    if (e.source.kind == LayerSource::Kind::Bundled) {
      // A copy: the project's layer gets its own id, title and style (the data is shared), so a
      // bundled layer may be used twice (two styles of the same data).
      if (const auto original = bundled.layer(e.source.bundledId)) layer = std::make_shared<VectorLayer>(*original);
      if (!layer) error = bundledError.isEmpty() ? QStringLiteral("the bundled map has no layer \"%1\"").arg(e.source.bundledId) : bundledError;
    } else if (e.source.kind == LayerSource::Kind::File) {
      LoadOptions options;
      options.layerName = e.source.layerName;
      options.encodingOverride = e.source.encoding;
      if (!e.source.crsOverride.isEmpty()) options.crsOverride = Crs::fromUserInput(e.source.crsOverride);
      auto loaded = LayerLoader::load(e.source.absolutePath(dir), options);
      if (loaded && !loaded->empty()) layer = loaded->front();
      else error = loaded ? QStringLiteral("%1: no layer found").arg(e.source.path) : loaded.error();
    } else {
      // Read by the opener its folder installed (PostGIS: GDAL's PostgreSQL driver); an unreachable
      // server leaves the layer missing with the server's message, like a moved file.
      LoadOptions options;
      if (!e.source.crsOverride.isEmpty()) options.crsOverride = Crs::fromUserInput(e.source.crsOverride);
      auto loaded = LayerOpeners::open(e.source, options);
      if (loaded) layer = loaded.value();
      else error = loaded.error();
    }
    const bool missing = !layer;
    if (missing) layer = placeholderLayer();
    layer->id = e.id;
    if (!e.title.isEmpty() || layer->title.isEmpty()) layer->title = e.title.isEmpty() ? e.id : e.title;
    if (!e.titleEn.isEmpty()) layer->titleEn = e.titleEn;
    if (!e.group.isEmpty()) layer->group = e.group;
    if (!e.keyField.isEmpty()) layer->keyField = e.keyField;
    layer->visible = e.visible;
    layer->opacity = e.opacity;
    if (e.hasStyle) layer->style = e.style;
    project->document().addLayer(layer);
    project->setLayerSource(e.id, e.source);
    if (e.constraint) project->setConstraintMarking(e.id, e.constraint);
    // The cause may quote a connection string: never its password, whatever the source kind.
    if (missing) project->addMissingLayer(MissingLayer{e.id, e.source, MessageText::scrubPasswords(error)});
  }
  project->undoStack().clear();
  project->setModified(false);
  return R::ok(std::move(project));
}

}  // namespace planmap
