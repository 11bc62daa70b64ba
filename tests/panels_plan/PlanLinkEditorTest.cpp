#include "PanelsPlanTestSupport.h"
#include "PlanLinkEditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace planmap;

namespace {

struct Park {
  QString key;
  QString name;
};

// A bundled park and a target of the bundled catalog it is not linked to yet.
Park firstPark(Project& project) {
  const auto parks = project.document().layer(QStringLiteral("parks"));
  EXPECT_TRUE(parks && parks->features && parks->features->featureCount() > 0);
  const int name = parks->features->attributes().fieldIndex(QStringLiteral("name_zh"));
  return {parks->featureKey(0), parks->features->attributes().text(0, name)};
}

QString unlinkedTarget(Project& project, const Park& park) {
  QStringList linked;
  for (const FeatureLink& l : project.links().itemsOfFeature(QStringLiteral("parks"), park.key)) linked << l.item;
  for (const PlanItem* t : project.catalog().itemsOfKind(PlanItemKind::Target))
    if (!linked.contains(t->id)) return t->id;
  ADD_FAILURE() << "every target is linked to " << park.key.toStdString();
  return {};
}

bool hasLink(const Project& project, const FeatureLink& link) {
  for (const FeatureLink& l : project.links().links())
    if (l == link) return true;
  return false;
}

QTreeWidgetItem* rowWithId(QTreeWidget* tree, const QString& id) {
  for (int i = 0; i < tree->topLevelItemCount(); ++i)
    if (tree->topLevelItem(i)->text(0) == id) return tree->topLevelItem(i);
  return nullptr;
}

}  // namespace

TEST(PlanLinkEditor, LinksAParkToATargetThroughTheUiAndUndoRedoFollow) {
  auto project = panelsplan::bundledProject();
  ASSERT_TRUE(project);
  const Park park = firstPark(*project);
  const QString targetId = unlinkedTarget(*project, park);
  ASSERT_FALSE(targetId.isEmpty());
  const int linksBefore = project->links().size();

  PlanLinkEditor editor(*project);
  editor.resize(640, 720);
  editor.show();
  editor.setFeature(QStringLiteral("parks"), park.key, park.name);
  auto* linked = editor.findChild<QTreeWidget*>(QStringLiteral("linkedItems"));
  auto* search = editor.findChild<QLineEdit*>(QStringLiteral("searchField"));
  auto* kinds = editor.findChild<QComboBox*>(QStringLiteral("kindFilter"));
  auto* results = editor.findChild<QTreeWidget*>(QStringLiteral("searchResults"));
  auto* role = editor.findChild<QComboBox*>(QStringLiteral("roleCombo"));
  auto* link = editor.findChild<QPushButton*>(QStringLiteral("linkButton"));
  auto* unlink = editor.findChild<QPushButton*>(QStringLiteral("unlinkButton"));
  ASSERT_TRUE(linked && search && kinds && results && role && link && unlink);
  // The park's bundled links are listed.
  EXPECT_EQ(linked->topLevelItemCount(), int(project->links().itemsOfFeature(QStringLiteral("parks"), park.key).size()));

  // Search the target by id, targets only; pick it; link as "monitored by".
  kinds->setCurrentIndex(kinds->findData(int(PlanItemKind::Target)));
  QTest::keyClicks(search, targetId);
  QTreeWidgetItem* hit = rowWithId(results, targetId);
  ASSERT_NE(hit, nullptr);
  for (int i = 0; i < results->topLevelItemCount(); ++i)
    EXPECT_TRUE(project->catalog().itemById(results->topLevelItem(i)->text(0))->isTarget());
  results->setCurrentItem(hit);
  EXPECT_TRUE(editor.findChild<QLabel*>(QStringLiteral("itemText"))->text().contains(project->catalog().itemById(targetId)->text));
  role->setCurrentIndex(role->findData(int(LinkRole::MonitoredBy)));
  ASSERT_TRUE(link->isEnabled());
  QTest::mouseClick(link, Qt::LeftButton);

  const FeatureLink expected{QStringLiteral("parks"), park.key, targetId, LinkRole::MonitoredBy};
  EXPECT_TRUE(hasLink(*project, expected));
  EXPECT_EQ(project->links().size(), linksBefore + 1);
  EXPECT_NE(rowWithId(linked, targetId), nullptr);
  EXPECT_EQ(project->undoStack().count(), 1);
  panelsplan::saveShot(editor, "plan_link_editor");

  // The same link again is refused, with a reason, and pushes nothing.
  EXPECT_FALSE(editor.linkItem(targetId, LinkRole::MonitoredBy));
  EXPECT_TRUE(editor.message().contains(targetId));
  EXPECT_EQ(project->undoStack().count(), 1);

  project->undoStack().undo();
  EXPECT_FALSE(hasLink(*project, expected));
  EXPECT_EQ(project->links().size(), linksBefore);
  EXPECT_EQ(rowWithId(linked, targetId), nullptr);  // the list follows the undo
  project->undoStack().redo();
  EXPECT_TRUE(hasLink(*project, expected));
  EXPECT_NE(rowWithId(linked, targetId), nullptr);

  // Unlink through the list.
  linked->setCurrentItem(rowWithId(linked, targetId));
  ASSERT_TRUE(unlink->isEnabled());
  QTest::mouseClick(unlink, Qt::LeftButton);
  EXPECT_FALSE(hasLink(*project, expected));
  project->undoStack().undo();
  EXPECT_TRUE(hasLink(*project, expected));
}

TEST(PlanLinkEditor, SearchesByChapterAndChineseTextAndRefusesWithoutAFeature) {
  auto project = panelsplan::bundledProject();
  ASSERT_TRUE(project);
  PlanLinkEditor editor(*project);
  auto* results = editor.findChild<QTreeWidget*>(QStringLiteral("searchResults"));
  ASSERT_TRUE(results);
  editor.search(QStringLiteral("第十二章第二节"));
  EXPECT_EQ(results->topLevelItemCount(), int(project->catalog().itemsInSection(12, 2).size()));
  editor.search(QStringLiteral("毛绒玩具"));
  ASSERT_GT(results->topLevelItemCount(), 0);
  for (int i = 0; i < results->topLevelItemCount(); ++i) {
    const PlanItem* item = project->catalog().itemById(results->topLevelItem(i)->text(0));
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->text.contains(QStringLiteral("毛绒玩具")) || item->name.contains(QStringLiteral("毛绒玩具")) ||
                item->indicator.contains(QStringLiteral("毛绒玩具")) || item->topic.contains(QStringLiteral("毛绒玩具")));
  }
  // No feature chosen: nothing is linked and the editor says why.
  EXPECT_FALSE(editor.linkItem(results->topLevelItem(0)->text(0), LinkRole::Implements));
  EXPECT_FALSE(editor.message().isEmpty());
  EXPECT_EQ(project->undoStack().count(), 0);
  // A county gets "located in" as its default role.
  editor.setFeature(QStringLiteral("counties"), QStringLiteral("county-610921"), QStringLiteral("汉阴县"));
  EXPECT_EQ(editor.findChild<QComboBox*>(QStringLiteral("roleCombo"))->currentData().toInt(), int(LinkRole::LocatedIn));
}
