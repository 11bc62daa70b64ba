#include "ImageFile.h"

#include "AtomicFileWriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>

namespace planmap {

Result<QByteArray> ImageFile::formatForPath(const QString& path) {
  QByteArray suffix = QFileInfo(path).suffix().toLower().toLatin1();
  if (suffix == "jpeg") suffix = "jpg";
  const QList<QByteArray> supported = QImageWriter::supportedImageFormats();
  if (!suffix.isEmpty() && supported.contains(suffix)) return Result<QByteArray>::ok(suffix);
  const QString why = suffix.isEmpty() ? QStringLiteral("has no extension") : QStringLiteral("has the unknown image extension .%1").arg(QString::fromLatin1(suffix));
  return Result<QByteArray>::fail(QStringLiteral("%1: %2 (use .png, .jpg or .bmp)").arg(path, why));
}

Status ImageFile::save(const QImage& image, const QString& path, const QByteArray& format) {
  if (Status s = AtomicFileWriter::checkTarget(path); !s) return s;
  QByteArray chosen = format.toLower();
  if (chosen.isEmpty()) {
    auto f = formatForPath(path);
    if (!f) return Status::fail(f.error());
    chosen = f.value();
  }
  if (image.isNull()) return Status::fail(QStringLiteral("%1: there is no image to write").arg(path));
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QImageWriter writer(&buffer, chosen);
  if (!writer.write(image)) return Status::fail(QStringLiteral("%1: cannot encode the image as %2: %3").arg(path, QString::fromLatin1(chosen), writer.errorString()));
  buffer.close();
  return AtomicFileWriter::write(path, bytes);
}

}  // namespace planmap
