#pragma once

#include <QCoreApplication>
#include <QString>

namespace planmap {

// A loading error as the planner reads it: what is wrong and what to do, in the UI language, with
// the technical cause (GDAL's or PROJ's English, the loader's own words) kept as the detail.
// "garbage.prj: not a CRS definition (proj_create: …)" → "这个 .prj 文件不是有效的坐标系定义…" + detail.
class LoadErrorText {
  Q_DECLARE_TR_FUNCTIONS(planmap::LoadErrorText)

 public:
  struct Explained {
    QString message;  // plain words, names the file
    QString detail;   // the original error
  };
  static Explained explain(const QString& fileName, const QString& error);
};

}  // namespace planmap
