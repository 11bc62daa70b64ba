// The template family 规划图（标准图廓） (issue #17): the mathematical-basis note follows the frame's
// CRS, the km grid's labels sit where their lines are, and the printed scale is the true scale at the
// centre — each checked in the PDF read back (pdftotext -bbox) against PROJ's own tools.
#include "BundledMap.h"
#include "CoordinateTransform.h"
#include "LayoutExporter.h"
#include "LayoutJson.h"
#include "MapBasis.h"
#include "MapDocument.h"
#include "PdfTools.h"

#include <QProcess>
#include <QRegularExpression>
#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

struct Word {
  QString text;
  QRectF boxPt;
};

// Every word of page 1 with its box in PDF points from the top-left corner.
std::vector<Word> words(const QString& pdf) {
  const ToolRun run = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                                            QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
  std::vector<Word> out;
  static const QRegularExpression re(QStringLiteral(
      "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
  for (auto it = re.globalMatch(run.out); it.hasNext();) {
    const auto m = it.next();
    const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
    out.push_back({m.captured(5), QRectF(x0, y0, m.captured(3).toDouble() - x0, m.captured(4).toDouble() - y0)});
  }
  return out;
}

// Geodesic distance in metres on the GRS80 (= CGCS2000) ellipsoid, from PROJ's geod.
double geodesicMetres(double lon1, double lat1, double lon2, double lat2) {
  QProcess p;
  p.start(QStringLiteral("geod"), {QStringLiteral("+ellps=GRS80"), QStringLiteral("-I"), QStringLiteral("+units=m"),
                                   QStringLiteral("-f"), QStringLiteral("%.4f")});
  p.waitForStarted();
  p.write(QStringLiteral("%1 %2 %3 %4\n").arg(lat1, 0, 'f', 8).arg(lon1, 0, 'f', 8).arg(lat2, 0, 'f', 8).arg(lon2, 0, 'f', 8).toLatin1());
  p.closeWriteChannel();
  p.waitForFinished();
  const QStringList parts = QString::fromLatin1(p.readAllStandardOutput()).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
  return parts.size() >= 3 ? parts[2].toDouble() : -1;
}

struct Exported {
  MapDocument document;
  QTemporaryDir dir;
  QString pdf;
  Layout layout;
  PageResult page;
  bool ok = false;
  QString error;

  Exported(const QString& crs, const Extent& lonLat = {}) {
    if (!BundledMap::loadInto(document)) return;
    auto l = LayoutJson::resolve(QStringLiteral("standard_a3_landscape"));
    if (!l) {
      error = l.error();
      return;
    }
    layout = l.value();
    for (LayoutItem& item : layout.items)
      if (MapFrameItem* m = item.as<MapFrameItem>(); m && item.id == QLatin1String("main")) {
        m->crs = crs;
        if (!lonLat.isEmpty()) m->extent = lonLat;
      }
    LayoutContext context = LayoutContext::fromDocument(document);
    context.date = QDate(2025, 6, 30);
    LayoutExporter exporter(layout, context);
    pdf = dir.filePath(QStringLiteral("standard.pdf"));
    auto report = exporter.exportPage(pdf, ExportOptions{});
    if (!report) {
      error = report.error();
      return;
    }
    auto image = exporter.renderImage(20, &page);
    ok = bool(image) && !page.frames.empty();
  }
  const PdfGeoFrame& main() const { return page.frames.front(); }
};

}  // namespace

TEST(MapBasis, NoteFollowsTheCrs) {
  EXPECT_EQ(MapBasis::of(Crs::fromEpsg(4545)).noteLines(false).join(QLatin1Char('|')),
            QStringLiteral("2000国家大地坐标系|高斯-克吕格投影|3°分带，中央经线 108°"));
  EXPECT_EQ(MapBasis::of(Crs::fromEpsg(4546)).noteLines(false).join(QLatin1Char('|')),
            QStringLiteral("2000国家大地坐标系|高斯-克吕格投影|3°分带，中央经线 111°"));
  // A zone-prefixed CRS (EPSG:4524, CGCS2000 / 3-degree Gauss-Kruger zone 36: false easting 36 500 000 m).
  const MapBasis zoned = MapBasis::of(Crs::fromEpsg(4524));
  EXPECT_EQ(zoned.zone, 36);
  EXPECT_EQ(zoned.zoneWidth, 3);
  EXPECT_TRUE(zoned.noteLines(false).join(QLatin1Char('|')).contains(QStringLiteral("中央经线 108°")));
  EXPECT_EQ(MapBasis::of(Crs::fromEpsg(4490)).noteLines(true).join(QLatin1Char('|')),
            QStringLiteral("2000国家大地坐标系|地理坐标（经纬度），未投影|1985国家高程基准"));
  EXPECT_TRUE(MapBasis::of(Crs::fromEpsg(4214)).noteLines(false).contains(QStringLiteral("1954北京坐标系")));
  // On the central meridian the point scale is 1; 2° off at 33°N it is 1 + (Δλ cos φ)²/2 ≈ 1.00043.
  EXPECT_DOUBLE_EQ(MapBasis::of(Crs::fromEpsg(4545)).pointScale(108, 33), 1.0);
  EXPECT_NEAR(MapBasis::of(Crs::fromEpsg(4545)).pointScale(110, 33), 1.000428, 2e-5);
}

TEST(StandardFrame, TheNoteInThePdfNamesTheFramesCrs) {
  for (int epsg : {4545, 4546}) {
    Exported e(QStringLiteral("EPSG:%1").arg(epsg));
    ASSERT_TRUE(e.ok) << e.error.toStdString();
    const QString text = pdfText(e.pdf).remove(QLatin1Char('\n'));
    EXPECT_TRUE(text.contains(QStringLiteral("2000国家大地坐标系"))) << epsg;
    EXPECT_TRUE(text.contains(QStringLiteral("高斯-克吕格投影"))) << epsg;
    const QString cm = epsg == 4545 ? QStringLiteral("中央经线 108°") : QStringLiteral("中央经线 111°");
    EXPECT_TRUE(text.contains(cm)) << epsg << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("1985国家高程基准")));  // no DEM or hillshade drawn
    EXPECT_TRUE(text.contains(QStringLiteral("审图号：")));
    EXPECT_TRUE(text.contains(QStringLiteral("制图日期：2025年6月")));
  }
}

TEST(StandardFrame, TheFiveHundredKmLineLiesOnTheCentralMeridian) {
  // A frame around 108°E in EPSG:4545: its x = 500 km grid line is the central meridian.
  Exported e(QStringLiteral("EPSG:4545"), Extent::fromCorners(107.3, 32.2, 108.7, 33.2));
  ASSERT_TRUE(e.ok) << e.error.toStdString();
  const PdfGeoFrame& f = e.main();
  const double ptPerMm = 72 / 25.4;
  // The label of the 500 km line below the frame: "500" at the ends of the side ("5" small, "00"
  // large, read back as one word), "00" between them, as abbreviated grid values are.
  const double bottomPt = f.rectMm.bottom() * ptPerMm;
  const double metresPerMm = f.extent.width() / f.rectMm.width();
  const Word* label = nullptr;
  double easting = 0;
  for (const Word& w : words(e.pdf)) {
    if ((w.text != QLatin1String("500") && w.text != QLatin1String("00")) || w.boxPt.top() < bottomPt ||
        w.boxPt.top() > bottomPt + 9 * ptPerMm)
      continue;
    const double xMm = w.boxPt.center().x() / ptPerMm;
    const double x = f.extent.minX + (xMm - f.rectMm.left()) / f.rectMm.width() * f.extent.width();
    if (!label || std::abs(x - 500000) < std::abs(easting - 500000)) {
      label = &w;
      easting = x;
    }
  }
  ASSERT_NE(label, nullptr) << "no 500 km label under the frame";
  EXPECT_NEAR(easting, 500000, 1.0 * metresPerMm);  // within 1 mm on paper
  // And 500 km is where PROJ puts the central meridian.
  auto t = CoordinateTransform::create(Crs::fromEpsg(4545), Crs::fromEpsg(4326));
  double x = 500000, y = f.extent.centerY();
  ASSERT_TRUE(t && t->transformPoint(x, y));
  EXPECT_NEAR(x, 108.0, 1e-9);
}

TEST(StandardFrame, ThePrintedScaleIsTheTrueScaleAtTheCentre) {
  Exported e(QStringLiteral("EPSG:4546"));
  ASSERT_TRUE(e.ok) << e.error.toStdString();
  const PdfGeoFrame& f = e.main();
  // A measured distance: two points 0.2° either side of the frame's centre on its parallel.
  auto toGeo = CoordinateTransform::create(f.crs, Crs::fromEpsg(4326));
  auto toFrame = CoordinateTransform::create(Crs::fromEpsg(4326), f.crs);
  double lon = f.extent.centerX(), lat = f.extent.centerY();
  ASSERT_TRUE(toGeo && toFrame && toGeo->transformPoint(lon, lat));
  double x1 = lon - 0.2, y1 = lat, x2 = lon + 0.2, y2 = lat;
  ASSERT_TRUE(toFrame->transformPoint(x1, y1) && toFrame->transformPoint(x2, y2));
  const double mmPerUnit = f.rectMm.width() / f.extent.width();
  const double paperMm = std::hypot(x2 - x1, y2 - y1) * mmPerUnit;
  const double ground = geodesicMetres(lon - 0.2, lat, lon + 0.2, lat);
  ASSERT_GT(ground, 30000);
  const double trueScale = ground / (paperMm / 1000);
  // The numeric scale the PDF prints ("1:253 000").
  static const QRegularExpression re(QStringLiteral("1:(\\d{1,3}(?: \\d{3})+)"));
  const auto m = re.match(pdfText(e.pdf));
  ASSERT_TRUE(m.hasMatch());
  const double printed = QString(m.captured(1)).remove(QLatin1Char(' ')).toDouble();
  EXPECT_NEAR(printed / trueScale, 1.0, 0.005) << printed << " vs " << trueScale;
}

TEST(StandardFrame, EveryTemplateOfTheFamilyFitsItsSheetWithoutOverlaps) {
  MapDocument document;
  ASSERT_TRUE(BundledMap::loadInto(document));
  const QString keep = qEnvironmentVariable("PLANMAP_KEEP_PNG");  // a folder: also write the pages there to look at
  for (const char* size : {"a4", "a3", "a1", "a0"})
    for (const char* orientation : {"landscape", "portrait"}) {
      const QString name = QStringLiteral("standard_%1_%2").arg(QLatin1String(size), QLatin1String(orientation));
      auto layout = LayoutJson::resolve(name);
      ASSERT_TRUE(layout) << layout.error().toStdString();
      EXPECT_EQ(layout->family, QStringLiteral("规划图（标准图廓）"));
      const QRectF sheet(QPointF(0, 0), layout->page.sizeMm());
      const LayoutItem* neatline = nullptr;
      for (const LayoutItem& item : layout->items) {
        EXPECT_TRUE(sheet.contains(item.rectMm)) << name.toStdString() << " " << item.id.toStdString();
        if (item.kind() == LayoutItemKind::Neatline) neatline = &item;
      }
      ASSERT_NE(neatline, nullptr) << name.toStdString();
      // Inside the outer frame nothing overlaps anything else (the frame itself holds them all).
      for (const LayoutItem& a : layout->items)
        for (const LayoutItem& b : layout->items) {
          if (&a >= &b || &a == neatline || &b == neatline) continue;
          EXPECT_FALSE(a.rectMm.intersects(b.rectMm)) << name.toStdString() << ": " << a.id.toStdString() << " / " << b.id.toStdString();
        }
      LayoutExporter exporter(layout.value(), LayoutContext::fromDocument(document));
      PageResult page;
      auto image = exporter.renderImage(20, &page);
      ASSERT_TRUE(image) << image.error().toStdString();
      EXPECT_TRUE(page.warnings.isEmpty()) << name.toStdString() << ": " << page.warnings.join(QLatin1Char('\n')).toStdString();
      if (!keep.isEmpty()) {
        auto big = exporter.renderImage(60);
        if (big) big->save(QDir(keep).filePath(name + QStringLiteral(".png")));
      }
    }
}

TEST(StandardFrame, PdfTitleIsTheTitleAsEdited) {
  MapDocument document;
  ASSERT_TRUE(BundledMap::loadInto(document));
  auto layout = LayoutJson::resolve(QStringLiteral("standard_a4_landscape"));
  ASSERT_TRUE(layout);
  for (LayoutItem& item : layout->items)
    if (item.kind() == LayoutItemKind::Title) item.text = QStringLiteral("白河县 产业园区布局图");
  QTemporaryDir dir;
  const QString pdf = dir.filePath(QStringLiteral("t.pdf"));
  ASSERT_TRUE(LayoutExporter(layout.value(), LayoutContext::fromDocument(document)).exportPage(pdf, ExportOptions{}));
  const QString info = pdfInfo(pdf);
  EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Title:\\s+白河县 产业园区布局图\\n")))) << info.toStdString();
}

// Golden images of the standard frame at A3 landscape in both Gauss-Krüger zones Ankang spans: the
// page rendered at 25 dpi against the reviewed reference (PLANMAP_UPDATE_GOLDEN=1 rewrites them
// after a deliberate change; look at the new PNGs before committing them).
TEST(StandardFrame, A3LandscapeMatchesTheGoldenImagesIn4545And4546) {
  for (int epsg : {4545, 4546}) {
    Exported e(QStringLiteral("EPSG:%1").arg(epsg));
    ASSERT_TRUE(e.ok) << e.error.toStdString();
    LayoutContext context = LayoutContext::fromDocument(e.document);
    context.date = QDate(2025, 6, 30);
    auto image = LayoutExporter(e.layout, context).renderImage(25);
    ASSERT_TRUE(image) << image.error().toStdString();
    const QString reference = QStringLiteral(PLANMAP_TEST_DATA "/layout/standard_a3_landscape_%1_r25.png").arg(epsg);
    if (qEnvironmentVariableIsSet("PLANMAP_UPDATE_GOLDEN")) ASSERT_TRUE(image->convertToFormat(QImage::Format_RGB32).save(reference));
    const QImage golden(reference);
    ASSERT_FALSE(golden.isNull()) << reference.toStdString();
    EXPECT_LT(differingPixels(image.value(), golden, 48), 0.01) << epsg;
  }
}
