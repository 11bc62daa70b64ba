#pragma once

#include <QString>

namespace planmap {

// Starts the desktop window: QApplication, UI language (zh_CN by default; `--lang en` or
// Settings › Language), translations compiled into the binary, the bundled Ankang map.
//   planmap [--lang zh_CN|en] [--screenshot FILE] [FILE...]
// --screenshot renders the window once the map has finished drawing, saves it and quits (used for
// the README screenshot and for checking the UI under Xvfb).
class DesktopApp {
 public:
  static int run(int argc, char** argv);
  // Installs the translators and locale for `language` ("zh_CN" or "en") on the running app.
  static void installLanguage(const QString& language);
};

}  // namespace planmap
