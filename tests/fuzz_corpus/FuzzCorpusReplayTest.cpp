// Replays the minimised libFuzzer corpora (scripts/fuzz.sh; tests/data/fuzz-corpus/) and any
// crashing inputs kept in tests/data/fuzz-regressions/ through the project and catalog readers in
// the normal build, so a regression shows up in CI and not only in a fuzzing session. Every input
// must come back as a result or as a one-line error that names the file.
#include "CatalogReader.h"
#include "PlanCatalog.h"
#include "Project.h"
#include "ProjectReader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

QStringList inputsUnder(const QStringList& folders) {
  QStringList files;
  for (const QString& folder : folders) {
    QDirIterator it(QStringLiteral(PLANMAP_TEST_DATA "/") + folder, QDir::Files);
    while (it.hasNext()) files << it.next();
  }
  files.sort();
  return files;
}

QByteArray bytesOf(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

TEST(FuzzCorpus, EveryProjectInputIsReadOrRefusedWithAMessageNamingTheFile) {
  const QStringList files = inputsUnder({QStringLiteral("fuzz-corpus/project"), QStringLiteral("fuzz-regressions/project_reader_fuzzer")});
  ASSERT_GE(files.size(), 20) << "the corpus is missing";
  int refused = 0;
  for (const QString& file : files) {
    auto project = ProjectReader::fromBytes(bytesOf(file), QStringLiteral("/nonexistent/fuzz/input.planmap"));
    if (project) continue;
    ++refused;
    EXPECT_TRUE(project.error().contains(QStringLiteral("input.planmap"))) << file.toStdString() << ": " << project.error().toStdString();
    EXPECT_FALSE(project.error().contains(QLatin1Char('\n'))) << file.toStdString();
  }
  EXPECT_GT(refused, 0);
}

TEST(FuzzCorpus, EveryCatalogInputIsReadOrRefusedWithAMessageNamingTheFile) {
  const QStringList files = inputsUnder({QStringLiteral("fuzz-corpus/catalog"), QStringLiteral("fuzz-regressions/catalog_reader_fuzzer")});
  ASSERT_GE(files.size(), 20) << "the corpus is missing";
  for (const QString& file : files) {
    auto document = CatalogReader::readBytes(bytesOf(file), QStringLiteral("fuzz.json"));
    if (!document) {
      EXPECT_TRUE(document.error().contains(QStringLiteral("fuzz.json"))) << file.toStdString() << ": " << document.error().toStdString();
      continue;
    }
    // Merging runs the catalog's own checks (duplicate ids, lookups) on what the reader accepted.
    PlanCatalog catalog;
    (void)catalog.addDocument(std::move(document.value()));
  }
}

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
