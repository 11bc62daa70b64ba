#pragma once

// Internal to planmap_data. Decides the attribute encoding of a shapefile's .dbf the way a careful
// person would: the .cpg if it names something, else the DBF language driver byte if it says
// anything definite, else look at the bytes (valid UTF-8? clean GB18030? else Latin-1).

#include "EncodingInfo.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <vector>

namespace planmap {

class EncodingDetector {
 public:
  // `cpgPath` / `dbfPath` may be empty when the file is absent; both may be /vsizip/ paths.
  // `warning` (if given) receives what was ignored, e.g. a .cpg naming UTF-16, which a .dbf cannot hold.
  static EncodingInfo forShapefile(const QString& cpgPath, const QString& dbfPath, QString* warning = nullptr);

  // The iconv/GDAL name for the text of a .cpg file ("936" -> "CP936", "UTF8" -> "UTF-8",
  // "88591" -> "ISO-8859-1"); empty when the text names no encoding we know.
  static QString encodingFromCpg(const QString& cpgText);
  // The encoding a DBF language driver id stands for (0x4D -> "CP936"); empty for 0 and for 0x57
  // ("current ANSI code page", which says nothing about the file) and unknown ids.
  static QString encodingFromLdid(std::uint8_t ldid);
  // Decides from raw non-ASCII byte strings. `truncatedAtEnd[i]` says value i filled its whole DBF
  // field, so a UTF-8 sequence cut at its end is forgiven. `checkedValues` is the number of values
  // looked at in total (ASCII ones included), for the note.
  static EncodingInfo detect(const std::vector<QByteArray>& nonAsciiValues, const std::vector<bool>& truncatedAtEnd,
                             std::size_t checkedValues, const QString& context);

  // Helpers, exposed for tests.
  static bool isValidUtf8(const QByteArray& bytes, bool allowTruncatedEnd);
  // True when the bytes decode as GB18030 without errors; `fourByte` set when a four-byte
  // sequence (outside GBK) was seen.
  static bool decodesAsGb18030(const QByteArray& bytes, bool* fourByte = nullptr);
};

}  // namespace planmap
