#pragma once

#include "AnalysisInputs.h"
#include "ConstraintMarking.h"
#include "Extent.h"
#include "LayerSource.h"
#include "LinkStore.h"
#include "MapDocument.h"
#include "PlanCatalog.h"
#include "PlanStoreRef.h"
#include "ProgressStore.h"
#include "Result.h"
#include "WarningThresholds.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <QUndoStack>
#include <memory>
#include <optional>

namespace planmap {

// A layer the project names but whose data could not be opened (moved, renamed, on an unplugged
// drive). The project still opens; the layer stays in the document, empty and marked, until relinked.
struct MissingLayer {
  QString layerId;
  LayerSource source;
  QString error;
};

// A planner's whole piece of work: the map (layers, their sources, styles, order), the view, the
// plan catalogs, feature↔plan links, progress records and layouts, with one undo stack for edits.
// Saved as one JSON file (format "planmap-project", see docs/project-format.md) by ProjectWriter,
// read by ProjectReader. Lives on the UI thread.
class Project : public QObject {
  Q_OBJECT
 public:
  explicit Project(QObject* parent = nullptr);
  ~Project() override;

  // A new project on the bundled Ankang map with the bundled catalog and links.
  static Result<std::unique_ptr<Project>> createBundled();
  // Fills this (empty) project with the bundled map, catalog, links and any bundled progress.
  Status loadBundled();
  // Opens a project file. Fails only when the file itself is unreadable or invalid; layers whose
  // data is missing are listed in missingLayers().
  static Result<std::unique_ptr<Project>> open(const QString& path);

  // Atomic save (temporary file, fsync, rename). `path` empty = the current file.
  Status save(const QString& path = {});

  QString filePath() const { return filePath_; }
  QString projectDir() const;
  bool isModified() const;
  void setModified(bool modified);

  MapDocument& document() { return *document_; }
  const MapDocument& document() const { return *document_; }
  const PlanCatalog& catalog() const { return catalog_; }
  const QStringList& extraCatalogFiles() const { return extraCatalogs_; }
  // Loads another catalog file (other chapters, a county plan) into the project.
  Status addCatalogFile(const QString& path);

  LinkStore& links() { return links_; }
  const LinkStore& links() const { return links_; }
  ProgressStore& progress() { return progress_; }
  const ProgressStore& progress() const { return progress_; }

  // Layouts as their JSON objects (core/layout reads and writes them).
  const QJsonArray& layouts() const { return layouts_; }
  void setLayouts(const QJsonArray& layouts);
  // For undo commands: the stack's clean state already tracks the change, so no "dirty" mark.
  void setLayoutsFromUndoCommand(const QJsonArray& layouts);

  Extent viewExtent() const { return viewExtent_; }
  void setViewExtent(const Extent& extent);

  LayerSource layerSource(const QString& layerId) const { return sources_.value(layerId); }
  void setLayerSource(const QString& layerId, const LayerSource& source);
  // Adds a layer loaded from a file, remembering its source relative to the project.
  void addFileLayer(std::shared_ptr<VectorLayer> layer, const LayerSource& source);
  // Removes a layer with its source and constraint marking (not an undo step: for scripts; the
  // window removes through RemoveLayerCommand). Its links stay, for when the layer comes back.
  bool removeLayer(const QString& layerId);

  // The planner's red-line marking of a layer (null = not marked). Set through
  // ConstraintMarkingCommand for an undo step; the reader sets it directly.
  const ConstraintMarking* constraintMarking(const QString& layerId) const;
  void setConstraintMarking(const QString& layerId, const std::optional<ConstraintMarking>& marking);
  // What a site check or the statistics read of the project, copied for a worker (see AnalysisInputs).
  AnalysisInputs analysisInputs() const;

  const std::vector<MissingLayer>& missingLayers() const { return missing_; }
  bool isMissing(const QString& layerId) const;
  // Points a missing (or any file) layer at a new file and loads it; style and links are kept.
  // Reads the file on the calling thread: the window uses readRelinked() on a worker, then applyRelink().
  Status relinkLayer(const QString& layerId, const QString& newPath);
  // Reads `newPath` as `source` says (layer name, encoding, CRS override). Touches no project
  // state, so it runs on a worker thread (GDAL).
  static Result<std::shared_ptr<const VectorLayer>> readRelinked(const LayerSource& source, const QString& newPath);
  // Swaps data read by readRelinked() into layer `layerId` and points its source at `newPath`. UI thread.
  Status applyRelink(const QString& layerId, const QString& newPath, const VectorLayer& fresh);
  // Puts freshly read data into a project layer, keeping what the planner set up (title, group,
  // style, visibility, key); used by relinking and by retrying a PostGIS layer. False: no such layer.
  bool adoptLayerData(const QString& layerId, const VectorLayer& fresh);
  // The layer's data came back from its own source (a PostGIS server that is up again): it leaves
  // the missing list, its source unchanged.
  void markLayerRestored(const QString& layerId);

  QUndoStack& undoStack() { return undoStack_; }

  // The team store the project's links and progress are shared through (unset = local only).
  // Changing it is an unsaved change of the project; the window binds the store (TeamPlanSync).
  const PlanStoreRef& planStore() const { return planStore_; }
  void setPlanStore(const PlanStoreRef& store);
  // Replaces links and progress with what the team store holds: not an undo step and not an
  // unsaved change (the store, not the file, is where they live). Emits linksChanged/progressChanged.
  void replacePlanDataFromStore(const LinkStore& links, const ProgressStore& progress);

  // How far behind the linear pace each target may fall before it turns red (预警); 10% default.
  // Changing them is an unsaved change and re-judges every target (warningThresholdsChanged).
  const WarningThresholds& warningThresholds() const { return thresholds_; }
  void setWarningThresholds(const WarningThresholds& thresholds);

  // Used by ProjectReader: installs what it read.
  void setCatalog(PlanCatalog catalog, QStringList extraFiles);
  void setFilePath(const QString& path) { filePath_ = path; }
  void addMissingLayer(MissingLayer missing);

 Q_SIGNALS:
  void modifiedChanged(bool modified);
  void linksChanged();
  void progressChanged();
  void missingLayersChanged();
  void planStoreChanged();
  void constraintsChanged();
  void warningThresholdsChanged();

 private:
  friend class PlanEditCommand;
  void markDirty();

  QString filePath_;
  MapDocument* document_;
  PlanCatalog catalog_;
  QStringList extraCatalogs_;
  LinkStore links_;
  ProgressStore progress_;
  QJsonArray layouts_;
  Extent viewExtent_;
  QHash<QString, LayerSource> sources_;
  QHash<QString, ConstraintMarking> markings_;
  std::vector<MissingLayer> missing_;
  QUndoStack undoStack_;
  PlanStoreRef planStore_;
  WarningThresholds thresholds_;
  bool dirty_ = false;  // changes outside the undo stack (view, layouts)
};

}  // namespace planmap
