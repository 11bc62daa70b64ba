#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace planmap {

// What I/O and CRS calls return instead of throwing: a value, or a message that names the file
// (or item) and the cause. Nothing in core throws across a worker thread or a Qt slot.
template <typename T>
class Result {
 public:
  static Result ok(T value) { return Result(ValueTag{}, std::move(value)); }
  static Result fail(QString message) { return Result(ErrorTag{}, std::move(message)); }

  bool isOk() const { return value_.has_value(); }
  explicit operator bool() const { return isOk(); }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }
  const QString& error() const { return error_; }

 private:
  // Tags keep the two constructors apart when T is itself a QString.
  struct ValueTag {};
  struct ErrorTag {};
  Result(ValueTag, T v) : value_(std::move(v)) {}
  Result(ErrorTag, QString e) : error_(std::move(e)) {}
  std::optional<T> value_;
  QString error_;
};

// For calls that only succeed or fail.
class Status {
 public:
  static Status ok() { return Status(); }
  static Status fail(QString message) { return Status(std::move(message)); }
  bool isOk() const { return error_.isEmpty(); }
  explicit operator bool() const { return isOk(); }
  const QString& error() const { return error_; }

 private:
  Status() = default;
  explicit Status(QString e) : error_(e.isEmpty() ? QStringLiteral("unknown error") : std::move(e)) {}
  QString error_;
};

}  // namespace planmap
