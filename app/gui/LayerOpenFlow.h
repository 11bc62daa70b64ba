#pragma once

#include "Extent.h"
#include "LoadOptions.h"
#include "VectorLayer.h"

#include <QObject>
#include <QPolygonF>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

class QProgressBar;
class QToolButton;
class QWidget;

namespace planmap {

class LayerLoadTask;
class MapCanvas;
class MessageBar;
class Project;

// How the window opens data files: the file dialogs, one background load at a time (progress and
// cancel in the status bar), the loaded layers added to the project as one undo step with their
// source remembered, and what the planner must hear afterwards — a guessed encoding or CRS in the
// message bar with "Change…", or the CRS choice dialog when no CRS could be decided.
class LayerOpenFlow : public QObject {
  Q_OBJECT
 public:
  struct Hooks {
    std::function<Extent(const QString& layerId)> layerExtent;  // in the display CRS
    std::function<void(const QString& path)> rememberRecent;
  };

  LayerOpenFlow(Project& project, QWidget* window, MapCanvas* canvas, MessageBar* messages, QProgressBar* progress,
                QToolButton* cancelButton, Hooks hooks);
  ~LayerOpenFlow() override;  // cancels and waits for a running load

  // Loads on a worker; a newer request replaces a running one. `replaceIds` are removed in the
  // same undo step when the load succeeds (reloading with another encoding or CRS).
  void openPath(const QString& path, const LoadOptions& options = {}, const QStringList& replaceIds = {});
  void cancel();
  LayerLoadTask* current() const { return load_; }

  void openDialog();
  void openFolderDialog();
  // The file-dialog filter for every format the loader reads (also used to relink a layer).
  static QString fileFilter();

 Q_SIGNALS:
  void finished(bool ok);

 private:
  void onFinished(LayerLoadTask* task, const QStringList& replaceIds);
  void reportGuesses(const QString& path, const std::vector<std::shared_ptr<VectorLayer>>& layers,
                     const QStringList& layerIds);
  void askForCrs(const QString& path, const std::shared_ptr<VectorLayer>& layer);
  std::vector<QPolygonF> ankangOutlineLonLat() const;

  Project& project_;
  QWidget* window_;
  MapCanvas* canvas_;
  MessageBar* messages_;
  QProgressBar* progress_;
  QToolButton* cancelButton_;
  Hooks hooks_;
  LayerLoadTask* load_ = nullptr;
};

}  // namespace planmap
