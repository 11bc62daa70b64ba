#pragma once

#include <QString>
#include <QStringList>

namespace planmap {

// The layer-tree groups. The data names them in Chinese (VectorLayer::group); the UI shows them in
// the UI language, in this fixed order.
class GroupNames {
 public:
  static QStringList order();                       // 行政区划, 秦岭保护区, 水系与流域, 产业园区, 飞地园区, 矿山, 用户数据
  static QString userData() { return QStringLiteral("用户数据"); }
  static QString display(const QString& group);     // translated for the UI language
};

}  // namespace planmap
