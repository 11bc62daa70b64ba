#include "PlanCatalog.h"
#include "PlanTestPaths.h"
#include "ProgressStore.h"
#include "TargetEvaluator.h"

#include <gtest/gtest.h>

using namespace planmap;

// Each case below is worked by hand from the rule in TargetEvaluator.h:
// expected(now) = baseline + (threshold - baseline) * (now - baselineYear) / (deadline - baselineYear),
// at risk when at most 10% of |expected| worse than that.

namespace {

const PlanCatalog& catalog() {
  static const Result<PlanCatalog> c = PlanCatalog::loadBundled();
  return c.value();
}

const PlanItem& item(const char* id) {
  const PlanItem* p = catalog().itemById(QString::fromUtf8(id));
  EXPECT_NE(p, nullptr) << id;
  static const PlanItem none;
  return p ? *p : none;
}

ProgressRecord rec(const char* target, int year, double value) {
  ProgressRecord r;
  r.target = QString::fromUtf8(target);
  r.year = year;
  r.value = value;
  return r;
}

TargetStatus statusOf(const PlanItem& target, std::vector<ProgressRecord> records, int now) {
  return TargetEvaluator::evaluate(target, std::move(records), now, catalog().effectiveDeadline(target)).status;
}

}  // namespace

// 标准化厂房面积达到500万平方米 by 2025, from 300 in 2020: the pace line asks 420 in 2023.
TEST(TargetEvaluator, FactoryFloorSpaceAgainstALinearPace) {
  const PlanItem& floor = item("c11s5-t02");
  const TargetAssessment onTrack =
      TargetEvaluator::evaluate(floor, {rec("c11s5-t02", 2020, 300), rec("c11s5-t02", 2023, 430)}, 2023, 2025);
  EXPECT_EQ(onTrack.status, TargetStatus::OnTrack);
  EXPECT_DOUBLE_EQ(*onTrack.expected, 420);
  EXPECT_DOUBLE_EQ(*onTrack.threshold, 500);
  EXPECT_EQ(onTrack.baselineYear, 2020);
  EXPECT_EQ(onTrack.latestYear, 2023);
  // Exactly on the line is on track.
  EXPECT_EQ(statusOf(floor, {rec("c11s5-t02", 2020, 300), rec("c11s5-t02", 2023, 420)}, 2023), TargetStatus::OnTrack);
  // 390 is 30 short of 420, within 42 (10%): at risk. 370 is 50 short: behind.
  EXPECT_EQ(statusOf(floor, {rec("c11s5-t02", 2020, 300), rec("c11s5-t02", 2023, 390)}, 2023), TargetStatus::AtRisk);
  EXPECT_EQ(statusOf(floor, {rec("c11s5-t02", 2020, 300), rec("c11s5-t02", 2023, 370)}, 2023), TargetStatus::Behind);
  // 510 in 2024 already meets 达到500.
  EXPECT_EQ(statusOf(floor, {rec("c11s5-t02", 2020, 300), rec("c11s5-t02", 2024, 510)}, 2024), TargetStatus::Achieved);
  // The deadline has passed at 480: behind, however close.
  EXPECT_EQ(statusOf(floor, {rec("c11s5-t02", 2020, 300), rec("c11s5-t02", 2025, 480)}, 2026), TargetStatus::Behind);
  // Judged in 2024 on the 2023 figure of 430: the line asks 460 by now, 430 is within 46: at risk.
  EXPECT_EQ(statusOf(floor, {rec("c11s5-t02", 2020, 300), rec("c11s5-t02", 2023, 430)}, 2024), TargetStatus::AtRisk);
}

TEST(TargetEvaluator, AnExplicitBaselineReplacesTheEarliestRecord) {
  PlanItem floor = item("c11s5-t02");
  floor.baseline = PlanItem::Baseline{2020, 200};
  // Line from 200 (2020) to 500 (2025): 380 in 2023, so 400 is on track even though the only
  // record would, as its own baseline, ask more.
  const TargetAssessment a = TargetEvaluator::evaluate(floor, {rec("c11s5-t02", 2023, 400)}, 2023, 2025);
  EXPECT_DOUBLE_EQ(*a.expected, 380);
  EXPECT_EQ(a.status, TargetStatus::OnTrack);
}

// 地表水国控断面水质达标率保持100%: "保持" means at or above 100% every year.
TEST(TargetEvaluator, KeepingOneHundredPercent) {
  const PlanItem& water = item("c12s2-t02");
  EXPECT_EQ(statusOf(water, {rec("c12s2-t02", 2021, 100)}, 2022), TargetStatus::Achieved);
  // Baseline 100 is the target itself: the line is flat at 100; 95 is within 10 of it.
  const TargetAssessment slipped =
      TargetEvaluator::evaluate(water, {rec("c12s2-t02", 2021, 100), rec("c12s2-t02", 2023, 95)}, 2023, 2025);
  EXPECT_DOUBLE_EQ(*slipped.expected, 100);
  EXPECT_EQ(slipped.status, TargetStatus::AtRisk);
  EXPECT_EQ(statusOf(water, {rec("c12s2-t02", 2021, 100), rec("c12s2-t02", 2023, 85)}, 2023), TargetStatus::Behind);
  // Back to 100 after a bad year: achieved again.
  EXPECT_EQ(statusOf(water, {rec("c12s2-t02", 2022, 85), rec("c12s2-t02", 2023, 100)}, 2023), TargetStatus::Achieved);
}

// 城市空气质量优良天数比例保持在90%以上 has no deadline of its own: judged at the period end, 2025.
TEST(TargetEvaluator, AirQualityWithoutOwnDeadlineUsesThePlanPeriod) {
  const PlanItem& air = item("c12s3-t02");
  ASSERT_EQ(catalog().effectiveDeadline(air), 2025);
  // 2021: 86, 2023: 88. Line 86 -> 90 over 2021..2025 asks 88 in 2023: on track.
  EXPECT_EQ(statusOf(air, {rec("c12s3-t02", 2021, 86), rec("c12s3-t02", 2023, 88)}, 2023), TargetStatus::OnTrack);
  EXPECT_EQ(statusOf(air, {rec("c12s3-t02", 2021, 86), rec("c12s3-t02", 2023, 92.5)}, 2023), TargetStatus::Achieved);
}

// 毛绒玩具文创产业重点镇5—10个: aiming up, the lower end (5) is the promise.
TEST(TargetEvaluator, ARangeCountsFromItsLowerEndWhenAimingUp) {
  const PlanItem& towns = item("c11s2-t02");
  // 1 town in 2021; the line 1 -> 5 over 2021..2025 asks 3 in 2023.
  const TargetAssessment a =
      TargetEvaluator::evaluate(towns, {rec("c11s2-t02", 2021, 1), rec("c11s2-t02", 2023, 3)}, 2023, 2025);
  EXPECT_DOUBLE_EQ(*a.threshold, 5);
  EXPECT_DOUBLE_EQ(*a.expected, 3);
  EXPECT_EQ(a.status, TargetStatus::OnTrack);
  EXPECT_EQ(statusOf(towns, {rec("c11s2-t02", 2021, 1), rec("c11s2-t02", 2023, 2)}, 2023), TargetStatus::Behind);
  EXPECT_EQ(statusOf(towns, {rec("c11s2-t02", 2021, 1), rec("c11s2-t02", 2024, 5)}, 2024), TargetStatus::Achieved);
  EXPECT_EQ(statusOf(towns, {rec("c11s2-t02", 2021, 1), rec("c11s2-t02", 2024, 12)}, 2024), TargetStatus::Achieved);
}

// An "at most" target (以内) from the county catalog fixture: 0.6 in 2020 down to 0.5 by 2025.
TEST(TargetEvaluator, AnAtMostTargetMirrorsThePace) {
  const Result<PlanCatalog> merged = PlanCatalog::loadBundled({plantest::fixture("hanyin_extra.json")});
  ASSERT_TRUE(merged.isOk()) << merged.error().toStdString();
  const PlanItem& energy = *merged->itemById(QStringLiteral("hanyin-t01"));
  const auto at2023 = [&](double v) {
    ProgressRecord r;
    r.target = energy.id;
    r.year = 2023;
    r.value = v;
    r.scope = QStringLiteral("汉阴县");
    return TargetEvaluator::evaluate(energy, {r}, 2023, 2025);
  };
  // Line from the catalog baseline 0.6 (2020) to 0.5 (2025) asks 0.54 in 2023.
  EXPECT_NEAR(*at2023(0.53).expected, 0.54, 1e-12);
  EXPECT_EQ(at2023(0.53).status, TargetStatus::OnTrack);
  EXPECT_EQ(at2023(0.58).status, TargetStatus::AtRisk);  // 0.04 over, within 0.054
  EXPECT_EQ(at2023(0.60).status, TargetStatus::Behind);  // 0.06 over
  EXPECT_EQ(at2023(0.49).status, TargetStatus::Achieved);
}

TEST(TargetEvaluator, NoRecordsMeansNoData) {
  EXPECT_EQ(statusOf(item("c11s5-t03"), {}, 2023), TargetStatus::NoData);
  // Records of other targets and from the future do not count.
  EXPECT_EQ(statusOf(item("c11s5-t03"), {rec("c11s5-t02", 2022, 900), rec("c11s5-t03", 2030, 1200)}, 2023),
            TargetStatus::NoData);
}

TEST(TargetEvaluator, QualitativeTargetsNeedARecordSayingAchieved) {
  const PlanItem& pm25 = item("c12s3-t03");  // 细颗粒物和臭氧浓度明显降低
  ASSERT_FALSE(pm25.quantitative);
  EXPECT_EQ(statusOf(pm25, {rec("c12s3-t03", 2023, 30)}, 2024), TargetStatus::NoData);
  const Result<ProgressStore> store = ProgressStore::load(plantest::fixture("progress.json"));
  ASSERT_TRUE(store.isOk());
  EXPECT_EQ(statusOf(pm25, store->recordsFor(pm25.id), 2024), TargetStatus::Achieved);
  EXPECT_EQ(statusOf(pm25, store->recordsFor(pm25.id), 2023), TargetStatus::NoData);  // recorded in 2024
}

TEST(TargetEvaluator, StatusNamesRoundTrip) {
  for (TargetStatus s : {TargetStatus::Achieved, TargetStatus::OnTrack, TargetStatus::AtRisk, TargetStatus::Behind,
                         TargetStatus::NoData})
    EXPECT_EQ(targetStatusFromString(targetStatusToString(s)), s);
  EXPECT_EQ(targetStatusToString(TargetStatus::OnTrack), QStringLiteral("on_track"));
  EXPECT_FALSE(targetStatusFromString(QStringLiteral("ok")).has_value());
}
