// The layout window's editing operations, on a real template and real painted frames (issue #13:
// they live in core's LayoutEditor, not in the widget).
#include "AtlasPlan.h"
#include "BundledMap.h"
#include "CoordinateTransform.h"
#include "LayoutEditor.h"
#include "LayoutExporter.h"
#include "LayoutJson.h"
#include "MapDocument.h"

#include <gtest/gtest.h>

using namespace planmap;

namespace {

struct Painted {
  MapDocument document;
  std::optional<Layout> layout;
  PageResult page;
  bool ok = false;
  Painted() {
    if (!BundledMap::loadInto(document)) return;
    auto l = LayoutJson::resolve(QStringLiteral("a3_landscape_plan"));
    if (!l) return;
    layout = l.value();
    LayoutExporter exporter(*layout, LayoutContext::fromDocument(document));
    ok = bool(exporter.renderImage(30, &page)) && !page.frames.empty();
  }
};

}  // namespace

TEST(LayoutEditor, PageSetupScalesItemsAndTypeWithTheSheet) {
  auto layout = LayoutJson::resolve(QStringLiteral("a3_landscape_plan"));
  ASSERT_TRUE(layout);
  Layout l = layout.value();
  const LayoutItem before = l.items.front();
  ASSERT_TRUE(LayoutEditor::setPage(l, QStringLiteral("A4"), true, 0, 0, 10));
  EXPECT_EQ(l.page.size, QStringLiteral("A4"));
  // A3 → A4 landscape: both sides shrink by 1/√2.
  const double k = 297.0 / 420.0;
  EXPECT_NEAR(l.items.front().rectMm.width(), before.rectMm.width() * k, 1e-6);
  EXPECT_NEAR(l.items.front().rectMm.y(), before.rectMm.y() * (210.0 / 297.0), 1e-6);
  const double type = std::min(k, 210.0 / 297.0);  // the smaller of the two ratios
  EXPECT_NEAR(l.items.front().fontSizePt, std::max(4.0, before.fontSizePt * type), 1e-6);
  // Orientation only (same sheet area, sides swapped): x and y scale differently, type by the smaller.
  Layout portrait = layout.value();
  ASSERT_TRUE(LayoutEditor::setPage(portrait, QStringLiteral("A3"), false, 0, 0, 10));
  EXPECT_NEAR(portrait.items.front().rectMm.width(), before.rectMm.width() * 297.0 / 420.0, 1e-6);
  EXPECT_FALSE(LayoutEditor::setPage(portrait, QStringLiteral("B7"), false, 0, 0, 10));
}

TEST(LayoutEditor, PageToLonLatHitsTheFrameCentreAndMissesOutside) {
  Painted p;
  ASSERT_TRUE(p.ok);
  const PdfGeoFrame& main = p.page.frames.front();
  QString id;
  const auto ll = LayoutEditor::lonLatAt(*p.layout, p.page.frames, main.rectMm.center(), &id);
  ASSERT_TRUE(ll);
  EXPECT_EQ(id, main.name);
  // The centre of the frame's extent, in lon/lat, is what the click at the frame's centre returns.
  double x = main.extent.centerX(), y = main.extent.centerY();
  auto t = CoordinateTransform::create(main.crs, Crs::fromEpsg(4326));
  ASSERT_TRUE(t && t->transformPoint(x, y));
  EXPECT_NEAR(ll->x(), x, 1e-6);
  EXPECT_NEAR(ll->y(), y, 1e-6);
  EXPECT_GT(ll->x(), 105);  // Ankang lies near 108-110°E, 31-34°N
  EXPECT_LT(ll->x(), 112);
  EXPECT_FALSE(LayoutEditor::lonLatAt(*p.layout, p.page.frames, QPointF(-5, -5)));
  // A frame moved since it was painted does not answer (the click would land elsewhere).
  Layout moved = *p.layout;
  for (LayoutItem& item : moved.items)
    if (item.id == main.name) item.rectMm.translate(3, 0);
  EXPECT_FALSE(LayoutEditor::lonLatAt(moved, p.page.frames, main.rectMm.center()));
}

TEST(LayoutEditor, CalloutIsPlacedInsideTheFrameAndAnchoredAtTheClick) {
  Painted p;
  ASSERT_TRUE(p.ok);
  const PdfGeoFrame& main = p.page.frames.front();
  Layout l = *p.layout;
  const std::size_t before = l.items.size();
  // Near the top-right corner: the plate must flip left and below to stay inside the frame.
  const QPointF click(main.rectMm.right() - 3, main.rectMm.top() + 3);
  const auto id = LayoutEditor::placeCallout(l, p.page.frames, click, QStringLiteral("  安康港  "));
  ASSERT_TRUE(id);
  ASSERT_EQ(l.items.size(), before + 1);
  const LayoutItem& c = l.items.back();
  EXPECT_EQ(c.id, *id);
  EXPECT_EQ(c.text, QStringLiteral("安康港"));
  ASSERT_NE(c.as<CalloutItem>(), nullptr);
  EXPECT_EQ(c.as<CalloutItem>()->mapId, main.name);
  EXPECT_TRUE(main.rectMm.contains(c.rectMm)) << c.rectMm.x() << "," << c.rectMm.y();
  EXPECT_LT(c.rectMm.right(), click.x());
  EXPECT_GT(c.rectMm.top(), click.y());
  const auto anchor = LayoutEditor::lonLatAt(l, p.page.frames, click);
  ASSERT_TRUE(anchor);
  EXPECT_NEAR(c.as<CalloutItem>()->anchorX, anchor->x(), 1e-9);
  // A second callout gets a new id; an empty text or a click off the map places nothing.
  const auto second = LayoutEditor::placeCallout(l, p.page.frames, main.rectMm.center(), QStringLiteral("二"));
  ASSERT_TRUE(second);
  EXPECT_NE(*second, *id);
  EXPECT_FALSE(LayoutEditor::placeCallout(l, p.page.frames, main.rectMm.center(), QStringLiteral("  ")));
  EXPECT_FALSE(LayoutEditor::placeCallout(l, p.page.frames, QPointF(-1, -1), QStringLiteral("x")));
  // The round trip through JSON keeps the callout.
  auto back = LayoutJson::fromJson(LayoutJson::toJson(l), QStringLiteral("edited"));
  ASSERT_TRUE(back) << back.error().toStdString();
  EXPECT_EQ(back.value(), l);
}

TEST(LayoutEditor, AMapFrameWithALegendCannotGoFirst) {
  auto layout = LayoutJson::resolve(QStringLiteral("a3_landscape_plan"));
  ASSERT_TRUE(layout);
  const LayoutItem* legend = nullptr;
  for (const LayoutItem& item : layout->items)
    if (item.kind() == LayoutItemKind::Legend) legend = &item;
  ASSERT_NE(legend, nullptr);
  const LayoutItem* dependent = LayoutEditor::dependentOf(layout.value(), legend->mapId());
  ASSERT_NE(dependent, nullptr);
  EXPECT_EQ(LayoutEditor::dependentOf(layout.value(), legend->id), nullptr);
}

TEST(AtlasPlan, WalksTheCountiesInSortOrderAndDrivesTheMainFrame) {
  MapDocument document;
  ASSERT_TRUE(BundledMap::loadInto(document));
  auto layout = LayoutJson::resolve(QStringLiteral("a3_landscape_plan"));
  ASSERT_TRUE(layout);
  Layout l = layout.value();
  l.atlas.sortField = QStringLiteral("adcode");
  const LayoutContext context = LayoutContext::fromDocument(document);
  auto plan = AtlasPlan::make(l, context, QStringLiteral("counties"));
  ASSERT_TRUE(plan) << plan.error().toStdString();
  EXPECT_EQ(plan->pageCount(), 10);
  const auto counties = document.layer(QStringLiteral("counties"));
  const AttributeTable& a = counties->features->attributes();
  const int adcode = a.fieldIndex(QStringLiteral("adcode"));
  for (int i = 1; i < plan->pageCount(); ++i)
    EXPECT_LE(a.text(plan->rows()[std::size_t(i - 1)], adcode), a.text(plan->rows()[std::size_t(i)], adcode));
  int driven = 0;
  for (const LayoutItem& item : plan->layout().items)
    if (const MapFrameItem* m = item.as<MapFrameItem>(); m && m->atlasDriven) ++driven;
  EXPECT_EQ(driven, 1);
  EXPECT_EQ(plan->pageContext(context, 3).atlasRow, std::int64_t(plan->rows()[3]));
  EXPECT_FALSE(AtlasPlan::make(l, context, QStringLiteral("no_such_layer")));
}
