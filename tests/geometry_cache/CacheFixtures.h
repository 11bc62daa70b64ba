#pragma once

#include "FeatureStore.h"

#include <gtest/gtest.h>

#include <QString>
#include <memory>

namespace planmap::test {

// A city block of `columns` × `rows` parcels that share their borders exactly (every inner grid
// vertex jittered once and used by all four parcels around it), `perEdge` vertices per edge, over
// lon 108..108+columns*cell. Attributes of every stored kind: pid (Int), code (String, repeated),
// name (String, unique, Chinese), area (Double), built (Date), checked (Bool), stamp (DateTime,
// a QVariant column), with some nulls. Row 7 (if present) has a hole; row 11 two parts.
std::shared_ptr<const FeatureStore> parcelBlock(int columns, int rows, int perEdge, double cell);
// Every feature, part, vertex, fid, bound and attribute of a and b are equal.
::testing::AssertionResult sameStore(const FeatureStore& a, const FeatureStore& b);
// Writes the block as a GeoPackage layer "parcels" (EPSG:4490) with GDAL.
void writeGpkg(const QString& path, int columns, int rows, int perEdge, double cell, int extraFeatures = 0);

}  // namespace planmap::test
