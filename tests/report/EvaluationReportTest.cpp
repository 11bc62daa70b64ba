// EvaluationReport and TargetExplanation: statuses, counts and the words, worked by hand.
#include "EvaluationReport.h"
#include "ReportTestData.h"
#include "TargetExplanation.h"

#include <gtest/gtest.h>

using namespace planmap;

namespace {

const EvaluationReport::Target* find(const EvaluationReport& r, const QString& id) {
  for (const auto& c : r.chapters)
    for (const auto& t : c.targets)
      if (t.verdict.target->id == id) return &t;
  return nullptr;
}

}  // namespace

TEST(TargetExplanation, TheIssuesExample) {
  // 新社区工厂带动就业人数 5万人以上 by 2025; baseline 2.5 (2020): the line asks 4.5 in 2024.
  PlanItem item;
  item.id = QStringLiteral("t");
  item.kind = PlanItemKind::Target;
  item.quantitative = true;
  item.value = 5;
  item.unit = QStringLiteral("万人");
  item.comparator = QStringLiteral("以上");
  item.baseline = PlanItem::Baseline{2020, 2.5};
  ProgressRecord r;
  r.target = item.id;
  r.year = 2024;
  r.value = 3.2;
  const TargetAssessment a = TargetEvaluator::evaluate(item, {r}, 2024, 2025);
  EXPECT_EQ(a.status, TargetStatus::Behind);
  // (4.5 - 3.2) / 4.5 = 28.9%
  EXPECT_EQ(TargetExplanation::describe(item, a, 2024), QStringLiteral("2024年 3.2 万人，按线性进度应达 4.5 万人，落后 29%"));
  // Judged a year later on the same figure: the pace year is named.
  const TargetAssessment later = TargetEvaluator::evaluate(item, {r}, 2025, 2025);
  EXPECT_EQ(TargetExplanation::describe(item, later, 2025), QStringLiteral("2024年 3.2 万人，按线性进度2025年应达 5 万人，落后 36%"));
  // A looser threshold turns the same shortfall yellow.
  EXPECT_EQ(TargetEvaluator::evaluate(item, {r}, 2024, 2025, 0.30).status, TargetStatus::AtRisk);
  EXPECT_EQ(TargetExplanation::warningLevel(TargetStatus::AtRisk), QStringLiteral("yellow"));
  EXPECT_EQ(TargetExplanation::figure(85, QStringLiteral("%")), QStringLiteral("85%"));
  EXPECT_EQ(TargetExplanation::figure(4.0833333, QStringLiteral("万人")), QStringLiteral("4.08 万人"));
}

TEST(EvaluationReport, CountsAndVerdictsFromTheImportedFixtures) {
  auto project = testdata::projectWithFixtureProgress();
  ASSERT_TRUE(project);
  WarningThresholds thresholds;
  const EvaluationReport r = EvaluationReport::build(project->catalog(), project->progress(), thresholds, 2024);
  EXPECT_EQ(r.targetCount(), 44);  // the seed's 40 plus the 4 qualitative targets of issue #16
  int sum = 0;
  for (TargetStatus s : kReportStatuses) sum += r.count(s);
  EXPECT_EQ(sum, r.targetCount());
  // c12s1-t01 (qualitative) was recorded 已完成 in 2024.
  ASSERT_TRUE(find(r, QStringLiteral("c12s1-t01")));
  EXPECT_EQ(find(r, QStringLiteral("c12s1-t01"))->verdict.assessment.status, TargetStatus::Achieved);
  // c11s5-t02: 250 (2020) … 380 (2022, the long sheet), target 500 by 2025; in 2024 the line asks
  // 250 + 250 × 4/5 = 450; 380 is 15.6% short: behind (red).
  const auto* floor = find(r, QStringLiteral("c11s5-t02"));
  ASSERT_TRUE(floor);
  EXPECT_EQ(floor->verdict.assessment.status, TargetStatus::Behind);
  EXPECT_DOUBLE_EQ(*floor->verdict.assessment.expected, 450);
  EXPECT_EQ(floor->verdict.explanation, QStringLiteral("2022年 380 万平方米，按线性进度2024年应达 450 万平方米，落后 16%"));
  EXPECT_TRUE(floor->hasChart());
  // With a 20% threshold for it, the same target is at risk.
  thresholds.setForTarget(QStringLiteral("c11s5-t02"), 0.20);
  const EvaluationReport looser = EvaluationReport::build(project->catalog(), project->progress(), thresholds, 2024);
  EXPECT_EQ(find(looser, QStringLiteral("c11s5-t02"))->verdict.assessment.status, TargetStatus::AtRisk);
  // c11s5-t03 has county figures (汉阴县, 石泉县, 紫阳县).
  const auto* factories = find(r, QStringLiteral("c11s5-t03"));
  ASSERT_TRUE(factories);
  EXPECT_EQ(factories->counties.size(), 3u);
  // The as-of year hides later figures: as of 2021 the qualitative target has no data.
  const EvaluationReport early = EvaluationReport::build(project->catalog(), project->progress(), {}, 2021);
  EXPECT_EQ(find(early, QStringLiteral("c12s1-t01"))->verdict.assessment.status, TargetStatus::NoData);
  // One chapter only.
  const EvaluationReport twelve = EvaluationReport::build(project->catalog(), project->progress(), {}, 2024, 12);
  ASSERT_EQ(twelve.chapters.size(), 1u);
  EXPECT_EQ(twelve.chapters[0].number, 12);
  EXPECT_TRUE(r.sources.contains(QStringLiteral("测试数据（虚构，非真实统计）")));
}
