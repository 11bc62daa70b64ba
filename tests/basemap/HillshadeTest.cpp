#include "CoordinateTransform.h"
#include "DemGrid.h"
#include "HillshadeBasemap.h"
#include "ImageChecks.h"
#include "MapPainter.h"
#include "MapSettings.h"
#include "ShadedRelief.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <cmath>
#include <iostream>
#include <memory>
#include <thread>

using namespace planmap;

namespace {

// A cone 2000 m high on a 500 m plain, 61 × 61 cells of 1 km in CGCS2000 / GK CM 108E, written
// with GDAL as a real GeoTIFF.
QString writeConeDem(const QString& dir) {
  GDALAllRegister();
  const QString path = dir + QStringLiteral("/cone.tif");
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  std::unique_ptr<GDALDataset, void (*)(GDALDataset*)> ds(
      driver->Create(path.toUtf8().constData(), 61, 61, 1, GDT_Float32, nullptr), [](GDALDataset* d) { GDALClose(d); });
  if (!ds) return {};
  double gt[6] = {570000, 1000, 0, 3640000, 0, -1000};
  ds->SetGeoTransform(gt);
  OGRSpatialReference srs;
  srs.importFromEPSG(4545);
  ds->SetSpatialRef(&srs);
  std::vector<float> z(61 * 61);
  for (int r = 0; r < 61; ++r)
    for (int c = 0; c < 61; ++c) {
      const double d = std::hypot(c - 30, r - 30) / 25.0;
      z[r * 61 + c] = float(500 + 2000 * std::max(0.0, 1 - d));
    }
  if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, 61, 61, z.data(), 61, 61, GDT_Float32, 0, 0) != CE_None) return {};
  return path;
}

MapSettings ankangSettings() {
  // 160 km × 120 km around Ankang's centre, in the app's default display CRS.
  MapSettings s;
  s.destinationCrs = Crs::fromEpsg(4545);
  auto t = CoordinateTransform::create(Crs::fromEpsg(4490), s.destinationCrs);
  double x = 109.03, y = 32.69;
  t->transformPoint(x, y);
  s.extent = Extent{x - 80000, y - 60000, x + 80000, y + 60000};
  s.outputSize = QSize(400, 300);
  return s;
}

// One bundled basemap for the tests that only read from it (building one shades 258 000 cells).
std::shared_ptr<HillshadeBasemap> sharedBundled() {
  static const auto basemap = [] {
    auto created = HillshadeBasemap::createBundled();
    return created ? created.value() : nullptr;
  }();
  return basemap;
}

}  // namespace

TEST(DemGrid, ReadsTheBundledEtopo5Excerpt) {
  auto dem = DemGrid::read(QStringLiteral(PLANMAP_SOURCE_GEODATA_DIR "/dem/etopo5_dem_105-112E_31-35N.tif"));
  ASSERT_TRUE(dem) << dem.error().toStdString();
  EXPECT_EQ(dem->width, 84);
  EXPECT_EQ(dem->height, 48);
  EXPECT_TRUE(dem->crs.isGeographic());
  EXPECT_NEAR(dem->cellY, 5.0 / 60, 1e-9);  // 5 arc-minutes
  float lo = 1e9f, hi = -1e9f;
  for (float v : dem->values) {
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  EXPECT_GT(lo, 0);      // the Han valley
  EXPECT_GT(hi, 3000);   // the Qinling crest (太白山 area)
}

TEST(DemGrid, MissingFileNamesTheFile) {
  auto dem = DemGrid::read(QStringLiteral("/nonexistent/dem.tif"));
  ASSERT_FALSE(dem);
  EXPECT_TRUE(dem.error().contains(QStringLiteral("/nonexistent/dem.tif"))) << dem.error().toStdString();
}

TEST(HillshadeBasemap, LightComesFromTheNorthWest) {
  QTemporaryDir dir;
  const QString path = writeConeDem(dir.path());
  ASSERT_FALSE(path.isEmpty());
  HillshadeOptions options;
  options.demPath = path;  // default zFactor 3: slopes of about 13°
  auto basemap = HillshadeBasemap::create(options);
  ASSERT_TRUE(basemap) << basemap.error().toStdString();
  MapSettings s;
  s.destinationCrs = Crs::fromEpsg(4545);
  s.extent = Extent{570000, 3579000, 631000, 3640000};
  s.outputSize = QSize(305, 305);  // 200 m per pixel
  const QImage image = basemap.value()->renderView(s, nullptr);
  ASSERT_FALSE(image.isNull());
  // Mid-slope points 12 km from the summit (600000, 3610000) on the four diagonals.
  auto at = [&](double dx, double dy) {
    const QPointF p = s.toPixel(600000 + dx, 3610000 + dy);
    return test::meanGray(image, int(p.x()), int(p.y()));
  };
  const double d = 12000 / std::sqrt(2.0);
  const double nw = at(-d, d), se = at(d, -d), ne = at(d, d), sw = at(-d, -d);
  EXPECT_GT(nw, se + 30) << "nw " << nw << " se " << se;
  EXPECT_GT(nw, ne + 10);
  EXPECT_GT(sw, se + 10);
  EXPECT_NEAR(ne, sw, 4) << "slopes across the light are equally lit";
  // Flat plain around the cone: its tint unshaded.
  const QRgb plain = image.pixel(5, 5);
  const QRgb tint = ShadedRelief::tint(500);
  EXPECT_NEAR(qRed(plain), qRed(tint), 3);
  EXPECT_NEAR(qGreen(plain), qGreen(tint), 3);
}

TEST(HillshadeBasemap, TintRisesFromGreenThroughBrownToWhite) {
  const QRgb low = ShadedRelief::tint(200), mid = ShadedRelief::tint(1000), high = ShadedRelief::tint(2000),
             top = ShadedRelief::tint(3500);
  EXPECT_GT(qGreen(low), qRed(low));                 // green
  EXPECT_GT(qRed(mid) + qGreen(mid), 2 * qBlue(mid) + 100);  // yellow
  EXPECT_GT(qRed(high), qGreen(high));               // brown
  EXPECT_GT(qBlue(high) + 40, qBlue(mid));
  EXPECT_GT(qGray(top), 235);                        // snow white
}

TEST(HillshadeBasemap, BundledDemOverAnkangMatchesTheReference) {
  auto basemap = HillshadeBasemap::createBundled();
  ASSERT_TRUE(basemap) << basemap.error().toStdString();
  EXPECT_EQ(basemap.value()->attribution(), QStringLiteral("ETOPO5 (NOAA), 5′ ≈ 9 km, 仅作底图示意"));
  const MapSettings s = ankangSettings();
  const QImage image = basemap.value()->renderView(s, nullptr);
  ASSERT_EQ(image.size(), QSize(400, 300));
  // All of the view is inside the DEM: fully opaque, and not one flat colour.
  double sum = 0, sum2 = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      ASSERT_EQ(qAlpha(image.pixel(x, y)), 255) << x << "," << y;
      const double g = qGray(image.pixel(x, y));
      sum += g;
      sum2 += g * g;
    }
  const double n = double(image.width()) * image.height();
  const double stddev = std::sqrt(sum2 / n - (sum / n) * (sum / n));
  EXPECT_GT(stddev, 8) << "relief visible";
  QString message;
  EXPECT_TRUE(test::matchesReference(image, QStringLiteral("ankang_hillshade_4545"), 24, 0.01, &message))
      << message.toStdString();
}

TEST(HillshadeBasemap, HiDpiRendersMorePixelsOfTheSameView) {
  auto basemap = sharedBundled();
  ASSERT_TRUE(basemap);
  MapSettings s = ankangSettings();
  s.devicePixelRatio = 2;
  const QImage image = basemap->renderView(s, nullptr);
  EXPECT_EQ(image.size(), QSize(800, 600));
  EXPECT_DOUBLE_EQ(image.devicePixelRatio(), 2.0);
}

TEST(HillshadeBasemap, SameViewIsServedFromTheCache) {
  auto created = HillshadeBasemap::createBundled();
  ASSERT_TRUE(created);
  const auto& basemap = created.value();
  const MapSettings s = ankangSettings();
  const QImage a = basemap->renderView(s, nullptr);
  EXPECT_EQ(basemap->cacheHits(), 0);
  const QImage b = basemap->renderView(s, nullptr);
  EXPECT_EQ(basemap->cacheHits(), 1);
  EXPECT_EQ(a, b);
  basemap->renderView(s.zoomedAround(QPointF(200, 150), 1.5), nullptr);
  EXPECT_EQ(basemap->cacheHits(), 1) << "another extent is another view";
  MapSettings geographic = s;
  geographic.destinationCrs = Crs::fromEpsg(4490);
  geographic.extent = Extent{108.2, 32.2, 109.8, 33.2};
  basemap->renderView(geographic, nullptr);
  EXPECT_EQ(basemap->cacheHits(), 1) << "another CRS is another view";
}

TEST(HillshadeBasemap, CancelledRenderDrawsNothing) {
  auto basemap = HillshadeBasemap::createBundled();
  ASSERT_TRUE(basemap);
  std::atomic<bool> cancel{true};
  EXPECT_TRUE(basemap.value()->renderView(ankangSettings(), &cancel).isNull());
  MapSettings s = ankangSettings();
  s.basemap = basemap.value();
  const QImage image = MapPainter::renderImage(s, nullptr, &cancel);
  EXPECT_EQ(basemap.value()->cacheHits(), 0) << "a cancelled view is not cached";
}

TEST(HillshadeBasemap, MapPainterDrawsItUnderTheLayers) {
  auto basemap = sharedBundled();
  ASSERT_TRUE(basemap);
  MapSettings s = ankangSettings();
  s.basemap = basemap;
  s.background = Qt::white;
  const QImage painted = MapPainter::renderImage(s);
  const QImage view = basemap->renderView(s, nullptr);
  EXPECT_LE(test::differentFraction(painted, view, 2), 0.001) << "the basemap is what the painter shows";
}

TEST(HillshadeBasemap, OutsideTheDemIsTransparent) {
  auto basemap = sharedBundled();
  ASSERT_TRUE(basemap);
  MapSettings s;
  s.destinationCrs = Crs::fromEpsg(4490);
  s.extent = Extent{111.5, 34.5, 113.5, 36.0};  // straddles the DEM's north-east corner (112E, 35N)
  s.outputSize = QSize(200, 150);
  const QImage image = basemap->renderView(s, nullptr);
  const QPointF inside = s.toPixel(111.7, 34.7), outside = s.toPixel(113, 35.7);
  EXPECT_EQ(qAlpha(image.pixel(inside.toPoint())), 255);
  EXPECT_EQ(qAlpha(image.pixel(outside.toPoint())), 0);
}

TEST(HillshadeBasemap, QinlingCrestIsHighAndTheHanPlainLow) {
  auto basemap = sharedBundled();
  ASSERT_TRUE(basemap);
  MapSettings s;
  s.destinationCrs = Crs::fromEpsg(4490);
  s.extent = Extent{105.0, 31.05, 111.95, 35.0};
  s.outputSize = QSize(560, 318);
  const QImage image = basemap->renderView(s, nullptr);
  ASSERT_FALSE(image.isNull());
  // 太白山 area of the Qinling (≈2700 m in ETOPO5): brown to white; the plain near 襄阳 (≈230 m): green.
  const QPointF taibai = s.toPixel(107.7, 34.0), xiangyang = s.toPixel(111.5, 32.5);
  const QRgb high = image.pixel(taibai.toPoint()), low = image.pixel(xiangyang.toPoint());
  EXPECT_GT(qRed(high), qGreen(high) - 5) << std::hex << high;
  EXPECT_GT(qGreen(low), qRed(low)) << std::hex << low;
  EXPECT_GT(qRed(high) - qGreen(high), qRed(low) - qGreen(low) + 20);
  QString message;
  EXPECT_TRUE(test::matchesReference(image, QStringLiteral("qinling_daba_4490"), 24, 0.01, &message))
      << message.toStdString();
}

TEST(HillshadeBasemap, FullHdViewRendersInBoundedTimeAndCancelsMidway) {
  auto basemap = sharedBundled();
  ASSERT_TRUE(basemap);
  MapSettings s = ankangSettings();
  s.outputSize = QSize(1920, 1080);
  s.extent = s.extent.scaled(1.7);
  QElapsedTimer timer;
  timer.start();
  const QImage image = basemap->renderView(s, nullptr);
  const qint64 full = timer.elapsed();
  ASSERT_FALSE(image.isNull());
  // Cancel from another thread shortly after the start: the per-row check stops it long before the end.
  MapSettings other = s.zoomedAround(QPointF(900, 500), 1.3);
  std::atomic<bool> cancel{false};
  timer.restart();
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    cancel = true;
  });
  const QImage cancelled = basemap->renderView(other, &cancel);
  const qint64 untilCancelled = timer.elapsed();
  canceller.join();
  std::cout << "[ timing   ] 1920x1080 hillshade " << full << " ms; cancelled after " << untilCancelled << " ms\n";
  EXPECT_LT(full, 5000) << "generous for a loaded 2-core machine";
  EXPECT_TRUE(cancelled.isNull()) << "cancelled views return no image";
  EXPECT_LT(untilCancelled, full);
}
