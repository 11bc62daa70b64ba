#include "LayerOpenFlow.h"

#include "AddLayerCommand.h"
#include "NewLayerStyle.h"
#include "CoordinateTransform.h"
#include "CrsChoiceDialog.h"
#include "GroupNames.h"
#include "LayerLoadTask.h"
#include "LayerSource.h"
#include "LoadErrorText.h"
#include "LoadOverrideDialog.h"
#include "MapCanvas.h"
#include "MessageBar.h"
#include "Project.h"
#include "RemoveLayerCommand.h"
#include "VectorFileFilter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QToolButton>
#include <QUndoStack>

namespace planmap {
namespace {

const QString kPrefectureLayer = QStringLiteral("prefecture");

}  // namespace

LayerOpenFlow::LayerOpenFlow(Project& project, QWidget* window, MapCanvas* canvas, MessageBar* messages,
                             QProgressBar* progress, QToolButton* cancelButton, Hooks hooks)
    : QObject(window),
      project_(project),
      window_(window),
      canvas_(canvas),
      messages_(messages),
      progress_(progress),
      cancelButton_(cancelButton),
      hooks_(std::move(hooks)) {
  connect(cancelButton_, &QToolButton::clicked, this, &LayerOpenFlow::cancel);
}

LayerOpenFlow::~LayerOpenFlow() {
  // The worker must not outlive the project it would deliver to.
  delete load_;
  load_ = nullptr;
}

QString LayerOpenFlow::fileFilter() {
  return VectorFileFilter::dialogFilter();
}

void LayerOpenFlow::openDialog() {
  QSettings settings;
  const QString dir = settings.value(QStringLiteral("lastOpenDir")).toString();
  const QStringList paths = QFileDialog::getOpenFileNames(
      window_, tr("Open vector data"), dir,
      fileFilter());
  if (paths.isEmpty()) return;
  settings.setValue(QStringLiteral("lastOpenDir"), QFileInfo(paths.first()).absolutePath());
  for (const QString& path : paths) openPath(path);
}

void LayerOpenFlow::openFolderDialog() {
  const QString dir = QFileDialog::getExistingDirectory(window_, tr("Open a folder of shapefiles"));
  if (!dir.isEmpty()) openPath(dir);
}

void LayerOpenFlow::openPath(const QString& path, const LoadOptions& options, const QStringList& replaceIds) {
  if (load_) {
    // One load at a time: a newer request replaces the running one.
    load_->cancel();
    load_->disconnect(this);
    load_->deleteLater();
    load_ = nullptr;
  }
  load_ = new LayerLoadTask(path, options, this);
  LayerLoadTask* task = load_;
  connect(task, &LayerLoadTask::progressChanged, this, [this](double f) { progress_->setValue(int(f * 100)); });
  connect(task, &LayerLoadTask::finished, this, [this, task, replaceIds] { onFinished(task, replaceIds); });
  progress_->setValue(0);
  progress_->setFormat(tr("Loading %1… %p%").arg(QFileInfo(path).fileName()));
  progress_->show();
  cancelButton_->show();
  task->start();
}

void LayerOpenFlow::cancel() {
  if (load_) load_->cancel();
}

void LayerOpenFlow::onFinished(LayerLoadTask* task, const QStringList& replaceIds) {
  if (task != load_) return;
  load_ = nullptr;
  task->deleteLater();
  progress_->hide();
  cancelButton_->hide();
  const QString name = QFileInfo(task->path()).fileName();
  if (task->wasCancelled()) {
    messages_->showMessage(tr("Loading %1 was cancelled; the map is unchanged.").arg(name), MessageBar::Level::Info);
    emit finished(false);
    return;
  }
  const auto& result = *task->result();
  if (!result) {
    // Plain words first; GDAL's or PROJ's own cause behind "Details…".
    const LoadErrorText::Explained why = LoadErrorText::explain(name, result.error());
    QWidget* parent = window_;
    messages_->showMessage(why.message, MessageBar::Level::Critical, {{tr("Details…"), [parent, why] {
      QMessageBox box(QMessageBox::Warning, tr("Could not open the file"), why.message, QMessageBox::Ok, parent);
      box.setDetailedText(why.detail);
      box.exec();
    }}});
    emit finished(false);
    return;
  }
  std::vector<std::shared_ptr<VectorLayer>> ready;
  std::shared_ptr<VectorLayer> undecided;
  for (const auto& layer : result.value()) {
    if (!layer->crs.isValid()) {
      if (!undecided) undecided = layer;
      continue;
    }
    ready.push_back(layer);
  }
  QStringList newIds;
  if (!ready.empty() || !replaceIds.isEmpty()) {
    project_.undoStack().beginMacro(tr("Open %1").arg(name));
    for (const QString& id : replaceIds)
      if (project_.document().layer(id)) project_.undoStack().push(new RemoveLayerCommand(&project_.document(), id));
    for (const auto& layer : ready) {
      if (layer->group.isEmpty() || !GroupNames::order().contains(layer->group)) layer->group = GroupNames::userData();
      layer->id = project_.document().uniqueLayerId(layer->id.isEmpty() ? QStringLiteral("user") : layer->id);
      if (layer->title.isEmpty()) layer->title = layer->sourceLayerName.isEmpty() ? name : layer->sourceLayerName;
      if (layer->style == LayerStyle{} && layer->features) {
        GeometryType type = GeometryType::None;
        for (std::size_t f = 0; f < layer->features->featureCount() && type == GeometryType::None; ++f)
          type = layer->features->geometryType(f);
        int userLayers = 0;
        for (const auto& other : project_.document().layers()) userLayers += other->group == GroupNames::userData();
        layer->style = NewLayerStyle::forGeometry(type, userLayers);
      }
      project_.undoStack().push(new AddLayerCommand(&project_.document(), layer));
      // Remembered for the project file: where the data is and what the planner decided about it.
      LayerSource source;
      source.kind = LayerSource::Kind::File;
      source.path = QFileInfo(task->path()).absoluteFilePath();
      source.layerName = layer->sourceLayerName;
      source.encoding = task->options().encodingOverride;
      if (task->options().crsOverride.isValid())
        source.crsOverride = task->options().crsOverride.authId().isEmpty() ? task->options().crsOverride.wkt()
                                                                             : task->options().crsOverride.authId();
      project_.setLayerSource(layer->id, source);
      newIds << layer->id;
    }
    project_.undoStack().endMacro();
  }
  hooks_.rememberRecent(task->path());
  if (!ready.empty()) {
    // Bring new data into view when it lies outside what is shown.
    Extent all;
    for (const QString& id : newIds) all.include(hooks_.layerExtent(id));
    if (!all.isEmpty() && !all.intersects(canvas_->extent())) canvas_->zoomToExtent(all);
    reportGuesses(task->path(), ready, newIds);
  }
  if (undecided) askForCrs(task->path(), undecided);
  emit finished(!ready.empty());
}

void LayerOpenFlow::reportGuesses(const QString& path, const std::vector<std::shared_ptr<VectorLayer>>& layers,
                               const QStringList& layerIds) {
  QStringList notes;
  std::shared_ptr<VectorLayer> first;
  for (const auto& layer : layers) {
    QStringList parts;
    if (layer->encoding.source == EncodingSource::Detected)
      parts << tr("attribute encoding guessed as %1").arg(layer->encoding.name);
    if (layer->crsDecision.isGuess || layer->crsDecision.source == CrsSource::Inferred)
      parts << tr("coordinate system inferred as %1").arg(layer->crs.description());
    if (parts.isEmpty()) continue;
    if (!first) first = layer;
    notes << QStringLiteral("%1: %2").arg(layer->title, parts.join(tr("; ")));
  }
  for (const auto& layer : layers)
    if (!layer->warnings.isEmpty()) notes << QStringLiteral("%1: %2").arg(layer->title, layer->warnings.join(tr("; ")));
  if (notes.isEmpty()) return;
  if (!first) {
    messages_->showMessage(notes.join(QLatin1Char('\n')), MessageBar::Level::Info);
    return;
  }
  const QString encoding = first->encoding.name;
  const Crs crs = first->crs;
  const auto candidates = first->crsDecision.candidates;
  messages_->showMessage(
      notes.join(QLatin1Char('\n')), MessageBar::Level::Warning,
      {{tr("Change…"), [this, path, encoding, crs, candidates, layerIds] {
          LoadOverrideDialog dialog(QFileInfo(path).fileName(), encoding, crs, candidates, window_);
          if (dialog.exec() != QDialog::Accepted) return;
          LoadOptions options;
          options.encodingOverride = dialog.encoding();
          options.crsOverride = dialog.crs();
          openPath(path, options, layerIds);
        }}});
}

std::vector<QPolygonF> LayerOpenFlow::ankangOutlineLonLat() const {
  std::vector<QPolygonF> rings;
  const auto layer = project_.document().layer(kPrefectureLayer);
  if (!layer || !layer->features) return rings;
  auto transform = CoordinateTransform::create(layer->crs, Crs::fromEpsg(4490));
  const FeatureStore& store = *layer->features;
  for (std::size_t f = 0; f < store.featureCount(); ++f)
    for (std::uint32_t p = store.partBegin(f); p < store.partEnd(f); ++p) {
      QPolygonF ring;
      for (std::uint32_t v = store.vertexBegin(p); v < store.vertexEnd(p); ++v) {
        double x = store.vertex(v)[0], y = store.vertex(v)[1];
        if (transform && !transform->isIdentity()) transform->transformPoint(x, y);
        ring << QPointF(x, y);
      }
      rings.push_back(ring);
    }
  return rings;
}

void LayerOpenFlow::askForCrs(const QString& path, const std::shared_ptr<VectorLayer>& layer) {
  const QString fileName = QFileInfo(path).fileName();
  if (!layer->features || layer->features->extent().isEmpty()) {
    // A table without shapes (a bare .dbf, a spreadsheet): no coordinate system could place it.
    messages_->showMessage(tr("%1 has no shapes to draw (a table only, or its shapes are missing or damaged), so it "
                              "was not added to the map. To map it, open the .shp file with its .shx and .dbf.")
                               .arg(fileName),
                           MessageBar::Level::Warning);
    return;
  }
  auto* dialog = new CrsChoiceDialog(QFileInfo(path).fileName(), layer->crsDecision.candidates,
                                     layer->features ? layer->features->extent() : Extent(), ankangOutlineLonLat(), window_);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  const QString encoding = layer->encoding.source == EncodingSource::Override ? layer->encoding.name : QString();
  const QString layerName = layer->sourceLayerName;
  connect(dialog, &QDialog::accepted, this, [this, dialog, path, encoding, layerName] {
    LoadOptions options;
    options.crsOverride = dialog->selectedCrs();
    options.encodingOverride = encoding;
    options.layerName = layerName;
    if (options.crsOverride.isValid()) openPath(path, options);
  });
  connect(dialog, &QDialog::rejected, this, [this, fileName] {
    messages_->showMessage(tr("%1 was not added: it needs a coordinate system. Open it again to choose one.").arg(fileName),
                           MessageBar::Level::Info);
  });
  dialog->open();
}

}  // namespace planmap
