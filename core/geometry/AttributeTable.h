#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>
#include <vector>

namespace planmap {

struct FieldDefinition {
  QString name;
  QMetaType::Type type = QMetaType::QString;  // QString, Int, LongLong, Double, QDate, QDateTime, Bool
};

// A layer's attributes, column by column (one QVariant vector per field). Immutable once built and
// shared between a layer and its reprojected copies.
class AttributeTable {
 public:
  AttributeTable() = default;
  explicit AttributeTable(std::vector<FieldDefinition> fields);

  const std::vector<FieldDefinition>& fields() const { return fields_; }
  int fieldCount() const { return static_cast<int>(fields_.size()); }
  int fieldIndex(const QString& name) const;  // -1 if absent (case-insensitive fallback)
  std::size_t rowCount() const { return rows_; }

  const QVariant& value(std::size_t row, int field) const;
  QString text(std::size_t row, int field) const;

  // Building: append one row of fieldCount() values (missing values = null QVariant).
  void appendRow(std::vector<QVariant>& values);
  void reserve(std::size_t rows);
  std::size_t memoryBytes() const;

 private:
  std::vector<FieldDefinition> fields_;
  std::vector<std::vector<QVariant>> columns_;
  std::size_t rows_ = 0;
};

}  // namespace planmap
