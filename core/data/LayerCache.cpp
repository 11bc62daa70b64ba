#include "LayerCache.h"

#include "GeometryCacheFormat.h"
#include "GeometryCacheReader.h"
#include "GeometryCacheWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace planmap {
namespace {

const char* const kSettingsKey = "cache/geometryMaxBytes";
std::atomic<qint64> gMinSourceBytes{LayerCache::kMinSourceBytes};

QSettings settings() { return QSettings(QStringLiteral("PlanMap"), QStringLiteral("planmap")); }

std::uint64_t hashText(const QString& text) {
  const QByteArray utf8 = text.toUtf8();
  return geocache::checksum(utf8.constData(), std::size_t(utf8.size()), geocache::kVersion);
}

// The files whose state the cached layer depends on.
QStringList dependencies(const QString& path) {
  QStringList files{path};
  const QFileInfo info(path);
  if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0) {
    const QString stem = info.absolutePath() + QLatin1Char('/') + info.completeBaseName();
    for (const char* ext : {".dbf", ".shx", ".prj", ".cpg", ".DBF", ".SHX", ".PRJ", ".CPG"})
      if (QFileInfo::exists(stem + QLatin1String(ext))) files << stem + QLatin1String(ext);
  } else if (QFileInfo::exists(path + QLatin1String("-wal"))) {
    files << path + QLatin1String("-wal");
  }
  return files;
}

QString optionsText(const QString& layerName, const LoadOptions& o) {
  return layerName + QLatin1Char('\n') + o.encodingOverride + QLatin1Char('\n') +
         (o.crsOverride.isValid() ? o.crsOverride.wkt() : QString()) + QLatin1Char('\n') +
         (o.repairInvalidGeometries ? QLatin1Char('1') : QLatin1Char('0'));
}

QByteArray layerMeta(const VectorLayer& l) {
  QJsonObject o{
      {QStringLiteral("sourceLayerName"), l.sourceLayerName},
      {QStringLiteral("driverName"), l.driverName},
      {QStringLiteral("crsAuthId"), l.crs.authId()},
      {QStringLiteral("crsWkt"), l.crs.isValid() ? l.crs.wkt() : QString()},
      {QStringLiteral("crsSource"), int(l.crsDecision.source)},
      {QStringLiteral("crsIsGuess"), l.crsDecision.isGuess},
      {QStringLiteral("crsNote"), l.crsDecision.note},
      {QStringLiteral("encoding"), l.encoding.name},
      {QStringLiteral("encodingSource"), int(l.encoding.source)},
      {QStringLiteral("encodingNote"), l.encoding.note},
      {QStringLiteral("warnings"), QJsonArray::fromStringList(l.warnings)},
  };
  return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Crs crsOf(const QJsonObject& o) {
  const QString auth = o.value(QStringLiteral("crsAuthId")).toString();
  if (!auth.isEmpty())
    if (auto c = Crs::parse(auth)) return c.value();
  const QString wkt = o.value(QStringLiteral("crsWkt")).toString();
  if (!wkt.isEmpty())
    if (auto c = Crs::parse(wkt)) return c.value();
  return Crs();
}

}  // namespace

qint64 LayerCache::minSourceBytes() { return gMinSourceBytes.load(); }
void LayerCache::setMinSourceBytes(qint64 bytes) { gMinSourceBytes.store(bytes); }

QString LayerCache::directory() {
  // The window's CacheLocation (organization PlanMap, application planmap), whichever process asks.
  return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
         QStringLiteral("/PlanMap/planmap/geometry");
}

bool LayerCache::eligible(const QString& path) {
  if (path.startsWith(QLatin1String("/vsi"))) return false;
  const QFileInfo info(path);  // connection strings ("PG:…") are no files
  return info.isFile() && info.size() >= minSourceBytes();
}

LayerCache::Slot LayerCache::slotFor(const QString& sourcePath, const QString& layerName, const LoadOptions& options) {
  const QString absolute = QFileInfo(sourcePath).absoluteFilePath();
  const QString identity = absolute + QLatin1Char('\n') + optionsText(layerName, options);
  Slot slot;
  slot.file = directory() + QLatin1Char('/') + QString::number(hashText(identity), 16).rightJustified(16, QLatin1Char('0')) +
              QStringLiteral(".pmgc");
  QString state = identity;
  for (const QString& f : dependencies(absolute)) {
    const QFileInfo info(f);
    state += QStringLiteral("\n%1 %2 %3").arg(info.fileName()).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
  }
  slot.key = hashText(state);
  return slot;
}

std::shared_ptr<VectorLayer> LayerCache::open(const QString& sourcePath, const QString& layerName,
                                              const LoadOptions& options, QString* why) {
  if (!eligible(sourcePath)) return nullptr;
  const Slot slot = slotFor(sourcePath, layerName, options);
  if (!QFileInfo::exists(slot.file)) {
    if (why) *why = QStringLiteral("no cache yet");
    return nullptr;
  }
  auto opened = GeometryCacheReader::open(slot.file, slot.key);
  if (!opened) {
    if (why) *why = opened.error();
    QFile::remove(slot.file);  // stale or corrupt: rebuilt on this open
    return nullptr;
  }
  const QJsonObject meta = QJsonDocument::fromJson(opened->userMeta).object();
  auto layer = std::make_shared<VectorLayer>();
  layer->sourcePath = sourcePath;
  layer->sourceLayerName = meta.value(QStringLiteral("sourceLayerName")).toString(layerName);
  layer->id = layer->sourceLayerName;
  layer->title = layer->sourceLayerName;
  layer->driverName = meta.value(QStringLiteral("driverName")).toString();
  layer->features = opened->store;
  layer->crs = crsOf(meta);
  layer->crsDecision.crs = layer->crs;
  layer->crsDecision.source = static_cast<CrsSource>(meta.value(QStringLiteral("crsSource")).toInt(int(CrsSource::Unknown)));
  layer->crsDecision.isGuess = meta.value(QStringLiteral("crsIsGuess")).toBool();
  layer->crsDecision.note = meta.value(QStringLiteral("crsNote")).toString();
  layer->encoding.name = meta.value(QStringLiteral("encoding")).toString(QStringLiteral("UTF-8"));
  layer->encoding.source = static_cast<EncodingSource>(meta.value(QStringLiteral("encodingSource")).toInt());
  layer->encoding.note = meta.value(QStringLiteral("encodingNote")).toString();
  for (const QJsonValue& w : meta.value(QStringLiteral("warnings")).toArray()) layer->warnings << w.toString();
  // Least recently opened goes first when the cap is reached.
  QFile touch(slot.file);
  if (touch.open(QIODevice::ReadOnly)) touch.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileAccessTime);
  return layer;
}

bool LayerCache::wanted(const VectorLayer& layer) {
  return layer.features && !layer.features->isMapped() && eligible(layer.sourcePath);
}

Status LayerCache::store(const VectorLayer& layer, const LoadOptions& options, const std::atomic<bool>* cancel) {
  if (!layer.features) return Status::fail(QStringLiteral("%1: no features to cache").arg(layer.id));
  const Slot slot = slotFor(layer.sourcePath, layer.sourceLayerName, options);
  QString error;
  if (!GeometryCacheWriter::write(*layer.features, slot.key, layerMeta(layer), slot.file, &error, cancel))
    return Status::fail(error);
  enforceLimit(slot.file);
  return Status::ok();
}

Status LayerCache::verify(const QString& sourcePath, const QString& layerName, const LoadOptions& options) {
  const Slot slot = slotFor(sourcePath, layerName, options);
  Status s = GeometryCacheReader::verifyCoordinates(slot.file);
  if (!s) QFile::remove(slot.file);
  return s;
}

qint64 LayerCache::maxBytes() { return settings().value(QLatin1String(kSettingsKey), kDefaultMaxBytes).toLongLong(); }

void LayerCache::setMaxBytes(qint64 bytes) { settings().setValue(QLatin1String(kSettingsKey), std::max<qint64>(0, bytes)); }

qint64 LayerCache::usedBytes() {
  qint64 total = 0;
  for (const QFileInfo& f : QDir(directory()).entryInfoList({QStringLiteral("*.pmgc")}, QDir::Files)) total += f.size();
  return total;
}

void LayerCache::enforceLimit(const QString& keep) {
  // Temporary files of writes that never finished (the process was killed) after a day.
  const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
  for (const QFileInfo& f : QDir(directory()).entryInfoList({QStringLiteral("*.pmgc.*")}, QDir::Files))
    if (f.lastModified() < dayAgo) QFile::remove(f.absoluteFilePath());
  QFileInfoList files = QDir(directory()).entryInfoList({QStringLiteral("*.pmgc")}, QDir::Files);
  qint64 total = 0;
  for (const QFileInfo& f : files) total += f.size();
  const qint64 cap = maxBytes();
  std::sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) {
    return a.fileTime(QFileDevice::FileAccessTime) < b.fileTime(QFileDevice::FileAccessTime);
  });
  const QString kept = QFileInfo(keep).absoluteFilePath();
  for (const QFileInfo& f : files) {
    if (total <= cap) break;
    if (f.absoluteFilePath() == kept) continue;
    if (QFile::remove(f.absoluteFilePath())) total -= f.size();
  }
}

void LayerCache::clear() {
  for (const QFileInfo& f : QDir(directory()).entryInfoList({QStringLiteral("*.pmgc")}, QDir::Files))
    QFile::remove(f.absoluteFilePath());
}

}  // namespace planmap
