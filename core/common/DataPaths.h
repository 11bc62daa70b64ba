#pragma once

#include <QString>

namespace planmap {

// Where the files PlanMap reads at run time are found: the bundled data (geodata/) and the layout
// templates (layouts/). An installed build finds them relative to the binary only
// (<bin>/../share/planmap/{geodata,layouts}); the source tree is consulted only by a binary that runs
// inside the build tree it was built in (the app under development, the tests). $PLANMAP_GEODATA and
// $PLANMAP_LAYOUTS override both.
class DataPaths {
 public:
  static QString geodataDir();
  // Absolute path of a file inside geodata/, e.g. "plan/ankang_14th_fyp.json".
  static QString geodataFile(const QString& relativePath);
  // The layout templates (a3_landscape_plan.json, ...).
  static QString layoutsDir();
  // <bin>/../share/planmap: where the package installs the resources.
  static QString installedShareDir();
  // True when the running binary lies inside the build tree of this source checkout.
  static bool runningFromBuildTree();
};

}  // namespace planmap
