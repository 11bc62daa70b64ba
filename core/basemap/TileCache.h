#pragma once

#include "TileKey.h"
#include "TileProvider.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace planmap {

// The tiles of one provider: decoded in memory (LRU), as files on disk under
// <cacheRoot>/<provider.id>/<z>/<x>/<y>.tile so that a map once seen works offline, and fetched
// asynchronously with QNetworkAccessManager on the thread that created the cache (the UI thread).
// Render workers only ever ask tile() — memory or disk, never the network — and request() what is
// missing; tilesArrived() then tells the owner to repaint. Nothing blocks on the network: without
// one the cache shows what it has and statusMessage() says so.
class TileCache : public QObject {
  Q_OBJECT
 public:
  // Call on a thread with an event loop. The last reference may be dropped on any thread: the
  // object is then deleted on its own thread.
  static std::shared_ptr<TileCache> create(TileProvider provider, const QString& cacheRoot);
  ~TileCache() override;

  const TileProvider& provider() const { return provider_; }
  QString directory() const { return directory_; }
  QString tilePath(const TileKey& key) const;

  // Any thread. The tile from memory or the disk cache; a null image when it is not cached.
  // `stale` (optional) tells whether the cached copy is older than maxAge(): still shown, but
  // worth fetching again when online (tile servers ask clients to refresh, not to keep forever).
  QImage tile(const TileKey& key, bool* stale = nullptr) const;
  // Any thread, never blocks: queues downloads on the owner thread for tiles that are not cached
  // (or cached but stale), not already on their way and have not failed in the last retryDelay().
  void request(const std::vector<TileKey>& keys);
  // Any thread. Empty while all is well; otherwise why tiles are missing, in Chinese and English,
  // e.g. "离线：显示缓存的瓦片 / offline: showing cached tiles (… Connection refused)".
  QString statusMessage() const;
  int pendingCount() const;  // downloads requested and not yet finished

  // Off: never touch the network, show the cache only (a user's "offline" switch).
  void setNetworkEnabled(bool enabled);
  bool networkEnabled() const;
  void setRetryDelay(int milliseconds);  // after a failure; default 30 s
  int retryDelay() const;
  void setTimeout(int milliseconds);     // per download; default 15 s
  void setMaxAgeDays(int days);          // default 30
  void clearMemory();                    // drops decoded tiles (the disk cache stays)

 Q_SIGNALS:
  void tilesArrived();                        // coalesced; repaint to show them
  void statusChanged(const QString& message);

 private:
  TileCache(TileProvider provider, const QString& cacheRoot);
  void startDownloads(const std::vector<TileKey>& keys);
  void downloadFinished(QNetworkReply* reply, const TileKey& key);
  void setStatus(const QString& message);
  QString redacted(const QString& url) const;

  const TileProvider provider_;
  const QString directory_;
  QNetworkAccessManager* network_ = nullptr;  // owner thread only
  QHash<QNetworkReply*, TileKey> replies_;    // owner thread only
  QTimer arrivedTimer_;

  mutable QMutex mutex_;  // guards everything below
  struct Entry {
    QImage image;
    qint64 savedAt = 0;  // msecs since epoch: when the file was written
  };
  bool isStale(const Entry& entry) const;  // with mutex_ held
  mutable QCache<TileKey, Entry> memory_;
  qint64 maxAgeMs_ = 30LL * 24 * 3600 * 1000;
  QSet<TileKey> pending_;
  QHash<TileKey, qint64> failedAt_;  // msecs since epoch
  QString status_;
  bool networkEnabled_ = true;
  int retryDelay_ = 30000;
  int timeout_ = 15000;
};

}  // namespace planmap
