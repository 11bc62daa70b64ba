#include <QGuiApplication>
#include <gtest/gtest.h>

// A QGuiApplication for QImage writers and QProcess; GoogleTest runs the rest.
int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");  // test discovery too
  QGuiApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
