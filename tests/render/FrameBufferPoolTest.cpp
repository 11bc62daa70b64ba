// Rendered frames recycle their pixel buffers: a released frame's memory serves the next render,
// frames alive at the same time never share one, and a recycled frame draws the same picture as a
// fresh one (the old contents are cleared, not shown through).

#include "FrameBufferPool.h"
#include "MapPainter.h"
#include "TestLayers.h"

#include <gtest/gtest.h>

using namespace planmap;
using namespace planmap::test;

namespace {

MapSettings zonesMap(const QSize& size) {
  MapSettings s = settingsFor(testExtent(), size);
  s.layers.push_back(snapshot(QStringLiteral("zones"), zones(), LayerStyle{}));
  return s;
}

}  // namespace

TEST(FrameBufferPool, AReleasedFrameBufferServesTheNextRender) {
  FrameBufferPool::instance().clear();
  const MapSettings settings = zonesMap(QSize(321, 207));
  const uchar* firstBits = nullptr;
  QImage reference;
  {
    QImage first = MapPainter::renderImage(settings);
    ASSERT_FALSE(first.isNull());
    firstBits = first.constBits();
    reference = first.copy();  // a deep copy: the frame itself goes away below
  }
  EXPECT_GE(FrameBufferPool::instance().idleBytes(), std::size_t(321 * 4 * 207));
  QImage second = MapPainter::renderImage(settings);
  EXPECT_EQ(second.constBits(), firstBits) << "the released buffer is reused";
  EXPECT_EQ(second, reference) << "a recycled frame draws exactly what a fresh one did";

  QImage third = MapPainter::renderImage(settings);  // `second` is still alive
  EXPECT_NE(third.constBits(), second.constBits());
  EXPECT_EQ(third, reference);
}

TEST(FrameBufferPool, RecycledFramesAreClearedAndSizedPerRequest) {
  FrameBufferPool::instance().clear();
  MapSettings transparent = zonesMap(QSize(160, 120));
  transparent.background = Qt::transparent;
  {
    // Leave an opaque red frame of the same size in the pool.
    QImage red = FrameBufferPool::instance().image(QSize(160, 120), QImage::Format_ARGB32_Premultiplied);
    red.fill(Qt::red);
  }
  const QImage frame = MapPainter::renderImage(transparent);
  EXPECT_EQ(frame.pixelColor(0, 0).alpha(), 0) << "no red shows through a transparent background";
  const QImage other = MapPainter::renderImage(zonesMap(QSize(90, 70)));
  EXPECT_EQ(other.size(), QSize(90, 70));
  EXPECT_EQ(other.bytesPerLine(), 90 * 4);
}

TEST(FrameBufferPool, KeepsABoundedAmountIdle) {
  FrameBufferPool::instance().clear();
  std::vector<QImage> frames;
  for (int i = 0; i < 10; ++i)
    frames.push_back(FrameBufferPool::instance().image(QSize(1920, 1080), QImage::Format_ARGB32_Premultiplied));
  frames.clear();
  EXPECT_LE(FrameBufferPool::instance().idleBytes(), std::size_t(48) << 20);
  EXPECT_GT(FrameBufferPool::instance().idleBytes(), std::size_t(0));
  FrameBufferPool::instance().clear();
  EXPECT_EQ(FrameBufferPool::instance().idleBytes(), 0u);
}
