#include "PlanCatalog.h"

#include "CatalogReader.h"
#include "DataPaths.h"

#include <QFileInfo>

namespace planmap {

QString PlanCatalog::bundledCatalogPath() { return DataPaths::geodataFile(QStringLiteral("plan/ankang_14th_fyp.json")); }

Result<PlanCatalog> PlanCatalog::loadBundled(const QStringList& extraFiles) {
  return load(QStringList{bundledCatalogPath()} + extraFiles);
}

Result<PlanCatalog> PlanCatalog::load(const QStringList& files) {
  PlanCatalog catalog;
  for (const QString& file : files) {
    const Status s = catalog.addFile(file);
    if (!s) return Result<PlanCatalog>::fail(s.error());
  }
  return Result<PlanCatalog>::ok(std::move(catalog));
}

Status PlanCatalog::addFile(const QString& path) {
  Result<CatalogDocument> doc = CatalogReader::readFile(path);
  if (!doc) return Status::fail(doc.error());
  return addDocument(std::move(doc).value());
}

Status PlanCatalog::addDocument(CatalogDocument document) {
  // Check every id first so that a rejected file leaves nothing half-merged.
  for (const PlanItem& item : document.items) {
    const auto it = indexById_.constFind(item.id);
    if (it == indexById_.cend()) continue;
    QString first = items_[*it].sourceFile, second = document.path;
    if (QFileInfo(first).fileName() != QFileInfo(second).fileName()) {
      first = QFileInfo(first).fileName();
      second = QFileInfo(second).fileName();
    }
    return Status::fail(QStringLiteral("duplicate plan item id %1: in %2 and in %3").arg(item.id, first, second));
  }
  for (PlanItem& item : document.items) {
    indexById_.insert(item.id, qsizetype(items_.size()));
    items_.push_back(std::move(item));
  }
  document.items.clear();
  documents_.push_back(std::move(document));
  return Status::ok();
}

const PlanItem* PlanCatalog::itemById(const QString& id) const {
  const auto it = indexById_.constFind(id);
  return it == indexById_.cend() ? nullptr : &items_[*it];
}

std::vector<const PlanItem*> PlanCatalog::itemsOfKind(PlanItemKind kind) const {
  std::vector<const PlanItem*> out;
  for (const PlanItem& item : items_)
    if (item.kind == kind) out.push_back(&item);
  return out;
}

std::vector<const PlanItem*> PlanCatalog::itemsInSection(int chapterNumber, int sectionNumber) const {
  std::vector<const PlanItem*> out;
  for (const PlanItem& item : items_)
    if (item.chapterNumber == chapterNumber && (sectionNumber == 0 || item.sectionNumber == sectionNumber))
      out.push_back(&item);
  return out;
}

std::vector<const PlanItem*> PlanCatalog::search(const QString& needle) const {
  std::vector<const PlanItem*> out;
  const QString n = needle.trimmed();
  if (n.isEmpty()) return out;
  for (const PlanItem& item : items_) {
    if (item.text.contains(n, Qt::CaseInsensitive) || item.name.contains(n, Qt::CaseInsensitive) ||
        item.indicator.contains(n, Qt::CaseInsensitive) || item.topic.contains(n, Qt::CaseInsensitive))
      out.push_back(&item);
  }
  return out;
}

std::vector<const PlanItem*> PlanCatalog::itemsMentioningPlace(const QString& place) const {
  std::vector<const PlanItem*> out;
  for (const PlanItem& item : items_)
    if (item.mentionsPlace(place)) out.push_back(&item);
  return out;
}

int PlanCatalog::effectiveDeadline(const PlanItem& item, int fallback) const {
  if (item.deadline) return *item.deadline;
  for (const CatalogDocument& doc : documents_)
    if (doc.path == item.sourceFile && doc.periodEnd > 0) return doc.periodEnd;
  return fallback;
}

}  // namespace planmap
