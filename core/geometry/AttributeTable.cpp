#include "AttributeTable.h"

#include <cassert>
#include <limits>

namespace planmap {
namespace {

// A column stops de-duplicating its strings once it holds this many distinct values and they are
// more than half of its rows: names and codes are unique, and hashing them only costs memory.
constexpr std::size_t kDistinctProbe = 4096;

template <typename T>
std::size_t capacityBytes(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

template <typename T>
void shrink(std::vector<T>& v) {
  if (v.capacity() > v.size()) v.shrink_to_fit();
}

}  // namespace

AttributeTable::AttributeTable(std::vector<FieldDefinition> fields)
    : fields_(std::move(fields)), columns_(fields_.size()) {
  for (std::size_t i = 0; i < fields_.size(); ++i) columns_[i].storage = storageFor(fields_[i].type);
}

AttributeTable::Storage AttributeTable::storageFor(QMetaType::Type type) {
  switch (type) {
    case QMetaType::Int: return Storage::Int32;
    case QMetaType::LongLong: return Storage::Int64;
    case QMetaType::Double: return Storage::Double;
    case QMetaType::Bool: return Storage::Bool;
    case QMetaType::QDate: return Storage::Date;
    case QMetaType::QString: return Storage::String;
    default: return Storage::Variant;
  }
}

int AttributeTable::fieldIndex(const QString& name) const {
  for (int i = 0; i < fieldCount(); ++i)
    if (fields_[i].name == name) return i;
  for (int i = 0; i < fieldCount(); ++i)
    if (fields_[i].name.compare(name, Qt::CaseInsensitive) == 0) return i;
  return -1;
}

bool AttributeTable::isNull(std::size_t row, int field) const {
  if (field < 0 || field >= fieldCount() || row >= rows_) return true;
  const Column& c = columns_[std::size_t(field)];
  if (c.storage == Storage::Variant) return !c.variants[row].isValid();
  const std::size_t word = row / 64;
  return word < c.nulls.size() && (c.nulls[word] >> (row % 64) & 1u);
}

QString AttributeTable::stringAt(const Column& c, std::size_t row) {
  if (c.arenaView) {
    const std::uint32_t s = c.stringOfView[row];
    const std::uint64_t begin = c.offsetsView[s], end = c.offsetsView[s + 1];
    return QString::fromUtf8(c.arenaView + begin, qsizetype(end - begin));
  }
  const std::uint32_t s = c.stringOf[row];
  const std::uint64_t begin = c.offsets[s], end = c.offsets[s + 1];
  return QString::fromUtf8(c.arena.data() + begin, qsizetype(end - begin));
}

QVariant AttributeTable::typedValue(const Column& c, std::size_t row) {
  switch (c.storage) {
    case Storage::Int32: return QVariant(int(c.i32[row]));
    case Storage::Int64: return QVariant(qlonglong(c.i64[row]));
    case Storage::Double: return QVariant(c.f64[row]);
    case Storage::Bool: return QVariant(c.flags[row] != 0);
    case Storage::Date: return QVariant(QDate::fromJulianDay(c.i64[row]));
    case Storage::String: return QVariant(stringAt(c, row));
    case Storage::Variant: return c.variants[row];
  }
  return {};
}

QVariant AttributeTable::value(std::size_t row, int field) const {
  if (isNull(row, field)) return {};
  return typedValue(columns_[std::size_t(field)], row);
}

QString AttributeTable::text(std::size_t row, int field) const {
  if (isNull(row, field)) return {};
  const Column& c = columns_[std::size_t(field)];
  if (c.storage == Storage::String) return stringAt(c, row);
  return value(row, field).toString();
}

bool AttributeTable::number(std::size_t row, int field, double* out) const {
  if (isNull(row, field)) return false;
  const Column& c = columns_[std::size_t(field)];
  switch (c.storage) {
    case Storage::Int32: *out = c.i32[row]; return true;
    case Storage::Int64: *out = double(c.i64[row]); return true;
    case Storage::Double: *out = c.f64[row]; return true;
    case Storage::Bool: *out = c.flags[row] ? 1 : 0; return true;
    default: {
      bool ok = false;
      *out = value(row, field).toDouble(&ok);
      return ok;
    }
  }
}

void AttributeTable::setNull(Column& c, std::size_t row) {
  const std::size_t word = row / 64;
  if (c.nulls.size() <= word) c.nulls.resize(word + 1, 0);
  c.nulls[word] |= std::uint64_t(1) << (row % 64);
}

void AttributeTable::pushDefault(Column& c) {
  switch (c.storage) {
    case Storage::Int32: c.i32.push_back(0); break;
    case Storage::Int64:
    case Storage::Date: c.i64.push_back(0); break;
    case Storage::Double: c.f64.push_back(0); break;
    case Storage::Bool: c.flags.push_back(0); break;
    case Storage::String: {
      // Every null points at the empty string, stored once.
      if (c.deduplicate) {
        auto [it, added] = c.distinct.try_emplace(std::string(), std::uint32_t(c.offsets.size() - 1));
        if (added) c.offsets.push_back(c.arena.size());
        c.stringOf.push_back(it->second);
      } else {
        c.stringOf.push_back(std::uint32_t(c.offsets.size() - 1));
        c.offsets.push_back(c.arena.size());
      }
      break;
    }
    case Storage::Variant: c.variants.emplace_back(); break;
  }
}

void AttributeTable::toVariants(Column& c) {
  if (c.storage == Storage::Variant) return;
  std::vector<QVariant> cells;
  cells.reserve(c.size + 1);
  for (std::size_t r = 0; r < c.size; ++r) {
    const std::size_t word = r / 64;
    const bool null = word < c.nulls.size() && (c.nulls[word] >> (r % 64) & 1u);
    cells.push_back(null ? QVariant() : typedValue(c, r));
  }
  Column replacement;
  replacement.storage = Storage::Variant;
  replacement.variants = std::move(cells);
  replacement.size = c.size;
  c = std::move(replacement);
}

void AttributeTable::appendNull(int field) {
  Column& c = columns_[std::size_t(field)];
  if (c.storage != Storage::Variant) setNull(c, c.size);
  pushDefault(c);
  ++c.size;
}

void AttributeTable::appendInt(int field, std::int64_t v) {
  Column& c = columns_[std::size_t(field)];
  if (c.storage == Storage::Int32 && v >= std::numeric_limits<std::int32_t>::min() &&
      v <= std::numeric_limits<std::int32_t>::max()) {
    c.i32.push_back(std::int32_t(v));
    ++c.size;
  } else if (c.storage == Storage::Int64) {
    c.i64.push_back(v);
    ++c.size;
  } else {
    appendVariant(field, QVariant(qlonglong(v)));
  }
}

void AttributeTable::appendDouble(int field, double v) {
  Column& c = columns_[std::size_t(field)];
  if (c.storage == Storage::Double) {
    c.f64.push_back(v);
    ++c.size;
  } else {
    appendVariant(field, QVariant(v));
  }
}

void AttributeTable::appendBool(int field, bool v) {
  Column& c = columns_[std::size_t(field)];
  if (c.storage == Storage::Bool) {
    c.flags.push_back(v ? 1 : 0);
    ++c.size;
  } else {
    appendVariant(field, QVariant(v));
  }
}

void AttributeTable::appendDate(int field, const QDate& v) {
  Column& c = columns_[std::size_t(field)];
  if (c.storage == Storage::Date) {  // an invalid date keeps QDate's null Julian day and reads back invalid
    c.i64.push_back(v.toJulianDay());
    ++c.size;
  } else {
    appendVariant(field, QVariant(v));
  }
}

void AttributeTable::appendString(int field, const char* utf8, std::size_t bytes) {
  Column& c = columns_[std::size_t(field)];
  if (c.storage != Storage::String) {
    appendVariant(field, QVariant(QString::fromUtf8(utf8, qsizetype(bytes))));
    return;
  }
  if (c.deduplicate) {
    auto [it, added] = c.distinct.try_emplace(std::string(utf8, bytes), std::uint32_t(c.offsets.size() - 1));
    if (added) {
      c.arena.insert(c.arena.end(), utf8, utf8 + bytes);
      c.offsets.push_back(c.arena.size());
    }
    c.stringOf.push_back(it->second);
    if (added && c.distinct.size() > kDistinctProbe && c.distinct.size() * 2 > c.size + 1) {
      c.deduplicate = false;
      std::unordered_map<std::string, std::uint32_t>().swap(c.distinct);
    }
  } else {
    c.stringOf.push_back(std::uint32_t(c.offsets.size() - 1));
    c.arena.insert(c.arena.end(), utf8, utf8 + bytes);
    c.offsets.push_back(c.arena.size());
  }
  ++c.size;
}

void AttributeTable::appendString(int field, const QString& v) {
  Column& c = columns_[std::size_t(field)];
  if (c.storage != Storage::String || v.isNull()) {
    // A null QString is not the empty string; keep it exactly as given.
    appendVariant(field, QVariant(v));
    return;
  }
  const QByteArray utf8 = v.toUtf8();
  appendString(field, utf8.constData(), std::size_t(utf8.size()));
}

void AttributeTable::appendVariant(int field, const QVariant& v) {
  Column& c = columns_[std::size_t(field)];
  if (!v.isValid()) {
    appendNull(field);
    return;
  }
  const int id = v.typeId();
  switch (c.storage) {
    case Storage::Int32:
      if (id == QMetaType::Int) return appendInt(field, v.toInt());
      break;
    case Storage::Int64:
      if (id == QMetaType::LongLong) return appendInt(field, v.toLongLong());
      break;
    case Storage::Double:
      if (id == QMetaType::Double) return appendDouble(field, v.toDouble());
      break;
    case Storage::Bool:
      if (id == QMetaType::Bool) return appendBool(field, v.toBool());
      break;
    case Storage::Date:
      if (id == QMetaType::QDate) return appendDate(field, v.toDate());
      break;
    case Storage::String:
      if (id == QMetaType::QString && !v.toString().isNull()) return appendString(field, v.toString());
      break;
    case Storage::Variant: break;
  }
  // Not the column's type: keep the exact value in a QVariant cell.
  toVariants(c);
  c.variants.push_back(v);
  ++c.size;
}

void AttributeTable::endRow() {
  ++rows_;
  for (std::size_t f = 0; f < columns_.size(); ++f) {
    assert(columns_[f].size <= rows_);
    while (columns_[f].size < rows_) appendNull(int(f));
  }
}

void AttributeTable::appendRow(std::vector<QVariant>& values) {
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    if (i < values.size()) appendVariant(int(i), values[i]);
    else appendNull(int(i));
  }
  endRow();
}

void AttributeTable::reserve(std::size_t rows) {
  for (Column& c : columns_) {
    switch (c.storage) {
      case Storage::Int32: c.i32.reserve(rows); break;
      case Storage::Int64:
      case Storage::Date: c.i64.reserve(rows); break;
      case Storage::Double: c.f64.reserve(rows); break;
      case Storage::Bool: c.flags.reserve(rows); break;
      case Storage::String: c.stringOf.reserve(rows); break;
      case Storage::Variant: c.variants.reserve(rows); break;
    }
  }
}

void AttributeTable::finishBuilding() {
  for (Column& c : columns_) {
    std::unordered_map<std::string, std::uint32_t>().swap(c.distinct);
    shrink(c.i32);
    shrink(c.i64);
    shrink(c.f64);
    shrink(c.flags);
    shrink(c.stringOf);
    shrink(c.offsets);
    shrink(c.arena);
    shrink(c.variants);
    shrink(c.nulls);
  }
}

std::size_t AttributeTable::memoryBytes() const {
  std::size_t bytes = sizeof(*this) + capacityBytes(columns_);
  for (const Column& c : columns_) {
    bytes += capacityBytes(c.i32) + capacityBytes(c.i64) + capacityBytes(c.f64) + capacityBytes(c.flags) +
             capacityBytes(c.stringOf) + capacityBytes(c.offsets) + capacityBytes(c.arena) + capacityBytes(c.nulls) +
             capacityBytes(c.variants);
    // Hash nodes while building: key, value and about two pointers each.
    for (const auto& [key, index] : c.distinct) bytes += key.capacity() + sizeof(key) + 2 * sizeof(void*) + sizeof(index);
    if (c.storage == Storage::Variant)
      for (const QVariant& v : c.variants)
        if (v.typeId() == QMetaType::QString) bytes += 24 + 2 * static_cast<std::size_t>(v.toString().size());
  }
  return bytes;
}

}  // namespace planmap
