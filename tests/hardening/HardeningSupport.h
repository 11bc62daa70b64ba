#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hardening {

// A small tmpfs mounted for one test (root only; mount(8) with -o size=…): a disk that fills for real.
class FullDisk {
 public:
  explicit FullDisk(const QString& size = QStringLiteral("512k"));
  ~FullDisk();
  bool mounted() const { return mounted_; }
  const QString& path() const { return path_; }
  // Fills the free space with a ballast file, leaving about `leaveBytes`.
  void fill(qint64 leaveBytes = 0);

 private:
  QString path_;
  bool mounted_ = false;
};

struct CliRun {
  int exitCode = -1;
  bool finished = false;
  double seconds = 0;
  QByteArray out, err;
};

// Runs the built planmap with `arguments`, at most `timeoutMs`.
CliRun planmap(const QStringList& arguments, int timeoutMs = 120000);
QString fixture(const char* relative);
QString bundledGeodata(const char* relative);
bool writeFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);
// ogr2ogr (gdal-bin, in deps.txt) to make throw-away shapefiles from GeoJSON.
bool ogr2ogr(const QStringList& arguments);
// A GeoJSON FeatureCollection of one polygon given as lon/lat pairs.
QByteArray polygonGeoJson(const QList<QPair<double, double>>& ring);

}  // namespace hardening
