#include "BasemapConfig.h"
#include "BasemapManager.h"
#include "HillshadeBasemap.h"
#include "TileBasemap.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

TEST(BasemapConfig, RoundTripsThroughJsonWithoutKeys) {
  BasemapConfig c;
  c.id = QStringLiteral("custom");
  c.urlTemplate = QStringLiteral("http://tiles.example/{z}/{x}/{y}.png");
  c.attribution = QStringLiteral("© example");
  c.opacity = 0.6;
  EXPECT_EQ(BasemapConfig::fromJson(c.toJson()), c);
  EXPECT_EQ(BasemapConfig::fromJson(QJsonObject{}).id, QStringLiteral("hillshade"));
}

TEST(BasemapManager, SwitchesBetweenHillshadeTilesAndNone) {
  QTemporaryDir dir;
  BasemapManager manager(dir.path());
  QSignalSpy repaint(&manager, &BasemapManager::repaintNeeded);
  EXPECT_FALSE(manager.renderer());

  BasemapConfig hillshade;
  hillshade.id = QStringLiteral("hillshade");
  ASSERT_TRUE(manager.setConfig(hillshade));
  EXPECT_TRUE(dynamic_cast<const HillshadeBasemap*>(manager.renderer().get()));
  EXPECT_TRUE(manager.attribution().startsWith(QStringLiteral("ETOPO5")));
  EXPECT_EQ(repaint.count(), 1);

  BasemapConfig tianditu;
  tianditu.id = QStringLiteral("tianditu-img_c");
  ASSERT_TRUE(manager.setConfig(tianditu));
  auto tiles = std::dynamic_pointer_cast<const TileBasemap>(manager.renderer());
  ASSERT_TRUE(tiles);
  EXPECT_EQ(tiles->cache()->provider().matrix.kind(), TileMatrix::Kind::Geographic);
  ASSERT_EQ(tiles->layers().size(), 2u) << "imagery and its label layer";
  EXPECT_EQ(tiles->layers()[0]->provider().id, QStringLiteral("tianditu-img_c"));
  EXPECT_EQ(tiles->layers()[1]->provider().id, QStringLiteral("tianditu-cia_c"));
  EXPECT_EQ(manager.attribution(), QStringLiteral("© 天地图 国家地理信息公共服务平台")) << "the credit once";
  EXPECT_TRUE(manager.attribution().contains(QStringLiteral("天地图")));

  BasemapConfig bad;
  bad.id = QStringLiteral("custom");
  bad.urlTemplate = QStringLiteral("http://x/tile.png");
  const Status status = manager.setConfig(bad);
  EXPECT_FALSE(status);
  EXPECT_TRUE(status.error().contains(QStringLiteral("{z}")));
  EXPECT_EQ(manager.config().id, QStringLiteral("tianditu-img_c")) << "a failed switch keeps the old basemap";

  BasemapConfig none;
  none.id = QStringLiteral("none");
  ASSERT_TRUE(manager.setConfig(none));
  EXPECT_FALSE(manager.renderer());
  EXPECT_TRUE(manager.attribution().isEmpty());
  EXPECT_EQ(BasemapManager::choices().size(), 8u);
}
