#include "CliOutput.h"

#include "MessageText.h"

#include <cstdio>

namespace planmap {

void CliOutput::out(const QString& text) {
  const QByteArray utf8 = MessageText::clean(text).toUtf8();
  std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stdout);
  std::fflush(stdout);
}

void CliOutput::line(const QString& text) { out(text + QLatin1Char('\n')); }

// JSON escapes control characters itself; passwords are scrubbed from its strings as from any text.
void CliOutput::json(const QJsonDocument& document) {
  out(MessageText::scrubPasswords(QString::fromUtf8(document.toJson(QJsonDocument::Compact))) + QLatin1Char('\n'));
}

void CliOutput::jsonPretty(const QJsonDocument& document) {
  out(MessageText::scrubPasswords(QString::fromUtf8(document.toJson(QJsonDocument::Indented))));
}

int CliOutput::error(const QString& message, int exitCode) {
  QString oneLine = message;
  oneLine.replace(QLatin1Char('\n'), QLatin1String("; "));
  oneLine = MessageText::clean(oneLine, false);
  const QByteArray utf8 = (QStringLiteral("planmap: ") + oneLine + QLatin1Char('\n')).toUtf8();
  std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stderr);
  std::fflush(stderr);
  return exitCode;
}

void CliOutput::warnings(const QString& file, const QStringList& warnings) {
  QStringList seen;
  for (const QString& w : warnings) {
    if (seen.contains(w)) continue;
    seen << w;
    error(QStringLiteral("warning: %1: %2").arg(file, w), 0);
  }
}

}  // namespace planmap
