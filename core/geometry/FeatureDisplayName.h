#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <vector>

namespace planmap {

class AttributeTable;

// The one place that says what a feature is called wherever its name appears: map labels, the
// identify panel, the attribute table, search results, legends and PDF callouts. A feature whose
// `accuracy` is "schematic" or "unverified" carries that in its name — "（示意）" /
// "（位置待核实）" in the Chinese UI, " (schematic)" / " (location unverified)" in the English one —
// so a sketch is never read as a surveyed position, wherever the name is shown.
//
// The name comes from the first non-empty field of: the preferred field (a layer's label field),
// name_zh, name, NAME, 名称, name_en. Field indices are resolved once per table.
class FeatureDisplayName {
 public:
  enum class Language { Chinese, English };
  // The language of the current default QLocale (the app sets it from its UI language).
  static Language uiLanguage();

  explicit FeatureDisplayName(const AttributeTable& table, const QString& preferredField = {},
                              Language language = uiLanguage());

  bool hasName() const { return !nameFields_.empty(); }
  // The field the name is read from first (the column an attribute table shows it in); -1 if none.
  int primaryNameField() const { return nameFields_.empty() ? -1 : nameFields_.front(); }
  QString plainName(std::size_t row) const;  // without the accuracy mark; empty when there is none
  QString accuracy(std::size_t row) const;   // the row's accuracy value ("" when the table has none)
  QString displayName(std::size_t row) const { return decorate(plainName(row), accuracy(row), language_); }

  // "（示意）" for "schematic", "（位置待核实）" for "unverified" (English: " (schematic)",
  // " (location unverified)"); empty for anything else.
  static QString markFor(const QString& accuracy, Language language = uiLanguage());
  // `name` with its mark; a name that already ends with the mark is left alone; an empty name stays empty.
  static QString decorate(const QString& name, const QString& accuracy, Language language = uiLanguage());
  // The same name without any accuracy mark (for search keys, file names).
  static QString stripMark(const QString& displayName);
  static QStringList fallbackFields();

 private:
  const AttributeTable* table_;
  std::vector<int> nameFields_;
  int accuracyField_ = -1;
  Language language_;
};

}  // namespace planmap
