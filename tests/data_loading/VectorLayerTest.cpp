#include "LayerLoader.h"

#include "TestPaths.h"

#include <gtest/gtest.h>

using namespace planmap;

TEST(VectorLayer, FeatureKeyIsTheKeyFieldElseTheFid) {
  auto result = LayerLoader::load(loadingFixture("gbk_cpg/ankang_cpg936.shp"));
  ASSERT_TRUE(result.isOk()) << result.error().toStdString();
  VectorLayer& layer = *result->front();
  EXPECT_EQ(layer.featureKey(2), "2");
  EXPECT_EQ(layer.rowOfKey("2"), 2);
  layer.keyField = "adcode";
  EXPECT_EQ(layer.featureKey(0), "610902");
  // The cached index follows the key field.
  EXPECT_EQ(layer.rowOfKey("610929"), 9);
  EXPECT_EQ(layer.rowOfKey("2"), -1);
  layer.keyField = "name";
  EXPECT_EQ(layer.rowOfKey(QStringLiteral("旬阳市")), 8);
  EXPECT_EQ(layer.featureKey(99), QString());
}
