#pragma once

#include "Layout.h"
#include "LayoutContext.h"
#include "ResolvedFrame.h"
#include "Result.h"

#include <QStringList>
#include <vector>

namespace planmap {

// Turns the map items of a layout into ResolvedFrames for one page: the frame's CRS, its extent
// (requested, atlas feature plus margin, fixed scale, or the layers' extent), the layer snapshots
// it draws and what it shows (FrameContents). Nothing is painted here.
class FrameResolver {
 public:
  FrameResolver(const Layout& layout, const LayoutContext& context, double dpi)
      : layout_(layout), context_(context), dpi_(dpi) {}

  // Every map item of the layout, in layout order. A bad CRS or extent fails naming the item.
  Result<std::vector<ResolvedFrame>> resolveAll(QStringList* warnings);
  Result<ResolvedFrame> resolve(const LayoutItem& item, const MapFrameItem& map, QStringList* warnings);

 private:
  Extent layersExtent(const QStringList& ids, const Crs& crs) const;
  std::vector<std::shared_ptr<const VectorLayer>> frameLayers(const LayoutItem& item, const MapFrameItem& map,
                                                              QStringList* warnings) const;

  const Layout& layout_;
  const LayoutContext& context_;
  double dpi_;
};

}  // namespace planmap
