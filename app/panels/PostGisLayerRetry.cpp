#include "PostGisLayerRetry.h"

#include "PostGisLayerSource.h"
#include "PostGisSessionPasswords.h"
#include "Project.h"

#include <QFutureWatcher>
#include <QInputDialog>
#include <QLineEdit>
#include <QtConcurrent/QtConcurrentRun>

namespace planmap {
namespace {

// Result<T> has no default constructor, which QFuture's result store wants.
struct Outcome {
  std::shared_ptr<VectorLayer> layer;
  QString error;
  PostGisConnection::ConnectFailure failure = PostGisConnection::ConnectFailure::None;
};

}  // namespace

PostGisLayerRetry::PostGisLayerRetry(Project& project, QObject* parent) : QObject(parent), project_(&project) {
  prompt_ = [this](const QString& display) -> std::optional<QString> {
    bool ok = false;
    const QString password = QInputDialog::getText(dialogParent_, tr("PostgreSQL password"),
                                                   tr("The server %1 asks for a password.\nIt is kept in memory for this "
                                                      "session only, never saved.").arg(display),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok) return std::nullopt;
    return password;
  };
}

PostGisLayerRetry::~PostGisLayerRetry() = default;

QStringList PostGisLayerRetry::missingPostGisLayers() const {
  QStringList out;
  if (!project_) return out;
  for (const MissingLayer& m : project_->missingLayers())
    if (m.source.kind == LayerSource::Kind::PostGis) out << m.layerId;
  return out;
}

void PostGisLayerRetry::retryAll() {
  for (const QString& id : missingPostGisLayers()) retry(id);
}

void PostGisLayerRetry::retry(const QString& layerId) {
  if (!project_ || running_.contains(layerId)) return;
  const LayerSource source = project_->layerSource(layerId);
  if (source.kind != LayerSource::Kind::PostGis) {
    Q_EMIT retryFailed(layerId, tr("Layer %1 is not a PostGIS layer.").arg(layerId));
    return;
  }
  running_.insert(layerId);
  Q_EMIT retryStarted(layerId);
  start(layerId, false);
}

void PostGisLayerRetry::start(const QString& layerId, bool afterPrompt) {
  const LayerSource source = project_->layerSource(layerId);
  auto* watcher = new QFutureWatcher<Outcome>(this);
  connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, layerId, afterPrompt, source] {
    watcher->deleteLater();
    const Outcome outcome = watcher->result();
    using F = PostGisConnection::ConnectFailure;
    auto cs = ConnectionString::parse(source.connection);
    if (!outcome.layer && cs && project_ && (outcome.failure == F::NeedsPassword || outcome.failure == F::AuthFailed)) {
      PostGisSessionPasswords::forget(cs.value());  // a refused one is not offered again
      if (!afterPrompt && prompt_) {
        std::optional<QString> password = prompt_(cs->display());
        if (password && !password->isEmpty()) {
          PostGisSessionPasswords::remember(cs.value(), *password);
          start(layerId, true);
          return;
        }
      }
    }
    running_.remove(layerId);
    if (!outcome.layer) {
      Q_EMIT retryFailed(layerId, outcome.error);
      return;
    }
    restore(layerId, outcome.layer);
  });
  watcher->setFuture(QtConcurrent::run([source]() -> Outcome {
    LoadOptions options;
    if (!source.crsOverride.isEmpty()) options.crsOverride = Crs::fromUserInput(source.crsOverride);
    PostGisConnection::ConnectFailure failure = PostGisConnection::ConnectFailure::None;
    auto loaded = PostGisLayerSource::retry(source.connection, source.layerName, options, &failure);
    if (!loaded) return Outcome{nullptr, loaded.error(), failure};
    return Outcome{loaded.value(), QString(), failure};
  }));
}

void PostGisLayerRetry::restore(const QString& layerId, const std::shared_ptr<VectorLayer>& fresh) {
  if (!project_) return;
  // Keep what the planner set up, take the server's data.
  if (!project_->adoptLayerData(layerId, *fresh)) {
    Q_EMIT retryFailed(layerId, tr("Layer %1 is no longer in the project.").arg(layerId));
    return;
  }
  project_->markLayerRestored(layerId);
  Q_EMIT layerRestored(layerId);
}

}  // namespace planmap
