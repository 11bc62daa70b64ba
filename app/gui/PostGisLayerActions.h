#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QLabel;
class QWidget;

namespace planmap {

class MessageBar;
class PostGisEditGate;
class PostGisLayerRetry;
class Project;
struct LayerSource;

// The window's PostGIS side: "Add PostGIS layers…" (PostGisConnectionDialog, then each table read
// on a worker and added as one undo step with its source remembered for the project file), "Retry"
// for PostGIS layers a project opened while their server was down, and the edit gate that keeps the
// plan-editing actions disabled for a read-only role of the team store.
class PostGisLayerActions : public QObject {
  Q_OBJECT
 public:
  PostGisLayerActions(Project& project, QWidget* window, MessageBar* messages, bool rememberConnections);
  ~PostGisLayerActions() override;

  QAction* addLayersAction() const { return addLayers_; }
  PostGisEditGate* editGate() const { return gate_; }
  PostGisLayerRetry* retry() const { return retry_; }
  int pendingLoads() const { return pending_; }

  // Reads `source` (kind PostGis) on a worker and adds it to the project; addFinished follows.
  void addLayer(const LayerSource& source);

 Q_SIGNALS:
  void addFinished(bool ok, const QString& layerIdOrError);
  void layerRestored(const QString& layerId);

 private:
  void openDialog();

  Project& project_;
  QWidget* window_;
  MessageBar* messages_;
  bool remember_;
  QAction* addLayers_;
  PostGisEditGate* gate_;
  PostGisLayerRetry* retry_;
  int pending_ = 0;
};

}  // namespace planmap
