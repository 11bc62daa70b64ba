#include "ImageCompare.h"

#include <QDir>
#include <QFileInfo>
#include <cstdlib>

namespace planmap::test {

ImageComparison compareWithReference(const QImage& renderedIn, const QString& name, int channelTolerance,
                                     double maxDifferentFraction) {
  ImageComparison result;
  const QString referencePath = QStringLiteral(PLANMAP_TEST_DATA "/render/%1.png").arg(name);
  const QImage rendered = renderedIn.convertToFormat(QImage::Format_ARGB32);
  if (qEnvironmentVariableIntValue("PLANMAP_UPDATE_REFERENCES") == 1) {
    QImage copy = rendered;
    copy.setDevicePixelRatio(1);
    result.ok = copy.save(referencePath);
    result.differentFraction = 0;
    result.message = QStringLiteral("reference written: ") + referencePath;
    return result;
  }
  QImage reference(referencePath);
  if (reference.isNull()) {
    result.message = QStringLiteral("missing reference %1").arg(referencePath);
    return result;
  }
  reference = reference.convertToFormat(QImage::Format_ARGB32);
  if (reference.size() != rendered.size()) {
    result.message = QStringLiteral("size %1x%2, reference %3x%4")
                         .arg(rendered.width()).arg(rendered.height()).arg(reference.width()).arg(reference.height());
    return result;
  }
  QImage diff(reference.size(), QImage::Format_ARGB32);
  long long different = 0;
  for (int y = 0; y < reference.height(); ++y) {
    const QRgb* a = reinterpret_cast<const QRgb*>(rendered.constScanLine(y));
    const QRgb* b = reinterpret_cast<const QRgb*>(reference.constScanLine(y));
    QRgb* d = reinterpret_cast<QRgb*>(diff.scanLine(y));
    for (int x = 0; x < reference.width(); ++x) {
      const int dr = std::abs(qRed(a[x]) - qRed(b[x])), dg = std::abs(qGreen(a[x]) - qGreen(b[x]));
      const int db = std::abs(qBlue(a[x]) - qBlue(b[x])), da = std::abs(qAlpha(a[x]) - qAlpha(b[x]));
      if (std::max({dr, dg, db, da}) > channelTolerance) {
        ++different;
        d[x] = qRgb(255, 0, 0);
      } else {
        const int g = 200 + qGray(b[x]) / 5;
        d[x] = qRgb(g, g, g);
      }
    }
  }
  result.differentFraction = double(different) / (double(reference.width()) * reference.height());
  result.ok = result.differentFraction <= maxDifferentFraction;
  if (!result.ok) {
    const QString base = QStringLiteral(PLANMAP_BINARY_DIR "/test_render_%1").arg(name);
    diff.save(base + QStringLiteral("_diff.png"));
    rendered.save(base + QStringLiteral("_actual.png"));
    result.message = QStringLiteral("%1: %2 % of pixels differ (budget %3 %); see %4_diff.png")
                         .arg(name).arg(100 * result.differentFraction).arg(100 * maxDifferentFraction).arg(base);
  }
  return result;
}

}  // namespace planmap::test
