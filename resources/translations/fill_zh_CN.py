#!/usr/bin/env python3
"""Fills resources/translations/planmap_zh_CN.ts from the table below (run after lupdate).

lupdate (qt6-l10n-tools) extracts the English source strings; this table is the reviewed Chinese.
Any source string missing here is reported and left unfinished, so `lrelease` falls back to English
and the gui test that looks for English in the zh_CN UI fails — add the translation here.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH = {
    # Main window: analysis, export, basemap
    "Basemap": "底图",
    "Export &PDF map or atlas…": "导出 PDF 地图或图集(&P)…",
    "&Analysis": "分析(&A)",
    "Check a &site file against the plan…": "检查场地文件是否符合规划(&S)…",
    "Check the &identified feature against the plan": "检查已识别要素是否符合规划(&I)",
    "&County statistics": "县区统计(&C)",
    "Site to check": "选择要检查的场地",
    "Vector files (*.shp *.gpkg *.geojson *.json *.kml *.fgb *.zip);;All files (*)": "矢量文件 (*.shp *.gpkg *.geojson *.json *.kml *.fgb *.zip);;所有文件 (*)",
    "Identify a feature on the map first (click it), then check it.": "请先在地图上点击识别一个要素，再进行检查。",
    # Compliance dock
    "Check compliance": "合规性检查",
    "Rules default": "规则默认值",
    "Corridor along rivers, in metres": "河流两岸缓冲距离（米）",
    "Buffer (m)": "缓冲距离（米）",
    "None": "无",
    "Mining": "采矿",
    "Quarrying": "采石",
    "Industry": "工业",
    "Activity": "用途",
    "Check a site file…": "检查场地文件…",
    "No site checked yet.": "尚未检查场地。",
    "Layer": "图层",
    "Feature": "要素",
    "Severity": "严重程度",
    "Overlap": "重叠面积",
    "Share": "占比",
    "Accuracy": "精度",
    "Select a conflict to read the plan text it rests on.": "选择一条冲突以查看其依据的规划原文。",
    "Export JSON…": "导出 JSON…",
    "Export PDF…": "导出 PDF…",
    "No layer given.": "未指定图层。",
    "Cannot check: %1": "无法检查：%1",
    "Checking %1…": "正在检查 %1…",
    "Check failed: %1": "检查失败：%1",
    "Prohibited": "禁止",
    "Restricted": "限制",
    "Notes only": "仅提示",
    "Clear": "无冲突",
    " (schematic boundaries: verify)": "（示意性范围，需核实）",
    "%1 m long": "长 %1 米",
    "%n point(s)": "%n 个点",
    "%1 — verdict: %2; site %3; counties: %4; %5 conflict(s)": "%1 — 结论：%2；场地 %3；所在县区：%4；冲突 %5 项",
    "Site": "场地",
    "Geometry repaired: %1": "几何已修复：%1",
    "%1 m": "%1 米",
    "%n point(s) inside": "区内 %n 个点",
    "Plan items: %1": "规划条目：%1",
    "No report to export to %1.": "没有可导出到 %1 的报告。",
    "Cannot write %1: %2": "无法写入 %1：%2",
    "Vector files (*.geojson *.json *.shp *.gpkg *.kml *.zip);;All files (*)": "矢量文件 (*.geojson *.json *.shp *.gpkg *.kml *.zip);;所有文件 (*)",
    "Export report as JSON": "导出报告为 JSON",
    "JSON (*.json)": "JSON 文件 (*.json)",
    "Export report as PDF": "导出报告为 PDF",
    "PDF (*.pdf)": "PDF 文件 (*.pdf)",
    # County statistics dock
    "County statistics": "县区统计",
    "Compute": "计算",
    "Computing county statistics…": "正在计算县区统计…",
    "County statistics failed: %1": "县区统计失败：%1",
    "County": "县区",
    "Area km²": "面积 km²",
    "Qinling core km²": "秦岭核心保护区 km²",
    "Qinling key km²": "秦岭重点保护区 km²",
    "Qinling general km²": "秦岭一般保护区 km²",
    "Qinling %1 km²": "秦岭%1 km²",
    "National park km²": "国家公园 km²",
    "Parks": "园区",
    "Enclave parks": "飞地园区",
    "Mines": "矿山",
    "Rivers km": "河流 km",
    "Han River km": "汉江干流 km",
    "Linked items": "关联条目",
    "Targets": "目标",
    "Target status": "目标状态",
    "%n county(ies); areas on the ellipsoid.": "共 %n 个县区；面积按椭球面计算。",
    "No statistics to export to %1.": "没有可导出到 %1 的统计。",
    "Export county statistics": "导出县区统计",
    # Basemap chooser
    "Basemap opacity": "底图不透明度",
    "Tianditu key (tk):": "天地图密钥 (tk)：",
    "Key from console.tianditu.gov.cn": "在 console.tianditu.gov.cn 申请的密钥",
    "Offline (cached tiles only)": "离线（仅用缓存瓦片）",
    "Basemap:": "底图：",
    "Opacity:": "不透明度：",
    "Unknown basemap \"%1\"": "未知底图“%1”",
    "Tianditu needs a key (tk) to download tiles; showing cached tiles only.": "天地图需要密钥 (tk) 才能下载瓦片；当前仅显示缓存瓦片。",
    "Basemap not changed: %1": "底图未更改：%1",
    # Export dialog
    "Export map": "导出地图",
    "PDF (vector)": "PDF（矢量）",
    "PNG image": "PNG 图像",
    "TIFF image": "TIFF 图像",
    " dpi": " dpi",
    "(none: one page)": "（无：单页）",
    "One file per feature": "每个要素一个文件",
    "Browse…": "浏览…",
    "Export": "导出",
    "Cancel export": "取消导出",
    "Template:": "模板：",
    "Title:": "标题：",
    "Format:": "格式：",
    "Resolution:": "分辨率：",
    "Atlas layer:": "图集图层：",
    "Output:": "输出：",
    "PNG images (*.png)": "PNG 图像 (*.png)",
    "TIFF images (*.tif *.tiff)": "TIFF 图像 (*.tif *.tiff)",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "Export map to": "导出地图到",
    "Cancelling…": "正在取消…",
    "An export is already running.": "已有导出正在进行。",
    "Choose an output file first.": "请先选择输出文件。",
    "The atlas layer \"%1\" is not in the map.": "地图中没有图集图层“%1”。",
    "Exporting…": "正在导出…",
    "Page %1 of %2": "第 %1 页，共 %2 页",
    "Page %1 of %2: %3": "第 %1 页，共 %2 页：%3",
    "%n file(s) in %1": "%1 中的 %n 个文件",
    "Exported %n page(s) to %1 in %2 s.": "已导出 %n 页到 %1，用时 %2 秒。",
    "Export cancelled: %1": "导出已取消：%1",
    "Export failed: %1": "导出失败：%1",
    # Layer tree
    "Source: %1": "来源：%1",
    "CRS: %1": "坐标系：%1",
    "Opacity: %1%": "不透明度：%1%",
    "Add layer %1": "添加图层 %1",
    # Attribute table
    "Filter rows (any column)…": "筛选行（任意列）…",
    "Zoom to selection": "缩放到所选",
    "Clear selection": "清除选择",
    "Export CSV…": "导出 CSV…",
    "%1 of %2 rows, %3 selected": "显示 %1 / %2 行，已选 %3 行",
    "%1: no rows to export": "%1：没有可导出的行",
    "%1: cannot write (%2)": "%1：无法写入（%2）",
    "%1: write failed (%2)": "%1：写入失败（%2）",
    "Export attribute table": "导出属性表",
    "CSV (*.csv)": "CSV 文件 (*.csv)",
    "Export failed": "导出失败",
    # CRS choice
    "Choose the coordinate system of %1": "选择 %1 的坐标系",
    "PlanMap could not decide which coordinate reference system %1 uses. Pick the candidate whose preview lands on Ankang (grey).":
        "PlanMap 无法确定 %1 使用的坐标参考系。请选择预览中落在安康（灰色）上的候选坐标系。",
    "or type a CRS: EPSG:4545, a WKT or PROJ string": "或输入坐标系：EPSG:4545、WKT 或 PROJ 字符串",
    "Grey: Ankang · Red: the data": "灰色：安康 · 红色：数据",
    "Not a valid coordinate reference system.": "不是有效的坐标参考系。",
    "The data cannot be placed with this CRS.": "用此坐标系无法定位数据。",
    "The data overlaps Ankang with %1.": "使用 %1 时数据与安康重叠。",
    "The data lands about %1 km from Ankang with %2.": "使用 %2 时数据距安康约 %1 公里。",
    # Measure
    "%n point(s) could not be converted to longitude/latitude": "%n 个点无法转换为经纬度",
    "ha": "公顷",
    "mu": "亩",
    "Distance: %1": "距离：%1",
    "Area: %1 (perimeter %2)": "面积：%1（周长 %2）",
    # Groups
    "Administrative boundaries": "行政区划",
    "Qinling protection zones": "秦岭保护区",
    "Rivers and basins": "水系与流域",
    "Industrial parks": "产业园区",
    "Enclave parks": "飞地园区",
    "Mines": "矿山",
    "User data": "用户数据",
    # Identify
    "Feature": "要素",
    "Layer": "图层",
    "Field": "字段",
    "Value": "值",
    "Plan item": "规划条目",
    "Kind": "类别",
    "Link": "关联",
    "Status": "状态",
    "Click an item to highlight every feature linked to it": "单击条目，高亮与其关联的全部要素",
    "<b>Linked plan projects and targets</b>": "<b>关联的规划项目与目标</b>",
    "Nothing here. Click on a feature of a visible layer.": "此处没有要素。请单击可见图层上的要素。",
    "<b>Source:</b> %1": "<b>来源：</b>%1",
    "<b>Licence:</b> %1": "<b>许可：</b>%1",
    "<b>File:</b> %1": "<b>文件：</b>%1",
    "<b>CRS:</b> %1": "<b>坐标系：</b>%1",
    "SCHEMATIC — a sketch of the plan, not a surveyed position": "示意位置 —— 依规划文本绘制，并非测绘位置",
    "UNVERIFIED — placeholder position; verify before any use": "未核实 —— 占位位置，使用前务必核实",
    "Approximate position": "近似位置",
    "(no plan items linked to this feature)": "（此要素未关联规划条目）",
    # Layer properties
    "Label features": "标注要素",
    "Layer properties — %1": "图层属性 —— %1",
    "Title:": "名称：",
    "Opacity:": "不透明度：",
    "Source:": "来源：",
    "bundled data": "内置数据",
    "CRS:": "坐标系：",
    "Encoding:": "编码：",
    "Features:": "要素数：",
    "Single symbol": "单一符号",
    "Categorized": "分类",
    "Graduated": "分级",
    "Equal interval": "等间距",
    "Quantile": "分位数",
    "Colour": "颜色",
    "Legend": "图例",
    "Classify": "分类",
    "Symbol (single, and for values without a class)": "符号（单一符号，以及未归类的值）",
    "Fill:": "填充：",
    "Outline:": "边线：",
    "Outline width:": "边线宽度：",
    "Marker size:": "符号大小：",
    "Renderer:": "渲染方式：",
    "Field:": "字段：",
    "Classes:": "分级数：",
    "Colours:": "色带：",
    "Size:": "字号：",
    "Colour:": "颜色：",
    "General": "常规",
    "Style": "样式",
    "Labels": "标注",
    "Class colour": "类别颜色",
    "(empty)": "（空）",
    "Double-click to change the colour": "双击更改颜色",
    "Choose colour": "选择颜色",
    # Layer tree menu
    "Zoom to layer": "缩放到图层",
    "Open attribute table": "打开属性表",
    "Properties…": "属性…",
    "Remove layer": "移除图层",
    # Reload dialog
    "Read %1 again": "重新读取 %1",
    "GBK / CP936 (most Chinese shapefiles)": "GBK / CP936（多数国内 Shapefile）",
    "Big5 (traditional Chinese)": "Big5（繁体中文）",
    "(as read or inferred)": "（按读取或推断结果）",
    "Attribute encoding:": "属性编码：",
    "Coordinate system:": "坐标系：",
    # Main window
    "PlanMap — Ankang 14th Five-Year Plan map": "PlanMap —— 安康市“十四五”规划图",
    "Rendering…": "正在绘制…",
    "%1 features in %2 s": "%1 个要素，用时 %2 秒",
    "The bundled Ankang map could not be loaded: %1": "无法加载内置安康地图：%1",
    "Layers": "图层",
    "Identify": "识别",
    "Plan targets": "规划目标",
    "No map feature is linked to this target yet.": "该目标尚未关联任何地图要素。",
    "&File": "文件(&F)",
    "&Open data…": "打开数据(&O)…",
    "Open &folder of shapefiles…": "打开 Shapefile 文件夹(&F)…",
    "Open &recent": "最近打开(&R)",
    "&Export map image…": "导出地图图片(&E)…",
    "&Quit": "退出(&Q)",
    "&Edit": "编辑(&E)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&View": "视图(&V)",
    "Zoom to &all of Ankang": "缩放到安康全域(&A)",
    "Zoom to &county": "缩放到县区(&C)",
    "Zoom to current &layer": "缩放到当前图层(&L)",
    "Zoom &in": "放大(&I)",
    "Zoom &out": "缩小(&O)",
    "&Pan": "平移(&P)",
    "&Zoom to rectangle": "拉框放大(&Z)",
    "&Identify": "识别(&I)",
    "Measure &distance": "量距离(&D)",
    "Measure &area": "量面积(&A)",
    "&Panels": "面板(&P)",
    "&Settings": "设置(&S)",
    "&Language": "语言(&L)",
    "&Help": "帮助(&H)",
    "&About PlanMap and data sources": "关于 PlanMap 与数据来源(&A)",
    "Map": "地图",
    "Search": "搜索",
    "Cursor position, longitude/latitude (CGCS2000)": "光标位置，经纬度（CGCS2000）",
    "Cursor position in the display coordinate system": "光标在显示坐标系中的位置",
    "Map scale; type e.g. 1:250000 and press Enter": "地图比例尺；输入如 1:250000 后按回车",
    "Display coordinate system": "显示坐标系",
    "Other…": "其他…",
    "EPSG code, WKT or PROJ string:": "EPSG 代码、WKT 或 PROJ 字符串：",
    "Not a coordinate system: %1": "不是坐标系：%1",
    "Cancel": "取消",
    "Scale": "比例尺",
    "Lon %1°  Lat %2°": "经度 %1°  纬度 %2°",
    "x %1°  y %2°": "x %1°  y %2°",
    "X %1 m  Y %2 m": "X %1 米  Y %2 米",
    "Nothing found for “%1”.": "未找到“%1”。",
    "“%1” is not linked to any map feature yet.": "“%1”尚未关联任何地图要素。",
    "Show %n layer(s)": "显示 %n 个图层",
    "Hide %n layer(s)": "隐藏 %n 个图层",
    "Change opacity": "更改不透明度",
    "Change style of %1": "更改 %1 的样式",
    "Attributes — %1": "属性表 —— %1",
    "Open vector data": "打开矢量数据",
    "GIS data (*.shp *.zip *.gpkg *.geojson *.json *.kml *.fgb);;Shapefile (*.shp);;GeoPackage (*.gpkg);;GeoJSON (*.geojson *.json);;KML (*.kml);;FlatGeobuf (*.fgb);;Zip archive (*.zip);;All files (*)":
        "GIS 数据 (*.shp *.zip *.gpkg *.geojson *.json *.kml *.fgb);;Shapefile (*.shp);;GeoPackage (*.gpkg);;GeoJSON (*.geojson *.json);;KML (*.kml);;FlatGeobuf (*.fgb);;ZIP 压缩包 (*.zip);;所有文件 (*)",
    "Open a folder of shapefiles": "打开 Shapefile 文件夹",
    "Loading %1… %p%": "正在加载 %1… %p%",
    "Loading %1 was cancelled; the map is unchanged.": "已取消加载 %1，地图未作改动。",
    "Could not open %1: %2": "无法打开 %1：%2",
    "Open %1": "打开 %1",
    "attribute encoding guessed as %1": "属性编码推测为 %1",
    "coordinate system inferred as %1": "坐标系推断为 %1",
    "; ": "；",
    "Change…": "更改…",
    "Language": "语言",
    "The new language applies after a restart. Restart PlanMap now?": "新语言在重启后生效。现在重启 PlanMap 吗？",
    "<h3>PlanMap %1</h3><p>Planning maps for Ankang's 14th Five-Year Plan: parks, enclave parks, Qinling protection zones, mines and river basins, linked to the plan's projects and targets.</p><p><b>Map data</b></p><ul>%2</ul><p>Positions of parks, enclave parks and mines are PlanMap sketches (approximate, schematic or unverified) — not survey data.</p><p>Built with Qt %3, GDAL and PROJ.</p>":
        "<h3>PlanMap %1</h3><p>安康市“十四五”规划图：产业园区、飞地园区、秦岭保护区、矿山与重点流域，并与规划项目和目标相关联。</p><p><b>地图数据</b></p><ul>%2</ul><p>产业园区、飞地园区与矿山的位置为 PlanMap 示意（近似、示意或未核实），并非测绘成果。</p><p>基于 Qt %3、GDAL 与 PROJ 构建。</p>",
    "About PlanMap": "关于 PlanMap",
    "Export map image": "导出地图图片",
    "PNG image (*.png)": "PNG 图片 (*.png)",
    "Could not write %1: %2": "无法写入 %1：%2",
    "Map image saved to %1": "地图图片已保存到 %1",
    "Close": "关闭",
    "Move layer %1": "移动图层 %1",
    "Remove layer %1": "移除图层 %1",
    # Plan words
    "Project": "项目",
    "Target": "目标",
    "Measure": "举措",
    "implements": "实施载体",
    "located in": "所在区域",
    "monitored by": "监测点",
    "Achieved": "已实现",
    "On track": "进展顺利",
    "At risk": "存在风险",
    "Behind": "滞后",
    "No data": "暂无数据",
    "Search places, parks, targets… (e.g. 汉滨 or hbq)": "搜索地名、园区、目标…（如 汉滨 或 hbq）",
    "Filter targets…": "筛选目标…",
    "Id": "编号",
    "Promise": "目标值",
    "Deadline": "期限",
    "Latest": "最新值",
    "Map features": "地图要素",
}

# Same English word, different Chinese by context.
BY_CONTEXT = {
    ("planmap::TargetTableModel", "Target"): "规划目标",
    ("planmap::TargetTableModel", "Status"): "进展",
    ("planmap::LayoutDesigner", "Size:"): "尺寸：",
}


def load_extra_tables():
    """Each panel keeps its reviewed Chinese in zh_CN/<panel>.json ({"English": "中文"}), so parallel
    work on different panels never edits the same table."""
    for table in sorted(Path(__file__).with_name("zh_CN").glob("*.json")):
        for source, text in json.loads(table.read_text(encoding="utf-8")).items():
            if source in ZH and ZH[source] != text:
                print(f"{table.name}: '{source}' already translated as '{ZH[source]}'", file=sys.stderr)
                continue
            ZH[source] = text


def main(path):
    load_extra_tables()
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            source = message.find("source").text
            text = BY_CONTEXT.get((name, source), ZH.get(source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            if text is None:
                missing.append(f"{name}: {source}")
                translation.set("type", "unfinished")
                translation.text = None
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                translation.text = None
                form = ET.SubElement(translation, "numerusform")
                form.text = text
            else:
                translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print("untranslated:", m, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("planmap_zh_CN.ts"))))
