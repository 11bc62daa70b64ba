#include "PanelsPlanTestSupport.h"
#include "PlanLinkEditor.h"
#include "ProgressEditor.h"
#include "TargetCondition.h"
#include "TargetThemeChooser.h"

#include <QLineEdit>
#include <QTemporaryDir>

using namespace planmap;

// What the three editors change is part of the project: it is written to the project file and
// read back as it was (links, progress with source and note, the themed layer style).
TEST(PlanEditsSaved, LinksProgressAndThemeSurviveSavingAndReopeningTheProject) {
  auto project = panelsplan::bundledProject();
  ASSERT_TRUE(project);
  const PlanItem* target = nullptr;
  for (const PlanItem* t : project->catalog().itemsOfKind(PlanItemKind::Target))
    if (!target && t->quantitative && t->deadline && TargetCondition::fromItem(*t)) target = t;
  ASSERT_NE(target, nullptr);
  const auto counties = project->document().layer(QStringLiteral("counties"));
  ASSERT_TRUE(counties);
  const QString county = counties->featureKey(1);

  PlanLinkEditor links(*project);
  links.setFeature(QStringLiteral("counties"), county, QStringLiteral("county"));
  ASSERT_TRUE(links.linkItem(target->id, LinkRole::MonitoredBy)) << links.message().toStdString();

  ProgressEditor progress(*project);
  progress.setCurrentYear(2023);
  progress.setTarget(target->id);
  progress.findChild<QLineEdit*>(QStringLiteral("yearField"))->setText(QStringLiteral("2022"));
  progress.findChild<QLineEdit*>(QStringLiteral("valueField"))->setText(QStringLiteral("3"));
  progress.findChild<QLineEdit*>(QStringLiteral("sourceField"))->setText(QStringLiteral("来源：测试"));
  progress.findChild<QLineEdit*>(QStringLiteral("noteField"))->setText(QStringLiteral("备注：测试"));
  ASSERT_TRUE(progress.submit()) << progress.errorText().toStdString();

  TargetThemeChooser theme(*project);
  theme.setCurrentYear(2023);
  theme.setTarget(target->id);
  theme.setLayer(QStringLiteral("counties"));
  ASSERT_TRUE(theme.applyTheme()) << theme.message().toStdString();
  const LayerStyle themed = project->document().layer(QStringLiteral("counties"))->style;  // the themed version (layers are immutable)

  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("edits.planmap"));
  const Status saved = project->save(path);
  ASSERT_TRUE(saved) << saved.error().toStdString();
  auto reopened = Project::open(path);
  ASSERT_TRUE(reopened.isOk()) << reopened.error().toStdString();
  Project& back = *reopened.value();

  bool linked = false;
  for (const FeatureLink& l : back.links().itemsOfFeature(QStringLiteral("counties"), county))
    linked = linked || (l.item == target->id && l.role == LinkRole::MonitoredBy);
  EXPECT_TRUE(linked);
  const auto record = back.progress().find(target->id, 2022, QStringLiteral("city"));
  ASSERT_TRUE(record.has_value());
  EXPECT_DOUBLE_EQ(*record->value, 3);
  EXPECT_EQ(record->source, QStringLiteral("来源：测试"));
  EXPECT_EQ(record->note, QStringLiteral("备注：测试"));
  const auto backCounties = back.document().layer(QStringLiteral("counties"));
  ASSERT_TRUE(backCounties);
  ASSERT_EQ(backCounties->style.classes.size(), themed.classes.size());
  for (std::size_t i = 0; i < themed.classes.size(); ++i) {
    EXPECT_EQ(backCounties->style.classes[i].otherValues, themed.classes[i].otherValues);
    EXPECT_EQ(backCounties->style.classes[i].labelZh, themed.classes[i].labelZh);
  }
  // Every county still resolves to the class it had.
  for (std::size_t f = 0; f < backCounties->features->featureCount(); ++f) {
    int before = -1, after = -1;
    themed.symbolFor(counties->features->attributes(), f, &before);
    backCounties->style.symbolFor(backCounties->features->attributes(), f, &after);
    EXPECT_EQ(after, before);
    EXPECT_GE(after, 0);
  }
}
