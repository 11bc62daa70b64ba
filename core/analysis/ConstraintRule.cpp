#include "ConstraintRule.h"

namespace planmap {

QString severityName(Severity severity) {
  switch (severity) {
    case Severity::Note: return QStringLiteral("note");
    case Severity::Restricted: return QStringLiteral("restricted");
    case Severity::Prohibited: return QStringLiteral("prohibited");
  }
  return QStringLiteral("note");
}

QString severityLabelZh(Severity severity) {
  switch (severity) {
    case Severity::Note: return QStringLiteral("提示");
    case Severity::Restricted: return QStringLiteral("限制");
    case Severity::Prohibited: return QStringLiteral("禁止");
  }
  return QStringLiteral("提示");
}

std::optional<Severity> severityFromString(const QString& text) {
  const QString t = text.trimmed().toLower();
  if (t == QLatin1String("note")) return Severity::Note;
  if (t == QLatin1String("restricted")) return Severity::Restricted;
  if (t == QLatin1String("prohibited")) return Severity::Prohibited;
  return std::nullopt;
}

}  // namespace planmap
