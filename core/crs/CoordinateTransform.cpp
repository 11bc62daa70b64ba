#include "CoordinateTransform.h"

#include "ProjContext.h"
#include "TransformWorkers.h"

#include <proj.h>

#include <QCryptographicHash>
#include <QMap>
#include <QStringList>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace planmap {

namespace {

constexpr double kFailed = std::numeric_limits<double>::infinity();

std::uint64_t operationKey(const Crs& source, const Crs& destination) {
  QCryptographicHash hash(QCryptographicHash::Sha1);
  hash.addData(source.wkt().toUtf8());
  hash.addData(QByteArrayView("\0", 1));
  hash.addData(destination.wkt().toUtf8());
  const QByteArray digest = hash.result();
  std::uint64_t key = 0;
  std::memcpy(&key, digest.constData(), sizeof key);
  return key;
}

// The operation PROJ would choose, with both ends in traditional GIS order (x = lon / easting),
// created in the calling thread's context.
PjPtr createOperation(const Crs& source, const Crs& destination, QString* error) {
  PJ_CONTEXT* ctx = ProjContext::get();
  ProjContext::clearLastError();
  PjPtr src(proj_create(ctx, source.wkt().toUtf8().constData()));
  PjPtr dst(proj_create(ctx, destination.wkt().toUtf8().constData()));
  if (!src || !dst) {
    if (error) *error = QStringLiteral("PROJ cannot read the CRS definition: %1").arg(ProjContext::lastError());
    return {};
  }
  PjPtr op(proj_create_crs_to_crs_from_pj(ctx, src.get(), dst.get(), nullptr, nullptr));
  if (!op) {
    if (error)
      *error = QStringLiteral("no coordinate operation from %1 to %2: %3")
                   .arg(source.description(), destination.description(), ProjContext::lastError());
    return {};
  }
  PjPtr normalized(proj_normalize_for_visualization(ctx, op.get()));
  if (!normalized && error)
    *error = QStringLiteral("cannot normalise axis order from %1 to %2: %3")
                 .arg(source.description(), destination.description(), ProjContext::lastError());
  return normalized;
}

// Datums between which a missing shift does not matter at map scale: WGS 84 and CGCS2000 agree
// to a few decimetres, ITRF realisations likewise.
bool isModernDatum(const QString& datum) {
  static const char* const names[] = {"World Geodetic System 1984", "WGS 84", "WGS_1984", "WGS84",
                                      "China 2000", "China_2000", "China Geodetic Coordinate System 2000",
                                      "International Terrestrial Reference", "ITRF"};
  for (const char* name : names)
    if (datum.contains(QLatin1String(name), Qt::CaseInsensitive)) return true;
  return false;
}

// Says when PROJ knows no real datum shift between the two CRSs and falls back to a "ballpark"
// one (datum shift ignored), which for Xian 1980 or Beijing 1954 against CGCS2000 / WGS 84 means
// errors of tens to a hundred-odd metres. Empty when the operation is exact enough for maps.
QString describeAccuracy(const Crs& source, const Crs& destination) {
  const QString from = source.datumName(), to = destination.datumName();
  if (from == to || (isModernDatum(from) && isModernDatum(to))) return {};

  PJ_CONTEXT* ctx = ProjContext::get();
  PjPtr src(proj_create(ctx, source.wkt().toUtf8().constData()));
  PjPtr dst(proj_create(ctx, destination.wkt().toUtf8().constData()));
  if (!src || !dst) return {};
  PJ_OPERATION_FACTORY_CONTEXT* factory = proj_create_operation_factory_context(ctx, nullptr);
  if (!factory) return {};
  // The same choices proj_create_crs_to_crs makes: only operations usable here and now.
  proj_operation_factory_context_set_spatial_criterion(ctx, factory, PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION);
  proj_operation_factory_context_set_grid_availability_use(
      ctx, factory, PROJ_GRID_AVAILABILITY_DISCARD_OPERATION_IF_MISSING_GRID);
  PJ_OBJ_LIST* ops = proj_create_operations(ctx, src.get(), dst.get(), factory);
  proj_operation_factory_context_destroy(factory);
  if (!ops) return {};

  bool anyBallpark = false;
  QStringList knownAreas;
  double bestAccuracy = -1;
  const int count = proj_list_get_count(ops);
  for (int i = 0; i < count; ++i) {
    PjPtr op(proj_list_get(ctx, ops, i));
    if (!op) continue;
    // PROJ names its null-shift fallbacks "Ballpark geographic offset from X to Y".
    const bool ballpark = proj_coordoperation_has_ballpark_transformation(ctx, op.get()) ||
                          QString::fromUtf8(proj_get_name(op.get())).contains(QLatin1String("Ballpark"));
    if (ballpark) {
      anyBallpark = true;
      continue;
    }
    const double accuracy = proj_coordoperation_get_accuracy(ctx, op.get());
    if (accuracy >= 0 && (bestAccuracy < 0 || accuracy < bestAccuracy)) bestAccuracy = accuracy;
    const char* area = nullptr;
    if (proj_get_area_of_use(ctx, op.get(), nullptr, nullptr, nullptr, nullptr, &area) && area) {
      QString name = QString::fromUtf8(area).trimmed();
      while (name.endsWith(QLatin1Char('.'))) name.chop(1);  // EPSG area names end in a full stop
      if (!knownAreas.contains(name)) knownAreas << name;
    }
  }
  proj_list_destroy(ops);

  if (anyBallpark && knownAreas.isEmpty())
    return QStringLiteral("No datum shift is known from %1 to %2: a null datum shift was used, so positions "
                          "may be off by tens to hundreds of metres.")
        .arg(from, to);
  if (anyBallpark)
    return QStringLiteral("A datum shift from %1 to %2 is known only for %3; elsewhere a null datum shift was "
                          "used, so positions may be off by tens to hundreds of metres.")
        .arg(from, to, knownAreas.join(QStringLiteral("; ")));
  if (bestAccuracy > 5)
    return QStringLiteral("The datum shift from %1 to %2 is accurate to about %3 m.")
        .arg(from, to)
        .arg(bestAccuracy);
  return {};
}

// Recognises PROJ's pipeline for two CRSs on one projection that differ only in false easting /
// northing, e.g. CGCS2000 3-degree GK zone 36 (x_0 = 36 500 000) and CM 108E (x_0 = 500 000):
//   +proj=pipeline +step +inv +proj=tmerc ... +x_0=500000 ... +step +proj=tmerc ... +x_0=36500000 ...
// Such a pipeline is a pure shift: x_0 and y_0 are added after the projection, in metres.
// Returns false for anything else (unit changes, axis swaps, datum shifts, several candidates).
bool shiftOfPipeline(const QString& pipeline, double* dx, double* dy) {
  const QStringList tokens = pipeline.split(QLatin1Char(' '), Qt::SkipEmptyParts);
  if (tokens.size() < 4 || tokens[0] != QLatin1String("+proj=pipeline") || tokens[1] != QLatin1String("+step"))
    return false;
  QList<QMap<QString, QString>> steps;
  for (qsizetype i = 1; i < tokens.size(); ++i) {
    if (tokens[i] == QLatin1String("+step")) {
      steps.append(QMap<QString, QString>());
      continue;
    }
    const QString token = tokens[i].startsWith(QLatin1Char('+')) ? tokens[i].mid(1) : tokens[i];
    const qsizetype eq = token.indexOf(QLatin1Char('='));
    steps.last().insert(eq < 0 ? token : token.left(eq), eq < 0 ? QString() : token.mid(eq + 1));
  }
  if (steps.size() != 2 || !steps[0].contains(QStringLiteral("inv")) || steps[1].contains(QStringLiteral("inv")))
    return false;
  QMap<QString, QString> from = steps[0], to = steps[1];
  from.remove(QStringLiteral("inv"));
  for (const QString& key : {QStringLiteral("units"), QStringLiteral("to_meter")})
    if ((from.contains(key) && from.value(key) != QLatin1String("m")) ||
        (to.contains(key) && to.value(key) != QLatin1String("m")))
      return false;
  bool ok = true;
  auto offset = [&ok](const QMap<QString, QString>& step, const char* key) {
    bool valid = true;
    const double v = step.value(QLatin1String(key), QStringLiteral("0")).toDouble(&valid);
    ok = ok && valid;
    return v;
  };
  const double fromX = offset(from, "x_0"), fromY = offset(from, "y_0");
  const double toX = offset(to, "x_0"), toY = offset(to, "y_0");
  for (const char* key : {"x_0", "y_0"}) {
    from.remove(QLatin1String(key));
    to.remove(QLatin1String(key));
  }
  if (!ok || from != to || !from.contains(QStringLiteral("proj"))) return false;
  *dx = toX - fromX;
  *dy = toY - fromY;
  return true;
}

}  // namespace

Result<CoordinateTransform> CoordinateTransform::create(const Crs& source, const Crs& destination) {
  if (!source.isValid() || !destination.isValid())
    return Result<CoordinateTransform>::fail(
        QStringLiteral("cannot transform from %1 to %2: %3 CRS is missing")
            .arg(source.description(), destination.description(),
                 source.isValid() ? QStringLiteral("the destination") : QStringLiteral("the source")));
  CoordinateTransform t;
  t.source_ = source;
  t.destination_ = destination;
  if (source == destination) return Result<CoordinateTransform>::ok(t);

  t.identity_ = false;
  t.key_ = operationKey(source, destination);
  PJ* op = ProjContext::cachedOperation(t.key_);
  if (!op) {
    QString error;
    PjPtr created = createOperation(source, destination, &error);
    if (!created) return Result<CoordinateTransform>::fail(error);
    op = ProjContext::insertOperation(t.key_, std::move(created));
  }
  // A null shift between two geographic CRSs (e.g. Xian 1980 -> CGCS2000 degrees) leaves
  // coordinates untouched: skip the work but keep the note.
  const char* pipeline = proj_as_proj_string(ProjContext::get(), op, PJ_PROJ_5, nullptr);
  if (pipeline && qstrcmp(pipeline, "+proj=noop") == 0) t.identity_ = true;
  else if (pipeline) t.shiftOnly_ = shiftOfPipeline(QString::fromUtf8(pipeline), &t.shiftX_, &t.shiftY_);
  t.note_ = describeAccuracy(source, destination);
  return Result<CoordinateTransform>::ok(t);
}

// The calling thread's PROJ operation for this transform, created on the thread's first use.
static PJ* operationFor(std::uint64_t key, const Crs& source, const Crs& destination) {
  if (PJ* op = ProjContext::cachedOperation(key)) return op;
  PjPtr created = createOperation(source, destination, nullptr);
  return created ? ProjContext::insertOperation(key, std::move(created)) : nullptr;
}

// One proj_trans_generic call over a run of interleaved points, in the calling thread's context.
static std::size_t transformRun(std::uint64_t key, const Crs& source, const Crs& destination, double* xy,
                                std::size_t count) {
  PJ* op = operationFor(key, source, destination);
  if (!op) {
    for (std::size_t i = 0; i < 2 * count; ++i) xy[i] = kFailed;
    return count;
  }
  proj_errno_reset(op);
  constexpr std::size_t stride = 2 * sizeof(double);
  proj_trans_generic(op, PJ_FWD, xy, stride, count, xy + 1, stride, count, nullptr, 0, 0, nullptr, 0, 0);
  proj_errno_reset(op);
  std::size_t failed = 0;
  for (std::size_t i = 0; i < count; ++i) {
    double& x = xy[2 * i];
    double& y = xy[2 * i + 1];
    if (!std::isfinite(x) || !std::isfinite(y)) {
      x = y = kFailed;
      ++failed;
    }
  }
  return failed;
}

std::size_t CoordinateTransform::transform(double* xy, std::size_t count) const {
  if (identity_ || count == 0 || !xy) return 0;
  if (shiftOnly_) {
    std::size_t failed = 0;
    for (std::size_t i = 0; i < count; ++i) {
      double& x = xy[2 * i];
      double& y = xy[2 * i + 1];
      x += shiftX_;
      y += shiftY_;
      if (!std::isfinite(x) || !std::isfinite(y)) {
        x = y = kFailed;
        ++failed;
      }
    }
    return failed;
  }
  // PROJ spends 200-400 ns on a Gauss-Krüger point, so big arrays (8 million vertices take ~3 s
  // on one core) are split over the long-lived helper threads. Below this size the hand-off
  // costs more than it saves. Each point is computed alone, so the result is the same.
  constexpr std::size_t kParallelFrom = 1 << 16;
  TransformWorkers& workers = TransformWorkers::instance();
  if (count < kParallelFrom || workers.helperCount() == 0)
    return transformRun(key_, source_, destination_, xy, count);
  const std::size_t chunks = workers.helperCount() + 1;
  std::vector<std::size_t> failed(chunks, 0);
  workers.run(chunks, [&](std::size_t i) {
    const std::size_t begin = count * i / chunks, end = count * (i + 1) / chunks;
    failed[i] = transformRun(key_, source_, destination_, xy + 2 * begin, end - begin);
  });
  std::size_t total = 0;
  for (std::size_t f : failed) total += f;
  return total;
}

bool CoordinateTransform::transformPoint(double& x, double& y) const {
  double xy[2] = {x, y};
  const bool ok = transform(xy, 1) == 0;
  x = xy[0];
  y = xy[1];
  return ok;
}

Result<CoordinateTransform> CoordinateTransform::inverse() const {
  if (!source_.isValid() && !destination_.isValid()) return Result<CoordinateTransform>::ok(*this);
  return create(destination_, source_);
}

Extent CoordinateTransform::transformBounds(const Extent& extent, int densifyPoints) const {
  if (extent.isEmpty() || identity_) return extent;
  if (shiftOnly_)
    return Extent{extent.minX + shiftX_, extent.minY + shiftY_, extent.maxX + shiftX_, extent.maxY + shiftY_};
  PJ* op = operationFor(key_, source_, destination_);
  if (!op) return Extent();
  double minX = 0, minY = 0, maxX = 0, maxY = 0;
  proj_errno_reset(op);
  const int ok = proj_trans_bounds(ProjContext::get(), op, PJ_FWD, extent.minX, extent.minY, extent.maxX,
                                   extent.maxY, &minX, &minY, &maxX, &maxY, densifyPoints);
  proj_errno_reset(op);
  if (!ok) return Extent();
  // A geographic result crossing the antimeridian comes back with minX > maxX; map code wants
  // one rectangle, so widen it to the whole range rather than returning an "empty" extent.
  if (minX > maxX) {
    minX = -180;
    maxX = 180;
  }
  return Extent::fromCorners(minX, minY, maxX, maxY);
}

}  // namespace planmap
