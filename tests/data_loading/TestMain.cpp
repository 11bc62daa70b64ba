#include <QCoreApplication>
#include <gtest/gtest.h>

// A QCoreApplication for QStringDecoder/ICU and QProcess; GoogleTest runs the rest.
int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
