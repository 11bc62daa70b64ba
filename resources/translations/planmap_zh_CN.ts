<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConstraintMarkingCommand</name>
    <message>
        <source>Mark %1 as a constraint layer</source>
        <translation>将 %1 标为约束图层</translation>
    </message>
    <message>
        <source>Unmark constraint layer %1</source>
        <translation>取消约束图层 %1</translation>
    </message>
</context>
<context>
    <name>planmap</name>
    <message>
        <source>Link %1 to %2</source>
        <translation>将 %1 关联到 %2</translation>
    </message>
    <message>
        <source>Unlink %1 from %2</source>
        <translation>取消 %1 与 %2 的关联</translation>
    </message>
    <message>
        <source>Record progress of %1 (%2)</source>
        <translation>记录 %1 的进展（%2年）</translation>
    </message>
    <message>
        <source>Remove progress of %1 (%2)</source>
        <translation>删除 %1 的进展记录（%2年）</translation>
    </message>
    <message>
        <source>Edit progress of %1 (%2)</source>
        <translation>修改 %1 的进展记录（%2年）</translation>
    </message>
    <message numerus="yes">
        <source>Import %n progress record(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 条进展记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planmap::AddLayerCommand</name>
    <message>
        <source>Add layer %1</source>
        <translation>添加图层 %1</translation>
    </message>
</context>
<context>
    <name>planmap::AsOfYearBar</name>
    <message>
        <source>Evaluation year</source>
        <translation>评估年份</translation>
    </message>
    <message>
        <source>As of </source>
        <translation>评估截至 </translation>
    </message>
    <message>
        <source>The year targets are judged at: statuses, the target map theme, charts and reports</source>
        <translation>评估目标所依据的年份：状态、目标专题图、图表和报告</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1年</translation>
    </message>
</context>
<context>
    <name>planmap::AttributeTableWidget</name>
    <message>
        <source>Filter rows (any column)…</source>
        <translation>筛选行（任意列）…</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>%1 of %2 rows, %3 selected</source>
        <translation>显示 %1 / %2 行，已选 %3 行</translation>
    </message>
    <message>
        <source>%1: no rows to export</source>
        <translation>%1：没有可导出的行</translation>
    </message>
    <message>
        <source>Export attribute table</source>
        <translation>导出属性表</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>planmap::BasemapChooser</name>
    <message>
        <source>Basemap opacity</source>
        <translation>底图不透明度</translation>
    </message>
    <message>
        <source>Tianditu key (tk):</source>
        <translation>天地图密钥 (tk)：</translation>
    </message>
    <message>
        <source>Key from console.tianditu.gov.cn</source>
        <translation>在 console.tianditu.gov.cn 申请的密钥</translation>
    </message>
    <message>
        <source>Offline (cached tiles only)</source>
        <translation>离线（仅用缓存瓦片）</translation>
    </message>
    <message>
        <source>Basemap:</source>
        <translation>底图：</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <source>Unknown basemap &quot;%1&quot;</source>
        <translation>未知底图“%1”</translation>
    </message>
    <message>
        <source>Tianditu needs a key (tk) to download tiles; showing cached tiles only.</source>
        <translation>天地图需要密钥 (tk) 才能下载瓦片；当前仅显示缓存瓦片。</translation>
    </message>
    <message>
        <source>Basemap not changed: %1</source>
        <translation>底图未更改：%1</translation>
    </message>
    <message>
        <source>No basemap</source>
        <translation>无底图</translation>
    </message>
    <message>
        <source>Hillshade (offline)</source>
        <translation>地形晕渲（离线）</translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <source>Tianditu vector</source>
        <translation>天地图 矢量</translation>
    </message>
    <message>
        <source>Tianditu imagery</source>
        <translation>天地图 影像</translation>
    </message>
    <message>
        <source>Tianditu vector (EPSG:4490)</source>
        <translation>天地图 矢量（经纬度 EPSG:4490）</translation>
    </message>
    <message>
        <source>Tianditu imagery (EPSG:4490)</source>
        <translation>天地图 影像（经纬度 EPSG:4490）</translation>
    </message>
    <message>
        <source>Custom XYZ</source>
        <translation>自定义 XYZ 瓦片</translation>
    </message>
</context>
<context>
    <name>planmap::ComplianceDock</name>
    <message>
        <source>Check compliance</source>
        <translation>合规性检查</translation>
    </message>
    <message>
        <source>Rules default</source>
        <translation>规则默认值</translation>
    </message>
    <message>
        <source>Corridor along rivers, in metres</source>
        <translation>河流两岸缓冲距离（米）</translation>
    </message>
    <message>
        <source>Buffer (m)</source>
        <translation>缓冲距离（米）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>采矿</translation>
    </message>
    <message>
        <source>Quarrying</source>
        <translation>采石</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>工业</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Check a site file…</source>
        <translation>检查场地文件…</translation>
    </message>
    <message>
        <source>No site checked yet.</source>
        <translation>尚未检查场地。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重叠面积</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Select a conflict to read the plan text it rests on.</source>
        <translation>选择一条冲突以查看其依据的规划原文。</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>No layer given.</source>
        <translation>未指定图层。</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>无法检查：%1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Notes only</source>
        <translation>仅提示</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>无冲突</translation>
    </message>
    <message>
        <source> (schematic boundaries: verify)</source>
        <translation>（示意性范围，需核实）</translation>
    </message>
    <message>
        <source>%1 m long</source>
        <translation>长 %1 米</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 个点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — verdict: %2; site %3; counties: %4; %5 conflict(s)</source>
        <translation>%1 — 结论：%2；场地 %3；所在县区：%4；冲突 %5 项</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Geometry repaired: %1</source>
        <translation>几何已修复：%1</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) inside</source>
        <translation>
            <numerusform>区内 %n 个点</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan items: %1</source>
        <translation>规划条目：%1</translation>
    </message>
    <message>
        <source>No report to export to %1.</source>
        <translation>没有可导出到 %1 的报告。</translation>
    </message>
    <message>
        <source>Site to check</source>
        <translation>选择要检查的场地</translation>
    </message>
    <message>
        <source>Export report as JSON</source>
        <translation>导出报告为 JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>导出报告为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 m² / %2 ha / %3 mu</source>
        <translation>%1 m² / %2 公顷 / %3 亩</translation>
    </message>
    <message>
        <source>Outside Ankang: not checked</source>
        <translation>位于安康市域外，未检查</translation>
    </message>
    <message>
        <source>Basis (%1): %2</source>
        <translation>依据（%1）：%2</translation>
    </message>
    <message>
        <source>No constraint layer in the project: nothing to check against.</source>
        <translation>项目中没有约束图层：无可检查的对象。</translation>
    </message>
    <message>
        <source>Constraint layers checked: %1</source>
        <translation>已检查的约束图层：%1</translation>
    </message>
</context>
<context>
    <name>planmap::ConstraintMarkingEditor</name>
    <message>
        <source>As the layer</source>
        <translation>同图层设置</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>This layer is a constraint (red line) for site checks and statistics</source>
        <translation>此图层为约束图层（红线），用于选址检查和统计</translation>
    </message>
    <message>
        <source>e.g. 饮用水水源保护区</source>
        <translation>例如 饮用水水源保护区</translation>
    </message>
    <message>
        <source>Constraint name:</source>
        <translation>约束名称：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>约束程度：</translation>
    </message>
    <message>
        <source>For mining:</source>
        <translation>采矿：</translation>
    </message>
    <message>
        <source>For quarrying:</source>
        <translation>采石：</translation>
    </message>
    <message>
        <source>For industry:</source>
        <translation>工业：</translation>
    </message>
    <message>
        <source>Each feature of the layer is grown by this distance before the check</source>
        <translation>检查前将图层的每个要素向外扩展此距离</translation>
    </message>
    <message>
        <source>Buffer:</source>
        <translation>缓冲距离：</translation>
    </message>
    <message>
        <source>plan item ids it enforces, e.g. c12s1-m06</source>
        <translation>所落实的规划条目编号，例如 c12s1-m06</translation>
    </message>
    <message>
        <source>Plan items:</source>
        <translation>规划条目：</translation>
    </message>
    <message>
        <source>the regulation or document, e.g. its name and article</source>
        <translation>依据的法规或文件，例如名称和条款</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Give the constraint a name, as reports will call it.</source>
        <translation>请为约束命名，报告中将使用此名称。</translation>
    </message>
    <message>
        <source>The project&apos;s plan has no item &quot;%1&quot;.</source>
        <translation>项目的规划中没有条目“%1”。</translation>
    </message>
</context>
<context>
    <name>planmap::CountyStatsDock</name>
    <message>
        <source>County statistics</source>
        <translation>县区统计</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Computing county statistics…</source>
        <translation>正在计算县区统计…</translation>
    </message>
    <message>
        <source>County statistics failed: %1</source>
        <translation>县区统计失败：%1</translation>
    </message>
    <message>
        <source>Area km²</source>
        <translation>面积 km²</translation>
    </message>
    <message>
        <source>Qinling core km²</source>
        <translation>秦岭核心保护区 km²</translation>
    </message>
    <message>
        <source>Qinling key km²</source>
        <translation>秦岭重点保护区 km²</translation>
    </message>
    <message>
        <source>Qinling general km²</source>
        <translation>秦岭一般保护区 km²</translation>
    </message>
    <message>
        <source>Qinling %1 km²</source>
        <translation>秦岭%1 km²</translation>
    </message>
    <message>
        <source>National park km²</source>
        <translation>国家公园 km²</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Enclave parks</source>
        <translation>飞地园区</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>矿山</translation>
    </message>
    <message>
        <source>Rivers km</source>
        <translation>河流 km</translation>
    </message>
    <message>
        <source>Han River km</source>
        <translation>汉江干流 km</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>关联条目</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target status</source>
        <translation>目标状态</translation>
    </message>
    <message>
        <source>No statistics to export to %1.</source>
        <translation>没有可导出到 %1 的统计。</translation>
    </message>
    <message>
        <source>Export county statistics</source>
        <translation>导出县区统计</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>统计单元：</translation>
    </message>
    <message>
        <source>The layer whose polygons are the units of the table: counties, townships or a county&apos;s own boundary file</source>
        <translation>以其面要素作为表格统计单元的图层：县区、乡镇或县里自己的边界文件</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message numerus="yes">
        <source>Units: %1 (layer %2), %n unit(s); areas on the ellipsoid.</source>
        <translation>
            <numerusform>统计单元：%1（图层 %2），共 %n 个；面积按椭球面计算。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planmap::CrsChoiceDialog</name>
    <message>
        <source>Choose the coordinate system of %1</source>
        <translation>选择 %1 的坐标系</translation>
    </message>
    <message>
        <source>PlanMap could not decide which coordinate reference system %1 uses. Pick the candidate whose preview lands on Ankang (grey).</source>
        <translation>PlanMap 无法确定 %1 使用的坐标参考系。请选择预览中落在安康（灰色）上的候选坐标系。</translation>
    </message>
    <message>
        <source>or type a CRS: EPSG:4545, a WKT or PROJ string</source>
        <translation>或输入坐标系：EPSG:4545、WKT 或 PROJ 字符串</translation>
    </message>
    <message>
        <source>Grey: Ankang · Red: the data</source>
        <translation>灰色：安康 · 红色：数据</translation>
    </message>
    <message>
        <source>Not a valid coordinate reference system.</source>
        <translation>不是有效的坐标参考系。</translation>
    </message>
    <message>
        <source>The data cannot be placed with this CRS.</source>
        <translation>用此坐标系无法定位数据。</translation>
    </message>
    <message>
        <source>The data overlaps Ankang with %1.</source>
        <translation>使用 %1 时数据与安康重叠。</translation>
    </message>
    <message>
        <source>The data lands about %1 km from Ankang with %2.</source>
        <translation>使用 %2 时数据距安康约 %1 公里。</translation>
    </message>
</context>
<context>
    <name>planmap::EvaluationReportExport</name>
    <message>
        <source>Evaluation report</source>
        <translation>总结评估报告</translation>
    </message>
    <message>
        <source>evaluation_%1.pdf</source>
        <translation>总结评估_%1.pdf</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF 报告 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the evaluation report…</source>
        <translation>正在生成总结评估报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已生成：%1</translation>
    </message>
</context>
<context>
    <name>planmap::GeodesicMeasure</name>
    <message numerus="yes">
        <source>%n point(s) could not be converted to longitude/latitude</source>
        <translation>
            <numerusform>%n 个点无法转换为经纬度</numerusform>
        </translation>
    </message>
    <message>
        <source>ha</source>
        <translation>公顷</translation>
    </message>
    <message>
        <source>mu</source>
        <translation>亩</translation>
    </message>
</context>
<context>
    <name>planmap::GeometryCacheDialog</name>
    <message>
        <source>Geometry cache</source>
        <translation>几何缓存</translation>
    </message>
    <message>
        <source>Files of %1 or more open from a memory-mapped copy of their geometry, written in the background the first time they are opened. A changed file gets a new copy.</source>
        <translation>%1 及以上的文件从其几何数据的内存映射副本打开，该副本在首次打开时于后台写入。文件有改动时会重新生成副本。</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>已占用：</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Beyond this, the least recently opened layers&apos; caches are deleted.</source>
        <translation>超出此上限时，删除最久未打开的图层的缓存。</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>容量上限：</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>清空缓存</translation>
    </message>
</context>
<context>
    <name>planmap::GroupNames</name>
    <message>
        <source>Administrative boundaries</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Qinling protection zones</source>
        <translation>秦岭保护区</translation>
    </message>
    <message>
        <source>Rivers and basins</source>
        <translation>水系与流域</translation>
    </message>
    <message>
        <source>Industrial parks</source>
        <translation>产业园区</translation>
    </message>
    <message>
        <source>Enclave parks</source>
        <translation>飞地园区</translation>
    </message>
    <message>
        <source>Mines</source>
        <translation>矿山</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>用户数据</translation>
    </message>
</context>
<context>
    <name>planmap::IdentifyPanel</name>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>规划条目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Click an item to highlight every feature linked to it</source>
        <translation>单击条目，高亮与其关联的全部要素</translation>
    </message>
    <message>
        <source>&lt;b&gt;Linked plan projects and targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;关联的规划项目与目标&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing here. Click on a feature of a visible layer.</source>
        <translation>此处没有要素。请单击可见图层上的要素。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;来源：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;许可：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;File:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;文件：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;CRS:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;坐标系：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>SCHEMATIC — a sketch of the plan, not a surveyed position</source>
        <translation>示意位置 —— 依规划文本绘制，并非测绘位置</translation>
    </message>
    <message>
        <source>UNVERIFIED — placeholder position; verify before any use</source>
        <translation>未核实 —— 占位位置，使用前务必核实</translation>
    </message>
    <message>
        <source>Approximate position</source>
        <translation>近似位置</translation>
    </message>
    <message>
        <source>(no plan items linked to this feature)</source>
        <translation>（此要素未关联规划条目）</translation>
    </message>
</context>
<context>
    <name>planmap::LayerOpenFlow</name>
    <message>
        <source>Open vector data</source>
        <translation>打开矢量数据</translation>
    </message>
    <message>
        <source>Open a folder of shapefiles</source>
        <translation>打开 Shapefile 文件夹</translation>
    </message>
    <message>
        <source>Loading %1… %p%</source>
        <translation>正在加载 %1… %p%</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled; the map is unchanged.</source>
        <translation>已取消加载 %1，地图未作改动。</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>attribute encoding guessed as %1</source>
        <translation>属性编码推测为 %1</translation>
    </message>
    <message>
        <source>coordinate system inferred as %1</source>
        <translation>坐标系推断为 %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>%1 has no shapes to draw (a table only, or its shapes are missing or damaged), so it was not added to the map. To map it, open the .shp file with its .shx and .dbf.</source>
        <translation>%1 没有可绘制的图形（只有属性表，或图形缺失、损坏），因此未添加到地图。如需上图，请打开与 .shx、.dbf 放在一起的 .shp 文件。</translation>
    </message>
    <message>
        <source>%1 was not added: it needs a coordinate system. Open it again to choose one.</source>
        <translation>%1 未添加：需要指定坐标系。请重新打开并选择坐标系。</translation>
    </message>
</context>
<context>
    <name>planmap::LayerPropertiesDialog</name>
    <message>
        <source>Label features</source>
        <translation>标注要素</translation>
    </message>
    <message>
        <source>Layer properties — %1</source>
        <translation>图层属性 —— %1</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>bundled data</source>
        <translation>内置数据</translation>
    </message>
    <message>
        <source>CRS:</source>
        <translation>坐标系：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>要素数：</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Symbol (single, and for values without a class)</source>
        <translation>符号（单一符号，以及未归类的值）</translation>
    </message>
    <message>
        <source>Fill:</source>
        <translation>填充：</translation>
    </message>
    <message>
        <source>Outline:</source>
        <translation>边线：</translation>
    </message>
    <message>
        <source>Outline width:</source>
        <translation>边线宽度：</translation>
    </message>
    <message>
        <source>Marker size:</source>
        <translation>符号大小：</translation>
    </message>
    <message>
        <source>Renderer:</source>
        <translation>渲染方式：</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>分级数：</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>色带：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Class colour</source>
        <translation>类别颜色</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Double-click to change the colour</source>
        <translation>双击更改颜色</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
</context>
<context>
    <name>planmap::LayerTreeDock</name>
    <message>
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>属性…</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <source>Relink…</source>
        <translation>重新链接…</translation>
    </message>
</context>
<context>
    <name>planmap::LayerTreeModel</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>坐标系：%1</translation>
    </message>
    <message>
        <source>Opacity: %1%</source>
        <translation>不透明度：%1%</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>Data not found: %1</source>
        <translation>找不到数据：%1</translation>
    </message>
    <message>
        <source>Right-click → Relink… to point it at the moved file.</source>
        <translation>右键 →“重新链接…”可指向移动后的文件。</translation>
    </message>
</context>
<context>
    <name>planmap::LayoutDesigner</name>
    <message>
        <source>Map frame</source>
        <translation>地图框</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>指北针</translation>
    </message>
    <message>
        <source>Callout</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Targets table</source>
        <translation>规划目标表</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <source>County statistics</source>
        <translation>县区统计</translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation>版式设计</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>由模板新建</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>页面设置</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>自定义尺寸：</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>页边距：</translation>
    </message>
    <message>
        <source>Changing the sheet scales the items and their type with it.</source>
        <translation>更改纸张时，图面元素及其字号随之等比缩放。</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>图面元素</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Type size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Text ({title}, {date}, {name_zh} are filled in)</source>
        <translation>文字（可使用 {title}、{date}、{name_zh} 等变量）</translation>
    </message>
    <message>
        <source>Apply text</source>
        <translation>应用文字</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除元素</translation>
    </message>
    <message>
        <source>Callouts</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Callout text</source>
        <translation>标注文字</translation>
    </message>
    <message>
        <source>Place callout on map…</source>
        <translation>在地图上放置标注…</translation>
    </message>
    <message>
        <source>Then click the point of a map frame the callout points at.</source>
        <translation>然后在地图框中点击标注所指的位置。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Callout text:</source>
        <translation>标注文字：</translation>
    </message>
    <message>
        <source>layout %1</source>
        <translation>版式 %1</translation>
    </message>
    <message>
        <source>The project has no layout yet: choose a template and click “New from template”.</source>
        <translation>项目中还没有版式：请选择模板并点击“由模板新建”。</translation>
    </message>
    <message>
        <source>New layout %1</source>
        <translation>新建版式 %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>调整 %1 大小</translation>
    </message>
    <message>
        <source>Edit text of %1</source>
        <translation>编辑 %1 的文字</translation>
    </message>
    <message>
        <source>Type size of %1</source>
        <translation>调整 %1 的字号</translation>
    </message>
    <message>
        <source>%1 is used by %2; delete that first.</source>
        <translation>%2 引用了 %1，请先删除 %2。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>No item selected: click one on the page.</source>
        <translation>未选择元素：请在页面上点击一个元素。</translation>
    </message>
    <message>
        <source>Click the point on a map frame the callout points at.</source>
        <translation>请在地图框中点击标注所指的位置。</translation>
    </message>
    <message>
        <source>Click inside a map frame to place a callout.</source>
        <translation>请在地图框内点击以放置标注。</translation>
    </message>
    <message>
        <source>The preview is still updating; click again in a moment.</source>
        <translation>预览仍在更新，请稍后再点击。</translation>
    </message>
    <message>
        <source>Place callout</source>
        <translation>放置标注</translation>
    </message>
    <message>
        <source>Callout placed at %1, %2.</source>
        <translation>已在 %1, %2 处放置标注。</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>预览失败：%1</translation>
    </message>
    <message>
        <source>Preview %1 dpi in %2 ms</source>
        <translation>预览 %1 dpi，用时 %2 毫秒</translation>
    </message>
    <message>
        <source>Export layout</source>
        <translation>导出版式</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Export cancelled: %1</source>
        <translation>导出已取消：%1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation>删除版式</translation>
    </message>
    <message>
        <source>Atlas layer:</source>
        <translation>图集图层：</translation>
    </message>
    <message>
        <source>%1: %2 mm, %3 mm — %4°E, %5°N</source>
        <translation>%1：%2 mm，%3 mm — 东经 %4°，北纬 %5°</translation>
    </message>
    <message>
        <source>%1 mm, %2 mm</source>
        <translation>%1 mm，%2 mm</translation>
    </message>
    <message>
        <source>(none: one page)</source>
        <translation>（无：单页）</translation>
    </message>
    <message>
        <source>Delete layout %1</source>
        <translation>删除版式 %1</translation>
    </message>
    <message>
        <source>The atlas layer &quot;%1&quot; is not in the map.</source>
        <translation>地图中没有图集图层“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>已导出 %n 页到 %1，用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>已导出 %n 个文件至 %1，用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Outer frame</source>
        <translation>外图廓</translation>
    </message>
    <message>
        <source>Map notes</source>
        <translation>图注</translation>
    </message>
</context>
<context>
    <name>planmap::LayoutPreviewWidget</name>
    <message>
        <source>Rendering…</source>
        <translation>正在绘制…</translation>
    </message>
</context>
<context>
    <name>planmap::LoadErrorText</name>
    <message>
        <source>The .prj file of %1 is not a valid coordinate system definition. Open it again and choose the coordinate system, or replace the .prj file.</source>
        <translation>%1 的 .prj 文件不是有效的坐标系定义。请重新打开并选择坐标系，或替换该 .prj 文件。</translation>
    </message>
    <message>
        <source>The .prj file of %1 is empty. Delete it or open the file again and choose the coordinate system.</source>
        <translation>%1 的 .prj 文件是空的。请删除它，或重新打开并选择坐标系。</translation>
    </message>
    <message>
        <source>%1 is not a readable shapefile: the .shp file is damaged or is not a shapefile.</source>
        <translation>%1 不是可读取的 Shapefile：.shp 文件已损坏或不是 Shapefile。</translation>
    </message>
    <message>
        <source>The attribute table (.dbf) of %1 is damaged or does not match the shapes. Copy the complete set of files (.shp, .shx, .dbf, .prj) again.</source>
        <translation>%1 的属性表（.dbf）已损坏或与图形不一致。请重新完整复制全套文件（.shp、.shx、.dbf、.prj）。</translation>
    </message>
    <message>
        <source>The index file (.shx) of %1 is missing or damaged. Copy it together with the .shp file.</source>
        <translation>%1 的索引文件（.shx）缺失或损坏。请与 .shp 文件一起复制。</translation>
    </message>
    <message>
        <source>The text encoding of %1 could not be used. Open it again and choose the encoding (GBK, UTF-8…).</source>
        <translation>无法使用 %1 的文字编码。请重新打开并选择编码（GBK、UTF-8…）。</translation>
    </message>
    <message>
        <source>%1 contains no map features.</source>
        <translation>%1 不包含任何地图要素。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as map data: the format is not supported or the file is damaged.</source>
        <translation>%1 无法作为地图数据打开：格式不受支持或文件已损坏。</translation>
    </message>
    <message>
        <source>%1 cannot be read: check that the file exists and that you may read it.</source>
        <translation>无法读取 %1：请检查文件是否存在以及是否有读取权限。</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
</context>
<context>
    <name>planmap::LoadOverrideDialog</name>
    <message>
        <source>Read %1 again</source>
        <translation>重新读取 %1</translation>
    </message>
    <message>
        <source>GBK / CP936 (most Chinese shapefiles)</source>
        <translation>GBK / CP936（多数国内 Shapefile）</translation>
    </message>
    <message>
        <source>Big5 (traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <source>(as read or inferred)</source>
        <translation>（按读取或推断结果）</translation>
    </message>
    <message>
        <source>Attribute encoding:</source>
        <translation>属性编码：</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>坐标系：</translation>
    </message>
</context>
<context>
    <name>planmap::MainWindow</name>
    <message>
        <source>The bundled Ankang map could not be loaded: %1</source>
        <translation>无法加载内置安康地图：%1</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Plan targets</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;folder of shapefiles…</source>
        <translation>打开 Shapefile 文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export map image…</source>
        <translation>导出地图图片(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom to &amp;all of Ankang</source>
        <translation>缩放到安康全域(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom to &amp;county</source>
        <translation>缩放到县区(&amp;C)</translation>
    </message>
    <message>
        <source>Zoom to current &amp;layer</source>
        <translation>缩放到当前图层(&amp;L)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Zoom to rectangle</source>
        <translation>拉框放大(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>识别(&amp;I)</translation>
    </message>
    <message>
        <source>Measure &amp;distance</source>
        <translation>量距离(&amp;D)</translation>
    </message>
    <message>
        <source>Measure &amp;area</source>
        <translation>量面积(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PlanMap and data sources</source>
        <translation>关于 PlanMap 与数据来源(&amp;A)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>未找到“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not linked to any map feature yet.</source>
        <translation>“%1”尚未关联任何地图要素。</translation>
    </message>
    <message numerus="yes">
        <source>Show %n layer(s)</source>
        <translation>
            <numerusform>显示 %n 个图层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n layer(s)</source>
        <translation>
            <numerusform>隐藏 %n 个图层</numerusform>
        </translation>
    </message>
    <message>
        <source>Change opacity</source>
        <translation>更改不透明度</translation>
    </message>
    <message>
        <source>Change style of %1</source>
        <translation>更改 %1 的样式</translation>
    </message>
    <message>
        <source>Attributes — %1</source>
        <translation>属性表 —— %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PlanMap %1&lt;/h3&gt;&lt;p&gt;Planning maps for Ankang&apos;s 14th Five-Year Plan: parks, enclave parks, Qinling protection zones, mines and river basins, linked to the plan&apos;s projects and targets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Map data&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Positions of parks, enclave parks and mines are PlanMap sketches (approximate, schematic or unverified) — not survey data.&lt;/p&gt;&lt;p&gt;Built with Qt %3, GDAL and PROJ.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlanMap %1&lt;/h3&gt;&lt;p&gt;安康市“十四五”规划图：产业园区、飞地园区、秦岭保护区、矿山与重点流域，并与规划项目和目标相关联。&lt;/p&gt;&lt;p&gt;&lt;b&gt;地图数据&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;产业园区、飞地园区与矿山的位置为 PlanMap 示意（近似、示意或未核实），并非测绘成果。&lt;/p&gt;&lt;p&gt;基于 Qt %3、GDAL 与 PROJ 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About PlanMap</source>
        <translation>关于 PlanMap</translation>
    </message>
    <message>
        <source>Export map image</source>
        <translation>导出地图图片</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Map image saved to %1</source>
        <translation>地图图片已保存到 %1</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Export &amp;PDF map or atlas…</source>
        <translation>导出 PDF 地图或图集(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Check a &amp;site file against the plan…</source>
        <translation>检查场地文件是否符合规划(&amp;S)…</translation>
    </message>
    <message>
        <source>Check the &amp;identified feature against the plan</source>
        <translation>检查已识别要素是否符合规划(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;County statistics</source>
        <translation>县区统计(&amp;C)</translation>
    </message>
    <message>
        <source>Site to check</source>
        <translation>选择要检查的场地</translation>
    </message>
    <message>
        <source>Identify a feature on the map first (click it), then check it.</source>
        <translation>请先在地图上点击识别一个要素，再进行检查。</translation>
    </message>
    <message>
        <source>&amp;New project on the Ankang map</source>
        <translation>新建安康地图项目(&amp;N)</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>无法打开项目：%1</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>PlanMap was not closed properly. An autosaved copy of &quot;%1&quot; from %2 has changes that were never saved.

Restore it? (&quot;No&quot; deletes the autosaved copy.)</source>
        <translation>PlanMap 上次未正常关闭。“%1”在 %2 自动保存的副本中有尚未保存的更改。

是否恢复？（选择“否”将删除该自动保存副本。）</translation>
    </message>
    <message>
        <source>The autosaved copy could not be read: %1</source>
        <translation>无法读取自动保存副本：%1</translation>
    </message>
    <message>
        <source>Restored the autosaved copy. Save the project to keep it.</source>
        <translation>已恢复自动保存副本。请保存项目以保留这些更改。</translation>
    </message>
    <message>
        <source>Could not relink the layer: %1</source>
        <translation>无法重新链接图层：%1</translation>
    </message>
    <message>
        <source>Relink layer</source>
        <translation>重新链接图层</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) of the project could not be opened and are marked in the layer list:
%1</source>
        <translation>
            <numerusform>项目中有 %n 个图层无法打开，已在图层列表中标出：
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Relink…</source>
        <translation>重新链接…</translation>
    </message>
    <message>
        <source>Print &amp;layouts…</source>
        <translation>打印布局(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>%1. No map feature is linked to this target yet.</source>
        <translation>%1。该目标尚未关联地图要素。</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n map feature(s) highlighted.</source>
        <translation>
            <numerusform>%1。已高亮 %n 个地图要素。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ankang plan map</source>
        <translation>安康市规划图</translation>
    </message>
    <message>
        <source>Exporting the map image…</source>
        <translation>正在导出地图图片…</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Import pro&amp;gress…</source>
        <translation>导入进展数据(&amp;G)…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进展数据</translation>
    </message>
    <message>
        <source>E&amp;valuation report…</source>
        <translation>总结评估报告(&amp;V)…</translation>
    </message>
    <message>
        <source>Change properties of %1</source>
        <translation>修改 %1 的属性</translation>
    </message>
    <message>
        <source>&amp;Geometry cache…</source>
        <translation>几何缓存(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>planmap::MapCanvas</name>
    <message>
        <source>Distance: %1</source>
        <translation>距离：%1</translation>
    </message>
    <message>
        <source>Area: %1 (perimeter %2)</source>
        <translation>面积：%1（周长 %2）</translation>
    </message>
</context>
<context>
    <name>planmap::MapStatusBar</name>
    <message>
        <source>Cursor position, longitude/latitude (CGCS2000)</source>
        <translation>光标位置，经纬度（CGCS2000）</translation>
    </message>
    <message>
        <source>Cursor position in the display coordinate system</source>
        <translation>光标在显示坐标系中的位置</translation>
    </message>
    <message>
        <source>Map scale; type e.g. 1:250000 and press Enter</source>
        <translation>地图比例尺；输入如 1:250000 后按回车</translation>
    </message>
    <message>
        <source>Display coordinate system</source>
        <translation>显示坐标系</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <source>%1 features in %2 s</source>
        <translation>%1 个要素，用时 %2 秒</translation>
    </message>
    <message>
        <source>Lon %1°  Lat %2°</source>
        <translation>经度 %1°  纬度 %2°</translation>
    </message>
    <message>
        <source>x %1°  y %2°</source>
        <translation>x %1°  y %2°</translation>
    </message>
    <message>
        <source>X %1 m  Y %2 m</source>
        <translation>X %1 米  Y %2 米</translation>
    </message>
    <message>
        <source>EPSG code, WKT or PROJ string:</source>
        <translation>EPSG 代码、WKT 或 PROJ 字符串：</translation>
    </message>
    <message>
        <source>Not a coordinate system: %1</source>
        <translation>不是坐标系：%1</translation>
    </message>
</context>
<context>
    <name>planmap::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>planmap::MoveLayerCommand</name>
    <message>
        <source>Move layer %1</source>
        <translation>移动图层 %1</translation>
    </message>
</context>
<context>
    <name>planmap::PdfExportDialog</name>
    <message>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>(none: one page)</source>
        <translation>（无：单页）</translation>
    </message>
    <message>
        <source>One file per feature</source>
        <translation>每个要素一个文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Atlas layer:</source>
        <translation>图集图层：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>TIFF images (*.tif *.tiff)</source>
        <translation>TIFF 图像 (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export map to</source>
        <translation>导出地图到</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <source>Choose an output file first.</source>
        <translation>请先选择输出文件。</translation>
    </message>
    <message>
        <source>The atlas layer &quot;%1&quot; is not in the map.</source>
        <translation>地图中没有图集图层“%1”。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>第 %1 页，共 %2 页：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%1 中的 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>已导出 %n 页到 %1，用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: %1</source>
        <translation>导出已取消：%1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>planmap::PlanEditingDocks</name>
    <message>
        <source>Plan links</source>
        <translation>规划关联</translation>
    </message>
    <message>
        <source>Target progress</source>
        <translation>目标进展</translation>
    </message>
    <message>
        <source>Target status map</source>
        <translation>目标状态专题图</translation>
    </message>
    <message>
        <source>&amp;Link the identified feature to the plan…</source>
        <translation>将识别的要素关联到规划(&amp;L)…</translation>
    </message>
    <message>
        <source>Record target &amp;progress…</source>
        <translation>填报目标进展(&amp;P)…</translation>
    </message>
    <message>
        <source>Colour the map by a &amp;target&apos;s status…</source>
        <translation>按目标状态着色地图(&amp;T)…</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Target chart</source>
        <translation>目标进展图</translation>
    </message>
    <message>
        <source>&amp;Chart of a target&apos;s progress…</source>
        <translation>目标进展图表(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>planmap::PlanLinkEditor</name>
    <message>
        <source>Linked plan items</source>
        <translation>已关联的规划条目</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>关联方式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Link to a plan item</source>
        <translation>关联到规划条目</translation>
    </message>
    <message>
        <source>Search by id, text or chapter (e.g. c12s2, 污水, 第十二章第二节)</source>
        <translation>按编号、原文或章节搜索（如 c12s2、污水、第十二章第二节）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>关联方式：</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2（%3）</translation>
    </message>
    <message>
        <source>Identify a feature on the map to edit its links to the plan.</source>
        <translation>请在地图上识别一个要素，以编辑其与规划的关联。</translation>
    </message>
    <message>
        <source>(unknown item)</source>
        <translation>（未知条目）</translation>
    </message>
    <message>
        <source>%1 items match; showing the first %2. Type more to narrow the search.</source>
        <translation>共 %1 条匹配，仅显示前 %2 条。请输入更多字词以缩小范围。</translation>
    </message>
    <message>
        <source>No plan item matches “%1”.</source>
        <translation>没有与“%1”匹配的规划条目。</translation>
    </message>
    <message>
        <source>No feature chosen: identify one on the map first.</source>
        <translation>未选择要素：请先在地图上识别一个要素。</translation>
    </message>
    <message>
        <source>%1 is not in the plan catalog.</source>
        <translation>规划目录中没有 %1。</translation>
    </message>
    <message>
        <source>%1 is already linked to %2 (%3).</source>
        <translation>%1 已与 %2 关联（%3）。</translation>
    </message>
    <message>
        <source>Linked %1 to %2 “%3” (%4).</source>
        <translation>已将 %1 关联到 %2“%3”（%4）。</translation>
    </message>
    <message>
        <source>%1 is not linked to %2 (%3).</source>
        <translation>%1 未与 %2 关联（%3）。</translation>
    </message>
    <message>
        <source>Unlinked %1 from %2.</source>
        <translation>已取消 %1 与 %2 的关联。</translation>
    </message>
</context>
<context>
    <name>planmap::PlanWords</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>implements</source>
        <translation>实施载体</translation>
    </message>
    <message>
        <source>located in</source>
        <translation>所在区域</translation>
    </message>
    <message>
        <source>monitored by</source>
        <translation>监测点</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进展顺利</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>存在风险</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>%1 (qualitative) by %2</source>
        <translation>%1（定性目标），期限 %2 年</translation>
    </message>
    <message>
        <source>%1%2 %3 by %4 (%5)</source>
        <translation>%1%2 %3，期限 %4 年（%5）</translation>
    </message>
    <message>
        <source> — latest %1 %2 (%3)</source>
        <translation> — 最新值 %1 %2（%3年）</translation>
    </message>
    <message>
        <source>, pace %1 %2</source>
        <translation>，按进度应为 %1 %2</translation>
    </message>
    <message>
        <source>qualitative target by %1</source>
        <translation>定性目标，期限 %1 年</translation>
    </message>
    <message>
        <source>%1%2 %3 by %4</source>
        <translation>%1%2 %3，期限 %4 年</translation>
    </message>
    <message>
        <source>origin county (enclave flies from here)</source>
        <translation>飞出地（飞地园区的来源县）</translation>
    </message>
</context>
<context>
    <name>planmap::PostGisConnectionDialog</name>
    <message>
        <source>Add PostGIS layers</source>
        <translation>添加 PostGIS 图层</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>最近：</translation>
    </message>
    <message>
        <source>optional: a name from pg_service.conf</source>
        <translation>可选：pg_service.conf 中的服务名</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>The password is never saved: PlanMap uses ~/.pgpass, the service file or PGPASSWORD, and asks once per session if the server still wants one.</source>
        <translation>密码从不保存：PlanMap 使用 ~/.pgpass、服务文件或 PGPASSWORD；若服务器仍要求密码，本次会话中只询问一次。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Geometry column</source>
        <translation>几何字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>SRID</source>
        <translation>SRID</translation>
    </message>
    <message>
        <source>Estimated rows</source>
        <translation>估计行数</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL 密码</translation>
    </message>
    <message>
        <source>The server %1 asks for a password.
It is kept in memory for this session only, never saved.</source>
        <translation>服务器 %1 要求输入密码。
密码仅在本次会话中保存在内存里，不会写入任何文件。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>The server %1 does not answer: is it running, and are host and port right?</source>
        <translation>服务器 %1 无响应：请确认服务器已启动，主机和端口填写正确。</translation>
    </message>
    <message>
        <source>The server %1 asks for a password and none was given.</source>
        <translation>服务器 %1 要求输入密码，但未提供密码。</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation>服务器 %1 拒绝了该用户名或密码。</translation>
    </message>
    <message>
        <source>The database %1 has no PostGIS extension (an administrator can add it with CREATE EXTENSION postgis).</source>
        <translation>数据库 %1 未安装 PostGIS 扩展（管理员可执行 CREATE EXTENSION postgis 添加）。</translation>
    </message>
    <message>
        <source>Cannot use %1.</source>
        <translation>无法使用 %1。</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (PostGIS %3), but it has no spatial tables this role may read.</source>
        <translation>已以 %2 身份连接到 %1（PostGIS %3），但没有此角色可读取的空间表。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 as %2 (PostGIS %3): %n spatial table(s).</source>
        <translation>
            <numerusform>已以 %2 身份连接到 %1（PostGIS %3）：共 %n 个空间表。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Choose a recent connection…</source>
        <translation>选择最近使用的连接…</translation>
    </message>
</context>
<context>
    <name>planmap::PostGisEditGate</name>
    <message>
        <source>Checking what this PostGIS role may edit…</source>
        <translation>正在检查此 PostGIS 角色的编辑权限…</translation>
    </message>
    <message>
        <source>Team store %1 · checking rights…</source>
        <translation>团队库 %1 · 正在检查权限…</translation>
    </message>
    <message>
        <source>Team store %1 · read-only (%2)</source>
        <translation>团队库 %1 · 只读（%2）</translation>
    </message>
    <message>
        <source>Team store %1 · partly read-only (%2)</source>
        <translation>团队库 %1 · 部分只读（%2）</translation>
    </message>
    <message>
        <source>Team store %1 · %2</source>
        <translation>团队库 %1 · %2</translation>
    </message>
</context>
<context>
    <name>planmap::PostGisLayerActions</name>
    <message>
        <source>Add Post&amp;GIS layers…</source>
        <translation>添加 PostGIS 图层(&amp;G)…</translation>
    </message>
    <message>
        <source>The PostGIS layer is still unavailable: %1</source>
        <translation>PostGIS 图层仍不可用：%1</translation>
    </message>
    <message>
        <source>Could not open the PostGIS table %1: %2</source>
        <translation>无法打开 PostGIS 表 %1：%2</translation>
    </message>
</context>
<context>
    <name>planmap::PostGisLayerRetry</name>
    <message>
        <source>Layer %1 is not a PostGIS layer.</source>
        <translation>图层 %1 不是 PostGIS 图层。</translation>
    </message>
    <message>
        <source>Layer %1 is no longer in the project.</source>
        <translation>图层 %1 已不在工程中。</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL 密码</translation>
    </message>
    <message>
        <source>The server %1 asks for a password.
It is kept in memory for this session only, never saved.</source>
        <translation>服务器 %1 要求输入密码。
密码仅在本次会话中保存在内存里，不会写入任何文件。</translation>
    </message>
</context>
<context>
    <name>planmap::ProgressEditor</name>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>e.g. 安康市2023年国民经济和社会发展统计公报</source>
        <translation>如 安康市2023年国民经济和社会发展统计公报</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add record</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Choose a target to record its progress.</source>
        <translation>请选择要记录进展的目标。</translation>
    </message>
    <message>
        <source>%1 is not a target of the plan catalog.</source>
        <translation>%1 不是规划目录中的目标。</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>目标值：%1</translation>
    </message>
    <message>
        <source>number, in %1</source>
        <translation>数值，单位 %1</translation>
    </message>
    <message>
        <source>qualitative: no value</source>
        <translation>定性目标：无数值</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Choose a target first.</source>
        <translation>请先选择目标。</translation>
    </message>
    <message>
        <source>Year “%1” is not a whole number.</source>
        <translation>年份“%1”不是整数。</translation>
    </message>
    <message>
        <source>Year %1 is out of range: a progress figure is an observation, from %2 to %3.</source>
        <translation>年份 %1 超出范围：进展数据是实际观测值，年份应在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>Value “%1” is not a number (type digits in %2, e.g. 430).</source>
        <translation>数值“%1”不是数字（请以 %2 为单位输入数字，如 430）。</translation>
    </message>
    <message>
        <source>Type the value in %1, or tick “Achieved”.</source>
        <translation>请输入以 %1 计的数值，或勾选“已实现”。</translation>
    </message>
    <message>
        <source>A qualitative target has no number: tick “Achieved” when the plan&apos;s promise was met.</source>
        <translation>定性目标没有数值：规划承诺实现后请勾选“已实现”。</translation>
    </message>
    <message>
        <source>Say where the figure comes from (source), e.g. the statistical bulletin.</source>
        <translation>请注明数据来源，例如统计公报。</translation>
    </message>
    <message>
        <source>Status (%1, judged in %2): &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt;</source>
        <translation>进展（%1，%2年评估）：&lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>With this record: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation>加入此记录后：&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Replace the %1 record</source>
        <translation>替换 %1 年的记录</translation>
    </message>
</context>
<context>
    <name>planmap::ProgressImportDialog</name>
    <message>
        <source>Target (id or indicator)</source>
        <translation>指标（编号或名称）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Scope (county)</source>
        <translation>范围（区县）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv)</source>
        <translation>电子表格 (*.xlsx *.ods *.csv)</translation>
    </message>
    <message>
        <source>Import progress — %1</source>
        <translation>导入进展数据 — %1</translation>
    </message>
    <message>
        <source>Every sheet with a header</source>
        <translation>所有带表头的工作表</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>自动判断</translation>
    </message>
    <message>
        <source>Long: one row per target, year and scope</source>
        <translation>长表：每行一个指标、年份和范围</translation>
    </message>
    <message>
        <source>Wide: one row per target, one column per year</source>
        <translation>宽表：每行一个指标，每列一个年份</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>表格形式</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>表中的列</translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation>工作表、行</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>单位换算</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Column mapping (guessed from the headers; change it if it is wrong):</source>
        <translation>列对应关系（根据表头推断，如有误请修改）：</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>前若干行预览：</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file as it is.</source>
        <translation>该文件目前无法导入。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Guess (%1)</source>
        <translation>自动判断（%1）</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>宽表</translation>
    </message>
    <message>
        <source>long</source>
        <translation>长表</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>%n 处问题：在文件中修正之前不会导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new record(s), %2 already in the project%3.</source>
        <translation>新增 %1 条记录，%2 条已在项目中%3。</translation>
    </message>
    <message>
        <source>; text read as %1</source>
        <translation>；文本按 %1 读取</translation>
    </message>
</context>
<context>
    <name>planmap::ProjectController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>项目“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>PlanMap projects (*.planmap);;All files (*)</source>
        <translation>PlanMap 项目 (*.planmap);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>The project was not saved: %1</source>
        <translation>项目未保存：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>planmap::RemoveLayerCommand</name>
    <message>
        <source>Remove layer %1</source>
        <translation>移除图层 %1</translation>
    </message>
</context>
<context>
    <name>planmap::SearchBox</name>
    <message>
        <source>Search places, parks, targets… (e.g. 汉滨 or hbq)</source>
        <translation>搜索地名、园区、目标…（如 汉滨 或 hbq）</translation>
    </message>
</context>
<context>
    <name>planmap::TargetChartView</name>
    <message>
        <source>Choose a target to see its progress chart.</source>
        <translation>请选择一个目标以查看其进展图。</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Recorded figures</source>
        <translation>已记录数值</translation>
    </message>
    <message>
        <source>Planned pace</source>
        <translation>规划进度</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Latest figure by county</source>
        <translation>各区县最新值</translation>
    </message>
</context>
<context>
    <name>planmap::TargetDock</name>
    <message>
        <source>Filter targets…</source>
        <translation>筛选目标…</translation>
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation>记录进展(&amp;R)…</translation>
    </message>
    <message>
        <source>Show &amp;features on the map</source>
        <translation>在地图上显示要素(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>查看进展记录(&amp;H)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source> (latest: %1)</source>
        <translation>（最新：%1）</translation>
    </message>
</context>
<context>
    <name>planmap::TargetTableModel</name>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Map features</source>
        <translation>地图要素</translation>
    </message>
</context>
<context>
    <name>planmap::TargetThemeChooser</name>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <source>Counties without their own figures show the city-wide status (hatched)</source>
        <translation>无分县数据的县区显示全市进展（斜线填充）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <source>Apply to layer</source>
        <translation>应用到图层</translation>
    </message>
    <message>
        <source>%1 (linked features)</source>
        <translation>%1（关联要素）</translation>
    </message>
    <message>
        <source>Choose a layer.</source>
        <translation>请选择图层。</translation>
    </message>
    <message>
        <source>City-wide (judged in %1): %2</source>
        <translation>全市（%1年评估）：%2</translation>
    </message>
    <message>
        <source>Colour %1 by the status of %2</source>
        <translation>按 %2 的进展为 %1 着色</translation>
    </message>
    <message>
        <source>Applied: %1 coloured by the status of %2. Undo restores the previous style.</source>
        <translation>已应用：%1 按 %2 的进展着色。撤销可恢复原样式。</translation>
    </message>
</context>
<context>
    <name>planmap::TeamStoreActions</name>
    <message>
        <source>Connect project to &amp;team store…</source>
        <translation>将项目连接到团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <source>Share this project&apos;s links and progress with other planners through a PostGIS schema</source>
        <translation>通过 PostGIS 模式与其他规划人员共享本项目的关联和进度</translation>
    </message>
    <message>
        <source>Re&amp;fresh from team store</source>
        <translation>从团队数据库刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the links and progress other planners saved to the team store</source>
        <translation>读取其他规划人员保存到团队数据库的关联和进度</translation>
    </message>
    <message>
        <source>&amp;Disconnect from team store</source>
        <translation>断开团队数据库(&amp;D)</translation>
    </message>
    <message>
        <source>The team store could not be opened; links and progress are the copy saved in the project: %1</source>
        <translation>无法打开团队数据库，关联和进度为项目中保存的副本：%1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Opening the team store %1…</source>
        <translation>正在打开团队数据库 %1…</translation>
    </message>
    <message>
        <source>The project&apos;s links and progress are local again (the last copy read from the team store).</source>
        <translation>项目的关联和进度已恢复为本地数据（最后一次从团队数据库读取的副本）。</translation>
    </message>
    <message>
        <source>Not saved to the team store: %1</source>
        <translation>未保存到团队数据库：%1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>The team store is unreachable; the edit is kept and will be sent on refresh: %1</source>
        <translation>无法连接团队数据库，修改已保留，将在刷新时发送：%1</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Team store %1: %2 links and %3 progress records shared with other planners.</source>
        <translation>团队数据库 %1：与其他规划人员共享 %2 条关联、%3 条进度记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) from an earlier session are waiting to be sent (Refresh sends them).</source>
        <translation>
            <numerusform>上次会话的 %n 项修改等待发送（刷新时发送）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not refresh from the team store: %1</source>
        <translation>无法从团队数据库刷新：%1</translation>
    </message>
    <message>
        <source>Refreshed from the team store %1: %2 progress records.</source>
        <translation>已从团队数据库 %1 刷新：%2 条进度记录。</translation>
    </message>
    <message>
        <source>Connect project to team store</source>
        <translation>将项目连接到团队数据库</translation>
    </message>
    <message>
        <source>The project&apos;s links and progress will be read from and saved to this PostGIS schema, so other planners see them. The password is never stored: use ~/.pgpass, PGPASSWORD or a service file.</source>
        <translation>项目的关联和进度将从此 PostGIS 模式读取并保存到其中，其他规划人员均可看到。密码不会被保存：请使用 ~/.pgpass、PGPASSWORD 或服务文件。</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name the schema the team store was published to.</source>
        <translation>请填写团队数据库发布到的模式名称。</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) made while the store was opening were sent to it.</source>
        <translation>
            <numerusform>团队数据库打开期间所做的 %n 项修改已发送到团队数据库。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planmap::VectorFileFilter</name>
    <message>
        <source>GIS data (*.shp *.zip *.gpkg *.geojson *.json *.kml *.fgb);;Shapefile (*.shp);;GeoPackage (*.gpkg);;GeoJSON (*.geojson *.json);;KML (*.kml);;FlatGeobuf (*.fgb);;Zip archive (*.zip);;All files (*)</source>
        <translation>GIS 数据 (*.shp *.zip *.gpkg *.geojson *.json *.kml *.fgb);;Shapefile (*.shp);;GeoPackage (*.gpkg);;GeoJSON (*.geojson *.json);;KML (*.kml);;FlatGeobuf (*.fgb);;ZIP 压缩包 (*.zip);;所有文件 (*)</translation>
    </message>
</context>
</TS>
