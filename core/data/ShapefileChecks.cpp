#include "ShapefileChecks.h"

#include "GdalHandles.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <cpl_vsi.h>

namespace planmap {
namespace {

QString sibling(const QString& shpPath, const char* ext) {
  const QString base = shpPath.left(shpPath.size() - 4);
  const QString lower = base + QLatin1Char('.') + QLatin1String(ext);
  if (gdal::vsiFileSize(lower) >= 0) return lower;
  const QString upper = base + QLatin1Char('.') + QString::fromLatin1(ext).toUpper();
  if (gdal::vsiFileSize(upper) >= 0) return upper;
  return {};
}

// Reads `n` bytes at `offset`; false if the file is shorter.
bool readAt(const QString& path, qint64 offset, unsigned char* out, std::size_t n) {
  VSILFILE* fp = VSIFOpenL(path.toUtf8().constData(), "rb");
  if (!fp) return false;
  std::unique_ptr<VSILFILE, int (*)(VSILFILE*)> guard(fp, &VSIFCloseL);
  if (VSIFSeekL(fp, static_cast<vsi_l_offset>(offset), SEEK_SET) != 0) return false;
  return VSIFReadL(out, 1, n, fp) == n;
}

std::uint32_t bigEndian32(const unsigned char* p) {
  return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

// The shared 100-byte header of .shp and .shx: file code 9994, length in 16-bit words.
Status checkShapeHeader(const QString& path, qint64 size, qint64* declaredBytes) {
  const QString name = displayFileName(path);
  if (size == 0) return Status::fail(QStringLiteral("%1: the file is empty (0 bytes)").arg(name));
  unsigned char code[4];
  if (size >= 4 && readAt(path, 0, code, 4) && bigEndian32(code) != 9994)
    return Status::fail(QStringLiteral("%1: not a shapefile (the header does not start with file code 9994)").arg(name));
  if (size < 100)
    return Status::fail(QStringLiteral("%1: truncated (%2 bytes, shorter than the 100-byte header)").arg(name).arg(size));
  unsigned char header[100];
  if (!readAt(path, 0, header, 100)) return Status::fail(QStringLiteral("%1: cannot be read").arg(name));
  if (bigEndian32(header) != 9994)
    return Status::fail(QStringLiteral("%1: not a shapefile (the header does not start with file code 9994)").arg(name));
  *declaredBytes = static_cast<qint64>(bigEndian32(header + 24)) * 2;
  if (size < *declaredBytes)
    return Status::fail(QStringLiteral("%1: truncated: the header says %2 bytes but the file has %3")
                            .arg(name).arg(*declaredBytes).arg(size));
  return Status::ok();
}

}  // namespace

QString displayFileName(const QString& path) {
  // Connection strings ("PG:host=… password=…") are named without their secrets.
  static const QRegularExpression connection(QStringLiteral("^[A-Za-z][A-Za-z0-9_]+:"));
  if (connection.match(path).hasMatch() && !QFileInfo::exists(path)) {
    QString redacted = path;
    redacted.replace(QRegularExpression(QStringLiteral("password\\s*=\\s*('[^']*'|\\S+)"),
                                        QRegularExpression::CaseInsensitiveOption),
                     QStringLiteral("password=***"));
    return redacted;
  }
  static const QLatin1String zip("/vsizip/");
  if (path.startsWith(zip)) {
    // /vsizip//abs/path/archive.zip/inner/file.shp -> archive.zip/inner/file.shp
    const QString rest = path.mid(zip.size());
    const int z = rest.indexOf(QLatin1String(".zip"), 0, Qt::CaseInsensitive);
    if (z >= 0) {
      const QString archive = QFileInfo(rest.left(z + 4)).fileName();
      return archive + rest.mid(z + 4);
    }
  }
  const QString name = QFileInfo(path).fileName();
  return name.isEmpty() ? path : name;
}

ShapefileParts ShapefileChecks::locate(const QString& shpPath) {
  ShapefileParts parts;
  parts.shp = shpPath;
  parts.shx = sibling(shpPath, "shx");
  parts.dbf = sibling(shpPath, "dbf");
  parts.prj = sibling(shpPath, "prj");
  parts.cpg = sibling(shpPath, "cpg");
  parts.displayName = displayFileName(shpPath);
  return parts;
}

Status ShapefileChecks::check(const ShapefileParts& parts) {
  const QString& name = parts.displayName;
  const qint64 shpSize = gdal::vsiFileSize(parts.shp);
  if (shpSize < 0) return Status::fail(QStringLiteral("%1: file not found").arg(name));
  qint64 shpDeclared = 0;
  if (Status s = checkShapeHeader(parts.shp, shpSize, &shpDeclared); !s) return s;

  if (parts.shx.isEmpty())
    return Status::fail(QStringLiteral("%1: the .shx index file is missing (it must sit next to the .shp)").arg(name));
  const qint64 shxSize = gdal::vsiFileSize(parts.shx);
  qint64 shxDeclared = 0;
  if (Status s = checkShapeHeader(parts.shx, shxSize, &shxDeclared); !s) return s;
  if ((shxSize - 100) % 8 != 0 && shxSize == shxDeclared)
    return Status::fail(QStringLiteral("%1: damaged: its size is not 100 + 8 bytes per shape").arg(displayFileName(parts.shx)));
  const qint64 shapes = (shxDeclared - 100) / 8;

  // The last shape's record must lie inside the .shp; a .shp cut short (copy interrupted,
  // e-mail size limit) shows up here even when its header was written first.
  if (shapes > 0) {
    unsigned char last[8];
    if (!readAt(parts.shx, 100 + (shapes - 1) * 8, last, 8))
      return Status::fail(QStringLiteral("%1: cannot be read").arg(displayFileName(parts.shx)));
    const qint64 end = static_cast<qint64>(bigEndian32(last)) * 2 + 8 + static_cast<qint64>(bigEndian32(last + 4)) * 2;
    if (end > shpSize)
      return Status::fail(QStringLiteral("%1: truncated: the last of %2 shapes ends at byte %3 but the file has %4 bytes")
                              .arg(name).arg(shapes).arg(end).arg(shpSize));
  }

  if (parts.dbf.isEmpty()) return Status::ok();  // geometry only; GDAL reads it without attributes
  const QString dbfName = displayFileName(parts.dbf);
  const qint64 dbfSize = gdal::vsiFileSize(parts.dbf);
  if (dbfSize == 0) return Status::fail(QStringLiteral("%1: the file is empty (0 bytes)").arg(dbfName));
  unsigned char header[32];
  if (dbfSize < 32 || !readAt(parts.dbf, 0, header, 32))
    return Status::fail(QStringLiteral("%1: truncated (%2 bytes, shorter than the 32-byte header)").arg(dbfName).arg(dbfSize));
  const qint64 records = header[4] | (header[5] << 8) | (header[6] << 16) | (qint64(header[7]) << 24);
  const qint64 headerLength = header[8] | (header[9] << 8);
  const qint64 recordLength = header[10] | (header[11] << 8);
  if (headerLength < 33 || recordLength < 1)
    return Status::fail(QStringLiteral("%1: not a dBASE file (header length %2, record length %3)")
                            .arg(dbfName).arg(headerLength).arg(recordLength));
  if (dbfSize < headerLength + records * recordLength)
    return Status::fail(QStringLiteral("%1: truncated: the header says %2 records of %3 bytes but the file has %4 bytes")
                            .arg(dbfName).arg(records).arg(recordLength).arg(dbfSize));
  if (records != shapes)
    return Status::fail(QStringLiteral("%1: .shp has %2 shapes but .dbf has %3 records").arg(name).arg(shapes).arg(records));
  return Status::ok();
}

}  // namespace planmap
