#include "GroupNames.h"

#include <QCoreApplication>

namespace planmap {

QStringList GroupNames::order() {
  return {QStringLiteral("行政区划"), QStringLiteral("秦岭保护区"), QStringLiteral("水系与流域"), QStringLiteral("产业园区"),
          QStringLiteral("飞地园区"), QStringLiteral("矿山"), QStringLiteral("用户数据")};
}

QString GroupNames::display(const QString& group) {
  // Source strings in English so the .ts carries them; zh_CN maps them back to the data's names.
  static const char* const kEnglish[] = {
      QT_TRANSLATE_NOOP("planmap::GroupNames", "Administrative boundaries"),
      QT_TRANSLATE_NOOP("planmap::GroupNames", "Qinling protection zones"),
      QT_TRANSLATE_NOOP("planmap::GroupNames", "Rivers and basins"),
      QT_TRANSLATE_NOOP("planmap::GroupNames", "Industrial parks"),
      QT_TRANSLATE_NOOP("planmap::GroupNames", "Enclave parks"),
      QT_TRANSLATE_NOOP("planmap::GroupNames", "Mines"),
      QT_TRANSLATE_NOOP("planmap::GroupNames", "User data")};
  const int i = int(order().indexOf(group));
  if (i < 0) return group;
  return QCoreApplication::translate("planmap::GroupNames", kEnglish[i]);
}

}  // namespace planmap
