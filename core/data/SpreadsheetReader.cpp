#include "SpreadsheetReader.h"

#include "EncodingDetector.h"
#include "GdalHandles.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QStringDecoder>
#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <optional>
#include <string>
#include <vector>

namespace planmap {

QString spreadsheetColumnLetter(int index) {
  QString letters;
  for (int n = index + 1; n > 0; n = (n - 1) / 26) letters.prepend(QChar(u'A' + (n - 1) % 26));
  return letters;
}

namespace {

QString fileName(const QString& path) { return QFileInfo(path).fileName(); }

// A UTF-8 copy of a CSV file in /vsimem/, removed when this goes out of scope.
class MemFile {
 public:
  MemFile() {
    static QAtomicInt counter;
    path_ = QStringLiteral("/vsimem/planmap_progress_%1_%2.csv").arg(quintptr(this)).arg(counter.fetchAndAddRelaxed(1));
  }
  ~MemFile() { VSIUnlink(path_.toUtf8().constData()); }
  MemFile(const MemFile&) = delete;
  MemFile& operator=(const MemFile&) = delete;
  bool write(const QByteArray& bytes) {
    VSILFILE* fp = VSIFOpenL(path_.toUtf8().constData(), "wb");
    if (!fp) return false;
    const bool ok = VSIFWriteL(bytes.constData(), 1, size_t(bytes.size()), fp) == size_t(bytes.size());
    return VSIFCloseL(fp) == 0 && ok;
  }
  const QString& path() const { return path_; }

 private:
  QString path_;
};

// Decides the CSV's encoding and returns its text as UTF-8 without BOM.
Result<QByteArray> csvAsUtf8(const QString& path, QString* encoding) {
  QByteArray bytes;
  if (gdal::vsiFileSize(path) > SpreadsheetReader::kMaxCsvBytes)
    return Result<QByteArray>::fail(QStringLiteral("%1: larger than %2 MB; split it").arg(fileName(path)).arg(SpreadsheetReader::kMaxCsvBytes >> 20));
  if (!gdal::readVsiFile(path, bytes, SpreadsheetReader::kMaxCsvBytes))
    return Result<QByteArray>::fail(QStringLiteral("%1: cannot be read").arg(fileName(path)));
  if (bytes.startsWith("\xEF\xBB\xBF")) {
    *encoding = QStringLiteral("UTF-8 (BOM)");
    bytes.remove(0, 3);
    if (!EncodingDetector::isValidUtf8(bytes, false))
      return Result<QByteArray>::fail(QStringLiteral("%1: starts with a UTF-8 byte order mark but is not valid UTF-8").arg(fileName(path)));
    return Result<QByteArray>::ok(bytes);
  }
  if (EncodingDetector::isValidUtf8(bytes, false)) {
    *encoding = QStringLiteral("UTF-8");
    return Result<QByteArray>::ok(bytes);
  }
  // GBK is a subset of GB18030; Excel's "CSV" on a Chinese Windows writes GBK (code page 936).
  if (!EncodingDetector::decodesAsGb18030(bytes))
    return Result<QByteArray>::fail(
        QStringLiteral("%1: the text is neither UTF-8 nor GBK/GB18030; save it as \"CSV UTF-8\"").arg(fileName(path)));
  *encoding = QStringLiteral("GB18030");
  QStringDecoder decode("GB18030");
  return Result<QByteArray>::ok(QString(decode(bytes)).toUtf8());
}

// GDAL 3.6's XLSX and ODS drivers take their header and type choices from configuration options
// only (no open options yet); set them for this thread while the file is open and read.
class ThreadConfig {
 public:
  void set(const char* key, const char* value) {
    const char* old = CPLGetThreadLocalConfigOption(key, nullptr);
    saved_.push_back({key, old ? std::optional<std::string>(old) : std::nullopt});
    CPLSetThreadLocalConfigOption(key, value);
  }
  ~ThreadConfig() {
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it)
      CPLSetThreadLocalConfigOption(it->first, it->second ? it->second->c_str() : nullptr);
  }

 private:
  std::vector<std::pair<const char*, std::optional<std::string>>> saved_;
};

SpreadsheetSheet readLayer(OGRLayer& layer, const QString& path, bool* tooLarge) {
  SpreadsheetSheet sheet;
  sheet.name = QString::fromUtf8(layer.GetName());
  const int fields = layer.GetLayerDefn()->GetFieldCount();
  int sequential = 0;
  layer.ResetReading();
  for (gdal::FeaturePtr f(layer.GetNextFeature()); f; f.reset(layer.GetNextFeature())) {
    ++sequential;
    QStringList cells;
    cells.reserve(fields);
    for (int i = 0; i < fields; ++i)
      cells << (f->IsFieldSetAndNotNull(i) ? QString::fromUtf8(f->GetFieldAsString(i)).trimmed() : QString());
    while (!cells.isEmpty() && cells.last().isEmpty()) cells.removeLast();
    // XLSX/ODS number features by row (gaps for empty rows included) when no header is taken;
    // trust that over counting so a message names the row the planner sees.
    const GIntBig fid = f->GetFID();
    const int row = fid > 0 && fid >= sequential ? int(fid) : sequential;
    sequential = row;
    if (cells.isEmpty()) continue;
    if (int(sheet.rows.size()) >= SpreadsheetReader::kMaxRows) {
      *tooLarge = true;
      break;
    }
    sheet.rows.push_back(std::move(cells));
    sheet.rowNumbers.push_back(row);
  }
  Q_UNUSED(path);
  return sheet;
}

}  // namespace

Result<SpreadsheetTable> SpreadsheetReader::read(const QString& path, const QString& sheetName) {
  gdal::ensureRegistered();
  SpreadsheetTable table;
  table.path = path;
  const QString suffix = QFileInfo(path).suffix().toLower();
  QStringList options;
  QString openPath = path;
  MemFile mem;
  ThreadConfig config;  // outlives the dataset below: the drivers parse lazily
  if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
    table.format = QStringLiteral("XLSX");
    config.set("OGR_XLSX_HEADERS", "DISABLE");
    config.set("OGR_XLSX_FIELD_TYPES", "STRING");
  } else if (suffix == QLatin1String("ods")) {
    table.format = QStringLiteral("ODS");
    config.set("OGR_ODS_HEADERS", "DISABLE");
    config.set("OGR_ODS_FIELD_TYPES", "STRING");
  } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) {
    table.format = QStringLiteral("CSV");
    if (gdal::vsiFileSize(path) < 0) return Result<SpreadsheetTable>::fail(QStringLiteral("%1: no such file").arg(fileName(path)));
    Result<QByteArray> utf8 = csvAsUtf8(path, &table.encoding);
    if (!utf8) return Result<SpreadsheetTable>::fail(utf8.error());
    if (!mem.write(utf8.value())) return Result<SpreadsheetTable>::fail(QStringLiteral("%1: cannot be copied to memory").arg(fileName(path)));
    openPath = mem.path();
    options << QStringLiteral("HEADERS=NO") << QStringLiteral("AUTODETECT_TYPE=NO") << QStringLiteral("KEEP_GEOM_COLUMNS=YES")
            << QStringLiteral("GEOM_POSSIBLE_NAMES=") << QStringLiteral("X_POSSIBLE_NAMES=") << QStringLiteral("Y_POSSIBLE_NAMES=");
  } else {
    return Result<SpreadsheetTable>::fail(
        QStringLiteral("%1: not a spreadsheet PlanMap reads (use .xlsx, .ods or .csv)").arg(fileName(path)));
  }
  if (table.format != QLatin1String("CSV") && gdal::vsiFileSize(path) < 0)
    return Result<SpreadsheetTable>::fail(QStringLiteral("%1: no such file").arg(fileName(path)));

  gdal::ErrorCapture errors;
  gdal::DatasetPtr ds = gdal::openVector(openPath, options, {table.format});
  if (!ds) {
    const QString why = errors.message().isEmpty() ? QStringLiteral("not a readable %1 file").arg(table.format) : errors.message();
    return Result<SpreadsheetTable>::fail(QStringLiteral("%1: %2").arg(fileName(path), why));
  }
  QStringList names;
  for (int i = 0; i < ds->GetLayerCount(); ++i) {
    OGRLayer* layer = ds->GetLayer(i);
    if (!layer) continue;
    const QString name = table.format == QLatin1String("CSV") ? QFileInfo(path).completeBaseName() : QString::fromUtf8(layer->GetName());
    names << name;
    if (!sheetName.isEmpty() && name != sheetName) continue;
    bool tooLarge = false;
    SpreadsheetSheet sheet = readLayer(*layer, path, &tooLarge);
    if (tooLarge)
      return Result<SpreadsheetTable>::fail(
          QStringLiteral("%1: sheet %2 has more than %3 rows; split it").arg(fileName(path), name).arg(kMaxRows));
    sheet.name = name;
    table.sheets.push_back(std::move(sheet));
  }
  if (!sheetName.isEmpty() && table.sheets.empty())
    return Result<SpreadsheetTable>::fail(QStringLiteral("%1: no sheet named \"%2\" (sheets: %3)").arg(fileName(path), sheetName, names.join(QStringLiteral(", "))));
  if (table.sheets.empty()) return Result<SpreadsheetTable>::fail(QStringLiteral("%1: has no sheets").arg(fileName(path)));
  return Result<SpreadsheetTable>::ok(std::move(table));
}

}  // namespace planmap
