#include "VectorFileFilter.h"

namespace planmap {

QString VectorFileFilter::dialogFilter() {
  return tr("GIS data (*.shp *.zip *.gpkg *.geojson *.json *.kml *.fgb);;Shapefile (*.shp);;GeoPackage (*.gpkg);;"
            "GeoJSON (*.geojson *.json);;KML (*.kml);;FlatGeobuf (*.fgb);;Zip archive (*.zip);;All files (*)");
}

}  // namespace planmap
