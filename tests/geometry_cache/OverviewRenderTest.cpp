#include "CacheFixtures.h"
#include "GeometryCacheReader.h"
#include "GeometryCacheWriter.h"
#include "MapPainter.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <cmath>

using namespace planmap;

namespace {

// A 240 × 160 block of parcels (40 vertices each, 1.5 M vertices) written to a cache and mapped.
class OverviewRender : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new QTemporaryDir;
    memory = test::parcelBlock(240, 160, 10, 0.001);
    const QString path = dir->filePath(QStringLiteral("block.pmgc"));
    ASSERT_TRUE(GeometryCacheWriter::write(*memory, 1, {}, path, nullptr));
    auto opened = GeometryCacheReader::open(path, 1);
    ASSERT_TRUE(opened) << opened.error().toStdString();
    mapped = opened->store;
  }
  static void TearDownTestSuite() {
    mapped.reset();
    memory.reset();
    delete dir;
  }
  static MapSettings settings(const std::shared_ptr<const FeatureStore>& store, const Extent& extent, QSize size,
                              const Symbol& symbol, bool antialiasing) {
    MapSettings s;
    s.extent = extent;
    s.destinationCrs = Crs::fromEpsg(4490);
    s.outputSize = size;
    s.antialiasing = antialiasing;
    LayerRenderSnapshot layer;
    layer.layerId = QStringLiteral("parcels");
    layer.features = store;
    layer.crs = s.destinationCrs;
    layer.style.symbol = symbol;
    s.layers.push_back(layer);
    return s;
  }
  static Extent block() { return Extent{108.0, 32.0, 108.24, 32.16}; }
  static inline QTemporaryDir* dir = nullptr;
  static inline std::shared_ptr<const FeatureStore> memory, mapped;
};

double channelDifference(QRgb a, QRgb b) {
  return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

}  // namespace

TEST_F(OverviewRender, LevelsAreBuiltAndChosenByScale) {
  ASSERT_GE(mapped->overviewCount(), 2u);
  for (std::size_t k = 0; k + 1 < mapped->overviewCount(); ++k) {
    EXPECT_LT(mapped->overviewCellSize(k), mapped->overviewCellSize(k + 1));
    EXPECT_GT(mapped->overview(k).vertexCount(), mapped->overview(k + 1).vertexCount());
  }
  EXPECT_LT(mapped->overview(0).vertexCount(), mapped->vertexCount() * 6 / 10);
  EXPECT_EQ(&mapped->overviewFor(mapped->overviewCellSize(0) / 2), mapped.get());  // zoomed in: full resolution
  EXPECT_EQ(&mapped->overviewFor(mapped->overviewCellSize(1) * 1.01), &mapped->overview(1));
  // Analysis sees full resolution: the store itself is unchanged.
  EXPECT_EQ(mapped->vertexCount(), memory->vertexCount());
}

// The generalized level at its scale looks like full resolution: at most a few pixels differ more
// than a little, where a snapped vertex moved an edge by under a pixel.
TEST_F(OverviewRender, OverviewMatchesFullResolutionAtItsScale) {
  Symbol symbol;
  symbol.fill = QColor(166, 206, 227);
  symbol.stroke = QColor(31, 120, 180);
  symbol.strokeWidthMm = 0.1;
  for (const QSize size : {QSize(1200, 800), QSize(600, 400)}) {
    RenderStats full, overview;
    const QImage a = MapPainter::renderImage(settings(memory, block(), size, symbol, true), &full);
    const QImage b = MapPainter::renderImage(settings(mapped, block(), size, symbol, true), &overview);
    EXPECT_LT(overview.verticesDrawn, full.verticesDrawn) << "the overview level was not used at " << size.width();
    long long differing = 0;
    for (int y = 0; y < a.height(); ++y)
      for (int x = 0; x < a.width(); ++x)
        if (channelDifference(a.pixel(x, y), b.pixel(x, y)) > 64) ++differing;
    EXPECT_LT(double(differing) / (a.width() * a.height()), 0.01) << differing << " pixels differ at " << size.width();
  }
}

// Neighbouring parcels share borders; after snapping to the level's grid they still do, so a fill
// without outline and without anti-aliasing shows no more background inside the block than full
// resolution does (Qt's aliased fill leaves a few pixels on fractional shared edges; on the level's
// whole-cell grid it leaves fewer).
TEST_F(OverviewRender, NoSliverGapsBetweenNeighbours) {
  Symbol symbol;
  symbol.fill = QColor(255, 0, 0);
  symbol.stroke = QColor(0, 0, 0, 0);
  symbol.strokeWidthMm = 0;
  const QSize size(1200, 800);
  long long gaps[2] = {0, 0};
  int which = 0;
  for (const auto& store : {memory, mapped}) {
    const MapSettings s = settings(store, block(), size, symbol, false);
    RenderStats stats;
    const QImage image = MapPainter::renderImage(s, &stats);
    const QPointF lo = s.toPixel(108.0, 32.0), hi = s.toPixel(108.24, 32.16);
    long long white = 0, inside = 0;
    for (int y = int(hi.y()) + 3; y < int(lo.y()) - 3; ++y)
      for (int x = int(lo.x()) + 3; x < int(hi.x()) - 3; ++x) {
        ++inside;
        // Row 7's hole is real: skip its neighbourhood.
        const QPointF m = s.toMap(QPointF(x, y));
        if (std::abs(m.x() - 108.0075) < 0.0004 && std::abs(m.y() - 32.0005) < 0.0004) continue;
        if (qRed(image.pixel(x, y)) < 200 || qGreen(image.pixel(x, y)) > 60) ++white;
      }
    EXPECT_GT(inside, 500000);
    EXPECT_GT(stats.featuresDrawn, 30000);
    gaps[which++] = white;
  }
  EXPECT_LE(gaps[1], gaps[0]) << "the overview opened gaps: " << gaps[1] << " background pixels, full resolution " << gaps[0];
  EXPECT_LT(gaps[1], 100) << "background pixels inside the overview's block";
}
