#!/usr/bin/python3
"""make_round30a_fixtures.py: the files of round 30 (part A) in the keyed sets
fixtures/office and fixtures/pdf-layouts; their rows of each set's expected.csv are keyed
by hand below, as a careful reader would key them; --key writes them into that file in
place of any rows of this script's files it already has, keeping every other row as it is.

Written with blindkit's python-docx helpers (fixed core properties and zip times) and on a
reportlab canvas (invariant mode): the output is byte-identical from run to run. Run from
the repository's root:

    /usr/bin/python3 scripts/make_round30a_fixtures.py [--key]

  northamptonshire/NP FOI 000914-26 reply.docx
      a Word letter answering a request for the calendar years 2024 and 2025 and for 2026
      to date: one table whose column heads are the dates written out ("1 January 2024 to
      31 December 2024", ..., "1 January 2026 to 30 September 2026": the year to date),
      each allegation type a row merged across the table (gridSpan) above its outcome rows
      and a Total, zeros written "Nil" (the letter defines it). The sentence above the
      table says whom it counts ("allegations made against our police officers; the table
      below sets them out"); between it and the table, two one-sentence paragraphs: police
      staff not held (their records are the county council's), and domestic abuse not held
      "for officers or staff" (no marker recorded). Keyed: every cell, officers, each
      column's dates; staff not held for the three types asked, one row per period asked
      (2026 to date ending where the table's head does); domestic abuse not held for
      officers and staff together, one row per period (its staff part is no second row).

  surrey/SP FOI 26-03318 response.pdf   (fixtures/pdf-layouts)
      a two-page letter drawn on a reportlab canvas with no rules: one table of the
      financial years 2024/25, 2025/26 and 2026/27 to date, figures set flush right
      (drawRightString) under a two-line header (each year centred over its column on the
      first line, "number" flush right on the second; "Type of allegation /" "outcome"
      flush left); each type a bold label row set a few points further below the Total
      above it than the rows are apart, its outcomes indented under it, then a bold
      Total. The table breaks inside the third type at the foot of page 1 and goes on at
      the top of page 2 under "Table 1 (continued)" with the header repeated. "2026/27*"
      is defined by a footnote under the table ("* 2026/27: 1 April 2026 to 30 September
      2026"). Keyed: every figure, officers and staff together (the letter says so), the
      footnote's part year.

  humberside/HP FOI 2026-14471 reply.pdf   (fixtures/pdf-layouts)
      a one-page letter on a reportlab canvas, no rules: the figures flush right, each
      year's head centred over its column of figures (so about an em left of the centre of
      the shorter word "cases" set flush right under it on the second header line), beside
      "Type of allegation" on the left; types as rows, a Total row. Keyed: every count, the
      letter's measure (cases) and people (officers and staff together).

  south-wales/SWP FOI 2026-3071 response.docx   (fixtures/office)
      a Word letter: Table 1 a Word table of the allegations recorded by type in 2023/24,
      2024/25 and 2025/26 (officers and staff together, as the letter says); Table 2 an
      Excel worksheet EMBEDDED in the page (an OLE object, o:OLEObject ProgID
      "Excel.Sheet.12", its workbook the part word/embeddings/Microsoft_Excel_Worksheet.xlsx,
      the page showing a picture of it): the workbook opens on its second sheet, "Outcomes
      2025-26" (activeTab 1: a title row, outcomes down, types across, a Total row that
      restates Table 1's 2025/26 column); its first sheet, "Extract notes", is not what the
      page shows (an extract note "Records extracted: 318" and a superseded draft figure).
      Keyed: Table 1's counts; the shown sheet's counts once each (its Total row restates
      Table 1); nothing of the sheet the page does not show.
"""
import io
import struct
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"
PDFS = ROOT.parent / "pdf-layouts"
bk.ROOT = ROOT

SRC = "northamptonshire/NP FOI 000914-26 reply.docx"
FORCE = "northamptonshire"
PERIODS = [("2024-01-01", "2024-12-31", "1 January 2024 to 31 December 2024"),
           ("2025-01-01", "2025-12-31", "1 January 2025 to 31 December 2025"),
           ("2026-01-01", "2026-09-30", "1 January 2026 to 30 September 2026")]
OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("Written warning", "written_warning"), ("Practice requiring improvement", "management_action"),
        ("No case to answer", "no_case_to_answer"), ("Still under investigation", "ongoing")]
TYPES = [("Sexual misconduct", "sexual_misconduct"), ("Sexual harassment", "sexual_harassment"),
         ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
DATA = {  # per type: per outcome, one figure per period
    "sexual_misconduct": [(2, 0, 1), (0, 1, 0), (1, 0, 0), (0, 3, 1), (4, 2, 0), (0, 1, 3)],
    "sexual_harassment": [(0, 0, 0), (1, 2, 0), (3, 0, 1), (2, 2, 2), (0, 1, 0), (1, 0, 4)],
    "abuse_of_position_sexual": [(1, 2, 0), (0, 0, 0), (0, 0, 0), (0, 1, 0), (1, 0, 1), (0, 0, 2)],
}
KEY = []


def key(period, cat, subject, outcome, v, status="reported"):
    if status == "reported":
        KEY.append([SRC, FORCE, period[0], period[1], cat, "allegations", subject, outcome, str(v), status,
                    str(v), str(v), ""])
    else:
        KEY.append([SRC, FORCE, period[0], period[1], cat, "allegations", subject, outcome, "", status, "", "", ""])


def cell_text(v):
    return "Nil" if v == 0 else str(v)


def build():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = bk.docx_new("Arial", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Northamptonshire Police, Wootton Hall, Northampton NN4 0JQ")
    bk.docx_heading(d, "Northamptonshire Police", 14)
    d.add_paragraph("Freedom of Information request 000914/26")
    d.add_paragraph("Date of response: 21 October 2026")
    d.add_paragraph("Your request of 2 October 2026 read:")
    d.add_paragraph("Please tell me, for the calendar years 2024 and 2025 and for 2026 to date, how many "
                    "allegations of sexual misconduct, sexual harassment, abuse of position for a sexual "
                    "purpose and domestic abuse were made against your police officers and police staff, and "
                    "the outcome of each.")
    d.add_paragraph("Northamptonshire Police holds records of allegations made against our police officers; the "
                    "table below sets them out. Where a cell reads Nil, no allegation was recorded.")
    d.add_paragraph("Police staff: allegations about police staff are handled by the county council's human "
                    "resources service under its own procedure, and the information about police staff is not "
                    "held by Northamptonshire Police.")
    d.add_paragraph("Domestic abuse: our conduct records carry no marker for allegations connected with domestic "
                    "abuse, so this information is not held for officers or staff.")
    nrows = 1 + sum(1 + len(OUTS) + 1 for _ in TYPES)
    t = d.add_table(rows=nrows, cols=1 + len(PERIODS))
    t.style = "Table Grid"
    bk.docx_cell(t.cell(0, 0), "Type of allegation and outcome", bold=True)
    for j, p in enumerate(PERIODS):
        bk.docx_cell(t.cell(0, j + 1), p[2], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = 1
    for tl, tc in TYPES:
        m = t.cell(r, 0).merge(t.cell(r, len(PERIODS)))
        bk.docx_cell(m, tl, bold=True)
        r += 1
        totals = [0] * len(PERIODS)
        for (ol, oc), vals in zip(OUTS, DATA[tc]):
            bk.docx_cell(t.cell(r, 0), ol)
            for j, v in enumerate(vals):
                bk.docx_cell(t.cell(r, j + 1), cell_text(v), align=WD_ALIGN_PARAGRAPH.RIGHT)
                key(PERIODS[j], tc, "officers", oc, v)
                totals[j] += v
            r += 1
        bk.docx_cell(t.cell(r, 0), "Total", bold=True)
        for j, v in enumerate(totals):
            bk.docx_cell(t.cell(r, j + 1), cell_text(v), bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
            key(PERIODS[j], tc, "officers", "total", v)
        r += 1
    for p in PERIODS:
        for _, tc in TYPES:
            key(p, tc, "staff", "total", None, "not_held")
        key(p, "domestic_abuse", "officers_and_staff", "total", None, "not_held")
    d.add_paragraph("")
    d.add_paragraph("An allegation is counted in the year it was recorded; its outcome is the latest recorded "
                    "on 30 September 2026.")
    d.add_paragraph("If you are unhappy with this response you may ask for an internal review within 40 working "
                    "days, and then complain to the Information Commissioner's Office, Wycliffe House, Water "
                    "Lane, Wilmslow SK9 5AF.")
    d.add_paragraph("Information Access Team, Northamptonshire Police")
    bk.docx_save(d, SRC, "Northamptonshire Police")


PDF_SRC = "surrey/SP FOI 26-03318 response.pdf"
PDF_FORCE = "surrey"
PDF_PERIODS = [("2024-04-01", "2025-03-31", "2024/25"), ("2025-04-01", "2026-03-31", "2025/26"),
               ("2026-04-01", "2026-09-30", "2026/27*")]
PDF_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
PDF_TYPES = [("Sexual assault", "sexual_assault"), ("Sexual misconduct", "sexual_misconduct"),
             ("Sexual harassment", "sexual_harassment"),
             ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
PDF_DATA = {  # per type: per outcome, one figure per period
    "sexual_assault": [(1, 0, 2), (0, 2, 0), (3, 1, 0), (2, 4, 1), (5, 3, 2), (0, 1, 4)],
    "sexual_misconduct": [(2, 1, 0), (1, 0, 1), (0, 2, 0), (4, 3, 2), (2, 2, 1), (1, 0, 3)],
    "sexual_harassment": [(3, 2, 1), (2, 1, 0), (1, 1, 2), (6, 5, 3), (4, 2, 0), (0, 2, 5)],
    "abuse_of_position_sexual": [(1, 2, 0), (0, 1, 1), (0, 0, 0), (1, 0, 0), (2, 1, 1), (1, 0, 2)],
}
PDF_KEY = []


def build_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    bk.ROOT = PDFS
    c = canvas.Canvas(str(bk.dest(PDF_SRC)), pagesize=A4, invariant=1)
    bk.ROOT = ROOT
    c.setTitle("FOI 26-03318")
    c.setAuthor("Surrey Police")
    Wd, Ht = A4
    x0 = 24 * mm
    cols = [122 * mm, 146 * mm, 170 * mm]   # right edges

    def furn(pg):
        c.setFont("Helvetica", 8)
        c.drawCentredString(Wd / 2, Ht - 12 * mm, "OFFICIAL")
        c.drawString(x0, 10 * mm, "Surrey Police  |  FOI 26-03318")
        c.drawRightString(Wd - 24 * mm, 10 * mm, f"Page {pg} of 2")

    def text(y, s, font="Helvetica", size=10):
        c.setFont(font, size)
        c.drawString(x0, y, s)
        return y - size * 1.45

    def header(y):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, y, "Type of allegation /")
        for (_, _, h), xr in zip(PDF_PERIODS, cols):
            c.drawCentredString(xr - 5 * mm, y, h)
        y -= 11
        c.drawString(x0, y, "outcome")
        c.setFont("Helvetica", 8)
        for xr in cols:
            c.drawRightString(xr, y, "number")
        return y - 16

    furn(1)
    y = Ht - 26 * mm
    y = text(y, "Surrey Police", "Helvetica-Bold", 14)
    y = text(y, "Freedom of Information Unit, PO Box 101, Guildford GU1 9PE", size=9)
    y -= 6
    y = text(y, "Freedom of Information request FOI 26-03318", "Helvetica-Bold", 11)
    y = text(y, "Date: 28 October 2026", size=9)
    y -= 4
    for s_ in ["You asked: \u201cPlease provide, for the financial years 2024/25 and 2025/26 and for 2026/27",
               "to date, the number of allegations of sexual assault, sexual misconduct, sexual harassment",
               "and abuse of position for a sexual purpose made against police officers and police staff,",
               "and the outcome of each allegation.\u201d"]:
        y = text(y, s_, "Helvetica-Oblique", 9)
    y -= 4
    for s_ in ["Surrey Police holds this information. Table 1 below gives the allegations recorded against",
               "police officers and police staff together, by the financial year in which each was",
               "recorded, with the outcome recorded for each allegation."]:
        y = text(y, s_, size=9)
    y -= 8
    y = text(y, "Table 1: Allegations and outcomes", "Helvetica-Bold", 10)
    y -= 4
    y = header(y)
    rows = []
    for tl, tc in PDF_TYPES:
        rows.append(("cat", tl, None))
        totals = [0, 0, 0]
        for (ol, oc), vals in zip(PDF_OUTS, PDF_DATA[tc]):
            rows.append(("out", ol, vals))
            for j, v in enumerate(vals):
                totals[j] += v
                PDF_KEY.append([PDF_SRC, PDF_FORCE, PDF_PERIODS[j][0], PDF_PERIODS[j][1], tc, "allegations",
                                "officers_and_staff", oc, str(v), "reported", str(v), str(v), ""])
        rows.append(("tot", "Total", totals))
        for j, v in enumerate(totals):
            PDF_KEY.append([PDF_SRC, PDF_FORCE, PDF_PERIODS[j][0], PDF_PERIODS[j][1], tc, "allegations",
                            "officers_and_staff", "total", str(v), "reported", str(v), str(v), ""])
    first_page = 20   # the break falls inside the third type, after three of its outcomes
    for i, (kind, lab, vals) in enumerate(rows):
        if i == first_page:
            c.showPage()
            furn(2)
            y = Ht - 26 * mm
            y = text(y, "Table 1 (continued)", "Helvetica-Bold", 10)
            y -= 4
            y = header(y)
        if kind == "cat":
            y -= 3
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x0, y, lab)
        else:
            c.setFont("Helvetica-Bold" if kind == "tot" else "Helvetica", 9)
            c.drawString(x0 + 4 * mm, y, lab)
            for v, xr in zip(vals, cols):
                c.drawRightString(xr, y, str(v))
        y -= 12.5
    y -= 6
    y = text(y, "* 2026/27: 1 April 2026 to 30 September 2026 (part year).", size=8.5)
    y = text(y, "Reflective practice: the Reflective Practice Review Process.", size=8.5)
    y -= 6
    y = text(y, "If you are unhappy with this response you may ask for an internal review within 40 working days.",
             size=8.5)
    c.showPage()
    c.save()


EMB_SRC = "south-wales/SWP FOI 2026-3071 response.docx"
EMB_FORCE = "south-wales"
EMB_YEARS = [("2023-04-01", "2024-03-31", "2023/24"), ("2024-04-01", "2025-03-31", "2024/25"),
             ("2025-04-01", "2026-03-31", "2025/26")]
EMB_TYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
             ("Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
             ("Domestic abuse", "domestic_abuse")]
EMB_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
EMB_OUTCOMES = {  # 2025/26: per type, per outcome
    "sexual_harassment": [2, 1, 3, 4, 2, 3],
    "sexual_misconduct": [1, 0, 2, 2, 3, 1],
    "abuse_of_position_sexual": [3, 1, 0, 0, 1, 2],
    "domestic_abuse": [0, 2, 1, 3, 2, 0],
}
EMB_EARLIER = {  # 2023/24, 2024/25 totals per type
    "sexual_harassment": (11, 9), "sexual_misconduct": (6, 10),
    "abuse_of_position_sexual": (4, 5), "domestic_abuse": (7, 3),
}


def emb_key(period, cat, outcome, v):
    OFFICE_EMB_KEY.append([EMB_SRC, EMB_FORCE, period[0], period[1], cat, "allegations", "officers_and_staff",
                           outcome, str(v), "reported", str(v), str(v), ""])


OFFICE_EMB_KEY = []


def png(w, h):
    """A plain grey picture: the preview Word shows of the object."""
    raw = b"".join(b"\x00" + b"\xd0\xd0\xd0" * w for _ in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def emb_workbook():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    notes = wb.active
    notes.title = "Extract notes"
    notes["A1"] = "Extract from the conduct database, run 14/10/2026"
    notes["A2"] = "Records extracted: 318"
    notes["A4"] = "Draft total (superseded)"
    notes["B4"] = 47
    ws = wb.create_sheet("Outcomes 2025-26")
    ws["A1"] = "Outcomes of allegations recorded 2025/26"
    ws["A1"].font = Font(bold=True)
    ws.cell(3, 1, "Outcome").font = Font(bold=True)
    for j, (tl, _) in enumerate(EMB_TYPES, 2):
        ws.cell(3, j, tl).font = Font(bold=True)
    for i, (ol, oc) in enumerate(EMB_OUTS):
        ws.cell(4 + i, 1, ol)
        for j, (_, tc) in enumerate(EMB_TYPES, 2):
            v = EMB_OUTCOMES[tc][i]
            ws.cell(4 + i, j, v)
            emb_key(EMB_YEARS[2], tc, oc, v)
    r = 4 + len(EMB_OUTS)
    ws.cell(r, 1, "Total").font = Font(bold=True)
    for j, (_, tc) in enumerate(EMB_TYPES, 2):
        ws.cell(r, j, sum(EMB_OUTCOMES[tc])).font = Font(bold=True)
    ws.column_dimensions["A"].width = 28
    wb.active = 1   # the workbook opens on the outcomes: what the page shows
    with tempfile.TemporaryDirectory() as tmp:
        bk.ROOT = Path(tmp)
        try:
            bk.xlsx_save(wb, "emb.xlsx", creator="South Wales Police")
            data = (Path(tmp) / "emb.xlsx").read_bytes()
        finally:
            bk.ROOT = ROOT
    return data


def build_embedded():
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    d = bk.docx_new("Arial", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "South Wales Police, Police Headquarters, Bridgend CF31 3SU")
    bk.docx_heading(d, "South Wales Police", 14)
    d.add_paragraph("Freedom of Information reference: 2026/3071")
    d.add_paragraph("Date: 19 October 2026")
    d.add_paragraph("Thank you for your request of 22 September 2026, which asked:")
    d.add_paragraph("For each of the financial years 2023/24, 2024/25 and 2025/26, please give the number of "
                    "allegations of sexual harassment, sexual misconduct, abuse of position for a sexual purpose "
                    "and domestic abuse made against officers and staff of South Wales Police, and for 2025/26 the "
                    "outcome of each allegation.")
    d.add_paragraph("South Wales Police holds this information. The figures below are numbers of allegations "
                    "against police officers and police staff together.")
    bk.docx_heading(d, "Table 1: Allegations recorded by type", 11)
    t = d.add_table(rows=1 + len(EMB_TYPES), cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Type of allegation"] + [y[2] for y in EMB_YEARS]):
        bk.docx_cell(t.cell(0, j), h, bold=True)
    for i, (tl, tc) in enumerate(EMB_TYPES, 1):
        vals = list(EMB_EARLIER[tc]) + [sum(EMB_OUTCOMES[tc])]
        bk.docx_cell(t.cell(i, 0), tl)
        for j, v in enumerate(vals):
            bk.docx_cell(t.cell(i, j + 1), str(v))
            emb_key(EMB_YEARS[j], tc, "total", v)
    d.add_paragraph("")
    bk.docx_heading(d, "Table 2: Outcomes of the allegations recorded in 2025/26", 11)
    blob = emb_workbook()
    part = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", blob, d.part.package)
    ole = d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package")
    img, _ = d.part.get_or_add_image(io.BytesIO(png(120, 40)))
    p = d.add_paragraph()
    run = p.add_run()
    run._r.append(parse_xml(
        '<w:object xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'w:dxaOrig="9000" w:dyaOrig="2400"><v:shape id="_x0000_i1031" type="#_x0000_t75" '
        'style="width:450pt;height:120pt" o:ole=""><v:imagedata r:id="%s" o:title=""/></v:shape>'
        '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1031" DrawAspect="Content" '
        'ObjectID="_1802117734" r:id="%s"/></w:object>' % (img, ole)))
    d.add_paragraph("Double-click the table to open the workbook it is taken from.")
    d.add_paragraph("If you are not satisfied with this response you may ask for an internal review within 40 "
                    "working days, and then complain to the Information Commissioner.")
    d.add_paragraph("Freedom of Information Unit, South Wales Police")
    bk.docx_save(d, EMB_SRC, "South Wales Police")


HEADS_SRC = "humberside/HP FOI 2026-14471 reply.pdf"
HEADS_YEARS = [("2022-04-01", "2023-03-31", "2022/23"), ("2023-04-01", "2024-03-31", "2023/24"),
               ("2024-04-01", "2025-03-31", "2024/25"), ("2025-04-01", "2026-03-31", "2025/26")]
HEADS_DATA = [("Sexual assault", "sexual_assault", (7, 4, 9, 5)),
              ("Sexual harassment", "sexual_harassment", (12, 15, 8, 11)),
              ("Sexual misconduct", "sexual_misconduct", (6, 3, 4, 10)),
              ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", (2, 5, 1, 3))]


def build_pdf_heads():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    bk.ROOT = PDFS
    c = canvas.Canvas(str(bk.dest(HEADS_SRC)), pagesize=A4, invariant=1)
    bk.ROOT = ROOT
    c.setTitle("FOI 2026-14471")
    c.setAuthor("Humberside Police")
    Wd, Ht = A4
    x0 = 25 * mm
    cols = [112 * mm, 134 * mm, 156 * mm, 178 * mm]   # right edges of the figures
    c.setFont("Helvetica", 8)
    c.drawCentredString(Wd / 2, Ht - 12 * mm, "OFFICIAL")
    y = Ht - 28 * mm

    def text(y, s_, font="Helvetica", size=10):
        c.setFont(font, size)
        c.drawString(x0, y, s_)
        return y - size * 1.45

    y = text(y, "Humberside Police", "Helvetica-Bold", 14)
    y = text(y, "Freedom of Information reference 2026/14471", "Helvetica-Bold", 10)
    y = text(y, "Date: 9 November 2026", size=9)
    y -= 4
    for s_ in ["You asked for the number of conduct cases about sexual assault, sexual harassment, sexual",
               "misconduct and abuse of position for a sexual purpose recorded against officers and staff in",
               "each of the financial years 2022/23 to 2025/26."]:
        y = text(y, s_, "Helvetica-Oblique", 9)
    y -= 4
    for s_ in ["Humberside Police holds this information. The table gives the number of conduct cases",
               "recorded against police officers and police staff together in each financial year."]:
        y = text(y, s_, size=9)
    y -= 10
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y, "Type of allegation")
    for (_, _, h), xr in zip(HEADS_YEARS, cols):
        c.drawCentredString(xr - 8 * mm, y, h)   # centred over the figures' column, not the word below
    y -= 11
    c.setFont("Helvetica", 8)
    for xr in cols:
        c.drawRightString(xr, y, "cases")
    y -= 16
    totals = [0, 0, 0, 0]
    for label, cat, vals in HEADS_DATA:
        c.setFont("Helvetica", 9)
        c.drawString(x0, y, label)
        for j, (v, xr) in enumerate(zip(vals, cols)):
            c.drawRightString(xr, y, str(v))
            totals[j] += v
            p = HEADS_YEARS[j]
            PDF_KEY.append([HEADS_SRC, "humberside", p[0], p[1], cat, "cases", "officers_and_staff", "total",
                            str(v), "reported", str(v), str(v), ""])
        y -= 13
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y, "Total")
    for v, xr in zip(totals, cols):
        c.drawRightString(xr, y, str(v))
    y -= 24
    y = text(y, "A case may concern more than one allegation; each case is counted once, under its most serious",
             size=8.5)
    y = text(y, "allegation type.", size=8.5)
    y -= 6
    y = text(y, "If you are unhappy with this response you may ask for an internal review within 40 working days.",
             size=8.5)
    c.showPage()
    c.save()


if __name__ == "__main__":
    build()
    build_pdf()
    build_pdf_heads()
    build_embedded()
    if "--key" in sys.argv:
        bk.merge_key(ROOT, KEY + OFFICE_EMB_KEY)
        bk.merge_key(PDFS, PDF_KEY)
