<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ConstraintMarkingCommand</name>
    <message>
        <source>Mark %1 as a constraint layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unmark constraint layer %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap</name>
    <message>
        <source>Link %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlink %1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record progress of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove progress of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit progress of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Import %n progress record(s) from %1</source>
        <translation><numerusform>Import %n progress record from %1</numerusform><numerusform>Import %n progress records from %1</numerusform></translation>
    </message>
</context>
<context>
    <name>planmap::AddLayerCommand</name>
    <message>
        <source>Add layer %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::AsOfYearBar</name>
    <message>
        <source>Evaluation year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year targets are judged at: statuses, the target map theme, charts and reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::AttributeTableWidget</name>
    <message>
        <source>Filter rows (any column)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 rows, %3 selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no rows to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export attribute table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::BasemapChooser</name>
    <message>
        <source>No basemap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hillshade (offline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tianditu vector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tianditu imagery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tianditu vector (EPSG:4490)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tianditu imagery (EPSG:4490)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom XYZ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basemap opacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tianditu key (tk):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key from console.tianditu.gov.cn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline (cached tiles only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basemap:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opacity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown basemap "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tianditu needs a key (tk) to download tiles; showing cached tiles only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basemap not changed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::ComplianceDock</name>
    <message>
        <source>%1 m² / %2 ha / %3 mu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corridor along rivers, in metres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buffer (m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarrying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a site file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No site checked yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a conflict to read the plan text it rests on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No layer given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prohibited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (schematic boundaries: verify)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 m long</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message>
        <source>%1 — verdict: %2; site %3; counties: %4; %5 conflict(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Geometry repaired: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n point(s) inside</source>
        <translation><numerusform>%n point inside</numerusform><numerusform>%n points inside</numerusform></translation>
    </message>
    <message>
        <source>Plan items: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No report to export to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site to check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export report as JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside Ankang: not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No constraint layer in the project: nothing to check against.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constraint layers checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis (%1): %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::ConstraintMarkingEditor</name>
    <message>
        <source>As the layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prohibited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This layer is a constraint (red line) for site checks and statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 饮用水水源保护区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constraint name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For mining:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For quarrying:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For industry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each feature of the layer is grown by this distance before the check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buffer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan item ids it enforces, e.g. c12s1-m06</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan items:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the regulation or document, e.g. its name and article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Based on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the constraint a name, as reports will call it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project's plan has no item "%1".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::CountyStatsDock</name>
    <message>
        <source>County statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing county statistics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>County statistics failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area km²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qinling core km²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qinling key km²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qinling general km²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qinling %1 km²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National park km²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enclave parks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rivers km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Han River km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No statistics to export to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export county statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The layer whose polygons are the units of the table: counties, townships or a county's own boundary file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Units: %1 (layer %2), %n unit(s); areas on the ellipsoid.</source>
        <translation><numerusform>Units: %1 (layer %2), %n unit; areas on the ellipsoid.</numerusform><numerusform>Units: %1 (layer %2), %n units; areas on the ellipsoid.</numerusform></translation>
    </message>
</context>
<context>
    <name>planmap::CrsChoiceDialog</name>
    <message>
        <source>Choose the coordinate system of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PlanMap could not decide which coordinate reference system %1 uses. Pick the candidate whose preview lands on Ankang (grey).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or type a CRS: EPSG:4545, a WKT or PROJ string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grey: Ankang · Red: the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a valid coordinate reference system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data cannot be placed with this CRS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data overlaps Ankang with %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data lands about %1 km from Ankang with %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::EvaluationReportExport</name>
    <message>
        <source>Evaluation report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evaluation_%1.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF report (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the evaluation report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::GeodesicMeasure</name>
    <message numerus="yes">
        <source>%n point(s) could not be converted to longitude/latitude</source>
        <translation><numerusform>%n point could not be converted to longitude/latitude</numerusform><numerusform>%n points could not be converted to longitude/latitude</numerusform></translation>
    </message>
    <message>
        <source>ha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mu</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::GeometryCacheDialog</name>
    <message>
        <source>Geometry cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files of %1 or more open from a memory-mapped copy of their geometry, written in the background the first time they are opened. A changed file gets a new copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beyond this, the least recently opened layers' caches are deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear cache</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::GroupNames</name>
    <message>
        <source>Administrative boundaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qinling protection zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rivers and basins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industrial parks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enclave parks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::IdentifyPanel</name>
    <message>
        <source>Feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click an item to highlight every feature linked to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Linked plan projects and targets&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing here. Click on a feature of a visible layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;File:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;CRS:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SCHEMATIC — a sketch of the plan, not a surveyed position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UNVERIFIED — placeholder position; verify before any use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approximate position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no plan items linked to this feature)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::LayerOpenFlow</name>
    <message>
        <source>Open vector data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a folder of shapefiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading %1… %p%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading %1 was cancelled; the map is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attribute encoding guessed as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coordinate system inferred as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no shapes to draw (a table only, or its shapes are missing or damaged), so it was not added to the map. To map it, open the .shp file with its .shx and .dbf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not added: it needs a coordinate system. Open it again to choose one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::LayerPropertiesDialog</name>
    <message>
        <source>Label features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer properties — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opacity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bundled data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CRS:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Features:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categorized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equal interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol (single, and for values without a class)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outline width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marker size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renderer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click to change the colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::LayerTreeDock</name>
    <message>
        <source>Relink…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open attribute table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Properties…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove layer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::LayerTreeModel</name>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data not found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right-click → Relink… to point it at the moved file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CRS: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opacity: %1%</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::LayoutDesigner</name>
    <message>
        <source>Map frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>North arrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>County statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New from template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margins:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the sheet scales the items and their type with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text ({title}, {date}, {name_zh} are filled in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callout text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place callout on map…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Then click the point of a map frame the callout points at.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Atlas layer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 mm, %3 mm — %4°E, %5°N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 mm, %2 mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callout text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none: one page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>layout %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project has no layout yet: choose a template and click “New from template”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New layout %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit text of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type size of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is used by %2; delete that first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No item selected: click one on the page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click the point on a map frame the callout points at.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete layout %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The preview is still updating; click again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click inside a map frame to place a callout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place callout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callout placed at %1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview %1 dpi in %2 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The atlas layer "%1" is not in the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1 in %2 s.</source>
        <translation><numerusform>Exported %n page to %1 in %2 s.</numerusform><numerusform>Exported %n pages to %1 in %2 s.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1 in %2 s.</source>
        <translation><numerusform>Exported %n file to %1 in %2 s.</numerusform><numerusform>Exported %n files to %1 in %2 s.</numerusform></translation>
    </message>
    <message>
        <source>Export cancelled: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outer frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::LayoutPreviewWidget</name>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::LoadErrorText</name>
    <message>
        <source>The .prj file of %1 is not a valid coordinate system definition. Open it again and choose the coordinate system, or replace the .prj file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The .prj file of %1 is empty. Delete it or open the file again and choose the coordinate system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a readable shapefile: the .shp file is damaged or is not a shapefile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attribute table (.dbf) of %1 is damaged or does not match the shapes. Copy the complete set of files (.shp, .shx, .dbf, .prj) again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The index file (.shx) of %1 is missing or damaged. Copy it together with the .shp file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text encoding of %1 could not be used. Open it again and choose the encoding (GBK, UTF-8…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contains no map features.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be opened as map data: the format is not supported or the file is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: check that the file exists and that you may read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::LoadOverrideDialog</name>
    <message>
        <source>Read %1 again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GBK / CP936 (most Chinese shapefiles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Big5 (traditional Chinese)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(as read or inferred)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attribute encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundled Ankang map could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. No map feature is linked to this target yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1. %n map feature(s) highlighted.</source>
        <translation><numerusform>%1. %n map feature highlighted.</numerusform><numerusform>%1. %n map features highlighted.</numerusform></translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New project on the Ankang map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;folder of shapefiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export map image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print &amp;layouts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;PDF map or atlas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom to &amp;all of Ankang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom to &amp;county</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom to current &amp;layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Zoom to rectangle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure &amp;distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure &amp;area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a &amp;site file against the plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the &amp;identified feature against the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;County statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About PlanMap and data sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not linked to any map feature yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Show %n layer(s)</source>
        <translation><numerusform>Show %n layer</numerusform><numerusform>Show %n layers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Hide %n layer(s)</source>
        <translation><numerusform>Hide %n layer</numerusform><numerusform>Hide %n layers</numerusform></translation>
    </message>
    <message>
        <source>Change opacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change style of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;PlanMap %1&lt;/h3&gt;&lt;p&gt;Planning maps for Ankang's 14th Five-Year Plan: parks, enclave parks, Qinling protection zones, mines and river basins, linked to the plan's projects and targets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Map data&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Positions of parks, enclave parks and mines are PlanMap sketches (approximate, schematic or unverified) — not survey data.&lt;/p&gt;&lt;p&gt;Built with Qt %3, GDAL and PROJ.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About PlanMap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export map image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map image saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ankang plan map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site to check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identify a feature on the map first (click it), then check it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PlanMap was not closed properly. An autosaved copy of "%1" from %2 has changes that were never saved.

Restore it? ("No" deletes the autosaved copy.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The autosaved copy could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored the autosaved copy. Save the project to keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not relink the layer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relink layer</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n layer(s) of the project could not be opened and are marked in the layer list:
%1</source>
        <translation><numerusform>%n layer of the project could not be opened and are marked in the layer list:
%1</numerusform><numerusform>%n layers of the project could not be opened and are marked in the layer list:
%1</numerusform></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relink…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import pro&amp;gress…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;valuation report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Geometry cache…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change properties of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the map image…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::MapCanvas</name>
    <message>
        <source>Distance: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area: %1 (perimeter %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::MapStatusBar</name>
    <message>
        <source>Cursor position, longitude/latitude (CGCS2000)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cursor position in the display coordinate system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map scale; type e.g. 1:250000 and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display coordinate system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 features in %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lon %1°  Lat %2°</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x %1°  y %2°</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X %1 m  Y %2 m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EPSG code, WKT or PROJ string:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a coordinate system: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::MessageBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::MoveLayerCommand</name>
    <message>
        <source>Move layer %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::PdfExportDialog</name>
    <message>
        <source>Export map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIFF image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none: one page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One file per feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Atlas layer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIFF images (*.tif *.tiff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export map to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an output file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The atlas layer "%1" is not in the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation><numerusform>%n file in %1</numerusform><numerusform>%n files in %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1 in %2 s.</source>
        <translation><numerusform>Exported %n page to %1 in %2 s.</numerusform><numerusform>Exported %n pages to %1 in %2 s.</numerusform></translation>
    </message>
    <message>
        <source>Export cancelled: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::PlanEditingDocks</name>
    <message>
        <source>Plan links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target status map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Link the identified feature to the plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record target &amp;progress…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour the map by a &amp;target's status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Chart of a target's progress…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::PlanLinkEditor</name>
    <message>
        <source>Linked plan items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link to a plan item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by id, text or chapter (e.g. c12s2, 污水, 第十二章第二节)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identify a feature on the map to edit its links to the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unknown item)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 items match; showing the first %2. Type more to narrow the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plan item matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No feature chosen: identify one on the map first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in the plan catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already linked to %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked %1 to %2 “%3” (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not linked to %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlinked %1 from %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::PlanWords</name>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>implements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>located in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>monitored by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (qualitative) by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>qualitative target by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%2 %3 by %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%2 %3 by %4 (%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — latest %1 %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, pace %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>origin county (enclave flies from here)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::PostGisConnectionDialog</name>
    <message>
        <source>Add PostGIS layers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: a name from pg_service.conf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is never saved: PlanMap uses ~/.pgpass, the service file or PGPASSWORD, and asks once per session if the server still wants one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Geometry column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SRID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add layers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 asks for a password.
It is kept in memory for this session only, never saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 does not answer: is it running, and are host and port right?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 asks for a password and none was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 has no PostGIS extension (an administrator can add it with CREATE EXTENSION postgis).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot use %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 as %2 (PostGIS %3), but it has no spatial tables this role may read.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Connected to %1 as %2 (PostGIS %3): %n spatial table(s).</source>
        <translation><numerusform>Connected to %1 as %2 (PostGIS %3): %n spatial table.</numerusform><numerusform>Connected to %1 as %2 (PostGIS %3): %n spatial tables.</numerusform></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a recent connection…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::PostGisEditGate</name>
    <message>
        <source>Checking what this PostGIS role may edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team store %1 · checking rights…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team store %1 · read-only (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team store %1 · partly read-only (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team store %1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::PostGisLayerActions</name>
    <message>
        <source>Add Post&amp;GIS layers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostGIS layer is still unavailable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open the PostGIS table %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::PostGisLayerRetry</name>
    <message>
        <source>PostgreSQL password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 asks for a password.
It is kept in memory for this session only, never saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer %1 is not a PostGIS layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer %1 is no longer in the project.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::ProgressEditor</name>
    <message>
        <source>Scope:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 安康市2023年国民经济和社会发展统计公报</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a target to record its progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a target of the plan catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promise: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number, in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>qualitative: no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City-wide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a target first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year “%1” is not a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year %1 is out of range: a progress figure is an observation, from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value “%1” is not a number (type digits in %2, e.g. 430).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the value in %1, or tick “Achieved”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A qualitative target has no number: tick “Achieved” when the plan's promise was met.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say where the figure comes from (source), e.g. the statistical bulletin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the %1 record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status (%1, judged in %2): &lt;b style='color:%3'&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With this record: &lt;b style='color:%1'&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::ProgressImportDialog</name>
    <message>
        <source>Target (id or indicator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope (county)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import progress — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every sheet with a header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Long: one row per target, year and scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wide: one row per target, one column per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet, row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column mapping (guessed from the headers; change it if it is wrong):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing can be imported from this file as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guess (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>achieved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>city-wide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until they are fixed in the file.</source>
        <translation><numerusform>%n problem: nothing will be imported until they are fixed in the file.</numerusform><numerusform>%n problems: nothing will be imported until they are fixed in the file.</numerusform></translation>
    </message>
    <message>
        <source>%1 new record(s), %2 already in the project%3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; text read as %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::ProjectController</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project "%1" has unsaved changes. Save them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PlanMap projects (*.planmap);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project was not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::RemoveLayerCommand</name>
    <message>
        <source>Remove layer %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::SearchBox</name>
    <message>
        <source>Search places, parks, targets… (e.g. 汉滨 or hbq)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::TargetChartView</name>
    <message>
        <source>Choose a target to see its progress chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned pace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest figure by county</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::TargetDock</name>
    <message>
        <source>Filter targets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;features on the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (latest: %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::TargetTableModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map features</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::TargetThemeChooser</name>
    <message>
        <source>Target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counties without their own figures show the city-wide status (hatched)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply to layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (linked features)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a layer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City-wide (judged in %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour %1 by the status of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied: %1 coloured by the status of %2. Undo restores the previous style.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::TeamStoreActions</name>
    <message>
        <source>Connect project to &amp;team store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share this project's links and progress with other planners through a PostGIS schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fresh from team store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the links and progress other planners saved to the team store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Disconnect from team store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team store could not be opened; links and progress are the copy saved in the project: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the team store %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project's links and progress are local again (the last copy read from the team store).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved to the team store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team store is unreachable; the edit is kept and will be sent on refresh: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team store %1: %2 links and %3 progress records shared with other planners.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n edit(s) from an earlier session are waiting to be sent (Refresh sends them).</source>
        <translation><numerusform>%n edit from an earlier session are waiting to be sent (Refresh sends them).</numerusform><numerusform>%n edits from an earlier session are waiting to be sent (Refresh sends them).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) made while the store was opening were sent to it.</source>
        <translation><numerusform>%n edit made while the store was opening were sent to it.</numerusform><numerusform>%n edits made while the store was opening were sent to it.</numerusform></translation>
    </message>
    <message>
        <source>Could not refresh from the team store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refreshed from the team store %1: %2 progress records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect project to team store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project's links and progress will be read from and saved to this PostGIS schema, so other planners see them. The password is never stored: use ~/.pgpass, PGPASSWORD or a service file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the schema the team store was published to.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>planmap::VectorFileFilter</name>
    <message>
        <source>GIS data (*.shp *.zip *.gpkg *.geojson *.json *.kml *.fgb);;Shapefile (*.shp);;GeoPackage (*.gpkg);;GeoJSON (*.geojson *.json);;KML (*.kml);;FlatGeobuf (*.fgb);;Zip archive (*.zip);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>