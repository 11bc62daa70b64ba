#include "FeatureDisplayName.h"

#include "AttributeTable.h"

#include <QLocale>

#include <algorithm>

namespace planmap {

namespace {

QString schematicMark(FeatureDisplayName::Language l) {
  return l == FeatureDisplayName::Language::Chinese ? QStringLiteral("（示意）") : QStringLiteral(" (schematic)");
}
QString unverifiedMark(FeatureDisplayName::Language l) {
  return l == FeatureDisplayName::Language::Chinese ? QStringLiteral("（位置待核实）") : QStringLiteral(" (location unverified)");
}

}  // namespace

FeatureDisplayName::Language FeatureDisplayName::uiLanguage() {
  return QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

QStringList FeatureDisplayName::fallbackFields() {
  return {QStringLiteral("name_zh"), QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("名称"),
          QStringLiteral("name_en")};
}

FeatureDisplayName::FeatureDisplayName(const AttributeTable& table, const QString& preferredField, Language language)
    : table_(&table), language_(language) {
  QStringList fields = fallbackFields();
  if (!preferredField.isEmpty()) fields.prepend(preferredField);
  for (const QString& f : fields) {
    const int i = table.fieldIndex(f);
    if (i >= 0 && std::find(nameFields_.begin(), nameFields_.end(), i) == nameFields_.end()) nameFields_.push_back(i);
  }
  accuracyField_ = table.fieldIndex(QStringLiteral("accuracy"));
}

QString FeatureDisplayName::plainName(std::size_t row) const {
  for (int i : nameFields_) {
    const QString t = table_->text(row, i).trimmed();
    if (!t.isEmpty()) return t;
  }
  return {};
}

QString FeatureDisplayName::accuracy(std::size_t row) const {
  return accuracyField_ < 0 ? QString() : table_->text(row, accuracyField_).trimmed();
}

QString FeatureDisplayName::markFor(const QString& accuracy, Language language) {
  if (accuracy == QLatin1String("schematic")) return schematicMark(language);
  if (accuracy == QLatin1String("unverified")) return unverifiedMark(language);
  return {};
}

QString FeatureDisplayName::decorate(const QString& name, const QString& accuracy, Language language) {
  const QString mark = markFor(accuracy, language);
  if (name.isEmpty() || mark.isEmpty() || name.endsWith(mark)) return name;
  return name + mark;
}

QString FeatureDisplayName::stripMark(const QString& displayName) {
  for (Language l : {Language::Chinese, Language::English})
    for (const QString& mark : {schematicMark(l), unverifiedMark(l)})
      if (displayName.endsWith(mark)) return displayName.left(displayName.size() - mark.size());
  return displayName;
}

}  // namespace planmap
