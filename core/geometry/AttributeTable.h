#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QVariant>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace planmap {

struct FieldDefinition {
  QString name;
  QMetaType::Type type = QMetaType::QString;  // QString, Int, LongLong, Double, QDate, QDateTime, Bool
};

// A layer's attributes, column by column. Immutable once built and shared between a layer and its
// reprojected copies.
//
// Columns are typed, because a QVariant per cell (32 B plus a heap string) made the attributes of an
// 8 M-vertex, 200k-row layer weigh half as much as its geometry: Int → int32, LongLong → int64,
// Double → double, Bool → byte, QDate → Julian day, QString → UTF-8 bytes in one arena per column
// with repeated values stored once (land-use classes, county names). Nulls live in a bitmap that is
// only allocated when a column has one. Other types (QDateTime) and values that do not match their
// column's declared type keep QVariant cells, so value() always returns what was appended.
class AttributeTable {
 public:
  AttributeTable() = default;
  explicit AttributeTable(std::vector<FieldDefinition> fields);

  const std::vector<FieldDefinition>& fields() const { return fields_; }
  int fieldCount() const { return static_cast<int>(fields_.size()); }
  int fieldIndex(const QString& name) const;  // -1 if absent (case-insensitive fallback)
  std::size_t rowCount() const { return rows_; }

  // The cell as a QVariant (invalid when null or out of range). Built on demand: bind it to a
  // value or a const reference, never keep a pointer to it.
  QVariant value(std::size_t row, int field) const;
  // The cell as text (null QString when null); strings are decoded without a QVariant.
  QString text(std::size_t row, int field) const;
  bool isNull(std::size_t row, int field) const;
  // The cell as a number without a QVariant: false when null or not numeric (strings are parsed).
  bool number(std::size_t row, int field, double* out) const;

  // Building, row by row: either appendRow(values), or one append*() per field in field order
  // followed by endRow(). Values of another type than the field's are converted when the
  // conversion is exact, else the column falls back to QVariant cells.
  void appendRow(std::vector<QVariant>& values);
  void appendNull(int field);
  void appendInt(int field, std::int64_t v);
  void appendDouble(int field, double v);
  void appendBool(int field, bool v);
  void appendDate(int field, const QDate& v);
  void appendString(int field, const char* utf8, std::size_t bytes);
  void appendString(int field, const QString& v);
  void appendVariant(int field, const QVariant& v);
  void endRow();
  void reserve(std::size_t rows);
  // Releases building scratch (the de-duplication maps) and spare capacity.
  void finishBuilding();

  std::size_t memoryBytes() const;

  // The whole table as bytes (for the geometry cache) and back; deserialize checks every count and
  // offset against the bytes it was given and returns null (with `error`) for anything malformed.
  // With `backing` (the owner of `data`, a memory-mapped file that must stay unchanged), string
  // columns are views into `data` instead of heap copies: only the cells read are paged in.
  QByteArray serialize() const;
  static std::shared_ptr<AttributeTable> deserialize(const char* data, std::size_t bytes, QString* error,
                                                     std::shared_ptr<const void> backing = nullptr);

 private:
  enum class Storage : std::uint8_t { Int32, Int64, Double, Bool, Date, String, Variant };

  struct Column {
    Storage storage = Storage::Variant;
    std::vector<std::int32_t> i32;
    std::vector<std::int64_t> i64;  // Int64 values, Date Julian days
    std::vector<double> f64;
    std::vector<std::uint8_t> flags;  // Bool
    // String: the row's index into the distinct strings, whose UTF-8 bytes are arena[offsets[i],
    // offsets[i + 1]).
    std::vector<std::uint32_t> stringOf;
    std::vector<std::uint64_t> offsets{0};
    std::vector<char> arena;
    // Set instead of the three vectors above when the column is a view into a mapped cache file.
    const std::uint32_t* stringOfView = nullptr;
    const std::uint64_t* offsetsView = nullptr;
    const char* arenaView = nullptr;
    std::uint64_t offsetsViewCount = 0, arenaViewBytes = 0;
    std::unordered_map<std::string, std::uint32_t> distinct;  // while building; dropped when values are unique
    bool deduplicate = true;
    std::vector<QVariant> variants;
    std::vector<std::uint64_t> nulls;  // bit per row; empty until the first null
    std::size_t size = 0;              // cells appended so far
  };

  static Storage storageFor(QMetaType::Type type);
  void setNull(Column& c, std::size_t row);
  void pushDefault(Column& c);  // a placeholder typed cell for a null
  void toVariants(Column& c);   // demotes a typed column to QVariant cells
  static QVariant typedValue(const Column& c, std::size_t row);
  static QString stringAt(const Column& c, std::size_t row);

  std::vector<FieldDefinition> fields_;
  std::vector<Column> columns_;
  std::size_t rows_ = 0;
  std::shared_ptr<const void> backing_;  // keeps viewed memory alive
};

}  // namespace planmap
