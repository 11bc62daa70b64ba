#pragma once

#include "BasemapConfig.h"
#include "BasemapRenderer.h"
#include "Result.h"

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

namespace planmap {

class HillshadeBasemap;
class TileCache;

// The application's one basemap, on the UI thread: turns a BasemapConfig into a BasemapRenderer
// for MapSettings::basemap, owns the tile cache (and so the network access) and tells the canvas
// when to repaint. Usage: put renderer() into every MapSettings, repaint on repaintNeeded(), show
// statusMessage() and attribution().
class BasemapManager : public QObject {
  Q_OBJECT
 public:
  struct Choice {
    QString id;
    QString title;     // Chinese / English, for a combo box
    bool online;       // needs tiles from a server (works from the cache offline)
    bool needsKey;     // 天地图: setTiandituKey() first (its label layer is drawn on top)
  };
  // `tileCacheRoot`: where tiles are kept; default defaultTileCacheRoot().
  explicit BasemapManager(const QString& tileCacheRoot = {}, QObject* parent = nullptr);
  ~BasemapManager() override;

  static std::vector<Choice> choices();
  static QString defaultTileCacheRoot();  // <user cache dir>/tiles

  // Switches the basemap; on failure (unknown id, unreadable DEM) the previous one stays and the
  // message says why.
  Status setConfig(const BasemapConfig& config);
  const BasemapConfig& config() const { return config_; }
  void setTiandituKey(const QString& key);  // re-applies the config when a 天地图 basemap is shown
  QString tiandituKey() const { return tiandituKey_; }
  void setNetworkEnabled(bool enabled);     // off: tiles from the cache only
  bool networkEnabled() const { return networkEnabled_; }

  // For MapSettings::basemap; null for "none".
  std::shared_ptr<const BasemapRenderer> renderer() const { return renderer_; }
  QString attribution() const;   // the credit line for the screen and exports; empty for "none"
  QString statusMessage() const; // empty while all is well (see TileCache::statusMessage)

 Q_SIGNALS:
  void repaintNeeded();                        // new tiles arrived, or the basemap changed
  void statusChanged(const QString& message);

 private:
  Result<std::shared_ptr<const BasemapRenderer>> build(const BasemapConfig& config);

  QString cacheRoot_;
  BasemapConfig config_;
  QString tiandituKey_;
  bool networkEnabled_ = true;
  std::shared_ptr<const BasemapRenderer> renderer_;
  std::vector<std::shared_ptr<TileCache>> tiles_;  // bottom first
};

}  // namespace planmap
