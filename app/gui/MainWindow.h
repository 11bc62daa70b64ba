#pragma once

#include <optional>

#include "BackgroundTask.h"
#include "BundledMetadata.h"
#include "FeatureIdentifier.h"
#include "LoadOptions.h"
#include "MapDocument.h"
#include "PlanContext.h"
#include "Project.h"
#include "Result.h"
#include "SearchIndex.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QPolygonF>
#include <QStringList>
#include <functional>
#include <memory>

class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QToolButton;
class QUndoStack;

namespace planmap {

class AttributeTableWidget;
class AttributionBar;
class BasemapChooser;
class ComplianceDock;
class CountyStatsDock;
class IdentifyPanel;
class LayerLoadTask;
class LayerOpenFlow;
class LayerRelinker;
class LayerTreeDock;
class MapCanvas;
class LayoutDesigner;
class MapNavigator;
class MapStatusBar;
class MessageBar;
class PlanEditingDocks;
class PostGisLayerActions;
class ProjectController;
class ProjectOpenTask;
class SearchBox;
class TeamStoreActions;
class TargetDock;

// The planner's window: the Ankang map in the middle, layers on the left, identify and plan targets
// on the right, attribute tables below; search in the toolbar; coordinates, scale and display CRS
// in the status bar. Thin: the map, layers, styles and plan live in core; this class wires them to
// widgets and turns every layer edit into an undo command.
class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  // `persistent`: restore and save geometry, extent and recent files (QSettings), and autosave the
  // project. Tests pass false. Starts on an empty project; loadBundledMap() fills it.
  explicit MainWindow(bool persistent = true, QWidget* parent = nullptr);
  // Shows a project read by Project::open (call showProject() once the window is shown).
  MainWindow(std::unique_ptr<Project> project, bool persistent = true, QWidget* parent = nullptr);
  ~MainWindow() override;

  // Loads geodata/bundled_map.json, the plan catalog and links into the (empty) project and shows
  // all of Ankang (or the last extent).
  Status loadBundledMap();
  // Shows the project's saved view and says which layers are missing.
  void showProject();

  // Project file. Reads it in the background (after asking to save this one), then replaces this
  // window by one on the opened project: projectOpened(window) follows, or projectOpenFailed with
  // the reason (this window and its project stay as they were). False when the planner cancelled.
  bool openProject(const QString& path);
  ProjectOpenTask* currentProjectOpen() const { return projectOpen_; }
  // An autosaved side file newer than the project (or of an untitled project) means the last
  // session ended without saving: ask, then open it in place of the project. Returns the window
  // now showing the project (this one when nothing was restored).
  MainWindow* offerRecovery();
  // Switches the UI language in this process: installs the translators, then (on the LanguageChange
  // that follows) rebuilds this window around the same project — unsaved changes, undo history,
  // view, highlights and open attribute tables stay. languageSwitched(window) names the new window.
  void setLanguage(const QString& language);
  QString language() const { return language_; }
  // True when this window opened without saved geometry and sized itself to the screen.
  bool firstStart() const { return firstStart_; }
  AttributionBar* attributionBar() const { return attributionBar_; }
  // Points a layer at another file (a missing layer after a move), keeping its style and links.
  // The file is read on a worker; relinker()->finished() tells when the layer is back.
  void relinkLayer(const QString& layerId, const QString& newPath);
  LayerRelinker* relinker() const { return relinker_; }

  Project& project() { return *project_; }
  ComplianceDock* complianceDock() const { return compliance_; }
  CountyStatsDock* countyStatsDock() const { return countyStats_; }
  ProjectController* projectController() const { return projectController_; }
  PlanEditingDocks* planEditing() const { return planDocks_; }
  PostGisLayerActions* postgis() const { return postgis_; }
  // The project's team store for links and progress (plan_store): connect, refresh, messages.
  TeamStoreActions* teamStore() const { return teamStore_; }
  // The layout window of this project (created on first use).
  LayoutDesigner* openLayoutDesigner();
  MapDocument* document() { return &document_; }
  MapCanvas* canvas() const { return canvas_; }
  QUndoStack* undoStack() const { return undoStack_; }
  LayerTreeDock* layerTree() const { return layerTree_; }
  IdentifyPanel* identifyPanel() const { return identify_; }
  TargetDock* targetDock() const { return targets_; }
  MessageBar* messageBar() const { return messageBar_; }
  SearchBox* searchBox() const { return searchBox_; }
  const SearchIndex& searchIndex() const { return searchIndex_; }
  const PlanContext& plan() const { return plan_; }
  LayerLoadTask* currentLoad() const;
  AttributeTableWidget* attributeTable(const QString& layerId) const;
  QString scaleText() const;

  // View.
  void zoomToFullAnkang();
  void zoomToLayer(const QString& layerId);
  bool zoomToCounty(const QString& name);
  void zoomToRows(const QString& layerId, const std::vector<std::uint32_t>& rows);
  Extent layerExtent(const QString& layerId, const std::vector<std::uint32_t>& rows = {}) const;
  void setDisplayCrs(const Crs& crs);
  // Identify at a point of the display CRS, or at lon/lat (CGCS2000).
  std::vector<IdentifyHit> identifyAt(const QPointF& mapPoint, double tolerance);
  std::vector<IdentifyHit> identifyLonLat(double lon, double lat);
  // Best match of the search box; zooms and highlights. False when nothing matches.
  bool search(const QString& query);
  void showSearchResult(const SearchResult& result);
  // Highlights every feature linked to a plan item; zooms to them when `zoom`.
  int highlightPlanItem(const QString& itemId, bool zoom);

  // Layers (all undoable).
  void setLayerVisible(const QStringList& layerIds, bool visible);
  void setLayerOpacity(const QString& layerId, double opacity);
  void removeLayer(const QString& layerId);
  void moveLayer(const QString& layerId, int newIndex);
  void showLayerProperties(const QString& layerId);
  AttributeTableWidget* openAttributeTable(const QString& layerId);

  // Loading: runs on a worker; `replaceIds` are removed (in the same undo step) when it succeeds.
  void openPath(const QString& path, const LoadOptions& options = {}, const QStringList& replaceIds = {});
  void cancelLoad();
  QStringList recentFiles() const { return recentFiles_; }

 Q_SIGNALS:
  void loadFinished(bool ok);
  void projectOpened(planmap::MainWindow* window);
  void projectOpenFailed(const QString& error);
  void languageSwitched(planmap::MainWindow* window);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void createActions();
  void createDocks();
  void createStatusBar();
  void rebuildCountyMenu();
  void rebuildRecentMenu();
  void addRecentFile(const QString& path);
  void updateAttribution();
  void onDocumentLayersChanged();
  void rebuildForLanguage();
  void showAbout();
  void exportMapImage();
  void exportLayout();
  QString exportTitle() const;
  void checkSiteFile();
  void checkIdentifiedFeature();
  void highlightKeys(const QString& layerId, const QStringList& keys);
  void openProjectDialog();
  void relinkDialog(const QString& layerId);
  void onRelinkFinished(const QString& layerId, bool ok, const QString& error);
  void onMissingLayersChanged();
  void onPlanChanged();
  void showFeatureInPlanEditor(const QString& layerId, std::uint32_t row);
  void saveSettings();
  // `keepAutosave`: the project lives on in the new window (language switch), so its side file stays.
  MainWindow* replaceBy(std::unique_ptr<Project> project, bool keepAutosave = false);
  // Runs `task` (owned from now on); on success replaces this window by one on the new project and
  // calls `opened` with it. One at a time (projectOpen_).
  void runProjectTask(ProjectOpenTask* task, std::function<void(MainWindow*)> opened, const QString& recentPath = {});

  bool persistent_;
  std::unique_ptr<Project> project_;
  MapDocument& document_;  // the project's; a window shows one project for its whole life
  BundledMetadata metadata_;
  PlanContext plan_;
  SearchIndex searchIndex_;
  MapCanvas* canvas_ = nullptr;
  std::unique_ptr<MapNavigator> navigator_;
  MapStatusBar* status_ = nullptr;
  AttributionBar* attributionBar_ = nullptr;
  bool firstStart_ = false;
  bool languagePending_ = false;
  QUndoStack* undoStack_ = nullptr;
  ProjectController* projectController_ = nullptr;
  bool closingWithoutAsking_ = false;
  PlanEditingDocks* planDocks_ = nullptr;
  PostGisLayerActions* postgis_ = nullptr;
  TeamStoreActions* teamStore_ = nullptr;
  QPointer<LayoutDesigner> layoutDesigner_;
  ProjectOpenTask* projectOpen_ = nullptr;
  LayerRelinker* relinker_ = nullptr;
  BackgroundTask<Result<QString>> imageExport_;  // File › Export map image (PNG), painted on a worker
  MessageBar* messageBar_ = nullptr;
  LayerTreeDock* layerTree_ = nullptr;
  IdentifyPanel* identify_ = nullptr;
  TargetDock* targets_ = nullptr;
  SearchBox* searchBox_ = nullptr;
  QDockWidget* identifyDock_ = nullptr;
  QDockWidget* targetsDock_ = nullptr;
  QDockWidget* layersDock_ = nullptr;
  QDockWidget* basemapDock_ = nullptr;
  BasemapChooser* basemap_ = nullptr;
  ComplianceDock* compliance_ = nullptr;
  CountyStatsDock* countyStats_ = nullptr;
  std::optional<IdentifyHit> lastIdentified_;
  QHash<QString, QPointer<QDockWidget>> attributeDocks_;
  QMenu* countyMenu_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QActionGroup* tools_ = nullptr;
  class AsOfYearBar* asOfYear_ = nullptr;
  QProgressBar* loadProgress_ = nullptr;
  QToolButton* cancelLoadButton_ = nullptr;
  LayerOpenFlow* loadFlow_ = nullptr;
  QStringList recentFiles_;
  QString language_;
};

}  // namespace planmap
