#include "BundledMap.h"
#include "LayoutExporter.h"
#include "LayoutJson.h"
#include "MapDocument.h"
#include "PdfTools.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

const QString kReference = QStringLiteral(PLANMAP_TEST_DATA "/layout/a3_landscape_plan_r50.png");

// One export of the default template of the bundled map, shared by the tests that read it back.
class LayoutPdf : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new QTemporaryDir;
    document_ = new MapDocument;
    const Status loaded = BundledMap::loadInto(*document_);
    ASSERT_TRUE(loaded) << loaded.error().toStdString();
    auto layout = LayoutJson::resolve(QStringLiteral("a3_landscape_plan"));
    ASSERT_TRUE(layout) << layout.error().toStdString();
    LayoutContext context = LayoutContext::fromDocument(*document_);
    context.date = QDate(2025, 6, 30);  // a fixed date keeps the footer, and the reference image, stable
    exporter_ = new LayoutExporter(layout.value(), context);
    pdf_ = dir_->filePath(QStringLiteral("plan.pdf"));
    auto report = exporter_->exportPage(pdf_, ExportOptions{});
    ASSERT_TRUE(report) << report.error().toStdString();
    auto image = exporter_->renderImage(50, &page_);
    ASSERT_TRUE(image) << image.error().toStdString();
  }
  static void TearDownTestSuite() {
    delete exporter_;
    delete document_;
    delete dir_;
  }
  static QStringList countyNames() {
    QStringList names;
    auto counties = document_->layer(QStringLiteral("counties"));
    const int field = counties->features->attributes().fieldIndex(QStringLiteral("name_zh"));
    for (std::size_t f = 0; f < counties->features->featureCount(); ++f) names << counties->features->attributes().text(f, field);
    return names;
  }

  static inline QTemporaryDir* dir_ = nullptr;
  static inline MapDocument* document_ = nullptr;
  static inline LayoutExporter* exporter_ = nullptr;
  static inline QString pdf_;
  static inline PageResult page_;
};

}  // namespace

TEST_F(LayoutPdf, TextStaysSearchableChinese) {
  const QString text = pdfText(pdf_);
  EXPECT_TRUE(text.contains(QStringLiteral("安康市“十四五”规划图"))) << text.left(400).toStdString();
  const QStringList counties = countyNames();
  ASSERT_EQ(counties.size(), 10);
  for (const QString& name : counties) EXPECT_TRUE(text.contains(name)) << name.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("图例")));
  // Digits after Latin letters used to vanish from Qt's ToUnicode map; the scale must be copyable.
  EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("1:\\d[\\d ]+")))) << "scale text";
  EXPECT_TRUE(text.contains(QStringLiteral("© OpenStreetMap contributors")));
  EXPECT_TRUE(text.contains(QStringLiteral("图中示意性(schematic)要素位置与范围仅为示意，不作为权属或审批依据")));
  EXPECT_TRUE(text.contains(QStringLiteral("2025年6月30日")));
}

TEST_F(LayoutPdf, TableListsTargetsLinkedToFeaturesInTheFrame) {
  const QString text = pdfText(pdf_);
  auto targets = PlanTargetTable::loadBundled(2025);
  ASSERT_TRUE(targets) << targets.error().toStdString();
  EXPECT_TRUE(targets->rowsFor({}).empty()) << "no features, no rows";
  // The main frame shows the whole city, so nearly every bundled feature is in it; the table lists
  // the linked targets in catalog order and shows at least the first one.
  std::vector<FeatureRef> refs;
  for (const auto& layer : document_->layers())
    for (std::size_t f = 0; f < layer->features->featureCount(); ++f) refs.push_back({layer->id, layer->featureKey(f), QString()});
  const auto rows = targets->rowsFor(refs);
  ASSERT_FALSE(rows.empty());
  EXPECT_GT(page_.targetRows, 0);
  EXPECT_LE(page_.targetRows, int(rows.size()));  // 常州's enclave park lies outside the main frame
  EXPECT_TRUE(text.contains(QStringLiteral("规划目标"))) << "table title";
  EXPECT_TRUE(text.contains(QStringLiteral("最新进展")));
  EXPECT_TRUE(text.contains(rows.front().indicator.left(6))) << rows.front().indicator.toStdString();
  EXPECT_TRUE(text.contains(rows.front().value)) << rows.front().value.toStdString();
}

TEST_F(LayoutPdf, EveryFontIsEmbeddedAsASubset) {
  const ToolRun fonts = runTool(QStringLiteral("pdffonts"), {pdf_});
  ASSERT_EQ(fonts.exitCode, 0) << fonts.err.toStdString();
  const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
  ASSERT_FALSE(lines.isEmpty());
  for (const QString& line : lines) {
    EXPECT_TRUE(line.contains(QRegularExpression(QStringLiteral("\\byes\\s+yes\\s+yes\\b")))) << line.toStdString();
    EXPECT_TRUE(line.contains(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+")))) << line.toStdString();
  }
}

TEST_F(LayoutPdf, PageIsExactlyA3LandscapeInPoints) {
  const QString info = pdfInfo(pdf_);
  EXPECT_TRUE(info.contains(QStringLiteral("1190.55 x 841.89 pts"))) << info.toStdString();
  EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
}

TEST_F(LayoutPdf, StaysVectorWithRealTransparency) {
  // No raster images at all: maps, swatches and text are vector operators.
  const ToolRun images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf_});
  EXPECT_EQ(images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2) << images.out.toStdString();
  QFile f(pdf_);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QByteArray bytes = f.readAll();
  // Semi-transparent fills (e.g. the Qinling zones) become ExtGState fill alpha below 1.
  EXPECT_TRUE(QString::fromLatin1(bytes).contains(QRegularExpression(QStringLiteral("/ca 0\\.\\d+"))));
}

TEST_F(LayoutPdf, RendersLikeTheReferenceImage) {
  const QImage page = pdfPage(pdf_, 50);
  ASSERT_FALSE(page.isNull());
  if (qEnvironmentVariableIsSet("PLANMAP_UPDATE_REFERENCES")) page.save(kReference);
  const QImage reference(kReference);
  ASSERT_FALSE(reference.isNull()) << "missing " << kReference.toStdString();
  EXPECT_EQ(page.size(), reference.size());
  // Anti-aliasing and font hinting differ a little between poppler builds; layout errors move far more.
  EXPECT_LT(differingPixels(page, reference, 48), 0.01);
}

TEST_F(LayoutPdf, GdalReadsTheGeoreference) {
  const ToolRun info = runTool(QStringLiteral("gdalinfo"), {pdf_});
  ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
  EXPECT_TRUE(info.out.contains(QStringLiteral("CGCS2000"))) << info.out.left(800).toStdString();
  const QRegularExpression originRe(QStringLiteral("Origin = \\(([-\\d.]+),([-\\d.]+)\\)"));
  const QRegularExpression sizeRe(QStringLiteral("Pixel Size = \\(([-\\d.]+),([-\\d.]+)\\)"));
  const auto o = originRe.match(info.out), s = sizeRe.match(info.out);
  ASSERT_TRUE(o.hasMatch() && s.hasMatch()) << info.out.toStdString();
  ASSERT_FALSE(page_.frames.empty());
  const PdfGeoFrame& frame = page_.frames.front();
  EXPECT_EQ(frame.name, QStringLiteral("main"));
  // GDAL rasterises at 150 dpi by default: one pixel = 25.4/150 mm of paper.
  const double pixelMm = 25.4 / 150;
  const double pixel = s.captured(1).toDouble();
  EXPECT_NEAR(pixel, frame.extent.width() / (frame.rectMm.width() / pixelMm), pixel * 0.01);
  EXPECT_NEAR(-s.captured(2).toDouble(), frame.extent.height() / (frame.rectMm.height() / pixelMm), pixel * 0.01);
  // The page's top-left corner lies the frame's offset on paper beyond the frame's extent.
  EXPECT_NEAR(o.captured(1).toDouble(), frame.extent.minX - frame.rectMm.left() / pixelMm * pixel, pixel * 2);
  EXPECT_NEAR(o.captured(2).toDouble(), frame.extent.maxY + frame.rectMm.top() / pixelMm * pixel, pixel * 2);
}

TEST(LayoutExport, PngAndGeoTiffComeFromTheSamePainter) {
  MapDocument document;
  ASSERT_TRUE(BundledMap::loadInto(document));
  auto layout = LayoutJson::readFile(QStringLiteral(PLANMAP_TEST_DATA "/layout/custom_page.json"));
  ASSERT_TRUE(layout) << layout.error().toStdString();
  LayoutContext context = LayoutContext::fromDocument(document);
  LayoutExporter exporter(layout.value(), context);
  QTemporaryDir dir;
  ExportOptions png;
  png.format = ExportFormat::Png;
  png.dpi = 100;
  ASSERT_TRUE(exporter.exportPage(dir.filePath(QStringLiteral("p.png")), png));
  const QImage image(dir.filePath(QStringLiteral("p.png")));
  EXPECT_EQ(image.size(), QSize(qRound(250 / 25.4 * 100), qRound(180 / 25.4 * 100)));
  ExportOptions tif = png;
  tif.format = ExportFormat::Tiff;
  ASSERT_TRUE(exporter.exportPage(dir.filePath(QStringLiteral("p.tif")), tif));
  const ToolRun info = runTool(QStringLiteral("gdalinfo"), {dir.filePath(QStringLiteral("p.tif"))});
  EXPECT_TRUE(info.out.contains(QStringLiteral("Size is 984, 709"))) << info.out.toStdString();
  EXPECT_TRUE(info.out.contains(QStringLiteral("WGS 84"))) << info.out.toStdString();
  // The fixed scale 1:1,500,000 on a 240 mm frame spans 360 km: at 100 dpi, 945 pixels.
  const QRegularExpression sizeRe(QStringLiteral("Pixel Size = \\(([-\\d.]+),"));
  const double pixelDeg = sizeRe.match(info.out).captured(1).toDouble();
  const double frameKm = pixelDeg * (240 / 25.4 * 100) * 111.319 * std::cos(32.65 * M_PI / 180);
  EXPECT_NEAR(frameKm, 360, 4);
  // No leftovers of the atomic write.
  EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}
