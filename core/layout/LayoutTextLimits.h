#pragma once

namespace planmap {

// The longest title and text block a layout may hold: laying out text costs with its length, and
// a 200 000-character title took over a minute to set. Checked when a layout is read and for --title.
struct LayoutTextLimits {
  static constexpr int kMaxTitleLength = 1000;
  static constexpr int kMaxTextLength = 20000;
};

}  // namespace planmap
