#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace planmap {

// stdout/stderr for subcommands: UTF-8 always, whatever the locale, so JSON and Chinese text
// survive pipes and CI logs.
class CliOutput {
 public:
  static void out(const QString& text);            // adds no newline
  static void line(const QString& text);           // text + "\n"
  static void json(const QJsonDocument& document);  // compact, one line
  static void jsonPretty(const QJsonDocument& document);
  // "planmap: <message>" on stderr; returns `exitCode` so callers can `return CliOutput::error(…)`.
  static int error(const QString& message, int exitCode = 1);
  // "planmap: warning: <file>: <warning>" on stderr for each warning a load left (dropped features,
  // an ignored .cpg, a truncated file): whatever --json prints, the person running it sees them.
  static void warnings(const QString& file, const QStringList& warnings);
};

}  // namespace planmap
