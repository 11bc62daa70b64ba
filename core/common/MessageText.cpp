#include "MessageText.h"

#include <QRegularExpression>

namespace planmap {

QString MessageText::scrubPasswords(const QString& text) {
  if (text.isEmpty()) return text;
  QString out = text;
  // key=value pairs (libpq, GDAL "PG:", ODBC): quoted values may hold spaces and escaped quotes.
  static const QRegularExpression pair(
      QStringLiteral("\\b(password|passwd|pwd|pass)(\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'?|\"(?:[^\"\\\\]|\\\\.)*\"?|[^\\s;&'\"]*)"),
      QRegularExpression::CaseInsensitiveOption);
  out.replace(pair, QStringLiteral("\\1\\2***"));
  // URIs: scheme://user:password@host → scheme://user:***@host
  static const QRegularExpression uri(QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]*):([^@/\\s]*)@"));
  out.replace(uri, QStringLiteral("\\1:***@"));
  return out;
}

QString MessageText::escapeControls(const QString& text, bool keepNewlines) {
  QString out;
  out.reserve(text.size());
  for (const QChar c : text) {
    const char16_t u = c.unicode();
    const bool control = u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 ||
                         (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);  // bidi overrides too
    if (!control || (keepNewlines && (u == '\n' || u == '\t'))) {
      out += c;
      continue;
    }
    out += u < 0x100 ? QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0')) : QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
  }
  return out;
}

QString MessageText::clean(const QString& text, bool keepNewlines) { return escapeControls(scrubPasswords(text), keepNewlines); }

}  // namespace planmap
