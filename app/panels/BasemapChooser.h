#pragma once

#include "BasemapConfig.h"
#include "BasemapRenderer.h"

#include <QString>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;

namespace planmap {

class BasemapManager;

// The basemap picker the main window docks: choice, opacity, 天地图 key (only when the choice needs
// one; kept in QSettings "basemap/tiandituKey", never in project files), offline switch and the
// manager's status line. It owns the application's BasemapManager (created here, on the UI thread,
// because the tile caches live on it). The owner puts renderer() into every MapSettings::basemap
// after basemapChanged() and repaints on repaintNeeded().
class BasemapChooser : public QWidget {
  Q_OBJECT
 public:
  // `tileCacheRoot`: empty = BasemapManager::defaultTileCacheRoot() (tests pass a temporary folder).
  explicit BasemapChooser(QWidget* parent = nullptr, const QString& tileCacheRoot = {});
  ~BasemapChooser() override;

  std::shared_ptr<const BasemapRenderer> renderer() const;  // null for "none"
  QString attribution() const;
  BasemapConfig config() const;
  // For projects: selects the choice and opacity; on failure the previous basemap stays and the
  // status line says why. Returns false then.
  bool setConfig(const BasemapConfig& config);
  BasemapManager* manager() const { return manager_; }

  // For tests and the window: what the widgets show.
  QComboBox* choiceCombo() const { return combo_; }
  QSlider* opacitySlider() const { return opacity_; }
  QLineEdit* keyEdit() const { return keyEdit_; }
  bool keyFieldShown() const;   // shown when the current choice needs a key (independent of window visibility)
  QCheckBox* offlineCheck() const { return offline_; }
  QString statusText() const;

 Q_SIGNALS:
  void basemapChanged();  // renderer() changed: put it into MapSettings::basemap
  void repaintNeeded();   // forwarded from BasemapManager (tiles arrived, network switched)

 private:
  bool apply();           // widgets → manager; false when the manager refused
  void updateKeyRow();
  void showStatus(const QString& message);
  bool currentNeedsKey() const;

  BasemapManager* manager_ = nullptr;
  QComboBox* combo_ = nullptr;
  QSlider* opacity_ = nullptr;
  QWidget* keyRow_ = nullptr;
  QLineEdit* keyEdit_ = nullptr;
  QCheckBox* offline_ = nullptr;
  QLabel* status_ = nullptr;
  BasemapConfig custom_;  // url/attribution of a "custom" config from setConfig(), kept across switches
};

}  // namespace planmap
