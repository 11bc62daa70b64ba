#pragma once

#include "Crs.h"

#include <QString>
#include <QStringList>

namespace planmap {

// The mathematical basis of a map frame, read from its actual CRS (PROJJSON), for the note a
// Chinese thematic map carries ("2000国家大地坐标系；高斯-克吕格投影，3°分带，中央经线 108°") and
// for the km grid's labels (the zone prefix of a false easting such as 36 500 000 m).
struct MapBasis {
  enum class Projection { Geographic, GaussKruger, Other };
  Projection projection = Projection::Other;
  QString datumZh;             // "2000国家大地坐标系", "1980西安坐标系", "1954北京坐标系", else the datum's name
  double centralMeridian = 0;  // degrees (Gauss-Krüger)
  int zoneWidth = 0;           // 3 or 6 (Gauss-Krüger); 0 when unknown
  int zone = 0;                // zone number when the false easting carries it (36 500 000 → 36); else 0
  double falseEasting = 0;
  double scaleFactor = 1;      // at the central meridian
  QString crsName;             // "CGCS2000 / 3-degree Gauss-Kruger CM 108E"

  static MapBasis of(const Crs& crs);

  // The note's lines: coordinate system, projection (with zone and central meridian), and the
  // height datum when `showsHeights` (a DEM or hillshade is drawn).
  QStringList noteLines(bool showsHeights) const;
  // The point scale factor of the projection at lon/lat (degrees): 1 on a Gauss-Krüger central
  // meridian, growing away from it. 1 for other projections.
  double pointScale(double lon, double lat) const;
  // Ground metres per degree of longitude at `lat` on the CGCS2000 ellipsoid (geographic frames).
  static double metresPerDegreeLongitude(double lat);
};

}  // namespace planmap
