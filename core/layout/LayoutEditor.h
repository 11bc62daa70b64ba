#pragma once

#include "Layout.h"
#include "PdfGeoFrame.h"

#include <QPointF>
#include <QString>
#include <optional>
#include <vector>

namespace planmap {

// The layout window's editing operations on a Layout value, without a widget: the window applies
// them to a copy and pushes the result on the undo stack. `frames` are the georeferenced map frames
// of the last painted page (PageResult::frames), so a click maps to exactly what the page shows.
class LayoutEditor {
 public:
  // Page set-up: size, orientation and margins. When the sheet changes size the items scale with it
  // (x by the width ratio, y by the height ratio) and their type by the smaller ratio, within 4–400 pt.
  // False for an unknown size.
  static bool setPage(Layout& layout, const QString& size, bool landscape, double customWidthMm, double customHeightMm,
                      double marginMm);

  // The lon/lat (EPSG:4326) under a point of the page (mm from its top-left corner): inside the
  // smallest frame that contains it, provided the frame still sits where it was painted.
  static std::optional<QPointF> lonLatAt(const Layout& layout, const std::vector<PdfGeoFrame>& frames, const QPointF& mm,
                                         QString* frameId = nullptr);

  // A callout pointing at `mm`, its plate up and to the right of the point inside the frame (left or
  // below where it would leave it), added to the layout. Returns its id; nullopt when `mm` is in no
  // painted frame or the text is empty.
  static std::optional<QString> placeCallout(Layout& layout, const std::vector<PdfGeoFrame>& frames, const QPointF& mm,
                                             const QString& text, double fontSizePt = 7.5);

  // "base_1", "base_2" …: the first id the layout does not use.
  static QString uniqueItemId(const Layout& layout, const QString& base);
  // The item that describes `id` (its legend, scale bar, inset …), if any: `id` cannot go before it.
  static const LayoutItem* dependentOf(const Layout& layout, const QString& id);
};

}  // namespace planmap
