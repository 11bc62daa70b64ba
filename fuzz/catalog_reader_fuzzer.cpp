// Feeds arbitrary bytes to the plan-catalog reader and then merges the result into a catalog:
// errors are fine, crashes and sanitizer reports are not.
#include "CatalogReader.h"
#include "PlanCatalog.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  auto document = planmap::CatalogReader::readBytes(bytes, QStringLiteral("fuzz.json"));
  if (document) {
    planmap::PlanCatalog catalog;
    (void)catalog.addDocument(std::move(document.value()));
    for (const auto& item : catalog.items()) (void)item.mentionsPlace(QStringLiteral("汉滨区"));
  }
  return 0;
}
