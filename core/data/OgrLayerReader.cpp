#include "OgrLayerReader.h"

#include "FeatureStoreBuilder.h"
#include "GdalHandles.h"
#include "RingCrossingCheck.h"

#include <QDate>
#include <QSet>
#include <QStringList>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <cmath>
#include <cstring>

namespace planmap {
namespace {

constexpr int kCheckEvery = 1000;   // features between cancel checks and progress reports
constexpr int kFidsListed = 20;     // FIDs named in a warning before "…"

QMetaType::Type metaTypeOf(const OGRFieldDefn* field) {
  switch (field->GetType()) {
    case OFTInteger: return field->GetSubType() == OFSTBoolean ? QMetaType::Bool : QMetaType::Int;
    case OFTInteger64: return QMetaType::LongLong;
    case OFTReal: return QMetaType::Double;
    case OFTDate: return QMetaType::QDate;
    case OFTDateTime: return QMetaType::QDateTime;
    default: return QMetaType::QString;  // strings, times, lists, binary: shown as text
  }
}

GeometryType kindOf(OGRwkbGeometryType flat) {
  switch (flat) {
    case wkbPoint: case wkbMultiPoint: return GeometryType::Point;
    case wkbLineString: case wkbLinearRing: case wkbMultiLineString: case wkbCircularString: case wkbCompoundCurve:
    case wkbMultiCurve:
      return GeometryType::Line;
    case wkbPolygon: case wkbMultiPolygon: case wkbCurvePolygon: case wkbMultiSurface: case wkbTriangle:
    case wkbPolyhedralSurface: case wkbTIN:
      return GeometryType::Polygon;
    default: return GeometryType::None;
  }
}

// Counts non-empty members of each kind inside (nested) collections.
void countKinds(const OGRGeometry* g, int counts[4]) {
  if (!g || g->IsEmpty()) return;
  const OGRwkbGeometryType flat = wkbFlatten(g->getGeometryType());
  if (flat == wkbGeometryCollection) {
    const OGRGeometryCollection* c = g->toGeometryCollection();
    for (int i = 0; i < c->getNumGeometries(); ++i) countKinds(c->getGeometryRef(i), counts);
    return;
  }
  ++counts[static_cast<int>(kindOf(flat))];
}

// The kind a collection is drawn as: the one with the most members; on a tie the higher
// dimension (a polygon with a stray point is a polygon).
GeometryType dominantKind(const OGRGeometry* g) {
  int counts[4] = {0, 0, 0, 0};
  countKinds(g, counts);
  int best = 0;
  for (int k = 1; k <= 3; ++k)
    if (counts[k] > 0 && counts[k] >= counts[best]) best = k;
  return static_cast<GeometryType>(best);
}

class Reader {
 public:
  Reader(OGRLayer* layer, const LoadOptions& options, const QString& displayName)
      : layer_(layer), options_(options), name_(displayName) {}

  Result<LayerReadResult> run(double progressBase, double progressSpan, std::size_t vertexHint);

 private:
  void appendGeometry(OGRGeometry* geometry, std::int64_t fid);
  void appendPoints(const OGRGeometry* g);
  void appendLines(const OGRGeometry* g);
  // Gathers every polygon ring of `g` into scratch_ / check_.
  void gatherPolygons(const OGRGeometry* g);
  void gatherRing(const OGRCurve* ring, bool exterior);
  void emitGathered();
  void readAttributes(const OGRFeature& feature);
  QString fidList(const std::vector<std::int64_t>& fids) const;

  OGRLayer* layer_;
  const LoadOptions& options_;
  QString name_;
  std::unique_ptr<FeatureStoreBuilder> builder_;
  std::vector<FieldDefinition> fields_;

  struct GatheredRing { std::size_t first, count; bool exterior; };
  std::vector<double> scratch_;
  std::vector<GatheredRing> rings_;
  RingCrossingCheck check_;

  std::vector<std::int64_t> repaired_, unrepaired_, skippedMembers_, badCoordinates_, zeroVertices_;
  bool kml_ = false;
  QString fieldWarning_;
};

// Beyond ±1e10 no CRS on Earth has coordinates (Web Mercator ends at ±2e7 m): 1e300 is damage.
constexpr double kMaxCoordinate = 1e10;

// Whether a (0, 0) vertex exists: KML readers turn an unparsable coordinate into 0,0.
bool hasZeroVertex(const OGRGeometry* g) {
  if (!g || g->IsEmpty()) return false;
  const OGRwkbGeometryType flat = wkbFlatten(g->getGeometryType());
  if (flat == wkbPoint) return g->toPoint()->getX() == 0 && g->toPoint()->getY() == 0;
  if (flat == wkbLineString || flat == wkbLinearRing) {
    const OGRSimpleCurve* c = g->toSimpleCurve();
    for (int i = 0; i < c->getNumPoints(); ++i)
      if (c->getX(i) == 0 && c->getY(i) == 0) return true;
    return false;
  }
  if (flat == wkbPolygon) {
    const OGRPolygon* p = g->toPolygon();
    if (hasZeroVertex(p->getExteriorRingCurve())) return true;
    for (int i = 0; i < p->getNumInteriorRings(); ++i)
      if (hasZeroVertex(p->getInteriorRingCurve(i))) return true;
    return false;
  }
  if (OGR_GT_IsSubClassOf(flat, wkbGeometryCollection)) {
    const OGRGeometryCollection* c = g->toGeometryCollection();
    for (int i = 0; i < c->getNumGeometries(); ++i)
      if (hasZeroVertex(c->getGeometryRef(i))) return true;
  }
  return false;
}

Result<LayerReadResult> Reader::run(double progressBase, double progressSpan, std::size_t vertexHint) {
  OGRFeatureDefn* defn = layer_->GetLayerDefn();
  const int fieldCount = defn->GetFieldCount();
  // Two fields of one name (GDAL passes a .dbf's duplicates through) would hide the second's
  // values behind the first: the copy is renamed name_2, name_3 … and the rename reported.
  QSet<QString> taken;
  QStringList renamed;
  for (int i = 0; i < fieldCount; ++i) {
    const OGRFieldDefn* fd = defn->GetFieldDefn(i);
    const QString original = QString::fromUtf8(fd->GetNameRef());
    QString name = original;
    for (int k = 2; taken.contains(name.toLower()); ++k) name = QStringLiteral("%1_%2").arg(original).arg(k);
    if (name != original) renamed << QStringLiteral("\"%1\" → \"%2\"").arg(original, name);
    taken.insert(name.toLower());
    fields_.push_back({name, metaTypeOf(fd)});
  }
  if (!renamed.isEmpty())
    fieldWarning_ = QStringLiteral("field names appear more than once; the copies are read as %1").arg(renamed.join(QStringLiteral(", ")));
  builder_ = std::make_unique<FeatureStoreBuilder>(fields_);
  kml_ = name_.contains(QLatin1String(".kml"), Qt::CaseInsensitive) || name_.contains(QLatin1String(".kmz"), Qt::CaseInsensitive);
  const GIntBig expected = layer_->GetFeatureCount(FALSE);
  if (expected > 0) builder_->reserve(static_cast<std::size_t>(expected), 0);

  gdal::ErrorCapture errors;
  layer_->ResetReading();
  std::size_t count = 0;
  std::size_t readErrors = 0;
  QString firstReadError;
  for (;;) {
    gdal::FeaturePtr feature(layer_->GetNextFeature());
    if (errors.hasFailure()) {
      // GDAL reports a damaged record and carries on; keep the first message for the warning.
      if (firstReadError.isEmpty()) firstReadError = errors.message();
      ++readErrors;
      errors.clear();
    }
    if (!feature) break;
    if (++count % kCheckEvery == 0) {
      if (count == kCheckEvery && expected > kCheckEvery) {
        // Reserve the coordinate array once, from the first features' vertex count (capped by
        // the file's upper bound), instead of letting it double its way to 128 MB.
        std::size_t estimate = static_cast<std::size_t>(double(builder_->vertexCount()) / count * expected * 1.1);
        if (vertexHint > 0) estimate = std::min(estimate, vertexHint);
        builder_->reserve(static_cast<std::size_t>(expected), estimate);
      }
      if (options_.cancel && options_.cancel->load(std::memory_order_relaxed))
        return Result<LayerReadResult>::fail(QStringLiteral("%1: loading cancelled").arg(name_));
      if (options_.progress && expected > 0)
        options_.progress(progressBase + progressSpan * std::min(1.0, double(count) / double(expected)));
    }
    appendGeometry(feature->GetGeometryRef(), feature->GetFID());
    readAttributes(*feature);
    builder_->endFeature();
  }
  if (options_.cancel && options_.cancel->load())
    return Result<LayerReadResult>::fail(QStringLiteral("%1: loading cancelled").arg(name_));
  if (count == 0 && readErrors > 0)
    return Result<LayerReadResult>::fail(QStringLiteral("%1: %2").arg(name_, firstReadError));

  LayerReadResult result;
  if (!fieldWarning_.isEmpty()) result.warnings << fieldWarning_;
  if (expected > 0 && GIntBig(count) < expected)
    result.warnings << QStringLiteral("read %1 of the %2 features the file declares; the rest are lost (the file is probably truncated)")
                           .arg(count).arg(expected);
  if (!badCoordinates_.empty())
    result.warnings << QStringLiteral("%1 feature%2 dropped: coordinates not finite or beyond ±1e10 (%3)")
                           .arg(badCoordinates_.size()).arg(badCoordinates_.size() == 1 ? "" : "s", fidList(badCoordinates_));
  if (!zeroVertices_.empty())
    result.warnings << QStringLiteral("%1 feature%2 with a vertex at exactly (0, 0), which in KML means an unreadable coordinate: %3")
                           .arg(zeroVertices_.size()).arg(zeroVertices_.size() == 1 ? "" : "s", fidList(zeroVertices_));
  if (readErrors > 0)
    result.warnings << QStringLiteral("GDAL reported %1 read error(s); the first: %2").arg(readErrors).arg(firstReadError);
  if (!repaired_.empty())
    result.warnings << QStringLiteral("%1 invalid polygon%2 repaired for display: %3")
                           .arg(repaired_.size()).arg(repaired_.size() == 1 ? "" : "s", fidList(repaired_));
  if (!unrepaired_.empty())
    result.warnings << QStringLiteral("%1 invalid polygon%2 drawn as stored (%3): %4")
                           .arg(unrepaired_.size())
                           .arg(unrepaired_.size() == 1 ? "" : "s",
                                options_.repairInvalidGeometries ? QStringLiteral("repair failed")
                                                                 : QStringLiteral("repair turned off"),
                                fidList(unrepaired_));
  if (!skippedMembers_.empty())
    result.warnings << QStringLiteral("%1 geometry collection%2 drawn by their dominant kind only (other members "
                                      "skipped): %3")
                           .arg(skippedMembers_.size()).arg(skippedMembers_.size() == 1 ? "" : "s",
                                                             fidList(skippedMembers_));
  result.features = builder_->finish();
  if (options_.progress) options_.progress(progressBase + progressSpan);
  return Result<LayerReadResult>::ok(std::move(result));
}

QString Reader::fidList(const std::vector<std::int64_t>& fids) const {
  QStringList parts;
  for (std::size_t i = 0; i < fids.size() && i < kFidsListed; ++i) parts << QString::number(fids[i]);
  QString text = QStringLiteral("FID ") + parts.join(QStringLiteral(", "));
  if (fids.size() > kFidsListed) text += QStringLiteral(", … (%1 more)").arg(fids.size() - kFidsListed);
  return text;
}

void Reader::appendGeometry(OGRGeometry* geometry, std::int64_t fid) {
  if (!geometry || geometry->IsEmpty()) {
    builder_->beginFeature(fid, GeometryType::None);
    return;
  }
  OGREnvelope envelope;
  geometry->getEnvelope(&envelope);
  const auto sane = [](double v) { return std::isfinite(v) && std::abs(v) <= kMaxCoordinate; };
  if (!sane(envelope.MinX) || !sane(envelope.MaxX) || !sane(envelope.MinY) || !sane(envelope.MaxY)) {
    badCoordinates_.push_back(fid);
    builder_->beginFeature(fid, GeometryType::None);
    return;
  }
  if (kml_ && hasZeroVertex(geometry)) zeroVertices_.push_back(fid);
  const OGRGeometry* g = geometry;
  gdal::GeometryPtr linear;
  OGRwkbGeometryType flat = wkbFlatten(g->getGeometryType());
  if (flat == wkbPolyhedralSurface || flat == wkbTIN || flat == wkbTriangle) {
    linear.reset(OGRGeometryFactory::forceToMultiPolygon(g->clone()));
    g = linear.get();
  } else if (g->hasCurveGeometry()) {
    linear.reset(g->getLinearGeometry());
    if (!linear) {
      builder_->beginFeature(fid, GeometryType::None);
      return;
    }
    g = linear.get();
  }
  flat = wkbFlatten(g->getGeometryType());
  GeometryType kind = kindOf(flat);
  if (flat == wkbGeometryCollection) {
    kind = dominantKind(g);
    int counts[4] = {0, 0, 0, 0};
    countKinds(g, counts);
    if (counts[1] + counts[2] + counts[3] > counts[static_cast<int>(kind)]) skippedMembers_.push_back(fid);
  }
  builder_->beginFeature(fid, kind);
  switch (kind) {
    case GeometryType::Point: appendPoints(g); break;
    case GeometryType::Line: appendLines(g); break;
    case GeometryType::Polygon: {
      scratch_.clear();
      rings_.clear();
      gatherPolygons(g);
      check_.clear();
      for (const GatheredRing& r : rings_) check_.addRing(r.first, r.count);
      if (!rings_.empty() && check_.hasSuspectEdges(scratch_.data()) && !g->IsValid()) {
        gdal::GeometryPtr valid;
        if (options_.repairInvalidGeometries) valid.reset(g->MakeValid());
        if (valid && !valid->IsEmpty()) {
          repaired_.push_back(fid);
          scratch_.clear();
          rings_.clear();
          gatherPolygons(valid.get());
        } else {
          unrepaired_.push_back(fid);
        }
      }
      emitGathered();
      break;
    }
    case GeometryType::None: break;
  }
}

void Reader::appendPoints(const OGRGeometry* g) {
  if (!g || g->IsEmpty()) return;
  const OGRwkbGeometryType flat = wkbFlatten(g->getGeometryType());
  if (flat == wkbPoint) {
    const OGRPoint* p = g->toPoint();
    double* xy = builder_->appendVertices(1);
    xy[0] = p->getX();
    xy[1] = p->getY();
    builder_->closePart(false);
  } else if (flat == wkbMultiPoint || flat == wkbGeometryCollection) {
    const OGRGeometryCollection* c = g->toGeometryCollection();
    for (int i = 0; i < c->getNumGeometries(); ++i) appendPoints(c->getGeometryRef(i));
  }
}

void Reader::appendLines(const OGRGeometry* g) {
  if (!g || g->IsEmpty()) return;
  const OGRwkbGeometryType flat = wkbFlatten(g->getGeometryType());
  if (flat == wkbLineString || flat == wkbLinearRing) {
    const OGRSimpleCurve* line = g->toSimpleCurve();
    const int n = line->getNumPoints();
    double* xy = builder_->appendVertices(static_cast<std::size_t>(n));
    line->getPoints(xy, 2 * sizeof(double), xy + 1, 2 * sizeof(double));
    builder_->closePart(false);
  } else if (flat == wkbMultiLineString || flat == wkbGeometryCollection) {
    const OGRGeometryCollection* c = g->toGeometryCollection();
    for (int i = 0; i < c->getNumGeometries(); ++i) appendLines(c->getGeometryRef(i));
  }
}

void Reader::gatherRing(const OGRCurve* ring, bool exterior) {
  if (!ring) return;
  const OGRwkbGeometryType flat = wkbFlatten(ring->getGeometryType());
  if (flat != wkbLineString && flat != wkbLinearRing) return;
  const OGRSimpleCurve* c = ring->toSimpleCurve();
  const int n = c->getNumPoints();
  if (n == 0) return;
  const std::size_t first = scratch_.size() / 2;
  scratch_.resize(scratch_.size() + 2 * static_cast<std::size_t>(n));
  double* xy = scratch_.data() + 2 * first;
  c->getPoints(xy, 2 * sizeof(double), xy + 1, 2 * sizeof(double));
  rings_.push_back({first, static_cast<std::size_t>(n), exterior});
}

void Reader::gatherPolygons(const OGRGeometry* g) {
  if (!g || g->IsEmpty()) return;
  const OGRwkbGeometryType flat = wkbFlatten(g->getGeometryType());
  if (flat == wkbPolygon) {
    const OGRPolygon* poly = g->toPolygon();
    const std::size_t before = rings_.size();
    gatherRing(poly->getExteriorRingCurve(), true);
    if (rings_.size() == before) return;  // no exterior ring: the holes mean nothing on their own
    for (int i = 0; i < poly->getNumInteriorRings(); ++i) gatherRing(poly->getInteriorRingCurve(i), false);
  } else if (flat == wkbMultiPolygon || flat == wkbGeometryCollection) {
    const OGRGeometryCollection* c = g->toGeometryCollection();
    for (int i = 0; i < c->getNumGeometries(); ++i) gatherPolygons(c->getGeometryRef(i));
  }
}

void Reader::emitGathered() {
  for (const GatheredRing& r : rings_) builder_->addPart(scratch_.data() + 2 * r.first, r.count, r.exterior);
}

void Reader::readAttributes(const OGRFeature& feature) {
  // Straight into the typed columns: strings as GDAL's UTF-8 bytes, numbers as numbers.
  AttributeTable& table = builder_->attributes();
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const int f = static_cast<int>(i);
    if (!feature.IsFieldSetAndNotNull(f)) {
      table.appendNull(f);
      continue;
    }
    const OGRField* raw = feature.GetRawFieldRef(f);
    switch (fields_[i].type) {
      case QMetaType::QString: {
        const char* text = feature.GetFieldDefnRef(f)->GetType() == OFTString ? raw->String : feature.GetFieldAsString(f);
        table.appendString(f, text, std::strlen(text));
        break;
      }
      case QMetaType::Int: table.appendInt(f, raw->Integer); break;
      case QMetaType::Bool: table.appendBool(f, raw->Integer != 0); break;
      case QMetaType::LongLong: table.appendInt(f, raw->Integer64); break;
      case QMetaType::Double: table.appendDouble(f, raw->Real); break;
      case QMetaType::QDate: table.appendDate(f, QDate(raw->Date.Year, raw->Date.Month, raw->Date.Day)); break;
      case QMetaType::QDateTime: {
        const float sec = raw->Date.Second;
        const int whole = static_cast<int>(sec);
        const QDate date(raw->Date.Year, raw->Date.Month, raw->Date.Day);
        const QTime time(raw->Date.Hour, raw->Date.Minute, whole, static_cast<int>(std::lround((sec - whole) * 1000)) % 1000);
        const int tz = raw->Date.TZFlag;  // 0 unknown, 1 local, 100 UTC, 100±4n = offset in quarter hours
        if (tz > 1) table.appendVariant(f, QDateTime(date, time, QTimeZone((tz - 100) * 15 * 60)));
        else table.appendVariant(f, QDateTime(date, time));
        break;
      }
      default: table.appendString(f, QString::fromUtf8(feature.GetFieldAsString(f))); break;
    }
  }
}

}  // namespace

Result<LayerReadResult> OgrLayerReader::read(OGRLayer* layer, const LoadOptions& options, const QString& displayName,
                                            double progressBase, double progressSpan, std::size_t vertexHint) {
  Reader reader(layer, options, displayName);
  return reader.run(progressBase, progressSpan, vertexHint);
}

}  // namespace planmap
