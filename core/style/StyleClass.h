#pragma once

#include "Symbol.h"

#include <QString>
#include <QVariant>

namespace planmap {

// One entry of a categorized (value) or graduated (lower <= v < upper) renderer, with its legend text.
struct StyleClass {
  QVariant value;
  double lower = 0;
  double upper = 0;
  QString labelZh;
  QString labelEn;
  Symbol symbol;

  bool operator==(const StyleClass&) const = default;
};

}  // namespace planmap
