#pragma once

#include <QString>
#include <optional>

namespace planmap {

// Converts a figure between the unit a spreadsheet states and the unit a target is measured in,
// only where the conversion is exact: the same unit written another way (% = ％ = 百分比), or the
// same unit with 万 (×10 000) or 亿 (×100 000 000) in front (万平方米 ↔ 平方米, 万人 ↔ 人).
// Anything else (吨 for 万平方米, 公顷 for 亩) is refused: the importer does not guess.
class UnitConversion {
 public:
  // The factor that turns a value in `from` into one in `to`; nullopt when not exactly convertible.
  // An empty `from` means "the target's unit" (factor 1).
  static std::optional<double> factor(const QString& from, const QString& to);
  // `value` in `from` expressed in `to`, computed as value × scale(from) ÷ scale(to) so that
  // 3 200 000 平方米 is exactly 320 万平方米; nullopt when not exactly convertible.
  static std::optional<double> convert(double value, const QString& from, const QString& to);
  // "%" for "％" and "百分比"; the unit trimmed otherwise.
  static QString canonical(const QString& unit);
};

}  // namespace planmap
