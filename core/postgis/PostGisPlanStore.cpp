#include "PostGisPlanStore.h"

#include "PostGisConnection.h"
#include "PostGisSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace planmap {
namespace {

QString defaultJournalPath(const QString& conninfo, const QString& schema) {
  QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
  if (dir.isEmpty()) dir = QDir::homePath() + QStringLiteral("/.local/share/planmap");
  const QByteArray hash = QCryptographicHash::hash((conninfo + QLatin1Char('|') + schema).toUtf8(), QCryptographicHash::Sha1).toHex();
  return dir + QStringLiteral("/postgis-journal-") + QString::fromLatin1(hash.left(12)) + QStringLiteral(".json");
}

QString describe(const ProgressRecord& r) { return QStringLiteral("%1 %2 (%3)").arg(r.target).arg(r.year).arg(r.scope); }

}  // namespace

PostGisPlanStore::~PostGisPlanStore() = default;

QString PostGisPlanStore::table(const char* name) const {
  return PostGisConnection::quoteQualified(schema_, QString::fromLatin1(name));
}

Result<std::unique_ptr<PostGisPlanStore>> PostGisPlanStore::open(const QString& connection, const QString& schema,
                                                                 const Options& options) {
  using R = Result<std::unique_ptr<PostGisPlanStore>>;
  auto parsed = ConnectionString::parse(connection, kConnectTimeoutSeconds);
  if (!parsed) return R::fail(parsed.error());
  auto c = PostGisConnection::open(parsed.value());
  if (!c) return R::fail(c.error());
  std::unique_ptr<PostGisPlanStore> store(new PostGisPlanStore());
  store->connection_ = std::move(c).value();
  store->schema_ = schema;
  if (Status s = PostGisSchema::checkCompatible(*store->connection_, schema); !s) return R::fail(s.error());
  if (Status s = store->detectRights(); !s) return R::fail(s.error());
  store->journal_ = PendingEditJournal(options.journalPath.isEmpty()
                                           ? defaultJournalPath(store->connection_->connectionString().conninfo(), schema)
                                           : options.journalPath);
  // Edits left by a previous session that could not reach the server are picked up again.
  if (Status s = store->journal_.load(schema); !s) return R::fail(s.error());
  if (Status s = store->refresh(); !s) return R::fail(s.error());
  return R::ok(std::move(store));
}

Status PostGisPlanStore::detectRights() {
  auto rights = PostGisEditRights::query(*connection_, schema_);
  if (!rights) return Status::fail(rights.error());
  role_ = rights->role;
  canEdit_ = rights->canEditProgress;
  canEditLinks_ = rights->canEditLinks;
  return Status::ok();
}

bool PostGisPlanStore::isConnected() const { return connection_->isConnected() && !connection_->connectionLost(); }

Status PostGisPlanStore::refresh() {
  if (!isConnected()) {
    if (Status s = connection_->reconnect(); !s) return Status::fail(PostGisConnection::connectionLostMessage(s.error()));
  }
  auto links = connection_->exec(QStringLiteral("SELECT layer, feature, item, role FROM %1 ORDER BY id").arg(table("planmap_links")));
  if (!links) return Status::fail(links.error());
  auto progress = connection_->exec(QStringLiteral("SELECT id, version, target, year, scope, value, achieved, source, note, updated_by "
                                                   "FROM %1 ORDER BY target, year, scope").arg(table("planmap_progress")));
  if (!progress) return Status::fail(progress.error());
  LinkStore newLinks;
  for (int r = 0; r < links->rowCount(); ++r) {
    FeatureLink l;
    l.layer = links->text(r, 0);
    l.feature = links->text(r, 1);
    l.item = links->text(r, 2);
    l.role = linkRoleFromString(links->text(r, 3)).value_or(LinkRole::Implements);
    newLinks.add(l);
  }
  std::vector<StoredProgressRecord> records;
  ProgressStore newProgress;
  for (int r = 0; r < progress->rowCount(); ++r) {
    StoredProgressRecord s;
    s.id = progress->integer(r, QStringLiteral("id"));
    s.version = int(progress->integer(r, QStringLiteral("version")));
    s.record.target = progress->text(r, QStringLiteral("target"));
    s.record.year = int(progress->integer(r, QStringLiteral("year")));
    s.record.scope = progress->text(r, QStringLiteral("scope"));
    s.record.value = progress->number(r, QStringLiteral("value"));
    s.record.achieved = progress->boolean(r, QStringLiteral("achieved"));
    s.record.source = progress->text(r, QStringLiteral("source"));
    s.record.note = progress->text(r, QStringLiteral("note"));
    s.updatedBy = progress->text(r, QStringLiteral("updated_by"));
    newProgress.add(s.record);
    records.push_back(std::move(s));
  }
  links_ = std::move(newLinks);
  progress_ = std::move(newProgress);
  records_ = std::move(records);
  return Status::ok();
}

std::optional<StoredProgressRecord> PostGisPlanStore::find(const QString& target, int year, const QString& scope) const {
  for (const auto& r : records_)
    if (r.record.target == target && r.record.year == year && r.record.scope == scope) return r;
  return std::nullopt;
}

void PostGisPlanStore::rememberSaved(const StoredProgressRecord& stored) {
  bool replaced = false;
  for (auto& r : records_)
    if (r.id == stored.id) {
      r = stored;
      replaced = true;
    }
  if (!replaced) records_.push_back(stored);
  progress_.add(stored.record);
}

SaveResult PostGisPlanStore::queue(const StoredProgressRecord& edited, const QString& why) {
  journal_.enqueue(edited);
  SaveResult result;
  result.state = SaveState::Queued;
  result.stored = edited;
  result.message = why;
  if (Status s = journal_.save(); !s)
    result.message += QStringLiteral("; the local journal could not be written either (%1): the edit is only in memory").arg(s.error());
  else
    result.message += QStringLiteral("; the edit is kept locally (%1) and will be saved on reconnect").arg(journal_.path());
  return result;
}

SaveResult PostGisPlanStore::saveProgress(const StoredProgressRecord& edited) {
  SaveResult result;
  result.stored = edited;
  if (!canEdit_) {
    result.state = SaveState::Refused;
    result.message = QStringLiteral("只读角色 / the PostGIS role %1 may only read schema %2: progress records cannot be saved")
                         .arg(role_, schema_);
    return result;
  }
  if (!edited.record.value && !edited.record.achieved) {
    result.message = QStringLiteral("%1: a progress record needs a value or achieved = true").arg(describe(edited.record));
    return result;
  }
  StoredProgressRecord toSend = edited;
  if (!isConnected()) {
    // Known to be down: try once to come back, sending older queued edits first.
    if (Status s = connection_->reconnect(); !s)
      return queue(edited, PostGisConnection::connectionLostMessage(s.error()));
    // A queued edit of this same record is superseded by this one, which keeps the version the
    // planner started from (else it would conflict with its own earlier save).
    if (auto earlier = journal_.pendingFor(edited)) {
      toSend.id = earlier->id;
      toSend.version = earlier->version;
      journal_.remove(edited);
    }
    retryPending();
  }
  result = sendProgress(toSend);
  if (result.state == SaveState::Queued) return queue(toSend, result.message);
  if (result.state == SaveState::Saved) {
    journal_.remove(toSend);
    (void)journal_.save();
  }
  return result;
}

SaveResult PostGisPlanStore::sendProgress(const StoredProgressRecord& edited) {
  SaveResult result;
  result.stored = edited;
  const ProgressRecord& r = edited.record;
  const QVariant value = r.value ? QVariant(*r.value) : QVariant();
  Result<PgRows> rows = Result<PgRows>::fail(QString());
  if (edited.id > 0) {
    rows = connection_->exec(QStringLiteral("UPDATE %1 SET value = $3, achieved = $4, source = $5, note = $6, version = version + 1, "
                                            "updated_by = current_user, updated_at = now() "
                                            "WHERE id = $1 AND version = $2 RETURNING id, version, updated_by").arg(table("planmap_progress")),
                             {edited.id, edited.version, value, r.achieved, r.source, r.note});
  } else {
    rows = connection_->exec(QStringLiteral("INSERT INTO %1 (target, year, scope, value, achieved, source, note) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                                            "ON CONFLICT (target, year, scope) DO NOTHING RETURNING id, version, updated_by")
                                 .arg(table("planmap_progress")),
                             {r.target, r.year, r.scope, value, r.achieved, r.source, r.note});
  }
  if (!rows) {
    result.state = connection_->connectionLost() ? SaveState::Queued : SaveState::Refused;
    result.message = rows.error();
    return result;
  }
  if (rows->rowCount() == 1) {
    result.state = SaveState::Saved;
    result.stored.id = rows->integer(0, QStringLiteral("id"));
    result.stored.version = int(rows->integer(0, QStringLiteral("version")));
    result.stored.updatedBy = rows->text(0, QStringLiteral("updated_by"));
    rememberSaved(result.stored);
    return result;
  }
  // Zero rows: the row moved on (or was created) since this copy was read. Never overwrite it.
  return conflict(edited);
}

SaveResult PostGisPlanStore::conflict(const StoredProgressRecord& edited) {
  SaveResult result;
  result.stored = edited;
  const ProgressRecord& r = edited.record;
  // Who and when, so the planner knows whom to ask before retrying.
  const QString columns = QStringLiteral("version, updated_by, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS updated_at");
  auto now = edited.id > 0
                 ? connection_->exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = $1").arg(columns, table("planmap_progress")), {edited.id})
                 : connection_->exec(QStringLiteral("SELECT %1 FROM %2 WHERE target = $1 AND year = $2 AND scope = $3")
                                         .arg(columns, table("planmap_progress")),
                                     {r.target, r.year, r.scope});
  result.state = SaveState::Conflict;
  const bool found = now && now->rowCount() == 1;
  result.serverVersion = found ? int(now->integer(0, QStringLiteral("version"))) : 0;
  const QString by = found ? now->text(0, QStringLiteral("updated_by")) : QString();
  const QString at = found ? now->text(0, QStringLiteral("updated_at")) : QString();
  if (now && now->rowCount() == 0)
    result.message = QStringLiteral("进度记录已被其他用户删除 / the record %1 was deleted by another user: reload").arg(describe(r));
  else
    result.message = QStringLiteral("进度记录已被其他用户修改 / the record was changed by another user (now version %1%2%3): "
                                    "reload and retry [%4]")
                         .arg(result.serverVersion)
                         .arg(by.isEmpty() ? QString() : QStringLiteral(", by %1").arg(by))
                         .arg(at.isEmpty() ? QString() : QStringLiteral(" at %1 UTC").arg(at))
                         .arg(describe(r));
  return result;
}

SaveResult PostGisPlanStore::removeProgress(const StoredProgressRecord& edited) {
  SaveResult result;
  result.stored = edited;
  if (!canEdit_) {
    result.state = SaveState::Refused;
    result.message = QStringLiteral("只读角色 / the PostGIS role %1 may only read schema %2: progress records cannot be removed")
                         .arg(role_, schema_);
    return result;
  }
  if (edited.id <= 0) {  // never reached the server: only a queued edit to drop
    journal_.remove(edited);
    (void)journal_.save();
    result.state = SaveState::Saved;
    return result;
  }
  if (!isConnected()) {
    if (Status s = connection_->reconnect(); !s) {
      result.state = SaveState::Refused;
      result.message = PostGisConnection::connectionLostMessage(s.error()) +
                       QStringLiteral("; removing %1 is not queued: it comes back on refresh").arg(describe(edited.record));
      return result;
    }
  }
  auto rows = connection_->exec(QStringLiteral("DELETE FROM %1 WHERE id = $1 AND version = $2 RETURNING id").arg(table("planmap_progress")),
                                {edited.id, edited.version});
  if (!rows) {
    result.state = SaveState::Refused;
    result.message = rows.error();
    return result;
  }
  if (rows->rowCount() == 0) return conflict(edited);
  std::erase_if(records_, [&](const StoredProgressRecord& r) { return r.id == edited.id; });
  progress_.remove(edited.record.target, edited.record.year, edited.record.scope);
  journal_.remove(edited);
  (void)journal_.save();
  result.state = SaveState::Saved;
  return result;
}

Result<PostGisPlanStore::RetryReport> PostGisPlanStore::retryPending() {
  using R = Result<RetryReport>;
  RetryReport report;
  if (!isConnected()) {
    if (Status s = connection_->reconnect(); !s) {
      report.stillPending = int(journal_.pending().size());
      return R::fail(PostGisConnection::connectionLostMessage(s.error()));
    }
  }
  const std::vector<PendingEditJournal::LinkEdit> linkEdits = journal_.pendingLinks();
  for (const auto& e : linkEdits) {
    auto r = sendLink(e);
    if (r) {
      journal_.removeLink(e);
      ++report.saved;
    } else if (connection_->connectionLost()) {
      ++report.stillPending;
      report.messages << r.error();
      break;
    } else {
      journal_.removeLink(e);  // refused by the server (e.g. rights withdrawn): reported, not retried forever
      ++report.conflicts;
      report.messages << r.error();
    }
  }
  if (report.stillPending) report.stillPending += int(journal_.pending().size());
  const std::vector<StoredProgressRecord> pending = report.stillPending ? std::vector<StoredProgressRecord>() : journal_.pending();
  for (const StoredProgressRecord& e : pending) {
    SaveResult r = sendProgress(e);
    switch (r.state) {
      case SaveState::Saved:
        journal_.remove(e);
        ++report.saved;
        break;
      case SaveState::Conflict:
      case SaveState::Refused:
        journal_.markConflict(e);
        ++report.conflicts;
        report.messages << r.message;
        break;
      case SaveState::Queued:
        ++report.stillPending;
        report.messages << r.message;
        break;
    }
  }
  if (Status s = journal_.save(); !s) report.messages << s.error();
  if (report.stillPending > 0) return R::fail(report.messages.join(QLatin1Char('\n')));
  return R::ok(report);
}

Result<PgRows> PostGisPlanStore::sendLink(const PendingEditJournal::LinkEdit& edit) {
  const FeatureLink& l = edit.link;
  const QVariantList params{l.layer, l.feature, l.item, linkRoleToString(l.role)};
  if (edit.add)
    return connection_->exec(QStringLiteral("INSERT INTO %1 (layer, feature, item, role) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
                                 .arg(table("planmap_links")),
                             params);
  return connection_->exec(QStringLiteral("DELETE FROM %1 WHERE layer = $1 AND feature = $2 AND item = $3 AND role = $4")
                               .arg(table("planmap_links")),
                           params);
}

SaveResult PostGisPlanStore::changeLink(const PendingEditJournal::LinkEdit& edit) {
  SaveResult result;
  if (!canEditLinks_) {
    result.state = SaveState::Refused;
    result.message = QStringLiteral("只读角色 / the PostGIS role %1 may only read schema %2: links cannot be changed").arg(role_, schema_);
    return result;
  }
  auto apply = [&] {
    if (edit.add) links_.add(edit.link);
    else links_.remove(edit.link);
  };
  QString lost;
  if (!isConnected()) {
    if (Status s = connection_->reconnect(); !s) lost = PostGisConnection::connectionLostMessage(s.error());
    else retryPending();
  }
  if (lost.isEmpty()) {
    auto r = sendLink(edit);
    if (r) {
      journal_.removeLink(edit);
      (void)journal_.save();
      apply();
      result.state = SaveState::Saved;
      return result;
    }
    if (!connection_->connectionLost()) {
      result.state = SaveState::Refused;
      result.message = r.error();
      return result;
    }
    lost = r.error();
  }
  journal_.enqueueLink(edit);
  apply();  // shown locally at once; the server gets it on reconnect
  result.state = SaveState::Queued;
  Status saved = journal_.save();
  result.message = lost + (saved ? QStringLiteral("; the change is kept locally (%1) and will be saved on reconnect").arg(journal_.path())
                                 : QStringLiteral("; the local journal could not be written either (%1)").arg(saved.error()));
  return result;
}

SaveResult PostGisPlanStore::addLink(const FeatureLink& link) { return changeLink({true, link}); }

SaveResult PostGisPlanStore::removeLink(const FeatureLink& link) { return changeLink({false, link}); }

}  // namespace planmap
