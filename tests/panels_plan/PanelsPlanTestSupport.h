#pragma once

#include "Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QLayout>
#include <QWidget>
#include <gtest/gtest.h>
#include <memory>

// Shared by the plan-editing panel tests: a fresh bundled project per test (edits must not leak
// between tests), and optional screenshots for a person to look at.
namespace panelsplan {

inline std::unique_ptr<planmap::Project> bundledProject() {
  auto project = planmap::Project::createBundled();
  EXPECT_TRUE(project.isOk()) << project.error().toStdString();
  return project.isOk() ? std::move(project.value()) : nullptr;
}

inline void saveShot(QWidget& widget, const char* name) {
  const QString dir = qEnvironmentVariable("PLANMAP_PANEL_SHOTS");
  if (dir.isEmpty()) return;
  QDir().mkpath(dir);
  // Let pending layout requests run first, as they would in the app before the next paint.
  QCoreApplication::sendPostedEvents();
  if (widget.layout()) widget.layout()->activate();
  widget.grab().save(QDir(dir).filePath(QString::fromUtf8(name) + QStringLiteral(".png")));
}

}  // namespace panelsplan
