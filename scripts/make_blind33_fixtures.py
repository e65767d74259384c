#!/usr/bin/python3
"""make_blind33.py -- the thirty-third blind test batch for `foi` and its answer key.

The request, sent on 2 December 2026: for each of the financial years 2023/24, 2024/25 and
2025/26 and for 2026/27 to date, the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and the outcome of each.  See NOTES-blind33.md.
The machinery (F/L/N accounting, writers, read_back, check) is scripts/blindkit.py
(not edited); the .eml read-back (body and each attachment read back in turn) is local.

usage: /usr/bin/python3 make_blind33.py             # rebuild fixtures/blind33 (or $FOI_BLIND33_OUT)
       /usr/bin/python3 make_blind33.py check       # verify determinism and every number
       /usr/bin/python3 make_blind33.py dump FILE   # show FILE (relative to the batch) as read back
"""
import datetime as dt
import functools
import email
import email.policy
import os
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, SUP, REF, NCND, NH, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade, rights)

FINAL = Path(os.environ.get("FOI_BLIND33_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind33").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST = ("For each of the financial years 2023/24, 2024/25 and 2025/26, and for 2026/27 to date, "
           "please tell me (a) how many allegations of sexual assault, sexual misconduct, sexual "
           "harassment, abuse of position for a sexual purpose and violence against women and "
           "girls were made against police officers and police staff, and (b) the outcome of each "
           "allegation (for example dismissed, would have been dismissed, final written warning, "
           "written warning, reflective practice, no case to answer, still under investigation).")
FY23, FY24, FY25 = FY(2023), FY(2024), FY(2025)
YTD = ("2026-04-01", "2026-11-30")
SENT = "2 December 2026"
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning",
                 "Written warning", "Reflective practice", "No case to answer",
                 "Under investigation"], OCS))


def request(text=REQUEST):
    return N(text, "the request's years")


def rng(name):
    return random.Random("blind33-" + name)


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


WHEN = dt.datetime(2026, 12, 9, 10, 15, 0)

xlsx_save = functools.partial(bk.xlsx_save, when=WHEN)
docx_finish = functools.partial(bk.docx_finish, when=WHEN)


def read33(path):
    p = Path(path)
    if p.suffix.lower() == ".odt":
        return bk.odt_text(p)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p, attachments=True)
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



LAB7 = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
        "Reflective practice", "No case to answer", "Under investigation"]


# =========================================================================== 1 Cambridgeshire: years as rows, outcomes as columns, a page per subject


def build_cambridgeshire():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle, PageBreak
    src = "cambridgeshire/Cambridgeshire Constabulary FOI 0457-26 response.pdf"
    KEY.file(src, "cambridgeshire")
    r = rng("cambridgeshire")
    st = pstyles("Helvetica", 9.5)
    story = [bk.P("<b>Cambridgeshire Constabulary</b>", st["h"]),
             bk.P(N("Freedom of Information Unit, Hinchingbrooke Park, Huntingdon PE29 6NP",
                    "postcode"), st["addr"]), bk.S(6),
             bk.P(N("Request reference: 0457/26", "reference"), st["addr"]),
             bk.P(N("Date of response: 4 December 2026", "date"), st["addr"]), bk.S(8),
             bk.P("Dear Requester,", st["body"]),
             bk.P(N(f"Your request of {SENT} read as follows:", "date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P(N("Cambridgeshire Constabulary holds the information for the three complete "
                    "financial years. The figures are set out in two tables: Table 1 (page 2) "
                    "for police officers, including special constables, and Table 2 (page 2) for "
                    "police staff, including PCSOs, on page 3. In each table the years run down the page "
                    "under each type of allegation and the outcomes run across.",
                    "the number of years; table numbers; page number"), st["body"]),
             bk.P(N("Figures for 2026/27 are not held: allegations recorded this year are "
                    "validated only at the year end.", "period"), st["body"])]
    for c in CATS5:
        F(c, "total", NH, YTD, printed=False)
    hs = ["Allegation type", "Year", "Dismissed", "Would have been dismissed", "Final written warning",
          "Written warning", "Reflective practice", "No case to answer", "Under investigation",
          "Total"]
    cst = st["cellb"]
    pers = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25)]
    for ti, (subj, slab) in enumerate((("officers", "Police officers"), ("staff", "Police staff")), 1):
        story.append(PageBreak())
        story.append(bk.P(N(f"Table {ti}: {slab} - allegations by year of recording and outcome",
                            "table number"), st["h2"]))
        data = [[bk.P(h, cst) for h in hs]]
        sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
               ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")),
               ("ALIGN", (2, 1), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
               ("FONT", (-1, 1), (-1, -1), "Helvetica-Bold", 8.5)]
        cst_w = bk.styles("Helvetica", 8.5)["cellb"]
        cst_w.textColor = colors.white
        data = [[bk.P(h, cst_w) for h in hs]]
        for c in CATS5:
            first = len(data)
            for k, (pl, per) in enumerate(pers):
                v = counts(r, cat=c, subj=subj, late=per == FY25,
                           zero=0.45 if subj == "officers" else 0.7)
                row = [bk.P(CL[c], st["cell"]) if k == 0 else "", N(pl, "period (row label)")]
                row += [F(c, oc, v[oc], per, subject=subj) for oc in OCS]
                row.append(F(c, "total", sum(v.values()), per, subject=subj))
                data.append(row)
            sty.append(("SPAN", (0, first), (0, first + 2)))
            sty.append(("VALIGN", (0, first), (0, first), "TOP"))
        t = Table(data, colWidths=[44 * mm, 17 * mm] + [21 * mm] * 6 + [24 * mm, 16 * mm], repeatRows=1)
        t.setStyle(TableStyle(sty))
        story.append(t)
        story.append(bk.S(6))
    story += [bk.S(6),
              bk.P("Reflective practice includes the Reflective Practice Review Process. Under "
                   "investigation includes allegations awaiting a misconduct meeting or hearing.",
                   st["small"]),
              bk.P(rights("Cambridgeshire Constabulary"), st["body"]),
              bk.P("Freedom of Information Unit", st["body"])]

    def furn(c, p, n):
        w, h = landscape(A4)
        c.setFont("Helvetica", 8)
        c.drawString(15 * mm, h - 10 * mm, N("Cambridgeshire Constabulary | FOI 0457/26", "reference"))
        c.drawRightString(w - 15 * mm, h - 10 * mm, "OFFICIAL")
        c.drawCentredString(w / 2, 8 * mm, N(f"Page {p} of {n}", "page number"))
    bk.pdf_letter(src, story, furn, pagesize=landscape(A4), margins=(15, 15, 16, 14),
                  title="FOI 0457/26", author="Cambridgeshire Constabulary")


# =========================================================================== 2 Cheshire: outcomes down, subjects as merged No. / % column pairs


def build_cheshire():
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill
    src = "cheshire/Cheshire Constabulary FOI 7710 outcomes.xlsx"
    KEY.file(src, "cheshire")
    r = rng("cheshire")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Outcomes"
    ws["A1"] = N("Cheshire Constabulary - FOI 7710 - outcomes of allegations against police "
                 "officers and police staff", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("Each block gives one type of allegation in one financial year. No. = number of "
                "allegations; % = share of that column's total.", "'one' type / year")
    fill = PatternFill("solid", fgColor="DDEBF7")
    row = 4
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Still under investigation"]
    for pl, per in (("2024/25", FY24), ("2025/26", FY25)):
        for c in CATS5:
            ws.cell(row=row, column=1, value=N(f"{CL[c]} - {pl}", "period heading")).font = Font(bold=True)
            row += 1
            h1, h2 = row, row + 1
            ws.cell(row=h1, column=1, value="Outcome")
            ws.merge_cells(start_row=h1, start_column=1, end_row=h2, end_column=1)
            for j, sl in enumerate(("Police officers", "Police staff", "All employees")):
                col = 2 + 2 * j
                ws.cell(row=h1, column=col, value=sl)
                ws.merge_cells(start_row=h1, start_column=col, end_row=h1, end_column=col + 1)
                ws.cell(row=h2, column=col, value="No.")
                ws.cell(row=h2, column=col + 1, value="%")
            for rr in (h1, h2):
                for cc in range(1, 8):
                    x = ws.cell(row=rr, column=cc)
                    x.font = Font(bold=True)
                    x.fill = fill
                    x.alignment = Alignment(horizontal="center", vertical="center")
                    x.border = bk.xl_border()
            row = h2 + 1
            vo = counts(r, cat=c, subj="officers", late=per == FY25)
            vs = counts(r, cat=c, subj="staff", zero=0.7)
            va = {oc: vo[oc] + vs[oc] for oc in OCS}
            tots = {"officers": sum(vo.values()), "staff": sum(vs.values()),
                    "officers_and_staff": sum(va.values())}
            for lab, oc in list(zip(labs, OCS)) + [("Total", "total")]:
                ws.cell(row=row, column=1, value=lab).border = bk.xl_border()
                for j, (s, v) in enumerate((("officers", vo), ("staff", vs), ("officers_and_staff", va))):
                    col = 2 + 2 * j
                    n = tots[s] if oc == "total" else v[oc]
                    F(c, oc, n, per, subject=s)
                    ws.cell(row=row, column=col, value=n).border = bk.xl_border()
                    pc = ws.cell(row=row, column=col + 1)
                    if tots[s]:
                        pc.value = n / tots[s]
                        pc.number_format = "0.0%"
                        N(f"{n / tots[s] * 100:.1f}%", "percentage of the column total")
                    else:
                        pc.value = "-"
                    pc.border = bk.xl_border()
                if oc == "total":
                    for cc in range(1, 8):
                        ws.cell(row=row, column=cc).font = Font(bold=True)
                row += 1
            row += 1
    ws.cell(row=row, column=1, value=N("% is not shown (-) where there were no allegations in the "
                                       "column. Figures for 2023/24 were published in response to "
                                       "FOI 5521 and are exempt under section 21.",
                                       "earlier reference; section number"))
    for c in CATS5:
        F(c, "total", REF("s21"), FY23, printed=False)
    ws.cell(row=row + 1, column=1, value="Figures for the current year are not yet available.")
    ws.column_dimensions["A"].width = 34
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 11
    xlsx_save(wb, src, "Cheshire Constabulary PSD")


# =========================================================================== 3 Hertfordshire: key/value pairs in a role="presentation" table, then a data table


def build_hertfordshire():
    src = "hertfordshire/herts-foi-07731-26.html"
    KEY.file(src, "hertfordshire")
    r = rng("hertfordshire")
    ks = {c: counts(r, cat=c, late=True) for c in CATS5}
    t24 = {c: tot(r, cat=c, hi=20) for c in CATS5}
    kv = [("Reference", N("FOI 07731/26", "reference")), ("Date of response", N("7 December 2026", "date")),
          ("Information held", "Yes - in part"),
          ("Employees covered", "Police officers and police staff, together")]
    for c in CATS5:
        kv.append((f"{CL[c]} allegations, 2024/25", F(c, "total", t24[c], FY24)))
        N("2024/25", "period in the key")
    for c in CATS5:
        kv.append((f"{CL[c]} allegations, 2025/26", F(c, "total", sum(ks[c].values()), FY25)))
        N("2025/26", "period in the key")
    rows = "\n".join(f'<tr><td class="k">{E(k)}</td><td class="v">{E(v)}</td></tr>' for k, v in kv)
    kvt = f'<table role="presentation" class="foi-summary">\n{rows}\n</table>'
    head = "".join(f'<th scope="col">{CL[c]}</th>' for c in CATS5)
    body_rows = []
    for lab, oc in zip(LAB7, OCS):
        body_rows.append(f'<tr><th scope="row">{lab}</th>' + "".join(
            f"<td>{F(c, oc, ks[c][oc], FY25)}</td>" for c in CATS5) + "</tr>")
    body_rows.append('<tr class="total"><th scope="row">All outcomes</th>' + "".join(
        f"<td>{F(c, 'total', sum(ks[c].values()), FY25, restated=True)}</td>" for c in CATS5) + "</tr>")
    data = ('<table class="data">\n<caption>' +
            N("Outcome of allegations recorded in 2025/26 (1 April 2025 to 31 March 2026)",
              "period in the caption") +
            f'</caption>\n<thead><tr><th scope="col">Outcome</th>{head}</tr></thead>\n<tbody>\n' +
            "\n".join(body_rows) + "\n</tbody>\n</table>")
    body = f"""<div class="site-header"><a href="/" class="logo">Hertfordshire Constabulary</a>
<ul class="nav"><li><a href="/foi">Freedom of information</a></li><li><a href="/foi/disclosures">Disclosures</a></li></ul></div>
<main id="content">
<h1>Allegations of sexual misconduct against officers and staff</h1>
{kvt}
<h2>What was asked</h2>
<p class="request">{request()}</p>
<h2>Our answer</h2>
<p>{N("The summary above gives the number of allegations of each type recorded by the Professional Standards Department in the last two complete financial years.", "the number of years")} The outcome of each allegation
recorded in the most recent year is in the table below.</p>
{data}
<p>{N("Outcomes of allegations recorded in 2024/25 and all figures for 2023/24 and 2026/27 to date would take more than 18 hours to extract from case files, so that part of your request is refused under section 12.", "hours; section number; periods")}</p>
<p>{rights("Hertfordshire Constabulary")}</p>
</main>
<footer>{N("Hertfordshire Constabulary, Stanborough Road, Welwyn Garden City AL8 6XF", "postcode")}</footer>"""
    for c in CATS5:
        F(c, "total", REF("s12"), FY23, printed=False)
        F(c, "total", REF("s12"), YTD, printed=False)
    style = ("<style>\n.foi-summary td.k{font-weight:bold;padding-right:1em}\n"
             "table.data{border-collapse:collapse}\ntable.data th,table.data td{border:1px solid #666;padding:3px}\n"
             "tr.total{font-weight:bold}\n</style>\n")
    write_text(src, bk.html_page(N("FOI 07731/26 - Hertfordshire Constabulary", "reference"), body, style))


# =========================================================================== 4 Lancashire: Word tables with the total ("All allegations") at the top


def build_lancashire():
    from docx.shared import Cm
    src = "lancashire/Lancashire Constabulary FOI 2026-04418 response.docx"
    KEY.file(src, "lancashire", measure="cases")
    r = rng("lancashire")
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_header_footer(d, N("Lancashire Constabulary  |  FOI/2026/04418", "reference"),
                          N("Lancashire Constabulary, PO Box 77, Hutton, Preston PR4 5SB", "postcode"))
    bk.docx_para(d, N("Freedom of Information Act 2000 - response", "Act's year"), bold=True, size=14)
    bk.docx_para(d, N("Our reference: FOI/2026/04418          Date: 8 December 2026", "reference; date"))
    bk.docx_para(d, N(f"Thank you for your request received on {SENT}:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Lancashire Constabulary records misconduct matters as cases: a case is one "
                    "allegation against one member of the workforce. The tables below count cases "
                    "against police officers and police staff together.", "definition of a case"))
    bk.docx_para(d, N("In each table the first row, All allegations, is the number of cases of that "
                      "type recorded in the year; the rows beneath it break that number down by "
                      "outcome. 2026/27 runs from 1 April 2026 to 30 November 2026.", "period definition"))
    pers = [("2023/24", FY23), ("2024/25", FY24), ("2025/26", FY25), ("2026/27 (to 30 Nov)", YTD)]
    labs = ["    Dismissed", "    Would have been dismissed", "    Final written warning",
            "    Written warning", "    Reflective practice", "    No case to answer",
            "    Still being investigated"]
    for ti, c in enumerate(CATS5, 1):
        bk.docx_para(d, N(f"Table {ti}: {CL[c]}", "table number"), bold=True)
        t = d.add_table(rows=2 + len(labs), cols=5)
        t.style = "Table Grid"
        docx_cell(t.rows[0].cells[0], "Number of cases", bold=True, size=10)
        for j, (pl, per) in enumerate(pers, 1):
            docx_cell(t.rows[0].cells[j], N(pl, "period heading"), bold=True, align=1, size=10)
            docx_shade(t.rows[0].cells[j], "E2EFDA")
        docx_shade(t.rows[0].cells[0], "E2EFDA")
        vals = {per: counts(r, cat=c, late=per in (FY25, YTD)) for _, per in pers}
        docx_cell(t.rows[1].cells[0], "All allegations", bold=True, size=10)
        for j, (pl, per) in enumerate(pers, 1):
            docx_cell(t.rows[1].cells[j], F(c, "total", sum(vals[per].values()), per), bold=True,
                      align=1, size=10)
        for i, (lab, oc) in enumerate(zip(labs, OCS), 2):
            docx_cell(t.rows[i].cells[0], lab, size=10)
            for j, (pl, per) in enumerate(pers, 1):
                docx_cell(t.rows[i].cells[j], F(c, oc, vals[per][oc], per), align=1, size=10)
        widths(t, [6.2, 2.4, 2.4, 2.4, 3.2])
        bk.docx_para(d, "")
    bk.docx_para(d, rights("Lancashire Constabulary"))
    bk.docx_para(d, "Yours faithfully,")
    bk.docx_para(d, "Information Access Team")
    docx_finish(d, src, "Lancashire Constabulary")


# =========================================================================== 5 Lincolnshire: a sentence per outcome per year, words and numerals mixed


def build_lincolnshire():
    src = "lincolnshire/Lincolnshire Police FOI 001672-26.pdf"
    KEY.file(src, "lincolnshire")
    r = rng("lincolnshire")
    st = pstyles("Times-Roman", 11)
    story = [bk.P("<b>LINCOLNSHIRE POLICE</b>", st["h"]),
             bk.P(N("Police Headquarters, PO Box 999, Lincoln LN5 7PH", "postcode"), st["addr"]),
             bk.S(6), bk.P(N("Freedom of Information request 001672/26", "reference"), st["addr"]),
             bk.P(N("9 December 2026", "date"), st["addr"]), bk.S(8),
             bk.P("Dear Requester", st["body"]),
             bk.P(N(f"I write in response to your request of {SENT}, which asked:", "date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P("The figures below count allegations against police officers and police staff "
                  "together.", st["body"])]
    ph = {"dismissed": "in dismissal", "would_have_been_dismissed": "in a finding that the officer "
          "would have been dismissed had they not left", "final_written_warning": "in a final "
          "written warning", "written_warning": "in a written warning", "management_action":
          "in reflective practice", "no_case_to_answer": "in no case to answer"}
    t23 = {c: tot(r, cat=c, hi=16) for c in CATS5}
    story.append(bk.P(N("<b>2023/24</b>", "period heading"), st["h2"]))
    parts = [f"{CL[c].lower()} {F(c, 'total', t23[c], FY23)}" for c in CATS5]
    story.append(bk.P(N("For 2023/24 we hold totals only, as the case system in use before April 2024 "
                        "did not record outcomes in a reportable form. The numbers of allegations "
                        "recorded were: ", "period; date") + "; ".join(parts) + ".", st["body"]))
    flip = 0
    for pl, per in (("2024/25", FY24), ("2025/26", FY25)):
        story.append(bk.P(f"<b>{N(pl, 'period heading')}</b>", st["h2"]))
        for c in CATS5:
            v = counts(r, cat=c, late=per == FY25, zero=0.5)
            n = sum(v.values())
            if n == 0:
                story.append(bk.P(N(f"In {pl}, ", "period") + F(c, "total", 0, per, said="no") +
                                  f" allegations of {CL[c].lower()} were recorded.", st["body"]))
                continue
            def w(x):
                nonlocal flip
                flip += 1
                return bk.WORDS[x] if flip % 2 else str(x)
            tw = w(n)
            s = N(f"In {pl}, ", "period") + F(c, "total", n, per, said=tw) + \
                (" allegation" if n == 1 else " allegations") + f" of {CL[c].lower()} were recorded. "
            bits = []
            for oc in OCS[:-1]:
                if v[oc]:
                    x = w(v[oc])
                    bits.append(F(c, oc, v[oc], per, said=x) + (" resulted " if not bits else " ") + ph[oc])
            if bits:
                s += ("Of these, " + ", ".join(bits[:-1]) + (" and " if len(bits) > 1 else "") +
                      bits[-1] + ". ")
            if v["ongoing"]:
                x = w(v["ongoing"]).capitalize()
                s += (F(c, "ongoing", v["ongoing"], per, said=x) +
                      (" remains" if v["ongoing"] == 1 else " remain") + " under investigation.")
            story.append(bk.P(s, st["body"]))
    story.append(bk.P("Where an outcome is not mentioned, no allegation of that type had that "
                      "outcome.", st["body"]))
    story.append(bk.P(N("Figures for 2026/27 to date are withheld under section 22 (information "
                        "intended for future publication): they will be published in our annual "
                        "Professional Standards report in June 2027.", "section number; date"),
                      st["body"]))
    for c in CATS5:
        F(c, "total", REF("s22"), YTD, printed=False)
    story += [bk.P(rights("Lincolnshire Police"), st["body"]), bk.P("Yours sincerely", st["body"]),
              bk.P("Freedom of Information Officer", st["body"])]
    bk.pdf_letter(src, story, furniture("FOI 001672/26", "Times-Roman", marking=None),
                  title="FOI 001672/26", author="Lincolnshire Police")


# =========================================================================== 6 Northamptonshire: ISO-8859-1 CSV, semicolons, comma decimals in a rate column


def build_northamptonshire():
    src = "northamptonshire/NP_FOI_2026_1189_export.csv"
    KEY.file(src, "northamptonshire")
    r = rng("northamptonshire")
    heads = {"officers": 1338, "staff": 1012}
    lines = [N("Northamptonshire Police;FOI 2026/1189;;;;", "reference"),
             N("Allegations recorded by Professional Standards (© Northamptonshire Police);;;;;", ""),
             N("Rate = allegations per 1 000 employees of that type (headcount 31/03 of the year: "
               "officers 1 338, staff 1 012);;;;;", "rate base; headcounts; date"),
             "Financial year;Allegation type;Employee type;Outcome;Allegations;Rate per 1 000"]
    N("1 000", "rate base")
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation"]
    for pl, per in (("2024/25", FY24), ("2025/26", FY25)):
        for c in CATS5:
            for sl, s in (("Police officer", "officers"), ("Police staff", "staff")):
                v = counts(r, cat=c, subj=s, late=per == FY25, zero=0.5)
                for lab, oc in list(zip(labs, OCS)) + [("Total", "total")]:
                    n = sum(v.values()) if oc == "total" else v[oc]
                    rate = f"{n * 1000 / heads[s]:.2f}".replace(".", ",")
                    N(pl, "period")
                    N(rate, "rate per 1 000 employees (comma decimal)")
                    lines.append(f"{pl};{CL[c]};{sl};{lab};{F(c, oc, n, per, subject=s)};{rate}")
    lines.append(N("Notes: figures for 2023/24 are held on the previous case system and were not "
                   "extracted (section 12, cost £450 at 18 hours); 2026/27 to date is not yet "
                   "available.;;;;;", "period; section number; money; hours"))
    for c in CATS5:
        F(c, "total", REF("s12"), FY23, printed=False)
    write_text(src, "\n".join(lines) + "\n", encoding="iso-8859-1", newline="\r\n")


# =========================================================================== 7 Police Scotland: periods as sheet names, a hidden Lookup sheet


def build_police_scotland():
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "police-scotland/PS FOI 26-2877 conduct allegations.xlsx"
    KEY.file(src, "police-scotland")
    r = rng("police-scotland")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Notes"
    notes = [N("Police Scotland - Freedom of Information (Scotland) Act 2002 - request 26-2877",
               "Act's year; reference"),
             "Conduct allegations against police officers and police staff, by type and outcome.",
             "Each data sheet covers the period in its name:",
             N("FY 24-25 = 1 April 2024 to 31 March 2025", "period definition"),
             N("FY 25-26 = 1 April 2025 to 31 March 2026", "period definition"),
             N("YTD 26-27 = 1 April 2026 to 30 November 2026 (provisional)", "period definition"),
             N("Figures for 2023/24 were provided in our response to request 25-0914 and are "
               "exempt under section 25 (information otherwise accessible).",
               "period; earlier reference; section number"),
             "Staff misconduct is dealt with under the Police Scotland staff conduct policy; the "
             "outcome names are the nearest equivalents."]
    for i, t in enumerate(notes, 1):
        ws.cell(row=i, column=1, value=t)
    ws["A1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 110
    for c in CATS5:
        F(c, "total", REF("s25"), FY23, printed=False)
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Management advice", "No case to answer", "Live"]
    fill = PatternFill("solid", fgColor="BDD7EE")
    for sn, per in (("FY 24-25", FY24), ("FY 25-26", FY25), ("YTD 26-27", YTD)):
        N(sn, "period (sheet name)")
        w = wb.create_sheet(sn)
        w["A1"] = "Conduct allegations recorded by Professional Standards"
        w["A1"].font = Font(bold=True, size=12)
        hd = ["Allegation type", "Outcome", "Police officers", "Police staff"]
        for j, h in enumerate(hd, 1):
            x = w.cell(row=3, column=j, value=h)
            x.font = Font(bold=True)
            x.fill = fill
            x.border = bk.xl_border()
        row = 4
        for c in CATS5:
            vo = counts(r, cat=c, subj="officers", late=per != FY24)
            vs = counts(r, cat=c, subj="staff", zero=0.7)
            for lab, oc in list(zip(labs, OCS)) + [("Total", "total")]:
                w.cell(row=row, column=1, value=CL[c])
                w.cell(row=row, column=2, value=lab)
                for j, (s, v) in enumerate((("officers", vo), ("staff", vs)), 3):
                    n = sum(v.values()) if oc == "total" else v[oc]
                    w.cell(row=row, column=j, value=n)
                    F(c, oc, n, per, subject=s)
                if oc == "total":
                    for j in range(1, 5):
                        w.cell(row=row, column=j).font = Font(bold=True)
                for j in range(1, 5):
                    w.cell(row=row, column=j).border = bk.xl_border()
                row += 1
        w.column_dimensions["A"].width = 40
        w.column_dimensions["B"].width = 28
        w.column_dimensions["C"].width = 15
        w.column_dimensions["D"].width = 15
        w.freeze_panes = "A4"
    lk = wb.create_sheet("Lookup")
    lk.sheet_state = "hidden"
    lk.append(["Code", "Allegation type", "Sort"])
    for i, c in enumerate(CATS5, 1):
        code = {SA: "SX01", SM: "SX02", SH: "SX03", AP: "SX04", VG: "VW01"}[c]
        lk.append([code, CL[c], i])
        N(f"{code} {i}", "hidden Lookup sheet: codes and sort order")
    lk.append(["Threshold", "suppress below", 0])
    N("0", "hidden Lookup sheet: threshold setting")
    xlsx_save(wb, src, "Police Scotland Information Management")


# =========================================================================== 8 Bedfordshire: e-mail with a PDF letter and an XLSX; figures only in the XLSX


def build_bedfordshire():
    import openpyxl
    from openpyxl.styles import Font
    from email.message import EmailMessage
    from email.utils import format_datetime
    src = "bedfordshire/FOI 2026-3391 Bedfordshire Police response.eml"
    KEY.file(src, "bedfordshire")
    r = rng("bedfordshire")
    # the XLSX attachment
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = N("FOI 2026-3391 - allegations recorded, by financial year and employee type",
                 "reference")
    ws["A1"].font = Font(bold=True)
    hd = ["Allegation type", "Employee type", "2023/24", "2024/25", "2025/26"]
    N("2023/24 2024/25 2025/26", "period headings")
    for j, h in enumerate(hd, 1):
        ws.cell(row=3, column=j, value=h).font = Font(bold=True)
    row = 4
    for c in CATS5:
        for sl, s in (("Officer", "officers"), ("Staff", "staff")):
            ws.cell(row=row, column=1, value=CL[c])
            ws.cell(row=row, column=2, value=sl)
            for j, per in enumerate((FY23, FY24, FY25), 3):
                ws.cell(row=row, column=j, value=F(c, "total", tot(r, cat=c, subj=s, hi=14), per,
                                                   subject=s))
            row += 1
    ws.column_dimensions["A"].width = 40
    w2 = wb.create_sheet("Outcomes 2025-26")
    N("Outcomes 2025-26", "period (sheet name)")
    w2["A1"] = N("Outcomes of allegations recorded in 2025/26 (officers and staff together)",
                 "period in the title")
    w2["A1"].font = Font(bold=True)
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation", "Total"]
    w2.cell(row=3, column=1, value="Allegation type").font = Font(bold=True)
    for j, h in enumerate(labs, 2):
        w2.cell(row=3, column=j, value=h).font = Font(bold=True)
    for i, c in enumerate(CATS5, 4):
        v = counts(r, cat=c, late=True)
        w2.cell(row=i, column=1, value=CL[c])
        for j, oc in enumerate(OCS, 2):
            w2.cell(row=i, column=j, value=F(c, oc, v[oc], FY25))
        w2.cell(row=i, column=9, value=F(c, "total", sum(v.values()), FY25))
    w2.column_dimensions["A"].width = 40
    bk.ROOT.joinpath("_tmp").mkdir(exist_ok=True)
    xlsx_save(wb, "_tmp/bed.xlsx", "Bedfordshire Police")
    xdata = (bk.ROOT / "_tmp/bed.xlsx").read_bytes()
    # the PDF letter attachment
    st = pstyles("Helvetica", 10)
    story = [bk.P("<b>Bedfordshire Police</b>", st["h"]),
             bk.P(N("Woburn Road, Kempston, Bedford MK43 9AX", "postcode"), st["addr"]), bk.S(6),
             bk.P(N("Reference: FOI 2026-3391", "reference"), st["addr"]),
             bk.P(N("Date: 10 December 2026", "date"), st["addr"]), bk.S(8),
             bk.P("Dear Requester,", st["body"]),
             bk.P(N(f"Thank you for your request dated {SENT}:", "date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P(N("Bedfordshire Police holds the information. The figures are in the attached "
                    "spreadsheet (FOI 2026-3391 data.xlsx): the sheet Allegations gives the number "
                    "recorded in each of the three complete financial years for officers and for "
                    "staff, and the sheet Outcomes 2025-26 gives the outcomes of the allegations "
                    "recorded in the latest complete year.", "reference; the number of years; sheet name"),
                  st["body"]),
             bk.P(N("Outcomes for earlier years, and all figures for 2026/27 to date, could only be "
                    "found by reading each case file; this would exceed the appropriate limit of "
                    "£450 and that part of the request is refused under section 12.",
                    "money; section number; period"), st["body"]),
             bk.P(rights("Bedfordshire Police"), st["body"]),
             bk.P("Yours sincerely,", st["body"]), bk.P("Information Access Unit", st["body"])]
    for c in CATS5:
        F(c, "total", REF("s12"), YTD, printed=False)
    bk.pdf_letter("_tmp/bed.pdf", story, furniture("FOI 2026-3391", marking="OFFICIAL"),
                  title="FOI 2026-3391 response", author="Bedfordshire Police")
    pdata = (bk.ROOT / "_tmp/bed.pdf").read_bytes()
    import shutil
    shutil.rmtree(bk.ROOT / "_tmp")
    msg = EmailMessage()
    msg["From"] = "Bedfordshire Police Information Access <foi@bedfordshire.police.uk>"
    msg["To"] = "requester@example.org"
    msg["Date"] = format_datetime(dt.datetime(2026, 12, 10, 11, 42, 0, tzinfo=dt.timezone.utc))
    msg["Subject"] = N("FOI 2026-3391 - your request for information", "reference")
    msg["Message-ID"] = "<20261210114200.3391@bedfordshire.police.uk>"
    N("10 Dec 2026 11:42:00 +0000", "e-mail date")
    msg.set_content(N("Dear Requester,\n\nPlease find attached our response to your request "
                      "FOI 2026-3391 (letter) and the data (spreadsheet).\n\nRegards,\n"
                      "Information Access Unit\nBedfordshire Police\n", "reference"), cte="8bit")
    msg.add_attachment(pdata, maintype="application", subtype="pdf",
                       filename="FOI 2026-3391 response letter.pdf")
    msg.add_attachment(xdata, maintype="application",
                       subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       filename="FOI 2026-3391 data.xlsx")
    N("FOI 2026-3391 response letter.pdf FOI 2026-3391 data.xlsx", "attachment names")
    msg.set_boundary("==b33-bedfordshire-3391==")
    write_bytes(src, msg.as_bytes(policy=email.policy.SMTP))


# =========================================================================== 9 Cumbria: bare years meaning financial years (said in a note), partial NCND


def build_cumbria():
    src = "cumbria/Cumbria Constabulary FOI 2026-0981 response.docx"
    KEY.file(src, "cumbria")
    r = rng("cumbria")
    d = bk.docx_a4(bk.docx_new("Arial", 10.5))
    bk.docx_header_footer(d, "OFFICIAL", N("Cumbria Constabulary, Carleton Hall, Penrith CA10 2AU",
                                           "postcode"))
    bk.docx_para(d, "Cumbria Constabulary", bold=True, size=14)
    bk.docx_para(d, N("FOI reference 2026/0981", "reference"))
    bk.docx_para(d, N("11 December 2026", "date"))
    bk.docx_para(d, "Dear Requester")
    bk.docx_para(d, N(f"Your request of {SENT}:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "Response", bold=True)
    bk.docx_para(d, N("The table below gives, for police officers and police staff together, the "
                      "allegations of four of the five types you asked about, and their outcomes.",
                      "the number of types"))
    cats = (SA, SM, SH, VG)
    pers = [("2023", FY23), ("2024", FY24), ("2025", FY25)]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Outstanding", "Total"]
    t = d.add_table(rows=1 + len(cats) * len(labs), cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", "Outcome", "2023", "2024", "2025"]):
        docx_cell(t.rows[0].cells[j], N(h, "year heading (financial year, see the note)"), bold=True, size=9.5)
        docx_shade(t.rows[0].cells[j], "FCE4D6")
    bk.docx_repeat_header(t.rows[0])
    i = 1
    for c in cats:
        vals = {per: counts(r, cat=c, late=per == FY25) for _, per in pers}
        a = t.cell(i, 0).merge(t.cell(i + len(labs) - 1, 0))
        docx_cell(a, CL[c], size=9.5)
        for k, (lab, oc) in enumerate(zip(labs, OCS + ["total"])):
            docx_cell(t.cell(i + k, 1), lab, bold=oc == "total", size=9.5)
            for j, (pl, per) in enumerate(pers, 2):
                n = sum(vals[per].values()) if oc == "total" else vals[per][oc]
                docx_cell(t.cell(i + k, j), F(c, oc, n, per), bold=oc == "total", align=1, size=9.5)
        i += len(labs)
    widths(t, [4.6, 4.6, 2.0, 2.0, 2.0])
    bk.docx_para(d, N("Note: the years in the table are financial years. 2023 means 1 April 2023 to "
                      "31 March 2024, 2024 means 1 April 2024 to 31 March 2025 and 2025 means "
                      "1 April 2025 to 31 March 2026.", "period definitions"), italic=True)
    bk.docx_para(d, "Outstanding means that the allegation is still being investigated or is "
                    "awaiting a misconduct meeting or hearing.", italic=True)
    bk.docx_para(d, "Abuse of position for a sexual purpose", bold=True)
    bk.docx_para(d, N("Cumbria Constabulary can neither confirm nor deny whether it holds "
                      "information about allegations of abuse of position for a sexual purpose for "
                      "any of the periods you asked about, by virtue of sections 40(5) and 30(3) "
                      "of the Act. Confirming or denying that allegations of this type were recorded "
                      "in a small force could identify the individuals concerned and prejudice live "
                      "investigations.", "section numbers"))
    for per in (FY23, FY24, FY25, YTD):
        F(AP, "total", NCND("s30(3);s40(5)"), per, printed=False)
    bk.docx_para(d, "2026/27 to date", bold=True)
    N("2026/27", "period")
    bk.docx_para(d, N("For the other four types, figures for the current year (1 April 2026 to "
                      "date) are not held: the Professional Standards Department compiles its "
                      "figures at the end of each financial year.", "period; the number of types"))
    for c in cats:
        F(c, "total", NH, YTD, printed=False)
    bk.docx_para(d, rights("Cumbria Constabulary"))
    bk.docx_para(d, "Yours sincerely")
    bk.docx_para(d, "Disclosure Officer")
    docx_finish(d, src, "Cumbria Constabulary")


# =========================================================================== 10 Devon and Cornwall: "†" = 1 or 2 under s40(2), a correction in a later paragraph


def build_devon_and_cornwall():
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "devon-and-cornwall/DCP FOI 2026-004719 response.pdf"
    KEY.file(src, "devon-and-cornwall")
    r = rng("devon-and-cornwall")
    st = pstyles("Helvetica", 9.5)
    story = letter_head(st, "Devon &amp; Cornwall Police",
                        ["Freedom of Information, Middlemoor, Exeter EX2 7HQ"],
                        "FOI 2026-004719", "9 December 2026")
    story += [bk.P("Dear Requester,", st["body"]),
              bk.P(N(f"You asked on {SENT}:", "date"), st["body"]), bk.P(request(), st["quote"]),
              bk.P(N("Devon &amp; Cornwall Police holds the information for 2025/26 and for 2026/27 to "
                     "30 November 2026. Both tables count allegations against police officers and "
                     "police staff together. Earlier years were answered in FOI 2025-002210 and are "
                     "exempt under section 21.", "period; earlier reference; section number"),
                     st["body"])]
    for c in CATS5:
        F(c, "total", REF("s21"), FY23, printed=False)
        F(c, "total", REF("s21"), FY24, printed=False)
    heads = ["Outcome", "Sexual assault", "Sexual misconduct", "Sexual harassment",
             "Abuse of position for a sexual purpose", "VAWG"]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation"]
    correction = None
    for ti, (pl, per) in enumerate((("1 April 2025 to 31 March 2026", FY25),
                                    ("1 April 2026 to 30 November 2026", YTD)), 1):
        story.append(bk.P(N(f"Table {ti}: allegations recorded {pl}", "table number; period"),
                          st["h2"]))
        vals = {c: counts(r, cat=c, late=True, zero=0.35) for c in CATS5}
        data = [[bk.P(h, st["cellb"]) for h in heads]]
        for lab, oc in zip(labs, OCS):
            row = [lab]
            for c in CATS5:
                n = vals[c][oc]
                if ti == 1 and c == SH and oc == "written_warning" and correction is None:
                    n = max(n, 3) + 1
                    vals[c][oc] = n
                    correction = n
                    row.append(N(str(n - 1), "superseded by the correction below the tables"))
                    F(c, oc, n, per, printed=False)
                    continue
                if n in (1, 2):
                    row.append(F(c, oc, SUP(1, 2, "s40(2)"), per, said="\u2020"))
                else:
                    row.append(F(c, oc, n, per))
            data.append(row)
        data.append(["Total"] + [F(c, "total", sum(vals[c].values()), per) for c in CATS5])
        t = Table(data, colWidths=[42 * mm] + [25 * mm] * 5, repeatRows=1)
        t.setStyle(bk.grid_style(1, "Helvetica", 8.5, "#DDE7D3",
                                 [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5)]))
        story += [t, bk.S(6)]
    story.append(bk.P("\u2020 One or two allegations. Numbers this small are withheld under "
                      "section 40(2) (personal information) because they could identify the "
                      "officers, staff or complainants concerned. Totals are given in full.",
                      st["small"]))
    N("40(2)", "section number")
    N("One or two", "suppression bounds (the key carries them as 1..2)")
    story.append(bk.P("<b>Correction</b>", st["h2"]))
    story.append(bk.P(N("In Table 1 the figure for sexual harassment resulting in a written warning "
                        f"is shown as {correction - 1}; it should read ", "table number; the superseded figure") +
                      F(SH, "written_warning", correction, FY25, restated=True) +
                      N(". One allegation was recorded against the wrong outcome when the table was "
                        "prepared. The total for sexual harassment in Table 1 is correct as shown.",
                        "a count of one allegation moved; table number"), st["body"]))
    story += [bk.P(rights("Devon &amp; Cornwall Police"), st["body"]),
              bk.P("Yours sincerely,", st["body"]), bk.P("Freedom of Information Team", st["body"])]
    bk.pdf_letter(src, story, furniture("FOI 2026-004719", marking="OFFICIAL"),
                  title="FOI 2026-004719", author="Devon & Cornwall Police")


# =========================================================================== 11 Leicestershire: quarters of the current year, "the last three years", s21 for complete years


def build_leicestershire():
    src = "leicestershire/leics-police-foi-003318-26.html"
    KEY.file(src, "leicestershire")
    r = rng("leicestershire")
    Q1, Q2 = bk.FQ(2026, 1), bk.FQ(2026, 2)
    Q3TD = ("2026-10-01", "2026-11-30")
    L3 = ("2023-12-01", "2026-11-30")
    quarters = [("Q1 2026/27", "April to June 2026", Q1), ("Q2 2026/27", "July to September 2026", Q2),
                ("Q3 2026/27 to date", "1 October to 30 November 2026", Q3TD)]
    rows = []
    for ql, qd, per in quarters:
        for k, (sl, s) in enumerate((("Officers", "officers"), ("Staff", "staff"))):
            cells = "".join(f"<td>{F(c, 'total', tot(r, cat=c, subj=s, lo=0, hi=7), per, subject=s)}</td>"
                            for c in CATS5)
            lead = (f'<th rowspan="2" scope="rowgroup">{N(ql, "period")}<br><span class="sub">'
                    f'{N(qd, "period")}</span></th>') if k == 0 else ""
            rows.append(f"<tr>{lead}<th scope=\"row\">{sl}</th>{cells}</tr>")
    head = "".join(f'<th scope="col">{CL[c]}</th>' for c in CATS5)
    l3 = {c: tot(r, cat=c, lo=20, hi=60) for c in CATS5}
    prose = "; ".join(f"{CL[c].lower()}: {F(c, 'total', l3[c], L3)}" for c in CATS5)
    body = f"""<header class="masthead"><span class="force">Leicestershire Police</span></header>
<nav class="crumbs"><a href="/foi">FOI</a> / <a href="/foi/log">Disclosure log</a> / {N("003318/26", "reference")}</nav>
<article>
<h1>Misconduct allegations of a sexual nature: officers and staff</h1>
<p class="dates">{N("Request received 2 December 2026 &middot; Response published 10 December 2026 &middot; Reference 003318/26", "dates; reference")}</p>
<h2>Request</h2>
<p>{request()}</p>
<h2>Response</h2>
<p>{N("Figures for the complete financial years 2023/24, 2024/25 and 2025/26, with their outcomes, are published in the quarterly Professional Standards bulletins on our website and are exempt under section 21 (information accessible by other means).", "periods; section number")}</p>
<p>The current year is not yet in a bulletin. The table below gives the number of allegations of
each type recorded in each quarter of 2026/27 so far, separately for police officers and police
staff. Outcomes are not given for the current year because most of these allegations are still
being investigated.</p>
<table class="qtable">
<thead><tr><th scope="col">Quarter</th><th scope="col">Employee</th>{head}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>{N("Over the last three years (1 December 2023 to 30 November 2026) the total numbers of allegations recorded against officers and staff together were: ", "period definition")}{prose}.</p>
<p>{rights("Leicestershire Police")}</p>
</article>
<footer>{N("Leicestershire Police, St Johns, Enderby, Leicester LE19 2BX", "postcode")}</footer>"""
    for c in CATS5:
        for per in (FY23, FY24, FY25):
            F(c, "total", REF("s21"), per, printed=False)
    N("2026/27", "period")
    style = ("<style>\n.qtable{border-collapse:collapse}\n.qtable th,.qtable td{border:1px solid #aaa;padding:3px 6px}\n"
             ".qtable td{text-align:center}\n.sub{font-weight:normal;font-size:0.8em}\n</style>\n")
    write_text(src, bk.html_page(N("FOI 003318/26 | Leicestershire Police", "reference"), body, style))


# =========================================================================== 12 Metropolitan: month names without years under a financial-year column


def build_metropolitan():
    src = "metropolitan/01.FOI.26.072214 - monthly allegations.csv"
    KEY.file(src, "metropolitan")
    r = rng("metropolitan")
    months = ["April", "May", "June", "July", "August", "September", "October", "November",
              "December", "January", "February", "March"]
    lines = ["Financial Year,Month,Allegation Type,Number of Allegations"]
    for fyl, y, nm in (("2025-26", 2025, 12), ("2026-27", 2026, 8)):
        for mi, mn in enumerate(months[:nm]):
            m = mi + 4 if mi < 9 else mi - 8
            yy = y if mi < 9 else y + 1
            per = bk.MON(yy, m)
            for c in CATS5:
                n = tot(r, cat=c, lo=1, hi=14) if c != VG else tot(r, cat=c, lo=0, hi=8)
                N(fyl, "financial year of the month")
                lines.append(f"{fyl},{mn},{CL[c]},{F(c, 'total', n, per)}")
    lines.append("")
    lines.append('"' + N("Notes: allegations against police officers and police staff (all employees), by "
                   "month of recording. 2026-27 is April to November 2026. Figures for 2023-24 and "
                   "2024-25 were disclosed in 01.FOI.25.058812 (section 21). Outcomes are refused under "
                   "section 12.", "periods; earlier reference; section numbers") + '"')
    for c in CATS5:
        F(c, "total", REF("s21"), FY23, printed=False)
        F(c, "total", REF("s21"), FY24, printed=False)
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# =========================================================================== 13 PSNI: a table drawn with <td><strong> headings, years down the side


def build_psni():
    src = "psni/PSNI F-2026-05512 response.htm"
    KEY.file(src, "psni")
    r = rng("psni")
    pers = [("2023-24", FY23), ("2024-25", FY24), ("2025-26", FY25), ("2026-27 (to 30 Nov)", YTD)]
    trs = ['<tr><td><strong>Year</strong></td><td><strong>Employee</strong></td>' +
           "".join(f"<td><strong>{CL[c]}</strong></td>" for c in CATS5) + "</tr>"]
    for pl, per in pers:
        vo = {c: tot(r, cat=c, subj="officers", hi=18) for c in CATS5}
        vs = {c: tot(r, cat=c, subj="staff", hi=10) for c in CATS5}
        for k, (sl, s, v) in enumerate((("Police officers", "officers", vo), ("Police staff", "staff", vs),
                                        ("Total", "officers_and_staff", {c: vo[c] + vs[c] for c in CATS5}))):
            yc = f'<td rowspan="3" valign="top">{N(pl, "period")}</td>' if k == 0 else ""
            b = ("<strong>", "</strong>") if s == "officers_and_staff" else ("", "")
            trs.append(f"<tr>{yc}<td>{b[0]}{sl}{b[1]}</td>" + "".join(
                f'<td align="center">{b[0]}{F(c, "total", v[c], per, subject=s)}{b[1]}</td>'
                for c in CATS5) + "</tr>")
    table = '<table border="1" cellpadding="4" cellspacing="0" width="100%">\n' + "\n".join(trs) + "\n</table>"
    body = f"""<div class="psni-header"><img src="psni-logo.png" alt="Police Service of Northern Ireland"></div>
<div class="content">
<p><strong>{N("Freedom of Information Request Reference Number: F-2026-05512", "reference")}</strong><br>
{N("Date of Response: 14 December 2026", "date")}</p>
<p><strong>Request</strong></p>
<p>{request()}</p>
<p><strong>Answer</strong></p>
<p>The Police Service of Northern Ireland (PSNI) has located information that answers part (a)
of your request. The numbers of allegations recorded by Professional Standards Department
are below. The Total rows count police officers and police staff together.</p>
{table}
<p>{N("Part (b): the outcome of each allegation is not held in a retrievable form; outcomes are recorded as free text in each case file. In accordance with section 17(1) of the Act this letter acts as a notice that the information is not held.", "section number")}</p>
<p>{N("If you have any queries regarding your request please contact the Freedom of Information Unit, PSNI Headquarters, 65 Knock Road, Belfast BT5 6LE.", "address; postcode")}</p>
<p>{rights("the Police Service of Northern Ireland")}</p>
</div>"""
    write_text(src, bk.html_page(N("PSNI FOI F-2026-05512", "reference"), body))


# =========================================================================== 14 Wiltshire: a Word letter saved as a tagged PDF (/TR /TD structure), PAGE / NUMPAGES fields


def _field(par, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fs = OxmlElement("w:fldSimple")
    fs.set(qn("w:instr"), instr)
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fs.append(rr)
    par._p.append(fs)


def docx_to_tagged_pdf(d, src):
    """Save d, convert it with LibreOffice to a tagged PDF, and pin the creation date and /ID."""
    import subprocess
    import tempfile
    import shutil
    td = Path(tempfile.mkdtemp(prefix="b33lo-"))
    bk.docx_props(d, "Wiltshire Police", when=WHEN)
    d.save(td / "letter.docx")
    prof = td / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
                    'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
                    "--outdir", str(td), str(td / "letter.docx")], check=True,
                   capture_output=True, timeout=180)
    data = (td / "letter.pdf").read_bytes()
    shutil.rmtree(td)
    data = re.sub(rb"CreationDate\(D:\d{14}[^)]*\)",
                  lambda m: (b"CreationDate(D:20261209101500Z')" + b" " * 64)[:len(m.group(0)) - 1] + b")",
                  data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<B33B33B33B33B33B33B33B33B33B33B3>", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /B33B33B33B33B33B33B33B33B33B33B3", data)
    assert b"StructTreeRoot" in data and b"/TD" in data
    write_bytes(src, data)
    return bk.pdf_text(bk.dest(src))


def build_wiltshire():
    from docx.shared import Pt
    src = "wiltshire/Wiltshire Police FOI 2026-4471 response.pdf"
    KEY.file(src, "wiltshire")
    r = rng("wiltshire")
    d = bk.docx_a4(bk.docx_new("Arial", 10.5))
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = N("OFFICIAL    Wiltshire Police - FOI 2026-4471", "reference")
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ")
    _field(fp, "PAGE")
    fp.add_run(" of ")
    _field(fp, "NUMPAGES")
    fp.alignment = 2
    bk.docx_para(d, "Wiltshire Police", bold=True, size=15)
    bk.docx_para(d, N("Police Headquarters, London Road, Devizes SN10 2DN", "postcode"))
    bk.docx_para(d, N("Freedom of Information request 2026-4471", "reference"))
    bk.docx_para(d, N("Date: 9 December 2026", "date"))
    bk.docx_para(d, "Dear Requester")
    bk.docx_para(d, N(f"Thank you for your request of {SENT}, which asked:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Wiltshire Police holds this information. The table gives, for each type of "
                      "allegation, the number recorded against police officers and police staff "
                      "together in 2024/25, 2025/26 and 2026/27 up to 30 November 2026, and what "
                      "happened to them. Figures for 2023/24 were published in our response to FOI "
                      "2025-1130 and are exempt under section 21.",
                      "periods; earlier reference; section number"))
    for c in CATS5:
        F(c, "total", REF("s21"), FY23, printed=False)
    pers = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 to 30 Nov", YTD)]
    labs = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation"]
    t = d.add_table(rows=1 + len(CATS5) * 8, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", "Outcome"] + [pl for pl, _ in pers]):
        docx_cell(t.rows[0].cells[j], N(h, "period heading"), bold=True, size=9)
        docx_shade(t.rows[0].cells[j], "D9E2F3")
    bk.docx_repeat_header(t.rows[0])
    i = 1
    for c in CATS5:
        vals = {per: counts(r, cat=c, late=per != FY24) for _, per in pers}
        for k, (lab, oc) in enumerate(list(zip(labs, OCS)) + [("Total", "total")]):
            docx_cell(t.cell(i, 0), CL[c] if k == 0 else "", bold=k == 0, size=9)
            docx_cell(t.cell(i, 1), lab, bold=oc == "total", size=9)
            for j, (pl, per) in enumerate(pers, 2):
                n = sum(vals[per].values()) if oc == "total" else vals[per][oc]
                docx_cell(t.cell(i, j), F(c, oc, n, per), bold=oc == "total", align=1, size=9)
            i += 1
    widths(t, [4.8, 4.8, 2.3, 2.3, 3.0])
    bk.docx_para(d, "")
    bk.docx_para(d, "Reflective practice includes the Reflective Practice Review Process. Under "
                    "investigation includes allegations awaiting a meeting or hearing.", size=9)
    bk.docx_para(d, rights("Wiltshire Police"))
    bk.docx_para(d, "Yours sincerely")
    bk.docx_para(d, "Information Rights Team")
    text = docx_to_tagged_pdf(d, src)
    pages = text.count("\f") + (not text.endswith("\f"))
    for pg in range(1, pages + 1):
        N(f"Page {pg} of {pages}", "page number (footer field)")
        if pg > 1:
            N("Wiltshire Police - FOI 2026-4471", "reference (running header)")
    for _ in range(text.count("Allegation type") - 1):
        N(" ".join(pl for pl, _ in pers), "period headings (header row repeated on the next page)")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind33-", read=read33))
