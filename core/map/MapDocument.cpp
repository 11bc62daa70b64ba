#include "MapDocument.h"

#include "CoordinateTransform.h"

#include <algorithm>

namespace planmap {

MapDocument::MapDocument(QObject* parent) : QObject(parent), displayCrs_(defaultDisplayCrs()) {}

Crs MapDocument::defaultDisplayCrs() { return Crs::fromEpsg(4545); }

void MapDocument::setTitle(const QString& title) { title_ = title; }

std::shared_ptr<VectorLayer> MapDocument::layer(const QString& id) const {
  const int i = indexOf(id);
  return i < 0 ? nullptr : layers_[static_cast<std::size_t>(i)];
}

int MapDocument::indexOf(const QString& id) const {
  for (std::size_t i = 0; i < layers_.size(); ++i)
    if (layers_[i]->id == id) return static_cast<int>(i);
  return -1;
}

void MapDocument::addLayer(std::shared_ptr<VectorLayer> layer, int index) {
  if (!layer) return;
  // Ids name layers in projects, links and signals, so they stay unique.
  if (layer->id.isEmpty() || indexOf(layer->id) >= 0) layer->id = uniqueLayerId(layer->id.isEmpty() ? QStringLiteral("layer") : layer->id);
  if (index < 0 || index > static_cast<int>(layers_.size())) index = static_cast<int>(layers_.size());
  layers_.insert(layers_.begin() + index, std::move(layer));
  Q_EMIT layersChanged();
}

std::shared_ptr<VectorLayer> MapDocument::removeLayer(const QString& id) {
  const int i = indexOf(id);
  if (i < 0) return nullptr;
  auto removed = layers_[static_cast<std::size_t>(i)];
  layers_.erase(layers_.begin() + i);
  Q_EMIT layersChanged();
  return removed;
}

void MapDocument::moveLayer(const QString& id, int newIndex) {
  const int i = indexOf(id);
  if (i < 0) return;
  newIndex = std::clamp(newIndex, 0, static_cast<int>(layers_.size()) - 1);
  if (newIndex == i) return;
  auto moving = layers_[static_cast<std::size_t>(i)];
  layers_.erase(layers_.begin() + i);
  layers_.insert(layers_.begin() + newIndex, std::move(moving));
  Q_EMIT layersChanged();
}

QString MapDocument::uniqueLayerId(const QString& base) const {
  const QString stem = base.isEmpty() ? QStringLiteral("layer") : base;
  if (indexOf(stem) < 0) return stem;
  for (int k = 2;; ++k) {
    const QString candidate = QStringLiteral("%1-%2").arg(stem).arg(k);
    if (indexOf(candidate) < 0) return candidate;
  }
}

void MapDocument::notifyLayerChanged(const QString& id) {
  if (indexOf(id) >= 0) Q_EMIT layerChanged(id);
}

void MapDocument::setDisplayCrs(const Crs& crs) {
  if (!crs.isValid() || crs == displayCrs_) return;
  displayCrs_ = crs;
  Q_EMIT displayCrsChanged();
}

Extent MapDocument::fullExtent() const {
  Extent all;
  for (const auto& layer : layers_) {
    if (!layer->visible || !layer->features || layer->features->extent().isEmpty()) continue;
    const Extent native = layer->features->extent();
    if (!layer->crs.isValid() || layer->crs == displayCrs_) {
      // Without a CRS the coordinates are drawn as they are (see the renderer).
      all.include(native);
      continue;
    }
    auto transform = CoordinateTransform::create(layer->crs, displayCrs_);
    if (!transform) continue;
    all.include(transform->transformBounds(native));
  }
  return all;
}

}  // namespace planmap
