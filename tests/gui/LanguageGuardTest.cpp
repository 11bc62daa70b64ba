// English plural forms (issue #14): without an English translator Qt prints "%n county(ies)" as
// written; planmap_en.ts (fill_en.py) carries the two English forms of every %n string.
#include "DesktopApp.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

namespace planmap::test {
namespace {

TEST(LanguageGuardTest, EnglishPluralsAreWords) {
  DesktopApp::installLanguage(QStringLiteral("en"));
  const QString ten = QCoreApplication::translate("planmap::CountyStatsDock",
                                                  "Units: %1 (layer %2), %n unit(s); areas on the ellipsoid.", nullptr, 10);
  const QString one = QCoreApplication::translate("planmap::MainWindow", "Hide %n layer(s)", nullptr, 1);
  DesktopApp::installLanguage(QStringLiteral("zh_CN"));  // the other tests run in Chinese
  EXPECT_EQ(ten, QStringLiteral("Units: %1 (layer %2), 10 units; areas on the ellipsoid."));
  EXPECT_EQ(one, QStringLiteral("Hide 1 layer"));
}

}  // namespace
}  // namespace planmap::test
