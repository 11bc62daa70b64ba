#include "LayerRelinker.h"

#include "Project.h"

namespace planmap {

LayerRelinker::LayerRelinker(Project& project, QObject* parent) : QObject(parent), project_(project) {}

void LayerRelinker::relink(const QString& layerId, const QString& newPath) {
  if (!project_.document().layer(layerId)) {
    Q_EMIT finished(layerId, false, QStringLiteral("no layer \"%1\" in the project").arg(layerId));
    return;
  }
  const LayerSource source = project_.layerSource(layerId);  // a copy: the worker sees no project state
  task_.start([source, newPath](const TaskControl&) { return Project::readRelinked(source, newPath); },
              [this, layerId, newPath](Result<std::shared_ptr<const VectorLayer>> fresh) {
                if (!fresh) {
                  Q_EMIT finished(layerId, false, fresh.error());
                  return;
                }
                const Status applied = project_.applyRelink(layerId, newPath, *fresh.value());
                Q_EMIT finished(layerId, applied.isOk(), applied.isOk() ? QString() : applied.error());
              });
}

}  // namespace planmap
