#pragma once

// Internal to planmap_data: include only from .cpp files. GDAL's own RAII types own every handle so
// nothing leaks on an early return; the small helpers here add what GDAL lacks for our use:
// one-time driver registration and capture of GDAL's error messages on the calling thread.

#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <QString>
#include <QStringList>
#include <memory>

namespace planmap::gdal {

using DatasetPtr = GDALDatasetUniquePtr;   // GDALClose on destruction
using FeaturePtr = OGRFeatureUniquePtr;    // OGRFeature::DestroyFeature
using GeometryPtr = OGRGeometryUniquePtr;  // OGRGeometryFactory::destroyGeometry

// Registers GDAL's drivers once per process (thread-safe).
void ensureRegistered();

// Collects GDAL's error messages while alive instead of letting them go to stderr. The handler is
// pushed per thread (CPLPushErrorHandlerEx), so concurrent loads do not see each other's errors.
class ErrorCapture {
 public:
  ErrorCapture();
  ~ErrorCapture();
  ErrorCapture(const ErrorCapture&) = delete;
  ErrorCapture& operator=(const ErrorCapture&) = delete;

  // The first failure message (CE_Failure or worse), else the last warning; empty if none.
  QString message() const;
  bool hasFailure() const { return !failures_.isEmpty(); }
  void clear();

 private:
  static void handler(CPLErr level, CPLErrorNum number, const char* message);
  QStringList failures_;
  QStringList warnings_;
};

// Opens `path` read-only as a vector dataset; `openOptions` are "KEY=VALUE" strings (e.g. ENCODING
// for shapefiles), `allowedDrivers` restricts the drivers tried (empty: all).
DatasetPtr openVector(const QString& path, const QStringList& openOptions = {},
                      const QStringList& allowedDrivers = {});

// Reads a whole (small) file through GDAL's virtual file system, so /vsizip/ paths work too.
// Returns false when it cannot be opened; `maxBytes` guards against reading huge files by accident.
bool readVsiFile(const QString& path, QByteArray& bytes, qint64 maxBytes = 16 * 1024 * 1024);
// Size of a file through the VSI layer; -1 if it does not exist.
qint64 vsiFileSize(const QString& path);
bool vsiIsDirectory(const QString& path);
// Entries (names, not paths) of a directory through the VSI layer; recursive for zip archives.
QStringList vsiListDirectory(const QString& path, bool recursive);

}  // namespace planmap::gdal
