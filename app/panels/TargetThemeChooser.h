#pragma once

#include "LayerStyle.h"
#include "Result.h"
#include "TargetStatusTheme.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace planmap {

class Project;

// Picks a target and a layer, previews the target-status theme (TargetStatusTheme: each county, or
// each feature linked to the target, coloured by where the target stands there) as a legend with
// counts, and applies it to the layer as one LayerStateCommand on project.undoStack() — Undo gives
// the layer its previous style back. The preview follows the project's links and progress.
class TargetThemeChooser : public QWidget {
  Q_OBJECT
 public:
  explicit TargetThemeChooser(Project& project, QWidget* parent = nullptr);

  QString targetId() const;
  QString layerId() const;
  int currentYear() const { return currentYear_; }
  void setCurrentYear(int year);

  // The theme for the chosen target and layer, with the options shown.
  Result<TargetTheme> buildTheme() const;
  // Builds and pushes the style; false (message shown) when the theme cannot be built.
  bool applyTheme();
  QString message() const;

 public Q_SLOTS:
  void setTarget(const QString& targetId);
  void setLayer(const QString& layerId);
  // Re-reads the catalog's targets and the document's layers (after a catalog or layer is added).
  void reload();

 Q_SIGNALS:
  // After each preview: the style the Apply button would set.
  void styleReady(const QString& layerId, const planmap::LayerStyle& style);
  void themeApplied(const QString& layerId, const QString& targetId);

 private:
  void fillLayers();
  void refreshPreview();

  Project& project_;
  int currentYear_;
  QComboBox* target_ = nullptr;
  QComboBox* layer_ = nullptr;
  QCheckBox* cityFallback_ = nullptr;
  QLabel* cityStatus_ = nullptr;
  QTreeWidget* legend_ = nullptr;
  QPushButton* apply_ = nullptr;
  QLabel* message_ = nullptr;
};

}  // namespace planmap
