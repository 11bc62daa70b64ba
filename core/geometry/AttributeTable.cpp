#include "AttributeTable.h"

namespace planmap {

AttributeTable::AttributeTable(std::vector<FieldDefinition> fields)
    : fields_(std::move(fields)), columns_(fields_.size()) {}

int AttributeTable::fieldIndex(const QString& name) const {
  for (int i = 0; i < fieldCount(); ++i)
    if (fields_[i].name == name) return i;
  for (int i = 0; i < fieldCount(); ++i)
    if (fields_[i].name.compare(name, Qt::CaseInsensitive) == 0) return i;
  return -1;
}

const QVariant& AttributeTable::value(std::size_t row, int field) const {
  static const QVariant null;
  if (field < 0 || field >= fieldCount() || row >= rows_) return null;
  return columns_[field][row];
}

QString AttributeTable::text(std::size_t row, int field) const {
  const QVariant& v = value(row, field);
  return v.isNull() ? QString() : v.toString();
}

void AttributeTable::appendRow(std::vector<QVariant>& values) {
  values.resize(fields_.size());
  for (std::size_t i = 0; i < fields_.size(); ++i) columns_[i].push_back(std::move(values[i]));
  ++rows_;
}

void AttributeTable::reserve(std::size_t rows) {
  for (auto& c : columns_) c.reserve(rows);
}

std::size_t AttributeTable::memoryBytes() const {
  std::size_t bytes = sizeof(*this);
  for (std::size_t f = 0; f < columns_.size(); ++f) {
    bytes += columns_[f].capacity() * sizeof(QVariant);
    if (fields_[f].type == QMetaType::QString)
      for (const QVariant& v : columns_[f])
        if (!v.isNull()) bytes += 24 + 2 * static_cast<std::size_t>(v.toString().size());
  }
  return bytes;
}

}  // namespace planmap
