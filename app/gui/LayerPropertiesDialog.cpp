#include "LayerPropertiesDialog.h"

#include "ConstraintMarkingEditor.h"
#include "VectorLayer.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <QLocale>

namespace planmap {
namespace {

// A qualitative palette (ColorBrewer Set3-like, softened for a planning map's background).
const QList<QColor> kPalette = {QColor(141, 211, 199), QColor(255, 255, 179), QColor(190, 186, 218), QColor(251, 128, 114),
                                QColor(128, 177, 211), QColor(253, 180, 98),  QColor(179, 222, 105), QColor(252, 205, 229),
                                QColor(217, 217, 217), QColor(188, 128, 189), QColor(204, 235, 197), QColor(255, 237, 111)};


}  // namespace

LayerPropertiesDialog::LayerPropertiesDialog(std::shared_ptr<const VectorLayer> layer, QWidget* parent,
                                             const std::optional<ConstraintMarking>& marking, const PlanCatalog* catalog)
    : QDialog(parent), layer_(std::move(layer)), style_(layer_->style), title_(new QLineEdit(this)),
      opacity_(new QSlider(Qt::Horizontal, this)), renderer_(new QComboBox(this)), field_(new QComboBox(this)),
      strokeWidth_(new QDoubleSpinBox(this)), markerSize_(new QDoubleSpinBox(this)), classCountSpin_(new QSpinBox(this)),
      mode_(new QComboBox(this)), classes_(new QTableWidget(this)), labelsOn_(new QCheckBox(tr("Label features"), this)),
      labelField_(new QComboBox(this)), labelSize_(new QDoubleSpinBox(this)) {
  setWindowTitle(tr("Layer properties — %1").arg(layer_->title));
  fill_ = colorButton(&style_.symbol.fill);
  stroke_ = colorButton(&style_.symbol.stroke);
  labelColor_ = colorButton(&style_.labels.color);
  rampFromButton_ = colorButton(&rampFrom_);
  rampToButton_ = colorButton(&rampTo_);

  // General.
  auto* general = new QWidget(this);
  auto* generalForm = new QFormLayout(general);
  title_->setText(layer_->title);
  opacity_->setRange(0, 100);
  opacity_->setValue(qRound(layer_->opacity * 100));
  auto* opacityLabel = new QLabel(this);
  auto* opacityRow = new QHBoxLayout;
  opacityRow->addWidget(opacity_, 1);
  opacityRow->addWidget(opacityLabel);
  connect(opacity_, &QSlider::valueChanged, opacityLabel, [opacityLabel](int v) { opacityLabel->setText(QStringLiteral("%1%").arg(v)); });
  opacityLabel->setText(QStringLiteral("%1%").arg(opacity_->value()));
  generalForm->addRow(tr("Title:"), title_);
  generalForm->addRow(tr("Opacity:"), opacityRow);
  generalForm->addRow(tr("Source:"), new QLabel(layer_->sourcePath.isEmpty() ? tr("bundled data") : layer_->sourcePath, this));
  generalForm->addRow(tr("CRS:"), new QLabel(layer_->crs.description(), this));
  generalForm->addRow(tr("Encoding:"), new QLabel(QStringLiteral("%1 (%2)").arg(layer_->encoding.name,
                                                                               encodingSourceName(layer_->encoding.source)), this));
  generalForm->addRow(tr("Features:"), new QLabel(QString::number(layer_->features ? layer_->features->featureCount() : 0), this));

  // Style.
  auto* styleTab = new QWidget(this);
  renderer_->addItem(tr("Single symbol"), int(RendererKind::Single));
  renderer_->addItem(tr("Categorized"), int(RendererKind::Categorized));
  renderer_->addItem(tr("Graduated"), int(RendererKind::Graduated));
  labelField_->addItem(QString());
  if (layer_->features)
    for (const FieldDefinition& f : layer_->features->attributes().fields()) {
      field_->addItem(f.name, int(f.type));
      labelField_->addItem(f.name);
    }
  strokeWidth_->setRange(0, 5);
  strokeWidth_->setSingleStep(0.1);
  strokeWidth_->setSuffix(QStringLiteral(" mm"));
  markerSize_->setRange(0.5, 20);
  markerSize_->setSingleStep(0.5);
  markerSize_->setSuffix(QStringLiteral(" mm"));
  classCountSpin_->setRange(2, 12);
  classCountSpin_->setValue(5);
  mode_->addItem(tr("Equal interval"));
  mode_->addItem(tr("Quantile"));
  classes_->setColumnCount(3);
  classes_->setHorizontalHeaderLabels({tr("Colour"), tr("Value"), tr("Legend")});
  classes_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  classes_->verticalHeader()->hide();
  auto* classifyButton = new QPushButton(tr("Classify"), this);

  auto* symbolBox = new QGroupBox(tr("Symbol (single, and for values without a class)"), this);
  auto* symbolForm = new QFormLayout(symbolBox);
  symbolForm->addRow(tr("Fill:"), fill_);
  symbolForm->addRow(tr("Outline:"), stroke_);
  symbolForm->addRow(tr("Outline width:"), strokeWidth_);
  symbolForm->addRow(tr("Marker size:"), markerSize_);
  auto* rendererForm = new QFormLayout;
  rendererForm->addRow(tr("Renderer:"), renderer_);
  rendererForm->addRow(tr("Field:"), field_);
  auto* rampRow = new QHBoxLayout;
  rampRow->addWidget(new QLabel(tr("Classes:"), this));
  rampRow->addWidget(classCountSpin_);
  rampRow->addWidget(mode_);
  rampRow->addWidget(new QLabel(tr("Colours:"), this));
  rampRow->addWidget(rampFromButton_);
  rampRow->addWidget(rampToButton_);
  rampRow->addStretch();
  rampRow->addWidget(classifyButton);
  auto* styleLayout = new QVBoxLayout(styleTab);
  styleLayout->addLayout(rendererForm);
  styleLayout->addWidget(symbolBox);
  styleLayout->addLayout(rampRow);
  styleLayout->addWidget(classes_, 1);

  // Labels.
  auto* labelsTab = new QWidget(this);
  auto* labelsForm = new QFormLayout(labelsTab);
  labelSize_->setRange(5, 36);
  labelSize_->setSuffix(QStringLiteral(" pt"));
  labelsForm->addRow(labelsOn_);
  labelsForm->addRow(tr("Field:"), labelField_);
  labelsForm->addRow(tr("Size:"), labelSize_);
  labelsForm->addRow(tr("Colour:"), labelColor_);

  auto* tabs = new QTabWidget(this);
  tabs->addTab(general, tr("General"));
  tabs->addTab(styleTab, tr("Style"));
  tabs->addTab(labelsTab, tr("Labels"));
  constraint_ = new ConstraintMarkingEditor(marking, layer_->title, catalog, this);
  tabs->addTab(constraint_, tr("Constraint"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(tabs, 1);
  layout->addWidget(buttons);

  loadFromStyle();
  connect(renderer_, &QComboBox::currentIndexChanged, this, [this] {
    style_.renderer = RendererKind(renderer_->currentData().toInt());
    if (style_.renderer != RendererKind::Single && style_.classes.empty()) classify();
    updateEnabled();
  });
  connect(field_, &QComboBox::currentIndexChanged, this, [this] {
    style_.field = field_->currentText();
    if (style_.renderer != RendererKind::Single) classify();
  });
  connect(classifyButton, &QPushButton::clicked, this, &LayerPropertiesDialog::classify);
  connect(classes_, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
    if (column != 0 || row < 0 || row >= int(style_.classes.size())) return;
    const QColor c = QColorDialog::getColor(style_.classes[size_t(row)].symbol.fill, this, tr("Class colour"),
                                            QColorDialog::ShowAlphaChannel);
    if (!c.isValid()) return;
    style_.classes[size_t(row)].symbol.fill = c;
    refreshClassTable();
  });
  connect(classes_, &QTableWidget::cellChanged, this, [this](int row, int column) {
    if (column == 2 && row >= 0 && row < int(style_.classes.size())) {
      const QString text = classes_->item(row, 2)->text();
      if (QLocale().name().startsWith(QStringLiteral("zh"))) style_.classes[size_t(row)].labelZh = text;
      else style_.classes[size_t(row)].labelEn = text;
    }
  });
  resize(640, 560);
}

std::optional<ConstraintMarking> LayerPropertiesDialog::marking() const { return constraint_->marking(); }

void LayerPropertiesDialog::accept() {
  QString error;
  if (!constraint_->marking(&error) && !error.isEmpty()) return;  // the tab shows what is wrong
  QDialog::accept();
}

void LayerPropertiesDialog::loadFromStyle() {
  renderer_->setCurrentIndex(renderer_->findData(int(style_.renderer)));
  const int f = field_->findText(style_.field);
  if (f >= 0) field_->setCurrentIndex(f);
  strokeWidth_->setValue(style_.symbol.strokeWidthMm);
  markerSize_->setValue(style_.symbol.markerSizeMm);
  labelsOn_->setChecked(style_.labels.enabled || !style_.labels.field.isEmpty());
  labelField_->setCurrentIndex(std::max(0, labelField_->findText(style_.labels.field)));
  labelSize_->setValue(style_.labels.sizePt);
  paintButton(fill_, style_.symbol.fill);
  paintButton(stroke_, style_.symbol.stroke);
  paintButton(labelColor_, style_.labels.color);
  refreshClassTable();
  updateEnabled();
}

void LayerPropertiesDialog::updateEnabled() {
  const bool classed = style_.renderer != RendererKind::Single;
  field_->setEnabled(classed);
  classes_->setEnabled(classed);
  classCountSpin_->setEnabled(style_.renderer == RendererKind::Graduated);
  mode_->setEnabled(style_.renderer == RendererKind::Graduated);
  rampFromButton_->setEnabled(style_.renderer == RendererKind::Graduated);
  rampToButton_->setEnabled(style_.renderer == RendererKind::Graduated);
}

void LayerPropertiesDialog::setRenderer(RendererKind kind) { renderer_->setCurrentIndex(renderer_->findData(int(kind))); }

void LayerPropertiesDialog::setField(const QString& field) {
  const int i = field_->findText(field);
  if (i >= 0) field_->setCurrentIndex(i);
  style_.field = field;
}

int LayerPropertiesDialog::classCount() const { return int(style_.classes.size()); }

void LayerPropertiesDialog::classify() {
  style_.classes.clear();
  if (!layer_->features || style_.field.isEmpty()) {
    refreshClassTable();
    return;
  }
  const AttributeTable& table = layer_->features->attributes();
  const int column = table.fieldIndex(style_.field);
  if (column < 0) {
    refreshClassTable();
    return;
  }
  Symbol base = style_.symbol;
  if (style_.renderer == RendererKind::Categorized) {
    // One class per distinct value, in first-seen order, capped so the legend stays readable.
    QStringList values;
    for (std::size_t r = 0; r < table.rowCount() && values.size() < 40; ++r) {
      const QString v = table.text(r, column);
      if (!values.contains(v)) values << v;
    }
    for (int i = 0; i < values.size(); ++i) {
      StyleClass c;
      c.value = values[i];
      c.labelZh = c.labelEn = values[i].isEmpty() ? tr("(empty)") : values[i];
      c.symbol = base;
      QColor fill = kPalette[i % kPalette.size()];
      fill.setAlpha(base.fill.alpha());
      c.symbol.fill = fill;
      if (layer_->features->featureCount() > 0 && layer_->features->geometryType(0) == GeometryType::Line)
        c.symbol.stroke = kPalette[i % kPalette.size()].darker(130);
      style_.classes.push_back(c);
    }
  } else if (style_.renderer == RendererKind::Graduated) {
    std::vector<double> values;
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
      bool ok = false;
      const double v = table.value(r, column).toDouble(&ok);
      if (ok) values.push_back(v);
    }
    style_.classes = LayerStyle::graduatedClasses(values, classCountSpin_->value(), mode_->currentIndex() == 1, rampFrom_,
                                                  rampTo_, base);
  }
  refreshClassTable();
}

void LayerPropertiesDialog::refreshClassTable() {
  const QSignalBlocker blocker(classes_);
  classes_->setRowCount(int(style_.classes.size()));
  const bool zh = QLocale().name().startsWith(QStringLiteral("zh"));
  for (int i = 0; i < int(style_.classes.size()); ++i) {
    const StyleClass& c = style_.classes[size_t(i)];
    auto* swatch = new QTableWidgetItem;
    swatch->setBackground(c.symbol.fill);
    swatch->setFlags(Qt::ItemIsEnabled);
    swatch->setToolTip(tr("Double-click to change the colour"));
    classes_->setItem(i, 0, swatch);
    const QString value = c.value.isValid() ? c.value.toString() : QStringLiteral("%1 – %2").arg(c.lower).arg(c.upper);
    auto* valueItem = new QTableWidgetItem(value);
    valueItem->setFlags(Qt::ItemIsEnabled);
    classes_->setItem(i, 1, valueItem);
    classes_->setItem(i, 2, new QTableWidgetItem(zh ? (c.labelZh.isEmpty() ? c.labelEn : c.labelZh)
                                                    : (c.labelEn.isEmpty() ? c.labelZh : c.labelEn)));
  }
}

QPushButton* LayerPropertiesDialog::colorButton(QColor* target) {
  auto* button = new QPushButton(this);
  button->setFixedWidth(60);
  paintButton(button, *target);
  connect(button, &QPushButton::clicked, this, [this, button, target] {
    const QColor c = QColorDialog::getColor(*target, this, tr("Choose colour"), QColorDialog::ShowAlphaChannel);
    if (!c.isValid()) return;
    *target = c;
    paintButton(button, c);
  });
  return button;
}

void LayerPropertiesDialog::paintButton(QPushButton* button, const QColor& color) {
  QPixmap pixmap(40, 14);
  pixmap.fill(Qt::white);
  QPainter p(&pixmap);
  p.fillRect(pixmap.rect(), color);
  p.setPen(Qt::gray);
  p.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
  p.end();
  button->setIcon(QIcon(pixmap));
  button->setIconSize(pixmap.size());
}

LayerState LayerPropertiesDialog::state() const {
  LayerState s;
  s.visible = layer_->visible;
  s.opacity = opacity_->value() / 100.0;
  s.title = title_->text().trimmed().isEmpty() ? layer_->title : title_->text().trimmed();
  s.style = style_;
  s.style.renderer = RendererKind(renderer_->currentData().toInt());
  s.style.symbol.strokeWidthMm = strokeWidth_->value();
  s.style.symbol.markerSizeMm = markerSize_->value();
  s.style.labels.field = labelsOn_->isChecked() ? labelField_->currentText() : QString();
  s.style.labels.enabled = labelsOn_->isChecked() && !labelField_->currentText().isEmpty();
  s.style.labels.sizePt = labelSize_->value();
  return s;
}

}  // namespace planmap
