#include "FrameBufferPool.h"

#include <cstdlib>

namespace planmap {
namespace {

struct Lease {
  void* data;
  std::size_t bytes;
};

}  // namespace

FrameBufferPool& FrameBufferPool::instance() {
  // Never destroyed: images released during static destruction still find it.
  static FrameBufferPool* pool = new FrameBufferPool;
  return *pool;
}

QImage FrameBufferPool::image(const QSize& size, QImage::Format format) {
  const int depth = QImage::toPixelFormat(format).bitsPerPixel();
  if (size.isEmpty() || depth <= 0) return QImage(size, format);
  const qsizetype bytesPerLine = ((qsizetype(size.width()) * depth + 31) / 32) * 4;  // 32-bit aligned, as QImage does
  const std::size_t bytes = std::size_t(bytesPerLine) * std::size_t(size.height());
  void* data = nullptr;
  {
    std::lock_guard lock(mutex_);
    for (std::size_t i = idle_.size(); i-- > 0;)
      if (idle_[i].bytes == bytes) {
        data = idle_[i].data;
        idle_.erase(idle_.begin() + std::ptrdiff_t(i));
        break;
      }
  }
  if (!data) data = std::malloc(bytes);
  if (!data) return QImage(size, format);  // out of memory: let QImage report a null image
  auto* lease = new Lease{data, bytes};
  QImage image(static_cast<uchar*>(data), size.width(), size.height(), bytesPerLine, format, &FrameBufferPool::release,
               lease);
  if (image.isNull()) {
    std::free(data);
    delete lease;
  }
  return image;
}

void FrameBufferPool::release(void* info) {
  auto* lease = static_cast<Lease*>(info);
  instance().giveBack({lease->data, lease->bytes});
  delete lease;
}

void FrameBufferPool::giveBack(Buffer buffer) {
  std::vector<void*> freed;
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(buffer);
    std::size_t total = 0;
    for (const Buffer& b : idle_) total += b.bytes;
    // Over the cap: the buffers idle the longest go first.
    while (total > kMaxBytes && !idle_.empty()) {
      total -= idle_.front().bytes;
      freed.push_back(idle_.front().data);
      idle_.erase(idle_.begin());
    }
  }
  for (void* p : freed) std::free(p);
}

std::size_t FrameBufferPool::idleBytes() const {
  std::lock_guard lock(mutex_);
  std::size_t total = 0;
  for (const Buffer& b : idle_) total += b.bytes;
  return total;
}

void FrameBufferPool::clear() {
  std::vector<Buffer> idle;
  {
    std::lock_guard lock(mutex_);
    idle.swap(idle_);
  }
  for (const Buffer& b : idle) std::free(b.data);
}

}  // namespace planmap
