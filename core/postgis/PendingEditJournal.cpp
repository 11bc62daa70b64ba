#include "PendingEditJournal.h"

#include "AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace planmap {
namespace {

bool sameRecord(const StoredProgressRecord& a, const StoredProgressRecord& b) {
  if (a.id != 0 || b.id != 0) return a.id == b.id;
  return a.record.target == b.record.target && a.record.year == b.record.year && a.record.scope == b.record.scope;
}

QJsonObject toJson(const StoredProgressRecord& e) {
  QJsonObject o{{QStringLiteral("id"), double(e.id)},
                {QStringLiteral("base_version"), e.version},
                {QStringLiteral("target"), e.record.target},
                {QStringLiteral("year"), e.record.year},
                {QStringLiteral("scope"), e.record.scope},
                {QStringLiteral("achieved"), e.record.achieved},
                {QStringLiteral("source"), e.record.source},
                {QStringLiteral("note"), e.record.note}};
  if (e.record.value) o.insert(QStringLiteral("value"), *e.record.value);
  return o;
}

StoredProgressRecord fromJson(const QJsonObject& o) {
  StoredProgressRecord e;
  e.id = static_cast<long long>(o.value(QStringLiteral("id")).toDouble());
  e.version = o.value(QStringLiteral("base_version")).toInt();
  e.record.target = o.value(QStringLiteral("target")).toString();
  e.record.year = o.value(QStringLiteral("year")).toInt();
  e.record.scope = o.value(QStringLiteral("scope")).toString(QStringLiteral("city"));
  e.record.achieved = o.value(QStringLiteral("achieved")).toBool();
  e.record.source = o.value(QStringLiteral("source")).toString();
  e.record.note = o.value(QStringLiteral("note")).toString();  // absent in journals written before notes were shared
  if (o.value(QStringLiteral("value")).isDouble()) e.record.value = o.value(QStringLiteral("value")).toDouble();
  return e;
}

QJsonObject linkToJson(const PendingEditJournal::LinkEdit& e) {
  return QJsonObject{{QStringLiteral("op"), e.add ? QStringLiteral("add") : QStringLiteral("remove")},
                     {QStringLiteral("layer"), e.link.layer},
                     {QStringLiteral("feature"), e.link.feature},
                     {QStringLiteral("item"), e.link.item},
                     {QStringLiteral("role"), linkRoleToString(e.link.role)}};
}

PendingEditJournal::LinkEdit linkFromJson(const QJsonObject& o) {
  PendingEditJournal::LinkEdit e;
  e.add = o.value(QStringLiteral("op")).toString() != QLatin1String("remove");
  e.link.layer = o.value(QStringLiteral("layer")).toString();
  e.link.feature = o.value(QStringLiteral("feature")).toString();
  e.link.item = o.value(QStringLiteral("item")).toString();
  e.link.role = linkRoleFromString(o.value(QStringLiteral("role")).toString()).value_or(LinkRole::Implements);
  return e;
}

}  // namespace

PendingEditJournal::PendingEditJournal(QString path) : path_(std::move(path)) {}

Status PendingEditJournal::load(const QString& expectedSchema) {
  schema_ = expectedSchema;
  pending_.clear();
  conflicts_.clear();
  links_.clear();
  if (path_.isEmpty() || !QFileInfo::exists(path_)) return Status::ok();
  QFile file(path_);
  if (!file.open(QIODevice::ReadOnly)) return Status::fail(QStringLiteral("%1: cannot be read (%2)").arg(path_, file.errorString()));
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
  if (doc.isNull()) return Status::fail(QStringLiteral("%1: not valid JSON (%2)").arg(path_, error.errorString()));
  const QJsonObject root = doc.object();
  if (root.value(QStringLiteral("format")).toString() != QLatin1String("planmap-postgis-journal"))
    return Status::fail(QStringLiteral("%1: not a PlanMap PostGIS journal").arg(path_));
  if (root.value(QStringLiteral("schema")).toString() != expectedSchema)
    return Status::fail(QStringLiteral("%1: the journal belongs to schema %2, not %3")
                            .arg(path_, root.value(QStringLiteral("schema")).toString(), expectedSchema));
  for (const QJsonValue& v : root.value(QStringLiteral("pending")).toArray()) pending_.push_back(fromJson(v.toObject()));
  for (const QJsonValue& v : root.value(QStringLiteral("conflicts")).toArray()) conflicts_.push_back(fromJson(v.toObject()));
  for (const QJsonValue& v : root.value(QStringLiteral("links")).toArray()) links_.push_back(linkFromJson(v.toObject()));
  return Status::ok();
}

Status PendingEditJournal::save() const {
  if (path_.isEmpty()) return Status::ok();
  if (pending_.empty() && conflicts_.empty() && links_.empty()) {
    // Nothing outstanding: no file, so a stale journal is never replayed.
    if (QFileInfo::exists(path_) && !QFile::remove(path_))
      return Status::fail(QStringLiteral("%1: cannot be removed").arg(path_));
    return Status::ok();
  }
  QJsonArray pending, conflicts, links;
  for (const auto& e : pending_) pending.append(toJson(e));
  for (const auto& e : links_) links.append(linkToJson(e));
  for (const auto& e : conflicts_) conflicts.append(toJson(e));
  const QJsonObject root{{QStringLiteral("format"), QStringLiteral("planmap-postgis-journal")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("schema"), schema_},
                         {QStringLiteral("pending"), pending},
                         {QStringLiteral("conflicts"), conflicts},
                         {QStringLiteral("links"), links}};
  QDir().mkpath(QFileInfo(path_).absolutePath());
  return AtomicFileWriter::write(path_, QJsonDocument(root).toJson());
}

void PendingEditJournal::enqueue(const StoredProgressRecord& edit) {
  for (auto& e : pending_)
    if (sameRecord(e, edit)) {
      // Keep the version the planner started from: the newer values, the original base.
      const int base = e.version;
      e = edit;
      e.version = base;
      return;
    }
  pending_.push_back(edit);
}

void PendingEditJournal::remove(const StoredProgressRecord& edit) {
  std::erase_if(pending_, [&](const StoredProgressRecord& e) { return sameRecord(e, edit); });
}

std::optional<StoredProgressRecord> PendingEditJournal::pendingFor(const StoredProgressRecord& edit) const {
  for (const auto& e : pending_)
    if (sameRecord(e, edit)) return e;
  return std::nullopt;
}

void PendingEditJournal::markConflict(const StoredProgressRecord& edit) {
  remove(edit);
  conflicts_.push_back(edit);
}

void PendingEditJournal::clearConflicts() { conflicts_.clear(); }

void PendingEditJournal::enqueueLink(const LinkEdit& edit) {
  removeLink(edit);
  links_.push_back(edit);
}

void PendingEditJournal::removeLink(const LinkEdit& edit) {
  std::erase_if(links_, [&](const LinkEdit& e) { return e.link == edit.link; });
}

}  // namespace planmap
