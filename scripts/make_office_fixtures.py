#!/usr/bin/python3
"""make_office_fixtures.py: writes the office fixtures (XLSX, XLS, ODS, ODT, DOCX)
that the tests read: the keyed set fixtures/office/ (forces with no plugin, layouts
unlike the corpus; answer key fixtures/office/expected.csv, written here from the same
data) and the hostile files fixtures/bad/office-* (zip bombs, an entity bomb, encrypted
and Word 97 files, damaged archives).

The XLSX, DOCX, ODS and ODT parts are written by hand (zipfile) so that every odd case
is exactly as wanted: cached formula values present or absent, the 1904 date system,
custom number formats, hidden rows, columns and sheets, chart sheets, content controls,
tracked deletions, footnotes. XLS comes from xlwt (python3-xlwt). Timestamps are fixed,
so a rebuild gives the same bytes.  Run from the project root:

    /usr/bin/python3 scripts/make_office_fixtures.py
"""
import csv
import io
import os
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape, quoteattr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OFFICE = os.path.join(ROOT, "fixtures", "office")
BAD = os.path.join(ROOT, "fixtures", "bad")
STAMP = (2024, 1, 1, 0, 0, 0)
KEY = []


def key(src, force, start, end, cat, measure, subject, outcome, value, status="reported", exemption="", low=0):
    if status == "reported":
        lo = hi = str(value)
        v = str(value)
    elif status == "suppressed":
        v, lo, hi = "", str(low), "4"
        if isinstance(value, tuple):   # (min, max): max None for "n or more"
            lo, hi = str(value[0]), "" if value[1] is None else str(value[1])
    else:
        v = lo = hi = ""
    KEY.append([src, force, start, end, cat, measure, subject, outcome, v, status, lo, hi, exemption])


def write_zip(path, parts, stored_first=None):
    """parts: list of (name, bytes or str); fixed timestamps, deflated."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, STAMP)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# ============================================================================ XLSX

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def col_letters(c):
    s = ""
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


class Book:
    """A workbook: sheets of cells keyed (row, col), 1-based."""

    def __init__(self, date1904=False):
        self.date1904 = date1904
        self.sheets = []
        self.fmts = {}            # custom code -> id
        self.styles = [(0, 0)]    # (numFmtId, bold)

    def style(self, fmt=0, bold=False):
        if isinstance(fmt, str):
            fmt = self.fmts.setdefault(fmt, 164 + len(self.fmts))
        k = (fmt, 1 if bold else 0)
        if k not in self.styles:
            self.styles.append(k)
        return self.styles.index(k)

    def sheet(self, name, state="visible", chart=False):
        s = {"name": name, "state": state, "chart": chart, "cells": {}, "merges": [],
             "hrows": set(), "hcols": set(), "protect": False}
        self.sheets.append(s)
        return s

    def save(self, path):
        sst, sidx = [], {}

        def si(t):
            if t not in sidx:
                sidx[t] = len(sst)
                sst.append(t)
            return sidx[t]

        parts, rels, ct = [], [], []
        for i, s in enumerate(self.sheets, 1):
            if s["chart"]:
                parts.append((f"xl/chartsheets/sheet{i}.xml", XML +
                              f'<chartsheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><sheetPr/><sheetViews>'
                              '<sheetView workbookViewId="0"/></sheetViews></chartsheet>'))
                rels.append((f"rId{i}", "chartsheet", f"chartsheets/sheet{i}.xml"))
                ct.append((f"/xl/chartsheets/sheet{i}.xml",
                           "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"))
                continue
            out = [XML, f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}">']
            if s["hcols"]:
                out.append("<cols>")
                for c in sorted(s["hcols"]):
                    out.append(f'<col min="{c}" max="{c}" width="0" hidden="1" customWidth="1"/>')
                out.append("</cols>")
            out.append("<sheetData>")
            byrow = {}
            for rr, cc in s["cells"]:
                byrow.setdefault(rr, []).append(cc)
            rows = sorted(set(byrow) | s["hrows"])
            for r in rows:
                attrs = ' hidden="1"' if r in s["hrows"] else ""
                if r in s.get("outline", {}):
                    attrs += f' outlineLevel="{s["outline"][r]}"'
                out.append(f'<row r="{r}"{attrs}>')
                for c in sorted(byrow.get(r, [])):
                    kind, val, st = s["cells"][(r, c)]
                    ref = f"{col_letters(c)}{r}"
                    sa = f' s="{st}"' if st else ""
                    if kind == "s":
                        out.append(f'<c r="{ref}"{sa} t="s"><v>{si(val)}</v></c>')
                    elif kind == "rich":   # rich text: runs, and a phonetic run that is not shown
                        idx = si(("rich",) + tuple(val))
                        out.append(f'<c r="{ref}"{sa} t="s"><v>{idx}</v></c>')
                    elif kind == "is":
                        out.append(f'<c r="{ref}"{sa} t="inlineStr"><is><t>{escape(val)}</t></is></c>')
                    elif kind == "n":
                        out.append(f'<c r="{ref}"{sa}><v>{val!r}</v></c>')
                    elif kind == "f":
                        formula, cached = val
                        v = "" if cached is None else f"<v>{cached}</v>"
                        out.append(f'<c r="{ref}"{sa}><f>{escape(formula)}</f>{v}</c>')
                    elif kind == "b":
                        out.append(f'<c r="{ref}"{sa} t="b"><v>{1 if val else 0}</v></c>')
                    elif kind == "e":
                        out.append(f'<c r="{ref}"{sa} t="e"><f>NA()</f><v>{escape(val)}</v></c>')
                    elif kind == "blank":
                        out.append(f'<c r="{ref}"{sa}/>')
                out.append("</row>")
            out.append("</sheetData>")
            if s["protect"]:
                out.append('<sheetProtection password="CC1A" sheet="1" objects="1" scenarios="1"/>')
            if s["merges"]:
                out.append(f'<mergeCells count="{len(s["merges"])}">')
                for m in s["merges"]:
                    out.append(f'<mergeCell ref="{m}"/>')
                out.append("</mergeCells>")
            out.append("</worksheet>")
            parts.append((f"xl/worksheets/sheet{i}.xml", "".join(out)))
            rels.append((f"rId{i}", "worksheet", f"worksheets/sheet{i}.xml"))
            ct.append((f"/xl/worksheets/sheet{i}.xml",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
        # shared strings
        sx = [XML, f'<sst xmlns="{NS_MAIN}" count="{len(sst)}" uniqueCount="{len(sst)}">']
        for t in sst:
            if isinstance(t, tuple):
                runs = "".join(f'<r><rPr><b/></rPr><t xml:space="preserve">{escape(x)}</t></r>' if i % 2 == 0
                               else f'<r><t xml:space="preserve">{escape(x)}</t></r>'
                               for i, x in enumerate(t[1:]))
                sx.append(f"<si>{runs}<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>")
            else:
                sx.append(f'<si><t xml:space="preserve">{escape(t)}</t></si>')
        sx.append("</sst>")
        n = len(self.sheets)
        rels.append((f"rId{n + 1}", "styles", "styles.xml"))
        rels.append((f"rId{n + 2}", "sharedStrings", "sharedStrings.xml"))
        # styles
        st = [XML, f'<styleSheet xmlns="{NS_MAIN}">']
        if self.fmts:
            st.append(f'<numFmts count="{len(self.fmts)}">')
            for code, i in self.fmts.items():
                st.append(f'<numFmt numFmtId="{i}" formatCode={quoteattr(code)}/>')
            st.append("</numFmts>")
        st.append('<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
                  '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
                  '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                  '<borders count="1"><border/></borders>'
                  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>')
        st.append(f'<cellXfs count="{len(self.styles)}">')
        for fmt, bold in self.styles:
            st.append(f'<xf numFmtId="{fmt}" fontId="{bold}" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>')
        st.append("</cellXfs></styleSheet>")
        wb = [XML, f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}">',
              f'<workbookPr date1904="{1 if self.date1904 else 0}"/><sheets>']
        for i, s in enumerate(self.sheets, 1):
            state = "" if s["state"] == "visible" else f' state="{s["state"]}"'
            wb.append(f'<sheet name={quoteattr(s["name"])} sheetId="{i}"{state} r:id="rId{i}"/>')
        wb.append("</sheets></workbook>")
        wrels = [XML, f'<Relationships xmlns="{NS_PKG}">']
        for rid, typ, target in rels:
            wrels.append(f'<Relationship Id="{rid}" Type="{REL}{typ}" Target="{target}"/>')
        wrels.append("</Relationships>")
        ctx = [XML, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/xl/workbook.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
               '<Override PartName="/xl/styles.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
               '<Override PartName="/xl/sharedStrings.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>']
        for pn, typ in ct:
            ctx.append(f'<Override PartName="{pn}" ContentType="{typ}"/>')
        ctx.append("</Types>")
        top = (XML + f'<Relationships xmlns="{NS_PKG}"><Relationship Id="rId1" '
               f'Type="{REL}officeDocument" Target="xl/workbook.xml"/></Relationships>')
        write_zip(path, [("[Content_Types].xml", "".join(ctx)), ("_rels/.rels", top),
                         ("xl/workbook.xml", "".join(wb)), ("xl/_rels/workbook.xml.rels", "".join(wrels)),
                         ("xl/styles.xml", "".join(st)), ("xl/sharedStrings.xml", "".join(sx))] + parts)


def put(s, r, c, kind, val, style=0):
    s["cells"][(r, c)] = (kind, val, style)


def serial(y, m, d, date1904=False):
    import datetime
    base = datetime.date(1904, 1, 1) if date1904 else datetime.date(1899, 12, 30)
    return (datetime.date(y, m, d) - base).days


# ---------------------------------------------------------------- norfolk (xlsx)

def build_norfolk():
    """A contents sheet, then one sheet per financial year whose only period is the
    sheet name; two header rows with merged groups; odd number formats; a hidden
    column and a hidden row with content; a chart sheet and an empty sheet."""
    src = "norfolk/NOR-FOI-2023-0114 workbook.xlsx"
    b = Book()
    bold = b.style(0, True)
    thou = b.style("#,##0")
    pct = b.style("0.0%")
    cats = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
            ("Inappropriate relationship", "sexual_misconduct")]
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Management action", "management_action"), ("No case to answer", "no_case_to_answer")]
    c = b.sheet("Contents")
    lines = ["Norfolk Constabulary", "Freedom of Information request NOR/FOI/2023/0114",
             None, "Request",
             "\u201cPlease tell me how many allegations of sexual assault, sexual harassment and inappropriate "
             "relationships were made against Norfolk police officers in each of the last two financial "
             "years, and their outcomes.\u201d",
             None, "Response",
             "The figures are on the sheets named after each financial year. Figures are numbers of "
             "allegations against police officers.",
             "* fewer than five: the figure is withheld under section 40(2) of the Freedom of Information Act."]
    for i, t in enumerate(lines, 1):
        if t:
            put(c, i, 1, "s", t, bold if t in ("Request", "Response") else 0)
    data = {"2021-22": [[3, 1, 6, 12], [2, "*", 9, 15], [1, 0, 4, 7]],
            "2022-23": [[4, 2, 8, 10], [1, 2, 11, 18], ["*", 1, 3, 5]]}
    periods = {"2021-22": ("2021-04-01", "2022-03-31"), "2022-23": ("2022-04-01", "2023-03-31")}
    for name, rows in data.items():
        s = b.sheet(name)
        put(s, 1, 1, "s", "Allegations against police officers by category and outcome", bold)
        s["merges"].append("A1:H1")
        # two header rows: Category merged down, outcomes grouped under a merged "Outcome"
        put(s, 3, 1, "s", "Category", bold)
        s["merges"].append("A3:A4")
        put(s, 3, 2, "s", "Outcome", bold)
        s["merges"].append("B3:E3")
        put(s, 3, 6, "s", "Total", bold)
        s["merges"].append("F3:F4")
        put(s, 3, 7, "s", "Officer names (internal)", bold)   # a hidden column
        put(s, 3, 8, "s", "Share of all allegations (%)", bold)
        s["merges"].append("H3:H4")
        for j, (o, _) in enumerate(outs):
            put(s, 4, 2 + j, "s", o, bold)
        grand = sum(sum(v for v in r if isinstance(v, int)) for r in rows)
        r = 5
        for (label, cat), vals in zip(cats, rows):
            put(s, r, 1, "s", label)
            total = 0
            for j, v in enumerate(vals):
                if isinstance(v, str):
                    put(s, r, 2 + j, "s", v)
                    key(src, "norfolk", *periods[name], cat, "allegations", "officers", outs[j][1], "",
                        "suppressed", "s40(2)")
                else:
                    put(s, r, 2 + j, "n", v, thou)
                    total += v
                    key(src, "norfolk", *periods[name], cat, "allegations", "officers", outs[j][1], v)
            total += 2 if any(isinstance(v, str) for v in vals) else 0
            put(s, r, 6, "f", (f"SUM(B{r}:E{r})", total), thou)
            key(src, "norfolk", *periods[name], cat, "allegations", "officers", "total", total)
            put(s, r, 7, "s", "PC A. Example; PC B. Example")
            put(s, r, 8, "n", total / (grand + 2), pct)
            r += 1
        # a hidden row of draft figures, not to be read
        put(s, r, 1, "s", "Draft: awaiting review")
        for j in range(4):
            put(s, r, 2 + j, "n", 99)
        s["hrows"].add(r)
        s["hcols"].add(7)
        put(s, r + 2, 1, "s", "Source: Professional Standards Department case system.")
    b.sheet("Chart", chart=True)
    b.sheet("Sheet5")   # empty
    b.save(os.path.join(OFFICE, src))


# ---------------------------------------------------------------- wiltshire (xlsx, conditional format)

def build_wiltshire_masked():
    """Every count cell holds its true number, but a conditional custom format shows a dash
    for 0 and an asterisk for 1 to 4 ('[=0]"-";[<5]"*";#,##0'): what the sheet shows is what
    the force released, so a cell showing "*" is a suppressed figure (between one and four, as
    the note says), never the number behind it."""
    src = "wiltshire/WP FOI 2026-0588 allegations.xlsx"
    b = Book()
    bold = b.style(0, True)
    masked = b.style('[=0]"-";[<5]"*";#,##0')
    s = b.sheet("Allegations 2025-26")
    put(s, 1, 1, "s", "Wiltshire Police: allegations against police officers recorded in 2025/26", bold)
    put(s, 3, 1, "s", "Allegation type", bold)
    put(s, 3, 2, "s", "Dismissed", bold)
    put(s, 3, 3, "s", "No case to answer", bold)
    put(s, 3, 4, "s", "Total", bold)
    rows = [("Sexual harassment", "sexual_harassment", [3, 11]), ("Sexual assault", "sexual_assault", [0, 6]),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [2, 0])]
    outs = ["dismissed", "no_case_to_answer"]
    for r, (label, cat, vals) in enumerate(rows, 4):
        put(s, r, 1, "s", label)
        for j, v in enumerate(vals + [sum(vals)]):
            put(s, r, 2 + j, "n", v, masked)
            oid = outs[j] if j < 2 else "total"
            if 1 <= v <= 4:
                key(src, "wiltshire", "2025-04-01", "2026-03-31", cat, "allegations", "officers", oid, "",
                    "suppressed", "s40(2)", low=1)
            else:
                key(src, "wiltshire", "2025-04-01", "2026-03-31", cat, "allegations", "officers", oid, v)
    put(s, 8, 1, "s", "- = none. * = a figure between one and four, withheld under section 40(2) of the Freedom "
        "of Information Act.")
    b.save(os.path.join(OFFICE, src))


# ---------------------------------------------------------------- suffolk (xlsx, 1904 dates)

def build_suffolk():
    """The 1904 date system, month cells with a custom format, two tables on one sheet,
    a total with a cached value and one without (read as empty, reported)."""
    src = "suffolk/SUF-2023-771 monthly.xlsx"
    b = Book(date1904=True)
    bold = b.style(0, True)
    month = b.style("mmmm yyyy")
    s = b.sheet("Monthly")
    put(s, 1, 1, "s", "Suffolk Constabulary \u2013 Professional Standards", bold)
    put(s, 2, 1, "rich", ["FOI 2023/771: ", "allegations of sexual harassment recorded each month"])
    months = [(2023, m) for m in range(4, 10)]
    blocks = [("Police officers \u2013 allegations of sexual harassment", "officers", [3, 1, 4, 2, 0, 5], True),
              ("Police staff \u2013 allegations of sexual harassment", "staff", [1, 0, 2, 1, 1, 0], False)]
    r = 4
    for title, subject, vals, cached in blocks:
        put(s, r, 1, "s", title, bold)
        put(s, r + 1, 1, "s", "Month recorded", bold)
        put(s, r + 1, 2, "s", "Allegations", bold)
        first = r + 2
        for (y, m), v in zip(months, vals):
            put(s, r + 2, 1, "n", serial(y, m, 1, True), month)
            put(s, r + 2, 2, "n", v)
            import calendar
            last = calendar.monthrange(y, m)[1]
            key(src, "suffolk", f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last:02d}", "sexual_harassment",
                "allegations", subject, "total", v)
            r += 1
        put(s, r + 2, 1, "s", "Total", bold)
        put(s, r + 2, 2, "f", (f"SUM(B{first}:B{r + 1})", sum(vals) if cached else None), bold)
        if cached:
            key(src, "suffolk", "2023-04-01", "2023-09-30", "sexual_harassment", "allegations", subject,
                "total", sum(vals))
        r += 5
    put(s, r, 1, "s", "Figures are allegations recorded in the month shown.")
    b.save(os.path.join(OFFICE, src))


# ---------------------------------------------------------------- northumbria (xlsx named .csv)

def build_northumbria():
    """A workbook whose name says CSV: read by its content. Booleans and an error
    cell sit beside the figures; neither is a count."""
    src = "northumbria/FOI 2024-0031 data.csv"
    b = Book()
    bold = b.style(0, True)
    s = b.sheet("Data")
    put(s, 1, 1, "s", "Northumbria Police: allegations of abuse of position for a sexual purpose, "
                      "calendar year 2023", bold)
    heads = ["Subject", "Referred to IOPC", "Upheld", "Not upheld", "Under investigation", "Total",
             "Checked"]
    for j, h in enumerate(heads, 1):
        put(s, 3, j, "s", h, bold)
    rows = [("Police officers", "officers", [2, 5, 1], True), ("Police staff", "staff", [0, 1, 0], False)]
    r = 4
    for label, subj, vals, flag in rows:
        put(s, r, 1, "s", label)
        put(s, r, 2, "e", "#N/A")
        for j, v in enumerate(vals):
            put(s, r, 3 + j, "n", v)
        put(s, r, 6, "f", (f"SUM(C{r}:E{r})", sum(vals)))
        put(s, r, 7, "b", flag)
        for o, v in zip(["upheld", "not_upheld", "ongoing"], vals):
            key(src, "northumbria", "2023-01-01", "2023-12-31", "abuse_of_position_sexual", "allegations", subj, o, v)
        key(src, "northumbria", "2023-01-01", "2023-12-31", "abuse_of_position_sexual", "allegations", subj,
            "total", sum(vals))
        r += 1
    b.save(os.path.join(OFFICE, src))


# ============================================================================ ODS / ODT

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
          'office:version="1.3"')


def odf(path, mimetype, content):
    manifest = (XML + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
                f'manifest:media-type="{mimetype}"/><manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>')
    styles = XML + f"<office:document-styles {ODF_NS}><office:styles/></office:document-styles>"
    write_zip(path, [("mimetype", mimetype), ("content.xml", content), ("styles.xml", styles),
                     ("META-INF/manifest.xml", manifest)], stored_first="mimetype")


def ods_cell(text=None, vtype="string", value=None, style=None, span=None, rep=None, formula=None):
    a = []
    if style:
        a.append(f'table:style-name="{style}"')
    if rep:
        a.append(f'table:number-columns-repeated="{rep}"')
    if span:
        a.append(f'table:number-columns-spanned="{span[0]}" table:number-rows-spanned="{span[1]}"')
    if formula:
        a.append(f"table:formula={quoteattr(formula)}")
    if text is None:
        return f'<table:table-cell {" ".join(a)}/>'
    a.append(f'office:value-type="{vtype}"')
    if value is not None:
        a.append(f'office:value="{value}"')
    return f'<table:table-cell {" ".join(a)}><text:p>{escape(text)}</text:p></table:table-cell>'


def build_gwent():
    """ODS: years as rows, outcomes as columns, a merged group header, LibreOffice's
    huge repeated tails (columns to 16384, a million repeated empty rows), a repeated
    non-empty cell, a hidden row, a hidden sheet, text in a covered cell."""
    src = "gwent/FOI 23-0812 spreadsheet.ods"
    outs = [("Dismissed", "dismissed"), ("Written warning", "written_warning"),
            ("Management advice", "management_action"), ("No case to answer", "no_case_to_answer")]
    data = [("2021", [1, 0, 0, 3]), ("2022", [2, 1, 3, 4]), ("2023", [0, 0, 0, 2])]
    rows = []
    rows.append('<table:table-row>' + ods_cell("Gwent Police \u2013 allegations of sexual assault against police "
                                               "officers and staff", style="bold", span=(6, 1)) +
                '<table:covered-table-cell table:number-columns-repeated="5"/>'
                '<table:table-cell table:number-columns-repeated="16378"/></table:table-row>')
    rows.append('<table:table-row><table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
    rows.append('<table:table-row>' + ods_cell("Calendar year", style="bold", span=(1, 2)) +
                ods_cell("Outcome", style="bold", span=(4, 1)) +
                '<table:covered-table-cell table:number-columns-repeated="3"/>' +
                ods_cell("Total", style="bold", span=(1, 2)) +
                '<table:table-cell table:number-columns-repeated="16378"/></table:table-row>')
    rows.append('<table:table-row><table:covered-table-cell><text:p>stale text in a covered cell</text:p>'
                '</table:covered-table-cell>' + "".join(ods_cell(o, style="bold") for o, _ in outs) +
                '<table:covered-table-cell/><table:table-cell table:number-columns-repeated="16378"/></table:table-row>')
    for year, vals in data:
        cells = [ods_cell(year, "float", year)]
        k = 0
        while k < len(vals):
            n = 1
            while k + n < len(vals) and vals[k + n] == vals[k]:
                n += 1
            cells.append(ods_cell(str(vals[k]), "float", vals[k], rep=n if n > 1 else None))
            k += n
        cells.append(ods_cell(str(sum(vals)), "float", sum(vals), formula=f"of:=SUM([.B{len(rows) + 1}:.E{len(rows) + 1}])"))
        rows.append("<table:table-row>" + "".join(cells) +
                    '<table:table-cell table:number-columns-repeated="16378"/></table:table-row>')
        for (o, oc), v in zip(outs, vals):
            key(src, "gwent", f"{year}-01-01", f"{year}-12-31", "sexual_assault", "allegations",
                "officers_and_staff", oc, v)
        key(src, "gwent", f"{year}-01-01", f"{year}-12-31", "sexual_assault", "allegations",
            "officers_and_staff", "total", sum(vals))
    rows.append('<table:table-row table:visibility="collapse">' + ods_cell("2024 (provisional)") +
                "".join(ods_cell("9", "float", 9) for _ in outs) +
                '<table:table-cell table:number-columns-repeated="16379"/></table:table-row>')
    rows.append('<table:table-row table:number-rows-repeated="1048566">'
                '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
    hidden = ('<table:table table:name="Names" table:style-name="hidden"><table:table-column/>'
              '<table:table-row>' + ods_cell("PC C. Example (personal data)") + "</table:table-row></table:table>")
    content = (XML + f"<office:document-content {ODF_NS}><office:automatic-styles>"
               '<style:style style:name="visible" style:family="table"><style:table-properties table:display="true"/></style:style>'
               '<style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style>'
               '<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles><office:body><office:spreadsheet>'
               '<table:table table:name="Allegations" table:style-name="visible">'
               '<table:table-column table:number-columns-repeated="6"/>'
               '<table:table-column table:number-columns-repeated="16378"/>' + "".join(rows) +
               "</table:table>" + hidden + "</office:spreadsheet></office:body></office:document-content>")
    odf(os.path.join(OFFICE, src), "application/vnd.oasis.opendocument.spreadsheet", content)


def build_derbyshire():
    """ODT: a heading, a bulleted list that is not figures, a Writer table with a
    header row and a cell spanning two columns, a footnote."""
    src = "derbyshire/FOI 004519 reply.odt"
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("No case to answer", "no_case_to_answer"), ("Total", "total")]
    data = [("Police officers", "officers", [1, 2, 6]), ("Police staff", "staff", [0, 1, 3])]

    def p(t, style=None):
        s = f' text:style-name="{style}"' if style else ""
        return f"<text:p{s}>{t}</text:p>"

    def tc(t, span=None):
        a = f' table:number-columns-spanned="{span}"' if span else ""
        return f'<table:table-cell office:value-type="string"{a}>{p(escape(t))}</table:table-cell>'

    head = ('<table:table-header-rows><table:table-row>' + tc("Employee group") + tc("Outcome of allegations of "
            "sexual harassment, financial year 2023/24", span=4) + '<table:covered-table-cell/>' * 3 +
            '</table:table-row><table:table-row>' + tc("") + "".join(tc(o) for o, _ in outs) +
            "</table:table-row></table:table-header-rows>")
    body = []
    for label, subj, vals in data:
        vals = vals + [sum(vals)]
        body.append("<table:table-row>" + tc(label) + "".join(tc(str(v)) for v in vals) + "</table:table-row>")
        for (o, oc), v in zip(outs, vals):
            key(src, "derbyshire", "2023-04-01", "2024-03-31", "sexual_harassment", "allegations", subj, oc, v)
    table = ('<table:table table:name="Table1"><table:table-column table:number-columns-repeated="5"/>' +
             head + "".join(body) + "</table:table>")
    text = ('<text:h text:outline-level="1">Derbyshire Constabulary</text:h>' +
            p("Freedom of Information request 004519") +
            p("You asked for the number of allegations of sexual harassment against officers and staff and "
              "their outcomes.") +
            '<text:list text:style-name="L1"><text:list-item>' + p("We searched the conduct database.") +
            "</text:list-item><text:list-item>" + p("We searched the complaints database.") +
            "</text:list-item></text:list>" +
            '<text:h text:outline-level="2">Financial year 2023/24</text:h>' + table +
            p('Outcomes are as recorded on 1 May 2024.<text:note text:id="ftn1" text:note-class="footnote">'
              "<text:note-citation>1</text:note-citation><text:note-body>" +
              p("Outcomes of allegations still under investigation are not shown.") +
              "</text:note-body></text:note>") +
            '<text:h text:outline-level="2">Your rights</text:h>' +
            p("You may ask for an internal review within 40 working days."))
    content = (XML + f"<office:document-content {ODF_NS}><office:automatic-styles>"
               '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" '
               'text:bullet-char="\u2022"/></text:list-style></office:automatic-styles>'
               f"<office:body><office:text>{text}</office:text></office:body></office:document-content>")
    odf(os.path.join(OFFICE, src), "application/vnd.oasis.opendocument.text", content)


# ============================================================================ DOCX

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w_p(text="", style=None, bold=False, num=None, runs=None, extra=""):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
        ppr += "</w:pPr>"
    if runs is None:
        runs = [(text, bold)] if text else []
    rx = "".join(f'<w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'
                 for t, b in runs)
    return f"<w:p>{ppr}{rx}{extra}</w:p>"


def w_tc(content, span=None, vmerge=None):
    pr = ""
    if span or vmerge:
        pr = "<w:tcPr>"
        if span:
            pr += f'<w:gridSpan w:val="{span}"/>'
        if vmerge == "restart":
            pr += '<w:vMerge w:val="restart"/>'
        elif vmerge:
            pr += "<w:vMerge/>"
        pr += "</w:tcPr>"
    if not content.startswith("<w:"):
        content = w_p(content)
    return f"<w:tc>{pr}{content}</w:tc>"


def w_tr(cells, header=False):
    pr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{pr}{''.join(cells)}</w:tr>"


def w_tbl(rows, ncols):
    grid = "".join('<w:gridCol w:w="1200"/>' for _ in range(ncols))
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'


def docx(path, body, footnotes=None, header=None):
    styles = (XML + f'<w:styles xmlns:w="{NS_W}">'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>'
              '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/></w:style>'
              "</w:styles>")
    numbering = (XML + f'<w:numbering xmlns:w="{NS_W}">'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                 '<w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
                 '<w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    doc = (XML + f'<w:document xmlns:w="{NS_W}" xmlns:r="{NS_R}"><w:body>{body}'
           '<w:sectPr><w:headerReference w:type="default" r:id="rId9"/></w:sectPr></w:body></w:document>')
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "numbering", "numbering.xml")]
    parts = [("word/document.xml", doc), ("word/styles.xml", styles), ("word/numbering.xml", numbering)]
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/>']
    if footnotes:
        fx = (XML + f'<w:footnotes xmlns:w="{NS_W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
              '<w:separator/></w:r></w:p></w:footnote>')
        for i, t in footnotes:
            fx += (f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
                   f"{escape(t)}</w:t></w:r></w:p></w:footnote>")
        fx += "</w:footnotes>"
        parts.append(("word/footnotes.xml", fx))
        rels.append(("rId3", "footnotes", "footnotes.xml"))
    if header:
        parts.append(("word/header1.xml", XML + f'<w:hdr xmlns:w="{NS_W}">{w_p(header, "Header")}</w:hdr>'))
        rels.append(("rId9", "header", "header1.xml"))
    rx = XML + f'<Relationships xmlns="{NS_PKG}">' + "".join(
        f'<Relationship Id="{i}" Type="{REL}{t}" Target="{g}"/>' for i, t, g in rels) + "</Relationships>"
    ctx = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ct) + "</Types>")
    top = (XML + f'<Relationships xmlns="{NS_PKG}"><Relationship Id="rId1" Type="{REL}officeDocument" '
           'Target="word/document.xml"/></Relationships>')
    write_zip(path, [("[Content_Types].xml", ctx), ("_rels/.rels", top), ("word/_rels/document.xml.rels", rx)]
              + parts)


def build_dorset():
    """DOCX: the request in a content control, a numbered list, the data table inside
    a layout table (the outer cell keeps its own text), gridSpan and vMerge headers
    marked as header rows, a tracked deletion, a footnote defining '*', OFFICIAL in
    the page header (not content)."""
    src = "dorset/FOI-2023-0456 response.docx"
    body = [w_p("Dorset Police", "Heading1"),
            w_p("Freedom of Information request 2023/0456", bold=True),
            w_p("You asked:"),
            '<w:sdt><w:sdtPr><w:alias w:val="Request"/></w:sdtPr><w:sdtContent>' +
            w_p("\u201cHow many allegations of sexual assault and sexual harassment were recorded against "
                "police officers and police staff in the calendar year 2022, and what were their outcomes?\u201d") +
            "</w:sdtContent></w:sdt>",
            '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' + w_p("Click here to enter a date.") +
            "</w:sdtContent></w:sdt>",
            w_p("We searched:"),
            w_p("the conduct case system", "ListNumber"),
            w_p("the complaints case system", "ListNumber"),
            w_p("Dorset Police holds the information. It is given in the table below.")]
    cats = [("Sexual assault", "sexual_assault", [2, 5], ["*", 3]),
            ("Sexual harassment", "sexual_harassment", [1, 8], [0, 2])]
    rows = [w_tr([w_tc("Allegation type", vmerge="restart"), w_tc("Police officers", span=3),
                  w_tc("Police staff", span=3)], header=True),
            w_tr([w_tc("", vmerge="continue")] + [w_tc(h) for h in ["Dismissed", "No case to answer", "Total"] * 2],
                 header=True)]
    for label, cat, off, staff in cats:
        cells = [w_tc(label)]
        for subj, vals in (("officers", off), ("staff", staff)):
            total = sum(v for v in vals if isinstance(v, int)) + (2 if "*" in vals else 0)
            for (o, oc), v in zip([("Dismissed", "dismissed"), ("No case to answer", "no_case_to_answer")], vals):
                if v == "*":
                    key(src, "dorset", "2022-01-01", "2022-12-31", cat, "allegations", subj, oc, "",
                        "suppressed", "s40(2)")
                else:
                    key(src, "dorset", "2022-01-01", "2022-12-31", cat, "allegations", subj, oc, v)
            key(src, "dorset", "2022-01-01", "2022-12-31", cat, "allegations", subj, "total", total)
            if cat == "sexual_harassment" and subj == "officers":
                # the dismissed figure was corrected with tracked changes: 2 deleted, 1 inserted
                cells.append(w_tc('<w:p><w:del w:id="1" w:author="PSD"><w:r><w:delText>2</w:delText></w:r></w:del>'
                                  '<w:ins w:id="2" w:author="PSD"><w:r><w:t>1</w:t></w:r></w:ins></w:p>'))
                cells += [w_tc(str(vals[1])), w_tc(str(total))]
            else:
                cells += [w_tc(str(v)) for v in vals] + [w_tc(str(total))]
        rows.append(w_tr(cells))
    inner = w_tbl(rows, 7)
    outer = w_tbl([w_tr([w_tc(w_p("Table 1: allegations recorded in 2022", bold=True) + inner + w_p(""))])], 1)
    body.append(outer)
    body.append(w_p("", extra='<w:r><w:t xml:space="preserve">Suppressed figures are marked *.</w:t></w:r>'
                               '<w:r><w:footnoteReference w:id="1"/></w:r>'))
    body.append(w_p("Your rights", "Heading2"))
    body.append(w_p("You may ask for an internal review within 40 working days."))
    body.append(w_p("Yours sincerely,"))
    docx(os.path.join(OFFICE, src), "".join(body),
         footnotes=[(1, "* Figures of fewer than five are withheld under section 40(2) of the Freedom of "
                        "Information Act.")],
         header="OFFICIAL \u2013 figures 2021: 99")


def build_humberside_nested():
    """DOCX: a two-column outer table (allegation type | the figures) whose second cell holds a
    nested table of outcomes by financial year with a Total row: which category each nested
    table counts is said only by the outer row's first cell."""
    src = "humberside/FOI 26-1187 response.docx"
    body = [w_p("Humberside Police", "Heading1"),
            w_p("Freedom of Information request 26/1187", bold=True),
            w_p("You asked for the outcomes of allegations of sexual harassment and abuse of position for a "
                "sexual purpose made against police officers in the financial years 2024/25 and 2025/26."),
            w_p("Humberside Police holds this information. The outcomes of the allegations against police "
                "officers are set out below, by the year the allegation was recorded."),
            w_p("Outcomes of allegations by type", "Heading2")]
    years = [("2024/25", "2024-04-01", "2025-03-31"), ("2025/26", "2025-04-01", "2026-03-31")]
    cats = [("Sexual harassment", "sexual_harassment", {"Dismissed": (3, 1), "Final written warning": (2, 4),
                                                        "No case to answer": (5, 2), "Under investigation": (0, 6)}),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual",
             {"Dismissed": (4, 2), "Final written warning": (0, 1), "No case to answer": (1, 0),
              "Under investigation": (0, 3)})]
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
    rows = [w_tr([w_tc("Allegation type"), w_tc("Outcomes by year recorded")], header=True)]
    for label, cat, vals in cats:
        inner = [w_tr([w_tc("Outcome")] + [w_tc(y) for y, _, _ in years])]
        for oname, oid in outs:
            inner.append(w_tr([w_tc(oname)] + [w_tc(str(v)) for v in vals[oname]]))
            for (y, a, b), v in zip(years, vals[oname]):
                key(src, "humberside", a, b, cat, "allegations", "officers", oid, v)
        tot = [sum(vals[o][k] for o, _ in outs) for k in range(2)]
        inner.append(w_tr([w_tc("Total")] + [w_tc(str(v)) for v in tot]))
        for (y, a, b), v in zip(years, tot):
            key(src, "humberside", a, b, cat, "allegations", "officers", "total", v)
        rows.append(w_tr([w_tc(label), w_tc(w_tbl(inner, 3) + w_p(""))]))
    body.append(w_tbl(rows, 2))
    body.append(w_p("Yours sincerely,"))
    body.append(w_p("Freedom of Information Officer"))
    docx(os.path.join(OFFICE, src), "".join(body))


def build_leicestershire():
    """DOCX: every cell of the table holds three figures, "9 (2 / 7)", which a
    sentence above it defines with a worked example: officers and staff
    together, then in brackets police staff and police officers, in that
    order (staff first); a cell "0" where there were none (no parts); a
    staff part shown as "*" (between one and four, section 40(2))."""
    src = "leicestershire/LP FOI 2026-0355 response.docx"
    body = [w_p("Leicestershire Police", "Heading1"),
            w_p("Freedom of Information request 2026/0355", bold=True),
            w_p("You asked for the number of allegations of sexual harassment made against police officers and "
                "police staff in the financial years 2023/24 and 2024/25, and their outcomes."),
            w_p("Leicestershire Police holds this information. So that one table can show everyone, each cell "
                "gives the number of allegations against officers and staff together, followed in brackets by "
                "the number against police staff and then the number against police officers, as in 11 (3 / 8)."),
            w_p("Where the number for police staff is between one and four it is shown as * and withheld under "
                "section 40(2) of the Act.")]
    outs = [("Dismissed", "dismissed", ["4 (0 / 4)", "6 (* / 4)"]),
            ("Final written warning", "final_written_warning", ["2 (1 / 1)", "0"]),
            ("No case to answer", "no_case_to_answer", ["7 (* / 5)", "3 (0 / 3)"]),
            ("Total", "total", ["13 (3 / 10)", "9 (* / 7)"])]
    years = [("2023/24", "2023-04-01", "2024-03-31"), ("2024/25", "2024-04-01", "2025-03-31")]
    rows = [w_tr([w_tc("Outcome")] + [w_tc(y[0]) for y in years], header=True)]
    for label, oc, cells in outs:
        rows.append(w_tr([w_tc(label)] + [w_tc(x) for x in cells]))
        for (_, start, end), x in zip(years, cells):
            if x == "0":
                key(src, "leicestershire", start, end, "sexual_harassment", "allegations", "officers_and_staff",
                    oc, 0)
                continue
            whole, rest = x.split(" (")
            st, off = rest.rstrip(")").split(" / ")
            key(src, "leicestershire", start, end, "sexual_harassment", "allegations", "officers_and_staff", oc,
                int(whole))
            key(src, "leicestershire", start, end, "sexual_harassment", "allegations", "officers", oc, int(off))
            if st == "*":
                KEY.append([src, "leicestershire", start, end, "sexual_harassment", "allegations", "staff", oc,
                            "", "suppressed", "1", "4", "s40(2)"])
            else:
                key(src, "leicestershire", start, end, "sexual_harassment", "allegations", "staff", oc, int(st))
    body.append(w_p("Table 1: Outcomes of allegations of sexual harassment", bold=True))
    body.append(w_tbl(rows, 3))
    body.append(w_p("If you are unhappy with this response you may ask for an internal review within 40 working "
                    "days."))
    body.append(w_p("Yours sincerely,"))
    body.append(w_p("Information Access Team"))
    docx(os.path.join(OFFICE, src), "".join(body))


def build_cumbria_notes_below():
    """DOCX: two tables of one calendar year that differ only in whom they
    count, and that is said only in a note directly UNDER each table ("NB:
    the figures above are for police staff, including PCSOs" / "Note:
    Table 2 shows police officers only, including special constables");
    the year only in the caption above. The covering text asks about
    officers and staff together. (Round 21 part C: a note under a table
    qualifies it.)"""
    src = "cumbria/CC-FOI-2025-1412 reply.docx"
    body = [w_p("Cumbria Constabulary", "Heading1"),
            w_p("Freedom of Information request CC-FOI-2025-1412", bold=True),
            w_p("You asked for the number of allegations of sexual misconduct made against officers and staff of "
                "the constabulary during 2024, and what became of them."),
            w_p("We can confirm that Cumbria Constabulary holds this information. The two tables below give "
                "the outcome of each allegation.")]
    tables = [("Table 1 – Sexual misconduct allegations, 1 January to 31 December 2024",
               "NB: the figures above are for police staff, including PCSOs and civilian investigators.",
               "staff", [3, 0, 2, 1, 6]),
              ("Table 2 – Sexual misconduct allegations, 1 January to 31 December 2024",
               "Note: Table 2 shows police officers only, including special constables.",
               "officers", [2, 4, 5, 0, 11])]
    outs = [("Dismissed", "dismissed"), ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"), ("Total", "total")]
    for caption, note, subject, vals in tables:
        rows = [w_tr([w_tc("Outcome"), w_tc("Allegations")], header=True)]
        for (label, oc), v in zip(outs, vals):
            rows.append(w_tr([w_tc(label), w_tc(str(v))]))
            key(src, "cumbria", "2024-01-01", "2024-12-31", "sexual_misconduct", "allegations", subject, oc, v)
        body.append(w_p(caption, bold=True))
        body.append(w_tbl(rows, 2))
        body.append(w_p(note))
    body.append(w_p("If you are not satisfied with this response you may request an internal review."))
    body.append(w_p("Yours faithfully,"))
    body.append(w_p("Disclosure Unit"))
    docx(os.path.join(OFFICE, src), "".join(body))


def build_bedfordshire_marks():
    """DOCX: a key of marks in a bulleted list before the table, each in its
    own words: "less than 5" (a notation of words) defined as a number from 1
    to 4, and "##" as a figure of 10 or more withheld because with published
    figures it would reveal one of fewer than five (its reason names a
    smaller number than the mark stands for). (The lead's marks defined in a
    list, round 22: the definition of a notation beats its plain reading.)"""
    src = "bedfordshire/BP FOI 26-4410 reply.docx"
    body = [w_p("Bedfordshire Police", "Heading1"),
            w_p("Freedom of Information request 26-4410", bold=True),
            w_p("You asked for the number of allegations of sexual misconduct and sexual harassment made "
                "against police officers in the financial years 2023/24 and 2024/25."),
            w_p("We hold this information. Some figures are not given exactly, as follows (section 40(2) "
                "of the Act):"),
            w_p("\u2022 'less than 5' is used for a number from 1 to 4;"),
            w_p("\u2022 '##' is used for a figure of 10 or more that we have withheld, because together with "
                "figures we have published before it would show a figure of fewer than five."),
            w_p("Allegations against police officers", bold=True)]
    rows = [w_tr([w_tc("Allegation type"), w_tc("2023/24"), w_tc("2024/25")], header=True)]
    data = [("Sexual misconduct", "sexual_misconduct", ["less than 5", "12"]),
            ("Sexual harassment", "sexual_harassment", ["##", "less than 5"])]
    pers = [("2023-04-01", "2024-03-31"), ("2024-04-01", "2025-03-31")]
    for label, cat, cells in data:
        rows.append(w_tr([w_tc(label)] + [w_tc(x) for x in cells]))
        for (a, b), x in zip(pers, cells):
            if x == "less than 5":
                key(src, "bedfordshire", a, b, cat, "allegations", "officers", "total", (1, 4), "suppressed", "s40(2)")
            elif x == "##":
                key(src, "bedfordshire", a, b, cat, "allegations", "officers", "total", (10, None), "suppressed",
                    "s40(2)")
            else:
                key(src, "bedfordshire", a, b, cat, "allegations", "officers", "total", int(x))
    body.append(w_tbl(rows, 3))
    body.append(w_p("If you are not satisfied with this response you may request an internal review."))
    body.append(w_p("Yours sincerely,"))
    body.append(w_p("Information Access Team"))
    docx(os.path.join(OFFICE, src), "".join(body))


def build_north_yorkshire_layout():
    """DOCX: a layout table two cells wide, each cell a period: its title
    ("2024/25 (1 April 2024 - 31 March 2025)") above a table of its own of
    outcome by allegation type; officers only, said in the letter. (The
    lead's layout-table fix, round 22: a cell's own title labels the table
    in it, not the cell to its left.)"""
    src = "north-yorkshire/NYP FOI 0388-2026 reply.docx"
    body = [w_p("North Yorkshire Police", "Heading1"),
            w_p("Freedom of Information request 0388/2026", bold=True),
            w_p("You asked for the outcomes of allegations of sexual harassment and sexual assault made "
                "against police officers, for the last two financial years."),
            w_p("North Yorkshire Police holds this information for police officers. Each year is set out "
                "in its own box below.")]
    years = [("2024/25 (1 April 2024 - 31 March 2025)", "2024-04-01", "2025-03-31",
              {"sexual_harassment": [1, 3, 2], "sexual_assault": [2, 0, 4]}),
             ("2025/26 (1 April 2025 - 31 March 2026)", "2025-04-01", "2026-03-31",
              {"sexual_harassment": [0, 2, 5], "sexual_assault": [3, 1, 1]})]
    outs = [("Dismissed", "dismissed"), ("Written warning", "written_warning"), ("No case to answer",
                                                                               "no_case_to_answer")]
    cells = []
    for title, a, b, vals in years:
        rows = [w_tr([w_tc("Outcome"), w_tc("Sexual harassment"), w_tc("Sexual assault")], header=True)]
        for i, (ol, oc) in enumerate(outs):
            rows.append(w_tr([w_tc(ol), w_tc(str(vals["sexual_harassment"][i])),
                              w_tc(str(vals["sexual_assault"][i]))]))
            for cat in ("sexual_harassment", "sexual_assault"):
                key(src, "north-yorkshire", a, b, cat, "allegations", "officers", oc, vals[cat][i])
        cells.append(w_tc(w_p(title, bold=True) + w_tbl(rows, 3) + w_p()))
    body.append(w_tbl([w_tr(cells)], 2))
    body.append(w_p("If you are not satisfied with this response you may request an internal review."))
    body.append(w_p("Yours sincerely,"))
    body.append(w_p("Joint Corporate Legal Services"))
    docx(os.path.join(OFFICE, src), "".join(body))


def build_norfolk_long_totals():
    """CSV export in long form (year, allegation type, employee type, outcomes,
    total), the type given on its block's first row only, ending in a totals
    row: "Total" under the years, every other label blank, the sums of every
    row above (a total across years, types and people: no figure of the
    dataset, never the last block's). (The lead's totals-row fix, round 22.)"""
    src = "norfolk/NC FOI 26-2291 export.csv"
    rows = [("2024/25", "Sexual misconduct", "Officer", [1, 2, 4]), ("2024/25", "", "Staff", [0, 1, 1]),
            ("2025/26", "Sexual misconduct", "Officer", [2, 0, 3]), ("2025/26", "", "Staff", [1, 1, 2])]
    per = {"2024/25": ("2024-04-01", "2025-03-31"), "2025/26": ("2025-04-01", "2026-03-31")}
    subj = {"Officer": "officers", "Staff": "staff"}
    outs = ["dismissed", "written_warning", "total"]
    lines = ["Financial year,Allegation type,Employee type,Dismissed,Written warning,Total"]
    for y, t, e, vals in rows:
        lines.append(",".join([y, t, e] + [str(v) for v in vals]))
        a, b = per[y]
        for o, v in zip(outs, vals):
            key(src, "norfolk", a, b, "sexual_misconduct", "allegations", subj[e], o, v)
    sums = [sum(r[3][i] for r in rows) for i in range(3)]
    lines.append(",".join(["Total", "", ""] + [str(v) for v in sums]))
    path = os.path.join(OFFICE, src)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def build_warwickshire_rtf():
    r"""RTF as Word saves a letter: font, colour and style tables, document
    information, a page footer with a PAGE field, the text in Windows-1252
    (\'96 an en dash, \'92 a right quote) and one \u escape with its
    fallback; a table whose header spans the outcome columns (\clmgf /
    \clmrg) over outcome names, rows per allegation type; officers only,
    said in the letter. (The lead's RTF reader, round 22.)"""
    src = "warwickshire/WP FOI 2026-0904 response.rtf"
    def row(cells, merges=None):
        out = r"\trowd\trgaph108\trleft-108"
        x = 0
        for i, _ in enumerate(cells):
            x += 1800
            m = (merges or {}).get(i, "")
            out += (m + r"\cellx" + str(x))
        for cv in cells:
            out += r"\pard\plain\intbl\ql " + cv + r"\cell"
        return out + r"\row" + "\n"
    body = (r"{\rtf1\ansi\ansicpg1252\deff0\deflang2057"
            r"{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}}"
            r"{\colortbl;\red0\green0\blue0;}"
            r"{\stylesheet{\s0 Normal;}{\s1\outlinelevel0 heading 1;}}"
            r"{\info{\title FOI 2026/0904}{\author Information Rights}}"
            r"{\footer\pard\plain\qc Page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}"
            "\n"
            r"\pard\plain\s1\b Warwickshire Police\b0\par" "\n"
            r"\pard\plain Freedom of Information request 2026/0904 \'96 response\par" "\n"
            r"\pard\plain You asked for the number of allegations of sexual misconduct and sexual harassment "
            r"made against police officers in the financial year 2025/26, and what became of them. "
            r"Warwickshire Police\'92s Professional Standards Department holds this information for police "
            r"officers\u8217\'92 cases.\par" "\n"
            r"\pard\plain The table below gives the outcome of each allegation against police officers "
            r"recorded between 1 April 2025 and 31 March 2026.\par" "\n")
    data = [("Sexual misconduct", "sexual_misconduct", [3, 1, 4]),
            ("Sexual harassment", "sexual_harassment", [2, 0, 5])]
    outs = [("Dismissed", "dismissed"), ("Written warning", "written_warning"),
            ("No case to answer", "no_case_to_answer")]
    body += row(["Allegation type", "Outcome", "", ""], {1: r"\clmgf", 2: r"\clmrg", 3: r"\clmrg"})
    body += row([""] + [o for o, _ in outs])
    for label, cat, vals in data:
        body += row([label] + [str(v) for v in vals])
        for (o, oc), v in zip(outs, vals):
            key(src, "warwickshire", "2025-04-01", "2026-03-31", cat, "allegations", "officers", oc, v)
    body += (r"\pard\plain If you are not satisfied with this response you may ask for an internal review.\par"
             "\n" r"\pard\plain Yours sincerely,\par" "\n" r"\pard\plain Information Rights Unit\par" "\n}")
    path = os.path.join(OFFICE, src)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="\r\n", encoding="ascii") as f:
        f.write(body)


def build_sussex_footnotes():
    """DOCX: a table of allegations by type and financial year (officers and staff together)
    whose 2024/25 cells carry Word footnote references; the footnotes, which Word prints at the
    end, after the signature, give each type's police-staff share and how many are still under
    investigation ("Of the 12 allegations of sexual harassment recorded in 2024/25, 3 were made
    against police staff; 2 are still under investigation")."""
    src = "sussex/SP FOI 2026-0914 response.docx"
    fy = [("2023/24", "2023-04-01", "2024-03-31"), ("2024/25", "2024-04-01", "2025-03-31")]
    rows_ = [("Sexual harassment", "sexual_harassment", (10, 12), 3, 2),
             ("Sexual assault", "sexual_assault", (6, 5), 1, 0)]
    body = [w_p("Sussex Police", "Heading1"),
            w_p("Freedom of Information request 2026/0914", bold=True),
            w_p("You asked for the number of allegations of sexual harassment and sexual assault made against "
                "Sussex Police officers and staff in the financial years 2023/24 and 2024/25."),
            w_p("Sussex Police holds this information. The figures are allegations made against police officers "
                "and police staff together, by the financial year in which they were recorded."),
            w_p("Table 1: allegations recorded", bold=True)]
    trs = [w_tr([w_tc("Allegation type")] + [w_tc(y) for y, _, _ in fy], header=True)]
    notes = []
    for k, (label, cat, vals, staff, ongoing) in enumerate(rows_, 1):
        cells = [w_tc(label), w_tc(str(vals[0])),
                 w_tc(w_p("", extra=f'<w:r><w:t>{vals[1]}</w:t></w:r><w:r><w:footnoteReference w:id="{k}"/></w:r>'))]
        trs.append(w_tr(cells))
        for (y, a, b), v in zip(fy, vals):
            key(src, "sussex", a, b, cat, "allegations", "officers_and_staff", "total", v)
        key(src, "sussex", fy[1][1], fy[1][2], cat, "allegations", "staff", "total", staff)
        key(src, "sussex", fy[1][1], fy[1][2], cat, "allegations", "officers_and_staff", "ongoing", ongoing)
        still = "none are" if ongoing == 0 else f"{ongoing} are" if ongoing > 1 else "1 is"
        notes.append((k, f"Of the {vals[1]} allegations of {label.lower()} recorded in 2024/25, {staff} "
                         f"{'was' if staff == 1 else 'were'} made against police staff; {still} still under "
                         "investigation."))
    body.append(w_tbl(trs, 3))
    body.append(w_p("If you are unhappy with this response you may ask for an internal review."))
    body.append(w_p("Yours sincerely,"))
    body.append(w_p("Information Rights Team"))
    docx(os.path.join(OFFICE, src), "".join(body), footnotes=notes)


def build_lincolnshire_tabs():
    """DOCX: no Word table at all: the figures are paragraphs set out in columns with tab stops
    (a header paragraph "Allegation type<TAB>2024<TAB>2025", one paragraph per type), as a letter
    typed without the table tool; the reference and date lines above also use a tab, and are
    not a table."""
    src = "lincolnshire/LP FOI 26-0702 response.docx"
    tab = '<w:r><w:tab/></w:r>'

    def tp(cells, bold=False):
        runs = tab.join(f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{escape(x)}</w:t></w:r>'
                        for x in cells)
        return f"<w:p>{runs}</w:p>"
    body = [w_p("Lincolnshire Police", "Heading1"),
            tp(["Our reference:", "FOI 26-0702"]),
            tp(["Date:", "3 March 2026"]),
            w_p("You asked how many allegations of sexual assault, sexual harassment and sexual misconduct were "
                "made against Lincolnshire Police officers in the calendar years 2024 and 2025."),
            w_p("Lincolnshire Police holds this information. The figures are allegations against police "
                "officers, by the year the allegation was recorded."),
            w_p("Allegations recorded", "Heading2"),
            tp(["Allegation type", "2024", "2025"], bold=True)]
    rows = [("Sexual assault", "sexual_assault", (7, 4)), ("Sexual harassment", "sexual_harassment", (12, 15)),
            ("Sexual misconduct", "sexual_misconduct", (5, 9))]
    for label, cat, vals in rows:
        body.append(tp([label] + [str(v) for v in vals]))
        for y, v in zip((2024, 2025), vals):
            key(src, "lincolnshire", f"{y}-01-01", f"{y}-12-31", cat, "allegations", "officers", "total", v)
    body.append(w_p(""))
    body.append(w_p("Yours sincerely,"))
    body.append(w_p("Freedom of Information Team"))
    docx(os.path.join(OFFICE, src), "".join(body))


# ============================================================================ XLS (xlwt)

def build_cleveland():
    """XLS: outcomes as rows and months as date cells across the top (mmm-yy), a
    Total column over the months, a merged title, a hidden row and a hidden sheet."""
    import datetime
    import xlwt
    src = "cleveland/CLE-FOI-1205-22.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Staff")
    bold = xlwt.easyxf("font: bold on")
    mon = xlwt.easyxf("font: bold on", num_format_str="mmm-yy")
    ws.write_merge(0, 0, 0, 4, "Cleveland Police \u2013 allegations of sexual harassment against police staff", bold)
    ws.write(2, 0, "Outcome", bold)
    months = [(2022, 4, 30), (2022, 5, 31), (2022, 6, 30)]
    for j, (y, m, _) in enumerate(months):
        ws.write(2, 1 + j, datetime.date(y, m, 1), mon)
    ws.write(2, 4, "Total", bold)
    outs = [("Dismissed", "dismissed", [0, 1, 0]), ("Written warning", "written_warning", [1, 0, 2]),
            ("No case to answer", "no_case_to_answer", [2, 3, 1]), ("Under investigation", "ongoing", [1, 1, 4])]
    r = 3
    for label, oc, vals in outs:
        ws.write(r, 0, label)
        for j, v in enumerate(vals):
            ws.write(r, 1 + j, v)
            y, m, last = months[j]
            key(src, "cleveland", f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}", "sexual_harassment",
                "allegations", "staff", oc, v)
        ws.write(r, 4, sum(vals))
        key(src, "cleveland", "2022-04-01", "2022-06-30", "sexual_harassment", "allegations", "staff", oc, sum(vals))
        r += 1
    ws.write(r, 0, "Test row \u2013 ignore")
    for j in range(3):
        ws.write(r, 1 + j, 77)
    ws.row(r).hidden = True
    ws.write(r + 2, 0, "Figures are allegations recorded in each month.")
    names = wb.add_sheet("Names")
    names.write(0, 0, "PS D. Example (personal data)")
    names.visibility = 1
    path = os.path.join(OFFICE, src)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb.save(path)


# ============================================================================ hostile files

def cfb(streams):
    """A minimal OLE2 compound file (version 3) holding the named streams."""
    ss = 512
    data = []
    for name, body in streams:
        body = body + b"\0" * (max(4096, -(-len(body) // ss) * ss) - len(body))
        data.append((name, body))
    nent = 1 + len(data)
    dir_sectors = -(-nent * 128 // ss)
    stream_sectors = sum(len(b) // ss for _, b in data)
    total = dir_sectors + stream_sectors
    fat_sectors = 1
    while fat_sectors * (ss // 4) < total + fat_sectors:
        fat_sectors += 1
    fat = [0xFFFFFFFD] * fat_sectors
    first_dir = len(fat)
    for i in range(dir_sectors):
        fat.append(len(fat) + 1 if i + 1 < dir_sectors else 0xFFFFFFFE)
    starts = []
    for _, b in data:
        starts.append(len(fat))
        n = len(b) // ss
        for i in range(n):
            fat.append(len(fat) + 1 if i + 1 < n else 0xFFFFFFFE)
    fat += [0xFFFFFFFF] * (fat_sectors * (ss // 4) - len(fat))

    def entry(name, typ, start, size, child=0xFFFFFFFF, right=0xFFFFFFFF):
        n = (name + "\0").encode("utf-16-le")
        return (n.ljust(64, b"\0") + struct.pack("<HBB", len(n), typ, 1) +
                struct.pack("<III", 0xFFFFFFFF, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 +
                struct.pack("<IQ", start, size))
    d = entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1)
    for i, (name, b) in enumerate(data):
        d += entry(name, 2, starts[i], len(b), right=i + 2 if i + 1 < len(data) else 0xFFFFFFFF)
    d = d.ljust(dir_sectors * ss, b"\0")
    hdr = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) +
           b"\0" * 6 + struct.pack("<IIIIIIIII", 0, fat_sectors, first_dir, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0))
    difat = [i for i in range(fat_sectors)] + [0xFFFFFFFF] * (109 - fat_sectors)
    hdr += struct.pack("<109I", *difat)
    assert len(hdr) == 512
    out = hdr + struct.pack(f"<{len(fat)}I", *fat) + d + b"".join(b for _, b in data)
    return out


def cfb_tree(root):
    """An OLE2 compound file (version 3) of storages and streams, as Outlook
    writes a .msg: root is a list of (name, bytes) streams and (name, [...])
    storages. Streams under 4096 bytes live in the mini stream (64-byte
    sectors), larger ones in 512-byte sectors; each storage's children form
    a balanced tree in the directory's name order (length, then upper case)."""
    ss, mss = 512, 64
    entries = [{"name": "Root Entry", "type": 5, "kids": root}]
    order = [0]
    i = 0
    while i < len(order):        # number every entry, storage by storage
        e = entries[order[i]]
        e["ids"] = []
        for name, body in e.get("kids") or []:
            ne = {"name": name, "type": 1 if isinstance(body, list) else 2}
            if isinstance(body, list):
                ne["kids"] = body
            else:
                ne["data"] = body
            entries.append(ne)
            e["ids"].append(len(entries) - 1)
            order.append(len(entries) - 1)
        i += 1
    for e in entries:
        e.update(left=0xFFFFFFFF, right=0xFFFFFFFF, child=0xFFFFFFFF, start=0xFFFFFFFE, size=0)

    def tree(ids):
        if not ids:
            return 0xFFFFFFFF
        m = len(ids) // 2
        entries[ids[m]]["left"] = tree(ids[:m])
        entries[ids[m]]["right"] = tree(ids[m + 1:])
        return ids[m]
    for e in entries:
        if e["type"] in (1, 5):
            ids = sorted(e["ids"], key=lambda k: (len(entries[k]["name"]), entries[k]["name"].upper()))
            e["child"] = tree(ids)
    # the mini stream and its FAT
    mini, mfat = b"", []
    big = []
    for k, e in enumerate(entries):
        if e["type"] != 2:
            continue
        d = e["data"]
        e["size"] = len(d)
        if len(d) < 4096:
            if not d:
                continue
            n = -(-len(d) // mss)
            e["start"] = len(mfat)
            mfat += [len(mfat) + j + 1 if j + 1 < n else 0xFFFFFFFE for j in range(n)]
            mini += d.ljust(n * mss, b"\0")
        else:
            big.append(k)
    mfat_bytes = struct.pack(f"<{len(mfat)}I", *mfat) if mfat else b""
    mfat_bytes = mfat_bytes.ljust(-(-len(mfat_bytes) // ss) * ss, b"\xff")
    dir_sectors = -(-len(entries) * 128 // ss)
    runs = [("dir", dir_sectors), ("mfat", len(mfat_bytes) // ss), ("mini", -(-len(mini) // ss))]
    runs += [(k, -(-len(entries[k]["data"]) // ss)) for k in big]
    total = sum(n for _, n in runs)
    fat_sectors = 1
    while fat_sectors * (ss // 4) < total + fat_sectors:
        fat_sectors += 1
    fat = [0xFFFFFFFD] * fat_sectors
    start = {}
    for what, n in runs:
        start[what] = len(fat) if n else 0xFFFFFFFE
        fat += [len(fat) + j + 1 if j + 1 < n else 0xFFFFFFFE for j in range(n)]
    fat += [0xFFFFFFFF] * (fat_sectors * (ss // 4) - len(fat))
    entries[0]["start"], entries[0]["size"] = (start["mini"], len(mini)) if mini else (0xFFFFFFFE, 0)
    for k in big:
        entries[k]["start"] = start[k]
    d = b""
    for e in entries:
        n = (e["name"] + "\0").encode("utf-16-le")
        d += (n.ljust(64, b"\0") + struct.pack("<HBB", len(n), e["type"], 1) +
              struct.pack("<III", e["left"], e["right"], e["child"]) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 +
              struct.pack("<IQ", e["start"], e["size"]))
    d = d.ljust(dir_sectors * ss, b"\0")
    nmfat = len(mfat_bytes) // ss
    hdr = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) +
           b"\0" * 6 + struct.pack("<IIIIIIIII", 0, fat_sectors, start["dir"], 0, 4096,
                                   start["mfat"] if nmfat else 0xFFFFFFFE, nmfat, 0xFFFFFFFE, 0))
    hdr += struct.pack("<109I", *([i for i in range(fat_sectors)] + [0xFFFFFFFF] * (109 - fat_sectors)))
    body = d + mfat_bytes + mini.ljust(-(-len(mini) // ss) * ss, b"\0")
    for k in big:
        body += entries[k]["data"].ljust(-(-len(entries[k]["data"]) // ss) * ss, b"\0")
    return hdr + struct.pack(f"<{len(fat)}I", *fat) + body


def msg_props(fixed, top):
    """A __properties_version1.0 stream: the header (32 bytes for a message,
    8 for an attachment), then 16 bytes a property: tag, flags, value."""
    out = b"\0" * (32 if top else 8)
    for pid, ptype, value in fixed:
        out += struct.pack("<II", pid << 16 | ptype, 6) + value.ljust(8, b"\0")
    return out


def msg_str(pid, text):
    return (f"__substg1.0_{pid:04X}001F", text.encode("utf-16-le"))


def build_lincolnshire_msg():
    """An Outlook .msg as a journalist drags it out of Outlook: the covering
    note in the body (who and which years the attachment counts), a CSV
    attached (a table with no people and no period of its own), the force's
    logo shown in the body (a picture with a Content-ID: part of the message,
    no file it carries) and an earlier message attached whole (listed, not
    opened). Dates as FILETIMEs in the property stream. (The lead's .msg
    reader, round 22: the same reading as a saved .eml.)"""
    import datetime
    src = "lincolnshire/RE FOI 001532-26 allegations against officers.msg"
    csv_text = ("Allegation type,Dismissed,Final written warning,Management action,No case to answer,Total\r\n"
                "Sexual harassment,2,1,3,4,10\r\n"
                "Abuse of position for a sexual purpose,3,0,1,2,6\r\n")
    note = ("Dear Ms Patel,\r\n\r\nFreedom of Information request 001532/26\r\n\r\n"
            "Please find attached the information you asked for. The attached table counts allegations "
            "made against police officers, including special constables, in the financial year 2024/25 "
            "(1 April 2024 to 31 March 2025), by the outcome of each allegation.\r\n\r\n"
            "Kind regards,\r\n\r\nFreedom of Information Team\r\nLincolnshire Police\r\n")
    ft = int((datetime.datetime(2026, 11, 20, 14, 5, 0) - datetime.datetime(1601, 1, 1)).total_seconds()) * 10000000
    logo = bytes.fromhex("89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000D4944415478"
                         "9C6360000000000500010D0A2DB40000000049454E44AE426082")
    inner = [("__properties_version1.0", msg_props([], True)), msg_str(0x0037, "FOI 001532/26 acknowledgement"),
             msg_str(0x1000, "We have received your request.")]
    root = [("__nameid_version1.0", [("__substg1.0_00020102", b""), ("__substg1.0_00030102", b""),
                                     ("__substg1.0_00040102", b"")]),
            ("__properties_version1.0", msg_props([(0x0039, 0x0040, struct.pack("<Q", ft)),
                                                   (0x0E06, 0x0040, struct.pack("<Q", ft))], True)),
            msg_str(0x0037, "RE: FOI 001532/26 - allegations against officers"),
            msg_str(0x0C1A, "Freedom of Information Team"),
            msg_str(0x0C1F, "foi@lincs.police.example"),
            msg_str(0x0E04, "Priya Patel"),
            msg_str(0x1000, note),
            ("__attach_version1.0_#00000000", [
                ("__properties_version1.0", msg_props([(0x3705, 0x0003, struct.pack("<I", 1))], False)),
                msg_str(0x3707, "FOI 001532-26 outcomes 2024-25.csv"), msg_str(0x3704, "FOI0015~1.CSV"),
                msg_str(0x370E, "text/csv"),
                ("__substg1.0_37010102", csv_text.encode())]),
            ("__attach_version1.0_#00000001", [
                ("__properties_version1.0", msg_props([(0x3705, 0x0003, struct.pack("<I", 1)),
                                                       (0x7FFE, 0x000B, b"\1")], False)),
                msg_str(0x3707, "image001.png"), msg_str(0x370E, "image/png"),
                msg_str(0x3712, "image001.png@01DB5A2C.7E1F3C20"),
                ("__substg1.0_37010102", logo)]),
            ("__attach_version1.0_#00000002", [
                ("__properties_version1.0", msg_props([(0x3705, 0x0003, struct.pack("<I", 5))], False)),
                msg_str(0x3001, "FOI 001532/26 acknowledgement"),
                ("__substg1.0_3701000D", inner)])]
    path = os.path.join(OFFICE, src)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(cfb_tree(root))
    cats = [("sexual_harassment", [2, 1, 3, 4, 10]), ("abuse_of_position_sexual", [3, 0, 1, 2, 6])]
    outs = ["dismissed", "final_written_warning", "management_action", "no_case_to_answer", "total"]
    for cat, vals in cats:
        for o, v in zip(outs, vals):
            key(src, "lincolnshire", "2024-04-01", "2025-03-31", cat, "allegations", "officers", o, v)


def build_west_mercia_pack():
    """A disclosure pack as a portal hands it out: one .zip holding a folder
    with the Word letter (it defines the mark its spreadsheet shows, "'*',
    which means a number from 1 to 2", withheld under section 40(2), and
    says the figures are in the accompanying spreadsheet, naming none), the
    workbook (outcomes by people, no period and no mark explained in it), a
    logo, an older pack zipped inside (not opened), a README listing the
    files, and a Mac's __MACOSX folder. The letter covers the pack's files:
    the workbook takes its period and its mark. (The lead's archive reader:
    a pack is read as the folder it was made from.)"""
    import tempfile
    src = "west-mercia/WMP FOI 26-4127 disclosure pack.zip"
    letter = [w_p("West Mercia Police", "Heading1"),
              w_p("Freedom of Information request 26-4127", bold=True),
              w_p("You asked: please tell me the number of allegations of sexual misconduct and sexual "
                  "harassment made against police officers and police staff in the financial year 2024/25 "
                  "(1 April 2024 to 31 March 2025), and the outcome of each."),
              w_p("West Mercia Police holds this information. The figures are set out in the accompanying "
                  "spreadsheet, by outcome, for police officers and police staff separately."),
              w_p("Where fewer than three allegations had one outcome the figure is shown as '*', which means "
                  "a number from 1 to 2; those figures are withheld under section 40(2) of the Act, as they "
                  "could identify the people concerned."),
              w_p("Yours sincerely,"), w_p("Information Compliance Unit")]
    b = Book()
    sh = b.sheet("Outcomes")
    bold = b.style(bold=True)
    put(sh, 1, 1, "s", "Allegations by outcome", bold)
    heads = ["Allegation type", "Outcome", "Police officers", "Police staff"]
    for c, h in enumerate(heads, 1):
        put(sh, 3, c, "s", h, bold)
    data = [("Sexual misconduct", "sexual_misconduct", [("Dismissed", "dismissed", 4, "*"),
                                                         ("Written warning", "written_warning", "*", 3),
                                                         ("No case to answer", "no_case_to_answer", 6, 0)]),
            ("Sexual harassment", "sexual_harassment", [("Dismissed", "dismissed", 0, 0),
                                                         ("Management action", "management_action", 5, "*"),
                                                         ("Under investigation", "ongoing", 7, 4)])]
    r = 4
    fy = ("2024-04-01", "2025-03-31")
    for label, cat, rows in data:
        for out_label, out, off, stf in rows:
            put(sh, r, 1, "s", label)
            put(sh, r, 2, "s", out_label)
            for c, (v, who) in enumerate([(off, "officers"), (stf, "staff")], 3):
                if v == "*":
                    put(sh, r, c, "s", "*")
                    key(src, "west-mercia", *fy, cat, "allegations", who, out, (1, 2), "suppressed", "s40(2)")
                else:
                    put(sh, r, c, "n", v)
                    key(src, "west-mercia", *fy, cat, "allegations", who, out, v)
            r += 1
    with tempfile.TemporaryDirectory() as tmp:
        docx(os.path.join(tmp, "l.docx"), "".join(letter))
        b.save(os.path.join(tmp, "w.xlsx"))
        write_zip(os.path.join(tmp, "old.zip"), [("FOI 25-1101 response.txt", "An earlier answer.\n")])
        parts = []
        for name, tmpname in [("FOI 26-4127/FOI 26-4127 response letter.docx", "l.docx"),
                              ("FOI 26-4127/FOI 26-4127 data.xlsx", "w.xlsx"),
                              ("FOI 26-4127/previous release FOI 25-1101.zip", "old.zip")]:
            with open(os.path.join(tmp, tmpname), "rb") as f:
                parts.append((name, f.read()))
    logo = bytes.fromhex("89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000D4944415478"
                         "9C6360000000000500010D0A2DB40000000049454E44AE426082")
    readme = ("West Mercia Police - disclosure log\r\nFOI 26-4127, published 27 November 2026\r\n\r\n"
              "Files in this pack:\r\n  FOI 26-4127 response letter.docx\r\n  FOI 26-4127 data.xlsx\r\n"
              "  previous release FOI 25-1101.zip\r\n")
    write_zip(os.path.join(OFFICE, src), [("FOI 26-4127/", "")] + parts[:2] +
              [("FOI 26-4127/wmp-logo.png", logo), parts[2], ("FOI 26-4127/README.txt", readme),
               ("__MACOSX/FOI 26-4127/._FOI 26-4127 data.xlsx", "mac resource fork")])


def build_dorset_zipped_email():
    """An e-mail saved from the mail program whose answer is a zip file of
    CSVs (the tables and a readme): the message says whom and which year the
    tables count (police staff, calendar year 2025); the zip's files are
    read as a pack's, the message their covering letter. (The lead's
    zipped-attachment reading.)"""
    import base64
    src = "dorset/RE FOI 2026-0788 staff allegations.eml"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in [("FOI 2026-0788/Outcomes.csv",
                            "Outcome,Sexual misconduct,Sexual harassment\r\nDismissed,1,0\r\n"
                            "Final written warning,2,1\r\nNo case to answer,3,4\r\nTotal,6,5\r\n"),
                           ("FOI 2026-0788/readme.txt", "Tables produced by the Professional Standards "
                            "Department for FOI 2026-0788.\r\n")]:
            zi = zipfile.ZipInfo(name, STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    enc = base64.encodebytes(buf.getvalue()).decode().replace("\n", "\r\n")
    msg = ("From: Dorset Police Disclosure <disclosure@dorset.police.example>\r\n"
           "To: Sam Reed <sam.reed@example.org>\r\nDate: Mon, 23 Nov 2026 10:12:00 +0000\r\n"
           "Subject: RE: FOI 2026-0788 staff allegations\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
           "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "Dear Mr Reed,\r\n\r\nFreedom of Information request 2026-0788\r\n\r\n"
           "Please find attached a zip file of the tables you asked for. They count allegations made "
           "against police staff in the calendar year 2025, by the outcome of each allegation.\r\n\r\n"
           "Yours sincerely,\r\n\r\nDisclosure Team\r\nDorset Police\r\n"
           "--b1\r\nContent-Type: application/zip; name=\"FOI 2026-0788 tables.zip\"\r\n"
           "Content-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename=\"FOI 2026-0788 tables.zip\"\r\n\r\n" + enc +
           "--b1--\r\n")
    path = os.path.join(OFFICE, src)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write(msg)
    cy = ("2025-01-01", "2025-12-31")
    outs = ["dismissed", "final_written_warning", "no_case_to_answer", "total"]
    for cat, vals in [("sexual_misconduct", [1, 2, 3, 6]), ("sexual_harassment", [0, 1, 4, 5])]:
        for o, v in zip(outs, vals):
            key(src, "dorset", *cy, cat, "allegations", "staff", o, v)


def zip_raw_entry(name, raw, size_decl, crc=None):
    """A one-entry deflated zip with sizes written by hand (size_decl: the
    uncompressed size the headers claim)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = comp.compress(raw) + comp.flush()
    crc = zlib.crc32(raw) if crc is None else crc
    n = name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x2821, crc, len(body), size_decl, len(n), 0) + n
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x2821, crc, len(body), size_decl,
                          len(n), 0, 0, 0, 0, 0, 0) + n
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local) + len(body), 0)
    return local + body + central + end


def build_bad():
    os.makedirs(BAD, exist_ok=True)
    ct = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sheet.main+xml"/></Types>')
    wbx = (XML + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/>'
           "</sheets></workbook>")
    wrels = (XML + f'<Relationships xmlns="{NS_PKG}"><Relationship Id="rId1" Type="{REL}worksheet" '
             'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="' + REL +
             'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    sheet = XML + f'<worksheet xmlns="{NS_MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
    # 1. a zip bomb: a sheet of 60 MB of blanks inside valid XML (deflate ~1000:1)
    bomb = (XML + f'<worksheet xmlns="{NS_MAIN}"><sheetData>').encode() + b" " * (60 << 20) + b"</sheetData></worksheet>"
    write_zip(os.path.join(BAD, "office-zip-bomb.xlsx"),
              [("[Content_Types].xml", ct), ("xl/workbook.xml", wbx), ("xl/_rels/workbook.xml.rels", wrels),
               ("xl/worksheets/sheet1.xml", bomb)])
    # 1b. a disclosure pack one of whose files is a zip bomb (60 MB of blanks
    # as a CSV): that file is lost with its reason, the pack's other file read
    write_zip(os.path.join(BAD, "pack-bomb-member.zip"),
              [("Table 1.csv", "Allegation type,2024/25\r\nSexual harassment,4\r\n"),
               ("Table 2.csv", b"Outcome,Total\r\n" + b" " * (60 << 20))])
    # 2. an entry whose headers declare 2,000 bytes but that inflates to 8 MB
    raw = b"<x>" + b"a" * (8 << 20) + b"</x>"
    with open(os.path.join(BAD, "office-declared-small.xlsx"), "wb") as f:
        f.write(zip_raw_entry("[Content_Types].xml", raw, 2000))
    # 3. an entity bomb in the shared strings
    lol = ('<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">' +
           "".join(f'<!ENTITY {chr(98 + i)} "&{chr(97 + i)};&{chr(97 + i)};&{chr(97 + i)};&{chr(97 + i)};'
                   f'&{chr(97 + i)};&{chr(97 + i)};&{chr(97 + i)};&{chr(97 + i)};&{chr(97 + i)};&{chr(97 + i)};">'
                   for i in range(9)) +
           f']>\n<sst xmlns="{NS_MAIN}"><si><t>&j;</t></si></sst>')
    write_zip(os.path.join(BAD, "office-entity-bomb.xlsx"),
              [("[Content_Types].xml", ct), ("xl/workbook.xml", wbx), ("xl/_rels/workbook.xml.rels", wrels),
               ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", lol)])
    # 4. an encrypted (password-protected) workbook: an OLE2 file with the encrypted package
    with open(os.path.join(BAD, "office-encrypted.xlsx"), "wb") as f:
        f.write(cfb([("EncryptionInfo", b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"\0" * 200),
                     ("EncryptedPackage", struct.pack("<Q", 5000) + os.urandom(0) + b"\x5a" * 5000)]))
    # 5. a Word 97 document
    with open(os.path.join(BAD, "office-word97.doc"), "wb") as f:
        f.write(cfb([("WordDocument", b"\xec\xa5\xc1\x00" + b"\0" * 1000), ("1Table", b"\0" * 600)]))
    # 5b. an Outlook message (.msg): an OLE2 file with the MAPI property streams
    outlook_msg()
    # 6. a workbook cut short, and one with a damaged entry
    good = os.path.join(OFFICE, "northumbria/FOI 2024-0031 data.csv")
    data = open(good, "rb").read()
    with open(os.path.join(BAD, "office-truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(buf, "w") as zout:
        for zi in zin.infolist():
            zout.writestr(zi, zin.read(zi.filename))
    damaged = bytearray(buf.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(damaged))) as z:
        zi = z.getinfo("xl/worksheets/sheet1.xml")
        off = zi.header_offset + 30 + len(zi.filename) + len(zi.extra)
    for k in range(off + 20, off + 60):
        damaged[k] ^= 0x55
    with open(os.path.join(BAD, "office-corrupt-entry.xlsx"), "wb") as f:
        f.write(bytes(damaged))
    # 7. a zip that is no office document and holds no file: a folder and a
    # Mac's resource fork (a plain zip of files is a disclosure pack, read
    # file by file: fixtures/office/west-mercia)
    write_zip(os.path.join(BAD, "office-plain.zip"), [("notes/", ""), ("__MACOSX/notes/._a.txt", "junk\n")])
    # 8. tables nested 80 deep in a Word document
    inner = w_p("deep")
    for _ in range(80):
        inner = w_tbl([w_tr([w_tc(inner)])], 1)
    docx(os.path.join(BAD, "office-nested-tables.docx"), inner)
    # 9. an Excel 97 workbook with a password (a FILEPASS record)
    import xlwt
    wb = xlwt.Workbook()
    wb.add_sheet("S").write(0, 0, "x")
    bio = io.BytesIO()
    wb.save(bio)
    x = bytearray(bio.getvalue())
    at = x.find(b"\x5c\x00\x70\x00")   # WRITEACCESS becomes FILEPASS
    assert at > 0
    x[at:at + 2] = b"\x2f\x00"
    with open(os.path.join(BAD, "office-xls-password.xls"), "wb") as f:
        f.write(bytes(x))


def build_seeds():
    """Seed corpora of the office fuzz targets (tests/fuzz/seeds/<target>/), from the
    fixtures above: the harness takes one part (the first byte picks which) or the
    whole file."""
    seeds = os.path.join(ROOT, "tests", "fuzz", "seeds")

    def seed(target, name, data):
        d = os.path.join(seeds, target)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)

    def part(path, name):
        with zipfile.ZipFile(os.path.join(ROOT, path)) as z:
            return z.read(name)
    nor = "fixtures/office/norfolk/NOR-FOI-2023-0114 workbook.xlsx"
    suf = "fixtures/office/suffolk/SUF-2023-771 monthly.xlsx"
    seed("xlsx", "workbook.xml", b"\x00" + part(nor, "xl/workbook.xml"))
    seed("xlsx", "styles.xml", b"\x01" + part(nor, "xl/styles.xml"))
    seed("xlsx", "sharedStrings.xml", b"\x02" + part(suf, "xl/sharedStrings.xml"))
    seed("xlsx", "sheet-merged-hidden.xml", b"\x03" + part(nor, "xl/worksheets/sheet2.xml"))
    seed("xlsx", "sheet-1904-formulas.xml", b"\x03" + part(suf, "xl/worksheets/sheet1.xml"))
    dor = "fixtures/office/dorset/FOI-2023-0456 response.docx"
    seed("docx", "document.xml", b"\x00" + part(dor, "word/document.xml"))
    seed("docx", "styles.xml", b"\x01" + part(dor, "word/styles.xml"))
    seed("docx", "numbering.xml", b"\x02" + part(dor, "word/numbering.xml"))
    seed("docx", "footnotes.xml", b"\x03" + part(dor, "word/footnotes.xml"))
    seed("ods", "sheet-repeats.xml", b"\x00" + part("fixtures/office/gwent/FOI 23-0812 spreadsheet.ods", "content.xml"))
    seed("ods", "text-table-note.xml", b"\x01" + part("fixtures/office/derbyshire/FOI 004519 reply.odt", "content.xml"))
    seed("ods", "empty.xml", b"\x00")
    for path in ["fixtures/office/northumbria/FOI 2024-0031 data.csv", "fixtures/office/gwent/FOI 23-0812 spreadsheet.ods",
                 "fixtures/office/derbyshire/FOI 004519 reply.odt", "fixtures/bad/office-truncated.xlsx",
                 "fixtures/bad/office-corrupt-entry.xlsx", "fixtures/bad/office-declared-small.xlsx"]:
        with open(os.path.join(ROOT, path), "rb") as f:
            seed("zip", os.path.basename(path).replace(" ", "-"), f.read())
    for path in ["fixtures/office/cleveland/CLE-FOI-1205-22.xls", "fixtures/bad/office-xls-password.xls",
                 "fixtures/bad/office-word97.doc", "fixtures/bad/office-encrypted.xlsx",
                 "fixtures/office/lincolnshire/RE FOI 001532-26 allegations against officers.msg",
                 "fixtures/bad/office-outlook.msg"]:
        with open(os.path.join(ROOT, path), "rb") as f:
            seed("xls", os.path.basename(path).replace(" ", "-"), f.read())


def outlook_msg():
    """fixtures/bad/office-outlook.msg: an Outlook message (an OLE2 compound file holding
    __properties_version1.0, __nameid_version1.0 and __substg1.0_* property streams) with a
    subject and no body in plain text or HTML (as when only its rich text is kept): a clear error."""
    subject = "RE: FOI 26-0042".encode("utf-16-le")
    with open(os.path.join(BAD, "office-outlook.msg"), "wb") as f:
        f.write(cfb([("__properties_version1.0", b"\0" * 32), ("__nameid_version1.0", b"\0" * 16),
                     ("__substg1.0_0037001F", subject)]))


def build_north_yorkshire_grouped():
    """XLSX: per type a bold summary row of =SUM formulas (cached values) over its two
    outline-grouped detail rows, "Officers" and "Police staff" (outlineLevel 1, not hidden,
    summary above), under one column headed "Category / workforce"; calendar years across and
    a "Change 2024 to 2025 (%)" column (no count). (Round 22 part B, after blind22's
    Northumbria: a row of people under a category's row is that category's.)"""
    src = "north-yorkshire/NYP FOI 0822-26 grouped.xlsx"
    b = Book()
    bold = b.style(0, True)
    s = b.sheet("Allegations")
    s["outline"] = {}
    put(s, 1, 1, "s", "North Yorkshire Police - FOI 0822/26 - misconduct allegations against officers and staff "
                      "by calendar year", bold)
    heads = ["Category / workforce", "2023", "2024", "2025", "Change 2024 to 2025 (%)"]
    for j, h in enumerate(heads, 1):
        put(s, 3, j, "s", h, bold)
    years = [("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-12-31"), ("2025-01-01", "2025-12-31")]
    data = [("Sexual harassment", "sexual_harassment", [7, 9, 4], [2, 1, 3]),
            ("Sexual assault", "sexual_assault", [3, 2, 5], [0, 2, 1]),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [2, 0, 1], [1, 1, 0])]
    r = 4
    for label, cat, off, stf in data:
        put(s, r, 1, "s", label, bold)
        for j in range(3):
            col = col_letters(2 + j)
            put(s, r, 2 + j, "f", (f"SUM({col}{r + 1}:{col}{r + 2})", off[j] + stf[j]), bold)
            key(src, "north-yorkshire", *years[j], cat, "allegations", "officers_and_staff", "total", off[j] + stf[j])
        a, z = off[1] + stf[1], off[2] + stf[2]
        put(s, r, 5, "s", f"{100 * (z - a) / a:.1f}%" if a else "-", bold)
        for k, (who, subj, vals) in enumerate((("Officers", "officers", off), ("Police staff", "staff", stf)), 1):
            s["outline"][r + k] = 1
            put(s, r + k, 1, "s", who)
            for j, v in enumerate(vals):
                put(s, r + k, 2 + j, "n", v)
                key(src, "north-yorkshire", *years[j], cat, "allegations", subj, "total", v)
        r += 3
    put(s, r + 1, 1, "s", "The rows under each category can be collapsed; its own row is the sum of them.")
    b.save(os.path.join(OFFICE, src))


def main():
    build_norfolk()
    build_suffolk()
    build_northumbria()
    build_gwent()
    build_derbyshire()
    build_dorset()
    build_humberside_nested()
    build_sussex_footnotes()
    build_wiltshire_masked()
    build_lincolnshire_tabs()
    build_cleveland()
    build_leicestershire()
    build_cumbria_notes_below()
    build_lincolnshire_msg()
    build_bedfordshire_marks()
    build_north_yorkshire_layout()
    build_norfolk_long_totals()
    build_north_yorkshire_grouped()
    build_warwickshire_rtf()
    build_west_mercia_pack()
    build_dorset_zipped_email()
    # rows of files other scripts write into the set (make_round22a_fixtures.py keys its own) are
    # kept as they are, after this script's
    path = os.path.join(OFFICE, "expected.csv")
    ours = {row[0] for row in KEY}
    kept = []
    if os.path.exists(path):
        with open(path, newline="", encoding="utf-8") as f:
            kept = [row for row in list(csv.reader(f))[1:] if row and row[0] not in ours]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source_file", "force_id", "period_start", "period_end", "category", "measure", "subject",
                    "outcome", "value", "value_status", "value_min", "value_max", "exemption"])
        for row in sorted(KEY):
            w.writerow(row)
        w.writerows(kept)
    build_bad()
    build_seeds()
    print(f"office fixtures: {len(KEY)} keyed figures in fixtures/office/expected.csv; hostile files in fixtures/bad/")


if __name__ == "__main__":
    sys.exit(main())
