#include "ShapefileChecks.h"

#include "GdalHandles.h"
#include "InputFile.h"

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

bool validShapeType(std::uint32_t type) {
  switch (type) {
    case 0: case 1: case 3: case 5: case 8: case 11: case 13: case 15: case 18: case 21: case 23: case 25: case 28: case 31:
      return true;
    default: return false;
  }
}

// The .dbf's field descriptors (name, length), from the header; empty when it cannot be read.
struct DbfField {
  QString name;
  int length = 0;
};
std::vector<DbfField> dbfFields(const QString& dbf, qint64 headerLength) {
  std::vector<DbfField> fields;
  if (headerLength <= 33 || headerLength > 65535) return fields;
  QByteArray header(qsizetype(headerLength), '\0');
  if (!readAt(dbf, 0, reinterpret_cast<unsigned char*>(header.data()), std::size_t(headerLength))) return fields;
  for (qsizetype at = 32; at + 32 <= header.size() && header[at] != '\r'; at += 32) {
    const QByteArray raw = header.mid(at, 11);
    const qsizetype nul = raw.indexOf('\0');
    fields.push_back({QString::fromLatin1(nul >= 0 ? raw.left(nul) : raw).trimmed(), int(quint8(header[at + 16]))});
  }
  return fields;
}

// Records in the .shp found by following its record headers from byte 100 (at most `limit`).
qint64 countShpRecords(const QString& shp, qint64 length, qint64 limit) {
  qint64 count = 0;
  for (qint64 at = 100; at + 8 <= length && count < limit; ++count) {
    unsigned char header[8];
    if (!readAt(shp, at, header, 8)) break;
    at += 8 + static_cast<qint64>(bigEndian32(header + 4)) * 2;
    if (at > length) break;
  }
  return count;
}

}  // namespace

Status ShapefileChecks::checkRegularFiles(const ShapefileParts& parts) {
  for (const QString* part : {&parts.shp, &parts.shx, &parts.dbf, &parts.prj, &parts.cpg}) {
    if (part->isEmpty() || part->startsWith(QLatin1String("/vsi"))) continue;
    if (Status s = InputFile::check(*part, InputFile::Kind::File); !s) return s;
  }
  return Status::ok();
}

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
  unsigned char typeBytes[4];
  if (readAt(parts.shp, 32, typeBytes, 4)) {
    const std::uint32_t type = typeBytes[0] | (typeBytes[1] << 8) | (typeBytes[2] << 16) | (std::uint32_t(typeBytes[3]) << 24);
    if (!validShapeType(type))
      return Status::fail(QStringLiteral("%1: unknown shape type %2 in the header (valid: 0, 1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28, 31)")
                              .arg(name).arg(type));
  }

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
    // A complete .shp (its header's length is its size) with an index pointing past its end: the
    // .shx is what is wrong (damaged, or from another version of the .shp).
    if (end > shpSize && shpDeclared == shpSize)
      return Status::fail(QStringLiteral("%1: damaged: its last entry points to byte %2 but %3 has only %4 bytes "
                                         "(the index does not belong to this .shp)")
                              .arg(displayFileName(parts.shx)).arg(end).arg(name).arg(shpSize));
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
  {
    int needed = 1;  // the deletion flag
    const std::vector<DbfField> fields = dbfFields(parts.dbf, headerLength);
    for (const DbfField& f : fields) needed += f.length;
    if (!fields.empty() && recordLength < needed)
      return Status::fail(QStringLiteral("%1: damaged: the header says records are %2 bytes but its %3 fields need %4")
                              .arg(dbfName).arg(recordLength).arg(fields.size()).arg(needed));
  }
  if (dbfSize < headerLength + records * recordLength)
    return Status::fail(QStringLiteral("%1: truncated: the header says %2 records of %3 bytes but the file has %4 bytes")
                            .arg(dbfName).arg(records).arg(recordLength).arg(dbfSize));
  if (records != shapes) {
    // The shape count came from the .shx: walk the .shp's own record headers to see which of the
    // two is short, so a cut-off index is blamed on the .shx and not on the .shp.
    const qint64 inShp = countShpRecords(parts.shp, shpDeclared, records + 1);
    if (inShp == records)
      return Status::fail(QStringLiteral("%1: damaged: it indexes %2 shapes but %3 holds %4 (as many as the .dbf's records)")
                              .arg(displayFileName(parts.shx)).arg(shapes).arg(name).arg(inShp));
    return Status::fail(QStringLiteral("%1: .shp has %2 shapes but .dbf has %3 records").arg(name).arg(shapes).arg(records));
  }
  return Status::ok();
}

}  // namespace planmap
