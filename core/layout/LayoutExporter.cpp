#include "LayoutExporter.h"

#include "AtomicFileWriter.h"
#include "ImageFile.h"
#include "MemoryBudget.h"
#include "AtlasPlan.h"
#include "PdfPostProcessor.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

namespace planmap {

ExportFormat ExportOptions::formatFromPath(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("png")) return ExportFormat::Png;
  if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff")) return ExportFormat::Tiff;
  return ExportFormat::Pdf;
}

namespace {

bool isCancelled(const ExportOptions& o) { return o.cancel && o.cancel->load(); }

QString safeFileName(QString name) {
  for (QChar c : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                  QLatin1Char('"'), QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('|')})
    name.replace(c, QLatin1Char('_'));
  return name.trimmed().isEmpty() ? QStringLiteral("page") : name.trimmed();
}

QString extensionOf(ExportFormat f) {
  switch (f) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Tiff: return QStringLiteral("tif");
    case ExportFormat::Pdf: break;
  }
  return QStringLiteral("pdf");
}

// GeoTIFF via GDAL (Qt ships no TIFF writer here), georeferenced by the largest map frame.
// Built in GDAL's memory file system and written with AtomicFileWriter, so every write is checked.
Status writeGeoTiff(const QString& path, const QImage& image, const PageResult& page, double dpi) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  if (!driver) return Status::fail(QStringLiteral("%1: GDAL has no GTiff driver").arg(path));
  static std::atomic<int> sequence{0};
  const QByteArray memPath = "/vsimem/planmap_export_" + QByteArray::number(sequence++) + ".tif";
  struct Unlink {
    QByteArray p;
    ~Unlink() { VSIUnlink(p.constData()); }
  } unlink{memPath};
  const char* options[] = {"COMPRESS=DEFLATE", "PHOTOMETRIC=RGB", "TILED=YES", nullptr};
  std::unique_ptr<GDALDataset> ds(driver->Create(memPath.constData(), image.width(), image.height(), 3, GDT_Byte,
                                                 const_cast<char**>(options)));
  if (!ds) return Status::fail(QStringLiteral("%1: cannot create: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  for (int band = 1; band <= 3; ++band) {
    std::vector<GByte> row(std::size_t(rgb.width()));
    for (int y = 0; y < rgb.height(); ++y) {
      const uchar* line = rgb.constScanLine(y);
      for (int x = 0; x < rgb.width(); ++x) row[std::size_t(x)] = line[3 * x + band - 1];
      if (ds->GetRasterBand(band)->RasterIO(GF_Write, 0, y, rgb.width(), 1, row.data(), rgb.width(), 1, GDT_Byte, 0, 0) != CE_None)
        return Status::fail(QStringLiteral("%1: cannot write: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
    }
  }
  if (!page.frames.empty()) {
    const PdfGeoFrame& f = page.frames.front();
    const double k = dpi / 25.4;
    const double resX = f.extent.width() / (f.rectMm.width() * k), resY = f.extent.height() / (f.rectMm.height() * k);
    double gt[6] = {f.extent.minX - f.rectMm.left() * k * resX, resX, 0, f.extent.maxY + f.rectMm.top() * k * resY, 0, -resY};
    ds->SetGeoTransform(gt);
    OGRSpatialReference srs;
    if (srs.importFromWkt(f.crs.wkt().toUtf8().constData()) == OGRERR_NONE) ds->SetSpatialRef(&srs);
  }
  CPLErrorReset();
  ds.reset();  // closes and flushes into the memory file
  if (CPLGetLastErrorType() >= CE_Failure)
    return Status::fail(QStringLiteral("%1: cannot write: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
  vsi_l_offset length = 0;
  const GByte* data = VSIGetMemFileBuffer(memPath.constData(), &length, FALSE);
  if (!data) return Status::fail(QStringLiteral("%1: GDAL produced no TIFF").arg(path));
  return AtomicFileWriter::write(path, QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(length)));
}

// The PDF's metadata title: the page's title item as edited (expanded, one line), else {title}.
QString pdfTitle(const Layout& layout, const LayoutContext& context) {
  for (const LayoutItem& item : layout.items)
    if (const TextItem* t = item.as<TextItem>(); t && t->role == TextItem::Role::Title) {
      const QString text = context.expand(item.text.isEmpty() ? QStringLiteral("{title}") : item.text, layout.title)
                               .simplified();
      if (!text.isEmpty()) return text;
    }
  return context.expand(QStringLiteral("{title}"), layout.title);
}

}  // namespace

Result<QImage> LayoutExporter::renderImage(double dpi, PageResult* page) const {
  const QSizeF mm = layout_.page.sizeMm();
  if (mm.isEmpty()) return Result<QImage>::fail(QStringLiteral("layout %1: page size unknown").arg(layout_.name));
  const double w = std::round(mm.width() / 25.4 * dpi), h = std::round(mm.height() / 25.4 * dpi);
  if (Status s = MemoryBudget::checkRaster(w, h, QStringLiteral("a %1 × %2 mm page at %3 dpi").arg(mm.width()).arg(mm.height()).arg(dpi)); !s)
    return Result<QImage>::fail(s.error());
  const QSize size{int(w), int(h)};
  QImage image(size, QImage::Format_ARGB32_Premultiplied);
  if (image.isNull()) return Result<QImage>::fail(QStringLiteral("page of %1×%2 pixels is too large").arg(size.width()).arg(size.height()));
  // Dots per metre make QPainter resolve font point sizes at the export DPI, like QPdfWriter does.
  image.setDotsPerMeterX(qRound(dpi / 0.0254));
  image.setDotsPerMeterY(qRound(dpi / 0.0254));
  image.fill(Qt::white);
  LayoutContext context = context_;
  QStringList statsWarnings;
  if (Status s = context.ensureCountyStatistics(layout_); !s) statsWarnings << s.error();
  QPainter painter(&image);
  auto result = LayoutRenderer::paint(painter, layout_, context, dpi);
  painter.end();
  if (!result) return Result<QImage>::fail(result.error());
  if (page) {
    *page = result.value();
    page->warnings << statsWarnings;
  }
  return Result<QImage>::ok(image);
}

Status LayoutExporter::writeImage(const QString& path, const LayoutContext& context, const ExportOptions& options,
                                  QStringList* warnings) const {
  LayoutExporter one(layout_, context);
  PageResult page;
  auto image = one.renderImage(options.dpi, &page);
  if (!image) return Status::fail(QStringLiteral("%1: %2").arg(path, image.error()));
  *warnings << page.warnings;
  if (isCancelled(options)) return Status::fail(QStringLiteral("%1: cancelled").arg(path));
  if (options.format == ExportFormat::Tiff) return writeGeoTiff(path, image.value(), page, options.dpi);
  return ImageFile::save(image.value(), path, "png");
}

Status LayoutExporter::writePdf(const QString& path, const std::vector<LayoutContext>& pages, const ExportOptions& options,
                                QStringList* warnings) const {
  const QSizeF mm = layout_.page.sizeMm();
  if (mm.isEmpty()) return Status::fail(QStringLiteral("%1: layout %2 has no page size").arg(path, layout_.name));
  if (Status s = AtomicFileWriter::checkTarget(path); !s) return s;
  // ISO 32000 user space ends at 14 400 units (200 in) without /UserUnit, which QPdfWriter does not write.
  constexpr double kMaxPdfSideMm = 200 * 25.4;
  if (!(mm.width() <= kMaxPdfSideMm && mm.height() <= kMaxPdfSideMm))
    return Status::fail(QStringLiteral("%1: a %2 × %3 mm page is larger than a PDF page can be (at most %4 mm a side)")
                            .arg(path).arg(mm.width()).arg(mm.height()).arg(kMaxPdfSideMm));
  // Written in memory and then by AtomicFileWriter: QPdfWriter does not report failed writes.
  QByteArray bytes;
  std::vector<PdfPageInfo> infos;
  {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    writer.setPageOrientation(QPageLayout::Portrait);  // the size already has the orientation
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(int(layout_.pdfResolutionDpi));
    writer.setCreator(QStringLiteral("PlanMap"));
    writer.setTitle(pdfTitle(layout_, pages.empty() ? context_ : pages.front()));
    QPainter painter;
    if (!painter.begin(&writer)) {
      return Status::fail(QStringLiteral("%1: cannot start the PDF").arg(path));
    }
    const double dpi = writer.resolution();
    for (std::size_t i = 0; i < pages.size(); ++i) {
      if (isCancelled(options)) {
        painter.end();
        return Status::fail(QStringLiteral("%1: cancelled").arg(path));
      }
      if (i > 0) writer.newPage();
      auto page = LayoutRenderer::paint(painter, layout_, pages[i], dpi, options.cancel);
      if (!page) {
        painter.end();
        return Status::fail(QStringLiteral("%1: %2").arg(path, page.error()));
      }
      *warnings << page->warnings;
      PdfPageInfo info;
      info.sizePt = layout_.page.sizePt();
      if (options.georeference) info.frames = page->frames;
      infos.push_back(std::move(info));
      if (options.progress)  // an atlas page is named by its feature, a single page by its title
        options.progress(int(i) + 1, int(pages.size()),
                         pages[i].expand(pages[i].atlasRow >= 0 ? QStringLiteral("{name_zh}") : QStringLiteral("{title}"), layout_.title));
    }
    if (!painter.end()) return Status::fail(QStringLiteral("%1: writing the PDF failed").arg(path));
  }
  if (Status s = PdfPostProcessor::applyInMemory(bytes, infos, path); !s) return s;
  return AtomicFileWriter::write(path, bytes);
}

Result<ExportReport> LayoutExporter::exportPage(const QString& path, const ExportOptions& options) const {
  QElapsedTimer timer;
  timer.start();
  ExportReport report;
  LayoutContext context = context_;
  if (Status stats = context.ensureCountyStatistics(layout_); !stats) report.warnings << stats.error();
  const Status s = options.format == ExportFormat::Pdf ? writePdf(path, {context}, options, &report.warnings)
                                                       : writeImage(path, context, options, &report.warnings);
  if (!s) return Result<ExportReport>::fail(s.error());
  if (options.format != ExportFormat::Pdf && options.progress) options.progress(1, 1, path);
  report.files << path;
  report.pages = 1;
  report.bytes = QFileInfo(path).size();
  report.seconds = timer.nsecsElapsed() / 1e9;
  return Result<ExportReport>::ok(report);
}

Result<ExportReport> LayoutExporter::exportAtlas(const QString& path, const ExportOptions& options, const QString& layerOverride) const {
  QElapsedTimer timer;
  timer.start();
  auto plan = AtlasPlan::make(layout_, context_, layerOverride);
  if (!plan) return Result<ExportReport>::fail(plan.error());
  const Layout& layout = plan->layout();
  // County statistics are the same on every page: computed once here, not per page.
  LayoutContext base = context_;
  QStringList statsWarnings;
  if (Status s = base.ensureCountyStatistics(layout); !s) statsWarnings << s.error();
  std::vector<LayoutContext> pages;
  for (int i = 0; i < plan->pageCount(); ++i) pages.push_back(plan->pageContext(base, i));
  LayoutExporter exporter(layout, base);
  ExportReport report;
  report.warnings << statsWarnings;
  if (options.format == ExportFormat::Pdf && options.atlasSingleFile) {
    if (Status s = exporter.writePdf(path, pages, options, &report.warnings); !s) return Result<ExportReport>::fail(s.error());
    report.files << path;
  } else {
    const QFileInfo info(path);
    const QString dir = info.isDir() || path.endsWith(QLatin1Char('/')) || info.suffix().isEmpty() ? path : info.absolutePath();
    if (!QDir().mkpath(dir)) return Result<ExportReport>::fail(QStringLiteral("%1: cannot create the folder").arg(dir));
    QStringList used;
    for (std::size_t i = 0; i < pages.size(); ++i) {
      QString name = safeFileName(pages[i].expand(QFileInfo(layout.atlas.fileNamePattern).completeBaseName(), layout.title));
      if (used.contains(name)) name += QStringLiteral("_%1").arg(i + 1);
      used << name;
      const QString file = QDir(dir).filePath(name + QLatin1Char('.') + extensionOf(options.format));
      ExportOptions one = options;
      one.progress = nullptr;
      const Status s = options.format == ExportFormat::Pdf ? exporter.writePdf(file, {pages[i]}, one, &report.warnings)
                                                           : exporter.writeImage(file, pages[i], one, &report.warnings);
      if (!s) return Result<ExportReport>::fail(s.error());
      report.files << file;
      if (options.progress) options.progress(int(i) + 1, int(pages.size()), name);
    }
  }
  report.pages = int(pages.size());
  for (const QString& f : report.files) report.bytes += QFileInfo(f).size();
  report.seconds = timer.nsecsElapsed() / 1e9;
  report.warnings.removeDuplicates();
  return Result<ExportReport>::ok(report);
}

}  // namespace planmap
