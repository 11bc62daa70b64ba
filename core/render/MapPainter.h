#pragma once

#include "MapSettings.h"
#include "RenderStats.h"

#include <QPainter>
#include <atomic>

namespace planmap {

class ReprojectionCache;

// The one painting code path, for the screen, PNG/TIFF export and PDF: draws the settings' layers
// onto any QPainter (QImage, QPdfWriter, …). Checks `cancel` often and returns early when it is set.
// Level of detail: vertices closer than a pixel are merged; features smaller than a pixel become dots.
class MapPainter {
 public:
  // `cache` keeps layers reprojected to the destination CRS between renders (may be null).
  static RenderStats paint(QPainter& painter, const MapSettings& settings, const std::atomic<bool>* cancel = nullptr,
                           ReprojectionCache* cache = nullptr);
  // Convenience: a new image of outputSize × devicePixelRatio, tagged with the ratio.
  static QImage renderImage(const MapSettings& settings, RenderStats* stats = nullptr,
                            const std::atomic<bool>* cancel = nullptr, ReprojectionCache* cache = nullptr);

 private:
  static RenderStats paintImpl(QPainter& painter, const MapSettings& settings, const std::atomic<bool>* cancel,
                               ReprojectionCache* cache, bool skipBackground);
};

}  // namespace planmap
