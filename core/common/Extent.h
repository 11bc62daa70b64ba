#pragma once

#include <QString>
#include <limits>

namespace planmap {

// An axis-aligned rectangle in map units (x = easting or longitude, y = northing or latitude, y up).
// Unlike QRectF it has no "top" that means "smaller y", which keeps map code honest about axis direction.
struct Extent {
  double minX = std::numeric_limits<double>::infinity();
  double minY = std::numeric_limits<double>::infinity();
  double maxX = -std::numeric_limits<double>::infinity();
  double maxY = -std::numeric_limits<double>::infinity();

  static Extent fromCorners(double x1, double y1, double x2, double y2);
  // Parses "minx,miny,maxx,maxy"; returns an empty extent when the text is not four numbers.
  static Extent fromString(const QString& text);

  bool isEmpty() const { return !(minX <= maxX && minY <= maxY); }
  double width() const { return maxX - minX; }
  double height() const { return maxY - minY; }
  double centerX() const { return (minX + maxX) * 0.5; }
  double centerY() const { return (minY + maxY) * 0.5; }

  void include(double x, double y);
  void include(const Extent& other);
  bool intersects(const Extent& other) const;
  bool contains(double x, double y) const;
  bool contains(const Extent& other) const;
  Extent intersected(const Extent& other) const;
  Extent buffered(double margin) const;
  Extent scaled(double factor) const;  // about the centre
  // The smallest extent around the same centre whose width/height equals `aspect`.
  Extent expandedToAspect(double aspect) const;

  QString toString() const;  // "minx,miny,maxx,maxy"
  bool operator==(const Extent&) const = default;
};

}  // namespace planmap
