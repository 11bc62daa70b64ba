#include "ZipArchiveCheck.h"

#include "InputFile.h"
#include "MessageText.h"

#include <QFileInfo>

namespace planmap {
namespace {

quint32 le16(const QByteArray& b, qsizetype at) { return quint8(b[at]) | (quint32(quint8(b[at + 1])) << 8); }

bool unsafeEntry(const QString& name) {
  if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')) || (name.size() > 1 && name[1] == QLatin1Char(':')))
    return true;
  const QStringList parts = QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
  return parts.contains(QStringLiteral(".."));
}

}  // namespace

QString ZipArchiveCheck::whyUnreadable(const QString& path) {
  const QString name = QFileInfo(path).fileName();
  // Central directory records ("PK\1\2") carry each entry's name; 64 MB covers any archive we'd open.
  auto head = InputFile::readHead(path, 64 * 1024 * 1024);
  if (!head) return head.error();
  const QByteArray& bytes = head.value();
  if (bytes.isEmpty()) return QStringLiteral("%1: the file is empty (0 bytes)").arg(name);
  if (!bytes.startsWith("PK\x03\x04") && !bytes.startsWith("PK\x05\x06"))
    return QStringLiteral("%1: not a zip archive (it does not start with a zip signature)").arg(name);
  int entries = 0;
  for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0 && at + 46 <= bytes.size(); at = bytes.indexOf("PK\x01\x02", at + 4)) {
    const qsizetype length = le16(bytes, at + 28);
    if (at + 46 + length > bytes.size()) break;
    const QString entry = QString::fromUtf8(bytes.mid(at + 46, length));
    ++entries;
    if (unsafeEntry(entry))
      return QStringLiteral("%1: refused: the entry \"%2\" points outside the archive (absolute or ../ path)")
          .arg(name, MessageText::escapeControls(entry.left(200), false));
  }
  if (entries == 0) return QStringLiteral("%1: an empty zip archive (no entries)").arg(name);
  return QStringLiteral("%1: a zip archive GDAL cannot read (damaged, encrypted or an unsupported compression)").arg(name);
}

}  // namespace planmap
