#include "GeometryCacheReader.h"

#include "GeometryCacheFormat.h"

#include <QDir>
#include <QFile>
#include <cstring>
#include <map>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace planmap {
namespace {

using namespace geocache;

constexpr std::size_t kChunk = 1 << 20;

// The file mapped read-only for as long as any store viewing it lives.
struct MappedFile {
  QFile file;
  const uchar* data = nullptr;
  std::uint64_t size = 0;
  ~MappedFile() {
    if (data) file.unmap(const_cast<uchar*>(data));
  }
};

// Gives the pages of [data, data + bytes) back after they were read for a checksum: the file stays in
// the page cache, the process no longer counts it as resident until a frame touches it again. So the
// open-time checks do not leave the whole index resident (peak memory stays what is drawn).
void releasePages(const uchar* data, std::uint64_t bytes) {
#if defined(__unix__) || defined(__APPLE__)
  static const std::uintptr_t page = std::uintptr_t(sysconf(_SC_PAGESIZE));
  const std::uintptr_t begin = std::uintptr_t(data) & ~(page - 1);
  const std::uintptr_t end = (std::uintptr_t(data) + bytes + page - 1) & ~(page - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
#else
  (void)data;
  (void)bytes;
#endif
}

std::uint64_t sectionChecksum(const uchar* data, std::uint64_t bytes) {
  std::vector<std::uint64_t> sums;
  sums.reserve(bytes / kChunk + 1);
  std::uint64_t done = 0;
  do {
    const std::uint64_t take = std::min<std::uint64_t>(kChunk, bytes - done);
    sums.push_back(checksum(data + done, take));
    if (take == kChunk) releasePages(data + done, take);
    done += take;
  } while (done < bytes);
  return checksum(sums.data(), sums.size() * 8, bytes);
}

// The header and the section table, checked: magic, version, sizes, bounds, header checksum.
Result<std::map<std::uint32_t, SectionEntry>> readTable(const uchar* data, std::uint64_t size) {
  using R = Result<std::map<std::uint32_t, SectionEntry>>;
  if (size < sizeof(Header)) return R::fail(QStringLiteral("truncated (no header)"));
  Header h;
  std::memcpy(&h, data, sizeof(h));
  if (std::memcmp(h.magic, kMagic, sizeof(kMagic)) != 0) return R::fail(QStringLiteral("not a geometry cache file"));
  if (h.version != kVersion)
    return R::fail(QStringLiteral("written by another version (format %1, this is %2)").arg(h.version).arg(kVersion));
  if (h.fileSize != size) return R::fail(QStringLiteral("truncated or extended (%1 bytes, header says %2)").arg(size).arg(h.fileSize));
  if (h.sectionCount == 0 || h.sectionCount > kMaxSections) return R::fail(QStringLiteral("bad section count"));
  const std::uint64_t headBytes = sizeof(Header) + std::uint64_t(h.sectionCount) * sizeof(SectionEntry);
  if (headBytes > size) return R::fail(QStringLiteral("truncated section table"));
  std::vector<char> head(data, data + headBytes);
  const std::uint64_t stored = h.checksum;
  Header zeroed = h;
  zeroed.checksum = 0;
  std::memcpy(head.data(), &zeroed, sizeof(zeroed));
  if (checksum(head.data(), head.size()) != stored) return R::fail(QStringLiteral("header checksum mismatch"));
  std::map<std::uint32_t, SectionEntry> sections;
  for (std::uint32_t i = 0; i < h.sectionCount; ++i) {
    SectionEntry s;
    std::memcpy(&s, data + sizeof(Header) + i * sizeof(SectionEntry), sizeof(s));
    if (s.offset % 8 || s.offset < headBytes || s.offset > size || s.bytes > size - s.offset)
      return R::fail(QStringLiteral("section %1 lies outside the file").arg(s.id));
    if (!sections.emplace(s.id, s).second) return R::fail(QStringLiteral("section %1 appears twice").arg(s.id));
  }
  return R::ok(std::move(sections));
}

}  // namespace

Result<GeometryCacheReader::Opened> GeometryCacheReader::open(const QString& path, std::uint64_t key) {
  using R = Result<Opened>;
  const QString name = QDir::toNativeSeparators(path);
  auto fail = [&](const QString& why) { return R::fail(QStringLiteral("%1: %2").arg(name, why)); };
  auto mapped = std::make_shared<MappedFile>();
  mapped->file.setFileName(path);
  if (!mapped->file.open(QIODevice::ReadOnly)) return fail(mapped->file.errorString());
  mapped->size = std::uint64_t(mapped->file.size());
  if (mapped->size < sizeof(Header)) return fail(QStringLiteral("truncated (no header)"));
  mapped->data = mapped->file.map(0, qint64(mapped->size));
  if (!mapped->data) return fail(QStringLiteral("cannot be mapped: %1").arg(mapped->file.errorString()));
  const uchar* base = mapped->data;

  auto table = readTable(base, mapped->size);
  if (!table) return fail(table.error());
  Header h;
  std::memcpy(&h, base, sizeof(h));
  if (h.key != key) return fail(QStringLiteral("made from another state of the source"));
  const auto& sections = table.value();

  // A section, checked for its exact size and (unless lazily checked) its checksum.
  QString problem;
  auto section = [&](std::uint32_t id, std::uint64_t expectedBytes, bool exact = true) -> const uchar* {
    if (!problem.isEmpty()) return nullptr;
    const auto it = sections.find(id);
    if (it == sections.end()) {
      problem = QStringLiteral("section %1 missing").arg(id);
      return nullptr;
    }
    const SectionEntry& s = it->second;
    if (exact && s.bytes != expectedBytes) {
      problem = QStringLiteral("section %1 has %2 bytes, expected %3").arg(id).arg(s.bytes).arg(expectedBytes);
      return nullptr;
    }
    if (!(s.flags & kLazyCheck) && sectionChecksum(base + s.offset, s.bytes) != s.checksum) {
      problem = QStringLiteral("section %1 checksum mismatch").arg(id);
      return nullptr;
    }
    return base + s.offset;
  };

  StoreMeta meta;
  const uchar* metaBytes = section(kStoreMeta, sizeof(StoreMeta));
  if (!metaBytes) return fail(problem);
  std::memcpy(&meta, metaBytes, sizeof(meta));
  const std::uint64_t n = meta.features;
  if (n >= 0xFFFFFFFFull || meta.levelCount < 1 || meta.levelCount > 1 + kMaxOverviews || meta.treeLevels > 64 ||
      meta.treeNodes > 2 * n + 64)
    return fail(QStringLiteral("implausible counts"));
  for (std::uint32_t k = 0; k < meta.levelCount; ++k)
    if (meta.levels[k].parts >= 0xFFFFFFFFull || meta.levels[k].vertices >= 0xFFFFFFFFull)
      return fail(QStringLiteral("implausible counts"));

  const uchar* user = section(kUserMeta, 0, false);
  const uchar* types = section(kTypes, n);
  const uchar* fids = section(kFids, 8 * n);
  const uchar* bounds = section(kBounds, sizeof(Extent) * n);
  const uchar* nodes = section(kTreeNodes, sizeof(SpatialIndex::Node) * meta.treeNodes);
  const uchar* ids = section(kTreeIds, meta.treeNodes ? 4 * n : 0);
  const uchar* levels = section(kTreeLevels, 8 * meta.treeLevels);
  const uchar* attributes = section(kAttributes, 0, false);
  if (!problem.isEmpty()) return fail(problem);

  Opened out;
  out.userMeta = QByteArray(reinterpret_cast<const char*>(user), qsizetype(sections.at(kUserMeta).bytes));
  for (std::uint64_t f = 0; f < n; ++f)
    if (types[f] > static_cast<std::uint8_t>(GeometryType::Polygon)) return fail(QStringLiteral("bad geometry type"));
  QString attributeError;
  auto attributeTable = AttributeTable::deserialize(reinterpret_cast<const char*>(attributes),
                                           std::size_t(sections.at(kAttributes).bytes), &attributeError, mapped);
  if (!attributeTable) return fail(attributeError);
  releasePages(attributes, sections.at(kAttributes).bytes);  // numbers were copied, strings are paged in as read
  if (attributeTable->rowCount() != n) return fail(QStringLiteral("attribute rows differ from the features"));

  std::vector<std::uint64_t> levelEnds(meta.treeLevels);
  if (meta.treeLevels) std::memcpy(levelEnds.data(), levels, 8 * meta.treeLevels);
  SpatialIndex index = SpatialIndex::view(meta.treeNodes ? n : 0, reinterpret_cast<const SpatialIndex::Node*>(nodes),
                                          meta.treeNodes, reinterpret_cast<const std::uint32_t*>(ids), std::move(levelEnds));
  if (!index.isConsistent() || (n > 0 && meta.treeNodes == 0)) return fail(QStringLiteral("inconsistent spatial index"));
  releasePages(ids, meta.treeNodes ? 4 * n : 0);
  releasePages(types, n);

  Extent extent{meta.extent[0], meta.extent[1], meta.extent[2], meta.extent[3]};
  // Builds one level's store over the shared rows, checking its offsets.
  auto levelStore = [&](std::uint32_t k) -> std::shared_ptr<FeatureStore> {
    const LevelMeta& lm = meta.levels[k];
    const uchar* begin = section(levelSection(k, kPartBegin), 4 * n);
    const uchar* end = section(levelSection(k, kPartEnd), 4 * n);
    const uchar* partVertex = section(levelSection(k, kPartVertex), 4 * (lm.parts + 1));
    const uchar* flags = section(levelSection(k, kPartFlags), lm.parts);
    const uchar* coords = section(levelSection(k, kCoords), 16 * lm.vertices);
    if (!problem.isEmpty()) return nullptr;
    const auto* pb = reinterpret_cast<const std::uint32_t*>(begin);
    const auto* pe = reinterpret_cast<const std::uint32_t*>(end);
    const auto* pv = reinterpret_cast<const std::uint32_t*>(partVertex);
    for (std::uint64_t f = 0; f < n; ++f)
      if (pb[f] > pe[f] || pe[f] > lm.parts) {
        problem = QStringLiteral("level %1: part range of row %2 out of bounds").arg(k).arg(f);
        return nullptr;
      }
    if (pv[0] != 0 || pv[lm.parts] != lm.vertices) {
      problem = QStringLiteral("level %1: vertex offsets do not match the vertex count").arg(k);
      return nullptr;
    }
    for (std::uint64_t p = 0; p < lm.parts; ++p)
      if (pv[p + 1] < pv[p]) {
        problem = QStringLiteral("level %1: vertex offsets not ascending").arg(k);
        return nullptr;
      }
    releasePages(begin, 4 * n);
    releasePages(end, 4 * n);
    releasePages(partVertex, 4 * (lm.parts + 1));
    auto s = std::make_shared<FeatureStore>();
    s->features_ = n;
    s->parts_ = lm.parts;
    s->vertices_ = lm.vertices;
    s->types_ = reinterpret_cast<const GeometryType*>(types);
    s->fids_ = reinterpret_cast<const std::int64_t*>(fids);
    s->bounds_ = reinterpret_cast<const Extent*>(bounds);
    s->partBegin_ = pb;
    s->partEnd_ = pe;
    s->partVertex_ = pv;
    s->partFlags_ = flags;
    s->xy_ = reinterpret_cast<const double*>(coords);
    s->backing_ = mapped;
    s->extent_ = extent;
    s->index_ = index;
    s->attributes_ = attributeTable;
    return s;
  };
  auto store = levelStore(0);
  if (!store) return fail(problem);
  for (std::uint32_t k = 1; k < meta.levelCount; ++k) {
    auto level = levelStore(k);
    if (!level) return fail(problem);
    store->overviews_.push_back({meta.levels[k].cellSize, std::move(level)});
  }
  out.store = std::move(store);
  return R::ok(std::move(out));
}

Status GeometryCacheReader::verifyCoordinates(const QString& path) {
  const QString name = QDir::toNativeSeparators(path);
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return Status::fail(QStringLiteral("%1: %2").arg(name, file.errorString()));
  const std::uint64_t size = std::uint64_t(file.size());
  std::vector<uchar> head(std::min<std::uint64_t>(size, sizeof(Header) + kMaxSections * sizeof(SectionEntry)));
  if (file.read(reinterpret_cast<char*>(head.data()), qint64(head.size())) != qint64(head.size()))
    return Status::fail(QStringLiteral("%1: cannot be read").arg(name));
  // readTable reads only the header and the table, and checks them against the true size.
  auto table = readTable(head.data(), size);
  if (!table) return Status::fail(QStringLiteral("%1: %2").arg(name, table.error()));
  std::vector<uchar> chunk(kChunk);
  for (const auto& [id, s] : table.value()) {
    if (!(s.flags & kLazyCheck)) continue;
    if (!file.seek(qint64(s.offset))) return Status::fail(QStringLiteral("%1: cannot be read").arg(name));
    std::vector<std::uint64_t> sums;
    std::uint64_t done = 0;
    do {
      const std::uint64_t take = std::min<std::uint64_t>(kChunk, s.bytes - done);
      if (file.read(reinterpret_cast<char*>(chunk.data()), qint64(take)) != qint64(take))
        return Status::fail(QStringLiteral("%1: cannot be read").arg(name));
      sums.push_back(geocache::checksum(chunk.data(), take));
      done += take;
    } while (done < s.bytes);
    if (geocache::checksum(sums.data(), sums.size() * 8, s.bytes) != s.checksum)
      return Status::fail(QStringLiteral("%1: section %2 checksum mismatch (corrupt coordinates)").arg(name).arg(id));
  }
  return Status::ok();
}

}  // namespace planmap
