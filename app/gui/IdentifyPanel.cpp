#include "IdentifyPanel.h"

#include "BundledMetadata.h"
#include "FeatureDisplayName.h"
#include "MapDocument.h"
#include "PlanContext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace planmap {
namespace {

bool chineseUi() { return QLocale().name().startsWith(QStringLiteral("zh")); }

QString nameOf(const VectorLayer& layer, std::size_t row) {
  const QString name = FeatureDisplayName(layer.features->attributes(), layer.style.labels.field).displayName(row);
  return name.isEmpty() ? layer.featureKey(row) : name;
}

}  // namespace

IdentifyPanel::IdentifyPanel(MapDocument* document, const PlanContext* plan, const BundledMetadata* metadata, QWidget* parent)
    : QWidget(parent), document_(document), plan_(plan), metadata_(metadata), hitList_(new QTreeWidget(this)),
      attributes_(new QTableWidget(this)), provenance_(new QLabel(this)), accuracy_(new QLabel(this)),
      links_(new QTreeWidget(this)) {
  hitList_->setHeaderLabels({tr("Feature"), tr("Layer")});
  hitList_->setRootIsDecorated(false);
  hitList_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  attributes_->setColumnCount(2);
  attributes_->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
  attributes_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  attributes_->verticalHeader()->hide();
  attributes_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  attributes_->setWordWrap(true);
  provenance_->setWordWrap(true);
  provenance_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  accuracy_->setWordWrap(true);
  accuracy_->setMargin(4);
  links_->setHeaderLabels({tr("Plan item"), tr("Kind"), tr("Link"), tr("Status")});
  links_->setRootIsDecorated(false);
  links_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  links_->setToolTip(tr("Click an item to highlight every feature linked to it"));

  auto* top = new QWidget(this);
  auto* topLayout = new QVBoxLayout(top);
  topLayout->setContentsMargins(0, 0, 0, 0);
  topLayout->addWidget(hitList_);
  auto* middle = new QWidget(this);
  auto* middleLayout = new QVBoxLayout(middle);
  middleLayout->setContentsMargins(0, 0, 0, 0);
  middleLayout->addWidget(accuracy_);
  middleLayout->addWidget(attributes_, 1);
  middleLayout->addWidget(provenance_);
  auto* bottom = new QWidget(this);
  auto* bottomLayout = new QVBoxLayout(bottom);
  bottomLayout->setContentsMargins(0, 0, 0, 0);
  auto* linksTitle = new QLabel(tr("<b>Linked plan projects and targets</b>"), bottom);
  bottomLayout->addWidget(linksTitle);
  bottomLayout->addWidget(links_, 1);
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(top);
  splitter->addWidget(middle);
  splitter->addWidget(bottom);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 3);
  splitter->setStretchFactor(2, 2);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(splitter);

  connect(hitList_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (!item) return;
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index != current_) showFeature(index);
  });
  connect(links_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
    emit planItemActivated(item->data(0, Qt::UserRole).toString());
  });
  clear();
}

void IdentifyPanel::clear() {
  hits_.clear();
  current_ = -1;
  hitList_->clear();
  attributes_->setRowCount(0);
  provenance_->clear();
  accuracy_->hide();
  links_->clear();
}

void IdentifyPanel::showHits(const std::vector<IdentifyHit>& hits) {
  clear();
  hits_ = hits;
  for (int i = 0; i < int(hits_.size()); ++i) {
    const auto layer = document_->layer(hits_[size_t(i)].layerId);
    if (!layer) continue;
    auto* item = new QTreeWidgetItem(hitList_, {nameOf(*layer, hits_[size_t(i)].row),
                                                chineseUi() || layer->titleEn.isEmpty() ? layer->title : layer->titleEn});
    item->setData(0, Qt::UserRole, i);
  }
  if (hits_.empty()) {
    provenance_->setText(tr("Nothing here. Click on a feature of a visible layer."));
    return;
  }
  hitList_->setCurrentItem(hitList_->topLevelItem(0));
  showFeature(0);
}

void IdentifyPanel::setCurrentHit(int index) {
  if (index < 0 || index >= int(hits_.size())) return;
  hitList_->setCurrentItem(hitList_->topLevelItem(index));
  showFeature(index);
}

void IdentifyPanel::showFeature(int index) {
  current_ = index;
  attributes_->setRowCount(0);
  links_->clear();
  const IdentifyHit& hit = hits_[size_t(index)];
  const auto layer = document_->layer(hit.layerId);
  if (!layer || !layer->features) return;
  const AttributeTable& table = layer->features->attributes();
  const bool zh = chineseUi();
  // Provenance fields get their own box below; the rest is the attribute table.
  static const QStringList provenanceFields = {QStringLiteral("source"), QStringLiteral("licence"),
                                               QStringLiteral("accuracy"), QStringLiteral("accuracy_note")};
  for (int f = 0; f < table.fieldCount(); ++f) {
    const QString field = table.fields()[size_t(f)].name;
    if (provenanceFields.contains(field)) continue;
    const QString value = table.text(hit.row, f);
    if (value.isEmpty()) continue;
    const int row = attributes_->rowCount();
    attributes_->insertRow(row);
    auto* label = new QTableWidgetItem(metadata_->fieldLabel(field, zh));
    label->setToolTip(field);
    attributes_->setItem(row, 0, label);
    attributes_->setItem(row, 1, new QTableWidgetItem(value));
  }
  attributes_->resizeRowsToContents();

  auto text = [&](const char* field) {
    const int i = table.fieldIndex(QString::fromLatin1(field));
    return i >= 0 ? table.text(hit.row, i) : QString();
  };
  const QString source = text("source").isEmpty() ? layer->source : text("source");
  const QString licence = text("licence").isEmpty() ? layer->licence : text("licence");
  QStringList prov;
  if (!source.isEmpty()) prov << tr("<b>Source:</b> %1").arg(source.toHtmlEscaped());
  if (!licence.isEmpty()) prov << tr("<b>Licence:</b> %1").arg(licence.toHtmlEscaped());
  if (!layer->sourcePath.isEmpty()) prov << tr("<b>File:</b> %1").arg(layer->sourcePath.toHtmlEscaped());
  prov << tr("<b>CRS:</b> %1").arg(layer->crs.description().toHtmlEscaped());
  provenance_->setText(prov.join(QStringLiteral("<br>")));

  const QString accuracy = text("accuracy");
  const QString note = text("accuracy_note");
  if (accuracy.isEmpty()) {
    accuracy_->hide();
  } else {
    QString word = accuracy;
    QColor background(225, 235, 225), foreground(30, 90, 30);
    if (accuracy == QLatin1String("schematic")) {
      word = tr("SCHEMATIC — a sketch of the plan, not a surveyed position");
      background = QColor(255, 228, 180);
      foreground = QColor(140, 70, 0);
    } else if (accuracy == QLatin1String("unverified")) {
      word = tr("UNVERIFIED — placeholder position; verify before any use");
      background = QColor(250, 205, 200);
      foreground = QColor(160, 20, 10);
    } else if (accuracy == QLatin1String("approximate")) {
      word = tr("Approximate position");
    }
    accuracy_->setText(QStringLiteral("<b>%1</b>%2").arg(word.toHtmlEscaped(),
                                                          note.isEmpty() ? QString() : QStringLiteral("<br><small>%1</small>").arg(note.toHtmlEscaped())));
    accuracy_->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; }")
                                 .arg(background.name(), foreground.name()));
    accuracy_->show();
  }

  if (plan_) {
    for (const PlanContext::LinkedItem& linked : plan_->itemsOfFeature(layer->id, layer->featureKey(hit.row))) {
      QString status;
      QColor color;
      if (linked.assessment) {
        status = PlanContext::statusName(linked.assessment->status);
        if (linked.assessment->status != TargetStatus::NoData)
          status += QStringLiteral("：") + plan_->explain(*linked.item, *linked.assessment);
        color = PlanContext::statusColor(linked.assessment->status);
      }
      auto* item = new QTreeWidgetItem(links_, {linked.item->name, PlanContext::kindName(linked.item->kind),
                                                PlanContext::roleName(linked.role), status});
      item->setData(0, Qt::UserRole, linked.item->id);
      item->setToolTip(0, QStringLiteral("%1 %2 %3\n%4").arg(linked.item->id, linked.item->chapter, linked.item->section,
                                                             linked.item->displayText()));
      if (color.isValid()) {
        item->setForeground(3, color);
        QFont font = item->font(3);
        font.setBold(true);
        item->setFont(3, font);
      }
    }
    if (links_->topLevelItemCount() == 0) {
      auto* none = new QTreeWidgetItem(links_, {tr("(no plan items linked to this feature)")});
      none->setFlags(Qt::ItemIsEnabled);
    }
  }
  emit featureSelected(hit.layerId, hit.row);
}

QStringList IdentifyPanel::linkedItemIds() const {
  QStringList ids;
  for (int i = 0; i < links_->topLevelItemCount(); ++i) {
    const QString id = links_->topLevelItem(i)->data(0, Qt::UserRole).toString();
    if (!id.isEmpty()) ids << id;
  }
  return ids;
}

QString IdentifyPanel::accuracyText() const { return accuracy_->isHidden() ? QString() : accuracy_->text(); }

void IdentifyPanel::refresh() {
  if (current_ >= 0) showFeature(current_);
}

}  // namespace planmap
