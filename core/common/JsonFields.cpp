#include "JsonFields.h"

#include "AtomicFileWriter.h"
#include "InputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>

namespace planmap {

Result<QJsonObject> JsonFields::readVersionedFile(const QString& path, const QString& displayName,
                                                  const QString& expectedFormat, int supportedVersion) {
  auto bytes = InputFile::readAll(path, InputFile::kMaxJsonBytes, QStringLiteral("JSON file"));
  if (!bytes) return Result<QJsonObject>::fail(QString(bytes.error()).replace(path, displayName));
  return parseVersioned(bytes.value(), displayName, expectedFormat, supportedVersion);
}

Result<QJsonObject> JsonFields::parseVersioned(const QByteArray& data, const QString& displayName,
                                               const QString& expectedFormat, int supportedVersion) {
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    // Editors show lines, not byte offsets.
    const int offset = std::clamp(parseError.offset, 0, int(data.size()));
    const int line = int(data.left(offset).count('\n')) + 1;
    return Result<QJsonObject>::fail(QStringLiteral("%1: not valid JSON: %2 (line %3)")
                                         .arg(displayName, parseError.errorString())
                                         .arg(line));
  }
  if (!doc.isObject())
    return Result<QJsonObject>::fail(QStringLiteral("%1: the top level must be a JSON object").arg(displayName));
  const QJsonObject root = doc.object();
  const QJsonValue format = root.value(QStringLiteral("format"));
  if (format.toString() != expectedFormat)
    return Result<QJsonObject>::fail(QStringLiteral("%1: field 'format' must be \"%2\", got %3")
                                         .arg(displayName, expectedFormat, describe(format)));
  const QJsonValue version = root.value(QStringLiteral("version"));
  if (!version.isDouble() || version.toDouble() != supportedVersion)
    return Result<QJsonObject>::fail(
        QStringLiteral("%1: unsupported %2 version %3; this build of PlanMap reads version %4")
            .arg(displayName, expectedFormat, describe(version))
            .arg(supportedVersion));
  return Result<QJsonObject>::ok(root);
}

QString JsonFields::describe(const QJsonValue& value) {
  switch (value.type()) {
    case QJsonValue::String: return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("nothing");
  }
  return QStringLiteral("nothing");
}

bool JsonFields::fail(const QString& key, const QString& what) {
  if (error_.isEmpty()) error_ = QStringLiteral("%1: field '%2' %3").arg(context_, key, what);
  return false;
}

QString JsonFields::requiredString(const QString& key) {
  const QJsonValue v = object_.value(key);
  if (v.isUndefined() || v.isNull()) {
    fail(key, QStringLiteral("is missing"));
    return {};
  }
  if (!v.isString()) {
    fail(key, QStringLiteral("must be a string, got %1").arg(describe(v)));
    return {};
  }
  if (v.toString().trimmed().isEmpty()) fail(key, QStringLiteral("must not be empty"));
  return v.toString();
}

QString JsonFields::optionalString(const QString& key) {
  const QJsonValue v = object_.value(key);
  if (v.isUndefined() || v.isNull()) return {};
  if (!v.isString()) {
    fail(key, QStringLiteral("must be a string, got %1").arg(describe(v)));
    return {};
  }
  return v.toString();
}

std::optional<int> JsonFields::optionalInteger(const QString& key, int min, int max) {
  const QJsonValue v = object_.value(key);
  if (v.isUndefined() || v.isNull()) return std::nullopt;
  const double d = v.toDouble();
  if (!v.isDouble() || d != std::floor(d)) {
    fail(key, QStringLiteral("must be a whole number, got %1").arg(describe(v)));
    return std::nullopt;
  }
  if (d < min || d > max) {
    fail(key, QStringLiteral("must be between %1 and %2, got %3").arg(min).arg(max).arg(describe(v)));
    return std::nullopt;
  }
  return int(d);
}

int JsonFields::requiredInteger(const QString& key, int min, int max) {
  if (!has(key)) {
    fail(key, QStringLiteral("is missing"));
    return 0;
  }
  return optionalInteger(key, min, max).value_or(0);
}

std::optional<double> JsonFields::optionalNumber(const QString& key) {
  const QJsonValue v = object_.value(key);
  if (v.isUndefined() || v.isNull()) return std::nullopt;
  if (!v.isDouble()) {
    fail(key, QStringLiteral("must be a number, got %1").arg(describe(v)));
    return std::nullopt;
  }
  return v.toDouble();
}

std::optional<bool> JsonFields::optionalBool(const QString& key) {
  const QJsonValue v = object_.value(key);
  if (v.isUndefined() || v.isNull()) return std::nullopt;
  if (!v.isBool()) {
    fail(key, QStringLiteral("must be true or false, got %1").arg(describe(v)));
    return std::nullopt;
  }
  return v.toBool();
}

bool JsonFields::requiredBool(const QString& key) {
  if (!has(key)) {
    fail(key, QStringLiteral("is missing"));
    return false;
  }
  return optionalBool(key).value_or(false);
}

QStringList JsonFields::optionalStringList(const QString& key) {
  const QJsonValue v = object_.value(key);
  if (v.isUndefined() || v.isNull()) return {};
  if (!v.isArray()) {
    fail(key, QStringLiteral("must be an array of strings, got %1").arg(describe(v)));
    return {};
  }
  QStringList out;
  const QJsonArray array = v.toArray();
  for (int i = 0; i < array.size(); ++i) {
    if (!array.at(i).isString()) {
      fail(key, QStringLiteral("must be an array of strings, element %1 is %2").arg(i).arg(describe(array.at(i))));
      return {};
    }
    out << array.at(i).toString();
  }
  return out;
}

Result<QJsonArray> JsonFields::parseVersionedArray(const QByteArray& data, const QString& displayName,
                                                   const QString& expectedFormat, int supportedVersion,
                                                   const QString& arrayKey) {
  Result<QJsonObject> root = parseVersioned(data, displayName, expectedFormat, supportedVersion);
  if (!root) return Result<QJsonArray>::fail(root.error());
  const QJsonValue value = root->value(arrayKey);
  if (!value.isArray())
    return Result<QJsonArray>::fail(
        QStringLiteral("%1: field '%2' must be an array, got %3").arg(displayName, arrayKey, describe(value)));
  return Result<QJsonArray>::ok(value.toArray());
}

Result<QByteArray> JsonFields::readFile(const QString& path) {
  return InputFile::readAll(path, InputFile::kMaxJsonBytes, QStringLiteral("JSON file"));
}

Status JsonFields::writeFile(const QString& path, const QByteArray& bytes) {
  return AtomicFileWriter::write(path, bytes);
}

}  // namespace planmap
