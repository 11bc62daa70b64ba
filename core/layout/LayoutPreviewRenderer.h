#pragma once

#include "BackgroundTask.h"
#include "Layout.h"
#include "LayoutContext.h"
#include "LayoutRenderer.h"

#include <QImage>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace planmap {

class CountyStatistics;

// One finished preview: the page as an image and what the renderer reported about it.
struct LayoutPreviewFrame {
  int generation = 0;
  QImage image;
  PageResult page;
  double dpi = 0;
  Qt::HANDLE renderThread = nullptr;  // the worker thread that painted it (never the UI thread)
  double milliseconds = 0;
  std::shared_ptr<const CountyStatistics> countyStatistics;  // computed on the worker when needed
  QString error;  // non-empty: rendering failed (or was cancelled, see `cancelled`)
  bool cancelled = false;
};

// Renders layout previews off the UI thread through a BackgroundTask, latest wins: each request()
// sets the cancel flag of the one before (LayoutRenderer and MapPainter poll it between items and
// features), and a result that is not the latest is dropped (discarded()) instead of shown.
// request() only snapshots and queues; it never waits for painting. The destructor cancels and
// waits for running work. The window's map canvas does the same for the map (MapRenderJob).
class LayoutPreviewRenderer : public QObject {
  Q_OBJECT
 public:
  explicit LayoutPreviewRenderer(QObject* parent = nullptr);
  ~LayoutPreviewRenderer() override;

  // Queues a render of `layout` with `context` (a snapshot: shared, immutable layers) at `dpi`.
  // Returns the request's generation number.
  int request(const Layout& layout, const LayoutContext& context, double dpi);
  int latestGeneration() const { return task_.generation(); }
  bool isBusy() const { return task_.isRunning(); }

 Q_SIGNALS:
  void rendered(const planmap::LayoutPreviewFrame& frame);
  // A render finished after a newer request superseded it; `cancelled` when it stopped early.
  void discarded(int generation, bool cancelled);

 private:
  BackgroundTask<LayoutPreviewFrame> task_;
};

}  // namespace planmap
