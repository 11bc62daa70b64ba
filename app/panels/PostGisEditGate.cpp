#include "PostGisEditGate.h"

#include "PostGisConnection.h"

#include <QAction>
#include <QFutureWatcher>
#include <QLabel>
#include <QtConcurrent/QtConcurrentRun>

namespace planmap {

PostGisEditGate::PostGisEditGate(QObject* parent) : QObject(parent) {}

PostGisEditGate::~PostGisEditGate() = default;

void PostGisEditGate::addProgressAction(QAction* action) { add(action, true); }

void PostGisEditGate::addLinkAction(QAction* action) { add(action, false); }

void PostGisEditGate::add(QAction* action, bool progress) {
  if (!action) return;
  actions_.push_back(Entry{action, action->toolTip(), action->statusTip(), progress});
  apply();
}

QLabel* PostGisEditGate::badge(QWidget* parent) {
  if (!badge_) badge_ = new QLabel(parent);
  apply();
  return badge_;
}

void PostGisEditGate::setRights(const PostGisEditRights& rights) {
  ++generation_;  // an answer still on its way from check() is older than this
  busy_ = false;
  rights_ = rights;
  apply();
  Q_EMIT rightsChanged(rights.canEditProgress, rights.canEditLinks, rights.readOnlyMessage());
}

void PostGisEditGate::clear() {
  ++generation_;
  busy_ = false;
  rights_.reset();
  apply();
  Q_EMIT rightsChanged(true, true, QString());
}

void PostGisEditGate::check(const QString& connection, const QString& schema) {
  const int generation = ++generation_;
  busy_ = true;
  // Nothing may be edited until the server has said so.
  PostGisEditRights pending;
  pending.schema = schema;
  rights_ = pending;
  apply();
  auto* watcher = new QFutureWatcher<Result<PostGisEditRights>>(this);
  connect(watcher, &QFutureWatcher<Result<PostGisEditRights>>::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    if (generation != generation_) return;
    busy_ = false;
    Result<PostGisEditRights> r = watcher->result();
    if (!r) {
      apply();
      Q_EMIT checkFailed(r.error());
      return;
    }
    setRights(r.value());
  });
  watcher->setFuture(QtConcurrent::run([connection, schema]() -> Result<PostGisEditRights> {
    auto parsed = ConnectionString::parse(connection, 5);
    if (!parsed) return Result<PostGisEditRights>::fail(parsed.error());
    auto c = PostGisConnection::open(parsed.value());
    if (!c) return Result<PostGisEditRights>::fail(c.error());
    return PostGisEditRights::query(*c.value(), schema);
  }));
}

void PostGisEditGate::apply() {
  const QString why = busy_ ? tr("Checking what this PostGIS role may edit…") : reason();
  for (Entry& e : actions_) {
    if (!e.action) continue;
    const bool allowed = !busy_ && (e.progress ? allowsProgressEdits() : allowsLinkEdits());
    e.action->setEnabled(allowed);
    e.action->setToolTip(allowed ? e.toolTip : why);
    e.action->setStatusTip(allowed ? e.statusTip : why);
  }
  if (!badge_) return;
  if (!rights_) {
    badge_->clear();
    badge_->hide();
    return;
  }
  badge_->show();
  if (busy_) badge_->setText(tr("Team store %1 · checking rights…").arg(rights_->schema));
  else if (rights_->readOnly()) badge_->setText(tr("Team store %1 · read-only (%2)").arg(rights_->schema, rights_->role));
  else if (!rights_->canEditProgress || !rights_->canEditLinks) badge_->setText(tr("Team store %1 · partly read-only (%2)").arg(rights_->schema, rights_->role));
  else badge_->setText(tr("Team store %1 · %2").arg(rights_->schema, rights_->role));
  badge_->setToolTip(why);
}

}  // namespace planmap
