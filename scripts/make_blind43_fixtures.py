#!/usr/bin/python3
"""make_blind43_fixtures.py -- the forty-third blind test batch for `foi` and its answer key.

Theme: a real folder as it arrives, mostly PDF and spreadsheets from forces with no plugin (LibreOffice
prints of a Calc sheet and of a Word letter, a BIFF8 .xls and an ODS saved by LibreOffice, canvas-drawn
report PDFs, XLSX workbooks, a covering e-mail with a workbook, a covering PDF with an appendix workbook).
The request, sent 2 December 2026, is in REQUEST below; see fixtures/blind43/NOTES.md.
Machinery: scripts/blindkit.py (not edited); the LibreOffice conversion, the PDF/ODS
normalisers and the .xls/.ods/.eml read-backs are local.

usage: /usr/bin/python3 make_blind43_fixtures.py # rebuild fixtures/blind43 (or $FOI_BLIND43_OUT)
       /usr/bin/python3 make_blind43_fixtures.py check    # determinism and number accounting
       /usr/bin/python3 make_blind43_fixtures.py dump FILE
"""
import datetime as dt
import email.message
import email.policy
import hashlib
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

try:
    import reportlab  # noqa: F401
except ImportError:
    os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import F, N, L, KEY, FY, CY, SUP, NH, E, write_text, write_bytes  # noqa: E402,F401
import xls_readback  # noqa: E402

FINAL = Path(os.environ.get("FOI_BLIND43_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind43").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
FY24, FY25 = FY(2024), FY(2025)
FYTD = ("2026-04-01", "2026-11-30")
CY24, CY25 = CY(2024), CY(2025)
CYTD = ("2026-01-01", "2026-11-30")
REQUEST = ("Please provide, for the financial years 2024/25 and 2025/26 and for 2026/27 to date, the number of "
           "allegations of sexual assault, sexual misconduct, sexual harassment, abuse of position for a sexual "
           "purpose and violence against women and girls made against police officers and police staff, and the "
           "outcome of each allegation. If you record by calendar year, the calendar years 2024 and 2025 and 2026 "
           "to date are acceptable.")
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
                 "Reflective practice", "No case to answer", "Under investigation"], OCS))
WHEN = dt.datetime(2026, 12, 16, 10, 30, 0)
LO_PROFILE = "file:///tmp/blind43-lo-profile"


def request():
    return N(REQUEST, "the request's periods")


def rng(name):
    return random.Random("blind43-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    if cat == AP or subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(2, 5)
    k["total"] = sum(k[oc] for oc in ocs)
    return k


def rights():
    return N("If you are unhappy with this response you may ask for an internal review within 40 working days, "
             "and then complain to the Information Commissioner\u2019s Office, Wycliffe House, Water Lane, "
             "Wilmslow, Cheshire, SK9 5AF.", "review window; ICO address")


def furniture(ref, marking="OFFICIAL"):
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 8)
        if marking:
            c.drawCentredString(w / 2, h - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref, "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


def docx_bytes(d, author):
    bk.docx_props(d, author, when=WHEN)
    buf = io.BytesIO()
    d.save(buf)
    return bk.normalised_zip(buf.getvalue())


def xlsx_bytes(wb, creator):
    wb.properties.created = WHEN
    wb.properties.modified = WHEN
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    buf = io.BytesIO()
    wb.save(buf)
    return bk.normalised_zip(buf.getvalue())


def lo_convert(data, in_name, fmt):
    """A file converted by LibreOffice headless (fmt: pdf, xls, ods); the converted bytes."""
    tmp = Path(tempfile.mkdtemp(prefix="b43lo-"))
    try:
        (tmp / in_name).write_bytes(data)
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                        "--convert-to", fmt, "--outdir", str(tmp / "out"), str(tmp / in_name)],
                       check=True, capture_output=True, timeout=300)
        outs = list((tmp / "out").iterdir())
        assert len(outs) == 1, outs
        return outs[0].read_bytes()
    finally:
        shutil.rmtree(tmp)


def fix_pdf(b, seed):
    b = re.sub(rb"(/(?:CreationDate|ModDate)\(D:)(\d{14})", lambda m: m.group(1) + b"20261216103000", b)
    hx = hashlib.md5(seed.encode()).hexdigest().upper().encode()
    b = re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + hx + b">", b)
    b = re.sub(rb"(/DocChecksum /)[0-9A-F]{32}", lambda m: m.group(1) + hx, b)
    return b


def lo_pdf(data, in_name, seed):
    return fix_pdf(lo_convert(data, in_name, "pdf"), seed)


def fix_ods(b):
    """An ODS saved by LibreOffice with fixed meta dates and zip times, mimetype first and stored."""
    with zipfile.ZipFile(io.BytesIO(b)) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, d in sorted(members, key=lambda m: m[0] != "mimetype"):
            if name == "meta.xml":
                d = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?", b"2026-12-16T10:30:00", d)
            if name == "styles.xml":      # LibreOffice writes the master pages in hash order: sort them
                def srt(m):
                    pages = re.findall(rb"<style:master-page .*?</style:master-page>", m.group(2), flags=re.S)
                    assert b"".join(pages) == m.group(2), "unexpected master-styles content"
                    return m.group(1) + b"".join(sorted(pages)) + m.group(3)
                d = re.sub(rb"(<office:master-styles>)(.*?)(</office:master-styles>)", srt, d, flags=re.S)
            if name.startswith("Thumbnails/"):
                continue
            if name == "META-INF/manifest.xml":
                d = re.sub(rb'\s*<manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png"[^>]*/>', b"", d)
                assert b"Thumbnails" not in d
            zi = zipfile.ZipInfo(name, bk.FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, d)
    return out.getvalue()


def ods_text(p):
    """An ODS as read back: each sheet's name, then every non-empty cell's text (repeated cells
    repeated, as the sheet shows them)."""
    import xml.etree.ElementTree as ET
    T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    with zipfile.ZipFile(p) as z:
        root = ET.fromstring(z.read("content.xml"))
    out = []
    for t in root.iter(T + "table"):
        out.append(f"[sheet {t.get(T + 'name')!r} state=visible]")
        for row in t.iter(T + "table-row"):
            rr = min(int(row.get(T + "number-rows-repeated", "1")), 50)
            cells = []
            for c in row:
                if c.tag not in (T + "table-cell", T + "covered-table-cell"):
                    continue
                txt = "\n".join("".join(x.itertext()) for x in c.iter(X + "p"))
                if txt:
                    cells += [txt] * int(c.get(T + "number-columns-repeated", "1"))
            for _ in range(rr if cells else 0):
                out += [f"[A1] {x}" for x in cells]
    return "\n".join(out)


def read43(path):
    p = Path(path)
    suf = p.suffix.lower()
    if suf == ".eml":
        return bk.eml_text(p, prefer=("plain",), attachments=True)
    if suf == ".xls":
        return xls_readback.xls_text(p)
    if suf == ".ods":
        return ods_text(p)
    return bk.read_back(p)


def rl_table(data, widths, header_rows=1, extra=(), size=8.5, font="Helvetica", repeat=None):
    from reportlab.platypus import Table
    t = Table(data, colWidths=widths, repeatRows=header_rows if repeat is None else repeat)
    t.setStyle(bk.grid_style(header_rows, font=font, size=size, extra=extra))
    return t


# ===================================================================== 1 British Transport Police: a Calc sheet printed to
# PDF by LibreOffice with gridlines; a Notes column beside the three year columns
def build_british_transport():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "british-transport/BTP FOI 2026-1842 disclosure.pdf"
    KEY.file(src, "british-transport")
    r = rng("btp")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Disclosure"
    ws["A1"] = "British Transport Police \u2013 Professional Standards Department"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:F1")
    ws["A2"] = N("FOI 2026/1842: allegations against police officers and police staff (combined), "
                 "by financial year in which the allegation was recorded", "reference")
    ws.merge_cells("A2:F2")
    heads = ["Allegation type", "Outcome", N("2024/25", "period"), N("2025/26", "period"),
             N("2026/27 (to 30/11/2026)", "period"), "Notes"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="center")
    notes = {(SA, "ongoing"): N("Includes two allegations referred to the IOPC", "a note: IOPC referrals (not a requested figure)"),
             (VG, "total"): "VAWG recorded as a separate category from May 2024",
             (SM, "would_have_been_dismissed"): "Officers who resigned or retired before the hearing"}
    row = 5
    for cat in CATS5:
        vs = [counts(r, hi=6, cat=cat, late=p == FYTD) for p in (FY24, FY25, FYTD)]
        for lab, oc in OUT7 + [("Total", "total")]:
            ws.cell(row, 1, CL[cat])
            ws.cell(row, 2, lab).font = Font(bold=oc == "total")
            for j, (v, p) in enumerate(zip(vs, (FY24, FY25, FYTD)), 3):
                ws.cell(row, j, int(F(cat, oc, v[oc], p))).font = Font(bold=oc == "total")
            if (cat, oc) in notes:
                ws.cell(row, 6, notes[(cat, oc)])
            row += 1
    N("VAWG recorded as a separate category from May 2024", "date in a note")
    ws.cell(row + 1, 1, "Figures are provisional for 2026/27 and may change as cases are finalised.")
    N("2026/27", "period in a note")
    for col, w in zip("ABCDEF", (34, 26, 10, 10, 14, 40)):
        ws.column_dimensions[col].width = w
    ws.print_options.gridLines = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.oddHeader.center.text = "OFFICIAL"
    ws.oddFooter.center.text = "Page &P of &N"
    N("Page 1 of 1", "page number")
    data = xlsx_bytes(wb, "BTP Information Rights")
    write_bytes(src, lo_pdf(data, "BTP FOI 2026-1842.xlsx", "btp-1842"))


# ===================================================================== 2 Cumbria: a Word letter exported to PDF by
# LibreOffice; ruled officers table with a shaded, repeated header across a page break; staff only in prose
def build_cumbria():
    from docx.shared import Pt
    src = "cumbria/Cumbria Constabulary FOI 0731-26 response.pdf"
    KEY.file(src, "cumbria", subject="officers")
    r = rng("cumbria")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_para(d, "Cumbria Constabulary", bold=True, size=14)
    bk.docx_para(d, "Freedom of Information Unit, Carleton Hall, Penrith")
    bk.docx_para(d, N("Our reference: FOI 0731/26     Date: 15 December 2026", "reference; date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("Thank you for your request received on 2 December 2026, in which you asked:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Cumbria Constabulary records allegations by the financial year in which they were received. "
                      "The table below shows allegations made against police officers in 2024/25 and 2025/26. We are "
                      "not able to provide figures for 2026/27 as the current year's data has not yet been quality "
                      "assured.", "periods"))
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", "Outcome", N("2024/25", "period"), N("2025/26", "period")]):
        bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=9)
        bk.docx_shade(t.rows[0].cells[j], "BFBFBF")
    bk.docx_repeat_header(t.rows[0])
    for cat in CATS5:
        vs = [counts(r, hi=6, cat=cat) for _ in range(2)]
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = t.add_row().cells
            bk.docx_cell(cells[0], CL[cat], size=9, bold=oc == "total")
            bk.docx_cell(cells[1], lab, size=9, bold=oc == "total")
            for j, (v, p) in enumerate(zip(vs, (FY24, FY25)), 2):
                bk.docx_cell(cells[j], F(cat, oc, v[oc], p), size=9, bold=oc == "total", align=2)
    N("2024/25 2025/26", "the table's header row repeated at the top of page 2")
    bk.docx_para(d, "")
    bk.docx_para(d, "Police staff", bold=True)
    parts = []
    for cat in CATS5:
        a = rng("cumst24" + cat).randint(0, 3)
        b = rng("cumst25" + cat).randint(0, 3)
        parts.append(f"{CL[cat].lower()}, {F(cat, 'total', a, FY24, subject='staff')} "
                     + N("in 2024/25 and", "period") + f" {F(cat, 'total', b, FY25, subject='staff')} "
                     + N("in 2025/26", "period"))
    bk.docx_para(d, "Allegations made against members of police staff are handled under the Force's own "
                    "disciplinary procedure and are not broken down by outcome. The numbers of allegations were: "
                 + "; ".join(parts) + ".")
    bk.docx_para(d, rights())
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Freedom of Information Officer")
    data = docx_bytes(d, "Cumbria Constabulary")
    write_bytes(src, lo_pdf(data, "FOI 0731-26 response.docx", "cumbria-0731"))


# ===================================================================== 3 Gloucestershire: a report-writer PDF drawn on a
# canvas, no ruling, columns set by position, "All results" first in each block, continued on page 2 with its header
def build_gloucestershire():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    src = "gloucestershire/Glos Constabulary FOI 2026-5518 PSD report.pdf"
    KEY.file(src, "gloucestershire")
    r = rng("glos")
    c = canvas.Canvas(str(bk.dest(src)), pagesize=A4, invariant=1)
    c.setTitle("R417 Allegations by type and result")
    c.setAuthor("Centurion reporting")
    w, h = A4
    labels = [("All results", "total"), ("Dismissed", "dismissed"),
              ("Would have been dismissed (former officer)", "would_have_been_dismissed"),
              ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
              ("Practice requiring improvement / RPRP", "management_action"),
              ("No case to answer", "no_case_to_answer"), ("Live investigation", "ongoing")]
    xs = [112, 137, 185]

    def head(pg):
        c.setFont("Courier-Bold", 9)
        c.drawString(15 * mm, h - 15 * mm, N("Report R417  Allegations by type and result", "report number"))
        c.setFont("Courier", 8)
        c.drawRightString(w - 15 * mm, h - 15 * mm, N(f"Page {pg} of 2", "page number"))
        c.drawString(15 * mm, h - 19 * mm, N("Run: 14/12/2026 08:41  User: PSD-FOI  Request: FOI 2026/5518",
                                           "run date and time; reference"))
        c.drawString(15 * mm, h - 23 * mm, "Employee group: All (police officers and police staff)")
        c.drawString(15 * mm, h - 27 * mm, N("Date basis: date recorded   Period: 01/01/2024 - 30/11/2026",
                                           "the report's date range"))
        c.setFont("Courier-Bold", 8.5)
        c.drawString(15 * mm, h - 35 * mm, "Type / Result")
        for x, t in zip(xs, (N("2024", "period"), N("2025", "period"), N("2026 (Jan-Nov)", "period"))):
            c.drawRightString(x * mm, h - 35 * mm, t)
        c.line(15 * mm, h - 37 * mm, w - 15 * mm, h - 37 * mm)
        return h - 43 * mm
    y = head(1)
    for i, cat in enumerate(CATS5):
        if i == 3:
            c.showPage()
            y = head(2)
        vs = [counts(r, hi=5, cat=cat, late=p == CYTD) for p in (CY24, CY25, CYTD)]
        c.setFont("Courier-Bold", 8.5)
        c.drawString(15 * mm, y, CL[cat].upper())
        y -= 4.5 * mm
        for lab, oc in labels:
            c.setFont("Courier-Bold" if oc == "total" else "Courier", 8.5)
            c.drawString(19 * mm, y, lab)
            for x, v, p in zip(xs, vs, (CY24, CY25, CYTD)):
                c.drawRightString(x * mm, y, F(cat, oc, v[oc], p))
            y -= 4.5 * mm
        y -= 4 * mm
    c.setFont("Courier", 8)
    c.drawString(15 * mm, y, "*** End of report ***")
    c.showPage()
    c.save()


# ===================================================================== 4 Northamptonshire: officers and staff side by
# side in one ruled grid with a blank column between them; types across as abbreviations
def build_northamptonshire():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib import colors
    src = "northamptonshire/Northants Police FOI 001988-26.pdf"
    KEY.file(src, "northamptonshire")
    r = rng("northants")
    st = bk.styles("Helvetica", 9.5)
    ab = ["SA", "SM", "SH", "APSP", "VAWG"]
    story = [bk.P("Northamptonshire Police \u2013 Freedom of Information Response", st["h"]),
             bk.P(N("Request number: 001988/26 &nbsp; Date of response: 17 December 2026", "reference; date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P("The information is held. Each table below shows police officers on the left and police staff on "
                  "the right. Abbreviations: SA sexual assault; SM sexual misconduct; SH sexual harassment; APSP "
                  "abuse of position for a sexual purpose; VAWG violence against women and girls.", st["body"])]
    for pl, p in ((N("Financial year 2025/26 (1 April 2025 to 31 March 2026)", "period"), FY25),
                  (N("Financial year 2026/27 to date (1 April 2026 to 30 November 2026)", "period"), FYTD)):
        story.append(bk.P(pl, st["h2"]))
        v = {(c, s): counts(r, hi=5, cat=c, subj=s, late=p == FYTD) for c in CATS5 for s in ("officers", "staff")}
        data = [["", "Police officers", "", "", "", "", "", "Police staff", "", "", "", ""],
                ["Outcome"] + ab + [""] + ab]
        for lab, oc in OUT7 + [("Total", "total")]:
            data.append([lab] + [F(c, oc, v[(c, "officers")][oc], p, subject="officers") for c in CATS5] + [""] +
                        [F(c, oc, v[(c, "staff")][oc], p, subject="staff") for c in CATS5])
        extra = [("SPAN", (1, 0), (5, 0)), ("SPAN", (7, 0), (11, 0)), ("ALIGN", (0, 0), (-1, 1), "CENTER"),
                 ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 8.5),
                 ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#DDEBF7")),
                 ("BACKGROUND", (6, 0), (6, -1), colors.white),
                 ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5)]
        story += [rl_table(data, [150] + [46] * 5 + [14] + [46] * 5, header_rows=2, extra=extra), bk.S(10)]
    story.append(bk.P(rights(), st["body"]))
    bk.pdf_letter(src, story, furniture("FOI 001988/26"), pagesize=landscape(A4), title="FOI 001988/26",
                  author="Northamptonshire Police")


# ===================================================================== 5 PSNI: a BIFF8 .xls saved by LibreOffice from a
# workbook with a Notes sheet first, a Data sheet, and a hidden sheet of workings
def build_psni():
    import openpyxl
    from openpyxl.styles import Font
    src = "psni/PSNI FOI-2026-03312 data.xls"
    KEY.file(src, "psni")
    r = rng("psni")
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Notes"
    lines = ["Police Service of Northern Ireland \u2013 Freedom of Information Request",
             N("Reference: FOI-2026-03312", "reference"),
             "Data: allegations recorded by Professional Standards Department against police officers and police "
             "staff, by financial year of the date the allegation was recorded.",
             N("2026/27 (Apr-Nov) = 1 April 2026 to 30 November 2026.", "period definition"),
             "Advice and guidance includes management discussion and words of advice.",
             "Outcomes are those recorded at the date of extraction; open matters are shown as Ongoing.",
             N("The Data sheet gives one row per year, type and employee group.", "'one row'")]
    for i, t in enumerate(lines, 1):
        notes.cell(i, 1, t)
    notes["A1"].font = Font(bold=True)
    notes.column_dimensions["A"].width = 110
    ws = wb.create_sheet("Data")
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Advice and guidance", "No case to answer", "Ongoing", "Total"]
    ws.append(["Financial Year", "Allegation Category", "Employee Group"] + labs)
    for c in ws[1]:
        c.font = Font(bold=True)
    work = wb.create_sheet("Workings")
    work.append(["draft", "check", "ref"])
    wi = 2
    for pl, p in (("2024/25", FY24), ("2025/26", FY25), ("2026/27 (Apr-Nov)", FYTD)):
        for cat in CATS5:
            for sl, s in (("Police Officer", "officers"), ("Police Staff", "staff")):
                v = counts(r, hi=6, cat=cat, subj=s, late=p == FYTD)
                ws.append([N(pl, "period"), CL[cat], sl] + [int(F(cat, oc, v[oc], p, subject=s)) for oc in OCS + ["total"]])
                work.append([int(N(str(v["total"] + r.randint(0, 2)), "hidden workings sheet: draft count, not a disclosed figure")),
                             int(N(str(v["total"]), "hidden workings sheet: check total, not a disclosed figure")),
                             int(N(str(wi), "hidden workings sheet: row reference"))])
                wi += 1
    work.sheet_state = "hidden"
    ws.column_dimensions["B"].width = 40
    data = xlsx_bytes(wb, "PSNI Corporate Information Branch")
    write_bytes(src, lo_convert(data, "PSNI FOI-2026-03312 data.xlsx", "xls"))


# ===================================================================== 6 South Yorkshire: an ODS saved by LibreOffice;
# a Read me sheet defining "Off."; Off./Staff column pairs under each year; one s40(2) "*" cell with a footnote
def build_south_yorkshire():
    import openpyxl
    from openpyxl.styles import Font
    src = "south-yorkshire/SYP FOI 20261207-1142 allegations.ods"
    KEY.file(src, "south-yorkshire")
    r = rng("syp")
    wb = openpyxl.Workbook()
    rm = wb.active
    rm.title = "Read me"
    for i, t in enumerate(["South Yorkshire Police \u2013 Freedom of Information",
                           N("Request 20261207/1142", "reference"),
                           "Allegations of a sexual nature and of violence against women and girls made against "
                           "South Yorkshire Police employees, by financial year in which the allegation was received.",
                           "Off. = police officers (including special constables); Staff = police staff and PCSOs.",
                           N("* = a small number withheld under section 40(2) (personal information), see the Data "
                             "sheet.", "FOI Act section")],
                          1):
        rm.cell(i, 1, t)
    ws = wb.create_sheet("Data")
    ws["A1"] = "Allegations by type and outcome"
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["", "", N("2024/25", "period"), "", N("2025/26", "period"), ""])
    ws.merge_cells("C3:D3")
    ws.merge_cells("E3:F3")
    ws.append(["Type of allegation", "Outcome", "Off.", "Staff", "Off.", "Staff"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for cat in CATS5:
        v = {(p, s): counts(r, hi=6, cat=cat, subj=s) for p in (FY24, FY25) for s in ("officers", "staff")}
        for lab, oc in OUT7 + [("Total", "total")]:
            row = [CL[cat], lab]
            for p in (FY24, FY25):
                for s in ("officers", "staff"):
                    if (cat, oc, p, s) == (SH, "dismissed", FY25, "staff"):
                        row.append(F(cat, oc, SUP(1, 2, "s40(2)"), p, subject=s, said="*"))
                    elif (cat, oc, p, s) == (SH, "total", FY25, "staff"):
                        rest = sum(v[(p, s)][o] for o in OCS if o != "dismissed")
                        row.append(F(cat, oc, SUP(rest + 1, rest + 2, "s40(2)"), p, subject=s, said="*"))
                    else:
                        row.append(int(F(cat, oc, v[(p, s)][oc], p, subject=s)))
            ws.append(row)
    ws.append([])
    ws.append(["* Fewer than three: withheld under section 40(2) to avoid identifying the individual. "
               "The staff total for sexual harassment is withheld with it."])
    N("three; 40(2)", "the suppression threshold; FOI Act section")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 28
    data = xlsx_bytes(wb, "SYP Information Management")
    write_bytes(src, fix_ods(lo_convert(data, "SYP FOI 20261207-1142 allegations.xlsx", "ods")))


# ===================================================================== 7 West Yorkshire: XLSX with merged title rows, a key
# row of abbreviations on the sheet, "S.A. Off." / "S.A. Staff" column pairs, merged period band rows between blocks
def build_west_yorkshire():
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill
    src = "west-yorkshire/WYP FOI 4471-26 Appendix.xlsx"
    KEY.file(src, "west-yorkshire")
    r = rng("wyp")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FOI 4471-26"
    N("FOI 4471-26", "sheet name: reference")
    ncol = 11
    ws["A1"] = "West Yorkshire Police"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = N("Freedom of Information request 4471/26 \u2013 allegations by outcome", "reference")
    ws["A2"].font = Font(bold=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = ("Key: S.A. = sexual assault; S.M. = sexual misconduct; S.H. = sexual harassment; A.P. = abuse of "
                "position for a sexual purpose; VAWG = violence against women and girls; Off. = police officers; "
                "Staff = police staff")
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws.row_dimensions[3].height = 30
    ab = ["S.A.", "S.M.", "S.H.", "A.P.", "VAWG"]
    row = 5
    ws.cell(row, 1, "Outcome").font = Font(bold=True)
    j = 2
    for a in ab:
        for s in ("Off.", "Staff"):
            ws.cell(row, j, f"{a} {s}").font = Font(bold=True)
            j += 1
    row += 1
    band = PatternFill("solid", fgColor="D9D9D9")
    for pl, p in ((N("1 April 2024 \u2013 31 March 2025", "period band"), FY24),
                  (N("1 April 2025 \u2013 31 March 2026", "period band"), FY25),
                  (N("1 April 2026 \u2013 30 November 2026", "period band"), FYTD)):
        ws.cell(row, 1, pl).font = Font(bold=True)
        ws.cell(row, 1).fill = band
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        row += 1
        v = {(c, s): counts(r, hi=7, cat=c, subj=s, late=p == FYTD) for c in CATS5 for s in ("officers", "staff")}
        for lab, oc in OUT7 + [("Total", "total")]:
            ws.cell(row, 1, lab).font = Font(bold=oc == "total")
            j = 2
            for c in CATS5:
                for s in ("officers", "staff"):
                    ws.cell(row, j, int(F(c, oc, v[(c, s)][oc], p, subject=s))).font = Font(bold=oc == "total")
                    j += 1
            row += 1
    ws.column_dimensions["A"].width = 36
    ws.freeze_panes = "B6"
    write_bytes(src, xlsx_bytes(wb, "WYP Disclosure Unit"))


# ===================================================================== 8 North Wales: covering e-mail, staff "not held by
# Professional Standards", officers in the attached workbook
def build_north_wales():
    import openpyxl
    from openpyxl.styles import Font
    src = "north-wales/RE FOI 2026-1163 allegations against officers.eml"
    KEY.file(src, "north-wales", subject="officers")
    r = rng("nwp")
    body = ["Dear Requester,", "",
            N("Freedom of Information request 2026/1163", "reference"), "",
            N("Thank you for your request of 2 December 2026. North Wales Police holds the information for police "
              "officers, and it is in the attached spreadsheet. The figures cover the financial year 2025/26 and the "
              "current financial year to 30 November 2026 (shown as YTD).", "date; periods"), "",
            N("Information about police staff is not held by Professional Standards: allegations against police "
              "staff are dealt with by People Services under the staff disciplinary policy, and are not recorded in "
              "a way that would allow us to answer your question. The information for police staff is therefore "
              "not held for 2025/26 or for 2026/27 to date.", "periods"), "",
            rights(), "", "Kind regards,", "", "Disclosure Unit", "North Wales Police"]
    for cat in CATS5:
        for p in (FY25, FYTD):
            F(cat, "total", NH, p, subject="staff", printed=False)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Officers"
    ws["A1"] = N("FOI 2026/1163 \u2013 police officers", "reference")
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Allegation", "Outcome", N("2025/26", "period"), N("2026/27 YTD", "period")])
    for c in ws[3]:
        c.font = Font(bold=True)
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective Practice Review Process", "No case to answer", "Live / under investigation"]
    for cat in CATS5:
        vs = [counts(r, hi=5, cat=cat, late=p == FYTD) for p in (FY25, FYTD)]
        for lab, oc in list(zip(labs, OCS)) + [("Total", "total")]:
            ws.append([CL[cat], lab] + [int(F(cat, oc, v[oc], p)) for v, p in zip(vs, (FY25, FYTD))])
    ws.append([])
    ws.append([N("YTD = 1 April 2026 to 30 November 2026", "period definition")])
    att = xlsx_bytes(wb, "NWP Disclosure Unit")
    m = email.message.EmailMessage()
    m["From"] = "Disclosure Unit <freedomofinformation@northwales.police.uk>"
    m["To"] = "requester@example.org"
    m["Subject"] = N("RE: FOI 2026/1163 allegations against officers", "reference")
    m["Date"] = N("Wed, 16 Dec 2026 14:20:00 +0000", "date")
    m["Message-ID"] = "<20261216142000.1163@northwales.police.uk>"
    m.set_content("\n".join(body) + "\n")
    m.add_attachment(att, maintype="application",
                     subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     filename=N("FOI 2026-1163 officers.xlsx", "attachment name: reference"))
    m.set_boundary("==============4311634311634311==")
    write_bytes(src, m.as_bytes(policy=email.policy.SMTP))


# ===================================================================== 9 Leicestershire: PDF letter, a prose list of counts
# ("2026/27 to date: 3", "to date" defined once), an s12 refusal of one category only, an officers' outcome table
def build_leicestershire():
    src = "leicestershire/Leics Police FOI 005127 response.pdf"
    KEY.file(src, "leicestershire")
    r = rng("leics")
    st = bk.styles("Helvetica", 10)
    story = [bk.P("Leicestershire Police", st["h"]),
             bk.P(N("Freedom of Information reference: 005127 &nbsp;&nbsp; 16 December 2026", "reference; date"), st["body"]),
             bk.P("You asked:", st["body"]), bk.P(request(), st["quote"]),
             bk.P(N("Leicestershire Police records allegations by the financial year in which they were received. In "
                    "this letter \u201cto date\u201d means from 1 April 2026 up to and including 30 November 2026.",
                    "period definition"), st["body"])]
    tot = {}
    for cat in (SA, SM, SH, AP):
        story.append(bk.P(CL[cat], st["h2"]))
        for sl, s in (("Police officers", "officers"), ("Police staff", "staff")):
            parts = []
            for pl, p in (("2024/25", FY24), ("2025/26", FY25), ("2026/27 to date", FYTD)):
                v = r.randint(0, 9 if s == "officers" else 3)
                if cat == AP:
                    v //= 2
                if s == "officers" and p == FY25:
                    v = max(v, 1)
                tot[(cat, s, p)] = v
                parts.append(f"{N(pl, 'period')}: {F(cat, 'total', v, p, subject=s)}")
            story.append(bk.P(f"\u2022 {sl} \u2013 " + "; ".join(parts), st["bullet"]))
    story.append(bk.P(CL[VG], st["h2"]))
    story.append(bk.P(N("Violence against women and girls is not a category on our Professional Standards database. To "
                        "identify these allegations we would have to read each of approximately 1,400 conduct files "
                        "recorded since 1 April 2024. At five minutes a file this would take over 116 hours, well over "
                        "the appropriate limit of 18 hours (\u00a3450). This part of your request is therefore refused "
                        "under section 12(1) of the Act. The rest of your request has been answered.",
                        "files to read; minutes; hours; cost limit; FOI Act section; date"), st["body"]))
    for p in (FY24, FY25, FYTD):
        F(VG, "total", bk.REF("s12"), p, printed=False)
    story.append(bk.P(N("Table 1: outcomes of allegations against police officers, 2025/26", "table number; period"), st["h2"]))
    ab = ["Sexual assault", "Sexual misconduct", "Sexual harassment", "Abuse of position"]
    data = [["Outcome"] + ab]
    split = {}
    for cat in (SA, SM, SH, AP):
        n = tot[(cat, "officers", FY25)]
        k = {oc: 0 for oc in OCS}
        for _ in range(n):
            k[r.choice(OCS)] += 1
        split[cat] = k
    for lab, oc in OUT7:
        data.append([lab] + [F(c, oc, split[c][oc], FY25, subject="officers") for c in (SA, SM, SH, AP)])
    data.append(["Total"] + [F(c, "total", tot[(c, "officers", FY25)], FY25, subject="officers", restated=True)
                             for c in (SA, SM, SH, AP)])
    cells = [[bk.P(x, st["cellb"]) if i == 0 else x for x in row] for i, row in enumerate(data)]
    story += [rl_table(cells, [150, 80, 80, 80, 80]), bk.S(8)]
    story.append(bk.P(rights(), st["body"]))
    bk.pdf_letter(src, story, furniture("FOI 005127"), title="FOI 005127", author="Leicestershire Police")


# ===================================================================== 10 Suffolk: a summary page (cases by year) and a
# detail annex (allegations by outcome); the letter says a case may hold several allegations
def build_suffolk():
    from reportlab.platypus import PageBreak
    src = "suffolk/Suffolk Constabulary FOI 2026-01733 response and annex.pdf"
    KEY.file(src, "suffolk")
    r = rng("suffolk")
    st = bk.styles("Times-Roman", 10.5)
    pers = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 (to 30 November 2026)", FYTD)]
    vals = {(c, p): counts(r, hi=5, cat=c, late=p == FYTD) for c in CATS5 for _, p in pers}
    story = [bk.P("Suffolk Constabulary", st["h"]),
             bk.P(N("Freedom of Information request 2026/01733 \u2013 response dated 17 December 2026",
                    "reference; date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P(N("Table 1 below summarises the number of <b>cases</b> recorded by Professional Standards for each "
                    "type and year. A case may contain more than one allegation, so the figures in Table 1 are lower "
                    "than the allegation totals in Annex A, which gives the number of <b>allegations</b> by outcome. "
                    "Officers and staff are counted together throughout.", "'more than one'"), st["body"]),
             bk.P("Table 1: cases by type of allegation", st["h2"])]
    N("Table 1", "table number in a heading")
    data = [["Type of allegation"] + [N(pl, "period") for pl, _ in pers]]
    for c in CATS5:
        row = [bk.P(CL[c], st["cell"])]
        for _, p in pers:
            t = vals[(c, p)]["total"]
            cases = max(0, t - r.randint(0, t // 3)) if t else 0
            row.append(F(c, "total", cases, p, measure="cases"))
        data.append(row)
    story += [rl_table(data, [200, 80, 80, 110]), bk.S(8),
              bk.P(rights(), st["body"]), PageBreak(),
              bk.P("Annex A \u2013 allegations by outcome", st["h"])]
    for pl, p in pers:
        story.append(bk.P(N(f"Allegations recorded {pl}", "period"), st["h2"]))
        data = [["Outcome", "SA", "SM", "SH", "APSP", "VAWG"]]
        for lab, oc in OUT7 + [("Total allegations", "total")]:
            data.append([lab] + [F(c, oc, vals[(c, p)][oc], p) for c in CATS5])
        story += [rl_table(data, [150] + [55] * 5, extra=[("FONT", (0, -1), (-1, -1), "Times-Bold", 8.5)],
                           font="Times-Roman"), bk.S(8)]
    story.append(bk.P("SA sexual assault; SM sexual misconduct; SH sexual harassment; APSP abuse of position for a "
                      "sexual purpose; VAWG violence against women and girls.", st["small"]))
    bk.pdf_letter(src, story, furniture("FOI 2026/01733"), title="FOI 2026/01733", author="Suffolk Constabulary")


# ===================================================================== 11 North Yorkshire: XLSX in the force's long layout with
# a reworded "Result of case" header and an extra "Of which: criminal investigation" column
def build_north_yorkshire():
    import openpyxl
    from openpyxl.styles import Font
    src = "north-yorkshire/NYP FOI 1409.2026 allegations.xlsx"
    KEY.file(src, "north-yorkshire")
    r = rng("nyp")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Response"
    ws["A1"] = N("North Yorkshire Police \u2013 FOI 1409.2026", "reference")
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Allegations recorded by financial year; officers and staff shown separately."
    heads = ["Financial year", "Allegation type", "Result of case", "Police officers", "Police staff",
             "Of which: criminal investigation"]
    for j, h in enumerate(heads, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice (RPRP)", "No case to answer", "Under investigation"]
    row = 5
    for pl, p in (("2024-25", FY24), ("2025-26", FY25)):
        for cat in CATS5:
            v = {s: counts(r, hi=6, cat=cat, subj=s) for s in ("officers", "staff")}
            for lab, oc in list(zip(labs, OCS)) + [("Total", "total")]:
                ws.cell(row, 1, N(pl, "period"))
                ws.cell(row, 2, CL[cat])
                ws.cell(row, 3, lab)
                ws.cell(row, 4, int(F(cat, oc, v["officers"][oc], p, subject="officers")))
                ws.cell(row, 5, int(F(cat, oc, v["staff"][oc], p, subject="staff")))
                both = v["officers"][oc] + v["staff"][oc]
                ws.cell(row, 6, int(N(str(r.randint(0, both) if both else 0),
                                      "sub-count of allegations also criminally investigated (not a requested outcome)")))
                row += 1
    ws.cell(row + 1, 1, N("Of which: criminal investigation = allegations (officers and staff) that were also the subject "
                          "of a criminal investigation; they are included in the first two columns.", "'first two columns'"))
    for col, w in zip("ABCDEF", (14, 38, 30, 15, 13, 30)):
        ws.column_dimensions[col].width = w
    write_bytes(src, xlsx_bytes(wb, "NYP Civil Disclosure"))


# ===================================================================== 12 City of London: Word letter, tables with the total
# row first and counts as right-aligned text with leading spaces
def build_city_of_london():
    src = "city-of-london/CoLP FOI 26-0412 response.docx"
    KEY.file(src, "city-of-london")
    r = rng("colp")
    d = bk.docx_a4(bk.docx_new("Arial", 10.5))
    bk.docx_para(d, "City of London Police", bold=True, size=14)
    bk.docx_para(d, N("Information Access Office \u2013 FOI 26/0412 \u2013 18 December 2026", "reference; date"))
    bk.docx_para(d, "Your request", bold=True)
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "Our response", bold=True)
    bk.docx_para(d, N("The tables below show allegations made against officers and staff of the City of London Police "
                      "(counted together), by the financial year in which the allegation was recorded. The 2026/27 "
                      "figures run to 30 November 2026.", "period; date"))
    for pl, p in (("2024/25", FY24), ("2025/26", FY25), ("2026/27 (to 30 November 2026)", FYTD)):
        bk.docx_para(d, N(f"Financial year {pl}", "period"), bold=True)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["", "Sexual assault", "Sexual misconduct", "Sexual harassment",
                               "Abuse of position for a sexual purpose", "VAWG"]):
            bk.docx_cell(t.rows[0].cells[j], h, bold=True, size=9)
        v = {c: counts(r, hi=3, cat=c, late=p == FYTD) for c in CATS5}
        for lab, oc in [("Total allegations", "total")] + OUT7:
            cells = t.add_row().cells
            bk.docx_cell(cells[0], lab, bold=oc == "total", size=9)
            for j, c in enumerate(CATS5, 1):
                bk.docx_cell(cells[j], "  " + F(c, oc, v[c][oc], p).rjust(2), bold=oc == "total", size=9, align=2)
        bk.docx_para(d, "")
    bk.docx_para(d, rights())
    bk.docx_para(d, "Information Access Office, City of London Police")
    write_bytes(src, docx_bytes(d, "CoLP Information Access"))


# ===================================================================== 13 Avon and Somerset: a covering PDF letter naming its
# appendix, and the appendix workbook in long format with a "Finding" column
def build_avon_and_somerset():
    import openpyxl
    from openpyxl.styles import Font
    letter = "avon-and-somerset/ASC FOI 2026-4471 response letter.pdf"
    app = "avon-and-somerset/ASC FOI 2026-4471 Appendix A.xlsx"
    KEY.file(letter, "avon-and-somerset")
    st = bk.styles("Helvetica", 10)
    story = [bk.P("Avon and Somerset Constabulary", st["h"]),
             bk.P(N("Freedom of Information Request Reference: 2026-4471 &nbsp; Date: 16 December 2026",
                    "reference; date"), st["body"]),
             bk.P("Thank you for your request for information:", st["body"]), bk.P(request(), st["quote"]),
             bk.P(N("The information you asked for is held for the financial years 2024/25 and 2025/26 and is given "
                    "in Appendix A (ASC FOI 2026-4471 Appendix A.xlsx), which is attached to this letter. It lists the "
                    "number of allegations by year, category, employee type and finding.", "periods; attachment name"),
                  st["body"]),
             bk.P(N("Figures for 2026/27 to date (1 April to 30 November 2026) are withheld under section 22 of the "
                    "Act (information intended for future publication): they will be published in our annual "
                    "Professional Standards report for 2026/27. This applies to every category you asked about.",
                    "period; FOI Act section"), st["body"]),
             bk.P(rights(), st["body"])]
    for cat in CATS5:
        F(cat, "total", bk.REF("s22"), FYTD, printed=False)
    bk.pdf_letter(letter, story, furniture("FOI 2026-4471"), title="FOI 2026-4471", author="Avon and Somerset Constabulary")
    KEY.file(app, "avon-and-somerset")
    r = rng("asc")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Appendix A"
    N("Appendix A", "")
    ws.append(["Financial Year", "Allegation Category", "Employee Type", "Finding", "Count"])
    for c in ws[1]:
        c.font = Font(bold=True)
    finds = ["Proven - dismissed", "Proven - would have been dismissed", "Proven - final written warning",
             "Proven - written warning", "Reflective practice", "Not proven / no case to answer",
             "Under investigation"]
    for pl, p in (("2024/25", FY24), ("2025/26", FY25)):
        for cat in CATS5:
            for el, s in (("Police Officer", "officers"), ("Police Staff", "staff")):
                v = counts(r, hi=6, cat=cat, subj=s)
                for lab, oc in list(zip(finds, OCS)) + [("Total", "total")]:
                    ws.append([N(pl, "period"), CL[cat], el, lab, int(F(cat, oc, v[oc], p, subject=s))])
    for col, w in zip("ABCDE", (14, 40, 16, 36, 8)):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A1:E{ws.max_row}"
    write_bytes(app, xlsx_bytes(wb, "ASC Information Disclosure"))


# ===================================================================== 14 Essex: PDF, a bold row per category with calendar
# years as rows beneath, outcomes across, a "% dismissed" column
def build_essex():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib import colors
    src = "essex/Essex Police FOI 9204-2026 disclosure.pdf"
    KEY.file(src, "essex", subject="officers")
    r = rng("essex")
    st = bk.styles("Helvetica", 9.5)
    story = [bk.P("Essex Police \u2013 Freedom of Information disclosure", st["h"]),
             bk.P(N("Reference 9204/2026 &nbsp; Published 17 December 2026", "reference; date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P(N("Essex Police records conduct matters by calendar year. The table gives allegations against "
                    "police officers recorded in 2024 and 2025. Police staff matters are recorded by HR and fall "
                    "outside this response; 2026 will be published in the spring.", "periods"), st["body"])]
    heads = ["Category / year", "Dismissed", "Would have been dismissed", "Final written warning",
             "Written warning", "Reflective practice", "No case to answer", "Under investigation", "Total",
             "% dismissed"]
    data = [[bk.P(h, st["cellb"]) for h in heads]]
    extra = []
    for cat in CATS5:
        data.append([CL[cat]] + [""] * 9)
        i = len(data) - 1
        extra += [("SPAN", (0, i), (-1, i)), ("FONT", (0, i), (-1, i), "Helvetica-Bold", 8.5),
                  ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EDEDED"))]
        for pl, p in (("2024", CY24), ("2025", CY25)):
            v = counts(r, hi=6, cat=cat)
            pct = f"{100 * v['dismissed'] / v['total']:.0f}%" if v["total"] else "-"
            data.append([N("   " + pl, "period")] + [F(cat, oc, v[oc], p) for oc in OCS + ["total"]] +
                        [N(pct, "percentage of the total, not a count")])
    story += [rl_table(data, [110] + [70] * 7 + [45, 55], extra=extra)]
    story.append(bk.S(8))
    story.append(bk.P(rights(), st["body"]))
    bk.pdf_letter(src, story, furniture("Essex Police FOI 9204/2026"), pagesize=landscape(A4),
                  title="FOI 9204/2026", author="Essex Police")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind43-", read=read43))
