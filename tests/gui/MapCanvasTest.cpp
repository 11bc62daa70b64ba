#include "GuiFixture.h"

#include <QLineEdit>
#include <QWheelEvent>
#include <cmath>

namespace planmap::test {
namespace {

class MapCanvasTest : public GuiFixture {};

TEST_F(MapCanvasTest, TogglingALayerChangesTheRenderedImage) {
  const QImage before = canvas()->renderedImage();
  window->setLayerVisible({QStringLiteral("counties")}, false);
  ASSERT_TRUE(waitForRender());
  const QImage hidden = canvas()->renderedImage();
  EXPECT_GT(differingShare(before, hidden), 0.002);
  window->undoStack()->undo();  // visible again
  ASSERT_TRUE(waitForRender());
  EXPECT_LT(differingShare(before, canvas()->renderedImage()), 0.001);
}

TEST_F(MapCanvasTest, RendersAtTheDevicePixelRatio) {
  const QImage image = canvas()->renderedImage();
  EXPECT_DOUBLE_EQ(image.devicePixelRatio(), canvas()->devicePixelRatioF());
  EXPECT_EQ(image.width(), qRound(canvas()->width() * canvas()->devicePixelRatioF()));
}

TEST_F(MapCanvasTest, WheelZoomChangesTheScaleAndKeepsThePointUnderTheCursor) {
  const QPointF cursor(canvas()->width() * 0.3, canvas()->height() * 0.6);
  const QPointF anchor = canvas()->toMap(cursor);
  const double scale = canvas()->scaleDenominator();
  QWheelEvent wheel(cursor, canvas()->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                    Qt::NoScrollPhase, false);
  QApplication::sendEvent(canvas(), &wheel);
  // Two notches zoom in by 2: the scale halves.
  EXPECT_NEAR(canvas()->scaleDenominator(), scale / 2, scale * 0.01);
  const QPointF after = canvas()->toMap(cursor);
  EXPECT_NEAR(after.x(), anchor.x(), canvas()->mapUnitsPerPixel() * 0.5);
  EXPECT_NEAR(after.y(), anchor.y(), canvas()->mapUnitsPerPixel() * 0.5);
  // The status bar follows once the new render is in.
  ASSERT_TRUE(waitForRender());
  const QString text = window->scaleText();
  EXPECT_TRUE(text.startsWith(QStringLiteral("1:")));
}

TEST_F(MapCanvasTest, WhileARenderRunsTheOldImageIsShownShiftedForAPan) {
  // Panning moves the view at once; the canvas paints the old image shifted (never blank) until
  // the render for the new view lands.
  const QImage before = canvas()->grab().toImage();
  canvas()->panByPixels(QPointF(100, 0));
  const QImage during = canvas()->grab().toImage();
  // The map content moved right by 100 px: compare a strip of the middle.
  const QRect strip(150, 200, 300, 250);  // inside the view before and after the shift
  const QImage a = before.copy(strip);
  const QImage b = during.copy(strip.translated(qRound(100 * during.devicePixelRatio()), 0));
  EXPECT_LT(differingShare(a, b, 40), 0.05);
  if (qEnvironmentVariableIsSet("PLANMAP_DEBUG_IMAGES")) {
    before.save(QStringLiteral("/tmp/pan-before.png"));
    during.save(QStringLiteral("/tmp/pan-during.png"));
  }
  ASSERT_TRUE(waitForRender());
}

TEST_F(MapCanvasTest, TypingAScaleZoomsToIt) {
  auto* edit = window->findChild<QLineEdit*>(QString(), Qt::FindChildrenRecursively);
  (void)edit;
  canvas()->setScaleDenominator(250000);
  EXPECT_NEAR(canvas()->scaleDenominator(), 250000, 2500);
  ASSERT_TRUE(waitForRender());
  // Grouped as the locale groups digits: 1:250,000.
  EXPECT_EQ(window->scaleText(), QStringLiteral("1:") + QLocale().toString(250000));
}

TEST_F(MapCanvasTest, ChangingTheDisplayCrsKeepsShowingAnkang) {
  const Extent ankang4545 = window->layerExtent(QStringLiteral("prefecture"));
  window->setDisplayCrs(Crs::fromEpsg(3857));
  ASSERT_TRUE(waitForRender());
  const Extent ankang3857 = window->layerExtent(QStringLiteral("prefecture"));
  EXPECT_GT(ankang3857.minX, 1.1e7);  // web-mercator metres now, not Gauss-Krüger
  EXPECT_TRUE(canvas()->extent().intersects(ankang3857));
  EXPECT_FALSE(ankang4545 == ankang3857);
  EXPECT_GT(canvas()->lastStats().featuresDrawn, 30);
}

TEST_F(MapCanvasTest, ANewerRenderCancelsTheOlderOne) {
  // Three quick view changes: the canvas ends with one finished render showing the last view.
  const int before = canvas()->finishedRenders();
  canvas()->zoomBy(1.5);
  canvas()->refresh();
  QTest::qWait(1);
  canvas()->zoomBy(1.5);
  canvas()->zoomBy(1.5);
  ASSERT_TRUE(QTest::qWaitFor([&] { return !canvas()->isRendering() && canvas()->finishedRenders() > before; }, 30000));
  EXPECT_LE(canvas()->finishedRenders() - before, 2);
}

}  // namespace
}  // namespace planmap::test
