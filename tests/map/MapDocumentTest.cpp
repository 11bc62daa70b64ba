#include "MapDocument.h"

#include "CoordinateTransform.h"
#include "LayerLoader.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

std::shared_ptr<VectorLayer> fixtureLayer(const char* relative) {
  auto result = LayerLoader::load(QStringLiteral(PLANMAP_TEST_DATA "/loading/") + QString::fromUtf8(relative));
  EXPECT_TRUE(result.isOk()) << result.error().toStdString();
  return result ? result->front() : nullptr;
}

std::shared_ptr<VectorLayer> named(const QString& id) {
  auto layer = std::make_shared<VectorLayer>();
  layer->id = id;
  return layer;
}

QStringList ids(const MapDocument& doc) {
  QStringList out;
  for (const auto& l : doc.layers()) out << l->id;
  return out;
}

}  // namespace

TEST(MapDocument, DefaultDisplayCrsIsGaussKrugerThroughAnkang) {
  MapDocument doc;
  EXPECT_EQ(doc.displayCrs().epsg(), 4545);
  EXPECT_EQ(MapDocument::defaultDisplayCrs().epsg(), 4545);
}

TEST(MapDocument, AddRemoveMoveKeepOrderAndSignal) {
  MapDocument doc;
  QSignalSpy changed(&doc, &MapDocument::layersChanged);
  doc.addLayer(named("a"));
  doc.addLayer(named("b"));
  doc.addLayer(named("c"), 0);  // bottom
  EXPECT_EQ(ids(doc), (QStringList{"c", "a", "b"}));
  doc.moveLayer("c", 2);
  EXPECT_EQ(ids(doc), (QStringList{"a", "b", "c"}));
  auto removed = doc.removeLayer("b");
  ASSERT_TRUE(removed);
  EXPECT_EQ(removed->id, "b");
  EXPECT_EQ(ids(doc), (QStringList{"a", "c"}));
  EXPECT_EQ(changed.count(), 5);
  EXPECT_FALSE(doc.removeLayer("nope"));
  EXPECT_EQ(changed.count(), 5);
  EXPECT_EQ(doc.indexOf("c"), 1);
  EXPECT_EQ(doc.layer("a")->id, "a");
  EXPECT_FALSE(doc.layer("b"));
}

TEST(MapDocument, LayerIdsStayUnique) {
  MapDocument doc;
  doc.addLayer(named("counties"));
  EXPECT_EQ(doc.uniqueLayerId("counties"), "counties-2");
  EXPECT_EQ(doc.uniqueLayerId("rivers"), "rivers");
  doc.addLayer(named("counties"));
  EXPECT_EQ(ids(doc), (QStringList{"counties", "counties-2"}));
}

TEST(MapDocument, LayerChangedAndDisplayCrsSignals) {
  MapDocument doc;
  doc.addLayer(named("a"));
  QSignalSpy layerChanged(&doc, &MapDocument::layerChanged);
  QSignalSpy crsChanged(&doc, &MapDocument::displayCrsChanged);
  const auto before = doc.layer("a");
  EXPECT_TRUE(doc.editLayer("a", [](VectorLayer& l) { l.opacity = 0.5; }));
  EXPECT_FALSE(doc.editLayer("missing", [](VectorLayer& l) { l.opacity = 0.5; }));
  EXPECT_FALSE(doc.replaceLayer("missing", before));
  ASSERT_EQ(layerChanged.count(), 1);
  EXPECT_EQ(layerChanged.front().front().toString(), "a");
  // A new layer was swapped in; the old one, which a worker may still hold, is unchanged.
  EXPECT_NE(doc.layer("a"), before);
  EXPECT_DOUBLE_EQ(doc.layer("a")->opacity, 0.5);
  EXPECT_DOUBLE_EQ(before->opacity, 1.0);
  EXPECT_EQ(doc.layer("a")->features, before->features);  // the data is shared, not copied
  // A replacement keeps the id and place it replaces.
  auto other = std::make_shared<VectorLayer>(*before);
  other->id = "zzz";
  EXPECT_TRUE(doc.replaceLayer("a", other));
  EXPECT_EQ(doc.layer("a")->id, "a");
  EXPECT_EQ(doc.indexOf("zzz"), -1);
  doc.setDisplayCrs(Crs::fromEpsg(4545));  // unchanged: no signal
  doc.setDisplayCrs(Crs::fromEpsg(4490));
  EXPECT_EQ(crsChanged.count(), 1);
  EXPECT_EQ(doc.displayCrs().epsg(), 4490);
}

TEST(MapDocument, FullExtentTransformsLayersIntoTheDisplayCrs) {
  MapDocument doc;
  auto lonLat = fixtureLayer("utf8_detect/ankang_utf8.shp");      // EPSG:4490, degrees
  auto projected = fixtureLayer("gbk_detect/ankang_gbk.shp");     // EPSG:4545, metres
  ASSERT_TRUE(lonLat && projected);
  doc.addLayer(lonLat);
  const Extent e = doc.fullExtent();
  ASSERT_FALSE(e.isEmpty());
  // Metres on CM 108E, not degrees.
  EXPECT_GT(e.minX, 400000);
  EXPECT_GT(e.minY, 3400000);
  // Every vertex of the lon/lat layer, transformed one by one, lies inside the extent.
  auto transform = CoordinateTransform::create(lonLat->crs, doc.displayCrs());
  ASSERT_TRUE(transform.isOk());
  const FeatureStore& s = *lonLat->features;
  for (std::uint32_t v = 0; v < s.vertexCount(); ++v) {
    double x = s.vertex(v)[0], y = s.vertex(v)[1];
    ASSERT_TRUE(transform->transformPoint(x, y));
    EXPECT_TRUE(e.buffered(1e-6).contains(x, y));
  }
  // The same counties in EPSG:4545 cover the same ground, to within the squares' size.
  doc.addLayer(projected);
  const Extent both = doc.fullExtent();
  EXPECT_NEAR(both.centerX(), e.centerX(), 3000);
  EXPECT_NEAR(both.centerY(), e.centerY(), 3000);
  // Hidden layers do not count.
  for (const QString& id : {lonLat->id, projected->id}) doc.editLayer(id, [](VectorLayer& l) { l.visible = false; });
  EXPECT_TRUE(doc.fullExtent().isEmpty());
}
