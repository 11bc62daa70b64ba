#include "ChinaOutline.h"

#include <gtest/gtest.h>

using planmap::ChinaOutline;

// Cities on both sides of the border, to catch a misplaced vertex in the hand-drawn outline.
TEST(ChinaOutline, ContainsChineseCitiesAndExcludesNeighbours) {
  struct City {
    const char* name;
    double lon, lat;
    bool inChina;
  };
  const City cities[] = {
      {"Ankang", 109.03, 32.69, true},      {"Beijing", 116.40, 39.90, true},  {"Shanghai", 121.47, 31.23, true},
      {"Guangzhou", 113.26, 23.13, true},   {"Haikou", 110.33, 20.03, true},   {"Sanya", 109.51, 18.25, true},
      {"Kunming", 102.71, 25.04, true},     {"Lhasa", 91.11, 29.65, true},     {"Urumqi", 87.62, 43.83, true},
      {"Kashgar", 75.99, 39.47, true},      {"Harbin", 126.64, 45.76, true},   {"Mohe", 122.53, 52.97, true},
      {"Hulunbuir", 119.77, 49.21, true},   {"Xiamen", 118.09, 24.48, true},   {"Taipei", 121.56, 25.04, true},
      {"Seoul", 126.98, 37.57, false},      {"Pyongyang", 125.76, 39.03, false}, {"Tokyo", 139.69, 35.69, false},
      {"Osaka", 135.50, 34.69, false},      {"Hanoi", 105.85, 21.03, false},   {"Yangon", 96.16, 16.84, false},
      {"Kathmandu", 85.32, 27.72, false},   {"Thimphu", 89.64, 27.47, false},  {"Srinagar", 74.80, 34.08, false},
      {"Almaty", 76.89, 43.24, false},      {"Ulaanbaatar", 106.91, 47.89, false},
      {"Vladivostok", 131.89, 43.12, false}, {"Yellow Sea", 123.5, 35.0, false},
  };
  for (const City& c : cities) EXPECT_EQ(ChinaOutline::contains(c.lon, c.lat), c.inChina) << c.name;
}
