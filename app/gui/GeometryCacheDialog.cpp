#include "GeometryCacheDialog.h"

#include "LayerCache.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace planmap {

GeometryCacheDialog::GeometryCacheDialog(QWidget* parent)
    : QDialog(parent), used_(new QLabel(this)), cap_(new QSpinBox(this)) {
  setWindowTitle(tr("Geometry cache"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(tr("Files of %1 or more open from a memory-mapped copy of their geometry, written in the "
                              "background the first time they are opened. A changed file gets a new copy.")
                               .arg(QLocale().formattedDataSize(LayerCache::minSourceBytes())),
                           this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  auto* form = new QFormLayout;
  auto* where = new QLabel(QDir::toNativeSeparators(LayerCache::directory()), this);
  where->setTextInteractionFlags(Qt::TextSelectableByMouse);
  form->addRow(tr("Folder:"), where);
  form->addRow(tr("In use:"), used_);
  cap_->setRange(1, 1000);
  cap_->setSuffix(tr(" GB"));
  cap_->setValue(int(std::max<qint64>(1, LayerCache::maxBytes() >> 30)));
  cap_->setToolTip(tr("Beyond this, the least recently opened layers' caches are deleted."));
  form->addRow(tr("Size limit:"), cap_);
  layout->addLayout(form);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  QPushButton* clear = buttons->addButton(tr("Clear cache"), QDialogButtonBox::ResetRole);
  connect(clear, &QPushButton::clicked, this, [this] {
    LayerCache::clear();
    refresh();
  });
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    LayerCache::setMaxBytes(qint64(cap_->value()) << 30);
    LayerCache::enforceLimit();
    accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  refresh();
}

void GeometryCacheDialog::refresh() { used_->setText(QLocale().formattedDataSize(LayerCache::usedBytes())); }

}  // namespace planmap
