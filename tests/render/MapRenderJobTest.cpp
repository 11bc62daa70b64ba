#include "MapRenderJob.h"

#include "BasemapRenderer.h"
#include "MapPainter.h"
#include "TestLayers.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <gtest/gtest.h>

using namespace planmap;
using namespace planmap::test;

namespace {

// A layer big enough that a render takes a noticeable time: 90 000 polygons, 2.3 M vertices.
const std::shared_ptr<const FeatureStore>& bigLayer() {
  static const auto store = grid(300, 300, 24, Extent{500000, 3600000, 540000, 3640000});
  return store;
}

MapSettings bigMap() {
  MapSettings s = settingsFor(bigLayer()->extent(), QSize(1200, 900));
  LayerStyle style;
  style.labels.enabled = true;
  style.labels.field = QStringLiteral("name");
  s.layers.push_back(snapshot(QStringLiteral("big"), bigLayer(), style));
  return s;
}

MapSettings smallMap() {
  MapSettings s = settingsFor(testExtent(), QSize(200, 150));
  s.layers.push_back(snapshot(QStringLiteral("zones"), zones(), LayerStyle{}));
  return s;
}

}  // namespace

TEST(MapRenderJob, FinishesWithAnImageOfTheRequestedSize) {
  MapRenderJob job(smallMap());
  QSignalSpy spy(&job, &MapRenderJob::finished);
  job.start();
  EXPECT_TRUE(spy.wait(10000));
  EXPECT_FALSE(job.isActive());
  EXPECT_EQ(job.image().size(), QSize(200, 150));
  EXPECT_FALSE(job.stats().cancelled);
  EXPECT_EQ(job.stats().featuresDrawn, 4);
}

TEST(MapRenderJob, CancelBeforeStartRendersNothing) {
  MapRenderJob job(smallMap());
  QSignalSpy spy(&job, &MapRenderJob::finished);
  job.cancel();
  job.start();
  EXPECT_FALSE(job.isActive());
  job.waitForFinished();
  EXPECT_TRUE(job.stats().cancelled);
  EXPECT_TRUE(job.image().isNull());
  EXPECT_FALSE(spy.wait(200));
}

TEST(MapRenderJob, CancelMidRenderReturnsQuickly) {
  const MapSettings settings = bigMap();
  // How long an uncancelled render takes, for comparison.
  QElapsedTimer full;
  full.start();
  RenderStats fullStats;
  MapPainter::renderImage(settings, &fullStats);
  const qint64 fullMs = full.elapsed();

  MapRenderJob job(settings);
  QSignalSpy spy(&job, &MapRenderJob::finished);
  job.start();
  QThread::msleep(static_cast<unsigned long>(std::max<qint64>(5, fullMs / 10)));
  QElapsedTimer afterCancel;
  afterCancel.start();
  job.cancel();
  job.waitForFinished();
  const qint64 cancelMs = afterCancel.elapsed();
  EXPECT_TRUE(job.stats().cancelled);
  EXPECT_LT(job.stats().featuresDrawn, fullStats.featuresDrawn);
  EXPECT_EQ(job.stats().labelsPlaced, 0);
  EXPECT_LT(cancelMs, std::max<qint64>(100, fullMs / 2)) << "full render " << fullMs << " ms";
  EXPECT_FALSE(spy.wait(200));  // a cancelled job does not announce an image
}

// A background that shows where the worker is: it holds the render until it sees the cancel flag,
// lingers a little (so a destructor that did not wait would return first), then records it left.
class GateBasemap : public BasemapRenderer {
 public:
  void draw(QPainter&, const MapSettings&, const std::atomic<bool>* cancel) const override {
    entered = true;
    for (int i = 0; i < 10000 && !(cancel && cancel->load()); ++i) QThread::msleep(1);
    sawCancel = cancel && cancel->load();
    QThread::msleep(100);
    left = true;
  }
  QString attribution() const override { return {}; }
  mutable std::atomic<bool> entered{false}, sawCancel{false}, left{false};
};

TEST(MapRenderJob, DestroyWhileRunningCancelsAndWaits) {
  auto gate = std::make_shared<GateBasemap>();
  MapSettings settings = bigMap();
  settings.basemap = gate;
  auto job = std::make_unique<MapRenderJob>(settings);
  job->start();
  ASSERT_TRUE(QTest::qWaitFor([&] { return gate->entered.load(); }, 10000));
  EXPECT_TRUE(job->isActive());
  job.reset();  // must cancel the worker and wait for it to leave
  EXPECT_TRUE(gate->sawCancel) << "the destructor did not cancel the render";
  EXPECT_TRUE(gate->left) << "the destructor returned while the worker was still painting";
}

TEST(MapRenderJob, NewJobReplacesACancelledOne) {
  MapRenderJob first(bigMap());
  QSignalSpy firstSpy(&first, &MapRenderJob::finished);
  first.start();
  // The caller (the canvas) cancels the running job and starts the next one right away.
  first.cancel();
  MapRenderJob second(smallMap());
  QSignalSpy secondSpy(&second, &MapRenderJob::finished);
  second.start();
  EXPECT_TRUE(secondSpy.wait(20000));
  EXPECT_EQ(second.image().size(), QSize(200, 150));
  EXPECT_FALSE(second.stats().cancelled);
  first.waitForFinished();
  QCoreApplication::processEvents();
  EXPECT_TRUE(first.stats().cancelled);
  EXPECT_EQ(firstSpy.count(), 0);
}

TEST(MapRenderJob, SettingsAreACopy) {
  MapSettings settings = smallMap();
  MapRenderJob job(settings);
  settings.outputSize = QSize(10, 10);
  settings.layers.clear();
  job.start();
  job.waitForFinished();
  EXPECT_EQ(job.image().size(), QSize(200, 150));
  EXPECT_EQ(job.stats().featuresDrawn, 4);
}
