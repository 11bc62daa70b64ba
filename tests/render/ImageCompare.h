#pragma once

#include <QImage>
#include <QString>

namespace planmap::test {

// Compares a rendered image with a committed reference PNG in tests/data/render/.
// A pixel differs when any channel differs by more than `channelTolerance`; the comparison passes
// when at most `maxDifferentFraction` of the pixels differ. On failure a diff image (differing pixels
// red over a faded copy of the reference) and the rendered image are written to the build directory.
// With PLANMAP_UPDATE_REFERENCES=1 the reference is (re)written instead and the comparison passes.
struct ImageComparison {
  bool ok = false;
  double differentFraction = 1;
  QString message;
};
ImageComparison compareWithReference(const QImage& rendered, const QString& name, int channelTolerance = 48,
                                     double maxDifferentFraction = 0.004);

}  // namespace planmap::test
