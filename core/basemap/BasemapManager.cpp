#include "BasemapManager.h"

#include "HillshadeBasemap.h"
#include "TileBasemap.h"
#include "TileCache.h"

#include <QDir>
#include <QHash>
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
  tiles_.clear();
  if (config.id == QLatin1String("none")) return R::ok(nullptr);
  if (config.id == QLatin1String("hillshade")) {
    auto hillshade = HillshadeBasemap::createBundled(config.opacity);
    if (!hillshade) return R::fail(hillshade.error());
    return R::ok(hillshade.value());
  }
  std::vector<TileProvider> providers;
  if (config.id == QLatin1String("osm")) {
    providers.push_back(TileProvider::openStreetMap());
  } else if (config.id.startsWith(QLatin1String("tianditu-"))) {
    const QString spec = config.id.mid(9);  // "vec_w"
    const QString layer = spec.section(QLatin1Char('_'), 0, 0);
    const QString set = spec.section(QLatin1Char('_'), 1, 1);
    // 天地图 serves place names as a separate transparent layer for each base layer.
    static const QHash<QString, QString> labels{{QStringLiteral("vec"), QStringLiteral("cva")},
                                                {QStringLiteral("img"), QStringLiteral("cia")},
                                                {QStringLiteral("ter"), QStringLiteral("cta")}};
    if (!labels.contains(layer) || (set != QLatin1String("w") && set != QLatin1String("c"))) {
      return R::fail(QStringLiteral("unknown basemap \"%1\"").arg(config.id));
    }
    const bool geographic = set == QLatin1String("c");
    providers.push_back(TileProvider::tianditu(layer, geographic, tiandituKey_));
    providers.push_back(TileProvider::tianditu(labels.value(layer), geographic, tiandituKey_));
  } else if (config.id == QLatin1String("custom")) {
    if (!config.urlTemplate.contains(QLatin1String("{z}")) || !config.urlTemplate.contains(QLatin1String("{x}")) ||
        !config.urlTemplate.contains(QLatin1String("{y}"))) {
      return R::fail(QStringLiteral("custom basemap: the URL template needs {z}, {x} and {y}: \"%1\"").arg(config.urlTemplate));
    }
    // The cache folder follows the template, so two custom servers never share tiles.
    const QString id = QStringLiteral("custom-%1").arg(qHash(config.urlTemplate), 16, 16, QLatin1Char('0'));
    providers.push_back(TileProvider::xyz(id, config.urlTemplate, config.attribution));
  } else {
    return R::fail(QStringLiteral("unknown basemap \"%1\"").arg(config.id));
  }
  for (const TileProvider& provider : providers) {
    auto cache = TileCache::create(provider, cacheRoot_);
    cache->setNetworkEnabled(networkEnabled_);
    connect(cache.get(), &TileCache::tilesArrived, this, &BasemapManager::repaintNeeded);
    connect(cache.get(), &TileCache::statusChanged, this, &BasemapManager::statusChanged);
    tiles_.push_back(std::move(cache));
  }
  return R::ok(std::make_shared<TileBasemap>(tiles_, config.opacity));
}

Status BasemapManager::setConfig(const BasemapConfig& config) {
  const std::vector<std::shared_ptr<TileCache>> previousTiles = tiles_;
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
  for (const auto& cache : tiles_) cache->setNetworkEnabled(enabled);
  emit repaintNeeded();
}

QString BasemapManager::attribution() const { return renderer_ ? renderer_->attribution() : QString(); }

QString BasemapManager::statusMessage() const {
  for (const auto& cache : tiles_)
    if (QString m = cache->statusMessage(); !m.isEmpty()) return m;
  return {};
}

}  // namespace planmap
