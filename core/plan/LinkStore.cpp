#include "LinkStore.h"

#include "JsonFields.h"
#include "PlanCatalog.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace planmap {

Result<LinkStore> LinkStore::load(const QString& path) {
  Result<QByteArray> data = JsonFields::readFile(path);
  if (!data) return Result<LinkStore>::fail(data.error());
  return fromJson(data.value(), path);
}

Result<LinkStore> LinkStore::fromJson(const QByteArray& data, const QString& path) {
  const QString name = QFileInfo(path).fileName();
  Result<QJsonArray> array = JsonFields::parseVersionedArray(data, name, formatName(), kSupportedVersion, QStringLiteral("links"));
  if (!array) return Result<LinkStore>::fail(array.error());
  LinkStore store;
  const QJsonArray& links = array.value();
  for (int i = 0; i < links.size(); ++i) {
    JsonFields f(links.at(i).toObject(), QStringLiteral("%1: link #%2").arg(name).arg(i));
    if (!links.at(i).isObject()) f.fail(QStringLiteral("layer"), QStringLiteral("is missing (the link is not an object)"));
    FeatureLink link;
    link.layer = f.requiredString(QStringLiteral("layer"));
    link.feature = f.requiredString(QStringLiteral("feature"));
    link.item = f.requiredString(QStringLiteral("item"));
    const QString role = f.requiredString(QStringLiteral("role"));
    if (f.ok()) {
      if (const auto r = linkRoleFromString(role)) link.role = *r;
      else f.fail(QStringLiteral("role"), QStringLiteral("must be one of %1, got \"%2\"")
                                                .arg(QStringLiteral("\"%1\"").arg(linkRoleNames().join(QStringLiteral("\", \""))), role));
    }
    if (!f.ok()) return Result<LinkStore>::fail(f.error());
    store.add(link);  // a repeated line is harmless; keep one
  }
  return Result<LinkStore>::ok(std::move(store));
}

QByteArray LinkStore::toJson() const {
  QJsonArray links;
  for (const FeatureLink& l : links_) {
    links.append(QJsonObject{{QStringLiteral("layer"), l.layer},
                             {QStringLiteral("feature"), l.feature},
                             {QStringLiteral("item"), l.item},
                             {QStringLiteral("role"), linkRoleToString(l.role)}});
  }
  const QJsonObject root{{QStringLiteral("format"), formatName()},
                         {QStringLiteral("version"), kSupportedVersion},
                         {QStringLiteral("links"), links}};
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status LinkStore::save(const QString& path) const {
  return JsonFields::writeFile(path, toJson());
}

bool LinkStore::add(const FeatureLink& link) {
  if (std::find(links_.begin(), links_.end(), link) != links_.end()) return false;
  links_.push_back(link);
  return true;
}

bool LinkStore::remove(const FeatureLink& link) {
  const auto it = std::find(links_.begin(), links_.end(), link);
  if (it == links_.end()) return false;
  links_.erase(it);
  return true;
}

int LinkStore::removeFeature(const QString& layer, const QString& feature) {
  return int(std::erase_if(links_, [&](const FeatureLink& l) { return l.layer == layer && l.feature == feature; }));
}

int LinkStore::removeItem(const QString& itemId) {
  return int(std::erase_if(links_, [&](const FeatureLink& l) { return l.item == itemId; }));
}

std::vector<FeatureLink> LinkStore::itemsOfFeature(const QString& layer, const QString& feature) const {
  std::vector<FeatureLink> out;
  std::copy_if(links_.begin(), links_.end(), std::back_inserter(out),
               [&](const FeatureLink& l) { return l.layer == layer && l.feature == feature; });
  return out;
}

std::vector<FeatureLink> LinkStore::featuresOfItem(const QString& itemId) const {
  std::vector<FeatureLink> out;
  std::copy_if(links_.begin(), links_.end(), std::back_inserter(out),
               [&](const FeatureLink& l) { return l.item == itemId; });
  return out;
}

std::vector<FeatureLink> LinkStore::linksOfLayer(const QString& layer) const {
  std::vector<FeatureLink> out;
  std::copy_if(links_.begin(), links_.end(), std::back_inserter(out),
               [&](const FeatureLink& l) { return l.layer == layer; });
  return out;
}

QStringList LinkStore::unresolvedItems(const PlanCatalog& catalog) const {
  QStringList out;
  for (const FeatureLink& l : links_)
    if (!catalog.itemById(l.item) && !out.contains(l.item)) out << l.item;
  return out;
}

}  // namespace planmap
