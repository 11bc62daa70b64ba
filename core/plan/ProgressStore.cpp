#include "ProgressStore.h"

#include "JsonFields.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>

namespace planmap {

Result<ProgressStore> ProgressStore::load(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return Result<ProgressStore>::fail(QStringLiteral("%1: cannot open: %2").arg(QFileInfo(path).fileName(), file.errorString()));
  return fromJson(file.readAll(), path);
}

Result<ProgressStore> ProgressStore::fromJson(const QByteArray& data, const QString& path) {
  const QString name = QFileInfo(path).fileName();
  Result<QJsonObject> root = JsonFields::parseVersioned(data, name, formatName(), kSupportedVersion);
  if (!root) return Result<ProgressStore>::fail(root.error());
  const QJsonValue recordsValue = root->value(QStringLiteral("records"));
  if (!recordsValue.isArray())
    return Result<ProgressStore>::fail(
        QStringLiteral("%1: field 'records' must be an array, got %2").arg(name, JsonFields::describe(recordsValue)));
  ProgressStore store;
  const QJsonArray records = recordsValue.toArray();
  for (int i = 0; i < records.size(); ++i) {
    JsonFields f(records.at(i).toObject(), QStringLiteral("%1: record #%2").arg(name).arg(i));
    if (!records.at(i).isObject()) f.fail(QStringLiteral("target"), QStringLiteral("is missing (the record is not an object)"));
    ProgressRecord r;
    r.target = f.requiredString(QStringLiteral("target"));
    r.year = f.requiredInteger(QStringLiteral("year"), 1949, 2100);
    r.value = f.optionalNumber(QStringLiteral("value"));
    r.achieved = f.optionalBool(QStringLiteral("achieved")).value_or(false);
    const QString scope = f.optionalString(QStringLiteral("scope"));
    if (!scope.isEmpty()) r.scope = scope;
    r.source = f.optionalString(QStringLiteral("source"));
    if (f.ok() && !r.value && !r.achieved)
      f.fail(QStringLiteral("value"), QStringLiteral("is missing (give a value, or \"achieved\": true)"));
    if (!f.ok()) return Result<ProgressStore>::fail(f.error());
    store.add(r);
  }
  return Result<ProgressStore>::ok(std::move(store));
}

QByteArray ProgressStore::toJson() const {
  QJsonArray records;
  for (const ProgressRecord& r : records_) {
    QJsonObject o{{QStringLiteral("target"), r.target}, {QStringLiteral("year"), r.year}, {QStringLiteral("scope"), r.scope}};
    if (r.value) o.insert(QStringLiteral("value"), *r.value);
    if (r.achieved) o.insert(QStringLiteral("achieved"), true);
    if (!r.source.isEmpty()) o.insert(QStringLiteral("source"), r.source);
    records.append(o);
  }
  const QJsonObject root{{QStringLiteral("format"), formatName()},
                         {QStringLiteral("version"), kSupportedVersion},
                         {QStringLiteral("records"), records}};
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ProgressStore::save(const QString& path) const {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    return Status::fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
  file.write(toJson());
  if (!file.commit()) return Status::fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
  return Status::ok();
}

void ProgressStore::add(const ProgressRecord& record) {
  for (ProgressRecord& r : records_) {
    if (r.target == record.target && r.year == record.year && r.scope == record.scope) {
      r = record;
      return;
    }
  }
  records_.push_back(record);
}

std::vector<ProgressRecord> ProgressStore::recordsFor(const QString& targetId, const QString& scope) const {
  std::vector<ProgressRecord> out;
  std::copy_if(records_.begin(), records_.end(), std::back_inserter(out),
               [&](const ProgressRecord& r) { return r.target == targetId && r.scope == scope; });
  std::sort(out.begin(), out.end(), [](const ProgressRecord& a, const ProgressRecord& b) { return a.year < b.year; });
  return out;
}

}  // namespace planmap
