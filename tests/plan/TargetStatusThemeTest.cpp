#include "BundledMap.h"
#include "DataPaths.h"
#include "LayerStateCommand.h"
#include "LinkStore.h"
#include "MapDocument.h"
#include "PlanCatalog.h"
#include "PlanTestPaths.h"
#include "ProgressStore.h"
#include "StyleJson.h"
#include "TargetCondition.h"
#include "TargetStatusTheme.h"

#include <QUndoStack>
#include <gtest/gtest.h>

using namespace planmap;

// The theme on the real bundled map, catalog and links. Progress figures are typed in by the tests
// (the bundled data ships none); what each county should show is worked out from the catalog's own
// target (its threshold, direction and scope) and TargetEvaluator, never written down as a table.

namespace {

constexpr int kNow = 2023;

struct Bundled {
  MapDocument document;
  PlanCatalog catalog;
  LinkStore links;
};

Bundled& bundled() {
  static Bundled* b = [] {
    auto* out = new Bundled;
    const Status loaded = BundledMap::loadInto(out->document);
    EXPECT_TRUE(loaded) << loaded.error().toStdString();
    auto catalog = PlanCatalog::loadBundled({plantest::fixture("hanyin_extra.json")});
    EXPECT_TRUE(catalog.isOk()) << catalog.error().toStdString();
    out->catalog = catalog.value();
    auto links = LinkStore::load(DataPaths::geodataFile(QStringLiteral("plan/bundled_links.json")));
    EXPECT_TRUE(links.isOk()) << links.error().toStdString();
    out->links = links.value();
    return out;
  }();
  return *b;
}

// The first quantitative city-wide target of the bundled plan that aims upwards with a deadline.
const PlanItem& cityTarget() {
  for (const PlanItem* item : bundled().catalog.itemsOfKind(PlanItemKind::Target)) {
    if (!item->quantitative || !item->isCityScope() || !item->deadline || !item->value) continue;
    auto condition = TargetCondition::fromItem(*item);
    if (condition && condition->direction() == TargetCondition::Direction::AtLeast && condition->threshold() > 0)
      return *item;
  }
  ADD_FAILURE() << "no quantitative city target in the bundled catalog";
  static const PlanItem none;
  return none;
}

ProgressRecord record(const PlanItem& target, int year, double value, const QString& scope) {
  ProgressRecord r;
  r.target = target.id;
  r.year = year;
  r.value = value;
  r.scope = scope;
  r.source = QStringLiteral("test figure");
  return r;
}

QString stem(QString n) {
  if (n.size() > 2 && QStringLiteral("县区市").contains(n.back())) n.chop(1);
  return n;
}

// What a county should show, from the rule stated in TargetStatusTheme.h.
QString expectedCategory(const PlanItem& target, const ProgressStore& progress, const QString& county) {
  const PlanCatalog& catalog = bundled().catalog;
  if (!target.isCityScope()) {
    bool inScope = false;
    for (const QString& s : target.scope) inScope = inScope || stem(s) == stem(county);
    if (!inScope) return TargetStatusTheme::outOfScopeCategory();
  }
  std::vector<ProgressRecord> own;
  for (const ProgressRecord& r : progress.records())
    if (r.target == target.id && r.scope != QLatin1String("city") && stem(r.scope) == stem(county)) own.push_back(r);
  if (!own.empty())
    return TargetStatusTheme::category(
        TargetEvaluator::evaluate(target, own, kNow, catalog.effectiveDeadline(target)).status);
  return TargetStatusTheme::category(
      TargetEvaluator::evaluate(target, progress.recordsFor(target.id), kNow, catalog.effectiveDeadline(target)).status,
      true);
}

TargetThemeOptions options() {
  TargetThemeOptions o;
  o.currentYear = kNow;
  return o;
}

}  // namespace

TEST(TargetStatusTheme, ColoursEachCountyByItsOwnFiguresElseTheCityWideOne) {
  const auto counties = bundled().document.layer(QStringLiteral("counties"));
  ASSERT_TRUE(counties);
  ASSERT_TRUE(TargetStatusTheme::isCountyLayer(*counties));
  const PlanItem& target = cityTarget();
  const TargetCondition condition = TargetCondition::fromItem(target).value();
  const double t = condition.threshold();

  ProgressStore progress;
  progress.add(record(target, 2021, t * 0.4, QStringLiteral("city")));
  progress.add(record(target, 2023, t * 0.45, QStringLiteral("city")));  // far below the pace: behind
  progress.add(record(target, 2022, t, QStringLiteral("汉阴县")));        // the promise met: achieved
  progress.add(record(target, 2021, t * 0.2, QStringLiteral("石泉")));     // short name; one record: its own baseline
  progress.add(record(target, 2023, t * 0.9, QStringLiteral("石泉")));

  const auto theme = TargetStatusTheme::build(*counties, bundled().catalog, bundled().links, progress, target.id, options());
  ASSERT_TRUE(theme.isOk()) << theme.error().toStdString();
  ASSERT_EQ(theme->features.size(), counties->features->featureCount());
  const int nameField = counties->features->attributes().fieldIndex(QStringLiteral("name_zh"));
  QSet<QString> seen;
  for (std::size_t f = 0; f < counties->features->featureCount(); ++f) {
    const QString county = counties->features->attributes().text(f, nameField);
    const QString key = counties->featureKey(f);
    EXPECT_EQ(theme->categoryOf(key), expectedCategory(target, progress, county)) << county.toStdString();
    seen << theme->categoryOf(key);
    // The style draws the feature with the class of its category, labelled for the legend.
    int classIndex = -1;
    theme->style.symbolFor(counties->features->attributes(), f, &classIndex);
    ASSERT_GE(classIndex, 0) << county.toStdString();
    EXPECT_EQ(theme->style.classes[size_t(classIndex)].labelZh, TargetStatusTheme::labelZh(theme->categoryOf(key)));
  }
  // Three different verdicts, and one legend line each (not one per county).
  EXPECT_EQ(seen.size(), 3);
  EXPECT_EQ(theme->style.classes.size(), 3u);
  EXPECT_TRUE(seen.contains(QStringLiteral("achieved")));
  EXPECT_EQ(theme->cityWide.status, TargetStatus::Behind);

  // Without the fallback, a county with no figures of its own has no data, whatever the city's.
  TargetThemeOptions own = options();
  own.countyFallbackToCity = false;
  const auto strict = TargetStatusTheme::build(*counties, bundled().catalog, bundled().links, progress, target.id, own);
  ASSERT_TRUE(strict.isOk());
  for (std::size_t i = 0; i < strict->features.size(); ++i) {
    const QString fallback = theme->features[i].category;
    EXPECT_EQ(strict->features[i].category,
              fallback.endsWith(QStringLiteral("@city")) ? TargetStatusTheme::category(TargetStatus::NoData) : fallback);
  }
}

TEST(TargetStatusTheme, CountiesOutsideACountyTargetsScopeAreMarkedSo) {
  const auto counties = bundled().document.layer(QStringLiteral("counties"));
  ASSERT_TRUE(counties);
  // hanyin_extra.json adds a county plan whose target names its county in `scope`.
  const PlanItem* target = nullptr;
  for (const PlanItem* item : bundled().catalog.itemsOfKind(PlanItemKind::Target))
    if (!item->isCityScope()) target = item;
  ASSERT_NE(target, nullptr);
  ProgressStore progress;
  const auto theme = TargetStatusTheme::build(*counties, bundled().catalog, bundled().links, progress, target->id, options());
  ASSERT_TRUE(theme.isOk()) << theme.error().toStdString();
  const int nameField = counties->features->attributes().fieldIndex(QStringLiteral("name_zh"));
  int inScope = 0;
  for (std::size_t f = 0; f < counties->features->featureCount(); ++f) {
    const QString county = counties->features->attributes().text(f, nameField);
    const QString expected = expectedCategory(*target, progress, county);
    EXPECT_EQ(theme->categoryOf(counties->featureKey(f)), expected) << county.toStdString();
    if (expected != TargetStatusTheme::outOfScopeCategory()) ++inScope;
  }
  EXPECT_EQ(inScope, target->scope.size());
}

TEST(TargetStatusTheme, OnOtherLayersOnlyLinkedFeaturesGetAStatus) {
  // A target the bundled links tie to a basin (points carry no city-wide targets any more: the
  // Han basin is linked, the 月河 basin is not).
  const auto parks = bundled().document.layer(QStringLiteral("basins"));
  ASSERT_TRUE(parks);
  QString targetId;
  QSet<QString> linkedKeys;
  for (const FeatureLink& l : bundled().links.linksOfLayer(QStringLiteral("basins"))) {
    const PlanItem* item = bundled().catalog.itemById(l.item);
    if (item && item->isTarget() && (targetId.isEmpty() || targetId == l.item)) {
      targetId = l.item;
      linkedKeys << l.feature;
    }
  }
  ASSERT_FALSE(targetId.isEmpty());
  const PlanItem& target = *bundled().catalog.itemById(targetId);
  ProgressStore progress;
  ProgressRecord met;
  met.target = targetId;
  met.year = 2022;
  met.achieved = true;
  progress.add(met);
  const auto theme = TargetStatusTheme::build(*parks, bundled().catalog, bundled().links, progress, targetId, options());
  ASSERT_TRUE(theme.isOk()) << theme.error().toStdString();
  EXPECT_FALSE(theme->countyLayer);
  const TargetStatus cityStatus =
      TargetEvaluator::evaluate(target, progress.records(), kNow, bundled().catalog.effectiveDeadline(target)).status;
  EXPECT_EQ(cityStatus, TargetStatus::Achieved);
  ASSERT_LT(linkedKeys.size(), qsizetype(theme->features.size())) << "some basin must be unlinked for this test";
  for (const ThemedFeature& f : theme->features)
    EXPECT_EQ(f.category, linkedKeys.contains(f.key) ? TargetStatusTheme::category(cityStatus)
                                                      : TargetStatusTheme::notLinkedCategory())
        << f.key.toStdString();
}

TEST(TargetStatusTheme, RefusesNonTargetsAndLayersWithoutKeys) {
  const auto counties = bundled().document.layer(QStringLiteral("counties"));
  ASSERT_TRUE(counties);
  const PlanItem* project = bundled().catalog.itemsOfKind(PlanItemKind::Project).front();
  auto r = TargetStatusTheme::build(*counties, bundled().catalog, bundled().links, {}, project->id, options());
  ASSERT_FALSE(r.isOk());
  EXPECT_TRUE(r.error().contains(project->id)) << r.error().toStdString();
  EXPECT_TRUE(r.error().contains(QStringLiteral("not a target")));
  r = TargetStatusTheme::build(*counties, bundled().catalog, bundled().links, {}, QStringLiteral("nope-t99"), options());
  ASSERT_FALSE(r.isOk());
  EXPECT_TRUE(r.error().contains(QStringLiteral("nope-t99")));
  VectorLayer keyless = *counties;
  keyless.keyField.clear();
  r = TargetStatusTheme::build(keyless, bundled().catalog, bundled().links, {}, cityTarget().id, options());
  ASSERT_FALSE(r.isOk());
  EXPECT_TRUE(r.error().contains(QStringLiteral("key field")));
}

TEST(TargetStatusTheme, StyleSurvivesTheProjectFileAndUndoRestoresTheOldStyle) {
  const auto counties = bundled().document.layer(QStringLiteral("counties"));
  ASSERT_TRUE(counties);
  ProgressStore progress;
  progress.add(record(cityTarget(), 2022, TargetCondition::fromItem(cityTarget())->threshold(), QStringLiteral("汉滨区")));
  const auto theme = TargetStatusTheme::build(*counties, bundled().catalog, bundled().links, progress, cityTarget().id, options());
  ASSERT_TRUE(theme.isOk());
  // Classes with several values are written and read back as they were.
  const auto back = StyleJson::read(StyleJson::write(theme->style), QStringLiteral("test"));
  ASSERT_TRUE(back.isOk()) << back.error().toStdString();
  ASSERT_EQ(back->classes.size(), theme->style.classes.size());
  for (std::size_t i = 0; i < back->classes.size(); ++i) {
    EXPECT_EQ(back->classes[i].value.toString(), theme->style.classes[i].value.toString());
    EXPECT_EQ(back->classes[i].otherValues, theme->style.classes[i].otherValues);
    EXPECT_EQ(back->classes[i].labelZh, theme->style.classes[i].labelZh);
    EXPECT_TRUE(back->classes[i].symbol == theme->style.classes[i].symbol) << i;
  }
  EXPECT_EQ(back->field, theme->style.field);
  bool someClassHasSeveral = false;
  for (const StyleClass& c : back->classes) someClassHasSeveral = someClassHasSeveral || !c.otherValues.isEmpty();
  EXPECT_TRUE(someClassHasSeveral);

  const LayerStyle original = counties->style;
  MapDocument& document = bundled().document;
  const auto current = [&document, &counties] { return document.layer(counties->id); };
  QUndoStack stack;
  stack.push(LayerStateCommand::styleChange(document, counties->id, theme->style, QStringLiteral("theme")));
  EXPECT_TRUE(current()->style == theme->style);
  EXPECT_TRUE(counties->style == original);  // a new layer was swapped in, the old one is untouched
  stack.undo();
  EXPECT_TRUE(current()->style == original);
  stack.redo();
  EXPECT_TRUE(current()->style == theme->style);
  stack.undo();
}
