#pragma once

namespace planmap {

// A coarse outline of China (mainland, Hainan, Taiwan; about 1/2 degree accurate), in lon/lat
// degrees. Internal to CrsInference: it only has to tell "land in China" from "sea off Japan" or
// "Mongolia" when judging which central meridian makes raw Gauss-Krüger coordinates plausible.
class ChinaOutline {
 public:
  static bool contains(double lon, double lat);
  // The bounding box from the issue: 73-136 E, 3-54 N.
  static bool inBox(double lon, double lat) { return lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54; }
};

}  // namespace planmap
