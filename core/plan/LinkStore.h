#pragma once

#include "FeatureLink.h"
#include "Result.h"

#include <QStringList>
#include <vector>

namespace planmap {

class PlanCatalog;

// The links between map features and plan items, queried both ways. Stored as JSON
// ("format": "planmap-links", "version": 1; geodata/plan/FORMAT.md); geodata/plan/bundled_links.json
// ships with the app and a project file may carry its own.
class LinkStore {
 public:
  static constexpr int kSupportedVersion = 1;
  static QString formatName() { return QStringLiteral("planmap-links"); }

  static Result<LinkStore> load(const QString& path);
  static Result<LinkStore> fromJson(const QByteArray& data, const QString& path);
  Status save(const QString& path) const;
  QByteArray toJson() const;

  // False when the same (layer, feature, item, role) is already there.
  bool add(const FeatureLink& link);
  bool remove(const FeatureLink& link);
  // Drops every link of the feature / of the item; returns how many went.
  int removeFeature(const QString& layer, const QString& feature);
  int removeItem(const QString& itemId);

  const std::vector<FeatureLink>& links() const { return links_; }
  int size() const { return int(links_.size()); }

  std::vector<FeatureLink> itemsOfFeature(const QString& layer, const QString& feature) const;
  std::vector<FeatureLink> featuresOfItem(const QString& itemId) const;
  std::vector<FeatureLink> linksOfLayer(const QString& layer) const;
  // Item ids that the catalog does not know (a link file written for another catalog).
  QStringList unresolvedItems(const PlanCatalog& catalog) const;

 private:
  std::vector<FeatureLink> links_;
};

}  // namespace planmap
