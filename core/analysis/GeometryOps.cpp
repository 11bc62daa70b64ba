#include "GeometryOps.h"

#include "FeatureStore.h"

#include <algorithm>
#include <functional>
#include <ogr_api.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <cpl_error.h>

#include <cmath>

namespace planmap {

void OgrGeometryDeleter::operator()(OGRGeometry* geometry) const { delete geometry; }
void OgrTransformDeleter::operator()(OGRCoordinateTransformation* transform) const {
  OGRCoordinateTransformation::DestroyCT(transform);
}

namespace {

OGRLinearRing* ringOf(const FeatureStore& store, std::uint32_t part) {
  auto* ring = new OGRLinearRing;
  const std::uint32_t begin = store.vertexBegin(part), end = store.vertexEnd(part);
  ring->setNumPoints(int(end - begin), FALSE);
  for (std::uint32_t v = begin; v < end; ++v) ring->setPoint(int(v - begin), store.vertex(v)[0], store.vertex(v)[1]);
  ring->closeRings();
  return ring;
}

OgrGeometryPtr own(OGRGeometry* g) { return OgrGeometryPtr(g); }

}  // namespace

OgrGeometryPtr GeometryOps::fromFeature(const FeatureStore& store, std::size_t f) {
  const std::uint32_t pb = store.partBegin(f), pe = store.partEnd(f);
  if (pb == pe) return nullptr;
  switch (store.geometryType(f)) {
    case GeometryType::Polygon: {
      auto multi = std::make_unique<OGRMultiPolygon>();
      OGRPolygon* current = nullptr;
      for (std::uint32_t p = pb; p < pe; ++p) {
        if (store.vertexEnd(p) - store.vertexBegin(p) < 3) continue;
        if (store.startsPolygon(p) || !current) {
          auto poly = std::make_unique<OGRPolygon>();
          current = poly.get();
          multi->addGeometryDirectly(poly.release());
        }
        current->addRingDirectly(ringOf(store, p));
      }
      if (multi->getNumGeometries() == 1) return own(multi->getGeometryRef(0)->clone());
      return own(multi.release());
    }
    case GeometryType::Line: {
      auto multi = std::make_unique<OGRMultiLineString>();
      for (std::uint32_t p = pb; p < pe; ++p) {
        auto line = std::make_unique<OGRLineString>();
        const std::uint32_t begin = store.vertexBegin(p), end = store.vertexEnd(p);
        if (end - begin < 2) continue;
        line->setNumPoints(int(end - begin), FALSE);
        for (std::uint32_t v = begin; v < end; ++v) line->setPoint(int(v - begin), store.vertex(v)[0], store.vertex(v)[1]);
        multi->addGeometryDirectly(line.release());
      }
      if (multi->getNumGeometries() == 1) return own(multi->getGeometryRef(0)->clone());
      return own(multi.release());
    }
    case GeometryType::Point: {
      auto multi = std::make_unique<OGRMultiPoint>();
      for (std::uint32_t p = pb; p < pe; ++p)
        for (std::uint32_t v = store.vertexBegin(p); v < store.vertexEnd(p); ++v)
          multi->addGeometryDirectly(new OGRPoint(store.vertex(v)[0], store.vertex(v)[1]));
      if (multi->getNumGeometries() == 1) return own(multi->getGeometryRef(0)->clone());
      return own(multi.release());
    }
    case GeometryType::None:
      break;
  }
  return nullptr;
}

Result<OgrGeometryPtr> GeometryOps::fromWkt(const QString& wkt) {
  const QByteArray bytes = wkt.trimmed().toUtf8();
  OGRGeometry* geometry = nullptr;
  const OGRErr err = OGRGeometryFactory::createFromWkt(bytes.constData(), nullptr, &geometry);
  if (err != OGRERR_NONE || !geometry) {
    delete geometry;
    return Result<OgrGeometryPtr>::fail(QStringLiteral("not a WKT geometry: \"%1\"").arg(wkt.left(60)));
  }
  return Result<OgrGeometryPtr>::ok(own(geometry));
}

QString GeometryOps::toWkt(const OGRGeometry& geometry) {
  OGRWktOptions options;
  options.variant = wkbVariantIso;
  options.precision = 15;
  return QString::fromStdString(geometry.exportToWkt(options));
}

QString GeometryOps::equalAreaProj(double lon, double lat) {
  return QStringLiteral("+proj=laea +lat_0=%1 +lon_0=%2 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs +type=crs")
      .arg(lat, 0, 'f', 6)
      .arg(lon, 0, 'f', 6);
}

Result<OgrTransformPtr> GeometryOps::transformBetween(const Crs& source, const Crs& destination) {
  if (!source.isValid() || !destination.isValid())
    return Result<OgrTransformPtr>::fail(QStringLiteral("cannot reproject: %1 CRS is missing")
                                             .arg(source.isValid() ? QStringLiteral("destination") : QStringLiteral("source")));
  OGRSpatialReference src, dst;
  const QByteArray srcWkt = source.wkt().toUtf8(), dstWkt = destination.wkt().toUtf8();
  if (src.importFromWkt(srcWkt.constData()) != OGRERR_NONE || dst.importFromWkt(dstWkt.constData()) != OGRERR_NONE)
    return Result<OgrTransformPtr>::fail(QStringLiteral("GDAL cannot read the CRS %1 or %2")
                                             .arg(source.description(), destination.description()));
  src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  dst.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  CPLErrorReset();
  OGRCoordinateTransformation* ct = OGRCreateCoordinateTransformation(&src, &dst);
  if (!ct)
    return Result<OgrTransformPtr>::fail(QStringLiteral("no transformation from %1 to %2: %3")
                                             .arg(source.description(), destination.description(),
                                                  QString::fromUtf8(CPLGetLastErrorMsg())));
  return Result<OgrTransformPtr>::ok(OgrTransformPtr(ct));
}

namespace {

Result<OGRSpatialReference> spatialReferenceOf(const Crs& crs) {
  OGRSpatialReference srs;
  const QByteArray wkt = crs.wkt().toUtf8();
  if (!crs.isValid() || srs.importFromWkt(wkt.constData()) != OGRERR_NONE)
    return Result<OGRSpatialReference>::fail(QStringLiteral("GDAL cannot read the CRS %1").arg(crs.description()));
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return Result<OGRSpatialReference>::ok(std::move(srs));
}

Result<OgrTransformPtr> between(const OGRSpatialReference& a, const OGRSpatialReference& b, bool inverse,
                                const QString& what) {
  CPLErrorReset();
  OGRCoordinateTransformation* ct =
      inverse ? OGRCreateCoordinateTransformation(&b, &a) : OGRCreateCoordinateTransformation(&a, &b);
  if (!ct)
    return Result<OgrTransformPtr>::fail(QStringLiteral("no transformation for %1: %2").arg(what, QString::fromUtf8(CPLGetLastErrorMsg())));
  return Result<OgrTransformPtr>::ok(OgrTransformPtr(ct));
}

}  // namespace

Result<OgrTransformPtr> GeometryOps::equalAreaTransform(const Crs& crs, double lon0, double lat0, bool inverse) {
  auto source = spatialReferenceOf(crs);
  if (!source) return Result<OgrTransformPtr>::fail(source.error());
  OGRSpatialReference equalArea;
  if (equalArea.CopyGeogCSFrom(&source.value()) != OGRERR_NONE ||
      equalArea.SetLAEA(lat0, lon0, 0, 0) != OGRERR_NONE)
    return Result<OgrTransformPtr>::fail(QStringLiteral("cannot build an equal-area CRS on the datum of %1").arg(crs.description()));
  equalArea.SetLinearUnits(SRS_UL_METER, 1.0);
  equalArea.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return between(source.value(), equalArea, inverse, crs.description() + QStringLiteral(" and the equal-area CRS"));
}

Status GeometryOps::checkTerrestrial(const Crs& crs) {
  auto srs = spatialReferenceOf(crs);
  if (!srs) return Status::fail(srs.error());
  OGRErr err = OGRERR_NONE;
  const double a = srs->GetSemiMajor(&err);
  // Every terrestrial ellipsoid (Everest 6 377 276 m … Krassowsky 6 378 245 m) and the authalic
  // sphere (6 371 007 m) fall in this band; Mars (3 396 190 m) and the Moon (1 737 400 m) do not.
  if (err != OGRERR_NONE || !(a > 6.36e6 && a < 6.39e6))
    return Status::fail(QStringLiteral("the CRS %1 is not on Earth (its ellipsoid has a semi-major axis of %2 m); "
                                       "the check only compares sites on Earth")
                            .arg(crs.description())
                            .arg(err == OGRERR_NONE ? QString::number(a, 'f', 0) : QStringLiteral("unknown")));
  OGRSpatialReference cgcs2000;
  cgcs2000.importFromEPSG(4490);
  cgcs2000.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  auto t = between(srs.value(), cgcs2000, false, crs.description() + QStringLiteral(" and CGCS2000"));
  if (!t) return Status::fail(QStringLiteral("PROJ cannot relate the CRS %1 to CGCS2000 (%2)").arg(crs.description(), t.error()));
  return Status::ok();
}

double GeometryOps::maxAngularDistance(const OGRGeometry& lonLat, double lon0, double lat0) {
  constexpr double d2r = M_PI / 180.0;
  double worst = 0;
  const double s0 = std::sin(lat0 * d2r), c0 = std::cos(lat0 * d2r);
  auto visit = [&](double lon, double lat) {
    const double c = s0 * std::sin(lat * d2r) + c0 * std::cos(lat * d2r) * std::cos((lon - lon0) * d2r);
    worst = std::max(worst, std::acos(std::clamp(c, -1.0, 1.0)) / d2r);
  };
  std::function<void(const OGRGeometry&)> walk = [&](const OGRGeometry& g) {
    const OGRwkbGeometryType t = wkbFlatten(g.getGeometryType());
    if (t == wkbPoint) {
      visit(g.toPoint()->getX(), g.toPoint()->getY());
    } else if (t == wkbLineString || t == wkbLinearRing) {
      const OGRSimpleCurve* c = g.toSimpleCurve();
      for (int i = 0; i < c->getNumPoints(); ++i) visit(c->getX(i), c->getY(i));
    } else if (t == wkbPolygon) {
      for (const OGRLinearRing* r : *g.toPolygon()) walk(*r);
    } else if (OGR_GT_IsSubClassOf(t, wkbGeometryCollection)) {
      for (const OGRGeometry* p : *g.toGeometryCollection()) walk(*p);
    }
  };
  walk(lonLat);
  return worst;
}

void GeometryOps::densify(OGRGeometry& geometry, double step) {
  if (step > 0 && std::isfinite(step)) geometry.segmentize(step);
}

Result<OgrTransformPtr> GeometryOps::geographicTransform(const Crs& crs, bool inverse) {
  auto source = spatialReferenceOf(crs);
  if (!source) return Result<OgrTransformPtr>::fail(source.error());
  std::unique_ptr<OGRSpatialReference> geographic(source->CloneGeogCS());
  if (!geographic) return Result<OgrTransformPtr>::fail(QStringLiteral("%1 has no geographic CRS").arg(crs.description()));
  geographic->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return between(source.value(), *geographic, inverse, crs.description() + QStringLiteral(" and lon/lat"));
}

bool GeometryOps::reproject(OGRGeometry& geometry, OGRCoordinateTransformation& transform) {
  return geometry.transform(&transform) == OGRERR_NONE;
}

GeometryOps::Dimension GeometryOps::dimension(const OGRGeometry& geometry) {
  if (geometry.IsEmpty()) return Dimension::Empty;
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    Dimension best = Dimension::Empty;
    const auto* collection = geometry.toGeometryCollection();
    for (int i = 0; i < collection->getNumGeometries(); ++i)
      best = std::max(best, dimension(*collection->getGeometryRef(i)));
    return best;
  }
  switch (geometry.getDimension()) {
    case 0: return Dimension::Point;
    case 1: return Dimension::Line;
    case 2: return Dimension::Polygon;
    default: return Dimension::Empty;
  }
}

double GeometryOps::area(const OGRGeometry& geometry) {
  if (geometry.IsEmpty()) return 0;
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    double sum = 0;
    const auto* collection = geometry.toGeometryCollection();
    for (int i = 0; i < collection->getNumGeometries(); ++i) sum += area(*collection->getGeometryRef(i));
    return sum;
  }
  if (OGR_GT_IsSurface(type)) return geometry.toSurface()->get_Area();
  return 0;
}

double GeometryOps::length(const OGRGeometry& geometry) {
  if (geometry.IsEmpty()) return 0;
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    double sum = 0;
    const auto* collection = geometry.toGeometryCollection();
    for (int i = 0; i < collection->getNumGeometries(); ++i) sum += length(*collection->getGeometryRef(i));
    return sum;
  }
  if (OGR_GT_IsCurve(type)) return geometry.toCurve()->get_Length();
  return 0;
}

int GeometryOps::pointCount(const OGRGeometry& geometry) {
  if (geometry.IsEmpty()) return 0;
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    int sum = 0;
    const auto* collection = geometry.toGeometryCollection();
    for (int i = 0; i < collection->getNumGeometries(); ++i) sum += pointCount(*collection->getGeometryRef(i));
    return sum;
  }
  return type == wkbPoint ? 1 : 0;
}

bool GeometryOps::isValid(const OGRGeometry& geometry) {
  CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);  // GEOS reports the reason as a warning; we report it ourselves
  return geometry.IsValid();
}

OgrGeometryPtr GeometryOps::repaired(const OGRGeometry& geometry) {
  if (isValid(geometry)) return nullptr;
  CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
  OgrGeometryPtr fixed(geometry.MakeValid());
  if (!fixed) return nullptr;
  const Dimension wanted = dimension(geometry);
  if (dimension(*fixed) != wanted || wkbFlatten(fixed->getGeometryType()) != wkbGeometryCollection) return fixed;
  // MakeValid may return a collection mixing dimensions (a polygon plus a collapsed line): keep
  // the parts of the input's dimension, which is what the planner drew.
  auto* collection = fixed->toGeometryCollection();
  OgrGeometryPtr kept;
  if (wanted == Dimension::Polygon) kept = own(new OGRMultiPolygon);
  else if (wanted == Dimension::Line) kept = own(new OGRMultiLineString);
  else kept = own(new OGRMultiPoint);
  auto* target = kept->toGeometryCollection();
  for (int i = 0; i < collection->getNumGeometries(); ++i) {
    const OGRGeometry* part = collection->getGeometryRef(i);
    if (dimension(*part) != wanted) continue;
    const OGRwkbGeometryType t = wkbFlatten(part->getGeometryType());
    if (OGR_GT_IsSubClassOf(t, wkbGeometryCollection)) {
      const auto* inner = part->toGeometryCollection();
      for (int j = 0; j < inner->getNumGeometries(); ++j) target->addGeometry(inner->getGeometryRef(j));
    } else {
      target->addGeometry(part);
    }
  }
  return kept;
}

OgrGeometryPtr GeometryOps::intersection(const OGRGeometry& a, const OGRGeometry& b) {
  CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
  return own(a.Intersection(&b));
}

OgrGeometryPtr GeometryOps::buffer(const OGRGeometry& geometry, double distance) {
  CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
  // 32 segments a quarter circle: the area of a buffered point is within 0.02 % of pi r^2.
  return own(geometry.Buffer(distance, 32));
}

OgrGeometryPtr GeometryOps::unionOf(const OGRGeometry& a, const OGRGeometry& b) {
  CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
  return own(a.Union(&b));
}

OgrGeometryPtr GeometryOps::clone(const OGRGeometry& geometry) { return own(geometry.clone()); }

bool GeometryOps::intersects(const OGRGeometry& a, const OGRGeometry& b) {
  CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
  return a.Intersects(&b);
}

Extent GeometryOps::envelope(const OGRGeometry& geometry) {
  if (geometry.IsEmpty()) return {};
  OGREnvelope env;
  geometry.getEnvelope(&env);
  return Extent::fromCorners(env.MinX, env.MinY, env.MaxX, env.MaxY);
}

void GeometryOps::centre(const OGRGeometry& geometry, double& x, double& y) {
  const Extent e = envelope(geometry);
  x = e.centerX();
  y = e.centerY();
}

}  // namespace planmap
