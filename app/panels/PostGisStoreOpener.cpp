#include "PostGisStoreOpener.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace planmap {
namespace {

// Result<T> has no default constructor, which QFuture's result store wants.
struct Outcome {
  std::shared_ptr<PostGisPlanStore> store;
  QString error;
};

}  // namespace

PostGisStoreOpener::PostGisStoreOpener(QObject* parent) : QObject(parent) {}

PostGisStoreOpener::~PostGisStoreOpener() = default;

void PostGisStoreOpener::open(const QString& connection, const QString& schema, const QString& journalPath) {
  const int generation = ++generation_;
  busy_ = true;
  auto* watcher = new QFutureWatcher<Outcome>(this);
  connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    if (generation != generation_) return;  // superseded; the store it opened closes here
    busy_ = false;
    const Outcome outcome = watcher->result();
    if (outcome.store) Q_EMIT opened(outcome.store);
    else Q_EMIT failed(outcome.error);
  });
  watcher->setFuture(QtConcurrent::run([connection, schema, journalPath]() -> Outcome {
    PostGisPlanStore::Options options;
    options.journalPath = journalPath;
    auto store = PostGisPlanStore::open(connection, schema, options);
    if (!store) return Outcome{nullptr, store.error()};
    return Outcome{std::shared_ptr<PostGisPlanStore>(std::move(store).value()), QString()};
  }));
}

}  // namespace planmap
