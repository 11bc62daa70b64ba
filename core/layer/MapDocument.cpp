#include "MapDocument.h"

#include "CoordinateTransform.h"

#include <QThread>
#include <algorithm>

namespace planmap {
namespace {

// The document belongs to the thread it was made on (the UI thread in the app); workers get
// snapshot()s. Cheap, so it is checked in debug builds on every change.
void assertOwnerThread(const QObject* self) {
  Q_ASSERT_X(self->thread() == QThread::currentThread(), "MapDocument",
             "layers are changed on the document's own thread only; workers use snapshot()");
  Q_UNUSED(self);
}

}  // namespace

MapDocument::MapDocument(QObject* parent) : QObject(parent), displayCrs_(defaultDisplayCrs()) {}

Crs MapDocument::defaultDisplayCrs() { return Crs::fromEpsg(4545); }

void MapDocument::setTitle(const QString& title) { title_ = title; }

MapDocument::LayerPtr MapDocument::layer(const QString& id) const {
  const int i = indexOf(id);
  return i < 0 ? nullptr : layers_[static_cast<std::size_t>(i)];
}

int MapDocument::indexOf(const QString& id) const {
  for (std::size_t i = 0; i < layers_.size(); ++i)
    if (layers_[i]->id == id) return static_cast<int>(i);
  return -1;
}

MapDocument::LayerPtr MapDocument::addLayer(LayerPtr layer, int index) {
  assertOwnerThread(this);
  if (!layer) return nullptr;
  // Ids name layers in projects, links and signals, so they stay unique.
  if (layer->id.isEmpty() || indexOf(layer->id) >= 0) {
    auto renamed = std::make_shared<VectorLayer>(*layer);
    renamed->id = uniqueLayerId(layer->id.isEmpty() ? QStringLiteral("layer") : layer->id);
    layer = std::move(renamed);
  }
  if (index < 0 || index > static_cast<int>(layers_.size())) index = static_cast<int>(layers_.size());
  layers_.insert(layers_.begin() + index, layer);
  Q_EMIT layersChanged();
  return layer;
}

MapDocument::LayerPtr MapDocument::removeLayer(const QString& id) {
  assertOwnerThread(this);
  const int i = indexOf(id);
  if (i < 0) return nullptr;
  auto removed = layers_[static_cast<std::size_t>(i)];
  layers_.erase(layers_.begin() + i);
  Q_EMIT layersChanged();
  return removed;
}

bool MapDocument::replaceLayer(const QString& id, LayerPtr layer) {
  assertOwnerThread(this);
  const int i = indexOf(id);
  if (i < 0 || !layer) return false;
  if (layer->id != id) {
    auto renamed = std::make_shared<VectorLayer>(*layer);
    renamed->id = id;
    layer = std::move(renamed);
  }
  layers_[static_cast<std::size_t>(i)] = std::move(layer);
  Q_EMIT layerChanged(id);
  return true;
}

void MapDocument::moveLayer(const QString& id, int newIndex) {
  assertOwnerThread(this);
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
