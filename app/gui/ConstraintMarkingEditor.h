#pragma once

#include "ConstraintMarking.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace planmap {

class PlanCatalog;

// The "Constraint" tab of a layer's properties: mark the layer as a red line (a county's official
// 秦岭核心保护区, a 饮用水水源保护区 or 生态保护红线 layer) with a name, a severity, per-activity
// severities, a buffer, the plan items it enforces and the document it rests on.
class ConstraintMarkingEditor : public QWidget {
  Q_OBJECT
 public:
  ConstraintMarkingEditor(const std::optional<ConstraintMarking>& marking, const QString& defaultName,
                          const PlanCatalog* catalog, QWidget* parent = nullptr);

  // The marking as edited (nullopt = not a constraint layer). `error` is set, and nullopt returned,
  // when the input cannot be a marking (no name, an unknown plan item).
  std::optional<ConstraintMarking> marking(QString* error = nullptr) const;

  // For tests and scripts.
  void setMarked(bool marked);
  void setConstraintName(const QString& name);
  void setSeverity(Severity severity);
  void setBufferMeters(double metres);

 private:
  void updateEnabled();

  const PlanCatalog* catalog_;
  QCheckBox* marked_;
  QLineEdit* name_;
  QComboBox* severity_;
  QComboBox* mining_;
  QComboBox* quarrying_;
  QComboBox* industry_;
  QDoubleSpinBox* buffer_;
  QLineEdit* planItems_;
  QLineEdit* citation_;
  QLabel* problem_;
};

}  // namespace planmap
