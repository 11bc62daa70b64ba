#include "BundledMap.h"

#include "DataPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

QJsonObject manifest() {
  QFile file(DataPaths::geodataFile("bundled_map.json"));
  EXPECT_TRUE(file.open(QIODevice::ReadOnly));
  return QJsonDocument::fromJson(file.readAll()).object();
}

}  // namespace

TEST(BundledMap, LoadsEveryLayerOfTheManifestInOrderWithGroups) {
  const QString path = DataPaths::geodataFile("bundled_map.json");
  if (!QFile::exists(path)) GTEST_SKIP() << "no geodata/bundled_map.json";
  const QJsonObject json = manifest();
  MapDocument doc;
  const Status status = BundledMap::loadInto(doc);
  ASSERT_TRUE(status.isOk()) << status.error().toStdString();
  EXPECT_EQ(doc.title(), json.value("title").toString());

  const QJsonArray entries = json.value("layers").toArray();
  ASSERT_EQ(doc.layers().size(), static_cast<std::size_t>(entries.size()));
  QSet<QString> groups;
  for (int i = 0; i < entries.size(); ++i) {
    const QJsonObject entry = entries[i].toObject();
    const VectorLayer& layer = *doc.layers()[static_cast<std::size_t>(i)];
    SCOPED_TRACE(layer.id.toStdString());
    EXPECT_EQ(layer.id, entry.value("id").toString());  // bottom first, as listed
    EXPECT_EQ(layer.title, entry.value("title_zh").toString());
    EXPECT_EQ(layer.group, entry.value("group").toString());
    EXPECT_EQ(layer.keyField, entry.value("key_field").toString());
    ASSERT_TRUE(layer.features);
    if (entry.contains("feature_count")) {
      EXPECT_EQ(static_cast<int>(layer.features->featureCount()), entry.value("feature_count").toInt());
    }
    EXPECT_TRUE(layer.crs.isValid());
    // Every feature is reachable by its stable key.
    if (!layer.keyField.isEmpty() && layer.features->featureCount() > 0) {
      const QString key = layer.featureKey(0);
      EXPECT_FALSE(key.isEmpty());
      EXPECT_EQ(layer.rowOfKey(key), 0);
    }
    if (entry.value("attribution").isArray() && !entry.value("attribution").toArray().isEmpty()) {
      EXPECT_FALSE(layer.attribution.isEmpty());
    }
    if (!entry.value("label_field").toString().isEmpty()) {
      EXPECT_FALSE(layer.style.labels.field.isEmpty());
    }
    groups.insert(layer.group);
  }
  for (const QJsonValue& g : json.value("groups").toArray()) EXPECT_TRUE(groups.contains(g.toString())) << g.toString().toStdString();
  EXPECT_FALSE(doc.fullExtent().isEmpty());
}

TEST(BundledMap, MissingLayerFileFailsAndLeavesTheDocumentAlone) {
  const QString path = DataPaths::geodataFile("bundled_map.json");
  if (!QFile::exists(path)) GTEST_SKIP() << "no geodata/bundled_map.json";
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  QJsonObject json = manifest();
  QJsonArray layers = json.value("layers").toArray();
  ASSERT_GE(layers.size(), 2);
  // The first layer points into the real geodata folder; the second at a file that is not there.
  QJsonObject first = layers[0].toObject();
  first["file"] = QDir(DataPaths::geodataDir()).filePath(first.value("file").toString());
  layers[0] = first;
  QJsonObject second = layers[1].toObject();
  second["file"] = "layers/vanished.geojson";
  layers[1] = second;
  QJsonArray kept{layers[0], layers[1]};
  json["layers"] = kept;
  json.remove("attribution_file");
  const QString copy = dir.filePath("bundled_map.json");
  QFile out(copy);
  ASSERT_TRUE(out.open(QIODevice::WriteOnly));
  out.write(QJsonDocument(json).toJson());
  out.close();

  MapDocument doc;
  const Status status = BundledMap::loadInto(doc, copy);
  ASSERT_FALSE(status.isOk());
  EXPECT_TRUE(status.error().contains("bundled_map.json")) << status.error().toStdString();
  EXPECT_TRUE(status.error().contains("vanished.geojson")) << status.error().toStdString();
  EXPECT_TRUE(doc.layers().empty());
}

TEST(BundledMap, RejectsAFileThatIsNotAManifest) {
  QTemporaryDir dir;
  const QString path = dir.filePath("bundled_map.json");
  QFile out(path);
  ASSERT_TRUE(out.open(QIODevice::WriteOnly));
  out.write("{\"format\": \"something-else\", \"version\": 1, \"layers\": []}");
  out.close();
  MapDocument doc;
  Status status = BundledMap::loadInto(doc, path);
  ASSERT_FALSE(status.isOk());
  EXPECT_TRUE(status.error().startsWith("bundled_map.json: not a PlanMap bundled map")) << status.error().toStdString();
  status = BundledMap::loadInto(doc, dir.filePath("absent.json"));
  ASSERT_FALSE(status.isOk());
  EXPECT_TRUE(status.error().contains("absent.json: file not found"));
}
