// test_panels_layout's main: the layout window is a widget, so it needs a QApplication.
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
