#include "UnitConversion.h"

namespace planmap {
namespace {

// The unit without a leading 万/亿, and the power that prefix stands for.
std::pair<QString, double> split(const QString& unit) {
  if (unit.size() > 1 && unit.startsWith(QChar(u'万'))) return {unit.mid(1), 1e4};
  if (unit.size() > 1 && unit.startsWith(QChar(u'亿'))) return {unit.mid(1), 1e8};
  return {unit, 1.0};
}

}  // namespace

QString UnitConversion::canonical(const QString& unit) {
  QString u = unit.trimmed();
  if (u == QStringLiteral("％") || u == QStringLiteral("百分比") || u == QStringLiteral("百分率")) return QStringLiteral("%");
  return u;
}

std::optional<double> UnitConversion::convert(double value, const QString& from, const QString& to) {
  const QString f = canonical(from), t = canonical(to);
  if (f.isEmpty() || f == t) return value;
  const auto [fBase, fScale] = split(f);
  const auto [tBase, tScale] = split(t);
  if (fBase != tBase || fBase.isEmpty()) return std::nullopt;
  return value * fScale / tScale;
}

std::optional<double> UnitConversion::factor(const QString& from, const QString& to) { return convert(1.0, from, to); }

}  // namespace planmap
