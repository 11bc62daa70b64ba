#include "CrsChoiceDialog.h"

#include "CoordinateTransform.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace planmap {
namespace {

constexpr int kPreviewSize = 320;

Extent outlineExtent(const std::vector<QPolygonF>& rings) {
  Extent e;
  for (const QPolygonF& ring : rings)
    for (const QPointF& p : ring) e.include(p.x(), p.y());
  return e;
}

}  // namespace

CrsChoiceDialog::CrsChoiceDialog(const QString& datasetName, const std::vector<CrsCandidate>& candidates,
                                 const Extent& nativeExtent, const std::vector<QPolygonF>& ankangOutline, QWidget* parent)
    : QDialog(parent), candidates_(candidates), nativeExtent_(nativeExtent), outline_(ankangOutline),
      list_(new QListWidget(this)), custom_(new QLineEdit(this)), previewLabel_(new QLabel(this)), info_(new QLabel(this)) {
  setWindowTitle(tr("Choose the coordinate system of %1").arg(datasetName));
  auto* intro = new QLabel(tr("PlanMap could not decide which coordinate reference system %1 uses. "
                              "Pick the candidate whose preview lands on Ankang (grey).")
                               .arg(datasetName),
                           this);
  intro->setWordWrap(true);
  for (const CrsCandidate& c : candidates_) {
    auto* item = new QListWidgetItem(QStringLiteral("%1\n    %2").arg(c.crs.description(), c.reason), list_);
    item->setToolTip(c.reason);
  }
  custom_->setPlaceholderText(tr("or type a CRS: EPSG:4545, a WKT or PROJ string"));
  previewLabel_->setFixedSize(kPreviewSize, kPreviewSize);
  previewLabel_->setFrameShape(QFrame::StyledPanel);
  info_->setWordWrap(true);

  auto* left = new QVBoxLayout;
  left->addWidget(list_, 1);
  left->addWidget(custom_);
  auto* right = new QVBoxLayout;
  right->addWidget(previewLabel_);
  right->addWidget(info_);
  right->addStretch();
  auto* row = new QHBoxLayout;
  row->addLayout(left, 1);
  row->addLayout(right);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(row, 1);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(list_, &QListWidget::currentRowChanged, this, [this] {
    if (list_->currentRow() >= 0) custom_->clear();
    updatePreview();
  });
  connect(custom_, &QLineEdit::textChanged, this, [this](const QString& text) {
    if (!text.isEmpty()) list_->setCurrentRow(-1);
    updatePreview();
  });
  if (!candidates_.empty()) list_->setCurrentRow(0);
  updatePreview();
  resize(860, 460);
}

Crs CrsChoiceDialog::selectedCrs() const {
  if (!custom_->text().trimmed().isEmpty()) return Crs::fromUserInput(custom_->text().trimmed());
  const int row = list_->currentRow();
  return row >= 0 && row < int(candidates_.size()) ? candidates_[size_t(row)].crs : Crs();
}

Extent CrsChoiceDialog::landingExtent(const Crs& crs) const {
  if (!crs.isValid() || nativeExtent_.isEmpty()) return {};
  auto transform = CoordinateTransform::create(crs, Crs::fromEpsg(4490));
  if (!transform) return {};
  return transform->transformBounds(nativeExtent_);
}

QImage CrsChoiceDialog::preview(int index) const {
  const Crs crs = index >= 0 && index < int(candidates_.size()) ? candidates_[size_t(index)].crs : selectedCrs();
  QImage image(kPreviewSize, kPreviewSize, QImage::Format_ARGB32_Premultiplied);
  image.fill(QColor(236, 242, 247));
  const Extent ankang = outlineExtent(outline_);
  const Extent landing = landingExtent(crs);
  Extent frame = ankang;
  if (!landing.isEmpty()) frame.include(landing);
  if (frame.isEmpty()) return image;
  frame = frame.buffered(std::max(frame.width(), frame.height()) * 0.08 + 0.05);
  frame = frame.expandedToAspect(1.0);
  const double scale = kPreviewSize / frame.width();
  auto toPx = [&](double x, double y) { return QPointF((x - frame.minX) * scale, (frame.maxY - y) * scale); };
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(QPen(QColor(90, 90, 90), 1));
  p.setBrush(QColor(200, 200, 200));
  for (const QPolygonF& ring : outline_) {
    QPolygonF px;
    for (const QPointF& pt : ring) px << toPx(pt.x(), pt.y());
    p.drawPolygon(px);
  }
  if (!landing.isEmpty()) {
    QRectF box(toPx(landing.minX, landing.maxY), toPx(landing.maxX, landing.minY));
    if (box.width() < 3) box.adjust(-2, 0, 2, 0);
    if (box.height() < 3) box.adjust(0, -2, 0, 2);
    p.setPen(QPen(QColor(215, 48, 39), 2));
    p.setBrush(QColor(215, 48, 39, 60));
    p.drawRect(box);
  }
  p.setPen(QColor(60, 60, 60));
  p.drawText(QRectF(4, 4, kPreviewSize - 8, 20), Qt::AlignLeft, tr("Grey: Ankang · Red: the data"));
  return image;
}

void CrsChoiceDialog::updatePreview() {
  const int row = list_->currentRow();
  previewLabel_->setPixmap(QPixmap::fromImage(preview(custom_->text().isEmpty() ? row : -1)));
  const Crs crs = selectedCrs();
  const Extent landing = landingExtent(crs);
  const Extent ankang = outlineExtent(outline_);
  if (!crs.isValid()) {
    info_->setText(tr("Not a valid coordinate reference system."));
  } else if (landing.isEmpty()) {
    info_->setText(tr("The data cannot be placed with this CRS."));
  } else if (!ankang.isEmpty() && landing.intersects(ankang)) {
    info_->setText(tr("The data overlaps Ankang with %1.").arg(crs.description()));
  } else {
    // Distance between the centres, roughly (degrees to km at Ankang's latitude).
    const double dx = (landing.centerX() - ankang.centerX()) * 111.32 * std::cos(32.7 * M_PI / 180);
    const double dy = (landing.centerY() - ankang.centerY()) * 110.57;
    info_->setText(tr("The data lands about %1 km from Ankang with %2.")
                       .arg(qRound(std::hypot(dx, dy)))
                       .arg(crs.description()));
  }
}

}  // namespace planmap
