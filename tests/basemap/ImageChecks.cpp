#include "ImageChecks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <cstdlib>

namespace planmap::test {

bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
  QElapsedTimer timer;
  timer.start();
  while (!done()) {
    if (timer.elapsed() > timeoutMs) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(2);
  }
  return true;
}

double differentFraction(const QImage& aIn, const QImage& bIn, int tolerance) {
  if (aIn.size() != bIn.size() || aIn.isNull()) return 1;
  const QImage a = aIn.convertToFormat(QImage::Format_ARGB32);
  const QImage b = bIn.convertToFormat(QImage::Format_ARGB32);
  long long different = 0;
  for (int y = 0; y < a.height(); ++y) {
    const QRgb* pa = reinterpret_cast<const QRgb*>(a.constScanLine(y));
    const QRgb* pb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
    for (int x = 0; x < a.width(); ++x) {
      const int d = std::max({std::abs(qRed(pa[x]) - qRed(pb[x])), std::abs(qGreen(pa[x]) - qGreen(pb[x])),
                              std::abs(qBlue(pa[x]) - qBlue(pb[x])), std::abs(qAlpha(pa[x]) - qAlpha(pb[x]))});
      if (d > tolerance) ++different;
    }
  }
  return double(different) / (double(a.width()) * a.height());
}

bool matchesReference(const QImage& renderedIn, const QString& name, int tolerance, double maxFraction,
                      QString* message) {
  const QString path = QStringLiteral(PLANMAP_TEST_DATA "/basemap/%1.png").arg(name);
  QImage rendered = renderedIn.convertToFormat(QImage::Format_ARGB32);
  rendered.setDevicePixelRatio(1);
  if (qEnvironmentVariableIntValue("PLANMAP_UPDATE_REFERENCES") == 1) {
    *message = QStringLiteral("reference written: ") + path;
    return rendered.save(path);
  }
  const QImage reference(path);
  if (reference.isNull()) {
    *message = QStringLiteral("missing reference ") + path;
    return false;
  }
  const double fraction = differentFraction(rendered, reference, tolerance);
  if (fraction <= maxFraction) return true;
  const QString actual = QStringLiteral(PLANMAP_BINARY_DIR "/test_basemap_%1_actual.png").arg(name);
  rendered.save(actual);
  *message = QStringLiteral("%1: %2 % of pixels differ (budget %3 %); rendered image: %4")
                 .arg(name).arg(100 * fraction).arg(100 * maxFraction).arg(actual);
  return false;
}

double meanGray(const QImage& image, int cx, int cy, int r) {
  double sum = 0;
  int n = 0;
  for (int y = cy - r; y <= cy + r; ++y) {
    for (int x = cx - r; x <= cx + r; ++x) {
      if (!image.valid(x, y)) continue;
      sum += qGray(image.pixel(x, y));
      ++n;
    }
  }
  return n ? sum / n : 0;
}

}  // namespace planmap::test
