#include "GdalHandles.h"

#include <cpl_vsi.h>

#include <mutex>
#include <vector>

namespace planmap::gdal {

void ensureRegistered() {
  static std::once_flag once;
  std::call_once(once, [] { GDALAllRegister(); });
}

ErrorCapture::ErrorCapture() { CPLPushErrorHandlerEx(&ErrorCapture::handler, this); }

ErrorCapture::~ErrorCapture() { CPLPopErrorHandler(); }

void ErrorCapture::handler(CPLErr level, CPLErrorNum, const char* message) {
  auto* self = static_cast<ErrorCapture*>(CPLGetErrorHandlerUserData());
  if (!self || level == CE_Debug) return;
  const QString text = QString::fromUtf8(message ? message : "").trimmed();
  if (level >= CE_Failure) self->failures_ << text;
  else if (self->warnings_.size() < 50) self->warnings_ << text;
}

QString ErrorCapture::message() const {
  if (!failures_.isEmpty()) return failures_.first();
  return warnings_.isEmpty() ? QString() : warnings_.last();
}

void ErrorCapture::clear() {
  failures_.clear();
  warnings_.clear();
}

namespace {

// Keeps the UTF-8 bytes of a QStringList alive for a char** argument list.
class CStringList {
 public:
  explicit CStringList(const QStringList& items) {
    for (const QString& s : items) storage_.push_back(s.toUtf8());
    for (const QByteArray& b : storage_) pointers_.push_back(b.constData());
    pointers_.push_back(nullptr);
  }
  const char* const* get() const { return storage_.empty() ? nullptr : pointers_.data(); }

 private:
  std::vector<QByteArray> storage_;
  std::vector<const char*> pointers_;
};

}  // namespace

DatasetPtr openVector(const QString& path, const QStringList& openOptions, const QStringList& allowedDrivers) {
  ensureRegistered();
  const CStringList options(openOptions), drivers(allowedDrivers);
  const QByteArray p = path.toUtf8();
  return DatasetPtr(GDALDataset::Open(p.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers.get(),
                                      options.get(), nullptr));
}

bool readVsiFile(const QString& path, QByteArray& bytes, qint64 maxBytes) {
  const QByteArray p = path.toUtf8();
  VSILFILE* fp = VSIFOpenL(p.constData(), "rb");
  if (!fp) return false;
  // The handle is closed on every path below.
  std::unique_ptr<VSILFILE, int (*)(VSILFILE*)> guard(fp, &VSIFCloseL);
  VSIFSeekL(fp, 0, SEEK_END);
  const vsi_l_offset size = VSIFTellL(fp);
  VSIFSeekL(fp, 0, SEEK_SET);
  if (static_cast<qint64>(size) > maxBytes) return false;
  bytes.resize(static_cast<qsizetype>(size));
  return VSIFReadL(bytes.data(), 1, static_cast<size_t>(size), fp) == size;
}

qint64 vsiFileSize(const QString& path) {
  VSIStatBufL st;
  if (VSIStatL(path.toUtf8().constData(), &st) != 0) return -1;
  return static_cast<qint64>(st.st_size);
}

bool vsiIsDirectory(const QString& path) {
  VSIStatBufL st;
  return VSIStatL(path.toUtf8().constData(), &st) == 0 && VSI_ISDIR(st.st_mode);
}

QStringList vsiListDirectory(const QString& path, bool recursive) {
  const QByteArray p = path.toUtf8();
  char** entries = recursive ? VSIReadDirRecursive(p.constData()) : VSIReadDir(p.constData());
  QStringList out;
  for (char** e = entries; e && *e; ++e) out << QString::fromUtf8(*e);
  CSLDestroy(entries);
  out.sort();
  return out;
}

}  // namespace planmap::gdal
