#pragma once

#include "MapDocument.h"
#include "Result.h"

#include <QString>

namespace planmap {

// Loads the bundled Ankang map described by geodata/bundled_map.json (format
// "planmap-bundled-map" v1: title, and layers bottom-first with id, file, title_zh, title_en, group,
// key_field, label_field, style — see StyleJson) into a MapDocument. The error names the manifest
// or layer file and the cause; a missing layer file fails the load rather than showing half a map.
class BundledMap {
 public:
  static Status loadInto(MapDocument& document, const QString& manifestPath = {});  // default: DataPaths
};

}  // namespace planmap
