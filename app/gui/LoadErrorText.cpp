#include "LoadErrorText.h"

#include <QRegularExpression>

namespace planmap {

LoadErrorText::Explained LoadErrorText::explain(const QString& fileName, const QString& error) {
  const QString e = error;
  auto has = [&](const char* pattern) {
    return e.contains(QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption));
  };
  QString message;
  if (has("\\.prj\\b.*(not a CRS|proj_create|cannot be parsed|invalid)"))
    message = tr("The .prj file of %1 is not a valid coordinate system definition. Open it again and choose the "
                 "coordinate system, or replace the .prj file.").arg(fileName);
  else if (has("\\.prj\\b.*empty"))
    message = tr("The .prj file of %1 is empty. Delete it or open the file again and choose the coordinate system.")
                  .arg(fileName);
  else if (has("file code 9994|not a shapefile|\\.shp.*(truncated|damaged|short)"))
    message = tr("%1 is not a readable shapefile: the .shp file is damaged or is not a shapefile.").arg(fileName);
  else if (has("\\.dbf\\b.*(truncated|short|record|header)|count.*mismatch|records? .*shapes?"))
    message = tr("The attribute table (.dbf) of %1 is damaged or does not match the shapes. Copy the complete set "
                 "of files (.shp, .shx, .dbf, .prj) again.").arg(fileName);
  else if (has("no \\.shx|\\.shx"))
    message = tr("The index file (.shx) of %1 is missing or damaged. Copy it together with the .shp file.").arg(fileName);
  else if (has("encoding|codepage|cpg"))
    message = tr("The text encoding of %1 could not be used. Open it again and choose the encoding (GBK, UTF-8…).")
                  .arg(fileName);
  else if (has("no features|is empty|no layers"))
    message = tr("%1 contains no map features.").arg(fileName);
  else if (has("not a vector dataset|GDAL can read|unsupported|not recognized"))
    message = tr("%1 cannot be opened as map data: the format is not supported or the file is damaged.").arg(fileName);
  else if (has("permission|cannot be read|no such file|does not exist"))
    message = tr("%1 cannot be read: check that the file exists and that you may read it.").arg(fileName);
  else
    message = tr("%1 could not be opened.").arg(fileName);
  return {message, e};
}

}  // namespace planmap
