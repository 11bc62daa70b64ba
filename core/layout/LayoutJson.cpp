#include "LayoutJson.h"

#include "AtomicFileWriter.h"
#include "InputFile.h"
#include "LayoutTextLimits.h"

#include "DataPaths.h"
#include "JsonFields.h"
#include "StyleJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace planmap {
namespace {

// A fixed-length array of numbers, e.g. rect_mm [x, y, w, h]; records an error otherwise.
std::optional<std::vector<double>> numbers(JsonFields& f, const QString& key, int count) {
  if (!f.has(key)) return std::nullopt;
  const QJsonValue v = f.object().value(key);
  const QJsonArray a = v.toArray();
  bool ok = v.isArray() && a.size() == count;
  std::vector<double> out;
  for (const QJsonValue& e : a) {
    ok = ok && e.isDouble();
    out.push_back(e.toDouble());
  }
  if (!ok) {
    f.fail(key, QStringLiteral("must be an array of %1 numbers, got %2").arg(count).arg(JsonFields::describe(v)));
    return std::nullopt;
  }
  return out;
}

QJsonArray toArray(std::initializer_list<double> values) {
  QJsonArray a;
  for (double v : values) a.append(v);
  return a;
}

Qt::Alignment alignmentFromString(const QString& s, bool* ok) {
  *ok = true;
  if (s.isEmpty() || s == QLatin1String("left")) return Qt::AlignLeft | Qt::AlignVCenter;
  if (s == QLatin1String("center") || s == QLatin1String("centre")) return Qt::AlignHCenter | Qt::AlignVCenter;
  if (s == QLatin1String("right")) return Qt::AlignRight | Qt::AlignVCenter;
  *ok = false;
  return Qt::AlignLeft | Qt::AlignVCenter;
}

QString alignmentToString(Qt::Alignment a) {
  if (a & Qt::AlignHCenter) return QStringLiteral("center");
  if (a & Qt::AlignRight) return QStringLiteral("right");
  return QStringLiteral("left");
}

QString gridToString(GridKind g) {
  switch (g) {
    case GridKind::Projected: return QStringLiteral("projected");
    case GridKind::Graticule: return QStringLiteral("graticule");
    case GridKind::None: break;
  }
  return QStringLiteral("none");
}

void readMapFrame(JsonFields& f, MapFrameItem& m) {
  m.layers = f.optionalStringList(QStringLiteral("layers"));
  m.crs = f.optionalString(QStringLiteral("crs"));
  if (auto e = numbers(f, QStringLiteral("extent"), 4)) {
    m.extent = Extent::fromCorners((*e)[0], (*e)[1], (*e)[2], (*e)[3]);
    if (m.extent.width() <= 0 || m.extent.height() <= 0)
      f.fail(QStringLiteral("extent"), QStringLiteral("must have minx < maxx and miny < maxy"));
  }
  m.extentCrs = f.optionalString(QStringLiteral("extent_crs"));
  m.scale = f.optionalNumber(QStringLiteral("scale")).value_or(0);
  if (m.scale < 0) f.fail(QStringLiteral("scale"), QStringLiteral("must be positive"));
  const QString grid = f.optionalString(QStringLiteral("grid"));
  if (grid == QLatin1String("projected")) m.grid = GridKind::Projected;
  else if (grid == QLatin1String("graticule")) m.grid = GridKind::Graticule;
  else if (!grid.isEmpty() && grid != QLatin1String("none"))
    f.fail(QStringLiteral("grid"), QStringLiteral("must be none, projected or graticule; got \"%1\"").arg(grid));
  const QString labels = f.optionalString(QStringLiteral("grid_labels"));
  if (labels == QLatin1String("outside")) m.gridLabels = GridLabels::Outside;
  else if (!labels.isEmpty() && labels != QLatin1String("inside"))
    f.fail(QStringLiteral("grid_labels"), QStringLiteral("must be inside or outside; got \"%1\"").arg(labels));
  m.gridIntervalM = f.optionalNumber(QStringLiteral("grid_interval_m")).value_or(0);
  if (m.gridIntervalM < 0) f.fail(QStringLiteral("grid_interval_m"), QStringLiteral("must be positive"));
  m.overviewOf = f.optionalString(QStringLiteral("overview_of"));
  m.atlasDriven = f.optionalBool(QStringLiteral("atlas_driven")).value_or(false);
  m.skipIfEmpty = f.optionalBool(QStringLiteral("skip_if_empty")).value_or(false);
  m.labels = f.optionalBool(QStringLiteral("labels")).value_or(true);
}

QColor readColor(JsonFields& f, const QColor& fallback) {
  if (!f.has(QStringLiteral("color"))) return fallback;
  const QColor c = StyleJson::parseColor(f.optionalString(QStringLiteral("color")));
  if (!c.isValid()) f.fail(QStringLiteral("color"), QStringLiteral("is not a colour"));
  return c;
}

Result<LayoutItem> readItem(const QJsonObject& object, const QString& context) {
  JsonFields f(object, context);
  const QString type = f.requiredString(QStringLiteral("type"));
  if (!f.ok()) return Result<LayoutItem>::fail(f.error());
  const auto kind = layoutItemKindFromString(type);
  if (!kind) {
    f.fail(QStringLiteral("type"),
           QStringLiteral("must be one of map, title, subtitle, text, legend, scale_bar, north_arrow, callout, "
                          "targets_table, footer, county_stats, neatline, map_notes; got \"%1\"").arg(type));
    return Result<LayoutItem>::fail(f.error());
  }
  LayoutItem item = LayoutItem::ofKind(*kind);
  item.id = f.optionalString(QStringLiteral("id"));
  if (item.id.isEmpty()) item.id = type;
  if (auto r = numbers(f, QStringLiteral("rect_mm"), 4)) {
    item.rectMm = QRectF((*r)[0], (*r)[1], (*r)[2], (*r)[3]);
    if ((*r)[2] <= 0 || (*r)[3] <= 0) f.fail(QStringLiteral("rect_mm"), QStringLiteral("must have a positive width and height"));
  } else if (f.ok()) {
    f.fail(QStringLiteral("rect_mm"), QStringLiteral("is missing"));
  }
  item.frame = f.optionalBool(QStringLiteral("frame")).value_or(item.isMap());
  if (f.has(QStringLiteral("background"))) {
    item.background = StyleJson::parseColor(f.optionalString(QStringLiteral("background")));
    if (!item.background.isValid()) f.fail(QStringLiteral("background"), QStringLiteral("is not a colour"));
  }
  item.text = f.optionalString(QStringLiteral("text"));
  // Laying out text costs with its length: 200 000 characters took over a minute to set.
  if (item.text.size() > LayoutTextLimits::kMaxTextLength)
    f.fail(QStringLiteral("text"), QStringLiteral("is %1 characters long; at most %2").arg(item.text.size()).arg(LayoutTextLimits::kMaxTextLength));
  const double defaultSize = *kind == LayoutItemKind::Title ? 24 : *kind == LayoutItemKind::Subtitle ? 14 : 9;
  item.fontSizePt = f.optionalNumber(QStringLiteral("font_size_pt")).value_or(defaultSize);
  if (item.fontSizePt <= 0 || item.fontSizePt > 400)
    f.fail(QStringLiteral("font_size_pt"), QStringLiteral("must be between 0 and 400"));
  const QString mapId = f.optionalString(QStringLiteral("map"));
  const int maxRows = f.optionalInteger(QStringLiteral("max_rows"), 1, 200).value_or(12);
  std::visit(Overloaded{
                 [&](MapFrameItem& m) { readMapFrame(f, m); },
                 [&](TextItem& t) {
                   t.bold = f.optionalBool(QStringLiteral("bold")).value_or(t.role == TextItem::Role::Title);
                   bool alignOk = true;
                   t.align = alignmentFromString(f.optionalString(QStringLiteral("align")), &alignOk);
                   if (!alignOk) f.fail(QStringLiteral("align"), QStringLiteral("must be left, center or right"));
                   t.color = readColor(f, t.color);
                 },
                 [&](CalloutItem& c) {
                   c.mapId = mapId;
                   if (auto a = numbers(f, QStringLiteral("anchor"), 2)) {
                     c.anchorX = (*a)[0];
                     c.anchorY = (*a)[1];
                   } else if (f.ok()) {
                     f.fail(QStringLiteral("anchor"), QStringLiteral("is missing"));
                   }
                   c.anchorCrs = f.optionalString(QStringLiteral("anchor_crs"));
                   c.bold = f.optionalBool(QStringLiteral("bold")).value_or(false);
                   c.color = readColor(f, c.color);
                 },
                 [&](TargetsTableItem& t) {
                   t.mapId = mapId;
                   t.maxRows = maxRows;
                 },
                 [&](CountyStatsItem& t) {
                   t.mapId = mapId;
                   t.maxRows = maxRows;
                 },
                 [&](FooterItem& footer) {
                   footer.organisation = f.optionalString(QStringLiteral("organisation"));
                   footer.date = f.optionalString(QStringLiteral("date"));
                   footer.approvalNumber = f.optionalString(QStringLiteral("approval_number"));
                 },
                 [&](NeatlineItem& n) {
                   n.mapId = mapId;
                   n.weightMm = f.optionalNumber(QStringLiteral("weight_mm")).value_or(1.0);
                   if (n.weightMm <= 0 || n.weightMm > 20) f.fail(QStringLiteral("weight_mm"), QStringLiteral("must be between 0 and 20"));
                 },
                 [&](MapNotesItem& n) {
                   n.mapId = mapId;
                   n.organisation = f.optionalString(QStringLiteral("organisation"));
                   n.date = f.optionalString(QStringLiteral("date"));
                   n.approvalNumber = f.optionalString(QStringLiteral("approval_number"));
                 },
                 [&](auto& described) { described.mapId = mapId; },  // legend, scale bar, north arrow
             },
             item.content);
  if (!f.ok()) return Result<LayoutItem>::fail(f.error());
  return Result<LayoutItem>::ok(std::move(item));
}

void writeMapFrame(QJsonObject& o, const MapFrameItem& m) {
  if (!m.layers.isEmpty()) o.insert(QStringLiteral("layers"), QJsonArray::fromStringList(m.layers));
  if (!m.crs.isEmpty()) o.insert(QStringLiteral("crs"), m.crs);
  if (!m.extent.isEmpty())
    o.insert(QStringLiteral("extent"), toArray({m.extent.minX, m.extent.minY, m.extent.maxX, m.extent.maxY}));
  if (!m.extentCrs.isEmpty()) o.insert(QStringLiteral("extent_crs"), m.extentCrs);
  if (m.scale > 0) o.insert(QStringLiteral("scale"), m.scale);
  if (m.grid != GridKind::None) o.insert(QStringLiteral("grid"), gridToString(m.grid));
  if (m.gridLabels == GridLabels::Outside) o.insert(QStringLiteral("grid_labels"), QStringLiteral("outside"));
  if (m.gridIntervalM > 0) o.insert(QStringLiteral("grid_interval_m"), m.gridIntervalM);
  if (!m.overviewOf.isEmpty()) o.insert(QStringLiteral("overview_of"), m.overviewOf);
  if (m.atlasDriven) o.insert(QStringLiteral("atlas_driven"), true);
  if (m.skipIfEmpty) o.insert(QStringLiteral("skip_if_empty"), true);
  if (!m.labels) o.insert(QStringLiteral("labels"), false);
}

QJsonObject writeItem(const LayoutItem& item) {
  QJsonObject o;
  o.insert(QStringLiteral("type"), layoutItemKindToString(item.kind()));
  o.insert(QStringLiteral("id"), item.id);
  o.insert(QStringLiteral("rect_mm"), toArray({item.rectMm.x(), item.rectMm.y(), item.rectMm.width(), item.rectMm.height()}));
  if (item.frame != item.isMap()) o.insert(QStringLiteral("frame"), item.frame);
  if (item.background.isValid()) o.insert(QStringLiteral("background"), StyleJson::colorName(item.background));
  if (!item.text.isEmpty()) o.insert(QStringLiteral("text"), item.text);
  o.insert(QStringLiteral("font_size_pt"), item.fontSizePt);
  if (!item.mapId().isEmpty()) o.insert(QStringLiteral("map"), item.mapId());
  std::visit(Overloaded{
                 [&](const MapFrameItem& m) { writeMapFrame(o, m); },
                 [&](const TextItem& t) {
                   if (t.bold != (t.role == TextItem::Role::Title)) o.insert(QStringLiteral("bold"), t.bold);
                   o.insert(QStringLiteral("align"), alignmentToString(t.align));
                   if (t.color != QColor(34, 34, 34)) o.insert(QStringLiteral("color"), StyleJson::colorName(t.color));
                 },
                 [&](const CalloutItem& c) {
                   o.insert(QStringLiteral("anchor"), toArray({c.anchorX, c.anchorY}));
                   if (!c.anchorCrs.isEmpty()) o.insert(QStringLiteral("anchor_crs"), c.anchorCrs);
                   if (c.bold) o.insert(QStringLiteral("bold"), true);
                   if (c.color != QColor(34, 34, 34)) o.insert(QStringLiteral("color"), StyleJson::colorName(c.color));
                 },
                 [&](const TargetsTableItem& t) { o.insert(QStringLiteral("max_rows"), t.maxRows); },
                 [&](const CountyStatsItem& t) { o.insert(QStringLiteral("max_rows"), t.maxRows); },
                 [&](const FooterItem& footer) {
                   o.insert(QStringLiteral("organisation"), footer.organisation);
                   if (!footer.date.isEmpty()) o.insert(QStringLiteral("date"), footer.date);
                   if (!footer.approvalNumber.isEmpty()) o.insert(QStringLiteral("approval_number"), footer.approvalNumber);
                 },
                 [&](const NeatlineItem& n) { o.insert(QStringLiteral("weight_mm"), n.weightMm); },
                 [&](const MapNotesItem& n) {
                   o.insert(QStringLiteral("organisation"), n.organisation);
                   if (!n.date.isEmpty()) o.insert(QStringLiteral("date"), n.date);
                   if (!n.approvalNumber.isEmpty()) o.insert(QStringLiteral("approval_number"), n.approvalNumber);
                 },
                 [](const LegendItem&) {},
                 [](const ScaleBarItem&) {},
                 [](const NorthArrowItem&) {},
             },
             item.content);
  return o;
}

}  // namespace

Result<Layout> LayoutJson::readFile(const QString& path) {
  auto bytes = InputFile::readAll(path, InputFile::kMaxJsonBytes, QStringLiteral("layout file"));
  if (!bytes) return Result<Layout>::fail(bytes.error());
  return readBytes(bytes.value(), path);
}

Result<Layout> LayoutJson::readBytes(const QByteArray& data, const QString& displayName) {
  auto object = JsonFields::parseVersioned(data, displayName, formatName(), Layout::kVersion);
  if (!object) return Result<Layout>::fail(object.error());
  return fromJson(object.value(), displayName);
}

Result<Layout> LayoutJson::fromJson(const QJsonObject& object, const QString& displayName) {
  JsonFields f(object, displayName);
  Layout layout;
  layout.name = f.optionalString(QStringLiteral("name"));
  layout.title = f.optionalString(QStringLiteral("title"));
  if (layout.title.size() > LayoutTextLimits::kMaxTitleLength)
    f.fail(QStringLiteral("title"), QStringLiteral("is %1 characters long; at most %2").arg(layout.title.size()).arg(LayoutTextLimits::kMaxTitleLength));
  layout.family = f.optionalString(QStringLiteral("family"));
  layout.pdfResolutionDpi = f.optionalNumber(QStringLiteral("pdf_resolution_dpi")).value_or(300);
  if (layout.pdfResolutionDpi < 72 || layout.pdfResolutionDpi > 2400)
    f.fail(QStringLiteral("pdf_resolution_dpi"), QStringLiteral("must be between 72 and 2400"));
  if (!f.ok()) return Result<Layout>::fail(f.error());

  const QJsonValue pageValue = object.value(QStringLiteral("page"));
  if (!pageValue.isObject()) {
    f.fail(QStringLiteral("page"), pageValue.isUndefined() ? QStringLiteral("is missing")
                                                           : QStringLiteral("must be an object, got %1").arg(JsonFields::describe(pageValue)));
    return Result<Layout>::fail(f.error());
  }
  JsonFields p(pageValue.toObject(), displayName + QStringLiteral(": page"));
  layout.page.size = p.requiredString(QStringLiteral("size"));
  if (p.ok() && !LayoutPage::isKnownSize(layout.page.size))
    p.fail(QStringLiteral("size"), QStringLiteral("must be A4, A3, A2, A1, A0 or custom; got \"%1\"").arg(layout.page.size));
  const QString orientation = p.optionalString(QStringLiteral("orientation"));
  if (orientation.isEmpty() || orientation == QLatin1String("landscape")) layout.page.landscape = true;
  else if (orientation == QLatin1String("portrait")) layout.page.landscape = false;
  else p.fail(QStringLiteral("orientation"), QStringLiteral("must be portrait or landscape; got \"%1\"").arg(orientation));
  if (layout.page.size.compare(QLatin1String("custom"), Qt::CaseInsensitive) == 0) {
    layout.page.customWidthMm = p.optionalNumber(QStringLiteral("width_mm")).value_or(0);
    layout.page.customHeightMm = p.optionalNumber(QStringLiteral("height_mm")).value_or(0);
    if (layout.page.customWidthMm <= 0 || layout.page.customHeightMm <= 0)
      p.fail(QStringLiteral("width_mm"), QStringLiteral("and height_mm must be positive for a custom page"));
    if (orientation.isEmpty()) layout.page.landscape = layout.page.customWidthMm > layout.page.customHeightMm;
  }
  if (auto m = numbers(p, QStringLiteral("margins_mm"), 4)) layout.page.marginsMm = QMarginsF((*m)[3], (*m)[0], (*m)[1], (*m)[2]);
  if (!p.ok()) return Result<Layout>::fail(p.error());

  if (object.contains(QStringLiteral("atlas"))) {
    JsonFields a(object.value(QStringLiteral("atlas")).toObject(), displayName + QStringLiteral(": atlas"));
    if (!object.value(QStringLiteral("atlas")).isObject()) return Result<Layout>::fail(displayName + QStringLiteral(": field 'atlas' must be an object"));
    layout.atlas.layer = a.requiredString(QStringLiteral("layer"));
    layout.atlas.marginFraction = a.optionalNumber(QStringLiteral("margin")).value_or(0.08);
    if (layout.atlas.marginFraction < 0 || layout.atlas.marginFraction > 5)
      a.fail(QStringLiteral("margin"), QStringLiteral("must be between 0 and 5"));
    const QString pattern = a.optionalString(QStringLiteral("file_name"));
    if (!pattern.isEmpty()) layout.atlas.fileNamePattern = pattern;
    layout.atlas.sortField = a.optionalString(QStringLiteral("sort_field"));
    if (!a.ok()) return Result<Layout>::fail(a.error());
  }

  const QJsonValue itemsValue = object.value(QStringLiteral("items"));
  if (!itemsValue.isArray()) {
    f.fail(QStringLiteral("items"), itemsValue.isUndefined() ? QStringLiteral("is missing")
                                                             : QStringLiteral("must be an array, got %1").arg(JsonFields::describe(itemsValue)));
    return Result<Layout>::fail(f.error());
  }
  const QJsonArray items = itemsValue.toArray();
  QSet<QString> ids;
  for (int i = 0; i < items.size(); ++i) {
    const QJsonObject itemObject = items.at(i).toObject();
    const QString id = itemObject.value(QStringLiteral("id")).toString();
    const QString context = id.isEmpty() ? QStringLiteral("%1: items[%2]").arg(displayName).arg(i)
                                         : QStringLiteral("%1: items[%2] (%3)").arg(displayName).arg(i).arg(id);
    if (!items.at(i).isObject()) return Result<Layout>::fail(context + QStringLiteral(": must be an object"));
    auto item = readItem(itemObject, context);
    if (!item) return Result<Layout>::fail(item.error());
    if (ids.contains(item->id))
      return Result<Layout>::fail(QStringLiteral("%1: field 'id' repeats \"%2\"; ids must be unique").arg(context, item->id));
    ids.insert(item->id);
    layout.items.push_back(std::move(item.value()));
  }
  // References between items, checked once all ids are known.
  for (int i = 0; i < int(layout.items.size()); ++i) {
    const LayoutItem& item = layout.items[std::size_t(i)];
    const QString context = QStringLiteral("%1: items[%2] (%3)").arg(displayName).arg(i).arg(item.id);
    auto isMap = [&](const QString& id) {
      const LayoutItem* m = layout.item(id);
      return m && m->isMap();
    };
    const LayoutItemKind kind = item.kind();
    const bool needsMap = kind == LayoutItemKind::Legend || kind == LayoutItemKind::ScaleBar ||
                          kind == LayoutItemKind::NorthArrow || kind == LayoutItemKind::Callout ||
                          kind == LayoutItemKind::TargetsTable || kind == LayoutItemKind::Neatline ||
                          kind == LayoutItemKind::MapNotes;
    if (needsMap && !isMap(item.mapId()))
      return Result<Layout>::fail(QStringLiteral("%1: field 'map' must name a map item, got \"%2\"").arg(context, item.mapId()));
    if (const MapFrameItem* m = item.as<MapFrameItem>(); m && !m->overviewOf.isEmpty() && !isMap(m->overviewOf))
      return Result<Layout>::fail(QStringLiteral("%1: field 'overview_of' must name a map item, got \"%2\"").arg(context, m->overviewOf));
  }
  return Result<Layout>::ok(std::move(layout));
}

QJsonObject LayoutJson::toJson(const Layout& layout) {
  QJsonObject o;
  o.insert(QStringLiteral("format"), formatName());
  o.insert(QStringLiteral("version"), Layout::kVersion);
  o.insert(QStringLiteral("name"), layout.name);
  if (!layout.title.isEmpty()) o.insert(QStringLiteral("title"), layout.title);
  if (!layout.family.isEmpty()) o.insert(QStringLiteral("family"), layout.family);
  QJsonObject page;
  page.insert(QStringLiteral("size"), layout.page.size);
  page.insert(QStringLiteral("orientation"), layout.page.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
  if (layout.page.size.compare(QLatin1String("custom"), Qt::CaseInsensitive) == 0) {
    page.insert(QStringLiteral("width_mm"), layout.page.customWidthMm);
    page.insert(QStringLiteral("height_mm"), layout.page.customHeightMm);
  }
  const QMarginsF m = layout.page.marginsMm;
  page.insert(QStringLiteral("margins_mm"), toArray({m.top(), m.right(), m.bottom(), m.left()}));
  o.insert(QStringLiteral("page"), page);
  o.insert(QStringLiteral("pdf_resolution_dpi"), layout.pdfResolutionDpi);
  if (!layout.atlas.layer.isEmpty()) {
    QJsonObject a;
    a.insert(QStringLiteral("layer"), layout.atlas.layer);
    a.insert(QStringLiteral("margin"), layout.atlas.marginFraction);
    a.insert(QStringLiteral("file_name"), layout.atlas.fileNamePattern);
    if (!layout.atlas.sortField.isEmpty()) a.insert(QStringLiteral("sort_field"), layout.atlas.sortField);
    o.insert(QStringLiteral("atlas"), a);
  }
  QJsonArray items;
  for (const LayoutItem& item : layout.items) items.append(writeItem(item));
  o.insert(QStringLiteral("items"), items);
  return o;
}

Status LayoutJson::writeFile(const Layout& layout, const QString& path) {
  return AtomicFileWriter::write(path, QJsonDocument(toJson(layout)).toJson(QJsonDocument::Indented));
}

QString LayoutJson::templatesDir() { return DataPaths::layoutsDir(); }

Result<Layout> LayoutJson::resolve(const QString& nameOrPath) {
  const QString name = nameOrPath.isEmpty() ? defaultTemplateName() : nameOrPath;
  if (QFileInfo(name).isFile()) return readFile(name);
  if (name.contains(QLatin1Char('/')) || name.endsWith(QLatin1String(".json")))
    return Result<Layout>::fail(QStringLiteral("%1: no such layout file").arg(name));
  const QString path = templatesDir() + QLatin1Char('/') + name + QStringLiteral(".json");
  if (!QFileInfo(path).isFile()) {
    const QStringList known = QDir(templatesDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)
                                  .replaceInStrings(QStringLiteral(".json"), QString());
    return Result<Layout>::fail(QStringLiteral("no layout template \"%1\" (templates in %2: %3)")
                                    .arg(name, templatesDir(), known.join(QStringLiteral(", "))));
  }
  return readFile(path);
}

}  // namespace planmap
