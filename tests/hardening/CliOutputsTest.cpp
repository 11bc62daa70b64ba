// Outputs through the built planmap: a full disk, a kill -9, a device or FIFO as target, a format
// that does not match the extension. The old file always survives and the message says why.
#include "HardeningSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

#include <csignal>
#include <sys/stat.h>

using namespace hardening;

namespace {

QStringList partFiles(const QString& dir) { return QDir(dir).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden); }

mode_t modeOf(const QString& path) {
  struct stat st {};
  return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

}  // namespace

TEST(CliOutputs, AFullDiskKeepsEveryOldOutputAndSaysDiskFull) {
  FullDisk disk(QStringLiteral("1m"));
  if (!disk.mounted()) GTEST_SKIP() << "needs root to mount a tmpfs (AtomicFileWriter's injected failure covers it)";
  const QString d = disk.path();
  // Old outputs, made while there is room.
  ASSERT_EQ(planmap({"render", "--size", "200x150", "-o", d + "/old.png"}).exitCode, 0);
  ASSERT_EQ(planmap({"stats", "--csv", d + "/s.csv"}).exitCode, 0);
  const CliRun tif = planmap({"export", "--format", "tif", "--dpi", "20", "-o", d + "/old.tif"});
  ASSERT_EQ(tif.exitCode, 0) << tif.err.toStdString();
  const QByteArray png = readFile(d + "/old.png"), csv = readFile(d + "/s.csv"), tiff = readFile(d + "/old.tif");
  ASSERT_FALSE(png.isEmpty());
  disk.fill();

  const CliRun r1 = planmap({"render", "--size", "800x600", "-o", d + "/old.png"});
  EXPECT_NE(r1.exitCode, 0);
  EXPECT_TRUE(r1.err.contains("disk full")) << r1.err.toStdString();
  const CliRun r2 = planmap({"stats", "--csv", d + "/s.csv"});
  EXPECT_NE(r2.exitCode, 0);
  EXPECT_TRUE(r2.err.contains("disk full")) << r2.err.toStdString();
  EXPECT_FALSE(r2.out.contains("wrote")) << r2.out.toStdString();
  const CliRun r3 = planmap({"export", "--format", "tif", "--dpi", "40", "-o", d + "/old.tif"});
  EXPECT_NE(r3.exitCode, 0);
  EXPECT_TRUE(r3.err.contains("disk full")) << r3.err.toStdString();
  const CliRun r4 = planmap({"export", "--dpi", "40", "-o", d + "/new.pdf"});
  EXPECT_NE(r4.exitCode, 0);
  EXPECT_TRUE(r4.err.contains("disk full")) << r4.err.toStdString();
  EXPECT_FALSE(r4.err.contains("startxref")) << r4.err.toStdString();

  EXPECT_EQ(readFile(d + "/old.png"), png);
  EXPECT_EQ(readFile(d + "/s.csv"), csv);
  EXPECT_EQ(readFile(d + "/old.tif"), tiff);
  EXPECT_FALSE(QFileInfo::exists(d + "/new.pdf"));
  EXPECT_TRUE(partFiles(d).isEmpty()) << partFiles(d).join(" ").toStdString();
}

TEST(CliOutputs, AFullDiskCheckReportIsNotTorn) {
  FullDisk disk(QStringLiteral("1m"));
  if (!disk.mounted()) GTEST_SKIP() << "needs root to mount a tmpfs";
  const QString site = disk.path() + "/site.geojson";
  ASSERT_TRUE(writeFile(site, polygonGeoJson({{109.0, 32.6}, {109.01, 32.6}, {109.01, 32.61}, {109.0, 32.61}, {109.0, 32.6}})));
  ASSERT_TRUE(writeFile(disk.path() + "/report.json", "{\"old\": true}\n"));
  disk.fill();
  const CliRun run = planmap({"check", site, "-o", disk.path() + "/report.json"});
  EXPECT_NE(run.exitCode, 0);
  EXPECT_TRUE(run.err.contains("disk full")) << run.err.toStdString();
  EXPECT_EQ(readFile(disk.path() + "/report.json"), "{\"old\": true}\n");
}

TEST(CliOutputs, KillDuringRenderLeavesTheOldImage) {
  QTemporaryDir dir;
  const QString out = dir.filePath("old.png");
  ASSERT_EQ(planmap({"render", "--size", "300x200", "-o", out}).exitCode, 0);
  const QByteArray before = readFile(out);
  for (int delayMs : {150, 400, 800, 1500}) {
    QProcess p;
    p.start(QStringLiteral(PLANMAP_BINARY_DIR "/app/planmap"), {"render", "--size", "6000x4000", "-o", out});
    ASSERT_TRUE(p.waitForStarted());
    QThread::msleep(delayMs);
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    const QByteArray now = readFile(out);
    // Either the old file or a complete new one, never a torn or empty one.
    if (now != before) {
      EXPECT_FALSE(QImage::fromData(now, "PNG").isNull()) << "after " << delayMs << " ms";
    }
  }
  // The killed writers' temporaries are cleaned by the next write.
  ASSERT_EQ(planmap({"render", "--size", "300x200", "-o", out}).exitCode, 0);
  EXPECT_TRUE(partFiles(dir.path()).isEmpty()) << partFiles(dir.path()).join(" ").toStdString();
}

TEST(CliOutputs, DevicesAndFifosAreNeverReplaced) {
  QTemporaryDir dir;
  const CliRun onNull = planmap({"render", "--size", "100x100", "-o", "/dev/null"});
  EXPECT_NE(onNull.exitCode, 0);
  EXPECT_TRUE(S_ISCHR(modeOf("/dev/null")));
  const QString fifo = dir.filePath("out.pdf");
  ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
  const CliRun onFifo = planmap({"export", "--dpi", "20", "-o", fifo}, 60000);
  ASSERT_TRUE(onFifo.finished);
  EXPECT_NE(onFifo.exitCode, 0);
  EXPECT_TRUE(onFifo.err.contains("FIFO")) << onFifo.err.toStdString();
  EXPECT_TRUE(S_ISFIFO(modeOf(fifo)));
}

TEST(CliOutputs, FormatAndExtensionMustAgree) {
  QTemporaryDir dir;
  const CliRun run = planmap({"export", "--format", "png", "--dpi", "20", "-o", dir.filePath("x.pdf")});
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_TRUE(run.err.contains("does not match")) << run.err.toStdString();
  EXPECT_FALSE(QFileInfo::exists(dir.filePath("x.pdf")));
}

TEST(CliOutputs, EveryRenderFailureSaysWhy) {
  QTemporaryDir dir;
  struct Case {
    QString output;
    const char* why;
  };
  const QList<Case> cases = {{dir.filePath("missing/out.png"), "does not exist"},
                             {dir.path(), "folder"},
                             {dir.filePath("out.xyz"), "unknown image extension"}};
  for (const Case& c : cases) {
    const CliRun run = planmap({"render", "--size", "100x100", "-o", c.output});
    EXPECT_NE(run.exitCode, 0) << c.output.toStdString();
    EXPECT_TRUE(run.err.contains(c.why)) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("cannot write the image")) << run.err.toStdString();
  }
}

TEST(CliOutputs, ExportsGetTheUsersUmaskAndStalePartsAreCleaned) {
  QTemporaryDir dir;
  const QString out = dir.filePath("map.pdf");
  writeFile(dir.filePath(".map.pdf.XyZ123.part"), "left by a killed export");
  const mode_t old = ::umask(022);
  const CliRun run = planmap({"export", "--dpi", "20", "-o", out});
  ::umask(old);
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_EQ(modeOf(out) & 0777, 0644u);
  EXPECT_TRUE(partFiles(dir.path()).isEmpty());
  EXPECT_TRUE(readFile(out).startsWith("%PDF"));
}

TEST(CliOutputs, AHugeCustomPageIsRefusedNotAborted) {
  QTemporaryDir dir;
  const QString layout = dir.filePath("huge.json");
  writeFile(layout, R"({"format":"planmap-layout","version":1,"name":"huge","title":"t",
    "page":{"size":"custom","width_mm":1e7,"height_mm":1e7},"items":[]})");
  for (const char* format : {"png", "pdf"}) {
    const CliRun run = planmap({"export", "--layout", layout, "--format", format, "-o", dir.filePath(QStringLiteral("x.") + format)});
    EXPECT_TRUE(run.exitCode == 1 || run.exitCode == 2) << format << " exit " << run.exitCode << ": " << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("1e+07") || run.err.contains("10000000")) << run.err.toStdString();
  }
}
