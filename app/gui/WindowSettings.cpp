#include "WindowSettings.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <algorithm>

namespace planmap {
namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kExtent = QStringLiteral("view/extent");
const QString kCrs = QStringLiteral("view/crs");
const QString kRecent = QStringLiteral("recentFiles");
const QString kLanguage = QStringLiteral("language");
}  // namespace

QRect WindowSettings::firstStartGeometry(const QRect& available) {
  if (available.isEmpty()) return QRect(0, 0, 1400, 900);
  const int w = std::min(available.width(), std::max(available.width() * 9 / 10, std::min(1024, available.width())));
  const int h = std::min(available.height(), std::max(available.height() * 9 / 10, std::min(700, available.height())));
  QRect r(0, 0, w, h);
  r.moveCenter(available.center());
  return r;
}

bool WindowSettings::restoreWindow(QMainWindow& window) {
  QSettings settings;
  const QByteArray geometry = settings.value(kGeometry).toByteArray();
  if (!geometry.isEmpty() && window.restoreGeometry(geometry)) {
    window.restoreState(settings.value(kState).toByteArray());
    return true;
  }
  const QScreen* screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
  window.setGeometry(firstStartGeometry(screen ? screen->availableGeometry() : QRect()));
  return false;
}

void WindowSettings::saveWindow(const QMainWindow& window) {
  QSettings settings;
  settings.setValue(kGeometry, window.saveGeometry());
  settings.setValue(kState, window.saveState());
}

WindowSettings::View WindowSettings::lastView() {
  QSettings settings;
  return {Extent::fromString(settings.value(kExtent).toString()), Crs::fromUserInput(settings.value(kCrs).toString())};
}

void WindowSettings::saveView(const Extent& extent, const Crs& crs) {
  QSettings settings;
  settings.setValue(kExtent, extent.toString());
  settings.setValue(kCrs, crs.authId().isEmpty() ? crs.wkt() : crs.authId());
}

QStringList WindowSettings::recentFiles() { return QSettings().value(kRecent).toStringList(); }

void WindowSettings::saveRecentFiles(const QStringList& files) { QSettings().setValue(kRecent, files); }

QString WindowSettings::language() { return QSettings().value(kLanguage, QStringLiteral("zh_CN")).toString(); }

void WindowSettings::saveLanguage(const QString& language) { QSettings().setValue(kLanguage, language); }

}  // namespace planmap
