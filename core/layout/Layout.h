#pragma once

#include "LayoutItem.h"
#include "LayoutPage.h"

#include <QString>
#include <vector>

namespace planmap {

// How an atlas walks a layer: one page per feature, the driven map frame zoomed to it.
struct AtlasSettings {
  QString layer;                      // layer id ("counties", "parks"); empty = no atlas
  double marginFraction = 0.08;       // space around the feature, as a fraction of its size
  QString fileNamePattern = QStringLiteral("{name_zh}.pdf");  // one file per feature
  QString sortField;                  // empty = layer order

  bool operator==(const AtlasSettings&) const = default;
};

// A print layout: a page and the items on it, bottom first (later items paint over earlier ones).
// Plain data, read and written by LayoutJson; a project file stores its layouts in the same form.
struct Layout {
  static constexpr int kVersion = 1;
  QString name;     // "a3_landscape_plan"
  QString title;    // default title text ({title} in text items)
  QString family;   // the template family it belongs to ("规划图（标准图廓）"), for choosers; may be empty
  LayoutPage page;
  std::vector<LayoutItem> items;
  AtlasSettings atlas;
  double pdfResolutionDpi = 300;  // device units of the PDF painter: level of detail of map geometry

  const LayoutItem* item(const QString& id) const {
    for (const LayoutItem& i : items)
      if (i.id == id) return &i;
    return nullptr;
  }
  bool operator==(const Layout&) const = default;
};

}  // namespace planmap
