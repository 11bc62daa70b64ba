#include "BasemapManager.h"

#include "HillshadeBasemap.h"
#include "TileBasemap.h"
#include "TileCache.h"

#include <QDir>
#include <QStandardPaths>

namespace planmap {

BasemapManager::BasemapManager(const QString& tileCacheRoot, QObject* parent)
    : QObject(parent), cacheRoot_(tileCacheRoot.isEmpty() ? defaultTileCacheRoot() : tileCacheRoot) {
  config_.id = QStringLiteral("none");
}

BasemapManager::~BasemapManager() = default;

std::vector<BasemapManager::Choice> BasemapManager::choices() {
  return {
      {QStringLiteral("none"), QStringLiteral("无底图 / No basemap"), false, false},
      {QStringLiteral("hillshade"), QStringLiteral("地形晕渲（离线）/ Hillshade (offline)"), false, false},
      {QStringLiteral("osm"), QStringLiteral("OpenStreetMap"), true, false},
      {QStringLiteral("tianditu-vec_w"), QStringLiteral("天地图 矢量 / Tianditu vector"), true, true},
      {QStringLiteral("tianditu-img_w"), QStringLiteral("天地图 影像 / Tianditu imagery"), true, true},
      {QStringLiteral("tianditu-vec_c"), QStringLiteral("天地图 矢量 经纬度 / Tianditu vector (EPSG:4490)"), true, true},
      {QStringLiteral("tianditu-img_c"), QStringLiteral("天地图 影像 经纬度 / Tianditu imagery (EPSG:4490)"), true, true},
      {QStringLiteral("custom"), QStringLiteral("自定义 XYZ / Custom XYZ"), true, false},
  };
}

QString BasemapManager::defaultTileCacheRoot() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("tiles"));
}

Result<std::shared_ptr<const BasemapRenderer>> BasemapManager::build(const BasemapConfig& config) {
  using R = Result<std::shared_ptr<const BasemapRenderer>>;
  tiles_.reset();
  if (config.id == QLatin1String("none")) return R::ok(nullptr);
  if (config.id == QLatin1String("hillshade")) {
    auto hillshade = HillshadeBasemap::createBundled(config.opacity);
    if (!hillshade) return R::fail(hillshade.error());
    return R::ok(hillshade.value());
  }
  TileProvider provider;
  if (config.id == QLatin1String("osm")) {
    provider = TileProvider::openStreetMap();
  } else if (config.id.startsWith(QLatin1String("tianditu-"))) {
    const QString spec = config.id.mid(9);  // "vec_w"
    const QString layer = spec.section(QLatin1Char('_'), 0, 0);
    const QString set = spec.section(QLatin1Char('_'), 1, 1);
    if (layer.isEmpty() || (set != QLatin1String("w") && set != QLatin1String("c"))) {
      return R::fail(QStringLiteral("unknown basemap \"%1\"").arg(config.id));
    }
    provider = TileProvider::tianditu(layer, set == QLatin1String("c"), tiandituKey_);
  } else if (config.id == QLatin1String("custom")) {
    if (!config.urlTemplate.contains(QLatin1String("{z}")) || !config.urlTemplate.contains(QLatin1String("{x}")) ||
        !config.urlTemplate.contains(QLatin1String("{y}"))) {
      return R::fail(QStringLiteral("custom basemap: the URL template needs {z}, {x} and {y}: \"%1\"").arg(config.urlTemplate));
    }
    // The cache folder follows the template, so two custom servers never share tiles.
    const QString id = QStringLiteral("custom-%1").arg(qHash(config.urlTemplate), 8, 16, QLatin1Char('0'));
    provider = TileProvider::xyz(id, config.urlTemplate, config.attribution);
  } else {
    return R::fail(QStringLiteral("unknown basemap \"%1\"").arg(config.id));
  }
  tiles_ = TileCache::create(provider, cacheRoot_);
  tiles_->setNetworkEnabled(networkEnabled_);
  connect(tiles_.get(), &TileCache::tilesArrived, this, &BasemapManager::repaintNeeded);
  connect(tiles_.get(), &TileCache::statusChanged, this, &BasemapManager::statusChanged);
  return R::ok(std::make_shared<TileBasemap>(tiles_, config.opacity));
}

Status BasemapManager::setConfig(const BasemapConfig& config) {
  std::shared_ptr<TileCache> previousTiles = tiles_;
  auto built = build(config);
  if (!built) {
    tiles_ = previousTiles;
    return Status::fail(built.error());
  }
  config_ = config;
  renderer_ = built.value();
  emit statusChanged(statusMessage());
  emit repaintNeeded();
  return Status::ok();
}

void BasemapManager::setTiandituKey(const QString& key) {
  if (key == tiandituKey_) return;
  tiandituKey_ = key;
  if (config_.id.startsWith(QLatin1String("tianditu-"))) setConfig(config_);
}

void BasemapManager::setNetworkEnabled(bool enabled) {
  networkEnabled_ = enabled;
  if (tiles_) tiles_->setNetworkEnabled(enabled);
  emit repaintNeeded();
}

QString BasemapManager::attribution() const { return renderer_ ? renderer_->attribution() : QString(); }

QString BasemapManager::statusMessage() const { return tiles_ ? tiles_->statusMessage() : QString(); }

}  // namespace planmap
