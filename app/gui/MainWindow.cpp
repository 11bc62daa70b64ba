#include "MainWindow.h"

#include "AddLayerCommand.h"
#include "AttributeTableWidget.h"
#include "AttributionBar.h"
#include "DesktopApp.h"
#include "ExportPaths.h"
#include "MapNavigator.h"
#include "MapStatusBar.h"
#include "WindowSettings.h"
#include "BasemapChooser.h"
#include "ComplianceDock.h"
#include "CountyStatsDock.h"
#include "LayoutDesigner.h"
#include "PdfExportDialog.h"
#include "PlanTargetTable.h"
#include "PlanEditingDocks.h"
#include "ProgressEditor.h"
#include "PostGisEditGate.h"
#include "PostGisLayerActions.h"
#include "TeamStoreActions.h"
#include "PostGisLayerRetry.h"
#include "ProjectAutosave.h"
#include "ProjectController.h"
#include "ProjectOpenTask.h"
#include "BundledMap.h"
#include "CoordinateTransform.h"
#include "ComplianceSite.h"
#include "CrsChoiceDialog.h"
#include "GeometryCacheDialog.h"
#include "GroupNames.h"
#include "AsOfYearBar.h"
#include "EvaluationReportExport.h"
#include "IdentifyPanel.h"
#include "LayerLoadTask.h"
#include "LayerOpenFlow.h"
#include "ConstraintMarkingCommand.h"
#include "LayerPropertiesDialog.h"
#include "LayerRelinker.h"
#include "LayerStateCommand.h"
#include "LayerTreeDock.h"
#include "LayerTreeModel.h"
#include "LoadOverrideDialog.h"
#include "MapCanvas.h"
#include "MapPainter.h"
#include "VectorFileFilter.h"
#include "MessageBar.h"
#include "MoveLayerCommand.h"
#include "ProgressEditor.h"
#include "ProgressImportDialog.h"
#include "RemoveLayerCommand.h"
#include "SearchBox.h"
#include "TargetDock.h"
#include "TargetChartView.h"
#include "TargetThemeChooser.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QTimer>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace planmap {
namespace {

constexpr int kMaxRecent = 10;

QIcon icon(const char* name) { return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))); }

// The UI language now in effect ("zh_CN" or "en"): what the translators installed say.
QString currentLanguage() { return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"); }

// What a feature is called in the window: its name, else "<layer> #<n>" — never a bare row key.
// (Until the one display-name function of core lands: the name fields the bundled and user data use.)
QString featureDisplayName(const VectorLayer& layer, std::uint32_t row) {
  const AttributeTable& table = layer.features->attributes();
  for (const QString& f : {QStringLiteral("name_zh"), QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("名称"),
                           QStringLiteral("Name"), QStringLiteral("MC")}) {
    const int column = table.fieldIndex(f);
    if (column >= 0 && !table.text(row, column).trimmed().isEmpty()) return table.text(row, column).trimmed();
  }
  return QStringLiteral("%1 #%2").arg(layer.title).arg(row + 1);
}

}  // namespace

MainWindow::MainWindow(bool persistent, QWidget* parent) : MainWindow(std::make_unique<Project>(), persistent, parent) {}

MainWindow::MainWindow(std::unique_ptr<Project> project, bool persistent, QWidget* parent)
    : QMainWindow(parent),
      persistent_(persistent),
      project_(std::move(project)),
      document_(project_->document()),
      metadata_(BundledMetadata::load()),
      plan_(project_.get()) {
  setWindowIcon(icon("planmap"));
  setAcceptDrops(true);
  setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

  undoStack_ = &project_->undoStack();
  canvas_ = new MapCanvas(&document_, this);
  navigator_ = std::make_unique<MapNavigator>(document_, canvas_);
  messageBar_ = new MessageBar(this);
  attributionBar_ = new AttributionBar(this);
  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(messageBar_);
  layout->addWidget(canvas_, 1);
  layout->addWidget(attributionBar_);
  setCentralWidget(central);

  // Autosave every three minutes in the app; tests keep their temp folders free of side files.
  projectController_ = new ProjectController(*project_, this, canvas_, messageBar_, persistent_ ? 180 : 0, this);
  relinker_ = new LayerRelinker(*project_, this);
  connect(relinker_, &LayerRelinker::finished, this, &MainWindow::onRelinkFinished);
  // Loading data: progress and cancel live in the status bar, the flow in its own class.
  loadProgress_ = new QProgressBar(this);
  loadProgress_->setRange(0, 100);
  loadProgress_->setFixedWidth(160);
  loadProgress_->hide();
  cancelLoadButton_ = new QToolButton(this);
  cancelLoadButton_->setText(tr("Cancel"));
  cancelLoadButton_->hide();
  LayerOpenFlow::Hooks hooks;
  hooks.layerExtent = [this](const QString& layerId) { return layerExtent(layerId); };
  hooks.rememberRecent = [this](const QString& path) { addRecentFile(path); };
  loadFlow_ = new LayerOpenFlow(*project_, this, canvas_, messageBar_, loadProgress_, cancelLoadButton_, std::move(hooks));
  connect(loadFlow_, &LayerOpenFlow::finished, this, &MainWindow::loadFinished);
  createDocks();
  createActions();
  createStatusBar();

  connect(canvas_, &MapCanvas::identifyRequested, this, [this](const QPointF& p, double tol) { identifyAt(p, tol); });
  connect(&document_, &MapDocument::layersChanged, this, &MainWindow::onDocumentLayersChanged);
  connect(&document_, &MapDocument::layerChanged, this, &MainWindow::updateAttribution);
  connect(project_.get(), &Project::linksChanged, this, &MainWindow::onPlanChanged);
  connect(project_.get(), &Project::progressChanged, this, &MainWindow::onPlanChanged);
  connect(project_.get(), &Project::missingLayersChanged, this, &MainWindow::onMissingLayersChanged);

  if (persistent_) {
    recentFiles_ = WindowSettings::recentFiles();
    firstStart_ = !WindowSettings::restoreWindow(*this);
  } else {
    resize(1400, 900);
  }
  if (!persistent_ || firstStart_) {
    // Docks wide enough for their columns (identify's 值, the targets' names): about a fifth of the
    // window on the left, a quarter on the right, and the map never less than half of it.
    const int w = width();
    int left = std::clamp(w / 5, 220, 320), right = std::clamp(w / 4, 300, 460);
    if (left + right > w / 2) {
      left = left * (w / 2) / (left + right);
      right = w / 2 - left;
    }
    resizeDocks({layersDock_, identifyDock_}, {left, right}, Qt::Horizontal);
  }
  rebuildRecentMenu();
  if (!document_.layers().empty()) onDocumentLayersChanged();
}

MainWindow::~MainWindow() {
  // The load workers must not outlive the document they would deliver to.
  delete loadFlow_;
  loadFlow_ = nullptr;
  delete projectOpen_;
  projectOpen_ = nullptr;
  // The widgets point at the project's document and undo stack: they go first.
  QList<QPointer<QObject>> widgets;
  for (QObject* child : children())
    if (child->isWidgetType()) widgets << child;
  for (const QPointer<QObject>& widget : widgets) delete widget.data();
}

Status MainWindow::loadBundledMap() {
  const Status status = project_->loadBundled();
  if (!status) {
    messageBar_->showMessage(tr("The bundled Ankang map could not be loaded: %1").arg(status.error()),
                             MessageBar::Level::Critical);
    return status;
  }
  targets_->refresh();
  onDocumentLayersChanged();
  bool restored = false;
  if (persistent_) {
    const WindowSettings::View last = WindowSettings::lastView();
    if (last.crs.isValid() && last.crs != document_.displayCrs()) setDisplayCrs(last.crs);
    if (!last.extent.isEmpty() && last.crs == document_.displayCrs()) {
      canvas_->zoomToExtent(last.extent, 0);
      restored = true;
    }
  }
  if (!restored) zoomToFullAnkang();
  return Status::ok();
}

// ---------------------------------------------------------------------------------------------
// UI construction

void MainWindow::createDocks() {
  layerTree_ = new LayerTreeDock(&document_, this);
  layersDock_ = new QDockWidget(tr("Layers"), this);
  layersDock_->setObjectName(QStringLiteral("layersDock"));
  layersDock_->setWidget(layerTree_);
  addDockWidget(Qt::LeftDockWidgetArea, layersDock_);
  connect(layerTree_->model(), &LayerTreeModel::visibilityChangeRequested, this, &MainWindow::setLayerVisible);
  connect(layerTree_->model(), &LayerTreeModel::moveRequested, this, &MainWindow::moveLayer);
  connect(layerTree_, &LayerTreeDock::zoomToLayerRequested, this, &MainWindow::zoomToLayer);
  connect(layerTree_, &LayerTreeDock::attributeTableRequested, this, &MainWindow::openAttributeTable);
  connect(layerTree_, &LayerTreeDock::propertiesRequested, this, &MainWindow::showLayerProperties);
  connect(layerTree_, &LayerTreeDock::removeRequested, this, &MainWindow::removeLayer);
  connect(layerTree_, &LayerTreeDock::relinkRequested, this, &MainWindow::relinkDialog);

  identify_ = new IdentifyPanel(&document_, &plan_, &metadata_, this);
  identifyDock_ = new QDockWidget(tr("Identify"), this);
  identifyDock_->setObjectName(QStringLiteral("identifyDock"));
  identifyDock_->setWidget(identify_);
  addDockWidget(Qt::RightDockWidgetArea, identifyDock_);
  connect(identify_, &IdentifyPanel::featureSelected, this, [this](const QString& layerId, std::uint32_t row) {
    showFeatureInPlanEditor(layerId, row);
    canvas_->setHighlights({{layerId, {row}}});
    if (AttributeTableWidget* table = attributeTable(layerId)) table->selectRows({row});
  });
  connect(identify_, &IdentifyPanel::planItemActivated, this, [this](const QString& id) { highlightPlanItem(id, false); });

  targets_ = new TargetDock(&plan_, this);
  targetsDock_ = new QDockWidget(tr("Plan targets"), this);
  targetsDock_->setObjectName(QStringLiteral("targetsDock"));
  targetsDock_->setWidget(targets_);
  addDockWidget(Qt::RightDockWidgetArea, targetsDock_);
  tabifyDockWidget(targetsDock_, identifyDock_);
  identifyDock_->raise();
  connect(targets_, &TargetDock::targetActivated, this, [this](const QString& id) {
    planDocks_->setTarget(id);
    const int count = highlightPlanItem(id, true);
    const QString summary = targets_->summary(id);
    if (count == 0)
      messageBar_->showMessage(tr("%1. No map feature is linked to this target yet.").arg(summary), MessageBar::Level::Info);
    else
      messageBar_->showMessage(tr("%1. %n map feature(s) highlighted.", nullptr, count).arg(summary), MessageBar::Level::Info);
  });
  // Basemap under the layers: hillshade by default (offline), web tiles when chosen.
  basemap_ = new BasemapChooser(this);
  basemapDock_ = new QDockWidget(tr("Basemap"), this);
  basemapDock_->setObjectName(QStringLiteral("basemapDock"));
  basemapDock_->setWidget(basemap_);
  addDockWidget(Qt::LeftDockWidgetArea, basemapDock_);
  connect(basemap_, &BasemapChooser::basemapChanged, this, [this] {
    canvas_->setBasemap(basemap_->renderer());
    updateAttribution();
  });
  connect(basemap_, &BasemapChooser::repaintNeeded, canvas_, &MapCanvas::refresh);
  canvas_->setBasemap(basemap_->renderer());

  compliance_ = new ComplianceDock(*project_, this);
  compliance_->setObjectName(QStringLiteral("complianceDock"));
  addDockWidget(Qt::RightDockWidgetArea, compliance_);
  tabifyDockWidget(identifyDock_, compliance_);
  connect(compliance_, &ComplianceDock::highlightRequested, this, &MainWindow::highlightKeys);
  countyStats_ = new CountyStatsDock(*project_, this);
  countyStats_->setObjectName(QStringLiteral("countyStatsDock"));
  connect(&document_, &MapDocument::layersChanged, countyStats_, &CountyStatsDock::updateUnitsChoices);
  connect(project_.get(), &Project::constraintsChanged, countyStats_, &CountyStatsDock::updateUnitsChoices);
  addDockWidget(Qt::BottomDockWidgetArea, countyStats_);
  countyStats_->hide();
  compliance_->hide();
  planDocks_ = new PlanEditingDocks(*project_, this);
  tabifyDockWidget(identifyDock_, planDocks_->linkDock());
  tabifyDockWidget(identifyDock_, planDocks_->progressDock());
  tabifyDockWidget(layersDock_, planDocks_->themeDock());
  connect(identify_, &IdentifyPanel::planItemActivated, planDocks_, &PlanEditingDocks::setTarget);
  // The targets' context menu: the progress dock shows the target's records (its history) and,
  // for recording, an empty form.
  auto showProgress = [this](const QString& id, bool newRecord) {
    planDocks_->setTarget(id);
    planDocks_->progressDock()->show();
    planDocks_->progressDock()->raise();
    if (newRecord) planDocks_->progressEditor()->newRecord();
  };
  connect(targets_, &TargetDock::recordProgressRequested, this, [showProgress](const QString& id) { showProgress(id, true); });
  connect(targets_, &TargetDock::historyRequested, this, [showProgress](const QString& id) { showProgress(id, false); });
  postgis_ = new PostGisLayerActions(*project_, this, messageBar_, persistent_);
  postgis_->retry()->setDialogParent(this);
  // A project whose plan_store names a team store opens it here, on a worker.
  teamStore_ = new TeamStoreActions(*project_, this, messageBar_, postgis_->editGate());
  connect(postgis_, &PostGisLayerActions::layerRestored, canvas_, &MapCanvas::refresh);
  connect(postgis_, &PostGisLayerActions::addFinished, this, [this](bool ok, const QString& layerId) {
    if (ok) zoomToLayer(layerId);
  });
  identifyDock_->raise();
}

void MainWindow::createActions() {
  // File
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* newProject = file->addAction(tr("&New project on the Ankang map"), this, [this] {
    if (projectOpen_ || !projectController_->maybeSave()) return;
    // The bundled map is read through GDAL: on a worker, like opening a project file.
    runProjectTask(new ProjectOpenTask(tr("New project"), [] {
                     auto project = std::make_unique<Project>();
                     if (Status st = project->loadBundled(); !st) return Result<std::unique_ptr<Project>>::fail(st.error());
                     return Result<std::unique_ptr<Project>>::ok(std::move(project));
                   }, this),
                   [](MainWindow* next) { next->zoomToFullAnkang(); });
  });
  newProject->setShortcut(QKeySequence::New);
  QAction* openProjectAction = file->addAction(tr("Open &project…"), this, &MainWindow::openProjectDialog);
  openProjectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
  QAction* save = file->addAction(tr("&Save project"), this, [this] { projectController_->save(); });
  save->setShortcut(QKeySequence::Save);
  QAction* saveAs = file->addAction(tr("Save project &as…"), this, [this] { projectController_->saveAs(); });
  saveAs->setShortcut(QKeySequence::SaveAs);
  file->addSeparator();
  QAction* open = file->addAction(icon("open"), tr("&Open data…"), loadFlow_, &LayerOpenFlow::openDialog);
  open->setShortcut(QKeySequence::Open);
  file->addAction(tr("Open &folder of shapefiles…"), loadFlow_, &LayerOpenFlow::openFolderDialog);
  file->addAction(postgis_->addLayersAction());
  file->addAction(teamStore_->connectAction());
  file->addAction(teamStore_->refreshAction());
  file->addAction(teamStore_->disconnectAction());
  recentMenu_ = file->addMenu(tr("Open &recent"));
  file->addSeparator();
  file->addAction(tr("&Export map image…"), this, &MainWindow::exportMapImage);
  QAction* layouts = file->addAction(tr("Print &layouts…"), this, [this] { openLayoutDesigner(); });
  layouts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
  QAction* exportPdf = file->addAction(tr("Export &PDF map or atlas…"), this, &MainWindow::exportLayout);
  exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
  file->addAction(tr("Import pro&gress…"), this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import progress"), {}, ProgressImportDialog::fileFilter());
    if (path.isEmpty()) return;
    auto* dialog = new ProgressImportDialog(project(), path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
  });
  file->addAction(tr("E&valuation report…"), this, [this] { EvaluationReportExport::run(project(), plan_.currentYear(), this); });
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  // Edit
  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  QAction* undo = undoStack_->createUndoAction(this, tr("&Undo"));
  undo->setShortcut(QKeySequence::Undo);
  QAction* redo = undoStack_->createRedoAction(this, tr("&Redo"));
  redo->setShortcut(QKeySequence::Redo);
  edit->addAction(undo);
  edit->addAction(redo);

  // View
  viewMenu_ = menuBar()->addMenu(tr("&View"));
  QAction* full = viewMenu_->addAction(icon("full-extent"), tr("Zoom to &all of Ankang"), this, &MainWindow::zoomToFullAnkang);
  full->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
  countyMenu_ = viewMenu_->addMenu(tr("Zoom to &county"));
  viewMenu_->addAction(tr("Zoom to current &layer"), this, [this] {
    const QString id = layerTree_->currentLayerId();
    if (!id.isEmpty()) zoomToLayer(id);
  });
  QAction* zoomIn = viewMenu_->addAction(icon("zoom-in"), tr("Zoom &in"), this, [this] { canvas_->zoomBy(2.0); });
  zoomIn->setShortcut(QKeySequence::ZoomIn);
  QAction* zoomOut = viewMenu_->addAction(icon("zoom-out"), tr("Zoom &out"), this, [this] { canvas_->zoomBy(0.5); });
  zoomOut->setShortcut(QKeySequence::ZoomOut);
  viewMenu_->addSeparator();
  tools_ = new QActionGroup(this);
  auto addTool = [this](const char* iconName, const QString& text, MapCanvas::Tool tool, const QKeySequence& key) {
    QAction* a = tools_->addAction(icon(iconName), text);
    a->setCheckable(true);
    a->setShortcut(key);
    a->setData(int(tool));
    connect(a, &QAction::triggered, this, [this, tool] { canvas_->setTool(tool); });
    viewMenu_->addAction(a);
    return a;
  };
  QAction* pan = addTool("pan", tr("&Pan"), MapCanvas::Tool::Pan, QKeySequence(Qt::Key_P));
  QAction* zoomBox = addTool("zoom-box", tr("&Zoom to rectangle"), MapCanvas::Tool::ZoomBox, QKeySequence(Qt::Key_Z));
  QAction* identify = addTool("identify", tr("&Identify"), MapCanvas::Tool::Identify, QKeySequence(Qt::Key_I));
  QAction* distance = addTool("measure-distance", tr("Measure &distance"), MapCanvas::Tool::MeasureDistance, QKeySequence(Qt::Key_D));
  QAction* area = addTool("measure-area", tr("Measure &area"), MapCanvas::Tool::MeasureArea, QKeySequence(Qt::Key_A));
  pan->setChecked(true);
  viewMenu_->addSeparator();
  QMenu* panels = viewMenu_->addMenu(tr("&Panels"));
  panels->addAction(layersDock_->toggleViewAction());
  panels->addAction(identifyDock_->toggleViewAction());
  panels->addAction(targetsDock_->toggleViewAction());
  panels->addAction(basemapDock_->toggleViewAction());
  panels->addAction(compliance_->toggleViewAction());
  panels->addAction(countyStats_->toggleViewAction());

  panels->addAction(planDocks_->linkDock()->toggleViewAction());
  panels->addAction(planDocks_->progressDock()->toggleViewAction());
  panels->addAction(planDocks_->themeDock()->toggleViewAction());
  panels->addAction(planDocks_->chartDock()->toggleViewAction());

  // Plan: editing links and progress (disabled for a read-only team-store role), the status theme
  QMenu* planMenu = menuBar()->addMenu(tr("&Plan"));
  planMenu->addAction(planDocks_->linkAction());
  planMenu->addAction(planDocks_->progressAction());
  planMenu->addSeparator();
  planMenu->addAction(planDocks_->themeAction());
  planMenu->addAction(planDocks_->chartAction());
  postgis_->editGate()->addLinkAction(planDocks_->linkAction());
  postgis_->editGate()->addProgressAction(planDocks_->progressAction());

  // Analysis
  QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
  analysis->addAction(tr("Check a &site file against the plan…"), this, &MainWindow::checkSiteFile);
  analysis->addAction(tr("Check the &identified feature against the plan"), this, &MainWindow::checkIdentifiedFeature);
  analysis->addAction(tr("&County statistics"), this, [this] {
    countyStats_->show();
    countyStats_->raise();
    countyStats_->refresh();
  });

  // Settings
  QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
  QMenu* languageMenu = settingsMenu->addMenu(tr("&Language"));
  auto* languages = new QActionGroup(this);
  language_ = currentLanguage();
  // Each language is named in itself, so whoever cannot read the current one still finds theirs.
  for (const auto& [code, name] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
                                   std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
    QAction* a = languages->addAction(name);
    a->setCheckable(true);
    a->setChecked(code == language_);
    const QString c = code;
    connect(a, &QAction::triggered, this, [this, c] { setLanguage(c); });
    languageMenu->addAction(a);
  }
  settingsMenu->addAction(tr("&Geometry cache…"), this, [this] { GeometryCacheDialog(this).exec(); });

  // Help
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About PlanMap and data sources"), this, &MainWindow::showAbout);

  // Toolbar
  QToolBar* bar = addToolBar(tr("Map"));
  bar->setObjectName(QStringLiteral("mapToolbar"));
  bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  bar->setIconSize(QSize(20, 20));
  bar->addAction(open);
  bar->addSeparator();
  bar->addAction(pan);
  bar->addAction(zoomBox);
  bar->addAction(identify);
  bar->addAction(distance);
  bar->addAction(area);
  bar->addSeparator();
  bar->addAction(zoomIn);
  bar->addAction(zoomOut);
  bar->addAction(full);
  QToolBar* searchBar = addToolBar(tr("Search"));
  searchBar->setObjectName(QStringLiteral("searchToolbar"));
  searchBox_ = new SearchBox(&searchIndex_, this);
  searchBar->addWidget(searchBox_);
  connect(searchBox_, &SearchBox::resultChosen, this, &MainWindow::showSearchResult);
  asOfYear_ = new AsOfYearBar(this);
  addToolBar(asOfYear_);
  connect(asOfYear_, &AsOfYearBar::yearChanged, this, [this](int year) {
    plan_.setCurrentYear(year);
    planDocks_->progressEditor()->setCurrentYear(year);
    planDocks_->themeChooser()->setCurrentYear(year);
    planDocks_->chartView()->setCurrentYear(year);
    onPlanChanged();
  });
}

void MainWindow::createStatusBar() {
  status_ = new MapStatusBar(statusBar(), document_, canvas_, messageBar_,
                             {postgis_->editGate()->badge(this), loadProgress_, cancelLoadButton_}, this);
}

// ---------------------------------------------------------------------------------------------
// Document changes

void MainWindow::onDocumentLayersChanged() {
  if (planDocks_) planDocks_->reload();
  if (layoutDesigner_) layoutDesigner_->refreshContext();
  searchIndex_.rebuild(document_, &plan_);
  rebuildCountyMenu();
  updateAttribution();
  // Attribute tables of removed layers close.
  for (auto it = attributeDocks_.begin(); it != attributeDocks_.end();) {
    if (!document_.layer(it.key()) && it.value()) {
      it.value()->deleteLater();
      it = attributeDocks_.erase(it);
    } else {
      ++it;
    }
  }
  // Highlights of layers that are gone would point at nothing.
  auto highlights = canvas_->highlights();
  bool changed = false;
  for (auto it = highlights.begin(); it != highlights.end();) {
    if (!document_.layer(it.key())) {
      it = highlights.erase(it);
      changed = true;
    } else {
      ++it;
    }
  }
  if (changed) canvas_->setHighlights(highlights);
}

void MainWindow::updateAttribution() {
  QStringList visible;
  QStringList extra;
  for (const auto& layer : document_.layers()) {
    if (!layer->visible) continue;
    visible << layer->id;
    if (!metadata_.knowsLayer(layer->id) && !layer->attribution.isEmpty() && !extra.contains(layer->attribution))
      extra << layer->attribution;
  }
  QStringList lines = metadata_.attributionFor(visible);
  for (const QString& e : extra)
    if (!lines.contains(e)) lines << e;
  if (basemap_ && !basemap_->attribution().isEmpty()) lines << basemap_->attribution();
  attributionBar_->setCredits(lines);
}

void MainWindow::rebuildCountyMenu() {
  countyMenu_->clear();
  const QStringList names = navigator_->countyNames();
  countyMenu_->setEnabled(!names.isEmpty());
  for (const QString& name : names) countyMenu_->addAction(name, this, [this, name] { zoomToCounty(name); });
}

// ---------------------------------------------------------------------------------------------
// View

Extent MainWindow::layerExtent(const QString& layerId, const std::vector<std::uint32_t>& rows) const {
  return navigator_->layerExtent(layerId, rows);
}

void MainWindow::zoomToFullAnkang() { navigator_->zoomToFullAnkang(); }

void MainWindow::zoomToLayer(const QString& layerId) { navigator_->zoomToLayer(layerId); }

void MainWindow::zoomToRows(const QString& layerId, const std::vector<std::uint32_t>& rows) {
  navigator_->zoomToRows(layerId, rows);
}

bool MainWindow::zoomToCounty(const QString& name) { return navigator_->zoomToCounty(name); }

void MainWindow::setDisplayCrs(const Crs& crs) { status_->setDisplayCrs(crs); }

QString MainWindow::scaleText() const { return status_->scaleText(); }

// ---------------------------------------------------------------------------------------------
// Identify, search, plan links

std::vector<IdentifyHit> MainWindow::identifyAt(const QPointF& mapPoint, double tolerance) {
  const std::vector<IdentifyHit> hits = FeatureIdentifier::identify(document_, mapPoint, tolerance);
  identify_->showHits(hits);
  if (!hits.empty()) {
    lastIdentified_ = hits.front();
    showFeatureInPlanEditor(hits.front().layerId, hits.front().row);
  }
  identifyDock_->show();
  identifyDock_->raise();
  if (hits.empty()) canvas_->setHighlights({});
  return hits;
}

std::vector<IdentifyHit> MainWindow::identifyLonLat(double lon, double lat) {
  double x = lon, y = lat;
  if (document_.displayCrs() != Crs::fromEpsg(4490)) {
    auto transform = CoordinateTransform::create(Crs::fromEpsg(4490), document_.displayCrs());
    if (!transform || !transform->transformPoint(x, y)) return {};
  }
  return identifyAt(QPointF(x, y), 3 * canvas_->mapUnitsPerPixel());
}

bool MainWindow::search(const QString& query) {
  const auto results = searchIndex_.find(query, 1);
  if (results.empty()) {
    messageBar_->showMessage(tr("Nothing found for “%1”.").arg(query), MessageBar::Level::Info);
    return false;
  }
  showSearchResult(results.front());
  return true;
}

void MainWindow::showSearchResult(const SearchResult& result) {
  if (!result.itemId.isEmpty()) {
    if (highlightPlanItem(result.itemId, true) == 0)
      messageBar_->showMessage(tr("“%1” is not linked to any map feature yet.").arg(result.name), MessageBar::Level::Info);
    return;
  }
  if (result.layerId.isEmpty() || result.row < 0) return;
  const auto layer = document_.layer(result.layerId);
  if (layer && !layer->visible) setLayerVisible({result.layerId}, true);
  zoomToRows(result.layerId, {std::uint32_t(result.row)});
  canvas_->setHighlights({{result.layerId, {std::uint32_t(result.row)}}});
}

int MainWindow::highlightPlanItem(const QString& itemId, bool zoom) {
  const auto features = plan_.featuresOfItem(document_, itemId);
  int count = 0;
  for (auto it = features.begin(); it != features.end(); ++it) count += int(it.value().size());
  canvas_->setHighlights(features);
  if (zoom) navigator_->zoomToFeatures(features);
  return count;
}

// ---------------------------------------------------------------------------------------------
// Layer edits, all through the undo stack

void MainWindow::setLayerVisible(const QStringList& layerIds, bool visible) {
  QStringList changing;
  for (const QString& id : layerIds)
    if (const auto layer = document_.layer(id); layer && layer->visible != visible) changing << id;
  if (changing.isEmpty()) return;
  const QString text = visible ? tr("Show %n layer(s)", nullptr, int(changing.size()))
                               : tr("Hide %n layer(s)", nullptr, int(changing.size()));
  undoStack_->beginMacro(text);
  for (const QString& id : changing) {
    LayerState state = LayerStateCommand::stateOf(&document_, id);
    state.visible = visible;
    undoStack_->push(new LayerStateCommand(&document_, id, state, text));
  }
  undoStack_->endMacro();
}

void MainWindow::setLayerOpacity(const QString& layerId, double opacity) {
  if (!document_.layer(layerId)) return;
  LayerState state = LayerStateCommand::stateOf(&document_, layerId);
  state.opacity = std::clamp(opacity, 0.0, 1.0);
  undoStack_->push(new LayerStateCommand(&document_, layerId, state, tr("Change opacity")));
}

void MainWindow::removeLayer(const QString& layerId) {
  if (!document_.layer(layerId)) return;
  undoStack_->push(new RemoveLayerCommand(&document_, layerId));
}

void MainWindow::moveLayer(const QString& layerId, int newIndex) {
  if (!document_.layer(layerId) || document_.indexOf(layerId) == newIndex) return;
  undoStack_->push(new MoveLayerCommand(&document_, layerId, newIndex));
}

void MainWindow::showLayerProperties(const QString& layerId) {
  const auto layer = document_.layer(layerId);
  if (!layer) return;
  const ConstraintMarking* marked = project_->constraintMarking(layerId);
  auto* dialog = new LayerPropertiesDialog(layer, this, marked ? std::optional(*marked) : std::nullopt, &project_->catalog());
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog, layerId] {
    if (!document_.layer(layerId)) return;
    LayerState state = dialog->state();
    const LayerState current = LayerStateCommand::stateOf(&document_, layerId);
    state.visible = current.visible;  // the dialog does not set it; it may have changed meanwhile
    const std::optional<ConstraintMarking> marking = dialog->marking();
    const ConstraintMarking* was = project_->constraintMarking(layerId);
    const bool markingChanged = marking.has_value() != (was != nullptr) || (marking && *marking != *was);
    const bool styleChanged = !(state.opacity == current.opacity && state.style == current.style && state.title == current.title);
    if (!styleChanged && !markingChanged) return;
    undoStack_->beginMacro(tr("Change properties of %1").arg(state.title));
    if (styleChanged) undoStack_->push(new LayerStateCommand(&document_, layerId, state, tr("Change style of %1").arg(state.title)));
    if (markingChanged) undoStack_->push(new ConstraintMarkingCommand(*project_, layerId, marking));
    undoStack_->endMacro();
  });
  dialog->open();
}

AttributeTableWidget* MainWindow::attributeTable(const QString& layerId) const {
  const auto dock = attributeDocks_.value(layerId);
  return dock ? qobject_cast<AttributeTableWidget*>(dock->widget()) : nullptr;
}

AttributeTableWidget* MainWindow::openAttributeTable(const QString& layerId) {
  if (AttributeTableWidget* existing = attributeTable(layerId)) {
    attributeDocks_.value(layerId)->show();
    attributeDocks_.value(layerId)->raise();
    return existing;
  }
  const auto layer = document_.layer(layerId);
  if (!layer || !layer->features) return nullptr;
  auto* table = new AttributeTableWidget(layer, &metadata_, this);
  auto* dock = new QDockWidget(tr("Attributes — %1").arg(layer->title), this);
  dock->setObjectName(QStringLiteral("attributes-%1").arg(layerId));
  dock->setAttribute(Qt::WA_DeleteOnClose);
  dock->setWidget(table);
  // Tabbed with the other attribute tables at the bottom.
  QDockWidget* sibling = nullptr;
  for (const auto& d : attributeDocks_)
    if (d) sibling = d;
  addDockWidget(Qt::BottomDockWidgetArea, dock);
  if (sibling) tabifyDockWidget(sibling, dock);
  dock->show();
  dock->raise();
  attributeDocks_.insert(layerId, dock);
  connect(table, &AttributeTableWidget::selectionChanged, this,
          [this](const QString& id, const std::vector<std::uint32_t>& rows) { canvas_->setLayerHighlight(id, rows); });
  connect(table, &AttributeTableWidget::zoomToRowsRequested, this, &MainWindow::zoomToRows);
  // Show the map's current highlight for this layer as the table's selection.
  if (auto it = canvas_->highlights().constFind(layerId); it != canvas_->highlights().constEnd()) table->selectRows(*it);
  return table;
}

// ---------------------------------------------------------------------------------------------
// Loading

void MainWindow::openPath(const QString& path, const LoadOptions& options, const QStringList& replaceIds) {
  loadFlow_->openPath(path, options, replaceIds);
}

void MainWindow::cancelLoad() { loadFlow_->cancel(); }

LayerLoadTask* MainWindow::currentLoad() const { return loadFlow_->current(); }

void MainWindow::addRecentFile(const QString& path) {
  recentFiles_.removeAll(path);
  recentFiles_.prepend(path);
  while (recentFiles_.size() > kMaxRecent) recentFiles_.removeLast();
  if (persistent_) WindowSettings::saveRecentFiles(recentFiles_);
  rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
  recentMenu_->clear();
  for (const QString& path : recentFiles_)
    recentMenu_->addAction(path, this, [this, path] {
      if (path.endsWith(QStringLiteral(".planmap"), Qt::CaseInsensitive)) openProject(path);
      else openPath(path);
    });
  recentMenu_->setEnabled(!recentFiles_.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  event->acceptProposedAction();
  for (const QUrl& url : event->mimeData()->urls()) {
    if (!url.isLocalFile()) continue;
    const QString path = url.toLocalFile();
    if (path.endsWith(QStringLiteral(".planmap"), Qt::CaseInsensitive)) {
      openProject(path);
      return;  // this window is replaced
    }
    openPath(path);
  }
}

// ---------------------------------------------------------------------------------------------
// Settings, language, about, export

void MainWindow::saveSettings() {
  if (!persistent_) return;
  WindowSettings::saveWindow(*this);
  WindowSettings::saveView(canvas_->extent(), document_.displayCrs());
  WindowSettings::saveRecentFiles(recentFiles_);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!closingWithoutAsking_) {
    if (!projectController_->maybeSave()) {
      event->ignore();
      return;
    }
    projectController_->discardAutosave();
  }
  saveSettings();
  loadFlow_->cancel();
  event->accept();
}

void MainWindow::setLanguage(const QString& language) {
  if (language == language_) return;
  if (persistent_) WindowSettings::saveLanguage(language);
  // The translators change now; the LanguageChange that Qt sends every window rebuilds this one.
  DesktopApp::installLanguage(language);
}

void MainWindow::changeEvent(QEvent* event) {
  QMainWindow::changeEvent(event);
  if (event->type() != QEvent::LanguageChange || languagePending_ || !project_) return;
  // Several LanguageChange events arrive for one switch (one per translator): rebuild once, after them.
  languagePending_ = true;
  QTimer::singleShot(0, this, &MainWindow::rebuildForLanguage);
}

void MainWindow::rebuildForLanguage() {
  languagePending_ = false;
  if (currentLanguage() == language_ || !project_) return;
  // Every text of the window (menus, docks, dialogs' defaults, data names in the UI language) comes
  // from one place, its construction: a fresh window in this process around the same project
  // keeps all of the planner's work and never lets two processes hold one project.
  const Extent extent = canvas_->extent();
  const auto highlights = canvas_->highlights();
  QStringList tables;
  for (auto it = attributeDocks_.cbegin(); it != attributeDocks_.cend(); ++it)
    if (it.value() && it.value()->isVisible()) tables << it.key();
  const bool designerOpen = layoutDesigner_ && layoutDesigner_->isVisible();
  MainWindow* next = replaceBy(std::move(project_), /*keepAutosave=*/true);
  next->canvas_->zoomToExtent(extent, 0);
  next->canvas_->setHighlights(highlights);
  for (const QString& id : tables) next->openAttributeTable(id);
  if (designerOpen) next->openLayoutDesigner();
  next->activateWindow();
  emit languageSwitched(next);
}

void MainWindow::showAbout() {
  QStringList sources;
  for (const QString& s : metadata_.allSources()) sources << QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
  const QString text =
      tr("<h3>PlanMap %1</h3><p>Planning maps for Ankang's 14th Five-Year Plan: parks, enclave parks, Qinling "
         "protection zones, mines and river basins, linked to the plan's projects and targets.</p>"
         "<p><b>Map data</b></p><ul>%2</ul>"
         "<p>Positions of parks, enclave parks and mines are PlanMap sketches (approximate, schematic or "
         "unverified) — not survey data.</p><p>Built with Qt %3, GDAL and PROJ.</p>")
          .arg(QStringLiteral(PLANMAP_VERSION), sources.join(QString()), QString::fromLatin1(qVersion()));
  QMessageBox::about(this, tr("About PlanMap"), text);
}

void MainWindow::exportMapImage() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export map image"),
                                                    ExportPaths::suggested(*project_, exportTitle(), QStringLiteral(".png")),
                                                    tr("PNG image (*.png)"));
  if (path.isEmpty()) return;
  MapSettings settings = canvas_->currentSettings();  // a snapshot: the worker never sees the document
  settings.devicePixelRatio = 2.0;  // print-friendly: twice the screen's pixels
  const std::shared_ptr<ReprojectionCache> cache = canvas_->reprojectionCache();
  messageBar_->showMessage(tr("Exporting the map image…"), MessageBar::Level::Info);
  imageExport_.start(
      [settings, cache, path](const TaskControl& control) {
        const QImage image = MapPainter::renderImage(settings, nullptr, control.cancelFlag(), cache.get());
        QImageWriter writer(path);
        if (!writer.write(image)) return Result<QString>::fail(writer.errorString());
        return Result<QString>::ok(path);
      },
      [this, path](Result<QString> written) {
        if (!written)
          messageBar_->showMessage(tr("Could not write %1: %2").arg(path, written.error()), MessageBar::Level::Critical);
        else
          messageBar_->showMessage(tr("Map image saved to %1").arg(path), MessageBar::Level::Info);
      });
}

}  // namespace planmap

namespace planmap {

void MainWindow::exportLayout() {
  PdfExportDialog dialog(document_, basemap_ ? basemap_->renderer() : nullptr, this);
  // The project's own plan data, as the layout window prints it.
  dialog.setTargets(std::make_shared<const PlanTargetTable>(project_->catalog(), project_->links(), project_->progress(),
                                                            asOfYear_ ? asOfYear_->year() : QDate::currentDate().year()));
  ExportRequest request = dialog.request();
  request.outputPath = ExportPaths::suggested(*project_, exportTitle(), QStringLiteral(".pdf"));
  dialog.setRequest(request);
  dialog.exec();
}

QString MainWindow::exportTitle() const {
  return project_->filePath().isEmpty() ? tr("Ankang plan map") : projectController_->displayName();
}

void MainWindow::checkSiteFile() {
  compliance_->show();
  compliance_->raise();
  const QString path = QFileDialog::getOpenFileName(this, tr("Site to check"), QString(),
                                                    VectorFileFilter::dialogFilter());
  if (!path.isEmpty()) compliance_->checkFile(path);
}

void MainWindow::checkIdentifiedFeature() {
  const auto layer = lastIdentified_ ? document_.layer(lastIdentified_->layerId) : nullptr;
  if (!layer) {
    messageBar_->showMessage(tr("Identify a feature on the map first (click it), then check it."), MessageBar::Level::Info);
    return;
  }
  compliance_->show();
  compliance_->raise();
  const std::uint32_t row = lastIdentified_->row;
  auto site = layer->features && row < layer->features->featureCount()
                  ? ComplianceSite::fromFeature(*layer->features, row, layer->crs, featureDisplayName(*layer, row))
                  : Result<ComplianceSite>::fail(QString());
  if (site) compliance_->checkSite(site.value());
  else compliance_->checkFeature(layer, row);  // says why it cannot be checked
}

void MainWindow::highlightKeys(const QString& layerId, const QStringList& keys) {
  const auto layer = document_.layer(layerId);
  if (!layer) return;
  std::vector<std::uint32_t> rows;
  for (const QString& key : keys)
    if (const std::int64_t row = layer->rowOfKey(key); row >= 0) rows.push_back(static_cast<std::uint32_t>(row));
  canvas_->setHighlights({{layerId, rows}});
  if (!rows.empty()) zoomToRows(layerId, rows);
}

// ---------------------------------------------------------------------------------------------
// Project file

void MainWindow::showProject() {
  if (!project_->viewExtent().isEmpty()) canvas_->zoomToExtent(project_->viewExtent(), 0);
  else zoomToFullAnkang();
  onMissingLayersChanged();
}

void MainWindow::openProjectDialog() {
  const QString dir = QSettings().value(QStringLiteral("lastProjectDir")).toString();
  const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), dir, ProjectController::fileFilter());
  if (!path.isEmpty()) openProject(path);
}

bool MainWindow::openProject(const QString& path) {
  if (projectOpen_) return false;  // one at a time
  if (!projectController_->maybeSave()) return false;
  runProjectTask(new ProjectOpenTask(path, this), [this](MainWindow* next) {
    next->showProject();
    emit projectOpened(next->offerRecovery());
  }, QFileInfo(path).absoluteFilePath());
  return true;
}

void MainWindow::runProjectTask(ProjectOpenTask* task, std::function<void(MainWindow*)> opened, const QString& recentPath) {
  projectOpen_ = task;
  loadProgress_->setRange(0, 0);  // busy: ProjectReader reports no fraction
  loadProgress_->setFormat(tr("Opening %1…").arg(QFileInfo(task->path()).fileName()));
  loadProgress_->show();
  connect(task, &ProjectOpenTask::finished, this, [this, task, opened = std::move(opened), recentPath] {
    projectOpen_ = nullptr;
    task->deleteLater();
    loadProgress_->hide();
    loadProgress_->setRange(0, 100);
    auto project = task->takeResult();
    if (!project) {
      // This window and its project stay as they were.
      messageBar_->showMessage(tr("Could not open the project: %1").arg(project.error()), MessageBar::Level::Critical);
      emit projectOpenFailed(project.error());
      return;
    }
    if (!recentPath.isEmpty()) addRecentFile(recentPath);  // before replaceBy() saves the settings
    opened(replaceBy(std::move(project).value()));
  });
  task->start();
}

MainWindow* MainWindow::replaceBy(std::unique_ptr<Project> project, bool keepAutosave) {
  // The caller has asked about unsaved changes already.
  if (!keepAutosave) projectController_->discardAutosave();
  saveSettings();
  auto* next = new MainWindow(std::move(project), persistent_);
  next->setAttribute(Qt::WA_DeleteOnClose);
  next->setGeometry(geometry());
  next->restoreState(saveState());
  if (isVisible()) next->show();
  closingWithoutAsking_ = true;
  close();
  return next;
}

MainWindow* MainWindow::offerRecovery() {
  const QString side = ProjectAutosave::pendingRecovery(project_->filePath());
  if (side.isEmpty()) return this;
  const QString when = QLocale().toString(QFileInfo(side).lastModified(), QLocale::ShortFormat);
  const auto answer = QMessageBox::question(
      this, tr("Restore unsaved work?"),
      tr("PlanMap was not closed properly. An autosaved copy of \"%1\" from %2 has changes that were never saved.\n\n"
         "Restore it? (\"No\" deletes the autosaved copy.)")
          .arg(projectController_->displayName(), when),
      QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
  if (answer != QMessageBox::Yes) {
    QFile::remove(side);
    return this;
  }
  auto restored = Project::open(side);
  if (!restored) {
    messageBar_->showMessage(tr("The autosaved copy could not be read: %1").arg(restored.error()), MessageBar::Level::Critical);
    return this;
  }
  // The restored project is the planner's project (same file name), with unsaved changes.
  restored.value()->setFilePath(project_->filePath());
  restored.value()->setModified(true);
  MainWindow* next = replaceBy(std::move(restored).value());
  next->showProject();
  // Replacing the window dropped the side file it came from; write it again at once, so a second
  // crash before the next autosave tick still finds the restored work.
  if (ProjectAutosave* autosave = next->projectController()->autosave()) autosave->saveNow();
  next->messageBar()->showMessage(tr("Restored the autosaved copy. Save the project to keep it."), MessageBar::Level::Info);
  return next;
}

void MainWindow::relinkLayer(const QString& layerId, const QString& newPath) { relinker_->relink(layerId, newPath); }

void MainWindow::onRelinkFinished(const QString& layerId, bool ok, const QString& error) {
  if (!ok) {
    messageBar_->showMessage(tr("Could not relink the layer: %1").arg(error), MessageBar::Level::Critical);
    return;
  }
  onDocumentLayersChanged();
  canvas_->refresh();
}

void MainWindow::relinkDialog(const QString& layerId) {
  const LayerSource source = project_->layerSource(layerId);
  const QString start = source.kind == LayerSource::Kind::File ? source.absolutePath(project_->projectDir()) : QString();
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Relink layer"), start, LayerOpenFlow::fileFilter());
  if (!path.isEmpty()) relinkLayer(layerId, path);
}

void MainWindow::onMissingLayersChanged() {
  QHash<QString, QString> missing;
  QStringList lines;
  for (const MissingLayer& m : project_->missingLayers()) {
    missing.insert(m.layerId, m.error);
    const auto layer = document_.layer(m.layerId);
    lines << QStringLiteral("%1: %2").arg(layer ? layer->title : m.layerId, m.error);
  }
  layerTree_->model()->setMissingLayers(missing);
  if (lines.isEmpty()) return;
  const QString text = tr("%n layer(s) of the project could not be opened and are marked in the layer list:\n%1", nullptr,
                          int(lines.size()))
                           .arg(lines.join(QLatin1Char('\n')));
  // A PostGIS server that was down may be up again; a moved file needs the planner to point at it.
  if (!postgis_->retry()->missingPostGisLayers().isEmpty()) {
    messageBar_->showMessage(text, MessageBar::Level::Warning, {{tr("Retry"), [this] { postgis_->retry()->retryAll(); }}});
    return;
  }
  const QString first = project_->missingLayers().front().layerId;
  messageBar_->showMessage(text, MessageBar::Level::Warning, {{tr("Relink…"), [this, first] { relinkDialog(first); }}});
}

void MainWindow::showFeatureInPlanEditor(const QString& layerId, std::uint32_t row) {
  const auto layer = document_.layer(layerId);
  if (!layer || !layer->features || row >= layer->features->featureCount()) return;
  planDocks_->setFeature(layerId, layer->featureKey(row), featureDisplayName(*layer, row));
}

LayoutDesigner* MainWindow::openLayoutDesigner() {
  if (!layoutDesigner_) {
    layoutDesigner_ = new LayoutDesigner(*project_, this);
    layoutDesigner_->setAttribute(Qt::WA_DeleteOnClose);
    layoutDesigner_->setBasemap(basemap_->renderer());
    connect(layoutDesigner_, &LayoutDesigner::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(basemap_, &BasemapChooser::basemapChanged, layoutDesigner_,
            [this] { layoutDesigner_->setBasemap(basemap_->renderer()); });
    layoutDesigner_->resize(1300, 900);
  }
  layoutDesigner_->show();
  layoutDesigner_->raise();
  layoutDesigner_->activateWindow();
  return layoutDesigner_;
}

void MainWindow::onPlanChanged() {
  targets_->refresh();
  identify_->refresh();
  searchIndex_.rebuild(document_, &plan_);
}

}  // namespace planmap
