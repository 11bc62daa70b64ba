#include "WarningThresholds.h"

namespace planmap {

void WarningThresholds::setForTarget(const QString& targetId, double tolerance) {
  if (tolerance < 0) perTarget_.remove(targetId);
  else perTarget_.insert(targetId, tolerance);
}

QJsonObject WarningThresholds::toJson() const {
  QJsonObject targets;
  for (auto it = perTarget_.begin(); it != perTarget_.end(); ++it) targets.insert(it.key(), it.value());
  return QJsonObject{{QStringLiteral("default"), default_}, {QStringLiteral("targets"), targets}};
}

Result<WarningThresholds> WarningThresholds::fromJson(const QJsonObject& json, const QString& context) {
  using R = Result<WarningThresholds>;
  WarningThresholds t;
  const auto share = [&](const QJsonValue& v, const QString& field, double* out) -> QString {
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
      return QStringLiteral("%1: warning_thresholds.%2 must be a number from 0 to 1 (0.1 = 10%)").arg(context, field);
    *out = v.toDouble();
    return {};
  };
  if (json.contains(QStringLiteral("default")))
    if (QString e = share(json.value(QStringLiteral("default")), QStringLiteral("default"), &t.default_); !e.isEmpty()) return R::fail(e);
  const QJsonValue targets = json.value(QStringLiteral("targets"));
  if (!targets.isUndefined() && !targets.isObject())
    return R::fail(QStringLiteral("%1: warning_thresholds.targets must be an object").arg(context));
  const QJsonObject o = targets.toObject();
  for (auto it = o.begin(); it != o.end(); ++it) {
    double v = 0;
    if (QString e = share(it.value(), QStringLiteral("targets.") + it.key(), &v); !e.isEmpty()) return R::fail(e);
    t.perTarget_.insert(it.key(), v);
  }
  return R::ok(std::move(t));
}

}  // namespace planmap
