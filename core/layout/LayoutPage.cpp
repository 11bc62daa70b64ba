#include "LayoutPage.h"

#include <utility>

namespace planmap {
namespace {

QSizeF isoPortraitMm(const QString& name) {
  if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0) return {210, 297};
  if (name.compare(QLatin1String("A3"), Qt::CaseInsensitive) == 0) return {297, 420};
  if (name.compare(QLatin1String("A2"), Qt::CaseInsensitive) == 0) return {420, 594};
  if (name.compare(QLatin1String("A1"), Qt::CaseInsensitive) == 0) return {594, 841};
  if (name.compare(QLatin1String("A0"), Qt::CaseInsensitive) == 0) return {841, 1189};
  return {};
}

}  // namespace

bool LayoutPage::isKnownSize(const QString& name) {
  return !isoPortraitMm(name).isEmpty() || name.compare(QLatin1String("custom"), Qt::CaseInsensitive) == 0;
}

QSizeF LayoutPage::sizeMm() const {
  QSizeF s = size.compare(QLatin1String("custom"), Qt::CaseInsensitive) == 0 ? QSizeF(customWidthMm, customHeightMm)
                                                                             : isoPortraitMm(size);
  if (s.isEmpty()) return {};
  const bool isLandscape = s.width() > s.height();
  if (isLandscape != landscape) s.transpose();
  return s;
}

QSizeF LayoutPage::sizePt() const { return sizeMm() * (72.0 / 25.4); }

}  // namespace planmap
