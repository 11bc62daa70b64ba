#include "DemGrid.h"

#include <gdal_priv.h>

#include <cmath>
#include <limits>
#include <memory>

namespace planmap {
namespace {

struct DatasetCloser {
  void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

}  // namespace

Result<DemGrid> DemGrid::read(const QString& path) {
  GDALAllRegister();
  const QByteArray name = path.toUtf8();
  DatasetPtr ds(static_cast<GDALDataset*>(GDALOpenEx(name.constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr,
                                                     nullptr, nullptr)));
  if (!ds) {
    return Result<DemGrid>::fail(QStringLiteral("%1: cannot open as a raster: %2")
                                     .arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
  }
  if (ds->GetRasterCount() < 1) return Result<DemGrid>::fail(QStringLiteral("%1: no raster band").arg(path));
  double gt[6];
  if (ds->GetGeoTransform(gt) != CE_None) {
    return Result<DemGrid>::fail(QStringLiteral("%1: no georeferencing (geotransform)").arg(path));
  }
  if (gt[2] != 0 || gt[4] != 0 || gt[1] <= 0 || gt[5] >= 0) {
    return Result<DemGrid>::fail(QStringLiteral("%1: rotated or south-up grids are not supported").arg(path));
  }
  DemGrid grid;
  grid.width = ds->GetRasterXSize();
  grid.height = ds->GetRasterYSize();
  // Bound the memory: a basemap DEM is a sketch, not a survey (4096² floats = 64 MB).
  if (grid.width <= 1 || grid.height <= 1 || double(grid.width) * grid.height > 4096.0 * 4096.0) {
    return Result<DemGrid>::fail(QStringLiteral("%1: %2 × %3 cells is not a usable basemap DEM (2..4096² cells)")
                                     .arg(path).arg(grid.width).arg(grid.height));
  }
  grid.originX = gt[0];
  grid.originY = gt[3];
  grid.cellX = gt[1];
  grid.cellY = -gt[5];
  const OGRSpatialReference* srs = ds->GetSpatialRef();
  if (srs) {
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    if (srs->exportToWkt(&wkt, options) == OGRERR_NONE && wkt) grid.crs = Crs::fromUserInput(QString::fromUtf8(wkt));
    CPLFree(wkt);
  }
  if (!grid.crs.isValid()) return Result<DemGrid>::fail(QStringLiteral("%1: the DEM has no usable CRS").arg(path));

  GDALRasterBand* band = ds->GetRasterBand(1);
  grid.values.resize(std::size_t(grid.width) * grid.height);
  if (band->RasterIO(GF_Read, 0, 0, grid.width, grid.height, grid.values.data(), grid.width, grid.height, GDT_Float32,
                     0, 0) != CE_None) {
    return Result<DemGrid>::fail(QStringLiteral("%1: cannot read band 1: %2")
                                     .arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
  }
  int hasNoData = 0;
  const double noData = band->GetNoDataValue(&hasNoData);
  const float nan = std::numeric_limits<float>::quiet_NaN();
  for (float& v : grid.values) {
    if ((hasNoData && double(v) == noData) || !std::isfinite(v) || std::abs(v) > 1e5f) v = nan;
  }
  return Result<DemGrid>::ok(std::move(grid));
}

}  // namespace planmap
