// Inputs are resolved and bounded: FIFOs and devices are refused at once, sizes are counted while
// reading, symlink loops are named as such.
#include "HardeningSupport.h"
#include "InputFile.h"
#include "LayerLoader.h"
#include "MemoryBudget.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace planmap;
using namespace hardening;

TEST(InputFile, AFifoIsRefusedWithoutWaitingForAWriter) {
  QTemporaryDir dir;
  const QString fifo = dir.filePath("layer.kml");
  ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
  QElapsedTimer timer;
  timer.start();
  auto read = InputFile::readAll(fifo, 1 << 20, QStringLiteral("project file"));
  ASSERT_FALSE(read);
  EXPECT_TRUE(read.error().contains("FIFO")) << read.error().toStdString();
  auto layer = LayerLoader::load(fifo);
  ASSERT_FALSE(layer);
  EXPECT_TRUE(layer.error().contains("FIFO")) << layer.error().toStdString();
  EXPECT_LT(timer.elapsed(), 5000);  // a bound, not a benchmark: blocking would never return
}

TEST(InputFile, ASymlinkToDevZeroIsRefusedNotReadForever) {
  QTemporaryDir dir;
  const QString project = dir.filePath("zero.planmap"), kml = dir.filePath("zero.kml");
  ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), project));
  ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), kml));
  auto p = InputFile::readAll(project, 256 << 20, QStringLiteral("project file"));
  ASSERT_FALSE(p);
  EXPECT_TRUE(p.error().contains("device")) << p.error().toStdString();
  auto l = LayerLoader::load(kml);
  ASSERT_FALSE(l);
  EXPECT_TRUE(l.error().contains("device")) << l.error().toStdString();
}

TEST(InputFile, TheSizeLimitIsCountedWhileReading) {
  QTemporaryDir dir;
  const QString path = dir.filePath("big.json");
  ASSERT_TRUE(writeFile(path, QByteArray(3000, ' ')));
  auto read = InputFile::readAll(path, 1000, QStringLiteral("catalog"));
  ASSERT_FALSE(read);
  EXPECT_TRUE(read.error().contains("too large")) << read.error().toStdString();
  auto head = InputFile::readHead(path, 1000);
  ASSERT_TRUE(head);
  EXPECT_EQ(head->size(), 1000);
}

TEST(InputFile, ASymlinkLoopIsNotFileNotFound) {
  QTemporaryDir dir;
  const QString a = dir.filePath("a.shp"), b = dir.filePath("b.shp");
  ASSERT_TRUE(QFile::link(a, b));
  ASSERT_TRUE(QFile::link(b, a));
  auto l = LayerLoader::load(a);
  ASSERT_FALSE(l);
  EXPECT_TRUE(l.error().contains("symlink loop")) << l.error().toStdString();
  EXPECT_FALSE(l.error().contains("not found")) << l.error().toStdString();
}

TEST(MemoryBudget, AHugePageIsRefusedWithItsSizeAndTheLimit) {
  const Status s = MemoryBudget::checkRaster(118110236.0, 118110236.0, QStringLiteral("a 1e7 × 1e7 mm page at 300 dpi"));
  ASSERT_FALSE(s);
  EXPECT_TRUE(s.error().contains("118110236")) << s.error().toStdString();
  EXPECT_TRUE(s.error().contains("more than")) << s.error().toStdString();
  EXPECT_TRUE(MemoryBudget::checkRaster(1920, 1080, QStringLiteral("a frame")));
}
