#include "LayoutDesigner.h"

#include "AtlasPlan.h"
#include "BasemapRenderer.h"
#include "CoordinateTransform.h"
#include "LayoutEditCommand.h"
#include "LayoutEditor.h"
#include "LayoutJson.h"
#include "LayoutPreviewWidget.h"
#include "PlanTargetTable.h"
#include "Project.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace planmap {

namespace {

QString kindName(LayoutItemKind kind) {
  switch (kind) {
    case LayoutItemKind::Map: return LayoutDesigner::tr("Map frame");
    case LayoutItemKind::Title: return LayoutDesigner::tr("Title");
    case LayoutItemKind::Subtitle: return LayoutDesigner::tr("Subtitle");
    case LayoutItemKind::Text: return LayoutDesigner::tr("Text");
    case LayoutItemKind::Legend: return LayoutDesigner::tr("Legend");
    case LayoutItemKind::ScaleBar: return LayoutDesigner::tr("Scale bar");
    case LayoutItemKind::NorthArrow: return LayoutDesigner::tr("North arrow");
    case LayoutItemKind::Callout: return LayoutDesigner::tr("Callout");
    case LayoutItemKind::TargetsTable: return LayoutDesigner::tr("Targets table");
    case LayoutItemKind::Footer: return LayoutDesigner::tr("Footer");
    case LayoutItemKind::CountyStats: return LayoutDesigner::tr("County statistics");
    case LayoutItemKind::Neatline: return LayoutDesigner::tr("Outer frame");
    case LayoutItemKind::MapNotes: return LayoutDesigner::tr("Map notes");
  }
  return {};
}

// Items whose `text` the property panel edits (map frames: their inset caption).
bool hasText(LayoutItemKind kind) {
  return kind == LayoutItemKind::Title || kind == LayoutItemKind::Subtitle || kind == LayoutItemKind::Text ||
         kind == LayoutItemKind::Callout || kind == LayoutItemKind::CountyStats || kind == LayoutItemKind::TargetsTable ||
         kind == LayoutItemKind::Legend || kind == LayoutItemKind::Map;
}

QDoubleSpinBox* mmSpin(QWidget* parent, double max = 2000) {
  auto* s = new QDoubleSpinBox(parent);
  s->setRange(0, max);
  s->setDecimals(1);
  s->setSingleStep(1);
  s->setSuffix(QStringLiteral(" mm"));
  s->setKeyboardTracking(false);
  return s;
}

}  // namespace

LayoutDesigner::LayoutDesigner(Project& project, QWidget* parent) : QMainWindow(parent), project_(project) {
  setObjectName(QStringLiteral("LayoutDesigner"));
  setWindowTitle(tr("Layouts"));
  previewTimer_.setSingleShot(true);
  previewTimer_.setInterval(0);  // coalesces the edits of one event-loop turn into one render
  connect(&previewTimer_, &QTimer::timeout, this, &LayoutDesigner::requestPreview);
  resizeTimer_.setSingleShot(true);
  resizeTimer_.setInterval(250);
  connect(&resizeTimer_, &QTimer::timeout, this, &LayoutDesigner::schedulePreview);
  connect(&renderer_, &LayoutPreviewRenderer::rendered, this, &LayoutDesigner::onRendered);
  connect(&exportWatcher_, &QFutureWatcherBase::finished, this, &LayoutDesigner::onExportFinished);
  buildUi();
  refreshContext();
  // Undo/redo from anywhere (the main window's Ctrl+Z too) changes project.layouts(): follow it.
  connect(&project_.undoStack(), &QUndoStack::indexChanged, this, [this] {
    if (project_.layouts() != shownLayouts_) reloadFromProject();
  });
  if (!project_.layouts().isEmpty()) current_ = 0;
  reloadFromProject();
  followAtlasOfLayout();
}

LayoutDesigner::~LayoutDesigner() {
  if (exportCancel_) exportCancel_->store(true);
  exportWatcher_.waitForFinished();
}

QStringList LayoutDesigner::templateNames() {
  return QDir(LayoutJson::templatesDir())
      .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)
      .replaceInStrings(QStringLiteral(".json"), QString());
}

void LayoutDesigner::buildUi() {
  auto* splitter = new QSplitter(this);
  preview_ = new LayoutPreviewWidget(splitter);
  splitter->addWidget(preview_);

  auto* side = new QWidget;
  auto* sideLayout = new QVBoxLayout(side);

  auto* layoutBox = new QGroupBox(tr("Layout"), side);
  auto* layoutForm = new QFormLayout(layoutBox);
  layouts_ = new QComboBox(layoutBox);
  layouts_->setObjectName(QStringLiteral("layoutChooser"));
  // Long layout titles must not widen the side panel past the window.
  layouts_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  layouts_->setMinimumContentsLength(16);
  layoutForm->addRow(tr("Layout:"), layouts_);
  templates_ = new QComboBox(layoutBox);
  templates_->setObjectName(QStringLiteral("templateChooser"));
  templates_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  templates_->setMinimumContentsLength(12);
  for (const QString& name : templateNames()) templates_->addItem(name, name);
  templates_->setCurrentIndex(qMax(0, templates_->findData(LayoutJson::defaultTemplateName())));
  newLayout_ = new QPushButton(tr("New from template"), layoutBox);
  auto* templateRow = new QHBoxLayout;
  templateRow->addWidget(templates_, 1);
  templateRow->addWidget(newLayout_);
  layoutForm->addRow(tr("Template:"), templateRow);
  deleteLayout_ = new QPushButton(tr("Delete layout"), layoutBox);
  layoutForm->addRow(QString(), deleteLayout_);
  sideLayout->addWidget(layoutBox);

  auto* pageBox = new QGroupBox(tr("Page setup"), side);
  auto* pageForm = new QFormLayout(pageBox);
  pageSize_ = new QComboBox(pageBox);
  for (const char* s : {"A4", "A3", "A1", "A0"}) pageSize_->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
  pageSize_->addItem(tr("Custom"), QStringLiteral("custom"));
  orientation_ = new QComboBox(pageBox);
  orientation_->addItem(tr("Landscape"), true);
  orientation_->addItem(tr("Portrait"), false);
  customW_ = mmSpin(pageBox, 5000);
  customH_ = mmSpin(pageBox, 5000);
  customW_->setMinimum(50);
  customH_->setMinimum(50);
  margin_ = mmSpin(pageBox, 100);
  pageForm->addRow(tr("Size:"), pageSize_);
  pageForm->addRow(tr("Orientation:"), orientation_);
  auto* customRow = new QHBoxLayout;
  customRow->addWidget(customW_);
  customRow->addWidget(new QLabel(QStringLiteral("×"), pageBox));
  customRow->addWidget(customH_);
  pageForm->addRow(tr("Custom size:"), customRow);
  pageForm->addRow(tr("Margins:"), margin_);
  pageBox->setToolTip(tr("Changing the sheet scales the items and their type with it."));
  sideLayout->addWidget(pageBox);

  auto* itemBox = new QGroupBox(tr("Items"), side);
  auto* itemLayout = new QVBoxLayout(itemBox);
  items_ = new QListWidget(itemBox);
  items_->setObjectName(QStringLiteral("itemList"));
  items_->setMaximumHeight(150);
  itemLayout->addWidget(items_);
  itemLabel_ = new QLabel(itemBox);
  itemLayout->addWidget(itemLabel_);
  auto* geometry = new QFormLayout;
  x_ = mmSpin(itemBox);
  y_ = mmSpin(itemBox);
  w_ = mmSpin(itemBox);
  h_ = mmSpin(itemBox);
  x_->setMinimum(-500);
  y_->setMinimum(-500);
  w_->setMinimum(3);
  h_->setMinimum(3);
  auto* xy = new QHBoxLayout;
  xy->addWidget(x_);
  xy->addWidget(y_);
  auto* wh = new QHBoxLayout;
  wh->addWidget(w_);
  wh->addWidget(h_);
  geometry->addRow(tr("Position:"), xy);
  geometry->addRow(tr("Size:"), wh);
  fontSize_ = new QDoubleSpinBox(itemBox);
  fontSize_->setRange(4, 400);
  fontSize_->setDecimals(1);
  fontSize_->setSuffix(QStringLiteral(" pt"));
  fontSize_->setKeyboardTracking(false);
  geometry->addRow(tr("Type size:"), fontSize_);
  itemLayout->addLayout(geometry);
  text_ = new QPlainTextEdit(itemBox);
  text_->setObjectName(QStringLiteral("itemText"));
  text_->setMaximumHeight(70);
  text_->setPlaceholderText(tr("Text ({title}, {date}, {name_zh} are filled in)"));
  itemLayout->addWidget(text_);
  auto* itemButtons = new QHBoxLayout;
  applyText_ = new QPushButton(tr("Apply text"), itemBox);
  applyText_->setObjectName(QStringLiteral("applyText"));
  deleteItem_ = new QPushButton(tr("Delete item"), itemBox);
  itemButtons->addWidget(applyText_);
  itemButtons->addWidget(deleteItem_);
  itemLayout->addLayout(itemButtons);
  sideLayout->addWidget(itemBox);

  auto* calloutBox = new QGroupBox(tr("Callouts"), side);
  auto* calloutLayout = new QVBoxLayout(calloutBox);
  calloutText_ = new QLineEdit(calloutBox);
  calloutText_->setObjectName(QStringLiteral("calloutText"));
  calloutText_->setPlaceholderText(tr("Callout text"));
  placeCallout_ = new QPushButton(tr("Place callout on map…"), calloutBox);
  placeCallout_->setObjectName(QStringLiteral("placeCallout"));
  placeCallout_->setCheckable(true);
  placeCallout_->setToolTip(tr("Then click the point of a map frame the callout points at."));
  calloutLayout->addWidget(calloutText_);
  calloutLayout->addWidget(placeCallout_);
  sideLayout->addWidget(calloutBox);

  auto* exportBox = new QGroupBox(tr("Export"), side);
  auto* exportLayout = new QVBoxLayout(exportBox);
  atlas_ = new QComboBox(exportBox);
  atlas_->setObjectName(QStringLiteral("atlasLayer"));
  atlas_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  atlas_->setMinimumContentsLength(12);
  auto* atlasRow = new QFormLayout;
  atlasRow->addRow(tr("Atlas layer:"), atlas_);
  exportLayout->addLayout(atlasRow);
  auto* exportButtons = new QHBoxLayout;
  exportPdf_ = new QPushButton(tr("Export PDF…"), exportBox);
  exportPng_ = new QPushButton(tr("Export PNG…"), exportBox);
  cancelExport_ = new QPushButton(tr("Cancel"), exportBox);
  cancelExport_->setEnabled(false);
  exportButtons->addWidget(exportPdf_);
  exportButtons->addWidget(exportPng_);
  exportButtons->addWidget(cancelExport_);
  exportLayout->addLayout(exportButtons);
  progress_ = new QProgressBar(exportBox);
  progress_->setRange(0, 1);
  progress_->setValue(0);
  progress_->setTextVisible(false);
  exportLayout->addWidget(progress_);
  sideLayout->addWidget(exportBox);
  status_ = new QLabel(side);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  sideLayout->addWidget(status_);
  sideLayout->addStretch(1);

  auto* scroll = new QScrollArea(splitter);
  scroll->setWidget(side);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setMinimumWidth(300);
  splitter->addWidget(scroll);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 0);
  setCentralWidget(splitter);
  resize(1280, 800);

  connect(layouts_, &QComboBox::currentIndexChanged, this, [this](int i) {
    if (!updating_) selectLayout(i);
  });
  connect(deleteLayout_, &QPushButton::clicked, this, &LayoutDesigner::deleteCurrentLayout);
  connect(preview_, &LayoutPreviewWidget::hovered, this, [this](const QPointF& mm) {
    QString frame;
    if (auto p = lonLatAt(mm, &frame))
      statusBar()->showMessage(tr("%1: %2 mm, %3 mm — %4°E, %5°N")
                                   .arg(frame)
                                   .arg(mm.x(), 0, 'f', 1)
                                   .arg(mm.y(), 0, 'f', 1)
                                   .arg(p->x(), 0, 'f', 5)
                                   .arg(p->y(), 0, 'f', 5));
    else
      statusBar()->showMessage(tr("%1 mm, %2 mm").arg(mm.x(), 0, 'f', 1).arg(mm.y(), 0, 'f', 1));
  });
  connect(newLayout_, &QPushButton::clicked, this, [this] { newLayoutFromTemplate(templates_->currentData().toString()); });
  for (QComboBox* c : {pageSize_, orientation_})
    connect(c, &QComboBox::currentIndexChanged, this, [this] { applyPageFields(); });
  for (QDoubleSpinBox* s : {customW_, customH_, margin_})
    connect(s, &QDoubleSpinBox::valueChanged, this, [this] { applyPageFields(); });
  for (QDoubleSpinBox* s : {x_, y_, w_, h_})
    connect(s, &QDoubleSpinBox::valueChanged, this, [this] { applyGeometryFields(); });
  connect(items_, &QListWidget::currentRowChanged, this, [this](int row) {
    if (updating_ || row < 0) return;
    selectItem(items_->item(row)->data(Qt::UserRole).toString());
  });
  connect(applyText_, &QPushButton::clicked, this, &LayoutDesigner::applyTextField);
  connect(fontSize_, &QDoubleSpinBox::valueChanged, this, [this](double pt) {
    if (!updating_) setItemFontSize(selectedItemId(), pt);
  });
  connect(preview_, &LayoutPreviewWidget::deleteRequested, this, [this](const QString& id) { deleteItem(id); });
  connect(preview_, &LayoutPreviewWidget::viewResized, this, [this] { resizeTimer_.start(); });
  connect(deleteItem_, &QPushButton::clicked, this, [this] { deleteItem(selectedItemId()); });
  connect(placeCallout_, &QPushButton::toggled, this, &LayoutDesigner::setPlacingCallout);
  connect(atlas_, &QComboBox::currentIndexChanged, this, [this] { schedulePreview(); });
  connect(exportPdf_, &QPushButton::clicked, this, [this] { chooseExport(ExportFormat::Pdf); });
  connect(exportPng_, &QPushButton::clicked, this, [this] { chooseExport(ExportFormat::Png); });
  connect(cancelExport_, &QPushButton::clicked, this, &LayoutDesigner::cancelExport);
  connect(preview_, &LayoutPreviewWidget::selectionChanged, this, &LayoutDesigner::onSelectionChanged);
  connect(preview_, &LayoutPreviewWidget::itemGeometryChanged, this,
          [this](const QString& id, const QRectF& r) { setItemRect(id, r); });
  connect(preview_, &LayoutPreviewWidget::pageClicked, this, [this](const QPointF& mm) {
    QString text = calloutText();
    if (text.isEmpty()) text = QInputDialog::getText(this, tr("Callout"), tr("Callout text:")).trimmed();
    if (!text.isEmpty()) placeCalloutAt(mm, text);
    setPlacingCallout(false);
  });
}

void LayoutDesigner::setBasemap(std::shared_ptr<const BasemapRenderer> basemap) {
  basemap_ = std::move(basemap);
  refreshContext();
}

void LayoutDesigner::refreshContext() {
  // A snapshot of the map on the UI thread: workers see shared, immutable layers only.
  LayoutContext c = LayoutContext::fromDocument(project_.document());
  // The project's own plan data, not the bundled files, fill targets tables and statistics.
  c.targets = std::make_shared<const PlanTargetTable>(project_.catalog(), project_.links(), project_.progress(),
                                                      QDate::currentDate().year());
  c.basemap = basemap_;
  if (basemap_) c.variables.insert(QStringLiteral("basemap_attribution"), basemap_->attribution());
  context_ = std::move(c);
  // The atlas can walk any layer of the map; keep the choice when the map is refreshed.
  const QString atlas = atlas_->currentData().toString();
  atlas_->clear();
  atlas_->addItem(tr("(none: one page)"), QString());
  for (const auto& layer : project_.document().layers())
    atlas_->addItem(layer->title.isEmpty() ? layer->id : QStringLiteral("%1 (%2)").arg(layer->title, layer->id), layer->id);
  {
    const QSignalBlocker block(atlas_);
    atlas_->setCurrentIndex(qMax(0, atlas_->findData(atlas)));
  }
  schedulePreview();
}

std::optional<Layout> LayoutDesigner::currentLayout() const { return layout_; }

QString LayoutDesigner::selectedItemId() const { return preview_->selectedId(); }

void LayoutDesigner::reloadFromProject() {
  const QJsonArray all = project_.layouts();
  shownLayouts_ = all;
  if (current_ >= all.size()) current_ = int(all.size()) - 1;
  if (current_ < 0 && !all.isEmpty()) current_ = 0;
  layout_.reset();
  QString error;
  if (current_ >= 0) {
    auto parsed = LayoutJson::fromJson(all.at(current_).toObject(), tr("layout %1").arg(current_ + 1));
    if (parsed) layout_ = std::move(parsed.value());
    else error = parsed.error();
  }
  updating_ = true;
  layouts_->clear();
  for (int i = 0; i < all.size(); ++i) {
    const QJsonObject o = all.at(i).toObject();
    const QString name = o.value(QStringLiteral("name")).toString();
    const QString title = o.value(QStringLiteral("title")).toString();
    layouts_->addItem(title.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(title, name));
  }
  layouts_->setCurrentIndex(current_);
  if (layout_) {
    pageSize_->setCurrentIndex(qMax(0, pageSize_->findData(layout_->page.size.compare(QLatin1String("custom"), Qt::CaseInsensitive) == 0
                                                               ? QStringLiteral("custom")
                                                               : layout_->page.size.toUpper())));
    orientation_->setCurrentIndex(layout_->page.landscape ? 0 : 1);
    const QSizeF size = layout_->page.sizeMm();
    customW_->setValue(layout_->page.customWidthMm > 0 ? layout_->page.customWidthMm : size.width());
    customH_->setValue(layout_->page.customHeightMm > 0 ? layout_->page.customHeightMm : size.height());
    margin_->setValue(layout_->page.marginsMm.left());
    preview_->setPage(size, layout_->page.marginsMm);
    preview_->setItems(layout_->items);
  } else {
    preview_->setItems({});
    preview_->setImage(QImage());
  }
  for (QWidget* w : std::initializer_list<QWidget*>{pageSize_, orientation_, customW_, customH_, margin_, placeCallout_, exportPdf_, exportPng_, deleteLayout_})
    w->setEnabled(layout_.has_value());
  customW_->setEnabled(layout_ && pageSize_->currentData().toString() == QLatin1String("custom"));
  customH_->setEnabled(customW_->isEnabled());
  items_->clear();
  if (layout_)
    for (const LayoutItem& item : layout_->items) {
      auto* row = new QListWidgetItem(QStringLiteral("%1 — %2").arg(kindName(item.kind()), item.id), items_);
      row->setData(Qt::UserRole, item.id);
    }
  updating_ = false;
  updatePropertyPanel();
  if (!error.isEmpty()) showStatus(error);
  else if (!layout_) showStatus(tr("The project has no layout yet: choose a template and click “New from template”."));
  else if (!isExporting()) showStatus(QString());
  schedulePreview();
}

void LayoutDesigner::selectLayout(int index) {
  if (index < 0 || index >= project_.layouts().size() || index == current_) return;
  current_ = index;
  preview_->setImage(QImage());
  lastPreview_ = {};
  reloadFromProject();
  followAtlasOfLayout();
}

void LayoutDesigner::followAtlasOfLayout() {
  // A layout made for an atlas (its own atlas layer) is previewed and exported as one.
  const QString layer = layout_ ? layout_->atlas.layer : QString();
  atlas_->setCurrentIndex(qMax(0, atlas_->findData(layer)));
}

bool LayoutDesigner::newLayoutFromTemplate(const QString& nameOrPath) {
  auto layout = LayoutJson::resolve(nameOrPath);
  if (!layout) {
    showStatus(layout.error());
    return false;
  }
  QStringList names;
  for (const QJsonValue& v : project_.layouts()) names << v.toObject().value(QStringLiteral("name")).toString();
  const QString base = layout->name.isEmpty() ? QStringLiteral("layout") : layout->name;
  QString name = base;
  for (int n = 2; names.contains(name); ++n) name = QStringLiteral("%1_%2").arg(base).arg(n);
  layout->name = name;
  QJsonArray after = project_.layouts();
  after.append(LayoutJson::toJson(layout.value()));
  current_ = int(after.size()) - 1;
  preview_->setImage(QImage());
  lastPreview_ = {};
  project_.undoStack().push(new LayoutEditCommand(project_, project_.layouts(), after, tr("New layout %1").arg(name)));
  followAtlasOfLayout();
  return true;
}

bool LayoutDesigner::applyEdit(const QString& text, const std::function<bool(Layout&)>& change) {
  if (!layout_ || current_ < 0) return false;
  Layout edited = *layout_;
  if (!change(edited) || edited == *layout_) return false;
  QJsonArray after = project_.layouts();
  if (current_ >= after.size()) return false;
  after[current_] = LayoutJson::toJson(edited);
  project_.undoStack().push(new LayoutEditCommand(project_, project_.layouts(), after, text));
  return true;
}

void LayoutDesigner::selectItem(const QString& id) { preview_->setSelectedId(id); }

bool LayoutDesigner::setItemRect(const QString& id, const QRectF& rectMm) {
  if (!layout_ || !layout_->item(id) || rectMm.width() <= 0 || rectMm.height() <= 0) return false;
  const QRectF old = layout_->item(id)->rectMm;
  const bool moved = old.size() == rectMm.size();
  return applyEdit(moved ? tr("Move %1").arg(id) : tr("Resize %1").arg(id), [&](Layout& l) {
    for (LayoutItem& item : l.items)
      if (item.id == id) item.rectMm = rectMm;
    return true;
  });
}

bool LayoutDesigner::setItemText(const QString& id, const QString& text) {
  if (!layout_ || !layout_->item(id)) return false;
  return applyEdit(tr("Edit text of %1").arg(id), [&](Layout& l) {
    for (LayoutItem& item : l.items)
      if (item.id == id) item.text = text;
    return true;
  });
}

bool LayoutDesigner::setItemFontSize(const QString& id, double pt) {
  if (!layout_ || !layout_->item(id) || !(pt > 0)) return false;
  return applyEdit(tr("Type size of %1").arg(id), [&](Layout& l) {
    for (LayoutItem& item : l.items)
      if (item.id == id) item.fontSizePt = pt;
    return true;
  });
}

bool LayoutDesigner::deleteItem(const QString& id) {
  if (!layout_ || !layout_->item(id)) return false;
  // Items that other items describe (a map frame with its legend) stay: the layout would not load.
  if (const LayoutItem* other = LayoutEditor::dependentOf(*layout_, id)) {
    showStatus(tr("%1 is used by %2; delete that first.").arg(id, other->id));
    return false;
  }
  return applyEdit(tr("Delete %1").arg(id), [&](Layout& l) {
    std::erase_if(l.items, [&](const LayoutItem& item) { return item.id == id; });
    return true;
  });
}

bool LayoutDesigner::setPageSetup(const QString& size, bool landscape, double customWidthMm, double customHeightMm,
                                  double marginMm) {
  if (!layout_) return false;
  return applyEdit(tr("Page setup"), [&](Layout& l) {
    return LayoutEditor::setPage(l, size, landscape, customWidthMm, customHeightMm, marginMm);
  });
}

void LayoutDesigner::applyPageFields() {
  if (updating_ || !layout_) return;
  const QString size = pageSize_->currentData().toString();
  customW_->setEnabled(size == QLatin1String("custom"));
  customH_->setEnabled(size == QLatin1String("custom"));
  setPageSetup(size, orientation_->currentData().toBool(), customW_->value(), customH_->value(), margin_->value());
}

void LayoutDesigner::onSelectionChanged(const QString& id) {
  updating_ = true;
  for (int r = 0; r < items_->count(); ++r)
    if (items_->item(r)->data(Qt::UserRole).toString() == id) items_->setCurrentRow(r);
  if (id.isEmpty()) items_->clearSelection();
  updating_ = false;
  updatePropertyPanel();
}

void LayoutDesigner::updatePropertyPanel() {
  const LayoutItem* item = layout_ ? layout_->item(selectedItemId()) : nullptr;
  updating_ = true;
  for (QWidget* w : std::initializer_list<QWidget*>{x_, y_, w_, h_, fontSize_, deleteItem_}) w->setEnabled(item != nullptr);
  text_->setEnabled(item && hasText(item->kind()));
  applyText_->setEnabled(text_->isEnabled());
  if (item) {
    itemLabel_->setText(QStringLiteral("%1: %2").arg(kindName(item->kind()), item->id));
    x_->setValue(item->rectMm.x());
    y_->setValue(item->rectMm.y());
    w_->setValue(item->rectMm.width());
    h_->setValue(item->rectMm.height());
    fontSize_->setValue(item->fontSizePt);
    if (text_->toPlainText() != item->text) text_->setPlainText(item->text);
  } else {
    itemLabel_->setText(tr("No item selected: click one on the page."));
    text_->clear();
  }
  updating_ = false;
}

void LayoutDesigner::applyGeometryFields() {
  if (updating_) return;
  const QString id = selectedItemId();
  setItemRect(id, QRectF(x_->value(), y_->value(), w_->value(), h_->value()));
}

void LayoutDesigner::applyTextField() { setItemText(selectedItemId(), text_->toPlainText()); }

void LayoutDesigner::setPlacingCallout(bool on) {
  preview_->setCalloutMode(on);
  if (placeCallout_->isChecked() != on) {
    const QSignalBlocker block(placeCallout_);
    placeCallout_->setChecked(on);
  }
  if (on) showStatus(tr("Click the point on a map frame the callout points at."));
}

void LayoutDesigner::setCalloutText(const QString& text) { calloutText_->setText(text); }

QString LayoutDesigner::calloutText() const { return calloutText_->text().trimmed(); }

std::optional<QPointF> LayoutDesigner::lonLatAt(const QPointF& mm, QString* frameId) const {
  if (!layout_) return std::nullopt;
  return LayoutEditor::lonLatAt(*layout_, lastPreview_.page.frames, mm, frameId);
}

bool LayoutDesigner::deleteCurrentLayout() {
  if (current_ < 0 || current_ >= project_.layouts().size()) return false;
  QJsonArray after = project_.layouts();
  const QString name = after.at(current_).toObject().value(QStringLiteral("name")).toString();
  after.removeAt(current_);
  preview_->setImage(QImage());
  lastPreview_ = {};
  project_.undoStack().push(new LayoutEditCommand(project_, project_.layouts(), after, tr("Delete layout %1").arg(name)));
  return true;
}

bool LayoutDesigner::placeCalloutAt(const QPointF& mm, const QString& text) {
  if (!layout_ || text.trimmed().isEmpty()) return false;
  if (text.trimmed().isEmpty()) return false;
  QString placedId;
  const bool placed = applyEdit(tr("Place callout"), [&](Layout& l) {
    const auto id = LayoutEditor::placeCallout(l, lastPreview_.page.frames, mm, text);
    if (id) placedId = *id;
    return id.has_value();
  });
  if (!placed) {
    const bool inFrame = std::any_of(layout_->items.begin(), layout_->items.end(),
                                     [&](const LayoutItem& item) { return item.isMap() && item.rectMm.contains(mm); });
    showStatus(inFrame ? tr("The preview is still updating; click again in a moment.")
                       : tr("Click inside a map frame to place a callout."));
    return false;
  }
  selectItem(placedId);
  const CalloutItem* c = layout_->item(placedId) ? layout_->item(placedId)->as<CalloutItem>() : nullptr;
  if (c) showStatus(tr("Callout placed at %1, %2.").arg(c->anchorX, 0, 'f', 5).arg(c->anchorY, 0, 'f', 5));
  return true;
}

void LayoutDesigner::schedulePreview() {
  preview_->setRendering(layout_.has_value());
  previewTimer_.start();
}

void LayoutDesigner::requestPreview() {
  if (!layout_) {
    preview_->setRendering(false);
    return;
  }
  // As sharp as the widget shows it (device pixels), within reason for an A0 page.
  const double pxPerMm = preview_->pixelsPerMm() * preview_->devicePixelRatioF();
  const double dpi = std::clamp(pxPerMm * 25.4, 30.0, 200.0);
  Layout layout = *layout_;
  LayoutContext context = context_;
  // An atlas layout previews its first page (as the export sorts them), so {name_zh} and the zoomed
  // frame show what will print rather than raw placeholders over the whole map.
  const QString atlasLayer = !atlas_->currentData().toString().isEmpty() ? atlas_->currentData().toString() : layout.atlas.layer;
  if (!atlasLayer.isEmpty())
    if (auto plan = AtlasPlan::make(layout, context, atlasLayer); plan && plan->pageCount() > 0) {
      context = plan->pageContext(context, 0);
      layout = plan->layout();
    }
  renderer_.request(layout, context, dpi);
}

void LayoutDesigner::onRendered(const LayoutPreviewFrame& frame) {
  preview_->setRendering(false);
  if (!frame.error.isEmpty()) {
    showStatus(tr("Preview failed: %1").arg(frame.error));
    return;
  }
  // Keep slow county statistics for the next renders and exports.
  if (frame.countyStatistics && !context_.countyStatistics) context_.countyStatistics = frame.countyStatistics;
  lastPreview_ = frame;
  preview_->setImage(frame.image);
  statusBar()->showMessage(tr("Preview %1 dpi in %2 ms").arg(frame.dpi, 0, 'f', 0).arg(frame.milliseconds, 0, 'f', 0), 4000);
  if (!frame.page.warnings.isEmpty()) showStatus(frame.page.warnings.join(QLatin1Char('\n')));
  emit previewUpdated();
}

void LayoutDesigner::chooseExport(ExportFormat format) {
  if (!layout_) return;
  const QString suffix = format == ExportFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("png");
  const QString suggested =
      QDir(project_.filePath().isEmpty() ? QDir::homePath() : project_.projectDir()).filePath(layout_->name + QLatin1Char('.') + suffix);
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export layout"), suggested, format == ExportFormat::Pdf ? tr("PDF files (*.pdf)") : tr("PNG images (*.png)"));
  if (!path.isEmpty()) startExport(path, format, 300, atlas_->currentData().toString());
}

bool LayoutDesigner::startExport(const QString& path, ExportFormat format, double dpi, const QString& atlasLayer) {
  if (!layout_ || path.isEmpty()) return false;
  if (!atlasLayer.isEmpty() && !context_.layer(atlasLayer)) {
    showStatus(tr("The atlas layer \"%1\" is not in the map.").arg(atlasLayer));
    return false;
  }
  if (isExporting()) {
    showStatus(tr("An export is already running."));
    return false;
  }
  exportCancel_ = std::make_shared<std::atomic<bool>>(false);
  ExportOptions options;
  options.format = format;
  options.dpi = dpi;
  options.cancel = exportCancel_.get();
  options.progress = [this](int done, int total, const QString&) {
    QMetaObject::invokeMethod(this, [this, done, total] {
      if (!exportCancel_) return;
      progress_->setRange(0, qMax(1, total));
      progress_->setValue(done);
      emit exportProgress(done, total);
    }, Qt::QueuedConnection);
  };
  progress_->setRange(0, 0);
  cancelExport_->setEnabled(true);
  exportPdf_->setEnabled(false);
  exportPng_->setEnabled(false);
  showStatus(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)));
  auto cancel = exportCancel_;
  exportWatcher_.setFuture(QtConcurrent::run([exporter = LayoutExporter(*layout_, context_), path, options, atlasLayer, cancel] {
    return atlasLayer.isEmpty() ? exporter.exportPage(path, options) : exporter.exportAtlas(path, options, atlasLayer);
  }));
  return true;
}

void LayoutDesigner::cancelExport() {
  if (!exportCancel_) return;
  exportCancel_->store(true);
  showStatus(tr("Cancelling…"));
}

void LayoutDesigner::onExportFinished() {
  const Result<ExportReport> outcome = exportWatcher_.result();
  const bool cancelled = exportCancel_ && exportCancel_->load();
  exportCancel_.reset();
  cancelExport_->setEnabled(false);
  exportPdf_->setEnabled(layout_.has_value());
  exportPng_->setEnabled(layout_.has_value());
  progress_->setRange(0, 1);
  progress_->setValue(outcome ? 1 : 0);
  QString message;
  if (outcome) {
    message = outcome->files.size() == 1
                  ? tr("Exported %n page(s) to %1 in %2 s.", nullptr, outcome->pages)
                        .arg(QDir::toNativeSeparators(outcome->files.value(0)))
                        .arg(outcome->seconds, 0, 'f', 1)
                  : tr("Exported %n file(s) to %1 in %2 s.", nullptr, int(outcome->files.size()))
                        .arg(QDir::toNativeSeparators(QFileInfo(outcome->files.value(0)).absolutePath()))
                        .arg(outcome->seconds, 0, 'f', 1);
    if (!outcome->warnings.isEmpty()) message += QLatin1Char('\n') + outcome->warnings.join(QLatin1Char('\n'));
  } else {
    message = cancelled ? tr("Export cancelled: %1").arg(outcome.error()) : tr("Export failed: %1").arg(outcome.error());
  }
  showStatus(message);
  emit exportFinished(bool(outcome), message);
}

void LayoutDesigner::showStatus(const QString& message) {
  status_->setText(message);
  emit statusMessage(message);
}

}  // namespace planmap
