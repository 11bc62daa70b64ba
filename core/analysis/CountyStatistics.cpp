#include "CountyStatistics.h"

#include "AtomicFileWriter.h"

#include "FeatureStore.h"
#include "GeometryOps.h"
#include "LinkStore.h"
#include "PlanCatalog.h"
#include "ProgressStore.h"
#include "TargetReview.h"
#include "VectorLayer.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <ogr_geometry.h>

#include <cmath>

namespace planmap {

namespace {

std::shared_ptr<const VectorLayer> findLayer(const std::vector<std::shared_ptr<const VectorLayer>>& layers,
                                             const QString& id) {
  for (const auto& layer : layers)
    if (layer && layer->id == id && layer->features) return layer;
  return nullptr;
}

QString textOf(const VectorLayer& layer, std::size_t f, const QString& field) {
  const int i = layer.features->attributes().fieldIndex(field);
  return i >= 0 ? layer.features->attributes().text(f, i) : QString();
}

// One layer's features in the equal-area CRS, with their row numbers.
struct ProjectedLayer {
  std::shared_ptr<const VectorLayer> layer;
  std::vector<std::pair<std::size_t, OgrGeometryPtr>> features;
};

Result<ProjectedLayer> project(std::shared_ptr<const VectorLayer> layer, double lon0, double lat0) {
  ProjectedLayer out;
  out.layer = layer;
  auto t = GeometryOps::equalAreaTransform(layer->crs, lon0, lat0);
  if (!t) return Result<ProjectedLayer>::fail(QStringLiteral("layer %1: %2").arg(layer->id, t.error()));
  for (std::size_t f = 0; f < layer->features->featureCount(); ++f) {
    OgrGeometryPtr g = GeometryOps::fromFeature(*layer->features, f);
    if (!g || !GeometryOps::reproject(*g, *t.value())) continue;
    if (OgrGeometryPtr fixed = GeometryOps::repaired(*g)) g = std::move(fixed);
    out.features.emplace_back(f, std::move(g));
  }
  return Result<ProjectedLayer>::ok(std::move(out));
}

QString zoneLabel(const QString& zone) {
  if (zone == QLatin1String("core")) return QStringLiteral("秦岭核心保护区");
  if (zone == QLatin1String("key")) return QStringLiteral("秦岭重点保护区");
  if (zone == QLatin1String("general")) return QStringLiteral("秦岭一般保护区");
  return zone;
}

// The field that names the units of a boundary layer: the bundled name_zh, the usual fields of
// county and township boundary files (三调/行政区划 data: XZQMC, XZQHMC, QXMC, XZMC …), else the
// first text field.
QString guessNameField(const VectorLayer& layer) {
  const AttributeTable& table = layer.features->attributes();
  for (const char* candidate : {"name_zh", "名称", "NAME", "name", "Name", "XZQMC", "XZQHMC", "QXMC", "XMC", "XZMC",
                                "XZQ_MC", "MC", "name_en"}) {
    const int i = table.fieldIndex(QString::fromUtf8(candidate));
    if (i >= 0) return table.fields()[static_cast<std::size_t>(i)].name;
  }
  for (const FieldDefinition& field : table.fields())
    if (field.type == QMetaType::QString) return field.name;
  return {};
}

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

QString csvField(const QString& text) {
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
    return text;
  QString quoted = text;
  quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
  return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(double v, int decimals) { return QString::number(v, 'f', decimals); }

}  // namespace

int CountyStatistics::Row::targetCount() const {
  int n = 0;
  for (const LinkedItem& item : items)
    if (item.kind == QLatin1String("target")) ++n;
  return n;
}

const CountyStatistics::Row* CountyStatistics::row(const QString& county) const {
  for (const Row& r : rows_)
    if (r.county == county || r.feature == county || r.adcode == county) return &r;
  return nullptr;
}

Result<CountyStatistics> CountyStatistics::compute(const std::vector<std::shared_ptr<const VectorLayer>>& layers,
                                                   const PlanCatalog* catalog, const LinkStore* links,
                                                   const ProgressStore* progress, const CountyStatisticsOptions& options) {
  using R = Result<CountyStatistics>;
  auto counties = findLayer(layers, options.countyLayer);
  if (!counties) return R::fail(QStringLiteral("no county layer \"%1\" in the map").arg(options.countyLayer));

  CountyStatistics stats;
  stats.unitsLayer_ = counties->id;
  stats.unitsTitle_ = counties->title.isEmpty() ? counties->id : counties->title;
  stats.unitsNameField_ = options.countyNameField.isEmpty() ? guessNameField(*counties) : options.countyNameField;

  // Centre the projection on the counties so every county is within ~150 km of it.
  auto toLonLat = GeometryOps::geographicTransform(counties->crs);
  if (!toLonLat) return R::fail(QStringLiteral("layer %1: %2").arg(counties->id, toLonLat.error()));
  const Extent e = counties->features->extent();
  OGRPoint centre(e.centerX(), e.centerY());
  centre.transform(toLonLat.value().get());
  const double lon0 = centre.getX(), lat0 = centre.getY();
  stats.equalAreaCrs_ = GeometryOps::equalAreaProj(lon0, lat0);

  auto countyGeoms = project(counties, lon0, lat0);
  if (!countyGeoms) return R::fail(countyGeoms.error());
  auto optionalLayer = [&](const QString& id) -> std::optional<ProjectedLayer> {
    if (id.isEmpty()) return std::nullopt;  // not asked for
    auto layer = findLayer(layers, id);
    if (!layer) {
      stats.warnings_ << QStringLiteral("layer \"%1\" is not in the map; its columns are zero").arg(id);
      return std::nullopt;
    }
    auto projected = project(layer, lon0, lat0);
    if (!projected) {
      stats.warnings_ << projected.error();
      return std::nullopt;
    }
    return std::move(projected.value());
  };
  auto zones = optionalLayer(options.zoneLayer);
  auto nationalParks = optionalLayer(options.nationalParkLayer);
  auto parks = optionalLayer(options.parkLayer);
  auto enclaveParks = optionalLayer(options.enclaveParkLayer);
  auto mines = optionalLayer(options.mineLayer);
  auto rivers = optionalLayer(options.riverLayer);
  // Zone columns only where there are zones to measure.
  if (zones) stats.zoneValues_ = options.zoneValues;
  std::vector<ProjectedLayer> constraintLayers;
  for (const auto& [id, name] : options.constraintLayers)
    if (auto projected = optionalLayer(id)) {
      constraintLayers.push_back(std::move(*projected));
      stats.constraintNames_ << name;
    }

  auto countInside = [](const std::optional<ProjectedLayer>& points, const OGRGeometry& county) {
    int n = 0;
    if (points)
      for (const auto& [f, g] : points->features)
        if (GeometryOps::intersects(*g, county)) n += std::max(1, GeometryOps::pointCount(*g));
    return n;
  };
  auto overlapKm2 = [](const OGRGeometry& a, const OGRGeometry& county) {
    if (!GeometryOps::intersects(a, county)) return 0.0;
    OgrGeometryPtr x = GeometryOps::intersection(a, county);
    return x ? GeometryOps::area(*x) / 1e6 : 0.0;
  };

  OgrGeometryPtr parkUnion;
  if (nationalParks)
    for (const auto& [pf, g] : nationalParks->features)
      parkUnion = parkUnion ? GeometryOps::unionOf(*parkUnion, *g) : GeometryOps::clone(*g);

  const int year = options.currentYear > 0 ? options.currentYear : QDate::currentDate().year();
  for (const auto& [f, county] : countyGeoms->features) {
    Row row;
    row.county = textOf(*counties, f, stats.unitsNameField_).trimmed();
    if (row.county.isEmpty()) row.county = counties->featureKey(f);
    row.feature = counties->featureKey(f);
    row.adcode = textOf(*counties, f, QStringLiteral("adcode"));
    row.areaKm2 = GeometryOps::area(*county) / 1e6;
    for (const QString& zone : stats.zoneValues_) {
      double km2 = 0;
      for (const auto& [zf, g] : zones->features)
        if (textOf(*zones->layer, zf, options.zoneField) == zone) km2 += overlapKm2(*g, *county);
      row.zoneAreaKm2.emplace_back(zone, km2);
    }
    for (std::size_t c = 0; c < constraintLayers.size(); ++c) {
      // Marked features may overlap each other: sum per feature would count twice, so union first.
      OgrGeometryPtr inside;
      for (const auto& [cf, g] : constraintLayers[c].features) {
        if (!GeometryOps::intersects(*g, *county)) continue;
        OgrGeometryPtr x = GeometryOps::intersection(*g, *county);
        if (x) inside = inside ? GeometryOps::unionOf(*inside, *x) : std::move(x);
      }
      row.constraintAreaKm2.emplace_back(stats.constraintNames_[static_cast<qsizetype>(c)], inside ? GeometryOps::area(*inside) / 1e6 : 0.0);
    }
    if (nationalParks)
      for (const auto& [pf, g] : nationalParks->features)
        if (overlapKm2(*g, *county) > 1e-6) ++row.nationalParkCount;
    // Parks may overlap (大熊猫 inside the proposed 秦岭 park): the area is their union's.
    if (parkUnion) row.nationalParkKm2 = overlapKm2(*parkUnion, *county);
    row.parkCount = countInside(parks, *county);
    row.enclaveParkCount = countInside(enclaveParks, *county);
    row.mineCount = countInside(mines, *county);
    if (rivers)
      for (const auto& [rf, g] : rivers->features) {
        if (!GeometryOps::intersects(*g, *county)) continue;
        OgrGeometryPtr x = GeometryOps::intersection(*g, *county);
        const double km = x ? GeometryOps::length(*x) / 1000.0 : 0.0;
        row.riverLengthKm += km;
        if (textOf(*rivers->layer, rf, options.riverRoleField) == QLatin1String("main")) row.hanRiverLengthKm += km;
      }

    // Items linked to the county, then targets whose scope names it.
    QStringList ids;
    QHash<QString, QString> roles;
    if (links)
      for (const FeatureLink& link : links->itemsOfFeature(counties->id, row.feature))
        if (!ids.contains(link.item)) {
          ids << link.item;
          roles.insert(link.item, linkRoleToString(link.role));
        }
    if (catalog) {
      QString shortName = row.county;
      if (shortName.size() > 2) shortName.chop(1);  // 汉阴县 -> 汉阴, as the plan names places
      for (const PlanItem& item : catalog->items())
        if (item.isTarget() && !ids.contains(item.id) &&
            (item.scope.contains(row.county) || item.scope.contains(shortName)))
          ids << item.id;
    }
    for (const QString& id : ids) {
      LinkedItem linked;
      linked.id = id;
      linked.role = roles.value(id, QStringLiteral("scope"));
      if (const PlanItem* item = catalog ? catalog->itemById(id) : nullptr) {
        linked.kind = planItemKindToString(item->kind);
        linked.name = item->name;
        if (item->isTarget()) {
          // The county's own records, else the city-wide ones; judged as the report judges them.
          static const ProgressStore kNone;
          static const WarningThresholds kDefaults;
          const ProgressStore& store = progress ? *progress : kNone;
          const QString scope = store.recordsFor(id, row.county).empty() ? QStringLiteral("city") : row.county;
          const TargetVerdict v = TargetReview::judge(*catalog, *item, store, year,
                                                      options.thresholds ? *options.thresholds : kDefaults, scope);
          linked.status = targetStatusToString(v.assessment.status);
          linked.warning = v.warning;
          linked.explanation = v.explanation;
        }
      }
      row.items.push_back(linked);
    }
    stats.rows_.push_back(std::move(row));
  }
  return R::ok(std::move(stats));
}

QJsonObject CountyStatistics::toJson() const {
  QJsonArray rows;
  for (const Row& r : rows_) {
    QJsonObject o;
    o.insert(QStringLiteral("county"), r.county);
    o.insert(QStringLiteral("feature"), r.feature);
    o.insert(QStringLiteral("adcode"), r.adcode);
    o.insert(QStringLiteral("area_km2"), round3(r.areaKm2));
    QJsonObject zones;
    for (const auto& [zone, km2] : r.zoneAreaKm2) zones.insert(zone, round3(km2));
    o.insert(QStringLiteral("qinling_zone_km2"), zones);
    if (!r.constraintAreaKm2.empty()) {
      QJsonObject marked;
      for (const auto& [name, km2] : r.constraintAreaKm2) marked.insert(name, round3(km2));
      o.insert(QStringLiteral("constraint_km2"), marked);
    }
    o.insert(QStringLiteral("national_park_km2"), round3(r.nationalParkKm2));
    o.insert(QStringLiteral("national_parks"), r.nationalParkCount);
    o.insert(QStringLiteral("parks"), r.parkCount);
    o.insert(QStringLiteral("enclave_parks"), r.enclaveParkCount);
    o.insert(QStringLiteral("mines"), r.mineCount);
    o.insert(QStringLiteral("river_length_km"), round3(r.riverLengthKm));
    o.insert(QStringLiteral("han_river_length_km"), round3(r.hanRiverLengthKm));
    QJsonArray items;
    for (const LinkedItem& item : r.items) {
      QJsonObject i;
      i.insert(QStringLiteral("id"), item.id);
      i.insert(QStringLiteral("kind"), item.kind);
      i.insert(QStringLiteral("name"), item.name);
      if (!item.status.isEmpty()) i.insert(QStringLiteral("status"), item.status);
      i.insert(QStringLiteral("role"), item.role);
      if (!item.warning.isEmpty()) i.insert(QStringLiteral("warning"), item.warning);
      if (!item.explanation.isEmpty()) i.insert(QStringLiteral("explanation"), item.explanation);
      items.append(i);
    }
    o.insert(QStringLiteral("linked_items"), items);
    o.insert(QStringLiteral("linked_targets"), r.targetCount());
    rows.append(o);
  }
  QJsonObject root;
  root.insert(QStringLiteral("format"), QStringLiteral("planmap-county-statistics"));
  root.insert(QStringLiteral("version"), 1);
  root.insert(QStringLiteral("equal_area_crs"), equalAreaCrs_);
  root.insert(QStringLiteral("units_layer"),
              QJsonObject{{"id", unitsLayer_}, {"title", unitsTitle_}, {"name_field", unitsNameField_}});
  root.insert(QStringLiteral("counties"), rows);
  if (!warnings_.isEmpty()) root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings_));
  return root;
}

QByteArray CountyStatistics::toCsv() const {
  QStringList header{QStringLiteral("县区"), QStringLiteral("要素编号"), QStringLiteral("行政区划代码"), QStringLiteral("面积(km²)")};
  for (const QString& zone : zoneValues_) header << zoneLabel(zone) + QStringLiteral("(km²)");
  for (const QString& name : constraintNames_) header << csvField(name + QStringLiteral("(km²)"));
  header << QStringLiteral("国家公园(km²)") << QStringLiteral("国家公园(个)") << QStringLiteral("产业园区(个)")
         << QStringLiteral("飞地园区(个)") << QStringLiteral("重点治理矿山(个)") << QStringLiteral("河流长度(km)")
         << QStringLiteral("汉江干流长度(km)") << QStringLiteral("关联规划条目(个)") << QStringLiteral("关联目标(个)")
         << QStringLiteral("目标状态");
  QStringList lines{header.join(QLatin1Char(','))};
  for (const Row& r : rows_) {
    QStringList cells{csvField(r.county), csvField(r.feature), csvField(r.adcode), number(r.areaKm2, 1)};
    for (const auto& [zone, km2] : r.zoneAreaKm2) cells << number(km2, 1);
    for (const auto& [name, km2] : r.constraintAreaKm2) cells << number(km2, 1);
    QStringList statuses;
    for (const LinkedItem& item : r.items)
      if (!item.status.isEmpty()) statuses << item.id + QLatin1Char(':') + item.status;
    cells << number(r.nationalParkKm2, 1) << QString::number(r.nationalParkCount) << QString::number(r.parkCount)
          << QString::number(r.enclaveParkCount) << QString::number(r.mineCount) << number(r.riverLengthKm, 1)
          << number(r.hanRiverLengthKm, 1) << QString::number(r.items.size()) << QString::number(r.targetCount())
          << csvField(statuses.join(QLatin1Char(';')));
    lines << cells.join(QLatin1Char(','));
  }
  return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

Status CountyStatistics::writeCsv(const QString& path) const {
  return AtomicFileWriter::write(path, toCsv());
}

}  // namespace planmap
