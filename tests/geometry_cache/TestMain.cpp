// Rendering needs a QGuiApplication (offscreen); the cache directory is a fresh one per run.
#include <QGuiApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QTemporaryDir cacheHome, configHome;  // the size cap is a setting: keep the user's untouched
  qputenv("XDG_CACHE_HOME", cacheHome.path().toUtf8());
  qputenv("XDG_CONFIG_HOME", configHome.path().toUtf8());
  QGuiApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
