#pragma once

#include <QString>

// Where the plan tests find their inputs: fixtures in tests/data/plan, the seed text in the
// shared folder, the bundled catalog in the source tree's geodata.
namespace plantest {

inline QString fixture(const char* name) { return QStringLiteral(PLANMAP_TEST_DATA "/plan/") + QString::fromUtf8(name); }
inline QString seedPath() { return QStringLiteral(PLANMAP_SHARED_DIR "/seed/000_4d581eef09b81c6a.txt"); }

}  // namespace plantest
