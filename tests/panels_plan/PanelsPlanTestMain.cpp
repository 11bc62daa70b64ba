// test_panels_plan's main: the editors are widgets, so they need a QApplication.
// PLANMAP_PANEL_SHOTS=DIR also saves each editor and the themed map as PNGs there, to look at.
#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
  // Test discovery runs the binary without the test environment; never try to reach a display.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  if (qEnvironmentVariableIsEmpty("PLANMAP_GEODATA")) qputenv("PLANMAP_GEODATA", PLANMAP_SOURCE_GEODATA_DIR);
  QApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
