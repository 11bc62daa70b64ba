#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace planmap {

// Typed reads of one JSON object's fields that remember the first error, worded for a person who
// edits the file by hand: "<file>: item c12s2-t03: field 'value' must be a number, got \"五百\"".
// Shared by the catalog, link and progress readers so their messages look alike.
class JsonFields {
 public:
  JsonFields(QJsonObject object, QString context) : object_(std::move(object)), context_(std::move(context)) {}

  // Reads and parses `path`, checks "format" == expectedFormat and "version" == supportedVersion.
  // `displayName` is how the file is named in messages.
  static Result<QJsonObject> readVersionedFile(const QString& path, const QString& displayName,
                                               const QString& expectedFormat, int supportedVersion);
  static Result<QJsonObject> parseVersioned(const QByteArray& data, const QString& displayName,
                                            const QString& expectedFormat, int supportedVersion);
  // For documents whose body is one array under `arrayKey` (links, progress records): parses and
  // version-checks `data`, then returns that array or an error naming the file and the field.
  static Result<QJsonArray> parseVersionedArray(const QByteArray& data, const QString& displayName,
                                                const QString& expectedFormat, int supportedVersion,
                                                const QString& arrayKey);
  // The whole file, or "<name>: cannot open: <reason>".
  static Result<QByteArray> readFile(const QString& path);
  // Writes through QSaveFile, so a crash mid-write never leaves a truncated file behind.
  static Status writeFile(const QString& path, const QByteArray& bytes);
  // How a value is quoted after "got": "五百" in quotes, numbers as written, else its JSON type.
  static QString describe(const QJsonValue& value);

  bool ok() const { return error_.isEmpty(); }
  const QString& error() const { return error_; }
  bool has(const QString& key) const { return object_.contains(key) && !object_.value(key).isNull(); }
  const QJsonObject& object() const { return object_; }

  QString requiredString(const QString& key);  // present, a string, not empty
  QString optionalString(const QString& key);  // absent/null -> empty
  int requiredInteger(const QString& key, int min, int max);
  std::optional<int> optionalInteger(const QString& key, int min, int max);
  std::optional<double> optionalNumber(const QString& key);
  bool requiredBool(const QString& key);
  std::optional<bool> optionalBool(const QString& key);
  QStringList optionalStringList(const QString& key);

  // Records an error about `key` unless one is already recorded; returns false for chaining.
  bool fail(const QString& key, const QString& what);

 private:
  QJsonObject object_;
  QString context_;
  QString error_;
};

}  // namespace planmap
