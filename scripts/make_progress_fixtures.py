#!/usr/bin/env python3
"""Writes the progress-import test spreadsheets in tests/data/progress/.

TEST DATA: every figure here is invented for the tests (标注：测试数据，非真实统计). None of it
is Ankang's real progress and none of it may be copied into geodata/.

The .xlsx and .ods files are written as plain Office Open XML / OpenDocument zips with the
standard library, so merged header cells (which GDAL cannot write) can be made too, and the
output is byte-for-byte reproducible (fixed zip timestamps). GDAL's XLSX/ODS/CSV drivers read
them in the tests, as they read the bureaus' files.

    python3 scripts/make_progress_fixtures.py [OUT_DIR]
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

LABEL = "测试数据（虚构，非真实统计）"
STAMP = (2024, 1, 1, 0, 0, 0)


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w") as z:
        for name, data, compress in parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            z.writestr(info, data.encode("utf-8"))


def write_xlsx(path, sheets):
    """sheets: [(name, rows, merges)], rows: lists of str/int/float/None, merges: ["A1:A2", ...]."""
    strings, index = [], {}

    def sst(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    parts = []
    for n, (name, rows, merges) in enumerate(sheets, 1):
        xml = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col_letter(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="s"><v>{sst(v)}</v></c>')
            if cells:
                xml.append(f'<row r="{r}">' + "".join(cells) + "</row>")
        xml.append("</sheetData>")
        if merges:
            xml.append(f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>")
        xml.append("</worksheet>")
        parts.append((f"xl/worksheets/sheet{n}.xml", "".join(xml), True))
    sheet_entries = "".join(f'<sheet name="{escape(s[0])}" sheetId="{i}" r:id="rId{i}"/>' for i, s in enumerate(sheets, 1))
    rels = "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                   for i in range(1, len(sheets) + 1))
    n = len(sheets)
    rels += f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                        for i in range(1, n + 1))
    head = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         + overrides +
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '</Types>', True),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>', True),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' + sheet_entries + '</sheets></workbook>', True),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + rels + '</Relationships>', True),
    ]
    shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    write_zip(path, head + parts + [("xl/sharedStrings.xml", shared, True)])


def write_ods(path, sheets):
    """sheets: [(name, rows)]: plain cells, numbers as float cells."""
    tables = []
    for name, rows in sheets:
        t = [f'<table:table table:name="{escape(name)}">']
        for row in rows:
            t.append("<table:table-row>")
            for v in row:
                if v is None or v == "":
                    t.append("<table:table-cell/>")
                elif isinstance(v, (int, float)):
                    t.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    t.append(f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>')
            t.append("</table:table-row>")
        t.append("</table:table>")
        tables.append("".join(t))
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"')
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:body><office:spreadsheet>' + "".join(tables) + \
        "</office:spreadsheet></office:body></office:document-content>"
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    write_zip(path, [("mimetype", "application/vnd.oasis.opendocument.spreadsheet", False),
                     ("content.xml", content, True), ("META-INF/manifest.xml", manifest, True)])


def write_csv(path, rows, encoding, bom=False):
    text = "\r\n".join(",".join("" if v is None else str(v) for v in row) for row in rows) + "\r\n"
    data = text.encode(encoding)
    with open(path, "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)


def main(out):
    os.makedirs(out, exist_ok=True)
    # Long layout, Chinese headers, a title row above them, a county breakdown, a target named by
    # its indicator text, a qualitative target, and a 说明 sheet the importer must skip.
    long_rows = [
        ["安康市“十四五”规划指标监测表（" + LABEL + "）"],
        [],
        ["指标编号", "年份", "区县", "数值", "单位", "数据来源", "备注"],
        ["c11s5-t02", 2021, "全市", 320, "万平方米", LABEL, ""],
        ["c11s5-t02", 2022, "全市", 380, "万平方米", LABEL, ""],
        ["c11s5-t04", 2023, "全市", 3.2, "万人", LABEL, "测试用"],
        ["新社区工厂数量", 2022, "全市", 600, "家", LABEL, "按指标名称"],
        ["c11s5-t03", 2023, "汉阴县", 80, "家", LABEL, ""],
        ["c11s5-t03", 2023, "石泉县", 120, "家", LABEL, ""],
        ["c12s1-t01", 2024, "全市", "已完成", "", LABEL, "定性指标"],
    ]
    notes = [["说明"], ["本工作簿为 PlanMap 测试数据，数值均为虚构。"]]
    write_xlsx(os.path.join(out, "progress_long.xlsx"),
               [("监测数据", long_rows, ["A1:G1"]), ("说明", notes, [])])

    # Wide layout with merged header cells: 指标 and 单位 span two rows, 完成值 spans the years.
    wide_rows = [
        ["指标", "单位", "完成值", None, None, None, None, None, "来源"],
        [None, None, 2020, "2021年", 2022, 2023, 2024, 2025, None],
        ["标准化厂房面积", "平方米", 2500000, 3200000, 3800000, None, "-", None, LABEL],
        ["c11s5-t03", "家", 400, 520, 600, 700, None, None, LABEL],
        ["c12s4-t06", "百分比", 21.5, 23, 25, 26.5, None, None, LABEL],
    ]
    write_xlsx(os.path.join(out, "progress_wide_merged.xlsx"),
               [("2020-2025", wide_rows, ["A1:A2", "B1:B2", "C1:H1", "I1:I2"])])

    # Long layout in ODS, English headers.
    ods_rows = [
        ["id", "year", "scope", "value", "unit", "source", "note"],
        ["c12s1-t02", 2022, "city", 38, "%", LABEL, ""],
        ["c12s1-t02", 2023, "city", 45, "%", LABEL, ""],
        ["c11s1-t01", 2023, "city", 6, "个", LABEL, ""],
    ]
    write_ods(os.path.join(out, "progress_long.ods"), [("progress", ods_rows)])

    # CSV as a Chinese Windows Excel saves it (GBK), and as "CSV UTF-8" (with BOM).
    gbk_rows = [
        ["指标", "年度", "地区", "实际值", "单位", "来源"],
        ["c12s1-t05", 2022, "全市", 1, "个", LABEL],
        ["国家生态文明建设示范村镇数量", 2023, "全市", 6, "个", LABEL],
        ["c11s5-t03", 2024, "紫阳县", 95, "家", LABEL],
    ]
    write_csv(os.path.join(out, "progress_gbk.csv"), gbk_rows, "gbk")
    bom_rows = [
        ["目标", "year", "范围", "value", "单位", "备注"],
        ["c12s4-t07", 2023, "全市", 18, "百分比", "百分比 = %"],
        ["c12s4-t07", 2024, "全市", "22%", "", "带百分号"],
        ["c11s2-t03", 2024, "全市", 0.31, "万人", "万人 → 人"],
    ]
    write_csv(os.path.join(out, "progress_utf8_bom.csv"), bom_rows, "utf-8", bom=True)

    # A sheet with bad rows: nothing of it may be imported.
    bad_rows = [
        ["指标编号", "年份", "数值", "单位"],
        ["c11s5-t02", 2023, 420, "万平方米"],
        ["c11s5-t02", 1999, 100, "万平方米"],
        ["c11s5-t03", 2023, "约七百", "家"],
        ["c99s9-t99", 2023, 5, "个"],
        ["c11s5-t04", 2023, 32000, "吨"],
    ]
    write_xlsx(os.path.join(out, "progress_bad_rows.xlsx"), [("有误", bad_rows, [])])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "data", "progress"))
