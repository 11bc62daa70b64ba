#include "Extent.h"

#include <QStringList>
#include <algorithm>

namespace planmap {

Extent Extent::fromCorners(double x1, double y1, double x2, double y2) {
  return Extent{std::min(x1, x2), std::min(y1, y2), std::max(x1, x2), std::max(y1, y2)};
}

Extent Extent::fromString(const QString& text) {
  const QStringList parts = text.split(',', Qt::SkipEmptyParts);
  if (parts.size() != 4) return {};
  double v[4];
  for (int i = 0; i < 4; ++i) {
    bool ok = false;
    v[i] = parts[i].trimmed().toDouble(&ok);
    if (!ok) return {};
  }
  return fromCorners(v[0], v[1], v[2], v[3]);
}

void Extent::include(double x, double y) {
  minX = std::min(minX, x);
  minY = std::min(minY, y);
  maxX = std::max(maxX, x);
  maxY = std::max(maxY, y);
}

void Extent::include(const Extent& other) {
  if (other.isEmpty()) return;
  include(other.minX, other.minY);
  include(other.maxX, other.maxY);
}

bool Extent::intersects(const Extent& o) const {
  return !(o.minX > maxX || o.maxX < minX || o.minY > maxY || o.maxY < minY);
}

bool Extent::contains(double x, double y) const {
  return x >= minX && x <= maxX && y >= minY && y <= maxY;
}

bool Extent::contains(const Extent& o) const {
  return o.minX >= minX && o.maxX <= maxX && o.minY >= minY && o.maxY <= maxY;
}

Extent Extent::intersected(const Extent& o) const {
  Extent r{std::max(minX, o.minX), std::max(minY, o.minY), std::min(maxX, o.maxX), std::min(maxY, o.maxY)};
  return r.isEmpty() ? Extent{} : r;
}

Extent Extent::buffered(double m) const { return {minX - m, minY - m, maxX + m, maxY + m}; }

Extent Extent::scaled(double f) const {
  const double hw = width() * 0.5 * f, hh = height() * 0.5 * f;
  return {centerX() - hw, centerY() - hh, centerX() + hw, centerY() + hh};
}

Extent Extent::expandedToAspect(double aspect) const {
  if (isEmpty() || aspect <= 0) return *this;
  double w = width(), h = height();
  if (h <= 0 || w / h < aspect) w = h * aspect;
  else h = w / aspect;
  return {centerX() - w / 2, centerY() - h / 2, centerX() + w / 2, centerY() + h / 2};
}

QString Extent::toString() const {
  return QStringLiteral("%1,%2,%3,%4")
      .arg(minX, 0, 'g', 12).arg(minY, 0, 'g', 12).arg(maxX, 0, 'g', 12).arg(maxY, 0, 'g', 12);
}

}  // namespace planmap
