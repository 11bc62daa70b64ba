// The one display-name function: fallbacks, the accuracy marks in both UI languages, and the
// guarantee that a mark is added once and can be taken off again.

#include "FeatureDisplayName.h"
#include "FeatureStoreBuilder.h"

#include <gtest/gtest.h>

using namespace planmap;

namespace {

std::shared_ptr<const FeatureStore> named() {
  FeatureStoreBuilder b({{QStringLiteral("label"), QMetaType::QString},
                         {QStringLiteral("name_zh"), QMetaType::QString},
                         {QStringLiteral("NAME"), QMetaType::QString},
                         {QStringLiteral("accuracy"), QMetaType::QString}});
  const struct {
    const char *label, *zh, *name, *accuracy;
  } rows[] = {{"", "白河硫铁矿", "Baihe", "unverified"},
              {"", "瀛湖", "Yinghu", "schematic"},
              {"", "汉滨区", "Hanbin", "approximate"},
              {"", "", "Fallback", "schematic"},
              {"标注", "名称", "Name", ""},
              {"", "", "", "schematic"}};
  std::int64_t fid = 0;
  for (const auto& r : rows) {
    const double xy[] = {0, 0};
    b.beginFeature(++fid, GeometryType::Point);
    b.addPart(xy, 1, false);
    std::vector<QVariant> values{QString::fromUtf8(r.label), QString::fromUtf8(r.zh), QString::fromUtf8(r.name),
                                 QString::fromUtf8(r.accuracy)};
    b.endFeature(values);
  }
  return b.finish();
}

}  // namespace

TEST(FeatureDisplayName, MarksSchematicAndUnverifiedFeaturesInBothLanguages) {
  const auto store = named();
  const FeatureDisplayName zh(store->attributes(), {}, FeatureDisplayName::Language::Chinese);
  EXPECT_EQ(zh.displayName(0), QStringLiteral("白河硫铁矿（位置待核实）"));
  EXPECT_EQ(zh.displayName(1), QStringLiteral("瀛湖（示意）"));
  EXPECT_EQ(zh.displayName(2), QStringLiteral("汉滨区"));  // approximate: real geometry, no mark
  EXPECT_EQ(zh.plainName(0), QStringLiteral("白河硫铁矿"));
  const FeatureDisplayName en(store->attributes(), {}, FeatureDisplayName::Language::English);
  EXPECT_EQ(en.displayName(0), QStringLiteral("白河硫铁矿 (location unverified)"));
  EXPECT_EQ(en.displayName(1), QStringLiteral("瀛湖 (schematic)"));
}

TEST(FeatureDisplayName, FallsBackThroughTheNameFieldsAndPrefersTheLabelField) {
  const auto store = named();
  const FeatureDisplayName zh(store->attributes(), {}, FeatureDisplayName::Language::Chinese);
  EXPECT_EQ(zh.displayName(3), QStringLiteral("Fallback（示意）"));  // name_zh empty -> NAME
  EXPECT_EQ(zh.displayName(5), QString());                         // no name at all: nothing to mark
  const FeatureDisplayName labelled(store->attributes(), QStringLiteral("label"), FeatureDisplayName::Language::Chinese);
  EXPECT_EQ(labelled.plainName(4), QStringLiteral("标注"));
  EXPECT_EQ(labelled.plainName(0), QStringLiteral("白河硫铁矿"));  // empty label -> name_zh
  EXPECT_EQ(labelled.primaryNameField(), store->attributes().fieldIndex(QStringLiteral("label")));
}

TEST(FeatureDisplayName, AMarkIsAddedOnceAndCanBeStripped) {
  using L = FeatureDisplayName::Language;
  const QString once = FeatureDisplayName::decorate(QStringLiteral("国家公园"), QStringLiteral("schematic"), L::Chinese);
  EXPECT_EQ(FeatureDisplayName::decorate(once, QStringLiteral("schematic"), L::Chinese), once);
  EXPECT_EQ(FeatureDisplayName::stripMark(once), QStringLiteral("国家公园"));
  EXPECT_EQ(FeatureDisplayName::stripMark(QStringLiteral("Mine (location unverified)")), QStringLiteral("Mine"));
  EXPECT_EQ(FeatureDisplayName::markFor(QStringLiteral("surveyed"), L::Chinese), QString());
  EXPECT_NE(FeatureDisplayName::markFor(QStringLiteral("schematic"), L::Chinese),
            FeatureDisplayName::markFor(QStringLiteral("unverified"), L::Chinese));
}
