#pragma once

#include <QString>

namespace planmap {

// How a layer's attribute encoding was decided ("the plague of Chinese county data").
enum class EncodingSource { Cpg, Ldid, Detected, Override, Native };
QString encodingSourceName(EncodingSource source);  // "cpg", "ldid", "detected", "override", "native"

struct EncodingInfo {
  QString name = QStringLiteral("UTF-8");  // GDAL/iconv name: "UTF-8", "CP936", "GB18030", "ISO-8859-1" …
  EncodingSource source = EncodingSource::Native;  // Native: the format defines it (GeoPackage, GeoJSON)
  QString note;  // e.g. "no .cpg and DBF language byte 0; 212 of 212 non-ASCII values decode as GB18030"
};

}  // namespace planmap
