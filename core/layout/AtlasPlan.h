#pragma once

#include "Layout.h"
#include "LayoutContext.h"
#include "Result.h"

#include <vector>

namespace planmap {

// Which pages an atlas has: the layer it walks, its features in page order (sorted by the atlas's
// sort field), and the layout with the frame that follows the atlas marked (the first main map
// frame when none is). One plan for the export and the layout window's preview, so the preview
// shows the first page the export prints.
class AtlasPlan {
 public:
  // `layerOverride` replaces layout.atlas.layer (the window's chooser, `--atlas LAYER`).
  static Result<AtlasPlan> make(const Layout& layout, const LayoutContext& context, const QString& layerOverride = {});

  const Layout& layout() const { return layout_; }
  const QString& layerId() const { return layerId_; }
  const std::vector<std::size_t>& rows() const { return rows_; }  // feature rows, page order
  int pageCount() const { return int(rows_.size()); }
  // `base` set to page `page` (0-based): the atlas layer and feature row.
  LayoutContext pageContext(const LayoutContext& base, int page) const;

 private:
  Layout layout_;
  QString layerId_;
  std::vector<std::size_t> rows_;
};

}  // namespace planmap
