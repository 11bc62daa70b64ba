#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace planmap {

class MapDocument;
class PlanContext;

struct SearchResult {
  QString name;      // 汉滨区, 安康高新技术产业开发区, or a plan item's name
  QString kindLabel; // the layer title, or 规划目标 / 规划项目
  QString layerId;   // feature results
  std::int64_t row = -1;
  QString itemId;    // plan-item results
  int score = 0;
};

// Finds counties, parks, mines, rivers … and plan targets/projects by Chinese name or by pinyin
// initials ("hbq" → 汉滨区, "nsx" → 宁陕县). Built from the document's layers (name_zh / name /
// plan_name fields) and the plan catalog; rebuild when layers change.
class SearchIndex {
 public:
  void rebuild(const MapDocument& document, const PlanContext* plan);
  // Best first: exact > prefix > contains, features before plan items, counties before other layers.
  std::vector<SearchResult> find(const QString& query, int limit = 15) const;
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    SearchResult result;
    QString key;        // lower-cased name
    QString initials;   // pinyin initials
    QString alias;      // plan_name etc.
    int priority = 0;   // kind rank: lower = better
  };
  std::vector<Entry> entries_;
};

}  // namespace planmap
