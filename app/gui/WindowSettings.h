#pragma once

#include "Crs.h"
#include "Extent.h"

#include <QRect>
#include <QStringList>

class QMainWindow;

namespace planmap {

// What the window remembers between sessions (QSettings): geometry and dock layout, the last view
// (extent and display CRS), recent files and the UI language. A window that was never saved (first
// start) opens at most of the available screen instead of Qt's minimum size.
class WindowSettings {
 public:
  // Restores geometry and dock state; false (and the first-start size) when none was saved.
  static bool restoreWindow(QMainWindow& window);
  static void saveWindow(const QMainWindow& window);
  // Most of `available` (the screen minus panels), centred: 90 % each way, at least 1024×700 when
  // the screen has room, never larger than the screen.
  static QRect firstStartGeometry(const QRect& available);

  struct View {
    Extent extent;
    Crs crs;
  };
  static View lastView();
  static void saveView(const Extent& extent, const Crs& crs);

  static QStringList recentFiles();
  static void saveRecentFiles(const QStringList& files);

  // "zh_CN" (the default) or "en".
  static QString language();
  static void saveLanguage(const QString& language);
};

}  // namespace planmap
