#pragma once

// A bundled project with the committed test spreadsheets imported (invented figures, test data).
#include "PlanEditCommands.h"
#include "ProgressImporter.h"
#include "Project.h"

#include <gtest/gtest.h>
#include <memory>

namespace planmap::testdata {

inline std::unique_ptr<Project> projectWithFixtureProgress() {
  auto project = Project::createBundled();
  EXPECT_TRUE(project.isOk());
  if (!project.isOk()) return nullptr;
  std::unique_ptr<Project> p = std::move(project.value());
  for (const char* name : {"progress_long.xlsx", "progress_wide_merged.xlsx", "progress_long.ods", "progress_gbk.csv", "progress_utf8_bom.csv"}) {
    auto r = ProgressImporter::importFile(QStringLiteral(PLANMAP_TEST_DATA "/progress/") + QString::fromUtf8(name), p->catalog(), p->progress(), {});
    EXPECT_TRUE(r.isOk()) << name;
    if (!r.isOk()) continue;
    EXPECT_TRUE(r->ok()) << name << ": " << (r->errors.empty() ? std::string() : r->errors.front().toString().toStdString());
    if (r->ok()) p->undoStack().push(PlanEditCommand::importProgress(*p, r->records, r->file));
  }
  return p;
}

}  // namespace planmap::testdata
