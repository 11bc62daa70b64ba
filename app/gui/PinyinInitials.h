#pragma once

#include <QString>

namespace planmap {

// Pinyin initials of Chinese text ("汉滨区" -> "hbq") for the search box, without a pinyin library
// (Debian has none for Qt). Level-1 hanzi of GB2312 are sorted by pinyin, so the classic table of
// the first code point of each initial decides them; level-2 hanzi (sorted by radical) and
// polyphonic characters that place names read differently come from a small override table
// covering the names in the bundled data. Latin letters and digits pass through lower-cased;
// everything else (punctuation, brackets) is dropped.
class PinyinInitials {
 public:
  static QString of(const QString& text);
  // The initial of one character, or QChar() when it has none (punctuation, unknown level-2 hanzi).
  static QChar initialOf(char32_t ch);
};

}  // namespace planmap
