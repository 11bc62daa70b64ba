#pragma once

// A MainWindow on the bundled Ankang map, shown offscreen at a fixed size, first render done.

#include "CoordinateTransform.h"
#include "MainWindow.h"
#include "MapCanvas.h"

#include <QImage>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <memory>

namespace planmap::test {

class GuiFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    window = std::make_unique<MainWindow>(/*persistent=*/false);
    window->resize(1400, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    const Status status = window->loadBundledMap();
    ASSERT_TRUE(status.isOk()) << status.error().toStdString();
    ASSERT_TRUE(waitForRender());
  }
  void TearDown() override { window.reset(); }

  MapCanvas* canvas() const { return window->canvas(); }

  // Waits until a render that started after this call has finished and nothing is pending.
  bool waitForRender(int timeoutMs = 30000) {
    const int before = canvas()->finishedRenders();
    return QTest::qWaitFor([&] { return canvas()->finishedRenders() > before && !canvas()->isRendering(); }, timeoutMs);
  }
  bool waitUntilIdle(int timeoutMs = 30000) {
    return QTest::qWaitFor([&] { return canvas()->finishedRenders() > 0 && !canvas()->isRendering(); }, timeoutMs);
  }

  // A lon/lat (CGCS2000) point in the display CRS.
  QPointF displayPoint(double lon, double lat) const {
    auto transform = CoordinateTransform::create(Crs::fromEpsg(4490), window->document()->displayCrs());
    double x = lon, y = lat;
    EXPECT_TRUE(transform.isOk() && transform->transformPoint(x, y));
    return {x, y};
  }

  // Share of pixels whose colour differs by more than `tolerance` in any channel.
  static double differingShare(const QImage& a, const QImage& b, int tolerance = 16) {
    if (a.size() != b.size()) return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    long long differing = 0;
    for (int row = 0; row < x.height(); ++row) {
      const QRgb* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
      const QRgb* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
      for (int col = 0; col < x.width(); ++col)
        if (std::abs(qRed(p[col]) - qRed(q[col])) > tolerance || std::abs(qGreen(p[col]) - qGreen(q[col])) > tolerance ||
            std::abs(qBlue(p[col]) - qBlue(q[col])) > tolerance)
          ++differing;
    }
    return double(differing) / (double(x.width()) * x.height());
  }

  std::unique_ptr<MainWindow> window;
};

}  // namespace planmap::test
