#pragma once

#include "FeatureStore.h"
#include "LayerRenderSnapshot.h"
#include "MapSettings.h"

#include <memory>

namespace planmap::test {

// Small synthetic layers built with FeatureStoreBuilder, in a projected CRS (EPSG:4545, metres).
// Map area: x 500000..501000, y 3600000..3600750.

// Three 200 m squares in a row with kind = "farm", "forest", "water"; the middle one has a 100 m hole.
// A fourth feature is a two-part multipolygon with kind "farm" and accuracy "schematic".
std::shared_ptr<const FeatureStore> zones();
// Two horizontal lines at y = 3600600 (solid, accuracy "surveyed") and y = 3600700 (accuracy "schematic").
std::shared_ptr<const FeatureStore> roads();
// Six points with Chinese names, one per marker shape, along y = 3600100.
std::shared_ptr<const FeatureStore> towns();
// `count` squares of `verticesPerRing` vertices each on a grid over `extent`, with a Chinese name.
std::shared_ptr<const FeatureStore> grid(int columns, int rows, int verticesPerRing, const Extent& extent);

LayerRenderSnapshot snapshot(const QString& id, std::shared_ptr<const FeatureStore> store, const LayerStyle& style);
MapSettings settingsFor(const Extent& extent, QSize size);
Extent testExtent();

}  // namespace planmap::test
