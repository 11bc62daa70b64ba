#pragma once

#include "Symbol.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace planmap {

// One entry of a categorized (value) or graduated (lower <= v < upper) renderer, with its legend text.
struct StyleClass {
  QVariant value;
  // Categorized only: further values drawn with this class, so one legend entry can stand for many
  // values (a target-status theme puts every feature key with the same status in one class).
  QStringList otherValues;
  double lower = 0;
  double upper = 0;
  QString labelZh;
  QString labelEn;
  Symbol symbol;

  bool matches(const QString& text) const { return value.toString() == text || otherValues.contains(text); }

  bool operator==(const StyleClass&) const = default;
};

}  // namespace planmap
