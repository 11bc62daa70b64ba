#include <QCoreApplication>
#include <gtest/gtest.h>

// MapDocument is a QObject with signals; QSignalSpy wants an application object.
int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
