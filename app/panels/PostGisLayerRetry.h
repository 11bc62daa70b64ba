#pragma once

#include "LayerSource.h"
#include "VectorLayer.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <memory>

namespace planmap {

class Project;

// "Retry" for PostGIS layers a project opened as missing (server down when the project was
// opened): reloads them on a worker so the window stays responsive however long the server takes
// (ProjectReader itself waits at most PostGisLayerSource::kOpenTimeoutSeconds, once per dead server).
// On success the fresh features are put into the project's placeholder layer — title, style, group
// and visibility the planner set are kept — and layerRestored() is emitted; on failure retryFailed()
// carries the server's message (naming user@host:port/db). A retry of a layer already being
// retried is ignored.
//
// Project has no call yet to take a layer off its missing list without changing its source
// (relinkLayer() turns it into a file layer); until it has one, the window should treat a layer
// restored here as present (e.g. hide its "missing" mark on layerRestored()).
class PostGisLayerRetry : public QObject {
  Q_OBJECT
 public:
  explicit PostGisLayerRetry(Project& project, QObject* parent = nullptr);
  ~PostGisLayerRetry() override;

  bool isRetrying(const QString& layerId) const { return running_.contains(layerId); }
  // The PostGIS layers of the project's missing list.
  QStringList missingPostGisLayers() const;

 public slots:
  void retry(const QString& layerId);
  void retryAll();

 signals:
  void retryStarted(const QString& layerId);
  void layerRestored(const QString& layerId);
  void retryFailed(const QString& layerId, const QString& message);

 private:
  void restore(const QString& layerId, const std::shared_ptr<VectorLayer>& fresh);

  QPointer<Project> project_;
  QSet<QString> running_;
};

}  // namespace planmap
