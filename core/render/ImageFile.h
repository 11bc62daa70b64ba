#pragma once

#include "Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace planmap {

// Saving a rendered image: the format follows from the suffix (an unknown one is refused, a suffix
// that names another format than the one asked for is refused), the image is encoded in memory and
// written with AtomicFileWriter, so a full disk or a kill never leaves a torn PNG over the old one.
class ImageFile {
 public:
  // "png", "jpg", … for a suffix Qt can write; an error naming the suffix and the choices otherwise.
  static Result<QByteArray> formatForPath(const QString& path);
  static Status save(const QImage& image, const QString& path, const QByteArray& format = {});
};

}  // namespace planmap
