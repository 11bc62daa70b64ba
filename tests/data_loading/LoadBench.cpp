// Not a test: times LayerLoader::load on one file, for comparison with the bare OGR read of
// /work/shared/bench/ogr_floor.py. Prints one JSON line like ogr_floor.py does.
//   load_bench FILE [REPS]
#include "LayerLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: load_bench FILE [REPS]\n");
    return 2;
  }
  const int reps = argc > 2 ? std::atoi(argv[2]) : 1;
  for (int r = 0; r < reps; ++r) {
    QElapsedTimer timer;
    timer.start();
    auto result = planmap::LayerLoader::load(QString::fromLocal8Bit(argv[1]));
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!result) {
      std::fprintf(stderr, "%s\n", result.error().toUtf8().constData());
      return 1;
    }
    std::size_t features = 0, vertices = 0, bytes = 0;
    for (const auto& l : result.value()) {
      features += l->features->featureCount();
      vertices += l->features->vertexCount();
      bytes += l->features->memoryBytes();
    }
    std::printf("{\"features\": %zu, \"vertices\": %zu, \"store_bytes\": %zu, \"load_s\": %.4f}\n", features, vertices,
                bytes, seconds);
  }
  return 0;
}
