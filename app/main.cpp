// planmap: with no subcommand, the desktop window on the bundled Ankang map; with one, headless work.
#include "PostGisLayerSource.h"

#include <QApplication>
#include <QCoreApplication>
#include <cstdio>
#include <cstring>

#ifdef PLANMAP_HAVE_CLI
#include "CommandLine.h"
#endif
#ifdef PLANMAP_HAVE_GUI
#include "DesktopApp.h"
#endif

int main(int argc, char** argv) {
  if (argc > 1 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-V") == 0)) {
    std::printf("planmap %s\n", PLANMAP_VERSION);
    return 0;
  }
  // Projects may name PostGIS tables; core/project opens them through this (no link back to postgis).
  planmap::PostGisLayerSource::installProjectOpener();
#ifdef PLANMAP_HAVE_CLI
  if (planmap::CommandLine::isSubcommand(argc, argv)) {
    // Headless: a QGuiApplication-free core app is enough except for rendering, which needs fonts;
    // CommandLine creates the application object it needs.
    return planmap::CommandLine::run(argc, argv);
  }
#endif
#ifdef PLANMAP_HAVE_GUI
  return planmap::DesktopApp::run(argc, argv);
#else
  std::fprintf(stderr, "planmap: this build has no desktop window\n");
  return 2;
#endif
}
