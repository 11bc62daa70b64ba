#include "BasemapChooser.h"

#include "BasemapManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHash>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

namespace planmap {

namespace {
const char* const kKeySetting = "basemap/tiandituKey";
}

BasemapChooser::BasemapChooser(QWidget* parent, const QString& tileCacheRoot) : QWidget(parent) {
  manager_ = new BasemapManager(tileCacheRoot, this);
  // The key is the user's own; read it before the first config so a 天地图 choice works at once.
  manager_->setTiandituKey(QSettings().value(QLatin1String(kKeySetting)).toString());

  combo_ = new QComboBox(this);
  // Named in the UI language (the manager's titles carry both languages, for logs and the CLI).
  const QHash<QString, QString> titles{
      {QStringLiteral("none"), tr("No basemap")},
      {QStringLiteral("hillshade"), tr("Hillshade (offline)")},
      {QStringLiteral("osm"), tr("OpenStreetMap")},
      {QStringLiteral("tianditu-vec_w"), tr("Tianditu vector")},
      {QStringLiteral("tianditu-img_w"), tr("Tianditu imagery")},
      {QStringLiteral("tianditu-vec_c"), tr("Tianditu vector (EPSG:4490)")},
      {QStringLiteral("tianditu-img_c"), tr("Tianditu imagery (EPSG:4490)")},
      {QStringLiteral("custom"), tr("Custom XYZ")},
  };
  for (const BasemapManager::Choice& choice : BasemapManager::choices())
    combo_->addItem(titles.value(choice.id, choice.title), choice.id);

  opacity_ = new QSlider(Qt::Horizontal, this);
  opacity_->setRange(0, 100);
  opacity_->setValue(100);
  opacity_->setToolTip(tr("Basemap opacity"));

  keyRow_ = new QWidget(this);
  auto* keyLayout = new QHBoxLayout(keyRow_);
  keyLayout->setContentsMargins(0, 0, 0, 0);
  keyLayout->addWidget(new QLabel(tr("Tianditu key (tk):"), keyRow_));
  keyEdit_ = new QLineEdit(keyRow_);
  keyEdit_->setPlaceholderText(tr("Key from console.tianditu.gov.cn"));
  keyEdit_->setText(manager_->tiandituKey());
  keyLayout->addWidget(keyEdit_);

  offline_ = new QCheckBox(tr("Offline (cached tiles only)"), this);

  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* form = new QFormLayout;
  form->addRow(tr("Basemap:"), combo_);
  form->addRow(tr("Opacity:"), opacity_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(keyRow_);
  layout->addWidget(offline_);
  layout->addWidget(status_);
  layout->addStretch(1);

  connect(manager_, &BasemapManager::repaintNeeded, this, &BasemapChooser::repaintNeeded);
  connect(manager_, &BasemapManager::statusChanged, this, [this](const QString& message) { showStatus(message); });
  connect(combo_, &QComboBox::currentIndexChanged, this, [this] { apply(); });
  // Rebuilding a hillshade on every slider step would be wasteful: apply when the user lets go
  // (or on keyboard steps, which do not drag).
  connect(opacity_, &QSlider::sliderReleased, this, [this] { apply(); });
  connect(opacity_, &QSlider::valueChanged, this, [this] {
    if (!opacity_->isSliderDown()) apply();
  });
  connect(keyEdit_, &QLineEdit::editingFinished, this, [this] {
    const QString key = keyEdit_->text().trimmed();
    if (key == manager_->tiandituKey()) return;
    QSettings().setValue(QLatin1String(kKeySetting), key);
    manager_->setTiandituKey(key);  // re-applies a shown 天地图 basemap
    emit basemapChanged();
    updateKeyRow();
  });
  connect(offline_, &QCheckBox::toggled, this, [this](bool offline) { manager_->setNetworkEnabled(!offline); });

  // Hillshade by default: bundled and offline, so the first map always has relief under it.
  combo_->setCurrentIndex(qMax(0, combo_->findData(QStringLiteral("hillshade"))));
  apply();
}

BasemapChooser::~BasemapChooser() = default;

std::shared_ptr<const BasemapRenderer> BasemapChooser::renderer() const { return manager_->renderer(); }

QString BasemapChooser::attribution() const { return manager_->attribution(); }

BasemapConfig BasemapChooser::config() const { return manager_->config(); }

bool BasemapChooser::setConfig(const BasemapConfig& config) {
  const int index = combo_->findData(config.id);
  if (index < 0) {
    showStatus(tr("Unknown basemap \"%1\"").arg(config.id));
    return false;
  }
  if (config.id == QLatin1String("custom")) custom_ = config;
  {
    const QSignalBlocker blockCombo(combo_);
    const QSignalBlocker blockSlider(opacity_);
    combo_->setCurrentIndex(index);
    opacity_->setValue(qRound(qBound(0.0, config.opacity, 1.0) * 100));
  }
  return apply();
}

bool BasemapChooser::currentNeedsKey() const {
  const QString id = combo_->currentData().toString();
  for (const BasemapManager::Choice& choice : BasemapManager::choices())
    if (choice.id == id) return choice.needsKey;
  return false;
}

bool BasemapChooser::keyFieldShown() const { return !keyRow_->isHidden(); }

QString BasemapChooser::statusText() const { return status_->text(); }

void BasemapChooser::showStatus(const QString& message) {
  // The manager's status is empty while all is well; a missing key is worth saying even then.
  if (message.isEmpty() && currentNeedsKey() && manager_->tiandituKey().trimmed().isEmpty()) {
    status_->setText(tr("Tianditu needs a key (tk) to download tiles; showing cached tiles only."));
    return;
  }
  status_->setText(message);
}

void BasemapChooser::updateKeyRow() {
  keyRow_->setVisible(currentNeedsKey());
  showStatus(manager_->statusMessage());
}

bool BasemapChooser::apply() {
  BasemapConfig config;
  config.id = combo_->currentData().toString();
  config.opacity = opacity_->value() / 100.0;
  if (config.id == QLatin1String("custom")) {
    config.urlTemplate = custom_.urlTemplate;
    config.attribution = custom_.attribution;
  }
  updateKeyRow();
  if (config == manager_->config()) return true;
  if (Status s = manager_->setConfig(config); !s) {
    showStatus(tr("Basemap not changed: %1").arg(s.error()));
    return false;
  }
  showStatus(manager_->statusMessage());
  emit basemapChanged();
  return true;
}

}  // namespace planmap
