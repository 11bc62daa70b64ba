#include "LayoutItem.h"

#include <array>
#include <utility>

namespace planmap {
namespace {

constexpr std::array<std::pair<LayoutItemKind, const char*>, 11> kNames{{
    {LayoutItemKind::Map, "map"},
    {LayoutItemKind::Title, "title"},
    {LayoutItemKind::Subtitle, "subtitle"},
    {LayoutItemKind::Text, "text"},
    {LayoutItemKind::Legend, "legend"},
    {LayoutItemKind::ScaleBar, "scale_bar"},
    {LayoutItemKind::NorthArrow, "north_arrow"},
    {LayoutItemKind::Callout, "callout"},
    {LayoutItemKind::TargetsTable, "targets_table"},
    {LayoutItemKind::Footer, "footer"},
    {LayoutItemKind::CountyStats, "county_stats"},
}};

}  // namespace

QString layoutItemKindToString(LayoutItemKind kind) {
  for (const auto& [k, name] : kNames)
    if (k == kind) return QString::fromLatin1(name);
  return QStringLiteral("text");
}

std::optional<LayoutItemKind> layoutItemKindFromString(const QString& text) {
  for (const auto& [k, name] : kNames)
    if (text == QLatin1String(name)) return k;
  return std::nullopt;
}

}  // namespace planmap
