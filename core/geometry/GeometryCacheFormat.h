#pragma once

// The on-disk layout of a geometry cache file (internal to planmap_geometry; see GeometryCacheWriter
// and GeometryCacheReader). All integers little-endian, every section 64-byte aligned.
//
//   Header (64 bytes) | section table (sectionCount × 32 bytes) | sections…
//
// The header's checksum covers the header (with the checksum field zero) and the table; each
// section has its own checksum. Coordinates (flag kLazyCheck) are verified by verifyCoordinates(),
// in the background, because reading a gigabyte on open would cost the half second an open may
// take; every other section is verified before the store is used. Structure (counts, offsets) is
// checked against the file size before any array is read, so a corrupt file cannot crash a reader.

#include <cstddef>
#include <cstdint>

namespace planmap::geocache {

inline constexpr char kMagic[8] = {'P', 'M', 'G', 'E', 'O', 'C', '\r', '\n'};
inline constexpr std::uint32_t kVersion = 1;
inline constexpr std::uint32_t kMaxSections = 64;
inline constexpr std::uint32_t kMaxOverviews = 4;
inline constexpr std::uint32_t kLazyCheck = 1;

enum Section : std::uint32_t {
  kStoreMeta = 1,  // StoreMeta
  kUserMeta,       // opaque bytes of the caller (the layer's CRS, encoding, warnings as JSON)
  kTypes,          // u8[F]
  kFids,           // i64[F]
  kBounds,         // Extent[F] (4 doubles)
  kTreeNodes,      // SpatialIndex::Node[N]
  kTreeIds,        // u32[F]
  kTreeLevels,     // u64[L]
  kAttributes,     // AttributeTable blob
  // Geometry of level k (0 = full resolution, 1.. = overviews): base kLevelBase + 8 * k.
  kLevelBase = 100,
};
enum LevelSection : std::uint32_t { kPartBegin = 0, kPartEnd, kPartVertex, kPartFlags, kCoords, kLevelSections };

constexpr std::uint32_t levelSection(std::uint32_t level, LevelSection s) { return kLevelBase + 8 * level + s; }

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t sectionCount;
  std::uint64_t fileSize;
  std::uint64_t key;       // the source's identity and state, as the caller computed it
  std::uint64_t checksum;  // header (this field zero) + table
  std::uint64_t reserved[3];
};
static_assert(sizeof(Header) == 64);

struct SectionEntry {
  std::uint32_t id;
  std::uint32_t flags;
  std::uint64_t offset;
  std::uint64_t bytes;
  std::uint64_t checksum;
};
static_assert(sizeof(SectionEntry) == 32);

struct LevelMeta {
  double cellSize;  // 0 for full resolution
  std::uint64_t parts;
  std::uint64_t vertices;
};

struct StoreMeta {
  std::uint64_t features;
  std::uint64_t treeNodes;
  std::uint64_t treeLevels;
  double extent[4];
  std::uint32_t levelCount;  // 1 + overviews
  std::uint32_t reserved;
  LevelMeta levels[1 + kMaxOverviews];
};

// A fast 64-bit checksum (four interleaved multiply-rotate lanes, then mixed): detects truncation,
// bit flips and stale bytes; not cryptographic.
std::uint64_t checksum(const void* data, std::size_t bytes, std::uint64_t seed = 0);

}  // namespace planmap::geocache
