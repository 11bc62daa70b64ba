#include "EncodingDetector.h"

#include "GdalHandles.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <cpl_vsi.h>

namespace planmap {
namespace {

// Enough to decide: Chinese county data either decodes cleanly or fails within a few values.
constexpr std::size_t kMaxNonAsciiValues = 5000;
constexpr std::size_t kMaxRecordsScanned = 200000;
constexpr qint64 kMaxBytesScanned = 64 * 1024 * 1024;

QString fileName(const QString& path) { return QFileInfo(path).fileName(); }

// Reads the DBF header and every character field value of the first records, raw.
struct DbfScan {
  bool ok = false;
  std::uint8_t ldid = 0;
  std::size_t checkedValues = 0;
  std::vector<QByteArray> nonAscii;
  std::vector<bool> fullWidth;
};

bool hasHighBit(const char* p, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (static_cast<unsigned char>(p[i]) >= 0x80) return true;
  return false;
}

DbfScan scanDbf(const QString& dbfPath, bool readValues) {
  DbfScan scan;
  VSILFILE* fp = VSIFOpenL(dbfPath.toUtf8().constData(), "rb");
  if (!fp) return scan;
  std::unique_ptr<VSILFILE, int (*)(VSILFILE*)> guard(fp, &VSIFCloseL);
  unsigned char header[32];
  if (VSIFReadL(header, 1, 32, fp) != 32) return scan;
  scan.ok = true;
  scan.ldid = header[29];
  if (!readValues) return scan;

  const std::uint32_t records = header[4] | (header[5] << 8) | (header[6] << 16) | (std::uint32_t(header[7]) << 24);
  const int headerLength = header[8] | (header[9] << 8);
  const int recordLength = header[10] | (header[11] << 8);
  if (headerLength < 33 || recordLength < 1) return scan;

  struct Field { int offset, width; };
  std::vector<Field> textFields;
  std::vector<char> descriptors(static_cast<std::size_t>(headerLength - 32));
  if (VSIFReadL(descriptors.data(), 1, descriptors.size(), fp) != descriptors.size()) return scan;
  int offset = 1;  // byte 0 of a record is the deletion flag
  for (std::size_t d = 0; d + 32 <= descriptors.size() && descriptors[d] != '\r'; d += 32) {
    const char* desc = descriptors.data() + d;
    const int width = static_cast<unsigned char>(desc[16]);
    // Field names are text too: Chinese field names are common and say as much as the values.
    const QByteArray name(desc, static_cast<int>(qstrnlen(desc, 11)));
    ++scan.checkedValues;
    if (hasHighBit(name.constData(), name.size())) {
      scan.nonAscii.push_back(name);
      scan.fullWidth.push_back(name.size() == 11);
    }
    if (desc[11] == 'C') textFields.push_back({offset, width});
    offset += width;
  }
  if (textFields.empty()) return scan;

  const std::size_t maxRecords = std::min<std::size_t>(
      {records, kMaxRecordsScanned, static_cast<std::size_t>(kMaxBytesScanned / recordLength) + 1});
  const std::size_t chunkRecords = std::max<std::size_t>(1, (1 << 20) / recordLength);
  QByteArray buffer;
  VSIFSeekL(fp, headerLength, SEEK_SET);
  for (std::size_t r0 = 0; r0 < maxRecords && scan.nonAscii.size() < kMaxNonAsciiValues; r0 += chunkRecords) {
    const std::size_t n = std::min(chunkRecords, maxRecords - r0);
    buffer.resize(static_cast<qsizetype>(n * recordLength));
    const std::size_t got = VSIFReadL(buffer.data(), recordLength, n, fp);
    for (std::size_t r = 0; r < got; ++r) {
      const char* rec = buffer.constData() + r * recordLength;
      for (const Field& f : textFields) {
        if (f.offset + f.width > recordLength) continue;
        const char* v = rec + f.offset;
        int len = f.width;
        while (len > 0 && (v[len - 1] == ' ' || v[len - 1] == '\0')) --len;
        if (len == 0) continue;
        ++scan.checkedValues;
        if (hasHighBit(v, len)) {
          scan.nonAscii.emplace_back(v, len);
          scan.fullWidth.push_back(len == f.width);
        }
      }
    }
    if (got < n) break;
  }
  return scan;
}

}  // namespace

QString EncodingDetector::encodingFromCpg(const QString& cpgText) {
  QString t = cpgText.trimmed().toUpper();
  if (t.isEmpty()) return {};
  // "ANSI 936", "OEM 437", "WINDOWS-936", "MS936", "CP936", "936" all name a Windows code page.
  static const QRegularExpression codePage(QStringLiteral("^(?:ANSI|OEM|WINDOWS|MS|CP|IBM)?[ _-]?(\\d{3,5})$"));
  static const QRegularExpression iso8859(QStringLiteral("^(?:ISO)?[ _-]?8859[ _-]?(\\d{1,2})$"));
  if (t == QLatin1String("UTF-8") || t == QLatin1String("UTF8") || t == QLatin1String("65001")) return QStringLiteral("UTF-8");
  if (t == QLatin1String("GBK") || t == QLatin1String("GB2312") || t == QLatin1String("EUC-CN") ||
      t == QLatin1String("GB_2312-80"))
    return QStringLiteral("CP936");  // GB2312-labelled files routinely hold GBK characters; GBK is the superset
  if (t == QLatin1String("GB18030") || t == QLatin1String("54936")) return QStringLiteral("GB18030");
  if (t == QLatin1String("LATIN1") || t == QLatin1String("LATIN-1")) return QStringLiteral("ISO-8859-1");
  if (t == QLatin1String("BIG5") || t == QLatin1String("BIG-5")) return QStringLiteral("CP950");
  if (auto m = iso8859.match(t); m.hasMatch()) return QStringLiteral("ISO-8859-") + m.captured(1);
  if (auto m = codePage.match(t); m.hasMatch()) {
    const int cp = m.captured(1).toInt();
    // 2859x is how some writers spell ISO-8859-x.
    if (cp >= 28591 && cp <= 28599) return QStringLiteral("ISO-8859-%1").arg(cp - 28590);
    if (cp == 65001) return QStringLiteral("UTF-8");
    if (cp == 54936) return QStringLiteral("GB18030");
    if (cp == 20936) return QStringLiteral("CP936");
    return QStringLiteral("CP%1").arg(cp);
  }
  // Other names ("SHIFT_JIS", "EUC-KR", "KOI8-R"): accept what a decoder knows.
  if (QStringDecoder(t.toLatin1().constData()).isValid()) return t;
  return {};
}

QString EncodingDetector::encodingFromLdid(std::uint8_t ldid) {
  // The DBF language driver ids in use (the table GDAL and ArcGIS share); 0x57 means "the
  // current ANSI code page" of whoever wrote the file, i.e. nothing.
  switch (ldid) {
    case 0x01: case 0x09: case 0x0B: case 0x0D: case 0x0F: case 0x11: case 0x15: case 0x18: case 0x19: case 0x1B:
      return QStringLiteral("CP437");
    case 0x02: case 0x0A: case 0x0E: case 0x10: case 0x12: case 0x14: case 0x16: case 0x1A: case 0x1D: case 0x25:
    case 0x37:
      return QStringLiteral("CP850");
    case 0x03: case 0x58: case 0x59: return QStringLiteral("CP1252");
    case 0x04: return QStringLiteral("MACINTOSH");
    case 0x08: case 0x17: case 0x66: return QStringLiteral("CP865");
    case 0x13: case 0x7B: return QStringLiteral("CP932");
    case 0x1C: case 0x6C: return QStringLiteral("CP863");
    case 0x1F: case 0x22: case 0x23: case 0x40: case 0x64: case 0x87: return QStringLiteral("CP852");
    case 0x24: return QStringLiteral("CP860");
    case 0x26: case 0x65: return QStringLiteral("CP866");
    case 0x4D: case 0x7A: return QStringLiteral("CP936");
    case 0x4E: case 0x79: return QStringLiteral("CP949");
    case 0x4F: case 0x78: return QStringLiteral("CP950");
    case 0x50: case 0x7C: return QStringLiteral("CP874");
    case 0x67: return QStringLiteral("CP861");
    case 0x6A: case 0x86: return QStringLiteral("CP737");
    case 0x6B: case 0x88: return QStringLiteral("CP857");
    case 0xC8: return QStringLiteral("CP1250");
    case 0xC9: return QStringLiteral("CP1251");
    case 0xCA: return QStringLiteral("CP1254");
    case 0xCB: return QStringLiteral("CP1253");
    case 0xCC: return QStringLiteral("CP1257");
    default: return {};
  }
}

bool EncodingDetector::isValidUtf8(const QByteArray& bytes, bool allowTruncatedEnd) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
  const std::size_t n = static_cast<std::size_t>(bytes.size());
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    std::size_t len;
    std::uint32_t cp;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return false;
    if (i + len > n) {
      // A writer that cut the value at the field width may have split the last character.
      for (std::size_t k = i + 1; k < n; ++k)
        if ((p[k] & 0xC0) != 0x80) return false;
      return allowTruncatedEnd;
    }
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and out-of-range code points are not UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

bool EncodingDetector::decodesAsGb18030(const QByteArray& bytes, bool* fourByte) {
  QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
  if (!decoder.isValid()) return false;
  // decode() is lazy: only the conversion to QString runs the decoder.
  const QString text = decoder.decode(bytes);
  if (decoder.hasError()) return false;
  if (fourByte) {
    *fourByte = false;
    // A four-byte GB18030 sequence has a digit (0x30-0x39) as its second byte.
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
      if (p[i] < 0x81) continue;
      if (p[i + 1] >= 0x30 && p[i + 1] <= 0x39) { *fourByte = true; break; }
      ++i;  // skip the trail byte of a two-byte character
    }
  }
  return true;
}

EncodingInfo EncodingDetector::detect(const std::vector<QByteArray>& values, const std::vector<bool>& fullWidth,
                                      std::size_t checkedValues, const QString& context) {
  EncodingInfo info;
  info.source = EncodingSource::Detected;
  const std::size_t n = values.size();
  if (n == 0) {
    info.name = QStringLiteral("UTF-8");
    info.note = QStringLiteral("%1; all %2 text values are ASCII, read as UTF-8").arg(context).arg(checkedValues);
    return info;
  }
  std::size_t utf8 = 0, gb = 0;
  bool anyFourByte = false;
  for (std::size_t i = 0; i < n; ++i) {
    const bool cut = i < fullWidth.size() && fullWidth[i];
    if (isValidUtf8(values[i], cut)) ++utf8;
    QByteArray v = values[i];
    bool four = false;
    bool ok = decodesAsGb18030(v, &four);
    if (!ok && cut && v.size() > 1) {
      // A GBK writer cutting at the field width may have left half a character at the end.
      v.chop(1);
      ok = decodesAsGb18030(v, &four);
    }
    if (ok) {
      ++gb;
      anyFourByte = anyFourByte || four;
    }
  }
  const QString counts = QStringLiteral("%1 of %2 non-ASCII values (of %3 text values checked)");
  if (utf8 == n) {
    info.name = QStringLiteral("UTF-8");
    info.note = QStringLiteral("%1; ").arg(context) + counts.arg(utf8).arg(n).arg(checkedValues) +
                QStringLiteral(" are valid UTF-8");
  } else if (gb == n || (gb * 10 >= n * 9 && gb > utf8)) {
    // GBK (CP936) is what Chinese desktop GIS writes; GB18030 only when four-byte characters occur.
    info.name = anyFourByte ? QStringLiteral("GB18030") : QStringLiteral("CP936");
    info.note = QStringLiteral("%1; ").arg(context) + counts.arg(gb).arg(n).arg(checkedValues) +
                QStringLiteral(" decode as GB18030");
  } else if (utf8 * 10 >= n * 9) {
    info.name = QStringLiteral("UTF-8");
    info.note = QStringLiteral("%1; ").arg(context) + counts.arg(utf8).arg(n).arg(checkedValues) +
                QStringLiteral(" are valid UTF-8; the rest may show as replacement characters");
  } else {
    info.name = QStringLiteral("ISO-8859-1");
    info.note = QStringLiteral("%1; of %2 non-ASCII values (of %3 text values checked) %4 are valid UTF-8 and %5 "
                               "decode as GB18030; read as Latin-1")
                    .arg(context).arg(n).arg(checkedValues).arg(utf8).arg(gb);
  }
  return info;
}

namespace {
// dBASE text is one byte per unit (or a multi-byte code page): a .cpg naming UTF-16/32 cannot be right.
bool isWideEncoding(const QString& name) {
  const QString n = name.toUpper();
  return n.startsWith(QLatin1String("UTF-16")) || n.startsWith(QLatin1String("UTF-32")) || n.startsWith(QLatin1String("UCS-")) ||
         n.startsWith(QLatin1String("UTF16")) || n.startsWith(QLatin1String("UTF32")) || n == QLatin1String("CP1200") ||
         n == QLatin1String("CP1201") || n == QLatin1String("CP12000") || n == QLatin1String("CP12001");
}
}  // namespace

EncodingInfo EncodingDetector::forShapefile(const QString& cpgPath, const QString& dbfPath, QString* warning) {
  QString context;
  if (!cpgPath.isEmpty()) {
    QByteArray bytes;
    if (gdal::readVsiFile(cpgPath, bytes, 4096)) {
      const QString text = QString::fromLatin1(bytes).trimmed();
      const QString name = encodingFromCpg(text);
      if (!name.isEmpty() && isWideEncoding(name)) {
        EncodingInfo info = forShapefile(QString(), dbfPath);
        const QString ignored = QStringLiteral("%1 says \"%2\", which a .dbf cannot hold (dBASE text is not UTF-16/32): ignored, "
                                      "the encoding was detected instead (%3)")
                           .arg(fileName(cpgPath), text.left(40), info.name);
        info.note = ignored;
        if (warning) *warning = ignored;
        return info;
      }
      if (!name.isEmpty()) {
        EncodingInfo info;
        info.name = name;
        info.source = EncodingSource::Cpg;
        info.note = QStringLiteral("%1 says \"%2\"").arg(fileName(cpgPath), text);
        return info;
      }
      context = QStringLiteral("%1 says \"%2\", which names no known encoding").arg(fileName(cpgPath), text);
    } else {
      context = QStringLiteral("%1 could not be read").arg(fileName(cpgPath));
    }
  } else {
    context = QStringLiteral("no .cpg");
  }
  if (dbfPath.isEmpty()) {
    EncodingInfo info;
    info.source = EncodingSource::Detected;
    info.note = context + QStringLiteral(" and no .dbf; no text to read");
    return info;
  }
  const DbfScan header = scanDbf(dbfPath, false);
  if (header.ok) {
    const QString name = encodingFromLdid(header.ldid);
    if (!name.isEmpty()) {
      EncodingInfo info;
      info.name = name;
      info.source = EncodingSource::Ldid;
      info.note = context + QStringLiteral("; DBF language driver byte 0x%1 means %2")
                                .arg(header.ldid, 2, 16, QLatin1Char('0')).arg(name);
      return info;
    }
    context += QStringLiteral(" and DBF language byte 0x%1").arg(header.ldid, 2, 16, QLatin1Char('0'));
  }
  const DbfScan scan = scanDbf(dbfPath, true);
  return detect(scan.nonAscii, scan.fullWidth, scan.checkedValues, context);
}

}  // namespace planmap
