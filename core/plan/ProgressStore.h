#pragma once

#include "ProgressRecord.h"
#include "Result.h"

#include <optional>
#include <vector>

namespace planmap {

// Observed values of targets over the years, stored as JSON ("format": "planmap-progress",
// "version": 1; geodata/plan/FORMAT.md).
class ProgressStore {
 public:
  static constexpr int kSupportedVersion = 1;
  static QString formatName() { return QStringLiteral("planmap-progress"); }

  static Result<ProgressStore> load(const QString& path);
  static Result<ProgressStore> fromJson(const QByteArray& data, const QString& path);
  Status save(const QString& path) const;
  QByteArray toJson() const;

  // A record for the same (target, year, scope) replaces the old one: a corrected figure.
  void add(const ProgressRecord& record);
  // Removes the record of (target, year, scope); false when there is none.
  bool remove(const QString& targetId, int year, const QString& scope);
  // The record of (target, year, scope), if any.
  std::optional<ProgressRecord> find(const QString& targetId, int year, const QString& scope) const;
  const std::vector<ProgressRecord>& records() const { return records_; }
  // Records of one target and scope, oldest first.
  std::vector<ProgressRecord> recordsFor(const QString& targetId, const QString& scope = QStringLiteral("city")) const;

 private:
  std::vector<ProgressRecord> records_;
};

}  // namespace planmap
