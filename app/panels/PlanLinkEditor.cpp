#include "PlanLinkEditor.h"

#include "PlanEditCommands.h"
#include "PlanItemSearch.h"
#include "PlanWords.h"
#include "Project.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace planmap {

namespace {

constexpr int kItemIdRole = Qt::UserRole;
constexpr int kLinkRoleRole = Qt::UserRole + 1;
constexpr int kMaxResults = 300;  // the whole bundled catalog is ~250 items; more is a user catalog

QString chapterOf(const PlanItem& item) { return item.chapter + item.section; }

}  // namespace

PlanLinkEditor::PlanLinkEditor(Project& project, QWidget* parent) : QWidget(parent), project_(project) {
  setObjectName(QStringLiteral("PlanLinkEditor"));
  auto* layout = new QVBoxLayout(this);

  heading_ = new QLabel(this);
  heading_->setObjectName(QStringLiteral("featureHeading"));
  heading_->setWordWrap(true);
  layout->addWidget(heading_);

  auto* linkedBox = new QGroupBox(tr("Linked plan items"), this);
  auto* linkedLayout = new QVBoxLayout(linkedBox);
  linked_ = new QTreeWidget(linkedBox);
  linked_->setObjectName(QStringLiteral("linkedItems"));
  linked_->setHeaderLabels({tr("Id"), tr("Kind"), tr("Role"), tr("Name")});
  linked_->setRootIsDecorated(false);
  linked_->header()->setStretchLastSection(true);
  linkedLayout->addWidget(linked_);
  unlink_ = new QPushButton(tr("Unlink"), linkedBox);
  unlink_->setObjectName(QStringLiteral("unlinkButton"));
  unlink_->setEnabled(false);
  auto* unlinkRow = new QHBoxLayout;
  unlinkRow->addStretch(1);
  unlinkRow->addWidget(unlink_);
  linkedLayout->addLayout(unlinkRow);
  layout->addWidget(linkedBox, 1);

  auto* searchBox = new QGroupBox(tr("Link to a plan item"), this);
  auto* searchLayout = new QVBoxLayout(searchBox);
  auto* searchRow = new QHBoxLayout;
  searchField_ = new QLineEdit(searchBox);
  searchField_->setObjectName(QStringLiteral("searchField"));
  searchField_->setPlaceholderText(tr("Search by id, text or chapter (e.g. c12s2, 污水, 第十二章第二节)"));
  searchField_->setClearButtonEnabled(true);
  searchRow->addWidget(searchField_, 1);
  kindFilter_ = new QComboBox(searchBox);
  kindFilter_->setObjectName(QStringLiteral("kindFilter"));
  kindFilter_->addItem(tr("All kinds"), -1);
  kindFilter_->addItem(tr("Targets"), int(PlanItemKind::Target));
  kindFilter_->addItem(tr("Projects"), int(PlanItemKind::Project));
  kindFilter_->addItem(tr("Measures"), int(PlanItemKind::Measure));
  searchRow->addWidget(kindFilter_);
  searchLayout->addLayout(searchRow);
  results_ = new QTreeWidget(searchBox);
  results_->setObjectName(QStringLiteral("searchResults"));
  results_->setHeaderLabels({tr("Id"), tr("Kind"), tr("Chapter"), tr("Name")});
  results_->setRootIsDecorated(false);
  results_->header()->setStretchLastSection(true);
  searchLayout->addWidget(results_, 1);
  itemText_ = new QLabel(searchBox);
  itemText_->setObjectName(QStringLiteral("itemText"));
  itemText_->setWordWrap(true);
  itemText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  searchLayout->addWidget(itemText_);
  auto* linkRow = new QHBoxLayout;
  linkRow->addWidget(new QLabel(tr("Role:"), searchBox));
  role_ = new QComboBox(searchBox);
  role_->setObjectName(QStringLiteral("roleCombo"));
  for (LinkRole r : {LinkRole::Implements, LinkRole::LocatedIn, LinkRole::MonitoredBy, LinkRole::OriginCounty})
    role_->addItem(PlanWords::roleName(r), int(r));
  linkRow->addWidget(role_);
  linkRow->addStretch(1);
  link_ = new QPushButton(tr("Link"), searchBox);
  link_->setObjectName(QStringLiteral("linkButton"));
  link_->setEnabled(false);
  linkRow->addWidget(link_);
  searchLayout->addLayout(linkRow);
  layout->addWidget(searchBox, 2);

  message_ = new QLabel(this);
  message_->setObjectName(QStringLiteral("messageLabel"));
  message_->setWordWrap(true);
  layout->addWidget(message_);

  connect(searchField_, &QLineEdit::textChanged, this, &PlanLinkEditor::search);
  connect(kindFilter_, &QComboBox::currentIndexChanged, this, [this] { search(searchField_->text()); });
  connect(results_, &QTreeWidget::itemSelectionChanged, this, &PlanLinkEditor::showSelectedText);
  connect(linked_, &QTreeWidget::itemSelectionChanged, this, [this] {
    unlink_->setEnabled(!featureKey_.isEmpty() && !linked_->selectedItems().isEmpty());
  });
  connect(link_, &QPushButton::clicked, this, &PlanLinkEditor::linkSelected);
  connect(unlink_, &QPushButton::clicked, this, &PlanLinkEditor::unlinkSelected);
  auto activated = [this](QTreeWidgetItem* item) {
    if (item) Q_EMIT itemActivated(item->data(0, kItemIdRole).toString());
  };
  connect(linked_, &QTreeWidget::itemDoubleClicked, this, activated);
  connect(results_, &QTreeWidget::itemDoubleClicked, this, activated);
  connect(&project_, &Project::linksChanged, this, &PlanLinkEditor::refreshLinked);

  clearFeature();
  search(QString());
}

QString PlanLinkEditor::message() const { return message_->text(); }

void PlanLinkEditor::setFeature(const QString& layerId, const QString& featureKey, const QString& displayName) {
  layerId_ = layerId;
  featureKey_ = featureKey;
  displayName_ = displayName.isEmpty() ? featureKey : displayName;
  const auto layer = project_.document().layer(layerId);
  const QString layerTitle = layer ? layer->title : layerId;
  heading_->setText(tr("<b>%1</b> — %2 (%3)").arg(displayName_.toHtmlEscaped(), layerTitle.toHtmlEscaped(),
                                                   featureKey.toHtmlEscaped()));
  role_->setCurrentIndex(role_->findData(int(defaultRole())));
  setMessage(QString(), false);
  refreshLinked();
  showSelectedText();
}

void PlanLinkEditor::clearFeature() {
  layerId_.clear();
  featureKey_.clear();
  displayName_.clear();
  heading_->setText(tr("Identify a feature on the map to edit its links to the plan."));
  refreshLinked();
  showSelectedText();
}

LinkRole PlanLinkEditor::defaultRole() const {
  // Counties and basins contain items; monitoring layers are named for it; everything else implements.
  if (layerId_ == QLatin1String("counties") || layerId_ == QLatin1String("basins") ||
      layerId_ == QLatin1String("qinling_zones") || layerId_ == QLatin1String("prefecture"))
    return LinkRole::LocatedIn;
  return LinkRole::Implements;
}

void PlanLinkEditor::refreshLinked() {
  linked_->clear();
  unlink_->setEnabled(false);
  if (featureKey_.isEmpty()) return;
  for (const FeatureLink& l : project_.links().itemsOfFeature(layerId_, featureKey_)) {
    const PlanItem* item = project_.catalog().itemById(l.item);
    auto* row = new QTreeWidgetItem(linked_, {l.item, item ? PlanWords::kindName(item->kind) : tr("(unknown item)"),
                                              PlanWords::roleName(l.role), item ? item->name : QString()});
    row->setData(0, kItemIdRole, l.item);
    row->setData(0, kLinkRoleRole, int(l.role));
    if (item) row->setToolTip(3, item->displayText());
  }
  linked_->resizeColumnToContents(0);
}

void PlanLinkEditor::search(const QString& text) {
  if (searchField_->text() != text) {
    searchField_->setText(text);  // re-enters through textChanged
    return;
  }
  QList<PlanItemKind> kinds;
  if (const int kind = kindFilter_->currentData().toInt(); kind >= 0) kinds << PlanItemKind(kind);
  const auto hits = PlanItemSearch::find(project_.catalog(), text, kinds);
  results_->clear();
  int shown = 0;
  for (const PlanItem* item : hits) {
    if (shown++ == kMaxResults) break;
    auto* row = new QTreeWidgetItem(results_, {item->id, PlanWords::kindName(item->kind), chapterOf(*item), item->name});
    row->setData(0, kItemIdRole, item->id);
    row->setToolTip(3, item->displayText());
  }
  results_->resizeColumnToContents(0);
  if (int(hits.size()) > kMaxResults)
    setMessage(tr("%1 items match; showing the first %2. Type more to narrow the search.").arg(hits.size()).arg(kMaxResults),
               false);
  else if (!text.isEmpty() && hits.empty())
    setMessage(tr("No plan item matches “%1”.").arg(text), false);
  showSelectedText();
}

void PlanLinkEditor::showSelectedText() {
  const auto selected = results_->selectedItems();
  const PlanItem* item = selected.isEmpty() ? nullptr : project_.catalog().itemById(selected.first()->data(0, kItemIdRole).toString());
  itemText_->setText(item ? QStringLiteral("%1 %2 · %3").arg(item->chapter, item->section, item->displayText()) : QString());
  link_->setEnabled(item && !featureKey_.isEmpty());
}

void PlanLinkEditor::linkSelected() {
  const auto selected = results_->selectedItems();
  if (selected.isEmpty()) return;
  linkItem(selected.first()->data(0, kItemIdRole).toString(), LinkRole(role_->currentData().toInt()));
}

void PlanLinkEditor::unlinkSelected() {
  const auto selected = linked_->selectedItems();
  if (selected.isEmpty()) return;
  unlinkItem(selected.first()->data(0, kItemIdRole).toString(), LinkRole(selected.first()->data(0, kLinkRoleRole).toInt()));
}

bool PlanLinkEditor::linkItem(const QString& itemId, LinkRole role) {
  if (featureKey_.isEmpty()) {
    setMessage(tr("No feature chosen: identify one on the map first."), true);
    return false;
  }
  const PlanItem* item = project_.catalog().itemById(itemId);
  if (!item) {
    setMessage(tr("%1 is not in the plan catalog.").arg(itemId), true);
    return false;
  }
  const FeatureLink link{layerId_, featureKey_, itemId, role};
  for (const FeatureLink& existing : project_.links().itemsOfFeature(layerId_, featureKey_))
    if (existing == link) {
      setMessage(tr("%1 is already linked to %2 (%3).").arg(displayName_, itemId, PlanWords::roleName(role)), true);
      return false;
    }
  project_.undoStack().push(PlanEditCommand::link(project_, link));
  setMessage(tr("Linked %1 to %2 “%3” (%4).").arg(displayName_, itemId, item->name, PlanWords::roleName(role)), false);
  Q_EMIT linksEdited(layerId_, featureKey_);
  return true;
}

bool PlanLinkEditor::unlinkItem(const QString& itemId, LinkRole role) {
  if (featureKey_.isEmpty()) {
    setMessage(tr("No feature chosen: identify one on the map first."), true);
    return false;
  }
  const FeatureLink link{layerId_, featureKey_, itemId, role};
  bool present = false;
  for (const FeatureLink& existing : project_.links().itemsOfFeature(layerId_, featureKey_)) present = present || existing == link;
  if (!present) {
    setMessage(tr("%1 is not linked to %2 (%3).").arg(displayName_, itemId, PlanWords::roleName(role)), true);
    return false;
  }
  project_.undoStack().push(PlanEditCommand::unlink(project_, link));
  setMessage(tr("Unlinked %1 from %2.").arg(displayName_, itemId), false);
  Q_EMIT linksEdited(layerId_, featureKey_);
  return true;
}

void PlanLinkEditor::setMessage(const QString& text, bool error) {
  message_->setText(text);
  message_->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

}  // namespace planmap
