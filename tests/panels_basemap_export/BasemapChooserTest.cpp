#include "BasemapChooser.h"
#include "BasemapManager.h"
#include "Crs.h"
#include "MapSettings.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

MapSettings ankangSettings() {
  MapSettings settings;
  settings.destinationCrs = Crs::fromEpsg(4545);
  settings.extent = Extent::fromCorners(440000, 3580000, 560000, 3680000);
  settings.outputSize = QSize(240, 200);
  return settings;
}

// Share of pixels that differ clearly from white.
double nonWhiteShare(const QImage& image) {
  qint64 count = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      if (c.red() < 245 || c.green() < 245 || c.blue() < 245) ++count;
    }
  return double(count) / (qint64(image.width()) * image.height());
}

void select(BasemapChooser& chooser, const QString& id) {
  const int index = chooser.choiceCombo()->findData(id);
  ASSERT_GE(index, 0) << id.toStdString();
  chooser.choiceCombo()->setCurrentIndex(index);
}

class BasemapChooserTest : public testing::Test {
 protected:
  void SetUp() override {
    QSettings().remove(QStringLiteral("basemap/tiandituKey"));
    ASSERT_TRUE(cache_.isValid());
  }
  QTemporaryDir cache_;
};

}  // namespace

TEST_F(BasemapChooserTest, DefaultIsHillshadeAndPaintsReliefOverAnkang) {
  BasemapChooser chooser(nullptr, cache_.path());
  EXPECT_EQ(chooser.config().id, QStringLiteral("hillshade"));
  select(chooser, QStringLiteral("none"));
  ASSERT_EQ(chooser.renderer(), nullptr);
  QSignalSpy changed(&chooser, &BasemapChooser::basemapChanged);
  select(chooser, QStringLiteral("hillshade"));
  EXPECT_EQ(changed.count(), 1);
  auto renderer = chooser.renderer();
  ASSERT_NE(renderer, nullptr);

  const MapSettings settings = ankangSettings();
  QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    renderer->draw(painter, settings, nullptr);
  }
  // Ankang is mountains from edge to edge: most of the view must be shaded.
  EXPECT_GT(nonWhiteShare(image), 0.5);
  EXPECT_FALSE(chooser.keyFieldShown());
}

TEST_F(BasemapChooserTest, NoneYieldsNullRendererAndEmptyAttribution) {
  BasemapChooser chooser(nullptr, cache_.path());
  ASSERT_NE(chooser.renderer(), nullptr);
  QSignalSpy changed(&chooser, &BasemapChooser::basemapChanged);
  select(chooser, QStringLiteral("none"));
  EXPECT_EQ(changed.count(), 1);
  EXPECT_EQ(chooser.renderer(), nullptr);
  EXPECT_TRUE(chooser.attribution().isEmpty());
  EXPECT_EQ(chooser.config().id, QStringLiteral("none"));
}

TEST_F(BasemapChooserTest, TiandituWithoutKeyShowsKeyFieldAndStatusOffline) {
  BasemapChooser chooser(nullptr, cache_.path());
  // Offline too, so nothing here can reach a server even if a key were set.
  chooser.offlineCheck()->setChecked(true);
  EXPECT_FALSE(chooser.manager()->networkEnabled());
  select(chooser, QStringLiteral("tianditu-vec_w"));
  EXPECT_TRUE(chooser.keyFieldShown());
  EXPECT_TRUE(chooser.keyEdit()->text().isEmpty());
  EXPECT_FALSE(chooser.statusText().isEmpty());
  ASSERT_NE(chooser.renderer(), nullptr);

  // Drawing asks the cache for tiles: with no key it must say so and download nothing.
  const MapSettings settings = ankangSettings();
  QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    chooser.renderer()->draw(painter, settings, nullptr);
  }
  QTRY_VERIFY_WITH_TIMEOUT(chooser.statusText().contains(QStringLiteral("tk")) ||
                               chooser.statusText().contains(QStringLiteral("key"), Qt::CaseInsensitive),
                           5000);
  // Nothing was written to the tile cache: no tile came from anywhere.
  QDirIterator it(cache_.path(), {QStringLiteral("*.tile")}, QDir::Files, QDirIterator::Subdirectories);
  EXPECT_FALSE(it.hasNext());

  // Back to hillshade hides the key row again.
  select(chooser, QStringLiteral("hillshade"));
  EXPECT_FALSE(chooser.keyFieldShown());
}

TEST_F(BasemapChooserTest, ConfigRoundTripsAndKeyPersists) {
  BasemapChooser chooser(nullptr, cache_.path());
  BasemapConfig config;
  config.id = QStringLiteral("hillshade");
  config.opacity = 0.5;
  EXPECT_TRUE(chooser.setConfig(config));
  EXPECT_EQ(chooser.config(), config);
  BasemapConfig unknown;
  unknown.id = QStringLiteral("no-such-basemap");
  EXPECT_FALSE(chooser.setConfig(unknown));
  EXPECT_EQ(chooser.config(), config);

  chooser.offlineCheck()->setChecked(true);
  select(chooser, QStringLiteral("tianditu-img_w"));
  chooser.keyEdit()->setText(QStringLiteral("0123456789abcdef"));
  emit chooser.keyEdit()->editingFinished();
  EXPECT_EQ(QSettings().value(QStringLiteral("basemap/tiandituKey")).toString(), QStringLiteral("0123456789abcdef"));
  EXPECT_EQ(chooser.manager()->tiandituKey(), QStringLiteral("0123456789abcdef"));
  BasemapChooser second(nullptr, cache_.path());
  EXPECT_EQ(second.keyEdit()->text(), QStringLiteral("0123456789abcdef"));
  QSettings().remove(QStringLiteral("basemap/tiandituKey"));
}
