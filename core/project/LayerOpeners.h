#pragma once

#include "LayerSource.h"
#include "LoadOptions.h"
#include "Result.h"
#include "VectorLayer.h"

#include <functional>
#include <memory>

namespace planmap {

// How a project opens a layer whose data lives where core/project cannot read it itself (a PostGIS
// table): the folder that can read it installs an opener at start-up (see
// PostGisLayerSource::installProjectOpener), so the project reader names no database library and
// core/project does not depend on core/postgis. Safe to call from any thread.
class LayerOpeners {
 public:
  using Opener = std::function<Result<std::shared_ptr<VectorLayer>>(const LayerSource& source, const LoadOptions& options)>;

  static void install(LayerSource::Kind kind, Opener opener);
  // The layer's data, or why not ("PostGIS layers are not available in this build" when no opener
  // for the kind is installed).
  static Result<std::shared_ptr<VectorLayer>> open(const LayerSource& source, const LoadOptions& options);
};

}  // namespace planmap
