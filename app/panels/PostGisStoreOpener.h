#pragma once

#include "PostGisPlanStore.h"

#include <QObject>
#include <QString>
#include <memory>

namespace planmap {

// Opens a PostGIS team store (PostGisPlanStore::open: connect, check the schema version, read the
// role's rights, load links and progress, pick up a local journal) on a worker, so a slow or
// unreachable server never freezes the window. A later open() supersedes a running one (its store
// is dropped when it arrives). The store is handed over in opened(); from then on it belongs to
// the UI thread (one thread at a time, like its libpq connection). The window typically does
// `gate.setRights(store->editRights())` in its slot.
class PostGisStoreOpener : public QObject {
  Q_OBJECT
 public:
  explicit PostGisStoreOpener(QObject* parent = nullptr);
  ~PostGisStoreOpener() override;
  bool isBusy() const { return busy_; }

 public slots:
  // `journalPath` empty = the default per-user journal (PostGisPlanStore::Options).
  void open(const QString& connection, const QString& schema, const QString& journalPath = {});

 signals:
  void opened(std::shared_ptr<planmap::PostGisPlanStore> store);
  // The server's message (names user@host:port/db and the cause).
  void failed(const QString& message);

 private:
  bool busy_ = false;
  int generation_ = 0;
};

}  // namespace planmap
