#pragma once

#include <QMarginsF>
#include <QSizeF>
#include <QString>

namespace planmap {

// The sheet a layout is printed on: an ISO A size or a custom one, in millimetres.
struct LayoutPage {
  QString size = QStringLiteral("A3");  // "A4", "A3", "A1", "A0" or "custom"
  bool landscape = true;
  double customWidthMm = 0;   // only for "custom" (as given, before orientation)
  double customHeightMm = 0;
  QMarginsF marginsMm{10, 10, 10, 10};

  // Width × height in mm after orientation; empty for an unknown size name.
  QSizeF sizeMm() const;
  // The same in PDF points (1/72 inch): A3 landscape = 1190.55 × 841.89.
  QSizeF sizePt() const;
  static bool isKnownSize(const QString& name);

  bool operator==(const LayoutPage&) const = default;
};

}  // namespace planmap
