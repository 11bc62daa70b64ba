#include "BundledMetadata.h"

#include "DataPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace planmap {
namespace {

QJsonObject readObject(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(file.readAll()).object();
}

}  // namespace

BundledMetadata BundledMetadata::load() {
  BundledMetadata meta;
  const QJsonObject manifest = readObject(DataPaths::geodataFile(QStringLiteral("bundled_map.json")));
  meta.title_ = manifest.value(QStringLiteral("title")).toString();
  const QJsonObject labels = manifest.value(QStringLiteral("field_labels")).toObject();
  for (auto it = labels.begin(); it != labels.end(); ++it) meta.fieldLabels_.insert(it.key(), it.value().toString());
  const QJsonObject labelsEn = manifest.value(QStringLiteral("field_labels_en")).toObject();
  for (auto it = labelsEn.begin(); it != labelsEn.end(); ++it) meta.fieldLabelsEn_.insert(it.key(), it.value().toString());

  QString attributionFile = manifest.value(QStringLiteral("attribution_file")).toString();
  if (attributionFile.isEmpty()) attributionFile = QStringLiteral("attribution.json");
  const QJsonObject attribution = readObject(DataPaths::geodataFile(attributionFile));
  const QJsonObject sources = attribution.value(QStringLiteral("sources")).toObject();
  for (auto it = sources.begin(); it != sources.end(); ++it) {
    const QJsonObject s = it.value().toObject();
    meta.sources_.append({it.key(), s.value(QStringLiteral("title")).toString(),
                          s.value(QStringLiteral("attribution")).toString(), s.value(QStringLiteral("licence")).toString(),
                          s.value(QStringLiteral("source")).toString()});
  }
  const QJsonObject layers = attribution.value(QStringLiteral("layers")).toObject();
  for (auto it = layers.begin(); it != layers.end(); ++it) {
    QStringList keys;
    for (const QJsonValue& v : it.value().toArray()) keys.append(v.toString());
    meta.layerSources_.insert(it.key(), keys);
  }
  return meta;
}

QString BundledMetadata::fieldLabel(const QString& field, bool chinese) const {
  const QString label = (chinese ? fieldLabels_ : fieldLabelsEn_).value(field);
  return label.isEmpty() ? field : label;
}

QStringList BundledMetadata::attributionFor(const QStringList& layerIds) const {
  QStringList keys;
  for (const QString& id : layerIds)
    for (const QString& key : layerSources_.value(id))
      if (!keys.contains(key)) keys.append(key);
  QStringList lines;
  // Source order (as in attribution.json), not layer order, so the line does not jump when toggling.
  for (const Source& s : sources_)
    if (keys.contains(s.key) && !s.attribution.isEmpty()) lines.append(s.attribution);
  return lines;
}

QStringList BundledMetadata::allSources() const {
  QStringList lines;
  for (const Source& s : sources_)
    lines.append(QStringLiteral("%1 — %2 (%3)").arg(s.title, s.attribution, s.licence));
  return lines;
}

}  // namespace planmap
