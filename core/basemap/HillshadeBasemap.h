#pragma once

#include "BasemapRenderer.h"
#include "HillshadeOptions.h"
#include "Result.h"
#include "ShadedRelief.h"

#include <QImage>
#include <QMutex>
#include <QString>
#include <atomic>
#include <list>
#include <memory>

namespace planmap {

// The offline basemap that is always there: shaded relief with an elevation tint from a DEM
// (the bundled ETOPO5 excerpt of the Qinling–Daba mountains by default). Drawn per output pixel:
// each pixel is mapped back to the DEM's CRS (PROJ on a coarse grid of the output, interpolated
// between grid nodes) and the precomputed relief image sampled bilinearly, so any display CRS works.
// Thread-safe: draw() may run on several render workers at once; the last few rendered views are
// cached (keyed by extent, pixel size and CRS), so repaints of an unchanged view cost a blit.
class HillshadeBasemap : public BasemapRenderer {
 public:
  static Result<std::shared_ptr<HillshadeBasemap>> create(const HillshadeOptions& options);
  // The DEM named by geodata/bundled_map.json's "dem" entry, with its attribution line.
  static Result<std::shared_ptr<HillshadeBasemap>> createBundled(double opacity = 1);
  // The credit for the bundled DEM, stating its resolution so nobody reads detail into it.
  static QString bundledAttribution();

  void draw(QPainter& painter, const MapSettings& settings, const std::atomic<bool>* cancel) const override;
  QString attribution() const override { return options_.attribution; }
  bool showsHeights() const override { return true; }

  const HillshadeOptions& options() const { return options_; }
  const ShadedRelief& relief() const { return relief_; }
  // The relief for the settings' view as an image of outputSize × devicePixelRatio, or a null
  // image when cancelled. Transparent where the DEM has no data.
  QImage renderView(const MapSettings& settings, const std::atomic<bool>* cancel) const;
  // For tests and diagnostics: how many renderView() calls were served from the view cache.
  int cacheHits() const { return cacheHits_.load(); }

 private:
  HillshadeBasemap(HillshadeOptions options, ShadedRelief relief);
  QImage computeView(const MapSettings& settings, const std::atomic<bool>* cancel) const;

  HillshadeOptions options_;
  ShadedRelief relief_;
  struct CachedView {
    QString key;
    QImage image;
  };
  mutable QMutex mutex_;
  mutable std::list<CachedView> views_;  // most recent first
  mutable std::atomic<int> cacheHits_{0};
};

}  // namespace planmap
