#pragma once

#include <QDate>
#include <QString>

namespace planmap {

class Project;

// Where an export is offered: the project's folder (Documents for an untitled project), under a
// name made of the title and the date — "安康市十四五规划图_2026-12-04.pdf" — never an empty name in
// the last data folder.
class ExportPaths {
 public:
  static QString folder(const Project& project);
  // `title` made safe for a file name (no / \ : * ? " < > |), then "_yyyy-MM-dd" and `suffix` (".pdf").
  static QString fileName(const QString& title, const QString& suffix, const QDate& date = QDate::currentDate());
  static QString suggested(const Project& project, const QString& title, const QString& suffix);
};

}  // namespace planmap
