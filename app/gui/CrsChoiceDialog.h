#pragma once

#include "CrsInference.h"
#include "Extent.h"

#include <QDialog>
#include <QPolygonF>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;

namespace planmap {

// Asked when a dataset's CRS cannot be decided (no .prj, coordinates fit several CRSs or none):
// lists the candidates with their reasons and previews where each would put the data relative to
// Ankang's outline, so the planner picks the one that lands on the county, not in the sea.
class CrsChoiceDialog : public QDialog {
  Q_OBJECT
 public:
  // `nativeExtent`: the data's extent in its raw coordinates; `ankangOutline`: rings in lon/lat.
  CrsChoiceDialog(const QString& datasetName, const std::vector<CrsCandidate>& candidates, const Extent& nativeExtent,
                  const std::vector<QPolygonF>& ankangOutline, QWidget* parent = nullptr);

  Crs selectedCrs() const;
  // The preview image for candidate `index` (-1: the typed CRS), for tests and the dialog.
  QImage preview(int index) const;
  // Where candidate `index` puts the data, in lon/lat (empty when it cannot be transformed).
  Extent landingExtent(const Crs& crs) const;

 private:
  void updatePreview();

  std::vector<CrsCandidate> candidates_;
  Extent nativeExtent_;
  std::vector<QPolygonF> outline_;
  QListWidget* list_;
  QLineEdit* custom_;
  QLabel* previewLabel_;
  QLabel* info_;
};

}  // namespace planmap
