#pragma once

#include "Result.h"

#include <QSharedDataPointer>
#include <QString>

namespace planmap {

class CrsData;
struct CrsFactory;

// A coordinate reference system as a value: cheap to copy, safe to hand to other threads.
// Its identity is its WKT2 definition; PROJ objects are created per thread where needed (see
// CoordinateTransform). Axis order is always the "traditional GIS" one: x = lon / easting.
class Crs {
 public:
  Crs();
  ~Crs();
  Crs(const Crs&);
  Crs& operator=(const Crs&);

  static Crs fromEpsg(int code);
  // Accepts "EPSG:4545", a bare EPSG number, WKT1 (including ArcGIS/ESRI .prj WKT), WKT2 or a PROJ string.
  // A definition equivalent to an EPSG entry (proj_identify confidence >= 70: same datum,
  // projection and parameters, whatever its name) becomes that entry, so the ESRI .prj of
  // "CGCS2000_3_Degree_GK_CM_108E" == fromEpsg(4545). Invalid on failure; parse() says why.
  // Parsed definitions are cached process-wide (identification costs tens of ms).
  static Crs fromUserInput(const QString& definition);
  // Reads an ESRI .prj file; the error names the file and the cause.
  static Crs fromPrjFile(const QString& path, QString* error = nullptr);
  // The same three with the reason for a failure: parse() says why the text is not a CRS,
  // readPrjFile() names the file and the cause (unreadable, empty, not WKT).
  static Result<Crs> parse(const QString& definition);
  static Result<Crs> parseEpsg(int code);
  static Result<Crs> readPrjFile(const QString& path);

  bool isValid() const;
  int epsg() const;          // 0 when PROJ cannot identify an EPSG code
  QString authId() const;    // "EPSG:4545", or empty
  QString name() const;      // e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 108E"
  // WKT2:2019 with the authority's axis order (EPSG:4490 is lat, lon; EPSG:4545 northing,
  // easting): give it to GDAL with OAMS_TRADITIONAL_GIS_ORDER, as CoordinateTransform does.
  QString wkt() const;
  QString projJson() const;
  bool isGeographic() const;
  // The datum's name, e.g. "China 2000", "Xian 1980", "Beijing 1954".
  QString datumName() const;
  // "EPSG:4545 CGCS2000 / 3-degree Gauss-Kruger CM 108E", the name alone without a code, or
  // "(no CRS)"; for logs and `planmap info`.
  QString description() const;
  // WKT1 in the ESRI dialect, what ArcGIS and most Chinese survey data expect in a .prj.
  QString esriWkt() const;

  bool operator==(const Crs& other) const;
  bool operator!=(const Crs& other) const { return !(*this == other); }

 private:
  friend struct CrsFactory;
  void setData(const QString& wkt, const QString& name, int epsg, bool geographic, const QString& datum);
  QSharedDataPointer<CrsData> d;
};

}  // namespace planmap
