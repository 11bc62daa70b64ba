#include "ProgressStore.h"

#include "JsonFields.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace planmap {

Result<ProgressStore> ProgressStore::load(const QString& path) {
  Result<QByteArray> data = JsonFields::readFile(path);
  if (!data) return Result<ProgressStore>::fail(data.error());
  return fromJson(data.value(), path);
}

Result<ProgressStore> ProgressStore::fromJson(const QByteArray& data, const QString& path) {
  const QString name = QFileInfo(path).fileName();
  Result<QJsonArray> array = JsonFields::parseVersionedArray(data, name, formatName(), kSupportedVersion, QStringLiteral("records"));
  if (!array) return Result<ProgressStore>::fail(array.error());
  ProgressStore store;
  const QJsonArray& records = array.value();
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
    r.note = f.optionalString(QStringLiteral("note"));
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
    if (!r.note.isEmpty()) o.insert(QStringLiteral("note"), r.note);
    records.append(o);
  }
  const QJsonObject root{{QStringLiteral("format"), formatName()},
                         {QStringLiteral("version"), kSupportedVersion},
                         {QStringLiteral("records"), records}};
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ProgressStore::save(const QString& path) const {
  return JsonFields::writeFile(path, toJson());
}

void ProgressStore::add(const ProgressRecord& record) {
  // The year first: an int compare rules out most records before any string is looked at.
  for (ProgressRecord& r : records_) {
    if (r.year == record.year && r.target == record.target && r.scope == record.scope) {
      r = record;
      return;
    }
  }
  records_.push_back(record);
}

bool ProgressStore::remove(const QString& targetId, int year, const QString& scope) {
  const auto it = std::find_if(records_.begin(), records_.end(), [&](const ProgressRecord& r) {
    return r.year == year && r.target == targetId && r.scope == scope;
  });
  if (it == records_.end()) return false;
  records_.erase(it);
  return true;
}

std::optional<ProgressRecord> ProgressStore::find(const QString& targetId, int year, const QString& scope) const {
  for (const ProgressRecord& r : records_)
    if (r.year == year && r.target == targetId && r.scope == scope) return r;
  return std::nullopt;
}

std::vector<ProgressRecord> ProgressStore::recordsFor(const QString& targetId, const QString& scope) const {
  std::vector<ProgressRecord> out;
  std::copy_if(records_.begin(), records_.end(), std::back_inserter(out),
               [&](const ProgressRecord& r) { return r.target == targetId && r.scope == scope; });
  std::sort(out.begin(), out.end(), [](const ProgressRecord& a, const ProgressRecord& b) { return a.year < b.year; });
  return out;
}

}  // namespace planmap
