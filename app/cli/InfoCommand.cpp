// `planmap info FILE [--json] [--features] [--limit N] [--encoding E] [--crs EPSG:N]`: what PlanMap
// makes of a dataset — layers, fields, how the encoding and CRS were decided, extent in lon/lat,
// warnings — so a planner can check a county's shapefile before putting it on a map.

#include "CliCommand.h"
#include "CliOutput.h"
#include "CoordinateTransform.h"
#include "LayerLoader.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace planmap {
namespace {

struct InfoArgs {
  QString file;
  bool json = false;
  bool features = false;
  long long limit = -1;
  LoadOptions options;
};

QString fieldTypeName(QMetaType::Type type) {
  switch (type) {
    case QMetaType::Int: return QStringLiteral("Integer");
    case QMetaType::LongLong: return QStringLiteral("Integer64");
    case QMetaType::Double: return QStringLiteral("Real");
    case QMetaType::QDate: return QStringLiteral("Date");
    case QMetaType::QDateTime: return QStringLiteral("DateTime");
    case QMetaType::Bool: return QStringLiteral("Boolean");
    default: return QStringLiteral("String");
  }
}

QString geometryTypeName(GeometryType type) {
  switch (type) {
    case GeometryType::Point: return QStringLiteral("point");
    case GeometryType::Line: return QStringLiteral("line");
    case GeometryType::Polygon: return QStringLiteral("polygon");
    case GeometryType::None: break;
  }
  return QStringLiteral("none");
}

QJsonValue jsonValue(const QVariant& v) {
  if (v.isNull()) return QJsonValue::Null;
  switch (v.typeId()) {
    case QMetaType::QDate: return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: return v.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::Double: {
      const double d = v.toDouble();
      return std::isfinite(d) ? QJsonValue(d) : QJsonValue(QJsonValue::Null);
    }
    default: return QJsonValue::fromVariant(v);
  }
}

QJsonValue extentJson(const Extent& e) {
  if (e.isEmpty()) return QJsonValue::Null;
  return QJsonArray{e.minX, e.minY, e.maxX, e.maxY};
}

// The layer's extent in CGCS2000 lon/lat (EPSG:4490; x = lon), or empty when there is no CRS.
Extent lonLatExtent(const VectorLayer& layer) {
  if (!layer.features || layer.features->extent().isEmpty() || !layer.crs.isValid()) return {};
  if (layer.crs.isGeographic()) return layer.features->extent();
  auto transform = CoordinateTransform::create(layer.crs, Crs::fromEpsg(4490));
  if (!transform) return {};
  return transform->transformBounds(layer.features->extent());
}

QJsonObject crsJson(const VectorLayer& layer) {
  const CrsDecision& d = layer.crsDecision;
  QJsonArray candidates;
  for (const CrsCandidate& c : d.candidates)
    candidates.append(QJsonObject{{"epsg", c.crs.epsg()}, {"name", c.crs.name()}, {"reason", c.reason}});
  return QJsonObject{{"epsg", layer.crs.isValid() ? QJsonValue(layer.crs.epsg()) : QJsonValue(QJsonValue::Null)},
                     {"name", layer.crs.isValid() ? QJsonValue(layer.crs.name()) : QJsonValue(QJsonValue::Null)},
                     {"source", crsSourceName(d.source)},
                     {"is_guess", d.isGuess},
                     {"candidates", candidates},
                     {"note", d.note}};
}

QJsonObject layerJson(const VectorLayer& layer, const InfoArgs& args) {
  const FeatureStore& store = *layer.features;
  const AttributeTable& table = store.attributes();
  QJsonArray fields;
  for (const FieldDefinition& f : table.fields())
    fields.append(QJsonObject{{"name", f.name}, {"type", fieldTypeName(f.type)}});
  QJsonObject geometryTypes;
  for (std::size_t f = 0; f < store.featureCount(); ++f) {
    const QString key = geometryTypeName(store.geometryType(f));
    geometryTypes[key] = geometryTypes.value(key).toInt() + 1;
  }
  QJsonObject out{
      {"name", layer.sourceLayerName},
      {"source", layer.sourcePath},
      {"driver", layer.driverName},
      {"feature_count", static_cast<qint64>(store.featureCount())},
      {"vertex_count", static_cast<qint64>(store.vertexCount())},
      {"geometry_types", geometryTypes},
      {"fields", fields},
      {"encoding", QJsonObject{{"name", layer.encoding.name},
                               {"source", encodingSourceName(layer.encoding.source)},
                               {"note", layer.encoding.note}}},
      {"crs", crsJson(layer)},
      {"extent", extentJson(store.extent())},
      {"extent_lonlat", extentJson(lonLatExtent(layer))},
      {"warnings", QJsonArray::fromStringList(layer.warnings)},
  };
  if (args.features) {
    QJsonArray features;
    const std::size_t n = args.limit >= 0 ? std::min<std::size_t>(store.featureCount(), args.limit) : store.featureCount();
    for (std::size_t f = 0; f < n; ++f) {
      QJsonObject attributes;
      for (int i = 0; i < table.fieldCount(); ++i) attributes.insert(table.fields()[i].name, jsonValue(table.value(f, i)));
      features.append(QJsonObject{{"fid", static_cast<qint64>(store.fid(f))},
                                  {"geometry", geometryTypeName(store.geometryType(f))},
                                  {"attributes", attributes}});
    }
    out.insert(QStringLiteral("features"), features);
  }
  return out;
}

QString number(double v) { return QString::number(v, 'f', std::abs(v) < 1000 ? 6 : 2); }

void printText(const VectorLayer& layer, const InfoArgs& args) {
  const FeatureStore& store = *layer.features;
  const AttributeTable& table = store.attributes();
  CliOutput::line(QStringLiteral("%1  (%2, %3 features, %4 vertices)")
                      .arg(layer.sourceLayerName, layer.driverName)
                      .arg(store.featureCount())
                      .arg(store.vertexCount()));
  QStringList fields;
  for (const FieldDefinition& f : table.fields()) fields << QStringLiteral("%1 (%2)").arg(f.name, fieldTypeName(f.type));
  CliOutput::line(QStringLiteral("  fields:   %1").arg(fields.isEmpty() ? QStringLiteral("(none)") : fields.join(QStringLiteral(", "))));
  CliOutput::line(QStringLiteral("  encoding: %1 [%2] %3")
                      .arg(layer.encoding.name, encodingSourceName(layer.encoding.source), layer.encoding.note));
  const CrsDecision& d = layer.crsDecision;
  CliOutput::line(QStringLiteral("  CRS:      %1 [%2%3] %4")
                      .arg(layer.crs.description(), crsSourceName(d.source),
                           d.isGuess ? QStringLiteral(", guess") : QString(), d.note));
  // The readable summary shows the front runners; --json lists every candidate.
  constexpr std::size_t kShown = 5;
  for (std::size_t i = 0; i < d.candidates.size() && i < kShown; ++i)
    CliOutput::line(QStringLiteral("            candidate %1: %2").arg(d.candidates[i].crs.description(), d.candidates[i].reason));
  if (d.candidates.size() > kShown)
    CliOutput::line(QStringLiteral("            … and %1 more candidates (see --json)").arg(d.candidates.size() - kShown));
  const Extent ll = lonLatExtent(layer);
  if (!ll.isEmpty())
    CliOutput::line(QStringLiteral("  extent:   lon %1 … %2, lat %3 … %4")
                        .arg(number(ll.minX), number(ll.maxX), number(ll.minY), number(ll.maxY)));
  else if (!store.extent().isEmpty())
    CliOutput::line(QStringLiteral("  extent:   x %1 … %2, y %3 … %4 (native units)")
                        .arg(number(store.extent().minX), number(store.extent().maxX), number(store.extent().minY),
                             number(store.extent().maxY)));
  for (const QString& w : layer.warnings) CliOutput::line(QStringLiteral("  warning:  %1").arg(w));
  if (args.features) {
    const std::size_t n = args.limit >= 0 ? std::min<std::size_t>(store.featureCount(), args.limit) : store.featureCount();
    for (std::size_t f = 0; f < n; ++f) {
      QStringList values;
      for (int i = 0; i < table.fieldCount(); ++i) values << QStringLiteral("%1=%2").arg(table.fields()[i].name, table.text(f, i));
      CliOutput::line(QStringLiteral("  #%1 %2").arg(store.fid(f)).arg(values.join(QStringLiteral("; "))));
    }
  }
}

// Returns 0 when parsed, else the exit code for bad usage (message already printed).
int parseArgs(const QStringList& arguments, InfoArgs& args) {
  const QString usage = QStringLiteral("usage: planmap info FILE [--json] [--features] [--limit N] [--encoding E] [--crs EPSG:N]");
  for (int i = 0; i < arguments.size(); ++i) {
    const QString& a = arguments[i];
    const auto next = [&](QString* value) {
      if (i + 1 >= arguments.size()) return false;
      *value = arguments[++i];
      return true;
    };
    QString value;
    if (a == QLatin1String("--json")) args.json = true;
    else if (a == QLatin1String("--features")) args.features = true;
    else if (a == QLatin1String("--limit")) {
      bool ok = false;
      if (!next(&value) || (args.limit = value.toLongLong(&ok), !ok) || args.limit < 0)
        return CliOutput::error(QStringLiteral("--limit needs a number of features; ") + usage, 2);
      args.features = true;
    } else if (a == QLatin1String("--encoding")) {
      if (!next(&value) || value.isEmpty()) return CliOutput::error(QStringLiteral("--encoding needs a name; ") + usage, 2);
      args.options.encodingOverride = value;
    } else if (a == QLatin1String("--crs")) {
      if (!next(&value)) return CliOutput::error(QStringLiteral("--crs needs a CRS, e.g. EPSG:4545; ") + usage, 2);
      auto crs = Crs::parse(value);
      if (!crs) return CliOutput::error(QStringLiteral("--crs: %1").arg(crs.error()), 2);
      args.options.crsOverride = crs.value();
    } else if (a.startsWith(QLatin1String("--"))) {
      return CliOutput::error(QStringLiteral("unknown option %1; ").arg(a) + usage, 2);
    } else if (args.file.isEmpty()) {
      args.file = a;
    } else {
      return CliOutput::error(QStringLiteral("one FILE at a time; ") + usage, 2);
    }
  }
  if (args.file.isEmpty()) return CliOutput::error(usage, 2);
  return 0;
}

}  // namespace

int runInfoCommand(const QStringList& arguments) {
  InfoArgs args;
  if (int code = parseArgs(arguments, args); code != 0) return code;
  auto layers = LayerLoader::load(args.file, args.options);
  if (!layers) return CliOutput::error(layers.error());
  if (args.json)
    for (const auto& layer : layers.value()) CliOutput::warnings(args.file, layer->warnings);
  if (args.json) {
    QJsonArray list;
    for (const auto& layer : layers.value()) list.append(layerJson(*layer, args));
    CliOutput::jsonPretty(QJsonDocument(QJsonObject{{"file", args.file}, {"layers", list}}));
  } else {
    CliOutput::line(args.file);
    for (const auto& layer : layers.value()) printText(*layer, args);
  }
  return 0;
}

}  // namespace planmap
