// Layout tests paint text, which needs a QGuiApplication (offscreen under ctest).
#include <QGuiApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  if (qEnvironmentVariableIsEmpty("PLANMAP_GEODATA")) qputenv("PLANMAP_GEODATA", PLANMAP_TEST_DATA "/../../geodata");
  QGuiApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
