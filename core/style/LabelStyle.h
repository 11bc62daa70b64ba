#pragma once

#include <QColor>
#include <QString>

namespace planmap {

// Labels on a field: Chinese text with a halo, placed without overlaps by the label engine.
struct LabelStyle {
  bool enabled = false;
  QString field;
  QString fontFamily = QStringLiteral("Noto Sans CJK SC");
  double sizePt = 9;
  bool bold = false;
  QColor color = QColor(34, 34, 34);
  QColor halo = QColor(255, 255, 255);
  double haloMm = 0.5;
  int priority = 0;  // higher is placed first when labels compete for space

  bool operator==(const LabelStyle&) const = default;
};

}  // namespace planmap
