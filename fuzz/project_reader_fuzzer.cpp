// Feeds arbitrary bytes to the project-file reader: it must return an error or a project, never
// crash, hang or trip a sanitizer.
#include "Project.h"
#include "ProjectReader.h"

#include <QCoreApplication>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static int argc = 1;
  static char name[] = "project_reader_fuzzer";
  static char* argv[] = {name, nullptr};
  static QCoreApplication app(argc, argv);
  const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  auto project = planmap::ProjectReader::fromBytes(bytes, QStringLiteral("/nonexistent/fuzz/input.planmap"));
  if (project) (void)project.value()->document().layers().size();
  return 0;
}
