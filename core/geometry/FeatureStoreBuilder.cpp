#include "FeatureStoreBuilder.h"

#include <cstring>

namespace planmap {

FeatureStoreBuilder::FeatureStoreBuilder(std::vector<FieldDefinition> fields)
    : store_(std::make_shared<FeatureStore>()), attributes_(std::make_shared<AttributeTable>(std::move(fields))) {}

void FeatureStoreBuilder::reserve(std::size_t features, std::size_t vertices) {
  store_->own_.types.reserve(features);
  store_->own_.fids.reserve(features);
  store_->own_.featurePart.reserve(features + 1);
  store_->own_.partVertex.reserve(features + 1);
  store_->own_.partFlags.reserve(features);
  store_->own_.xy.reserve(vertices * 2);
  attributes_->reserve(features);
}

void FeatureStoreBuilder::beginFeature(std::int64_t fid, GeometryType type) {
  store_->own_.types.push_back(type);
  store_->own_.fids.push_back(fid);
  openPartStart_ = store_->own_.xy.size() / 2;
}

void FeatureStoreBuilder::addPart(const double* xy, std::size_t count, bool startsPolygon) {
  std::memcpy(appendVertices(count), xy, count * 2 * sizeof(double));
  closePart(startsPolygon);
}

double* FeatureStoreBuilder::appendVertices(std::size_t count) {
  auto& xy = store_->own_.xy;
  const std::size_t old = xy.size();
  xy.resize(old + 2 * count);
  return xy.data() + old;
}

void FeatureStoreBuilder::closePart(bool startsPolygon) {
  const std::size_t end = store_->own_.xy.size() / 2;
  if (end == openPartStart_) return;
  store_->own_.partVertex.push_back(static_cast<std::uint32_t>(end));
  store_->own_.partFlags.push_back(startsPolygon ? FeatureStore::kStartsPolygon : 0);
  openPartStart_ = end;
}

void FeatureStoreBuilder::discardOpenPart() { store_->own_.xy.resize(openPartStart_ * 2); }

void FeatureStoreBuilder::endFeature(std::vector<QVariant>& attributes) {
  discardOpenPart();
  store_->own_.featurePart.push_back(static_cast<std::uint32_t>(store_->own_.partVertex.size() - 1));
  attributes_->appendRow(attributes);
}

void FeatureStoreBuilder::endFeature() {
  discardOpenPart();
  store_->own_.featurePart.push_back(static_cast<std::uint32_t>(store_->own_.partVertex.size() - 1));
  attributes_->endRow();
}

std::shared_ptr<const FeatureStore> FeatureStoreBuilder::finish() {
  attributes_->finishBuilding();
  store_->attributes_ = attributes_;
  store_->rebuildBoundsAndIndex();
  std::shared_ptr<const FeatureStore> done = std::move(store_);
  store_ = std::make_shared<FeatureStore>();
  attributes_ = std::make_shared<AttributeTable>(done->attributes().fields());
  return done;
}

}  // namespace planmap
