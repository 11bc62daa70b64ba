#include "LayoutExporter.h"

#include "AtlasPlan.h"
#include "PdfPostProcessor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryFile>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace planmap {

ExportFormat ExportOptions::formatFromPath(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("png")) return ExportFormat::Png;
  if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff")) return ExportFormat::Tiff;
  return ExportFormat::Pdf;
}

namespace {

// A temporary name beside `target` (same file system, so the final rename is atomic).
QString temporaryBeside(const QString& target) {
  const QFileInfo info(target);
  QTemporaryFile probe(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX.part"));
  probe.setAutoRemove(false);
  if (!probe.open()) return {};
  const QString name = probe.fileName();
  probe.close();
  return name;
}

Status commit(const QString& temporary, const QString& target) {
  std::error_code ec;
  std::filesystem::rename(std::filesystem::path(temporary.toStdString()), std::filesystem::path(target.toStdString()), ec);
  if (ec) {
    QFile::remove(temporary);
    return Status::fail(QStringLiteral("%1: cannot move the finished file into place: %2")
                            .arg(target, QString::fromStdString(ec.message())));
  }
  return Status::ok();
}

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
Status writeGeoTiff(const QString& path, const QImage& image, const PageResult& page, double dpi) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  if (!driver) return Status::fail(QStringLiteral("%1: GDAL has no GTiff driver").arg(path));
  const char* options[] = {"COMPRESS=DEFLATE", "PHOTOMETRIC=RGB", "TILED=YES", nullptr};
  std::unique_ptr<GDALDataset> ds(driver->Create(path.toUtf8().constData(), image.width(), image.height(), 3, GDT_Byte,
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
  ds.reset();  // closes and flushes
  return Status::ok();
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
  const QSize size(qRound(mm.width() / 25.4 * dpi), qRound(mm.height() / 25.4 * dpi));
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
  const QString temporary = temporaryBeside(path);
  if (temporary.isEmpty()) return Status::fail(QStringLiteral("%1: cannot create a file in that folder").arg(path));
  if (options.format == ExportFormat::Tiff) {
    if (Status s = writeGeoTiff(temporary, image.value(), page, options.dpi); !s) {
      QFile::remove(temporary);
      return s;
    }
  } else if (!image->save(temporary, "PNG")) {
    QFile::remove(temporary);
    return Status::fail(QStringLiteral("%1: cannot write the PNG").arg(path));
  }
  return commit(temporary, path);
}

Status LayoutExporter::writePdf(const QString& path, const std::vector<LayoutContext>& pages, const ExportOptions& options,
                                QStringList* warnings) const {
  const QSizeF mm = layout_.page.sizeMm();
  if (mm.isEmpty()) return Status::fail(QStringLiteral("%1: layout %2 has no page size").arg(path, layout_.name));
  const QString temporary = temporaryBeside(path);
  if (temporary.isEmpty()) return Status::fail(QStringLiteral("%1: cannot create a file in that folder").arg(path));
  std::vector<PdfPageInfo> infos;
  {
    QPdfWriter writer(temporary);
    writer.setPageSize(QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    writer.setPageOrientation(QPageLayout::Portrait);  // the size already has the orientation
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(int(layout_.pdfResolutionDpi));
    writer.setCreator(QStringLiteral("PlanMap"));
    writer.setTitle(pdfTitle(layout_, pages.empty() ? context_ : pages.front()));
    QPainter painter;
    if (!painter.begin(&writer)) {
      QFile::remove(temporary);
      return Status::fail(QStringLiteral("%1: cannot start the PDF").arg(path));
    }
    const double dpi = writer.resolution();
    for (std::size_t i = 0; i < pages.size(); ++i) {
      if (isCancelled(options)) {
        painter.end();
        QFile::remove(temporary);
        return Status::fail(QStringLiteral("%1: cancelled").arg(path));
      }
      if (i > 0) writer.newPage();
      auto page = LayoutRenderer::paint(painter, layout_, pages[i], dpi, options.cancel);
      if (!page) {
        painter.end();
        QFile::remove(temporary);
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
    if (!painter.end()) {
      QFile::remove(temporary);
      return Status::fail(QStringLiteral("%1: writing the PDF failed").arg(path));
    }
  }
  if (Status s = PdfPostProcessor::apply(temporary, infos); !s) {
    QFile::remove(temporary);
    return Status::fail(QString(s.error()).replace(temporary, path));
  }
  return commit(temporary, path);
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
