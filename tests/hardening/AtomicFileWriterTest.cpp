// The one writer every output goes through: the old file survives any failure, the cause is named.
#include "AtomicFileWriter.h"
#include "HardeningSupport.h"
#include "ImageFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace planmap;
using namespace hardening;

namespace {

mode_t modeOf(const QString& path) {
  struct stat st {};
  return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

QStringList partFiles(const QString& dir) {
  return QDir(dir).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
}

}  // namespace

TEST(AtomicFileWriter, ReplacesTheFileAndLeavesNoTemporary) {
  QTemporaryDir dir;
  const QString path = dir.filePath("out.json");
  ASSERT_TRUE(writeFile(path, "old"));
  ASSERT_TRUE(AtomicFileWriter::write(path, "new contents"));
  EXPECT_EQ(readFile(path), "new contents");
  EXPECT_TRUE(partFiles(dir.path()).isEmpty());
}

TEST(AtomicFileWriter, NewFilesFollowTheUmaskAndReplacedFilesKeepTheirMode) {
  QTemporaryDir dir;
  const mode_t old = ::umask(022);
  const QString fresh = dir.filePath("fresh.csv");
  ASSERT_TRUE(AtomicFileWriter::write(fresh, "a,b\n"));
  EXPECT_EQ(modeOf(fresh) & 0777, 0644u);
  const QString kept = dir.filePath("kept.csv");
  ASSERT_TRUE(writeFile(kept, "x"));
  ::chmod(QFile::encodeName(kept).constData(), 0640);
  ASSERT_TRUE(AtomicFileWriter::write(kept, "y"));
  EXPECT_EQ(modeOf(kept) & 0777, 0640u);
  ::umask(old);
}

TEST(AtomicFileWriter, RefusesDevicesFifosAndFoldersAndSaysWhy) {
  QTemporaryDir dir;
  const Status devNull = AtomicFileWriter::write(QStringLiteral("/dev/null"), "x");
  ASSERT_FALSE(devNull);
  EXPECT_TRUE(devNull.error().contains("device")) << devNull.error().toStdString();
  EXPECT_TRUE(S_ISCHR(modeOf(QStringLiteral("/dev/null"))));

  const QString fifo = dir.filePath("pipe.png");
  ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
  const Status onFifo = AtomicFileWriter::write(fifo, "x");
  ASSERT_FALSE(onFifo);
  EXPECT_TRUE(onFifo.error().contains("FIFO")) << onFifo.error().toStdString();
  EXPECT_TRUE(S_ISFIFO(modeOf(fifo)));

  const Status onDir = AtomicFileWriter::write(dir.path(), "x");
  ASSERT_FALSE(onDir);
  EXPECT_TRUE(onDir.error().contains("folder")) << onDir.error().toStdString();

  const Status missing = AtomicFileWriter::write(dir.filePath("no/such/folder/out.csv"), "x");
  ASSERT_FALSE(missing);
  EXPECT_TRUE(missing.error().contains("does not exist")) << missing.error().toStdString();
}

TEST(AtomicFileWriter, WritesThroughASymlinkToItsFile) {
  QTemporaryDir dir;
  const QString real = dir.filePath("real.json"), link = dir.filePath("link.json");
  ASSERT_TRUE(writeFile(real, "old"));
  ASSERT_TRUE(QFile::link(real, link));
  ASSERT_TRUE(AtomicFileWriter::write(link, "new"));
  EXPECT_TRUE(QFileInfo(link).isSymLink());
  EXPECT_EQ(readFile(real), "new");
}

TEST(AtomicFileWriter, RemovesStalePartFilesOfKilledWriters) {
  QTemporaryDir dir;
  const QString path = dir.filePath("atlas.pdf");
  // What a killed export left: an older PlanMap's random name, and one of a process that is gone.
  ASSERT_TRUE(writeFile(dir.filePath(".atlas.pdf.Ab12Cd.part"), "torn"));
  ASSERT_TRUE(writeFile(dir.filePath(".atlas.pdf.999999999.0.part"), "torn"));
  // A live writer's temporary (this process's parent is alive) stays.
  const QString live = dir.filePath(QStringLiteral(".atlas.pdf.%1.0.part").arg(::getppid()));
  ASSERT_TRUE(writeFile(live, "in progress"));
  ASSERT_TRUE(AtomicFileWriter::write(path, "%PDF-1.4"));
  EXPECT_EQ(partFiles(dir.path()), QStringList{QFileInfo(live).fileName()});
}

TEST(AtomicFileWriter, InjectedDiskFullKeepsTheOldFile) {
  QTemporaryDir dir;
  const QString path = dir.filePath("stats.csv");
  ASSERT_TRUE(writeFile(path, "the old statistics"));
  AtomicFileWriter::injectDiskFullAfterForTesting(10);
  const Status s = AtomicFileWriter::write(path, QByteArray(100000, 'n'));
  AtomicFileWriter::injectDiskFullAfterForTesting(-1);
  ASSERT_FALSE(s);
  EXPECT_TRUE(s.error().contains("disk full")) << s.error().toStdString();
  EXPECT_EQ(readFile(path), "the old statistics");
  EXPECT_TRUE(partFiles(dir.path()).isEmpty());
}

TEST(AtomicFileWriter, RealFullDiskKeepsTheOldFile) {
  FullDisk disk(QStringLiteral("256k"));
  if (!disk.mounted()) GTEST_SKIP() << "needs root to mount a tmpfs (the injected failure above covers the rest)";
  const QString path = disk.path() + QStringLiteral("/report.json");
  const QByteArray old(60 * 1024, 'o');
  ASSERT_TRUE(writeFile(path, old));
  disk.fill();
  const Status s = AtomicFileWriter::write(path, QByteArray(200 * 1024, 'n'));
  ASSERT_FALSE(s);
  EXPECT_TRUE(s.error().contains("disk full")) << s.error().toStdString();
  EXPECT_EQ(readFile(path), old);
  EXPECT_TRUE(partFiles(disk.path()).isEmpty());
}

TEST(ImageFile, RefusesUnknownExtensionsAndKeepsTheOldImageOnAFullDisk) {
  QTemporaryDir dir;
  QImage image(64, 64, QImage::Format_ARGB32);
  image.fill(Qt::red);
  const Status unknown = ImageFile::save(image, dir.filePath("map.xyz"));
  ASSERT_FALSE(unknown);
  EXPECT_TRUE(unknown.error().contains("unknown image extension")) << unknown.error().toStdString();

  const QString path = dir.filePath("map.png");
  ASSERT_TRUE(ImageFile::save(image, path));
  const QByteArray before = readFile(path);
  AtomicFileWriter::injectDiskFullAfterForTesting(0);
  QImage other(640, 640, QImage::Format_ARGB32);
  other.fill(Qt::blue);
  const Status full = ImageFile::save(other, path);
  AtomicFileWriter::injectDiskFullAfterForTesting(-1);
  ASSERT_FALSE(full);
  EXPECT_EQ(readFile(path), before);
  EXPECT_EQ(QImage(path).pixelColor(1, 1), QColor(Qt::red));
}
