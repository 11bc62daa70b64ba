#pragma once

namespace planmap {

// `planmap <subcommand> …`: the headless half of the executable. Creates the (offscreen)
// QGuiApplication that rendering and fonts need, dispatches, and returns the exit code:
// 0 success, 1 bad input or failed work (one-line error on stderr), 2 bad usage.
class CommandLine {
 public:
  static bool isSubcommand(int argc, char** argv);
  static int run(int argc, char** argv);
};

}  // namespace planmap
