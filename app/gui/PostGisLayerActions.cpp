#include "PostGisLayerActions.h"

#include "AddLayerCommand.h"
#include "GroupNames.h"
#include "LayerSource.h"
#include "MessageBar.h"
#include "PostGisConnectionDialog.h"
#include "PostGisEditGate.h"
#include "PostGisLayerRetry.h"
#include "PostGisLayerSource.h"
#include "Project.h"

#include <QAction>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace planmap {

PostGisLayerActions::PostGisLayerActions(Project& project, QWidget* window, MessageBar* messages, bool rememberConnections)
    : QObject(window), project_(project), window_(window), messages_(messages), remember_(rememberConnections) {
  addLayers_ = new QAction(tr("Add Post&GIS layers…"), this);
  connect(addLayers_, &QAction::triggered, this, &PostGisLayerActions::openDialog);
  gate_ = new PostGisEditGate(this);
  retry_ = new PostGisLayerRetry(project_, this);
  connect(retry_, &PostGisLayerRetry::layerRestored, this, &PostGisLayerActions::layerRestored);
  connect(retry_, &PostGisLayerRetry::retryFailed, this, [this](const QString&, const QString& message) {
    messages_->showMessage(tr("The PostGIS layer is still unavailable: %1").arg(message), MessageBar::Level::Warning);
  });
}

PostGisLayerActions::~PostGisLayerActions() = default;

void PostGisLayerActions::openDialog() {
  PostGisConnectionDialog dialog(window_, remember_);
  if (dialog.exec() != QDialog::Accepted) return;
  for (const LayerSource& source : dialog.selectedSources()) addLayer(source);
}

void PostGisLayerActions::addLayer(const LayerSource& source) {
  ++pending_;
  using LoadResult = Result<std::shared_ptr<VectorLayer>>;
  auto* watcher = new QFutureWatcher<LoadResult>(this);
  connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, source] {
    watcher->deleteLater();
    --pending_;
    LoadResult loaded = watcher->result();
    if (!loaded) {
      messages_->showMessage(tr("Could not open the PostGIS table %1: %2").arg(source.layerName, loaded.error()),
                             MessageBar::Level::Critical);
      Q_EMIT addFinished(false, loaded.error());
      return;
    }
    std::shared_ptr<VectorLayer> layer = loaded.value();
    MapDocument& document = project_.document();
    layer->id = document.uniqueLayerId(layer->id.isEmpty() ? QStringLiteral("postgis") : layer->id);
    if (layer->group.isEmpty() || !GroupNames::order().contains(layer->group)) layer->group = GroupNames::userData();
    if (layer->title.isEmpty()) layer->title = source.layerName;
    project_.undoStack().push(new AddLayerCommand(&document, layer));
    project_.setLayerSource(layer->id, source);
    Q_EMIT addFinished(true, layer->id);
  });
  // GDAL's PostgreSQL driver connects and reads on the worker; the window never waits on the server.
  watcher->setFuture(QtConcurrent::run([source]() { return PostGisLayerSource::load(source.connection, source.layerName); }));
}

}  // namespace planmap
