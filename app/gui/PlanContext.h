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
class Project;

// The plan side of the window, read from the open Project (its catalog, feature↔plan links and
// progress records). Answers the two questions the identify panel and the target table ask: which
// plan items is this feature linked to, and which features does this item touch. Holds no data of
// its own, so edits to the project's links and progress show up on the next question.
class PlanContext {
  Q_DECLARE_TR_FUNCTIONS(planmap::PlanContext)

 public:
  struct LinkedItem {
    const PlanItem* item = nullptr;
    LinkRole role = LinkRole::Implements;
    std::optional<TargetAssessment> assessment;  // targets only
  };

  explicit PlanContext(const Project* project);

  bool hasCatalog() const;
  const PlanCatalog* catalog() const;
  const LinkStore& links() const;
  const ProgressStore& progress() const;
  int currentYear() const { return currentYear_; }
  void setCurrentYear(int year) { currentYear_ = year; }

  std::vector<LinkedItem> itemsOfFeature(const QString& layerId, const QString& featureKey) const;
  // Rows of every feature linked to `itemId`, per layer of `document`.
  QHash<QString, std::vector<std::uint32_t>> featuresOfItem(const MapDocument& document, const QString& itemId) const;
  // Judged at currentYear() with the project's warning threshold for the target.
  TargetAssessment assess(const PlanItem& target) const;
  // The words behind the status (TargetExplanation, as in the report): "2024年 3.2 万人，…落后 22%".
  QString explain(const PlanItem& target, const TargetAssessment& assessment) const;

  // Translated words for the UI.
  static QString kindName(PlanItemKind kind);
  static QString roleName(LinkRole role);
  static QString statusName(TargetStatus status);
  static QColor statusColor(TargetStatus status);

 private:
  const Project* project_;
  int currentYear_;
};

}  // namespace planmap
