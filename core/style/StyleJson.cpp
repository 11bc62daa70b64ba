#include "StyleJson.h"

#include <QJsonArray>
#include <array>
#include <utility>

namespace planmap {
namespace {

template <typename T>
using NameTable = std::initializer_list<std::pair<const char*, T>>;

const NameTable<Qt::PenStyle> kDashes = {
    {"solid", Qt::SolidLine}, {"dash", Qt::DashLine}, {"dot", Qt::DotLine}, {"dashdot", Qt::DashDotLine}, {"none", Qt::NoPen}};
const NameTable<Qt::BrushStyle> kHatches = {
    {"none", Qt::NoBrush}, {"bdiag", Qt::BDiagPattern}, {"fdiag", Qt::FDiagPattern}, {"cross", Qt::CrossPattern},
    {"diagcross", Qt::DiagCrossPattern}, {"horizontal", Qt::HorPattern}, {"vertical", Qt::VerPattern}};
const NameTable<MarkerShape> kMarkers = {
    {"circle", MarkerShape::Circle}, {"square", MarkerShape::Square}, {"triangle", MarkerShape::Triangle},
    {"diamond", MarkerShape::Diamond}, {"star", MarkerShape::Star}, {"cross", MarkerShape::Cross}};
const NameTable<RendererKind> kRenderers = {
    {"single", RendererKind::Single}, {"categorized", RendererKind::Categorized}, {"graduated", RendererKind::Graduated}};

template <typename T>
bool lookup(const NameTable<T>& table, const QString& name, T& out) {
  for (const auto& [key, value] : table)
    if (name == QLatin1String(key)) { out = value; return true; }
  return false;
}

template <typename T>
QString nameOf(const NameTable<T>& table, T value) {
  for (const auto& [key, v] : table)
    if (v == value) return QString::fromLatin1(key);
  return QString::fromLatin1(table.begin()->first);
}

QString allNames(auto const& table) {
  QStringList names;
  for (const auto& entry : table) names << QString::fromLatin1(entry.first);
  return names.join(QLatin1Char('|'));
}

// Reads an enum-valued key; the error says which values are allowed.
template <typename T>
Status readEnum(const QJsonObject& json, const char* key, const NameTable<T>& table, T& out, const QString& context) {
  if (!json.contains(QLatin1String(key))) return Status::ok();
  const QString name = json.value(QLatin1String(key)).toString();
  if (!lookup(table, name, out))
    return Status::fail(QStringLiteral("%1: '%2' must be one of %3, got \"%4\"")
                            .arg(context, QLatin1String(key), allNames(table), name));
  return Status::ok();
}

Status readColor(const QJsonObject& json, const char* key, QColor& out, const QString& context) {
  if (!json.contains(QLatin1String(key))) return Status::ok();
  const QColor c = StyleJson::parseColor(json.value(QLatin1String(key)).toString());
  if (!c.isValid())
    return Status::fail(QStringLiteral("%1: '%2' is not a colour (#rrggbb or #rrggbbaa): \"%3\"")
                            .arg(context, QLatin1String(key), json.value(QLatin1String(key)).toString()));
  out = c;
  return Status::ok();
}

Status readNumber(const QJsonObject& json, const char* key, double& out, const QString& context, double min, double max) {
  if (!json.contains(QLatin1String(key))) return Status::ok();
  const QJsonValue v = json.value(QLatin1String(key));
  if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
    return Status::fail(QStringLiteral("%1: '%2' must be a number from %3 to %4").arg(context, QLatin1String(key)).arg(min).arg(max));
  out = v.toDouble();
  return Status::ok();
}

}  // namespace

QColor StyleJson::parseColor(const QString& text) {
  if (text.startsWith(QLatin1Char('#')) && text.size() == 9) {
    bool ok = false;
    const uint rgba = text.mid(1).toUInt(&ok, 16);
    if (!ok) return {};
    return QColor((rgba >> 24) & 0xff, (rgba >> 16) & 0xff, (rgba >> 8) & 0xff, rgba & 0xff);
  }
  return QColor::fromString(text);
}

QString StyleJson::colorName(const QColor& c) {
  QString name = c.name(QColor::HexRgb);
  if (c.alpha() != 255) name += QStringLiteral("%1").arg(c.alpha(), 2, 16, QLatin1Char('0'));
  return name;
}

Result<Symbol> StyleJson::readSymbol(const QJsonObject& json, const Symbol& defaults, const QString& context) {
  Symbol s = defaults;
  const QString ctx = context + QStringLiteral(": symbol");
  for (Status st : {readColor(json, "fill", s.fill, ctx), readColor(json, "stroke", s.stroke, ctx),
                    readColor(json, "hatch_color", s.hatchColor, ctx),
                    readNumber(json, "stroke_width_mm", s.strokeWidthMm, ctx, 0, 20),
                    readNumber(json, "marker_size_mm", s.markerSizeMm, ctx, 0, 50),
                    readEnum(json, "dash", kDashes, s.dash, ctx), readEnum(json, "hatch", kHatches, s.hatch, ctx),
                    readEnum(json, "marker", kMarkers, s.marker, ctx)})
    if (!st) return Result<Symbol>::fail(st.error());
  return Result<Symbol>::ok(s);
}

QJsonObject StyleJson::writeSymbol(const Symbol& s) {
  return QJsonObject{{"fill", colorName(s.fill)},
                     {"stroke", colorName(s.stroke)},
                     {"stroke_width_mm", s.strokeWidthMm},
                     {"dash", nameOf(kDashes, s.dash)},
                     {"hatch", nameOf(kHatches, s.hatch)},
                     {"hatch_color", colorName(s.hatchColor)},
                     {"marker", nameOf(kMarkers, s.marker)},
                     {"marker_size_mm", s.markerSizeMm}};
}

Result<LayerStyle> StyleJson::read(const QJsonObject& json, const QString& context) {
  LayerStyle style;
  if (Status st = readEnum(json, "renderer", kRenderers, style.renderer, context); !st)
    return Result<LayerStyle>::fail(st.error());
  style.field = json.value(QStringLiteral("field")).toString();
  if (style.renderer != RendererKind::Single && style.field.isEmpty())
    return Result<LayerStyle>::fail(context + QStringLiteral(": a categorized or graduated style needs a 'field'"));
  auto symbol = readSymbol(json.value(QStringLiteral("symbol")).toObject(), style.symbol, context);
  if (!symbol) return Result<LayerStyle>::fail(symbol.error());
  style.symbol = symbol.value();

  const QJsonArray classes = json.value(QStringLiteral("classes")).toArray();
  for (int i = 0; i < classes.size(); ++i) {
    const QJsonObject c = classes[i].toObject();
    const QString ctx = QStringLiteral("%1: class %2").arg(context).arg(i + 1);
    StyleClass sc;
    sc.value = c.value(QStringLiteral("value")).toVariant();
    for (const QJsonValue& v : c.value(QStringLiteral("other_values")).toArray()) sc.otherValues << v.toString();
    sc.lower = c.value(QStringLiteral("lower")).toDouble();
    sc.upper = c.value(QStringLiteral("upper")).toDouble();
    sc.labelZh = c.value(QStringLiteral("label_zh")).toString(sc.value.toString());
    sc.labelEn = c.value(QStringLiteral("label_en")).toString(sc.labelZh);
    auto cs = readSymbol(c.value(QStringLiteral("symbol")).toObject(), style.symbol, ctx);
    if (!cs) return Result<LayerStyle>::fail(cs.error());
    sc.symbol = cs.value();
    style.classes.push_back(sc);
  }

  if (json.contains(QStringLiteral("labels"))) {
    const QJsonObject l = json.value(QStringLiteral("labels")).toObject();
    const QString ctx = context + QStringLiteral(": labels");
    LabelStyle& ls = style.labels;
    ls.field = l.value(QStringLiteral("field")).toString();
    ls.enabled = l.value(QStringLiteral("enabled")).toBool(!ls.field.isEmpty());
    ls.fontFamily = l.value(QStringLiteral("font")).toString(ls.fontFamily);
    ls.bold = l.value(QStringLiteral("bold")).toBool(false);
    ls.priority = l.value(QStringLiteral("priority")).toInt(0);
    for (Status st : {readNumber(l, "size_pt", ls.sizePt, ctx, 1, 200), readNumber(l, "halo_mm", ls.haloMm, ctx, 0, 10),
                      readColor(l, "color", ls.color, ctx), readColor(l, "halo", ls.halo, ctx)})
      if (!st) return Result<LayerStyle>::fail(st.error());
  }
  if (json.contains(QStringLiteral("schematic"))) {
    const QJsonObject s = json.value(QStringLiteral("schematic")).toObject();
    style.schematicField = s.value(QStringLiteral("field")).toString(style.schematicField);
    if (s.contains(QStringLiteral("values"))) {
      style.schematicValues.clear();
      for (const QJsonValue& v : s.value(QStringLiteral("values")).toArray()) style.schematicValues << v.toString();
    }
    if (Status st = readEnum(s, "dash", kDashes, style.schematicDash, context + QStringLiteral(": schematic")); !st)
      return Result<LayerStyle>::fail(st.error());
    style.unverifiedValue = s.value(QStringLiteral("unverified_value")).toString(style.unverifiedValue);
    if (Status st = readEnum(s, "unverified_dash", kDashes, style.unverifiedDash, context + QStringLiteral(": schematic")); !st)
      return Result<LayerStyle>::fail(st.error());
  }
  return Result<LayerStyle>::ok(style);
}

QJsonObject StyleJson::write(const LayerStyle& style) {
  QJsonObject json{{"renderer", nameOf(kRenderers, style.renderer)}, {"symbol", writeSymbol(style.symbol)}};
  if (!style.field.isEmpty()) json.insert(QStringLiteral("field"), style.field);
  QJsonArray classes;
  for (const StyleClass& c : style.classes) {
    QJsonObject o{{"label_zh", c.labelZh}, {"label_en", c.labelEn}, {"symbol", writeSymbol(c.symbol)}};
    if (style.renderer == RendererKind::Graduated) {
      o.insert(QStringLiteral("lower"), c.lower);
      o.insert(QStringLiteral("upper"), c.upper);
    } else {
      o.insert(QStringLiteral("value"), QJsonValue::fromVariant(c.value));
      if (!c.otherValues.isEmpty()) o.insert(QStringLiteral("other_values"), QJsonArray::fromStringList(c.otherValues));
    }
    classes.append(o);
  }
  if (!classes.isEmpty()) json.insert(QStringLiteral("classes"), classes);
  const LabelStyle& l = style.labels;
  json.insert(QStringLiteral("labels"),
              QJsonObject{{"enabled", l.enabled}, {"field", l.field}, {"font", l.fontFamily}, {"size_pt", l.sizePt},
                          {"bold", l.bold}, {"color", colorName(l.color)}, {"halo", colorName(l.halo)},
                          {"halo_mm", l.haloMm}, {"priority", l.priority}});
  json.insert(QStringLiteral("schematic"),
              QJsonObject{{"field", style.schematicField},
                          {"values", QJsonArray::fromStringList(style.schematicValues)},
                          {"dash", nameOf(kDashes, style.schematicDash)},
                          {"unverified_value", style.unverifiedValue},
                          {"unverified_dash", nameOf(kDashes, style.unverifiedDash)}});
  return json;
}

}  // namespace planmap
