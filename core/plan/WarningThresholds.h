#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace planmap {

// How far behind the linear pace a target may fall before it turns from yellow (at risk) to red
// (behind), as a share of the expected value: 0.10 = 10%. One default for the project, overridden
// per target; stored in the project file as "warning_thresholds" (docs/project-format.md).
class WarningThresholds {
 public:
  static constexpr double kDefault = 0.10;

  double defaultTolerance() const { return default_; }
  void setDefaultTolerance(double tolerance) { default_ = tolerance; }
  double forTarget(const QString& targetId) const { return perTarget_.value(targetId, default_); }
  // A negative value removes the target's own threshold.
  void setForTarget(const QString& targetId, double tolerance);
  const QHash<QString, double>& perTarget() const { return perTarget_; }
  bool isDefault() const { return default_ == kDefault && perTarget_.isEmpty(); }

  // {"default": 0.1, "targets": {"c11s5-t02": 0.15}}
  QJsonObject toJson() const;
  // Each value must be a number in [0, 1]; `context` names the file in errors.
  static Result<WarningThresholds> fromJson(const QJsonObject& json, const QString& context);

  friend bool operator==(const WarningThresholds&, const WarningThresholds&) = default;

 private:
  double default_ = kDefault;
  QHash<QString, double> perTarget_;
};

}  // namespace planmap
