#include "LoadOverrideDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace planmap {

LoadOverrideDialog::LoadOverrideDialog(const QString& datasetName, const QString& currentEncoding, const Crs& currentCrs,
                                       const std::vector<CrsCandidate>& candidates, QWidget* parent)
    : QDialog(parent), encoding_(new QComboBox(this)), crs_(new QComboBox(this)) {
  setWindowTitle(tr("Read %1 again").arg(datasetName));
  const QList<QPair<QString, QString>> encodings = {
      {QStringLiteral("CP936"), tr("GBK / CP936 (most Chinese shapefiles)")},
      {QStringLiteral("GB18030"), QStringLiteral("GB18030")},
      {QStringLiteral("UTF-8"), QStringLiteral("UTF-8")},
      {QStringLiteral("BIG5"), tr("Big5 (traditional Chinese)")},
      {QStringLiteral("ISO-8859-1"), QStringLiteral("Latin-1")}};
  for (const auto& e : encodings) encoding_->addItem(e.second, e.first);
  const int current = encoding_->findData(currentEncoding.toUpper(), Qt::UserRole, Qt::MatchFixedString);
  encoding_->setCurrentIndex(current >= 0 ? current : 0);
  if (current < 0 && !currentEncoding.isEmpty()) {
    encoding_->insertItem(0, currentEncoding, currentEncoding);
    encoding_->setCurrentIndex(0);
  }

  crs_->setEditable(true);
  crs_->addItem(currentCrs.isValid() ? currentCrs.description() : tr("(as read or inferred)"), currentCrs.authId());
  for (const CrsCandidate& c : candidates)
    if (c.crs != currentCrs) crs_->addItem(QStringLiteral("%1 — %2").arg(c.crs.description(), c.reason), c.crs.authId());
  for (int epsg : {4490, 4545, 4546, 4544, 4527, 4528, 2383, 2384, 4326})
    crs_->addItem(Crs::fromEpsg(epsg).description(), QStringLiteral("EPSG:%1").arg(epsg));

  auto* form = new QFormLayout;
  form->addRow(tr("Attribute encoding:"), encoding_);
  form->addRow(tr("Coordinate system:"), crs_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
  resize(620, 150);
}

QString LoadOverrideDialog::encoding() const { return encoding_->currentData().toString(); }

Crs LoadOverrideDialog::crs() const {
  const int index = crs_->currentIndex();
  // Typed text wins when it differs from the selected entry's label.
  if (index < 0 || crs_->currentText() != crs_->itemText(index)) return Crs::fromUserInput(crs_->currentText().trimmed());
  const QString id = crs_->itemData(index).toString();
  return id.isEmpty() ? Crs() : Crs::fromUserInput(id);
}

}  // namespace planmap
