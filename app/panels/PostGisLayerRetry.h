#pragma once

#include "LayerSource.h"
#include "VectorLayer.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace planmap {

class Project;

// "Retry" for PostGIS layers a project opened as missing (server down when the project was
// opened): reloads them on a worker so the window stays responsive however long the server takes
// (ProjectReader itself waits at most PostGisLayerSource::kOpenTimeoutSeconds, once per dead server).
// On success the fresh features are put into the project's placeholder layer — title, style, group
// and visibility the planner set are kept — and layerRestored() is emitted; on failure retryFailed()
// carries the server's message (naming user@host:port/db). A retry of a layer already being
// retried is ignored. When the server asks for a password (or refuses the one given), the planner
// is asked once per retry and the answer kept in memory for the session (PostGisSessionPasswords),
// so the other layers on that server open without asking again.
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

  // Default: a QInputDialog in password mode (parent: `dialogParent`). Tests replace it.
  using PasswordPrompt = std::function<std::optional<QString>(const QString& display)>;
  void setPasswordPrompt(PasswordPrompt prompt) { prompt_ = std::move(prompt); }
  void setDialogParent(QWidget* parent) { dialogParent_ = parent; }
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
  void start(const QString& layerId, bool afterPrompt);
  void restore(const QString& layerId, const std::shared_ptr<VectorLayer>& fresh);

  PasswordPrompt prompt_;
  QPointer<QWidget> dialogParent_;
  QPointer<Project> project_;
  QSet<QString> running_;
};

}  // namespace planmap
