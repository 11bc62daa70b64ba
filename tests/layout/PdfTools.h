#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

// The poppler and GDAL command-line tools the tests read PDFs back with.
struct ToolRun {
  int exitCode = -1;
  QString out;
  QString err;
};
ToolRun runTool(const QString& program, const QStringList& arguments);
QString pdfText(const QString& pdf, int page = 0);  // page 0 = all pages
QString pdfInfo(const QString& pdf);
// Rasterises page 1 with pdftoppm at `dpi`.
QImage pdfPage(const QString& pdf, int dpi);
// Share of pixels whose colour differs by more than `channelTolerance` in any channel (0..1);
// 1 when the sizes differ.
double differingPixels(const QImage& a, const QImage& b, int channelTolerance);
