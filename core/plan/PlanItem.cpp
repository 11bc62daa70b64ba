#include "PlanItem.h"

namespace planmap {

QString planItemKindToString(PlanItemKind kind) {
  switch (kind) {
    case PlanItemKind::Project: return QStringLiteral("project");
    case PlanItemKind::Target: return QStringLiteral("target");
    case PlanItemKind::Measure: return QStringLiteral("measure");
  }
  return {};
}

std::optional<PlanItemKind> planItemKindFromString(const QString& text) {
  if (text == QLatin1String("project")) return PlanItemKind::Project;
  if (text == QLatin1String("target")) return PlanItemKind::Target;
  if (text == QLatin1String("measure")) return PlanItemKind::Measure;
  return std::nullopt;
}

QString withoutAdminSuffix(QString name) {
  name = name.trimmed();
  static const QString suffixes = QStringLiteral("县区市镇");
  if (name.size() > 2 && suffixes.contains(name.back())) name.chop(1);
  return name;
}

bool PlanItem::mentionsPlace(const QString& place) const {
  const QString query = withoutAdminSuffix(place);
  if (query.isEmpty()) return false;
  for (const QString& p : places) {
    if (p == place || p.contains(query)) return true;
  }
  return false;
}

}  // namespace planmap
