#pragma once

#include <QString>

namespace planmap {

// What every message passes through before a person sees it (stderr, stdout text, the message bar):
//  - passwords are scrubbed, whatever the source kind: "password=…" / "password='…'" / "pwd=…" in
//    connection strings and the password of "scheme://user:password@host" URIs become "***";
//  - control characters from file contents and names (ESC, BEL, …) are shown as "\x1b", so a file
//    cannot drive the terminal; newline and tab stay when `keepNewlines`.
class MessageText {
 public:
  static QString scrubPasswords(const QString& text);
  static QString escapeControls(const QString& text, bool keepNewlines = true);
  // Both.
  static QString clean(const QString& text, bool keepNewlines = true);
};

}  // namespace planmap
