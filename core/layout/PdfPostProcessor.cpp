#include "PdfPostProcessor.h"

#include "CoordinateTransform.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <ogr_spatialref.h>
#include <zlib.h>

#include <memory>

namespace planmap {
namespace {

QByteArray num(double v, int decimals = 6) {
  QByteArray s = QByteArray::number(v, 'f', decimals);
  if (s.contains('.')) {
    while (s.endsWith('0')) s.chop(1);
    if (s.endsWith('.')) s.chop(1);
  }
  return s;
}

QByteArray pdfString(const QByteArray& text) {
  QByteArray out = "(";
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

// A read-only view of the classic xref table Qt writes, with object lookup.
class PdfFile {
 public:
  explicit PdfFile(QByteArray data) : data_(std::move(data)) {}

  Status parse() {
    const qsizetype sx = data_.lastIndexOf("startxref");
    if (sx < 0) return Status::fail(QStringLiteral("no startxref"));
    bool ok = false;
    xrefOffset_ = data_.mid(sx + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xrefOffset_ <= 0 || xrefOffset_ >= data_.size()) return Status::fail(QStringLiteral("bad startxref"));
    if (data_.mid(xrefOffset_, 4) != "xref") return Status::fail(QStringLiteral("not a classic xref table"));
    qsizetype pos = xrefOffset_ + 4;
    auto readLine = [&]() {
      while (pos < data_.size() && (data_[pos] == '\n' || data_[pos] == '\r')) ++pos;
      const qsizetype end = data_.indexOf('\n', pos);
      QByteArray line = data_.mid(pos, end - pos).trimmed();
      pos = end + 1;
      return line;
    };
    for (;;) {
      const QByteArray header = readLine();
      if (header.startsWith("trailer")) break;
      const QList<QByteArray> parts = header.split(' ');
      if (parts.size() != 2) return Status::fail(QStringLiteral("bad xref subsection header"));
      const int first = parts[0].toInt(), count = parts[1].toInt();
      for (int i = 0; i < count; ++i) {
        const QByteArray entry = readLine();
        if (entry.endsWith('n')) offsets_.insert(first + i, entry.left(10).toLongLong());
      }
    }
    const qsizetype trailerEnd = data_.indexOf("startxref", pos);
    trailer_ = data_.mid(pos, trailerEnd - pos);
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    const auto m = sizeRe.match(QString::fromLatin1(trailer_));
    if (!m.hasMatch()) return Status::fail(QStringLiteral("trailer without /Size"));
    size_ = m.captured(1).toInt();
    return Status::ok();
  }

  // The text between "N 0 obj" and "endobj".
  QByteArray object(int n) const {
    const qint64 offset = offsets_.value(n, -1);
    if (offset < 0) return {};
    const qsizetype begin = data_.indexOf("obj", offset) + 3;
    const qsizetype end = data_.indexOf("endobj", begin);
    return data_.mid(begin, end - begin).trimmed();
  }
  QList<int> objectNumbers() const { return offsets_.keys(); }
  QByteArray trailerValue(const char* key) const {
    const QRegularExpression re(QStringLiteral("/%1\\s+(\\d+ \\d+ R|\\[[^\\]]*\\])").arg(QLatin1String(key)));
    return re.match(QString::fromLatin1(trailer_)).captured(1).toLatin1();
  }
  int size() const { return size_; }
  qint64 xrefOffset() const { return xrefOffset_; }
  qsizetype fileSize() const { return data_.size(); }

 private:
  QByteArray data_;
  QMap<int, qint64> offsets_;
  QByteArray trailer_;
  qint64 xrefOffset_ = 0;
  int size_ = 0;
};

int refNumber(const QByteArray& dict, const char* key) {
  const QRegularExpression re(QStringLiteral("/%1\\s+\\[?\\s*(\\d+)\\s+0\\s+R").arg(QLatin1String(key)));
  const auto m = re.match(QString::fromLatin1(dict));
  return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QByteArray nameValue(const QByteArray& dict, const char* key) {
  const QRegularExpression re(QStringLiteral("/%1\\s*/([^\\s/<>\\[\\]()]+)").arg(QLatin1String(key)));
  return re.match(QString::fromLatin1(dict)).captured(1).toLatin1();
}

QByteArray replaceName(QByteArray dict, const char* key, const QByteArray& value) {
  const QRegularExpression re(QStringLiteral("/%1\\s*/[^\\s/<>\\[\\]()]+").arg(QLatin1String(key)));
  QString s = QString::fromLatin1(dict);
  s.replace(re, QStringLiteral("/%1 /%2").arg(QLatin1String(key), QString::fromLatin1(value)));
  return s.toLatin1();
}

QByteArray inflate(const QByteArray& in) {
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return {};
  QByteArray out;
  char buffer[16384];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
  z.avail_in = uInt(in.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
  }
  inflateEnd(&z);
  return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray deflate(const QByteArray& in) {
  uLongf size = compressBound(uLong(in.size()));
  QByteArray out(qsizetype(size), Qt::Uninitialized);
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(in.constData()),
                uLong(in.size()), 9) != Z_OK)
    return {};
  out.truncate(qsizetype(size));
  return out;
}

QString fromHexUtf16(const QByteArray& hex) {
  QString s;
  for (qsizetype i = 0; i + 4 <= hex.size(); i += 4) s += QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16)));
  return s;
}

QByteArray toHexUtf16(const QString& s) {
  QByteArray out;
  for (QChar c : s) out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
  return out;
}

// Kangxi radicals, CJK radicals and compatibility ideographs become the unified ideograph they
// stand for (NFKC); a tab becomes a space.
// CJK Radicals Supplement characters have no NFKC mapping; those whose glyph Noto Sans CJK shares
// with a simplified ideograph (so Qt may name the glyph by the radical) map to that ideograph
// (Unicode's EquivalentUnifiedIdeograph.txt).
QChar unifiedForRadical(char16_t u) {
  static const QHash<char16_t, char16_t> table{
      {0x2EDB, u'风'}, {0x2EA0, u'民'}, {0x2ED3, u'长'}, {0x2ED4, u'门'}, {0x2EE2, u'马'}, {0x2EE5, u'鱼'},
      {0x2EDC, u'飞'}, {0x2EDD, u'食'}, {0x2ED8, u'青'}, {0x2EC6, u'角'}, {0x2EC5, u'见'}, {0x2EC9, u'贝'},
      {0x2ECB, u'车'}, {0x2EDA, u'页'}, {0x2EE9, u'黄'}, {0x2EEC, u'齐'}, {0x2EEE, u'齿'}, {0x2EF3, u'龟'},
      {0x2EF0, u'龙'}, {0x2EC4, u'西'}, {0x2E9F, u'母'}, {0x2EE8, u'麦'}, {0x2EE6, u'鸟'}, {0x2EE3, u'骨'},
      {0x2EE4, u'鬼'}, {0x2EC1, u'虎'}, {0x2EA9, u'王'}, {0x2EAE, u'竹'}, {0x2ED7, u'雨'},
      {0x2ED9, u'韦'}, {0x2EC8, u'讠'}, {0x2EE0, u'饣'}};
  const auto it = table.constFind(u);
  return it == table.constEnd() ? QChar(u) : QChar(*it);
}

QString canonical(const QString& text) {
  QString out;
  for (QChar c : text) {
    const char16_t u = c.unicode();
    if (u == 0x09) out += QLatin1Char(' ');
    else if (u >= 0x2E80 && u <= 0x2EFF) out += unifiedForRadical(u);
    else if ((u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF)) out += QString(c).normalized(QString::NormalizationForm_KC);
    else out += c;
  }
  return out;
}

// Parses bfrange/bfchar of a ToUnicode CMap and writes a canonical one of bfchar entries.
QByteArray fixToUnicode(const QByteArray& cmap) {
  QMap<uint, QString> map;
  static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
  const QList<QByteArray> lines = cmap.split('\n');
  enum { None, Range, Char } mode = None;
  for (const QByteArray& raw : lines) {
    const QByteArray line = raw.trimmed();
    if (line.endsWith("beginbfrange")) { mode = Range; continue; }
    if (line.endsWith("beginbfchar")) { mode = Char; continue; }
    if (line.startsWith("endbf")) { mode = None; continue; }
    if (mode == None) continue;
    QList<QByteArray> tokens;
    for (auto it = hex.globalMatch(QString::fromLatin1(line)); it.hasNext();) tokens << it.next().captured(1).toLatin1();
    if (mode == Char && tokens.size() == 2) map.insert(tokens[0].toUInt(nullptr, 16), fromHexUtf16(tokens[1]));
    if (mode == Range && tokens.size() >= 3) {
      const uint lo = tokens[0].toUInt(nullptr, 16), hi = tokens[1].toUInt(nullptr, 16);
      if (line.contains('[')) {
        for (uint c = lo; c <= hi && int(c - lo) + 2 < tokens.size(); ++c) map.insert(c, fromHexUtf16(tokens[int(c - lo) + 2]));
      } else {
        const QString start = fromHexUtf16(tokens[2]);
        for (uint c = lo; c <= hi; ++c) {
          QString v = start;
          if (!v.isEmpty()) v[v.size() - 1] = QChar(char16_t(v.back().unicode() + (c - lo)));
          map.insert(c, v);
        }
      }
    }
  }
  QByteArray out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  QList<uint> cids = map.keys();
  for (qsizetype i = 0; i < cids.size(); i += 100) {
    const qsizetype n = std::min<qsizetype>(100, cids.size() - i);
    out += QByteArray::number(n) + " beginbfchar\n";
    for (qsizetype k = i; k < i + n; ++k) {
      const QString v = canonical(map.value(cids[k]));
      out += "<" + QByteArray::number(cids[k], 16).rightJustified(4, '0').toUpper() + "> <" + toHexUtf16(v) + ">\n";
    }
    out += "endbfchar\n";
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

// The stream bytes of an object ("<<…>> stream … endstream"), decoded when FlateDecode.
QByteArray streamData(const QByteArray& object) {
  qsizetype s = object.indexOf("stream");
  if (s < 0) return {};
  s += 6;
  if (object.mid(s, 2) == "\r\n") s += 2;
  else if (object.at(s) == '\n') s += 1;
  qsizetype e = object.lastIndexOf("endstream");
  QByteArray raw = object.mid(s, e - s);
  while (raw.endsWith('\n') || raw.endsWith('\r')) raw.chop(1);
  return object.left(s).contains("/FlateDecode") ? inflate(raw) : raw;
}

QByteArray wktOf(const Crs& crs) {
  OGRSpatialReference srs;
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (srs.importFromWkt(crs.wkt().toUtf8().constData()) != OGRERR_NONE) return crs.esriWkt().toUtf8();
  char* wkt = nullptr;
  const char* options[] = {"FORMAT=WKT1_GDAL", nullptr};
  if (srs.exportToWkt(&wkt, options) != OGRERR_NONE || !wkt) return crs.esriWkt().toUtf8();
  QByteArray out(wkt);
  CPLFree(wkt);
  return out;
}

Result<QByteArray> viewport(const PdfGeoFrame& frame, double qtPageHeightPt) {
  const double k = 72.0 / 25.4;
  const double x0 = frame.rectMm.left() * k, x1 = frame.rectMm.right() * k;
  const double y0 = qtPageHeightPt - frame.rectMm.bottom() * k, y1 = qtPageHeightPt - frame.rectMm.top() * k;
  const Crs geographic = Crs::fromEpsg(4326);
  auto toGeo = CoordinateTransform::create(frame.crs, geographic);
  if (!toGeo) return Result<QByteArray>::fail(toGeo.error());
  const Extent& e = frame.extent;
  // Corners in LPTS order: bottom-left, top-left, top-right, bottom-right of the BBox.
  const double corners[4][2] = {{e.minX, e.minY}, {e.minX, e.maxY}, {e.maxX, e.maxY}, {e.maxX, e.minY}};
  QByteArray gpts;
  for (const auto& c : corners) {
    double x = c[0], y = c[1];
    if (!toGeo->transformPoint(x, y))
      return Result<QByteArray>::fail(QStringLiteral("frame %1: corner (%2, %3) cannot be transformed to lon/lat").arg(frame.name).arg(c[0]).arg(c[1]));
    gpts += num(y, 9) + ' ' + num(x, 9) + ' ';
  }
  const QByteArray type = frame.crs.isGeographic() ? "GEOGCS" : "PROJCS";
  QByteArray gcs = "<< /Type /" + type + " /WKT " + pdfString(wktOf(frame.crs));
  if (frame.crs.epsg() > 0) gcs += " /EPSG " + QByteArray::number(frame.crs.epsg());
  gcs += " >>";
  QByteArray vp = "<< /Type /Viewport /Name " + pdfString(frame.name.toUtf8()) + " /BBox [" + num(x0, 4) + ' ' + num(y0, 4) + ' ' +
                  num(x1, 4) + ' ' + num(y1, 4) + "] /Measure << /Type /Measure /Subtype /GEO /Bounds [0 0 0 1 1 1 1 0] /GPTS [" +
                  gpts.trimmed() + "] /LPTS [0 0 0 1 1 1 1 0] /GCS " + gcs + " /PDU [/KM /SQKM /DEG] >> >>";
  return Result<QByteArray>::ok(vp);
}

}  // namespace

Status PdfPostProcessor::apply(const QString& path, const std::vector<PdfPageInfo>& pages) {
  QFile file(path);
  if (!file.open(QIODevice::ReadWrite)) return Status::fail(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
  PdfFile pdf(file.readAll());
  if (Status s = pdf.parse(); !s) return Status::fail(QStringLiteral("%1: cannot read the PDF Qt wrote: %2").arg(path, s.error()));

  QMap<int, QByteArray> changed;  // object number → new body (without "N 0 obj"/"endobj")

  // Pages, in /Kids order.
  const int catalog = pdf.trailerValue("Root").split(' ').value(0).toInt();
  const int pagesRoot = refNumber(pdf.object(catalog), "Pages");
  const QByteArray pagesDict = pdf.object(pagesRoot);
  QList<int> kids;
  {
    const qsizetype k = pagesDict.indexOf("/Kids");
    const QByteArray list = pagesDict.mid(k, pagesDict.indexOf(']', k) - k);
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
    for (auto it = ref.globalMatch(QString::fromLatin1(list)); it.hasNext();) kids << it.next().captured(1).toInt();
  }
  if (kids.size() != int(pages.size()))
    return Status::fail(QStringLiteral("%1: the PDF has %2 pages, expected %3").arg(path).arg(kids.size()).arg(pages.size()));
  static const QRegularExpression mediaRe(QStringLiteral("/MediaBox\\s*\\[([^\\]]*)\\]"));
  for (qsizetype i = 0; i < kids.size(); ++i) {
    QByteArray dict = pdf.object(kids[i]);
    const auto m = mediaRe.match(QString::fromLatin1(dict));
    const QStringList box = m.captured(1).simplified().split(QLatin1Char(' '));
    const double qtHeight = box.value(3).toDouble();
    const PdfPageInfo& page = pages[std::size_t(i)];
    QString text = QString::fromLatin1(dict);
    text.replace(mediaRe, QStringLiteral("/MediaBox [0 0 %1 %2]").arg(QString::fromLatin1(num(page.sizePt.width(), 3)),
                                                                       QString::fromLatin1(num(page.sizePt.height(), 3))));
    dict = text.toLatin1();
    if (!page.frames.empty()) {
      QByteArray vps = "/VP [";
      for (const PdfGeoFrame& frame : page.frames) {
        auto vp = viewport(frame, qtHeight);
        if (!vp) return Status::fail(QStringLiteral("%1: %2").arg(path, vp.error()));
        vps += vp.value() + ' ';
      }
      vps += "]\n";
      const qsizetype end = dict.lastIndexOf(">>");
      dict.insert(end, vps);
    }
    changed.insert(kids[i], dict);
  }

  // Fonts: subset tags and canonical ToUnicode maps.
  int nextObject = pdf.size();
  QMap<int, QByteArray> renamed;  // CIDFont object → its tagged name
  const QList<int> numbers = pdf.objectNumbers();
  for (int n : numbers) {
    const QByteArray o = pdf.object(n);
    if (!o.contains("/CIDFontType2") && !o.contains("/CIDFontType0")) continue;
    const QByteArray descriptorName = nameValue(pdf.object(refNumber(o, "FontDescriptor")), "FontName");
    const QByteArray base = nameValue(o, "BaseFont");
    if (descriptorName.contains('+') && !base.contains('+')) {
      changed.insert(n, replaceName(o, "BaseFont", descriptorName));
      renamed.insert(n, descriptorName);
    }
  }
  for (int n : numbers) {
    const QByteArray o = pdf.object(n);
    if (!o.contains("/Type0")) continue;
    QByteArray dict = o;
    const int descendant = refNumber(o, "DescendantFonts");
    if (renamed.contains(descendant)) dict = replaceName(dict, "BaseFont", renamed.value(descendant));
    const int toUnicode = refNumber(o, "ToUnicode");
    if (toUnicode > 0) {
      const QByteArray cmap = streamData(pdf.object(toUnicode));
      if (!cmap.isEmpty()) {
        const QByteArray packed = deflate(fixToUnicode(cmap));
        const int fresh = nextObject++;
        changed.insert(fresh, "<< /Length " + QByteArray::number(packed.size()) + " /Filter /FlateDecode >>\nstream\n" + packed +
                                  "\nendstream");
        QString t = QString::fromLatin1(dict);
        t.replace(QRegularExpression(QStringLiteral("/ToUnicode\\s+\\d+\\s+0\\s+R")), QStringLiteral("/ToUnicode %1 0 R").arg(fresh));
        dict = t.toLatin1();
      }
    }
    if (dict != o) changed.insert(n, dict);
  }

  // The update: objects, xref with one subsection per object, trailer pointing back with /Prev.
  QByteArray update = "\n";
  QMap<int, qint64> offsets;
  for (auto it = changed.begin(); it != changed.end(); ++it) {
    offsets.insert(it.key(), pdf.fileSize() + update.size());
    update += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
  }
  const qint64 xref = pdf.fileSize() + update.size();
  update += "xref\n0 1\n0000000000 65535 f \n";
  for (auto it = offsets.begin(); it != offsets.end(); ++it)
    update += QByteArray::number(it.key()) + " 1\n" + QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
  update += "trailer\n<< /Size " + QByteArray::number(std::max(nextObject, pdf.size())) + " /Root " + pdf.trailerValue("Root");
  if (const QByteArray info = pdf.trailerValue("Info"); !info.isEmpty()) update += " /Info " + info;
  if (const QByteArray id = pdf.trailerValue("ID"); !id.isEmpty()) update += " /ID " + id;
  update += " /Prev " + QByteArray::number(pdf.xrefOffset()) + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
  file.seek(file.size());
  if (file.write(update) != update.size() || !file.flush())
    return Status::fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
  return Status::ok();
}

}  // namespace planmap
