// Feeds arbitrary bytes to the layer loader as a small GeoJSON, KML or shapefile (chosen by the
// first byte) in GDAL's memory file system: an error or layers, never a crash, hang or sanitizer
// report. For a shapefile the next six bytes are the lengths of the .shp and .shx parts; the rest
// is the .dbf.
#include "LayerLoader.h"
#include "VectorLayer.h"

#include <cpl_vsi.h>

#include <QCoreApplication>
#include <cstdint>
#include <cstring>

namespace {

void put(const char* path, const std::uint8_t* data, std::size_t size) {
  VSILFILE* f = VSIFOpenL(path, "wb");
  if (!f) return;
  VSIFWriteL(data, 1, size, f);
  VSIFCloseL(f);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static int argc = 1;
  static char name[] = "layer_loader_fuzzer";
  static char* argv[] = {name, nullptr};
  static QCoreApplication app(argc, argv);
  if (size < 1) return 0;
  const int kind = data[0] % 3;
  ++data;
  --size;
  QString path;
  if (kind == 0) {
    put("/vsimem/fuzz/in.geojson", data, size);
    path = QStringLiteral("/vsimem/fuzz/in.geojson");
  } else if (kind == 1) {
    put("/vsimem/fuzz/in.kml", data, size);
    path = QStringLiteral("/vsimem/fuzz/in.kml");
  } else {
    if (size < 6) return 0;
    const std::size_t shp = std::min<std::size_t>((data[0] << 16) | (data[1] << 8) | data[2], size - 6);
    const std::size_t shx = std::min<std::size_t>((data[3] << 16) | (data[4] << 8) | data[5], size - 6 - shp);
    const std::uint8_t* rest = data + 6;
    put("/vsimem/fuzz/in.shp", rest, shp);
    put("/vsimem/fuzz/in.shx", rest + shp, shx);
    put("/vsimem/fuzz/in.dbf", rest + shp + shx, size - 6 - shp - shx);
    path = QStringLiteral("/vsimem/fuzz/in.shp");
  }
  auto layers = planmap::LayerLoader::load(path);
  if (layers)
    for (const auto& layer : layers.value())
      if (layer->features) (void)layer->features->extent();
  for (const char* p : {"/vsimem/fuzz/in.geojson", "/vsimem/fuzz/in.kml", "/vsimem/fuzz/in.shp", "/vsimem/fuzz/in.shx",
                        "/vsimem/fuzz/in.dbf"})
    VSIUnlink(p);
  return 0;
}
