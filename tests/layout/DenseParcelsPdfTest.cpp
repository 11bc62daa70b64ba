#include "FeatureStoreBuilder.h"
#include "LayoutExporter.h"
#include "LayoutJson.h"
#include "MapDocument.h"
#include "PdfTools.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <iostream>
#include <gtest/gtest.h>

using namespace planmap;

// The PDF export draws map geometry in whole 1/100 mm units (short numbers in Qt's content stream).
// These tests export a page dense with same-symbol parcels, dashed roads and labelled point markers,
// read it back with poppler and hold it against the QImage render of the same layout: any unit that
// was not scaled back (pen widths, dash lengths, marker sizes, sub-pixel dots) or a coordinate that was
// rounded too coarsely shows up as differing pixels.
namespace {

constexpr double X0 = 520000, Y0 = 3605000;  // CGCS2000 / 3-degree GK CM 108E, near Ankang
constexpr int kColumns = 60, kRows = 40;
const char* const kTownNames[] = {"汉滨区", "旬阳市", "石泉县", "汉阴县", "紫阳县", "岚皋县"};

std::shared_ptr<VectorLayer> layer(const QString& id, std::shared_ptr<const FeatureStore> store, const Symbol& symbol) {
  auto l = std::make_shared<VectorLayer>();
  l->id = id;
  l->title = id;
  l->features = std::move(store);
  l->crs = Crs::fromEpsg(4545);
  l->style.symbol = symbol;
  return l;
}

// kColumns × kRows irregular 16-gons that nearly touch, as on a parcel map: one symbol for all.
std::shared_ptr<const FeatureStore> parcels() {
  FeatureStoreBuilder b({{QStringLiteral("name"), QMetaType::QString}});
  const double w = 20000.0 / kColumns, h = 14000.0 / kRows;
  constexpr int n = 16;
  std::vector<double> ring(2 * (n + 1));
  for (int r = 0; r < kRows; ++r)
    for (int c = 0; c < kColumns; ++c) {
      const double cx = X0 + (c + 0.5) * w, cy = Y0 + (r + 0.5) * h;
      for (int i = 0; i <= n; ++i) {
        const double a = 2 * M_PI * (i % n) / n;
        const double k = 0.42 + 0.06 * std::sin(3.0 * a + r + c);  // lumpy, not a regular polygon
        ring[2 * i] = cx + k * w * std::cos(a);
        ring[2 * i + 1] = cy + k * h * std::sin(a);
      }
      b.beginFeature(std::int64_t(r) * kColumns + c, GeometryType::Polygon);
      b.addPart(ring.data(), n + 1, true);
      std::vector<QVariant> row{QStringLiteral("p%1").arg(r * kColumns + c)};
      b.endFeature(row);
    }
  return b.finish();
}

std::shared_ptr<const FeatureStore> roads() {
  FeatureStoreBuilder b({{QStringLiteral("name"), QMetaType::QString}});
  for (int i = 0; i < 4; ++i) {
    const double xy[] = {X0 + 500, Y0 + 2000 + i * 3300, X0 + 10000, Y0 + 4000 + i * 3000, X0 + 19500, Y0 + 1500 + i * 3200};
    b.beginFeature(i + 1, GeometryType::Line);
    b.addPart(xy, 3, false);
    std::vector<QVariant> row{QStringLiteral("road %1").arg(i)};
    b.endFeature(row);
  }
  return b.finish();
}

std::shared_ptr<const FeatureStore> towns() {
  FeatureStoreBuilder b({{QStringLiteral("name"), QMetaType::QString}});
  for (int i = 0; i < 6; ++i) {
    const double xy[] = {X0 + 1800 + i * 3200, Y0 + 7000 + (i % 2) * 2500};
    b.beginFeature(i + 1, GeometryType::Point);
    b.addPart(xy, 1, false);
    std::vector<QVariant> row{QString::fromUtf8(kTownNames[i])};
    b.endFeature(row);
  }
  return b.finish();
}

class DenseParcelsPdf : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new QTemporaryDir;
    document_ = new MapDocument;
    document_->setDisplayCrs(Crs::fromEpsg(4545));
    Symbol parcel;
    parcel.fill = QColor(166, 206, 227);  // opaque, like the benchmark's default polygon style
    parcel.stroke = QColor(31, 120, 180);
    parcel.strokeWidthMm = 0.3;
    document_->addLayer(layer(QStringLiteral("parcels"), parcels(), parcel));
    Symbol road;
    road.stroke = QColor(200, 40, 40);
    road.strokeWidthMm = 0.8;
    road.dash = Qt::DashLine;
    document_->addLayer(layer(QStringLiteral("roads"), roads(), road));
    Symbol town;
    town.fill = QColor(227, 26, 28);
    town.stroke = QColor(40, 40, 40);
    town.strokeWidthMm = 0.3;
    town.marker = MarkerShape::Square;
    town.markerSizeMm = 4;
    auto townLayer = layer(QStringLiteral("towns"), towns(), town);
    townLayer->style.labels.enabled = true;
    townLayer->style.labels.field = QStringLiteral("name");
    townLayer->style.labels.sizePt = 12;
    document_->addLayer(townLayer);

    auto layout = LayoutJson::resolve(QStringLiteral("a3_landscape_simple"));
    ASSERT_TRUE(layout) << layout.error().toStdString();
    LayoutContext context = LayoutContext::fromDocument(*document_);
    context.date = QDate(2025, 6, 30);
    exporter_ = new LayoutExporter(layout.value(), context);
    pdf_ = dir_->filePath(QStringLiteral("parcels.pdf"));
    auto report = exporter_->exportPage(pdf_, ExportOptions{});
    ASSERT_TRUE(report) << report.error().toStdString();
  }
  static void TearDownTestSuite() {
    delete exporter_;
    delete document_;
    delete dir_;
  }

  static inline QTemporaryDir* dir_ = nullptr;
  static inline MapDocument* document_ = nullptr;
  static inline LayoutExporter* exporter_ = nullptr;
  static inline QString pdf_;
};

}  // namespace

TEST_F(DenseParcelsPdf, PopplerRenderMatchesTheImageRender) {
  constexpr int dpi = 100;
  const QImage page = pdfPage(pdf_, dpi);
  ASSERT_FALSE(page.isNull());
  auto image = exporter_->renderImage(dpi);
  ASSERT_TRUE(image) << image.error().toStdString();
  // pdftoppm and the image export round the A3 page to whole pixels independently (±1 px).
  const int w = std::min(page.width(), image.value().width()), h = std::min(page.height(), image.value().height());
  ASSERT_LE(std::abs(page.width() - image.value().width()) + std::abs(page.height() - image.value().height()), 2);
  const QImage pdfPixels = page.copy(0, 0, w, h), imagePixels = image.value().copy(0, 0, w, h);
  // Poppler and QPainter anti-alias 2 400 outlines a little differently: 2.5 % of pixels differ by more
  // than 48 with or without the whole-unit coordinates. An outline pen not scaled back to its width
  // (17× too thin) makes it 12 %; markers or geometry off by the rounding unit move far more.
  constexpr double kTolerance = 0.035;
  const double differing = differingPixels(pdfPixels, imagePixels, 48);
  EXPECT_LT(differing, kTolerance) << differing;
  if (differing >= kTolerance) {
    page.save(dir_->filePath(QStringLiteral("pdf.png")));
    image.value().save(dir_->filePath(QStringLiteral("image.png")));
    dir_->setAutoRemove(false);
    ADD_FAILURE() << "images kept in " << dir_->path().toStdString();
  }
}

TEST_F(DenseParcelsPdf, LabelsStaySearchableText) {
  const QString text = pdfText(pdf_);
  for (const char* name : kTownNames) EXPECT_TRUE(text.contains(QString::fromUtf8(name))) << name;
  EXPECT_TRUE(text.contains(QStringLiteral("基准测试图"))) << text.left(300).toStdString();
}

TEST_F(DenseParcelsPdf, StaysCompact) {
  // 2 400 parcels × 16 vertices: at whole-unit coordinates a vertex costs a few compressed bytes; Qt's
  // nine-digit decimals roughly double that.
  const qint64 bytes = QFileInfo(pdf_).size();
  EXPECT_GT(bytes, 20000);
  EXPECT_LT(bytes, 400000) << bytes;
  std::cout << "dense parcels PDF: " << bytes << " bytes\n";
}
