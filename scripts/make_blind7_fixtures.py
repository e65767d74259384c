#!/usr/bin/python3
"""make_blind7.py -- regenerate the seventh blind test batch for `foi` and its answer key.

Fourteen forces answer the request sent on 8 April 2024 (financial years 2021/22-2023/24; sexual
assault, sexual harassment, abuse of position for a sexual purpose; officers and staff; outcomes),
each in a house style not used in blind4-6 for that force:

  PDF  (5): kent, cleveland, durham, west-mercia, devon-and-cornwall
  XLSX (4): staffordshire, greater-manchester, bedfordshire, merseyside
  DOCX (2): essex, lancashire
  HTML (2): northumbria, thames-valley
  e-mail (1): dorset (.eml)

Machinery (F/L/N accounting, writers, read_back, check) from blindkit.py.  Keying
calls are in blind7-notes.md beside this script.

usage: /usr/bin/python3 make_blind7.py             # rebuild fixtures/blind7 (or $FOI_BLIND7_OUT) (responses + expected.csv)
       /usr/bin/python3 make_blind7.py check       # verify determinism and every number
       /usr/bin/python3 make_blind7.py dump FILE   # show FILE (relative to fixtures/blind7 (or $FOI_BLIND7_OUT)) as read back
"""
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
                      CY, V, SUP, REF, NCND, NH, KEY, F, N, L, YEARS, FYLAB, REQ_SPAN, AP, SA, SH,
                      CATS3, rights, request_text, O_D, O_W, O_F, O_RP, O_N, O_NFA, O_ON,
                      CAT_LABEL, O_RPR, O_MA, O_UI,
                      REQ_DATE, O_MAD)  # noqa: E402

FINAL = Path(os.environ.get("FOI_BLIND7_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind7").resolve()
kit.ROOT = FINAL      # where builders write; `check` points it at a scratch folder


# =========================================================================== builders


# --------------------------------------------------------------------------- common to this batch

def rng(name):
    """A deterministic random source per builder (for the larger tables)."""
    return random.Random("blind7-" + name)


# --------------------------------------------------------------------------- this batch (blind7)
VW, DA, SM = "vawg", "domestic_abuse", "sexual_misconduct"


def gen(name, cats, outs, periods, subjects, hi=4, late_only=("ongoing",)):
    """Deterministic small counts data[(c, oc, p, s)]; 'ongoing' only in the last period."""
    r = rng(name)
    d = {}
    for c in cats:
        for _, oc in outs:
            for pi, p in enumerate(periods):
                for s in subjects:
                    h = hi if s != "staff" else max(1, hi // 2)
                    v = r.randint(0, h)
                    if oc in late_only and pi < len(periods) - 1:
                        v = r.randint(0, 1)
                    d[(c, oc, p, s)] = v
    return d


def build_kent():
    """Kent Police PDF letter: one long ruled table (category and outcome rows, financial years
    as columns and a three-year Total) for police officers that runs over the page break with
    its header row repeated; police staff refused under section 12 (partial refusal)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "kent/Kent Police FOI 24-0733 final response.pdf"
    KEY.file(src, "kent", subject="officers")
    st = styles("Helvetica", 10)
    outs = [O_D, O_RP, O_N, O_UI]
    data = gen("kent", CATS3, outs, YEARS, ["officers"])

    def furniture(c, p, n):
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 285 * mm, N("Kent Police | Ref FOI/24/0733 | OFFICIAL", "reference"))
        c.drawRightString(190 * mm, 12 * mm, N(f"Page {p} of {n}", "page numbers"))

    story = [P("<b>Kent Police \u2013 Information Rights</b>", st["h"]),
             P(N("Reference: FOI/24/0733   Date of response: 7 May 2024", "reference; date"), st["addr"]),
             S(8), P("Dear Requester,", st["body"]),
             P(N(f"Your request of {REQ_DATE} read:", "date"), st["body"]),
             P(request_text(), st["quote"]),
             P("<b>Police officers.</b> The table below gives allegations recorded against police "
               "officers by financial year of recording and by outcome.", st["body"]),
             P(L("<b>Police staff.</b> Allegations against police staff are held on a separate "
                 "employment-relations system that cannot be searched by category. To answer this "
                 "part would exceed the cost limit of \u00a3450 (18 hours), and section 12(1) "
                 "applies to it.", "cost limit, hours, section number"), st["body"])]
    for c in CATS3:
        F(c, "total", REF("s12"), REQ_SPAN, subject="staff", said="")
    rows = [["Category", "Outcome"] + [N(FYLAB[y], "column heading (financial year)") for y in YEARS]
            + ["Total"]]
    bold_rows = []
    for c in CATS3:
        for ol, oc in outs:
            vals = [data[(c, oc, y, "officers")] for y in YEARS]
            rows.append([CAT_LABEL[c] if oc == outs[0][1] else "", ol]
                        + [F(c, oc, v, FY(y)) for y, v in zip(YEARS, vals)]
                        + [F(c, oc, sum(vals), REQ_SPAN)])
        yt = [sum(data[(c, oc, y, "officers")] for _, oc in outs) for y in YEARS]
        rows.append(["", "All outcomes"] + [F(c, "total", v, FY(y)) for y, v in zip(YEARS, yt)]
                    + [F(c, "total", sum(yt), REQ_SPAN)])
        bold_rows.append(len(rows) - 1)
    from reportlab.lib.styles import ParagraphStyle
    cs = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10)
    for row in rows[1:]:
        if row[0]:
            row[0] = P(row[0], cs)
    t = Table(rows, colWidths=[48 * mm, 46 * mm, 20 * mm, 20 * mm, 20 * mm, 18 * mm],
              repeatRows=1, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#C6D9F1",
                          extra=[("FONT", (0, r_), (-1, r_), "Helvetica-Bold", 8.5) for r_ in bold_rows]))
    story += [S(4), t, S(8),
              P("Allegations are counted once for each outcome reached; an allegation still under "
                "investigation is shown as such.", st["body"]),
              P(rights("Kent Police"), st["body"]), P("Yours faithfully,", st["body"]),
              P("Information Rights Team", st["body"])]
    pdf_letter(src, story, furniture, title="FOI/24/0733", author="Kent Police")


def build_cleveland():
    """Cleveland Police PDF: calendar years (the force records by calendar year and says so);
    category totals per year for officers and staff combined, an outcome table for 2023 with
    '*' = 1 to 4 (s40(2)); a paragraph of national statistics that are not figures."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "cleveland/Cleveland Police FOI 2024-1063.pdf"
    KEY.file(src, "cleveland")
    st = styles("Times-Roman", 10.5)
    tots = {SA: (9, 12, 10), SH: (14, 11, 17), AP: (5, 7, 6)}
    outs = [O_D, O_W, O_F, O_RP, O_N, O_NFA, O_UI]
    o23 = {SA: (1, 0, 2, 0, 4, 1, 2), SH: (2, 1, 3, 5, 3, 1, 2), AP: (2, 1, 0, 0, 1, 0, 2)}
    sup = {(SA, 0), (SA, 2), (SH, 1), (AP, 1), (SH, 6)}
    for c in CATS3:
        assert sum(o23[c]) == tots[c][2]

    def furniture(c, p, n):
        c.setFont("Times-Roman", 8)
        c.drawCentredString(105 * mm, 288 * mm, "OFFICIAL \u2013 Cleveland Police")
        c.drawString(22 * mm, 12 * mm, N(f"FOI 2024/1063          {p}/{n}", "reference; page numbers"))

    story = [P("<b>Cleveland Police</b>", st["h"]),
             P(N("Freedom of Information request 2024/1063 \u2013 response dated 10 May 2024",
                 "reference; date"), st["addr"]), S(8),
             P("You asked:", st["body"]), P(request_text(), st["quote"]),
             P(N("Cleveland Police records misconduct allegations by calendar year (1 January to "
                 "31 December), not by financial year. The figures below are therefore for the "
                 "calendar years 2021, 2022 and 2023, and count allegations against police "
                 "officers and police staff together.", "calendar-year basis (keyed with each figure)"),
               st["body"]),
             P(L("By way of context, the Home Office reported in 2024 that 1,209 police officers "
                 "were dismissed across England and Wales over two years, and the Baroness Casey "
                 "Review of 2023 found that 12% of women in the force surveyed had experienced "
                 "harassment.", "national statistics quoted for context, not this force's figures"),
               st["body"]),
             P(N("<b>Table 1 \u2013 allegations by category and calendar year</b>", "table number"),
               st["h2"])]
    rows = [["Category"] + [N(str(y), "column heading (calendar year)") for y in YEARS]]
    for c in CATS3:
        rows.append([CAT_LABEL[c]] + [F(c, "total", v, CY(y)) for y, v in zip(YEARS, tots[c])])
    t = Table(rows, colWidths=[80 * mm, 25 * mm, 25 * mm, 25 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, font="Times-Roman", size=9))
    story += [t, S(8), P(N("<b>Table 2 \u2013 outcomes of allegations recorded in 2023</b>",
                           "year of the table (keyed with each figure)"), st["h2"])]
    rows = [["Outcome", "Sexual assault", "Sexual harassment", "APSP"]]
    for oi, (ol, oc) in enumerate(outs):
        row = [ol]
        for c in CATS3:
            if (c, oi) in sup:
                assert 1 <= o23[c][oi] <= 4
                # "* denotes fewer than five (but more than nil)": 1..4 (re-keyed in
                # round 31: the definition's range, decisions.md round 19's ruling)
                row.append(F(c, oc, SUP(1, 4), CY(2023), said="*"))
            else:
                row.append(F(c, oc, o23[c][oi], CY(2023)))
        rows.append(row)
    t = Table(rows, colWidths=[65 * mm, 30 * mm, 35 * mm, 25 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, font="Times-Roman", size=9))
    story += [t, S(4),
              P(N("* denotes fewer than five (but more than nil), withheld under section 40(2) because it "
                  "could identify the individuals concerned.", "definition of the mark; section number"),
                st["small"]),
              P(rights("Cleveland Police"), st["body"]),
              P("Yours sincerely, Freedom of Information Unit", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 2024/1063", author="Cleveland Police")


def build_durham():
    """Durham Constabulary PDF in numbered Q&A: Q1 sexual misconduct (one combined category) by
    year, with Officers / Staff / Total columns; Q2 outcomes for 2023/24 only, 2021/22-2022/23
    outcomes not held (old system); Q3 referrals to the CPS neither confirmed nor denied."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "durham/DC FOI 0712-24 Response Letter.pdf"
    KEY.file(src, "durham")
    st = styles("Helvetica", 10)
    tot = {2021: (11, 3), 2022: (14, 4), 2023: (16, 5)}
    outs = [("Dismissed", "dismissed", 3), ("Resigned/retired", "resigned_or_retired", 1),
            ("Final written warning", "final_written_warning", 2),
            ("Management advice", "management_action", 4),
            ("No case to answer", "no_case_to_answer", 5), ("Awaiting hearing", "ongoing", 6)]
    assert sum(v for *_, v in outs) == sum(tot[2023])

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(22 * mm, 287 * mm, N("Durham Constabulary  \u2013  FOI 0712/24", "reference"))
        c.drawRightString(188 * mm, 287 * mm, N(f"page {p}", "page number"))

    story = [P("<b>Durham Constabulary \u2013 Freedom of Information</b>", st["h"]),
             P(N("Our reference 0712/24. Received 8 April 2024. Replied 3 May 2024.",
                 "reference; dates"), st["addr"]), S(6),
             P("Your request:", st["body"]), P(request_text(), st["quote"]),
             P("Durham Constabulary does not record sexual assault, sexual harassment and abuse of "
               "position for a sexual purpose separately: they are recorded together as "
               "\u2018sexual misconduct\u2019. The answers below use that combined category.",
               st["body"]),
             P(N("<b>Q1. Number of allegations</b>", "question number"), st["h2"])]
    rows = [["Financial year", "Police officers", "Police staff", "Total"]]
    for y in YEARS:
        o, s = tot[y]
        rows.append([N(FYLAB[y], "row heading (financial year)"),
                     F(SM, "total", o, FY(y), subject="officers"),
                     F(SM, "total", s, FY(y), subject="staff"),
                     F(SM, "total", o + s, FY(y))])
    t = Table(rows, colWidths=[40 * mm, 35 * mm, 35 * mm, 25 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=9, shade="#E2EFDA"))
    story += [t, S(6), P(N("<b>Q2. Outcomes</b>", "question number"), st["h2"]),
              P(N("Outcomes for allegations recorded in 2021/22 and 2022/23 are not held in a "
                  "retrievable form: they were recorded on a legacy system decommissioned in "
                  "March 2023. For allegations recorded in 2023/24 (officers and staff together) "
                  "the outcomes are:", "years of the not-held part and of the list"), st["body"])]
    for ol, oc, v in outs:
        story.append(P(f"\u2022 {ol}: {F(SM, oc, v, FY(2023))}", st["bullet"]))
    story += [P(N("<b>Q3. Referrals to the Crown Prosecution Service</b>", "question number"), st["h2"]),
              P(N("Durham Constabulary neither confirms nor denies that it holds information about "
                  "referrals to the Crown Prosecution Service, under sections 30(3) and 40(5).",
                  "section numbers"), st["body"])]
    F(SM, "total", NCND("s30(3);s40(5)"), REQ_SPAN, measure="referrals",
      said="neither confirms nor denies")
    story += [P(rights("Durham Constabulary"), st["body"]), P("Information Rights Team", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 0712/24", author="Durham Constabulary")


def build_west_mercia():
    """West Mercia Police landscape PDF: a quoted request with its own numbers (a press figure,
    a list of five items), an unruled table by year and subject with categories as columns
    (the VAWG item gets no answer), and an outcome table for the whole three-year span."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "west-mercia/WMP FOI 3318-24 response.pdf"
    KEY.file(src, "west-mercia")
    st = styles("Helvetica", 9.5)
    cats = [SA, SH, AP]
    labs = ["Sexual assault", "Sexual harassment", "APSP"]
    data = gen("west-mercia", cats, [("T", "t")], YEARS, ["officers", "staff"], hi=9)

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, 200 * mm, N("West Mercia Police \u2013 FOI 3318/24", "reference"))
        c.drawRightString(282 * mm, 8 * mm, N(f"Page {p} of {n}", "page numbers"))

    story = [P("<b>West Mercia Police \u2013 Disclosure</b>", st["h"]),
             P(L("Your request (received 8 April 2024) was as follows: \u201cThe Angiolini "
                 "Inquiry said that 1 in 5 officers had witnessed misconduct. Please tell me, for "
                 "2021/22, 2022/23 and 2023/24: 1. allegations of sexual assault; 2. sexual "
                 "harassment; 3. abuse of position for a sexual purpose; and 4. any other "
                 "violence against women and girls, made against officers and "
                 "staff, with outcomes.\u201d",
                 "the requester's question: a press figure, years, item numbers"), st["quote"]),
             P("Allegations recorded, by financial year and type of employee:", st["body"])]
    rows = [["Year", "Employee"] + labs]
    for y in YEARS:
        for s, sl in (("officers", "Officer"), ("staff", "Staff")):
            rows.append([N(FYLAB[y], "row heading (financial year)"), sl]
                        + [F(c, "total", data[(c, "t", y, s)], FY(y), subject=s) for c in cats])
    t = Table(rows, hAlign="LEFT", colWidths=[25 * mm, 25 * mm] + [45 * mm] * 3)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                           ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black")]))
    story += [t, S(8), P(N("Outcomes of those allegations, officers and staff together, all three "
                           "years combined:", "the span of the table (keyed with each figure)"),
                         st["body"])]
    outs = [O_D, O_W, O_F, O_MA, O_N, O_UI]
    r = rng("west-mercia-outcomes")
    rows = [["Outcome"] + labs]
    for c in cats:
        pass
    split = {}
    for c in cats:
        total = sum(data[(c, "t", y, s)] for y in YEARS for s in ("officers", "staff"))
        parts = [0] * len(outs)
        for i in r.choices(range(len(outs)), weights=[3, 1, 2, 4, 5, 2], k=total):
            parts[i] += 1
        split[c] = parts
    for oi, (ol, oc) in enumerate(outs):
        rows.append([ol] + [F(c, oc, split[c][oi], REQ_SPAN) for c in cats])
    rows.append(["Total"] + [F(c, "total", sum(split[c]), REQ_SPAN) for c in cats])
    t = Table(rows, hAlign="LEFT", colWidths=[50 * mm] + [45 * mm] * 3)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                           ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.8, "black")]))
    story += [t, S(6), P(N("Item 4 (other violence against women and girls) is not a category on our "
                           "conduct system; allegations of that kind are included above where they "
                           "fall within items 1 to 3.", "item numbers of the request"), st["body"]),
              P(rights("West Mercia Police"), st["body"])]
    pdf_letter(src, story, furniture, pagesize=landscape(A4), margins=(15, 15, 20, 18),
               title="FOI 3318/24", author="West Mercia Police")


def build_devon_and_cornwall():
    """Devon & Cornwall Police PDF: 2023/24 answered in a ruled table (categories as rows;
    Police officers / Police staff / All columns); the two earlier years only in hedged prose
    ('more than 20', 'almost a dozen'); two-page letter with a running header."""
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Table
    src = "devon-and-cornwall/DCP FOI 2024-04412 letter.pdf"
    KEY.file(src, "devon-and-cornwall")
    st = styles("Helvetica", 10.5)
    tab = {SA: (8, 2), SH: (13, 5), AP: (6, 0)}

    def furniture(c, p, n):
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 286 * mm, N(f"Devon & Cornwall Police  |  FOI 2024/04412  |  page {p} "
                                          f"of {n}", "reference; page numbers"))

    story = [P("<b>Devon &amp; Cornwall Police</b>", st["h"]),
             P(N("Freedom of Information reference 2024/04412 – 17 May 2024",
                 "reference; date"), st["addr"]), S(8), P("Dear Requester,", st["body"]),
             P("You asked:", st["body"]), P(request_text(), st["quote"]),
             P(N("Our Professional Standards Department can extract exact figures only for "
                 "2023/24, when its current case system was adopted. They are:",
                 "the year of the table (keyed with each figure)"), st["body"])]
    rows = [["Allegation category", "Police officers", "Police staff", "All"]]
    for c in CATS3:
        o, s_ = tab[c]
        rows.append([CAT_LABEL[c], F(c, "total", o, FY(2023), subject="officers"),
                     F(c, "total", s_, FY(2023), subject="staff"), F(c, "total", o + s_, FY(2023))])
    t = Table(rows, colWidths=[75 * mm, 30 * mm, 30 * mm, 20 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=9.5, shade="#FCE4D6"))
    story += [t, S(8), PageBreak(),
              P(N("For 2021/22 and 2022/23 we can give only estimates from the old system, which "
                  "did not always record the allegation type:", "years of the estimates"), st["body"])]
    sh21 = F(SH, "total", V("approximate", 21, "", ""), FY(2021), said="more than 20")
    sh22 = F(SH, "total", V("approximate", 21, "", ""), FY(2022), said="more than 20",
             printed=False)
    assert sh21 == sh22
    story.append(P(f"\u2022 sexual harassment: {sh21} allegations in each of those years;", st["bullet"]))
    sa = F(SA, "total", V("approximate", "", 11, ""), FY(2022), said="almost a dozen")
    story.append(P(L("• sexual assault: {sa} allegations in 2022/23; the 2021/22 figure could "
                     "not be estimated.", "years", sa=sa), st["bullet"]))
    story += [P("Outcomes are not held for these estimates.", st["body"]),
              P(rights("Devon & Cornwall Police"), st["body"]),
              P("Yours sincerely, Information Rights Team", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 2024/04412", author="Devon & Cornwall Police")


def build_staffordshire():
    """Staffordshire Police XLSX: one sheet per financial year ('2021-22' ...: the period comes
    from the sheet name only), an Officers block and a Staff block on each sheet with outcomes
    as rows and categories as columns, and a Total row per block; '-' defined as nil."""
    import openpyxl
    from openpyxl.styles import Font
    src = "staffordshire/FOI 7781 Staffordshire Police data.xlsx"
    KEY.file(src, "staffordshire")
    outs = [O_D, O_RP, O_N]
    data = gen("staffordshire", CATS3, outs, YEARS, ["officers", "staff"], hi=3)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for y in YEARS:
        ws = wb.create_sheet(N(f"{y}-{(y + 1) % 100:02d}", "sheet name (financial year)"))
        ws["A1"] = N("Staffordshire Police \u2013 FOI 7781 \u2013 conduct allegations by outcome",
                     "reference")
        ws["A1"].font = Font(bold=True)
        row = 3
        for s, sl in (("officers", "Police officers"), ("staff", "Police staff")):
            ws.cell(row, 1, sl).font = Font(bold=True)
            row += 1
            for ci, h in enumerate(["Outcome", "Sexual assault", "Sexual harassment", "APSP"], 1):
                ws.cell(row, ci, h).font = Font(bold=True)
            row += 1
            for ol, oc in outs:
                ws.cell(row, 1, ol)
                for ci, c in enumerate(CATS3, 2):
                    v = data[(c, oc, y, s)]
                    if v == 0:
                        ws.cell(row, ci, F(c, oc, 0, FY(y), subject=s, said="-"))
                    else:
                        ws.cell(row, ci, int(F(c, oc, v, FY(y), subject=s)))
                row += 1
            ws.cell(row, 1, "Total").font = Font(bold=True)
            for ci, c in enumerate(CATS3, 2):
                ws.cell(row, ci, int(F(c, "total", sum(data[(c, oc, y, s)] for _, oc in outs),
                                       FY(y), subject=s)))
            row += 2
        ws.cell(row, 1, "'-' = nil (no allegations with that outcome).")
        ws.column_dimensions["A"].width = 34
    xlsx_save(wb, src, creator="Staffordshire Police")


def build_greater_manchester():
    """GMP XLSX: one sheet, financial year in column A merged down its outcome rows, then
    Officers / Staff / Total columns under a merged header per category; a Notes sheet."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    src = "greater-manchester/GMP 003977-24 Appendix A.xlsx"
    KEY.file(src, "greater-manchester")
    outs = [O_D, O_RPR, O_N, O_ON]
    data = gen("gmp", CATS3, outs, YEARS, ["officers", "staff"], hi=6)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Appendix A"
    ws["A1"] = N("GMP FOI 003977/24 \u2013 allegations against officers and staff, 1 April 2022 to "
                 "31 March 2024", "reference; the span of the table (years keyed per row)")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "Financial year"
    ws["B3"] = "Outcome"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    col = 3
    for c in CATS3:
        ws.cell(3, col, CAT_LABEL[c])
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 2)
        ws.cell(3, col).alignment = Alignment(horizontal="center")
        for k, h in enumerate(("Officers", "Staff", "Total")):
            ws.cell(4, col + k, h)
        col += 3
    row = 5
    for y in (2022, 2023):
        first = row
        for ol, oc in outs + [("Total", "total")]:
            ws.cell(row, 2, ol)
            col = 3
            for c in CATS3:
                if oc == "total":
                    o = sum(data[(c, x, y, "officers")] for _, x in outs)
                    s = sum(data[(c, x, y, "staff")] for _, x in outs)
                else:
                    o, s = data[(c, oc, y, "officers")], data[(c, oc, y, "staff")]
                ws.cell(row, col, int(F(c, oc, o, FY(y), subject="officers")))
                ws.cell(row, col + 1, int(F(c, oc, s, FY(y), subject="staff")))
                ws.cell(row, col + 2, int(F(c, oc, o + s, FY(y))))
                col += 3
            row += 1
        ws.cell(first, 1, N(FYLAB[y], "merged row heading (financial year)"))
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
        ws.cell(first, 1).alignment = Alignment(vertical="top")
    ws.column_dimensions["B"].width = 36
    n = wb.create_sheet("Notes")
    n["A1"] = "Notes"
    n["A2"] = "Counts are of allegations, by the financial year in which they were recorded."
    n["A3"] = "Outcome is the final outcome, or the current stage where the matter is live."
    n["A4"] = N("2021/22: information not held. GMP's conduct records before 1 April 2022 were kept "
                "on a system that was not migrated.", "the not-held year (keyed) and a date")
    for c in CATS3:
        F(c, "total", NH, FY(2021), said="information not held")
    xlsx_save(wb, src, creator="GMP Information Compliance")


def build_bedfordshire():
    """Bedfordshire Police tidy XLSX export: Financial Year | Employee Type | Allegation Type |
    Outcome | Count; rows with a count of nil are not listed; counts of 1 to 4 shown as 'x'
    (defined on a Notes sheet); no totals."""
    import openpyxl
    from openpyxl.styles import Font
    src = "bedfordshire/BCH FOI 1520-24 export.xlsx"
    KEY.file(src, "bedfordshire")
    outs = [O_D, O_RP, O_N, O_UI]
    data = gen("bedfordshire", CATS3, outs, YEARS, ["officers", "staff"], hi=12)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    hdr = ["Financial Year", "Employee Type", "Allegation Type", "Outcome", "Count"]
    for i, h in enumerate(hdr, 1):
        ws.cell(1, i, h).font = Font(bold=True)
    row = 2
    for y in YEARS:
        for s, sl in (("officers", "Police Officer"), ("staff", "Police Staff")):
            for c in CATS3:
                for ol, oc in outs:
                    v = data[(c, oc, y, s)]
                    if v == 0:
                        continue
                    ws.cell(row, 1, N(FYLAB[y], "financial year of the row"))
                    ws.cell(row, 2, sl)
                    ws.cell(row, 3, CAT_LABEL[c])
                    ws.cell(row, 4, ol)
                    if v <= 4:
                        ws.cell(row, 5, F(c, oc, SUP(), FY(y), subject=s, said="x"))
                    else:
                        ws.cell(row, 5, int(F(c, oc, v, FY(y), subject=s)))
                    row += 1
    for col, w in zip("ABCDE", (16, 16, 40, 26, 8)):
        ws.column_dimensions[col].width = w
    n = wb.create_sheet("Notes")
    n["A1"] = N("FOI 1520/24 \u2013 Bedfordshire Police", "reference")
    n["A2"] = "Allegations recorded against police officers and police staff, by outcome."
    n["A3"] = N("x = fewer than five (a count of nil is not listed), withheld under section 40(2) of the Act.",
                "definition of the mark; section number")
    n["A4"] = "Combinations with no allegations are not listed."
    xlsx_save(wb, src, creator="Bedfordshire Police")


def build_merseyside():
    """Merseyside Police XLSX: one sheet per category, years as rows and outcomes as columns
    (transposed), a Total column (formula with its cached result) and a 'Grand total' row over
    the three years; officers only; a hidden sheet with draft figures."""
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter as GL
    src = "merseyside/MER FOI 24-1140 tables.xlsx"
    KEY.file(src, "merseyside", subject="officers")
    outs = [O_D, O_RPR, O_N, O_UI]
    data = gen("merseyside", CATS3, outs, YEARS, ["officers"], hi=5)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    cached = {}
    for c, name in ((SA, "Sexual Assault"), (SH, "Sexual Harassment"), (AP, "Abuse of Position")):
        ws = wb.create_sheet(name)
        cached[name] = {}
        ws["A1"] = f"{CAT_LABEL[c]} \u2013 allegations against police officers"
        ws["A1"].font = Font(bold=True)
        hdr = ["Year"] + [ol for ol, _ in outs] + ["Total"]
        for i, h in enumerate(hdr, 1):
            ws.cell(3, i, h).font = Font(bold=True)
        tc = len(hdr)
        for yi, y in enumerate(YEARS):
            r_ = 4 + yi
            ws.cell(r_, 1, N(FYLAB[y], "row heading (financial year)"))
            for oi, (_, oc) in enumerate(outs, 2):
                ws.cell(r_, oi, int(F(c, oc, data[(c, oc, y, "officers")], FY(y))))
            t = sum(data[(c, oc, y, "officers")] for _, oc in outs)
            ws.cell(r_, tc, f"=SUM(B{r_}:{GL(tc - 1)}{r_})")
            cached[name][f"{GL(tc)}{r_}"] = F(c, "total", t, FY(y))
        gr = 4 + len(YEARS)
        ws.cell(gr, 1, "Grand total").font = Font(bold=True)
        for oi, (_, oc) in enumerate(outs, 2):
            ws.cell(gr, oi, f"=SUM({GL(oi)}4:{GL(oi)}{gr - 1})")
            cached[name][f"{GL(oi)}{gr}"] = F(c, oc, sum(data[(c, oc, y, "officers")] for y in YEARS),
                                                REQ_SPAN)
        ws.cell(gr, tc, f"=SUM({GL(tc)}4:{GL(tc)}{gr - 1})")
        cached[name][f"{GL(tc)}{gr}"] = F(c, "total", sum(data[(c, oc, y, "officers")]
                                                          for _, oc in outs for y in YEARS), REQ_SPAN)
        ws.column_dimensions["A"].width = 14
    h = wb.create_sheet("Draft")
    h.sheet_state = "hidden"
    h["A1"] = "Draft \u2013 do not release"
    r = rng("merseyside-draft")
    for i in range(2, 8):
        h.cell(i, 1, "row")
        h.cell(i, 2, int(N(str(r.randint(0, 9)), "hidden draft sheet: never read for figures")))
    xlsx_save(wb, src, creator="Merseyside Police", cached=cached)


def build_essex():
    """Essex Police DOCX: one table with a merged category cell down its Officers / Staff rows
    (vMerge) and years as columns; '<5' under s40(2); domestic abuse answered for officers,
    not held for staff."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH as A
    src = "essex/Essex Police FOI 12-449 response.docx"
    KEY.file(src, "essex")
    d = docx_new("Arial", 10.5)
    docx_header_footer(d, N("ESSEX POLICE \u2013 FOI 12/449/24", "reference"), "OFFICIAL")
    docx_heading(d, N("Freedom of Information Act 2000 \u2013 Response", "year of the Act"), 13)
    d.add_paragraph(N("Reference 12/449/24, 9 May 2024", "reference; date"))
    d.add_paragraph("Your request:")
    d.add_paragraph(request_text())
    d.add_paragraph("Essex Police holds this information. The table gives the number of "
                    "allegations recorded in each financial year. Outcomes are not broken down "
                    "in our system by allegation type beyond the totals shown.")
    cats = [SA, SH, AP, DA]
    labs = CAT_LABEL | {DA: "Domestic abuse"}
    data = gen("essex", cats, [("T", "t")], YEARS, ["officers", "staff"], hi=12)
    t = d.add_table(rows=1 + 2 * len(cats), cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Allegation", "Employee"] + [N(FYLAB[y], "column heading") for y in YEARS]):
        docx_cell(t.cell(0, i), h, bold=True)
    for ci, c in enumerate(cats):
        r0 = 1 + 2 * ci
        a = t.cell(r0, 0).merge(t.cell(r0 + 1, 0))
        docx_cell(a, labs[c])
        for k, (s, sl) in enumerate((("officers", "Officers"), ("staff", "Staff"))):
            docx_cell(t.cell(r0 + k, 1), sl)
            for yi, y in enumerate(YEARS):
                if c == DA and s == "staff":
                    txt = F(DA, "total", NH, FY(y), subject="staff", said="n/h")
                else:
                    v = data[(c, "t", y, s)]
                    txt = (F(c, "total", SUP(), FY(y), subject=s, said="<5") if v < 5
                           else F(c, "total", v, FY(y), subject=s))
                docx_cell(t.cell(r0 + k, 2 + yi), txt, align=A.CENTER)
    d.add_paragraph(N("<5: fewer than five; the exact number is withheld under section 40(2).",
                      "suppression bound; section number"))
    d.add_paragraph("n/h: not held. Domestic abuse allegations against police staff are handled "
                    "by Human Resources and are not recorded by type.")
    d.add_paragraph(rights("Essex Police"))
    docx_save(d, src, "Essex Police")


def build_lancashire():
    """Lancashire Constabulary DOCX: the figures as prose under year headings (number words for
    small numbers); 2021/22 refused under section 12 (records before a system change would need
    to be read by hand); officers and staff counted together."""
    src = "lancashire/LC-FOI-2024-1206 reply.docx"
    KEY.file(src, "lancashire")
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "Lancashire Constabulary", N("LC-FOI-2024-1206", "reference"))
    docx_heading(d, "Lancashire Constabulary \u2013 Freedom of Information", 13)
    d.add_paragraph(N("Ref LC-FOI-2024-1206 \u2013 14 May 2024", "reference; date"))
    d.add_paragraph("Thank you for your request, which asked:")
    d.add_paragraph(request_text())
    d.add_paragraph(L("Our current professional standards system went live on 1 April 2022. To "
                      "answer for 2021/22 we would need to review about 900 paper and legacy "
                      "files, which would take well over the 18 hours allowed; that part of your "
                      "request is refused under section 12(1).",
                      "system date; count of files; hours; section number"))
    for c in CATS3:
        F(c, "total", REF("s12"), FY(2021), said="")
    W_ = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve"]
    outs = [("dismissed", "dismissed"), ("given a final written warning", "final_written_warning"),
            ("dealt with by reflective practice", "management_action"),
            ("found to have no case to answer", "no_case_to_answer"),
            ("still being investigated", "ongoing")]
    data = gen("lancashire", CATS3, outs, (2022, 2023), ["all"], hi=4)
    for y in (2022, 2023):
        docx_heading(d, N(f"Financial year {FYLAB[y]}", "heading (financial year)"), 11)
        for c in CATS3:
            vals = [data[(c, oc, y, "all")] for _, oc in outs]
            tot = sum(vals)

            def w(v):
                return W_[v] if v < len(W_) else str(v)
            parts = []
            for (ol, oc), v in zip(outs, vals):
                if v:
                    parts.append(f"{F(c, oc, v, FY(y), said=w(v))} {ol}")
            t = F(c, "total", tot, FY(y), said=w(tot) if tot < len(W_) else None)
            d.add_paragraph(f"{CAT_LABEL[c]}: {t} allegation{'s' if tot != 1 else ''}"
                            + (f", of which {', '.join(parts)}." if parts else "."))
    d.add_paragraph("Outcomes not mentioned for a category did not occur in that year.")
    d.add_paragraph(rights("Lancashire Constabulary", 20))
    docx_save(d, src, "Lancashire Constabulary")


def build_northumbria():
    """Northumbria Police disclosure-log HTML page: a summary table (categories as rows, years
    as columns, officers and staff combined, no Total row across categories) and an
    outcomes table for 2023/24; breadcrumbs and a footer with
    numbers that are not figures."""
    src = "northumbria/disclosure-log-FOI-1788-24.html"
    KEY.file(src, "northumbria")
    outs = [O_D, O_F, O_RP, O_N, O_UI]
    data = gen("northumbria", CATS3, outs, YEARS, ["all"], hi=5)
    b = [N('<nav>Home &gt; About us &gt; FOI &gt; Disclosure log &gt; 2024 &gt; FOI 1788/24</nav>',
           "breadcrumb: year and reference"),
         N("<h1>FOI 1788/24 \u2013 Sexual misconduct allegations against officers and staff</h1>",
           "reference"),
         N("<p class=\"meta\">Published 21 May 2024</p>", "date"),
         "<h2>Request</h2>", f"<blockquote>{E(request_text())}</blockquote>",
         "<h2>Response</h2>",
         "<p>Northumbria Police holds the information. Figures count allegations against police "
         "officers and police staff together, by the financial year in which the allegation was "
         "recorded.</p>",
         "<table class=\"foi\">", "<caption>Allegations recorded</caption>",
         "<thead><tr><th>Allegation type</th>"
         + "".join(f"<th>{N(FYLAB[y], 'column heading')}</th>" for y in YEARS) + "</tr></thead><tbody>"]
    for c in CATS3:
        b.append(f"<tr><th scope=\"row\">{CAT_LABEL[c]}</th>" + "".join(
            f"<td>{F(c, 'total', sum(data[(c, oc, y, 'all')] for _, oc in outs), FY(y))}</td>"
            for y in YEARS) + "</tr>")
    b.append("</tbody></table>")
    b.append(N("<h3>Outcomes \u2013 allegations recorded in 2023/24</h3>", "year of the table"))
    b.append("<table class=\"foi\"><thead><tr><th>Outcome</th><th>Sexual assault</th>"
             "<th>Sexual harassment</th><th>Abuse of position for a sexual purpose</th>"
             "</tr></thead><tbody>")
    for ol, oc in outs:
        vals = [data[(c, oc, 2023, "all")] for c in CATS3]
        b.append(f"<tr><td>{ol}</td>" + "".join(f"<td>{F(c, oc, v, FY(2023), restated=False)}</td>"
                                               for c, v in zip(CATS3, vals)) + "</tr>")
    b.append("</tbody></table>")
    b.append("<p>Outcomes for earlier years were not requested in a form we can extract "
             "quickly and are not included here.</p>")
    b.append(f"<p>{E(rights('Northumbria Police'))}</p>")
    b.append(N("<footer>Northumbria Police, Middle Engine Lane, Wallsend, NE28 9NT. "
               "Call 101.</footer>", "address; telephone"))
    write_text(src, html_page(N("FOI 1788/24 | Northumbria Police", "reference"), "\n".join(b)))


def build_thames_valley():
    """Thames Valley Police HTML page: one table per financial year in <details> sections; in
    each, categories as columns with Officers and Staff sub-columns (two header rows, colspan),
    outcomes as rows, '*' for 1-4 defined below; a 'Total' row per column."""
    src = "thames-valley/TVP FOI 2024-0987.html"
    KEY.file(src, "thames-valley")
    outs = [O_D, O_MAD, O_N, O_UI]
    data = gen("tvp", CATS3, outs, YEARS, ["officers", "staff"], hi=8)
    b = [N("<h1>Freedom of Information request 2024-0987</h1>", "reference"),
         N("<p>Date of response: 16 May 2024</p>", "date"),
         "<h2>You asked</h2>", f"<p><em>{E(request_text())}</em></p>",
         "<h2>Our answer</h2>",
         "<p>Thames Valley Police holds the information. Select a year to see the figures.</p>"]
    b.append(N("<p>Figures for 2021/22 were disclosed in full in our response to FOI 2023-0355 "
               "and are not repeated here.</p>", "an earlier year and an earlier request's reference"))
    for y in (2022, 2023):
        b.append(f"<details><summary>{N(FYLAB[y], 'section heading (financial year)')}</summary>")
        b.append("<table border=\"1\"><thead><tr><th rowspan=\"2\">Outcome</th>"
                 + "".join(f"<th colspan=\"2\">{CAT_LABEL[c]}</th>" for c in CATS3) + "</tr><tr>"
                 + "<th>Officers</th><th>Staff</th>" * 3 + "</tr></thead><tbody>")
        for ol, oc in outs + [("Total", "total")]:
            cells = []
            for c in CATS3:
                for s in ("officers", "staff"):
                    v = (sum(data[(c, x, y, s)] for _, x in outs) if oc == "total"
                         else data[(c, oc, y, s)])
                    if oc != "total" and 1 <= v <= 4 and s == "staff":
                        cells.append(F(c, oc, SUP(), FY(y), subject=s, said="*"))
                    else:
                        cells.append(F(c, oc, v, FY(y), subject=s))
            tag = "th" if oc == "total" else "td"
            b.append(f"<tr><{tag}>{ol}</{tag}>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
        b.append("</tbody></table></details>")
    b.append(N("<p>* Fewer than five (nil is shown as 0). Small numbers of police staff are withheld under section "
               "40(2) (personal information). Totals include these figures.</p>",
               "definition of the mark; section number"))
    b.append(f"<p>{E(rights('Thames Valley Police'))}</p>")
    write_text(src, html_page(N("TVP FOI 2024-0987", "reference"), "\n".join(b)))


def build_dorset():
    """Dorset Police e-mail (.eml): calendar year 2023 only (the force's reporting year), prose
    with number words, officers only; staff NCND (small numbers, s40(5)); a quoted earlier
    reply with figures of a different request (not figures)."""
    src = "dorset/RE_ FOI 2024-0641 Dorset Police.eml"
    KEY.file(src, "dorset", subject="officers")
    p = CY(2023)
    lines = [N("From: Dorset Police Disclosure <disclosure@dorset.pnn.police.uk>", ""),
             "To: requester@example.org",
             N("Date: Wed, 15 May 2024 11:12:40 +0100", "date and time"),
             N("Subject: RE: FOI 2024-0641", "reference"),
             N("MIME-Version: 1.0", "mail header"),
             N("Content-Type: text/plain; charset=utf-8", "mail header"),
             "",
             "Dear Requester,",
             "",
             N("Dorset Police reports professional standards data by calendar year, so the figures "
               "below are for 1 January to 31 December 2023, police officers only.",
               "the period of the figures (keyed with each)"),
             ""]
    sa = [("dismissed", "dismissed", 2), ("received a final written warning",
                                          "final_written_warning", 1),
          ("had no case to answer", "no_case_to_answer", 4), ("remain under investigation",
                                                              "ongoing", 3)]
    sh = [("dismissed", "dismissed", 1), ("received a written warning", "written_warning", 2),
          ("were dealt with through reflective practice", "management_action", 5),
          ("had no case to answer", "no_case_to_answer", 3)]
    wd = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 10: "ten", 11: "eleven"}
    for c, outs in ((SA, sa), (SH, sh)):
        t = sum(v for *_, v in outs)
        parts = [f"{F(c, oc, v, p, said=wd[v])} {ol}" for ol, oc, v in outs]
        lines.append(f"{CAT_LABEL[c]}: there were {F(c, 'total', t, p, said=wd[t])} allegations. "
                     f"Of these, {', '.join(parts[:-1])} and {parts[-1]}.")
        lines.append("")
    lines.append(f"Abuse of position for a sexual purpose: {F(AP, 'total', 0, p, said='none')} "
                 "allegations were recorded.")
    lines.append("")
    lines.append(N("Police staff: we neither confirm nor deny whether we hold this information, "
                   "as the numbers are so small that to do so could identify individuals "
                   "(section 40(5)).", "section number"))
    for c in CATS3:
        F(c, "total", NCND("s40(5)"), p, subject="staff", said="neither confirm nor deny")
    lines += ["", rights("Dorset Police"), "", "Regards,", "Disclosure Team", "",
              "-----Original Message-----",
              N("Sent: 08 April 2024 09:01", "date"),
              "> " + request_text(),
              ">",
              L("> PS your reply to my 2022 request said 17 allegations were recorded that year; "
                "please use the same definitions.", "the requester's own figure from an earlier reply")]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# =========================================================================== main

def build_all():
    kit.build_all(kit.builders_in(globals()))


def read_back(path):
    """This batch reads spreadsheet dates as their format shows them and UTF-16 text."""
    return kit.read_back(path, dates=True, utf16=True)


if __name__ == "__main__":
    sys.exit(kit.main(FINAL, build_all, "blind7-", read_back))
