#include "Project.h"

#include "AtomicFileWriter.h"
#include "BundledMap.h"
#include "LayerLoader.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"

#include "DataPaths.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace planmap {

Project::Project(QObject* parent) : QObject(parent), document_(new MapDocument(this)) {
  connect(&undoStack_, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean || dirty_); });
}

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::createBundled() {
  using R = Result<std::unique_ptr<Project>>;
  auto project = std::make_unique<Project>();
  if (Status st = project->loadBundled(); !st) return R::fail(st.error());
  return R::ok(std::move(project));
}

Status Project::loadBundled() {
  if (Status st = BundledMap::loadInto(*document_); !st) return st;
  for (const auto& layer : document_->layers()) {
    LayerSource source;
    source.kind = LayerSource::Kind::Bundled;
    source.bundledId = layer->id;
    sources_.insert(layer->id, source);
  }
  auto catalog = PlanCatalog::loadBundled();
  if (!catalog) return Status::fail(catalog.error());
  catalog_ = std::move(catalog.value());
  const QString linksPath = DataPaths::geodataFile(QStringLiteral("plan/bundled_links.json"));
  auto links = LinkStore::load(linksPath);
  if (!links) return Status::fail(links.error());
  links_ = std::move(links.value());
  // Progress figures, when the data ships any (plan/*progress*.json).
  const QDir planDir(QFileInfo(linksPath).absolutePath());
  for (const QString& name : planDir.entryList({QStringLiteral("*progress*.json")}, QDir::Files)) {
    auto progress = ProgressStore::load(planDir.filePath(name));
    if (!progress) return Status::fail(progress.error());
    for (const ProgressRecord& record : progress->records()) progress_.add(record);
  }
  // The bundled map is the starting point, not an edit.
  undoStack_.clear();
  dirty_ = false;
  Q_EMIT linksChanged();
  Q_EMIT progressChanged();
  return Status::ok();
}

Result<std::unique_ptr<Project>> Project::open(const QString& path) { return ProjectReader::read(path); }

Status Project::save(const QString& path) {
  const QString target = path.isEmpty() ? filePath_ : path;
  if (target.isEmpty()) return Status::fail(QStringLiteral("the project has no file name yet"));
  const QByteArray bytes = ProjectWriter::toBytes(*this, target);
  if (Status st = AtomicFileWriter::write(target, bytes); !st) return st;
  // File layers keep pointing at the same data after "save as" into another folder.
  const QString oldDir = projectDir();
  filePath_ = QFileInfo(target).absoluteFilePath();
  for (auto it = sources_.begin(); it != sources_.end(); ++it)
    if (it->kind == LayerSource::Kind::File) it->path = LayerSource::relativeTo(it->absolutePath(oldDir), projectDir());
  setModified(false);
  return Status::ok();
}

const ConstraintMarking* Project::constraintMarking(const QString& layerId) const {
  const auto it = markings_.constFind(layerId);
  return it == markings_.constEnd() ? nullptr : &it.value();
}

void Project::setConstraintMarking(const QString& layerId, const std::optional<ConstraintMarking>& marking) {
  if (marking) markings_.insert(layerId, *marking);
  else markings_.remove(layerId);
  Q_EMIT constraintsChanged();
}

AnalysisInputs Project::analysisInputs() const {
  AnalysisInputs in;
  for (const auto& layer : document_->layers()) {
    in.layers.push_back(layer);
    const LayerSource source = sources_.value(layer->id);
    if (source.kind == LayerSource::Kind::Bundled && source.bundledId == layer->id && !isMissing(layer->id))
      in.bundledLayerIds.insert(layer->id);
    if (const ConstraintMarking* m = constraintMarking(layer->id)) in.markings.emplace_back(layer->id, *m);
  }
  in.catalog = std::make_shared<const PlanCatalog>(catalog_);
  in.links = std::make_shared<const LinkStore>(links_);
  in.progress = std::make_shared<const ProgressStore>(progress_);
  in.thresholds = std::make_shared<const WarningThresholds>(thresholds_);
  return in;
}

QString Project::projectDir() const {
  return filePath_.isEmpty() ? QString() : QFileInfo(filePath_).absolutePath();
}

bool Project::isModified() const { return dirty_ || !undoStack_.isClean(); }

void Project::setModified(bool modified) {
  const bool was = isModified();
  dirty_ = modified;
  if (!modified) undoStack_.setClean();
  if (was != isModified()) Q_EMIT modifiedChanged(isModified());
}

void Project::markDirty() { setModified(true); }

void Project::setPlanStore(const PlanStoreRef& store) {
  if (store == planStore_) return;
  planStore_ = store;
  markDirty();
  Q_EMIT planStoreChanged();
}

void Project::setWarningThresholds(const WarningThresholds& thresholds) {
  if (thresholds == thresholds_) return;
  thresholds_ = thresholds;
  markDirty();
  Q_EMIT warningThresholdsChanged();
}

void Project::replacePlanDataFromStore(const LinkStore& links, const ProgressStore& progress) {
  links_ = links;
  progress_ = progress;
  Q_EMIT linksChanged();
  Q_EMIT progressChanged();
}

Status Project::addCatalogFile(const QString& path) {
  if (Status st = catalog_.addFile(path); !st) return st;
  extraCatalogs_ << QFileInfo(path).absoluteFilePath();
  markDirty();
  return Status::ok();
}

void Project::setLayouts(const QJsonArray& layouts) {
  if (layouts == layouts_) return;
  layouts_ = layouts;
  markDirty();
}

void Project::setLayoutsFromUndoCommand(const QJsonArray& layouts) { layouts_ = layouts; }

void Project::setViewExtent(const Extent& extent) {
  // The view is remembered but not an edit: moving the map does not ask "save changes?".
  viewExtent_ = extent;
}

void Project::setLayerSource(const QString& layerId, const LayerSource& source) { sources_.insert(layerId, source); }

void Project::addFileLayer(std::shared_ptr<VectorLayer> layer, const LayerSource& source) {
  LayerSource stored = source;
  if (stored.kind == LayerSource::Kind::File && !projectDir().isEmpty())
    stored.path = LayerSource::relativeTo(stored.absolutePath(projectDir()), projectDir());
  // The document may rename a clashing id: remember the source under the id the layer ends up with.
  const MapDocument::LayerPtr added = document_->addLayer(std::move(layer));
  sources_.insert(added->id, stored);
  markDirty();
}

bool Project::removeLayer(const QString& layerId) {
  if (!document_->removeLayer(layerId)) return false;
  sources_.remove(layerId);
  if (markings_.remove(layerId) > 0) Q_EMIT constraintsChanged();
  const auto gone = std::remove_if(missing_.begin(), missing_.end(), [&](const MissingLayer& m) { return m.layerId == layerId; });
  if (gone != missing_.end()) {
    missing_.erase(gone, missing_.end());
    Q_EMIT missingLayersChanged();
  }
  markDirty();
  return true;
}

bool Project::isMissing(const QString& layerId) const {
  return std::any_of(missing_.begin(), missing_.end(), [&](const MissingLayer& m) { return m.layerId == layerId; });
}

void Project::addMissingLayer(MissingLayer missing) {
  missing_.push_back(std::move(missing));
  Q_EMIT missingLayersChanged();
}

bool Project::adoptLayerData(const QString& layerId, const VectorLayer& fresh) {
  // A new layer (the old one may be being drawn or exported right now), swapped in.
  return document_->editLayer(layerId, [&fresh](VectorLayer& layer) {
    layer.features = fresh.features;
    layer.crs = fresh.crs;
    layer.crsDecision = fresh.crsDecision;
    layer.encoding = fresh.encoding;
    layer.warnings = fresh.warnings;
    layer.sourcePath = fresh.sourcePath;
    layer.sourceLayerName = fresh.sourceLayerName;
    layer.driverName = fresh.driverName;
    // Provenance the placeholder of a missing layer could not know.
    if (layer.keyField.isEmpty()) layer.keyField = fresh.keyField;
    if (layer.source.isEmpty()) layer.source = fresh.source;
    if (layer.licence.isEmpty()) layer.licence = fresh.licence;
    if (layer.attribution.isEmpty()) layer.attribution = fresh.attribution;
  });
}

void Project::markLayerRestored(const QString& layerId) {
  const auto before = missing_.size();
  missing_.erase(std::remove_if(missing_.begin(), missing_.end(), [&](const MissingLayer& m) { return m.layerId == layerId; }),
                 missing_.end());
  if (missing_.size() != before) Q_EMIT missingLayersChanged();
}

Result<std::shared_ptr<const VectorLayer>> Project::readRelinked(const LayerSource& source, const QString& newPath) {
  using R = Result<std::shared_ptr<const VectorLayer>>;
  LoadOptions options;
  options.layerName = source.layerName;
  options.encodingOverride = source.encoding;
  if (!source.crsOverride.isEmpty()) options.crsOverride = Crs::fromUserInput(source.crsOverride);
  auto loaded = LayerLoader::load(newPath, options);
  if (!loaded) return R::fail(loaded.error());
  if (loaded->empty()) return R::fail(QStringLiteral("%1: no layer found").arg(newPath));
  return R::ok(loaded->front());
}

Status Project::relinkLayer(const QString& layerId, const QString& newPath) {
  if (!document_->layer(layerId)) return Status::fail(QStringLiteral("no layer \"%1\" in the project").arg(layerId));
  auto fresh = readRelinked(sources_.value(layerId), newPath);
  if (!fresh) return Status::fail(fresh.error());
  return applyRelink(layerId, newPath, *fresh.value());
}

Status Project::applyRelink(const QString& layerId, const QString& newPath, const VectorLayer& fresh) {
  if (!adoptLayerData(layerId, fresh)) return Status::fail(QStringLiteral("no layer \"%1\" in the project").arg(layerId));
  LayerSource source = sources_.value(layerId);
  source.kind = LayerSource::Kind::File;
  source.path = projectDir().isEmpty() ? QFileInfo(newPath).absoluteFilePath()
                                       : LayerSource::relativeTo(QFileInfo(newPath).absoluteFilePath(), projectDir());
  sources_.insert(layerId, source);
  missing_.erase(std::remove_if(missing_.begin(), missing_.end(), [&](const MissingLayer& m) { return m.layerId == layerId; }),
                 missing_.end());
  Q_EMIT missingLayersChanged();
  markDirty();
  return Status::ok();
}

void Project::setCatalog(PlanCatalog catalog, QStringList extraFiles) {
  catalog_ = std::move(catalog);
  extraCatalogs_ = std::move(extraFiles);
}

}  // namespace planmap
