#pragma once

#include "FeatureDisplayName.h"
#include "FeatureStore.h"
#include "LabelStyle.h"
#include "PixelMapper.h"
#include "RenderStats.h"

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QSizeF>
#include <atomic>
#include <cstdint>
#include <vector>

namespace planmap {

// Places labels without overlaps and draws them with a halo (internal to planmap_render).
// Candidates from every labelled layer are collected first (anchor = polygon interior point, line
// midpoint or point offset), ordered by priority then feature size, and tested against a uniform
// collision grid of already placed label rectangles. The test uses a width *estimated* from the
// character count, so the 99 % of candidates that lose never pay for text shaping; a winner is then
// measured for real and tested again before it is placed. Text is drawn as real text (searchable in
// PDF) over a halo: on images the text repeated on a ring of offsets, on vector devices the text's
// outline stroked with a round-joined pen.
class LabelEngine {
 public:
  LabelEngine(const QRectF& viewport, double dpi, double deviceScale);

  // Collects candidates of features `ids` of a layer (call in drawing order; later layers win ties).
  void addLayer(const FeatureStore& store, const LabelStyle& style, double markerPx, const std::vector<std::uint32_t>& ids,
                const PixelMapper& mapper, const std::atomic<bool>* cancel);
  // Places and draws; returns false when cancelled. Fills labelsPlaced / labelsCandidates.
  bool placeAndDraw(QPainter& painter, const std::atomic<bool>* cancel, RenderStats& stats);

  // The rectangles (logical pixels) of the labels placed by placeAndDraw, for tests and hit-testing.
  const std::vector<QRectF>& placedRects() const { return placed_; }

  // Anchors in map units; exposed for tests. Polygon: centroid of the largest ring when inside the
  // feature, else the middle of the widest inside span on the horizontal line through it.
  static bool polygonAnchor(const FeatureStore& store, std::uint32_t f, double& x, double& y, double& area);
  static bool lineAnchor(const FeatureStore& store, std::uint32_t f, double& x, double& y, double& length);

 private:
  struct LayerInfo {
    const FeatureStore* store;
    LabelStyle style;
    int field;
    QFont font;
    double ascent, descent, cjkAdvance, latinAdvance, haloPx;
    int accuracy = -1;  // the "accuracy" field: schematic / unverified labels carry their mark
    FeatureDisplayName::Language language = FeatureDisplayName::Language::Chinese;
  };
  struct Candidate {
    float x, y;        // anchor in logical pixels
    float weight;      // larger features first among equal priorities
    std::uint32_t row;
    std::uint16_t layer;
    std::uint8_t kind;  // 0 centred (polygon, line), 1 right of a point
    std::int32_t priority;
  };
  QRectF rectFor(const Candidate& c, double width) const;
  bool collides(const QRectF& r) const;
  void insert(const QRectF& r);

  QRectF viewport_;
  double dpi_;
  double deviceScale_;
  std::vector<LayerInfo> layers_;
  std::vector<Candidate> candidates_;
  std::vector<double> markerOffsets_;
  // Collision grid: per cell the placed rectangles that touch it.
  double cell_ = 48;
  int columns_ = 1, rows_ = 1;
  std::vector<std::vector<std::uint32_t>> grid_;
  std::vector<QRectF> placed_;
};

}  // namespace planmap
