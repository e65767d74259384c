#!/usr/bin/python3
"""make_blind12_fixtures.py (make_blind12.py) -- regenerate the twelfth blind test batch for `foi` and its answer key.

A new request, sent on 8 September 2025: the calendar years 2023 and 2024 and 1 January to 30 June
2025; sexual assault, sexual harassment, abuse of position for a sexual purpose; allegations against
(a) police officers, (b) special constables and (c) police staff; and the outcome of each.
Fifteen forces answer, each in a house style of its own.  The machinery (F/L/N accounting,
writers, read_back, check) is blindkit.py beside this script; keying calls are in fixtures/blind12/NOTES.md.

usage: /usr/bin/python3 make_blind12.py             # rebuild fixtures/blind12 (or $FOI_BLIND12_OUT) (responses + expected.csv)
       /usr/bin/python3 make_blind12.py check       # verify determinism and every number
       /usr/bin/python3 make_blind12.py dump FILE   # show FILE (relative to fixtures/blind12 (or $FOI_BLIND12_OUT)) as read back
"""
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, CY, MRANGE, SUP, REF, NCND, NH, P, S, styles,  # noqa: E402
                      grid_style, pdf_letter, E, html_page, write_text, docx_new, docx_save,
                      docx_cell, docx_shade, docx_header_footer, docx_heading, xl_border,
                      xlsx_save, rights, SA, SH, AP, CATS3, CAT_LABEL, O_D, O_W, O_F, O_WW,
                      O_N)

FINAL = Path(os.environ.get("FOI_BLIND12_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind12").resolve()
bk.ROOT = FINAL      # where builders write; `check` points it at a scratch folder

REQ_DATE = "8 September 2025"
C23, C24 = CY(2023), CY(2024)
H25 = ("2025-01-01", "2025-06-30")         # 1 January to 30 June 2025
PERS = [C23, C24, H25]
SPAN12 = ("2023-01-01", "2025-06-30")
REQUEST12 = ("Please provide, for each of the calendar years 2023 and 2024 and for the period "
             "1 January to 30 June 2025: (1) the number of allegations of sexual assault, sexual "
             "harassment and abuse of position for a sexual purpose made against (a) police "
             "officers, (b) special constables and (c) police staff of your force; and (2) the "
             "outcome of each allegation.")
SPECIALS = "special constables: no subject in the vocabulary, not keyed (call 2)"


def request12():
    return N(REQUEST12, "the periods of the request; question numbers")


def rng(name):
    return random.Random("blind12-" + name)


def Q(y, q):
    """Calendar quarter q of year y."""
    return MRANGE(y, 3 * q - 2, y, 3 * q)


def gen(name, cats, outs, nper, subjects, hi=4, late=("ongoing",)):
    """data[(cat, outcome, period index, subject)]; the last period (a half year) is small and
    mostly still live."""
    r = rng(name)
    d = {}
    for c in cats:
        for _, oc in outs:
            for pi in range(nper):
                for s in subjects:
                    h = hi if s != "staff" else max(1, hi // 2)
                    if c == AP:
                        h = max(1, h // 2)
                    v = r.randint(0, h)
                    if oc in late and pi < nper - 1:
                        v = r.randint(0, 1)
                    if pi == 2:
                        v = (r.randint(0, h) if oc in late else r.choice([0, 0, 1, 1, 2]))
                    d[(c, oc, pi, s)] = v
    return d


WORDS = bk.WORDS


def ps(name, font="Helvetica", size=9, leading=None, align=0):
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.2,
                          alignment=align)


def tot_of(data, c, pi, s, outs):
    return sum(data[(c, oc, pi, s)] for _, oc in outs)


def hdr_cells(ws, row, headers, fill, start=1):
    from openpyxl.styles import Alignment, Font
    for j, h in enumerate(headers, start):
        cl = ws.cell(row, j, h)
        cl.font = Font(bold=True)
        cl.fill = fill
        cl.border = xl_border()
        cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


O_RP = ("Reflective practice", "management_action")
O_UI = ("Under investigation", "ongoing")


# =========================================================================== PDF


def build_west_yorkshire():
    """West Yorkshire Police PDF letter: officers (special constables included, said) by calendar
    quarter in Table 1; police staff by period in Table 2; officers' 2024 sexual harassment
    outcomes in number words, with no total stated."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "west-yorkshire/WYP FOI 14-3307-25 Response.pdf"
    KEY.file(src, "west-yorkshire", subject="officers")
    st = styles("Helvetica", 10)
    r = rng("wyp")
    quarters = [(y, q) for y in (2023, 2024) for q in (1, 2, 3, 4)] + [(2025, 1), (2025, 2)]
    qlab = {1: "Jan\u2013Mar", 2: "Apr\u2013Jun", 3: "Jul\u2013Sep", 4: "Oct\u2013Dec"}

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.drawString(20 * mm, 10 * mm, N("West Yorkshire Police, PO Box 9, Wakefield, WF1 3QP",
                                         "PO box; postcode"))
        c.drawRightString(190 * mm, 10 * mm, N(f"Page {p} of {n}", "page numbers"))

    ref = Table([["Our reference", N("14-3307-25", "reference")],
                 ["Date", N("2 October 2025", "date")]], colWidths=[35 * mm, 60 * mm], hAlign="LEFT")
    ref.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                             ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5)]))
    story = [P("<b>West Yorkshire Police</b>", st["h"]),
             P("Freedom of Information Team", st["addr"]), S(8), ref, S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Thank you for your request of {REQ_DATE}, which read:", "date"), st["body"]),
             P(request12(), st["quote"]),
             P("<b>Decision</b>", st["h2"]),
             P("West Yorkshire Police holds information within the scope of your request. Special "
               "constables are warranted police officers and our Professional Standards system "
               "records them in the same way as regular officers, so they are included in the "
               "figures for police officers below and cannot be shown separately.", st["body"]),
             P(N("Our data is held by the quarter in which the allegation was recorded. Table 1 "
                 "gives the allegations recorded against police officers in each quarter.",
                 "table number"), st["body"]),
             P(N("Table 1 \u2013 Allegations against police officers (including special "
                 "constables), by quarter recorded", "table number"), st["bold"])]
    hs = ps("wy-h", "Helvetica-Bold", 8.5, 10)
    rows = [[P(h, hs) for h in ["Quarter recorded", "Sexual assault", "Sexual harassment",
                                "Abuse of position for a sexual purpose"]]]
    for y, q in quarters:
        row = [N(f"{qlab[q]} {y}", "quarter label")]
        for c in CATS3:
            hi = {SA: 6, SH: 9, AP: 3}[c]
            v = r.randint(0, hi)
            if c == SH and y == 2024:
                v = {1: 4, 2: 3, 3: 5, 4: 2}[q]      # 14 in 2024: the outcomes below name 11
            row.append(F(c, "total", v, Q(y, q)))
        rows.append(row)
    t = Table(rows, colWidths=[38 * mm, 30 * mm, 32 * mm, 45 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=9, shade="#DDEBF7"))
    story += [t, S(8),
              P(N("Table 2 \u2013 Allegations against police staff", "table number"), st["bold"])]
    rows = [[P(h, hs) for h in ["Period", "Sexual assault", "Sexual harassment",
                                "Abuse of position for a sexual purpose"]]]
    for pi, lab in enumerate(["2023", "2024", "1 January to 30 June 2025"]):
        row = [N(lab, "period label")]
        for c in CATS3:
            v = 0 if (c == AP and pi == 2) else r.randint(0, {SA: 3, SH: 4, AP: 1}[c])
            row.append(F(c, "total", v, PERS[pi], subject="staff"))
        rows.append(row)
    t = Table(rows, colWidths=[38 * mm, 30 * mm, 32 * mm, 45 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=9, shade="#DDEBF7"))
    story += [t, S(8), P("<b>Outcomes</b>", st["h2"]),
              P(N("Outcomes are recorded against the allegation rather than the quarter, and many "
                  "allegations recorded in 2025 are not yet finalised. For the allegations of "
                  "sexual harassment recorded against police officers in 2024,", "year") + " "
                + F(SH, "dismissed", 5, C24, said="five") + " resulted in dismissal, "
                + F(SH, "final_written_warning", 2, C24, said="two") + " in a final written "
                "warning, " + F(SH, "management_action", 3, C24, said="three") + " in reflective "
                "practice and " + F(SH, "ongoing", 1, C24, said="one") + " is still under "
                "investigation; in the remaining cases there was no case to answer. We can provide "
                "the outcomes for the other types of allegation if you narrow your request.",
                st["body"]),
              P(rights("West Yorkshire Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]),
              P("Freedom of Information Officer", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 14-3307-25", author="West Yorkshire Police")


def build_kent():
    """Kent Police: a workbook printed to PDF in landscape, two pages (sheet 'Allegations' and sheet
    'Outcomes'); each period merged across 'Allegations' / 'Of which: criminal investigation';
    category merged down its four employee rows; special constables on rows of their own."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle, PageBreak
    src = "kent/Kent FOI 25-09-1187 PSD tables.pdf"
    KEY.file(src, "kent")
    st = styles("Helvetica", 8.5)
    r0 = rng("kent")
    subs = [("officers", "Police Officer"), ("specials", "Special Constable"),
            ("staff", "Police Staff")]
    tot = {}
    for c in CATS3:
        for pi in range(3):
            for s, _ in subs:
                hi = {"officers": 14, "specials": 2, "staff": 5}[s]
                hi = hi // (2 if c == AP else 1) // (2 if pi == 2 else 1)
                t = r0.randint(0 if s != "officers" else 1, max(1, hi))
                tot[(c, pi, s)] = (t, r0.randint(0, min(t, 3 if s == "officers" else 1)))
    sheet = {1: "Allegations", 2: "Outcomes"}

    def furniture(c, p, n):
        c.setFont("Helvetica", 7)
        c.drawString(12 * mm, 200 * mm, N("FOI 25-09-1187 PSD data.xlsx", "file name"))
        c.drawRightString(285 * mm, 200 * mm, sheet[p])
        c.drawString(12 * mm, 8 * mm, N("03/10/2025 14:22", "print date and time"))
        c.drawCentredString(148 * mm, 8 * mm, N(f"Page {p} of {n}", "page numbers"))

    cs = ps("kent-c", size=7.5, leading=9)
    story = [P(N("<b>Kent Police \u2013 Professional Standards Department \u2013 FOI 25/09/1187</b>",
                 "reference"), st["body"]),
             P("Allegations of sexual assault, sexual harassment and abuse of position for a sexual "
               "purpose recorded against employees, by calendar year of recording", st["body"]),
             S(3)]
    hdr1 = ["Allegation Type", "Employee Category", N("2023", "group heading"), "",
            N("2024", "group heading"), "", N("Jan \u2013 Jun 2025", "group heading"), ""]
    hdr2 = ["", ""] + [P("Allegations", cs), P("Of which: criminal investigation", cs)] * 3
    rows = [hdr1, hdr2]
    spans = []
    for c in CATS3:
        first = len(rows)
        for s, slab in subs + [("all", "Total")]:
            row = [P(CAT_LABEL[c], cs) if s == "officers" else "", slab]
            for pi in range(3):
                if s == "all":
                    t = sum(tot[(c, pi, x)][0] for x, _ in subs)
                    k = sum(tot[(c, pi, x)][1] for x, _ in subs)
                    row += [F(c, "total", t, PERS[pi]), F(c, "other", k, PERS[pi])]
                elif s == "specials":
                    t, k = tot[(c, pi, s)]
                    row += [N(str(t), SPECIALS), N(str(k), SPECIALS)]
                else:
                    t, k = tot[(c, pi, s)]
                    row += [F(c, "total", t, PERS[pi], subject=s),
                            F(c, "other", k, PERS[pi], subject=s)]
            rows.append(row)
        spans.append(("SPAN", (0, first), (0, len(rows) - 1)))
    t = Table(rows, colWidths=[52 * mm, 34 * mm] + [30 * mm] * 6, hAlign="LEFT")
    cmds = [("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#7F7F7F")),
            ("FONT", (0, 0), (-1, -1), "Helvetica", 7.5),
            ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 7.5),
            ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
            ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)), ("SPAN", (6, 0), (7, 0)),
            ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#D9E1F2")),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    cmds += spans + [("FONT", (1, r_), (-1, r_), "Helvetica-Bold", 7.5)
                     for r_ in range(5, len(rows), 4)]
    t.setStyle(TableStyle(cmds))
    story += [t, S(5),
              P("Total = police officers, special constables and police staff. \u2018Of which: "
                "criminal investigation\u2019 is the number of those allegations that were also "
                "recorded and investigated as a crime.", st["body"]),
              P(N("Special constables are shown separately as requested in part (b).", "part letter"),
                st["body"]),
              PageBreak(),
              P(N("<b>Kent Police \u2013 FOI 25/09/1187 \u2013 Outcomes</b>", "reference"), st["body"]),
              P(N("Outcome of allegations recorded 01/01/2023 to 30/06/2025 (all employees, "
                  "including special constables), as at 30/09/2025", "dates"), st["body"]), S(3)]
    outs = [O_D, ("Gross misconduct \u2013 would have been dismissed", "would_have_been_dismissed"),
            O_F, O_WW, ("Reflective Practice Review Process", "management_action"), O_N,
            ("Live investigation", "ongoing")]
    rows = [["Outcome"] + [P(CAT_LABEL[c], cs) for c in CATS3]]
    span_tot = {c: sum(tot[(c, pi, x)][0] for pi in range(3) for x, _ in subs) for c in CATS3}
    oc_vals = {}
    for c in CATS3:
        rem = span_tot[c]
        rr = rng("kent-out-" + c)
        for i, (_, oc) in enumerate(outs):
            v = rem if i == len(outs) - 1 else min(rem, rr.randint(0, max(1, span_tot[c] // 4)))
            oc_vals[(c, oc)] = v
            rem -= v
    for ol, oc in outs:
        rows.append([ol] + [F(c, oc, oc_vals[(c, oc)], SPAN12) for c in CATS3])
    rows.append(["Total"] + [F(c, "total", span_tot[c], SPAN12) for c in CATS3])
    t = Table(rows, colWidths=[80 * mm, 45 * mm, 45 * mm, 55 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#7F7F7F")),
                           ("FONT", (0, 0), (-1, -1), "Helvetica", 7.5),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5),
                           ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 7.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
                           ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story += [t]
    pdf_letter(src, story, furniture, pagesize=landscape(A4), margins=(12, 12, 14, 14),
               title="FOI 25-09-1187 PSD data.xlsx", author="Kent Police")


def build_metropolitan():
    """Metropolitan Police PDF letter: one long ruled table (category printed on the first row of its
    block; outcome rows; the three periods as columns) that starts on page 1 and continues on page 2
    with its header row repeated; '*' defined as fewer than five; all MPS employees together."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "metropolitan/01.FOI.25.048112 response.pdf"
    KEY.file(src, "metropolitan")
    st = styles("Helvetica", 10)
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice (RPRP)", "management_action"), O_N,
            ("Not upheld", "not_upheld"), ("Under investigation", "ongoing")]
    data = gen("met", CATS3, outs, 3, ["all"], hi=12)

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.drawString(20 * mm, 10 * mm, N("Metropolitan Police Service, New Scotland Yard, "
                                         "Victoria Embankment, London SW1A 2JL", "postcode"))
        c.drawRightString(190 * mm, 10 * mm, N(f"{p} of {n}", "page numbers"))

    def cell(c, oc, v, pi):
        if 1 <= v <= 4:
            return F(c, oc, SUP(), PERS[pi], said="*")
        return F(c, oc, v, PERS[pi])

    story = [P("<b>Metropolitan Police Service</b>", st["h"]),
             P("Information Rights Unit", st["addr"]), S(6),
             P(N("Our reference: 01.FOI.25.048112", "reference"), st["addr"]),
             P(N("Date: 6 October 2025", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Freedom of Information Request Reference No: 01.FOI.25.048112", "reference"),
               st["bold"]),
             P(N(f"I write in connection with your request for information received by the "
                 f"Metropolitan Police Service (MPS) on {REQ_DATE}. I note you seek access to the "
                 f"following information:", "date"), st["body"]),
             P(request12(), st["quote"]),
             P("<b>Decision</b>", st["h2"]),
             P("Following searches of the Centurion professional standards database, I can confirm "
               "that the MPS holds information relevant to your request. The table below provides "
               "the number of allegations recorded, by the year in which the allegation was "
               "recorded and by its current outcome.", st["body"]),
             P(N("Centurion records the subject of an allegation as an MPS employee; police "
                 "officers, special constables (members of the Metropolitan Special Constabulary) "
                 "and police staff are not distinguished in the reporting extract, so the figures "
                 "below cover all three together. To separate them would require a manual review "
                 "of each case file.", "'all three'"), st["body"]),
             P(N("Outcomes are those recorded on the system at the date of extraction. Where an "
                 "allegation has more than one outcome, the most serious is shown. Allegations "
                 "recorded in 2025 are, for the most part, still under investigation.",
                 "'more than one'; year"), st["body"]),
             P("Please note that the MPS is the largest police service in the United Kingdom and "
               "that figures for the MPS are not directly comparable with those of other forces "
               "without taking account of the size of the workforce.", st["body"]),
             P(N("Table 1 \u2013 Allegations against MPS employees, 1 January 2023 to 30 June 2025",
                 "table number; dates"), st["bold"])]
    hs = ps("met-h", "Helvetica-Bold", 8.5, 10)
    rows = [[P(h, hs) for h in ["Allegation type", "Outcome", N("2023", "column heading"),
                                N("2024", "column heading"),
                                N("January \u2013 June 2025", "column heading")]]]
    cs = ps("met-c", size=8.5, leading=10)
    bold_rows = []
    for c in CATS3:
        for k, (ol, oc) in enumerate(outs + [("Total", "total")]):
            row = [P(CAT_LABEL[c], cs) if k == 0 else "", ol]
            for pi in range(3):
                v = tot_of(data, c, pi, "all", outs) if oc == "total" else data[(c, oc, pi, "all")]
                row.append(cell(c, oc, v, pi))
            if oc == "total":
                bold_rows.append(len(rows))
            rows.append(row)
    t = Table(rows, colWidths=[42 * mm, 52 * mm, 24 * mm, 24 * mm, 30 * mm], hAlign="LEFT",
              repeatRows=1)
    t.setStyle(grid_style(1, size=8.5, shade="#D9D9D9",
                          extra=[("FONT", (1, r_), (-1, r_), "Helvetica-Bold", 8.5)
                                 for r_ in bold_rows]))
    N("2023 2024 January \u2013 June 2025", "column headings repeated at the top of page 2")
    story += [t, S(6),
              P(N("* Denotes a figure of fewer than five. Small numbers have been suppressed to "
                  "protect the identity of individuals; this information is exempt under section "
                  "40(2) of the Freedom of Information Act 2000.",
                  "definition of the mark; section; year of the Act"), st["small"]),
              P(rights("the MPS", 20), st["body"]),
              P("Yours sincerely,", st["body"]),
              P("Information Rights Unit", st["body"])]
    pdf_letter(src, story, furniture, title="01.FOI.25.048112", author="Metropolitan Police Service")


def build_nottinghamshire():
    """Nottinghamshire Police PDF letter answering two requests: the first (officers dismissed for
    any reason) is not this request; the second is, with unruled tables per calendar year
    (Officers | Special constables | Staff | Total), January-June 2025 for officers and special
    constables only, police staff for that period neither confirmed nor denied, and officers'
    outcomes over 2023-2024."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle, KeepTogether
    src = "nottinghamshire/FOI-005513-25 and FOI-005514-25.pdf"
    KEY.file(src, "nottinghamshire")
    st = styles("Helvetica", 10)
    r0 = rng("notts")
    tot = {(c, pi, s): r0.randint(0 if s != "officers" else 2,
                                  {"officers": 13, "specials": 2, "staff": 4}[s]
                                  // (2 if c == AP else 1) // (2 if pi == 2 else 1) + 1)
           for c in CATS3 for pi in range(3) for s in ("officers", "specials", "staff")}

    def furniture(c, p, n):
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 287 * mm, N("Nottinghamshire Police, Sherwood Lodge, Arnold, "
                                          "Nottingham NG5 8PP", "postcode"))
        c.drawString(20 * mm, 10 * mm, "OFFICIAL")
        c.drawRightString(190 * mm, 10 * mm, N(f"Page {p}", "page number"))

    def unruled(rows, widths):
        t = Table(rows, colWidths=widths, hAlign="LEFT")
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                               ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                               ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        return t

    story = [P(N("Freedom of Information Requests FOI-005513-25 and FOI-005514-25", "references"),
               st["h"]),
             P(N("Date: 29 September 2025", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Thank you for your two requests, both received on {REQ_DATE}. As they concern "
                 "related information, I have answered them together in this letter.",
                 "date; 'two requests'"), st["body"]),
             P(N("<b>Request 1 (FOI-005513-25)</b>", "request number; reference"), st["h2"]),
             P(N("\u201cHow many police officers were dismissed by Nottinghamshire Police in each "
                 "of the years 2023 and 2024, and how many of those dismissals followed a criminal "
                 "conviction?\u201d", "years"), st["quote"]),
             P(L("In 2023, 14 officers were dismissed, 3 of them following a criminal conviction. "
                 "In 2024, 11 officers were dismissed, 4 of them following a criminal conviction.",
                 "another request: dismissals for any reason (no category)"), st["body"]),
             P(N("<b>Request 2 (FOI-005514-25)</b>", "request number; reference"), st["h2"]),
             P(request12(), st["quote"]),
             P(N("Nottinghamshire Police holds this information. The tables below give the number "
                 "of allegations recorded in each period, by the type of employee. The Total column "
                 "is the sum of all three employee types.", "'three employee types'"), st["body"])]
    hdr = ["Allegation type", "Officers", "Special constables", "Staff", "Total"]
    for pi, lab in enumerate(["Calendar year 2023", "Calendar year 2024"]):
        rows = [hdr]
        for c in CATS3:
            o, sp, sf = (tot[(c, pi, s)] for s in ("officers", "specials", "staff"))
            rows.append([CAT_LABEL[c], F(c, "total", o, PERS[pi], subject="officers"),
                         N(str(sp), SPECIALS), F(c, "total", sf, PERS[pi], subject="staff"),
                         F(c, "total", o + sp + sf, PERS[pi])])
        story += [P(N(f"<b>{lab}</b>", "year"), st["body"]),
                  unruled(rows, [72 * mm, 22 * mm, 32 * mm, 18 * mm, 18 * mm]), S(8)]
    rows = [["Allegation type", "Officers", "Special constables"]]
    for c in CATS3:
        rows.append([CAT_LABEL[c], F(c, "total", tot[(c, 2, "officers")], H25, subject="officers"),
                     N(str(tot[(c, 2, "specials")]), SPECIALS)])
    story += [P(N("<b>1 January to 30 June 2025</b>", "dates"), st["body"]),
              unruled(rows, [72 * mm, 22 * mm, 32 * mm]), S(6),
              P(N("In respect of police staff for the period 1 January to 30 June 2025, "
                  "Nottinghamshire Police can neither confirm nor deny that it holds the "
                  "information you have requested. The number of police staff employed in the "
                  "relevant departments is small, and to confirm or deny whether any allegation "
                  "was recorded would itself disclose personal information. Section 40(5B) of "
                  "the Act applies.", "dates; section"), st["body"])]
    for c in CATS3:
        F(c, "total", NCND("s40(5B)"), H25, subject="staff", said="neither confirm nor deny")
    outs = [O_D, ("Would have been dismissed", "would_have_been_dismissed"), O_F, O_WW,
            ("Reflective practice", "management_action"), O_N, ("Ongoing", "ongoing")]
    hs = ps("nt-h", "Helvetica-Bold", 8, 9.5, align=2)
    rows = [[P("Allegation type", ps("nt-h0", "Helvetica-Bold", 8, 9.5))]
            + [P(ol, hs) for ol, _ in outs]]
    for c in CATS3:
        t = tot[(c, 0, "officers")] + tot[(c, 1, "officers")]
        rr = rng("notts-out-" + c)
        vals, rem = [], t
        for i in range(len(outs)):
            v = rem if i == len(outs) - 1 else min(rem, rr.randint(0, max(1, t // 4)))
            vals.append(v)
            rem -= v
        rows.append([P(CAT_LABEL[c], ps("nt-c", size=8.5, leading=10))]
                    + [F(c, oc, v, SPAN12[:1] + C24[1:], subject="officers")
                       for (_, oc), v in zip(outs, vals)])
    story += [KeepTogether([P(N("<b>Outcomes \u2013 police officers, allegations recorded 1 January "
                                "2023 to 31 December 2024</b>", "dates"), st["body"]),
                              unruled(rows, [44 * mm] + [18.5 * mm] * 7)]), S(6),
              P("Outcomes for special constables and police staff are recorded separately and "
                "are not included in this table.", st["body"]),
              P(rights("Nottinghamshire Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Management", st["body"])]
    pdf_letter(src, story, furniture, title="FOI-005513-25 FOI-005514-25",
               author="Nottinghamshire Police")


def build_lancashire():
    """Lancashire Constabulary PDF letter (counts cases): Table 1 cases by period and employee type,
    police staff 2023 refused under section 12 ('See note'); Table 2 the 2024 outcomes, long format
    with a bold subtotal row per type, officers and staff together; one figure restated in words."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "lancashire/FOI-2025-01877-response.pdf"
    KEY.file(src, "lancashire", measure="cases")
    st = styles("Helvetica", 10)
    r0 = rng("lancs")

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 10 * mm, N("Lancashire Constabulary Headquarters, Saunders Lane, "
                                         "Hutton, Preston, PR4 5SB", "postcode"))
        c.drawRightString(190 * mm, 10 * mm, N(f"Page {p} of {n}", "page numbers"))

    story = [P("<b>Lancashire Constabulary</b>", st["h"]),
             P("Information Access Team", st["addr"]), S(6),
             P(N("Reference: FOI-2025-01877", "reference"), st["addr"]),
             P(N("Date: 30 September 2025", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Thank you for your request for information received on {REQ_DATE}:", "date"),
               st["body"]),
             P(request12(), st["quote"]),
             P("<b>Response</b>", st["h2"]),
             P(N("Lancashire Constabulary records conduct matters as cases; a case may include "
                 "more than one allegation. The figures below are therefore numbers of cases. "
                 "Special constables are included with police officers.", "'more than one'"),
               st["body"]),
             P(N("Table 1 \u2013 Cases recorded, by period and employee type", "table number"),
               st["bold"])]
    hs = ps("la-h", "Helvetica-Bold", 8.5, 10)
    rows = [[P(h, hs) for h in ["Period", "Employee type", "Sexual assault", "Sexual harassment",
                                "Abuse of position for a sexual purpose"]]]
    tot = {}
    for pi, lab in enumerate(["2023", "2024", "January \u2013 June 2025"]):
        for s, slab in (("officers", "Police officers"), ("staff", "Police staff")):
            row = [N(lab, "period label"), slab]
            for c in CATS3:
                if pi == 0 and s == "staff":
                    row.append(F(c, "total", REF("s12"), C23, subject=s, said="See note"))
                    continue
                hi = {SA: 9, SH: 14, AP: 4}[c] // (3 if s == "staff" else 1) // (2 if pi == 2 else 1)
                v = r0.randint(1 if s == "officers" else 0, hi + 1)
                if (c, pi, s) == (SH, 2, "officers"):
                    v = 12
                tot[(c, pi, s)] = v
                row.append(F(c, "total", v, PERS[pi], subject=s))
            rows.append(row)
    t = Table(rows, colWidths=[32 * mm, 30 * mm, 26 * mm, 28 * mm, 44 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#E4DFEC"))
    story += [t, S(6),
              P(L("Note: until May 2024 conduct cases involving police staff were held on a "
                  "separate HR case management system which does not record the nature of the "
                  "allegation. To identify the relevant 2023 cases we would need to read around "
                  "260 case files, at an estimated 6 minutes each, a total of 26 hours. This "
                  "exceeds the appropriate limit of \u00a3450 (18 hours at \u00a325 an hour), and "
                  "that part of your request is refused under section 12(1) of the Act.",
                  "year; files; minutes; hours; cost limit; hourly rate; section"), st["small"]),
              P("The largest single figure, " + F(SH, "total", 12, H25, subject="officers",
                                                  said="twelve", restated=True)
                + " cases of sexual harassment involving police officers in the first half of "
                + N("2025", "year") + N(", reflects a number of linked cases from one department.", "'one department'"),
                st["body"]),
              P(N("Table 2 \u2013 Outcomes of cases recorded in 2024 (police officers and police "
                  "staff)", "table number; year"), st["bold"])]
    outs = [("Dismissed (gross misconduct)", "dismissed"), ("Final written warning",
                                                            "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"),
            ("Ongoing \u2013 subject on restricted duties", "ongoing"), ("Resigned", "resigned_or_retired")]
    rows = [[P(h, hs) for h in ["Allegation type", "Outcome", "Number of cases"]]]
    bold = []
    for c in CATS3:
        t = tot[(c, 1, "officers")] + tot[(c, 1, "staff")]
        rr = rng("lancs-out-" + c)
        rem = t
        for i, (ol, oc) in enumerate(outs):
            v = rem if i == len(outs) - 2 else (0 if i == len(outs) - 1 and rem == 0 else
                                                min(rem, rr.randint(0, max(1, t // 4))))
            if i == len(outs) - 1:
                v = 0
            rem -= v
            rows.append([CAT_LABEL[c], ol, F(c, oc, v, C24)])
        bold.append(len(rows))
        rows.append([CAT_LABEL[c] + " total", "", F(c, "total", t, C24)])
    t = Table(rows, colWidths=[70 * mm, 70 * mm, 30 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#E4DFEC",
                          extra=[("FONT", (0, r_), (-1, r_), "Helvetica-Bold", 8.5) for r_ in bold]))
    story += [t, S(6),
              P(rights("Lancashire Constabulary", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Access Team", st["body"])]
    pdf_letter(src, story, furniture, title="FOI-2025-01877", author="Lancashire Constabulary")


# =========================================================================== XLSX


def build_hertfordshire():
    """Hertfordshire Constabulary workbook: a Summary sheet (categories x the three periods and a
    Total over the span, officers including special constables and staff combined) and a detail
    sheet per period (outcomes x categories, Total row restating the Summary); '*' defined as a
    number between 1 and 4."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "hertfordshire/Herts FOI 25-4471 data.xlsx"
    KEY.file(src, "hertfordshire")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice review process", "management_action"), O_N,
            ("Not upheld", "not_upheld"), ("Under investigation", "ongoing")]
    data = gen("herts", CATS3, outs, 3, ["all"], hi=6)
    tot = {(c, pi): tot_of(data, c, pi, "all", outs) for c in CATS3 for pi in range(3)}

    def put(cl, c, oc, v, per, restated=False):
        if 1 <= v <= 4:
            cl.value = F(c, oc, SUP(1, 4), per, said="*", restated=restated)
        else:
            cl.value = int(F(c, oc, v, per, restated=restated))

    fill = PatternFill("solid", fgColor="E2EFDA")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = N("Hertfordshire Constabulary \u2013 FOI 25-4471", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Allegations recorded against police officers (including special constables) and "
                "police staff, combined")
    labs = [N("2023", "column heading"), N("2024", "column heading"),
            N("1 Jan \u2013 30 Jun 2025", "column heading"), "Total"]
    hdr_cells(ws, 4, ["Allegation type"] + labs, fill)
    for i, c in enumerate(CATS3):
        ws.cell(5 + i, 1, CAT_LABEL[c])
        for pi in range(3):
            put(ws.cell(5 + i, 2 + pi), c, "total", tot[(c, pi)], PERS[pi])
        put(ws.cell(5 + i, 5), c, "total", sum(tot[(c, pi)] for pi in range(3)), SPAN12)
    ws["A9"] = N("* a number between 1 and 4, withheld under section 40(2) FOIA (personal "
                 "information).", "definition of the mark; section")
    ws["A10"] = "Outcomes for each period are on the following sheets."
    ws["A11"] = N("Data extracted from Centurion on 19/09/2025.", "date")
    ws.column_dimensions["A"].width = 44
    for col in "BCDE":
        ws.column_dimensions[col].width = 18
    names = ["2023", "2024", "Jan-Jun 2025"]
    titles = ["Outcomes of allegations recorded 1 January to 31 December 2023",
              "Outcomes of allegations recorded 1 January to 31 December 2024",
              "Outcomes of allegations recorded 1 January to 30 June 2025"]
    for pi in range(3):
        w = wb.create_sheet(N(names[pi], "sheet name"))
        w["A1"] = N(titles[pi], "dates")
        w["A1"].font = Font(bold=True, size=12)
        hdr_cells(w, 3, ["Outcome"] + [CAT_LABEL[c] for c in CATS3], fill)
        for i, (ol, oc) in enumerate(outs):
            w.cell(4 + i, 1, ol)
            for j, c in enumerate(CATS3):
                put(w.cell(4 + i, 2 + j), c, oc, data[(c, oc, pi, "all")], PERS[pi])
        r = 4 + len(outs)
        w.cell(r, 1, "Total").font = Font(bold=True)
        for j, c in enumerate(CATS3):
            put(w.cell(r, 2 + j), c, "total", tot[(c, pi)], PERS[pi], restated=True)
            w.cell(r, 2 + j).font = Font(bold=True)
        w.cell(r + 2, 1, N("* a number between 1 and 4 (see Summary).", "definition of the mark"))
        w.column_dimensions["A"].width = 40
        for col in "BCD":
            w.column_dimensions[col].width = 22
    xlsx_save(wb, src, "Hertfordshire Constabulary")


def build_greater_manchester():
    """Greater Manchester Police workbook with a sheet per category: outcomes as rows, each period
    merged across Officers / Staff, a Total row; special constables included with officers; the 2024
    staff Total on the APSP sheet typed one above its outcomes."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "greater-manchester/GMP FOI 9921-25 response.xlsx"
    KEY.file(src, "greater-manchester")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("No further action", "no_further_action"), ("Under investigation", "ongoing")]
    data = gen("gmp", CATS3, outs, 3, ["officers", "staff"], hi=5)
    fill = PatternFill("solid", fgColor="DDD9EE")
    wb = openpyxl.Workbook()
    sheets = [(SA, "Sexual assault"), (SH, "Sexual harassment"), (AP, "APSP")]
    for k, (c, name) in enumerate(sheets):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = name
        ws["A1"] = N(f"GMP \u2013 FOI 9921/25 \u2013 {CAT_LABEL[c]}", "reference")
        ws.merge_cells("A1:G1")
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = ("Allegations of " + CAT_LABEL[c].lower() + " recorded against GMP employees, "
                    "by outcome")
        ws.merge_cells("A2:G2")
        ws["A4"] = "Outcome"
        ws.merge_cells("A4:A5")
        for pi, lab in enumerate(["2023", "2024", "Jan\u2013Jun 2025"]):
            col = 2 + 2 * pi
            ws.cell(4, col, N(lab, "group heading"))
            ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
            ws.cell(5, col, "Officers")
            ws.cell(5, col + 1, "Staff")
        for rr in (4, 5):
            for j in range(1, 8):
                cl = ws.cell(rr, j)
                cl.font = Font(bold=True)
                cl.fill = fill
                cl.border = xl_border()
                cl.alignment = Alignment(horizontal="center", vertical="center")
        r = 6
        for ol, oc in outs + [("Total", "total")]:
            ws.cell(r, 1, ol)
            for pi in range(3):
                for j, s in enumerate(("officers", "staff")):
                    v = (tot_of(data, c, pi, s, outs) if oc == "total" else data[(c, oc, pi, s)])
                    if (c, oc, pi, s) == (AP, "total", 1, "staff"):
                        v += 1                    # typed one above its outcomes (keyed as stated)
                    ws.cell(r, 2 + 2 * pi + j, int(F(c, oc, v, PERS[pi], subject=s)))
            if oc == "total":
                for j in range(1, 8):
                    ws.cell(r, j).font = Font(bold=True)
            r += 1
        ws.cell(r + 1, 1, "Officers includes special constables (volunteer police officers).")
        ws.cell(r + 2, 1, N("Jan\u2013Jun 2025 = 1 January 2025 to 30 June 2025. Outcomes as at "
                            "15 September 2025.", "dates"))
        ws.column_dimensions["A"].width = 30
        for col in "BCDEFG":
            ws.column_dimensions[col].width = 12
    xlsx_save(wb, src, "Greater Manchester Police")


def build_merseyside():
    """Merseyside Police workbook: a long export with reworded headers ('Year Recorded | Allegation
    Type | Employee Category | Outcome Description | Number'); '2025 (Jan-Jun)' defined in a note;
    an 'All Outcomes' row per block; zero outcomes omitted (blanket note); '<5' fewer than five."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "merseyside/Merseyside FOI 25-1456 export.xlsx"
    KEY.file(src, "merseyside")
    outs = [("Dismissal", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Reflective Practice", "management_action"),
            ("No Case To Answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under Investigation", "ongoing")]
    data = gen("mersey", CATS3, outs, 3, ["officers", "staff"], hi=8)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = N("FOI 25-1456", "sheet name (reference)")
    ws["A1"] = N("Merseyside Police \u2013 Freedom of Information 25/1456", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("2025 (Jan-Jun) = allegations recorded 1 January 2025 to 30 June 2025. <5 = fewer "
                 "than five (withheld, section 40(2)). Outcomes with no allegations are not listed.",
                 "period label; dates; definition of the mark; section")
    hdr_cells(ws, 4, ["Year Recorded", "Allegation Type", "Employee Category",
                      "Outcome Description", "Number"], PatternFill("solid", fgColor="BDD7EE"))
    plabs = ["2023", "2024", "2025 (Jan-Jun)"]
    slabs = {"officers": "Police Officer (incl. Special Constable)", "staff": "Police Staff"}
    r = 5
    for pi in range(3):
        for c in CATS3:
            for s in ("officers", "staff"):
                vals = [("All Outcomes", "total", tot_of(data, c, pi, s, outs))]
                vals += [(ol, oc, data[(c, oc, pi, s)]) for ol, oc in outs
                         if data[(c, oc, pi, s)]]
                for ol, oc, v in vals:
                    ws.cell(r, 1, N(plabs[pi], "period label"))
                    ws.cell(r, 2, CAT_LABEL[c])
                    ws.cell(r, 3, slabs[s])
                    ws.cell(r, 4, ol)
                    if 1 <= v <= 4:
                        ws.cell(r, 5, F(c, oc, SUP(), PERS[pi], subject=s, said="<5"))
                    else:
                        ws.cell(r, 5, int(F(c, oc, v, PERS[pi], subject=s)))
                    r += 1
    ws.auto_filter.ref = f"A4:E{r - 1}"
    ws.freeze_panes = "A5"
    for col, wd in zip("ABCDE", (16, 40, 38, 26, 10)):
        ws.column_dimensions[col].width = wd
    xlsx_save(wb, src, "Merseyside Police")


def build_wiltshire():
    """Wiltshire Police workbook, one sheet with a table per period stacked under a title row each
    ('Calendar year 2023' ...): category x employee rows, outcome columns, Total and 'Of which:
    criminal investigation'; one Total typed one below its outcomes."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "wiltshire/FOI 2025-03310 data.xlsx"
    KEY.file(src, "wiltshire")
    outs = [O_D, O_F, O_WW, O_RP, O_N, O_UI]
    data = gen("wilts", CATS3, outs, 3, ["officers", "staff"], hi=3)
    crim = gen("wilts-crim", CATS3, [("", "x")], 3, ["officers", "staff"], hi=2)
    fill = PatternFill("solid", fgColor="F8CBAD")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = N("Wiltshire Police \u2013 FOI 2025-03310", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Allegations of sexual assault, sexual harassment and abuse of position for a sexual "
                "purpose. Officer figures include special constables.")
    r = 4
    for pi, lab in enumerate(["Calendar year 2023", "Calendar year 2024",
                              "1 January to 30 June 2025"]):
        ws.cell(r, 1, N(lab, "period title")).font = Font(bold=True, size=12)
        hdr_cells(ws, r + 1, ["Allegation type", "Employee"] + [ol for ol, _ in outs]
                  + ["Total", "Of which: criminal investigation"], fill)
        r += 2
        for c in CATS3:
            for s, slab in (("officers", "Officer"), ("staff", "Staff")):
                ws.cell(r, 1, CAT_LABEL[c])
                ws.cell(r, 2, slab)
                for j, (_, oc) in enumerate(outs):
                    ws.cell(r, 3 + j, int(F(c, oc, data[(c, oc, pi, s)], PERS[pi], subject=s)))
                t = tot_of(data, c, pi, s, outs) - (1 if (c, pi, s) == (SA, 0, "officers") else 0)
                ws.cell(r, 3 + len(outs), int(F(c, "total", t, PERS[pi], subject=s)))
                ws.cell(r, 4 + len(outs), int(F(c, "other", min(t, crim[(c, "x", pi, s)]),
                                                PERS[pi], subject=s)))
                r += 1
        r += 1
    ws.cell(r, 1, "Of which: criminal investigation = allegations also investigated as a crime.")
    ws.cell(r + 1, 1, N("Outcomes as at 26/09/2025.", "date"))
    ws.column_dimensions["A"].width = 40
    for col in "BCDEFGHIJ":
        ws.column_dimensions[col].width = 14
    xlsx_save(wb, src, "Wiltshire Police")


# =========================================================================== DOCX


def build_north_wales():
    """North Wales Police Word letter, bilingual: 2023 not held (records migrated); Table 1 totals
    with each period merged (gridSpan) over Officers / Staff; Table 2 the 2024 outcomes for officers
    and staff together with a Total row; special constables answered as a nil in prose."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "north-wales/NWP FOI 2025-1203 Ymateb Response.docx"
    KEY.file(src, "north-wales")
    r0 = rng("nwp")
    d = docx_new("Arial", 10.5)
    docx_header_footer(d, "SWYDDOGOL / OFFICIAL",
                       N("Heddlu Gogledd Cymru / North Wales Police, Glan y Don, Bae Colwyn / "
                         "Colwyn Bay, LL29 8AW", "postcode"))
    docx_heading(d, "Heddlu Gogledd Cymru / North Wales Police", 15)
    d.add_paragraph(N("Cyfeirnod / Reference: FOI 2025/1203\nDyddiad / Date: 1 October 2025",
                      "reference; date"))
    d.add_paragraph("Annwyl Ymgeisydd / Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request received on {REQ_DATE}:", "date"))
    p = d.add_paragraph("\u201c" + request12() + "\u201d")
    p.paragraph_format.left_indent = 457200
    docx_heading(d, N("2023", "year"), 12)
    d.add_paragraph(N("In February 2024 North Wales Police moved its professional standards records "
                      "to a new case management system. Allegations recorded before the migration "
                      "were not categorised by type of allegation, and the information you "
                      "requested for 2023 is therefore not held.", "month and year; year"))
    for c in CATS3:
        F(c, "total", NH, C23, said="not held")
    docx_heading(d, N("2024 and 1 January to 30 June 2025", "years; dates"), 12)
    d.add_paragraph(N("Table 1 / Tabl 1: allegations recorded / honiadau a gofnodwyd",
                      "table number"))
    tb = d.add_table(rows=2 + len(CATS3), cols=5)
    tb.style = "Table Grid"
    docx_cell(tb.cell(0, 0), "Math o honiad / Allegation type", bold=True)
    tb.cell(0, 0).merge(tb.cell(1, 0))
    for k, lab in enumerate([N("2024", "group heading"),
                             N("Ionawr \u2013 Mehefin 2025 / January \u2013 June 2025",
                               "group heading")]):
        a = tb.cell(0, 1 + 2 * k).merge(tb.cell(0, 2 + 2 * k))
        docx_cell(a, lab, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        docx_cell(tb.cell(1, 1 + 2 * k), "Swyddogion / Officers", bold=True)
        docx_cell(tb.cell(1, 2 + 2 * k), "Staff yr heddlu / Police staff", bold=True)
    for rr in (0, 1):
        for j in range(5):
            docx_shade(tb.cell(rr, j), "D9E2F3")
    t24 = {}
    for i, c in enumerate(CATS3):
        docx_cell(tb.cell(2 + i, 0), CAT_LABEL[c])
        for k, pi in enumerate((1, 2)):
            for j, s in enumerate(("officers", "staff")):
                v = r0.randint(0, {SA: 8, SH: 12, AP: 3}[c] // (3 if s == "staff" else 1)
                               // (2 if pi == 2 else 1) + 1)
                if pi == 1:
                    t24[(c, s)] = v
                docx_cell(tb.cell(2 + i, 1 + 2 * k + j),
                          F(c, "total", v, PERS[pi], subject=s), align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph("Special constables are recorded separately on the new system. No allegations "
                    "of these types were recorded against special constables in either period.")
    d.add_paragraph(N("Table 2 / Tabl 2: outcomes of allegations recorded in 2024, officers and "
                      "staff together / canlyniadau", "table number; year"))
    outs = [("Diswyddwyd / Dismissed", "dismissed"),
            ("Rhybudd ysgrifenedig terfynol / Final written warning", "final_written_warning"),
            ("Ymarfer myfyriol / Reflective practice", "management_action"),
            ("Dim achos i'w ateb / No case to answer", "no_case_to_answer"),
            ("Yn cael ei ymchwilio / Under investigation", "ongoing")]
    tb = d.add_table(rows=2 + len(outs), cols=4)
    tb.style = "Table Grid"
    docx_cell(tb.cell(0, 0), "Canlyniad / Outcome", bold=True)
    for j, c in enumerate(CATS3):
        docx_cell(tb.cell(0, 1 + j), CAT_LABEL[c], bold=True)
    for j, c in enumerate(CATS3):
        t = t24[(c, "officers")] + t24[(c, "staff")]
        rr = rng("nwp-out-" + c)
        rem = t
        for i, (ol, oc) in enumerate(outs):
            v = rem if i == len(outs) - 1 else min(rem, rr.randint(0, max(1, t // 3)))
            rem -= v
            if j == 0:
                docx_cell(tb.cell(1 + i, 0), ol)
            docx_cell(tb.cell(1 + i, 1 + j), F(c, oc, v, C24), align=WD_ALIGN_PARAGRAPH.CENTER)
        docx_cell(tb.cell(1 + len(outs), 0), "Cyfanswm / Total", bold=True)
        docx_cell(tb.cell(1 + len(outs), 1 + j), F(c, "total", t, C24), bold=True,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph("Mae\u2019r ymateb hwn ar gael yn Gymraeg. / This response is available in Welsh.")
    d.add_paragraph(rights("North Wales Police", 40))
    d.add_paragraph("Yn gywir / Yours sincerely,\nUned Rhyddid Gwybodaeth / Freedom of Information Unit")
    docx_save(d, src, "North Wales Police")


def build_staffordshire():
    """Staffordshire Police Word letter: Section 1(1) wording; every total in number words in prose,
    a paragraph per year; 2024 officers' outcomes as 'Label: n' bullets; 'a dozen'; a summary
    sentence restating one figure; special constables counted with officers (said)."""
    src = "staffordshire/FOI 1187-25 response.docx"
    KEY.file(src, "staffordshire")
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "OFFICIAL", N("Staffordshire Police, PO Box 3167, Stafford, ST16 9JZ",
                                        "PO box; postcode"))
    docx_heading(d, "Staffordshire Police", 16)
    d.add_paragraph(N("Freedom of Information Request FOI 1187-25\nDate: 3 October 2025",
                      "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"I write in response to your request for information dated {REQ_DATE}, "
                      "in which you asked:", "date"))
    p = d.add_paragraph(request12())
    p.paragraph_format.left_indent = 457200
    d.add_paragraph(N("Section 1(1)(a) of the Freedom of Information Act 2000 (the Act) places two "
                      "duties on public authorities. Unless exemptions apply, the first duty at "
                      "Section 1(1)(a) is to confirm or deny whether the information specified in "
                      "a request is held. The second duty at Section 1(1)(b) is to disclose "
                      "information that has been confirmed as being held.",
                      "section numbers; year of the Act; 'two duties'"))
    d.add_paragraph("I can confirm that the information you have requested is held by Staffordshire "
                    "Police. Special constables are counted with police officers, as our "
                    "Professional Standards system does not distinguish between them.")
    tot = {(SA, 0, "officers"): 9, (SA, 0, "staff"): 2, (SH, 0, "officers"): 12,
           (SH, 0, "staff"): 3, (AP, 0, "officers"): 4, (AP, 0, "staff"): 0,
           (SA, 1, "officers"): 11, (SA, 1, "staff"): 1, (SH, 1, "officers"): 15,
           (SH, 1, "staff"): 5, (AP, 1, "officers"): 3, (AP, 1, "staff"): 1,
           (SA, 2, "officers"): 4, (SA, 2, "staff"): 0, (SH, 2, "officers"): 7,
           (SH, 2, "staff"): 2, (AP, 2, "officers"): 2, (AP, 2, "staff"): 0}

    def w(c, pi, s, first=False):
        v = tot[(c, pi, s)]
        said = "a dozen" if v == 12 else ("none" if v == 0 and not first else WORDS[v])
        txt = F(c, "total", v, PERS[pi], subject=s, said=said)
        if first:
            return txt + (" allegation" if v == 1 else " allegations")
        return txt

    for pi, lead in enumerate(["During 2023 the force recorded", "In 2024 there were",
                               "Between 1 January and 30 June 2025 the force recorded"]):
        d.add_paragraph(
            N(lead, "year; dates") + " " + w(SA, pi, "officers", True) + " of sexual assault, "
            + w(SH, pi, "officers") + " of sexual harassment and " + w(AP, pi, "officers")
            + " of abuse of position for a sexual purpose against police officers. Against police "
            "staff the force recorded " + w(SA, pi, "staff", True) + " of sexual assault, "
            + w(SH, pi, "staff") + " of sexual harassment and " + w(AP, pi, "staff")
            + " of abuse of position for a sexual purpose.")
    docx_heading(d, N("Outcomes \u2013 police officers, 2024", "year"), 12)
    o24 = {SA: [(O_D, 3), (("Final written warning", "final_written_warning"), 2), (O_RP, 1),
                (O_N, 3), (O_UI, 2)],
           SH: [(O_D, 4), (("Final written warning", "final_written_warning"), 3),
                (("Written warning", "written_warning"), 2), (O_RP, 3), (O_N, 2), (O_UI, 1)],
           AP: [(O_D, 2), (O_UI, 1)]}
    for c in CATS3:
        p = d.add_paragraph()
        p.add_run(CAT_LABEL[c]).bold = True
        for (ol, oc), v in o24[c]:
            d.add_paragraph(f"{ol}: {F(c, oc, v, C24, subject='officers')}", style="List Bullet")
    d.add_paragraph(F(AP, "written_warning", 0, C24, subject="officers", said="None")
                    + " of the allegations of abuse of position against officers resulted in a "
                    "written warning. Outcomes for police staff are decided under the staff "
                    "disciplinary procedure and are not held centrally by allegation type.")
    d.add_paragraph("In summary, sexual harassment was the most common type of allegation in each "
                    "period; the highest figure was "
                    + F(SH, "total", 15, C24, subject="officers", said="fifteen", restated=True)
                    + " allegations against officers in " + N("2024", "year") + ".")
    d.add_paragraph(rights("Staffordshire Police", 40))
    d.add_paragraph("Yours sincerely,\nFreedom of Information Team")
    docx_save(d, src, "Staffordshire Police")


# =========================================================================== HTML


def build_hampshire():
    """Hampshire and Isle of Wight Constabulary disclosure page: a table per category (each under its
    own h3), outcomes as rows, the three periods and a Total over the span as columns; '*' fewer than
    five; officers, special constables and staff together; one figure restated in prose."""
    src = "hampshire/HIOWC-FOI-2025-04418.html"
    KEY.file(src, "hampshire")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice", "management_action"), O_N,
            ("Under investigation", "ongoing")]
    data = gen("hants", CATS3, outs, 3, ["all"], hi=7)

    def cell(c, oc, v, per):
        if 1 <= v <= 4:
            return F(c, oc, SUP(), per, said="*")
        return F(c, oc, v, per)

    b = ['<div class="site-header"><a href="/">Hampshire &amp; Isle of Wight Constabulary</a></div>',
         '<nav aria-label="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/foi">FOI</a>'
         '</li><li>Disclosure log</li></ol></nav>', '<main class="foi">',
         N("<h1>Sexual misconduct allegations \u2013 HIOWC-FOI-2025-04418</h1>", "reference"),
         '<dl><dt>Reference</dt><dd>' + N("HIOWC-FOI-2025-04418", "reference") + '</dd>'
         '<dt>Date of response</dt><dd>' + N("24 September 2025", "date") + '</dd></dl>',
         "<h2>Request</h2>", f"<blockquote>{E(request12())}</blockquote>",
         "<h2>Response</h2>",
         N("<p>The tables below show the number of allegations recorded against police officers, "
           "special constables and police staff together; our system does not allow the three "
           "groups to be reported separately without a manual review of each record.</p>",
           "'three groups'")]
    best = None
    H25LAB = "1 January \u2013 30 June 2025"
    for c in CATS3:
        b.append(f"<h3>{CAT_LABEL[c]}</h3>")
        b.append('<table class="foi-table"><thead><tr><th>Outcome</th>'
                 f'<th>{N("2023", "column heading")}</th><th>{N("2024", "column heading")}</th>'
                 f'<th>{N(H25LAB, "column heading")}</th>'
                 '<th>Total</th></tr></thead><tbody>')
        for ol, oc in outs + [("Total", "total")]:
            vals = [tot_of(data, c, pi, "all", outs) if oc == "total" else data[(c, oc, pi, "all")]
                    for pi in range(3)]
            cells = [cell(c, oc, v, PERS[pi]) for pi, v in enumerate(vals)]
            cells.append(cell(c, oc, sum(vals), SPAN12))
            tag = "th" if oc == "total" else "td"
            b.append(f"<tr><{tag}>{ol}</{tag}>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
            if oc == "total" and (best is None or vals[1] > best[1]):
                best = (c, vals[1])
        b.append("</tbody></table>")
    b.append(N('<p class="note">* fewer than five. Figures this small are withheld under section '
               '40(2) of the Freedom of Information Act.</p>', "definition of the mark; section"))
    assert best[1] >= 5
    b.append(f"<p>The highest figure in a single year was {F(best[0], 'total', best[1], C24, restated=True)} "
             f"allegations of {CAT_LABEL[best[0]].lower()} in {N('2024', 'year')}.</p>")
    b.append(f"<h2>Your right to complain</h2><p>{E(rights('Hampshire and Isle of Wight Constabulary', 40))}</p>")
    b.append("</main>")
    b.append(N('<footer><p>Hampshire &amp; Isle of Wight Constabulary, Police Headquarters, '
               'Leigh Road, Eastleigh, SO50 9SJ. Non-emergency 101.</p></footer>',
               "postcode; telephone"))
    write_text(src, html_page(N("HIOWC-FOI-2025-04418 | Hampshire & Isle of Wight Constabulary",
                                "reference"), "\n".join(b)))


def build_thames_valley():
    """Thames Valley Police disclosure page: category in a rowspan cell over Police officers / Police
    staff rows; columns 2023, 2024 and the two quarters of 2025; a second table of 2024 outcomes
    (officers and staff together); an NPCC national figure."""
    src = "thames-valley/TVP FOI 2025-10477.html"
    KEY.file(src, "thames-valley")
    r0 = rng("tvp")
    pers = [C23, C24, Q(2025, 1), Q(2025, 2)]
    tot = {(c, pi, s): r0.randint(0, ({SA: 16, SH: 22, AP: 5}[c] if pi < 2 else
                                      {SA: 5, SH: 7, AP: 2}[c]) // (3 if s == "staff" else 1) + 1)
           for c in CATS3 for pi in range(4) for s in ("officers", "staff")}
    b = ['<header class="tvp-header"><span class="brand">Thames Valley Police</span></header>',
         '<div class="page">',
         N("<h1>FOI 2025-10477: Allegations of sexual misconduct against employees</h1>",
           "reference"),
         '<p class="published">Published: ' + N("30/09/2025", "date") + "</p>",
         "<h2>Request</h2>", f"<p>{E(request12())}</p>",
         "<h2>Response</h2>",
         N("<p>Special constables are counted as police officers in the figures below. Figures "
           "for 2025 are given by quarter.</p>", "year"),
         '<table class="tvp"><thead><tr><th>Allegation Category</th><th>Employee Type</th>'
         f'<th>{N("2023", "column heading")}</th><th>{N("2024", "column heading")}</th>'
         f'<th>{N("Q1 2025 (Jan-Mar)", "column heading")}</th>'
         f'<th>{N("Q2 2025 (Apr-Jun)", "column heading")}</th></tr></thead><tbody>']
    for c in CATS3:
        for k, (s, slab) in enumerate((("officers", "Police officers"), ("staff", "Police staff"))):
            b.append("<tr>" + (f'<td rowspan="2">{CAT_LABEL[c]}</td>' if k == 0 else "")
                     + f"<td>{slab}</td>"
                     + "".join(f"<td>{F(c, 'total', tot[(c, pi, s)], pers[pi], subject=s)}</td>"
                               for pi in range(4)) + "</tr>")
    b.append("</tbody></table>")
    outs = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Reflective Practice", "management_action"),
            ("No Case to Answer", "no_case_to_answer"), ("Under Investigation", "ongoing")]
    b.append(N("<h3>Outcomes of allegations recorded in 2024 (police officers and police staff)</h3>",
               "year"))
    b.append('<table class="tvp"><thead><tr><th>Outcome</th>'
             + "".join(f"<th>{CAT_LABEL[c]}</th>" for c in CATS3) + "</tr></thead><tbody>")
    ov = {}
    for c in CATS3:
        t = tot[(c, 1, "officers")] + tot[(c, 1, "staff")]
        rr = rng("tvp-out-" + c)
        rem = t
        for i, (_, oc) in enumerate(outs):
            v = rem if i == len(outs) - 1 else min(rem, rr.randint(0, max(1, t // 3)))
            rem -= v
            ov[(c, oc)] = v
    for ol, oc in outs:
        b.append(f"<tr><td>{ol}</td>" + "".join(f"<td>{F(c, oc, ov[(c, oc)], C24)}</td>"
                                                for c in CATS3) + "</tr>")
    b.append("</tbody></table>")
    b.append(N("<p>For context, the National Police Chiefs\u2019 Council reported 1,539 allegations of "
               "sexual misconduct against officers and staff across England and Wales in the year to "
               "March 2024.</p>", "national statistic; year"))
    b.append(f"<h2>Complaint rights</h2><p>{E(rights('Thames Valley Police', 40))}</p>")
    b.append("</div>")
    b.append(N('<footer>Thames Valley Police, Oxford Road, Kidlington, OX5 2NX</footer>', "postcode"))
    write_text(src, html_page(N("FOI 2025-10477 | Thames Valley Police", "reference"), "\n".join(b)))


# =========================================================================== e-mail and text


def build_ministry_of_defence():
    """Ministry of Defence Police e-mail reply (.eml, CRLF): officers only (no special constables),
    figures in number words, a nil; police staff (MOD civil servants) not held for every period."""
    src = "ministry-of-defence/RE FOI2025-11532 MDP.eml"
    KEY.file(src, "ministry-of-defence", subject="officers")
    lines = [N("From: MDP Secretariat FOI <MDP-FOI-DP@mod.gov.uk>", ""),
             "To: requester@example.org",
             N("Date: Mon, 29 Sep 2025 15:12:07 +0100", "date and time"),
             N("Subject: RE: FOI2025/11532 - allegations of sexual misconduct", "reference"),
             N("MIME-Version: 1.0", "mail header"),
             N("Content-Type: text/plain; charset=utf-8", "mail header"),
             "",
             "Dear Requester,",
             "",
             N(f"Thank you for your email of {REQ_DATE} (our reference FOI2025/11532).",
               "date; reference"),
             "",
             "The Ministry of Defence Police (MDP) has no special constables. Civilian staff who work "
             "with the MDP are MOD civil servants, whose conduct cases are held by the Department's "
             "HR service and not by the MDP, so information about police staff is not held by this "
             "force. The figures below are for MDP police officers.",
             "",
             N("In 2023 the MDP recorded", "year") + " " + F(SA, "total", 2, C23, said="two")
             + " allegations of sexual assault, " + F(SH, "total", 6, C23, said="six")
             + " of sexual harassment and " + F(AP, "total", 0, C23, said="none") + " of abuse of "
             "position for a sexual purpose.",
             "",
             N("In 2024 the MDP recorded", "year") + " " + F(SA, "total", 1, C24, said="one")
             + " allegation of sexual assault, " + F(SH, "total", 5, C24, said="five")
             + " of sexual harassment and " + F(AP, "total", 1, C24, said="one") + " of abuse of "
             "position. Of the sexual harassment allegations, "
             + F(SH, "dismissed", 2, C24, said="two") + " resulted in dismissal, "
             + F(SH, "final_written_warning", 1, C24, said="one") + " in a final written warning "
             "and " + F(SH, "ongoing", 2, C24, said="two") + " are still under investigation.",
             "",
             N("Between 1 January and 30 June 2025", "dates") + " "
             + F(SH, "total", 3, H25, said="three") + " allegations of sexual harassment were "
             "recorded, and " + F(SA, "total", 0, H25, said="no") + " allegations of sexual "
             "assault or " + F(AP, "total", 0, H25, said="abuse of position", printed=False)
             + " for a sexual purpose.",
             "",
             L("If you are not satisfied with this response you may ask for an internal review "
               "within 40 working days, and then complain to the Information Commissioner "
               "(0303 123 1113).", "working days; telephone"),
             "",
             "Yours sincerely,",
             "MDP Secretariat - Freedom of Information",
             N("Wethersfield, Braintree, Essex CM7 4AZ", "postcode"),
             "",
             "-----Original Message-----",
             N("Sent: 08 September 2025 10:47", "date and time"),
             "> " + request12()]
    for per in PERS:
        for c in CATS3:
            F(c, "total", NH, per, subject="staff", said="not held")
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


def build_west_midlands():
    """West Midlands Police plain-text letter (CRLF): a fixed-width table with each period over
    Officers / Staff columns and a Total row across categories (not a figure); officers include
    special constables (said); 2024 officers' outcomes in a second fixed-width table."""
    src = "west-midlands/5512_25_response.txt"
    KEY.file(src, "west-midlands")
    r0 = rng("wmp")
    tot = {(c, pi, s): r0.randint(1 if s == "officers" else 0,
                                  {SA: 20, SH: 26, AP: 6}[c] // (3 if s == "staff" else 1)
                                  // (2 if pi == 2 else 1) + 1)
           for c in CATS3 for pi in range(3) for s in ("officers", "staff")}
    out = []
    out.append(" " * 50 + "West Midlands Police")
    out.append(" " * 50 + "Freedom of Information Unit")
    out.append(" " * 50 + N("PO Box 52, Lloyd House", "PO box"))
    out.append(" " * 50 + N("Birmingham B4 6NQ", "postcode"))
    out.append("")
    out.append(N("Our ref: 5512_25", "reference"))
    out.append(N("Date:    2 October 2025", "date"))
    out.append("")
    out.append("Dear Sir/Madam,")
    out.append("")
    out.append("REQUEST")
    out.append("")
    import textwrap
    for ln in textwrap.wrap(request12(), 72):
        out.append("  " + ln)
    out.append("")
    out.append("RESPONSE")
    out.append("")
    for ln in textwrap.wrap("West Midlands Police holds the information you requested. Special "
                            "constables are counted as police officers in our conduct records and "
                            "are included in the Officers columns. The table gives the number of "
                            "allegations recorded in each period.", 78):
        out.append(ln)
    out.append("")
    out.append(N(f"{'':36}{'2023':^17}{'2024':^17}{'Jan-Jun 2025':^17}".rstrip(),
                 "column headings"))
    out.append(f"{'Allegation type':36}" + f"{'Officers':>10}{'Staff':>7}" * 3)
    out.append("-" * 87)
    for c in CATS3:
        lab = CAT_LABEL[c] if c != AP else "Abuse of position (sexual purpose)"
        line = f"{lab:36}"
        for pi in range(3):
            line += f"{F(c, 'total', tot[(c, pi, 'officers')], PERS[pi], subject='officers'):>10}"
            line += f"{F(c, 'total', tot[(c, pi, 'staff')], PERS[pi], subject='staff'):>7}"
        out.append(line)
    out.append("-" * 87)
    line = f"{'Total':36}"
    for pi in range(3):
        for s, wd in (("officers", 10), ("staff", 7)):
            line += N(f"{sum(tot[(c, pi, s)] for c in CATS3):>{wd}}",
                      "total across the three categories (not a category figure)")
    out.append(line)
    out.append("")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
    out.append(N("Outcomes of allegations against police officers recorded in 2024:", "year"))
    out.append("")
    out.append(f"{'Outcome':28}{'Sexual assault':>16}{'Sexual harassment':>19}{'APSP':>8}")
    out.append("-" * 71)
    ov = {}
    for c in CATS3:
        t = tot[(c, 1, "officers")]
        rr = rng("wmp-out-" + c)
        rem = t
        for i, (_, oc) in enumerate(outs):
            v = rem if i == len(outs) - 1 else min(rem, rr.randint(0, max(1, t // 3)))
            rem -= v
            ov[(c, oc)] = v
    for ol, oc in outs:
        out.append(f"{ol:28}" + "".join(f"{F(c, oc, ov[(c, oc)], C24, subject='officers'):>{wd}}"
                                        for c, wd in ((SA, 16), (SH, 19), (AP, 8))))
    out.append("-" * 71)
    out.append("")
    for ln in textwrap.wrap("APSP = abuse of position for a sexual purpose. Outcomes for police "
                            "staff are held by the People and Organisational Development department "
                            "and are not included.", 78):
        out.append(ln)
    out.append("")
    for ln in textwrap.wrap(rights("West Midlands Police", 40), 78):
        out.append(ln)
    out.append("")
    out.append("Yours faithfully,")
    out.append("")
    out.append("Freedom of Information Unit")
    write_text(src, "\n".join(out) + "\n", newline="\r\n")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind12-"))
