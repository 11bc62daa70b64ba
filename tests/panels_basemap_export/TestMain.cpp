// Widgets need a QApplication (offscreen under ctest); QSettings get a test-only organisation so the
// user's real basemap key is never read or overwritten.
#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
  QStandardPaths::setTestModeEnabled(true);
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("PlanMapTest"));
  QCoreApplication::setApplicationName(QStringLiteral("test_panels_basemap_export"));
  testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
