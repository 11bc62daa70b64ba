#include "MapPainter.h"

#include "FeatureDisplayName.h"
#include "FeatureStoreBuilder.h"
#include "ImageCompare.h"
#include "TestLayers.h"

#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;
using namespace planmap::test;

namespace {

const QColor kFarm(250, 220, 100), kForest(50, 150, 60), kWater(70, 130, 230), kOutline(40, 40, 40);

Symbol fillSymbol(const QColor& fill) {
  Symbol s;
  s.fill = fill;
  s.stroke = kOutline;
  s.strokeWidthMm = 0.3;
  return s;
}

LayerStyle zoneStyle() {
  LayerStyle style;
  style.renderer = RendererKind::Categorized;
  style.field = QStringLiteral("kind");
  style.symbol = fillSymbol(QColor(128, 128, 128));
  const std::pair<const char*, QColor> classes[] = {{"farm", kFarm}, {"forest", kForest}, {"water", kWater}};
  for (const auto& [value, colour] : classes) {
    StyleClass c;
    c.value = QString::fromLatin1(value);
    c.symbol = fillSymbol(colour);
    style.classes.push_back(c);
  }
  style.classes[2].symbol.hatch = Qt::BDiagPattern;
  style.classes[2].symbol.hatchColor = QColor(20, 40, 120);
  style.labels.enabled = true;
  style.labels.field = QStringLiteral("name");
  style.labels.priority = 1;
  return style;
}

LayerStyle roadStyle() {
  LayerStyle style;
  style.symbol.stroke = QColor(200, 40, 40);
  style.symbol.strokeWidthMm = 1.0;
  style.labels.enabled = true;
  style.labels.field = QStringLiteral("name");
  return style;
}

MapSettings basicMap() {
  MapSettings s = settingsFor(testExtent(), QSize(400, 300));
  s.layers.push_back(snapshot(QStringLiteral("zones"), zones(), zoneStyle()));
  s.layers.push_back(snapshot(QStringLiteral("roads"), roads(), roadStyle()));
  LayerStyle townStyle;
  townStyle.symbol.fill = QColor(220, 30, 30);
  townStyle.symbol.stroke = QColor(90, 0, 0);
  townStyle.symbol.markerSizeMm = 3;
  townStyle.labels.enabled = true;
  townStyle.labels.field = QStringLiteral("name");
  LayerRenderSnapshot towns = snapshot(QStringLiteral("towns"), planmap::test::towns(), townStyle);
  s.layers.push_back(towns);
  return s;
}

QColor pixelAt(const QImage& image, const MapSettings& s, double x, double y) {
  const QPointF p = s.toPixel(x, y) * image.devicePixelRatio();
  return image.pixelColor(int(p.x()), int(p.y()));
}

bool near(const QColor& a, const QColor& b, int tolerance = 12) {
  return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
         std::abs(a.blue() - b.blue()) <= tolerance;
}

}  // namespace

TEST(MapPainter, BasicMapMatchesReferenceImage) {
  MapSettings s = basicMap();
  // Give the towns a marker of every shape by drawing each as its own single-feature style class.
  LayerStyle& towns = s.layers[2].style;
  towns.renderer = RendererKind::Categorized;
  towns.field = QStringLiteral("name");
  const char* names[] = {"汉滨", "旬阳", "石泉", "汉阴", "紫阳", "岚皋"};
  const MarkerShape shapes[] = {MarkerShape::Circle, MarkerShape::Square, MarkerShape::Triangle,
                                MarkerShape::Diamond, MarkerShape::Star, MarkerShape::Cross};
  for (int i = 0; i < 6; ++i) {
    StyleClass c;
    c.value = QString::fromUtf8(names[i]);
    c.symbol = towns.symbol;
    c.symbol.marker = shapes[i];
    towns.classes.push_back(c);
  }
  RenderStats stats;
  const QImage image = MapPainter::renderImage(s, &stats);
  EXPECT_FALSE(stats.cancelled);
  EXPECT_TRUE(stats.errors.isEmpty()) << stats.errors.join(';').toStdString();
  EXPECT_EQ(stats.featuresDrawn, 4 + 2 + 6);
  EXPECT_GE(stats.labelsPlaced, 8);
  const ImageComparison c = compareWithReference(image, QStringLiteral("basic_map"));
  EXPECT_TRUE(c.ok) << c.message.toStdString();
}

TEST(MapPainter, CategorizedStyleColoursTheRightPolygons) {
  MapSettings s = basicMap();
  s.drawLabels = false;
  const QImage image = MapPainter::renderImage(s);
  const double y = 3600000 + 250 + 20;  // inside the squares' lower band, below the hole
  EXPECT_TRUE(near(pixelAt(image, s, 500000 + 200, y), kFarm)) << pixelAt(image, s, 500000 + 200, y).name().toStdString();
  EXPECT_TRUE(near(pixelAt(image, s, 500000 + 500, y), kForest));
  // Water is hatched: its pixels are water blue or the hatch colour, never the fallback grey.
  int water = 0;
  for (int dx = 0; dx < 40; ++dx) {
    const QColor c = pixelAt(image, s, 500000 + 760 + dx, y);
    if (near(c, kWater)) ++water;
    EXPECT_FALSE(near(c, QColor(128, 128, 128)));
  }
  EXPECT_GT(water, 10);
  // Outside every polygon: background.
  EXPECT_TRUE(near(pixelAt(image, s, 500000 + 50, 3600000 + 350), Qt::white));
}

TEST(MapPainter, HolesAreNotFilled) {
  MapSettings s = basicMap();
  s.drawLabels = false;
  const QImage image = MapPainter::renderImage(s);
  // Centre of the forest square is its hole.
  EXPECT_TRUE(near(pixelAt(image, s, 500000 + 500, 3600000 + 350), Qt::white));
  EXPECT_TRUE(near(pixelAt(image, s, 500000 + 420, 3600000 + 350), kForest));
}

TEST(MapPainter, SchematicFeaturesAreDashed) {
  MapSettings s = settingsFor(testExtent(), QSize(400, 300));
  s.layers.push_back(snapshot(QStringLiteral("roads"), roads(), roadStyle()));
  s.drawLabels = false;
  s.antialiasing = false;
  const QImage image = MapPainter::renderImage(s);
  auto countRed = [&](double y) {
    int red = 0, total = 0;
    for (double x = 500000 + 100; x < 500000 + 900; x += 2.5, ++total)
      if (near(pixelAt(image, s, x, y), QColor(200, 40, 40), 30)) ++red;
    return std::pair(red, total);
  };
  const auto [solidRed, solidTotal] = countRed(3600600);
  const auto [dashRed, dashTotal] = countRed(3600700);
  EXPECT_EQ(solidRed, solidTotal);               // surveyed: continuous
  EXPECT_GT(dashRed, dashTotal / 5);              // schematic: drawn …
  EXPECT_LT(dashRed, dashTotal * 9 / 10);         // … with gaps
}

TEST(MapPainter, HighlightedRowsAreOutlined) {
  MapSettings s = basicMap();
  s.drawLabels = false;
  const QImage plain = MapPainter::renderImage(s);
  s.layers[0].highlighted = {0};
  const QImage highlighted = MapPainter::renderImage(s);
  // The farm square's left edge changes colour; the water square's does not.
  const double y = 3600000 + 350;
  EXPECT_NE(pixelAt(plain, s, 500000 + 100, y), pixelAt(highlighted, s, 500000 + 100, y));
  EXPECT_EQ(pixelAt(plain, s, 500000 + 700, y), pixelAt(highlighted, s, 500000 + 700, y));
}

TEST(MapPainter, LayerOpacityLetsTheBackgroundThrough) {
  MapSettings s = basicMap();
  s.drawLabels = false;
  s.layers[0].opacity = 0.5;
  const QImage image = MapPainter::renderImage(s);
  const QColor c = pixelAt(image, s, 500000 + 500, 3600000 + 270);
  EXPECT_NEAR(c.green(), (150 + 255) / 2, 8);
  EXPECT_NEAR(c.red(), (50 + 255) / 2, 8);
}

TEST(MapPainter, HiDpiImageIsTwiceAsLargeAndTagged) {
  MapSettings s = basicMap();
  s.devicePixelRatio = 2;
  RenderStats stats;
  const QImage image = MapPainter::renderImage(s, &stats);
  EXPECT_EQ(image.size(), QSize(800, 600));
  EXPECT_DOUBLE_EQ(image.devicePixelRatio(), 2.0);
  EXPECT_EQ(image.deviceIndependentSize().toSize(), QSize(400, 300));
  // Same map as at ratio 1, just sharper: sample a fill colour at the same map coordinate.
  EXPECT_TRUE(near(pixelAt(image, s, 500000 + 200, 3600000 + 270), kFarm));
  EXPECT_GT(stats.labelsPlaced, 0);
}

TEST(MapPainter, LevelOfDetailDrawsFarFewerVerticesThanStored) {
  // 25 000 rings × 41 vertices ≈ 1 M vertices, zoomed out to 400 × 300 pixels.
  const Extent e{500000, 3600000, 520000, 3615000};
  auto store = grid(250, 100, 40, e);
  ASSERT_GE(store->vertexCount(), 1000000u);
  MapSettings s = settingsFor(e, QSize(400, 300));
  LayerStyle style;
  s.layers.push_back(snapshot(QStringLiteral("grid"), store, style));
  RenderStats stats;
  MapPainter::renderImage(s, &stats);
  EXPECT_EQ(stats.featuresDrawn, 25000);
  // Each ring is 1.6 × 3 px here: a handful of vertices survive of 41.
  EXPECT_LT(stats.verticesDrawn, static_cast<long long>(store->vertexCount()) / 3);
  // At 100 × 75 px every ring is under a pixel and becomes a dot: one vertex per feature.
  RenderStats tinyStats;
  MapSettings tiny = s;
  tiny.outputSize = QSize(100, 75);
  MapPainter::renderImage(tiny, &tinyStats);
  EXPECT_EQ(tinyStats.featuresDrawn, 25000);
  EXPECT_LE(tinyStats.verticesDrawn, 25000);
  // Zoomed in, the same features keep their detail.
  MapSettings zoomed = s.withExtent(Extent{500000, 3600000, 500400, 3600300});
  RenderStats zoomedStats;
  MapPainter::renderImage(zoomed, &zoomedStats);
  EXPECT_GT(zoomedStats.verticesDrawn, zoomedStats.featuresDrawn * 30);
}

TEST(MapPainter, PaintsIntoPdfWithSearchableChineseLabels) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("map.pdf"));
  MapSettings s = basicMap();
  {
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    s.dpi = 300;
    s.outputSize = QSize(writer.width(), writer.height());
    QPainter painter(&writer);
    const RenderStats stats = MapPainter::paint(painter, s);
    EXPECT_FALSE(stats.cancelled);
    EXPECT_GE(stats.labelsPlaced, 8);
  }
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  EXPECT_TRUE(file.read(5) == "%PDF-");
  QProcess p;
  p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
  ASSERT_TRUE(p.waitForFinished(20000));
  // NFKC: the CJK font shares glyphs between ideographs and Kangxi radicals (大 / ⼤), and Qt's
  // ToUnicode map may name the radical; normalising folds it back to the ideograph.
  const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
  EXPECT_TRUE(text.contains(QString::fromUtf8("安康大道"))) << text.toStdString();
  EXPECT_TRUE(text.contains(QString::fromUtf8("旬阳"))) << text.toStdString();
}

TEST(MapPainter, CancelledBeforePaintingDrawsNothing) {
  MapSettings s = basicMap();
  std::atomic<bool> cancel{true};
  RenderStats stats;
  MapPainter::renderImage(s, &stats, &cancel);
  EXPECT_TRUE(stats.cancelled);
  EXPECT_EQ(stats.featuresDrawn, 0);
}

namespace {

// Two lines and two markers, one of each "schematic" and one "unverified", same symbol.
std::shared_ptr<const FeatureStore> sketchedAndGuessed() {
  FeatureStoreBuilder b({{QStringLiteral("name"), QMetaType::QString}, {QStringLiteral("accuracy"), QMetaType::QString}});
  const char* accuracy[] = {"schematic", "unverified"};
  for (int i = 0; i < 2; ++i) {
    const double line[] = {500000 + 50, 3600600 + i * 100.0, 500000 + 950, 3600600 + i * 100.0};
    b.beginFeature(i + 1, GeometryType::Line);
    b.addPart(line, 2, false);
    std::vector<QVariant> row{QStringLiteral("line"), QString::fromLatin1(accuracy[i])};
    b.endFeature(row);
  }
  for (int i = 0; i < 2; ++i) {
    const double xy[] = {500000 + 300 + i * 400.0, 3600200};
    b.beginFeature(i + 3, GeometryType::Point);
    b.addPart(xy, 1, false);
    std::vector<QVariant> row{QStringLiteral("point"), QString::fromLatin1(accuracy[i])};
    b.endFeature(row);
  }
  return b.finish();
}

}  // namespace

// "Sketched" and "nobody has checked this position" must not look alike: unverified outlines are
// dotted (short runs) where schematic ones are dashed (long runs), and unverified fills are faded.
TEST(MapPainter, UnverifiedFeaturesLookDifferentFromSchematicOnes) {
  LayerStyle style;
  style.symbol.fill = QColor(200, 40, 40);
  style.symbol.stroke = QColor(200, 40, 40);
  style.symbol.strokeWidthMm = 0.8;
  style.symbol.markerSizeMm = 6;
  MapSettings s = settingsFor(testExtent(), QSize(400, 300));
  s.layers.push_back(snapshot(QStringLiteral("mixed"), sketchedAndGuessed(), style));
  s.drawLabels = false;
  s.antialiasing = false;
  const QImage image = MapPainter::renderImage(s);
  auto meanRun = [&](double y) {
    int runs = 0, inked = 0;
    bool previous = false;
    for (double x = 500000 + 100; x < 500000 + 900; x += 1.0) {
      const bool red = near(pixelAt(image, s, x, y), QColor(200, 40, 40), 40);
      if (red) ++inked;
      if (red && !previous) ++runs;
      previous = red;
    }
    return runs ? double(inked) / runs : 0.0;
  };
  const double dash = meanRun(3600600), dot = meanRun(3600700);
  ASSERT_GT(dash, 0);
  ASSERT_GT(dot, 0);
  EXPECT_GT(dash, 2 * dot) << "dash runs " << dash << " px, dot runs " << dot << " px";
  // Marker centres: the schematic one is filled, the unverified one faded towards the white background.
  const QColor schematicFill = pixelAt(image, s, 500000 + 300, 3600200);
  const QColor unverifiedFill = pixelAt(image, s, 500000 + 700, 3600200);
  EXPECT_TRUE(near(schematicFill, QColor(200, 40, 40), 20)) << schematicFill.name().toStdString();
  EXPECT_GT(unverifiedFill.green(), schematicFill.green() + 80) << unverifiedFill.name().toStdString();
}

// Map labels carry the accuracy mark, like every other place a name is shown.
TEST(MapPainter, LabelsOfSketchedFeaturesCarryTheirMark) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("marks.pdf"));
  LayerStyle style;
  style.symbol.fill = QColor(200, 40, 40);
  style.symbol.markerSizeMm = 3;
  style.labels.enabled = true;
  style.labels.field = QStringLiteral("name");
  MapSettings s = settingsFor(testExtent(), QSize(400, 300));
  s.layers.push_back(snapshot(QStringLiteral("mixed"), sketchedAndGuessed(), style));
  {
    QPdfWriter writer(path);
    writer.setResolution(150);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    s.dpi = 150;
    s.outputSize = QSize(writer.width(), writer.height());
    QPainter painter(&writer);
    MapPainter::paint(painter, s);
  }
  QProcess p;
  p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
  ASSERT_TRUE(p.waitForFinished(20000));
  const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
  const FeatureDisplayName::Language language = FeatureDisplayName::uiLanguage();
  // NFKC folds the full-width brackets of the Chinese marks to ASCII ones.
  EXPECT_TRUE(text.contains(FeatureDisplayName::decorate(QStringLiteral("point"), QStringLiteral("schematic"), language)
                                .normalized(QString::NormalizationForm_KC)))
      << text.toStdString();
  EXPECT_TRUE(text.contains(FeatureDisplayName::decorate(QStringLiteral("point"), QStringLiteral("unverified"), language)
                                .normalized(QString::NormalizationForm_KC)))
      << text.toStdString();
}
