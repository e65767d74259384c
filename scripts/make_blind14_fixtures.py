#!/usr/bin/python3
"""make_blind14_fixtures.py (make_blind14.py) -- regenerate the fourteenth blind test batch for `foi` and its answer key.

A new request, sent on 2 November 2026: for each calendar year 2022, 2023, 2024 and 2025 to date
(1 January - 31 October 2025): (1) allegations of sexual misconduct, sexual harassment and abuse of
position for a sexual purpose against police officers, special constables and police staff, by
outcome; (2) how many of the officers concerned were suspended or placed on restricted duties.
Fourteen forces answer, in the office formats no earlier blind batch had: legacy Excel (.xls),
OpenDocument (.ods, .odt), plus PDF, DOCX, HTML and a plain-text letter.  The machinery (F/L/N accounting, writers, check)
is blindkit.py beside this script; keying calls are in fixtures/blind14/NOTES.md.

usage: /usr/bin/python3 make_blind14.py             # rebuild fixtures/blind14 (or $FOI_BLIND14_OUT) (responses + expected.csv)
       /usr/bin/python3 make_blind14.py check       # verify determinism and every number
       /usr/bin/python3 make_blind14.py dump FILE   # show FILE (relative to fixtures/blind14 (or $FOI_BLIND14_OUT)) as read back
"""
import io
import os
import random
import re
import struct
import sys
import textwrap
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from xls_readback import col_ref, xls_text  # noqa: E402,F401
from blindkit import (F, N, L, KEY, CY, MON, SPAN, SUP, NCND, NH, P, S, styles,  # noqa: E402
                      grid_style, pdf_letter, E, html_page, write_text, docx_new, docx_save,
                      docx_cell, docx_shade, docx_header_footer, docx_heading, rights)

FINAL = Path(os.environ.get("FOI_BLIND14_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind14").resolve()
bk.ROOT = FINAL      # where builders write; `check` points it at a scratch folder

SM, SH, AP = "sexual_misconduct", "sexual_harassment", "abuse_of_position_sexual"
CATS = (SM, SH, AP)
CL = {SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose"}
YRS = (2022, 2023, 2024, 2025)
P25 = ("2025-01-01", "2025-10-31")
PER = {2022: CY(2022), 2023: CY(2023), 2024: CY(2024), 2025: P25}
SPAN14 = SPAN(CY(2022), P25)
REQ_DATE = "2 November 2026"
REQUEST14 = ("Please provide, for each calendar year 2022, 2023, 2024 and 2025 to date (1 January - "
             "31 October 2025): (1) the number of allegations of sexual misconduct, sexual "
             "harassment and abuse of position for a sexual purpose made against police officers, "
             "special constables and police staff, broken down by the outcome, including any "
             "still under investigation; and (2) how many of the officers concerned were suspended "
             "or placed on restricted duties.")
SPEC_NK = "special constables: no subject for them in the key (blind12 call 2)"
Q2_ALL = "part 2 count across all allegation types: no category (blind11 call 3)"
HIDDEN = "hidden content (stale data): not keyed"
WORDS = bk.WORDS

O_D = ("Dismissed", "dismissed")
O_RBH = ("Resigned before hearing", "resigned_or_retired")
O_F = ("Final written warning", "final_written_warning")
O_WW = ("Written warning", "written_warning")
O_RP = ("Reflective practice", "management_action")
O_N = ("No case to answer", "no_case_to_answer")
O_NFA = ("No further action", "no_further_action")
O_WD = ("Withdrawn", "withdrawn")
O_SUI = ("Still under investigation", "ongoing")
O_ON = ("Ongoing", "ongoing")
O_SJ = ("Sub judice", "ongoing")


def request14():
    return N(REQUEST14, "the years and dates of the request; question numbers")


def rng(name):
    return random.Random("blind14-" + name)


def gen(name, cats, outs, subjects, hi=4, years=YRS):
    r = rng(name)
    d = {}
    for c in cats:
        for _, oc in outs:
            for y in years:
                for s in subjects:
                    h = hi if s not in ("staff", "specials") else max(1, hi // 2)
                    if c == AP:
                        h = max(1, h // 2)
                    v = r.randint(0, h)
                    if oc == "ongoing":
                        v = r.randint(0, 1) if y < 2024 else r.randint(1, h + 2)
                    d[(c, oc, y, s)] = v
    return d


def tot(d, c, y, s, outs):
    return sum(d[(c, oc, y, s)] for _, oc in outs)


def ps(name, font="Helvetica", size=9, leading=None, align=0):
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.2,
                          alignment=align)


def furniture_fn(left, right_fmt="Page {p} of {n}", top="OFFICIAL", why="address"):
    from reportlab.lib.units import mm

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        if top:
            c.drawCentredString(105 * mm, 289 * mm, top)
        c.drawString(20 * mm, 10 * mm, N(left, why))
        c.drawRightString(190 * mm, 10 * mm, N(right_fmt.format(p=p, n=n), "page numbers"))
    return furniture


# =========================================================================== writers of our own


FIXED = (2026, 11, 20, 9, 0, 0)


def zip_write(src, parts):
    """A zip whose first member (mimetype) is stored, the rest deflated, with fixed times."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(parts):
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_STORED if i == 0 else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    bk.write_bytes(src, buf.getvalue())


XMLH = '<?xml version="1.0" encoding="UTF-8"?>\n'
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3"')
ODS_STYLES = ('<office:automatic-styles>'
              '<style:style style:name="ta1" style:family="table"><style:table-properties '
              'table:display="true"/></style:style>'
              '<style:style style:name="ta2" style:family="table"><style:table-properties '
              'table:display="false"/></style:style>'
              '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
              'fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>'
              '<style:style style:name="ce1" style:family="table-cell"><style:text-properties '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="ce2" style:family="table-cell"><style:table-cell-properties '
              'fo:background-color="#dde8cb" fo:border="0.06pt solid #000000"/><style:text-properties '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="ce3" style:family="table-cell"><style:table-cell-properties '
              'fo:border="0.06pt solid #000000"/></style:style>'
              '</office:automatic-styles>')


def odf_meta(author, title):
    return (XMLH + f'<office:document-meta {ODF_NS}><office:meta>'
            f'<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/'
            f'e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>'
            f'<dc:title>{escape(title)}</dc:title><meta:initial-creator>{escape(author)}'
            f'</meta:initial-creator><dc:creator>{escape(author)}</dc:creator>'
            f'<meta:creation-date>2026-11-20T09:00:00</meta:creation-date>'
            f'<dc:date>2026-11-20T09:00:00</dc:date></office:meta></office:document-meta>')


def odf_save(src, mimetype, content, author, title):
    manifest = (XMLH + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
                'xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry '
                f'manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
                '"text/xml"/><manifest:file-entry manifest:full-path="styles.xml" '
                'manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path='
                '"meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    stl = XMLH + f"<office:document-styles {ODF_NS}><office:styles/></office:document-styles>"
    zip_write(src, [("mimetype", mimetype), ("content.xml", content), ("styles.xml", stl),
                    ("meta.xml", odf_meta(author, title)), ("META-INF/manifest.xml", manifest)])


def ods_cell(v, style=None, span=None):
    """A cell: None (empty), an int (float cell), or text."""
    a = []
    if style:
        a.append(f'table:style-name="{style}"')
    if span:
        a.append(f'table:number-columns-spanned="{span[0]}" '
                 f'table:number-rows-spanned="{span[1]}"')
    if v is None:
        return f'<table:table-cell {" ".join(a)}/>'.replace(" />", "/>")
    if isinstance(v, int):
        a.append(f'office:value-type="float" office:value="{v}" calcext:value-type="float"')
    else:
        a.append('office:value-type="string" calcext:value-type="string"')
    return f'<table:table-cell {" ".join(a)}><text:p>{escape(str(v))}</text:p></table:table-cell>'


def ods_save(src, sheets, author, title, ncols=None):
    """sheets: [(name, rows, hidden)], rows: [(cells, hidden_row)]; a cell is None, an int, text,
    or a dict {v, style, span=(cols, rows)}; cells covered by a span are given as "COVERED".
    As LibreOffice writes it: each row padded to column 1024 with one repeated empty cell, the
    sheet closed by a row repeated to row 1048576."""
    tabs = []
    for name, rows, hidden in sheets:
        width = max(len(c) for c, _ in rows)
        out = [f'<table:table table:name={quoteattr(name)} table:style-name="'
               f'{"ta2" if hidden else "ta1"}"><table:table-column '
               f'table:number-columns-repeated="{width}"/>'
               f'<table:table-column table:number-columns-repeated="{1024 - width}"/>']
        for cells, hid in rows:
            xs = []
            for c in cells:
                if c == "COVERED":
                    xs.append("<table:covered-table-cell/>")
                elif isinstance(c, dict):
                    xs.append(ods_cell(c["v"], c.get("style"), c.get("span")))
                else:
                    xs.append(ods_cell(c, "ce3" if c is not None else None))
            xs.append(f'<table:table-cell table:number-columns-repeated="{1024 - len(cells)}"/>')
            vis = ' table:visibility="collapse"' if hid else ""
            out.append(f'<table:table-row table:style-name="ro1"{vis}>' + "".join(xs)
                       + "</table:table-row>")
        out.append(f'<table:table-row table:style-name="ro1" table:number-rows-repeated='
                   f'"{1048576 - len(rows)}"><table:table-cell table:number-columns-repeated='
                   f'"1024"/></table:table-row></table:table>')
        tabs.append("".join(out))
    ns = ODF_NS + ' xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
    content = (XMLH + f"<office:document-content {ns}>" + ODS_STYLES +
               "<office:body><office:spreadsheet>" + "".join(tabs) +
               "</office:spreadsheet></office:body></office:document-content>")
    odf_save(src, "application/vnd.oasis.opendocument.spreadsheet", content, author, title)


def H(v, span=None):
    return {"v": v, "style": "ce2", "span": span}


def B(v, span=None):
    return {"v": v, "style": "ce1", "span": span}


def xls_save(wb, src):
    p = bk.dest(src)
    wb.save(str(p))


# =========================================================================== read-back of our formats


TNS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
XNS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
SNS = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"


def ods_text(p):
    """Every sheet (hidden ones marked), every non-empty cell as "[A1] text"; hidden rows are read
    too (their numbers must be declared non-figures)."""
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(p) as z:
        root = ET.fromstring(z.read("content.xml"))
    hidden_styles = {s.get(SNS + "name") for s in root.iter(SNS + "style")
                     if any(tp.get(TNS + "display") == "false"
                            for tp in s.iter(SNS + "table-properties"))}
    out = []
    for t in root.iter(TNS + "table"):
        state = "hidden" if t.get(TNS + "style-name") in hidden_styles else "visible"
        out.append(f"[sheet {t.get(TNS + 'name')!r} state={state}]")
        r = 0
        for row in t.iter(TNS + "table-row"):
            rep = int(row.get(TNS + "number-rows-repeated", "1"))
            c = 0
            for cell in row:
                n = int(cell.get(TNS + "number-columns-repeated", "1"))
                txt = "\n".join("".join(x.itertext()) for x in cell.iter(XNS + "p"))
                if txt:
                    assert n < 50 and rep == 1, "repeated non-empty cell"
                    for k in range(n):
                        out.append(f"[{col_ref(c + k)}{r + 1}] {txt}")
                c += n
            r += rep
    return "\n".join(out)


def odt_text(p):
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(p) as z:
        root = ET.fromstring(z.read("content.xml"))
    return "\n".join("".join(x.itertext()) for x in root.iter()
                     if x.tag in (XNS + "p", XNS + "h"))


def read14(path):
    p = Path(path)
    suf = p.suffix.lower()
    if suf == ".xls":
        return xls_text(p)
    if suf == ".ods":
        return ods_text(p)
    if suf == ".odt":
        return odt_text(p)
    return bk.read_back(p)


# =========================================================================== XLS (xlwt)


def xstyles():
    import xlwt
    title = xlwt.easyxf("font: bold on, height 260")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour pale_blue; "
                      "borders: left thin, right thin, top thin, bottom thin; "
                      "alignment: wrap on, vert centre, horiz centre")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin")
    num = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                      "alignment: horiz centre")
    bold = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin")
    boldnum = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                          "alignment: horiz centre")
    ind = xlwt.easyxf("alignment: indent 1")
    plain = xlwt.easyxf("")
    return dict(title=title, hdr=hdr, cell=cell, num=num, bold=bold, boldnum=boldnum, ind=ind,
                plain=plain)


def xput(ws, r, c, text, st):
    """Write a figure's printed text: a number cell when it is digits, else a text cell."""
    ws.write(r, c, int(text) if re.fullmatch(r"\d+", text) else text, st)


def build_cumbria():
    """Cumbria Constabulary XLS: one sheet per year (title row names the year, the 2025 sheet
    "to 31 October 2025"); categories merged over Police officer / Police staff rows, outcomes as
    columns, typed Total; one Total typed wrong; a hidden sheet with a stale 2022 extract."""
    import xlwt
    src = "cumbria/FOI 2025-1187.xls"
    KEY.file(src, "cumbria")
    X = xstyles()
    outs = [O_D, O_RBH, O_F, O_WW, O_RP, O_N, O_SUI]
    d = gen("cumbria", CATS, outs, ["officers", "staff"], hi=3)
    wb = xlwt.Workbook(encoding="utf-8")
    names = {2022: "2022", 2023: "2023", 2024: "2024", 2025: "2025 to 31 Oct"}
    titles = {2022: "calendar year 2022", 2023: "calendar year 2023", 2024: "calendar year 2024",
              2025: "1 January to 31 October 2025"}
    for y in YRS:
        ws = wb.add_sheet(N(names[y], "sheet name: year"))
        ws.write_merge(0, 0, 0, 9, N(f"Cumbria Constabulary \u2013 allegations of sexual misconduct, "
                                     f"sexual harassment and abuse of position for a sexual purpose, "
                                     f"{titles[y]}", "title: period"), X["title"])
        ws.write(1, 0, N("FOI reference 2025/1187", "reference"), X["plain"])
        heads = ["Allegation type", "Employee"] + [o for o, _ in outs] + ["Total"]
        for j, h in enumerate(heads):
            ws.write(3, j, h, X["hdr"])
        r = 4
        for c in CATS:
            ws.write_merge(r, r + 1, 0, 0, CL[c], X["bold"])
            for s, sl in (("officers", "Police officer"), ("staff", "Police staff")):
                ws.write(r, 1, sl, X["cell"])
                for j, (_, oc) in enumerate(outs):
                    xput(ws, r, 2 + j, F(c, oc, d[(c, oc, y, s)], PER[y], subject=s), X["num"])
                t = tot(d, c, y, s, outs)
                if (c, y, s) == (SH, 2023, "officers"):
                    t += 1                # typed one above its outcomes: keyed as stated
                xput(ws, r, 2 + len(outs), F(c, "total", t, PER[y], subject=s), X["boldnum"])
                r += 1
        ws.write(r + 1, 0, "Notes", X["bold"])
        ws.write(r + 2, 0, "Figures are allegations recorded in the period, with the outcome as at "
                 + N("14 November 2026.", "date"), X["plain"])
        ws.write(r + 3, 0, "Special constables are included with police officers.", X["plain"])
        if y == 2025:
            ws.write(r + 4, 0, N("Part 2: 9 officers were suspended or placed on restricted duties "
                                 "in connection with these allegations over the whole period; we "
                                 "cannot break this down by allegation type.", Q2_ALL), X["plain"])
        ws.col(0).width = 256 * 38
        ws.col(1).width = 256 * 15
    hs = wb.add_sheet(N("Extract 2022 (old)", "hidden sheet name: year"))
    hs.visibility = 1
    hs.write(0, 0, N("PSD extract 03/01/2023 - superseded", "hidden sheet: date"))
    r = rng("cumbria-hidden")
    for k, c in enumerate(CATS):
        hs.write(1 + k, 0, CL[c])
        hs.write(1 + k, 1, N(str(r.randint(3, 12)), HIDDEN))
    xls_save(wb, src)


def build_cheshire():
    """Cheshire Constabulary XLS: an Excel pivot table pasted as values: a report filter row, Row
    Labels with each category as a bold header row carrying its subtotal and the outcomes indented
    beneath, years as columns, blanks where the pivot has no data, a Grand Total column and row."""
    import xlwt
    src = "cheshire/Cheshire FOI 1745-25.xls"
    KEY.file(src, "cheshire")
    X = xstyles()
    outs = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Reflective Practice", "management_action"),
            ("No Case To Answer", "no_case_to_answer"), ("No Further Action", "no_further_action"),
            ("Withdrawn", "withdrawn"), ("Still Under Investigation", "ongoing")]
    d = gen("cheshire", CATS, outs, ["all"], hi=4)
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("FOI 1745")
    N("FOI 1745", "sheet name: reference")
    ws.write(0, 0, N("Cheshire Constabulary - FOI 1745/25 - Professional Standards Department",
                     "reference"), X["title"])
    ws.write(2, 0, "Employee Type", X["bold"])
    ws.write(2, 1, "(All)", X["plain"])
    ws.write(3, 0, "Count of Allegation ID", X["bold"])
    ws.write(3, 1, "Column Labels", X["bold"])
    ws.write(4, 0, "Row Labels", X["hdr"])
    for j, y in enumerate(YRS):
        ws.write(4, 1 + j, N(str(y), "column heading: year"), X["hdr"])
    ws.write(4, 5, "Grand Total", X["hdr"])
    r = 5
    coltot = {y: 0 for y in YRS}
    for c in CATS:
        ws.write(r, 0, CL[c], X["bold"])
        for j, y in enumerate(YRS):
            t = tot(d, c, y, "all", outs)
            coltot[y] += t
            xput(ws, r, 1 + j, F(c, "total", t, PER[y]), X["boldnum"])
        xput(ws, r, 5, F(c, "total", sum(tot(d, c, y, "all", outs) for y in YRS), SPAN14),
             X["boldnum"])
        r += 1
        for ol, oc in outs:
            vs = [d[(c, oc, y, "all")] for y in YRS]
            if not any(vs):
                continue                          # a pivot shows no row for an empty item
            ws.write(r, 0, ol, X["ind"])
            for j, y in enumerate(YRS):
                if vs[j]:
                    xput(ws, r, 1 + j, F(c, oc, vs[j], PER[y]), X["plain"])
            xput(ws, r, 5, F(c, oc, sum(vs), SPAN14), X["plain"])
            r += 1
    ws.write(r, 0, "Grand Total", X["bold"])
    for j, y in enumerate(YRS):
        ws.write(r, 1 + j, int(N(str(coltot[y]), "Grand Total row: all categories together")),
                 X["boldnum"])
    ws.write(r, 5, int(N(str(sum(coltot.values())), "Grand Total row: all categories together")),
             X["boldnum"])
    notes = [N("2025 is 1 January to 31 October 2025.", "period definition"),
             "Counts are allegations against police officers, special constables and police staff "
             "together, by the year the allegation was recorded.",
             N("Question 2: 11 officers were suspended and 6 placed on restricted duties in "
               "connection with these allegations (all types together).", Q2_ALL)]
    for k, t in enumerate(notes):
        ws.write(r + 2 + k, 0, t, X["plain"])
    ws.col(0).width = 256 * 40
    xls_save(wb, src)


def build_kent():
    """Kent Police XLS: long layout Year | Allegation Type | Outcome | Police Officer | Special
    Constable | Police Staff | Total; '*' fewer than 5; stale 2021 rows hidden under the header."""
    import xlwt
    src = "kent/FOI 2025 11290 data.xls"
    KEY.file(src, "kent")
    X = xstyles()
    outs = [("Dismissed", "dismissed"), ("Resigned Before Hearing", "resigned_or_retired"),
            ("Final Written Warning", "final_written_warning"),
            ("Reflective Practice", "management_action"), ("No Case To Answer", "no_case_to_answer"),
            ("Withdrawn", "withdrawn"), ("Sub Judice", "ongoing")]
    subs = ["officers", "specials", "staff"]
    d = gen("kent", CATS, outs, subs, hi=7)
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Allegations")
    ws.write(0, 0, N("Kent Police - Freedom of Information Request 11290/25", "reference"),
             X["title"])
    ws.write(1, 0, "Allegations of sexual misconduct, sexual harassment and abuse of position for a "
             "sexual purpose, by year the allegation was recorded and outcome", X["plain"])
    heads = ["Year", "Allegation Type", "Outcome", "Police Officer", "Special Constable",
             "Police Staff", "Total"]
    for j, h in enumerate(heads):
        ws.write(3, j, h, X["hdr"])
    r = 4
    hr = rng("kent-hidden")
    for c in CATS:                                  # stale rows left from last year's return
        ws.write(r, 0, N("2021", HIDDEN))
        ws.write(r, 1, CL[c])
        ws.write(r, 2, "Total")
        for j in range(4):
            ws.write(r, 3 + j, int(N(str(hr.randint(1, 9)), HIDDEN)))
        ws.row(r).hidden = True
        r += 1
    ylab = {2022: "2022", 2023: "2023", 2024: "2024", 2025: "2025 (to 31/10)"}

    def cell(v, c, oc, y, s):
        if v == 0 or v >= 5:
            return F(c, oc, v, PER[y], subject=s) if s != "specials" else N(str(v), SPEC_NK)
        if s == "specials":
            return "*"
        return F(c, oc, SUP(), PER[y], subject=s, said="*")

    for y in YRS:
        for c in CATS:
            for ol, oc in outs + [("Total", "total")]:
                if oc == "total":
                    vs = {s: tot(d, c, y, s, outs) for s in subs}
                else:
                    vs = {s: d[(c, oc, y, s)] for s in subs}
                allv = sum(vs.values())
                st = X["bold"] if oc == "total" else X["cell"]
                ws.write(r, 0, N(ylab[y], "year label"), st)
                ws.write(r, 1, CL[c], st)
                ws.write(r, 2, ol, st)
                for j, s in enumerate(subs):
                    xput(ws, r, 3 + j, cell(vs[s], c, oc, y, s), X["num"])
                xput(ws, r, 6, cell(allv, c, oc, y, "officers_and_staff"), X["boldnum"])
                r += 1
    notes = [N("* = fewer than 5. Small numbers are suppressed under section 40(2) of the Freedom "
               "of Information Act as they could identify individuals.",
               "suppression threshold; section of the Act"),
             N("Total is officers, special constables and staff together. 2025 is 1 January to 31 "
               "October 2025.", "period definition"),
             N("Question 2: Kent Police does not record suspensions and restricted duties in a way "
               "that can be linked to the allegation type. This part of the request is refused "
               "under section 12 of the Act.", "question number; section of the Act")]
    for k, t in enumerate(notes):
        ws.write(r + 1 + k, 0, t, X["plain"])
    ws.col(1).width = 256 * 38
    ws.col(2).width = 256 * 24
    xls_save(wb, src)


# =========================================================================== ODS / ODT


def build_dyfed_powys():
    """Heddlu Dyfed-Powys Police ODS, bilingual: answers in financial years (says so), 2025/26 to
    31 October 2025; Summary sheet with a two-row header (year group spanned, category merged down
    its Officers / Staff rows), Total column; Outcomes sheet over the whole span."""
    src = "dyfed-powys/DP FOI 2025-1432.ods"
    KEY.file(src, "dyfed-powys")
    fy = {2022: bk.FY(2022), 2023: bk.FY(2023), 2024: bk.FY(2024), 2025: ("2025-04-01", "2025-10-31")}
    flab = {2022: "2022/23", 2023: "2023/24", 2024: "2024/25", 2025: "2025/26*"}
    span = SPAN(fy[2022], fy[2025])
    outs = [("Diswyddwyd / Dismissed", "dismissed"),
            ("Rhybudd ysgrifenedig terfynol / Final written warning", "final_written_warning"),
            ("Arfer myfyriol / Reflective practice", "management_action"),
            ("Dim achos i'w ateb / No case to answer", "no_case_to_answer"),
            ("Tynnwyd yn \u00f4l / Withdrawn", "withdrawn"),
            ("Yn parhau / Ongoing", "ongoing")]
    d = gen("dyfed", CATS, outs, ["officers", "staff"], hi=3)
    cl = {SM: "Camymddwyn rhywiol / Sexual misconduct", SH: "Aflonyddu rhywiol / Sexual harassment",
          AP: "Camddefnyddio swydd at ddiben rhywiol / Abuse of position for a sexual purpose"}
    rows = [([B(N("Heddlu Dyfed-Powys Police \u2013 Cais Rhyddid Gwybodaeth / Freedom of Information "
                  "request DP-2025-1432", "reference"), (7, 1))] + ["COVERED"] * 6, False),
            ([B("Honiadau yn erbyn swyddogion a staff yr heddlu, fesul blwyddyn ariannol / "
                "Allegations against police officers and police staff, by financial year",
                (7, 1))] + ["COVERED"] * 6, False),
            ([None] * 7, False),
            ([H("Categori / Category", (1, 2)), H("Gweithiwr / Employee", (1, 2)),
              H("Blwyddyn ariannol / Financial year", (4, 1)), "COVERED", "COVERED", "COVERED",
              H("Cyfanswm / Total", (1, 2))], False),
            (["COVERED", "COVERED"] + [H(N(flab[y], "column heading: financial year"))
                                       for y in YRS] + ["COVERED"], False)]
    for c in CATS:
        for k, (s, sl) in enumerate((("officers", "Swyddogion / Officers"),
                                     ("staff", "Staff yr heddlu / Police staff"))):
            first = {"v": cl[c], "style": "ce3", "span": (1, 2)} if k == 0 else "COVERED"
            ts = [tot(d, c, y, s, outs) for y in YRS]
            rows.append(([first, sl] + [int(F(c, "total", t, fy[y], subject=s))
                                        for t, y in zip(ts, YRS)]
                         + [int(F(c, "total", sum(ts), span, subject=s))], False))
    rows += [([None] * 7, False),
             ([N("* 2025/26: 1 Ebrill i 31 Hydref 2025 / 1 April to 31 October 2025", "period")]
              + [None] * 6, False),
             (["Cedwir ein cofnodion fesul blwyddyn ariannol, felly rhoddir y ffigurau fesul "
               "blwyddyn ariannol yn hytrach na blwyddyn galendr. / Our records are held by financial "
               "year, so the figures are given by financial year rather than calendar year."]
              + [None] * 6, False),
             ([N("Mae swyddogion yn cynnwys cwnstabliaid gwirfoddol. / Officers include special "
                 "constables.", "")] + [None] * 6, False)]
    rows2 = [([B(N("Canlyniadau, 1 Ebrill 2022 i 31 Hydref 2025 / Outcomes, 1 April 2022 to 31 "
                   "October 2025 (swyddogion a staff gyda'i gilydd / officers and staff together)",
                   "title: period"), (5, 1))] + ["COVERED"] * 4, False),
             ([None] * 5, False),
             ([H("Canlyniad / Outcome")] + [H(cl[c]) for c in CATS] + [H("Cyfanswm / Total")],
              False)]
    for ol, oc in outs:
        vs = [sum(d[(c, oc, y, s)] for y in YRS for s in ("officers", "staff")) for c in CATS]
        rows2.append(([ol] + [int(F(c, oc, v, span)) for c, v in zip(CATS, vs)]
                      + [int(N(str(sum(vs)), "row total across categories: no category"))],
                      False))
    cts = [sum(tot(d, c, y, s, outs) for y in YRS for s in ("officers", "staff")) for c in CATS]
    rows2.append(([B("Cyfanswm / Total")] + [B(int(F(c, "total", v, span))) for c, v in
                                             zip(CATS, cts)]
                  + [B(int(N(str(sum(cts)), "grand total across categories")))], False))
    rows3 = [([N("Rhan 2 / Part 2: Cafodd 5 swyddog eu gwahardd a 7 eu rhoi ar ddyletswyddau "
                 "cyfyngedig. / 5 officers were suspended and 7 placed on restricted duties (pob "
                 "math o honiad / all allegation types).", Q2_ALL + "; part number")], False)]
    ods_save(src, [("Crynodeb - Summary", rows, False), ("Canlyniadau - Outcomes", rows2, False),
                   ("Rhan 2 - Part 2", rows3, False)], "Uned Datgelu / Disclosure Unit",
             "DP-2025-1432")
    N("2 2", "sheet name: part number")


def build_south_wales():
    """South Wales Police ODS: an annual sheet for 2022-2024 (Officers / Staff / Total), a monthly
    sheet for January to October 2025 with a Total row, a 2025 outcomes sheet whose Total column
    restates the monthly Total row; part 2 refused under section 12."""
    src = "south-wales/SWP FOI 2025-3318.ods"
    KEY.file(src, "south-wales")
    r = rng("swp")
    rows = [([B(N("South Wales Police \u2013 FOI 2025/3318", "reference"), (5, 1))]
             + ["COVERED"] * 4, False),
            ([H("Year"), H("Allegation type"), H("Police officers"), H("Police staff"),
              H("Total")], False)]
    for y in (2022, 2023, 2024):
        for c in CATS:
            o, s = r.randint(2, 14 if c != AP else 5), r.randint(0, 6 if c != AP else 2)
            rows.append(([int(N(str(y), "year")), CL[c], int(F(c, "total", o, PER[y], subject="officers")),
                          int(F(c, "total", s, PER[y], subject="staff")),
                          int(F(c, "total", o + s, PER[y]))], False))
    rows += [([None] * 5, False),
             (["Police officers includes special constables."] + [None] * 4, False)]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
    m = {(c, k): r.randint(0, 3 if c != AP else 1) for c in CATS for k in range(10)}
    rows2 = [([B(N("Allegations recorded by month, 1 January to 31 October 2025 (officers and staff "
                   "together)", "title: period"), (4, 1))] + ["COVERED"] * 3, False),
             ([H("Month")] + [H(CL[c]) for c in CATS], False)]
    for k, mo in enumerate(mons):
        rows2.append(([N(f"{mo}-25", "month label")] + [int(F(c, "total", m[(c, k)],
                                                                 MON(2025, k + 1)))
                                                         for c in CATS], False))
    mt = {c: sum(m[(c, k)] for k in range(10)) for c in CATS}
    rows2.append(([B("Total")] + [B(int(F(c, "total", mt[c], P25))) for c in CATS], False))
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("No further action", "no_further_action"), ("Still under investigation", "ongoing")]
    rows3 = [([B(N("Outcomes of allegations recorded 1 January to 31 October 2025, as at 31 October "
                   "2025", "title: period and date"), (8, 1))] + ["COVERED"] * 7, False),
             ([H("Allegation type")] + [H(o) for o, _ in outs] + [H("Total")], False)]
    for c in CATS:
        left = mt[c]
        vs = []
        for j in range(len(outs) - 1):
            v = r.randint(0, min(left, 2))
            vs.append(v)
            left -= v
        vs.append(left)
        rows3.append(([CL[c]] + [int(F(c, oc, v, P25)) for (_, oc), v in zip(outs, vs)]
                      + [int(F(c, "total", mt[c], P25, restated=True))], False))
    rows3 += [([None] * 8, False),
              (["Question 2 (suspensions and restricted duties): refused under section 12(1) of "
                "the Freedom of Information Act. Identifying the officers concerned would mean "
                "reading each case file; we estimate this would take 46 hours, above the "
                "appropriate limit of 18 hours (\u00a3450)."] + [None] * 7, False)]
    N("Question 2 (suspensions and restricted duties): refused under section 12(1) 46 hours 18 "
      "hours (\u00a3450)", "question number; section; hours and cost")
    ods_save(src, [("2022-2024", rows, False), ("2025 by month", rows2, False),
                   ("2025 outcomes", rows3, False)], "South Wales Police", "FOI 2025/3318")
    N("2022-2024 2025 2025", "sheet names: years")


def build_avon_and_somerset():
    """Avon and Somerset Constabulary ODS: one sheet per year (2025 "to date"), outcomes as rows,
    categories as columns, Total row and column; '*' = a number between 1 and 4; a hidden row of
    unvalidated cases on the 2025 sheet; a Notes sheet."""
    src = "avon-and-somerset/ASC FOI 25-1603.ods"
    KEY.file(src, "avon-and-somerset")
    outs = [O_D, O_RBH, O_F, O_WW, O_NFA, O_WD, O_SJ]
    d = gen("asc", CATS, outs, ["all"], hi=7)
    sheets = []
    sn = {2022: "2022", 2023: "2023", 2024: "2024", 2025: "2025 YTD"}
    tl = {2022: "1 January to 31 December 2022", 2023: "1 January to 31 December 2023",
          2024: "1 January to 31 December 2024", 2025: "1 January to 31 October 2025"}

    def cell(v, c, oc, y):
        if 1 <= v <= 4:
            return F(c, oc, SUP(1, 4), PER[y], said="*")
        return int(F(c, oc, v, PER[y]))

    for y in YRS:
        N(sn[y], "sheet name: year")
        rows = [([B(N(f"Allegations against officers and staff, {tl[y]}", "title: period"),
                    (5, 1))] + ["COVERED"] * 4, False),
                ([H("Outcome")] + [H(CL[c]) for c in CATS] + [H("Total")], False)]
        for ol, oc in outs:
            vs = [d[(c, oc, y, "all")] for c in CATS]
            tv = sum(vs)
            rows.append(([ol] + [cell(v, c, oc, y) for c, v in zip(CATS, vs)]
                         + ["*" if 1 <= tv <= 4 else int(N(str(tv), "row total across "
                                                                     "categories: no category"))],
                         False))
        if y == 2025:
            rows.append((["Awaiting validation"] + [int(N(str(v), HIDDEN)) for v in (3, 2, 1, 6)],
                         True))
        cts = [tot(d, c, y, "all", outs) for c in CATS]
        rows.append(([B("Total")] + [B(cell(v, c, "total", y)) for c, v in zip(CATS, cts)]
                     + [B(int(N(str(sum(cts)), "grand total across categories")))], False))
        sheets.append((sn[y], rows, False))
    notes = [(["Notes"], False),
             ([N("Freedom of Information request 25-1603", "reference")], False),
             (["Figures are allegations against police officers (including special constables) and "
               "police staff together, by the date the allegation was recorded."], False),
             ([N("* denotes a number between 1 and 4. These figures are withheld under section 40(2) "
                 "of the Freedom of Information Act because of the risk of identifying the people "
                 "involved.", "suppression range; section of the Act")], False),
             (["Sub judice: criminal proceedings are ongoing and the misconduct matter is paused."],
              False),
             ([N("Part 2: across all allegation types, 14 officers were suspended or placed on "
                 "restricted duties.", Q2_ALL)], False)]
    sheets.append(("Notes", notes, False))
    ods_save(src, sheets, "Avon and Somerset Constabulary", "FOI 25-1603")


def build_cambridgeshire():
    """Cambridgeshire Constabulary ODT letter: a Writer table of categories x years for officers and
    one for staff (header rows repeated), special constables neither confirmed nor denied, 2025
    outcomes in number words, a workforce headcount."""
    src = "cambridgeshire/FOI 0985-25 response.odt"
    KEY.file(src, "cambridgeshire")
    r = rng("cambs")

    def p(t, style=None):
        s = f' text:style-name="{style}"' if style else ""
        return f"<text:p{s}>{escape(t)}</text:p>"

    def tc(t, bold=False):
        return (f'<table:table-cell table:style-name="TC" office:value-type="string">'
                f'{p(t, "TB" if bold else None)}</table:table-cell>')

    ylab = {2022: "2022", 2023: "2023", 2024: "2024", 2025: "2025 (to 31 Oct)"}
    tables = []
    vals = {}
    for s, sl in (("officers", "Police officers"), ("staff", "Police staff")):
        head = ("<table:table-header-rows><table:table-row>" + tc("Allegation type", True)
                + "".join(tc(N(ylab[y], "column heading: year"), True) for y in YRS)
                + "</table:table-row></table:table-header-rows>")
        body = []
        for c in CATS:
            cells = [tc(CL[c])]
            for y in YRS:
                v = r.randint(1, (12 if s == "officers" else 5) // (3 if c == AP else 1))
                vals[(c, y, s)] = v
                cells.append(tc(F(c, "total", v, PER[y], subject=s)))
            body.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        tables.append(f'<text:h text:outline-level="3">{escape(sl)}</text:h>'
                      f'<table:table table:name="{sl}"><table:table-column '
                      f'table:number-columns-repeated="5"/>' + head + "".join(body)
                      + "</table:table>")
    # 2025 officer outcomes in number words, sexual harassment
    t = vals[(SH, 2025, "officers")]
    a = r.randint(0, min(2, t))
    b = r.randint(0, t - a)
    rest = t - a - b
    paras = [
        ("h", "Cambridgeshire Constabulary"),
        ("p", "Joint Information Management Unit, Hinchingbrooke Park, Huntingdon"),
        ("p", N("Our reference: FOI 0985/25", "reference")),
        ("p", N("Date: 24 November 2026", "date")),
        ("p", "Dear Requester,"),
        ("p", N(f"Thank you for your request received on {REQ_DATE}, in which you asked:", "date")),
        ("p", request14()),
        ("h2", "Response"),
        ("p", "Cambridgeshire Constabulary holds information relevant to part 1 of your request for "
              "police officers and police staff. The tables below give the number of allegations "
              "recorded in each year."),
    ]
    N("1", "part number")
    wd = lambda v: "none" if v == 0 else WORDS[v]  # noqa: E731
    text = (f"Of the {{t}} allegations of sexual harassment recorded against police officers in "
            f"{{y}}, {{a}} {'has' if a == 1 else 'have'} resulted in dismissal, {{b}} "
            f"{'was' if b == 1 else 'were'} found to have no case to answer, and {{c}} "
            f"{'remains' if rest == 1 else 'remain'} under investigation.")
    outp = L(text, "", t=F(SH, "total", t, PER[2025], subject="officers", said=WORDS[t],
                           restated=True),
             y=N("2025", "year"),
             a=F(SH, "dismissed", a, PER[2025], subject="officers", said=wd(a)),
             b=F(SH, "no_case_to_answer", b, PER[2025], subject="officers", said=wd(b)),
             c=F(SH, "ongoing", rest, PER[2025], subject="officers", said=wd(rest)))
    after = [
        ("p", outp),
        ("h2", "Special constables"),
        ("p", N("In accordance with section 40(5B) of the Freedom of Information Act, Cambridgeshire "
                "Constabulary neither confirms nor denies whether it holds information about "
                "allegations against special constables. Our force has a small number of special "
                "constables and confirming or denying that allegations had been made against them "
                "could identify individuals.", "section of the Act")),
        ("h2", N("Part 2", "part number")),
        ("p", N("Information about suspensions and restricted duties is held on individual case files "
                "and is not recorded against the type of allegation. To give context, the force "
                "employs around 1,650 police officers and 1,280 police staff.",
                "part number; workforce headcounts")),
        ("p", rights("Cambridgeshire Constabulary", 40)),
        ("p", "Yours sincerely,"),
        ("p", "Disclosure Officer"),
    ]
    xml = []
    for kind, t2 in paras:
        if kind == "h":
            xml.append(f'<text:h text:outline-level="1">{escape(t2)}</text:h>')
        elif kind == "h2":
            xml.append(f'<text:h text:outline-level="2">{escape(t2)}</text:h>')
        else:
            xml.append(p(t2))
    xml += tables
    for kind, t2 in after:
        xml.append(f'<text:h text:outline-level="2">{escape(t2)}</text:h>' if kind == "h2"
                   else p(t2))
    content = (XMLH + f"<office:document-content {ODF_NS}><office:automatic-styles>"
               '<style:style style:name="TB" style:family="paragraph"><style:text-properties '
               'fo:font-weight="bold"/></style:style>'
               '<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties '
               'fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>'
               "</office:automatic-styles><office:body><office:text>" + "".join(xml)
               + "</office:text></office:body></office:document-content>")
    odf_save(src, "application/vnd.oasis.opendocument.text", content,
             "Cambridgeshire Constabulary", "FOI 0985/25")


# =========================================================================== PDF (reportlab)


def letter_head(st, name, addr, ref, date):
    return [P(f"<b>{name}</b>", st["h"]), P(N(addr, "address"), st["addr"]), S(8),
            P(N(f"Our reference: {ref}", "reference"), st["addr"]),
            P(N(f"Date: {date}", "date"), st["addr"]), S(8), P("Dear Requester,", st["body"]),
            P(N(f"Thank you for your request for information received on {REQ_DATE}:", "date"),
              st["body"]),
            P(request14(), st["quote"])]


def build_west_mercia():
    """West Mercia Police PDF letter: Table 1 categories x years + Total (officers, specials and
    staff together; one Total typed wrong); Table 2 the 2025 outcomes; part 2 refused under s12."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "west-mercia/West Mercia FOI 25-4411 response.pdf"
    KEY.file(src, "west-mercia")
    st = styles("Helvetica", 10)
    outs = [O_D, O_F, O_WW, O_RP, O_N, O_WD, O_SJ]
    d = gen("wm", CATS, outs, ["all"], hi=4)
    story = letter_head(st, "West Mercia Police", "Information Rights, Hindlip Hall, Worcester, "
                        "WR3 8SP", "FOI 25-4411", "27 November 2026")
    story += [P(N("<b>Part 1</b>", "part number"), st["h2"]),
              P(N("Table 1 gives the number of allegations recorded in each year against police "
                  "officers, special constables and police staff together; our system does not "
                  "separate them.", "table number"), st["body"])]
    ylab = {2022: "2022", 2023: "2023", 2024: "2024", 2025: "2025 (1 Jan - 31 Oct)"}
    hs = ps("wm-h", "Helvetica-Bold", 8.5, 10)
    rows = [[P(h, hs) for h in ["Allegation type"] + [N(ylab[y], "column heading: year")
                                                      for y in YRS] + ["Total"]]]
    for c in CATS:
        ts = [tot(d, c, y, "all", outs) for y in YRS]
        gt = sum(ts) + (2 if c == SM else 0)        # typed two above: keyed as stated
        rows.append([P(CL[c], ps("wm-c", size=8.5))] + [F(c, "total", t, PER[y])
                                                        for t, y in zip(ts, YRS)]
                    + [F(c, "total", gt, SPAN14)])
    t = Table(rows, colWidths=[58 * mm, 20 * mm, 20 * mm, 20 * mm, 32 * mm, 20 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#DCE6F1"))
    story += [P(N("Table 1: Allegations recorded, 2022 to 31 October 2025", "table number; period"),
                st["bold"]), t, S(8),
              P(N("Table 2 shows the outcomes of the allegations recorded between 1 January and 31 "
                  "October 2025, as at the date of this letter.", "table number; period"),
                st["body"]),
              P(N("Table 2: Outcomes, allegations recorded 1 January to 31 October 2025",
                  "table number; period"), st["bold"])]
    rows = [[P(h, hs) for h in ["Outcome"] + [CL[c] for c in CATS]]]
    for ol, oc in outs:
        rows.append([ol] + [F(c, oc, d[(c, oc, 2025, "all")], P25) for c in CATS])
    rows.append([P("<b>Total</b>", hs)] + [F(c, "total", tot(d, c, 2025, "all", outs), P25,
                                            restated=True) for c in CATS])
    t = Table(rows, colWidths=[50 * mm, 40 * mm, 40 * mm, 50 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#DCE6F1",
                          extra=[("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
                                 ("ALIGN", (0, 1), (0, -1), "LEFT")]))
    story += [t, S(4),
              P("Sub judice: the misconduct investigation is paused while criminal proceedings are "
                "concluded.", st["small"]), S(6),
              P(N("<b>Part 2</b>", "part number"), st["h2"]),
              P(N("West Mercia Police does not record suspensions or restricted duties against the "
                  "allegation. To answer part 2 we would have to identify each officer from the "
                  "allegations above and read their personnel file. A sample of 20 files took an "
                  "average of 25 minutes each; for the 260 or so files concerned this would take "
                  "about 108 hours, well above the appropriate limit of 18 hours, which is "
                  "equivalent to \u00a3450 at \u00a325 an hour under the Fees Regulations. Part 2 "
                  "is therefore refused under section 12(1) of the Freedom of Information Act.",
                  "files, minutes, hours, money; part number; section"), st["body"]),
              P(rights("West Mercia Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Rights Officer", st["body"])]
    pdf_letter(src, story, furniture_fn("West Mercia Police, Hindlip Hall, Worcester, WR3 8SP",
                                        why="postcode"),
               title="FOI 25-4411", author="West Mercia Police")


def build_cleveland():
    """Cleveland Police PDF: two long tables, one under the heading "Police officers" and one under
    "Police staff"; category printed on the first row of its block, bold Total row; 2025 runs to
    30 September 2025 (footnote); "Resigned before hearing"; the tables run over pages."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "cleveland/Cleveland Police FOI 2025-1521.pdf"
    KEY.file(src, "cleveland")
    st = styles("Helvetica", 10)
    P25C = ("2025-01-01", "2025-09-30")
    per = dict(PER)
    per[2025] = P25C
    outs = [O_D, O_RBH, O_F, O_RP, O_N, O_WD, O_ON]
    d = gen("cleveland", CATS, outs, ["officers", "staff"], hi=3)
    story = letter_head(st, "Cleveland Police", "Freedom of Information, Ash House, III Acre "
                        "Business Park, Middlesbrough, TS8 9EH", "FOI 2025/1521", "30 November 2026")
    story += [P("<b>Response</b>", st["h2"]),
              P("The tables below show allegations recorded against police officers (which include "
                "special constables) and against police staff, by the outcome recorded.", st["body"]),
              P(N("Please note that our figures for 2025 run from 1 January to 30 September 2025, "
                  "the end of the last quarter that has been validated.", "period"), st["body"])]
    hs = ps("cl-h", "Helvetica-Bold", 8.5, 10)
    for s, sl in (("officers", "Police officers"), ("staff", "Police staff")):
        rows = [[P(h, hs) for h in ["Allegation type", "Outcome", "2022", "2023", "2024", "2025*"]]]
        N("2022 2023 2024 2025", "column headings: years")
        bold = []
        for c in CATS:
            for k, (ol, oc) in enumerate(outs):
                rows.append([P(CL[c], ps("cl-c", size=8)) if k == 0 else "", ol]
                            + [F(c, oc, d[(c, oc, y, s)], per[y], subject=s) for y in YRS])
            bold.append(len(rows))
            rows.append(["", "Total"] + [F(c, "total", tot(d, c, y, s, outs), per[y], subject=s)
                                         for y in YRS])
        t = Table(rows, colWidths=[50 * mm, 45 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm],
                  hAlign="LEFT", repeatRows=1)
        t.setStyle(grid_style(1, size=8, shade="#E2E2E2",
                              extra=[("FONT", (1, b), (-1, b), "Helvetica-Bold", 8) for b in bold]
                              + [("VALIGN", (0, 1), (0, -1), "TOP"), ("ALIGN", (1, 1), (1, -1), "LEFT")]))
        story += [P(f"<b>{sl}</b>", st["h2"]), t, S(3),
                  P(N("* 1 January to 30 September 2025.", "period"), st["small"]), S(6)]
    story += [P(N("<b>Part 2</b>", "part number"), st["h2"]),
              P(N("Across all of the allegations above, 8 police officers were suspended and 13 were "
                  "placed on restricted duties at some point during the investigation. We are unable "
                  "to break these figures down by allegation type or year.", Q2_ALL + "; part number"),
                st["body"]),
              P(rights("Cleveland Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Disclosure Team", st["body"])]
    pdf_letter(src, story, furniture_fn("Cleveland Police, Ash House, Middlesbrough, TS8 9EH",
                                        why="postcode"),
               title="FOI 2025/1521", author="Cleveland Police")


def build_dorset():
    """Dorset Police PDF letter: one table Allegation type | Year | Police officers | Special
    constables | Police staff | Total; a restatement in number words; 2025 officer outcomes as
    bullets; an NPCC national figure; part 2 across all types."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "dorset/Dorset Police FOI 2025-2207.pdf"
    KEY.file(src, "dorset")
    st = styles("Times-Roman", 11)
    r = rng("dorset")
    story = letter_head(st, "Dorset Police", "Freedom of Information Unit, Force Headquarters, "
                        "Winfrith, Dorchester, DT2 8DZ", "FOI 2025-2207", "1 December 2026")
    story += [P(N("<b>Part 1</b>", "part number"), st["h2"]),
              P(N("The table below shows the number of allegations recorded in each period. The "
                  "2025 figures are for 1 January to 31 October 2025.", "period"), st["body"])]
    hs = ps("do-h", "Times-Bold", 9, 11)
    rows = [[P(h, hs) for h in ["Allegation type", "Year", "Police officers", "Special constables",
                                "Police staff", "Total"]]]
    vals = {}
    ylab = {2022: "2022", 2023: "2023", 2024: "2024", 2025: "2025 (to 31 Oct)"}
    for c in CATS:
        for k, y in enumerate(YRS):
            o = r.randint(2, 13 if c != AP else 5)
            sp = r.randint(0, 2)
            sf = r.randint(0, 5 if c != AP else 2)
            vals[(c, y)] = o
            rows.append([P(CL[c], ps("do-c", "Times-Roman", 9)) if k == 0 else "",
                         N(ylab[y], "year label"), F(c, "total", o, PER[y], subject="officers"),
                         N(str(sp), SPEC_NK), F(c, "total", sf, PER[y], subject="staff"),
                         F(c, "total", o + sp + sf, PER[y])])
    t = Table(rows, colWidths=[52 * mm, 28 * mm, 22 * mm, 24 * mm, 22 * mm, 18 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, font="Times-Roman", size=9, shade="#E8E8E8",
                          extra=[("VALIGN", (0, 1), (0, -1), "TOP"),
                                 ("ALIGN", (1, 1), (1, -1), "LEFT")]))
    best = max(YRS[:3], key=lambda y: vals[(SH, y)])
    story += [t, S(6),
              P(L("The highest annual figure was {v} allegations of sexual harassment against police "
                  "officers, in {y}.", "", v=F(SH, "total", vals[(SH, best)], PER[best],
                                               subject="officers", said=WORDS[vals[(SH, best)]],
                                               restated=True),
                  y=N(str(best), "year")), st["body"]),
              P(N("For context, the National Police Chiefs' Council reported 1,539 allegations of "
                  "this kind against officers and staff across England and Wales in 2023.",
                  "national statistic; year"), st["body"]),
              P(N("<b>Outcomes \u2013 police officers, 2025</b>", "heading: year"), st["h2"]),
              P(N("The allegations of sexual harassment recorded against police officers between 1 "
                  "January and 31 October 2025 have had the following outcomes so far:", "period"),
                st["body"])]
    outs = [O_D, O_RBH, O_F, O_NFA, O_SUI]
    left = vals[(SH, 2025)]
    for k, (ol, oc) in enumerate(outs):
        v = left if k == len(outs) - 1 else r.randint(0, min(left, 2))
        left -= v
        story.append(P(f"\u2022 {ol} \u2013 " + F(SH, oc, v, PER[2025], subject="officers"),
                       st["bullet"]))
    story += [S(4), P(N("<b>Part 2</b>", "part number"), st["h2"]),
              P(N("Across all three allegation types and the whole period, 17 police officers were "
                  "placed on restricted duties and 4 were suspended.", Q2_ALL + "; part number"),
                st["body"]),
              P(rights("Dorset Police", 40), st["body"]),
              P("Yours faithfully,", st["body"]), P("Freedom of Information Officer", st["body"])]
    pdf_letter(src, story, furniture_fn("Dorset Police, Winfrith, Dorchester, DT2 8DZ",
                                        why="postcode"),
               title="FOI 2025-2207", author="Dorset Police")


def build_thames_valley():
    """Thames Valley Police PDF: an outcome table Allegation Category | Outcome | years | Total
    (officers and staff, 2025 "to date" defined), and a per-category table of officers suspended
    or on restricted duties by year (part 2, keyed as blind11 call 2)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "thames-valley/TVP FOI 2025-3390.pdf"
    KEY.file(src, "thames-valley")
    st = styles("Helvetica", 9.5)
    outs = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Reflective Practice", "management_action"),
            ("No Case to Answer", "no_case_to_answer"), ("No Further Action", "no_further_action"),
            ("Still Under Investigation", "ongoing")]
    d = gen("tvp", CATS, outs, ["all"], hi=5)
    cl = {SM: "Sexual Misconduct", SH: "Sexual Harassment",
          AP: "Abuse of Position for Sexual Purpose"}
    story = letter_head(st, "Thames Valley Police", "Information Access, Headquarters South, "
                        "Oxford Road, Kidlington, OX5 2NX", "FOI-TVP-2025-3390", "3 December 2026")
    story += [P(N("<b>Part 1</b>", "part number"), st["h2"]),
              P(N("Table 1 shows allegations recorded against police officers, special constables "
                  "and police staff together, by year recorded and current outcome. '2025 to date' "
                  "is 1 January to 31 October 2025.", "table number; period"), st["body"])]
    hs = ps("tv-h", "Helvetica-Bold", 8, 9.5)
    rows = [[P(h, hs) for h in ["Allegation Category", "Outcome", "2022", "2023", "2024",
                                "2025 to date", "Total"]]]
    N("2022 2023 2024 2025", "column headings: years")
    bold = []
    for c in CATS:
        for k, (ol, oc) in enumerate(outs):
            vs = [d[(c, oc, y, "all")] for y in YRS]
            rows.append([P(cl[c], ps("tv-c", size=8)) if k == 0 else "", ol]
                        + [F(c, oc, v, PER[y]) for v, y in zip(vs, YRS)] + [F(c, oc, sum(vs), SPAN14)])
        ts = [tot(d, c, y, "all", outs) for y in YRS]
        bold.append(len(rows))
        rows.append(["", "Total"] + [F(c, "total", t, PER[y]) for t, y in zip(ts, YRS)]
                    + [F(c, "total", sum(ts), SPAN14)])
    t = Table(rows, colWidths=[42 * mm, 42 * mm, 15 * mm, 15 * mm, 15 * mm, 20 * mm, 15 * mm],
              hAlign="LEFT", repeatRows=1)
    t.setStyle(grid_style(1, size=8, shade="#D9E1F2",
                          extra=[("FONT", (1, b), (-1, b), "Helvetica-Bold", 8) for b in bold]
                          + [("VALIGN", (0, 1), (0, -1), "TOP"), ("ALIGN", (1, 1), (1, -1), "LEFT")]))
    story += [P(N("Table 1: Allegations by outcome", "table number"), st["bold"]), t, S(8),
              P(N("<b>Part 2</b>", "part number"), st["h2"]),
              P(N("Table 2 shows, for each allegation category and year, the number of police "
                  "officers who were suspended or placed on restricted duties in connection with "
                  "those allegations. An officer is counted once in each category.",
                  "table number; part number"), st["body"])]
    r = rng("tvp-q2")
    rows = [[P(h, hs) for h in ["Allegation Category", "2022", "2023", "2024", "2025 to date"]]]
    N("2022 2023 2024 2025", "column headings: years")
    for c in CATS:
        rows.append([P(cl[c], ps("tv-c2", size=8))]
                    + [F(c, "other", r.randint(0, 4), PER[y], measure="individuals",
                         subject="officers") for y in YRS])
    t = Table(rows, colWidths=[60 * mm, 20 * mm, 20 * mm, 20 * mm, 25 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=8, shade="#D9E1F2"))
    story += [P(N("Table 2: Officers suspended or placed on restricted duties", "table number"),
                st["bold"]), t, S(8),
              P(rights("Thames Valley Police", 20), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Access Officer", st["body"])]
    pdf_letter(src, story, furniture_fn("Thames Valley Police, Kidlington, OX5 2NX",
                                        why="postcode"),
               title="FOI-TVP-2025-3390", author="Thames Valley Police")


# =========================================================================== DOCX, HTML, text


def build_hampshire():
    """Hampshire and Isle of Wight Constabulary DOCX letter: Table 1 with the category merged down
    its year rows (vMerge), Police officers / Police staff / Total; '<5' defined as fewer than
    five; Table 2 the 2025 outcomes; a workforce headcount; part 2 across all types."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "hampshire/HC-FOI-2025-02788 response.docx"
    KEY.file(src, "hampshire")
    r = rng("hants")
    d = docx_new("Arial", 10.5)
    docx_header_footer(d, "OFFICIAL", N("Hampshire and Isle of Wight Constabulary, Mottisfont Court, "
                                        "Winchester, SO23 8ZD", "postcode"))
    docx_heading(d, "Hampshire and Isle of Wight Constabulary", 14)
    d.add_paragraph(N("Our reference: HC/FOI/2025/02788", "reference"))
    d.add_paragraph(N("Date: 26 November 2026", "date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request received on {REQ_DATE}:", "date"))
    q = d.add_paragraph(request14())
    q.paragraph_format.left_indent = 360000
    docx_heading(d, "Part 1", 11)
    d.add_paragraph(N("Table 1 shows the allegations recorded in each year. Special constables are "
                      "counted with police officers. Where a figure is fewer than five it is shown as "
                      "<5, as publishing it could identify the people involved (section 40(2)).",
                      "table number; suppression threshold; section of the Act"))

    def fig(v, c, oc, per, s=None):
        if 1 <= v <= 4:
            return F(c, oc, SUP(), per, subject=s, said="<5")
        return F(c, oc, v, per, subject=s)

    ylab = {2022: "2022", 2023: "2023", 2024: "2024", 2025: "2025 (to 31 October)"}
    t = d.add_table(rows=1 + 3 * 4, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", "Year", "Police officers", "Police staff", "Total"]):
        docx_cell(t.rows[0].cells[j], h, bold=True)
        docx_shade(t.rows[0].cells[j], "D9D9D9")
    ri = 1
    all25 = {}
    for c in CATS:
        top = t.cell(ri, 0)
        top.merge(t.cell(ri + 3, 0))
        docx_cell(top, CL[c])
        for y in YRS:
            o = r.randint(0, 14 if c != AP else 6)
            sf = r.randint(0, 6 if c != AP else 3)
            row = t.rows[ri].cells
            docx_cell(row[1], N(ylab[y], "year label"))
            docx_cell(row[2], fig(o, c, "total", PER[y], "officers"), align=WD_ALIGN_PARAGRAPH.CENTER)
            docx_cell(row[3], fig(sf, c, "total", PER[y], "staff"), align=WD_ALIGN_PARAGRAPH.CENTER)
            all25[c] = o + sf
            docx_cell(row[4], fig(o + sf, c, "total", PER[y]), bold=True,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            ri += 1
    d.add_paragraph("")
    d.add_paragraph(N("Table 2 gives the outcomes of the allegations recorded between 1 January and "
                      "31 October 2025 against officers and staff together.", "table number; period"))
    outs = [O_D, O_RBH, O_F, O_WW, O_RP, O_N, O_SUI]
    t2 = d.add_table(rows=1 + len(outs), cols=4)
    t2.style = "Table Grid"
    for j, h in enumerate(["Outcome"] + [CL[c] for c in CATS]):
        docx_cell(t2.rows[0].cells[j], h, bold=True)
        docx_shade(t2.rows[0].cells[j], "D9D9D9")
    split = {}
    for c in CATS:                  # the 2025 outcomes add up to Table 1's 2025 Total
        left = all25[c]
        for ol, oc in outs[:-1]:
            split[(c, oc)] = r.randint(0, min(left, 2))
            left -= split[(c, oc)]
        split[(c, "ongoing")] = left
    for i, (ol, oc) in enumerate(outs, 1):
        docx_cell(t2.rows[i].cells[0], ol)
        for j, c in enumerate(CATS, 1):
            docx_cell(t2.rows[i].cells[j], fig(split[(c, oc)], c, oc, P25),
                      align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph("")
    docx_heading(d, "Part 2", 11)
    d.add_paragraph(N("Across all three allegation types, 19 officers were suspended or placed on "
                      "restricted duties between 1 January 2022 and 31 October 2025.",
                      Q2_ALL + "; period"))
    d.add_paragraph(N("For context, on 31 March 2025 the Constabulary employed 3,183 police officers "
                      "(full-time equivalent) and 2,461 police staff.",
                      "workforce headcounts; date"))
    d.add_paragraph(rights("Hampshire and Isle of Wight Constabulary", 40))
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Freedom of Information Team")
    N("2", "part number")
    N("1", "part number")
    docx_save(d, src, "Hampshire and Isle of Wight Constabulary")


def build_merseyside():
    """Merseyside Police disclosure page: two header rows (each year colspan over Officers / Staff),
    the category in a rowspan cell over its outcome rows and its Total row; a restatement in prose;
    a switchboard number and headcount; part 2 across all types."""
    src = "merseyside/FOI-2025-2214.html"
    KEY.file(src, "merseyside")
    outs = [O_D, O_F, O_RP, O_N, O_WD, O_NFA, ("Under investigation", "ongoing")]
    d = gen("mersey", CATS, outs, ["officers", "staff"], hi=3)
    ylab = {2022: "2022", 2023: "2023", 2024: "2024", 2025: "2025 (to 31 October)"}
    h1 = ('<tr><th rowspan="2">Allegation type</th><th rowspan="2">Outcome</th>'
          + "".join(f'<th colspan="2">{N(ylab[y], "column heading: year")}</th>' for y in YRS)
          + "</tr>")
    h2 = "<tr>" + "<th>Officers</th><th>Staff</th>" * 4 + "</tr>"
    rows = []
    for c in CATS:
        for k, (ol, oc) in enumerate(outs + [("Total", "total")]):
            cells = [f'<td rowspan="{len(outs) + 1}">{E(CL[c])}</td>' if k == 0 else ""]
            cells.append(f"<td>{'<strong>Total</strong>' if oc == 'total' else E(ol)}</td>")
            for y in YRS:
                for s in ("officers", "staff"):
                    v = tot(d, c, y, s, outs) if oc == "total" else d[(c, oc, y, s)]
                    cells.append(f"<td>{F(c, oc, v, PER[y], subject=s)}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
    best = max(YRS[:3], key=lambda y: tot(d, SH, y, "officers", outs))
    body = "\n".join([
        '<div class="site-header"><a href="/" class="logo">Merseyside Police</a>'
        '<ul class="nav"><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li>'
        "</ul></div>",
        '<div class="foi-body">',
        N("<h1>FOI 2025/2214: Sexual misconduct allegations against officers and staff</h1>",
          "reference"),
        "<p>" + N("Date published: 28 November 2026", "date") + "</p>",
        "<h2>Request</h2>", f"<blockquote>{E(request14())}</blockquote>",
        "<h2>Response</h2>",
        "<p>Merseyside Police holds the information requested for part 1. Special constables are "
        "included in the Officers columns.</p>",
        '<table border="1" class="foi-table"><thead>' + h1 + h2 + "</thead><tbody>",
        *rows, "</tbody></table>",
        '<p class="table-note">' + N("2025 figures cover 1 January to 31 October 2025. Outcomes are "
                                     "as at 20 November 2026.", "period; date") + "</p>",
        "<p>" + L("The highest yearly number of allegations of sexual harassment against police "
                  "officers was {v}, in {y}.", "",
                  v=F(SH, "total", tot(d, SH, best, "officers", outs), PER[best], subject="officers",
                      restated=True), y=N(str(best), "year")) + "</p>",
        "<h2>Part 2</h2>",
        "<p>" + N("Over the whole period, 15 officers were suspended or placed on restricted duties in "
                  "connection with allegations of these types. We cannot break this figure down by "
                  "allegation type without a manual review of each file.", Q2_ALL) + "</p>",
        "<p>" + N("Merseyside Police employs around 3,900 police officers and 2,700 police staff.",
                  "workforce headcounts") + "</p>",
        "<h2>Your rights</h2>", "<p>" + E(rights("Merseyside Police", 40)) + "</p>",
        "</div>",
        '<div class="footer"><p>' + N("Merseyside Police, Canning Place, Liverpool, L1 8JX. "
                                      "Switchboard 0151 709 6010.", "postcode; telephone")
        + "</p></div>"])
    N("1 2", "part numbers")
    write_text(src, html_page(N("FOI 2025/2214 | Merseyside Police", "reference in title"), body,
                              lang="en-GB"))


def build_staffordshire():
    """Staffordshire Police plain-text letter: figures in prose in number words; 2022 not held
    (records on a system since decommissioned); a year paragraph each for 2023, 2024 and 2025 to
    date; 2025 outcomes in words incl. "none"; "a dozen"; specials counted with officers."""
    src = "staffordshire/FOI 4412-25 response.txt"
    KEY.file(src, "staffordshire")
    r = rng("staffs")
    lines = ["STAFFORDSHIRE POLICE",
             "Freedom of Information Team",
             N("Police Headquarters, Weston Road, Stafford, ST18 0YY", "postcode"),
             "",
             N("Our ref: FOI 4412/25", "reference"),
             N("Date: 2 December 2026", "date"),
             "",
             "Dear Requester,",
             "",
             N(f"I write in response to your request for information received on {REQ_DATE}, in "
               "which you asked:", "date"),
             ""]
    lines += ["  " + x for x in textwrap.wrap('"' + request14() + '"', 74)]
    lines += [""] + textwrap.wrap(
        N("Section 1(1)(a) of the Freedom of Information Act 2000 places two duties on public "
          "authorities. Staffordshire Police can confirm that it holds some of the information "
          "you have requested.", "section of the Act; year of the Act; two duties"), 76) + [""]
    for c in CATS:
        F(c, "total", NH, PER[2022], printed=False)
    lines += textwrap.wrap(N("Calendar year 2022: this information is not held. Professional "
                             "Standards moved to a new case management system in March 2023 and "
                             "records of allegations made before 1 January 2023 were not migrated "
                             "to it.", "year; date"), 76)
    lines.append("")
    cw = {SM: "sexual misconduct", SH: "sexual harassment",
          AP: "abuse of position for a sexual purpose"}
    vals = {}
    for y in (2023, 2024, 2025):
        o = {c: r.randint(1, 13 if c != AP else 6) for c in CATS}
        s = {c: r.randint(0, 4 if c != AP else 1) for c in CATS}
        if y == 2024:
            o[SM] = 12
        vals[y] = (o, s)

        def w(v, c, y=y, subj="officers"):
            if v == 12 and y == 2024 and c == SM and subj == "officers":
                return F(c, "total", v, PER[y], subject=subj, said="a dozen")
            return F(c, "total", v, PER[y], subject=subj, said="none" if v == 0 else WORDS[v])
        head = (N(f"Calendar year {y}:", "year") if y < 2025 else
                N("2025 (1 January to 31 October):", "period"))
        para = (f"{head} we recorded {w(o[SM], SM)} allegations of sexual misconduct, "
                f"{w(o[SH], SH)} of sexual harassment and {w(o[AP], AP)} of abuse of position for a "
                f"sexual purpose against police officers (including special constables). Against "
                f"police staff we recorded {w(s[SM], SM, subj='staff')} allegations of sexual "
                f"misconduct, {w(s[SH], SH, subj='staff')} of sexual harassment and "
                f"{w(s[AP], AP, subj='staff')} of abuse of position.")
        para = para.replace(" one allegations", " one allegation")
        lines += textwrap.wrap(para, 76) + [""]
    o25 = vals[2025][0][SH]
    a = r.randint(0, min(2, o25))
    b = r.randint(0, o25 - a)
    rest = o25 - a - b
    wd = lambda v: "none" if v == 0 else WORDS[v]  # noqa: E731
    para = L("Of the {t} allegations of sexual harassment made against police officers in 2025, {a} "
             "resulted in a final written warning, {b} in reflective practice and {c} "
             "{verb} under investigation. None has resulted in dismissal.",
             "year",
             t=F(SH, "total", o25, PER[2025], subject="officers", said=WORDS[o25], restated=True),
             a=F(SH, "final_written_warning", a, PER[2025], subject="officers", said=wd(a)),
             b=F(SH, "management_action", b, PER[2025], subject="officers", said=wd(b)),
             c=F(SH, "ongoing", rest, PER[2025], subject="officers", said=wd(rest)),
             verb="remains" if rest == 1 else "remain")
    F(SH, "dismissed", 0, PER[2025], subject="officers", said="None has resulted in dismissal",
      printed=False)
    lines += textwrap.wrap(para, 76) + [""]
    lines += textwrap.wrap(N("Part 2: nine officers were suspended or placed on restricted duties in "
                             "connection with allegations of these kinds between 1 January 2023 "
                             "and 31 October 2025. We are not able to say how many of these related "
                             "to each type of allegation.", Q2_ALL + "; part number; period"), 76)
    lines += [""] + textwrap.wrap(rights("Staffordshire Police", 40), 76)
    lines += ["", "Yours sincerely,", "", "Freedom of Information Officer",
              N("Staffordshire Police | 101 | foi@staffordshire.police.uk", "telephone")]
    write_text(src, "\n".join(lines) + "\n")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind14-", read=read14))
