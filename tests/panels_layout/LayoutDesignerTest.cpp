#include "CoordinateTransform.h"
#include "LayoutDesigner.h"
#include "LayoutExporter.h"
#include "LayoutJson.h"
#include "LayoutPreviewRenderer.h"
#include "LayoutPreviewWidget.h"
#include "Project.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMouseEvent>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cmath>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

constexpr int kPreviewTimeoutMs = 60000;

QJsonObject itemJson(const Project& project, int layout, const QString& id) {
  for (const QJsonValue& v : project.layouts().at(layout).toObject().value(QStringLiteral("items")).toArray())
    if (v.toObject().value(QStringLiteral("id")).toString() == id) return v.toObject();
  return {};
}

QRectF rectOf(const QJsonObject& item) {
  const QJsonArray r = item.value(QStringLiteral("rect_mm")).toArray();
  return QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble());
}

// A press-move-release drag with the button held during the moves (QTest::mouseMove does not
// carry the button state on every platform plugin).
void drag(QWidget* w, QPoint from, QPoint to) {
  QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, from);
  for (int i = 1; i <= 4; ++i) {
    const QPointF p = QPointF(from) + QPointF(to - from) * (i / 4.0);
    QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &move);
  }
  QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, to);
}

class LayoutDesignerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto project = Project::createBundled();
    ASSERT_TRUE(project) << project.error().toStdString();
    project_ = std::move(project.value());
    designer_ = std::make_unique<LayoutDesigner>(*project_);
    designer_->resize(1400, 900);
    designer_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(designer_.get()));
  }
  void TearDown() override {
    designer_.reset();
    project_.reset();
  }
  // A new layout from `templateName`, with its first preview shown.
  void newLayout(const QString& templateName) {
    QSignalSpy updated(designer_.get(), &LayoutDesigner::previewUpdated);
    ASSERT_TRUE(designer_->newLayoutFromTemplate(templateName));
    ASSERT_TRUE(updated.wait(kPreviewTimeoutMs) || updated.count() > 0);
  }

  std::unique_ptr<Project> project_;
  std::unique_ptr<LayoutDesigner> designer_;
};

}  // namespace

TEST_F(LayoutDesignerTest, DraggingAnItemMovesItInTheProjectAndUndoRestoresIt) {
  newLayout(QStringLiteral("a3_landscape_plan"));
  ASSERT_EQ(project_->layouts().size(), 1);
  const int layout = designer_->currentLayoutIndex();
  ASSERT_EQ(layout, 0);
  const QRectF before = rectOf(itemJson(*project_, layout, QStringLiteral("legend")));
  ASSERT_FALSE(before.isEmpty());

  LayoutPreviewWidget* preview = designer_->previewWidget();
  const double pxPerMm = preview->pixelsPerMm();
  ASSERT_GT(pxPerMm, 1.0);
  const QPoint from = preview->mmToWidget(before.center()).toPoint();
  const QPoint to = from + QPoint(-60, 30);
  const int undoBefore = project_->undoStack().count();
  drag(preview, from, to);

  EXPECT_EQ(designer_->selectedItemId(), QStringLiteral("legend"));
  EXPECT_EQ(project_->undoStack().count(), undoBefore + 1) << "one drag, one undo step";
  const QRectF after = rectOf(itemJson(*project_, layout, QStringLiteral("legend")));
  EXPECT_NEAR(after.x() - before.x(), -60 / pxPerMm, 0.15);
  EXPECT_NEAR(after.y() - before.y(), 30 / pxPerMm, 0.15);
  EXPECT_DOUBLE_EQ(after.width(), before.width());
  EXPECT_DOUBLE_EQ(after.height(), before.height());
  ASSERT_TRUE(designer_->currentLayout());
  EXPECT_EQ(designer_->currentLayout()->item(QStringLiteral("legend"))->rectMm, after);

  // The project's undo stack (the main window's Ctrl+Z) restores it, and the window follows.
  project_->undoStack().undo();
  EXPECT_EQ(rectOf(itemJson(*project_, layout, QStringLiteral("legend"))), before);
  EXPECT_EQ(designer_->currentLayout()->item(QStringLiteral("legend"))->rectMm, before);
  project_->undoStack().redo();
  EXPECT_EQ(rectOf(itemJson(*project_, layout, QStringLiteral("legend"))), after);
}

TEST_F(LayoutDesignerTest, DraggingTheCornerHandleResizesAndTextEditsAreUndoable) {
  newLayout(QStringLiteral("a3_landscape_plan"));
  const QRectF before = rectOf(itemJson(*project_, 0, QStringLiteral("overview")));
  LayoutPreviewWidget* preview = designer_->previewWidget();
  designer_->selectItem(QStringLiteral("overview"));
  ASSERT_EQ(designer_->selectedItemId(), QStringLiteral("overview"));
  const QPoint corner = preview->mmToWidget(before.bottomRight()).toPoint();
  drag(preview, corner, corner + QPoint(-40, -20));
  const QRectF after = rectOf(itemJson(*project_, 0, QStringLiteral("overview")));
  EXPECT_DOUBLE_EQ(after.topLeft().x(), before.topLeft().x());
  EXPECT_DOUBLE_EQ(after.topLeft().y(), before.topLeft().y());
  EXPECT_NEAR(after.width(), before.width() - 40 / preview->pixelsPerMm(), 0.15);
  EXPECT_NEAR(after.height(), before.height() - 20 / preview->pixelsPerMm(), 0.15);

  // Arrow keys nudge the selected item by a millimetre; Delete removes it; each is one undo step.
  preview->setFocus();
  QTest::keyClick(preview, Qt::Key_Right);
  EXPECT_NEAR(rectOf(itemJson(*project_, 0, QStringLiteral("overview"))).x(), before.x() + 1, 1e-9);
  designer_->selectItem(QStringLiteral("callout_hanjiang"));
  QTest::keyClick(preview, Qt::Key_Delete);
  EXPECT_TRUE(itemJson(*project_, 0, QStringLiteral("callout_hanjiang")).isEmpty());
  project_->undoStack().undo();
  EXPECT_FALSE(itemJson(*project_, 0, QStringLiteral("callout_hanjiang")).isEmpty());

  ASSERT_TRUE(designer_->setItemText(QStringLiteral("title"), QStringLiteral("安康市重点项目分布图")));
  EXPECT_EQ(itemJson(*project_, 0, QStringLiteral("title")).value(QStringLiteral("text")).toString(), QStringLiteral("安康市重点项目分布图"));
  project_->undoStack().undo();
  EXPECT_EQ(itemJson(*project_, 0, QStringLiteral("title")).value(QStringLiteral("text")).toString(), QStringLiteral("{title}"));
}

TEST_F(LayoutDesignerTest, CalloutPlacedByClickingIsAnchoredAtThatMapCoordinate) {
  newLayout(QStringLiteral("a3_landscape_plan"));
  auto layout = designer_->currentLayout();
  ASSERT_TRUE(layout);
  // Where the main frame shows what, from an independent render of the same layout.
  PageResult page;
  LayoutExporter exporter(*layout, LayoutContext::fromDocument(project_->document()));
  ASSERT_TRUE(exporter.renderImage(20, &page));
  const PdfGeoFrame* main = nullptr;
  for (const PdfGeoFrame& f : page.frames)
    if (f.name == QStringLiteral("main")) main = &f;
  ASSERT_NE(main, nullptr);
  // 旬阳 lies in the main frame, away from the insets.
  const double lon = 109.36, lat = 32.83;
  auto toFrame = CoordinateTransform::create(Crs::fromEpsg(4326), main->crs);
  ASSERT_TRUE(toFrame);
  double fx = lon, fy = lat;
  ASSERT_TRUE(toFrame->transformPoint(fx, fy));
  const QPointF mm(main->rectMm.left() + (fx - main->extent.minX) / main->extent.width() * main->rectMm.width(),
                   main->rectMm.top() + (main->extent.maxY - fy) / main->extent.height() * main->rectMm.height());
  LayoutPreviewWidget* preview = designer_->previewWidget();
  const QPoint click = preview->mmToWidget(mm).toPoint();

  designer_->setCalloutText(QStringLiteral("旬阳市：汉江与旬河交汇"));
  designer_->setPlacingCallout(true);
  QTest::mouseClick(preview, Qt::LeftButton, Qt::NoModifier, click);
  EXPECT_FALSE(preview->calloutMode()) << "one click places one callout";

  const QJsonArray items = project_->layouts().at(0).toObject().value(QStringLiteral("items")).toArray();
  const QJsonObject callout = items.last().toObject();
  ASSERT_EQ(callout.value(QStringLiteral("type")).toString(), QStringLiteral("callout"));
  EXPECT_EQ(callout.value(QStringLiteral("map")).toString(), QStringLiteral("main"));
  EXPECT_EQ(callout.value(QStringLiteral("text")).toString(), QStringLiteral("旬阳市：汉江与旬河交汇"));
  const QJsonArray anchor = callout.value(QStringLiteral("anchor")).toArray();
  double ax = anchor.at(0).toDouble(), ay = anchor.at(1).toDouble();
  ASSERT_TRUE(toFrame->transformPoint(ax, ay));
  // Within what one screen pixel (plus rounding of the click to whole pixels) covers on the map.
  const double metresPerPixel = main->extent.width() / main->rectMm.width() / preview->pixelsPerMm();
  EXPECT_LT(std::hypot(ax - fx, ay - fy), 1.0 * metresPerPixel) << metresPerPixel;
  EXPECT_NEAR(anchor.at(0).toDouble(), lon, 0.01);
  EXPECT_NEAR(anchor.at(1).toDouble(), lat, 0.01);
  // The read-out under the cursor agrees with the stored anchor.
  auto readOut = designer_->lonLatAt(preview->widgetToMm(click));
  ASSERT_TRUE(readOut);
  EXPECT_NEAR(readOut->x(), anchor.at(0).toDouble(), 1e-9);
  EXPECT_NEAR(readOut->y(), anchor.at(1).toDouble(), 1e-9);

  // The callout's box stays inside its frame.
  const QRectF box = rectOf(callout);
  EXPECT_TRUE(main->rectMm.contains(box)) << box.x() << "," << box.y();
  // PLANMAP_KEEP_OUTPUT=DIR keeps a screenshot of the window with the new callout selected.
  if (const QString keep = qEnvironmentVariable("PLANMAP_KEEP_OUTPUT"); !keep.isEmpty()) {
    QSignalSpy updated(designer_.get(), &LayoutDesigner::previewUpdated);
    ASSERT_TRUE(updated.wait(kPreviewTimeoutMs));
    designer_->grab().save(QDir(keep).filePath(QStringLiteral("layout_designer.png")));
  }
  project_->undoStack().undo();
  EXPECT_EQ(project_->layouts().at(0).toObject().value(QStringLiteral("items")).toArray().size(), items.size() - 1);
}

TEST_F(LayoutDesignerTest, PreviewRendersOffTheUiThreadAndANewerRequestWins) {
  auto layout = LayoutJson::resolve(QStringLiteral("a3_landscape_plan"));
  ASSERT_TRUE(layout);
  const LayoutContext context = LayoutContext::fromDocument(project_->document());
  LayoutPreviewRenderer renderer;
  QSignalSpy rendered(&renderer, &LayoutPreviewRenderer::rendered);
  QSignalSpy discarded(&renderer, &LayoutPreviewRenderer::discarded);
  QElapsedTimer timer;
  timer.start();
  const int first = renderer.request(layout.value(), context, 100);
  const int second = renderer.request(layout.value(), context, 60);
  const qint64 queuedMs = timer.elapsed();
  ASSERT_TRUE(rendered.wait(kPreviewTimeoutMs));
  QTRY_COMPARE_WITH_TIMEOUT(discarded.count(), 1, kPreviewTimeoutMs);
  EXPECT_EQ(rendered.count(), 1) << "only the latest request is shown";
  const auto frame = rendered.first().first().value<LayoutPreviewFrame>();
  EXPECT_EQ(frame.generation, second);
  EXPECT_EQ(discarded.first().at(0).toInt(), first);
  EXPECT_TRUE(discarded.first().at(1).toBool()) << "the older render was cancelled, not finished";
  EXPECT_NE(frame.renderThread, QThread::currentThreadId());
  EXPECT_TRUE(frame.error.isEmpty()) << frame.error.toStdString();
  EXPECT_EQ(frame.image.width(), qRound(420 / 25.4 * 60));
  // Queuing two renders took far less than painting one: the UI thread never paints.
  EXPECT_LT(double(queuedMs), frame.milliseconds) << queuedMs << " ms to queue, " << frame.milliseconds << " ms to paint";

  // The window's own previews come from the worker as well.
  newLayout(QStringLiteral("a4_portrait_county"));
  if (const QString keep = qEnvironmentVariable("PLANMAP_KEEP_OUTPUT"); !keep.isEmpty())
    designer_->grab().save(QDir(keep).filePath(QStringLiteral("layout_designer_a4.png")));
  EXPECT_NE(designer_->lastPreview().renderThread, nullptr);
  // An atlas template previews its first page: the main frame zoomed to one county (汉滨区 is
  // about 70 km across; all of Ankang is over 200 km), not the whole map.
  const PdfGeoFrame* main = nullptr;
  for (const PdfGeoFrame& f : designer_->lastPreview().page.frames)
    if (f.name == QStringLiteral("main")) main = &f;
  ASSERT_NE(main, nullptr);
  EXPECT_LT(main->extent.width(), 150000) << main->extent.width();
  EXPECT_NE(designer_->lastPreview().renderThread, QThread::currentThreadId());
}

TEST_F(LayoutDesignerTest, PageSetupScalesItemsAndLayoutsSaveWithTheProject) {
  newLayout(QStringLiteral("a3_landscape_plan"));
  const QRectF a3 = rectOf(itemJson(*project_, 0, QStringLiteral("legend")));
  ASSERT_TRUE(designer_->setPageSetup(QStringLiteral("A4"), true, 0, 0, 8));
  const QJsonObject page = project_->layouts().at(0).toObject().value(QStringLiteral("page")).toObject();
  EXPECT_EQ(page.value(QStringLiteral("size")).toString(), QStringLiteral("A4"));
  const QRectF a4 = rectOf(itemJson(*project_, 0, QStringLiteral("legend")));
  EXPECT_NEAR(a4.width(), a3.width() * 297.0 / 420.0, 0.01);

  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("plan.planmap"));
  const Status saved = project_->save(path);
  ASSERT_TRUE(saved) << saved.error().toStdString();
  auto reopened = Project::open(path);
  ASSERT_TRUE(reopened) << reopened.error().toStdString();
  EXPECT_EQ(reopened.value()->layouts(), project_->layouts());

  // Deleting the layout is one undo step too.
  ASSERT_TRUE(designer_->deleteCurrentLayout());
  EXPECT_TRUE(project_->layouts().isEmpty());
  EXPECT_FALSE(designer_->currentLayout());
  project_->undoStack().undo();
  ASSERT_EQ(project_->layouts().size(), 1);
  ASSERT_TRUE(designer_->currentLayout());
  EXPECT_EQ(designer_->currentLayout()->page.size, QStringLiteral("A4"));
}

TEST_F(LayoutDesignerTest, ExportsTheEditedLayoutToPdfOnAWorker) {
  // The window opens on a project without layouts and offers the templates.
  EXPECT_EQ(designer_->currentLayoutIndex(), -1);
  EXPECT_FALSE(designer_->currentLayout());
  newLayout(QStringLiteral("a3_county_statistics"));
  if (const QString keep = qEnvironmentVariable("PLANMAP_KEEP_OUTPUT"); !keep.isEmpty()) {
    designer_->selectItem(QStringLiteral("county_stats"));
    designer_->grab().save(QDir(keep).filePath(QStringLiteral("layout_designer_counties.png")));
  }
  ASSERT_TRUE(designer_->setItemText(QStringLiteral("title"), QStringLiteral("安康市县区统计（设计器导出）")));
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString pdf = dir.filePath(QStringLiteral("designer.pdf"));
  QSignalSpy finished(designer_.get(), &LayoutDesigner::exportFinished);
  ASSERT_TRUE(designer_->startExport(pdf, ExportFormat::Pdf));
  EXPECT_TRUE(designer_->isExporting());
  ASSERT_TRUE(finished.wait(kPreviewTimeoutMs));
  ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
  QProcess text;
  text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
  ASSERT_TRUE(text.waitForFinished(30000));
  const QString out = QString::fromUtf8(text.readAllStandardOutput());
  EXPECT_TRUE(out.contains(QStringLiteral("安康市县区统计（设计器导出）")));
  EXPECT_TRUE(out.contains(QStringLiteral("宁陕县")));

  // The same layout as an atlas of the counties: one page each, the table on every page.
  const QString atlas = dir.filePath(QStringLiteral("atlas.pdf"));
  ASSERT_TRUE(designer_->startExport(atlas, ExportFormat::Pdf, 300, QStringLiteral("counties")));
  ASSERT_TRUE(finished.wait(kPreviewTimeoutMs));
  ASSERT_EQ(finished.count(), 2);
  ASSERT_TRUE(finished.last().at(0).toBool()) << finished.last().at(1).toString().toStdString();
  QProcess info;
  info.start(QStringLiteral("pdfinfo"), {atlas});
  ASSERT_TRUE(info.waitForFinished(30000));
  EXPECT_TRUE(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(QStringLiteral("Pages:\\s+10\\b"))));
}
