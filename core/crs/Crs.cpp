#include "Crs.h"

#include "ProjContext.h"
#include "InputFile.h"

#include <cpl_error.h>
#include <ogr_spatialref.h>
#include <proj.h>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace planmap {

class CrsData : public QSharedData {
 public:
  bool valid = false;
  int epsg = 0;
  bool geographic = false;
  QString wkt;  // WKT2:2019, the identity
  QString name;
  QString datum;
};

namespace {

// proj_identify() confidence: 100 = same name and equivalent, 90 = equivalent with a near name,
// 70 = equivalent (same datum, projection and axes) under another name, 25 = merely similar.
// Anything from 70 up describes the same coordinates, so it may carry the EPSG code.
constexpr int kIdentifyConfidence = 70;
// Parsed definitions are cached: identifying a projected CRS scans PROJ's database (tens of ms),
// and a project may open many files sharing one .prj.
constexpr int kMaxCachedDefinitions = 256;

QMutex& cacheMutex() {
  static QMutex mutex;
  return mutex;
}
QHash<int, Crs>& epsgCache() {
  static QHash<int, Crs> cache;
  return cache;
}
QHash<QString, Crs>& definitionCache() {
  static QHash<QString, Crs> cache;
  return cache;
}

bool isGeographicType(PJ_TYPE type) {
  return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
}

int epsgOfId(const PJ* pj) {
  const char* auth = proj_get_id_auth_name(pj, 0);
  const char* code = proj_get_id_code(pj, 0);
  if (auth && code && qstrcmp(auth, "EPSG") == 0) return QByteArray(code).toInt();
  return 0;
}

bool looksLikeCrsText(const QString& text) {
  static const QRegularExpression shape(
      QStringLiteral("^(?:[A-Z][A-Z0-9_]*\\s*[\\[(]|\\+?proj\\s*=|\\+init\\s*=|[A-Za-z][A-Za-z0-9_-]*\\s*:\\s*[0-9A-Za-z_.-]+$|urn:ogc:|\\{)"),
      QRegularExpression::CaseInsensitiveOption);
  return shape.match(text).hasMatch();
}

QString shortened(const QString& text) {
  QString flat = text.simplified();
  return flat.size() > 60 ? flat.left(57) + QStringLiteral("...") : flat;
}

}  // namespace

// Builds the value from a PROJ CRS object of the calling thread's context. When the object has
// no EPSG id but is equivalent to an EPSG entry (e.g. an ArcGIS .prj), the EPSG entry replaces
// it, so that a .prj for "CGCS2000_3_Degree_GK_CM_108E" and fromEpsg(4545) compare equal and
// report the EPSG name.
struct CrsFactory {
  static Crs fromPj(PjPtr pj, bool identify);
};

Crs CrsFactory::fromPj(PjPtr pj, bool identify) {
  PJ_CONTEXT* ctx = ProjContext::get();
  const PJ_TYPE type = proj_get_type(pj.get());
  PjPtr horizontal;  // what describes the coordinates; a BoundCRS only adds a datum shift
  if (type == PJ_TYPE_BOUND_CRS) horizontal.reset(proj_get_source_crs(ctx, pj.get()));

  int epsg = epsgOfId(horizontal ? horizontal.get() : pj.get());
  QString matchName;
  if (epsg == 0 && identify) {
    const PJ* subject = horizontal ? horizontal.get() : pj.get();
    int* confidence = nullptr;
    PJ_OBJ_LIST* matches = proj_identify(ctx, subject, "EPSG", nullptr, &confidence);
    if (matches) {
      // Sorted by decreasing confidence.
      if (proj_list_get_count(matches) > 0 && confidence && confidence[0] >= kIdentifyConfidence) {
        PjPtr match(proj_list_get(ctx, matches, 0));
        epsg = match ? epsgOfId(match.get()) : 0;
        if (epsg != 0) matchName = QString::fromUtf8(proj_get_name(match.get()));
        if (epsg != 0 && !horizontal) pj = std::move(match);
      }
      proj_int_list_destroy(confidence);
      proj_list_destroy(matches);
    }
  }

  const PJ* describing = horizontal ? horizontal.get() : pj.get();
  const char* wkt = proj_as_wkt(ctx, pj.get(), PJ_WKT2_2019, nullptr);
  if (!wkt) return Crs();
  // PROJ strings yield the name "unknown"; the identified entry's name says more.
  QString name = QString::fromUtf8(proj_get_name(describing));
  if ((name.isEmpty() || name == QLatin1String("unknown")) && !matchName.isEmpty()) name = matchName;
  Crs crs;
  crs.setData(wkt, name, epsg,
              isGeographicType(proj_get_type(describing)), [&] {
                PjPtr datum(proj_crs_get_horizontal_datum(ctx, describing));
                return datum ? QString::fromUtf8(proj_get_name(datum.get())) : QString();
              }());
  return crs;
}

void Crs::setData(const QString& wkt, const QString& name, int epsg, bool geographic,
                  const QString& datum) {
  d->valid = true;
  d->wkt = wkt;
  d->name = name;
  d->epsg = epsg;
  d->geographic = geographic;
  d->datum = datum;
}

Crs::Crs() : d(new CrsData) {}
Crs::~Crs() = default;
Crs::Crs(const Crs&) = default;
Crs& Crs::operator=(const Crs&) = default;

Result<Crs> Crs::parseEpsg(int code) {
  {
    QMutexLocker lock(&cacheMutex());
    auto it = epsgCache().constFind(code);
    if (it != epsgCache().constEnd()) return Result<Crs>::ok(*it);
  }
  PJ_CONTEXT* ctx = ProjContext::get();
  ProjContext::clearLastError();
  const QByteArray codeText = QByteArray::number(code);
  PjPtr pj(proj_create_from_database(ctx, "EPSG", codeText.constData(), PJ_CATEGORY_CRS, 0, nullptr));
  if (!pj) return Result<Crs>::fail(QStringLiteral("EPSG:%1 is not a CRS known to PROJ").arg(code));
  Crs crs = CrsFactory::fromPj(std::move(pj), false);
  if (!crs.isValid()) return Result<Crs>::fail(QStringLiteral("EPSG:%1 cannot be written as WKT2").arg(code));
  QMutexLocker lock(&cacheMutex());
  epsgCache().insert(code, crs);
  return Result<Crs>::ok(crs);
}

Crs Crs::fromEpsg(int code) {
  auto result = parseEpsg(code);
  return result ? result.value() : Crs();
}

// GDAL accepts a few spellings PROJ does not (and repairs some broken ESRI WKT); it is only the
// fallback. Files and URLs are refused so that a definition never triggers I/O.
static QByteArray wkt2ViaGdal(const QByteArray& definition) {
  // GDAL would print its complaints about the text to stderr; the caller reports PROJ's instead.
  CPLErrorStateBackuper keepCallersError;
  CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
  OGRSpatialReference srs;
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const char* const options[] = {"ALLOW_NETWORK_ACCESS=NO", "ALLOW_FILE_ACCESS=NO", nullptr};
  if (srs.SetFromUserInput(definition.constData(), options) != OGRERR_NONE) return {};
  char* wkt = nullptr;
  const char* const exportOptions[] = {"FORMAT=WKT2_2019", nullptr};
  if (srs.exportToWkt(&wkt, exportOptions) != OGRERR_NONE || !wkt) {
    CPLFree(wkt);
    return {};
  }
  QByteArray out(wkt);
  CPLFree(wkt);
  return out;
}

Result<Crs> Crs::parse(const QString& definition) {
  QString text = definition.trimmed();
  if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
  if (text.isEmpty()) return Result<Crs>::fail(QStringLiteral("empty CRS definition"));

  static const QRegularExpression epsgPattern(QStringLiteral("^(?:EPSG\\s*:\\s*)?(\\d{4,6})$"),
                                              QRegularExpression::CaseInsensitiveOption);
  const auto epsgMatch = epsgPattern.match(text);
  if (epsgMatch.hasMatch()) return parseEpsg(epsgMatch.captured(1).toInt());

  {
    QMutexLocker lock(&cacheMutex());
    auto it = definitionCache().constFind(text);
    if (it != definitionCache().constEnd()) return Result<Crs>::ok(*it);
  }

  QByteArray input = text.toUtf8();
  // A PROJ string describes an operation unless it says it is a CRS.
  if ((input.startsWith('+') || input.startsWith("proj=")) && !input.contains("type=crs"))
    input += " +type=crs";

  PJ_CONTEXT* ctx = ProjContext::get();
  ProjContext::clearLastError();
  PjPtr pj(proj_create(ctx, input.constData()));
  QString projError = ProjContext::lastError();
  if (pj && !proj_is_crs(pj.get())) {
    projError = QStringLiteral("it describes a coordinate operation, not a CRS");
    pj.reset();
  }
  if (!pj) {
    const QByteArray wkt2 = wkt2ViaGdal(input);
    if (!wkt2.isEmpty()) pj.reset(proj_create(ctx, wkt2.constData()));
  }
  if (!pj || !proj_is_crs(pj.get())) {
    if (projError.isEmpty()) projError = QStringLiteral("unrecognised format");
    // Quoted only when it looks like a CRS: a .prj that is really some other file (a symlink to
    // ~/.pgpass) must not have its contents printed.
    if (!looksLikeCrsText(text))
      return Result<Crs>::fail(QStringLiteral("not a CRS definition (neither WKT, a PROJ string nor an authority code; %1 characters, not shown)")
                                   .arg(text.size()));
    return Result<Crs>::fail(QStringLiteral("not a CRS definition (%1): \"%2\"").arg(projError, shortened(text)));
  }
  Crs crs = CrsFactory::fromPj(std::move(pj), true);
  if (!crs.isValid())
    return Result<Crs>::fail(QStringLiteral("CRS cannot be written as WKT2: \"%1\"").arg(shortened(text)));

  QMutexLocker lock(&cacheMutex());
  if (definitionCache().size() >= kMaxCachedDefinitions) definitionCache().clear();
  definitionCache().insert(text, crs);
  return Result<Crs>::ok(crs);
}

Crs Crs::fromUserInput(const QString& definition) {
  auto result = parse(definition);
  return result ? result.value() : Crs();
}

Result<Crs> Crs::readPrjFile(const QString& path) {
  // Real .prj files are one line of WKT; anything much larger is not one.
  auto read = InputFile::readAll(path, 1 << 20, QStringLiteral(".prj file"));
  if (!read) return Result<Crs>::fail(read.error());
  const QByteArray& bytes = read.value();
  const QString text = QString::fromUtf8(bytes).trimmed();
  if (text.isEmpty()) return Result<Crs>::fail(QStringLiteral("%1: the file is empty").arg(path));
  auto result = parse(text);
  if (!result) return Result<Crs>::fail(QStringLiteral("%1: %2").arg(path, result.error()));
  return result;
}

Crs Crs::fromPrjFile(const QString& path, QString* error) {
  auto result = readPrjFile(path);
  if (!result) {
    if (error) *error = result.error();
    return Crs();
  }
  if (error) error->clear();
  return result.value();
}

bool Crs::isValid() const { return d->valid; }
int Crs::epsg() const { return d->epsg; }
QString Crs::authId() const { return d->epsg ? QStringLiteral("EPSG:%1").arg(d->epsg) : QString(); }
QString Crs::name() const { return d->name; }
QString Crs::wkt() const { return d->wkt; }
bool Crs::isGeographic() const { return d->geographic; }
QString Crs::datumName() const { return d->datum; }

QString Crs::description() const {
  if (!d->valid) return QStringLiteral("(no CRS)");
  return d->epsg ? QStringLiteral("EPSG:%1 %2").arg(d->epsg).arg(d->name) : d->name;
}

// Rarely needed, so not stored: re-created from the WKT in the calling thread's context.
static QString exportAs(const QString& wkt, PJ_WKT_TYPE wktType, bool json) {
  if (wkt.isEmpty()) return {};
  PJ_CONTEXT* ctx = ProjContext::get();
  PjPtr pj(proj_create(ctx, wkt.toUtf8().constData()));
  if (!pj) return {};
  const char* text = json ? proj_as_projjson(ctx, pj.get(), nullptr)
                          : proj_as_wkt(ctx, pj.get(), wktType, nullptr);
  return text ? QString::fromUtf8(text) : QString();
}

QString Crs::projJson() const { return exportAs(d->wkt, PJ_WKT2_2019, true); }
QString Crs::esriWkt() const { return exportAs(d->wkt, PJ_WKT1_ESRI, false); }

bool Crs::operator==(const Crs& other) const {
  if (d == other.d) return true;
  if (d->valid != other.d->valid) return false;
  return !d->valid || d->wkt == other.d->wkt;
}

}  // namespace planmap
