#pragma once

#include "LoadOptions.h"
#include "Result.h"
#include "VectorLayer.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace planmap {

// Summary of one layer of a dataset, without reading its features (for `planmap info` and open dialogs).
struct LayerSummary {
  QString name;
  QString driverName;
  long long featureCount = -1;
  QStringList fieldNames;
  QStringList fieldTypes;
};

// Opens vector data with GDAL/OGR (Shapefile, a folder of shapefiles, .zip via /vsizip/, GeoPackage
// with every layer, GeoJSON, KML, FlatGeobuf) into VectorLayers: attribute encoding decided per
// dataset (GDAL's ENCODING open option: .cpg, DBF language byte, detection, or the override), CRS
// read from the file or inferred from the coordinates, invalid polygons repaired and reported.
// Safe to call from any thread; each call opens its own dataset (one GDAL dataset per thread).
class LayerLoader {
 public:
  // Every layer of the dataset at `path` (or only options.layerName). `path` may be a file, a
  // folder of shapefiles, a .zip, a /vsi… path or a GDAL connection string ("PG:…"). The error
  // names the file and the cause: "counties.shp: .shp has 12 shapes but .dbf has 10 records".
  // Layer ids are the source layer names, made unique within one call; titles equal the ids.
  static Result<std::vector<std::shared_ptr<VectorLayer>>> load(const QString& path, const LoadOptions& options = {});
  static Result<std::vector<LayerSummary>> summarize(const QString& path, const LoadOptions& options = {});
};

}  // namespace planmap
