// The planner goes on editing while an atlas exports: styles, visibility and titles change and a
// layer is relinked to other files, in a loop on this (the UI) thread, while a worker writes the
// atlas from a snapshot. Layers are immutable, so the export must come out exactly as if nothing
// had been touched; run under -DPLANMAP_TSAN=ON (see README) it must also be free of data races.
#include "LayerLoader.h"
#include "LayerSource.h"
#include "LayerStateCommand.h"
#include "LayoutExporter.h"
#include "LayoutJson.h"
#include "PdfTools.h"
#include "Project.h"

#include <QTemporaryDir>
#include <future>
#include <optional>
#include <gtest/gtest.h>

using namespace planmap;

namespace {

const QString kMarker = QStringLiteral("EDITED-TITLE");

// The exporter with its snapshot of the document, made on this (the UI) thread.
std::optional<LayoutExporter> exporterOf(const MapDocument& document) {
  auto layout = LayoutJson::resolve(QStringLiteral("a4_portrait_county"));
  if (!layout) return std::nullopt;
  LayoutContext context = LayoutContext::fromDocument(document);
  context.date = QDate(2025, 6, 30);
  return LayoutExporter(layout.value(), context);
}

}  // namespace

TEST(LayerEditsDuringAtlas, TheExportSeesItsSnapshotWhileStylesChangeAndALayerIsRelinked) {
  auto created = Project::createBundled();
  ASSERT_TRUE(created) << created.error().toStdString();
  Project& project = *created.value();
  MapDocument& document = project.document();

  // A file layer to relink back and forth between two copies of the same counties.
  const QString fgb = QStringLiteral(PLANMAP_TEST_DATA "/loading/counties.fgb");
  const QString kml = QStringLiteral(PLANMAP_TEST_DATA "/loading/counties.kml");
  auto loaded = LayerLoader::load(fgb);
  ASSERT_TRUE(loaded && !loaded->empty()) << (loaded ? "empty" : loaded.error().toStdString());
  std::shared_ptr<VectorLayer> user = loaded->front();
  user->id = QStringLiteral("user-counties");
  user->title = QStringLiteral("县界（用户）");
  LayerSource source;
  source.kind = LayerSource::Kind::File;
  source.path = fgb;
  project.addFileLayer(user, source);

  QTemporaryDir dir;
  const QString quiet = dir.filePath(QStringLiteral("quiet.pdf"));
  const QString busy = dir.filePath(QStringLiteral("busy.pdf"));
  const auto quietExporter = exporterOf(document);
  ASSERT_TRUE(quietExporter);
  auto baseline = quietExporter->exportAtlas(quiet, ExportOptions{});
  ASSERT_TRUE(baseline) << baseline.error().toStdString();
  ASSERT_EQ(baseline->pages, 10);

  const auto countiesBefore = document.layer(QStringLiteral("counties"));
  const auto userBefore = document.layer(QStringLiteral("user-counties"));
  ASSERT_TRUE(countiesBefore && userBefore);
  const VectorLayer countiesCopy = *countiesBefore;
  const VectorLayer userCopy = *userBefore;

  // From here on the worker sees only its snapshot; this thread edits the live document.
  const auto busyExporter = exporterOf(document);
  ASSERT_TRUE(busyExporter);
  std::future<Result<ExportReport>> running = std::async(std::launch::async, [&busyExporter, &busy] {
    return busyExporter->exportAtlas(busy, ExportOptions{});
  });
  int edits = 0;
  int relinks = 0;
  while (running.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready || edits == 0) {
    LayerState state = LayerStateCommand::stateOf(&document, QStringLiteral("counties"));
    state.visible = edits % 2 == 1;
    state.opacity = 0.3 + 0.1 * (edits % 5);
    state.title = kMarker;
    state.style.symbol.fill = QColor::fromHsv((edits * 37) % 360, 200, 200);
    project.undoStack().push(new LayerStateCommand(&document, QStringLiteral("counties"), state, QStringLiteral("edit")));
    project.undoStack().push(LayerStateCommand::styleChange(document, QStringLiteral("user-counties"), state.style,
                                                            QStringLiteral("theme")));
    const Status relinked = project.relinkLayer(QStringLiteral("user-counties"), relinks % 2 == 0 ? kml : fgb);
    ASSERT_TRUE(relinked) << relinked.error().toStdString();
    ++relinks;
    if (edits % 3 == 2) project.undoStack().undo();
    ++edits;
  }
  auto report = running.get();
  ASSERT_TRUE(report) << report.error().toStdString();
  EXPECT_EQ(report->pages, 10);
  EXPECT_GT(edits, 0);

  // The atlas written during the edits says exactly what the quiet one says: no edited title, no
  // hidden counties layer, no relinked data reached it.
  const QString quietText = pdfText(quiet);
  const QString busyText = pdfText(busy);
  EXPECT_FALSE(busyText.contains(kMarker));
  EXPECT_EQ(busyText, quietText);

  // The layers the export was given were never changed in place; the document holds new ones.
  EXPECT_EQ(countiesBefore->title, countiesCopy.title);
  EXPECT_EQ(countiesBefore->visible, countiesCopy.visible);
  EXPECT_DOUBLE_EQ(countiesBefore->opacity, countiesCopy.opacity);
  EXPECT_TRUE(countiesBefore->style == countiesCopy.style);
  EXPECT_TRUE(userBefore->style == userCopy.style);
  EXPECT_EQ(userBefore->features, userCopy.features);
  EXPECT_EQ(userBefore->sourcePath, userCopy.sourcePath);
  EXPECT_NE(document.layer(QStringLiteral("counties")), countiesBefore);
  EXPECT_EQ(document.layer(QStringLiteral("counties"))->features, countiesBefore->features);  // shared, not copied
  EXPECT_NE(document.layer(QStringLiteral("user-counties"))->features, userBefore->features);  // relinked
}
