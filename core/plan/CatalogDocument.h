#pragma once

#include "PlanItem.h"

#include <QString>
#include <vector>

namespace planmap {

// One catalog file as read: its metadata and its items, in file order.
struct CatalogDocument {
  // A section heading as listed in the file's "chapters" metadata (optional in the format).
  struct Section {
    int chapterNumber = 0;
    QString chapter;
    QString chapterTitle;
    int sectionNumber = 0;
    QString section;
    QString title;
  };

  QString path;
  QString title;
  QString source;
  QString language;
  int periodStart = 0;
  int periodEnd = 0;  // the plan's last year; targets without a deadline are judged against it
  std::vector<Section> sections;
  std::vector<PlanItem> items;
};

}  // namespace planmap
