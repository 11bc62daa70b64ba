#include "BasemapChooser.h"
#include "BundledMap.h"
#include "LayoutJson.h"
#include "MapDocument.h"
#include "PdfExportDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

// Page count as poppler's pdfinfo reads it: an independent check that the file is a valid PDF.
int pdfinfoPages(const QString& path) {
  QProcess process;
  process.start(QStringLiteral("pdfinfo"), {path});
  if (!process.waitForFinished(30000) || process.exitCode() != 0) return -1;
  const QRegularExpressionMatch m =
      QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
          .match(QString::fromUtf8(process.readAllStandardOutput()));
  return m.hasMatch() ? m.captured(1).toInt() : -1;
}

class PdfExportDialogTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    document_ = new MapDocument;
    const Status loaded = BundledMap::loadInto(*document_);
    ASSERT_TRUE(loaded.isOk()) << loaded.error().toStdString();
  }
  static void TearDownTestSuite() {
    delete document_;
    document_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(out_.isValid()); }

  // Runs one export to the end; returns finished()'s arguments.
  static std::pair<bool, QString> run(PdfExportDialog& dialog, const ExportRequest& request) {
    QSignalSpy finished(&dialog, &PdfExportDialog::finished);
    const bool started = dialog.startExport(request);
    if (started) {
      EXPECT_TRUE(finished.wait(50000) || finished.count() == 1);
    }
    if (finished.count() != 1) return {false, QStringLiteral("no finished() signal")};
    return {finished.at(0).at(0).toBool(), finished.at(0).at(1).toString()};
  }

  static MapDocument* document_;
  QTemporaryDir out_;
};

MapDocument* PdfExportDialogTest::document_ = nullptr;

}  // namespace

TEST_F(PdfExportDialogTest, FormListsTemplatesAndLayers) {
  PdfExportDialog dialog(*document_);
  EXPECT_TRUE(PdfExportDialog::templateNames().contains(LayoutJson::defaultTemplateName()));
  const ExportRequest r = dialog.request();
  EXPECT_EQ(r.templateName, LayoutJson::defaultTemplateName());
  EXPECT_TRUE(r.atlasLayer.isEmpty());
  ExportRequest wanted;
  wanted.templateName = QStringLiteral("a3_atlas_county");
  wanted.title = QStringLiteral("安康市国土空间规划");
  wanted.format = ExportFormat::Png;
  wanted.dpi = 150;
  wanted.atlasLayer = QStringLiteral("counties");
  wanted.outputPath = out_.filePath(QStringLiteral("x.png"));
  dialog.setRequest(wanted);
  const ExportRequest back = dialog.request();
  EXPECT_EQ(back.templateName, wanted.templateName);
  EXPECT_EQ(back.title, wanted.title);
  EXPECT_EQ(back.format, wanted.format);
  EXPECT_EQ(back.dpi, wanted.dpi);
  EXPECT_EQ(back.atlasLayer, wanted.atlasLayer);
  EXPECT_EQ(back.outputPath, wanted.outputPath);
}

TEST_F(PdfExportDialogTest, DefaultTemplateExportsOnePagePdf) {
  BasemapChooser chooser(nullptr, out_.filePath(QStringLiteral("tiles")));
  PdfExportDialog dialog(*document_, chooser.renderer());
  ExportRequest request;
  request.templateName = LayoutJson::defaultTemplateName();
  request.title = QStringLiteral("安康市 测试导出");
  request.outputPath = out_.filePath(QStringLiteral("map.pdf"));
  const auto [ok, message] = run(dialog, request);
  ASSERT_TRUE(ok) << message.toStdString();
  EXPECT_FALSE(dialog.isRunning());
  ASSERT_TRUE(QFileInfo::exists(request.outputPath)) << message.toStdString();
  EXPECT_EQ(dialog.lastReport().pages, 1);
  EXPECT_TRUE(message.contains(QStringLiteral("map.pdf"))) << message.toStdString();
  EXPECT_EQ(pdfinfoPages(request.outputPath), 1);
}

TEST_F(PdfExportDialogTest, ChosenBasemapIsDrawnUnderTheMapAndCreditedInTheFooter) {
  BasemapChooser chooser(nullptr, out_.filePath(QStringLiteral("tiles")));
  ASSERT_TRUE(chooser.renderer()) << "hillshade is the default basemap";
  PdfExportDialog withBasemap(*document_, chooser.renderer());
  PdfExportDialog without(*document_, nullptr);
  ExportRequest request;
  request.templateName = LayoutJson::defaultTemplateName();
  request.outputPath = out_.filePath(QStringLiteral("hillshade.pdf"));
  ASSERT_TRUE(run(withBasemap, request).first);
  request.outputPath = out_.filePath(QStringLiteral("plain.pdf"));
  ASSERT_TRUE(run(without, request).first);

  const auto text = [](const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
  };
  const auto images = [](const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() - 2;
  };
  // The hillshade is a raster under the vector layers; without a basemap the page has no image.
  EXPECT_GE(images(out_.filePath(QStringLiteral("hillshade.pdf"))), 1);
  EXPECT_EQ(images(out_.filePath(QStringLiteral("plain.pdf"))), 0);
  EXPECT_TRUE(text(out_.filePath(QStringLiteral("hillshade.pdf"))).contains(QStringLiteral("ETOPO5(NOAA)")));
  EXPECT_FALSE(text(out_.filePath(QStringLiteral("plain.pdf"))).contains(QStringLiteral("ETOPO5(NOAA)")));
}

TEST_F(PdfExportDialogTest, AtlasOverCountiesHasTenPagesWithProgress) {
  PdfExportDialog dialog(*document_);
  ExportRequest request;
  request.templateName = QStringLiteral("a3_atlas_county");
  request.atlasLayer = QStringLiteral("counties");
  request.outputPath = out_.filePath(QStringLiteral("atlas.pdf"));
  QSignalSpy progress(&dialog, &PdfExportDialog::progressChanged);
  const auto [ok, message] = run(dialog, request);
  ASSERT_TRUE(ok) << message.toStdString();
  EXPECT_EQ(dialog.lastReport().pages, 10);
  EXPECT_EQ(pdfinfoPages(request.outputPath), 10);
  // Progress arrived on the UI thread, once per page, ending at 10 of 10.
  QTRY_COMPARE_WITH_TIMEOUT(progress.count(), 10, 5000);
  EXPECT_EQ(progress.last().at(0).toInt(), 10);
  EXPECT_EQ(progress.last().at(1).toInt(), 10);
}

TEST_F(PdfExportDialogTest, CancelRightAfterStartLeavesNoFile) {
  PdfExportDialog dialog(*document_);
  ExportRequest request;
  request.templateName = QStringLiteral("a3_atlas_county");
  request.atlasLayer = QStringLiteral("counties");
  request.outputPath = out_.filePath(QStringLiteral("cancelled.pdf"));
  QSignalSpy finished(&dialog, &PdfExportDialog::finished);
  ASSERT_TRUE(dialog.startExport(request));
  EXPECT_TRUE(dialog.isRunning());
  dialog.cancelExport();
  QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 50000);
  EXPECT_FALSE(finished.at(0).at(0).toBool());
  EXPECT_FALSE(dialog.isRunning());
  EXPECT_FALSE(QFileInfo::exists(request.outputPath));
  // No temporary left beside it either.
  EXPECT_TRUE(QDir(out_.path()).entryList(QDir::Files | QDir::Hidden).isEmpty())
      << QDir(out_.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')).toStdString();
}

TEST_F(PdfExportDialogTest, RefusesUnknownTemplateAndAtlasLayer) {
  PdfExportDialog dialog(*document_);
  ExportRequest request;
  request.templateName = QStringLiteral("no_such_template");
  request.outputPath = out_.filePath(QStringLiteral("x.pdf"));
  auto [ok, message] = run(dialog, request);
  EXPECT_FALSE(ok);
  EXPECT_TRUE(message.contains(QStringLiteral("no_such_template"))) << message.toStdString();
  request.templateName = LayoutJson::defaultTemplateName();
  request.atlasLayer = QStringLiteral("no_such_layer");
  std::tie(ok, message) = run(dialog, request);
  EXPECT_FALSE(ok);
  EXPECT_TRUE(message.contains(QStringLiteral("no_such_layer"))) << message.toStdString();
  EXPECT_FALSE(QFileInfo::exists(request.outputPath));
}

TEST_F(PdfExportDialogTest, AtlasOneFilePerFeatureWritesTenPdfs) {
  PdfExportDialog dialog(*document_);
  ExportRequest request;
  request.templateName = QStringLiteral("a3_atlas_county");
  request.atlasLayer = QStringLiteral("counties");
  request.atlasPerFeature = true;
  const QString folder = out_.filePath(QStringLiteral("pages"));
  ASSERT_TRUE(QDir().mkpath(folder));
  request.outputPath = folder;
  const auto [ok, message] = run(dialog, request);
  ASSERT_TRUE(ok) << message.toStdString();
  EXPECT_EQ(dialog.lastReport().files.size(), 10);
  const QStringList pdfs = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
  EXPECT_EQ(pdfs.size(), 10) << pdfs.join(QLatin1Char(' ')).toStdString();
  ASSERT_FALSE(pdfs.isEmpty());
  EXPECT_EQ(pdfinfoPages(QDir(folder).filePath(pdfs.first())), 1);
}
