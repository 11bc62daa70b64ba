// The window as a new planner meets it (issue #14): first-start size, switching language in the
// running window, highlights above the planner's layers, zooming to a target's features, the
// attribute filter keeping the selection, the measure label inside the map, the style of new layers.
#include "AttributeTableWidget.h"
#include "AttributionBar.h"
#include "DesktopApp.h"
#include "GuiFixture.h"
#include "IdentifyPanel.h"
#include "MapPainter.h"
#include "MapStatusBar.h"
#include "PlanContext.h"
#include "PlanEditingDocks.h"
#include "TargetDock.h"
#include "WindowSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

namespace planmap::test {
namespace {

QStringList menuTitles(const QMainWindow& window) {
  QStringList titles;
  for (QAction* a : window.menuBar()->actions()) titles << a->text();
  return titles;
}

int shownMainWindows() {
  int n = 0;
  for (QWidget* w : QApplication::topLevelWidgets())
    if (qobject_cast<MainWindow*>(w) && w->isVisible()) ++n;
  return n;
}

// Share of pixels in the yellow of the map highlight (outline 255,196,0 over any colour).
double highlightShare(const QImage& image) {
  const QImage x = image.convertToFormat(QImage::Format_ARGB32);
  long long n = 0;
  for (int y = 0; y < x.height(); ++y) {
    const QRgb* p = reinterpret_cast<const QRgb*>(x.constScanLine(y));
    for (int c = 0; c < x.width(); ++c)
      if (qRed(p[c]) > 200 && qGreen(p[c]) > 150 && qGreen(p[c]) < 235 && qBlue(p[c]) < 90) ++n;
  }
  return double(n) / (double(x.width()) * x.height());
}

TEST(WindowSettingsTest, FirstStartTakesMostOfTheScreenCentred) {
  const QRect r = WindowSettings::firstStartGeometry(QRect(0, 0, 1600, 1000));
  EXPECT_EQ(r.size(), QSize(1440, 900));
  EXPECT_EQ(r.center(), QRect(0, 0, 1600, 1000).center());
  // A small screen is used whole, never exceeded.
  const QRect small = WindowSettings::firstStartGeometry(QRect(0, 30, 1024, 738));
  EXPECT_LE(small.width(), 1024);
  EXPECT_LE(small.height(), 738);
  EXPECT_TRUE(QRect(0, 30, 1024, 738).contains(small));
}

TEST(WindowSettingsTest, FirstStartThenSavedGeometryOnTheNextStart) {
  QSettings().remove(QStringLiteral("window"));
  QRect chosen;
  {
    MainWindow first(/*persistent=*/true);
    EXPECT_TRUE(first.firstStart());
    const QRect available = first.screen()->availableGeometry();
    // Most of the screen (not Qt's 766×480 minimum): 90 %, or all of a small screen.
    EXPECT_GE(first.width(), available.width() * 8 / 10);
    EXPECT_GE(first.height(), available.height() * 8 / 10);
    // The map keeps a good part of the width, the docks get readable widths.
    first.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&first));
    EXPECT_GE(first.canvas()->width(), first.width() / 4);  // (the offscreen test screen is 800 px wide)
    EXPECT_GE(first.identifyPanel()->width(), std::min(200, first.width() / 5));
    first.resize(700, 500);
    chosen = first.geometry();
    first.close();
  }
  MainWindow second(/*persistent=*/true);
  EXPECT_FALSE(second.firstStart());
  EXPECT_EQ(second.size(), chosen.size());
  QSettings().remove(QStringLiteral("window"));
}

TEST(WindowLanguageTest, SwitchingLanguageRebuildsTheWindowInThisProcessKeepingTheWork) {
  QPointer<MainWindow> window = new MainWindow(/*persistent=*/false);
  window->setAttribute(Qt::WA_DeleteOnClose);
  window->show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
  ASSERT_TRUE(window->loadBundledMap().isOk());
  ASSERT_TRUE(menuTitles(*window).join(' ').contains(QStringLiteral("文件")));
  // Unsaved work: a layer hidden (one undo step).
  window->setLayerVisible({QStringLiteral("mines")}, false);
  Project* project = &window->project();
  const int undoSteps = window->undoStack()->count();
  ASSERT_GT(undoSteps, 0);

  QPointer<MainWindow> next;
  QObject::connect(window, &MainWindow::languageSwitched, [&](MainWindow* w) { next = w; });
  window->setLanguage(QStringLiteral("en"));
  ASSERT_TRUE(QTest::qWaitFor([&] { return !next.isNull(); }, 10000));
  ASSERT_TRUE(QTest::qWaitFor([&] { return window.isNull(); }, 10000)) << "the old window stays open";
  EXPECT_EQ(shownMainWindows(), 1);
  EXPECT_EQ(&next->project(), project) << "the same project object, not a re-read";
  EXPECT_EQ(next->undoStack()->count(), undoSteps);
  EXPECT_TRUE(next->project().isModified());
  EXPECT_FALSE(next->document()->layer(QStringLiteral("mines"))->visible);
  EXPECT_EQ(next->language(), QStringLiteral("en"));
  const QString menus = menuTitles(*next).join(' ');
  EXPECT_TRUE(menus.contains(QStringLiteral("&File"))) << menus.toStdString();
  EXPECT_FALSE(menus.contains(QStringLiteral("文件"))) << menus.toStdString();

  // And back: Chinese again, still the same project.
  QPointer<MainWindow> back;
  QObject::connect(next, &MainWindow::languageSwitched, [&](MainWindow* w) { back = w; });
  next->setLanguage(QStringLiteral("zh_CN"));
  ASSERT_TRUE(QTest::qWaitFor([&] { return !back.isNull(); }, 10000));
  EXPECT_EQ(&back->project(), project);
  EXPECT_TRUE(menuTitles(*back).join(' ').contains(QStringLiteral("文件")));
  back->project().setModified(false);  // close without the save question
  back->close();
  QTest::qWait(50);
}

class WindowBehaviourTest : public GuiFixture {};

TEST_F(WindowBehaviourTest, HighlightDrawsAboveTheLayersOnTopOfIt) {
  // A county highlighted, then an opaque layer above it (as a planner's polygons would be).
  MapSettings settings = canvas()->currentSettings();
  settings.basemap = nullptr;
  LayerRenderSnapshot* counties = nullptr;
  LayerRenderSnapshot cover;
  for (LayerRenderSnapshot& s : settings.layers) {
    if (s.layerId == QStringLiteral("counties")) counties = &s;
    if (s.layerId == QStringLiteral("prefecture")) cover = s;
  }
  ASSERT_NE(counties, nullptr);
  ASSERT_TRUE(cover.features);
  counties->highlighted = {0, 1, 2};
  cover.layerId = QStringLiteral("user-cover");
  cover.style = LayerStyle{};
  cover.style.symbol.fill = QColor(30, 60, 200);  // opaque blue over everything
  cover.highlighted.clear();
  settings.layers.push_back(cover);
  const QImage highlighted = MapPainter::renderImage(settings);
  counties->highlighted.clear();
  const QImage plain = MapPainter::renderImage(settings);
  EXPECT_LT(highlightShare(plain), 0.001);
  EXPECT_GT(highlightShare(highlighted), 0.003) << "the highlight is hidden under the layer above it";
}

TEST_F(WindowBehaviourTest, ClickingATargetFramesAllOfItsFeatures) {
  // The target with the most linked features, spread over the most layers.
  QString best;
  int bestCount = 0;
  for (const PlanItem& item : window->project().catalog().items()) {
    if (!item.isTarget()) continue;
    const auto features = window->plan().featuresOfItem(*window->document(), item.id);
    int n = 0;
    for (const auto& rows : features) n += int(rows.size());
    if (n * 10 + int(features.size()) > bestCount) {
      bestCount = n * 10 + int(features.size());
      best = item.id;
    }
  }
  ASSERT_FALSE(best.isEmpty());
  ASSERT_TRUE(window->zoomToCounty(QStringLiteral("白河县")));  // somewhere else, zoomed in
  ASSERT_TRUE(waitForRender());
  const int count = window->highlightPlanItem(best, /*zoom=*/true);
  ASSERT_GT(count, 0);
  const auto features = window->plan().featuresOfItem(*window->document(), best);
  const Extent view = canvas()->extent();
  for (auto it = features.begin(); it != features.end(); ++it)
    for (std::uint32_t row : it.value()) {
      const Extent e = window->layerExtent(it.key(), {row});
      EXPECT_TRUE(view.contains(e)) << it.key().toStdString() << " row " << row << " is off-screen";
    }
  EXPECT_EQ(canvas()->highlights().size(), features.size());
}

TEST_F(WindowBehaviourTest, ClickingATargetSaysItsValueAndStatus) {
  TargetDock* dock = window->targetDock();
  ASSERT_GT(dock->rowCount(), 0);
  const QModelIndex first = dock->view()->model()->index(0, 1);
  const QString id = first.data(Qt::UserRole + 1).toString();
  const QString summary = dock->summary(id);
  EXPECT_FALSE(summary.isEmpty());
  // The status word of the row is in the summary.
  EXPECT_TRUE(summary.contains(dock->view()->model()->index(0, 4).data().toString())) << summary.toStdString();
  // The context menu offers the three ways to it; "history" opens the progress dock on the target.
  QMenu* menu = dock->contextMenuFor(id);
  ASSERT_EQ(menu->actions().size(), 3);
  menu->actions().at(2)->trigger();
  EXPECT_TRUE(window->planEditing()->progressDock()->isVisible());
  EXPECT_EQ(window->planEditing()->targetPicker()->currentData().toString(), id);
}

TEST_F(WindowBehaviourTest, AttributeFilterKeepsTheSelection) {
  AttributeTableWidget* table = window->openAttributeTable(QStringLiteral("counties"));
  ASSERT_NE(table, nullptr);
  QItemSelectionModel* selection = table->view()->selectionModel();
  // The planner selects three rows in the view.
  for (int r : {0, 1, 2})
    selection->select(table->view()->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
  const std::vector<std::uint32_t> chosen = table->selectedRows();
  ASSERT_EQ(chosen.size(), 3u);
  ASSERT_EQ(canvas()->highlights().value(QStringLiteral("counties")).size(), 3u);
  // A filter that hides all of them: still selected, still highlighted on the map.
  table->setFilterText(QStringLiteral("no county is called this"));
  EXPECT_EQ(table->visibleRowCount(), 0);
  EXPECT_EQ(table->selectedRows(), chosen);
  EXPECT_EQ(canvas()->highlights().value(QStringLiteral("counties")).size(), 3u);
  // The filter goes: the rows are shown selected again.
  table->setFilterText(QString());
  EXPECT_EQ(selection->selectedRows().size(), 3);
  EXPECT_EQ(table->selectedRows(), chosen);
}

TEST_F(WindowBehaviourTest, MeasureLabelStaysInsideTheMap) {
  canvas()->setTool(MapCanvas::Tool::MeasureDistance);
  const QPoint a(canvas()->width() / 2, canvas()->height() / 2);
  const QPoint b(canvas()->width() - 3, 4);  // the last point at the top-right corner
  QTest::mouseClick(canvas(), Qt::LeftButton, {}, a);
  QTest::mouseClick(canvas(), Qt::LeftButton, {}, b);
  canvas()->repaint();
  const QRectF box = canvas()->measureLabelBox();
  ASSERT_FALSE(box.isEmpty());
  EXPECT_TRUE(QRectF(canvas()->rect()).contains(box)) << box.x() << "," << box.y() << " " << box.width() << "x" << box.height();
}

TEST_F(WindowBehaviourTest, AttributionIsOneLineBelowTheMapWithTheFullCreditsOnHover) {
  AttributionBar* bar = window->attributionBar();
  ASSERT_FALSE(bar->credits().isEmpty());
  EXPECT_TRUE(bar->fullText().contains(QStringLiteral("OpenStreetMap")));
  EXPECT_FALSE(bar->text().contains(QLatin1Char('\n')));
  EXPECT_LE(bar->height(), bar->fontMetrics().height() + 8);
  // Outside the map: the bar does not overlap the canvas.
  const QRect barRect(bar->mapTo(window.get(), QPoint(0, 0)), bar->size());
  const QRect mapRect(canvas()->mapTo(window.get(), QPoint(0, 0)), canvas()->size());
  EXPECT_FALSE(barRect.intersects(mapRect));
  EXPECT_EQ(bar->toolTip(), bar->fullText());
}

TEST_F(WindowBehaviourTest, ScaleShowsThousandsSeparatorsAndParsesThemBack) {
  EXPECT_EQ(MapStatusBar::parseScale(QStringLiteral("1:250,000")), 250000);
  EXPECT_EQ(MapStatusBar::parseScale(QStringLiteral("1 : 25万")), 250000);
  EXPECT_EQ(MapStatusBar::parseScale(QString::fromUtf8("1:250\u00a0000")), 250000);
  EXPECT_EQ(MapStatusBar::parseScale(QStringLiteral("abc")), 0);
  EXPECT_EQ(MapStatusBar::formatScale(251234), QStringLiteral("1:") + QLocale().toString(251000));
}

TEST_F(WindowBehaviourTest, NewPolygonLayersAreAnOutlineInTheirOwnColour) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("site.geojson"));
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"场地"},
    "geometry":{"type":"Polygon","coordinates":[[[108.9,32.6],[109.2,32.6],[109.2,32.9],[108.9,32.9],[108.9,32.6]]]}}]})");
  f.close();
  QSignalSpy loaded(window.get(), &MainWindow::loadFinished);
  window->openPath(path);
  ASSERT_TRUE(loaded.wait(30000));
  ASSERT_TRUE(loaded.front().front().toBool());
  std::shared_ptr<const VectorLayer> added;
  for (const auto& layer : window->document()->layers())
    if (layer->sourcePath == path || layer->title.contains(QStringLiteral("site"))) added = layer;
  ASSERT_TRUE(added);
  EXPECT_LT(added->style.symbol.fill.alpha(), 60) << "a cover, not an outline";
  for (const auto& layer : window->document()->layers()) {
    if (layer == added) continue;
    EXPECT_NE(layer->style.symbol.stroke.rgb(), added->style.symbol.stroke.rgb()) << layer->id.toStdString();
  }
}

}  // namespace
}  // namespace planmap::test
