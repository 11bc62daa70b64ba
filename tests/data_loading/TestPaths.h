#pragma once

#include <QString>

// Paths of the committed fixtures (written by tests/data/loading/make_fixtures.py).
inline QString loadingFixture(const char* relative) {
  return QStringLiteral(PLANMAP_TEST_DATA "/loading/") + QString::fromUtf8(relative);
}
inline QString badFixture(const char* relative) {
  return QStringLiteral(PLANMAP_TEST_DATA "/bad/") + QString::fromUtf8(relative);
}
