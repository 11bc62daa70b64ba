#include "PinyinInitials.h"

#include <QHash>
#include <QStringEncoder>
#include <array>

namespace planmap {
namespace {

// First GB2312 code (hi << 8 | lo) of each initial among level-1 hanzi (0xB0A1..0xD7F9), which
// GB2312 orders by pinyin. No syllable starts with i, u or v.
struct Boundary {
  unsigned code;
  char initial;
};
constexpr std::array<Boundary, 23> kBoundaries{{
    {0xB0A1, 'a'}, {0xB0C5, 'b'}, {0xB2C1, 'c'}, {0xB4EE, 'd'}, {0xB6EA, 'e'}, {0xB7A2, 'f'},
    {0xB8C1, 'g'}, {0xB9FE, 'h'}, {0xBBF7, 'j'}, {0xBFA6, 'k'}, {0xC0AC, 'l'}, {0xC2E8, 'm'},
    {0xC4C3, 'n'}, {0xC5B6, 'o'}, {0xC5BE, 'p'}, {0xC6DA, 'q'}, {0xC8BB, 'r'}, {0xC8F6, 's'},
    {0xCBFA, 't'}, {0xCDDA, 'w'}, {0xCEF4, 'x'}, {0xD1B9, 'y'}, {0xD4D1, 'z'},
}};
constexpr unsigned kLevel1End = 0xD7F9;

// Level-2 hanzi (or outside GB2312) in Ankang's place and plan names, and polyphones read otherwise
// in names. Checked against every name in geodata/ by the gui test.
const QHash<char32_t, char>& overrides() {
  static const QHash<char32_t, char> table{
      {U'岚', 'l'}, {U'泓', 'h'}, {U'漩', 'x'}, {U'蒿', 'h'},  {U'瀛', 'y'}, {U'峪', 'y'}, {U'磐', 'p'}, {U'坝', 'b'},
      {U'汞', 'g'}, {U'涧', 'j'}, {U'溪', 'x'}, {U'濂', 'l'}, {U'岭', 'l'}, {U'秦', 'q'}, {U'巴', 'b'},
      {U'骡', 'l'}, {U'埝', 'n'}, {U'垭', 'y'}, {U'崖', 'y'}, {U'岔', 'c'}, {U'沟', 'g'}, {U'洄', 'h'},
      {U'阳', 'y'}, {U'镇', 'z'}, {U'陕', 's'}, {U'旬', 'x'}, {U'汉', 'h'}, {U'滨', 'b'}, {U'泾', 'j'},
      {U'堰', 'y'}, {U'鄂', 'e'}, {U'渝', 'y'}, {U'熊', 'x'}, {U'猫', 'm'}, {U'茗', 'm'}, {U'硒', 'x'},
      {U'琅', 'l'}, {U'邺', 'y'}, {U'郧', 'y'}, {U'竹', 'z'}, {U'溢', 'y'}, {U'湍', 't'}, {U'澧', 'l'},
      {U'菀', 'w'}, {U'酆', 'f'}, {U'沔', 'm'}, {U'褒', 'b'}, {U'祜', 'h'}, {U'嵩', 's'}, {U'嶂', 'z'},
      {U'恒', 'h'}, {U'厦', 'x'},  // 厦门; 长 and 重 are read chang/zhong in the names here
      {U'长', 'c'}, {U'重', 'z'}, {U'行', 'x'}, {U'乐', 'l'}, {U'单', 'd'}, {U'藏', 'c'},
  };
  return table;
}

}  // namespace

QChar PinyinInitials::initialOf(char32_t ch) {
  if (ch < 0x80) {
    const char c = static_cast<char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return QChar(c);
    if (c >= 'A' && c <= 'Z') return QChar(c - 'A' + 'a');
    return {};
  }
  if (auto it = overrides().constFind(ch); it != overrides().constEnd()) return QChar(*it);
  // Full-width Latin letters and digits, as typed by a Chinese IME.
  if (ch >= 0xFF10 && ch <= 0xFF5A) return initialOf(ch - 0xFEE0);
  QStringEncoder encoder("GB2312");
  if (!encoder.isValid()) return {};
  const QByteArray bytes = encoder.encode(QString::fromUcs4(&ch, 1));
  if (encoder.hasError() || bytes.size() != 2) return {};
  const unsigned code = (static_cast<unsigned char>(bytes[0]) << 8) | static_cast<unsigned char>(bytes[1]);
  if (code < kBoundaries.front().code || code > kLevel1End) return {};
  char initial = kBoundaries.front().initial;
  for (const Boundary& b : kBoundaries) {
    if (code < b.code) break;
    initial = b.initial;
  }
  return QChar(initial);
}

QString PinyinInitials::of(const QString& text) {
  QString out;
  out.reserve(text.size());
  for (char32_t ch : text.toUcs4()) {
    const QChar initial = initialOf(ch);
    if (!initial.isNull()) out.append(initial);
  }
  return out;
}

}  // namespace planmap
