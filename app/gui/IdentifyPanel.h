#pragma once

#include "FeatureIdentifier.h"

#include <QWidget>
#include <vector>

class QLabel;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace planmap {

class BundledMetadata;
class MapDocument;
class PlanContext;

// The identify dock: the features under the click (one entry per layer hit), the chosen feature's
// attributes with readable field names, where it comes from (source, licence, accuracy — schematic
// and unverified positions shown in colour so nobody mistakes a sketch for a survey), and the plan
// projects and targets linked to it with their progress status.
class IdentifyPanel : public QWidget {
  Q_OBJECT
 public:
  IdentifyPanel(MapDocument* document, const PlanContext* plan, const BundledMetadata* metadata, QWidget* parent = nullptr);

  void showHits(const std::vector<IdentifyHit>& hits);
  void clear();
  const std::vector<IdentifyHit>& hits() const { return hits_; }
  // The feature whose details are shown (index into hits()), -1 when none.
  int currentHit() const { return current_; }
  void setCurrentHit(int index);
  // Shows the current feature again (its plan links or progress changed).
  void refresh();
  // Plan item ids listed for the current feature, in display order.
  QStringList linkedItemIds() const;
  QString accuracyText() const;
  QTableWidget* attributeTable() const { return attributes_; }

 Q_SIGNALS:
  // The user picked another hit: highlight it on the map.
  void featureSelected(const QString& layerId, std::uint32_t row);
  // The user clicked a linked plan item: highlight every feature linked to it.
  void planItemActivated(const QString& itemId);

 private:
  void showFeature(int index);

  MapDocument* document_;
  const PlanContext* plan_;
  const BundledMetadata* metadata_;
  std::vector<IdentifyHit> hits_;
  int current_ = -1;
  QTreeWidget* hitList_;
  QTableWidget* attributes_;
  QLabel* provenance_;
  QLabel* accuracy_;
  QTreeWidget* links_;
};

}  // namespace planmap
