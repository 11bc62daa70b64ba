#include "GeometryCacheWriter.h"

#include "GeometryCacheFormat.h"
#include "OverviewBuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <cstring>
#include <vector>

namespace planmap {
namespace {

using namespace geocache;

constexpr std::size_t kChunk = 1 << 20;  // section checksums are over 1 MiB chunks (see sectionChecksum)

// Streams sections into the file, 64-byte aligned, each with its chunked checksum.
class SectionSink {
 public:
  explicit SectionSink(QSaveFile& file) : file_(file) { buffer_.reserve(kChunk); }

  void begin(std::uint32_t id, std::uint32_t flags = 0) {
    static const char zeros[64] = {};
    const qint64 pos = file_.pos();
    if (pos % 64) file_.write(zeros, 64 - pos % 64);
    current_ = SectionEntry{id, flags, std::uint64_t(file_.pos()), 0, 0};
    chunkSums_.clear();
  }
  void append(const void* data, std::size_t bytes) {
    const char* p = static_cast<const char*>(data);
    while (bytes > 0) {
      const std::size_t take = std::min(bytes, kChunk - buffer_.size());
      buffer_.insert(buffer_.end(), p, p + take);
      p += take;
      bytes -= take;
      if (buffer_.size() == kChunk) flush();
    }
  }
  template <typename T>
  void appendVector(const std::vector<T>& v) { append(v.data(), v.size() * sizeof(T)); }
  void end() {
    if (!buffer_.empty() || chunkSums_.empty()) flush();
    current_.checksum = checksum(chunkSums_.data(), chunkSums_.size() * 8, current_.bytes);
    entries_.push_back(current_);
  }
  template <typename T>
  void section(std::uint32_t id, const T* data, std::size_t count, std::uint32_t flags = 0) {
    begin(id, flags);
    append(data, count * sizeof(T));
    end();
  }
  const std::vector<SectionEntry>& entries() const { return entries_; }
  bool ok() const { return ok_; }

 private:
  void flush() {
    chunkSums_.push_back(checksum(buffer_.data(), buffer_.size()));
    if (file_.write(buffer_.data(), qint64(buffer_.size())) != qint64(buffer_.size())) ok_ = false;
    current_.bytes += buffer_.size();
    buffer_.clear();
  }
  QSaveFile& file_;
  std::vector<char> buffer_;
  std::vector<std::uint64_t> chunkSums_;
  std::vector<SectionEntry> entries_;
  SectionEntry current_{};
  bool ok_ = true;
};

}  // namespace

bool GeometryCacheWriter::write(const FeatureStore& store, std::uint64_t key, const QByteArray& userMeta,
                                const QString& path, QString* error, const std::atomic<bool>* cancel) {
  auto fail = [&](const QString& why) {
    if (error) *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
    return false;
  };
  auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
  const std::size_t n = store.featureCount();
  if (n >= 0xFFFFFFFFull || store.vertexCount() >= 0xFFFFFFFFull) return fail(QStringLiteral("too many features to cache"));
  const SpatialIndex& tree = store.index();
  // The R-tree's leaves are the rows in Hilbert order of their box centres: the geometry follows them.
  std::vector<std::uint32_t> order(tree.leafIds(), tree.leafIds() + (tree.nodeCount() ? n : 0));

  QDir().mkpath(QFileInfo(path).absolutePath());
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return fail(file.errorString());
  const std::size_t maxSections = 16 + (1 + kMaxOverviews) * kLevelSections;
  std::vector<char> placeholder(sizeof(Header) + maxSections * sizeof(SectionEntry), 0);
  file.write(placeholder.data(), qint64(placeholder.size()));
  SectionSink sink(file);

  StoreMeta meta{};
  meta.features = n;
  meta.treeNodes = tree.nodeCount();
  meta.treeLevels = tree.levelEnds().size();
  const Extent& e = store.extent();
  meta.extent[0] = e.minX;
  meta.extent[1] = e.minY;
  meta.extent[2] = e.maxX;
  meta.extent[3] = e.maxY;

  sink.section(kUserMeta, userMeta.constData(), std::size_t(userMeta.size()));
  sink.section(kTypes, store.types_, n);
  sink.section(kFids, store.fids_, n);
  sink.section(kBounds, store.bounds_, n);
  sink.section(kTreeNodes, tree.nodes(), tree.nodeCount());
  sink.section(kTreeIds, tree.leafIds(), tree.nodeCount() ? n : 0);
  sink.section(kTreeLevels, tree.levelEnds().data(), tree.levelEnds().size());
  const QByteArray attributes = store.attributes().serialize();
  sink.section(kAttributes, attributes.constData(), std::size_t(attributes.size()));
  if (cancelled()) return fail(QStringLiteral("cancelled"));

  // Level 0: full resolution, streamed in Hilbert order.
  {
    std::vector<std::uint32_t> begin(n), end(n), partVertex{0};
    std::vector<std::uint8_t> flags;
    partVertex.reserve(store.partCount() + 1);
    flags.reserve(store.partCount());
    std::uint32_t parts = 0, vertices = 0;
    for (std::uint32_t f : order) {
      begin[f] = parts;
      for (std::uint32_t p = store.partBegin(f); p < store.partEnd(f); ++p) {
        vertices += store.vertexEnd(p) - store.vertexBegin(p);
        partVertex.push_back(vertices);
        flags.push_back(store.partFlags_[p]);
        ++parts;
      }
      end[f] = parts;
    }
    sink.section(levelSection(0, kPartBegin), begin.data(), n);
    sink.section(levelSection(0, kPartEnd), end.data(), n);
    sink.section(levelSection(0, kPartVertex), partVertex.data(), partVertex.size());
    sink.section(levelSection(0, kPartFlags), flags.data(), flags.size());
    sink.begin(levelSection(0, kCoords), kLazyCheck);
    for (std::uint32_t f : order)
      for (std::uint32_t p = store.partBegin(f); p < store.partEnd(f); ++p)
        sink.append(store.vertex(store.vertexBegin(p)), 16 * std::size_t(store.vertexEnd(p) - store.vertexBegin(p)));
    sink.end();
    meta.levels[0] = LevelMeta{0, parts, vertices};
    meta.levelCount = 1;
  }

  for (double cell : OverviewBuilder::cellSizesFor(store)) {
    if (cancelled()) return fail(QStringLiteral("cancelled"));
    if (meta.levelCount > kMaxOverviews) break;
    OverviewLevel level = OverviewBuilder::build(store, cell, order.data());
    const std::size_t vertices = level.xy.size() / 2;
    if (vertices > store.vertexCount() * 6 / 10) continue;  // too close to full resolution to pay
    const std::uint32_t k = meta.levelCount;
    sink.section(levelSection(k, kPartBegin), level.partBegin.data(), n);
    sink.section(levelSection(k, kPartEnd), level.partEnd.data(), n);
    sink.section(levelSection(k, kPartVertex), level.partVertex.data(), level.partVertex.size());
    sink.section(levelSection(k, kPartFlags), level.partFlags.data(), level.partFlags.size());
    sink.section(levelSection(k, kCoords), level.xy.data(), level.xy.size(), kLazyCheck);
    meta.levels[k] = LevelMeta{cell, level.partFlags.size(), vertices};
    ++meta.levelCount;
  }
  sink.section(kStoreMeta, &meta, 1);
  if (!sink.ok()) return fail(file.errorString());

  Header header{};
  std::memcpy(header.magic, kMagic, sizeof(kMagic));
  header.version = kVersion;
  header.sectionCount = static_cast<std::uint32_t>(sink.entries().size());
  header.fileSize = std::uint64_t(file.pos());
  header.key = key;
  std::vector<char> head(sizeof(Header) + sink.entries().size() * sizeof(SectionEntry));
  std::memcpy(head.data() + sizeof(Header), sink.entries().data(), sink.entries().size() * sizeof(SectionEntry));
  std::memcpy(head.data(), &header, sizeof(Header));
  header.checksum = checksum(head.data(), head.size());
  std::memcpy(head.data(), &header, sizeof(Header));
  if (!file.seek(0) || file.write(head.data(), qint64(head.size())) != qint64(head.size()))
    return fail(file.errorString());
  if (cancelled()) {
    file.cancelWriting();
    return fail(QStringLiteral("cancelled"));
  }
  if (!file.commit()) return fail(file.errorString());
  return true;
}

}  // namespace planmap
