#!/usr/bin/python3
"""make_blind13_fixtures.py (make_blind13.py) -- regenerate the thirteenth blind test batch for `foi` and its answer key.

A new request, sent on 1 December 2025: the financial years 2021/22 to 2024/25; (1) allegations of
sexual assault, sexual harassment and abuse of position for a sexual purpose against police officers
and police staff, and the outcome of each; (2) misconduct hearings and misconduct meetings held in
respect of those allegations, and their outcomes.  Fifteen forces answer.  The machinery (F/L/N accounting, writers, read_back, check)
is blindkit.py beside this script; keying calls are in fixtures/blind13/NOTES.md.

usage: /usr/bin/python3 make_blind13.py             # rebuild fixtures/blind13 (or $FOI_BLIND13_OUT) (responses + expected.csv)
       /usr/bin/python3 make_blind13.py check       # verify determinism and every number
       /usr/bin/python3 make_blind13.py dump FILE   # show FILE (relative to fixtures/blind13 (or $FOI_BLIND13_OUT)) as read back
"""
import os
import random
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, SPAN, SUP, REF, NCND, NH, P, S, styles,  # noqa: E402
                      grid_style, pdf_letter, E, html_page, write_text, docx_new, docx_save,
                      docx_cell, docx_shade, docx_header_footer, docx_heading, xl_border,
                      xlsx_save, rights, SA, SH, AP, CATS3, CAT_LABEL, O_D, O_W, O_F, O_WW,
                      O_N, FQ)

FINAL = Path(os.environ.get("FOI_BLIND13_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind13").resolve()
bk.ROOT = FINAL      # where builders write; `check` points it at a scratch folder

REQ_DATE = "1 December 2025"
YRS = (2021, 2022, 2023, 2024)
FYS = [FY(y) for y in YRS]
SPAN13 = SPAN(FY(2021), FY(2024))
LAB = {2021: "2021/22", 2022: "2022/23", 2023: "2023/24", 2024: "2024/25"}
REQUEST13 = ("Please provide, for each of the financial years 2021/22, 2022/23, 2023/24 and "
             "2024/25: (1) the number of allegations of sexual assault, sexual harassment and abuse "
             "of position for a sexual purpose made against your police officers and police staff, "
             "and the outcome of each allegation; and (2) the number of misconduct hearings and "
             "misconduct meetings held in respect of those allegations, and the outcome of each.")
SPLIT = "hearing / meeting split: no dimension for it in the key (call 2)"
O_RP = ("Reflective practice", "management_action")
O_UI = ("Under investigation", "ongoing")
O_NP = ("Not proven", "not_upheld")
HOUTS = [O_D, O_F, O_WW, O_RP, O_NP]          # outcomes of hearings and meetings


def request13():
    return N(REQUEST13, "the years of the request; question numbers")


def lab(y):
    return N(LAB[y], "period label")


def rng(name):
    return random.Random("blind13-" + name)


def gen(name, cats, outs, subjects, hi=4, years=YRS):
    r = rng(name)
    d = {}
    for c in cats:
        for _, oc in outs:
            for y in years:
                for s in subjects:
                    h = hi if s != "staff" else max(1, hi // 2)
                    if c == AP:
                        h = max(1, h // 2)
                    v = r.randint(0, h)
                    if oc == "ongoing" and y < 2024:
                        v = r.randint(0, 1)
                    d[(c, oc, y, s)] = v
    return d


def tot(d, c, y, s, outs):
    return sum(d[(c, oc, y, s)] for _, oc in outs)


WORDS = bk.WORDS


def ps(name, font="Helvetica", size=9, leading=None, align=0):
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.2,
                          alignment=align)


def hdr_cells(ws, row, headers, fill, start=1):
    from openpyxl.styles import Alignment, Font
    for j, h in enumerate(headers, start):
        if h is None:
            continue
        cl = ws.cell(row, j, h)
        cl.font = Font(bold=True)
        cl.fill = fill
        cl.border = xl_border()
        cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def simple_furniture(left, right_fmt="Page {p} of {n}", top="OFFICIAL", why="address"):
    from reportlab.lib.units import mm

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        if top:
            c.drawCentredString(105 * mm, 289 * mm, top)
        c.drawString(20 * mm, 10 * mm, N(left, why))
        c.drawRightString(190 * mm, 10 * mm, N(right_fmt.format(p=p, n=n), "page numbers"))
    return furniture


# =========================================================================== PDF


def build_durham():
    """Durham Constabulary PDF letter: Table 1 categories x years + Total (officers and staff);
    Table 2 a long outcome table (Officers / Staff columns) that runs from page 1 onto page 2 with
    its header repeated; Table 3 hearings and meetings per hearing type with a Total column."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "durham/Durham Constabulary FOI 1712-25 response.pdf"
    KEY.file(src, "durham")
    st = styles("Helvetica", 10)
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice review process", "management_action"),
            O_N, O_UI]
    d = gen("durham", CATS3, outs, ["officers", "staff"], hi=3)
    story = [P("<b>Durham Constabulary</b>", st["h"]),
             P("Freedom of Information Unit, Police Headquarters, Aykley Heads, Durham", st["addr"]),
             S(8), P(N("Our ref: FOI 1712/25", "reference"), st["addr"]),
             P(N("Date: 23 December 2025", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"I write in response to your request for information received on {REQ_DATE}:",
                 "date"), st["body"]),
             P(request13(), st["quote"]),
             P("<b>Response</b>", st["h2"]),
             P(N("Table 1 shows the number of allegations recorded against police officers and "
                 "police staff together in each financial year.", "table number"), st["body"])]
    hs = ps("du-h", "Helvetica-Bold", 8.5, 10)
    rows = [[P(h, hs) for h in ["Allegation type"] + [LAB[y] for y in YRS] + ["Total"]]]
    N(" ".join(LAB[y] for y in YRS), "column headings")
    for c in CATS3:
        row = [P(CAT_LABEL[c], ps("du-c", size=8.5))]
        for y in YRS:
            row.append(F(c, "total", tot(d, c, y, "officers", outs) + tot(d, c, y, "staff", outs),
                         FY(y)))
        row.append(F(c, "total", sum(tot(d, c, y, s, outs) for y in YRS
                                     for s in ("officers", "staff")), SPAN13))
        rows.append(row)
    t = Table(rows, colWidths=[55 * mm] + [22 * mm] * 5, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#E7E6E6"))
    story += [P(N("Table 1: Allegations recorded, 2021/22 to 2024/25", "table number; years"),
                st["bold"]), t, S(8),
              P(N("Table 2 gives the outcome of each allegation, by the financial year in which "
                  "the allegation was recorded.", "table number"), st["body"]),
              P(N("Table 2: Outcomes of allegations", "table number"), st["bold"])]
    rows = [[P(h, hs) for h in ["Financial year", "Allegation type", "Outcome", "Police officers",
                                "Police staff"]]]
    for y in YRS:
        for c in CATS3:
            for ol, oc in outs:
                rows.append([lab(y), P(CAT_LABEL[c], ps("du-c2", size=8)), ol,
                             F(c, oc, d[(c, oc, y, "officers")], FY(y), subject="officers"),
                             F(c, oc, d[(c, oc, y, "staff")], FY(y), subject="staff")])
    t = Table(rows, colWidths=[24 * mm, 52 * mm, 56 * mm, 22 * mm, 22 * mm], hAlign="LEFT",
              repeatRows=1)
    t.setStyle(grid_style(1, size=8, shade="#E7E6E6", extra=[("ALIGN", (0, 1), (2, -1), "LEFT")]))
    story += [t, S(8), P(N("<b>Question 2</b>", "question number"), st["h2"]),
              P(N("Table 3 shows the misconduct hearings and misconduct meetings held for police "
                  "officers in respect of these allegations, by the financial year in which the "
                  "allegation was recorded. Police staff are dealt with under a separate "
                  "disciplinary procedure and are not included.", "table number"), st["body"]),
              P(N("Table 3: Misconduct hearings and meetings (police officers)", "table number"),
                st["bold"])]
    rows = [[P(h, hs) for h in ["Financial year", "Allegation type", "Misconduct hearings",
                                "Misconduct meetings", "Total"]]]
    r = rng("durham-h")
    for y in YRS:
        for c in CATS3:
            h, m = r.randint(0, 3 if c != AP else 1), r.randint(0, 2)
            rows.append([lab(y), P(CAT_LABEL[c], ps("du-c3", size=8)), N(str(h), SPLIT),
                         N(str(m), SPLIT), F(c, "total", h + m, FY(y), measure="cases",
                                             subject="officers")])
    t = Table(rows, colWidths=[24 * mm, 60 * mm, 30 * mm, 30 * mm, 20 * mm], hAlign="LEFT",
              repeatRows=1)
    t.setStyle(grid_style(1, size=8, shade="#E7E6E6"))
    story += [t, S(8),
              P("We do not hold the outcome of each hearing and meeting in a form that links it to "
                "the type of allegation without reading each case file.", st["body"]),
              P(rights("Durham Constabulary", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Disclosure Officer", st["body"])]
    pdf_letter(src, story, simple_furniture("Durham Constabulary, Aykley Heads, Durham, DH1 5TT",
                                            why="postcode"),
               title="FOI 1712/25", author="Durham Constabulary")


def build_humberside():
    """Humberside Police: a worksheet printed to PDF in landscape; two-row header, each financial
    year merged over Officers / Staff; category printed on the first row of its block; '*' defined
    as a number from 1 to 4; print header with workbook and sheet name, print date in the footer."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, SimpleDocTemplate, PageBreak
    src = "humberside/Humberside Police FOI 2025-09917 printout.pdf"
    KEY.file(src, "humberside")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective Practice (RPRP)", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Live / under investigation", "ongoing"),
            ("Total", "total")]
    inner = outs[:-1]
    d = gen("humb", CATS3, inner, ["officers", "staff"], hi=7)
    st = styles("Helvetica", 8)

    def put(c, oc, v, y, s):
        if 1 <= v <= 4:
            return F(c, oc, SUP(1, 4), FY(y), subject=s, said="*")
        return F(c, oc, v, FY(y), subject=s)

    h1 = ["Allegation type", "Outcome"]
    h2 = ["", ""]
    for y in YRS:
        h1 += [lab(y), ""]
        h2 += ["Officers", "Staff"]
    rows = [h1, h2]
    for c in CATS3:
        for i, (ol, oc) in enumerate(outs):
            row = [CAT_LABEL[c] if i == 0 else "", ol]
            for y in YRS:
                for s in ("officers", "staff"):
                    v = tot(d, c, y, s, inner) if oc == "total" else d[(c, oc, y, s)]
                    row.append(put(c, oc, v, y, s))
            rows.append(row)
    extra = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1))]
    for k in range(4):
        extra.append(("SPAN", (2 + 2 * k, 0), (3 + 2 * k, 0)))
    for k in range(len(CATS3)):
        r0 = 2 + k * len(outs)
        extra += [("FONT", (0, r0 + len(outs) - 1), (-1, r0 + len(outs) - 1), "Helvetica-Bold", 8)]
    t = Table(rows, colWidths=[62 * mm, 50 * mm] + [19 * mm] * 8, hAlign="LEFT", repeatRows=2)
    extra.append(("ALIGN", (0, 2), (1, -1), "LEFT"))
    t.setStyle(grid_style(2, size=8, shade="#FCE4D6", extra=extra))
    story = [P(N("Humberside Police \u2013 Professional Standards Department \u2013 FOI 2025/09917",
                 "reference"), st["h"]),
             P(N("Allegations of a sexual nature recorded against police officers and police staff, "
                 "financial years 2021/22 to 2024/25 (date recorded)", "years"), st["body"]), t,
             S(6),
             P(N("* denotes a number from 1 to 4, withheld under section 40(2) of the Freedom of "
                 "Information Act 2000 to protect the identity of the individuals concerned.",
                 "definition of the mark; section; Act year"), st["small"]),
             P(N("Data extracted 15/12/2025.", "date"), st["small"]), PageBreak(),
             P(N("Humberside Police \u2013 Professional Standards Department \u2013 FOI 2025/09917",
                 "reference"), st["h"]),
             P(N("Misconduct hearings and misconduct meetings (counted together) held for police "
                 "officers in respect of these allegations, 2021/22 to 2024/25, by outcome",
                 "years"), st["body"])]
    rr = rng("humb-h")
    rows = [["Allegation type"] + [o[0] for o in HOUTS] + ["Total"]]
    for c in CATS3:
        vs = [rr.randint(0, 6) for _ in HOUTS]
        row = [CAT_LABEL[c]]
        for (_, oc), v in zip(HOUTS, vs):
            row.append(F(c, oc, SUP(1, 4), SPAN13, measure="cases", subject="officers", said="*")
                       if 1 <= v <= 4 else F(c, oc, v, SPAN13, measure="cases", subject="officers"))
        row.append(F(c, "total", sum(vs), SPAN13, measure="cases", subject="officers"))
        rows.append(row)
    t2 = Table(rows, colWidths=[62 * mm] + [28 * mm] * 6, hAlign="LEFT")
    t2.setStyle(grid_style(1, size=8, shade="#FCE4D6",
                           extra=[("ALIGN", (0, 1), (0, -1), "LEFT")]))
    story += [t2, S(6), P(N("* denotes a number from 1 to 4 (see sheet Q1).",
                            "definition of the mark"), st["small"])]

    def furniture(c, p, n):
        c.setFont("Helvetica", 7)
        W, H = landscape(A4)
        c.drawString(12 * mm, H - 8 * mm, N("FOI 2025-09917 data.xlsx", "file name"))
        c.drawCentredString(W / 2, H - 8 * mm, N(f"Q{p}", "sheet name"))
        c.drawString(12 * mm, 6 * mm, N("Printed 16/12/2025 09:41", "print date and time"))
        c.drawRightString(W - 12 * mm, 6 * mm, N(f"Page {p} of {n}", "page numbers"))

    doc = SimpleDocTemplate(str(bk.dest(src)), pagesize=landscape(A4), leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=14 * mm, bottomMargin=12 * mm,
                            title="FOI 2025-09917 data.xlsx", author="Humberside Police")
    doc.build(story, canvasmaker=bk.numbered_canvas(furniture))


def build_norfolk():
    """Norfolk Constabulary letter: a bar chart of allegations per year (drawn, no figures on the
    bars, an axis scale) with the table beneath it; outcomes 2024/25 only for officers; question 2
    refused under section 12."""
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "norfolk/Norfolk Constabulary FOI 000611-25 response.pdf"
    KEY.file(src, "norfolk")
    st = styles("Helvetica", 10)
    r = rng("norfolk")
    vals = {(c, y): r.randint(2, {SA: 12, SH: 18, AP: 5}[c]) for c in CATS3 for y in YRS}
    chart = Drawing(160 * mm, 70 * mm)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 30, 25, 110 * mm, 55 * mm
    bc.data = [[vals[(c, y)] for y in YRS] for c in CATS3]
    bc.categoryAxis.categoryNames = [LAB[y] for y in YRS]
    N(" ".join(LAB[y] for y in YRS), "chart axis labels")
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 20, 5
    N("0 5 10 15 20", "chart value axis scale")
    cols = [colors.HexColor("#1F4E79"), colors.HexColor("#9DC3E6"), colors.HexColor("#F4B183")]
    for i, cl in enumerate(cols):
        bc.bars[i].fillColor = cl
    chart.add(bc)
    lg = Legend()
    lg.x, lg.y = 125 * mm, 60 * mm
    lg.fontName, lg.fontSize = "Helvetica", 7
    lg.colorNamePairs = [(cols[0], "Sexual assault"), (cols[1], "Sexual harassment"),
                         (cols[2], "Abuse of position")]
    chart.add(lg)
    chart.add(String(0, 60 * mm, "Allegations", fontName="Helvetica", fontSize=7))
    story = [P("<b>Norfolk Constabulary</b>", st["h"]),
             P("Information Rights Team, Jubilee House, Falconers Chase, Wymondham", st["addr"]),
             S(6), P(N("Reference: FOI 000611/25", "reference"), st["addr"]),
             P(N("Date: 9 January 2026", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Your request of {REQ_DATE} asked:", "date"), st["body"]),
             P(request13(), st["quote"]),
             P(N("<b>Question 1</b>", "question number"), st["h2"]),
             P("The chart below shows the number of allegations recorded against police officers and "
               "police staff in each financial year; the figures are given in the table beneath "
               "it.", st["body"]),
             chart,
             P(N("Figure 1: Allegations recorded by financial year", "figure number"), st["small"])]
    hs = ps("nf-h", "Helvetica-Bold", 8.5, 10)
    rows = [[P(h, hs) for h in ["Allegation type"] + [LAB[y] for y in YRS]]]
    N(" ".join(LAB[y] for y in YRS), "column headings")
    for c in CATS3:
        rows.append([CAT_LABEL[c]] + [F(c, "total", vals[(c, y)], FY(y)) for y in YRS])
    t = Table(rows, colWidths=[62 * mm] + [24 * mm] * 4, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#DEEAF6"))
    story += [t, S(8),
              P(N("Outcomes are only held in a reportable form from 1 April 2024. For allegations "
                  "recorded in 2024/25 against police officers the outcomes were:", "date; year"),
                st["body"])]
    outs = [O_D, O_F, ("Reflective practice", "management_action"), O_N, O_UI]
    rows = [[P(h, hs) for h in ["Outcome", "Sexual assault", "Sexual harassment",
                                "Abuse of position"]]]
    for ol, oc in outs:
        rows.append([ol] + [F(c, oc, r.randint(0, 3), FY(2024), subject="officers")
                            for c in CATS3])
    t = Table(rows, colWidths=[62 * mm, 28 * mm, 32 * mm, 30 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#DEEAF6"))
    story += [t, S(8), P(N("<b>Question 2</b>", "question number"), st["h2"]),
              P(L("Misconduct hearings and meetings are recorded on a separate system that does not "
                  "note the type of allegation. To answer question 2 we would need to review around "
                  "310 misconduct files at an estimated 15 minutes each, about 78 hours, which "
                  "exceeds the appropriate limit of \u00a3450 (18 hours). Section 12(1) of the Act "
                  "therefore applies to this part of your request, and this letter is a refusal "
                  "notice for question 2.",
                  "file count; minutes; hours; cost limit; section number"), st["body"])]
    for c in CATS3:
        F(c, "total", REF("s12"), SPAN13, measure="cases", printed=False)
    story += [P(rights("Norfolk Constabulary", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Rights Officer", st["body"])]
    pdf_letter(src, story, simple_furniture("Norfolk Constabulary, Falconers Chase, Wymondham, "
                                            "NR18 0WW", why="postcode"),
               title="FOI 000611/25", author="Norfolk Constabulary")


def build_bedfordshire():
    """Bedfordshire Police quarterly dashboard extract (landscape PDF): KPI tiles (days, rates),
    allegations by financial quarter and category with a row total across categories, and the
    outcomes of allegations finalised in 2024/25."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, SimpleDocTemplate, TableStyle
    from reportlab.lib import colors
    src = "bedfordshire/BED PSD dashboard extract Q4 2024-25 (FOI 2025-1288).pdf"
    KEY.file(src, "bedfordshire")
    st = styles("Helvetica", 8.5)
    r = rng("beds")
    tiles = Table([[N("Allegations (rolling 12 months)\n96", "dashboard KPI: all allegation types"),
                    N("Average days to finalise\n142", "days"),
                    N("Cases with IOPC referral\n7%", "percentage"),
                    N("Timeliness target met\n61%", "percentage")]],
                  colWidths=[62 * mm] * 4, rowHeights=[16 * mm])
    tiles.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EDF2F9")),
                               ("FONT", (0, 0), (-1, -1), "Helvetica-Bold", 9),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    hs = ps("bd-h", "Helvetica-Bold", 8, 9.5)
    rows = [[P(h, hs) for h in ["Quarter", "Sexual assault", "Sexual harassment",
                                "Abuse of position for a sexual purpose", N("All three types", "category count")]]]
    for y in YRS:
        for q in (1, 2, 3, 4):
            vs = [r.randint(0, {SA: 4, SH: 6, AP: 2}[c]) for c in CATS3]
            rows.append([N(f"Q{q} {LAB[y]}", "quarter label")]
                        + [F(c, "total", v, FQ(y, q)) for c, v in zip(CATS3, vs)]
                        + [N(str(sum(vs)), "sum across categories: no category (call 5)")])
    t = Table(rows, colWidths=[34 * mm, 30 * mm, 32 * mm, 48 * mm, 30 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=8, shade="#D9E1F2"))
    outs = [O_D, O_W, O_F, ("Reflective practice", "management_action"), O_N,
            ("Withdrawn", "withdrawn")]
    rows2 = [[P(h, hs) for h in ["Outcome (finalised 2024/25)", "Sexual assault",
                                 "Sexual harassment", "Abuse of position"]]]
    N("2024/25", "period in a column heading")
    for ol, oc in outs:
        rows2.append([ol] + [F(c, oc, r.randint(0, 3), FY(2024)) for c in CATS3])
    t2 = Table(rows2, colWidths=[58 * mm, 28 * mm, 30 * mm, 30 * mm], hAlign="LEFT")
    t2.setStyle(grid_style(1, size=8, shade="#D9E1F2"))
    story = [P("<b>Bedfordshire Police \u2013 Professional Standards Department</b>", st["h"]),
             P(N("Quarterly performance dashboard \u2013 extract for FOI 2025/1288 (data to end of "
                 "Q4 2024/25)", "reference; year"), st["body"]), tiles, S(6),
             P("<b>Allegations of a sexual nature recorded, by quarter</b> (police officers and "
               "police staff)", st["h2"]), t, S(6),
             P("<b>Outcomes of allegations finalised in the year</b> (police officers and police "
               "staff)", st["h2"]), t2, S(4),
             P(N("Quarters are financial quarters (Q1 = April to June). Allegations are counted "
                 "in the quarter in which they were recorded; outcomes in the year in which the "
                 "allegation was finalised. The dashboard does not show misconduct hearings or "
                 "meetings by allegation type.", "quarter number"), st["small"])]

    def furniture(c, p, n):
        W, H = landscape(A4)
        c.setFont("Helvetica", 7)
        c.drawString(12 * mm, 6 * mm, N("OFFICIAL \u2013 Bedfordshire Police PSD Power BI "
                                         "report, refreshed 05/01/2026 06:00",
                                         "refresh date and time"))
        c.drawRightString(W - 12 * mm, 6 * mm, N(f"{p}/{n}", "page numbers"))

    doc = SimpleDocTemplate(str(bk.dest(src)), pagesize=landscape(A4), leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=12 * mm,
                            title="PSD dashboard extract", author="Bedfordshire Police")
    doc.build(story, canvasmaker=bk.numbered_canvas(furniture))


def build_devon_and_cornwall():
    """Devon & Cornwall Police letter: allegations per year for officers and for staff (two ruled
    tables told apart by their headings); outcomes and question 2 withheld under section 40(2)
    because the numbers are small overall."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "devon-and-cornwall/DCP FOI 2025-011842 response.pdf"
    KEY.file(src, "devon-and-cornwall")
    st = styles("Times-Roman", 11)
    r = rng("dc")
    hs = ps("dc-h", "Times-Bold", 10, 12)
    story = [P("<b>Devon &amp; Cornwall Police</b>", st["h"]),
             P("Freedom of Information Department", st["addr"]), S(8),
             P(N("Reference: 2025-011842", "reference"), st["addr"]),
             P(N("Date: 14 January 2026", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Thank you for your request dated {REQ_DATE}:", "date"), st["body"]),
             P(request13(), st["quote"]),
             P("Devon &amp; Cornwall Police holds information within the scope of your request. "
               "The number of allegations recorded in each financial year is set out below.",
               st["body"])]
    for s, head in (("officers", "Police officers"), ("staff", "Police staff")):
        rows = [[P(h, hs) for h in ["Allegation type"] + [LAB[y] for y in YRS]]]
        N(" ".join(LAB[y] for y in YRS), "column headings")
        for c in CATS3:
            hi = {SA: 9, SH: 14, AP: 4}[c] // (2 if s == "staff" else 1)
            rows.append([CAT_LABEL[c]] + [F(c, "total", r.randint(0, hi), FY(y), subject=s)
                                          for y in YRS])
        t = Table(rows, colWidths=[70 * mm] + [22 * mm] * 4, hAlign="LEFT")
        t.setStyle(grid_style(1, font="Times-Roman", size=10, shade="#EEEEEE"))
        story += [P(f"<b>{head}</b>", st["h2"]), t, S(6)]
    story += [P("<b>Outcomes, and misconduct hearings and meetings</b>", st["h2"]),
              P(N("The numbers of allegations, once broken down by outcome, and the numbers of "
                  "misconduct hearings and meetings and their outcomes, are small in every year. "
                  "Some outcomes of gross misconduct hearings are published, and releasing these "
                  "figures could allow the officers and staff concerned to be identified. This "
                  "information is personal data and is withheld under section 40(2) of the Freedom "
                  "of Information Act 2000; this letter is a refusal notice for that part of your "
                  "request.", "section number; Act year"), st["body"])]
    for c in CATS3:
        F(c, "total", REF("s40(2)"), SPAN13, measure="cases", printed=False)
    story += [P(rights("Devon & Cornwall Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Freedom of Information Officer", st["body"])]
    pdf_letter(src, story, simple_furniture("Devon & Cornwall Police, Middlemoor, Exeter, EX2 7HQ",
                                            why="postcode", top=None),
               title="2025-011842", author="Devon & Cornwall Police")


# =========================================================================== XLSX


def build_derbyshire():
    """Derbyshire Constabulary workbook: Summary (categories x years x subject + Total over the
    span) and a detail sheet per year (outcomes x categories, Officers / Staff, Total row
    restating the Summary); one detail Total typed one above its outcomes."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "derbyshire/Derbyshire FOI 25-2290 data.xlsx"
    KEY.file(src, "derbyshire")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice", "management_action"), O_N,
            ("Live investigation", "ongoing")]
    d = gen("derby", CATS3, outs, ["officers", "staff"], hi=4)
    T = {(c, y, s): tot(d, c, y, s, outs) for c in CATS3 for y in YRS for s in ("officers", "staff")}
    T[(SH, 2022, "staff")] += 1           # typed one above its outcomes (keyed as stated)
    fill = PatternFill("solid", fgColor="DDEBF7")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = N("Derbyshire Constabulary \u2013 Freedom of Information request 25-2290",
                 "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = N("Question 1: allegations recorded, by financial year recorded", "question number")
    hdr_cells(ws, 4, ["Allegation type", "Employee"] + [LAB[y] for y in YRS] + ["Total"], fill)
    N(" ".join(LAB[y] for y in YRS), "column headings")
    row = 5
    for c in CATS3:
        for s, sl in (("officers", "Police officer"), ("staff", "Police staff")):
            ws.cell(row, 1, CAT_LABEL[c])
            ws.cell(row, 2, sl)
            for j, y in enumerate(YRS):
                ws.cell(row, 3 + j, int(F(c, "total", T[(c, y, s)], FY(y), subject=s)))
            ws.cell(row, 7, int(F(c, "total", sum(T[(c, y, s)] for y in YRS), SPAN13, subject=s)))
            row += 1
    ws.cell(row + 1, 1, "Outcomes are on the sheet for each year.")
    ws.cell(row + 2, 1, N("Source: Centurion, extracted 08/12/2025.", "date"))
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 16
    for y in YRS:
        w = wb.create_sheet(N(f"{y}-{str(y + 1)[2:]}", "sheet name"))
        w["A1"] = N(f"Outcomes of allegations recorded in financial year {LAB[y]}", "year")
        w["A1"].font = Font(bold=True, size=12)
        hdr = ["Outcome"]
        for c in CATS3:
            hdr += [CAT_LABEL[c], None]
        hdr_cells(w, 3, hdr, fill)
        hdr_cells(w, 4, [None] + ["Officers", "Staff"] * 3, fill)
        w.merge_cells("A3:A4")
        for k in range(3):
            w.merge_cells(start_row=3, start_column=2 + 2 * k, end_row=3, end_column=3 + 2 * k)
        for i, (ol, oc) in enumerate(outs):
            w.cell(5 + i, 1, ol)
            for k, c in enumerate(CATS3):
                for m, s in enumerate(("officers", "staff")):
                    w.cell(5 + i, 2 + 2 * k + m, int(F(c, oc, d[(c, oc, y, s)], FY(y), subject=s)))
        rr = 5 + len(outs)
        w.cell(rr, 1, "Total").font = Font(bold=True)
        for k, c in enumerate(CATS3):
            for m, s in enumerate(("officers", "staff")):
                cl = w.cell(rr, 2 + 2 * k + m, int(F(c, "total", T[(c, y, s)], FY(y), subject=s,
                                                     restated=True)))
                cl.font = Font(bold=True)
        w.column_dimensions["A"].width = 30
    h = wb.create_sheet("Hearings")
    h["A1"] = N("Question 2: misconduct hearings and misconduct meetings held for police officers "
               "(combined), by allegation type and outcome, 1 April 2021 to 31 March 2025",
                 "question number; dates")
    hdr_cells(h, 3, ["Allegation type"] + [o[0] for o in HOUTS] + ["Total"], fill)
    r = rng("derby-h")
    for i, c in enumerate(CATS3):
        h.cell(4 + i, 1, CAT_LABEL[c])
        vs = [r.randint(0, 3) for _ in HOUTS]
        for j, ((_, oc), v) in enumerate(zip(HOUTS, vs)):
            h.cell(4 + i, 2 + j, int(F(c, oc, v, SPAN13, measure="cases", subject="officers")))
        h.cell(4 + i, 2 + len(HOUTS), int(F(c, "total", sum(vs), SPAN13, measure="cases",
                                             subject="officers")))
    h.column_dimensions["A"].width = 40
    xlsx_save(wb, src, "Derbyshire Constabulary")


def build_lincolnshire():
    """Lincolnshire Police workbook: one sheet; each financial year merged over 'Allegations' and
    'Of which: criminal investigation'; category x Officers / Staff rows; 2021/22 not held (a
    system change); a hearings sheet per hearing type."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "lincolnshire/Lincolnshire Police FOI 004417-25.xlsx"
    KEY.file(src, "lincolnshire")
    fill = PatternFill("solid", fgColor="E2EFDA")
    r = rng("lincs")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = N("Lincolnshire Police \u2013 FOI 004417/25", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Allegations of a sexual nature recorded against employees"
    yrs = YRS[1:]
    hdr = ["Type of allegation", "Employee type"]
    for y in yrs:
        hdr += [lab(y), None]
    hdr_cells(ws, 4, hdr, fill)
    hdr_cells(ws, 5, [None, None] + ["Allegations", "Of which: criminal investigation"] * 3, fill)
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    for k in range(3):
        ws.merge_cells(start_row=4, start_column=3 + 2 * k, end_row=4, end_column=4 + 2 * k)
    row = 6
    for c in CATS3:
        start = row
        for s, sl in (("officers", "Officer"), ("staff", "Staff")):
            ws.cell(row, 1, CAT_LABEL[c])
            ws.cell(row, 2, sl)
            for k, y in enumerate(yrs):
                a = r.randint(1, {SA: 9, SH: 12, AP: 4}[c] // (2 if s == "staff" else 1) + 1)
                ws.cell(row, 3 + 2 * k, int(F(c, "total", a, FY(y), subject=s)))
                ws.cell(row, 4 + 2 * k, int(F(c, "other", r.randint(0, a // 2 if c == SA else 0),
                                              FY(y), subject=s)))
            row += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
    ws.cell(row + 1, 1, N("2021/22: not held. Allegations recorded before our move to the "
                          "Centurion system in March 2022 cannot be searched by type.",
                          "year; date"))
    for c in CATS3:
        F(c, "total", NH, FY(2021), printed=False)
    ws.cell(row + 2, 1, "Outcomes for each allegation are on the sheet 'Outcomes'.")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 14
    o = wb.create_sheet("Outcomes")
    o["A1"] = "Outcomes of allegations recorded 2022/23 to 2024/25 (officers and staff)"
    N("2022/23 to 2024/25", "years")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice", "management_action"), O_N,
            ("Under investigation", "ongoing")]
    span = SPAN(FY(2022), FY(2024))
    hdr_cells(o, 3, ["Outcome"] + [CAT_LABEL[c] for c in CATS3], fill)
    for i, (ol, oc) in enumerate(outs):
        o.cell(4 + i, 1, ol)
        for j, c in enumerate(CATS3):
            o.cell(4 + i, 2 + j, int(F(c, oc, r.randint(0, 5), span)))
    o.column_dimensions["A"].width = 30
    h = wb.create_sheet("Hearings")
    h["A1"] = "Misconduct hearings and meetings held (police officers), by year recorded"
    hdr_cells(h, 3, ["Type of allegation", "Financial year", "Hearing", "Meeting", "Total"], fill)
    row = 4
    for c in CATS3:
        for y in yrs:
            a, b = r.randint(0, 2), r.randint(0, 2)
            h.cell(row, 1, CAT_LABEL[c])
            h.cell(row, 2, lab(y))
            h.cell(row, 3, int(N(str(a), SPLIT)))
            h.cell(row, 4, int(N(str(b), SPLIT)))
            h.cell(row, 5, int(F(c, "total", a + b, FY(y), measure="cases", subject="officers")))
            row += 1
    h.column_dimensions["A"].width = 40
    xlsx_save(wb, src, "Lincolnshire Police")


def build_suffolk():
    """Suffolk Constabulary long export: Financial Year | Allegation Type | Employee Type | Outcome |
    Count, '<5' for 1-4 (defined), an 'All outcomes' row per block, zero outcomes omitted
    (blanket note); a second sheet with hearings and meetings merged into one count."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "suffolk/Suffolk FOI 002214-25 export.xlsx"
    KEY.file(src, "suffolk")
    fill = PatternFill("solid", fgColor="FFF2CC")
    outs = [O_D, O_F, O_WW, ("Reflective Practice", "management_action"), O_N, O_UI]
    d = gen("suffolk", CATS3, outs, ["officers", "staff"], hi=8)

    def put(cl, c, oc, v, y, s, measure=None):
        if 1 <= v <= 4:
            cl.value = F(c, oc, SUP(), FY(y), subject=s, said="<5", measure=measure)
        else:
            cl.value = int(F(c, oc, v, FY(y), subject=s, measure=measure))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = N("Suffolk Constabulary PSD \u2013 FOI 002214-25", "reference")
    ws["A2"] = N("'<5' = fewer than five (withheld, section 40(2) FOIA). Outcomes with no "
                 "allegations are not listed.", "definition of the mark; section number")
    hdr_cells(ws, 4, ["Financial Year", "Allegation Type", "Employee Type", "Outcome", "Count"],
              fill)
    row = 5
    for y in YRS:
        for c in CATS3:
            for s, sl in (("officers", "Police Officer"), ("staff", "Police Staff")):
                t = tot(d, c, y, s, outs)
                items = [(ol, oc, d[(c, oc, y, s)]) for ol, oc in outs if d[(c, oc, y, s)]]
                items.append(("All outcomes", "total", t))
                for ol, oc, v in items:
                    ws.cell(row, 1, lab(y))
                    ws.cell(row, 2, CAT_LABEL[c])
                    ws.cell(row, 3, sl)
                    ws.cell(row, 4, ol)
                    put(ws.cell(row, 5), c, oc, v, y, s)
                    row += 1
    ws.auto_filter.ref = f"A4:E{row - 1}"
    ws.freeze_panes = "A5"
    for col, wd in zip("ABCDE", (14, 40, 16, 24, 8)):
        ws.column_dimensions[col].width = wd
    h = wb.create_sheet("Hearings and meetings")
    h["A1"] = ("Misconduct hearings and misconduct meetings (counted together) held for police "
               "officers, by year the allegation was recorded")
    hdr_cells(h, 3, ["Allegation Type"] + [LAB[y] for y in YRS], fill)
    N(" ".join(LAB[y] for y in YRS), "column headings")
    r = rng("suffolk-h")
    for i, c in enumerate(CATS3):
        h.cell(4 + i, 1, CAT_LABEL[c])
        for j, y in enumerate(YRS):
            put(h.cell(4 + i, 2 + j), c, "total", r.randint(0, 7), y, "officers", measure="cases")
    h["A8"] = N("'<5' = fewer than five (see sheet Allegations).", "definition of the mark")
    h.column_dimensions["A"].width = 40
    xlsx_save(wb, src, "Suffolk Constabulary")


def build_leicestershire():
    """Leicestershire Police workbook: a Cover sheet with the response text; 'Q1' with each year as
    a block of rows (Officers / Staff) and the categories as columns; staff APSP neither confirmed
    nor denied; 'Q2' hearings and meetings per hearing type with outcomes for hearings."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "leicestershire/FOI 002877-25 Leicestershire Police.xlsx"
    KEY.file(src, "leicestershire")
    fill = PatternFill("solid", fgColor="D9D2E9")
    r = rng("leics")
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = N("Leicestershire Police \u2013 Freedom of Information request 002877/25",
                 "reference")
    cv["A1"].font = Font(bold=True, size=13)
    cv["A3"] = N(f"Request received {REQ_DATE}:", "date")
    cv["A4"] = request13()
    cv["A6"] = ("Leicestershire Police neither confirms nor denies whether it holds information "
                "about allegations of abuse of position for a sexual purpose against police staff. "
                "To confirm or deny could itself disclose personal data; section 40(5B) of the "
                "Act applies.")
    N("40(5B)", "section number")
    F(AP, "total", NCND("s40(5B)"), SPAN13, subject="staff", printed=False)
    cv["A8"] = N("Prepared by the Information Management Unit, 0116 222 2222.", "telephone")
    cv.column_dimensions["A"].width = 120
    ws = wb.create_sheet("Q1")
    ws["A1"] = "Allegations recorded, by financial year"
    hdr_cells(ws, 3, ["Financial year", "Employee", "Sexual assault", "Sexual harassment",
                      "Abuse of position for a sexual purpose"], fill)
    row = 4
    for y in YRS:
        for s, sl in (("officers", "Officers"), ("staff", "Staff")):
            ws.cell(row, 1, lab(y))
            ws.cell(row, 2, sl)
            for j, c in enumerate(CATS3):
                if c == AP and s == "staff":
                    ws.cell(row, 3 + j, "See cover")
                    continue
                ws.cell(row, 3 + j, int(F(c, "total", r.randint(0, {SA: 8, SH: 11, AP: 4}[c]
                                                                   // (2 if s == "staff" else 1)),
                                          FY(y), subject=s)))
            row += 1
    ws.column_dimensions["A"].width = 16
    for col in "CDE":
        ws.column_dimensions[col].width = 22
    q = wb.create_sheet("Q2")
    q["A1"] = "Misconduct proceedings for police officers, 2021/22 to 2024/25"
    N("2021/22 to 2024/25", "years")
    hdr_cells(q, 3, ["Allegation type", "Misconduct hearings", "Misconduct meetings",
                     "Total proceedings"], fill)
    for i, c in enumerate(CATS3):
        a, b = r.randint(1, 6), r.randint(0, 5)
        q.cell(4 + i, 1, CAT_LABEL[c])
        q.cell(4 + i, 2, int(N(str(a), SPLIT)))
        q.cell(4 + i, 3, int(N(str(b), SPLIT)))
        q.cell(4 + i, 4, int(F(c, "total", a + b, SPAN13, measure="cases", subject="officers")))
    q["A8"] = N("Outcome of misconduct hearings (all three allegation types together)", "category count")
    row = 9
    for ol in ("Dismissed", "Final written warning", "Not proven"):
        q.cell(row, 1, ol)
        q.cell(row, 2, int(N(str(r.randint(0, 5)), "no category: hearings of all three types "
                                                   "together (call 5)")))
        row += 1
    q.column_dimensions["A"].width = 40
    xlsx_save(wb, src, "Leicestershire Police")


# =========================================================================== DOCX


def build_essex():
    """Essex Police Word letter: one table with a two-row header (each year gridSpan over Officers /
    Staff, 'Allegation type' merged down); a restatement and question 2 in number-word prose."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "essex/Essex Police FOI 8841-25 response.docx"
    KEY.file(src, "essex")
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", N("Essex Police, PO Box 2, Springfield, Chelmsford, CM2 6DA",
                                        "PO box; postcode"))
    docx_heading(d, "Essex Police \u2013 Freedom of Information", 14)
    d.add_paragraph(N("Our reference: 8841/25", "reference"))
    d.add_paragraph(N("Date: 5 January 2026", "date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request of {REQ_DATE}:", "date"))
    p = d.add_paragraph(request13())
    p.paragraph_format.left_indent = docx.shared.Cm(1)
    docx_heading(d, N("Question 1", "question number"), 12)
    d.add_paragraph("The table below shows the number of allegations recorded against police "
                    "officers and police staff in each financial year.")
    r = rng("essex")
    t = d.add_table(rows=2 + len(CATS3), cols=9)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    docx_cell(a, "Allegation type", bold=True)
    vals = {}
    for k, y in enumerate(YRS):
        m = t.cell(0, 1 + 2 * k).merge(t.cell(0, 2 + 2 * k))
        docx_cell(m, lab(y), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        docx_cell(t.cell(1, 1 + 2 * k), "Officers", bold=True)
        docx_cell(t.cell(1, 2 + 2 * k), "Staff", bold=True)
    for i, c in enumerate(CATS3):
        docx_cell(t.cell(2 + i, 0), CAT_LABEL[c])
        for k, y in enumerate(YRS):
            for m, s in enumerate(("officers", "staff")):
                v = r.randint(0, {SA: 10, SH: 16, AP: 5}[c] // (3 if s == "staff" else 1))
                vals[(c, y, s)] = v
                docx_cell(t.cell(2 + i, 1 + 2 * k + m), F(c, "total", v, FY(y), subject=s))
    for row in t.rows[:2]:
        for cl in row.cells:
            docx_shade(cl, "D9D9D9")
    best = max(YRS, key=lambda y: vals[(SH, y, "officers")])
    d.add_paragraph("")
    d.add_paragraph(N("The highest annual figure was ", "") + WORDS[vals[(SH, best, "officers")]]
                    + N(f" allegations of sexual harassment against police officers, in {LAB[best]}.",
                        "year"))
    F(SH, "total", vals[(SH, best, "officers")], FY(best), subject="officers",
      said=WORDS[vals[(SH, best, "officers")]], restated=True)
    d.add_paragraph("Outcomes are recorded for each allegation; for allegations recorded in "
                    "2024/25 against police officers:")
    N("2024/25", "year")
    outs = [("dismissed", "resulted in dismissal"),
            ("final_written_warning", "in a final written warning"),
            ("management_action", "in reflective practice"),
            ("ongoing", "{are} still under investigation")]
    for c in (SA, SH):
        rr = rng("essex-o-" + c)
        parts = []
        for oc, phrase in outs:
            v = rr.randint(0, 3)
            w = WORDS[v] if v else "none"
            parts.append(F(c, oc, v, FY(2024), subject="officers", said=w) + " "
                         + phrase.format(are="is" if v == 1 else "are"))
        d.add_paragraph(f"{CAT_LABEL[c]}: " + ", ".join(parts[:-1]) + " and " + parts[-1]
                        + "; the others ended with no case to answer or no further action.",
                        style="List Bullet")
    d.add_paragraph("Outcomes for police staff are held by HR and were not within the time "
                    "available.")
    docx_heading(d, N("Question 2", "question number"), 12)
    d.add_paragraph(
        "Misconduct hearings and meetings are recorded against the officer. In 2024/25 there were "
        + F(SA, "total", 3, FY(2024), measure="cases", subject="officers", said="three")
        + " misconduct hearings or meetings arising from allegations of sexual assault, of which "
        + F(SA, "dismissed", 2, FY(2024), measure="cases", subject="officers", said="two")
        + " resulted in dismissal and "
        + F(SA, "final_written_warning", 1, FY(2024), measure="cases", subject="officers",
            said="one") + " in a final written warning, and "
        + F(SH, "total", 5, FY(2024), measure="cases", subject="officers", said="five")
        + " arising from allegations of sexual harassment, all of which ended in a written "
        "warning or a final written warning.")
    N("2024/25", "year")
    d.add_paragraph(rights("Essex Police", 40))
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Information Rights Officer")
    docx_save(d, src, "Essex Police")


def build_warwickshire():
    """Warwickshire Police Word letter: 2021/22 not held; per year a sentence with the totals in
    number words and outcomes as bullets; a nil sentence; question 2 in a small table."""
    from docx.shared import Cm
    src = "warwickshire/Warwickshire Police FOI 2025-1733.docx"
    KEY.file(src, "warwickshire", subject="officers")
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "OFFICIAL", N("Warwickshire Police, Leek Wootton, Warwick, CV35 7QA",
                                        "postcode"))
    docx_heading(d, "Warwickshire Police", 14)
    d.add_paragraph(N("Freedom of Information request 2025/1733", "reference"))
    d.add_paragraph(N("12 January 2026", "date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"You asked on {REQ_DATE}:", "date"))
    p = d.add_paragraph(request13())
    p.paragraph_format.left_indent = Cm(1)
    d.add_paragraph(N("Our figures are for police officers only; allegations against police "
                      "staff are handled by the shared HR service with West Mercia Police and are "
                      "not held by Warwickshire Police. For 2021/22 no information is held: the "
                      "allegation type was not recorded before our Professional Standards database "
                      "was replaced in 2022.", "years"))
    for c in CATS3:
        F(c, "total", NH, FY(2021), printed=False)
        for y in YRS:
            F(c, "total", NH, FY(y), subject="staff", printed=False)
    r = rng("warks")
    wv = {}
    for y in YRS[1:]:
        docx_heading(d, lab(y), 12)
        v = {c: r.randint(0, {SA: 7, SH: 11, AP: 3}[c]) for c in CATS3}
        if y == 2023:
            v[AP] = 0
        wv.update({(c, y): v[c] for c in CATS3})
        txt = (N("In the year we recorded ", "")
               + F(SA, "total", v[SA], FY(y), said=WORDS[v[SA]]) + " allegations of sexual assault, "
               + F(SH, "total", v[SH], FY(y), said=WORDS[v[SH]] if v[SH] else "none")
               + " of sexual harassment and "
               + F(AP, "total", v[AP], FY(y), said=WORDS[v[AP]] if v[AP] else "none")
               + " of abuse of position for a sexual purpose.")
        d.add_paragraph(txt)
        if y == 2024:
            d.add_paragraph("The outcomes of the allegations of sexual harassment were:")
            outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
                    ("Reflective practice", "management_action"),
                    ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
            left = v[SH]
            for i, (ol, oc) in enumerate(outs):
                x = left if i == len(outs) - 1 else min(left, r.randint(0, 3))
                left -= x
                d.add_paragraph(f"{ol}: " + F(SH, oc, x, FY(y)), style="List Bullet")
            d.add_paragraph("None of the allegations of sexual assault resulted in dismissal.")
            F(SA, "dismissed", 0, FY(y), said="None", printed=False)
    docx_heading(d, N("Question 2", "question number"), 12)
    d.add_paragraph("Misconduct hearings and meetings held for police officers (hearings and "
                    "meetings together):")
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type"] + [LAB[y] for y in YRS[1:]]):
        docx_cell(t.cell(0, j), h, bold=True)
    N(" ".join(LAB[y] for y in YRS[1:]), "column headings")
    for i, c in enumerate(CATS3):
        docx_cell(t.cell(1 + i, 0), CAT_LABEL[c])
        for j, y in enumerate(YRS[1:]):
            docx_cell(t.cell(1 + i, 1 + j), F(c, "total", r.randint(0, min(4, wv[(c, y)])), FY(y),
                                              measure="cases"))
    d.add_paragraph("")
    d.add_paragraph(rights("Warwickshire Police", 40))
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Disclosure Officer")
    docx_save(d, src, "Warwickshire Police")


# =========================================================================== HTML


def build_gwent():
    """Gwent Police disclosure page: rowspan category over Officers / Staff rows, years as columns
    with a Total column; one figure restated in prose; hearings and meetings in one merged table."""
    src = "gwent/gwent-police-foi-2025-1456.html"
    KEY.file(src, "gwent")
    r = rng("gwent")
    rows = []
    vals = {}
    for c in CATS3:
        for k, (s, sl) in enumerate((("officers", "Police officers"), ("staff", "Police staff"))):
            cells = [f'<th rowspan="2" scope="rowgroup">{E(CAT_LABEL[c])}</th>' if k == 0 else ""]
            cells.append(f"<td>{sl}</td>")
            for y in YRS:
                v = r.randint(0, {SA: 9, SH: 13, AP: 4}[c] // (2 if s == "staff" else 1))
                vals[(c, y, s)] = v
                cells.append(f"<td>{F(c, 'total', v, FY(y), subject=s)}</td>")
            cells.append("<td><strong>" + F(c, "total", sum(vals[(c, y, s)] for y in YRS), SPAN13,
                                            subject=s) + "</strong></td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
    best = max(YRS, key=lambda y: vals[(SA, y, "officers")])
    q2 = []
    for c in CATS3:
        cells = [f"<th scope=\"row\">{E(CAT_LABEL[c])}</th>"]
        vs = [r.randint(0, 4) for _ in YRS]
        cells += [f"<td>{F(c, 'total', v, FY(y), measure='cases', subject='officers')}</td>"
                  for v, y in zip(vs, YRS)]
        q2.append("<tr>" + "".join(cells) + "</tr>")
    yh = "".join(f"<th scope=\"col\">{lab(y)}</th>" for y in YRS)
    yh2 = "".join(f"<th scope=\"col\">{lab(y)}</th>" for y in YRS)
    body = "\n".join([
        '<header class="site-header"><a href="/" class="logo">Heddlu Gwent Police</a>'
        '<nav><a href="/news">News</a> <a href="/contact">Contact us</a></nav></header>',
        '<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/foi">Freedom of '
        'information</a> &rsaquo; Disclosure log</nav>',
        '<main id="content">',
        N("<h1>Sexual misconduct allegations and misconduct proceedings (FOI 2025/1456)</h1>",
          "reference"),
        '<p class="meta">' + N("Published 6 January 2026", "date") + "</p>",
        "<h2>Request</h2>", f"<blockquote><p>{E(request13())}</p></blockquote>",
        "<h2>Response</h2>",
        N("<h3>Question 1 &ndash; allegations recorded</h3>", "question number"),
        '<table class="table"><thead><tr><th scope="col">Allegation type</th>'
        '<th scope="col">Employee</th>' + yh + '<th scope="col">Total</th></tr></thead><tbody>',
        *rows, "</tbody></table>",
        "<p>" + L("The largest number of allegations of sexual assault against police officers in "
                  "a single year was {v}, in {y}.", "", v=F(SA, "total", vals[(SA, best, "officers")],
                                                          FY(best), subject="officers",
                                                          restated=True), y=lab(best)) + "</p>",
        "<p>Outcomes are not recorded against the allegation on our system and cannot be provided "
        "without a review of each file.</p>",
        N("<h3>Question 2 &ndash; misconduct hearings and meetings</h3>", "question number"),
        "<p>Hearings and meetings are counted together. Figures are for police officers.</p>",
        '<table class="table"><thead><tr><th scope="col">Allegation type</th>' + yh2
        + "</tr></thead><tbody>", *q2, "</tbody></table>",
        "<h2>Your rights</h2>", "<p>" + E(rights("Gwent Police", 40)) + "</p>",
        "</main>",
        '<footer><p>' + N("Gwent Police, Croesyceiliog, Cwmbran, NP44 2XJ. Telephone 101.",
                          "postcode; telephone") + "</p></footer>"])
    write_text(src, html_page(N("FOI 2025/1456 | Gwent Police", "reference in the page title"), body, lang="en-GB"))


def build_surrey():
    """Surrey Police disclosure page: one table per financial year under its own h3 (outcomes x
    categories, Total row); '*' fewer than five; an NPCC national figure; hearings per hearing type
    in prose without category."""
    src = "surrey/surrey-foi-25-1388.html"
    KEY.file(src, "surrey")
    outs = [O_D, O_W, O_F, O_WW, ("Practice requiring improvement / RPRP", "management_action"),
            O_N, ("Case to answer \u2013 awaiting hearing", "ongoing")]
    d = gen("surrey", CATS3, outs, ["all"], hi=7)

    def cell(c, oc, v, y):
        if 1 <= v <= 4:
            return F(c, oc, SUP(), FY(y), said="*")
        return F(c, oc, v, FY(y))

    parts = []
    for y in YRS:
        parts.append(f"<h3>Financial year {lab(y)}</h3>")
        parts.append('<table class="foi-table"><thead><tr><th>Outcome</th>'
                     + "".join(f"<th>{E(CAT_LABEL[c])}</th>" for c in CATS3)
                     + "</tr></thead><tbody>")
        for ol, oc in outs:
            parts.append(f"<tr><td>{E(ol)}</td>" + "".join(
                f"<td>{cell(c, oc, d[(c, oc, y, 'all')], y)}</td>" for c in CATS3) + "</tr>")
        parts.append("<tr class=\"total\"><td><b>Total</b></td>" + "".join(
            f"<td><b>{cell(c, 'total', tot(d, c, y, 'all', outs), y)}</b></td>" for c in CATS3)
            + "</tr></tbody></table>")
    body = "\n".join([
        '<div class="header"><span class="brand">Surrey Police</span></div>',
        '<div class="crumbs">Home / About us / Freedom of Information / Disclosure log</div>',
        '<article class="disclosure">',
        N("<h1>Allegations of sexual misconduct \u2013 FOI 25/1388</h1>", "reference"),
        "<p>" + N("Date of response: 19 December 2025", "date") + "</p>",
        "<h2>Your request</h2>", f"<p><em>{E(request13())}</em></p>",
        "<h2>Our response</h2>",
        "<p>Figures are allegations recorded against police officers and police staff together, by "
        "the financial year in which they were recorded.</p>",
        *parts,
        "<p class=\"note\">" + N("* fewer than five. Small numbers are withheld under section "
                                 "40(2) (personal information).", "section number") + "</p>",
        "<p>" + N("For context, the National Police Chiefs' Council reported 1,539 allegations of "
                  "sexual misconduct against officers and staff across England and Wales in a "
                  "six-month period in 2023.", "national statistic; months; year") + "</p>",
        N("<h2>Question 2</h2>", "question number"),
        "<p>" + N("Over the four years, 14 misconduct hearings and 9 misconduct meetings were held "
                  "in respect of allegations of these types. We do not hold a breakdown of "
                  "hearings by allegation type.",
                  "hearings of all three types together: no category (call 5); years") + "</p>",
        "<h2>Complaint rights</h2>", "<p>" + E(rights("Surrey Police", 40)) + "</p>",
        "</article>",
        '<div class="footer">' + N("Surrey Police, PO Box 101, Guildford, GU1 9PE", "PO box; postcode")
        + "</div>"])
    write_text(src, html_page(N("FOI 25/1388 - Surrey Police", "reference in the page title"), body, lang="en-GB"))


# =========================================================================== e-mail, CSV


def build_north_yorkshire():
    """North Yorkshire Police e-mail reply: number words and a small plain-text table; officers
    and staff counted together; 2024/25 outcomes in prose."""
    src = "north-yorkshire/RE FOI 1990-2025 NYP.eml"
    KEY.file(src, "north-yorkshire")
    r = rng("nyp")
    v = {(c, y): r.randint(0, {SA: 8, SH: 12, AP: 3}[c]) for c in CATS3 for y in YRS}
    lines = [N("From: NYP Civil Disclosure <civil.disclosure@northyorkshire.police.uk>", ""),
             "To: requester@example.org",
             N("Date: Thu, 08 Jan 2026 11:04:52 +0000", "date and time"),
             N("Subject: RE: FOI 1990/2025 - sexual misconduct allegations", "reference"),
             N("MIME-Version: 1.0", "mail header"),
             N("Content-Type: text/plain; charset=utf-8", "mail header"),
             "",
             "Dear Requester,",
             "",
             N(f"Thank you for your request of {REQ_DATE} (our reference 1990/2025).",
               "date; reference"),
             "",
             N("Question 1. ", "question number") + "The figures are allegations against police officers and police staff "
             "together (our system does not separate them for this report).",
             "",
             "Allegation type                         " + "  ".join(f"{LAB[y]:>8}" for y in YRS)]
    N(" ".join(LAB[y] for y in YRS), "column headings")
    for c in CATS3:
        lines.append(f"{CAT_LABEL[c]:40}" + "  ".join(f"{F(c, 'total', v[(c, y)], FY(y)):>8}"
                                                      for y in YRS))
    lines += ["",
              "For the allegations recorded in 2024/25, " + F(SH, "dismissed", 2, FY(2024),
                                                              said="two")
              + " allegations of sexual harassment resulted in dismissal and "
              + F(SH, "ongoing", 4, FY(2024), said="four") + " remain under investigation; "
              + F(SA, "ongoing", 3, FY(2024), said="three") + " allegations of sexual assault "
              "remain under investigation and " + F(SA, "dismissed", 0, FY(2024), said="none")
              + " has yet resulted in dismissal.",
              "",
              N("Question 2. A misconduct hearing or meeting is recorded against the officer, not "
                "the allegation, and our system cannot link the two. This information is not held.",
                "question number; 'the two'"),
              ""]
    N("2024/25", "year")
    for c in CATS3:
        F(c, "total", NH, SPAN13, measure="cases", printed=False)
    lines += textwrap.wrap(rights("North Yorkshire Police", 40), 76)
    lines += ["", "Kind regards,", "", "Civil Disclosure Unit",
              N("North Yorkshire Police | 101 | Alverton Court, Northallerton, DL6 1BF",
                "telephone; postcode"),
              "",
              "-----Original Message-----",
              N(f"Sent: {REQ_DATE} 19:22", "date and time"),
              "Subject: FOI request",
              "",
              *textwrap.wrap(N(REQUEST13, "the request quoted again"), 76)]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


def build_sussex():
    """Sussex Police CSV export: preamble, Allegation Type,Outcome,<years>,Total; a Total row per
    category; one category Total typed wrong (keyed as stated); UTF-8 BOM and CRLF."""
    import csv
    import io
    src = "sussex/Sussex FOI 1204-25 data.csv"
    KEY.file(src, "sussex")
    outs = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Reflective Practice", "management_action"),
            ("No Case to Answer", "no_case_to_answer"), ("Under Investigation", "ongoing")]
    d = gen("sussex", CATS3, outs, ["all"], hi=5)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([N("Sussex Police FOI 1204/25", "reference")])
    w.writerow(["Allegations against police officers and police staff (combined) by financial "
                "year recorded"])
    w.writerow([])
    w.writerow(["Allegation Type", "Outcome"] + [lab(y) for y in YRS] + ["Total"])
    for c in CATS3:
        for ol, oc in outs:
            vs = [d[(c, oc, y, "all")] for y in YRS]
            w.writerow([CAT_LABEL[c], ol] + [F(c, oc, v, FY(y)) for v, y in zip(vs, YRS)]
                       + [F(c, oc, sum(vs), SPAN13)])
        ts = [tot(d, c, y, "all", outs) for y in YRS]
        gt = sum(ts) + (2 if c == SH else 0)      # typed two above: keyed as stated
        w.writerow([CAT_LABEL[c], "Total"] + [F(c, "total", t, FY(y)) for t, y in zip(ts, YRS)]
                   + [F(c, "total", gt, SPAN13)])
    w.writerow([])
    w.writerow(["Hearings and meetings: see letter."])
    write_text(src, buf.getvalue(), newline="\r\n", bom=True)


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind13-"))
