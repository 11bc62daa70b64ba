#include "BasemapRenderer.h"
#include "GuiFixture.h"
#include "MapSettings.h"

#include <QLineEdit>
#include <QThread>
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
  auto* edit = window->findChild<QLineEdit*>(QStringLiteral("scaleEdit"));
  ASSERT_NE(edit, nullptr);
  const double before = canvas()->scaleDenominator();
  ASSERT_GT(std::abs(before - 250000), 25000) << "pick another scale for this test";
  // As the planner does it: click into the box, replace its text, press Enter.
  edit->setFocus();
  edit->selectAll();
  QTest::keyClicks(edit, QStringLiteral("1:250000"));
  QTest::keyClick(edit, Qt::Key_Return);
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

// A background that holds the first render it draws until that render is cancelled, so the test
// knows a render is in flight when it changes the view, and learns whether the canvas cancelled it.
class HoldFirstRender : public BasemapRenderer {
 public:
  void draw(QPainter&, const MapSettings&, const std::atomic<bool>* cancel) const override {
    if (held.exchange(true)) return;  // later renders pass straight through
    entered = true;
    for (int i = 0; i < 10000 && !(cancel && cancel->load()); ++i) QThread::msleep(1);
    firstCancelled = cancel && cancel->load();
  }
  QString attribution() const override { return {}; }
  mutable std::atomic<bool> held{false}, entered{false}, firstCancelled{false};
};

TEST_F(MapCanvasTest, ANewerRenderCancelsTheOlderOne) {
  auto gate = std::make_shared<HoldFirstRender>();
  const int before = canvas()->finishedRenders();
  canvas()->setBasemap(gate);  // a render starts and is held in the background
  ASSERT_TRUE(QTest::qWaitFor([&] { return gate->entered.load(); }, 10000));
  canvas()->zoomBy(1.5);  // a newer view while the first render is still running
  const Extent wanted = canvas()->extent();
  ASSERT_TRUE(QTest::qWaitFor([&] { return !canvas()->isRendering() && canvas()->finishedRenders() > before; }, 30000));
  EXPECT_TRUE(gate->firstCancelled) << "the older render was not cancelled";
  EXPECT_EQ(canvas()->finishedRenders() - before, 1) << "only the newest render is shown";
  EXPECT_TRUE(canvas()->extent() == wanted);
  canvas()->setBasemap(nullptr);
}

}  // namespace
}  // namespace planmap::test
