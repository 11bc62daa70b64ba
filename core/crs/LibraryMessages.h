#pragma once

#include <QString>
#include <QStringList>

namespace planmap {

// GDAL, PROJ and Qt print their own lines ("ERROR 1: Point outside of projection domain" ×10,
// "QPainter::begin(): …") onto stderr before PlanMap's message. install() routes all three into one
// quiet sink: calls that fail read the cause where they always did (CPLGetLastErrorMsg, ProjContext,
// gdal::ErrorCapture, which still pushes its own handler on top), and nothing reaches the terminal
// unless PLANMAP_DEBUG is set, in which case each line is printed as "planmap: [gdal] …", escaped
// and with passwords scrubbed. Qt fatal messages still abort.
class LibraryMessages {
 public:
  static void install();
  // The last few library lines (newest last), for "why" in an error and for tests.
  static QStringList recent();
};

}  // namespace planmap
