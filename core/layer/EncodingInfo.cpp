#include "EncodingInfo.h"

namespace planmap {

QString encodingSourceName(EncodingSource source) {
  switch (source) {
    case EncodingSource::Cpg: return QStringLiteral("cpg");
    case EncodingSource::Ldid: return QStringLiteral("ldid");
    case EncodingSource::Detected: return QStringLiteral("detected");
    case EncodingSource::Override: return QStringLiteral("override");
    case EncodingSource::Native: return QStringLiteral("native");
  }
  return QStringLiteral("native");
}

}  // namespace planmap
