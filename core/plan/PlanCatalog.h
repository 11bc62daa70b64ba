#pragma once

#include "CatalogDocument.h"
#include "PlanItem.h"
#include "Result.h"

#include <QHash>
#include <QStringList>
#include <vector>

namespace planmap {

// All plan items the application knows: the bundled catalog plus any catalogs the user adds
// (other chapters, county plans). Item ids are global; the same id in two files is an error that
// names both files. Returned pointers stay valid until the next add.
class PlanCatalog {
 public:
  // geodata/plan/ankang_14th_fyp.json, found through DataPaths.
  static QString bundledCatalogPath();
  // The bundled catalog followed by `extraFiles`, merged.
  static Result<PlanCatalog> loadBundled(const QStringList& extraFiles = {});
  static Result<PlanCatalog> load(const QStringList& files);

  // Reads and merges one file; on error the catalog is left unchanged.
  Status addFile(const QString& path);
  Status addDocument(CatalogDocument document);

  const std::vector<PlanItem>& items() const { return items_; }
  // Metadata of the merged files, in the order added (their `items` are empty here).
  const std::vector<CatalogDocument>& documents() const { return documents_; }
  int size() const { return int(items_.size()); }
  bool isEmpty() const { return items_.empty(); }

  const PlanItem* itemById(const QString& id) const;
  std::vector<const PlanItem*> itemsOfKind(PlanItemKind kind) const;
  // sectionNumber 0 = the whole chapter.
  std::vector<const PlanItem*> itemsInSection(int chapterNumber, int sectionNumber = 0) const;
  // Case-insensitive substring search in text, name, indicator and topic ("污水", "汉江").
  std::vector<const PlanItem*> search(const QString& needle) const;
  // Items whose places name `place` (see PlanItem::mentionsPlace).
  std::vector<const PlanItem*> itemsMentioningPlace(const QString& place) const;
  // The year a target is judged against: its own deadline, else the last year of its catalog's
  // period, else `fallback`.
  int effectiveDeadline(const PlanItem& item, int fallback = 2025) const;

 private:
  std::vector<PlanItem> items_;
  std::vector<CatalogDocument> documents_;
  QHash<QString, qsizetype> indexById_;
};

}  // namespace planmap
