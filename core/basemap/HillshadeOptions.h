#pragma once

#include <QString>

namespace planmap {

// How a DEM becomes a shaded-relief basemap. Defaults: the cartographic convention of light from
// the north-west (azimuth 315°, altitude 45°), which reads as relief rather than as inverted valleys.
struct HillshadeOptions {
  QString demPath;
  QString attribution;          // credit line shown with the basemap
  double azimuthDeg = 315;      // where the light comes from, clockwise from north
  double altitudeDeg = 45;      // above the horizon
  // Vertical exaggeration: a 9 km DEM flattens slopes, so real relief needs help to show.
  double zFactor = 5;
  // The hillshade is computed once on the DEM grid refined this many times (bicubic), so that
  // screen pixels interpolate a smooth surface instead of showing the 9 km cells.
  int upsample = 8;
  // Passes of a 3 × 3 binomial filter over the DEM before shading. ETOPO5 on land is 10′ data
  // interpolated to 5′, which shades as a chequer of ridges along the grid; one pass removes it.
  int smoothing = 1;
  double opacity = 1;
};

}  // namespace planmap
