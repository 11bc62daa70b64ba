// test_gui's main: a QApplication (widgets need one) in the zh_CN UI the app starts with by default.
#include "DesktopApp.h"

#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
  // Test discovery runs the binary without the test environment; never try to reach a display.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  if (qEnvironmentVariableIsEmpty("PLANMAP_GEODATA")) qputenv("PLANMAP_GEODATA", PLANMAP_SOURCE_GEODATA_DIR);
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("PlanMapTest"));
  QStandardPaths::setTestModeEnabled(true);  // settings go to a test location, never the user's
  planmap::DesktopApp::installLanguage(QStringLiteral("zh_CN"));
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
