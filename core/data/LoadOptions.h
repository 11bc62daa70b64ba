#pragma once

#include "Crs.h"

#include <QString>
#include <atomic>
#include <functional>

namespace planmap {

struct LoadOptions {
  QString encodingOverride;        // empty: honour .cpg / language byte / detect
  Crs crsOverride;                 // invalid: read from the file, else infer
  QString layerName;               // empty: every layer of the dataset
  bool repairInvalidGeometries = true;
  // Big local files open from their geometry cache when it is current (LayerCache); false reads the
  // source every time.
  bool useGeometryCache = true;
  const std::atomic<bool>* cancel = nullptr;  // checked between features; a cancelled load fails cleanly
  std::function<void(double fraction)> progress;  // 0..1, called from the loading thread
};

}  // namespace planmap
