#include "FeatureDisplayName.h"
#include "GuiFixture.h"
#include "PinyinInitials.h"
#include "SearchIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>

namespace planmap::test {
namespace {

class SearchTest : public GuiFixture {
 protected:
  // The county 宁陕县's extent in the display CRS.
  Extent countyExtent(const QString& name) const {
    const auto counties = window->document()->layer(QStringLiteral("counties"));
    const int field = counties->features->attributes().fieldIndex(QStringLiteral("name_zh"));
    for (std::uint32_t r = 0; r < counties->features->featureCount(); ++r)
      if (counties->features->attributes().text(r, field) == name)
        return window->layerExtent(QStringLiteral("counties"), {r});
    return {};
  }

  void expectZoomedTo(const QString& county) {
    const Extent target = countyExtent(county);
    ASSERT_FALSE(target.isEmpty());
    const Extent view = canvas()->extent();
    EXPECT_TRUE(view.contains(target)) << view.toString().toStdString() << " vs " << target.toString().toStdString();
    // Zoomed to the county, not left at the whole city: the view is at most ~2x the county.
    EXPECT_LT(std::max(view.width() / target.width(), view.height() / target.height()), 2.0);
    EXPECT_FALSE(canvas()->highlights().value(QStringLiteral("counties")).empty());
  }
};

TEST_F(SearchTest, ChineseNameZoomsToTheCounty) {
  ASSERT_TRUE(window->search(QStringLiteral("宁陕")));
  expectZoomedTo(QStringLiteral("宁陕县"));
}

TEST_F(SearchTest, PinyinInitialsZoomToTheCounty) {
  ASSERT_TRUE(window->search(QStringLiteral("nsx")));
  expectZoomedTo(QStringLiteral("宁陕县"));
  ASSERT_TRUE(window->search(QStringLiteral("hbq")));
  expectZoomedTo(QStringLiteral("汉滨区"));
}

TEST_F(SearchTest, FindsParksMinesRiversAndPlanItems) {
  const SearchIndex& index = window->searchIndex();
  auto first = [&](const QString& q) {
    const auto r = index.find(q, 1);
    return r.empty() ? SearchResult{} : r.front();
  };
  EXPECT_EQ(first(QStringLiteral("白河硫铁矿")).layerId, QStringLiteral("mines"));
  EXPECT_EQ(first(QStringLiteral("汉江")).name, QStringLiteral("汉江"));
  EXPECT_EQ(first(QStringLiteral("高新")).layerId, QStringLiteral("parks"));
  // 瀛湖 is a schematic sketch: found by its plain name, shown with the mark of the UI language.
  const SearchResult lake = first(QStringLiteral("yh"));
  EXPECT_EQ(lake.name, FeatureDisplayName::decorate(QStringLiteral("瀛湖"), QStringLiteral("schematic")));
  EXPECT_NE(lake.name, QStringLiteral("瀛湖"));
  EXPECT_EQ(FeatureDisplayName::stripMark(lake.name), QStringLiteral("瀛湖"));
  // The unverified mines say so in the results as well.
  EXPECT_EQ(first(QStringLiteral("白河硫铁矿")).name, FeatureDisplayName::decorate(QStringLiteral("白河硫铁矿"), QStringLiteral("unverified")));
  // A plan target found by its name.
  const auto targets = window->plan().catalog()->itemsOfKind(PlanItemKind::Target);
  ASSERT_FALSE(targets.empty());
  bool found = false;
  for (const SearchResult& r : index.find(targets.front()->name, 30)) found |= r.itemId == targets.front()->id;
  EXPECT_TRUE(found);
}

TEST(PinyinInitials, CountyNamesOfAnkang) {
  const QList<QPair<QString, QString>> expected = {
      {QStringLiteral("汉滨区"), QStringLiteral("hbq")}, {QStringLiteral("宁陕县"), QStringLiteral("nsx")},
      {QStringLiteral("紫阳县"), QStringLiteral("zyx")}, {QStringLiteral("岚皋县"), QStringLiteral("lgx")},
      {QStringLiteral("旬阳市"), QStringLiteral("xys")}, {QStringLiteral("镇坪县"), QStringLiteral("zpx")},
      {QStringLiteral("白河县"), QStringLiteral("bhx")}, {QStringLiteral("石泉县"), QStringLiteral("sqx")},
      {QStringLiteral("汉阴县"), QStringLiteral("hyx")}, {QStringLiteral("平利县"), QStringLiteral("plx")},
      {QStringLiteral("安康市"), QStringLiteral("aks")}, {QStringLiteral("瀛湖"), QStringLiteral("yh")},
      {QStringLiteral("蒿坪河"), QStringLiteral("hph")}};
  for (const auto& [name, initials] : expected) EXPECT_EQ(PinyinInitials::of(name), initials) << name.toStdString();
  EXPECT_EQ(PinyinInitials::of(QStringLiteral("秦岭（核心）A-1")), QStringLiteral("qlhxa1"));
}

TEST(PinyinInitials, EveryHanziInTheBundledNamesHasAnInitial) {
  // Every CJK character of every name in geodata/layers must map to a letter, or search by
  // initials silently misses features.
  int checked = 0;
  for (const char* file : {"counties", "prefecture", "parks", "enclave_parks", "mines", "rivers", "lakes", "basins",
                           "qinling_zones", "national_parks", "enclave_links", "shaanxi"}) {
    QFile f(QStringLiteral(PLANMAP_SOURCE_GEODATA_DIR "/layers/%1.geojson").arg(QLatin1String(file)));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file;
    const QJsonArray features = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray();
    for (const QJsonValue& feature : features) {
      const QString name = feature.toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("name_zh")).toString();
      for (char32_t ch : name.toUcs4()) {
        if (ch < 0x4E00 || ch > 0x9FFF) continue;
        EXPECT_FALSE(PinyinInitials::initialOf(ch).isNull()) << name.toStdString();
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 100);
}

}  // namespace
}  // namespace planmap::test
