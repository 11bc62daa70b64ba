#include "MemoryBudget.h"

#include <algorithm>
#include <cmath>
#include <unistd.h>

namespace planmap {

qint64 MemoryBudget::rasterLimitBytes() {
  bool ok = false;
  const qint64 mb = qEnvironmentVariableIntValue("PLANMAP_MAX_RASTER_MB", &ok);
  if (ok && mb > 0) return mb * 1024 * 1024;
  const long pages = ::sysconf(_SC_PHYS_PAGES), pageSize = ::sysconf(_SC_PAGE_SIZE);
  const qint64 ram = pages > 0 && pageSize > 0 ? qint64(pages) * pageSize : qint64(4) << 30;
  return std::min<qint64>(ram / 2, qint64(8) << 30);
}

qint64 MemoryBudget::rasterBytes(double width, double height, int bytesPerPixel) {
  if (!std::isfinite(width) || !std::isfinite(height) || width < 0 || height < 0) return -1;
  const double bytes = std::ceil(width) * std::ceil(height) * bytesPerPixel;
  if (!(bytes < 9.0e18)) return -1;
  return qint64(bytes);
}

QString MemoryBudget::humanBytes(double bytes) {
  const char* units[] = {"bytes", "KB", "MB", "GB", "TB", "PB", "EB"};
  int u = 0;
  while (bytes >= 1024 && u < 6) {
    bytes /= 1024;
    ++u;
  }
  return u == 0 ? QStringLiteral("%1 bytes").arg(qint64(bytes)) : QStringLiteral("%1 %2").arg(bytes, 0, 'f', 1).arg(QLatin1String(units[u]));
}

Status MemoryBudget::checkRaster(double width, double height, const QString& what, int bytesPerPixel) {
  const qint64 limit = rasterLimitBytes();
  const qint64 bytes = rasterBytes(width, height, bytesPerPixel);
  // QImage also caps each side and the byte count at what an int can index.
  const bool tooWide = !(width <= 1 << 20) || !(height <= 1 << 20);
  if (bytes >= 0 && bytes <= limit && !tooWide) return Status::ok();
  const double need = std::ceil(width) * std::ceil(height) * bytesPerPixel;
  return Status::fail(QStringLiteral("%1 would be %2×%3 pixels (%4), more than the %5 one image may use; "
                                     "choose a smaller size or a lower dpi")
                          .arg(what)
                          .arg(std::ceil(width), 0, 'f', 0)
                          .arg(std::ceil(height), 0, 'f', 0)
                          .arg(std::isfinite(need) ? humanBytes(need) : QStringLiteral("too much"))
                          .arg(humanBytes(double(limit))));
}

}  // namespace planmap
