#include "BundledMap.h"

#include "DataPaths.h"
#include "InputFile.h"
#include "LayerLoader.h"
#include "StyleJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace planmap {
namespace {

Result<QJsonObject> readJsonObject(const QString& path) {
  const QString name = QFileInfo(path).fileName();
  auto bytes = InputFile::readAll(path, 64 * 1024 * 1024, QStringLiteral("bundled map file"));
  if (!bytes) return Result<QJsonObject>::fail(bytes.error());
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &error);
  if (error.error != QJsonParseError::NoError)
    return Result<QJsonObject>::fail(
        QStringLiteral("%1: not valid JSON at byte %2: %3").arg(name).arg(error.offset).arg(error.errorString()));
  if (!doc.isObject()) return Result<QJsonObject>::fail(QStringLiteral("%1: expected a JSON object").arg(name));
  return Result<QJsonObject>::ok(doc.object());
}

// Per-layer provenance: either plain strings in the layer entry, or keys into attribution.json.
void applyProvenance(VectorLayer& layer, const QJsonObject& entry, const QJsonObject& sources) {
  const QJsonValue attribution = entry.value(QStringLiteral("attribution"));
  if (attribution.isArray()) {
    QStringList source, licence, credit;
    for (const QJsonValue& key : attribution.toArray()) {
      const QJsonObject s = sources.value(key.toString()).toObject();
      if (s.isEmpty()) continue;
      const auto add = [](QStringList& list, const QString& text) {
        if (!text.isEmpty() && !list.contains(text)) list << text;
      };
      add(source, s.value(QStringLiteral("source")).toString());
      add(licence, s.value(QStringLiteral("licence")).toString());
      add(credit, s.value(QStringLiteral("attribution")).toString());
    }
    layer.source = source.join(QStringLiteral("; "));
    layer.licence = licence.join(QStringLiteral("; "));
    layer.attribution = credit.join(QStringLiteral("; "));
  } else if (attribution.isString()) {
    layer.attribution = attribution.toString();
  }
  if (entry.contains(QStringLiteral("source"))) layer.source = entry.value(QStringLiteral("source")).toString();
  if (entry.contains(QStringLiteral("licence"))) layer.licence = entry.value(QStringLiteral("licence")).toString();
}

}  // namespace

Status BundledMap::loadInto(MapDocument& document, const QString& manifestPath) {
  const QString path = manifestPath.isEmpty() ? DataPaths::geodataFile(QStringLiteral("bundled_map.json")) : manifestPath;
  const QString name = QFileInfo(path).fileName();
  if (!QFileInfo::exists(path)) return Status::fail(QStringLiteral("%1: file not found").arg(path));
  auto manifest = readJsonObject(path);
  if (!manifest) return Status::fail(manifest.error());
  const QJsonObject& root = manifest.value();
  if (root.value(QStringLiteral("format")).toString() != QLatin1String("planmap-bundled-map"))
    return Status::fail(QStringLiteral("%1: not a PlanMap bundled map (format is \"%2\")")
                            .arg(name, root.value(QStringLiteral("format")).toString()));
  if (root.value(QStringLiteral("version")).toInt() != 1)
    return Status::fail(QStringLiteral("%1: unsupported version %2 (this PlanMap reads version 1)")
                            .arg(name).arg(root.value(QStringLiteral("version")).toInt()));
  const QDir dir = QFileInfo(path).absoluteDir();

  QJsonObject sources;
  const QString attributionFile = root.value(QStringLiteral("attribution_file")).toString();
  if (!attributionFile.isEmpty()) {
    auto attribution = readJsonObject(dir.filePath(attributionFile));
    if (!attribution) return Status::fail(attribution.error());
    sources = attribution->value(QStringLiteral("sources")).toObject();
  }

  // Everything is loaded first, so a missing file leaves the document untouched.
  std::vector<std::shared_ptr<VectorLayer>> loaded;
  const QJsonArray entries = root.value(QStringLiteral("layers")).toArray();
  if (entries.isEmpty()) return Status::fail(QStringLiteral("%1: lists no layers").arg(name));
  for (const QJsonValue& value : entries) {
    const QJsonObject entry = value.toObject();
    const QString id = entry.value(QStringLiteral("id")).toString();
    const QString context = QStringLiteral("%1: layer %2").arg(name, id.isEmpty() ? QStringLiteral("(no id)") : id);
    const QString file = entry.value(QStringLiteral("file")).toString();
    if (id.isEmpty() || file.isEmpty()) return Status::fail(context + QStringLiteral(": needs both \"id\" and \"file\""));
    auto layers = LayerLoader::load(dir.filePath(file));
    if (!layers) return Status::fail(QStringLiteral("%1: %2").arg(context, layers.error()));
    std::shared_ptr<VectorLayer> layer = layers.value().front();
    layer->id = id;
    layer->title = entry.value(QStringLiteral("title_zh")).toString(id);
    layer->titleEn = entry.value(QStringLiteral("title_en")).toString();
    layer->group = entry.value(QStringLiteral("group")).toString();
    layer->keyField = entry.value(QStringLiteral("key_field")).toString();
    layer->visible = entry.value(QStringLiteral("visible")).toBool(true);
    if (entry.contains(QStringLiteral("opacity"))) layer->opacity = entry.value(QStringLiteral("opacity")).toDouble(1.0);
    if (entry.contains(QStringLiteral("style"))) {
      auto style = StyleJson::read(entry.value(QStringLiteral("style")).toObject(), context);
      if (!style) return Status::fail(style.error());
      layer->style = style.value();
    }
    // The manifest's label field is the default; a style that says where to label wins. Labels
    // stay off unless the style turns them on, so the layer tree offers them without cluttering.
    const QString labelField = entry.value(QStringLiteral("label_field")).toString();
    if (layer->style.labels.field.isEmpty() && !labelField.isEmpty()) layer->style.labels.field = labelField;
    applyProvenance(*layer, entry, sources);
    loaded.push_back(std::move(layer));
  }

  document.setTitle(root.value(QStringLiteral("title")).toString());
  for (auto& layer : loaded) document.addLayer(std::move(layer));
  return Status::ok();
}

}  // namespace planmap
