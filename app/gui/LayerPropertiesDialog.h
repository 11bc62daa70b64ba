#pragma once

#include "ConstraintMarking.h"
#include "LayerStateCommand.h"
#include "LayerStyle.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace planmap {

class ConstraintMarkingEditor;
class PlanCatalog;
struct VectorLayer;

// Layer properties: title, opacity, and the style editor — single symbol, categorized (one class
// per value of a field) or graduated (equal-interval or quantile classes of a numeric field with a
// colour ramp) — labels on a field, and the layer's marking as a constraint (red line). Produces a
// LayerState and a marking; the window applies them as one undo step.
class LayerPropertiesDialog : public QDialog {
  Q_OBJECT
 public:
  LayerPropertiesDialog(std::shared_ptr<const VectorLayer> layer, QWidget* parent = nullptr,
                        const std::optional<ConstraintMarking>& marking = std::nullopt, const PlanCatalog* catalog = nullptr);
  LayerState state() const;
  // The constraint marking as edited (nullopt = not a constraint layer).
  std::optional<ConstraintMarking> marking() const;
  ConstraintMarkingEditor* constraintEditor() const { return constraint_; }
  void accept() override;

  // Editing entry points (also used by tests).
  void setRenderer(RendererKind kind);
  void setField(const QString& field);
  void classify();  // rebuild classes for the current renderer and field
  int classCount() const;

 private:
  void loadFromStyle();
  void refreshClassTable();
  void updateEnabled();
  QPushButton* colorButton(QColor* target);
  static void paintButton(QPushButton* button, const QColor& color);

  std::shared_ptr<const VectorLayer> layer_;
  LayerStyle style_;
  QLineEdit* title_;
  QSlider* opacity_;
  QComboBox* renderer_;
  QComboBox* field_;
  QPushButton* fill_;
  QPushButton* stroke_;
  QDoubleSpinBox* strokeWidth_;
  QDoubleSpinBox* markerSize_;
  QSpinBox* classCountSpin_;
  QComboBox* mode_;
  QColor rampFrom_{255, 255, 204};
  QColor rampTo_{189, 0, 38};
  QPushButton* rampFromButton_;
  QPushButton* rampToButton_;
  QTableWidget* classes_;
  QCheckBox* labelsOn_;
  QComboBox* labelField_;
  QDoubleSpinBox* labelSize_;
  QPushButton* labelColor_;
  ConstraintMarkingEditor* constraint_;
};

}  // namespace planmap
