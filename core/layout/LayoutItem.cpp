#include "LayoutItem.h"

#include <array>
#include <utility>

namespace planmap {
namespace {

constexpr std::array<std::pair<LayoutItemKind, const char*>, 13> kNames{{
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
    {LayoutItemKind::Neatline, "neatline"},
    {LayoutItemKind::MapNotes, "map_notes"},
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

LayoutItemKind LayoutItem::kind() const {
  return std::visit(Overloaded{
                        [](const MapFrameItem&) { return LayoutItemKind::Map; },
                        [](const TextItem& t) {
                          switch (t.role) {
                            case TextItem::Role::Title: return LayoutItemKind::Title;
                            case TextItem::Role::Subtitle: return LayoutItemKind::Subtitle;
                            case TextItem::Role::Text: break;
                          }
                          return LayoutItemKind::Text;
                        },
                        [](const LegendItem&) { return LayoutItemKind::Legend; },
                        [](const ScaleBarItem&) { return LayoutItemKind::ScaleBar; },
                        [](const NorthArrowItem&) { return LayoutItemKind::NorthArrow; },
                        [](const CalloutItem&) { return LayoutItemKind::Callout; },
                        [](const TargetsTableItem&) { return LayoutItemKind::TargetsTable; },
                        [](const FooterItem&) { return LayoutItemKind::Footer; },
                        [](const CountyStatsItem&) { return LayoutItemKind::CountyStats; },
                        [](const NeatlineItem&) { return LayoutItemKind::Neatline; },
                        [](const MapNotesItem&) { return LayoutItemKind::MapNotes; },
                    },
                    content);
}

QString LayoutItem::mapId() const {
  return std::visit(Overloaded{
                        [](const MapFrameItem&) { return QString(); },
                        [](const TextItem&) { return QString(); },
                        [](const FooterItem&) { return QString(); },
                        [](const auto& described) { return described.mapId; },
                    },
                    content);
}

void LayoutItem::setMapId(const QString& id) {
  std::visit(Overloaded{
                 [](MapFrameItem&) {},
                 [](TextItem&) {},
                 [](FooterItem&) {},
                 [&](auto& described) { described.mapId = id; },
             },
             content);
}

LayoutItem LayoutItem::ofKind(LayoutItemKind kind) {
  LayoutItem item;
  switch (kind) {
    case LayoutItemKind::Map: item.content = MapFrameItem{}; item.frame = true; break;
    case LayoutItemKind::Title: item.content = TextItem{TextItem::Role::Title, true}; break;
    case LayoutItemKind::Subtitle: item.content = TextItem{TextItem::Role::Subtitle}; break;
    case LayoutItemKind::Text: item.content = TextItem{}; break;
    case LayoutItemKind::Legend: item.content = LegendItem{}; break;
    case LayoutItemKind::ScaleBar: item.content = ScaleBarItem{}; break;
    case LayoutItemKind::NorthArrow: item.content = NorthArrowItem{}; break;
    case LayoutItemKind::Callout: item.content = CalloutItem{}; break;
    case LayoutItemKind::TargetsTable: item.content = TargetsTableItem{}; break;
    case LayoutItemKind::Footer: item.content = FooterItem{}; break;
    case LayoutItemKind::CountyStats: item.content = CountyStatsItem{}; break;
    case LayoutItemKind::Neatline: item.content = NeatlineItem{}; break;
    case LayoutItemKind::MapNotes: item.content = MapNotesItem{}; break;
  }
  return item;
}

}  // namespace planmap
