#pragma once

#include <cstdint>

namespace planmap {

// The geometry kinds PlanMap draws. Multi-geometries are stored as several parts of one feature.
enum class GeometryType : std::uint8_t { None = 0, Point = 1, Line = 2, Polygon = 3 };

}  // namespace planmap
