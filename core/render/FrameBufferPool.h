#pragma once

#include <QImage>
#include <QSize>
#include <cstddef>
#include <mutex>
#include <vector>

namespace planmap {

// Recycles the pixel buffers of rendered frames. A fresh 1920×1080 ARGB32 frame is 8 MB of new pages:
// the kernel faults in and zeroes 2 000 of them, which cost ~5 ms of CPU per frame against ~1 ms for
// clearing memory that is already mapped — half of a zoomed-in render. Frames come and go in the
// app (one shown, one being drawn; the two-core split's overlay), so their buffers are kept for the
// next frame instead of going back to the system.
//
// image() hands out a QImage over a pooled buffer (contents undefined: fill it); when the last QImage
// sharing that buffer goes away, the buffer returns here. Thread-safe; at most kMaxBytes are kept idle.
class FrameBufferPool {
 public:
  static FrameBufferPool& instance();

  QImage image(const QSize& size, QImage::Format format);
  std::size_t idleBytes() const;
  void clear();  // frees every idle buffer

 private:
  FrameBufferPool() = default;
  struct Buffer {
    void* data;
    std::size_t bytes;
  };
  static void release(void* info);
  void giveBack(Buffer buffer);

  static constexpr std::size_t kMaxBytes = 48u << 20;  // six 1080p frames
  mutable std::mutex mutex_;
  std::vector<Buffer> idle_;  // most recently returned last
};

}  // namespace planmap
