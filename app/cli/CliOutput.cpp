#include "CliOutput.h"

#include <cstdio>

namespace planmap {

void CliOutput::out(const QString& text) {
  const QByteArray utf8 = text.toUtf8();
  std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stdout);
  std::fflush(stdout);
}

void CliOutput::line(const QString& text) { out(text + QLatin1Char('\n')); }

void CliOutput::json(const QJsonDocument& document) {
  out(QString::fromUtf8(document.toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

void CliOutput::jsonPretty(const QJsonDocument& document) {
  out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

int CliOutput::error(const QString& message, int exitCode) {
  QString oneLine = message;
  oneLine.replace(QLatin1Char('\n'), QLatin1String("; "));
  const QByteArray utf8 = (QStringLiteral("planmap: ") + oneLine + QLatin1Char('\n')).toUtf8();
  std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stderr);
  std::fflush(stderr);
  return exitCode;
}

}  // namespace planmap
