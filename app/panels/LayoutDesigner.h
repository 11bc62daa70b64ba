#pragma once

#include "ExportOptions.h"
#include "Layout.h"
#include "LayoutContext.h"
#include "LayoutExporter.h"
#include "LayoutPreviewRenderer.h"
#include "Result.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QMainWindow>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace planmap {

class BasemapRenderer;
class LayoutPreviewWidget;
class Project;

// The layout window: edits the print layouts of a Project. Choose a layout of the project or create
// one from a template of resources/layouts, set up the page (A4…A0 or custom, orientation, margins),
// select items on a live preview and move/resize them with the mouse, edit their text, place
// callouts by clicking on a map frame, and export the layout to PDF or PNG.
//
// Threads: the preview is painted by LayoutPreviewRenderer on a QtConcurrent worker, latest wins;
// exports run LayoutExporter on a worker with progress and cancel (as PdfExportDialog does). The UI
// thread only snapshots the map (LayoutContext) and never waits for painting.
//
// Undo: every edit is a LayoutEditCommand on project.undoStack() swapping project.layouts(), so the
// main window's Undo/Redo cover layout edits; the window follows the stack (any undo, wherever it
// is triggered, reloads the layout shown). Layouts are saved with the project by ProjectWriter.
class LayoutDesigner : public QMainWindow {
  Q_OBJECT
 public:
  // `project` must outlive the window.
  explicit LayoutDesigner(Project& project, QWidget* parent = nullptr);
  ~LayoutDesigner() override;  // cancels running preview/export work and waits for it

  // Drawn under every map frame in previews and exports (null = white paper).
  void setBasemap(std::shared_ptr<const BasemapRenderer> basemap);

  int currentLayoutIndex() const { return current_; }  // index into project.layouts(); -1 = none
  std::optional<Layout> currentLayout() const;
  QString selectedItemId() const;
  LayoutPreviewWidget* previewWidget() const { return preview_; }
  LayoutPreviewRenderer* previewRenderer() { return &renderer_; }
  // The last preview shown (frames, warnings); empty before the first one arrives.
  const LayoutPreviewFrame& lastPreview() const { return lastPreview_; }
  bool isExporting() const { return bool(exportCancel_); }

  static QStringList templateNames();  // resources/layouts/*.json without extension

 public Q_SLOTS:
  // The map changed (layers, styles, plan data): snapshot it again and re-render.
  void refreshContext();
  void selectLayout(int index);
  // Appends a layout made from a template (name or file) to the project, as one undo step, and shows it.
  bool newLayoutFromTemplate(const QString& nameOrPath);
  void selectItem(const QString& id);
  // Moves/resizes an item (page mm) as one undo step.
  bool setItemRect(const QString& id, const QRectF& rectMm);
  bool setItemText(const QString& id, const QString& text);
  bool setItemFontSize(const QString& id, double pt);
  bool deleteItem(const QString& id);
  // Page setup as one undo step; items and type scale with the page so a template fits any sheet.
  bool setPageSetup(const QString& size, bool landscape, double customWidthMm, double customHeightMm, double marginMm);
  // Callout mode: the next click on a map frame places a callout with calloutText() (asked for
  // when empty).
  void setPlacingCallout(bool on);
  void setCalloutText(const QString& text);
  QString calloutText() const;
  // A callout anchored where page point `mm` falls in a map frame of the last preview; the anchor is
  // stored in EPSG:4326. False (and a status message) when no frame is there.
  bool placeCalloutAt(const QPointF& mm, const QString& text);
  // Longitude/latitude (EPSG:4326) of page point `mm` in the map frame there (the smallest one, so
  // insets win over the main frame), per the last preview; `frameId` gets the frame's id. Empty
  // when no frame is there or the preview is older than the frame's current size and place.
  std::optional<QPointF> lonLatAt(const QPointF& mm, QString* frameId = nullptr) const;
  // Removes the current layout from the project (one undo step).
  bool deleteCurrentLayout();
  // Exports the current layout on a worker; exportFinished follows. PDF or PNG/TIFF at `dpi`. With
  // `atlasLayer` (a layer id), one page per feature: a multi-page PDF at `path`, or for images one
  // file per feature in `path`'s folder.
  bool startExport(const QString& path, ExportFormat format, double dpi = 300, const QString& atlasLayer = {});
  void cancelExport();

 Q_SIGNALS:
  void previewUpdated();
  void exportProgress(int done, int total);
  void exportFinished(bool ok, const QString& message);
  void statusMessage(const QString& message);

 private:
  void buildUi();
  void reloadFromProject();
  void followAtlasOfLayout();
  bool applyEdit(const QString& text, const std::function<bool(Layout&)>& change);
  void schedulePreview();
  void requestPreview();
  void onRendered(const LayoutPreviewFrame& frame);
  void onSelectionChanged(const QString& id);
  void updatePropertyPanel();
  void applyGeometryFields();
  void applyTextField();
  void applyPageFields();
  void chooseExport(ExportFormat format);
  void onExportFinished();
  void showStatus(const QString& message);

  Project& project_;
  std::shared_ptr<const BasemapRenderer> basemap_;
  LayoutContext context_;
  LayoutPreviewRenderer renderer_;
  LayoutPreviewFrame lastPreview_;
  QTimer previewTimer_;
  QTimer resizeTimer_;  // re-renders at the new size once resizing pauses
  int current_ = -1;
  std::optional<Layout> layout_;  // parsed project.layouts()[current_]
  QJsonArray shownLayouts_;       // what layout_ was parsed from, to notice outside changes
  bool updating_ = false;         // filling widgets: their change signals are not edits

  std::shared_ptr<std::atomic<bool>> exportCancel_;
  QFutureWatcher<Result<ExportReport>> exportWatcher_;

  LayoutPreviewWidget* preview_ = nullptr;
  QComboBox* layouts_ = nullptr;
  QComboBox* templates_ = nullptr;
  QPushButton* newLayout_ = nullptr;
  QPushButton* deleteLayout_ = nullptr;
  QComboBox* pageSize_ = nullptr;
  QComboBox* orientation_ = nullptr;
  QDoubleSpinBox* customW_ = nullptr;
  QDoubleSpinBox* customH_ = nullptr;
  QDoubleSpinBox* margin_ = nullptr;
  QListWidget* items_ = nullptr;
  QLabel* itemLabel_ = nullptr;
  QDoubleSpinBox* x_ = nullptr;
  QDoubleSpinBox* y_ = nullptr;
  QDoubleSpinBox* w_ = nullptr;
  QDoubleSpinBox* h_ = nullptr;
  QPlainTextEdit* text_ = nullptr;
  QDoubleSpinBox* fontSize_ = nullptr;
  QPushButton* applyText_ = nullptr;
  QPushButton* deleteItem_ = nullptr;
  QPushButton* placeCallout_ = nullptr;
  QLineEdit* calloutText_ = nullptr;
  QComboBox* atlas_ = nullptr;
  QPushButton* exportPdf_ = nullptr;
  QPushButton* exportPng_ = nullptr;
  QPushButton* cancelExport_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
};

}  // namespace planmap
