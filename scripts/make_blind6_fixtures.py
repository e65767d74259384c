#!/usr/bin/python3
"""make_blind6.py -- regenerate the sixth blind test batch for `foi` and its answer key.

Twenty forces (none of them in the shared corpus styles of blind4/blind5: new house styles) answer
the same request sent on 8 April 2024:

  "For each of the financial years 2021/22, 2022/23 and 2023/24, how many allegations of sexual
   assault, sexual harassment and abuse of position for a sexual purpose were made against your
   police officers and police staff, and what was the outcome of each?"

Formats: PDF letters (reportlab: ruled, unruled, landscape over two pages, quarters, prose only),
XLSX (a sheet per category, a tidy export with real dates, a workbook with notes and a hidden
sheet, a transposed sheet), DOCX (merged year headers over officer/staff columns, numbered Q&A
with NCND and not-held parts, a s12 refusal), HTML disclosure pages (one with an accordion of
earlier requests whose figures are not this response's), a semicolon CSV in Latin-1, and two
e-mails.  Keying calls are in blind6-notes.md beside this script.

Machinery from blindkit.py (as in make_blind5.py): every number a user can see goes through
F() (a keyed figure) or L()/N() (declared non-figures with a reason); `check` rebuilds into a
scratch folder (byte-identical) and reads every file back (pdftotext -layout, python-docx,
openpyxl cached values, CSV/text in its own encoding, HTML with tags stripped), token by token.

usage: /usr/bin/python3 make_blind6.py             # rebuild /work/blind6 (responses + expected.csv)
       /usr/bin/python3 make_blind6.py check       # verify determinism and every number
       /usr/bin/python3 make_blind6.py dump FILE   # show FILE (relative to /work/blind6) as read back
"""
import collections
import datetime as dt
import os
import random
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as kit  # noqa: E402
from blindkit import (write_text, pdf_letter, styles, P, S, grid_style, xlsx_save, docx_new,
                      docx_save, docx_cell, docx_header_footer, docx_heading, html_page, E, FY,
                      CY, SUP, REF, NCND, NH, KEY, F, N, L, YEARS, FYLAB, REQ_SPAN, AP, SA, SH,
                      CATS3, rights, request_text, O_D, O_W, O_F, O_WW, O_RP, O_N, O_WD, O_ON,
                      CAT_LABEL, REQ_DATE, O_RPR, O_MA, O_UI, O_MAD)  # noqa: E402

FINAL = Path(os.environ.get("FOI_BLIND6_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind6").resolve()
kit.ROOT = FINAL      # where builders write; `check` points it at a scratch folder


# =========================================================================== builders


# --------------------------------------------------------------------------- common to this batch

def rng(name):
    """A deterministic random source per builder (for the larger tables)."""
    return random.Random("blind6-" + name)


# --------------------------------------------------------------------------- this batch (blind6)


def Q(y, q):
    """Quarter q (1..4) of financial year y/y+1."""
    starts = [(y, 4), (y, 7), (y, 10), (y + 1, 1)]
    sy, sm = starts[q - 1]
    ey, em = (sy, sm + 2)
    import calendar
    last = calendar.monthrange(ey, em)[1]
    return (f"{sy}-{sm:02d}-01", f"{ey}-{em:02d}-{last:02d}")


def build_warwickshire():
    """Warwickshire Police PDF letter (reportlab, Times): ruled table per category, financial
    years as columns plus a three-year Total column; '*' defined as fewer than five under s40(2);
    a paragraph of national statistics that are not figures; running header with reference and
    'Page n of m' footer."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "warwickshire/FOI 2024-1187 Response.pdf"
    KEY.file(src, "warwickshire")
    st = styles("Times-Roman", 10.5)
    outs = [O_D, O_W, O_F, O_RPR, O_N, O_UI]
    S_ = "*"
    data = {SA: ((1, 0, 2), (0, 1, 0), (0, 0, 1), (0, 0, 0), (5, 6, 3), (0, 1, 4)),
            SH: ((2, 1, 1), (0, 0, 1), (1, 2, 1), (6, 5, 7), (4, 8, 6), (0, 2, 5)),
            AP: ((3, 2, 4), (1, 1, 0), (0, 0, 0), (0, 0, 0), (1, 2, 1), (0, 0, 2))}
    sup = {(SA, 0, 0), (SA, 3, 2)}   # printed as * (values 1, 0 hidden; total is stated)

    def furniture(c, p, n):
        c.setFont("Times-Roman", 8)
        c.drawString(22 * mm, 287 * mm, N("Warwickshire Police \u2013 Freedom of Information "
                                          "\u2013 Ref 2024/1187", "reference (running header)"))
        c.drawCentredString(105 * mm, 12 * mm, N(f"Page {p} of {n}", "page numbers"))
        c.drawRightString(190 * mm, 12 * mm, "OFFICIAL")

    story = [P("<b>Warwickshire Police</b>", st["h"]),
             P(N("Freedom of Information Unit, PO Box 4, Leek Wootton, Warwick, CV35 7QB",
                 "address"), st["addr"]),
             S(8),
             P(N("Our reference: 2024/1187", "reference"), st["addr"]),
             P(N("Date: 3 May 2024", "date"), st["addr"]),
             S(8), P("Dear Requester,", st["body"]),
             P(N(f"Thank you for your request for information received on {REQ_DATE}, in which "
                 "you asked:", "date of request"), st["body"]),
             P(request_text(), st["quote"]),
             P("Warwickshire Police holds the information you requested. The tables below give "
               "the number of allegations recorded against police officers and police staff "
               "(counted together), by the financial year in which each allegation was recorded "
               "and its outcome.", st["body"]),
             P(L("For context, the national picture published by the National Police Chiefs' "
                 "Council in 2023 reported 1,539 officers and staff subject to 1,177 "
                 "conduct cases of this kind over six months, about 0.6% of the workforce.",
                 "national statistics quoted for context, not this force's figures"),
               st["body"])]
    for ti, c in enumerate(CATS3, 1):
        rows = [["Outcome"] + [N(FYLAB[y], "column heading (financial year)") for y in YEARS]
                + [N("Total 2021/22 \u2013 2023/24", "column heading (span)")]]
        for oi, (ol, oc) in enumerate(outs):
            vals = data[c][oi]
            cells = []
            for yi, (y, v) in enumerate(zip(YEARS, vals)):
                if (c, oi, yi) in sup:
                    cells.append(F(c, oc, SUP(), FY(y), said="*"))
                else:
                    cells.append(F(c, oc, v, FY(y)))
            rows.append([ol] + cells + [F(c, oc, sum(vals), REQ_SPAN)])
        yt = [sum(data[c][oi][yi] for oi in range(len(outs))) for yi in range(3)]
        rows.append(["Total"] + [F(c, "total", v, FY(y)) for y, v in zip(YEARS, yt)]
                    + [F(c, "total", sum(yt), REQ_SPAN)])
        t = Table(rows, colWidths=[62 * mm, 24 * mm, 24 * mm, 24 * mm, 34 * mm], hAlign="LEFT")
        t.setStyle(grid_style(1, font="Times-Roman", size=9,
                              extra=[("FONT", (0, -1), (-1, -1), "Times-Bold", 9)]))
        story += [S(4), P(N(f"<b>Table {ti}: {CAT_LABEL[c]}</b>", "table number"), st["h2"]), t]
    story += [S(6),
              P(N("* Fewer than five.", "definition of the suppression mark") + " Where a figure is small, disclosure could lead to the "
                "identification of individuals, and it is withheld under section 40(2) "
                "(personal information).".replace("section 40(2)",
                                                   N("section 40(2)", "section number")),
                st["small"]),
              P(rights("Warwickshire Police"), st["body"]),
              P("Yours sincerely,", st["body"]), P("Freedom of Information Officer", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 2024/1187", author="Warwickshire Police")


def build_gwent():
    """Gwent Police PDF letter: the answer only in prose, number words; calendar year 2023 (the
    force records by calendar year; the request's financial years are not answered)."""
    from reportlab.lib.units import mm
    src = "gwent/FOI-2024-0412 Gwent response.pdf"
    KEY.file(src, "gwent")
    st = styles("Helvetica", 10)
    p = CY(2023)

    def furniture(c, pg, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 10 * mm, N(f"Heddlu Gwent Police | FOI 2024/0412 | {pg}",
                                         "reference and page number (footer)"))

    a = F(SA, "total", 7, p, said="seven")
    a1 = F(SA, "dismissed", 2, p, said="two")
    a2 = F(SA, "no_case_to_answer", 4, p, said="four")
    a3 = F(SA, "ongoing", 1, p, said="one")
    b = F(SH, "total", 12, p, said="twelve")
    b1 = F(SH, "final_written_warning", 3, p, said="three")
    b2 = F(SH, "management_action", 5, p, said="five")
    b3 = F(SH, "no_case_to_answer", 4, p, said="four")
    b4 = F(SH, "dismissed", 0, p, said="None of the allegations of sexual harassment resulted "
           "in dismissal")
    c0 = F(AP, "total", 3, p, said="three")
    c1 = F(AP, "dismissed", 1, p, said="one")
    c2 = F(AP, "would_have_been_dismissed", 2, p, said="two")
    story = [P("<b>Heddlu Gwent Police</b>", st["h"]),
             P(N("Freedom of Information Team, Police Headquarters, Llantarnam Industrial Park, "
                 "Cwmbran, NP44 3FW", "address"), st["addr"]), S(10),
             P(N("Reference: FOI 2024/0412 &nbsp;&nbsp; Date: 29 April 2024", "reference; date"),
               st["addr"]), S(8),
             P("Dear Applicant,", st["body"]),
             P("You asked:", st["body"]), P(request_text(), st["quote"]),
             P("Gwent Police records conduct matters by calendar year, and our figures are "
               "therefore given for the calendar year 2023 rather than by financial year."
               .replace("2023", N("2023", "period stated below (keyed with each figure)")),
               st["body"]),
             P(L("During the calendar year 2023, {a} allegations of sexual assault were recorded "
                 "against police officers and police staff. Of these, {a1} resulted in "
                 "dismissal, {a2} in a finding of no case to answer and {a3} is still under "
                 "investigation.", "year of the period", a=a, a1=a1, a2=a2, a3=a3),
               st["body"]),
             P(L("In the same year there were {b} allegations of sexual harassment: {b1} ended "
                 "in a final written warning, {b2} in reflective practice and {b3} in no case to "
                 "answer. {b4}.", "", b=b, b1=b1, b2=b2, b3=b3, b4=b4), st["body"]),
             P(L("There were {c} allegations of abuse of position for a sexual purpose; "
                 "{c1} officer was dismissed and in the other {c2} cases the officer had "
                 "resigned but would have been dismissed.", "", c=c0, c1=c1, c2=c2), st["body"]),
             P(rights("Gwent Police"), st["body"]),
             P("Yours faithfully,", st["body"]), P("Disclosure Officer", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 2024/0412", author="Gwent Police")


def build_suffolk():
    """Suffolk Constabulary XLSX: a cover sheet and one sheet per category; each category sheet
    has outcomes as rows and 'Officers' / 'Staff' columns for each financial year under a merged
    year header; a Total row.  Calendar-year drift: none; 'Nil' cells defined as none."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    src = "suffolk/FOI 000812-24 Suffolk data.xlsx"
    KEY.file(src, "suffolk")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Suffolk Constabulary \u2013 Freedom of Information"
    ws["A2"] = N("Reference: 000812/24", "reference")
    ws["A3"] = "Request:"
    ws["B3"] = request_text()
    ws["A5"] = N("Each sheet gives allegations for one category, by financial year of recording "
                "and by outcome, separately for police officers and police staff.", "'one category' is not a count")
    ws["A6"] = "'Nil' means that no allegations had that outcome."
    ws["A1"].font = Font(bold=True, size=13)
    outs = [O_D, O_F, O_WW, O_MAD, O_N, O_UI]
    r = rng("suffolk")
    for c, name in ((SA, "Sexual assault"), (SH, "Sexual harassment"), (AP, "APSP")):
        sh = wb.create_sheet(name)
        sh["A1"] = f"Allegations of {CAT_LABEL[c].lower()} by outcome"
        sh["A1"].font = Font(bold=True)
        sh["A3"] = "Outcome"
        sh.merge_cells("A3:A4")
        col = 2
        for y in YEARS:
            sh.cell(3, col, N(FYLAB[y], "merged column heading (financial year)"))
            sh.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
            sh.cell(3, col).alignment = Alignment(horizontal="center")
            sh.cell(4, col, "Officers")
            sh.cell(4, col + 1, "Staff")
            col += 2
        tot = collections.defaultdict(int)
        for oi, (ol, oc) in enumerate(outs):
            sh.cell(5 + oi, 1, ol)
            col = 2
            for y in YEARS:
                for subj in ("officers", "staff"):
                    hi = 4 if subj == "officers" else 2
                    if c == AP and subj == "staff":
                        hi = 0
                    v = r.randint(0, hi)
                    if oc == "ongoing" and y < 2023:
                        v = 0
                    tot[(y, subj)] += v
                    if v == 0:
                        sh.cell(5 + oi, col, F(c, oc, 0, FY(y), subject=subj, said="Nil"))
                    else:
                        sh.cell(5 + oi, col, int(F(c, oc, v, FY(y), subject=subj)))
                    col += 1
        tr = 5 + len(outs)
        sh.cell(tr, 1, "Total").font = Font(bold=True)
        col = 2
        for y in YEARS:
            for subj in ("officers", "staff"):
                sh.cell(tr, col, int(F(c, "total", tot[(y, subj)], FY(y), subject=subj)))
                sh.cell(tr, col).font = Font(bold=True)
                col += 1
        sh.column_dimensions["A"].width = 30
    xlsx_save(wb, src, creator="Suffolk Constabulary")


def build_humberside():
    """Humberside Police tidy export: one sheet, a header row, one row per month x category x
    subject x outcome with a count; the Month column holds real dates (first of the month) shown
    dd/mm/yyyy; only non-zero rows; calendar years 2022 and 2023 (the force's own choice)."""
    import calendar
    import openpyxl
    src = "humberside/HP-FOI-24-1093 export.xlsx"
    KEY.file(src, "humberside", subject="officers")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    ws.append(["Recorded Month", "Allegation Type", "Employee Type", "Outcome", "Allegations"])
    r = rng("humberside")
    labs = {SA: "Sexual Assault", SH: "Sexual Harassment", AP: "Abuse Of Position (Sexual)"}
    outs = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Reflective Practice", "management_action"), ("No Case To Answer",
                                                           "no_case_to_answer"),
            ("Under Investigation", "ongoing")]
    row = 2
    for y in (2022, 2023):
        for m in range(1, 13):
            last = calendar.monthrange(y, m)[1]
            per = (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last:02d}")
            for c in CATS3:
                for subj, sl in (("officers", "Police Officer"), ("staff", "Police Staff")):
                    for ol, oc in outs:
                        if r.random() > 0.06:
                            continue
                        if subj == "staff" and c == AP:
                            continue
                        v = r.randint(1, 2)
                        d = dt.datetime(y, m, 1)
                        N(d.strftime("%d/%m/%Y"), "month of the row (keyed as the period)")
                        ws.cell(row, 1, d).number_format = "dd/mm/yyyy"
                        ws.cell(row, 2, labs[c])
                        ws.cell(row, 3, sl)
                        ws.cell(row, 4, ol)
                        ws.cell(row, 5, int(F(c, oc, v, per, subject=subj)))
                        row += 1
    ws.auto_filter.ref = f"A1:E{row - 1}"
    ws.freeze_panes = "A2"
    for col, w in zip("ABCDE", (16, 28, 16, 24, 12)):
        ws.column_dimensions[col].width = w
    xlsx_save(wb, src, creator="PSD Reporting")


def build_derbyshire():
    """Derbyshire Constabulary workbook: a visible 'Data' sheet (categories as rows, outcomes
    as columns, a Total column, financial year 2023/24 only in the title), a 'Notes' sheet, and
    a hidden 'Lookup' sheet with raw counts that must not be read."""
    import openpyxl
    from openpyxl.styles import Font
    src = "derbyshire/FOI 24-2290 disclosure workbook.xlsx"
    KEY.file(src, "derbyshire")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    p = FY(2023)
    ws["A1"] = N("Derbyshire Constabulary \u2013 FOI 24/2290", "reference")
    ws["A2"] = N("Allegations against officers and staff recorded 1 April 2023 to 31 March 2024",
                 "the period of the table (keyed with each figure)")
    ws["A1"].font = Font(bold=True)
    outs = [O_D, O_W, O_F, O_RPR, O_N, O_UI]
    ws.append([])
    ws.append(["Allegation type"] + [o[0] for o in outs] + ["Total"])
    data = {SA: (1, 1, 0, 0, 6, 3), SH: (2, 0, 3, 9, 7, 4), AP: (3, 2, 0, 0, 1, 2),
            "domestic_abuse": (0, 0, 1, 2, 5, 2)}
    labs = dict(CAT_LABEL)
    labs["domestic_abuse"] = "Domestic abuse"
    for c, vals in data.items():
        ws.append([labs[c]] + [int(F(c, oc, v, p)) for (ol, oc), v in zip(outs, vals)]
                  + [int(F(c, "total", sum(vals), p))])
    notes = wb.create_sheet("Notes")
    notes["A1"] = "Notes"
    notes["A2"] = ("Officers and staff are counted together. An allegation is counted in the "
                   "year in which it was recorded.")
    notes["A3"] = N("Outcomes are as at 30 April 2024.", "date")
    notes["A4"] = ("'Reflective practice review process' includes management advice to police "
                   "staff.")
    hid = wb.create_sheet("Lookup")
    hid.sheet_state = "hidden"
    hid["A1"] = "Working \u2013 do not publish"
    for i, (c, vals) in enumerate(data.items(), 2):
        hid.cell(i, 1, labs[c])
        for j, v in enumerate(vals, 2):
            hid.cell(i, j, int(N(str(v + (1 if j == 3 else 0)), "hidden sheet, not read")))
    hid["A7"] = N("Extract run 30/04/2024 09:12", "date and time on hidden sheet")
    xlsx_save(wb, src, creator="Derbyshire Constabulary")


def build_south_wales():
    """Heddlu De Cymru / South Wales Police DOCX letter: one Word table, categories and outcomes
    as rows, merged year headers (gridSpan 2) each over 'Officers' / 'Staff' sub-columns;
    a category row that carries the category total; 's40(2)' cells shown as '<5'."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "south-wales/FOI 24-0733 Response.docx"
    KEY.file(src, "south-wales")
    d = docx_new("Arial", 10)
    docx_header_footer(d, "SWYDDOGOL / OFFICIAL", N("South Wales Police \u2013 FOI 0733/24",
                                                    "reference (footer)"))
    docx_heading(d, "Heddlu De Cymru / South Wales Police", 14)
    d.add_paragraph(N("Freedom of Information reference: 0733/24", "reference"))
    d.add_paragraph(N("Date: 1 May 2024", "date"))
    d.add_paragraph("Dear Sir or Madam,")
    d.add_paragraph("Your request was as follows:")
    d.add_paragraph(request_text()).paragraph_format.left_indent = 360000
    d.add_paragraph("The information held is set out in the table below. Figures are numbers of "
                    "allegations, shown separately for police officers and police staff.")
    outs = [O_D, O_W, O_F, O_RP, O_N, O_ON]
    r = rng("south-wales")
    t = d.add_table(rows=2, cols=2 + 2 * len(YEARS))
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    docx_cell(a, "Allegation type", True)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    docx_cell(b, "Outcome", True)
    for yi, y in enumerate(YEARS):
        m = t.cell(0, 2 + 2 * yi).merge(t.cell(0, 3 + 2 * yi))
        docx_cell(m, N(FYLAB[y], "merged column heading (financial year)"), True,
                  WD_ALIGN_PARAGRAPH.CENTER)
        docx_cell(t.cell(1, 2 + 2 * yi), "Officers", True)
        docx_cell(t.cell(1, 3 + 2 * yi), "Staff", True)
    for c in CATS3:
        vals = {}
        for oi, (ol, oc) in enumerate(outs):
            for y in YEARS:
                for s in ("officers", "staff"):
                    v = r.randint(0, 5 if s == "officers" else 2)
                    if oc == "ongoing" and y < 2023:
                        v = 0
                    vals[(oi, y, s)] = v
        first = len(t.rows)
        for oi, (ol, oc) in enumerate(outs + [("Total", "total")]):
            row = t.add_row()
            docx_cell(row.cells[1], ol, ol == "Total")
            for yi, y in enumerate(YEARS):
                for si, s in enumerate(("officers", "staff")):
                    if oc == "total":
                        v = sum(vals[(k, y, s)] for k in range(len(outs)))
                        txt = F(c, "total", v, FY(y), subject=s)
                    else:
                        v = vals[(oi, y, s)]
                        if 1 <= v <= 4 and s == "staff":
                            # "<5 - the figure is between one and four": 1..4 (re-keyed in
                            # round 31: the definition's range, decisions.md round 19's ruling)
                            txt = F(c, oc, SUP(1, 4), FY(y), subject=s, said="<5")
                        else:
                            txt = F(c, oc, v, FY(y), subject=s)
                    docx_cell(row.cells[2 + 2 * yi + si], txt, ol == "Total")
        m = t.cell(first, 0).merge(t.cell(len(t.rows) - 1, 0))
        docx_cell(m, CAT_LABEL[c], True)
    d.add_paragraph(N("<5 \u2013 the figure is between one and four and has been withheld under "
                      "section 40(2) of the Act, as it could identify the individuals concerned.",
                      "definition of the suppression mark; section number"))
    d.add_paragraph(rights("South Wales Police"))
    d.add_paragraph("Yours faithfully,")
    d.add_paragraph("Freedom of Information Unit")
    docx_save(d, src, "South Wales Police")


def build_lincolnshire():
    """Lincolnshire Police DOCX letter, numbered questions and answers: Q1 a total and outcomes
    as a list (calendar 2023, the requester's own re-worded request, quoting a news figure);
    Q2 NCND under s31(3) and s40(5) for criminal referrals; Q3 not held (domestic abuse)."""
    src = "lincolnshire/LP FOI 1402-24.docx"
    KEY.file(src, "lincolnshire")
    d = docx_new("Calibri", 11)
    docx_header_footer(d, N("Lincolnshire Police | FOI 1402/24", "reference (header)"),
                       "Working with communities to make Lincolnshire safer")
    docx_heading(d, "Lincolnshire Police \u2013 Freedom of Information response", 13)
    d.add_paragraph(N("Request number 1402/24, received 8 April 2024, answered 2 May 2024.",
                      "reference and dates"))
    d.add_paragraph(L("You wrote: \u201cA newspaper reported last year that 12 officers in one "
                      "force were investigated in a single month. For the calendar year 2023 "
                      "please tell me: (1) how many allegations of sexual misconduct (including "
                      "sexual assault and harassment) were made against police officers, and their "
                      "outcomes; (2) how many of these were referred for criminal investigation; "
                      "(3) how many allegations of domestic abuse were made against officers.\u201d",
                      "the requester's question: a press figure, the year and the question numbers"))
    p = CY(2023)
    docx_heading(d, N("Question 1", "question number"), 11)
    t = F("sexual_misconduct", "total", 19, p, subject="officers")
    d.add_paragraph(L("In 2023, {t} allegations of sexual misconduct were recorded against police "
                      "officers. Their outcomes were:", "year of the period", t=t))
    outs = [("Dismissed", "dismissed", 3), ("Resigned or retired before a hearing",
                                            "resigned_or_retired", 1),
            ("Final written warning", "final_written_warning", 2),
            ("Reflective practice review process", "management_action", 5),
            ("No case to answer", "no_case_to_answer", 4),
            ("Investigation ongoing", "ongoing", 4)]
    for i, (ol, oc, v) in enumerate(outs, 1):
        d.add_paragraph(f"{ol} \u2013 {F('sexual_misconduct', oc, v, p, subject='officers')}",
                        style="List Number")
    docx_heading(d, N("Question 2", "question number"), 11)
    d.add_paragraph(L("Lincolnshire Police can neither confirm nor deny whether it holds "
                      "information about referrals for criminal investigation, by virtue of "
                      "sections 31(3) and 40(5) of the Act.", "section numbers"))
    F("sexual_misconduct", "total", NCND("s31(3);s40(5)"), p, subject="officers",
      measure="referrals", said="neither confirm nor deny")
    docx_heading(d, N("Question 3", "question number"), 11)
    d.add_paragraph("Information about domestic abuse allegations against officers is not held "
                    "in a retrievable form: such allegations are not recorded under a separate "
                    "category on our system.")
    F("domestic_abuse", "total", NH, p, subject="officers", said="not held")
    d.add_paragraph(rights("Lincolnshire Police", 20))
    docx_save(d, src, "Lincolnshire Police")


def build_norfolk():
    """Norfolk Constabulary DOCX refusal letter: the whole request refused under section 12;
    £ and hours are not figures."""
    src = "norfolk/FOI 000477-24 refusal notice.docx"
    KEY.file(src, "norfolk")
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", N("Norfolk Constabulary FOI 000477/24 \u2013 Page 1",
                                        "reference and page number"))
    docx_heading(d, "Norfolk Constabulary", 14)
    d.add_paragraph(N("Our ref: 000477/24        Date: 30 April 2024", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("REFUSAL NOTICE \u2013 SECTION 12 (COST OF COMPLIANCE)".replace(
        "12", N("12", "section number")))
    d.add_paragraph("You asked:")
    d.add_paragraph(request_text())
    d.add_paragraph(L("Norfolk Constabulary estimates that complying with your request would "
                      "exceed the appropriate limit of \u00a3450, which represents 18 hours of "
                      "work. Allegations are not recorded by these categories, and around 2,600 "
                      "conduct and complaint files would need to be read by hand. Section 12(1) of "
                      "the Act therefore applies and we are not required to comply with your request.",
                      "cost limit, hours, a vague count of all files, section number"))
    for c in CATS3:
        F(c, "total", REF("s12"), REQ_SPAN, said="")
    d.add_paragraph("You may wish to narrow your request, for example to a single category of "
                    "allegation and a single financial year.")
    d.add_paragraph(rights("Norfolk Constabulary"))
    docx_save(d, src, "Norfolk Constabulary")


def build_sussex():
    """Sussex Police disclosure-log page: the answer in one table (categories as rows, outcomes
    as columns, officers and staff combined, financial year 2023/24 in the caption), and an
    accordion of 'previous requests on this topic' whose figures are not this response's."""
    src = "sussex/disclosure-log-2024-0519.html"
    KEY.file(src, "sussex")
    p = FY(2023)
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_UI]
    data = {SA: (2, 1, 0, 0, 0, 7, 5), SH: (3, 1, 2, 3, 8, 6, 6), AP: (4, 2, 0, 0, 0, 1, 3)}
    head = "".join(f"<th scope=\"col\">{E(o[0])}</th>" for o in outs)
    rows = []
    for c, vals in data.items():
        cells = "".join(f"<td>{F(c, oc, v, p)}</td>" for (ol, oc), v in zip(outs, vals))
        rows.append(f"<tr><th scope=\"row\">{E(CAT_LABEL[c])}</th>{cells}"
                    f"<td class=\"tot\"><strong>{F(c, 'total', sum(vals), p)}</strong></td></tr>")
    acc = []
    for ref, when, txt in (("2023-1180", "14 September 2023",
                            "We disclosed that 41 allegations of sexual misconduct were recorded in "
                            "2022/23, of which 9 led to dismissal."),
                           ("2022-0877", "2 June 2022",
                            "We disclosed 33 allegations for 2021/22 and 6 dismissals.")):
        summ = N(f"FOI {ref} \u2013 published {when}", "other request's reference and date")
        acc.append(f"""  <details class="sp-accordion">
    <summary>{summ}</summary>
    <p>{N(txt, "figures of an earlier, different request (not this response)")}</p>
  </details>""")
    acc = "\n".join(acc)
    body = f"""<header class="sp-top"><a href="/" class="sp-brand">Sussex Police</a>
<nav><a href="/report">Report</a> | <a href="/foi">Freedom of information</a> | <a href="/contact">Contact</a></nav></header>
<main class="sp-content">
<p class="sp-crumbs"><a href="/">Home</a> &rsaquo; <a href="/foi">FOI</a> &rsaquo; Disclosure log</p>
<h1>Sexual misconduct allegations against officers and staff</h1>
<dl class="sp-meta"><dt>Reference</dt><dd>{N("2024-0519", "reference")}</dd><dt>Date published</dt><dd>{N("16 May 2024", "date")}</dd><dt>Category</dt><dd>Professional standards</dd></dl>
<h2>Request</h2>
<blockquote>{E(request_text())}</blockquote>
<h2>Response</h2>
<p>Sussex Police has only been able to provide figures for the most recent financial year within the time available. Figures count allegations against police officers and police staff together.</p>
<table class="sp-table">
<caption>{N("Allegations recorded 1 April 2023 to 31 March 2024, by outcome", "the table's period (keyed with each figure)")}</caption>
<thead><tr><th scope="col">Allegation type</th>{head}<th scope="col">Total</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<p class="sp-note">Outcomes are as recorded on the day the data was extracted.</p>
<h2>Previous requests on this topic</h2>
{acc}
</main>
<footer class="sp-foot"><p>{N("&copy; Sussex Police 2024 &middot; Emergency 999 &middot; Non-emergency 101", "copyright year; telephone numbers")}</p></footer>"""
    write_text(src, html_page(N("FOI 2024-0519 | Sussex Police", "reference"), body))


def build_city_of_london():
    """City of London Police disclosure page: categories across the top, outcomes down, a
    custom range 1 January 2021 to 31 March 2024
    given in the text above the table; officers only; one row 'Withdrawn'; staff not held."""
    src = "city-of-london/CoLP-FOI-24-0318.html"
    KEY.file(src, "city-of-london", subject="officers")
    p = ("2021-01-01", "2024-03-31")
    outs = [O_D, O_F, O_MAD, O_N, O_WD, O_ON]
    data = {SA: (1, 0, 0, 2, 1, 1), SH: (1, 1, 3, 2, 0, 2), AP: (0, 0, 0, 1, 0, 0)}
    rows = []
    for oi, (ol, oc) in enumerate(outs):
        rows.append("<tr><td>" + E(ol) + "</td>" + "".join(
            f"<td>{F(c, oc, data[c][oi], p)}</td>" for c in CATS3) + "</tr>")
    rows.append("<tr class=\"total\"><td><b>Total</b></td>" + "".join(
        f"<td><b>{F(c, 'total', sum(data[c]), p)}</b></td>" for c in CATS3) + "</tr>")
    hdr = "".join(f"<th>{E(CAT_LABEL[c])}</th>" for c in CATS3)
    body = f"""<div id="colp-header"><img src="/logo.svg" alt="City of London Police"></div>
<div id="colp-body">
<h1>{N("FOI 24/0318: Sexual misconduct by officers", "reference")}</h1>
<p><strong>Request</strong></p>
<p><em>{E(request_text())}</em></p>
<p><strong>Response</strong></p>
<p>{N("Our Professional Standards Directorate moved to a new case system on 1 January 2021. The table covers allegations against police officers recorded from 1 January 2021 to 31 March 2024, which is the period we can search.", "system change date and the period of the table (keyed with each figure)")}</p>
<table border="1" cellpadding="4">
<tr><th>Outcome</th>{hdr}</tr>
{chr(10).join(rows)}
</table>
<p>Police staff are not included: allegations against staff are handled by Human Resources and are not held by PSD.</p>
</div>
<div id="colp-footer">{N("City of London Police, Guildhall Yard East, London EC2V 5AE", "address")}</div>"""
    for c in CATS3:
        F(c, "total", NH, REQ_SPAN, subject="staff", said="not held by PSD")
    write_text(src, html_page(N("CoLP FOI 24/0318", "reference"), body))


def build_north_yorkshire():
    """North Yorkshire Police page: a short table of officer / staff / all totals for 2022/23
    and 2023/24 (complaints measure, stated in the text); 2021/22 not held; outcomes refused
    under s12 (no outcome rows)."""
    src = "north-yorkshire/nyp-foi-1288-2024.html"
    KEY.file(src, "north-yorkshire", measure="complaints")
    rows = []
    vals = {(SA, 2022): (3, 1), (SA, 2023): (5, 0), (SH, 2022): (9, 4), (SH, 2023): (11, 3),
            (AP, 2022): (2, 0), (AP, 2023): (4, 0)}
    for c in CATS3:
        for y in (2022, 2023):
            o, s = vals[(c, y)]
            rows.append(f"<tr><td>{E(CAT_LABEL[c])}</td><td>{N(FYLAB[y], 'row label (financial year)')}</td>"
                        f"<td>{F(c, 'total', o, FY(y), subject='officers')}</td>"
                        f"<td>{F(c, 'total', s, FY(y), subject='staff')}</td>"
                        f"<td>{F(c, 'total', o + s, FY(y))}</td></tr>")
    h1 = N("Disclosure 1288/2024 \u2013 sexual misconduct complaints", "reference")
    body = f"""<nav class="nyp-nav"><a href="/">North Yorkshire Police</a></nav>
<article>
<h1>{h1}</h1>
<p class="date">{N("Published 20 May 2024", "date")}</p>
<h2>You asked</h2><p>{E(request_text())}</p>
<h2>We answered</h2>
<p>Our complaints system records complaints rather than allegations; the figures below are numbers of complaints. Figures for 2021/22 are not held, as records before our system migration were archived without categories.</p>
<table class="nyp">
<thead><tr><th>Category</th><th>Year</th><th>Officers</th><th>Staff</th><th>All</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<p>Outcome information could not be extracted within the cost limit (section 12) and is not provided.</p>
</article>"""
    body = body.replace("2021/22 are not held", N("2021/22", "period not held (keyed)") + " are not held")
    body = body.replace("(section 12)", "(section " + N("12", "section number") + ")")
    for c in CATS3:
        F(c, "total", NH, FY(2021), said="not held")
    write_text(src, html_page(N("1288/2024 | North Yorkshire Police", "reference"), body))


def build_avon_and_somerset():
    """Avon and Somerset Constabulary CSV export: semicolon-separated, Latin-1 (an é and a £ in
    the preamble), CRLF; long format 'Financial Year;Category;Subject;Outcome;Count'; '*' for
    fewer than five defined in the last line; calendar-style drift: none."""
    src = "avon-and-somerset/ASC_FOI_1724_2024.csv"
    KEY.file(src, "avon-and-somerset")
    r = rng("avon")
    outs = [O_D, O_F, O_RP, O_N, O_ON]
    lines = [N("Avon and Somerset Constabulary; FOI 1724/2024;;;", "reference"),
             "Allegations against officers and staff - prepared by R. B\u00e9langer, PSD;;;;",
             "Financial Year;Category;Subject;Outcome;Count"]
    for y in YEARS:
        for c in CATS3:
            for s, sl in (("officers", "Officer"), ("staff", "Staff")):
                tot = 0
                for ol, oc in outs:
                    v = r.randint(0, 6 if s == "officers" else 3)
                    if oc == "ongoing" and y < 2023:
                        v = 0
                    tot += v
                    if v == 0:
                        continue
                    txt = (F(c, oc, SUP(), FY(y), subject=s, said="*") if v < 5 and s == "staff"
                           else F(c, oc, v, FY(y), subject=s))
                    lines.append(f"{N(FYLAB[y], 'financial year')};{CAT_LABEL[c]};{sl};{ol};{txt}")
                lines.append(f"{N(FYLAB[y], 'financial year')};{CAT_LABEL[c]};{sl};Total;"
                             f"{F(c, 'total', tot, FY(y), subject=s)}")
    lines.append(N("* = fewer than 5 (s40(2) personal data). Outcomes with no allegations are not "
                   "listed. Cost of extraction under \u00a3450.;;;;",
                   "suppression definition; section number; cost"))
    write_text(src, "\n".join(lines) + "\n", encoding="latin-1", newline="\r\n")


def build_police_scotland():
    """Police Scotland PDF: a landscape A4 table across two pages (header row repeated), rows =
    category x outcome, columns = three financial years x (Officers, Staff); Total row per
    category; running header 'OFFICIAL' and reference, footer 'Page n of m'."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "police-scotland/IM-FOI-2024-0981 Response.pdf"
    KEY.file(src, "police-scotland")
    st = styles("Helvetica", 9.5)
    outs = [O_D, ("Resigned / retired", "resigned_or_retired"),
            ("Improvement action", "management_action"), O_N, O_ON]
    r = rng("scotland")

    def furniture(c, p, n):
        c.setFont("Helvetica", 8)
        c.drawString(15 * mm, 200 * mm, N("OFFICIAL \u2013 IM-FOI-2024-0981", "reference (header)"))
        c.drawRightString(282 * mm, 8 * mm, N(f"Page {p} of {n}", "page numbers"))

    head = ["Category", "Outcome"]
    for y in YEARS:
        head += [N(f"{FYLAB[y]} Officers", "column heading (financial year)"),
                 N(f"{FYLAB[y]} Staff", "column heading (financial year)")]
    rows = [head]
    for y in YEARS:   # the header row is repeated at the top of page 2
        N(f"{FYLAB[y]} {FYLAB[y]}", "repeated column headings (financial year)")
    for c in CATS3:
        lab = CAT_LABEL[c]
        tot = collections.defaultdict(int)
        for oi, (ol, oc) in enumerate(outs):
            cells = []
            for y in YEARS:
                for s in ("officers", "staff"):
                    v = r.randint(0, 4 if s == "officers" else 2)
                    if oc == "ongoing" and y < 2023:
                        v = 0
                    tot[(y, s)] += v
                    cells.append(F(c, oc, v, FY(y), subject=s))
            rows.append([lab if oi == 0 else "", ol] + cells)
        rows.append(["", "Total"] + [F(c, "total", tot[(y, s)], FY(y), subject=s)
                                     for y in YEARS for s in ("officers", "staff")])
    t = Table(rows, colWidths=[62 * mm, 44 * mm] + [26 * mm] * 6, repeatRows=1, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#E3E8F0",
                          extra=[("TOPPADDING", (0, 0), (-1, -1), 5),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story = [P("<b>Police Scotland \u2013 Freedom of Information (Scotland) Act 2002</b>".replace(
                 "2002", N("2002", "year of the Act")), st["h"]),
             P(N("Our reference: IM-FOI-2024-0981 &nbsp; Date: 7 May 2024", "reference; date"),
               st["addr"]), S(6),
             P("Your request:", st["body"]), P(request_text(), st["quote"]),
             P("The table below shows allegations recorded against police officers and police "
               "staff in each financial year, by outcome. ‘Improvement action’ is the "
               "Scottish equivalent of reflective practice.", st["body"]),
             t, S(6),
             P(L("Should you require any further assistance please contact us quoting the "
                 "reference above. You can request a review within 40 working days and, after "
                 "that, appeal to the Scottish Information Commissioner within 6 months.",
                 "review deadlines"), st["body"])]
    pdf_letter(src, story, furniture, pagesize=landscape(A4), margins=(15, 15, 18, 16),
               title="IM-FOI-2024-0981", author="Police Scotland")


def build_leicestershire():
    """Leicestershire Police PDF letter: a ruled table of quarters of 2023/24 (Q1..Q4 as
    columns, with the month ranges in the header) and a Total column for the year; categories
    as rows; totals only (no outcomes), officers only; outcome part refused under s12."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "leicestershire/FOI 002011-24 response letter.pdf"
    KEY.file(src, "leicestershire", subject="officers")
    st = styles("Helvetica", 10)
    qs = {SA: (2, 4, 1, 3), SH: (5, 3, 6, 4), AP: (1, 0, 2, 1)}

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 285 * mm, N("Leicestershire Police FOI 002011/24", "reference"))
        c.drawRightString(190 * mm, 10 * mm, N(f"{p}/{n}", "page numbers"))

    head = ["Allegation type"] + [N(f"Q{q} ({m})", "quarter heading")
                                  for q, m in ((1, "Apr\u2013Jun 2023"), (2, "Jul\u2013Sep 2023"),
                                               (3, "Oct\u2013Dec 2023"), (4, "Jan\u2013Mar 2024"))]
    head.append(N("Total 2023/24", "column heading (financial year)"))
    hs = st["cellc"].clone("lh", fontSize=8, leading=9.5)
    rows = [[P(f"<b>{h}</b>", hs) for h in head]]
    for c in CATS3:
        rows.append([CAT_LABEL[c]] + [F(c, "total", v, Q(2023, q)) for q, v in
                                      zip((1, 2, 3, 4), qs[c])]
                    + [F(c, "total", sum(qs[c]), FY(2023))])
    t = Table(rows, colWidths=[60 * mm] + [22 * mm] * 4 + [24 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=8))
    story = [P("<b>Leicestershire Police</b>", st["h"]),
             P(N("Reference: 002011/24", "reference"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]), P(request_text(), st["quote"]),
             P("We have been able to search allegations against police officers for the financial "
               "year 2023/24 only. The table shows the number of allegations in each quarter."
               .replace("2023/24", N("2023/24", "period of the table (keyed)")), st["body"]), t,
             S(6),
             P(L("Extracting the outcome of each allegation, and the figures for the two earlier "
                 "years and for police staff, would exceed the cost limit of \u00a3450 (18 hours). "
                 "That part of the request is refused under section 12.", "cost; hours; section"),
               st["body"]),
             P(rights("Leicestershire Police"), st["body"])]
    # the s12 part: outcomes are not keyed per outcome; the refused totals are the earlier years
    for y in (2021, 2022):
        for c in CATS3:
            F(c, "total", REF("s12"), FY(y), subject="officers_and_staff", said="")
    for c in CATS3:
        F(c, "total", REF("s12"), FY(2023), subject="staff", said="")
    pdf_letter(src, story, furniture, title="FOI 002011/24", author="Leicestershire Police")


def build_nottinghamshire():
    """Nottinghamshire Police PDF with an unruled table (no lines), Officers / Staff / Total
    columns, categories in blocks with outcome rows; period from the request quoted in the
    letter (calendar year 2023, the requester's own wording)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "nottinghamshire/FOI-001733-24.pdf"
    KEY.file(src, "nottinghamshire")
    st = styles("Helvetica", 10)
    p = CY(2023)
    outs = [O_D, O_F, O_WW, O_RPR, O_N, O_UI]
    data = {SA: ((1, 0), (0, 0), (0, 1), (0, 0), (4, 1), (2, 0)),
            SH: ((2, 1), (3, 0), (1, 1), (6, 2), (3, 2), (4, 1)),
            "vawg": ((1, 0), (1, 0), (0, 0), (2, 1), (2, 0), (1, 1))}
    labs = {SA: "Sexual assault", SH: "Sexual harassment", "vawg": "Other VAWG-related conduct"}

    def furniture(c, pg, n):
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 285 * mm, N("Nottinghamshire Police, Sherwood Lodge, Arnold, "
                                          "Nottingham NG5 8PP", "address"))
        c.drawString(20 * mm, 10 * mm, N(f"OFFICIAL   Page {pg}", "page number"))

    rows = [["Allegation type", "Outcome", "Officers", "Staff", "Total"]]
    bold = [0]
    for c, vals in data.items():
        for oi, (ol, oc) in enumerate(outs):
            o, s = vals[oi]
            rows.append([labs[c] if oi == 0 else "", ol, F(c, oc, o, p, subject="officers"),
                         F(c, oc, s, p, subject="staff"), F(c, oc, o + s, p)])
        to, ts = sum(v[0] for v in vals), sum(v[1] for v in vals)
        rows.append(["", "Total", F(c, "total", to, p, subject="officers"),
                     F(c, "total", ts, p, subject="staff"), F(c, "total", to + ts, p)])
        bold.append(len(rows) - 1)
    t = Table(rows, colWidths=[50 * mm, 60 * mm, 20 * mm, 20 * mm, 20 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5)]
                          + [("FONT", (0, b), (-1, b), "Helvetica-Bold", 8.5) for b in bold]
                          + [("ALIGN", (2, 0), (-1, -1), "RIGHT")]))
    story = [P(N("Our reference: FOI-001733-24", "reference"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P("Your request read:", st["body"]),
             P(N("\u201cPlease provide for the calendar year 2023 the number of allegations of "
                 "sexual assault, sexual harassment and other violence against women and girls "
                 "made against officers and staff, with outcomes.\u201d", "year of the request"),
               st["quote"]),
             P("Please find the information below.", st["body"]), t, S(6),
             P("No allegations of abuse of position for a sexual purpose are included: these are "
               "recorded separately and were not requested.", st["body"]),
             P(rights("Nottinghamshire Police"), st["body"])]
    pdf_letter(src, story, furniture, title="FOI-001733-24", author="Nottinghamshire Police")


def build_surrey():
    """Surrey Police PDF letter with a transposed table: years down the side, outcomes across,
    one table per category on the same page; officers and staff combined; calendar years
    2021-2023 (the force's own choice, stated in the text)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "surrey/Surrey FOI 24-1456 final.pdf"
    KEY.file(src, "surrey")
    st = styles("Helvetica", 10)
    outs = [O_D, O_F, O_MA, O_N, O_ON]
    r = rng("surrey")

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(105 * mm, 287 * mm, "OFFICIAL")
        c.drawString(20 * mm, 10 * mm, N(f"Surrey Police \u2013 FOI 24/1456 \u2013 page {p} of {n}",
                                         "reference and page numbers"))

    story = [P("<b>Surrey Police</b>", st["h"]),
             P(N("FOI reference 24/1456 \u2013 1 May 2024", "reference; date"), st["addr"]), S(8),
             P(request_text(), st["quote"]),
             P("Our case system reports by calendar year, so the tables below give calendar years "
               "rather than financial years. Figures are allegations against police officers and "
               "police staff combined.", st["body"])]
    for c in CATS3:
        rows = [["Year"] + [o[0] for o in outs] + ["Total"]]
        for y in YEARS:
            vals = [r.randint(0, 5) for _ in outs]
            if y < 2023:
                vals[-1] = 0
            rows.append([N(str(y), "row label (calendar year)")]
                        + [F(c, oc, v, CY(y)) for (ol, oc), v in zip(outs, vals)]
                        + [F(c, "total", sum(vals), CY(y))])
        hs = st["cellc"].clone("sh", fontSize=7.5, leading=8.5)
        rows[0] = [P(f"<b>{h}</b>", hs) for h in rows[0]]
        t = Table(rows, colWidths=[16 * mm] + [24 * mm] * len(outs) + [16 * mm], hAlign="LEFT")
        t.setStyle(grid_style(1, size=8.5))
        story += [S(4), P(f"<b>{CAT_LABEL[c]}</b>", st["h2"]), t]
    story += [S(6), P(rights("Surrey Police"), st["body"])]
    pdf_letter(src, story, furniture, title="FOI 24/1456", author="Surrey Police")


def build_psni():
    """PSNI PDF letter: a short ruled table, outcomes as rows and Officers / Staff / Total
    columns, for one category only (sexual misconduct, their own grouping), financial year
    2023/24 in the table heading; one '*' cell (fewer than five, s40(2))."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "psni/F-2024-01102 PSNI response.pdf"
    KEY.file(src, "psni")
    st = styles("Helvetica", 10)
    p = FY(2023)
    c = "sexual_misconduct"
    outs = [O_D, ("Resigned / retired", "resigned_or_retired"), O_F, O_MA, O_N, O_UI]
    data = ((3, 0), (1, 0), (2, 1), (6, 2), (5, 3), (4, 1))

    def furniture(cv, pg, n):
        cv.setFont("Helvetica", 7.5)
        cv.drawString(20 * mm, 285 * mm, "OFFICIAL [PUBLIC]")
        cv.drawRightString(190 * mm, 10 * mm, N(f"F-2024-01102 | Page {pg} of {n}",
                                               "reference and page numbers"))

    rows = [["Outcome", "Officers", "Staff", "Total"]]
    for (ol, oc), (o, s) in zip(outs, data):
        stxt = F(c, oc, SUP(), p, subject="staff", said="*") if (ol, s) == ("Final written warning", 1) \
            else F(c, oc, s, p, subject="staff")
        rows.append([ol, F(c, oc, o, p, subject="officers"), stxt, F(c, oc, o + s, p)])
    to, ts = sum(o for o, _ in data), sum(s for _, s in data)
    rows.append(["Total", F(c, "total", to, p, subject="officers"),
                 F(c, "total", ts, p, subject="staff"), F(c, "total", to + ts, p)])
    t = Table(rows, colWidths=[70 * mm, 25 * mm, 25 * mm, 25 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=9, shade="#DDE6D5"))
    story = [P("<b>Police Service of Northern Ireland</b>", st["h"]),
             P(N("Freedom of Information Request Number: F-2024-01102", "reference"), st["addr"]),
             S(8), P(request_text(), st["quote"]),
             P(N("PSNI does not record these allegations under the three categories you name.", "count of the requested categories") + " They "
               "are recorded together as sexual misconduct, which includes sexual assault, sexual "
               "harassment and abuse of position for a sexual purpose. We are able to answer for "
               "the most recent financial year only.", st["body"]),
             P(N("<b>Sexual misconduct allegations, 1 April 2023 \u2013 31 March 2024</b>",
                 "the table's period (keyed with each figure)"), st["h2"]), t, S(4),
             P(N("* fewer than five: withheld under section 40(2).", "suppression mark; section"),
               st["small"]),
             P(rights("PSNI", 20), st["body"])]
    pdf_letter(src, story, furniture, title="F-2024-01102", author="PSNI")


def build_hampshire():
    """Hampshire & Isle of Wight Constabulary XLSX: one sheet, categories as columns (transposed
    against its CSV house style), outcomes as rows, calendar year 2023 in a merged title row;
    officers only; a blank (no value) shown as '-' defined in a note as nil."""
    import openpyxl
    from openpyxl.styles import Font
    src = "hampshire/HIOWC FOI 2024-00871.xlsx"
    KEY.file(src, "hampshire", subject="officers")
    p = CY(2023)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Response"
    ws["A1"] = N("Hampshire & Isle of Wight Constabulary \u2013 police officers, calendar year 2023",
                 "the table's period (keyed with each figure)")
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True)
    ws["A2"] = N("FOI reference 2024/00871", "reference")
    outs = [O_D, O_W, O_F, O_RP, O_N, O_UI]
    data = {SA: (1, 0, 0, 0, 3, 2), SH: (2, 1, 2, 5, 4, 3), AP: (2, 1, 0, 0, 0, 1)}
    ws.append([])
    ws.append(["Outcome"] + [CAT_LABEL[c] for c in CATS3])
    for oi, (ol, oc) in enumerate(outs):
        row = [ol]
        for c in CATS3:
            v = data[c][oi]
            row.append(F(c, oc, 0, p, said="-") if v == 0 else int(F(c, oc, v, p)))
        ws.append(row)
    ws.append(["Total"] + [int(F(c, "total", sum(data[c]), p)) for c in CATS3])
    ws.append([])
    ws.append(["'-' = nil (no allegations with this outcome)."])
    ws.column_dimensions["A"].width = 30
    xlsx_save(wb, src, creator="HIOWC Information Management")


def build_cumbria():
    """Cumbria Constabulary: a plain-text e-mail reply (headers, quoted request, figures as
    dash lists per category for 2023/24, officers only; staff figures 'fewer than five' under
    s40(2); questions on vetting neither confirmed nor denied under s31(3))."""
    src = "cumbria/RE FOI 2024-0388 sexual misconduct.txt"
    KEY.file(src, "cumbria", subject="officers")
    p = FY(2023)
    outs = {SA: [("Dismissed", "dismissed", 1), ("No case to answer", "no_case_to_answer", 3),
                 ("Still under investigation", "ongoing", 2)],
            SH: [("Final written warning", "final_written_warning", 2),
                 ("Reflective practice", "management_action", 4),
                 ("No case to answer", "no_case_to_answer", 3)],
            AP: [("Dismissed", "dismissed", 2), ("Would have been dismissed",
                                                 "would_have_been_dismissed", 1)]}
    lines = [N("From: Freedom of Information <foi@cumbria.police.uk>", ""),
             "To: requester",
             N("Date: Tue, 30 Apr 2024 14:02:11 +0100", "date and time"),
             N("Subject: RE: FOI 2024/0388 sexual misconduct", "reference"),
             "",
             "Good afternoon,",
             "",
             N("Further to your request of 8 April 2024:", "date"),
             "",
             "> " + request_text(),
             "",
             N("Cumbria Constabulary can provide figures for the financial year 2023/24 for police "
               "officers only.", "period of the figures below (keyed with each)"),
             ""]
    for c in CATS3:
        tot = sum(v for _, _, v in outs[c])
        lines.append(L("{lab}: {t} allegations", "", lab=CAT_LABEL[c],
                       t=F(c, "total", tot, p)))
        for ol, oc, v in outs[c]:
            lines.append(f"  - {ol}: {F(c, oc, v, p)}")
        lines.append("")
    lines.append(N("Allegations against police staff: fewer than five for each category (exact "
                   "figures withheld under section 40(2), personal information).",
                   "the suppression bound (keyed as suppressed, 0-4) and a section number"))
    for c in CATS3:
        F(c, "total", SUP(), p, subject="staff", said="fewer than five for each category",
          printed=False)
    lines += ["",
              L("You also asked about vetting. We neither confirm nor deny whether we hold "
                "information about vetting reviews of the officers concerned, under section 31(3).",
                "section number"),
              "",
              rights("Cumbria Constabulary"),
              "",
              "Kind regards,",
              "Information Access Team",
              N("Cumbria Constabulary | Carleton Hall | Penrith | CA10 2AU | 101", "address; telephone")]
    write_text(src, "\n".join(lines) + "\n")


def build_british_transport():
    """British Transport Police e-mail (.eml, quoted-printable free: plain 7-bit text) with a
    fixed-width table for a custom range 1 October 2022 to 31 March 2024 (the date a new
    recording category began); officers and staff columns, Total row."""
    src = "british-transport/BTP FOI 0612-24 reply.eml"
    KEY.file(src, "british-transport")
    p = ("2022-10-01", "2024-03-31")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer",
                                                           "no_case_to_answer"),
            ("Ongoing", "ongoing")]
    data = {SH: ((2, 0), (1, 1), (3, 1), (2, 2), (3, 0))}
    lines = [N("From: BTP Freedom of Information <foi@btp.police.uk>", ""),
             "To: requester@example.org",
             N("Date: Mon, 13 May 2024 09:30:00 +0100", "date and time"),
             N("Subject: FOI 0612-24 - response", "reference"),
             N("MIME-Version: 1.0", "mail header"),
             "Content-Type: text/plain; charset=us-ascii",
             "",
             "Dear Requester,",
             "",
             "You asked:",
             request_text(),
             "",
             N("BTP introduced a separate recording category for sexual harassment on 1 October "
               "2022, and can only answer for that category from then until 31 March 2024. "
               "Sexual assault and abuse of position for a sexual purpose are not recorded "
               "separately, so that information is not held.",
               "the custom range of the table (keyed with each figure)"),
             "",
             "Sexual harassment allegations, by outcome",
             "",
             f"{'Outcome':<24}{'Officers':>10}{'Staff':>8}",
             "-" * 42]
    to = ts = 0
    for (ol, oc), (o, s) in zip(outs, data[SH]):
        to += o
        ts += s
        lines.append(f"{ol:<24}{F(SH, oc, o, p, subject='officers'):>10}"
                     f"{F(SH, oc, s, p, subject='staff'):>8}")
    lines.append("-" * 42)
    lines.append(f"{'Total':<24}{F(SH, 'total', to, p, subject='officers'):>10}"
                 f"{F(SH, 'total', ts, p, subject='staff'):>8}")
    for c in (SA, AP):
        F(c, "total", NH, REQ_SPAN, said="not held")
    lines += ["", rights("British Transport Police"), "", "Yours sincerely,",
              "Information Rights Unit", "British Transport Police"]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# =========================================================================== main

def build_all():
    kit.build_all(kit.builders_in(globals()))


def read_back(path):
    """This batch reads spreadsheet dates as their format shows them and UTF-16 text."""
    return kit.read_back(path, dates=True, utf16=True)


if __name__ == "__main__":
    sys.exit(kit.main(FINAL, build_all, "blind6-", read_back))
