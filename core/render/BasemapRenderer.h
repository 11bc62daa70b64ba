#pragma once

#include <QString>
#include <atomic>

class QPainter;

namespace planmap {

class MapSettings;

// A background drawn under the vector layers (hillshade, web tiles): not a layer of the map
// document, so analysis, identify and layer lists never see it. MapPainter calls draw() on the
// render job's worker thread, so implementations must be safe to call from any thread and
// return soon after `cancel` is set.
class BasemapRenderer {
 public:
  virtual ~BasemapRenderer() = default;
  // Paints the whole viewport (settings.outputSize, logical pixels) for settings' extent and CRS.
  virtual void draw(QPainter& painter, const MapSettings& settings, const std::atomic<bool>* cancel) const = 0;
  // The credit line for the screen and exports, e.g. "© OpenStreetMap contributors".
  virtual QString attribution() const = 0;
  // Whether it draws heights (a DEM or hillshade): a map note then names the height datum.
  virtual bool showsHeights() const { return false; }
};

}  // namespace planmap
