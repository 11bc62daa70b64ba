#pragma once

#include "LinkStore.h"
#include "PlanCatalog.h"
#include "ProgressStore.h"
#include "TargetEvaluator.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace planmap {

class MapDocument;

// The plan side of the window: the catalog, the links between map features and plan items, and
// progress, loaded from geodata/plan/. Answers the two questions the identify panel and the target
// table ask: which plan items is this feature linked to, and which features does this item touch.
class PlanContext {
  Q_DECLARE_TR_FUNCTIONS(planmap::PlanContext)

 public:
  struct LinkedItem {
    const PlanItem* item = nullptr;
    LinkRole role = LinkRole::Implements;
    std::optional<TargetAssessment> assessment;  // targets only
  };

  // Loads what exists; missing optional files (links, progress) are not errors. `errors` collects
  // messages for the message bar.
  static PlanContext loadBundled(QStringList* errors = nullptr);

  bool hasCatalog() const { return catalog_.has_value(); }
  const PlanCatalog* catalog() const { return catalog_ ? &*catalog_ : nullptr; }
  const LinkStore& links() const { return links_; }
  int currentYear() const { return currentYear_; }

  std::vector<LinkedItem> itemsOfFeature(const QString& layerId, const QString& featureKey) const;
  // Rows of every feature linked to `itemId`, per layer of `document`.
  QHash<QString, std::vector<std::uint32_t>> featuresOfItem(const MapDocument& document, const QString& itemId) const;
  TargetAssessment assess(const PlanItem& target) const;

  // Translated words for the UI.
  static QString kindName(PlanItemKind kind);
  static QString roleName(LinkRole role);
  static QString statusName(TargetStatus status);
  static QColor statusColor(TargetStatus status);

 private:
  std::optional<PlanCatalog> catalog_;
  LinkStore links_;
  ProgressStore progress_;
  int currentYear_ = 2025;
};

}  // namespace planmap
