#include "FrameContents.h"
#include "MapPainter.h"
#include "PanelsPlanTestSupport.h"
#include "TargetCondition.h"
#include "TargetThemeChooser.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace planmap;

namespace {

constexpr int kNow = 2023;

const PlanItem* quantitativeTarget(const Project& project) {
  for (const PlanItem* t : project.catalog().itemsOfKind(PlanItemKind::Target)) {
    if (!t->quantitative || !t->isCityScope() || !t->deadline) continue;
    const auto condition = TargetCondition::fromItem(*t);
    if (condition && condition->direction() == TargetCondition::Direction::AtLeast && condition->threshold() > 0) return t;
  }
  return nullptr;
}

ProgressRecord record(const PlanItem& t, int year, double value, const QString& scope) {
  ProgressRecord r;
  r.target = t.id;
  r.year = year;
  r.value = value;
  r.scope = scope;
  r.source = QStringLiteral("test figure");
  return r;
}

// The bundled map drawn over Ankang; the colour at a point inside county row `f`.
QColor colourInside(const Project& project, const VectorLayer& counties, std::size_t f, const QImage& image,
                    const MapSettings& settings) {
  const Extent b = counties.features->bounds(f);
  // Walk a cross through the box centre to a point inside the county polygon (concave counties).
  for (int i = 0; i <= 10; ++i)
    for (int j = 0; j <= 10; ++j) {
      const double x = b.minX + b.width() * (0.3 + 0.04 * i), y = b.minY + b.height() * (0.3 + 0.04 * j);
      if (!counties.features->polygonContains(f, x, y)) continue;
      const QPointF p = settings.toPixel(x, y);
      return image.pixelColor(p.toPoint());
    }
  (void)project;
  return {};
}

}  // namespace

TEST(TargetThemeChooser, AppliesTheCountyThemeAsOneUndoableStyleAndTheMapShowsIt) {
  auto project = panelsplan::bundledProject();
  ASSERT_TRUE(project);
  const PlanItem* target = quantitativeTarget(*project);
  ASSERT_NE(target, nullptr);
  const double t = TargetCondition::fromItem(*target)->threshold();
  // 汉阴 met the promise; 紫阳 short of the pace; the others have no own figure.
  project->progress().add(record(*target, 2022, t, QStringLiteral("汉阴县")));
  project->progress().add(record(*target, 2021, t * 0.1, QStringLiteral("紫阳县")));
  project->progress().add(record(*target, 2023, t * 0.15, QStringLiteral("紫阳县")));

  TargetThemeChooser chooser(*project);
  chooser.resize(460, 420);
  chooser.show();
  QSignalSpy ready(&chooser, &TargetThemeChooser::styleReady);
  chooser.setTarget(target->id);
  chooser.setLayer(QStringLiteral("counties"));
  chooser.setCurrentYear(kNow);  // the preview follows
  ASSERT_EQ(chooser.targetId(), target->id);
  ASSERT_EQ(chooser.layerId(), QStringLiteral("counties"));
  EXPECT_GE(ready.count(), 1);
  auto* legend = chooser.findChild<QTreeWidget*>(QStringLiteral("legendList"));
  ASSERT_TRUE(legend);
  const auto theme = chooser.buildTheme();
  ASSERT_TRUE(theme.isOk()) << theme.error().toStdString();
  EXPECT_EQ(legend->topLevelItemCount(), int(theme->style.classes.size()));
  panelsplan::saveShot(chooser, "target_theme_chooser");

  const LayerStyle before = project->document().layer(QStringLiteral("counties"))->style;
  QTest::mouseClick(chooser.findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
  EXPECT_EQ(project->undoStack().count(), 1);
  // Layers are immutable: the theme swapped in a new version of the layer.
  auto counties = project->document().layer(QStringLiteral("counties"));
  EXPECT_TRUE(counties->style == theme->style);

  // Per county: own figures → their status; none → the city-wide status (no data here), hatched.
  const int name = counties->features->attributes().fieldIndex(QStringLiteral("name_zh"));
  const int deadline = project->catalog().effectiveDeadline(*target);
  for (std::size_t f = 0; f < counties->features->featureCount(); ++f) {
    const QString county = counties->features->attributes().text(f, name);
    const auto own = project->progress().recordsFor(target->id, county);
    const QString expected =
        own.empty() ? TargetStatusTheme::category(
                          TargetEvaluator::evaluate(*target, project->progress().recordsFor(target->id), kNow, deadline).status, true)
                    : TargetStatusTheme::category(TargetEvaluator::evaluate(*target, own, kNow, deadline).status);
    EXPECT_EQ(theme->categoryOf(counties->featureKey(f)), expected) << county.toStdString();
  }

  // Draw the map: 汉阴's fill is the "achieved" colour, 紫阳's the "behind" one.
  MapSettings settings;
  settings.destinationCrs = counties->crs;
  settings.outputSize = QSize(700, 560);
  settings.extent = counties->features->extent().scaled(1.05);
  settings.drawLabels = false;  // a label over the sampled point would hide the fill
  settings.layers.push_back(LayerRenderSnapshot::of(*counties));
  const QImage image = MapPainter::renderImage(settings);
  if (const QString dir = qEnvironmentVariable("PLANMAP_PANEL_SHOTS"); !dir.isEmpty()) {
    MapSettings labelled = settings;
    labelled.drawLabels = true;
    MapPainter::renderImage(labelled).save(dir + QStringLiteral("/target_theme_counties.png"));
  }
  auto expectColour = [&](const QString& county, TargetStatus status) {
    for (std::size_t f = 0; f < counties->features->featureCount(); ++f) {
      if (counties->features->attributes().text(f, name) != county) continue;
      const QColor got = colourInside(*project, *counties, f, image, settings);
      // 210/255 alpha over white.
      const QColor want = TargetStatusTheme::statusColor(status);
      auto over = [](int c) { return (c * 210 + 255 * 45) / 255; };
      EXPECT_NEAR(got.red(), over(want.red()), 12) << county.toStdString();
      EXPECT_NEAR(got.green(), over(want.green()), 12) << county.toStdString();
      EXPECT_NEAR(got.blue(), over(want.blue()), 12) << county.toStdString();
      return;
    }
    ADD_FAILURE() << "no county " << county.toStdString();
  };
  expectColour(QStringLiteral("汉阴县"), TargetStatus::Achieved);
  expectColour(QStringLiteral("紫阳县"), TargetStatus::Behind);

  // An exported map's legend: the layer heading and one line per status shown, not one per county.
  const FrameContents frame = FrameContents::scan({counties}, counties->crs, counties->features->extent(), nullptr, nullptr, -1);
  QStringList swatches;
  for (const LegendEntry& e : frame.legend)
    if (e.kind == LegendEntry::Kind::Swatch && e.text != frame.schematicEntry.value_or(LegendEntry{}).text) swatches << e.text;
  QStringList labels;
  for (const StyleClass& c : theme->style.classes) labels << c.labelZh;
  EXPECT_EQ(swatches, labels);
  EXPECT_TRUE(swatches.contains(QStringLiteral("已实现")));

  project->undoStack().undo();
  EXPECT_TRUE(project->document().layer(QStringLiteral("counties"))->style == before);
}

TEST(TargetThemeChooser, OffersLayersWithFeaturesLinkedToTheTarget) {
  auto project = panelsplan::bundledProject();
  ASSERT_TRUE(project);
  // A target the bundled links tie to a non-county layer.
  QString targetId, layerId;
  for (const FeatureLink& l : project->links().links()) {
    const PlanItem* item = project->catalog().itemById(l.item);
    if (item && item->isTarget() && l.layer != QLatin1String("counties")) {
      targetId = l.item;
      layerId = l.layer;
      break;
    }
  }
  ASSERT_FALSE(targetId.isEmpty());
  TargetThemeChooser chooser(*project);
  chooser.setCurrentYear(kNow);
  chooser.setTarget(targetId);
  auto* layers = chooser.findChild<QComboBox*>(QStringLiteral("layerCombo"));
  ASSERT_TRUE(layers);
  EXPECT_EQ(layers->itemData(0).toString(), QStringLiteral("counties"));
  EXPECT_GE(layers->findData(layerId), 0);
  chooser.setLayer(layerId);
  const auto theme = chooser.buildTheme();
  ASSERT_TRUE(theme.isOk()) << theme.error().toStdString();
  int linked = 0;
  for (const ThemedFeature& f : theme->features)
    if (f.category != TargetStatusTheme::notLinkedCategory()) ++linked;
  int expected = 0;
  for (const FeatureLink& l : project->links().featuresOfItem(targetId)) expected += l.layer == layerId;
  EXPECT_GT(linked, 0);
  EXPECT_LE(linked, expected);  // a feature linked with two roles counts once
  ASSERT_TRUE(chooser.applyTheme());
  EXPECT_TRUE(project->document().layer(layerId)->style == theme->style);
}
