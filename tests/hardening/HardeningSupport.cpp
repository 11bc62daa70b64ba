#include "HardeningSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/mount.h>
#include <unistd.h>

namespace hardening {

FullDisk::FullDisk(const QString& size) {
  if (::geteuid() != 0) return;
  path_ = QDir::tempPath() + QStringLiteral("/planmap-fulldisk-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
  QDir().mkpath(path_);
  const QByteArray options = "size=" + size.toLatin1() + ",mode=0777";
  mounted_ = ::mount("tmpfs", QFile::encodeName(path_).constData(), "tmpfs", 0, options.constData()) == 0;
}

FullDisk::~FullDisk() {
  if (mounted_) ::umount2(QFile::encodeName(path_).constData(), MNT_DETACH);
  if (!path_.isEmpty()) QDir().rmdir(path_);
}

void FullDisk::fill(qint64 leaveBytes) {
  QFile ballast(path_ + QStringLiteral("/ballast"));
  if (!ballast.open(QIODevice::WriteOnly | QIODevice::Append)) return;
  const QByteArray block(4096, 'x');
  qint64 room = 1ll << 40;
  while (room > leaveBytes) {
    if (ballast.write(block) != block.size() || !ballast.flush()) break;
    room -= block.size();
  }
  ballast.close();
}

CliRun planmap(const QStringList& arguments, int timeoutMs) {
  QProcess process;
  static QTemporaryDir runtime;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  process.setProcessEnvironment(env);
  QElapsedTimer timer;
  timer.start();
  process.start(QStringLiteral(PLANMAP_BINARY_DIR "/app/planmap"), arguments);
  CliRun run;
  run.finished = process.waitForFinished(timeoutMs);
  if (!run.finished) {
    process.kill();
    process.waitForFinished(5000);
  }
  run.seconds = timer.nsecsElapsed() / 1e9;
  run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  run.out = process.readAllStandardOutput();
  run.err = process.readAllStandardError();
  return run;
}

QString fixture(const char* relative) { return QStringLiteral(PLANMAP_TEST_DATA "/") + QString::fromUtf8(relative); }

QString bundledGeodata(const char* relative) {
  return QStringLiteral(PLANMAP_TEST_DATA "/../../geodata/") + QString::fromUtf8(relative);
}

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool ogr2ogr(const QStringList& arguments) {
  QProcess p;
  p.start(QStringLiteral("ogr2ogr"), arguments);
  return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray polygonGeoJson(const QList<QPair<double, double>>& ring) {
  QByteArray coords;
  for (const auto& p : ring) coords += (coords.isEmpty() ? "" : ",") + QByteArray("[") + QByteArray::number(p.first, 'g', 17) + "," +
                                       QByteArray::number(p.second, 'g', 17) + "]";
  return R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"site"},"geometry":{"type":"Polygon","coordinates":[[)" +
         coords + "]]}}]}";
}

}  // namespace hardening
