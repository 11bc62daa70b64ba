#pragma once

#include <QString>
#include <QStringList>

namespace planmap {

struct RenderStats {
  bool cancelled = false;
  double seconds = 0;
  long long featuresDrawn = 0;
  long long verticesDrawn = 0;
  long long labelsPlaced = 0;
  long long labelsCandidates = 0;
  QStringList errors;  // e.g. a layer whose CRS could not be transformed
};

}  // namespace planmap
