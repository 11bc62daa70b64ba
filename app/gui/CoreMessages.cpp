// Strings that core/ translates with QCoreApplication::translate("planmap", …) (the undo list's
// texts of plan edits). lupdate scans only the app's sources; listing them here puts them in the
// .ts files under the same context, so the Chinese UI shows them in Chinese.
#include <QtGlobal>

namespace planmap {
namespace {

[[maybe_unused]] const char* const kCoreMessages[] = {
    QT_TRANSLATE_NOOP("planmap", "Link %1 to %2"),
    QT_TRANSLATE_NOOP("planmap", "Unlink %1 from %2"),
    QT_TRANSLATE_NOOP("planmap", "Record progress of %1 (%2)"),
    QT_TRANSLATE_NOOP("planmap", "Remove progress of %1 (%2)"),
    QT_TRANSLATE_NOOP("planmap", "Edit progress of %1 (%2)"),
};

}  // namespace
}  // namespace planmap
