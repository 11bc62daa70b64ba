#include "FeatureLink.h"
#include "GeodataFiles.h"

#include <QJsonArray>
#include <QSet>
#include <gtest/gtest.h>

using namespace planmap::test;

namespace {

QSet<QString> catalogItemIds() {
  QSet<QString> ids;
  const QJsonObject catalog = readJsonObject(geodataPath(QStringLiteral("plan/ankang_14th_fyp.json")));
  for (const auto& v : catalog.value(QStringLiteral("items")).toArray()) ids.insert(v.toObject().value(QStringLiteral("id")).toString());
  return ids;
}

QMap<QString, QSet<QString>> featureKeysByLayer() {
  QMap<QString, QSet<QString>> out;
  for (const auto& v : manifest().value(QStringLiteral("layers")).toArray()) {
    const QString id = v.toObject().value(QStringLiteral("id")).toString();
    for (const auto& f : loadLayer(v.toObject().value(QStringLiteral("file")).toString()).features)
      out[id].insert(f.field("pm_id"));
  }
  return out;
}

}  // namespace

TEST(BundledLinks, EveryLinkResolvesToACatalogItemAndABundledFeature) {
  QString error;
  const QJsonObject links = readJsonObject(geodataPath(QStringLiteral("plan/bundled_links.json")), &error);
  ASSERT_FALSE(links.isEmpty()) << error.toStdString();
  EXPECT_EQ(links.value(QStringLiteral("format")).toString(), QStringLiteral("planmap-links"));
  EXPECT_EQ(links.value(QStringLiteral("version")).toInt(), 1);
  const QSet<QString> items = catalogItemIds();
  ASSERT_GT(items.size(), 100) << "plan catalog missing or empty";
  const auto features = featureKeysByLayer();
  // implements, located_in, monitored_by, origin_county (an enclave's origin; see LinkTruthTest).
  const QJsonArray list = links.value(QStringLiteral("links")).toArray();
  ASSERT_GT(list.size(), 50);
  QSet<QString> seen;
  for (const auto& v : list) {
    const QJsonObject l = v.toObject();
    const QString layer = l.value(QStringLiteral("layer")).toString();
    const QString feature = l.value(QStringLiteral("feature")).toString();
    const QString item = l.value(QStringLiteral("item")).toString();
    const QString text = layer + QLatin1Char('/') + feature + QStringLiteral(" -> ") + item;
    EXPECT_TRUE(items.contains(item)) << "unknown item: " << text.toStdString();
    EXPECT_TRUE(features.value(layer).contains(feature)) << "unknown feature: " << text.toStdString();
    EXPECT_TRUE(planmap::linkRoleFromString(l.value(QStringLiteral("role")).toString()).has_value()) << text.toStdString();
    EXPECT_FALSE(seen.contains(text)) << "duplicate: " << text.toStdString();
    seen.insert(text);
  }
}

// The map is there to show the plan: every park, enclave, mine and basin must lead to plan items.
TEST(BundledLinks, EveryParkEnclaveMineAndBasinIsLinked) {
  const QJsonArray list = readJsonObject(geodataPath(QStringLiteral("plan/bundled_links.json")))
                              .value(QStringLiteral("links")).toArray();
  QSet<QString> linked;
  for (const auto& v : list)
    linked.insert(v.toObject().value(QStringLiteral("layer")).toString() + QLatin1Char('/') +
                  v.toObject().value(QStringLiteral("feature")).toString());
  const auto features = featureKeysByLayer();
  for (const char* layer : {"parks", "enclave_parks", "mines", "basins", "basin_markers", "hydropower", "qinling_zones",
                            "national_parks"}) {
    ASSERT_TRUE(features.contains(QLatin1String(layer))) << layer;
    for (const QString& key : features.value(QLatin1String(layer)))
      EXPECT_TRUE(linked.contains(QLatin1String(layer) + QLatin1Char('/') + key)) << layer << "/" << key.toStdString();
  }
}
