#!/usr/bin/python3
"""make_blind32.py -- the thirty-second blind test batch for `foi` and its answer key.

The request, sent on 24 November 2026: for each of the financial years 2023/24, 2024/25 and
2025/26 and for 2026/27 to date (or the equivalent calendar years where a force records by
calendar year), the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and the outcome of each.  See NOTES-blind32.md.
The machinery (F/L/N accounting, writers, read_back, check) is scripts/blindkit.py
(not edited); read-backs for .odt and .eml are local.

usage: /usr/bin/python3 make_blind32.py             # rebuild fixtures/blind32 (or $FOI_BLIND32_OUT)
       /usr/bin/python3 make_blind32.py check       # verify determinism and every number
       /usr/bin/python3 make_blind32.py dump FILE   # show FILE (relative to the batch) as read back
"""
import csv
import datetime as dt
import functools
import email
import email.policy
import io
import os
import random
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, SUP, REF, NCND, NH, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade, rights)

FINAL = Path(os.environ.get("FOI_BLIND32_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind32").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST = ("For each of the financial years 2023/24, 2024/25 and 2025/26, and for 2026/27 to date "
           "(or the equivalent calendar years if that is how you record the information), please "
           "tell me (a) how many allegations of sexual assault, sexual misconduct, sexual "
           "harassment, abuse of position for a sexual purpose and violence against women and "
           "girls were made against police officers and police staff, and (b) the outcome of each "
           "allegation (dismissed, would have been dismissed, final written warning, written "
           "warning, reflective practice, no case to answer, still under investigation).")
FY23, FY24, FY25 = FY(2023), FY(2024), FY(2025)
YTD = ("2026-04-01", "2026-10-31")
H1 = ("2026-04-01", "2026-09-30")
CY24, CY25 = CY(2024), CY(2025)
SENT = "24 November 2026"
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning",
                 "Written warning", "Reflective practice", "No case to answer",
                 "Under investigation"], OCS))


def request(text=REQUEST):
    return N(text, "the request's years")


def rng(name):
    return random.Random("blind32-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(2, 5)
    return k


def tot(r, cat=None, subj=None, lo=2, hi=22):
    if cat == AP:
        hi //= 2
    if subj == "staff":
        hi //= 2
    return r.randint(0 if subj == "staff" else lo, max(hi, 3))


WHEN = dt.datetime(2026, 12, 2, 9, 30, 0)

xlsx_save = functools.partial(bk.xlsx_save, when=WHEN)
docx_finish = functools.partial(bk.docx_finish, when=WHEN)


def read32(path):
    p = Path(path)
    if p.suffix.lower() == ".odt":
        return bk.odt_text(p)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p)
    return bk.read_back(p)


def pstyles(font="Helvetica", size=9.5):
    return bk.styles(font, size)


def furniture(ref_text, font="Helvetica", marking="OFFICIAL", landscape=False):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = (A4[1], A4[0]) if landscape else A4
        c.setFont(font, 8)
        if marking:
            c.drawCentredString(w / 2, h - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref_text, "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


def letter_head(st, force, lines, ref, date):
    out = [bk.P(f"<b>{force}</b>", st["h"])]
    for x in lines:
        out.append(bk.P(N(x, "address, postcode, telephone"), st["addr"]))
    out += [bk.S(8), bk.P(N(f"Our reference: {ref}", "reference"), st["addr"]),
            bk.P(N(f"Date: {date}", "date"), st["addr"]), bk.S(8)]
    return out


def widths(t, cm):
    from docx.shared import Cm
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in t.rows:
        for c, w in zip(row.cells, cm):
            c.width = Cm(w)
    for col, w in zip(t.columns, cm):
        col.width = Cm(w)


# =========================================================================== 1 Derbyshire: Excel printed to PDF, table split by columns over two pages


def build_derbyshire():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle, PageBreak, Paragraph
    from reportlab.lib.styles import ParagraphStyle
    src = "derbyshire/DC FOI 26-2291 PSD data.pdf"
    KEY.file(src, "derbyshire")
    r = rng("derbyshire")
    pers = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25),
            ("2026/27 (to 31/10/26)", YTD)]
    vals = {}
    for plab, per in pers:
        for cat in CATS5:
            for s in ("officers", "staff"):
                vals[(per, cat, s)] = counts(r, cat=cat, subj=s, late=per in (FY25, YTD),
                                             zero=0.4 if s == "officers" else 0.65)
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice (RPRP)", "No case to answer", "Under investigation"]
    ts = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=11, leading=14)
    story = []
    for half, pp in ((1, pers[:2]), (2, pers[2:])):
        story.append(Paragraph(N("FOI 26-2291 - allegations against police officers and police "
                                 "staff by type and outcome (financial year of recording)",
                                 "reference"), ts))
        row0 = ["Allegation type / outcome"]
        row1 = [""]
        for plab, per in pp:
            row0 += [N(plab, "period heading (column band)"), ""]
            row1 += ["Police officers", "Police staff"]
        data = [row0, row1]
        sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
               ("FONT", (0, 0), (-1, -1), "Helvetica", 7, 8.4),
               ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 7, 8.4),
               ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#D9E1F2")),
               ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("ALIGN", (1, 0), (-1, 1), "CENTER"),
               ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)),
               ("TOPPADDING", (0, 0), (-1, -1), 0.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)]
        for cat in CATS5:
            data.append([CL[cat]] + [""] * 4)
            sty += [("FONT", (0, len(data) - 1), (-1, len(data) - 1), "Helvetica-Bold", 7, 8.4),
                    ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1),
                     colors.HexColor("#F2F2F2"))]
            for lab, oc in zip(labs, OCS):
                row = ["    " + lab]
                for plab, per in pp:
                    for s in ("officers", "staff"):
                        row.append(F(cat, oc, vals[(per, cat, s)][oc], per, subject=s))
                data.append(row)
            row = ["    Total"]
            for plab, per in pp:
                for s in ("officers", "staff"):
                    row.append(F(cat, "total", sum(vals[(per, cat, s)].values()), per, subject=s))
            data.append(row)
            sty.append(("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 1, colors.black))
        t = Table(data, colWidths=[70 * mm] + [32 * mm] * 4, repeatRows=2)
        t.setStyle(TableStyle(sty))
        story.append(t)
        if half == 1:
            story.append(PageBreak())

    def furn(c, p, n):
        w, h = landscape(A4)
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, h - 9 * mm, "PSD_FOI_extract")
        c.drawCentredString(w / 2, 8 * mm, N(f"Page {p} of {n}", "page number"))
    bk.pdf_letter(src, story, furn, pagesize=landscape(A4), margins=(12, 12, 13, 12),
                  title="PSD_FOI_extract", author="Microsoft Excel")


# =========================================================================== 2 Essex: HTML, three-row thead, tfoot Total


def build_essex():
    src = "essex/essex-police-foi-8841-26.html"
    KEY.file(src, "essex")
    r = rng("essex")
    pers = [("2024/25", FY24), ("2025/26", FY25)]
    subs = [("Police officers", "officers"), ("Police staff", "staff")]
    abbr = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
            AP: "Abuse of position (sexual)", VG: "VAWG"}
    vals = {(per, s, cat): counts(r, cat=cat, subj=s, late=per == FY25, zero=0.45)
            for _, per in pers for _, s in subs for cat in CATS5}
    h = []
    h.append('<table class="foi-data">')
    h.append(N('<caption>Table 1: allegations recorded by Professional Standards, by financial '
               'year, employee type and allegation type</caption>', "table number"))
    h.append("<thead>")
    h.append('<tr><th rowspan="3" scope="col">Outcome</th>' + "".join(
        f'<th colspan="10" scope="colgroup">{N(pl, "period heading (band)")}</th>' for pl, _ in pers)
        + "</tr>")
    h.append("<tr>" + "".join(f'<th colspan="5" scope="colgroup">{sl}</th>'
                              for _ in pers for sl, _ in subs) + "</tr>")
    h.append("<tr>" + "".join(f'<th scope="col">{abbr[c]}</th>'
                              for _ in pers for _ in subs for c in CATS5) + "</tr>")
    h.append("</thead>")
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Still under investigation"]
    h.append("<tfoot>")
    foot = '<tr><th scope="row">Total</th>' + "".join(
        f"<td>{F(c, 'total', sum(vals[(per, s, c)].values()), per, subject=s)}</td>"
        for _, per in pers for _, s in subs for c in CATS5) + "</tr>"
    h.append(foot)
    h.append("</tfoot>")
    h.append("<tbody>")
    for lab, oc in zip(labs, OCS):
        h.append(f'<tr><th scope="row">{lab}</th>' + "".join(
            f"<td>{F(c, oc, vals[(per, s, c)][oc], per, subject=s)}</td>"
            for _, per in pers for _, s in subs for c in CATS5) + "</tr>")
    h.append("</tbody></table>")
    body = f"""<header><p class="brand">Essex Police</p><nav><a href="/foi">Freedom of Information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a></nav></header>
<main>
<h1>{N("FOI 8841/26: Sexual misconduct allegations against officers and staff", "reference")}</h1>
<p class="meta">{N("Published 3 December 2026. Reference 8841/26.", "date; reference")}</p>
<h2>Request</h2>
<blockquote><p>{request()}</p></blockquote>
<h2>Response</h2>
<p>{N("Essex Police holds some of the information requested. Professional Standards have provided the figures for the two complete financial years below.", "the number of years")} Each allegation is counted once, under
the employee type of the person it was made against.</p>
{chr(10).join(h)}
<p>{N("Figures for 2023/24 were supplied in answer to FOI 3107/24 and are published in our disclosure log; they are exempt under section 21 (information reasonably accessible by other means).", "earlier reference; section number")}</p>
<p>Abuse of position (sexual) means abuse of position for a sexual purpose. VAWG means violence
against women and girls; these allegations are not also counted under another type.</p>
<p>{N("The period of 2026/27 to date", "period")} is not included because the figures have not yet been quality
assured.</p>
<p>{rights("Essex Police")}</p>
</main>
<footer><p>{N("Essex Police, PO Box 2, Springfield, Chelmsford CM2 6DA", "postcode")}</p></footer>"""
    for cat in CATS5:
        F(cat, "total", REF("s21"), FY23, printed=False)
    style = ("<style>\n table.foi-data{border-collapse:collapse;font-size:0.85rem}\n"
             " table.foi-data th,table.foi-data td{border:1px solid #999;padding:2px 4px}\n"
             " table.foi-data td{text-align:right}\n tfoot th,tfoot td{font-weight:bold}\n</style>\n")
    write_text(src, bk.html_page(N("FOI 8841/26 | Essex Police", "reference"), body, style))


# =========================================================================== 3 Kent: Word letter, landscape section, btLr header cells


def build_kent():
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm, Pt
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    src = "kent/Kent Police FOI 26-11572 response.docx"
    KEY.file(src, "kent")
    r = rng("kent")
    d = bk.docx_a4(bk.docx_new("Arial", 11))
    bk.docx_para(d, "Kent Police", bold=True, size=14)
    bk.docx_para(d, N("Freedom of Information Unit, Police Headquarters, Sutton Road, Maidstone ME15 9BZ",
                      "postcode"))
    bk.docx_para(d, N("Reference: FOI 26-11572", "reference"))
    bk.docx_para(d, N("Date: 2 December 2026", "date"))
    bk.docx_para(d, "Dear Applicant")
    bk.docx_para(d, N(f"Thank you for your request for information received on {SENT}, in which "
                      "you asked:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "Kent Police holds the information. The tables in the annex on the next page "
                    "show, for each financial year, the allegations recorded against police "
                    "officers and police staff together, by type of allegation (across) and "
                    "outcome (down). Reflective practice includes the Reflective Practice Review "
                    "Process and management action.")
    bk.docx_para(d, N("Kent Police records allegations of violence against women and girls as a "
                      "separate category; an allegation is not counted under two types.", "not a count"))
    bk.docx_para(d, N("The current year (2026/27) is not included: the Professional Standards "
                      "Department does not hold part-year figures in a reportable form, so this "
                      "information is not held.", "period"))
    for cat in CATS5:
        F(cat, "total", NH, YTD, printed=False)
    bk.docx_para(d, rights("Kent Police"))
    bk.docx_para(d, "Yours sincerely")
    bk.docx_para(d, "Information Rights Officer")
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    bk.docx_para(d, N("Annex A - FOI 26-11572", "reference"), bold=True, size=12)
    heads = ["Outcome"] + [CL[c] for c in CATS5]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Ongoing"]
    for ti, (plab, per) in enumerate([("1 April 2023 to 31 March 2024", FY23),
                                      ("1 April 2024 to 31 March 2025", FY24),
                                      ("1 April 2025 to 31 March 2026", FY25)], 1):
        bk.docx_para(d, N(f"Table {ti}: allegations recorded {plab}", "table number; period heading"),
                     bold=True)
        k = {c: counts(r, cat=c, late=per == FY25) for c in CATS5}
        t = d.add_table(rows=len(labs) + 2, cols=6)
        t.style = "Table Grid"
        for j, hd in enumerate(heads):
            cell = t.rows[0].cells[j]
            docx_cell(cell, hd, bold=True, size=9)
            docx_shade(cell, "D9D9D9")
            if j:
                tcPr = cell._tc.get_or_add_tcPr()
                td = OxmlElement("w:textDirection")
                td.set(qn("w:val"), "btLr")
                tcPr.append(td)
        tr = t.rows[0]._tr.get_or_add_trPr()
        hh = OxmlElement("w:trHeight")
        hh.set(qn("w:val"), "2040")
        hh.set(qn("w:hRule"), "atLeast")
        tr.append(hh)
        for i, (lab, oc) in enumerate(zip(labs, OCS), 1):
            docx_cell(t.rows[i].cells[0], lab, size=9)
            for j, c in enumerate(CATS5, 1):
                docx_cell(t.rows[i].cells[j], F(c, oc, k[c][oc], per), align=1, size=9)
        i = len(labs) + 1
        docx_cell(t.rows[i].cells[0], "Total", bold=True, size=9)
        for j, c in enumerate(CATS5, 1):
            docx_cell(t.rows[i].cells[j], F(c, "total", sum(k[c].values()), per), bold=True,
                      align=1, size=9)
        widths(t, [5.5] + [2.6] * 5)
        bk.docx_para(d, "")
    docx_finish(d, src, "Kent Police FOI Unit")


# =========================================================================== 4 Surrey: an Excel Table (ListObject), zeros shown as "-"


def build_surrey():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    from openpyxl.worksheet.table import Table, TableStyleInfo
    src = "surrey/Surrey FOI 1403-2026 data.xlsx"
    KEY.file(src, "surrey")
    r = rng("surrey")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = N("FOI 1403-2026", "reference (sheet name)")
    ws["A1"] = N("Surrey Police - FOI 1403-2026", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Allegations of a sexual nature and VAWG recorded by Professional Standards, by "
                "financial year of recording, allegation type and employee type")
    ws["A3"] = "A dash (-) shows that no allegations were recorded."
    heads = ["Financial year", "Allegation type", "Employee type", "Dismissed",
             "Would have been dismissed", "Final written warning", "Written warning",
             "Reflective practice", "No case to answer", "Under investigation", "Total"]
    for j, hd in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=hd)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    row = 6
    for plab, per in [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25),
                      ("2026/27 (Apr-Oct)", YTD)]:
        for cat in CATS5:
            for slab, s in (("Police officer", "officers"), ("Police staff", "staff")):
                k = counts(r, cat=cat, subj=s, late=per in (FY25, YTD),
                           zero=0.45 if s == "officers" else 0.7)
                ws.cell(row=row, column=1, value=N(plab, "period label"))
                ws.cell(row=row, column=2, value=CL[cat])
                ws.cell(row=row, column=3, value=slab)
                for j, oc in enumerate(OCS, 4):
                    F(cat, oc, k[oc], per, subject=s)
                    ws.cell(row=row, column=j, value=k[oc]).number_format = '0;-0;"-"'
                F(cat, "total", sum(k.values()), per, subject=s)
                ws.cell(row=row, column=11, value=sum(k.values())).number_format = '0;-0;"-"'
                row += 1
    t = Table(displayName="tblFOI1403", ref=f"A5:K{row - 1}")
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    ws.cell(row=row + 1, column=1, value=N("2026/27 (Apr-Oct) covers 1 April 2026 to 31 October 2026 "
                                           "and is provisional.", "period definition"))
    ws.cell(row=row + 2, column=1, value=N("VAWG allegations are those not recorded under one of "
                                           "the other types.", "not a count"))
    for col, w in zip("ABCDEFGHIJK", [18, 38, 16, 11, 13, 12, 11, 12, 11, 13, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "D6"
    xlsx_save(wb, src, "Surrey Police Information Access")


# =========================================================================== 5 Sussex: a letter giving figures as "x of the y"


def build_sussex():
    src = "sussex/Sussex Police FOI 2026-5520 response.pdf"
    KEY.file(src, "sussex")
    r = rng("sussex")
    st = pstyles("Helvetica", 10)
    story = letter_head(st, "Sussex Police", [
        "Information Disclosure Unit, Malling House, Church Lane, Lewes BN7 2DZ"],
        "FOI 2026-5520", "4 December 2026")
    story += [bk.P("Dear Sir or Madam,", st["body"]),
              bk.P(N(f"Thank you for your request of {SENT}:", "date"), st["body"]),
              bk.P(request(), st["quote"]),
              bk.P(N("Sussex Police holds the information for the two most recent complete "
                     "financial years. The figures are for police officers and police staff "
                     "together.", "the number of years"), st["body"])]
    words = {"dismissed": "resulted in dismissal",
             "would_have_been_dismissed": "ended in a finding that the officer would have been dismissed",
             "final_written_warning": "led to a final written warning",
             "written_warning": "led to a written warning",
             "management_action": "were dealt with by reflective practice",
             "no_case_to_answer": "were found to have no case to answer",
             "ongoing": "are still under investigation"}
    for plab, per in (("2024/25", FY24), ("2025/26", FY25)):
        story.append(bk.P(N(f"Financial year {plab}", "period heading"), st["h2"]))
        for cat in CATS5:
            k = counts(r, cat=cat, late=per == FY25, zero=0.5)
            total = sum(k.values())
            name = CL[cat].lower() if cat != VG else "violence against women and girls"
            if total == 0:
                F(cat, "total", 0, per, said="no allegations")
                story.append(bk.P(f"There were no allegations of {name} in {N(plab, 'period')}.",
                                  st["bullet"], ))
                continue
            parts = []
            first = True
            for oc in OCS:
                if not k[oc]:
                    continue
                x = F(cat, oc, k[oc], per)
                y = F(cat, "total", total, per, restated=not first)
                if first:
                    parts.append(f"{x} of the {y} allegations of {name} recorded in "
                                 f"{N(plab, 'period')} {words[oc]}")
                else:
                    parts.append(f"{x} of the {y} {words[oc]}")
                first = False
            txt = "; ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1] + "."
            story.append(bk.P(txt, st["bullet"], ))
    story += [bk.P("Where an outcome is not mentioned, no allegation of that type had that "
                   "outcome.", st["body"]),
              bk.P(N("Figures for 2023/24 and for 2026/27 to date are not held in a form that "
                     "can be retrieved without a manual review of each file, and we estimate "
                     "that this would exceed the appropriate limit of 18 hours. That part of "
                     "your request is therefore refused under section 12 of the Act.",
                     "periods; hours; section number"), st["body"]),
              bk.P(rights("Sussex Police"), st["body"]),
              bk.P("Yours faithfully,", st["body"]), bk.P("Information Disclosure Unit", st["body"])]
    for per in (FY23, YTD):
        for cat in CATS5:
            F(cat, "total", REF("s12"), per, printed=False)
    bk.pdf_letter(src, story, furniture("Sussex Police FOI 2026-5520"), title="FOI 2026-5520",
                  author="Sussex Police")


# =========================================================================== 6 Gloucestershire: CSV with a second header row of units


def build_gloucestershire():
    src = "gloucestershire/FOI_GC_1716_26_allegations.csv"
    KEY.file(src, "gloucestershire")
    r = rng("gloucestershire")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    w.writerow(["Financial year", "Allegation type", "Outcome", "Police officers",
                "Police staff", "All employees", "Share of type total"])
    w.writerow(["", "", "", "count", "count", "count", "%"])
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation"]
    for plab, per in (("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25)):
        for cat in CATS5:
            ko = counts(r, cat=cat, subj="officers", late=per == FY25)
            ks = counts(r, cat=cat, subj="staff", zero=0.65)
            T = sum(ko.values()) + sum(ks.values())
            for lab, oc in list(zip(labs, OCS)) + [("Total", "total")]:
                o = sum(ko.values()) if oc == "total" else ko[oc]
                s = sum(ks.values()) if oc == "total" else ks[oc]
                pct = "" if T == 0 else N(f"{100 * (o + s) / T:.1f}", "percentage of type total")
                w.writerow([N(plab, "period"), CL[cat], lab, F(cat, oc, o, per, subject="officers"),
                            F(cat, oc, s, per, subject="staff"),
                            F(cat, oc, o + s, per, subject="officers_and_staff"), pct])
    w.writerow([N("Source: Centurion, extracted 30/11/2026. 2026/27 figures not included (not held).",
                  "extraction date; period")] + [""] * 6)
    for cat in CATS5:
        F(cat, "total", NH, YTD, printed=False)
    write_text(src, buf.getvalue(), newline="\r\n")


# =========================================================================== 7 Humberside: case-system .txt with form feeds and repeated page headers


def build_humberside():
    src = "humberside/HP_FOI_000917-26_export.txt"
    KEY.file(src, "humberside")
    r = rng("humberside")
    body = []
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation"]
    for plab, per in (("2025-26", FY25), ("2026-27 Q1-Q2", H1)):
        body.append(N(f"REPORTING PERIOD: {plab}", "period heading"))
        body.append("")
        for cat in CATS5:
            ko = counts(r, cat=cat, subj="officers", late=per == H1)
            ks = counts(r, cat=cat, subj="staff", zero=0.6)
            body.append(f"Allegation type: {CL[cat]}")
            for lab, oc in zip(labs, OCS):
                body.append(f"  {lab:<40}{F(cat, oc, ko[oc], per, subject='officers'):>10}"
                            f"{F(cat, oc, ks[oc], per, subject='staff'):>10}")
            body.append(f"  {'Sub-total':<40}"
                        f"{F(cat, 'total', sum(ko.values()), per, subject='officers'):>10}"
                        f"{F(cat, 'total', sum(ks.values()), per, subject='staff'):>10}")
            body.append("")
    body += ["NOTES",
             N("  2025-26 = 01/04/2025 to 31/03/2026. 2026-27 Q1-Q2 = 01/04/2026 to 30/09/2026.",
               "period definitions"),
             "  Officer column includes special constables. Staff column includes PCSOs.",
             N("  Figures for 2023-24 and 2024-25 were archived on migration to the current system "
               "and are not held in a retrievable form.", "periods"),
             "*** END OF EXPORT ***"]
    for per in (FY23, FY24):
        for cat in CATS5:
            F(cat, "total", NH, per, printed=False)
    per_page = 52
    pages = [body[i:i + per_page] for i in range(0, len(body), per_page)]
    out = []
    for pi, chunk in enumerate(pages, 1):
        head = [N(f"HUMBERSIDE POLICE - PROFESSIONAL STANDARDS BRANCH{'':<12}Page {pi} of {len(pages)}",
                  "page number"),
                N("Report: FOI_ALLEG_OUTCOME   Request: 000917/26   Printed: 01/12/2026 10:42",
                  "reference; print date and time"),
                f"{'Category / Result':<42}{'Officer':>10}{'Staff':>10}",
                "=" * 62]
        out.append(("\f" if pi > 1 else "") + "\n".join(head + chunk))
    write_text(src, "\n".join(out) + "\n", newline="\r\n")


# =========================================================================== 8 Northumbria: totals answered, outcomes refused under s31, YTD refused s31


def build_northumbria():
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "northumbria/Northumbria Police FOI 2026-01988.pdf"
    KEY.file(src, "northumbria")
    r = rng("northumbria")
    st = pstyles("Helvetica", 10)
    story = letter_head(st, "Northumbria Police", [
        "Information Management Unit, Middle Engine Lane, Wallsend NE28 9NT"],
        "FOI 2026-01988", "3 December 2026")
    story += [bk.P("Dear Requester", st["body"]),
              bk.P(N(f"I write in connection with your request for information received on {SENT}:",
                     "date"), st["body"]),
              bk.P(request(), st["quote"]),
              bk.P("<b>Part (a)</b>: the number of allegations recorded against police officers and "
                   "police staff in each complete financial year is below.", st["body"])]
    data = [["Allegation type", N("2023/24", "period"), "", N("2024/25", "period"), "",
             N("2025/26", "period"), ""],
            [""] + ["Officers", "Staff"] * 3]
    for cat in CATS5:
        row = [bk.P(CL[cat], st["cell"])]
        for per in (FY23, FY24, FY25):
            for s in ("officers", "staff"):
                row.append(F(cat, "total", tot(r, cat=cat, subj=s), per, subject=s))
        data.append(row)
    t = Table(data, colWidths=[52 * mm] + [19 * mm] * 6)
    t.setStyle(bk.grid_style(2, extra=[("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)),
                                       ("SPAN", (5, 0), (6, 0)), ("SPAN", (0, 0), (0, 1)),
                                       ("ALIGN", (1, 0), (-1, 1), "CENTER")]))
    story += [t, bk.S(8),
              bk.P(N("<b>Part (a), 2026/27 to date, and part (b)</b>: the outcomes of these "
                     "allegations, and any figures for the current year, are withheld under "
                     "section 31(1)(a) and (b) of the Act (law enforcement). Many of the current "
                     "year's allegations remain under live criminal or misconduct investigation, "
                     "and outcome figures broken down by type and year would, when read with "
                     "information already in the public domain, be likely to prejudice those "
                     "investigations and the prevention and detection of crime.",
                     "section numbers"), st["body"]),
              bk.P(N("In applying section 31 we considered the public interest. Transparency about "
                   "how allegations against officers and staff are handled favours disclosure; "
                   "the need to avoid prejudicing live investigations and proceedings favours "
                   "withholding. On balance the public interest favours withholding the "
                   "information at this time.", "section number"), st["body"]),
              bk.P(rights("Northumbria Police"), st["body"]),
              bk.P("Yours sincerely", st["body"]), bk.P("Disclosure Officer", st["body"])]
    for cat in CATS5:
        F(cat, "total", REF("s31"), YTD, printed=False)
    bk.pdf_letter(src, story, furniture("Northumbria Police FOI 2026-01988", marking=""),
                  title="FOI 2026-01988", author="Northumbria Police")


# =========================================================================== 9 Warwickshire: officers table, staff a nil return


def build_warwickshire():
    src = "warwickshire/WP FOI 2026-02231 response.docx"
    KEY.file(src, "warwickshire")
    r = rng("warwickshire")
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_header_footer(d, "OFFICIAL", N("Warwickshire Police - FOI 2026-02231", "reference"))
    bk.docx_para(d, "Warwickshire Police", bold=True, size=14)
    bk.docx_para(d, N("Freedom of Information, PO Box 4, Leek Wootton, Warwick CV35 7QB", "postcode"))
    bk.docx_para(d, N("3 December 2026", "date"))
    bk.docx_para(d, N("Your request (FOI 2026-02231)", "reference"), bold=True)
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "Our response", bold=True)
    bk.docx_para(d, "Police officers. The number of allegations recorded against police officers "
                    "is shown below. Outcomes are not recorded against the allegation type on our "
                    "system in a way that can be reported, and we are unable to provide part (b) "
                    "for officers.")
    pers = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25),
            ("2026/27 (to 31 October)", YTD)]
    t = d.add_table(rows=len(CATS5) + 1, cols=5)
    t.style = "Table Grid"
    docx_cell(t.rows[0].cells[0], "Allegation type", bold=True)
    for j, (pl, _) in enumerate(pers, 1):
        docx_cell(t.rows[0].cells[j], N(pl, "period"), bold=True, align=1)
    for i, cat in enumerate(CATS5, 1):
        docx_cell(t.rows[i].cells[0], CL[cat])
        for j, (_, per) in enumerate(pers, 1):
            docx_cell(t.rows[i].cells[j], F(cat, "total", tot(r, cat=cat, hi=12), per,
                                            subject="officers"), align=1)
    widths(t, [6.0, 2.6, 2.6, 2.6, 3.2])
    bk.docx_para(d, "")
    p = bk.docx_para(d, N("Police staff. This part of your request is a nil return: no allegation "
                          "of any of the five types was recorded against a member of police staff "
                          "in any of the four periods you asked about.", "the number of types and periods"))
    for _, per in pers:
        for cat in CATS5:
            F(cat, "total", 0, per, subject="staff", said="nil return")
    bk.docx_para(d, rights("Warwickshire Police"))
    bk.docx_para(d, "Freedom of Information Officer")
    docx_finish(d, src, "Warwickshire Police")


# =========================================================================== 10 West Mercia: ODT letter, officer and staff counts in one cell with a line break


def odt_bytes(body_xml, title, author):
    X = E
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
               'office:version="1.3">'
               '<office:automatic-styles>'
               '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>'
               '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>'
               '<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#dddddd"/></style:style>'
               '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles>'
               f'<office:body><office:text>{body_xml}</office:text></office:body></office:document-content>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
            f'<dc:title>{X(title)}</dc:title><meta:initial-creator>{X(author)}</meta:initial-creator>'
            '<meta:creation-date>2026-12-02T09:30:00</meta:creation-date>'
            '<dc:date>2026-12-02T09:30:00</dc:date>'
            '<meta:generator>LibreOffice/24.8</meta:generator></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    o = io.BytesIO()
    with zipfile.ZipFile(o, "w") as z:
        for name, data, comp in (("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                                 ("content.xml", content, zipfile.ZIP_DEFLATED),
                                 ("meta.xml", meta, zipfile.ZIP_DEFLATED),
                                 ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)):
            zi = zipfile.ZipInfo(name, bk.FIXED_ZIP_TIME)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return o.getvalue()


def build_west_mercia():
    src = "west-mercia/WMP FOI 26-4410 response.odt"
    KEY.file(src, "west-mercia")
    r = rng("west-mercia")

    def p(text, bold=False):
        t = E(text)
        if bold:
            t = '<text:span text:style-name="B">' + t + '</text:span>'
        return '<text:p>' + t + '</text:p>'

    def cell(inner, head=False):
        return (f'<table:table-cell table:style-name="{"Head" if head else "Cell"}" '
                f'office:value-type="string">{inner}</table:table-cell>')
    x = [p("West Mercia Police", True),
         p(N("Information Compliance Unit, Hindlip Hall, Worcester WR3 8SP", "postcode")),
         p(N("Reference: FOI 26-4410     Date: 2 December 2026", "reference; date")),
         p("Dear Requester"),
         p(N(f"Your request of {SENT} reads:", "date")), p(request()),
         p(N("West Mercia Police holds the information. The table gives the number of allegations "
           "recorded in each financial year, with the count for police officers and the count for "
           "police staff shown separately in each cell. Outcomes for 2025/26 follow in the "
           "second table, again with officers and staff shown separately.", "period"))]
    pers = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25),
            ("2026/27 to 31 October", YTD)]
    rows = ['<table:table-row>' + cell(p("Allegation type", True), True) + "".join(
        cell(p(N(pl, "period"), True), True) for pl, _ in pers) + '</table:table-row>']
    for cat in CATS5:
        cells = [cell(p(CL[cat]))]
        for _, per in pers:
            o = F(cat, "total", tot(r, cat=cat, subj="officers"), per, subject="officers")
            s = F(cat, "total", tot(r, cat=cat, subj="staff"), per, subject="staff")
            cells.append(cell(f"<text:p>Officers: {o}<text:line-break/>Staff: {s}</text:p>"))
        rows.append('<table:table-row>' + "".join(cells) + '</table:table-row>')
    x.append(p(N("Table 1: allegations recorded, by financial year", "table number"), True))
    x.append('<table:table table:name="Table1" table:style-name="Tbl">'
             '<table:table-column table:number-columns-repeated="5"/>' + "".join(rows)
             + '</table:table>')
    x.append(p(N("Table 2: outcomes of allegations recorded in 2025/26", "table number; period"), True))
    rows = ['<table:table-row>' + cell(p("Outcome", True), True) + "".join(
        cell(p(CL[c], True), True) for c in CATS5) + '</table:table-row>']
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Still under investigation"]
    ks = {(c, s): counts(r, cat=c, subj=s, late=True, zero=0.5 if s == "officers" else 0.75)
          for c in CATS5 for s in ("officers", "staff")}
    for lab, oc in zip(labs, OCS):
        cells = [cell(p(lab))]
        for c in CATS5:
            o = F(c, oc, ks[(c, "officers")][oc], FY25, subject="officers")
            s = F(c, oc, ks[(c, "staff")][oc], FY25, subject="staff")
            cells.append(cell(f"<text:p>{o} officers<text:line-break/>{s} staff</text:p>"))
        rows.append('<table:table-row>' + "".join(cells) + '</table:table-row>')
    x.append('<table:table table:name="Table2" table:style-name="Tbl">'
             '<table:table-column table:number-columns-repeated="6"/>' + "".join(rows)
             + '</table:table>')
    x += [p(N("Table 2 counts the allegations recorded in 2025/26 by their outcome at 31 October "
            "2026; its outcomes do not add up to the 2025/26 column of Table 1 because allegations "
            "withdrawn before assessment are not given an outcome.", "table numbers; period; date"))]
    x += [p(N("VAWG (violence against women and girls) allegations are recorded separately from "
              "the other four types.", "not a count")),
          p("Outcomes for the other years were not requested from the case system."),
          p(rights("West Mercia Police")), p("Yours sincerely"), p("Information Compliance Unit")]
    write_bytes(src, odt_bytes("".join(x), "FOI 26-4410", "West Mercia Police"))


# =========================================================================== 11 British Transport Police: calendar years, "(provisional)", six months to 30 September


def build_british_transport():
    src = "british-transport/BTP FOI 2026-1187 Final Response.docx"
    KEY.file(src, "british-transport")
    r = rng("british-transport")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_header_footer(d, "British Transport Police - OFFICIAL",
                          N("FOI 2026-1187 | Page 1", "reference; page number"))
    bk.docx_para(d, "Freedom of Information Request", bold=True, size=13)
    bk.docx_para(d, N("Reference number: FOI 2026-1187", "reference"))
    bk.docx_para(d, N("Date: 1 December 2026", "date"))
    bk.docx_para(d, "Request", bold=True)
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "Response", bold=True)
    bk.docx_para(d, N("British Transport Police records allegations against its workforce by "
                    "calendar year, so the figures below are given for the calendar years 2024 and "
                    "2025 and for the six months to 30 September 2026 (April to September 2026, "
                    "the first half of our 2026/27 reporting year). Figures for 2025 are "
                    "provisional until the annual return is closed.", "periods in prose"))
    pers = [("Calendar year 2024", CY24), ("Calendar year 2025 (provisional)", CY25),
            ("Six months to 30 September 2026", H1)]
    bk.docx_para(d, N("Table 1 - allegations recorded", "table number"), bold=True)
    t = d.add_table(rows=1 + 2 * len(pers), cols=7)
    t.style = "Table Grid"
    hd = ["Period", "Employee"] + ["Sexual assault", "Sexual misconduct", "Sexual harassment",
                                   "Abuse of position for a sexual purpose", "VAWG"]
    for j, h in enumerate(hd):
        docx_cell(t.rows[0].cells[j], h, bold=True, size=9)
        docx_shade(t.rows[0].cells[j], "DCE6F1")
    bk.docx_repeat_header(t.rows[0])
    i = 1
    for pl, per in pers:
        a = t.cell(i, 0).merge(t.cell(i + 1, 0))
        docx_cell(a, N(pl, "period"), size=9)
        N(pl, "period (the vertically merged cell is read back in both rows)")
        for k, (sl, s) in enumerate((("Officers", "officers"), ("Staff", "staff"))):
            docx_cell(t.cell(i + k, 1), sl, size=9)
            for j, c in enumerate(CATS5, 2):
                docx_cell(t.cell(i + k, j), F(c, "total", tot(r, cat=c, subj=s, hi=16), per,
                                              subject=s), align=1, size=9)
        i += 2
    widths(t, [3.6, 1.9, 2.1, 2.1, 2.1, 2.6, 1.6])
    bk.docx_para(d, "")
    bk.docx_para(d, N("Table 2 - outcomes of allegations recorded in calendar year 2025 "
                      "(provisional), officers and staff", "table number; period heading"), bold=True)
    t = d.add_table(rows=9, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Outcome"] + hd[2:]):
        docx_cell(t.rows[0].cells[j], h, bold=True, size=9)
        docx_shade(t.rows[0].cells[j], "DCE6F1")
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Live investigation"]
    ks = {c: counts(r, cat=c, late=True) for c in CATS5}
    for i, (lab, oc) in enumerate(zip(labs, OCS), 1):
        docx_cell(t.rows[i].cells[0], lab, size=9)
        for j, c in enumerate(CATS5, 1):
            docx_cell(t.rows[i].cells[j], F(c, oc, ks[c][oc], CY25), align=1, size=9)
    docx_cell(t.rows[8].cells[0], "Total", bold=True, size=9)
    for j, c in enumerate(CATS5, 1):
        docx_cell(t.rows[8].cells[j], F(c, "total", sum(ks[c].values()), CY25), bold=True,
                  align=1, size=9)
    widths(t, [4.2, 2.2, 2.2, 2.2, 2.8, 1.8])
    bk.docx_para(d, "")
    bk.docx_para(d, N("Table 2 counts officers and staff together; Table 1 gives them separately.", "table numbers"))
    bk.docx_para(d, N("Calendar year 2023 falls largely outside the period of your request and has "
                      "not been provided.", "period"))
    bk.docx_para(d, rights("British Transport Police"))
    docx_finish(d, src, "BTP Information Management")


# =========================================================================== 12 Nottinghamshire: counts beside percentages


def build_nottinghamshire():
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, KeepTogether
    src = "nottinghamshire/NP FOI 004512-26 response.pdf"
    KEY.file(src, "nottinghamshire")
    r = rng("nottinghamshire")
    st = pstyles("Times-Roman", 10.5)
    story = letter_head(st, "Nottinghamshire Police", [
        "Information Management, Sherwood Lodge, Arnold, Nottingham NG5 8PP"],
        "004512/2026", "2 December 2026")
    story += [bk.P("Dear Sir/Madam", st["body"]),
              bk.P(N(f"Freedom of Information Request 004512/2026, received {SENT}",
                     "reference; date"), st["bold"]),
              bk.P(request(), st["quote"]),
              bk.P("The tables show, for each allegation type, the number of allegations against "
                   "police officers and police staff by outcome, with each outcome as a percentage "
                   "of that type's total.", st["body"])]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation"]
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "APSP", VG: "VAWG"}
    for ti, (pl, per) in enumerate((("2025/26", FY25), ("2026/27 (1 April - 31 October 2026)", YTD)), 1):
        ks = {c: counts(r, cat=c, late=per == YTD, zero=0.45) for c in CATS5}
        data = [[N(f"Table {ti}", "table number")] + sum([[short[c], ""] for c in CATS5], []),
                ["Outcome"] + ["No.", "%"] * 5]
        for lab, oc in zip(labs, OCS):
            row = [lab]
            for c in CATS5:
                T = sum(ks[c].values())
                row.append(F(c, oc, ks[c][oc], per))
                row.append(N(f"{100 * ks[c][oc] / T:.0f}%", "percentage") if T else "-")
            data.append(row)
        row = ["Total"]
        for c in CATS5:
            row.append(F(c, "total", sum(ks[c].values()), per))
            row.append(N("100%", "percentage") if sum(ks[c].values()) else "-")
        data.append(row)
        t = Table(data, colWidths=[40 * mm] + [12 * mm, 13 * mm] * 5)
        t.setStyle(bk.grid_style(2, font="Times-Roman", size=8.5, extra=[
            ("SPAN", (2 * j + 1, 0), (2 * j + 2, 0)) for j in range(5)] + [
            ("FONT", (0, -1), (-1, -1), "Times-Bold", 8.5)]))
        story.append(KeepTogether([bk.P(N(f"Allegations recorded in {pl}", "period heading"), st["h2"]),
                                   t, bk.S(8)]))
    story += [bk.P("APSP: abuse of position for a sexual purpose. VAWG: violence against women and "
                   "girls. A dash shows that there were no allegations of that type, so no "
                   "percentage can be given.", st["small"]),
              bk.P(N("Percentages are rounded and may not total 100%.", "percentage"), st["small"]),
              bk.P(N("Information for 2023/24 and 2024/25 was provided in response to request "
                     "001877/2025 and is exempt under section 21 of the Act.",
                     "periods; reference; section number"), st["body"]),
              bk.P(rights("Nottinghamshire Police"), st["body"]),
              bk.P("Yours faithfully", st["body"]), bk.P("Information Management", st["body"])]
    for per in (FY23, FY24):
        for c in CATS5:
            F(c, "total", REF("s21"), per, printed=False)
    bk.pdf_letter(src, story, furniture("Nottinghamshire Police 004512/2026", font="Times-Roman"),
                  title="004512/2026", author="Nottinghamshire Police")


# =========================================================================== 13 Gwent: plain-text e-mail, "*" for fewer than five


def build_gwent():
    from email.message import EmailMessage
    from email.utils import format_datetime
    src = "gwent/RE FOI 2026-00713 Allegations against officers and staff.eml"
    KEY.file(src, "gwent")
    r = rng("gwent")
    lines = ["Dear Requester,", "",
             N("Freedom of Information Request 2026/00713", "reference"), "",
             "Thank you for your request, which was:", "", request(), "",
             "Gwent Police records Professional Standards allegations by calendar year. The "
             "numbers of allegations recorded in 2024 and 2025 are:", ""]
    N("2024 2025", "periods in prose")
    lines.append(f"{'':<42}{'2024':>16}{'2025':>16}")
    N("2024 2025", "period headings")
    lines.append(f"{'':<42}{'Officers':>9}{'Staff':>7}{'Officers':>9}{'Staff':>7}")
    for c in CATS5:
        cells = []
        for per in (CY24, CY25):
            for s in ("officers", "staff"):
                v = tot(r, cat=c, subj=s, hi=14)
                if 1 <= v <= 4:
                    cells.append(F(c, "total", SUP(1, 4), per, subject=s, said="*"))
                else:
                    cells.append(F(c, "total", v, per, subject=s))
        lines.append(f"{CL[c]:<42}{cells[0]:>9}{cells[1]:>7}{cells[2]:>9}{cells[3]:>7}")
    lines += ["",
              N("* = between 1 and 4 allegations. Small numbers are withheld under section 40(2) "
                "(personal information) because they could identify the individuals concerned.",
                "suppression bounds; section number"),
              "",
              N("Outcomes: we are unable to say what the outcome of each allegation was without "
              "reading each case file, which would exceed the cost limit. This part of your "
              "request is refused under section 12.", "section number"),
              "",
              rights("Gwent Police"), "",
              "Kind regards,", "", "Information Compliance Team", "Gwent Police"]
    msg = EmailMessage()
    msg["From"] = "Gwent Police FOI <foi@gwent.police.uk>"
    msg["To"] = "requester@example.org"
    msg["Date"] = format_datetime(dt.datetime(2026, 12, 1, 15, 4, 0, tzinfo=dt.timezone.utc))
    msg["Subject"] = N("RE: FOI 2026/00713 Allegations against officers and staff", "reference")
    msg["Message-ID"] = "<20261201150400.00713@gwent.police.uk>"
    msg.set_content("\n".join(lines) + "\n", cte="8bit")
    N("01 Dec 2026 15:04:00 +0000", "e-mail date")
    write_bytes(src, msg.as_bytes(policy=email.policy.SMTP))


# =========================================================================== 14 Norfolk: a one-sheet workbook, totals by year with a whole-span Total column


def build_norfolk():
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill
    src = "norfolk/Norfolk Constabulary FOI 26-03360.xlsx"
    KEY.file(src, "norfolk")
    r = rng("norfolk")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Response"
    ws["A1"] = N("Norfolk Constabulary - Freedom of Information request 26-03360", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Allegations recorded against police officers and police staff (combined)"
    heads = ["Allegation type", "2023/24", "2024/25", "2025/26", "2026/27 YTD (a)",
             "Total 2023/24 to 2025/26"]
    N("2023/24 2024/25 2025/26 2026/27 2023/24 2025/26", "period headings")
    fill = PatternFill("solid", fgColor="FFE699")
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, horizontal="center")
        c.border = bk.xl_border()
    span = (FY23[0], FY25[1])
    for i, cat in enumerate(CATS5, 5):
        ws.cell(row=i, column=1, value=CL[cat]).border = bk.xl_border()
        vs = []
        for j, per in enumerate((FY23, FY24, FY25, YTD), 2):
            v = tot(r, cat=cat, hi=18)
            vs.append(v)
            F(cat, "total", v, per)
            ws.cell(row=i, column=j, value=v).border = bk.xl_border()
        F(cat, "total", sum(vs[:3]), span)
        ws.cell(row=i, column=6, value=sum(vs[:3])).border = bk.xl_border()
    ws["A11"] = N("(a) 1 April 2026 to 31 October 2026.", "footnote marker; period definition")
    ws["A12"] = ("Outcomes: the outcome of each allegation is withheld under section 40(2); "
                 "with numbers this small the individuals could be identified.")
    N("40(2)", "section number")
    ws["A13"] = "VAWG allegations are counted only under Violence against women and girls."
    ws.column_dimensions["A"].width = 40
    for col in "BCDEF":
        ws.column_dimensions[col].width = 13
    xlsx_save(wb, src, "Norfolk Constabulary")


# =========================================================================== build and check


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind32-", read=read32))
