#!/usr/bin/python3
"""make_blind30.py -- the thirtieth blind test batch for `foi` and its answer key.

The request, sent on 24 November 2026: for each of the financial years 2023/24, 2024/25 and
2025/26 and for 2026/27 to date, the number of allegations of sexual assault, sexual misconduct,
sexual harassment, abuse of position for a sexual purpose and violence against women and girls
made against police officers and police staff, and the outcome of each.  Fourteen forces answer
in fifteen files, as the folder arrives (see NOTES-blind30.md).  The machinery (F/L/N accounting,
writers, read_back, check) is scripts/blindkit.py (not edited); the read-backs for
.eml, .ods, Word charts and OLE-embedded workbooks are local.

usage: /usr/bin/python3 make_blind30.py             # rebuild fixtures/blind30 (or $FOI_BLIND30_OUT)
       /usr/bin/python3 make_blind30.py check       # verify determinism and every number
       /usr/bin/python3 make_blind30.py dump FILE   # show FILE (relative to the batch) as read back
"""
import datetime as dt
import functools
import io
import os
import random
import re
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, SUP, NH, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade, rights)

FINAL = Path(os.environ.get("FOI_BLIND30_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind30").resolve()
bk.ROOT = FINAL
xlsx_save = functools.partial(bk.xlsx_save, when=dt.datetime(2026, 12, 2, 9, 0, 0))
docx_finish = functools.partial(bk.docx_finish, when=dt.datetime(2026, 12, 1, 9, 0, 0))

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST30 = ("Please provide, for each of the financial years 2023/24, 2024/25 and 2025/26 and for "
             "2026/27 to date: (1) the number of allegations of sexual assault, sexual misconduct, "
             "sexual harassment, abuse of position for a sexual purpose and violence against women "
             "and girls (VAWG) made against police officers and police staff; and (2) the outcome of "
             "each allegation (for example dismissed, would have been dismissed, final written "
             "warning, written warning, reflective practice, no case to answer, still under "
             "investigation).")
FY23, FY24, FY25 = FY(2023), FY(2024), FY(2025)
YTD = ("2026-04-01", "2026-10-31")
PERS = (FY23, FY24, FY25, YTD)
OUT7 = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
        ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
        ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
        ("Under investigation", "ongoing")]
OCS = [oc for _, oc in OUT7]
SENT = "24 November 2026"


def request30(text=REQUEST30):
    return N(text, "the request's years and part numbers")


def rng(name):
    return random.Random("blind30-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    """Outcome counts {outcome: n}; late: a recent period (more under investigation)."""
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(1, 4)
    return k


def tot(r, cat=None, subj=None, lo=2, hi=22):
    if cat == AP:
        hi //= 2
    if subj == "staff":
        hi //= 2
    return r.randint(0 if subj == "staff" else lo, max(hi, 3))


def zip_bytes(members, stored=("mimetype",)):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, (2026, 12, 1, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


def xlsx_bytes(wb, creator):
    fixed = dt.datetime(2026, 11, 3, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "x.xlsx"
        wb.save(p)
        bk.normalise_zip(p)
        return p.read_bytes()


# =========================================================================== read-backs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CNS = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
TNS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TXN = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
ONS = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def xlsx_read(data):
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "e.xlsx"
        p.write_bytes(data)
        return bk.xlsx_text(p, lambda c: bk.xlsx_cell(c))


def docx_read(p):
    """python-docx's text (headers, paragraphs, tables), then every chart's cached values and
    every embedded workbook's cells."""
    out = [bk.docx_text(p)]
    with zipfile.ZipFile(p) as z:
        for name in sorted(z.namelist()):
            if re.fullmatch(r"word/charts/chart\d+\.xml", name):
                root = ET.fromstring(z.read(name))
                out.append(f"[chart] {name}")
                for v in root.iter(CNS + "v"):
                    out.append(v.text or "")
            elif name.startswith("word/embeddings/") and name.endswith(".xlsx"):
                out.append(f"[embedded] {name}")
                out.append(xlsx_read(z.read(name)))
    return "\n".join(out)


def ods_read(p):
    """Every table of content.xml (hidden ones too, marked), each row's non-empty cells with
    repeated cells expanded (empty runs are not)."""
    with zipfile.ZipFile(p) as z:
        root = ET.fromstring(z.read("content.xml"))
    out = []
    for t in root.iter(TNS + "table"):
        out.append(f"[table {t.get(TNS + 'name')} style={t.get(TNS + 'style-name')}]")
        for row in t.iter(TNS + "table-row"):
            cells = []
            for c in row:
                if c.tag not in (TNS + "table-cell", TNS + "covered-table-cell"):
                    continue
                txt = " ".join("".join(p.itertext()) for p in c.iter(TXN + "p"))
                n = int(c.get(TNS + "number-columns-repeated", "1"))
                if txt:
                    cells += [txt] * n
            if cells:
                out.append(" | ".join(cells))
    return "\n".join(out)


def read30(path):
    p = Path(path)
    suf = p.suffix.lower()
    if suf == ".docx":
        return docx_read(p)
    if suf == ".ods":
        return ods_read(p)
    if suf == ".eml":
        return bk.eml_text(p)
    return bk.read_back(p)


# =========================================================================== PDF helpers


def pstyles(font="Helvetica", size=9.5):
    return bk.styles(font, size)


def ruled(data, widths, header_rows=1, bold_rows=(), size=8.5, font="Helvetica", spans=(),
          extra=()):
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    bold = "Times-Bold" if font == "Times-Roman" else font + "-Bold"
    t.setStyle(bk.grid_style(header_rows, font=font, size=size,
                             extra=[("FONT", (0, b), (-1, b), bold, size) for b in bold_rows]
                             + [("SPAN", a, b) for a, b in spans] + list(extra)))
    return t


def furniture(ref_text, font="Helvetica", marking="OFFICIAL"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    ps = A4

    def furn(c, p, n):
        c.setFont(font, 8)
        if marking:
            c.drawCentredString(ps[0] / 2, ps[1] - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref_text, "reference"))
        c.drawRightString(ps[0] - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


# =========================================================================== 1 Lancashire: a Word letter whose outcome table is an embedded Excel worksheet


LANC_OLE = "@@OLE-OBJECT@@"


def lanc_preview(rows):
    """A PNG preview of the embedded worksheet, as Word stores it (drawn with PIL)."""
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.load_default()
    colw = [200] + [176] * (len(rows[0]) - 1)
    rh = 20
    img = Image.new("RGB", (sum(colw) + 1, rh * len(rows) + 1), "white")
    d = ImageDraw.Draw(img)
    for ri, row in enumerate(rows):
        x = 0
        if ri == 0 or row[0] == "Total":
            d.rectangle([0, ri * rh, sum(colw), (ri + 1) * rh], fill=(221, 235, 247))
        for ci, cell in enumerate(row):
            d.rectangle([x, ri * rh, x + colw[ci], (ri + 1) * rh], outline=(160, 160, 160))
            tx = x + 4 if ci == 0 or ri == 0 else x + colw[ci] - 6 - 6 * len(str(cell))
            d.text((tx, ri * rh + 5), str(cell), fill="black", font=font)
            x += colw[ci]
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue(), img.size


def build_lancashire():
    import docx
    import openpyxl
    from openpyxl.styles import Font
    src = "lancashire/FOI-2026-01977-response.docx"
    KEY.file(src, "lancashire", measure="cases")
    r = rng("lancashire")
    d = bk.docx_a4(bk.docx_new("Arial", 10.5))
    bk.docx_header_footer(d, "Lancashire Constabulary", N(
        "Lancashire Constabulary Headquarters, Saunders Lane, Hutton, Preston PR4 5SB", "postcode"))
    bk.docx_para(d, "Lancashire Constabulary", bold=True, size=16)
    bk.docx_para(d, "Information Compliance Unit")
    bk.docx_para(d, N("Our reference: FOI-2026-01977", "reference"))
    bk.docx_para(d, N("Date: 2 December 2026", "date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N(f"Thank you for your request received on {SENT}, in which you asked:", "date"))
    bk.docx_para(d, request30(), italic=True)
    bk.docx_para(d, N("Lancashire Constabulary holds the information. As in our earlier responses, the "
                      "figures are numbers of cases recorded by Professional Standards (a case may "
                      "involve one or more allegations), for police officers and police staff together.",
                      "'one or more': not a count"))
    bk.docx_para(d, N("Table 1: Cases recorded, by allegation type and year", "table number"),
                 bold=True)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    heads = ["Allegation type", "2023/24", "2024/25", "2025/26", "2026/27 (to 31 October)"]
    for c, h in zip(t.rows[0].cells, heads):
        docx_cell(c, N(h, "period heading"), bold=True)
        docx_shade(c, "DDEBF7")
    k25 = {cat: counts(r, cat=cat) for cat in CATS5}
    for cat in CATS5:
        cells = t.add_row().cells
        docx_cell(cells[0], CL[cat])
        for ci, per in enumerate(PERS, 1):
            v = sum(k25[cat].values()) if per == FY25 else tot(r, cat, hi=16)
            docx_cell(cells[ci], F(cat, "total", v, per), align=2)
    bk.docx_para(d, "")
    bk.docx_para(d, N("Table 2: Outcomes of the cases recorded in 2025/26 (1 April 2025 to 31 March "
                      "2026)", "table number; period"), bold=True)
    bk.docx_para(d, LANC_OLE)
    bk.docx_para(d, N("Table 2 is reproduced from our case management workbook; the totals in its "
                      "last row are the 2025/26 column of Table 1.", "table numbers; period"),
                 size=9)
    bk.docx_para(d, "Reflective practice means the Reflective Practice Review Process. Under "
                    "investigation includes cases awaiting a misconduct meeting or hearing. The "
                    "outcomes of cases recorded in earlier years were not requested in the same "
                    "detail and are not included.")
    bk.docx_para(d, rights("Lancashire Constabulary"))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Information Compliance Unit")
    # the embedded workbook (what the preview shows) and the preview picture
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = N("Outcomes 2025-26", "sheet name: period")
    ws["A1"] = N("Outcomes of PSD cases recorded 2025/26", "period in title")
    ws["A1"].font = Font(bold=True)
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "Abuse of position (sexual)", VG: "VAWG"}
    head = ["Outcome"] + [short[c] for c in CATS5]
    for ci, h in enumerate(head, 1):
        ws.cell(row=3, column=ci, value=h).font = Font(bold=True)
    prev = [head]
    for ri, (lab, oc) in enumerate(OUT7 + [("Total", "total")], 4):
        ws.cell(row=ri, column=1, value=lab)
        row = [lab]
        for ci, cat in enumerate(CATS5, 2):
            v = sum(k25[cat].values()) if oc == "total" else k25[cat][oc]
            if oc == "total":
                F(cat, oc, v, FY25, restated=True)
            else:
                F(cat, oc, v, FY25)
            ws.cell(row=ri, column=ci, value=v)
            row.append(v)
        prev.append(row)
    ws.column_dimensions["A"].width = 28
    for col in "BCDEF":
        ws.column_dimensions[col].width = 24
    ws2 = wb.create_sheet("Lists")
    ws2["A1"] = "Outcome list (drop-down values)"
    for i, (lab, _) in enumerate(OUT7, 2):
        ws2.cell(row=i, column=1, value=lab)
    ws2["C1"] = N("Centurion extract run 03/11/2026: 412 PSD records", "extract date; record count of all kinds")
    emb = xlsx_bytes(wb, "Lancashire PSD")
    png, (pw, ph) = lanc_preview(prev)
    hpt = round(495 * ph / pw)
    ole = (f'<w:r><w:object w:dxaOrig="9900" w:dyaOrig="{hpt * 20}">'
           f'<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:495pt;height:{hpt}pt" o:ole="">'
           '<v:imagedata r:id="rIdImg3001" o:title=""/></v:shape>'
           '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
           'DrawAspect="Content" ObjectID="_1791234567" r:id="rIdOle3001"/></w:object></w:r>')

    def patch(name, data):
        if name == "word/document.xml":
            x = data.decode("utf-8")
            x, n = re.subn(r"<w:r>(?:(?!</w:r>).)*?" + re.escape(LANC_OLE) + r"</w:t></w:r>", ole, x)
            assert n == 1
            return x.encode("utf-8")
        if name == "word/_rels/document.xml.rels":
            x = data.decode("utf-8").replace(
                "</Relationships>",
                '<Relationship Id="rIdImg3001" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/image" Target="media/image1.png"/>'
                '<Relationship Id="rIdOle3001" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/package" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/>'
                "</Relationships>")
            return x.encode("utf-8")
        if name == "[Content_Types].xml":
            x = data.decode("utf-8").replace(
                '<Default Extension="rels"',
                '<Default Extension="png" ContentType="image/png"/>'
                '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.'
                'spreadsheetml.sheet"/><Default Extension="rels"')
            return x.encode("utf-8")
        return data
    docx_finish(d, src, "Lancashire Constabulary", patch,
                extra=[("word/media/image1.png", png),
                       ("word/embeddings/Microsoft_Excel_Worksheet.xlsx", emb)])
    _ = docx


# =========================================================================== 2 Cheshire: a pivot table pasted as a sheet, earlier years in collapsed grouped columns


def build_cheshire():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "cheshire/Cheshire FOI 2026-7719 pivot.xlsx"
    KEY.file(src, "cheshire")
    r = rng("cheshire")
    wb = openpyxl.Workbook()
    ws0 = wb.active
    ws0.title = "Response"
    lines = [
        "Cheshire Constabulary - Freedom of Information",
        N("Request reference: FOI 2026-7719", "reference"),
        N(f"Received: {SENT}; response: 3 December 2026", "dates"),
        request30(),
        "The figures are on the sheet 'Allegations', a pivot of the Professional Standards "
        "allegations log (Workforce: (All) = police officers and police staff together).",
        N("Financial years run from 1 April to 31 March. 2026/27 is 1 April to 31 October 2026.",
          "period definitions"),
        N("The Grand Total column covers every year in the pivot, 1 April 2021 to 31 October 2026, "
          "including 2021/22 and 2022/23, which are grouped and collapsed (not requested).",
          "period of the Grand Total column"),
        "Reflective practice = Reflective Practice Review Process (RPRP).",
        rights("Cheshire Constabulary"),
    ]
    for i, t in enumerate(lines, 1):
        ws0.cell(row=i, column=1, value=t)
    ws0.column_dimensions["A"].width = 120
    ws = wb.create_sheet("Allegations")
    ws["A1"], ws["B1"] = "Workforce", "(All)"
    ws["A3"], ws["B3"] = "Sum of Allegations", "Column Labels"
    years = [(2021, "2021/22", False), (2022, "2022/23", False), (2023, "2023/24", True),
             (2024, "2024/25", True), (2025, "2025/26", True), (2026, "2026/27", True)]
    ws["A4"] = "Row Labels"
    hdr_fill = PatternFill("solid", fgColor="DDEBF7")
    for ci, (_, lab, _) in enumerate(years, 2):
        ws.cell(row=4, column=ci, value=N(lab, "period heading"))
    ws.cell(row=4, column=8, value="Grand Total")
    for ci in range(1, 9):
        ws.cell(row=4, column=ci).font = Font(bold=True)
        ws.cell(row=4, column=ci).fill = hdr_fill
    GT = ("2021-04-01", "2026-10-31")
    per_of = {2023: FY23, 2024: FY24, 2025: FY25, 2026: YTD}
    row = 5
    grand = [0] * 7
    for cat in CATS5:
        k = {y: counts(r, cat=cat, late=(y >= 2025)) for y, _, _ in years}
        crow = row
        ws.cell(row=crow, column=1, value=CL[cat]).font = Font(bold=True)
        row += 1
        for lab, oc in OUT7:
            ws.cell(row=row, column=1, value=lab).alignment = Alignment(indent=1)
            for ci, (y, _, vis) in enumerate(years, 2):
                v = k[y][oc]
                if vis:
                    F(cat, oc, v, per_of[y])
                else:
                    N(str(v), "collapsed grouped column: earlier year, not requested")
                ws.cell(row=row, column=ci, value=v)
            g = sum(k[y][oc] for y, _, _ in years)
            ws.cell(row=row, column=8, value=g)
            F(cat, oc, g, GT)
            row += 1
        for ci, (y, _, vis) in enumerate(years, 2):
            v = sum(k[y].values())
            grand[ci - 2] += v
            c = ws.cell(row=crow, column=ci, value=v)
            c.font = Font(bold=True)
            if vis:
                F(cat, "total", v, per_of[y])
            else:
                N(str(v), "collapsed grouped column: earlier year, not requested")
        g = sum(sum(k[y].values()) for y, _, _ in years)
        ws.cell(row=crow, column=8, value=g).font = Font(bold=True)
        F(cat, "total", g, GT)
        grand[6] += g
    ws.cell(row=row, column=1, value="Grand Total").font = Font(bold=True)
    for ci in range(2, 9):
        ws.cell(row=row, column=ci, value=grand[ci - 2]).font = Font(bold=True)
        N(str(grand[ci - 2]), "Grand Total row: all allegation types together, not a category")
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions.group("B", "C", hidden=True, outline_level=1)
    ws.column_dimensions["D"].collapsed = True
    ws.freeze_panes = "B5"
    wb.active = 1
    xlsx_save(wb, src, "Cheshire Constabulary PSD")


# =========================================================================== 3 Metropolitan: a Google Docs HTML export


def build_metropolitan():
    src = "metropolitan/01.FOI.26.048213 - response.html"
    KEY.file(src, "metropolitan")
    r = rng("metropolitan")
    css = ("ol{margin:0;padding:0}table td,table th{padding:0}"
           ".c0{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;"
           "border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;"
           "border-right-color:#000000;border-left-width:1pt;border-top-style:solid;width:78pt}"
           ".c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;"
           "font-size:11pt;font-family:\"Arial\";font-style:normal}"
           ".c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt}"
           ".c3{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;"
           "font-size:11pt;font-family:\"Arial\";font-style:normal}"
           ".c4{padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:right}"
           ".c5{border-spacing:0;border-collapse:collapse;margin-right:auto}"
           ".c6{height:0pt}.c7{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}"
           ".c8{padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:left}"
           ".c9{font-style:italic}.c10{height:11pt}.c11{font-size:9pt}")

    def p(text, cls="c8", span="c1"):
        return f'<p class="{cls}"><span class="{span}">{text}</span></p>'

    def empty():
        return '<p class="c2"><span class="c1"></span></p>'

    def td(text="", cls="c4", span="c1", colspan=1):
        inner = empty() if text == "" else p(text, cls, span)
        return f'<td class="c0" colspan="{colspan}" rowspan="1">{inner}</td>'

    hp = [("01/04/2023 - 31/03/2024", FY23), ("01/04/2024 - 31/03/2025", FY24),
          ("01/04/2025 - 31/03/2026", FY25), ("01/04/2026 - 31/10/2026", YTD)]
    t1 = ['<tr class="c6">' + td() + "".join(td(N(h, "period heading: dates"), "c8", "c3", 2)
                                              for h, _ in hp) + "</tr>",
          '<tr class="c6">' + td() + "".join(td("Officers", "c8", "c3") + td("Staff", "c8", "c3")
                                              for _ in hp) + "</tr>"]
    k25 = {cat: counts(r, cat=cat) for cat in CATS5}
    kyt = {cat: counts(r, cat=cat, late=True) for cat in CATS5}
    for cat in CATS5:
        cells = [td(CL[cat], "c8")]
        for _, per in hp:
            o = tot(r, cat, hi=26)
            s = tot(r, cat, "staff", hi=14)
            cells.append(td(F(cat, "total", o, per, subject="officers")))
            if 1 <= s <= 4:
                cells.append(td(F(cat, "total", SUP(1, 4), per, subject="staff", said="*")))
            else:
                cells.append(td(F(cat, "total", s, per, subject="staff")))
        t1.append('<tr class="c6">' + "".join(cells) + "</tr>")

    def outcome_table(k, per):
        rows = ['<tr class="c6">' + td() + "".join(td(CL[c], "c8", "c3") for c in CATS5) + "</tr>"]
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = [td(lab, "c8", "c3" if oc == "total" else "c1")]
            for cat in CATS5:
                v = sum(k[cat].values()) if oc == "total" else k[cat][oc]
                cells.append(td(F(cat, oc, v, per)))
            rows.append('<tr class="c6">' + "".join(cells) + "</tr>")
        return '<table class="c5">' + "".join(rows) + "</table>"

    body = "".join([
        p("Metropolitan Police Service", "c8", "c3"),
        p(N("Freedom of Information Request Reference No: 01.FOI.26.048213", "reference")),
        p(N("I write in connection with your request for information received by the Metropolitan "
            f"Police Service (MPS) on {SENT}. I note you seek access to the following information:",
            "date")),
        p(request30(), "c8", "c1 c9"),
        empty(),
        p("DECISION", "c8", "c3"),
        p("The MPS has located information relevant to your request. The figures are numbers of "
          "allegations recorded by the Directorate of Professional Standards."),
        empty(),
        p(N("Table 1: allegations recorded, police officers and police staff", "table number"),
          "c8", "c3"),
        '<table class="c5">' + "".join(t1) + "</table>",
        p(N("* Figures between 1 and 4 are shown as * under section 40(2) of the Act, as they "
            "could identify individuals.", "suppression band; section number"), "c8", "c1 c11"),
        empty(),
        p(N("Table 2: outcomes of allegations recorded 01/04/2025 - 31/03/2026 (officers and "
            "staff together)", "table number; period"), "c8", "c3"),
        outcome_table(k25, FY25),
        empty(),
        p(N("Table 3: outcomes of allegations recorded 01/04/2026 - 31/10/2026 (officers and "
            "staff together)", "table number; period"), "c8", "c3"),
        outcome_table(kyt, YTD),
        empty(),
        p("Reflective practice refers to the Reflective Practice Review Process (RPRP). Under "
          "investigation includes allegations awaiting a misconduct hearing."),
        p(rights("the MPS")),
        p("Yours sincerely,"), p("Information Rights Unit"),
    ])
    html = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            f'<style type="text/css">{css}</style></head><body class="c7 doc-content">{body}'
            "</body></html>")
    write_text(src, html)


# =========================================================================== 4 West Yorkshire: an unruled PDF table, right-aligned figures, repeated header on page 2


def build_west_yorkshire():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    src = "west-yorkshire/WYP FOI 0938-26 response.pdf"
    KEY.file(src, "west-yorkshire")
    r = rng("west-yorkshire")
    c = canvas.Canvas(str(bk.dest(src)), pagesize=A4, invariant=1)
    c.setTitle("FOI 0938-26")
    c.setAuthor("West Yorkshire Police")
    c.setCreator("West Yorkshire Police")
    Wd, Ht = A4
    pages = 2
    x0 = 22 * mm
    cols = [118 * mm, 138 * mm, 158 * mm, 178 * mm]   # right edges
    heads = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("2026/27*", YTD)]

    def furn(pg):
        c.setFont("Helvetica", 8)
        c.drawCentredString(Wd / 2, Ht - 12 * mm, "OFFICIAL")
        c.drawString(x0, 10 * mm, N("West Yorkshire Police  |  FOI 0938-26", "reference"))
        c.drawRightString(Wd - 22 * mm, 10 * mm, N(f"Page {pg} of {pages}", "page number"))

    def header(y):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, y, "Allegation type /")
        for (h, _), xr in zip(heads, cols):
            c.drawCentredString(xr - 7 * mm, y, N(h, "period heading"))
        y -= 11
        c.drawString(x0, y, "outcome")
        c.setFont("Helvetica", 8)
        for xr in cols:
            c.drawRightString(xr, y, "allegations")
        return y - 16

    def text(y, s, font="Helvetica", size=10):
        c.setFont(font, size)
        c.drawString(x0, y, s)
        return y - size * 1.45

    furn(1)
    y = Ht - 26 * mm
    y = text(y, "West Yorkshire Police", "Helvetica-Bold", 14)
    y = text(y, N("Information Management, PO Box 9, Wakefield WF1 3QP", "PO box; postcode"), size=9)
    y -= 6
    y = text(y, N("Freedom of Information request FOI 0938-26", "reference"), "Helvetica-Bold", 11)
    y = text(y, N("Date of response: 3 December 2026", "date"), size=9)
    y -= 4
    req_lines = [
        "You asked: \u201cPlease provide, for each of the financial years 2023/24, 2024/25 and",
        "2025/26 and for 2026/27 to date: (1) the number of allegations of sexual assault, sexual",
        "misconduct, sexual harassment, abuse of position for a sexual purpose and violence against",
        "women and girls (VAWG) made against police officers and police staff; and (2) the outcome",
        "of each allegation.\u201d"]
    for s in req_lines:
        y = text(y, N(s, "the request's years and part numbers"), "Helvetica-Oblique", 9)
    y -= 4
    for s in ["West Yorkshire Police holds this information. The table below gives the allegations",
              "recorded against police officers and police staff together, by the financial year in",
              "which each allegation was recorded, with the outcome of each allegation as at the date",
              "of this response."]:
        y = text(y, s, size=9)
    y -= 8
    y = text(y, N("Table 1: Allegations recorded and their outcomes", "table number"),
             "Helvetica-Bold", 10)
    y -= 4
    y = header(y)
    rows = []
    for cat in CATS5:
        ks = [counts(r, cat=cat, late=(per in (FY25, YTD))) for _, per in heads]
        rows.append(("cat", CL[cat], None))
        for lab, oc in OUT7:
            rows.append(("out", lab, [(cat, oc, k[oc], per) for k, (_, per) in zip(ks, heads)]))
        rows.append(("tot", "Total", [(cat, "total", sum(k.values()), per)
                                      for k, (_, per) in zip(ks, heads)]))
    first_page = 24
    for i, (kind, lab, figs) in enumerate(rows):
        if i == first_page:
            c.showPage()
            furn(2)
            y = Ht - 26 * mm
            y = text(y, N("Table 1 (continued)", "table number"), "Helvetica-Bold", 10)
            y -= 4
            y = header(y)
        if kind == "cat":
            y -= 3
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x0, y, lab)
        else:
            c.setFont("Helvetica-Bold" if kind == "tot" else "Helvetica", 9)
            c.drawString(x0 + 4 * mm, y, lab)
            for (cat, oc, v, per), xr in zip(figs, cols):
                c.drawRightString(xr, y, F(cat, oc, v, per))
        y -= 12.5
    y -= 6
    y = text(y, N("* 2026/27: 1 April 2026 to 31 October 2026 (part year).", "footnote: part year"),
             size=8.5)
    for s in ["Reflective practice: the Reflective Practice Review Process. Under investigation:",
              "allegations still being investigated or awaiting a misconduct meeting or hearing.",
              "Outcomes recorded after the date of extraction are not included."]:
        y = text(y, s, size=8.5)
    y -= 6
    for s in [N("If you are dissatisfied with this response you may ask for an internal review within "
                "40 working days.", "review deadline"),
              N("You may then complain to the Information Commissioner's Office, Wycliffe House, "
                "Water Lane, Wilmslow SK9 5AF.", "postcode")]:
        y = text(y, s, size=8.5)
    c.showPage()
    c.save()


# =========================================================================== 5 Devon & Cornwall: an e-mail with an older answer forwarded below


def build_devon_and_cornwall():
    src = "devon-and-cornwall/RE_ FOI 2026-004771 - your request.eml"
    KEY.file(src, "devon-and-cornwall")
    r = rng("devon")
    out = []
    out.append(N("Dear Requester,", ""))
    out.append("")
    out.append(N(f"Freedom of Information request 2026-004771, received {SENT}", "reference; date"))
    out.append("")
    out.append("You asked:")
    out.append("")
    import textwrap
    for s in textwrap.wrap("\u201c" + REQUEST30 + "\u201d", 72):
        out.append("    " + N(s, "the request's years and part numbers"))
    out.append("")
    out.append("Devon & Cornwall Police holds this information. The figures are allegations "
               "recorded")
    out.append("against police officers and police staff together.")
    out.append("")
    for per, head in ((FY23, "2023/24"), (FY24, "2024/25"), (YTD, "2026/27 to 31 October 2026")):
        out.append(N(f"Allegations recorded in {head}:", "period heading"))
        for cat in CATS5:
            out.append(f"\u2022 {CL[cat]} \u2013 {F(cat, 'total', tot(r, cat, hi=20), per)}")
        out.append("")
    out.append(N("Outcomes of the allegations recorded in 2025/26 (1 April 2025 to 31 March 2026):",
                 "period"))
    out.append("")
    for cat in CATS5:
        k = counts(r, cat=cat)
        out.append(f"{CL[cat]}")
        out.append(f"\u2022 Total allegations \u2013 {F(cat, 'total', sum(k.values()), FY25)}")
        for lab, oc in OUT7:
            out.append(f"\u2022 {lab} \u2013 {F(cat, oc, k[oc], FY25)}")
        out.append("")
    out += ["Reflective practice is the Reflective Practice Review Process.", "",
            N("We answered a similar request from another requester last year (our reference "
              "2025-001209). Our colleague's e-mail is forwarded below for context only: it covers "
              "calendar year 2024, was compiled on a different basis, and its figures are not part "
              "of this response.", "earlier reference; another request's period"), ""]
    for s in textwrap.wrap(rights("Devon & Cornwall Police"), 76):
        out.append(s)
    out += ["", "Kind regards,", "", "Freedom of Information Team",
            "Devon & Cornwall Police", "", ""]
    old = ["---------- Forwarded message ---------",
           "From: Freedom of Information <foi@dc.police.uk>",
           "Date: Tue, 11 Mar 2025 at 14:02",
           "Subject: FOI 2025-001209 - response",
           "To: <j.smith@example.net>", "",
           "Dear Mr Smith,", "",
           "Your request asked for allegations of sexual misconduct made against police officers",
           "in the calendar year 2024. Devon & Cornwall Police recorded:", "",
           "\u2022 Sexual assault \u2013 17",
           "\u2022 Sexual harassment \u2013 23",
           "\u2022 Abuse of position for a sexual purpose \u2013 6", "",
           "Of these, 4 officers were dismissed and 9 allegations remain under investigation.", "",
           "Kind regards,", "Freedom of Information Team"]
    for s in old:
        out.append("> " + N(s, "forwarded older answer to another requester (calendar year 2024): "
                              "not part of this response") if s else ">")
    body = "\n".join(out) + "\n"
    hdr = ("From: Freedom of Information <foi@dc.police.uk>\n"
           "To: requester@example.org\n"
           "Date: " + N("Wed, 02 Dec 2026 10:17:44 +0000", "date") + "\n"
           "Subject: " + N("RE: FOI 2026-004771 - your request", "reference") + "\n"
           "Message-ID: <20261202101744.4471@dc.police.uk>\n"
           "MIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=\"utf-8\"\n"
           "Content-Transfer-Encoding: 8bit\n\n")
    write_text(src, hdr + body, newline="\r\n")


# =========================================================================== 6 Cumbria: a workbook with one sheet per allegation type, unusual outcome words


def build_cumbria():
    import openpyxl
    from openpyxl.styles import Font
    src = "cumbria/FOI 2026-0844 outcomes by type.xlsx"
    KEY.file(src, "cumbria")
    r = rng("cumbria")
    wb = openpyxl.Workbook()
    ws0 = wb.active
    ws0.title = "Read me"
    notes = [
        "Cumbria Constabulary",
        N("FOI 2026-0844", "reference"),
        request30(),
        N("One sheet per allegation type. Figures are allegations recorded against police officers "
          "and police staff together, by the financial year the allegation was recorded.",
          "'One sheet': not a count"),
        N("2026/27 to date = 1 April 2026 to 31 October 2026.", "period definition"),
        N("Nil and None both mean that no allegation had that outcome (the 2026/27 column was "
          "added by a different analyst).", "'one': a pronoun; period"),
        N("n/a = not applicable: the VAWG marker was introduced on 1 April 2024, so no VAWG "
          "figures are held for 2023/24.", "date the marker began; period"),
        "Learning from reflection = Reflective Practice Review Process. Resigned before outcome = "
        "the subject left before any finding was made. Referred to misconduct meeting - outcome "
        "pending = still in progress.",
        rights("Cumbria Constabulary"),
    ]
    for i, t in enumerate(notes, 1):
        ws0.cell(row=i, column=1, value=t)
    outs = [("Dismissed", "dismissed"), ("Resigned before outcome", "resigned_or_retired"),
            ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Learning from reflection", "management_action"),
            ("Case to answer - no further action", "no_further_action"),
            ("No case to answer", "no_case_to_answer"),
            ("Referred to misconduct meeting - outcome pending", "ongoing")]
    ocs = [oc for _, oc in outs]
    names = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "APSP", VG: "VAWG"}
    heads = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("2026/27 to date", YTD)]
    for cat in CATS5:
        ws = wb.create_sheet(names[cat])
        ws["A1"] = f"{CL[cat]} - allegations against police officers and staff"
        ws["A1"].font = Font(bold=True, size=12)
        ws.cell(row=3, column=1, value="Outcome").font = Font(bold=True)
        for ci, (h, _) in enumerate(heads, 2):
            ws.cell(row=3, column=ci, value=N(h, "period heading")).font = Font(bold=True)
        ks = [counts(r, cat=cat, ocs=ocs, zero=0.5, late=(per in (FY25, YTD))) for _, per in heads]
        for ri, (lab, oc) in enumerate(outs + [("Total", "total")], 4):
            ws.cell(row=ri, column=1, value=lab)
            for ci, ((_, per), k) in enumerate(zip(heads, ks), 2):
                if cat == VG and per == FY23:
                    ws.cell(row=ri, column=ci, value="n/a")
                    if oc == "total":
                        F(cat, "total", NH, per)
                    continue
                v = sum(k.values()) if oc == "total" else k[oc]
                if v == 0:
                    word = "None" if per == YTD else "Nil"
                    F(cat, oc, 0, per, said=word)
                    ws.cell(row=ri, column=ci, value=word)
                else:
                    ws.cell(row=ri, column=ci, value=int(F(cat, oc, v, per)))
            if oc == "total":
                for ci in range(1, 6):
                    ws.cell(row=ri, column=ci).font = Font(bold=True)
        ws.column_dimensions["A"].width = 48
    xlsx_save(wb, src, "Cumbria Constabulary")


# =========================================================================== 7-8 Leicestershire: one workbook per workforce


def leics_book(src, subject, r, hidden_col):
    import openpyxl
    from openpyxl.styles import Font
    KEY.file(src, "leicestershire", subject=subject)
    wb = openpyxl.Workbook()
    ws = wb.active
    word = "Police officers" if subject == "officers" else "Police staff"
    ws.title = word
    ws["A1"] = "Leicestershire Police - Professional Standards Department"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N(f"FOI 002817-26: allegations against {word.lower()}", "reference")
    other = "police staff" if subject == "officers" else "police officers"
    ws["A3"] = (f"Workforce: {word.lower()} only. A separate workbook covers {other}. Figures are "
                "allegations, by the financial year in which they were recorded.")
    heads = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("2026/27*", YTD)]
    hdr = ["Allegation type", "Outcome"] + [N(h, "period heading") for h, _ in heads]
    if hidden_col:
        hdr.append("2026/27 draft (to 30/09/2026)")
        N("2026/27 draft (to 30/09/2026)", "hidden column heading")
    for ci, h in enumerate(hdr, 1):
        ws.cell(row=5, column=ci, value=h).font = Font(bold=True)
    outs = OUT7 if subject == "officers" else [o for o in OUT7 if o[1] != "would_have_been_dismissed"]
    row = 6
    for cat in CATS5:
        ks = [counts(r, cat=cat, subj=subject, zero=0.45, late=(per in (FY25, YTD)))
              for _, per in heads]
        first = True
        for lab, oc in outs + [("Total", "total")]:
            if first:
                ws.cell(row=row, column=1, value=CL[cat]).font = Font(bold=True)
                first = False
            ws.cell(row=row, column=2, value=lab)
            for ci, ((_, per), k) in enumerate(zip(heads, ks), 3):
                v = sum(k[o] for _, o in outs) if oc == "total" else k[oc]
                ws.cell(row=row, column=ci, value=int(F(cat, oc, v, per)))
            if hidden_col:
                k = ks[3]
                v = sum(k[o] for _, o in outs) if oc == "total" else k[oc]
                v = max(0, v - (1 if oc in ("total", "ongoing") and v else 0))
                ws.cell(row=row, column=7, value=v)
                N(str(v), "hidden column: superseded draft")
            if oc == "total":
                for ci in range(2, 7):
                    ws.cell(row=row, column=ci).font = Font(bold=True)
            row += 1
    row += 1
    ws.cell(row=row, column=1, value=N("* 2026/27: 1 April to 31 October 2026", "footnote: part year"))
    ws.cell(row=row + 1, column=1, value="Reflective practice = Reflective Practice Review Process.")
    if subject == "staff":
        ws.cell(row=row + 2, column=1, value="'Would have been dismissed' applies to police officers "
                "only (Police (Conduct) Regulations) and is not shown for police staff.")
        N("Would have been dismissed", "")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 28
    if hidden_col:
        ws.column_dimensions["G"].hidden = True
    ws.freeze_panes = "C6"
    xlsx_save(wb, src, "Leicestershire Police PSD")


def build_leicestershire_officers():
    leics_book("leicestershire/FOI 002817-26 Police officers.xlsx", "officers",
               rng("leics-o"), True)


def build_leicestershire_staff():
    leics_book("leicestershire/FOI 002817-26 Police staff.xlsx", "staff", rng("leics-s"), False)


# =========================================================================== 9 Lincolnshire: an ODS with repeated and covered cells and a hidden sheet


def build_lincolnshire():
    src = "lincolnshire/Lincs FOI 26-1503.ods"
    KEY.file(src, "lincolnshire")
    r = rng("lincolnshire")

    def cell_s(text, style="ce1", span=0, rspan=0):
        a = f' table:number-columns-spanned="{span}"' if span else ""
        a += f' table:number-rows-spanned="{rspan}"' if rspan else ""
        return (f'<table:table-cell table:style-name="{style}" office:value-type="string"'
                f' calcext:value-type="string"{a}><text:p>{E(text)}</text:p></table:table-cell>')

    def covered(n=1):
        rep = f' table:number-columns-repeated="{n}"' if n > 1 else ""
        return f"<table:covered-table-cell{rep}/>"

    def nums(vals):
        """Value cells, runs of equal values written as one repeated cell (as LibreOffice does)."""
        out, i = [], 0
        while i < len(vals):
            j = i
            while j + 1 < len(vals) and vals[j + 1] == vals[i]:
                j += 1
            n = j - i + 1
            rep = f' table:number-columns-repeated="{n}"' if n > 1 else ""
            out.append(f'<table:table-cell office:value-type="float" office:value="{vals[i]}"'
                       f' calcext:value-type="float"{rep}><text:p>{vals[i]}</text:p></table:table-cell>')
            i = j + 1
        return "".join(out)

    def row(cells, tail=True):
        t = '<table:table-cell table:number-columns-repeated="16370"/>' if tail else ""
        return f'<table:table-row table:style-name="ro1">{cells}{t}</table:table-row>'

    end = ('<table:table-row table:style-name="ro1" table:number-rows-repeated="1048560">'
           '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
    # sheet 1: totals by type x period x workforce
    heads = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("2026/27 (to 31/10/26)", YTD)]
    rows = [row(cell_s("Lincolnshire Police - allegations against officers and staff", "ce2")),
            row(cell_s(N("FOI 26-1503", "reference"))),
            row(cell_s("Allegation type", "ce3", rspan=2)
                + "".join(cell_s(N(h, "period heading"), "ce3", span=2) + covered() for h, _ in heads)),
            row(covered() + "".join(cell_s("Officers", "ce3") + cell_s("Staff", "ce3") for _ in heads))]
    for cat in CATS5:
        vals = []
        for _, per in heads:
            o, s = tot(r, cat, hi=14), tot(r, cat, "staff", hi=8)
            if r.random() < 0.3:
                s = o
            F(cat, "total", o, per, subject="officers")
            F(cat, "total", s, per, subject="staff")
            vals += [o, s]
        rows.append(row(cell_s(CL[cat]) + nums(vals)))
    rows.append(row(cell_s(N("2026/27 covers 1 April to 31 October 2026.", "part year"))))
    sheet1 = ('<table:table table:name="Allegations" table:style-name="ta1">'
              '<table:table-column table:style-name="co1"/>'
              '<table:table-column table:style-name="co2" table:number-columns-repeated="16383"/>'
              + "".join(rows) + end + "</table:table>")
    # sheet 2: outcomes 2025/26, officers and staff together
    k = {cat: counts(r, cat=cat, zero=0.55) for cat in CATS5}
    rows = [row(cell_s(N("Outcomes of allegations recorded in 2025/26 (officers and staff together)",
                         "period"), "ce2")),
            row(cell_s("Outcome", "ce3") + "".join(cell_s(CL[c], "ce3") for c in CATS5))]
    for lab, oc in OUT7 + [("Total", "total")]:
        vals = []
        for cat in CATS5:
            v = sum(k[cat].values()) if oc == "total" else k[cat][oc]
            F(cat, oc, v, FY25)
            vals.append(v)
        rows.append(row(cell_s(lab) + nums(vals)))
    rows.append(row(cell_s("Reflective practice = Reflective Practice Review Process.")))
    sheet2 = ('<table:table table:name="Outcomes 2025-26" table:style-name="ta1">'
              '<table:table-column table:style-name="co1"/>'
              '<table:table-column table:style-name="co2" table:number-columns-repeated="16383"/>'
              + "".join(rows) + end + "</table:table>")
    N("Outcomes 2025-26", "sheet name: period")
    # sheet 3: hidden working copy
    rows = [row(cell_s("DRAFT - do not release"))]
    for cat in CATS5:
        vals = [r.randint(0, 15) for _ in range(4)]
        for v in vals:
            N(str(v), "hidden sheet: superseded draft")
        rows.append(row(cell_s(CL[cat]) + nums(vals)))
    sheet3 = ('<table:table table:name="Draft" table:style-name="ta2">'
              '<table:table-column table:style-name="co1"/>'
              '<table:table-column table:style-name="co2" table:number-columns-repeated="16383"/>'
              + "".join(rows) + end + "</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
          'office:version="1.3"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns}>'
               "<office:automatic-styles>"
               '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.9in"/></style:style>'
               '<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="0.9in"/></style:style>'
               '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.178in"/></style:style>'
               '<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
               '<style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>'
               '<style:style style:name="ce1" style:family="table-cell"/>'
               '<style:style style:name="ce2" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>'
               '<style:style style:name="ce3" style:family="table-cell"><style:table-cell-properties fo:background-color="#dddddd"/><style:text-properties fo:font-weight="bold"/></style:style>'
               "</office:automatic-styles><office:body><office:spreadsheet>"
               + sheet1 + sheet2 + sheet3 +
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ' + ns + '>'
              '<office:master-styles><style:master-page style:name="Default"/></office:master-styles>'
              "</office:document-styles>")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3">'
            "<office:meta><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/"
            "e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>"
            "<meta:creation-date>2026-12-01T09:00:00</meta:creation-date></office:meta>"
            "</office:document-meta>")
    write_bytes(src, zip_bytes([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                                ("content.xml", content), ("styles.xml", styles),
                                ("meta.xml", meta), ("META-INF/manifest.xml", manifest)]))


# =========================================================================== 10 Wiltshire: a Word letter with a chart beside its table


def chart_xml(title, cats, series):
    """A clustered column chart: cats (labels), series [(name, values)], data labels shown."""
    def strcache(vals):
        return (f'<c:strCache><c:ptCount val="{len(vals)}"/>'
                + "".join(f'<c:pt idx="{i}"><c:v>{E(v)}</c:v></c:pt>' for i, v in enumerate(vals))
                + "</c:strCache>")
    sers = []
    for si, (name, vals) in enumerate(series):
        col = chr(ord("B") + si)
        sers.append(
            f'<c:ser><c:idx val="{si}"/><c:order val="{si}"/>'
            f'<c:tx><c:strRef><c:f>Sheet1!${col}$1</c:f>{strcache([name])}</c:strRef></c:tx>'
            '<c:invertIfNegative val="0"/>'
            '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>'
            '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
            f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${len(cats) + 1}</c:f>{strcache(cats)}</c:strRef></c:cat>'
            f'<c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${len(cats) + 1}</c:f><c:numCache>'
            f'<c:formatCode>General</c:formatCode><c:ptCount val="{len(vals)}"/>'
            + "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(vals))
            + "</c:numCache></c:numRef></c:val></c:ser>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>'
            + E(title) + '</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
            '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/>'
            '<c:grouping val="clustered"/><c:varyColors val="0"/>' + "".join(sers) +
            '<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>'
            '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
            '<c:delete val="0"/><c:axPos val="b"/><c:crossAx val="500000002"/></c:catAx>'
            '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
            '<c:delete val="0"/><c:axPos val="l"/><c:crossAx val="500000001"/></c:valAx>'
            '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
            '<c:plotVisOnly val="1"/></c:chart></c:chartSpace>')


def build_wiltshire():
    src = "wiltshire/Wiltshire Police FOI 2026-02251 response.docx"
    KEY.file(src, "wiltshire")
    r = rng("wiltshire")
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_header_footer(d, "OFFICIAL", "OFFICIAL")
    bk.docx_para(d, "Wiltshire Police", bold=True, size=16)
    bk.docx_para(d, N("Freedom of Information request 2026-02251", "reference"), bold=True)
    bk.docx_para(d, N("4 December 2026", "date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N(f"Thank you for your request of {SENT}:", "date"))
    bk.docx_para(d, request30(), italic=True)
    bk.docx_para(d, "Wiltshire Police holds this information. All figures are allegations against "
                    "police officers and police staff together.")
    bk.docx_heading(d, N("Table 1: Allegations recorded by type and financial year", "table number"))
    heads = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("2026/27 (to 31 Oct)", YTD)]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Allegation type"] + [h for h, _ in heads]):
        docx_cell(c, N(h, "period heading"), bold=True)
    k25 = {cat: counts(r, cat=cat) for cat in CATS5}
    kyt = {cat: counts(r, cat=cat, late=True) for cat in CATS5}
    series = []
    for cat in CATS5:
        cells = t.add_row().cells
        docx_cell(cells[0], CL[cat])
        vals = []
        for ci, (_, per) in enumerate(heads, 1):
            v = (sum(k25[cat].values()) if per == FY25 else
                 sum(kyt[cat].values()) if per == YTD else tot(r, cat, hi=18))
            docx_cell(cells[ci], F(cat, "total", v, per), align=2)
            vals.append(v)
        series.append((CL[cat], vals))
    bk.docx_para(d, "The chart shows the same figures.", size=9)
    bk.docx_para(d, "@@CHART@@")
    for per, k, title in ((FY25, k25, "Table 2: Outcomes of allegations recorded in 2025/26"),
                          (YTD, kyt, "Table 3: Outcomes of allegations recorded in 2026/27 "
                                     "(1 April to 31 October 2026)")):
        bk.docx_heading(d, N(title, "table number; period"))
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Outcome"] + [CL[x] for x in CATS5]):
            docx_cell(c, h, bold=True, size=9)
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = t.add_row().cells
            docx_cell(cells[0], lab, bold=(oc == "total"))
            for ci, cat in enumerate(CATS5, 1):
                v = sum(k[cat].values()) if oc == "total" else k[cat][oc]
                docx_cell(cells[ci], F(cat, oc, v, per, restated=(oc == "total")), align=2)
    bk.docx_para(d, N("The Total rows of Tables 2 and 3 are the 2025/26 and 2026/27 columns of Table 1. "
                      "Reflective practice is the Reflective Practice Review Process.",
                      "table numbers; periods"))
    bk.docx_para(d, rights("Wiltshire Police"))
    bk.docx_para(d, "Freedom of Information Unit, Wiltshire Police")
    # chart: categories are the periods, one series per type (a restatement of Table 1)
    cx = chart_xml("Allegations recorded, officers and staff",
                   [N(h, "chart category: period") for h, _ in heads], series)
    for _ in series[1:]:
        for h, _ in heads:
            N(h, "chart category: period (once per series)")
    for name, vals in series:
        for v, (_, per) in zip(vals, heads):
            F([c for c in CATS5 if CL[c] == name][0], "total", v, per, restated=True)
    N("Allegations recorded, officers and staff", "")
    drawing = ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
               '<wp:extent cx="5760000" cy="3240000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
               '<wp:docPr id="3001" name="Chart 1"/><wp:cNvGraphicFramePr/>'
               '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
               '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
               '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
               'r:id="rIdChart3001"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')

    def patch(name, data):
        if name == "word/document.xml":
            x = data.decode("utf-8")
            x, n = re.subn(r"<w:r>(?:(?!</w:r>).)*?@@CHART@@</w:t></w:r>", drawing, x)
            assert n == 1
            return x.encode("utf-8")
        if name == "word/_rels/document.xml.rels":
            return data.decode("utf-8").replace(
                "</Relationships>",
                '<Relationship Id="rIdChart3001" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/chart" Target="charts/chart1.xml"/>'
                "</Relationships>").encode("utf-8")
        if name == "[Content_Types].xml":
            return data.decode("utf-8").replace(
                "</Types>",
                '<Override PartName="/word/charts/chart1.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>').encode("utf-8")
        return data
    docx_finish(d, src, "Wiltshire Police", patch, extra=[("word/charts/chart1.xml", cx)])


# =========================================================================== 11 Bedfordshire: "see our response to FOI 2025-123", appended as an annex


def build_bedfordshire():
    from reportlab.platypus import PageBreak
    src = "bedfordshire/Beds FOI 2026-1190 response.pdf"
    KEY.file(src, "bedfordshire")
    r = rng("bedfordshire")
    st = pstyles("Helvetica", 9.5)

    def P(t, s="body"):
        return bk.P(t, st[s])

    def otable(k, per, cats):
        rows = [["Outcome"] + [bk.P(E(CL[c]), st["cellb"]) for c in cats]]
        for lab, oc in OUT7 + [("Total", "total")]:
            rows.append([lab] + [F(cat, oc, sum(k[cat].values()) if oc == "total" else k[cat][oc], per)
                                 for cat in cats])
        w = 150 / len(cats)
        return ruled(rows, [40] + [w] * len(cats), bold_rows=(8,))
    story = [P("Bedfordshire Police", "h"),
             P(N("Freedom of Information Unit, Police Headquarters, Woburn Road, Kempston, "
                 "Bedford MK43 9AX", "postcode"), "small"),
             P(N("Our reference: FOI 2026-1190 &nbsp;&nbsp; Date: 3 December 2026", "reference; date")),
             P("Dear Requester,"),
             P(N(f"Thank you for your request of {SENT}, in which you asked:", "date")),
             P(E(request30()), "quote"),
             P(N("For 2023/24 and 2024/25, please see our response to FOI 2025-123, which answered the "
                 "same questions for sexual assault, sexual misconduct, sexual harassment and abuse of "
                 "position for a sexual purpose for those two years. A copy of that response is "
                 "appended as Annex A; the figures have not changed. Allegations were not flagged as "
                 "violence against women and girls (VAWG) before 1 April 2025, so VAWG figures for "
                 "2023/24 and 2024/25 are not held.", "earlier reference; periods; date the flag began")),
             P(N("Tables 1 and 2 below answer the request for 2025/26 and for 2026/27 to date "
                 "(1 April to 31 October 2026). All figures are allegations against police officers "
                 "and police staff together.", "table numbers; periods"))]
    F(VG, "total", NH, FY23, printed=False)
    F(VG, "total", NH, FY24, printed=False)
    k25 = {cat: counts(r, cat=cat) for cat in CATS5}
    kyt = {cat: counts(r, cat=cat, late=True) for cat in CATS5}
    story += [P(N("Table 1: Outcomes of allegations recorded in 2025/26", "table number; period"), "h2"),
              otable(k25, FY25, CATS5), bk.S(8),
              P(N("Table 2: Outcomes of allegations recorded 1 April to 31 October 2026",
                  "table number; period"), "h2"),
              otable(kyt, YTD, CATS5), bk.S(8),
              P("Reflective practice is the Reflective Practice Review Process. Under investigation "
                "includes allegations awaiting a misconduct meeting or hearing."),
              P(rights("Bedfordshire Police")), P("Yours sincerely,"), P("Freedom of Information Unit"),
              PageBreak(),
              P(N("Annex A: copy of our response to FOI 2025-123", "earlier reference"), "h"),
              P("Bedfordshire Police", "bold"),
              P(N("Our reference: FOI 2025-123 &nbsp;&nbsp; Date: 19 May 2025", "earlier reference; date")),
              P("Dear Ms Patel,"),
              P(N("You asked: \u201cFor the financial years 2023/24 and 2024/25, how many allegations "
                  "of sexual assault, sexual misconduct, sexual harassment and abuse of position for a "
                  "sexual purpose were made against Bedfordshire Police officers and staff, and what "
                  "were the outcomes?\u201d", "the earlier request's years")),
              P("The figures are allegations against police officers and police staff together.")]
    cats4 = (SA, SM, SH, AP)
    for per, head in ((FY23, "Table A1: 2023/24"), (FY24, "Table A2: 2024/25")):
        k = {cat: counts(r, cat=cat) for cat in cats4}
        story += [P(N(head, "table number; period"), "h2"), otable(k, per, cats4), bk.S(6)]
    story += [P(N("Yours sincerely, Freedom of Information Unit (response sent 19 May 2025)", "date"))]
    bk.pdf_letter(src, story, furniture("Bedfordshire Police FOI 2026-1190"),
                  title="FOI 2026-1190 response", author="Bedfordshire Police")


# =========================================================================== 12 North Wales: a semicolon CSV with a BOM, a title line and footnotes


def build_north_wales():
    src = "north-wales/NWP FOI 2026-1877 data.csv"
    KEY.file(src, "north-wales")
    r = rng("north-wales")
    heads = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 YTD", YTD)]
    lines = [N("North Wales Police / Heddlu Gogledd Cymru - FOI 2026-1877 - allegations against "
               "police officers and police staff", "reference"), "",
             "Allegation type;Outcome;" + ";".join(
                 f"{N(h, 'period heading')} {s}" for h, _ in heads for s in ("Officers", "Staff"))]
    for cat in CATS5:
        ks = {(per, s): counts(r, cat=cat, subj=s, late=(per != FY24))
              for _, per in heads for s in ("officers", "staff")}
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = [CL[cat], lab]
            for _, per in heads:
                for s in ("officers", "staff"):
                    k = ks[(per, s)]
                    v = sum(k.values()) if oc == "total" else k[oc]
                    cells.append(F(cat, oc, v, per, subject=s))
            lines.append(";".join(cells))
    lines += ["",
              N("Notes:;;;;;;;", ""),
              N("YTD = 1 April 2026 to 31 October 2026.;;;;;;;", "period definition"),
              N("2023/24 figures were published in response to FOI 2025-0412 and are not repeated "
                "(section 21).;;;;;;;", "period; earlier reference; section number"),
              "0 = none recorded. Reflective practice = Reflective Practice Review Process.;;;;;;;"]
    N("0", "nil legend")
    # The lead's re-key (the project's reading since blind10, blind17, blind25): a period withheld
    # by reference to an earlier response under section 21 is one refused row per requested type.
    for cat in CATS5:
        F(cat, "total", bk.REF("s21"), FY23, subject="officers_and_staff")
    write_text(src, "\n".join(lines) + "\n", newline="\r\n", bom=True)


# =========================================================================== 13 PSNI: a disclosure-log entry with figures in definition lists


def build_psni():
    src = "psni/PSNI FOI-2026-02984 disclosure.html"
    KEY.file(src, "psni")
    r = rng("psni")
    parts = []
    heads = [("Financial year 2023/24", FY23), ("Financial year 2024/25", FY24),
             ("Financial year 2025/26", FY25), ("2026/27 to 31 October 2026", YTD)]
    k25 = {cat: counts(r, cat=cat) for cat in CATS5}
    for h, per in heads:
        parts.append(f'<h3 class="year">{N(h, "period heading")}</h3>\n<dl class="figures">')
        for cat in CATS5:
            o, s = tot(r, cat, hi=18), tot(r, cat, "staff", hi=8)
            if per == FY25:
                s = r.randint(0, min(3, sum(k25[cat].values())))
                o = sum(k25[cat].values()) - s
                assert o >= 0
            if o + s == 0:
                dd = (f"{F(cat, 'total', 0, per, said='Nil')} (officers "
                      f"{F(cat, 'total', 0, per, subject='officers', said='nil')}, staff "
                      f"{F(cat, 'total', 0, per, subject='staff', said='nil')})")
            else:
                dd = (f"{F(cat, 'total', o + s, per)} (officers "
                      f"{F(cat, 'total', o, per, subject='officers')}, staff "
                      f"{F(cat, 'total', s, per, subject='staff')})")
            parts.append(f"<dt>{CL[cat]}</dt><dd>{dd}</dd>")
        parts.append("</dl>")
    parts.append(f'<h3 class="year">{N("Outcomes: allegations recorded in 2025/26", "period")}</h3>')
    parts.append("<p>Officers and staff together. Outcomes with no allegations are shown as 0.</p>")
    N("0", "nil legend")
    for cat in CATS5:
        parts.append(f"<h4>{CL[cat]}</h4>\n<dl class=\"outcomes\">")
        for lab, oc in OUT7:
            parts.append(f"<dt>{lab}</dt><dd>{F(cat, oc, k25[cat][oc], FY25)}</dd>")
        parts.append("</dl>")
    body = f"""<div id="skip"><a href="#main">Skip to main content</a></div>
<header class="psni-header"><a href="/" class="logo">Police Service of Northern Ireland</a>
<nav><a href="/about-us">About us</a> <a href="/foi">Freedom of Information</a> <a href="/foi/disclosure-log">Disclosure log</a></nav></header>
<main id="main" class="disclosure">
<h1>{N("FOI-2026-02984: Sexual misconduct allegations against officers and staff", "reference")}</h1>
<p class="meta">{N("Published: 4 December 2026", "date")} &middot; Category: Professional Standards</p>
<h2>Request</h2>
<p class="request">{E(request30())}</p>
<h2>Answer</h2>
<p>The Police Service of Northern Ireland holds this information. The figures below are
allegations recorded by Professional Standards Department against police officers and police
staff. Each entry gives the total followed by the split between officers and staff.</p>
{chr(10).join(parts)}
<p>Reflective practice means the Reflective Practice Review Process. Under investigation includes
allegations referred to the Police Ombudsman that are not yet concluded.</p>
<h2>Your right of review</h2>
<p>{N("You may request a review within 40 working days of receiving this response, and thereafter complain to the Information Commissioner's Office, 3rd Floor, 14 Cromac Place, Belfast BT7 2JB.", "review deadline; address")}</p>
</main>
<footer><p>{N("&copy; PSNI 2026", "copyright year")}</p></footer>"""
    write_text(src, bk.html_page(N("FOI-2026-02984 | PSNI", "reference"), body))


# =========================================================================== 14 Civil Nuclear Constabulary: date-range column heads, Nil cells, not held


def build_civil_nuclear():
    from docx.enum.table import WD_TABLE_ALIGNMENT
    src = "civil-nuclear/CNC FOI 2026-0117 response.docx"
    KEY.file(src, "civil-nuclear", subject="officers")
    r = rng("cnc")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_header_footer(d, "OFFICIAL", N("Civil Nuclear Constabulary, Building F6, Culham Campus, "
                                           "Abingdon OX14 3DB", "postcode"))
    bk.docx_para(d, "Civil Nuclear Constabulary", bold=True, size=15)
    bk.docx_para(d, N("Freedom of Information request CNC FOI 2026-0117", "reference"), bold=True)
    bk.docx_para(d, N("Date: 1 December 2026", "date"))
    bk.docx_para(d, N(f"Thank you for your request dated {SENT}:", "date"))
    bk.docx_para(d, request30(), italic=True)
    bk.docx_para(d, "The Civil Nuclear Constabulary (CNC) holds information about allegations made "
                    "against its police officers; the table below gives it. Nil means that no "
                    "allegation was recorded.")
    bk.docx_para(d, "Police staff: the CNC's police staff are employed and managed by the Civil "
                    "Nuclear Police Authority, whose records were not searched as part of this "
                    "request; the information about police staff is not held by the CNC.")
    bk.docx_para(d, "Violence against women and girls: the CNC does not record a VAWG marker on "
                    "conduct allegations, so this information is not held for officers or staff.")
    cats4 = (SA, SM, SH, AP)
    for per in PERS:
        F(VG, "total", NH, per, subject="officers_and_staff", printed=False)
        for cat in cats4:
            F(cat, "total", NH, per, subject="staff", printed=False)
    heads = [("1 April 2023 to 31 March 2024", FY23), ("1 April 2024 to 31 March 2025", FY24),
             ("1 April 2025 to 31 March 2026", FY25), ("1 April 2026 to 31 October 2026", YTD)]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    docx_cell(t.rows[0].cells[0], "Allegation type and outcome", bold=True, size=9)
    for c, (h, _) in zip(t.rows[0].cells[1:], heads):
        docx_cell(c, N(h, "period heading: dates"), bold=True, size=9)
        docx_shade(c, "E7E6E6")
    bk.docx_repeat_header(t.rows[0])
    for cat in cats4:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        docx_cell(m, CL[cat], bold=True, size=9)
        docx_shade(m, "F2F2F2")
        ks = [counts(r, hi=2, zero=0.75, cat=cat, late=(per == YTD)) for _, per in heads]
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = t.add_row().cells
            docx_cell(cells[0], lab, bold=(oc == "total"), size=9)
            for ci, ((_, per), k) in enumerate(zip(heads, ks), 1):
                v = sum(k.values()) if oc == "total" else k[oc]
                txt = F(cat, oc, 0, per, said="Nil") if v == 0 else F(cat, oc, v, per)
                docx_cell(cells[ci], txt, align=1, size=9, bold=(oc == "total"))
    bk.docx_para(d, "")
    bk.docx_para(d, "Reflective practice means the Reflective Practice Review Process. Under "
                    "investigation includes allegations awaiting a misconduct meeting or hearing.")
    bk.docx_para(d, rights("the Civil Nuclear Constabulary"))
    bk.docx_para(d, "Information Rights Team, Civil Nuclear Constabulary")
    docx_finish(d, src, "Civil Nuclear Constabulary")


# =========================================================================== 15 West Midlands: a spreadsheet printed to PDF with row and column headings


def build_west_midlands():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    src = "west-midlands/4410_26 data printout.pdf"
    KEY.file(src, "west-midlands")
    r = rng("west-midlands")
    ps = landscape(A4)
    c = canvas.Canvas(str(bk.dest(src)), pagesize=ps, invariant=1)
    c.setTitle("4410_26 data.xlsx")
    c.setAuthor("West Midlands Police")
    c.setCreator("Microsoft Excel")
    heads = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("2026/27 YTD", YTD)]

    def sheet(pg, name, widths, rows):
        """rows: list of lists of (text, bold, align) cells; draws column letters and row numbers."""
        x0, y0 = 18 * mm, ps[1] - 22 * mm
        rh, hw = 6 * mm, 9 * mm
        c.setFillGray(0.88)
        c.rect(x0, y0 - rh, hw + sum(widths) * mm, rh, stroke=0, fill=1)
        c.rect(x0, y0 - rh * (len(rows) + 1), hw, rh * len(rows), stroke=0, fill=1)
        c.setFillGray(0)
        c.setStrokeGray(0.7)
        c.setLineWidth(0.4)
        c.setFont("Helvetica", 8)
        x = x0 + hw
        for i, w in enumerate(widths):
            c.drawCentredString(x + w * mm / 2, y0 - rh + 2 * mm, chr(65 + i))
            x += w * mm
        for ri, cells in enumerate(rows, 1):
            y = y0 - rh * (ri + 1)
            c.setFont("Helvetica", 8)
            c.drawCentredString(x0 + hw / 2, y + 2 * mm, N(str(ri), "spreadsheet row number"))
            x = x0 + hw
            for ci, w in enumerate(widths):
                c.rect(x, y, w * mm, rh, stroke=1, fill=0)
                if ci < len(cells) and cells[ci]:
                    txt, bold, al = cells[ci]
                    c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
                    if al == "r":
                        c.drawRightString(x + w * mm - 1.5 * mm, y + 2 * mm, txt)
                    else:
                        c.drawString(x + 1.5 * mm, y + 2 * mm, txt)
                x += w * mm
        c.setFont("Helvetica", 8)
        c.drawCentredString(ps[0] / 2, 10 * mm, N(f"{name}  -  Page {pg}", "sheet name; page number"))
        c.showPage()

    def T(s, bold=False):
        return (s, bold, "l")

    rows = [[T("West Midlands Police - Professional Standards", True)],
            [T(N("FOI request 4410/26 - allegations recorded", "reference"))],
            [T("Counts are allegations recorded against police officers and police staff.")],
            [],
            [T("Allegation type", True), T("Workforce", True)] + [T(N(h, "period heading"), True)
                                                                 for h, _ in heads]]
    k25 = {cat: counts(r, cat=cat) for cat in CATS5}
    for cat in CATS5:
        vals = {}
        for _, per in heads:
            if per == FY25:
                t_ = sum(k25[cat].values())
                s = r.randint(0, t_ // 3)
                vals[per] = (t_ - s, s)
            else:
                o, s = tot(r, cat, hi=20), tot(r, cat, "staff", hi=8)
                vals[per] = (o, s)
        for wf, subj in (("Police officer", "officers"), ("Police staff", "staff"),
                         ("Total", "officers_and_staff")):
            cells = [T(CL[cat] if wf == "Police officer" else ""), T(wf, wf == "Total")]
            for _, per in heads:
                o, s = vals[per]
                v = o + s if subj == "officers_and_staff" else (o if subj == "officers" else s)
                cells.append((F(cat, "total", v, per, subject=subj), wf == "Total", "r"))
            rows.append(cells)
    rows += [[], [T(N("YTD = 1 April 2026 to 31 October 2026.", "period definition"))],
             [T("Outcomes for 2025/26 are on the sheet 'Outcomes 2025-26'.")]]
    N("2025/26 2025-26", "period; sheet name")
    sheet(1, "Allegations", [80, 32, 24, 24, 24, 26], rows)
    rows = [[T(N("Outcomes of allegations recorded in 2025/26 (officers and staff)", "period"), True)],
            [],
            [T("Outcome", True)] + [T(x, True) for x in ("Sexual assault", "Sexual misconduct",
                                                           "Sexual harassment", "APSP", "VAWG")]]
    for lab, oc in OUT7 + [("Total", "total")]:
        cells = [T(lab, oc == "total")]
        for cat in CATS5:
            v = sum(k25[cat].values()) if oc == "total" else k25[cat][oc]
            cells.append((F(cat, oc, v, FY25, subject="officers_and_staff",
                            restated=(oc == "total")), oc == "total", "r"))
        rows.append(cells)
    rows += [[], [T("APSP = abuse of position for a sexual purpose; VAWG = violence against women and girls.")],
             [T("Reflective practice = Reflective Practice Review Process (RPRP).")]]
    sheet(2, "Outcomes 2025-26", [60, 30, 32, 32, 24, 24], rows)
    c.save()


# =========================================================================== build and check


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind30-", read=read30))
