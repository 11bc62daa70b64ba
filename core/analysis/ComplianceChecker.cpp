#include "ComplianceChecker.h"

#include "BundledMap.h"
#include "FeatureStore.h"
#include "GeometryOps.h"
#include "MapDocument.h"
#include "PlanCatalog.h"
#include "SitePartIndex.h"
#include "VectorLayer.h"

#include <QHash>
#include <ogr_api.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <map>

namespace planmap {

namespace {

// The rectangle `e` as an OGR polygon, for clipping and envelope filters in the equal-area CRS.
OGRPolygon boxPolygon(const Extent& e) {
  OGRLinearRing ring;
  ring.addPoint(e.minX, e.minY);
  ring.addPoint(e.maxX, e.minY);
  ring.addPoint(e.maxX, e.maxY);
  ring.addPoint(e.minX, e.maxY);
  ring.closeRings();
  OGRPolygon box;
  box.addRing(&ring);
  return box;
}

// Overlaps below these are rounding noise along shared boundaries, not conflicts.
constexpr double kMinOverlapM2 = 0.01;
constexpr double kMinOverlapM = 0.01;

struct Measure {
  double areaM2 = 0;
  double lengthM = 0;
  int pointsInside = 0;
  double share = 0;
  bool touches = false;  // non-empty intersection of a lower-dimension constraint (a point)
  OgrGeometryPtr overlap;
};

// How much of the site lies in `constraint`, measured the way the site's kind allows.
Measure measureOverlap(const OGRGeometry& site, GeometryOps::Dimension kind, double siteArea, double siteLength,
                       int sitePoints, const OGRGeometry& constraint) {
  Measure m;
  if (!GeometryOps::intersects(site, constraint)) return m;
  if (kind == GeometryOps::Dimension::Point) {
    const OGRwkbGeometryType t = wkbFlatten(site.getGeometryType());
    if (OGR_GT_IsSubClassOf(t, wkbGeometryCollection)) {
      // Prepared once: each point then costs a lookup, not a conversion of the whole constraint.
      OGRPreparedGeometryUniquePtr prepared(
          OGRHasPreparedGeometrySupport() ? OGRCreatePreparedGeometry(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&constraint)))
                                          : nullptr);
      for (const OGRGeometry* p : *site.toGeometryCollection()) {
        const bool inside = prepared ? OGRPreparedGeometryIntersects(prepared.get(), OGRGeometry::ToHandle(const_cast<OGRGeometry*>(p)))
                                     : GeometryOps::intersects(*p, constraint);
        if (inside) ++m.pointsInside;
      }
    } else {
      m.pointsInside = 1;
    }
    m.share = sitePoints > 0 ? double(m.pointsInside) / sitePoints : 0;
    m.overlap = GeometryOps::intersection(site, constraint);
    return m;
  }
  // A site wholly inside the constraint (the usual case for its county) overlaps by itself: a
  // prepared containment test instead of an overlay, which for a 2 M-vertex site takes seconds.
  OGRPreparedGeometryUniquePtr prepared(
      OGRHasPreparedGeometrySupport() ? OGRCreatePreparedGeometry(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&constraint)))
                                      : nullptr);
  if (prepared && OGRPreparedGeometryContains(prepared.get(), OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&site))))
    m.overlap = GeometryOps::clone(site);
  else
    m.overlap = GeometryOps::intersection(site, constraint);
  if (!m.overlap) return m;
  if (kind == GeometryOps::Dimension::Polygon) {
    m.areaM2 = GeometryOps::area(*m.overlap);
    m.share = siteArea > 0 ? m.areaM2 / siteArea : 0;
  } else {
    m.lengthM = GeometryOps::length(*m.overlap);
    m.share = siteLength > 0 ? m.lengthM / siteLength : 0;
  }
  m.touches = !m.overlap->IsEmpty() && GeometryOps::dimension(constraint) < kind;
  return m;
}

bool isConflict(const Measure& m, GeometryOps::Dimension kind, double minimumShare) {
  switch (kind) {
    case GeometryOps::Dimension::Point: return m.pointsInside > 0;
    case GeometryOps::Dimension::Line: return (m.lengthM > kMinOverlapM && m.share > minimumShare) || m.touches;
    case GeometryOps::Dimension::Polygon: return (m.areaM2 > kMinOverlapM2 && m.share > minimumShare) || m.touches;
    default: return false;
  }
}

QString featureName(const VectorLayer& layer, std::size_t f, const QString& nameField) {
  const AttributeTable& table = layer.features->attributes();
  for (const QString& field : {nameField, QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("name")}) {
    const int i = table.fieldIndex(field);
    if (i >= 0) {
      const QString text = table.text(f, i).trimmed();
      if (!text.isEmpty()) return text;
    }
  }
  return layer.featureKey(f);
}

QString fieldText(const VectorLayer& layer, std::size_t f, const QString& field) {
  const int i = layer.features->attributes().fieldIndex(field);
  return i >= 0 ? layer.features->attributes().text(f, i) : QString();
}

}  // namespace

ComplianceChecker::ComplianceChecker(LayerList layers, ConstraintRuleSet rules, std::shared_ptr<const PlanCatalog> catalog)
    : layers_(std::move(layers)), rules_(std::move(rules)), catalog_(std::move(catalog)) {}

ComplianceChecker::LayerList ComplianceChecker::layersOf(const MapDocument& document) {
  LayerList out;
  for (const auto& layer : document.layers()) out.push_back(layer);
  return out;
}

Result<ComplianceChecker> ComplianceChecker::forBundledMap() {
  MapDocument document;
  const Status loaded = BundledMap::loadInto(document);
  if (!loaded) return Result<ComplianceChecker>::fail(loaded.error());
  auto rules = ConstraintRuleSet::readFile(ConstraintRuleSet::bundledPath());
  if (!rules) return Result<ComplianceChecker>::fail(rules.error());
  auto catalog = PlanCatalog::loadBundled();
  if (!catalog) return Result<ComplianceChecker>::fail(catalog.error());
  const Status valid = rules->validateAgainst(catalog.value());
  if (!valid) return Result<ComplianceChecker>::fail(valid.error());
  return Result<ComplianceChecker>::ok(ComplianceChecker(layersOf(document), std::move(rules.value()),
                                                         std::make_shared<const PlanCatalog>(std::move(catalog.value()))));
}

void ComplianceChecker::addConstraintLayer(std::shared_ptr<const VectorLayer> layer, ConstraintRule rule) {
  if (!layer) return;
  rule.layer = layer->id;
  if (rule.id.isEmpty()) rule.id = QStringLiteral("user-") + layer->id;
  if (rule.constraint.isEmpty()) rule.constraint = layer->title.isEmpty() ? layer->id : layer->title;
  if (!layerById(layer->id)) layers_.push_back(std::move(layer));
  rules_.addRule(std::move(rule));
}

std::shared_ptr<const VectorLayer> ComplianceChecker::layerById(const QString& id) const {
  for (const auto& layer : layers_)
    if (layer && layer->id == id) return layer;
  return nullptr;
}

QString ComplianceChecker::planTextOf(const ConstraintRule& rule) const {
  if (!catalog_) return {};
  QStringList texts;
  for (const QString& id : rule.planItems)
    if (const PlanItem* item = catalog_->itemById(id))
      if (!texts.contains(item->text)) texts << item->text;
  return texts.join(QLatin1Char('\n'));
}

Result<ComplianceReport> ComplianceChecker::check(const ComplianceSite& site, const ComplianceOptions& options) const {
  using R = Result<ComplianceReport>;
  const QString siteLabel = site.sourceFile().isEmpty() ? site.name() : site.sourceFile();
  auto parsed = GeometryOps::fromWkt(site.wkt());
  if (!parsed) return R::fail(QStringLiteral("site %1: %2").arg(siteLabel, parsed.error()));
  OgrGeometryPtr geometry = std::move(parsed.value());
  if (!geometry || geometry->IsEmpty()) return R::fail(QStringLiteral("site %1: the geometry is empty").arg(siteLabel));

  ComplianceReport report;
  report.siteName = site.name();
  report.siteFile = site.sourceFile();
  report.siteCrs = site.crs().description();
  report.warnings = site.warnings();
  report.activity = options.activity;

  if (OgrGeometryPtr fixed = GeometryOps::repaired(*geometry)) {
    const int parts = OGR_GT_IsSubClassOf(wkbFlatten(fixed->getGeometryType()), wkbGeometryCollection)
                          ? fixed->toGeometryCollection()->getNumGeometries()
                          : 1;
    report.repaired = true;
    report.repairNote = QStringLiteral("invalid geometry (e.g. self-intersecting) repaired with MakeValid into %1 part(s)").arg(parts);
    geometry = std::move(fixed);
    if (geometry->IsEmpty()) return R::fail(QStringLiteral("site %1: the geometry is degenerate (nothing left after repair)").arg(siteLabel));
  }

  // A site on Mars, or in a CRS PROJ cannot relate to the city's CGCS2000, has no place on this map.
  if (Status s = GeometryOps::checkTerrestrial(site.crs()); !s) return R::fail(QStringLiteral("site %1: %2").arg(siteLabel, s.error()));

  // Project into an equal-area CRS centred on the site.
  auto toLonLat = GeometryOps::geographicTransform(site.crs());
  if (!toLonLat) return R::fail(QStringLiteral("site %1: %2").arg(siteLabel, toLonLat.error()));
  OgrGeometryPtr siteLonLat = GeometryOps::clone(*geometry);
  if (!GeometryOps::reproject(*siteLonLat, *toLonLat.value()))
    return R::fail(QStringLiteral("site %1: coordinates cannot be transformed from %2 to lon/lat").arg(siteLabel, report.siteCrs));
  double lon = 0, lat = 0;
  GeometryOps::centre(*siteLonLat, lon, lat);
  // The projection holds a hemisphere around its centre with finite distortion; a larger site
  // cannot be measured in it (the whole world has no centre to put it on).
  constexpr double kMaxReachDegrees = 90.0;
  // Measured along the edges (densified to 1°), not only at the vertices: the world's corners lie
  // 90° from its centre, its edge at 180°E on the equator 180°.
  OgrGeometryPtr edges = GeometryOps::clone(*siteLonLat);
  GeometryOps::densify(*edges, 1.0);
  const double reach = GeometryOps::maxAngularDistance(*edges, lon, lat);
  if (!(reach <= kMaxReachDegrees))
    return R::fail(QStringLiteral("site %1: too large to check: it reaches %2° from its centre (at most %3°, a hemisphere, "
                                  "can be measured in one equal-area projection); split it or draw the part near Ankang")
                       .arg(siteLabel)
                       .arg(reach, 0, 'f', 1)
                       .arg(kMaxReachDegrees, 0, 'f', 0));
  // A large site's edges are straight in its own CRS (along parallels and meridians for lon/lat):
  // densified there, so they stay where they were drawn once projected, instead of becoming chords
  // that cut thousands of kilometres across what the site covers.
  const Extent sourceBox = GeometryOps::envelope(*geometry);
  const Extent lonLatBox = GeometryOps::envelope(*siteLonLat);
  if (lonLatBox.width() > 0.5 || lonLatBox.height() > 0.5) {
    const double step = std::max(sourceBox.width(), sourceBox.height()) / 256.0;
    GeometryOps::densify(*geometry, step);
  }
  report.siteWkt = GeometryOps::toWkt(*siteLonLat);
  report.equalAreaCrs = GeometryOps::equalAreaProj(lon, lat);
  auto toEqualArea = GeometryOps::equalAreaTransform(site.crs(), lon, lat);
  if (!toEqualArea) return R::fail(QStringLiteral("site %1: %2").arg(siteLabel, toEqualArea.error()));
  auto fromEqualArea = GeometryOps::equalAreaTransform(site.crs(), lon, lat, /*inverse=*/true);
  if (!fromEqualArea) return R::fail(QStringLiteral("site %1: %2").arg(siteLabel, fromEqualArea.error()));
  OgrGeometryPtr siteEa = GeometryOps::clone(*geometry);
  if (!GeometryOps::reproject(*siteEa, *toEqualArea.value()))
    return R::fail(QStringLiteral("site %1: coordinates cannot be projected to the equal-area CRS").arg(siteLabel));
  if (OgrGeometryPtr fixed = GeometryOps::repaired(*siteEa)) siteEa = std::move(fixed);  // projection rounding only

  const GeometryOps::Dimension kind = GeometryOps::dimension(*siteEa);
  report.siteKind = kind == GeometryOps::Dimension::Point  ? ComplianceReport::SiteKind::Point
                    : kind == GeometryOps::Dimension::Line ? ComplianceReport::SiteKind::Line
                                                           : ComplianceReport::SiteKind::Polygon;
  report.areaM2 = GeometryOps::area(*siteEa);
  report.lengthM = GeometryOps::length(*siteEa);
  report.pointCount = GeometryOps::pointCount(*siteEa);
  // A polygon of no area (collinear or repeated vertices) would overlap nothing and pass as clear.
  if (kind == GeometryOps::Dimension::Polygon && !(report.areaM2 > kMinOverlapM2))
    return R::fail(QStringLiteral("site %1: the polygon has no area (%2 m²: its vertices are collinear or repeated); "
                                  "draw the site's outline, or give a point or line site")
                       .arg(siteLabel)
                       .arg(report.areaM2, 0, 'g', 3));
  if (kind == GeometryOps::Dimension::Point)
    report.warnings << QStringLiteral("point site: each point is checked for lying inside a constraint (buffers included); no areas");
  else if (kind == GeometryOps::Dimension::Line)
    report.warnings << QStringLiteral("line site: checked by the length of the line inside each constraint; no areas");
  report.bufferM = options.bufferMeters.value_or(rules_.defaultBufferMeters());
  if (report.bufferM < 0) return R::fail(QStringLiteral("the buffer must not be negative (got %1 m)").arg(report.bufferM));
  const Extent siteBox = GeometryOps::envelope(*siteEa);
  // Each constraint meets only the site parts near it (an R-tree over the parts).
  const SitePartIndex siteParts(*siteEa);
  auto measure = [&](const OGRGeometry& constraint) {
    bool whole = false;
    OgrGeometryPtr local = siteParts.near(GeometryOps::envelope(constraint), &whole);
    if (!whole && !local) return Measure{};
    return measureOverlap(whole ? *siteEa : *local, kind, report.areaM2, report.lengthM, report.pointCount, constraint);
  };

  // One transform per layer CRS, made on first use.
  std::map<QString, std::pair<OgrTransformPtr, OgrTransformPtr>> transforms;  // layer id -> (to EA, from EA)
  auto transformsFor = [&](const VectorLayer& layer) -> std::pair<OgrTransformPtr, OgrTransformPtr>* {
    auto it = transforms.find(layer.id);
    if (it != transforms.end()) return it->second.first ? &it->second : nullptr;
    auto forward = GeometryOps::equalAreaTransform(layer.crs, lon, lat);
    auto back = GeometryOps::equalAreaTransform(layer.crs, lon, lat, /*inverse=*/true);
    auto& slot = transforms[layer.id];
    if (!forward || !back) {
      report.warnings << QStringLiteral("layer %1 skipped: %2").arg(layer.id, forward ? back.error() : forward.error());
      return nullptr;
    }
    slot = {std::move(forward.value()), std::move(back.value())};
    return &slot;
  };
  // Features of `layer` whose boxes meet the site grown by `margin` metres (an envelope filter,
  // done in the layer's own CRS through a densified ring so curved edges are covered).
  auto candidates = [&](const VectorLayer& layer, OGRCoordinateTransformation& fromEa, double margin) {
    const Extent grown = siteBox.buffered(margin + 100.0);
    OGRPolygon box = boxPolygon(grown);
    box.segmentize(std::max(grown.width(), grown.height()) / 16.0);
    if (!GeometryOps::reproject(box, fromEa)) return layer.features->query(layer.features->extent());
    return layer.features->query(GeometryOps::envelope(box));
  };
  auto constraintGeometry = [&](const VectorLayer& layer, std::size_t f, OGRCoordinateTransformation& toEa,
                                double bufferM) -> OgrGeometryPtr {
    OgrGeometryPtr g = GeometryOps::fromFeature(*layer.features, f);
    if (!g || !GeometryOps::reproject(*g, toEa)) return nullptr;
    if (bufferM > 0) {
      // Only the part near the site can reach it: clip first, so a 500 m corridor along the
      // whole Han River is not built for a one-hectare site.
      const OGRPolygon box = boxPolygon(siteBox.buffered(bufferM + 100.0));
      OgrGeometryPtr clipped = GeometryOps::intersection(*g, box);
      if (!clipped || clipped->IsEmpty()) return nullptr;
      return GeometryOps::buffer(*clipped, bufferM);
    }
    if (OgrGeometryPtr fixed = GeometryOps::repaired(*g)) return fixed;
    return g;
  };

  // Counties the site touches.
  if (auto counties = layerById(rules_.countyLayer()); counties && counties->features) {
    if (auto* t = transformsFor(*counties)) {
      for (std::uint32_t f : candidates(*counties, *t->second, 0)) {
        OgrGeometryPtr county = constraintGeometry(*counties, f, *t->first, 0);
        if (!county) continue;
        Measure m = measure(*county);
        if (!isConflict(m, kind, options.minimumShare)) continue;
        ComplianceReport::CountyOverlap c;
        c.name = featureName(*counties, f, rules_.countyNameField());
        c.feature = counties->featureKey(f);
        c.overlapM2 = m.areaM2;
        c.overlapLengthM = m.lengthM;
        c.share = m.share;
        report.counties.push_back(c);
      }
      std::stable_sort(report.counties.begin(), report.counties.end(),
                       [](const auto& a, const auto& b) { return a.share > b.share; });
      // Counties do not overlap, so their shares add up to the part of the site inside the city.
      double inside = 0;
      for (const auto& c : report.counties) inside += c.share;
      report.cityShare = std::clamp(inside, 0.0, 1.0);
      if (report.counties.empty()) {
        report.city = ComplianceReport::CityCoverage::Outside;
        report.warnings << QStringLiteral("the site lies wholly outside Ankang: its constraints are not known here, nothing was checked");
      } else if (report.cityShare < 0.999) {
        report.city = ComplianceReport::CityCoverage::Partly;
        report.warnings << QStringLiteral("only %1% of the site lies in Ankang: the part outside the city was not checked")
                               .arg(report.cityShare * 100, 0, 'f', 1);
      } else {
        report.city = ComplianceReport::CityCoverage::Inside;
      }
    }
  } else {
    report.warnings << QStringLiteral("no county layer \"%1\" in the map: counties not determined").arg(rules_.countyLayer());
  }

  for (const ConstraintRule& rule : rules_.rules()) {
    auto layer = layerById(rule.layer);
    if (!layer || !layer->features) {
      report.warnings << QStringLiteral("rule %1: layer \"%2\" is not in the map").arg(rule.id, rule.layer);
      continue;
    }
    auto* t = transformsFor(*layer);
    if (!t) continue;
    auto used = std::find_if(report.layersUsed.begin(), report.layersUsed.end(), [&](const auto& l) { return l.id == layer->id; });
    if (used == report.layersUsed.end()) used = report.layersUsed.insert(report.layersUsed.end(), {layer->id, layer->title, {}});
    used->rules << rule.id;
    const double bufferM = rule.bufferFromOption ? report.bufferM : rule.bufferMeters;
    const int whereIndex = rule.whereField.isEmpty() ? -1 : layer->features->attributes().fieldIndex(rule.whereField);
    if (!rule.whereField.isEmpty() && whereIndex < 0) {
      report.warnings << QStringLiteral("rule %1: layer \"%2\" has no field \"%3\"").arg(rule.id, rule.layer, rule.whereField);
      continue;
    }
    const QString ruleText = planTextOf(rule);
    for (std::uint32_t f : candidates(*layer, *t->second, bufferM)) {
      if (whereIndex >= 0 && !rule.matchesValue(layer->features->attributes().text(f, whereIndex))) continue;
      OgrGeometryPtr constraint = constraintGeometry(*layer, f, *t->first, bufferM);
      if (!constraint || constraint->IsEmpty()) continue;
      Measure m = measure(*constraint);
      if (!isConflict(m, kind, options.minimumShare)) continue;

      ConstraintConflict c;
      c.ruleId = rule.id;
      c.layer = layer->id;
      c.layerTitle = layer->title;
      c.feature = layer->featureKey(f);
      c.name = featureName(*layer, f, rule.nameField);
      c.constraint = rule.constraint;
      c.severity = rule.severityFor(options.activity);
      c.summary = rule.summary;
      c.planItems = rule.planItems;
      c.ruleText = ruleText;
      c.provenance = rule.provenance;
      c.overlapM2 = m.areaM2;
      c.overlapLengthM = m.lengthM;
      c.pointsInside = m.pointsInside;
      c.share = std::min(1.0, m.share);
      c.bufferM = bufferM;
      c.accuracy = fieldText(*layer, f, rule.accuracyField);
      c.caveat = rules_.caveatValues().contains(c.accuracy);
      if (c.caveat) c.caveatText = rules_.caveatTextFor(c.accuracy);
      if (m.overlap && !m.overlap->IsEmpty()) {
        OgrGeometryPtr drawn = GeometryOps::clone(*m.overlap);
        if (GeometryOps::reproject(*drawn, *fromEqualArea.value()) && GeometryOps::reproject(*drawn, *toLonLat.value()))
          c.overlapWkt = GeometryOps::toWkt(*drawn);
      }
      report.conflicts.push_back(std::move(c));
    }
  }
  std::stable_sort(report.conflicts.begin(), report.conflicts.end(), [](const auto& a, const auto& b) {
    if (a.severity != b.severity) return a.severity > b.severity;
    return a.share > b.share;
  });
  return R::ok(std::move(report));
}

}  // namespace planmap
