// AttributeTable::serialize / deserialize: the compact column cache of a geometry cache file.

#include "AttributeTable.h"

#include <QDataStream>
#include <QIODevice>
#include <cstring>

namespace planmap {
namespace {

class Writer {
 public:
  explicit Writer(QByteArray& out) : out_(out) {}
  template <typename T>
  void pod(const T& v) { out_.append(reinterpret_cast<const char*>(&v), sizeof(T)); }
  template <typename T>
  void vec(const std::vector<T>& v) { array(v.data(), v.size()); }
  // Arrays start 8-byte aligned (length, then data), so a reader can view them in place.
  template <typename T>
  void array(const T* data, std::size_t n) {
    while (out_.size() % 8) out_.append('\0');
    pod<std::uint64_t>(n);
    out_.append(reinterpret_cast<const char*>(data), qsizetype(n * sizeof(T)));
  }
  void bytes(const QByteArray& b) {
    pod<std::uint64_t>(std::uint64_t(b.size()));
    out_.append(b);
  }

 private:
  QByteArray& out_;
};

class Reader {
 public:
  Reader(const char* data, std::size_t bytes) : start_(data), p_(data), left_(bytes) {}
  template <typename T>
  bool pod(T& v) {
    if (left_ < sizeof(T)) return false;
    std::memcpy(&v, p_, sizeof(T));
    p_ += sizeof(T);
    left_ -= sizeof(T);
    return true;
  }
  template <typename T>
  bool vec(std::vector<T>& v) {
    const T* at = nullptr;
    std::uint64_t n = 0;
    if (!view(at, n)) return false;
    v.resize(n);
    if (n) std::memcpy(v.data(), at, n * sizeof(T));
    return true;
  }
  // The array in place (the writer aligned it); false when it runs past the end. Views need the
  // blob itself 8-byte aligned (a cache section is); copies (vec) do not.
  template <typename T>
  bool view(const T*& at, std::uint64_t& n) {
    const std::size_t pad = (8 - std::size_t(p_ - start_) % 8) % 8;
    if (pad > left_) return false;
    p_ += pad;
    left_ -= pad;
    if (!pod(n) || n > left_ / sizeof(T)) return false;
    at = reinterpret_cast<const T*>(p_);
    p_ += n * sizeof(T);
    left_ -= n * sizeof(T);
    return true;
  }
  bool bytes(QByteArray& b) {
    std::uint64_t n = 0;
    if (!pod(n) || n > left_) return false;
    b = QByteArray(p_, qsizetype(n));
    p_ += n;
    left_ -= n;
    return true;
  }
  bool atEnd() const { return left_ == 0; }

 private:
  const char* start_;
  const char* p_;
  std::size_t left_;
};

}  // namespace

QByteArray AttributeTable::serialize() const {
  QByteArray out;
  Writer w(out);
  w.pod<std::uint32_t>(static_cast<std::uint32_t>(fields_.size()));
  for (const FieldDefinition& f : fields_) {
    w.pod<std::uint32_t>(static_cast<std::uint32_t>(f.type));
    w.bytes(f.name.toUtf8());
  }
  w.pod<std::uint64_t>(rows_);
  for (const Column& c : columns_) {
    w.pod<std::uint8_t>(static_cast<std::uint8_t>(c.storage));
    w.vec(c.i32);
    w.vec(c.i64);
    w.vec(c.f64);
    w.vec(c.flags);
    if (c.arenaView) {
      w.array(c.stringOfView, c.size);
      w.array(c.offsetsView, c.offsetsViewCount);
      w.array(c.arenaView, c.arenaViewBytes);
    } else {
      w.vec(c.stringOf);
      w.vec(c.offsets);
      w.vec(c.arena);
    }
    w.vec(c.nulls);
    QByteArray variants;
    if (!c.variants.empty()) {
      QDataStream s(&variants, QIODevice::WriteOnly);
      s.setVersion(QDataStream::Qt_6_4);
      for (const QVariant& v : c.variants) s << v;
    }
    w.bytes(variants);
  }
  return out;
}

std::shared_ptr<AttributeTable> AttributeTable::deserialize(const char* data, std::size_t bytes, QString* error,
                                                            std::shared_ptr<const void> backing) {
  auto fail = [&](const char* why) {
    if (error) *error = QStringLiteral("attribute columns: %1").arg(QLatin1String(why));
    return std::shared_ptr<AttributeTable>();
  };
  Reader r(data, bytes);
  std::uint32_t fieldCount = 0;
  if (!r.pod(fieldCount) || fieldCount > 100000) return fail("bad field count");
  std::vector<FieldDefinition> fields(fieldCount);
  for (FieldDefinition& f : fields) {
    std::uint32_t type = 0;
    QByteArray name;
    if (!r.pod(type) || !r.bytes(name)) return fail("truncated field list");
    f.type = static_cast<QMetaType::Type>(type);
    f.name = QString::fromUtf8(name);
  }
  auto table = std::make_shared<AttributeTable>(std::move(fields));
  std::uint64_t rows = 0;
  if (!r.pod(rows)) return fail("truncated");
  table->rows_ = rows;
  for (Column& c : table->columns_) {
    std::uint8_t storage = 0;
    if (!r.pod(storage) || storage > static_cast<std::uint8_t>(Storage::Variant)) return fail("bad column kind");
    c.storage = static_cast<Storage>(storage);
    QByteArray variants;
    const std::uint32_t* stringOf = nullptr;
    const std::uint64_t* offsets = nullptr;
    const char* arena = nullptr;
    std::uint64_t stringOfCount = 0, offsetCount = 0, arenaBytes = 0;
    if (!r.vec(c.i32) || !r.vec(c.i64) || !r.vec(c.f64) || !r.vec(c.flags) || !r.view(stringOf, stringOfCount) ||
        !r.view(offsets, offsetCount) || !r.view(arena, arenaBytes) || !r.vec(c.nulls) || !r.bytes(variants))
      return fail("truncated column");
    if (backing) {
      c.stringOfView = stringOf;
      c.offsetsView = offsets;
      c.arenaView = arena;
      c.offsetsViewCount = offsetCount;
      c.arenaViewBytes = arenaBytes;
      c.offsets.clear();
    } else {
      c.stringOf.assign(stringOf, stringOf + stringOfCount);
      c.offsets.assign(offsets, offsets + offsetCount);
      c.arena.assign(arena, arena + arenaBytes);
    }
    c.size = rows;
    c.deduplicate = false;
    std::size_t cells = 0;
    switch (c.storage) {
      case Storage::Int32: cells = c.i32.size(); break;
      case Storage::Int64:
      case Storage::Date: cells = c.i64.size(); break;
      case Storage::Double: cells = c.f64.size(); break;
      case Storage::Bool: cells = c.flags.size(); break;
      case Storage::String: cells = stringOfCount; break;
      case Storage::Variant: {
        QDataStream s(variants);
        s.setVersion(QDataStream::Qt_6_4);
        c.variants.reserve(rows);
        for (std::uint64_t i = 0; i < rows && s.status() == QDataStream::Ok; ++i) {
          QVariant v;
          s >> v;
          if (s.status() == QDataStream::Ok) c.variants.push_back(std::move(v));
        }
        cells = c.variants.size();
        break;
      }
    }
    if (cells != rows) return fail("a column's length differs from the row count");
    if (c.storage == Storage::String) {
      if (offsetCount == 0 || offsets[0] != 0 || offsets[offsetCount - 1] > arenaBytes)
        return fail("bad string offsets");
      for (std::uint64_t i = 1; i < offsetCount; ++i)
        if (offsets[i] < offsets[i - 1]) return fail("bad string offsets");
      const std::uint64_t distinct = offsetCount - 1;
      for (std::uint64_t i = 0; i < stringOfCount; ++i)
        if (stringOf[i] >= distinct) return fail("a string index is out of range");
    }
  }
  if (!r.atEnd()) return fail("trailing bytes");
  table->backing_ = std::move(backing);
  return table;
}

}  // namespace planmap
