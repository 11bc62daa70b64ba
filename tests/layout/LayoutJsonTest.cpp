#include "LayoutJson.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {
const QString kData = QStringLiteral(PLANMAP_TEST_DATA "/layout/");
}

TEST(LayoutJson, EveryTemplateReadsAndRoundTrips) {
  for (const QString& name : {QStringLiteral("a3_landscape_plan"), QStringLiteral("a4_portrait_county"), QStringLiteral("a3_atlas_county")}) {
    auto layout = LayoutJson::resolve(name);
    ASSERT_TRUE(layout) << layout.error().toStdString();
    EXPECT_EQ(layout->name, name);
    EXPECT_FALSE(layout->items.empty());
    auto again = LayoutJson::fromJson(LayoutJson::toJson(layout.value()), name);
    ASSERT_TRUE(again) << again.error().toStdString();
    EXPECT_EQ(again.value(), layout.value()) << name.toStdString();
  }
}

TEST(LayoutJson, RoundTripsThroughAFile) {
  auto layout = LayoutJson::readFile(kData + QStringLiteral("custom_page.json"));
  ASSERT_TRUE(layout) << layout.error().toStdString();
  EXPECT_NEAR(layout->page.sizeMm().width(), 250, 1e-9);
  EXPECT_NEAR(layout->page.sizeMm().height(), 180, 1e-9);
  const LayoutItem* map = layout->item(QStringLiteral("main"));
  ASSERT_NE(map, nullptr);
  ASSERT_NE(map->as<MapFrameItem>(), nullptr);
  EXPECT_EQ(map->as<MapFrameItem>()->grid, GridKind::Projected);
  EXPECT_DOUBLE_EQ(map->as<MapFrameItem>()->scale, 1500000);
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("copy.json"));
  ASSERT_TRUE(LayoutJson::writeFile(layout.value(), path));
  auto back = LayoutJson::readFile(path);
  ASSERT_TRUE(back) << back.error().toStdString();
  EXPECT_EQ(back.value(), layout.value());
}

TEST(LayoutJson, PageSizesAreExactInPoints) {
  LayoutPage a3;
  a3.size = QStringLiteral("A3");
  a3.landscape = true;
  EXPECT_NEAR(a3.sizePt().width(), 1190.55, 0.01);
  EXPECT_NEAR(a3.sizePt().height(), 841.89, 0.01);
  LayoutPage a4;
  a4.size = QStringLiteral("A4");
  a4.landscape = false;
  EXPECT_NEAR(a4.sizePt().width(), 595.28, 0.01);
  EXPECT_NEAR(a4.sizePt().height(), 841.89, 0.01);
}

TEST(LayoutJson, BrokenFieldIsNamedWithFileAndItem) {
  auto layout = LayoutJson::readFile(kData + QStringLiteral("broken_rect.json"));
  ASSERT_FALSE(layout);
  const QString e = layout.error();
  EXPECT_TRUE(e.contains(QStringLiteral("broken_rect.json"))) << e.toStdString();
  EXPECT_TRUE(e.contains(QStringLiteral("items[1] (legend)"))) << e.toStdString();
  EXPECT_TRUE(e.contains(QStringLiteral("'rect_mm'"))) << e.toStdString();
}

TEST(LayoutJson, UnknownMapReferenceIsRejected) {
  auto layout = LayoutJson::readFile(kData + QStringLiteral("broken_reference.json"));
  ASSERT_FALSE(layout);
  EXPECT_TRUE(layout.error().contains(QStringLiteral("broken_reference.json"))) << layout.error().toStdString();
  EXPECT_TRUE(layout.error().contains(QStringLiteral("'map'"))) << layout.error().toStdString();
  EXPECT_TRUE(layout.error().contains(QStringLiteral("mian"))) << layout.error().toStdString();
}

TEST(LayoutJson, WrongFormatAndVersionAreRejected) {
  auto wrongFormat = LayoutJson::readBytes(R"({"format": "planmap-links", "version": 1})", QStringLiteral("x.json"));
  ASSERT_FALSE(wrongFormat);
  EXPECT_TRUE(wrongFormat.error().contains(QStringLiteral("'format'")));
  auto newer = LayoutJson::readBytes(R"({"format": "planmap-layout", "version": 9, "page": {"size": "A4"}, "items": []})",
                                     QStringLiteral("x.json"));
  ASSERT_FALSE(newer);
  EXPECT_TRUE(newer.error().contains(QStringLiteral("version 9")));
  auto badSize = LayoutJson::readBytes(R"({"format": "planmap-layout", "version": 1, "page": {"size": "B5"}, "items": []})",
                                       QStringLiteral("x.json"));
  ASSERT_FALSE(badSize);
  EXPECT_TRUE(badSize.error().contains(QStringLiteral("x.json: page: field 'size'"))) << badSize.error().toStdString();
}
