#include "PdfTools.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

ToolRun runTool(const QString& program, const QStringList& arguments) {
  QProcess p;
  p.start(program, arguments);
  ToolRun r;
  if (!p.waitForFinished(120000)) {
    r.err = QStringLiteral("%1 did not finish").arg(program);
    return r;
  }
  r.exitCode = p.exitCode();
  r.out = QString::fromUtf8(p.readAllStandardOutput());
  r.err = QString::fromUtf8(p.readAllStandardError());
  return r;
}

QString pdfText(const QString& pdf, int page) {
  QStringList args = {QStringLiteral("-enc"), QStringLiteral("UTF-8")};
  if (page > 0) args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
  args << pdf << QStringLiteral("-");
  return runTool(QStringLiteral("pdftotext"), args).out;
}

QString pdfInfo(const QString& pdf) { return runTool(QStringLiteral("pdfinfo"), {pdf}).out; }

QImage pdfPage(const QString& pdf, int dpi) {
  QTemporaryDir dir;
  const QString prefix = dir.filePath(QStringLiteral("page"));
  runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                                       QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
                                       pdf, prefix});
  return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

double differingPixels(const QImage& a, const QImage& b, int channelTolerance) {
  if (a.size() != b.size() || a.isNull()) return 1;
  const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
  long long differing = 0;
  for (int row = 0; row < x.height(); ++row) {
    const QRgb* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
    const QRgb* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
    for (int col = 0; col < x.width(); ++col)
      if (std::abs(qRed(p[col]) - qRed(q[col])) > channelTolerance || std::abs(qGreen(p[col]) - qGreen(q[col])) > channelTolerance ||
          std::abs(qBlue(p[col]) - qBlue(q[col])) > channelTolerance)
        ++differing;
  }
  return double(differing) / (double(x.width()) * x.height());
}
