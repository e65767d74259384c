#!/usr/bin/python3
"""make_blind34.py -- the thirty-fourth blind test batch for `foi` and its answer key.

The request, sent on 1 December 2026: for the financial years 2024/25 and 2025/26 and for
2026/27 to date (or calendar years where that is how the force records), the number of
allegations of sexual assault, sexual misconduct, sexual harassment, abuse of position for a
sexual purpose and violence against women and girls made against police officers and police
staff, and the outcome of each.  See NOTES-blind34.md.
The machinery (F/L/N accounting, writers, read_back, check) is scripts/blindkit.py
(not edited); the .eml, .zip, .tsv read-backs are local.

usage: /usr/bin/python3 make_blind34.py             # rebuild fixtures/blind34 (or $FOI_BLIND34_OUT)
       /usr/bin/python3 make_blind34.py check       # verify determinism and every number
       /usr/bin/python3 make_blind34.py dump FILE   # show FILE (relative to the batch) as read back
"""
import datetime as dt
import functools
import email
import email.policy
import io
import os
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, SUP, REF, NH, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade, rights)

FINAL = Path(os.environ.get("FOI_BLIND34_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind34").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST = ("For the financial years 2024/25 and 2025/26, and for 2026/27 to date (or the "
           "equivalent calendar years if that is how you record the information), please tell me "
           "(a) how many allegations of sexual assault, sexual misconduct, sexual harassment, abuse "
           "of position for a sexual purpose and violence against women and girls were made "
           "against police officers and police staff, and (b) the outcome of each allegation "
           "(dismissed, would have been dismissed, final written warning, written warning, "
           "reflective practice, no case to answer, still under investigation).")
FY24, FY25 = FY(2024), FY(2025)
YTD = ("2026-04-01", "2026-11-30")
SENT = "1 December 2026"
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning",
                 "Written warning", "Reflective practice", "No case to answer",
                 "Under investigation"], OCS))
WHEN = dt.datetime(2026, 12, 14, 9, 30, 0)

xlsx_save = functools.partial(bk.xlsx_save, when=WHEN)
docx_finish = functools.partial(bk.docx_finish, when=WHEN)


def request(text=REQUEST):
    return N(text, "the request's years")


def rng(name):
    return random.Random("blind34-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False):
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in OCS}
    if late:
        k["ongoing"] += r.randint(2, 6)
    return k


# --------------------------------------------------------------------------- local writers


def zip_bytes(members, when=(2026, 12, 14, 9, 30, 0)):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def pdf_furniture(ref_text, marking="OFFICIAL"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = A4
        c.setFont("Helvetica", 8)
        if marking:
            c.drawCentredString(w / 2, h - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref_text, "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


# --------------------------------------------------------------------------- local read-backs


def zip_read(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for i in z.infolist():
            out.append(f"[member {i.filename}]")
            with tempfile.TemporaryDirectory() as td:
                q = Path(td) / Path(i.filename).name
                q.write_bytes(z.read(i.filename))
                out.append(bk.strip_locators(read34(q)))
    return "\n".join(out)


def read34(path):
    p = Path(path)
    suf = p.suffix.lower()
    if suf == ".zip":
        return zip_read(p.read_bytes())
    if suf == ".eml":
        return bk.eml_text(p, prefer=("html", "plain"))
    return bk.read_back(p)


# =========================================================================== 1 South Yorkshire: table as a picture
def build_south_yorkshire():
    """A PDF letter whose table is a JPEG picture (no text layer); the letter keys the totals
    it repeats in prose, nothing from the picture."""
    from reportlab.platypus import Image, Table
    src = "south-yorkshire/SYP FOI 20261455 response.pdf"
    KEY.file(src, "south-yorkshire")
    r = rng("sy")
    st = bk.styles("Helvetica", 10)
    vals = {(c, p): counts(r, cat=c, late=p == FY25) for c in CATS5 for p in (FY24, FY25)}
    # the picture: a table drawn in a scratch PDF, rasterised by pdftoppm (no text survives)
    with tempfile.TemporaryDirectory() as td:
        td = Path("/tmp/blind34-sy")     # a fixed path: reportlab names the picture by it
        td.mkdir(exist_ok=True)
        tp = Path(td) / "t.pdf"
        from reportlab.lib.pagesizes import landscape, A4
        from reportlab.platypus import SimpleDocTemplate
        rows = [["Allegation type", "Year"] + [lab for lab, _ in OUT7] + ["Total"]]
        for c in CATS5:
            for pl, p in (("2024/25", FY24), ("2025/26", FY25)):
                v = vals[(c, p)]
                rows.append([CL[c] if pl == "2024/25" else "", pl] + [str(v[o]) for o in OCS]
                            + [str(sum(v.values()))])
        doc = SimpleDocTemplate(str(tp), pagesize=landscape(A4), leftMargin=20, rightMargin=20,
                                topMargin=20, bottomMargin=20)
        wrapped = [[bk.P(x, st["cell"]) for x in row] for row in rows]
        t = Table(wrapped, colWidths=[150, 50] + [62] * 7 + [45])
        t.setStyle(bk.grid_style())
        doc.build([t])
        subprocess.run(["pdftoppm", "-jpeg", "-r", "150", "-singlefile", "-x", "0", "-y", "0",
                        "-W", "1754", "-H", "480", str(tp), str(Path(td) / "t")], check=True)
        jpg = (Path(td) / "t.jpg").read_bytes()
        jp = Path(td) / "table.jpg"
        jp.write_bytes(jpg)
        story = [bk.P("<b>South Yorkshire Police</b>", st["h"]),
                 bk.P(N("Information Management Unit, Carbrook House, 5 Carbrook Hall Road, "
                        "Sheffield S9 2EH", "address"), st["addr"]),
                 bk.S(8),
                 bk.P(N("Our reference: FOI/20261455", "reference"), st["body"]),
                 bk.P(N("Date: 15 December 2026", "date"), st["body"]),
                 bk.P("Dear Requester,", st["body"]),
                 bk.P(N(f"Thank you for your request for information received on {SENT}. You "
                        "asked:", "date received"), st["body"]),
                 bk.P(request(), st["quote"]),
                 bk.P("South Yorkshire Police holds information relevant to your request. The "
                      "table below is taken from our Professional Standards Department's "
                      "performance pack and shows allegations against police officers and police "
                      "staff together, by the financial year in which the allegation was recorded.",
                      st["body"]),
                 Image(str(jp), width=170 * 2.83, height=170 * 2.83 * 480 / 1754),
                 bk.S(6)]
        prose = []
        for pl, p in (("2024/25", FY24), ("2025/26", FY25)):
            parts = []
            for c in CATS5:
                n = sum(vals[(c, p)].values())
                parts.append(f"{F(c, 'total', n, p)} of {CL[c].lower()}")
            prose.append(f"In summary, in {N(pl, 'financial year')} there were "
                         + ", ".join(parts[:-1]) + " and " + parts[-1] + " recorded.")
        story += [bk.P(x, st["body"]) for x in prose]
        for c in CATS5:
            F(c, "total", REF(), ("2026-04-01", "2026-11-30"), printed=False)
        story += [bk.P(L("Information for the current financial year (1 April 2026 to 30 "
                         "November 2026) is not included. Allegations recorded this year are "
                         "still being validated and locating and extracting the outcomes of each "
                         "would exceed the appropriate limit of 18 hours set under section 12 of "
                         "the Freedom of Information Act 2000; this part of your request is "
                         "therefore refused.", "dates; hours limit; Act section and year"),
                       st["body"]),
                  bk.P(rights("South Yorkshire Police"), st["body"]),
                  bk.P("Yours sincerely,", st["body"]),
                  bk.P("Information Management Unit", st["body"])]
        bk.pdf_letter(src, story, pdf_furniture("SYP FOI/20261455"),
                      title="FOI 20261455", author="South Yorkshire Police")


# =========================================================================== 2 West Yorkshire: two-column prose
def build_west_yorkshire():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    src = "west-yorkshire/WYP FOI 2026-11873 response.pdf"
    KEY.file(src, "west-yorkshire")
    r = rng("wy")
    st = bk.styles("Times-Roman", 9.5)
    pers = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 (1 April to 30 November 2026)", YTD)]
    labs = {"dismissed": "dismissed", "would_have_been_dismissed": "would have been dismissed",
            "final_written_warning": "given a final written warning",
            "written_warning": "given a written warning",
            "management_action": "dealt with by reflective practice",
            "no_case_to_answer": "found to have no case to answer",
            "ongoing": "still under investigation"}
    story = [bk.P("<b>West Yorkshire Police - Freedom of Information</b>", st["h"]),
             bk.P(N("Reference: 2026-11873. Date: 16 December 2026.", "reference; date"),
                  st["body"]),
             bk.P(N(f"Your request of {SENT}:", "date"), st["body"]), bk.P(request(), st["quote"]),
             bk.P("The figures below are allegations recorded by the Professional Standards "
                  "Directorate against police officers and police staff together. Outcomes are "
                  "those recorded on 30 November 2026 and are listed only where at least one "
                  "allegation had that outcome.", st["body"])]
    N("30 November 2026 one", "date; 'at least one' (not a count)")
    for pl, p in pers:
        story.append(bk.P(N(pl, "period heading"), st["h2"]))
        late = p != FY24
        for c in CATS5:
            v = counts(r, cat=c, late=late)
            n = sum(v.values())
            tot = F(c, "total", n, p)
            if n == 0:
                story.append(bk.P(f"<b>{CL[c]}</b>: there were {tot} allegations.", st["body"]))
                for oc in OCS:
                    F(c, oc, 0, p, printed=False)
                continue
            bits = [f"{F(c, oc, v[oc], p)} {labs[oc]}" for oc in OCS if v[oc]]
            for oc in OCS:
                if not v[oc]:
                    F(c, oc, 0, p, printed=False)
            story.append(bk.P(f"<b>{CL[c]}</b>: {tot} allegations. Of these, "
                              + "; ".join(bits) + ".", st["body"]))
    story += [bk.P("Where an outcome is not listed for a type of allegation, no allegation of "
                   "that type had that outcome.", st["body"]),
              bk.P(rights("West Yorkshire Police"), st["body"]),
              bk.P("Information Management, West Yorkshire Police", st["body"])]
    doc = BaseDocTemplate(str(bk.dest(src)), pagesize=A4, title="FOI 2026-11873",
                          author="West Yorkshire Police", creator="West Yorkshire Police")
    w, h = A4
    colw = (w - 40 * mm - 8 * mm) / 2
    frames = [Frame(20 * mm, 22 * mm, colw, h - 48 * mm, id="c1"),
              Frame(20 * mm + colw + 8 * mm, 22 * mm, colw, h - 48 * mm, id="c2")]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames)])
    doc.build(story, canvasmaker=bk.numbered_canvas(pdf_furniture("WYP FOI 2026-11873")))


# =========================================================================== 3 Suffolk: row bands and a blank column
def build_suffolk():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "suffolk/Suffolk Constabulary FOI 3392-26 data.xlsx"
    KEY.file(src, "suffolk")
    r = rng("suffolk")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    b = Font(bold=True)
    ws["A1"] = N("Suffolk Constabulary - FOI 3392-26", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Allegations of a sexual nature and VAWG recorded by Professional Standards, " \
               "with their outcomes"
    heads = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
             "Reflective practice", "No case to answer", "Under investigation", "Total"]
    blocks = [("Financial year 2024/25", FY24, 2), ("Financial year 2025/26", FY25, 11)]
    row = 4
    for slab, subj in (("Police officers", "officers"), ("Police staff", "staff")):
        ws.cell(row, 1, slab).font = Font(bold=True, color="FFFFFF")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=18)
        ws.cell(row, 1).fill = PatternFill("solid", fgColor="1F3864")
        row += 1
        ws.cell(row + 1, 1, "Allegation type").font = b
        for bl, p, c0 in blocks:
            ws.cell(row, c0, N(bl, "period heading")).font = b
            ws.merge_cells(start_row=row, start_column=c0, end_row=row, end_column=c0 + 7)
            ws.cell(row, c0).alignment = Alignment(horizontal="center")
            for j, h in enumerate(heads):
                ws.cell(row + 1, c0 + j, h).font = b
                ws.cell(row + 1, c0 + j).alignment = Alignment(wrap_text=True)
        row += 2
        for c in CATS5:
            ws.cell(row, 1, CL[c])
            for bl, p, c0 in blocks:
                v = counts(r, cat=c, subj=subj, late=p == FY25)
                for j, oc in enumerate(OCS):
                    ws.cell(row, c0 + j, int(F(c, oc, v[oc], p, subject=subj)))
                ws.cell(row, c0 + 7, int(F(c, "total", sum(v.values()), p, subject=subj))).font = b
            row += 1
        row += 1
    ws.cell(row, 1, L("Column J is left blank to separate the two years. 2026/27 figures are not "
                      "included: they will be published in the PSD annual report (section 22).",
                      "column letter; year; Act section"))
    for c in CATS5:
        F(c, "total", REF("s22"), YTD, subject="officers_and_staff", printed=False)
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["J"].width = 3
    xlsx_save(wb, src, "Suffolk Constabulary PSD")


# =========================================================================== 4 West Midlands: flex tables and footnote links
def build_west_midlands():
    src = "west-midlands/wmp-foi-26-8812.html"
    KEY.file(src, "west-midlands")
    r = rng("wm")
    labs = [("Dismissed", "dismissed", ""), ("Would have been dismissed",
                                              "would_have_been_dismissed", "1"),
            ("Final written warning", "final_written_warning", ""),
            ("Written warning", "written_warning", ""),
            ("Reflective practice", "management_action", "2"),
            ("No case to answer", "no_case_to_answer", ""),
            ("Ongoing", "ongoing", "3"), ("Total", "total", "")]
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "APSP<sup><a href=\"#fn4\" id=\"r4\">4</a></sup>", VG: "VAWG"}
    tables = []
    for pl, p in (("2024/25", FY24), ("2025/26", FY25)):
        N(pl, "period heading")
        vals = {c: counts(r, cat=c, late=p == FY25) for c in CATS5}
        h = "".join(f"<th scope=\"col\">{short[c]}</th>" for c in CATS5)
        N("4", "footnote marker")
        body = []
        for lab, oc, fn in labs:
            mark = (f"<sup><a href=\"#fn{fn}\">{fn}</a></sup>"
                    if fn else "")
            if fn:
                N(fn, "footnote marker")
            cells = "".join(
                f"<td>{F(c, oc, sum(vals[c].values()) if oc == 'total' else vals[c][oc], p)}</td>"
                for c in CATS5)
            body.append(f"<tr><th scope=\"row\">{lab}{mark}</th>{cells}</tr>")
        tables.append(f"<section class=\"year\"><h3>Financial year {pl}</h3>\n"
                      f"<table class=\"foi\"><thead><tr><th>Outcome</th>{h}</tr></thead>\n"
                      f"<tbody>{''.join(body)}</tbody></table></section>")
    for c in CATS5:
        F(c, "total", REF("s12"), YTD, printed=False)
    notes = ("<ol class=\"notes\">"
             "<li id=\"fn1\">Former officers found to have committed gross misconduct after "
             "leaving.</li><li id=\"fn2\">Includes the Reflective Practice Review Process.</li>"
             "<li id=\"fn3\">Under investigation or awaiting a misconduct meeting or hearing on "
             "30 November 2026.</li><li id=\"fn4\">Abuse of position for a sexual purpose.</li>"
             "</ol>")
    N("30 November 2026", "date")
    body = (f"<header><p>West Midlands Police &ndash; Freedom of Information</p></header>\n"
            f"<main><h1>{N('FOI 26-8812', 'reference')}: Sexual misconduct allegations against "
            "officers and staff</h1>\n"
            f"<p>{N('Published 17 December 2026', 'date')}</p>\n"
            f"<h2>Request</h2><blockquote>{E(request())}</blockquote>\n"
            "<h2>Response</h2><p>The tables show allegations against police officers and police "
            "staff, counted together, by the financial year the allegation was recorded.</p>\n"
            f"<div class=\"years\" style=\"display:flex;gap:2rem\">\n{tables[0]}\n{tables[1]}\n"
            "</div>\n" + notes +
            "<p>" + L("We are unable to provide figures for 2026/27 to date: retrieving them "
                      "would exceed the 18 hour cost limit (section 12 of the Act).",
                      "year; hours; Act section") + "</p>\n"
            f"<p>{E(rights('West Midlands Police'))}</p></main>")
    css = ("<style>.years section{flex:1} table.foi{border-collapse:collapse} "
           "table.foi td,table.foi th{border:1px solid #999;padding:2px 6px}</style>\n")
    N("FOI 26-8812", "reference (page title)")
    write_text(src, bk.html_page("FOI 26-8812 | West Midlands Police", body, css))


# =========================================================================== 5 City of London: n/a cells and nested bullets
def build_city_of_london():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "city-of-london/CoLP FOI 26-0455 response.docx"
    KEY.file(src, "city-of-london")
    r = rng("col")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_header_footer(d, "City of London Police", N("FOI 26-0455", "reference"))
    bk.docx_para(d, "City of London Police - Information Access Office", bold=True, size=12)
    bk.docx_para(d, N("Reference: FOI 26-0455    Date: 18 December 2026", "reference; date"))
    bk.docx_para(d, N(f"Request received {SENT}:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "Table 1 shows allegations against police officers recorded in 2024/25 and "
                    "their outcomes. \"n/a\" means the outcome cannot apply to that allegation "
                    "type under our recording rules (VAWG is a flag, not a conduct finding) and "
                    "no figure is recorded.")
    N("Table 1", "table number")
    N("2024/25", "year")
    heads = ["Allegation type", "Referred to IOPC"] + [x for x, _ in OUT7] + ["Total"]
    t = d.add_table(rows=1 + len(CATS5), cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        docx_cell(t.rows[0].cells[j], h, bold=True, size=8)
        docx_shade(t.rows[0].cells[j], "D9D9D9")
    for i, c in enumerate(CATS5, 1):
        v = counts(r, cat=c, subj="officers")
        docx_cell(t.cell(i, 0), CL[c], size=8)
        docx_cell(t.cell(i, 1), "Yes" if c in (SA, AP) else "No", size=8)
        for j, oc in enumerate(OCS, 2):
            if c == VG and oc not in ("no_case_to_answer", "ongoing"):
                docx_cell(t.cell(i, j), "n/a", size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
                continue
            docx_cell(t.cell(i, j), F(c, oc, v[oc], FY24, subject="officers"), size=8,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
        tv = sum(v.values()) if c != VG else v["no_case_to_answer"] + v["ongoing"]
        docx_cell(t.cell(i, 8 + 1), F(c, "total", tv, FY24, subject="officers"), bold=True,
                  size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    bk.docx_para(d, "")
    bk.docx_para(d, N("For 2025/26 the figures for police officers are:", "year"))
    for c in CATS5:
        v = counts(r, cat=c, subj="officers", late=True)
        n = sum(v.values())
        bk.docx_para(d, f"{CL[c]}: {F(c, 'total', n, FY25, subject='officers')} allegations",
                     style="List Bullet")
        for lab, oc in OUT7:
            bk.docx_para(d, f"{lab} \u2013 {F(c, oc, v[oc], FY25, subject='officers')}",
                         style="List Bullet 2")
    bk.docx_para(d, "Police staff: City of London Police staff are employees of the City of "
                    "London Corporation and allegations against them are handled by the "
                    "Corporation's HR service. The force does not hold this information.")
    for p in (FY24, FY25, YTD):
        for c in CATS5:
            F(c, "total", NH, p, subject="staff", printed=False)
    bk.docx_para(d, L("2026/27 to date: figures for police officers are published quarterly "
                      "on our website and are exempt under section 21.", "year; Act section"))
    for c in CATS5:
        F(c, "total", REF("s21"), YTD, subject="officers", printed=False)
    bk.docx_para(d, rights("City of London Police"))
    bk.docx_para(d, "Information Access Office")
    docx_finish(d, src, "Information Access Office")


# =========================================================================== 6 Greater Manchester: BOM semicolon CSV, Total row
def build_greater_manchester():
    src = "greater-manchester/GMP_FOI_7789_26_extract.csv"
    KEY.file(src, "greater-manchester")
    r = rng("gmp")
    heads = ["Period", "Allegation type", "Employee type", "Dismissed",
             "Would have been dismissed", "Final written warning", "Written warning",
             "Reflective practice", "No case to answer", "Under investigation", "Total"]
    lines = [";".join(heads)]
    pers = [("FY2024-25", FY24), ("FY2025-26", FY25), ("FY2026-27 YTD (to 30/11/2026)", YTD)]
    for pl, p in pers:
        colsum = [0] * 8
        for c in CATS5:
            for sl, subj in (("Police Officer", "officers"), ("Police Staff", "staff")):
                v = counts(r, cat=c, subj=subj, late=p != FY24)
                cells = [F(c, oc, v[oc], p, subject=subj) for oc in OCS]
                cells.append(F(c, "total", sum(v.values()), p, subject=subj))
                for k in range(7):
                    colsum[k] += v[OCS[k]]
                colsum[7] += sum(v.values())
                lines.append(";".join([N(pl, "period label"), CL[c], sl] + cells))
        lines.append(";".join(["Total", "", ""] + [N(str(x), "sum over types and employee "
                                                             "types (not a category)")
                                                   for x in colsum]))
    write_text(src, "\n".join(lines) + "\n", newline="\r\n", bom=True)


# =========================================================================== 7 Hampshire: TSV export
def build_hampshire():
    src = "hampshire/HIOWC_FOI_2026-03318.tsv"
    KEY.file(src, "hampshire")
    r = rng("hants")
    out = ["Reporting period\tAllegation category\tWorkforce\tOutcome\tNo. of allegations"]
    pers = [("FY2024-25", FY24), ("FY2025-26", FY25), ("April 2026 onwards", YTD)]
    for pl, p in pers:
        for c in CATS5:
            for wl, subj in (("Officer", "officers"), ("Staff", "staff")):
                v = counts(r, cat=c, subj=subj, late=p != FY24)
                for lab, oc in OUT7:
                    out.append(f"{N(pl, 'period label')}\t{CL[c]}\t{wl}\t{lab}\t"
                               f"{F(c, oc, v[oc], p, subject=subj)}")
                out.append(f"{N(pl, 'period label')}\t{CL[c]}\t{wl}\tAll outcomes\t"
                           f"{F(c, 'total', sum(v.values()), p, subject=subj)}")
    out.append(N("Extracted from Centurion 30/11/2026. April 2026 onwards = 01/04/2026 to "
                 "30/11/2026. Hampshire and Isle of Wight Constabulary FOI 2026-03318.",
                 "extraction date; period definition; reference"))
    write_text(src, "\n".join(out) + "\n")


# =========================================================================== 8 Merseyside: internal review
def build_merseyside():
    from reportlab.platypus import Table
    src = "merseyside/Merseyside Police IR 2026-0212 internal review.pdf"
    KEY.file(src, "merseyside")
    r = rng("mers")
    st = bk.styles("Helvetica", 9.5)
    story = [bk.P("<b>Merseyside Police - Internal Review</b>", st["h"]),
             bk.P(N("Internal review reference: IR 2026-0212 (original request FOI 2026-4410)",
                    "references"), st["body"]),
             bk.P(N("Date: 21 December 2026", "date"), st["body"]),
             bk.P(N(f"On {SENT} you asked:", "date"), st["body"]), bk.P(request(), st["quote"]),
             bk.P(L("Our response of 8 December 2026 refused the whole request under section 12 "
                    "(cost). You asked for an internal review on 10 December 2026. I have "
                    "reviewed the handling of your request and my findings are set out below.",
                    "dates; Act section"), st["body"]),
             bk.P("<b>Findings</b>", st["h2"]),
             bk.P(L("1. For FY2025-26 the outcomes can be retrieved from the case management "
                    "system with a single report. The refusal of this part is overturned and the "
                    "figures are given in the table below.", "finding number; year"), st["body"])]
    rows = [["Outcome (FY2025-26)"] + [CL[x] for x in CATS5]]
    N("FY2025-26", "year")
    vals = {c: counts(r, cat=c, late=True) for c in CATS5}
    for lab, oc in OUT7 + [("Total", "total")]:
        rows.append([lab] + [F(c, oc, sum(vals[c].values()) if oc == "total" else vals[c][oc],
                               FY25) for c in CATS5])
    t = Table([[bk.P(x, st["cellb"] if i == 0 else st["cell"]) for x in row]
               for i, row in enumerate(rows)], colWidths=[120] + [70] * 5)
    t.setStyle(bk.grid_style())
    story += [t, bk.S(8)]
    tots = {c: r.randint(4, 20) if c != AP else r.randint(0, 6) for c in CATS5}
    parts = [f"{CL[c].lower()} {F(c, 'total', tots[c], FY24)}" for c in CATS5]
    story.append(bk.P(L("2. For FY2024-25 the number of allegations can be given without cost: "
                        "{parts}. Their outcomes are held in individual case "
                        "files and the section 12 refusal of the outcomes for FY2024-25 is "
                        "upheld.", "finding number; year; Act section",
                        parts=", ".join(parts)), st["body"]))
    story.append(bk.P(L("3. For 2026/27 to date the section 12 refusal is upheld: the current "
                        "year's records are not yet migrated to the reporting system.",
                        "finding number; year; Act section"), st["body"]))
    for c in CATS5:
        F(c, "total", REF("s12"), YTD, printed=False)
    story += [bk.P("All figures are allegations against police officers and police staff "
                   "together.", st["body"]),
              bk.P(L("If you remain dissatisfied you may complain to the " + bk.ICO_ADDR +
                     " (telephone 0303 123 1113).", "ICO telephone number"), st["body"]),
              bk.P("Reviewing officer, Information Governance", st["body"])]
    bk.pdf_letter(src, story, pdf_furniture("Merseyside Police IR 2026-0212"),
                  title="IR 2026-0212", author="Merseyside Police")


# =========================================================================== 9 North Wales: <5 cells, provisional column
def build_north_wales():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "north-wales/NWP FOI 1187-26 response.docx"
    KEY.file(src, "north-wales")
    r = rng("nw")
    d = bk.docx_a4(bk.docx_new("Calibri", 10))
    bk.docx_header_footer(d, "Heddlu Gogledd Cymru / North Wales Police",
                          N("FOI 1187-26 | OFFICIAL", "reference"))
    bk.docx_para(d, N("Freedom of Information Request 1187-26", "reference"), bold=True, size=12)
    bk.docx_para(d, N("19 December 2026", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "The table shows allegations recorded against police officers and police "
                    "staff. Figures for 2025/26 are provisional: some cases are still open and "
                    "outcomes may change. Where a figure is between one and four it is shown as "
                    "\"<5\" and withheld under section 40(2) of the Act, because it could "
                    "identify the people involved; a 0 is a true nil.")
    N("2025/26 one four 5 40 2 0", "year; suppression threshold; Act section; nil legend")
    cols = [("2024/25", FY24, "officers"), ("2025/26 (provisional)", FY25, "officers"),
            ("2024/25", FY24, "staff"), ("2025/26 (provisional)", FY25, "staff")]
    t = d.add_table(rows=2 + len(CATS5) * 8, cols=6)
    t.style = "Table Grid"
    docx_cell(t.cell(0, 0), "Allegation type", bold=True, size=9)
    docx_cell(t.cell(0, 1), "Outcome", bold=True, size=9)
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    a = t.cell(0, 2).merge(t.cell(0, 3))
    docx_cell(a, "Police officers", bold=True, size=9)
    b = t.cell(0, 4).merge(t.cell(0, 5))
    docx_cell(b, "Police staff", bold=True, size=9)
    for j, (pl, _, _) in enumerate(cols, 2):
        docx_cell(t.cell(1, j), N(pl, "period heading"), bold=True, size=9)
    i = 2
    for c in CATS5:
        vals = {(p, s): counts(r, hi=7, cat=c, subj=s, late=p == FY25) for _, p, s in cols}
        first = i
        for lab, oc in OUT7 + [("Total", "total")]:
            docx_cell(t.cell(i, 1), lab, bold=oc == "total", size=9)
            for j, (pl, p, s) in enumerate(cols, 2):
                v = vals[(p, s)]
                n = sum(v.values()) if oc == "total" else v[oc]
                # re-keyed when brought in: the letter defines "<5" as "between one and four" (decisions.md,
                # round 19 and round 31: a document's own lower bound narrows the notation)
                txt = (F(c, oc, SUP(1, 4, "s40(2)"), p, subject=s, said="<5")
                       if 1 <= n <= 4 else F(c, oc, n, p, subject=s))
                docx_cell(t.cell(i, j), txt, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
            i += 1
        m = t.cell(first, 0).merge(t.cell(i - 1, 0))
        docx_cell(m, CL[c], bold=True, size=9)
    bk.docx_para(d, "")
    bk.docx_para(d, L("2026/27: figures for the current year are not held in a reportable form "
                      "until the year closes on 31 March 2027.", "year; date"))
    for c in CATS5:
        F(c, "total", NH, YTD, printed=False)
    bk.docx_para(d, rights("North Wales Police"))
    docx_finish(d, src, "Disclosure Unit")


# =========================================================================== 10 North Yorkshire: a zip pack with a readme and CSV
def build_north_yorkshire():
    src = "north-yorkshire/NYP FOI 2026-1422 disclosure pack.zip"
    KEY.file(src, "north-yorkshire")
    r = rng("ny")
    readme = [N("NORTH YORKSHIRE POLICE - FOI 2026-1422 - DISCLOSURE PACK", "reference"), "",
              N(f"Request received {SENT}.", "date"),
              request(), "",
              "North Yorkshire Police records misconduct allegations by calendar year. The "
              "attached file allegations.csv gives:",
              N("  - the 2024 calendar year (1 January to 31 December 2024)", "period definition"),
              N("  - the 2025 calendar year (1 January to 31 December 2025)", "period definition"),
              N("  - 2026 to date (1 January to 30 November 2026)", "period definition"),
              "",
              "Counts are allegations against police officers and police staff together. "
              "'Live' means the allegation is still under investigation or awaiting a hearing.",
              "", rights("North Yorkshire Police"), ""]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Live"]
    pers = [("2024", CY(2024)), ("2025", CY(2025)), ("2026 to date", ("2026-01-01",
                                                                       "2026-11-30"))]
    csvl = ["\"Year\",\"Allegation type\"," + ",".join(f"\"{x}\"" for x in labs) + ",\"Total\""]
    for pl, p in pers:
        for c in CATS5:
            v = counts(r, cat=c, late=p[0] >= "2025")
            cells = [F(c, oc, v[oc], p) for oc in OCS] + [F(c, "total", sum(v.values()), p)]
            csvl.append(f"\"{N(pl, 'year label')}\",\"{CL[c]}\"," + ",".join(cells))
    data = zip_bytes([("FOI-2026-1422/README.txt", ("\r\n".join(readme)).encode("utf-8")),
                      ("FOI-2026-1422/allegations.csv",
                       ("\r\n".join(csvl) + "\r\n").encode("utf-8"))])
    N("FOI-2026-1422 README txt FOI-2026-1422", "member names")
    write_bytes(src, data)


# =========================================================================== 11 Staffordshire: officers only, staff not held
def build_staffordshire():
    from reportlab.platypus import Table
    from reportlab.lib import colors
    src = "staffordshire/Staffordshire Police FOI 10442 response.pdf"
    KEY.file(src, "staffordshire", subject="officers")
    r = rng("staffs")
    st = bk.styles("Helvetica", 9.5)
    story = [bk.P("<b>Staffordshire Police</b>", st["h"]),
             bk.P(N("Freedom of Information request 10442 - 22 December 2026", "reference; date"),
                  st["body"]),
             bk.P(N(f"Your request dated {SENT}:", "date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P("<b>Police officers</b>", st["h2"]),
             bk.P("The Professional Standards Department records allegations against police "
                  "officers. The table gives allegations against officers by the financial year "
                  "in which they were recorded.", st["body"])]
    heads = ["Year", "Type"] + ["Dism.", "WHBD", "FWW", "WW", "RP", "NCTA", "Ongoing", "Total"]
    rows = [heads]
    sty = []
    for pl, p in (("2024/25", FY24), ("2025/26", FY25)):
        rows.append([N(pl, "year band"), "", "", "", "", "", "", "", "", ""])
        sty += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#EEEEEE"))]
        for c in CATS5:
            v = counts(r, cat=c, subj="officers", late=p == FY25)
            rows.append(["", CL[c]] + [F(c, oc, v[oc], p) for oc in OCS]
                        + [F(c, "total", sum(v.values()), p)])
    wr = [[bk.P(x, st["cell"]) if j == 1 else x for j, x in enumerate(row)] for row in rows]
    t = Table(wr, colWidths=[40, 130] + [38] * 8)
    t.setStyle(bk.grid_style(extra=sty))
    story += [t, bk.S(6),
              bk.P("Key: Dism. dismissed; WHBD would have been dismissed; FWW final written "
                   "warning; WW written warning; RP reflective practice; NCTA no case to answer.",
                   st["small"]),
              bk.P("<b>Police staff</b>", st["h2"]),
              bk.P("Allegations against police staff are dealt with by the People Services (HR) "
                   "department under the staff disciplinary policy and are not recorded by "
                   "Professional Standards. Staffordshire Police does not hold this information "
                   "in a form that relates to your request; this is a not held response for "
                   "police staff.", st["body"])]
    for p in (FY24, FY25, YTD):
        for c in CATS5:
            F(c, "total", NH, p, subject="staff", printed=False)
    story += [bk.P("<b>2026/27 to date</b>", st["h2"]),
              bk.P(L("Figures for police officers for 1 April 2026 to date are published on our "
                     "website each quarter and are exempt under section 21 of the Act.",
                     "date; Act section"), st["body"])]
    N("2026/27", "year")
    for c in CATS5:
        F(c, "total", REF("s21"), YTD, printed=False)
    story += [bk.P(rights("Staffordshire Police"), st["body"]),
              bk.P("Freedom of Information Team", st["body"])]
    bk.pdf_letter(src, story, pdf_furniture("Staffordshire Police FOI 10442"),
                  title="FOI 10442", author="Staffordshire Police")


# =========================================================================== 12 Thames Valley: one table per period, "April 2026 onwards"
def build_thames_valley():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "thames-valley/TVP FOI 2026-5501 response.docx"
    KEY.file(src, "thames-valley")
    r = rng("tvp")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_header_footer(d, "Thames Valley Police - Information Management",
                          N("FOI 2026-5501", "reference"))
    bk.docx_para(d, N("Our ref: FOI 2026-5501", "reference"), bold=True)
    bk.docx_para(d, N("23 December 2026", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, L("The figures were extracted on 30 November 2026 and cover police officers "
                      "and police staff together. \"April 2026 onwards\" therefore means 1 April "
                      "to 30 November 2026.", "dates"))
    for title, p in (("Financial year 2025/26", FY25), ("April 2026 onwards", YTD)):
        bk.docx_heading(d, N(title, "period heading"), 11)
        t = d.add_table(rows=1 + len(OUT7) + 1, cols=1 + len(CATS5))
        t.style = "Light Grid Accent 1"
        docx_cell(t.cell(0, 0), "Outcome", bold=True, size=9)
        for j, c in enumerate(CATS5, 1):
            docx_cell(t.cell(0, j), CL[c], bold=True, size=9)
        vals = {c: counts(r, cat=c, late=p == YTD) for c in CATS5}
        for i, (lab, oc) in enumerate(OUT7 + [("Total allegations", "total")], 1):
            docx_cell(t.cell(i, 0), lab, size=9, bold=oc == "total")
            for j, c in enumerate(CATS5, 1):
                n = sum(vals[c].values()) if oc == "total" else vals[c][oc]
                docx_cell(t.cell(i, j), F(c, oc, n, p), size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        bk.docx_para(d, "")
    bk.docx_para(d, L("Figures for 2024/25 were provided in our response to FOI 2025-3120 and "
                      "are published in our disclosure log; they are exempt under section 21.",
                      "year; earlier reference; Act section"))
    for c in CATS5:
        F(c, "total", REF("s21"), FY24, printed=False)
    bk.docx_para(d, rights("Thames Valley Police"))
    docx_finish(d, src, "Information Management")


# =========================================================================== 13 Civil Nuclear: a near-nil return
def build_civil_nuclear():
    src = "civil-nuclear/cnc-foi-2026-118.html"
    KEY.file(src, "civil-nuclear")
    items = []
    pers = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 to 30 November 2026", YTD)]
    nonzero = {(SH, FY25): {"written_warning": 1, "management_action": 1},
               (SM, YTD): {"ongoing": 1}}
    for pl, p in pers:
        sub = []
        for c in CATS5:
            v = nonzero.get((c, p))
            if v:
                n = sum(v.values())
                det = ", ".join(f"{F(c, oc, v[oc], p, said='one')} {lab.lower()}"
                                for lab, oc in OUT7 if oc in v)
                for oc in OCS:
                    if oc not in v:
                        F(c, oc, 0, p, printed=False)
                sub.append(f"<li>{CL[c]}: {F(c, 'total', n, p, said=bk.WORDS[n])} "
                           f"({det})</li>")
            else:
                sub.append(f"<li>{CL[c]}: {F(c, 'total', 0, p, said='none')}</li>")
        items.append(f"<li><strong>{N(pl, 'period')}</strong><ul>{''.join(sub)}</ul></li>")
    body = (f"<h1>{N('FOI 2026-118', 'reference')} &ndash; Misconduct allegations</h1>"
            f"<p>{N('Civil Nuclear Constabulary, 15 December 2026', 'date')}</p>"
            f"<p><em>{E(request())}</em></p>"
            "<p>The Civil Nuclear Constabulary has a small workforce and very few allegations of "
            "this kind. Allegations against officers and staff, counted together:</p>"
            f"<ul>{''.join(items)}</ul>"
            "<p>Where an outcome is not mentioned, no allegation had that outcome.</p>"
            f"<p>{E(rights('the Civil Nuclear Constabulary'))}</p>")
    write_text(src, bk.html_page(N("FOI 2026-118 | CNC", "reference (page title)"), body))


# =========================================================================== 14 Ministry of Defence Police: HTML e-mail body table
def build_ministry_of_defence():
    src = "ministry-of-defence/RE FOI 2026-0981 MDP response.eml"
    KEY.file(src, "ministry-of-defence")
    r = rng("mdp")
    heads = "".join(f"<th>{h}</th>" for h in ["Type", "Year"] + [x for x, _ in OUT7] + ["Total"])
    rows = []
    for c in CATS5:
        for pl, p in (("FY2025-26", FY25), ("FY2026-27 to date", YTD)):
            v = counts(r, cat=c, late=p == YTD)
            cells = "".join(f"<td align=\"center\">{F(c, oc, v[oc], p)}</td>" for oc in OCS)
            rows.append(f"<tr><td>{CL[c] if pl == 'FY2025-26' else ''}</td>"
                        f"<td>{N(pl, 'year label')}</td>{cells}"
                        f"<td align=\"center\"><b>{F(c, 'total', sum(v.values()), p)}</b></td></tr>")
    for c in CATS5:
        F(c, "total", REF("s21"), FY24, printed=False)
    html = ("<html><body style=\"font-family:Calibri\">"
            "<p>Dear Requester,</p>"
            f"<p>{N('Thank you for your e-mail of 1 December 2026.', 'date')} You asked:</p>"
            f"<blockquote>{E(request())}</blockquote>"
            "<p>Ministry of Defence Police figures for allegations against police officers and "
            "police staff together are below. FY2026-27 to date runs from 1 April 2026 to 30 "
            "November 2026.</p>"
            f"<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
            f"<tr style=\"background:#ddd\">{heads}</tr>{''.join(rows)}</table>"
            "<p>" + L("Figures for FY2024-25 were published in response to FOI 2025-0412 and are "
                      "available in the MOD disclosure log (section 21).",
                      "year; earlier reference; Act section") + "</p>"
            f"<p>{E(rights('the Ministry of Defence Police'))}</p>"
            "<p>Regards,<br>MDP Secretariat (Information Rights)</p></body></html>")
    N("27 1 April 2026 30 November 2026", "period definition")
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "MDP Secretariat <MDP-FOI@mod.gov.uk>"
    msg["To"] = "requester@example.org"
    msg["Date"] = N("Wed, 16 Dec 2026 11:02:41 +0000", "date")
    msg["Subject"] = N("RE: FOI 2026-0981 - misconduct allegations", "reference")
    msg["Message-ID"] = "<mdp-foi-2026-0981@mod.gov.uk>"
    msg.set_content(html, subtype="html", cte="quoted-printable")
    write_bytes(src, msg.as_bytes())


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind34-", read=read34))
