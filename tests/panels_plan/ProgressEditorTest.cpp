#include "PanelsPlanTestSupport.h"
#include "ProgressEditor.h"
#include "TargetCondition.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace planmap;

namespace {

constexpr int kNow = 2023;

// A quantitative city-wide target of the bundled plan with a deadline, aiming upwards.
const PlanItem* quantitativeTarget(const Project& project) {
  for (const PlanItem* t : project.catalog().itemsOfKind(PlanItemKind::Target)) {
    if (!t->quantitative || !t->isCityScope() || !t->deadline) continue;
    const auto condition = TargetCondition::fromItem(*t);
    if (condition && condition->direction() == TargetCondition::Direction::AtLeast && condition->threshold() > 0) return t;
  }
  return nullptr;
}

TargetStatus evaluatorSays(const Project& project, const PlanItem& target) {
  return TargetEvaluator::evaluate(target, project.progress().recordsFor(target.id), kNow,
                                   project.catalog().effectiveDeadline(target))
      .status;
}

struct Form {
  QLineEdit* year;
  QLineEdit* value;
  QCheckBox* achieved;
  QLineEdit* source;
  QLineEdit* note;
  QPushButton* save;
  QPushButton* remove;
  QLabel* error;
  QLabel* status;
  QTreeWidget* records;
};

Form formOf(ProgressEditor& e) {
  return {e.findChild<QLineEdit*>(QStringLiteral("yearField")),     e.findChild<QLineEdit*>(QStringLiteral("valueField")),
          e.findChild<QCheckBox*>(QStringLiteral("achievedCheck")), e.findChild<QLineEdit*>(QStringLiteral("sourceField")),
          e.findChild<QLineEdit*>(QStringLiteral("noteField")),     e.findChild<QPushButton*>(QStringLiteral("saveButton")),
          e.findChild<QPushButton*>(QStringLiteral("removeButton")), e.findChild<QLabel*>(QStringLiteral("errorLabel")),
          e.findChild<QLabel*>(QStringLiteral("statusLabel")),      e.findChild<QTreeWidget*>(QStringLiteral("recordsTable"))};
}

// Types like a user where QTest can (it only synthesises ASCII keys); Chinese goes in as an input
// method would deliver it, whole.
void type(QLineEdit* field, const QString& text) {
  field->clear();
  bool ascii = true;
  for (QChar c : text) ascii = ascii && c.unicode() < 128;
  if (ascii) QTest::keyClicks(field, text);
  else field->insert(text);
}

}  // namespace

TEST(ProgressEditor, RecordsChangeTheStatusAsTheEvaluatorSaysAndUndoRestoresIt) {
  auto project = panelsplan::bundledProject();
  ASSERT_TRUE(project);
  const PlanItem* target = quantitativeTarget(*project);
  ASSERT_NE(target, nullptr);
  const double threshold = TargetCondition::fromItem(*target)->threshold();

  ProgressEditor editor(*project);
  editor.resize(620, 640);
  editor.show();
  editor.setCurrentYear(kNow);
  editor.setTarget(target->id);
  Form f = formOf(editor);
  ASSERT_TRUE(f.year && f.value && f.achieved && f.source && f.note && f.save && f.remove && f.error && f.status && f.records);
  EXPECT_EQ(editor.findChild<QLabel*>(QStringLiteral("unitLabel"))->text(), target->unit);
  EXPECT_EQ(editor.currentAssessment().status, TargetStatus::NoData);

  // A baseline-like early figure, then a later one at 60% of the promise.
  type(f.year, QStringLiteral("2021"));
  type(f.value, QString::number(threshold * 0.2));
  type(f.source, QStringLiteral("test figure A"));
  QTest::mouseClick(f.save, Qt::LeftButton);
  EXPECT_TRUE(f.error->text().isEmpty()) << f.error->text().toStdString();
  editor.newRecord();
  // The button warns before a figure of a year already recorded is replaced.
  type(f.year, QStringLiteral("2021"));
  EXPECT_TRUE(f.save->text().contains(QStringLiteral("2021"))) << f.save->text().toStdString();
  type(f.year, QStringLiteral("2023"));
  EXPECT_FALSE(f.save->text().contains(QStringLiteral("2023")));
  type(f.value, QString::number(threshold * 0.6));
  type(f.source, QStringLiteral("test figure B"));
  type(f.note, QStringLiteral("provisional"));
  // Live preview before saving, equal to what the evaluator will say after.
  ASSERT_TRUE(editor.previewAssessment().has_value());
  const TargetStatus previewed = editor.previewAssessment()->status;
  QTest::mouseClick(f.save, Qt::LeftButton);
  ASSERT_EQ(project->progress().recordsFor(target->id).size(), 2u);
  EXPECT_EQ(project->progress().find(target->id, 2023, QStringLiteral("city"))->note, QStringLiteral("provisional"));
  const TargetStatus after = evaluatorSays(*project, *target);
  EXPECT_NE(after, TargetStatus::NoData);
  EXPECT_EQ(editor.currentAssessment().status, after);
  EXPECT_EQ(previewed, after);
  EXPECT_EQ(f.records->topLevelItemCount(), 2);
  panelsplan::saveShot(editor, "progress_editor");

  // Edit the 2023 figure up to the promise: achieved; one record still, not two.
  ASSERT_TRUE(editor.selectRecord(2023));
  EXPECT_EQ(f.value->text().toDouble(), threshold * 0.6);
  type(f.value, QString::number(threshold));
  QTest::mouseClick(f.save, Qt::LeftButton);
  EXPECT_EQ(project->progress().recordsFor(target->id).size(), 2u);
  EXPECT_EQ(evaluatorSays(*project, *target), TargetStatus::Achieved);
  EXPECT_EQ(editor.currentAssessment().status, TargetStatus::Achieved);
  project->undoStack().undo();
  EXPECT_EQ(evaluatorSays(*project, *target), after);
  EXPECT_DOUBLE_EQ(*project->progress().find(target->id, 2023, QStringLiteral("city"))->value, threshold * 0.6);

  // Remove 2023, undo brings it back.
  ASSERT_TRUE(editor.selectRecord(2023));
  QTest::mouseClick(f.remove, Qt::LeftButton);
  EXPECT_EQ(project->progress().recordsFor(target->id).size(), 1u);
  project->undoStack().undo();
  EXPECT_EQ(project->progress().recordsFor(target->id).size(), 2u);

  // Undo both additions: back to no data.
  project->undoStack().undo();
  project->undoStack().undo();
  EXPECT_TRUE(project->progress().recordsFor(target->id).empty());
  EXPECT_EQ(editor.currentAssessment().status, TargetStatus::NoData);
}

TEST(ProgressEditor, RefusesAValueThatIsNotANumberAndAYearOutOfRangeWithAMessage) {
  auto project = panelsplan::bundledProject();
  ASSERT_TRUE(project);
  const PlanItem* target = quantitativeTarget(*project);
  ASSERT_NE(target, nullptr);
  ProgressEditor editor(*project);
  editor.setCurrentYear(kNow);
  editor.setTarget(target->id);
  Form f = formOf(editor);

  type(f.year, QStringLiteral("2022"));
  type(f.value, QStringLiteral("五百"));
  type(f.source, QStringLiteral("test"));
  // The message shows while typing, before any click.
  EXPECT_TRUE(f.error->text().contains(QStringLiteral("五百"))) << f.error->text().toStdString();
  QTest::mouseClick(f.save, Qt::LeftButton);
  EXPECT_TRUE(f.error->text().contains(QStringLiteral("not a number")));
  EXPECT_EQ(project->undoStack().count(), 0);
  EXPECT_TRUE(project->progress().records().empty());
  panelsplan::saveShot(editor, "progress_editor_error");

  type(f.value, QStringLiteral("12"));
  for (const char* year : {"1800", "2030", "20x2"}) {
    type(f.year, QString::fromLatin1(year));
    const Status st = editor.submit();
    EXPECT_FALSE(st) << year;
    EXPECT_TRUE(f.error->text().contains(QString::fromLatin1(year))) << f.error->text().toStdString();
  }
  EXPECT_TRUE(f.error->text().contains(QStringLiteral("whole number")));
  type(f.year, QStringLiteral("1800"));
  EXPECT_TRUE(f.error->text().contains(QStringLiteral("out of range")));
  // No source: refused on saving.
  type(f.year, QStringLiteral("2022"));
  f.source->clear();
  EXPECT_FALSE(editor.submit());
  EXPECT_TRUE(f.error->text().contains(QStringLiteral("source")));
  EXPECT_EQ(project->undoStack().count(), 0);
  // The unit typed after the number is accepted.
  type(f.source, QStringLiteral("test"));
  type(f.value, QStringLiteral("12 ") + target->unit);
  ASSERT_TRUE(editor.submit());
  EXPECT_DOUBLE_EQ(*project->progress().find(target->id, 2022, QStringLiteral("city"))->value, 12);
}

TEST(ProgressEditor, AQualitativeTargetIsAchievedByTickingAchievedAndCountyRecordsStayApart) {
  auto project = panelsplan::bundledProject();
  ASSERT_TRUE(project);
  const PlanItem* qualitative = nullptr;
  for (const PlanItem* t : project->catalog().itemsOfKind(PlanItemKind::Target))
    if (!t->quantitative && !qualitative) qualitative = t;
  ASSERT_NE(qualitative, nullptr);
  ProgressEditor editor(*project);
  editor.setCurrentYear(kNow);
  editor.setTarget(qualitative->id);
  Form f = formOf(editor);
  EXPECT_FALSE(f.value->isEnabled());
  type(f.year, QStringLiteral("2022"));
  type(f.source, QStringLiteral("test"));
  EXPECT_FALSE(editor.submit());  // not ticked: nothing to record
  f.achieved->setChecked(true);
  ASSERT_TRUE(editor.submit());
  EXPECT_EQ(editor.currentAssessment().status, TargetStatus::Achieved);

  // A county's record is judged on its own; the city's status is unchanged by it.
  const PlanItem* quantitative = quantitativeTarget(*project);
  editor.setTarget(quantitative->id);
  editor.setScope(QStringLiteral("汉阴县"));
  ASSERT_EQ(editor.scope(), QStringLiteral("汉阴县"));
  type(f.year, QStringLiteral("2022"));
  type(f.value, QString::number(TargetCondition::fromItem(*quantitative)->threshold()));
  type(f.source, QStringLiteral("test"));
  ASSERT_TRUE(editor.submit());
  EXPECT_EQ(editor.currentAssessment().status, TargetStatus::Achieved);
  EXPECT_EQ(project->progress().recordsFor(quantitative->id, QStringLiteral("汉阴县")).size(), 1u);
  editor.setScope(QStringLiteral("city"));
  EXPECT_EQ(editor.currentAssessment().status, TargetStatus::NoData);
}
