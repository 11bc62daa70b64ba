#include "TileCache.h"

#include "AtomicFileWriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>

namespace planmap {
namespace {

constexpr int kMemoryTiles = 512;  // × 256 KB decoded = 128 MB at most
const char* const kUserAgent = "PlanMap/0.1 (Ankang planning map; desktop)";

QImage decode(const QByteArray& bytes) {
  QBuffer buffer;
  buffer.setData(bytes);
  buffer.open(QIODevice::ReadOnly);
  QImageReader reader(&buffer);
  reader.setDecideFormatFromContent(true);
  QImage image = reader.read();
  if (!image.isNull()) image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
  return image;
}

QString offlineMessage(const QString& cause) {
  return QStringLiteral("离线：显示缓存的瓦片 / offline: showing cached tiles (%1)").arg(cause);
}

}  // namespace

std::shared_ptr<TileCache> TileCache::create(TileProvider provider, const QString& cacheRoot) {
  return std::shared_ptr<TileCache>(new TileCache(std::move(provider), cacheRoot), [](TileCache* cache) {
    // A render worker may hold the last reference; a QObject must die on its own thread.
    if (QThread::currentThread() == cache->thread()) delete cache;
    else cache->deleteLater();
  });
}

TileCache::TileCache(TileProvider provider, const QString& cacheRoot)
    : provider_(std::move(provider)),
      directory_(QDir(cacheRoot).filePath(provider_.id.isEmpty() ? QStringLiteral("tiles") : provider_.id)),
      memory_(kMemoryTiles) {
  arrivedTimer_.setSingleShot(true);
  arrivedTimer_.setInterval(50);  // one repaint for a burst of tiles
  connect(&arrivedTimer_, &QTimer::timeout, this, &TileCache::tilesArrived);
}

TileCache::~TileCache() {
  // Aborting emits finished(); nothing of this object may run then.
  for (auto it = replies_.begin(); it != replies_.end(); ++it) {
    disconnect(it.key(), nullptr, this, nullptr);
    it.key()->abort();
    it.key()->deleteLater();
  }
}

QString TileCache::tilePath(const TileKey& key) const {
  return QStringLiteral("%1/%2/%3/%4.tile").arg(directory_).arg(key.z).arg(key.x).arg(key.y);
}

QImage TileCache::tile(const TileKey& key, bool* stale) const {
  {
    QMutexLocker lock(&mutex_);
    if (const Entry* entry = memory_.object(key)) {
      if (stale) *stale = isStale(*entry);
      return entry->image;
    }
  }
  QFile file(tilePath(key));
  if (!file.open(QIODevice::ReadOnly)) return {};
  Entry entry{decode(file.readAll()), file.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch()};
  if (entry.image.isNull()) return {};
  QMutexLocker lock(&mutex_);
  if (stale) *stale = isStale(entry);
  memory_.insert(key, new Entry(entry));
  return entry.image;
}

bool TileCache::isStale(const Entry& entry) const {
  return QDateTime::currentMSecsSinceEpoch() - entry.savedAt > maxAgeMs_;
}

void TileCache::request(const std::vector<TileKey>& keys) {
  std::vector<TileKey> wanted;
  {
    QMutexLocker lock(&mutex_);
    if (!networkEnabled_) {
      if (status_.isEmpty()) {
        // Only the owner thread emits; the message is read by statusMessage() meanwhile.
        status_ = offlineMessage(QStringLiteral("network switched off"));
        QMetaObject::invokeMethod(this, [this] { emit statusChanged(statusMessage()); }, Qt::QueuedConnection);
      }
      return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const TileKey& key : keys) {
      if (!provider_.matrix.isValid(key) || pending_.contains(key)) continue;
      if (const Entry* cached = memory_.object(key); cached && !isStale(*cached)) continue;
      auto failed = failedAt_.constFind(key);
      if (failed != failedAt_.constEnd() && now - failed.value() < retryDelay_) continue;
      pending_.insert(key);
      wanted.push_back(key);
    }
  }
  if (wanted.empty()) return;
  QMetaObject::invokeMethod(this, [this, wanted] { startDownloads(wanted); }, Qt::QueuedConnection);
}

void TileCache::startDownloads(const std::vector<TileKey>& keys) {
  if (provider_.needsKey() && provider_.apiKey.trimmed().isEmpty()) {
    {
      QMutexLocker lock(&mutex_);
      for (const TileKey& key : keys) pending_.remove(key);
    }
    setStatus(QStringLiteral("%1 需要密钥 (tk)：显示缓存的瓦片 / %1 needs a key: showing cached tiles").arg(provider_.title));
    return;
  }
  if (!network_) network_ = new QNetworkAccessManager(this);
  int timeout;
  {
    QMutexLocker lock(&mutex_);
    timeout = timeout_;
  }
  for (const TileKey& key : keys) {
    // The disk may have a fresh copy by now (another cache object): no download then.
    const QFileInfo onDisk(tilePath(key));
    if (onDisk.exists() && QDateTime::currentMSecsSinceEpoch() -
                                   onDisk.lastModified().toMSecsSinceEpoch() <= maxAgeMs_) {
      {
        QMutexLocker lock(&mutex_);
        pending_.remove(key);
      }
      arrivedTimer_.start();
      continue;
    }
    QNetworkRequest request{QUrl(provider_.url(key))};
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(kUserAgent));
    request.setTransferTimeout(timeout);
    QNetworkReply* reply = network_->get(request);
    replies_.insert(reply, key);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key] { downloadFinished(reply, key); });
  }
}

void TileCache::downloadFinished(QNetworkReply* reply, const TileKey& key) {
  replies_.remove(reply);
  reply->deleteLater();
  const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  const QString where = redacted(reply->url().toString());
  QString failure;
  QImage image;
  QByteArray bytes;
  if (reply->error() != QNetworkReply::NoError && http == 0) {
    // No HTTP answer at all: refused, unreachable, timed out, DNS. That is being offline.
    failure = offlineMessage(QStringLiteral("%1: %2").arg(where, reply->errorString()));
  } else if (http != 200) {
    failure = QStringLiteral("瓦片服务器错误 HTTP %1：显示缓存的瓦片 / tile server error HTTP %1: showing cached tiles (%2)")
                  .arg(http)
                  .arg(where);
  } else {
    bytes = reply->readAll();
    image = decode(bytes);
    if (image.isNull()) {
      failure = QStringLiteral("瓦片不是图像：显示缓存的瓦片 / tile is not an image: showing cached tiles (%1, %2 bytes)")
                    .arg(where)
                    .arg(bytes.size());
    }
  }
  if (!failure.isEmpty()) {
    {
      QMutexLocker lock(&mutex_);
      pending_.remove(key);
      failedAt_.insert(key, QDateTime::currentMSecsSinceEpoch());
    }
    setStatus(failure);
    return;
  }
  // Disk first, then memory, then the pending mark: whoever sees the tile not pending finds it cached.
  const QString path = tilePath(key);
  QString diskError;
  if (QDir().mkpath(QFileInfo(path).absolutePath())) {
    if (Status s = AtomicFileWriter::write(path, bytes); !s) diskError = s.error();
  } else {
    diskError = QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).absolutePath());
  }
  {
    QMutexLocker lock(&mutex_);
    memory_.insert(key, new Entry{image, QDateTime::currentMSecsSinceEpoch()});
    failedAt_.remove(key);
    pending_.remove(key);
  }
  setStatus(diskError.isEmpty() ? QString()
                                : QStringLiteral("瓦片缓存无法写入 / cannot write the tile cache: %1").arg(diskError));
  arrivedTimer_.start();
}

void TileCache::setStatus(const QString& message) {
  {
    QMutexLocker lock(&mutex_);
    if (status_ == message) return;
    status_ = message;
  }
  emit statusChanged(message);
}

QString TileCache::redacted(const QString& url) const {
  QString u = url;
  if (!provider_.apiKey.isEmpty()) u.replace(provider_.apiKey, QStringLiteral("***"));
  return u;
}

QString TileCache::statusMessage() const {
  QMutexLocker lock(&mutex_);
  return status_;
}

int TileCache::pendingCount() const {
  QMutexLocker lock(&mutex_);
  return int(pending_.size());
}

void TileCache::setNetworkEnabled(bool enabled) {
  {
    QMutexLocker lock(&mutex_);
    networkEnabled_ = enabled;
    if (enabled) failedAt_.clear();  // the user says try again: do so now
  }
  if (enabled) setStatus(QString());
}

bool TileCache::networkEnabled() const {
  QMutexLocker lock(&mutex_);
  return networkEnabled_;
}

void TileCache::setRetryDelay(int milliseconds) {
  QMutexLocker lock(&mutex_);
  retryDelay_ = milliseconds;
}

int TileCache::retryDelay() const {
  QMutexLocker lock(&mutex_);
  return retryDelay_;
}

void TileCache::setTimeout(int milliseconds) {
  QMutexLocker lock(&mutex_);
  timeout_ = milliseconds;
}

void TileCache::setMaxAgeDays(int days) {
  QMutexLocker lock(&mutex_);
  maxAgeMs_ = qint64(days) * 24 * 3600 * 1000;
}

void TileCache::clearMemory() {
  QMutexLocker lock(&mutex_);
  memory_.clear();
}

}  // namespace planmap
