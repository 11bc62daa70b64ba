#pragma once

#include "LoadOptions.h"
#include "Result.h"
#include "VectorLayer.h"

#include <QString>
#include <atomic>
#include <cstdint>
#include <memory>

namespace planmap {

// The persistent geometry cache of big vector layers (one memory-mapped file per source layer, see
// GeometryCacheWriter/Reader), and its policy:
// - only local files of at least kMinSourceBytes are cached: smaller ones load from the source in
//   well under a second, faster than a cache's checks would pay back (the bundled map never is);
// - files live in the app's cache directory, QStandardPaths::CacheLocation of the window
//   ($XDG_CACHE_HOME/PlanMap/planmap/geometry on Linux, the same for the CLI), named after the source
//   path, layer name and load options; the file's key adds the size and modification time of the
//   source (and a shapefile's .dbf/.shx/.prj/.cpg, a GeoPackage's -wal), so a changed source misses
//   and is rebuilt over the stale file;
// - a size cap (Settings, default 10 GB): after each write, the least recently opened files are
//   deleted until the rest fit (an open touches the file's access time).
// Thread-safe: every call works on files only.
class LayerCache {
 public:
  static constexpr qint64 kMinSourceBytes = 32ll << 20;
  static constexpr qint64 kDefaultMaxBytes = 10ll << 30;

  // The size threshold in force (kMinSourceBytes unless a test or benchmark lowered it).
  static qint64 minSourceBytes();
  static void setMinSourceBytes(qint64 bytes);

  static QString directory();
  // A local file (not /vsi…, not a connection string) at least kMinSourceBytes big.
  static bool eligible(const QString& sourcePath);
  // The cache file for one layer of a source, and the key its current state must match.
  struct Slot {
    QString file;
    std::uint64_t key = 0;
  };
  static Slot slotFor(const QString& sourcePath, const QString& layerName, const LoadOptions& options);

  // The layer from its cache, or null when there is none, it is stale, or it fails a check
  // (`why` says which; a corrupt or stale file is deleted so that it gets rebuilt).
  static std::shared_ptr<VectorLayer> open(const QString& sourcePath, const QString& layerName,
                                           const LoadOptions& options, QString* why = nullptr);
  // Whether a loaded layer should get a cache written (eligible, read from the source).
  static bool wanted(const VectorLayer& layer);
  // Writes the layer's cache (temp file + rename), then applies the size cap. Slow: call it on a
  // worker thread. `options` must be the ones the layer was loaded with.
  static Status store(const VectorLayer& layer, const LoadOptions& options, const std::atomic<bool>* cancel = nullptr);
  // Checks a cache file's coordinates (GeometryCacheReader::verifyCoordinates); deletes it when corrupt.
  static Status verify(const QString& sourcePath, const QString& layerName, const LoadOptions& options);

  static qint64 maxBytes();
  static void setMaxBytes(qint64 bytes);
  static qint64 usedBytes();
  // Deletes least recently opened files until the cache fits `maxBytes()`; never `keep`.
  static void enforceLimit(const QString& keep = {});
  static void clear();
};

}  // namespace planmap
