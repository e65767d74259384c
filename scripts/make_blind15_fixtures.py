#!/usr/bin/python3
"""make_blind15_fixtures.py (make_blind15.py) -- regenerate the fifteenth blind test batch for `foi` and its answer key.

A new request, sent on 15 October 2026: "for the last five years: the number of allegations of sexual
assault, sexual harassment, abuse of position for a sexual purpose and other sexual misconduct made
against officers and staff, and the outcome of each".  Fourteen forces answer in fifteen files, each
choosing its own periods.  The machinery (F/L/N accounting, writers, read_back, check)
is blindkit.py beside this script; keying calls are in fixtures/blind15/NOTES.md.

usage: /usr/bin/python3 make_blind15.py             # rebuild fixtures/blind15 (or $FOI_BLIND15_OUT) (responses + expected.csv)
       /usr/bin/python3 make_blind15.py check       # verify determinism and every number
       /usr/bin/python3 make_blind15.py dump FILE   # show FILE (relative to fixtures/blind15 (or $FOI_BLIND15_OUT)) as read back
"""
import os
import random
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, SPAN, SUP, REF, NCND, NH, P, S, styles,  # noqa: E402,F401
                      grid_style, pdf_letter, E, html_page, write_text, docx_new, docx_save,
                      docx_cell, docx_shade, docx_header_footer, docx_heading, xl_border, docx_repeat_header,
                      xlsx_save, rights, SA, SH, AP, FQ, MRANGE)

FINAL = Path(os.environ.get("FOI_BLIND15_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind15").resolve()
bk.ROOT = FINAL      # where builders write; `check` points it at a scratch folder

SM = "sexual_misconduct"
CATS4 = (SA, SH, AP, SM)
CL = {SA: "Sexual assault", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", SM: "Other sexual misconduct"}
REQ_DATE = "15 October 2026"
REQUEST15 = ("For the last five years, please provide the number of allegations of sexual assault, "
             "sexual harassment, abuse of position for a sexual purpose and other sexual misconduct "
             "made against your police officers and police staff, and the outcome of each.")
FYRS = (2021, 2022, 2023, 2024, 2025)          # financial years 2021/22 .. 2025/26
CYRS = (2021, 2022, 2023, 2024, 2025)          # calendar years 2021 .. 2025
FLAB = {y: f"{y}/{str(y + 1)[2:]}" for y in range(2020, 2028)}
FSPAN = SPAN(FY(2021), FY(2025))
CSPAN = SPAN(CY(2021), CY(2025))
TD = ("2026-04-01", "2026-09-30")              # 2026/27 to date: 1 April - 30 September 2026
CUSTOM = ("2021-10-01", "2026-09-30")

# outcome label sets
OUT_A = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
         ("Written warning", "written_warning"),
         ("Reflective practice review process", "management_action"),
         ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
         ("Ongoing", "ongoing")]
OUT_B = [("Gross misconduct - dismissed", "dismissed"),
         ("Case to answer - misconduct meeting", "ongoing"),
         ("Reflective practice review process", "management_action"),
         ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
         ("Withdrawn", "withdrawn")]
CTA_NOTE = ("\u2018Case to answer - misconduct meeting\u2019 means the investigation found a case to "
            "answer and the officer or member of staff is awaiting a misconduct meeting, which has "
            "not yet been held.")

WORDS = bk.WORDS


def request15():
    return N(REQUEST15, "the request's 'last five years'")


def rng(name):
    return random.Random("blind15-" + name)


def gen(name, cats, outs, periods, subjects=("all",), hi=4, lo=0):
    return bk.counts_over(rng(name), cats, outs, periods, subjects, hi, lo)


def tot(d, c, p, s, outs):
    return sum(d[(c, oc, p, s)] for _, oc in outs)


def ps(name, font="Helvetica", size=9, leading=None, align=0):
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.2,
                          alignment=align)


def footer_fn(left, why, top=None, right="Page {p} of {n}"):
    from reportlab.lib.units import mm

    def furniture(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 7.5)
        if top:
            c.drawCentredString(w / 2, h - 10 * mm, top)
        c.drawString(20 * mm, 10 * mm, N(left, why))
        c.drawRightString(w - 20 * mm, 10 * mm, N(right.format(p=p, n=n), "page numbers"))
    return furniture


def hdr_cells(ws, row, headers, fill, start=1):
    from openpyxl.styles import Alignment, Font
    for j, h in enumerate(headers, start):
        if h is None:
            continue
        cl = ws.cell(row, j, h)
        cl.font = Font(bold=True)
        if fill is not None:
            cl.fill = fill
        cl.border = xl_border()
        cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


# =========================================================================== PDF


def build_west_yorkshire():
    """West Yorkshire Police PDF letter: a table with no ruling lines at all, columns aligned by
    whitespace only; category as a bold line of its own above its outcome rows; financial years
    2021/22 to 2025/26 plus a Total column; a national statistic in the prose."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "west-yorkshire/WYP FOI 2026-5531 response.pdf"
    KEY.file(src, "west-yorkshire")
    st = styles("Helvetica", 10)
    d = gen("wy", CATS4, OUT_A, FYRS, hi=4)
    story = [P("<b>West Yorkshire Police</b>", st["h"]),
             P(N("Freedom of Information, PO Box 9, Laburnum Road, Wakefield", "PO box"), st["addr"]),
             S(6), P(N("Reference: FOI/2026/5531", "reference"), st["addr"]),
             P(N("Date: 6 November 2026", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Thank you for your request for information received on {REQ_DATE}, in which "
                 "you asked:", "date"), st["body"]),
             P(request15(), st["quote"]),
             P("<b>Decision</b>", st["h2"]),
             P("West Yorkshire Police holds the information you requested. The table below shows "
               "the allegations recorded against police officers and police staff together, by "
               "the financial year in which the allegation was recorded and its outcome as at the "
               "date of this response.", st["body"])]
    years = [FLAB[y] for y in FYRS]
    N(" ".join(years), "column headings")
    rows = [["Allegation type / outcome"] + years + ["Total"]]
    bold_rows = [0]
    for c in CATS4:
        rows.append([CL[c]] + [""] * 6)
        bold_rows.append(len(rows) - 1)
        for ol, oc in OUT_A:
            vs = [d[(c, oc, y, "all")] for y in FYRS]
            rows.append(["    " + ol] + [F(c, oc, v, FY(y)) for v, y in zip(vs, FYRS)]
                        + [F(c, oc, sum(vs), FSPAN)])
        ts = [tot(d, c, y, "all", OUT_A) for y in FYRS]
        rows.append(["    Total"] + [F(c, "total", t, FY(y)) for t, y in zip(ts, FYRS)]
                    + [F(c, "total", sum(ts), FSPAN)])
        bold_rows.append(len(rows) - 1)
    t = Table(rows, colWidths=[62 * mm] + [17 * mm] * 6, hAlign="LEFT")
    cmds = [("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for i in bold_rows:
        cmds.append(("FONT", (0, i), (-1, i), "Helvetica-Bold", 8.5))
    t.setStyle(TableStyle(cmds))
    story += [t, S(8),
              P("Allegations are counted once for each officer or member of staff they were made "
                "against. Outcomes are those recorded on Centurion; \u2018Ongoing\u2019 includes "
                "allegations awaiting a misconduct meeting or hearing.", st["small"]),
              P(N("For context, the National Police Chiefs\u2019 Council reported 1,539 allegations "
                  "of sexual misconduct against officers and staff across England and Wales in "
                  "the six months to March 2023. West Yorkshire Police employs around 5,900 "
                  "officers and 5,200 staff.",
                  "national statistic; headcounts; a period of months"), st["body"]),
              P(rights("West Yorkshire Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Disclosure Officer", st["body"])]
    pdf_letter(src, story, footer_fn("West Yorkshire Police \u2013 OFFICIAL", ""),
               title="FOI 2026/5531", author="West Yorkshire Police")


def build_nottinghamshire():
    """Nottinghamshire Police PDF: a letterhead across the page, then two columns: the table in
    the left column, the prose (outcomes of 2025 in number words, a restatement) in the right."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                    PageTemplate, Table)
    src = "nottinghamshire/FOI-006631-26.pdf"
    KEY.file(src, "nottinghamshire")
    st = styles("Helvetica", 9)
    r = rng("notts")
    T = {(c, y): r.randint(2, 14 if c != AP else 5) for c in CATS4 for y in CYRS}
    story = [P("<b>Nottinghamshire Police</b>", st["h"]),
             P("Information Management, Sherwood Lodge, Arnold, Nottingham", st["addr"]),
             P(N("FOI reference 006631/26 \u2013 response dated 10 November 2026",
                 "reference; date"), st["addr"]), S(4),
             P(request15(), st["quote"]), FrameBreak()]
    hs = ps("nt-h", "Helvetica-Bold", 7.5, 9)
    cs = ps("nt-c", size=7.5, leading=9)
    rows = [[P("Allegation type", hs)] + [P(N(str(y), "year heading"), hs) for y in CYRS]]
    for c in CATS4:
        rows.append([P(CL[c], cs)] + [F(c, "total", T[(c, y)], CY(y)) for y in CYRS])
    t = Table(rows, colWidths=[26 * mm] + [11.5 * mm] * 5, hAlign="LEFT")
    t.setStyle(grid_style(1, size=7.5, shade="#DCE6F1"))
    story += [P(N("Table 1: Allegations recorded against officers and staff, by calendar year",
                  "table number"), st["bold"]), t, S(6),
              P(N("Figures count allegations, not people: one officer may be the subject of more "
                  "than one allegation.", "'one officer', 'more than one'"), st["small"]), FrameBreak()]
    # right column: outcomes of 2025 in number words
    story.append(P("<b>Our response</b>", st["h2"]))
    story.append(P(N("Table 1 (left) gives the number of allegations recorded in each calendar "
                     "year. The outcomes for allegations recorded in 2025 are set out below.",
                     "table number; year"), st["body"]))
    outs = [("dismissed", "dismissed", "resulted in dismissal"),
            ("fww", "final_written_warning", "in a final written warning"),
            ("rp", "management_action", "in reflective practice"),
            ("nc", "no_case_to_answer", "in a finding of no case to answer"),
            ("on", "ongoing", "still under investigation")]
    for c in (SA, SH, SM):
        n = T[(c, 2025)]
        parts = []
        left = n
        vals = []
        for i, (_, oc, words) in enumerate(outs):
            v = left if i == len(outs) - 1 else r.randint(0, min(left, 3))
            left -= v
            vals.append((oc, v, words))
        first = F(c, "total", n, CY(2025), said=WORDS[n], restated=True)
        for oc, v, words in vals:
            parts.append(f"{F(c, oc, v, CY(2025), said=WORDS[v] if v else 'none')} {words}")
        story.append(P(f"Of the {first} allegations of {CL[c].lower()} recorded in 2025, "
                       + ", ".join(parts[:-1]) + ", with " + parts[-1] + ".", st["body"]))
        N("2025", "year")
    story.append(P(f"The {F(AP, 'total', T[(AP, 2025)], CY(2025), said=WORDS[T[(AP, 2025)]], restated=True)} "
                   "allegations of abuse of position for a sexual purpose recorded in 2025 are "
                   "all subject to an independent investigation directed by the IOPC, and we are "
                   "not able to give their outcomes yet.", st["body"]))
    N("2025", "year")
    story += [NextPageTemplate("later"),
              P("Nottinghamshire Police employs 2,400 police officers and 2,100 police staff."
                if N("2,400 2,100", "headcounts") else "", st["small"]),
              FrameBreak(),
              P(rights("Nottinghamshire Police", 40), st["body"]),
              P("Yours faithfully,", st["body"]), P("Information Management", st["body"])]
    story = [x for x in story if x is not None]
    W, H = A4
    top = Frame(18 * mm, H - 70 * mm, W - 36 * mm, 52 * mm, id="top")
    left = Frame(18 * mm, 25 * mm, 85 * mm, H - 97 * mm, id="left")
    right = Frame(108 * mm, 25 * mm, W - 126 * mm, H - 97 * mm, id="right")
    later = Frame(18 * mm, 25 * mm, W - 36 * mm, H - 45 * mm, id="later")
    doc = BaseDocTemplate(str(bk.dest(src)), pagesize=A4, title="FOI 006631/26",
                          author="Nottinghamshire Police", creator="Nottinghamshire Police")
    doc.addPageTemplates([PageTemplate("first", [top, left, right]),
                          PageTemplate("later", [later])])
    doc.build(story, canvasmaker=bk.numbered_canvas(
        footer_fn("Nottinghamshire Police, Sherwood Lodge, Arnold, NG5 8PP", "postcode",
                  top="OFFICIAL", right="Page {p}")))


def build_british_transport():
    """British Transport Police PDF letter: portrait page, a landscape page with the table (a
    two-row header: each financial year band spanning Officers / Staff; 2026/27 to date), then a
    portrait page; '*' a number between 1 and 4."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                    PageTemplate, Table)
    src = "british-transport/BTP FOI 1408-26 response.pdf"
    KEY.file(src, "british-transport")
    st = styles("Helvetica", 10)
    yrs = (2022, 2023, 2024, 2025, 2026)
    per = {y: (FY(y) if y < 2026 else TD) for y in yrs}
    d = gen("btp", CATS4, OUT_B, yrs, ("officers", "staff"), hi=5)
    story = [P("<b>British Transport Police</b>", st["h"]),
             P("Freedom of Information Unit, 25 Camden Road, London", st["addr"])
             if N("25", "street number") else None, S(6),
             P(N("Our reference: FOI 1408/26", "reference"), st["addr"]),
             P(N("Date: 12 November 2026", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Your request of {REQ_DATE} reads:", "date"), st["body"]),
             P(request15(), st["quote"]),
             P("<b>Response</b>", st["h2"]),
             P(N("British Transport Police records allegations by financial year. The table on the "
                 "next page gives the four complete financial years 2022/23 to 2025/26 and the "
                 "current year to date (1 April to 30 September 2026), for police officers and "
                 "police staff separately.", "years; dates"), st["body"]),
             P(CTA_NOTE, st["body"]),
             NextPageTemplate("land"), PageBreak()]
    hs = ps("bt-h", "Helvetica-Bold", 7.5, 9, align=1)
    cs = ps("bt-c", size=7.5, leading=9)
    band = [P("Allegation type", hs), P("Outcome", hs)]
    for y in yrs:
        lab = FLAB[y] if y < 2026 else "2026/27 (1 April - 30 September 2026)"
        band += [P(N(lab, "year band"), hs), ""]
    sub = ["", ""] + [P("Officers", hs), P("Staff", hs)] * len(yrs)
    rows = [band, sub]
    spans = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1))]
    for k in range(len(yrs)):
        spans.append(("SPAN", (2 + 2 * k, 0), (3 + 2 * k, 0)))

    def cell(c, oc, v, y, s):
        if s == "staff" and 1 <= v <= 4:
            return F(c, oc, SUP(1, 4), per[y], subject=s, said="*")
        return F(c, oc, v, per[y], subject=s)

    bold = []
    for c in CATS4:
        start = len(rows)
        for ol, oc in OUT_B + [("Total", "total")]:
            row = [P(CL[c], cs) if oc == "dismissed" else "", ol]
            for y in yrs:
                for s in ("officers", "staff"):
                    v = d[(c, oc, y, s)] if oc != "total" else tot(d, c, y, s, OUT_B)
                    row.append(cell(c, oc, v, y, s))
            rows.append(row)
        bold.append(len(rows) - 1)
        spans.append(("SPAN", (0, start), (0, len(rows) - 1)))
    t = Table(rows, colWidths=[38 * mm, 52 * mm] + [17 * mm] * 10, repeatRows=2, hAlign="CENTER")
    extra = spans + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for i in bold:
        extra.append(("FONT", (1, i), (-1, i), "Helvetica-Bold", 7.5))
    t.setStyle(grid_style(2, size=7.5, shade="#C6D9F1", extra=extra))
    story += [P(N("Allegations of sexual misconduct by financial year, officers and staff",
                  ""), st["bold"]), t, S(6),
              P("* denotes a number between 1 and 4 (police staff only). Small numbers are withheld under section "
                "40(2) of the Freedom of Information Act because they could identify the "
                "individuals concerned."
                if N("1 4 40(2)", "suppression definition; section number") else "", st["small"]),
              NextPageTemplate("port"), PageBreak(),
              P("The figures for 2026/27 are provisional and will change as allegations are "
                "finalised." if N("2026/27", "year") else "", st["body"]),
              P(rights("British Transport Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Rights Unit", st["body"])]
    story = [x for x in story if x is not None]
    W, H = A4
    doc = BaseDocTemplate(str(bk.dest(src)), pagesize=A4, title="FOI 1408/26",
                          author="British Transport Police", creator="British Transport Police")
    doc.addPageTemplates([
        PageTemplate("port", [Frame(20 * mm, 22 * mm, W - 40 * mm, H - 44 * mm)], pagesize=A4),
        PageTemplate("land", [Frame(12 * mm, 18 * mm, H - 24 * mm, W - 36 * mm)],
                     pagesize=landscape(A4))])
    doc.build(story, canvasmaker=bk.numbered_canvas(
        footer_fn("British Transport Police \u2013 OFFICIAL", "", top="OFFICIAL")))


def build_south_yorkshire():
    """South Yorkshire Police PDF letter: Table 1 totals by calendar year; Table 2 a long outcome
    table broken over a page, the rest under a 'Table 2 (continued)' caption with no header row."""
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Table
    src = "south-yorkshire/SYP FOI 20261872 response.pdf"
    KEY.file(src, "south-yorkshire")
    st = styles("Times-Roman", 10.5)
    cats = (SA, SH, AP, SM)
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Under investigation", "ongoing")]
    d = gen("sy", cats, outs, CYRS, ("officers", "staff"), hi=4)
    story = [P("<b>South Yorkshire Police</b>", st["h"]),
             P("Information Compliance Unit, Carbrook House, Sheffield", st["addr"]), S(6),
             P(N("FOI reference: 20261872", "reference"), st["addr"]),
             P(N("Date: 4 November 2026", "date"), st["addr"]), S(8),
             P("Dear Sir or Madam,", st["body"]),
             P(N(f"I refer to your request of {REQ_DATE}:", "date"), st["body"]),
             P(request15(), st["quote"]),
             P(N("We have answered for the calendar years 2021 to 2025. Table 1 shows the number "
                 "of allegations recorded against police officers and police staff in each year; "
                 "Table 2 shows the outcome of each allegation.", "years; table numbers"),
               st["body"]),
             P(N("Table 1: Allegations recorded, 2021 to 2025", "table number; years"), st["bold"])]
    rows = [["Allegation type", "Employee"] + [N(str(y), "year heading") for y in CYRS]]
    for c in cats:
        for s, sl in (("officers", "Police officer"), ("staff", "Police staff")):
            rows.append([P(CL[c], st["cell"]), sl]
                        + [F(c, "total", tot(d, c, y, s, outs), CY(y), subject=s) for y in CYRS])
    t = Table(rows, colWidths=[58 * mm, 28 * mm] + [16 * mm] * 5, hAlign="LEFT")
    t.setStyle(grid_style(1, font="Times-Roman", size=9, shade="#E0E0E0"))
    story += [t, S(8), P(N("Table 2 on the following pages gives the outcomes.", "table number"),
                         st["body"]), PageBreak(),
              P(N("Table 2: Outcome of each allegation", "table number"), st["bold"])]
    body = []
    for y in CYRS:
        for c in cats:
            for ol, oc in outs:
                body.append([N(str(y), "year"), CL[c], ol,
                             F(c, oc, d[(c, oc, y, "officers")], CY(y), subject="officers"),
                             F(c, oc, d[(c, oc, y, "staff")], CY(y), subject="staff")])
    head = ["Year", "Allegation type", "Outcome", "Officers", "Staff"]
    widths = [16 * mm, 62 * mm, 42 * mm, 20 * mm, 20 * mm]
    cut = 50
    PAD1, PAD2 = ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)
    t1 = Table([head] + body[:cut], colWidths=widths, hAlign="LEFT")
    t1.setStyle(grid_style(1, font="Times-Roman", size=8.5, shade="#E0E0E0",
                           extra=[("ALIGN", (1, 1), (2, -1), "LEFT"), PAD1, PAD2]))
    t2 = Table(body[cut:], colWidths=widths, hAlign="LEFT")
    t2.setStyle(grid_style(1, font="Times-Roman", size=8.5, shade="#FFFFFF",
                           extra=[("FONT", (0, 0), (-1, 0), "Times-Roman", 8.5),
                                  ("ALIGN", (1, 0), (2, -1), "LEFT"), PAD1, PAD2]))
    story += [t1, PageBreak(),
              P(N("Table 2 (continued)", "table number"), st["bold"]), t2, S(8),
              P("The outcome is the outcome recorded on 30 September 2026; allegations still "
                "being investigated on that date are shown as under investigation."
                if N("30 September 2026", "date") else "", st["body"]),
              P(rights("South Yorkshire Police", 40), st["body"]),
              P("Yours faithfully,", st["body"]), P("Information Compliance Unit", st["body"])]
    pdf_letter(src, story, footer_fn("South Yorkshire Police, Carbrook House, Sheffield, S9 2EH",
                                     "postcode"),
               title="FOI 20261872", author="South Yorkshire Police")


def build_city_of_london():
    """City of London Police PDF letter: one custom period, 1 October 2021 to 30 September 2026, as
    one total; categories x outcomes; a figure in a footnote; NCND for abuse of position."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "city-of-london/CoLP FOI 26-0917 response.pdf"
    KEY.file(src, "city-of-london")
    st = styles("Helvetica", 10)
    cats = (SA, SH, SM)
    outs = [("Dismissed", "dismissed"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Withdrawn", "withdrawn"), ("Ongoing", "ongoing")]
    d = gen("col", cats, outs, ["c"], hi=3)
    story = [P("<b>City of London Police</b>", st["h"]),
             P("Information Access Office, Guildhall Yard East, London", st["addr"]), S(6),
             P(N("Reference: FOI 26-0917", "reference"), st["addr"]),
             P(N("Date: 9 November 2026", "date"), st["addr"]), S(8),
             P("Dear Applicant,", st["body"]),
             P(N(f"Your request of {REQ_DATE} asked:", "date"), st["body"]),
             P(request15(), st["quote"]),
             P("<b>Response</b>", st["h2"]),
             P(N("Our professional standards system can report only for a rolling period, so the "
                 "table below covers the five years from 1 October 2021 to 30 September 2026 as a "
                 "single period, for police officers and police staff together.",
                 "the five years; dates"), st["body"])]
    hs = ps("col-h", "Helvetica-Bold", 7.5, 9, align=1)
    rows = [[P("Allegation type", hs)] + [P(o, hs) for o, _ in outs] + [P("Total", hs)]]
    for c in cats:
        lab = CL[c] + ("\u00b9" if c == SH else "")
        rows.append([P(lab, st["cell"])]
                    + [F(c, oc, d[(c, oc, "c", "all")], CUSTOM) for _, oc in outs]
                    + [F(c, "total", tot(d, c, "c", "all", outs), CUSTOM)])
    rows.append([P(CL[AP], st["cell"]), P("See below", st["cell"])] + [""] * 6)
    t = Table(rows, colWidths=[42 * mm] + [19 * mm] * 6 + [13 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=8, shade="#EDEDED",
                          extra=[("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1))]))
    sh_t = tot(d, SH, "c", "all", outs)
    sh_staff = min(sh_t, 2)
    story += [P(N("Allegations recorded 1 October 2021 to 30 September 2026", "dates"),
                st["bold"]), t, S(4),
              P("\u00b9 Of the " + F(SH, "total", sh_t, CUSTOM, restated=True)
                + " allegations of sexual harassment, "
                + F(SH, "total", sh_staff, CUSTOM, subject="staff")
                + " were made against members of police staff.", st["small"]), S(6),
              P("<b>Abuse of position for a sexual purpose</b>", st["h2"]),
              P(N("The City of London Police can neither confirm nor deny whether it holds "
                  "information about allegations of abuse of position for a sexual purpose for "
                  "this period. Sections 31(3) (law enforcement) and 40(5B) (personal "
                  "information) of the Act apply: given the small number of officers and staff in "
                  "the force, to confirm or deny would be likely to identify individuals and "
                  "prejudice live investigations.", "section numbers"), st["body"])]
    F(AP, "total", NCND("s31(3);s40(5B)"), CUSTOM, printed=False)
    story += [P(N("The force employs about 1,000 officers and 500 staff. Your rights are set out "
                  "in Appendix 1 below.", "headcounts; appendix number"), st["body"]),
              P(N("Appendix 1 \u2013 your rights", "appendix number"), st["h2"]),
              P(rights("the City of London Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Access Office", st["body"])]
    pdf_letter(src, story, footer_fn("City of London Police, Guildhall Yard East, EC2V 5AE",
                                     "postcode"),
               title="FOI 26-0917", author="City of London Police")


def build_psni():
    """PSNI PDF letter: Table 1 financial years 2021/22 to 2024/25 with 2021/22 not held; Table 2
    the latest year 2025/26 by quarter with a year Total; Table 3 outcomes for 2025/26."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "psni/PSNI FOI-2026-04410.pdf"
    KEY.file(src, "psni")
    st = styles("Helvetica", 10)
    r = rng("psni")
    story = [P("<b>Police Service of Northern Ireland</b>", st["h"]),
             P("Corporate Information Branch, 65 Knock Road, Belfast"
               if N("65", "street number") else "", st["addr"]), S(6),
             P(N("FOI Request Number: FOI-2026-04410", "reference"), st["addr"]),
             P(N("Date: 13 November 2026", "date"), st["addr"]), S(8),
             P(N(f"We received your request on {REQ_DATE}:", "date"), st["body"]),
             P(request15(), st["quote"]),
             P("<b>Answer</b>", st["h2"]),
             P(N("Table 1 gives the number of allegations recorded against police officers and "
                 "police staff in each of the financial years 2022/23 to 2024/25. Allegations "
                 "recorded in 2021/22 are not held in a searchable form: they were recorded on "
                 "the previous system, which was decommissioned in 2022.",
                 "table number; years"), st["body"])]
    rows = [["Allegation type"] + [N(FLAB[y], "year heading") for y in (2021, 2022, 2023, 2024)]]
    for c in CATS4:
        row = [P(CL[c], st["cell"]), "Not held"]
        F(c, "total", NH, FY(2021), printed=False)
        for y in (2022, 2023, 2024):
            row.append(F(c, "total", r.randint(3, 16 if c != AP else 5), FY(y)))
        rows.append(row)
    t = Table(rows, colWidths=[60 * mm] + [24 * mm] * 4, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#D9E1F2"))
    story += [P(N("Table 1: Allegations by financial year", "table number"), st["bold"]), t, S(8),
              P(N("For the latest year, 2025/26, Table 2 gives the figures by quarter.",
                  "year; table number"), st["body"])]
    qlab = ["Q1 (Apr-Jun 2025)", "Q2 (Jul-Sep 2025)", "Q3 (Oct-Dec 2025)", "Q4 (Jan-Mar 2026)"]
    hs = ps("ps-h", "Helvetica-Bold", 8, 9.5, align=1)
    rows = [[P("Allegation type", hs)] + [P(N(q, "quarter heading"), hs) for q in qlab]
            + [P(N("2025/26 total", "year heading"), hs)]]
    Q = {}
    for c in CATS4:
        qs = [r.randint(0, 5 if c != AP else 2) for _ in range(4)]
        Q[c] = sum(qs)
        rows.append([P(CL[c], st["cell"])] + [F(c, "total", v, FQ(2025, q + 1))
                                               for q, v in enumerate(qs)]
                    + [F(c, "total", Q[c], FY(2025))])
    t = Table(rows, colWidths=[60 * mm] + [22 * mm] * 5, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#D9E1F2"))
    story += [P(N("Table 2: Allegations recorded in 2025/26, by quarter", "table number; year"),
                st["bold"]), t, S(8),
              P(N("Table 3: Outcome of allegations recorded in 2025/26", "table number; year"),
                st["bold"])]
    rows = [["Outcome"] + [P(CL[c], hs) for c in CATS4]]
    left = dict(Q)
    PV = {}
    for c in CATS4:
        for ol, oc in OUT_B:
            if oc != "no_case_to_answer":
                PV[(c, oc)] = r.randint(0, min(left[c], 2))
                left[c] -= PV[(c, oc)]
        PV[(c, "no_case_to_answer")] = left[c]
    for ol, oc in OUT_B:
        rows.append([ol] + [F(c, oc, PV[(c, oc)], FY(2025)) for c in CATS4])
    rows.append(["Total"] + [F(c, "total", Q[c], FY(2025), restated=True) for c in CATS4])
    t = Table(rows, colWidths=[60 * mm] + [27 * mm] * 4, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#D9E1F2",
                          extra=[("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5)]))
    story += [t, S(4), P(CTA_NOTE, st["small"]),
              P(rights("the Police Service of Northern Ireland", 20), st["body"]),
              P("Yours sincerely,", st["body"]), P("Corporate Information Branch", st["body"])]
    pdf_letter(src, story, footer_fn("PSNI \u2013 FOI-2026-04410", "reference"),
               title="FOI-2026-04410", author="PSNI")


# =========================================================================== XLSX


def build_greater_manchester():
    """GMP workbook: a 'ReadMe' sheet (request, notes, definitions, a phone number) before the
    'Data' sheet: Calendar year | Allegation category | Employee type | outcomes... | Total; '*' is
    'less than 5'."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "greater-manchester/GMP FOI 2026-11873.xlsx"
    KEY.file(src, "greater-manchester")
    outs = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("RPRP", "management_action"),
            ("No Case to Answer", "no_case_to_answer"), ("Not Upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Ongoing", "ongoing")]
    d = gen("gmp", CATS4, outs, CYRS, ("officers", "staff"), hi=7)
    wb = openpyxl.Workbook()
    rm = wb.active
    rm.title = "ReadMe"
    lines = [
        (N("Greater Manchester Police \u2013 Freedom of Information request 2026/11873", "reference"),
         True),
        (N(f"Date of request: {REQ_DATE}", "date"), False),
        ("", False),
        ("Request", True),
        (request15(), False),
        ("", False),
        ("Notes", True),
        (N("1. The sheet 'Data' gives allegations recorded against GMP police officers and police "
           "staff, by calendar year (2021 to 2025) and by outcome as at 31 October 2026.",
           "note number; years; date"), False),
        (N("2. * = less than 5. Numbers below 5 for police staff are withheld under section 40(2) "
           "of the Act.", "note number; suppression definition; section"), False),
        (N("3. RPRP = Reflective Practice Review Process.", "note number"), False),
        (N("4. Appendix 2 of our publication scheme explains how allegations are recorded.",
           "note number; appendix number"), False),
        (N("Enquiries: Information Compliance, 0161 872 5050", "telephone number"), False)]
    for i, (txt, b) in enumerate(lines, 1):
        rm.cell(i, 1, txt).font = Font(bold=b)
    rm.column_dimensions["A"].width = 120
    ws = wb.create_sheet("Data")
    fill = PatternFill("solid", fgColor="D9D2E9")
    hdr_cells(ws, 1, ["Calendar year", "Allegation category", "Employee type"]
              + [o for o, _ in outs] + ["Total"], fill)
    row = 2
    for y in CYRS:
        for c in CATS4:
            for s, sl in (("officers", "Police Officer"), ("staff", "Police Staff")):
                ws.cell(row, 1, int(N(str(y), "year")))
                ws.cell(row, 2, CL[c])
                ws.cell(row, 3, sl)
                vals = [d[(c, oc, y, s)] for _, oc in outs] + [tot(d, c, y, s, outs)]
                for j, ((_, oc), v) in enumerate(zip(outs + [("Total", "total")], vals)):
                    if s == "staff" and 1 <= v <= 4:
                        ws.cell(row, 4 + j, F(c, oc, SUP(), CY(y), subject=s, said="*"))
                    else:
                        ws.cell(row, 4 + j, int(F(c, oc, v, CY(y), subject=s)))
                row += 1
    ws.freeze_panes = "D2"
    ws.auto_filter.ref = f"A1:L{row - 1}"
    ws.column_dimensions["B"].width = 38
    ws.column_dimensions["C"].width = 15
    xlsx_save(wb, src, "Greater Manchester Police")


def build_metropolitan():
    """MPS workbook: each sheet has a logo-ish title block (rows 1-4) and its header on row 6.
    'Summary': categories x financial years with a formula Total column and row (cached values).
    'Outcomes 2025-26': a cross-tab with categories across and outcomes down, formula totals; the
    Total cell for sexual harassment typed over its formula, one above its outcomes."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "metropolitan/01.FOI.26.051877 - data.xlsx"
    KEY.file(src, "metropolitan")
    r = rng("met")
    fill = PatternFill("solid", fgColor="1F3864")
    white = Font(bold=True, color="FFFFFF")
    wb = openpyxl.Workbook()

    def title_block(ws, line3):
        ws["A1"] = "METROPOLITAN POLICE"
        ws["A1"].font = Font(bold=True, size=20, color="1F3864")
        ws["A2"] = "Directorate of Professional Standards"
        ws["A2"].font = Font(italic=True, size=11)
        ws["A3"] = N("Freedom of Information request 01/FOI/26/051877", "reference")
        ws["A4"] = line3
        ws["A4"].font = Font(bold=True)
        ws.row_dimensions[1].height = 30

    def header(ws, row, heads):
        for j, h in enumerate(heads, 1):
            cl = ws.cell(row, j, h)
            cl.font = white
            cl.fill = fill
            cl.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cl.border = xl_border()

    ws = wb.active
    ws.title = "Summary"
    title_block(ws, N("Allegations recorded against officers and staff, financial years 2021/22 "
                      "to 2025/26", "years"))
    header(ws, 6, ["Allegation type"] + [N(FLAB[y], "year heading") for y in FYRS] + ["Total"])
    cached = {"Summary": {}, "Outcomes 2025-26": {}}
    T = {}
    cols = "BCDEF"
    for i, c in enumerate(CATS4):
        rr = 7 + i
        ws.cell(rr, 1, CL[c])
        for j, y in enumerate(FYRS):
            T[(c, y)] = r.randint(20, 90) if c != AP else r.randint(3, 15)
            ws.cell(rr, 2 + j, int(F(c, "total", T[(c, y)], FY(y))))
        ws.cell(rr, 7, f"=SUM(B{rr}:F{rr})")
        cached["Summary"][f"G{rr}"] = F(c, "total", sum(T[(c, y)] for y in FYRS), FSPAN)
    rr = 7 + len(CATS4)
    ws.cell(rr, 1, "All allegation types").font = Font(bold=True)
    for j, col in enumerate(cols + "G"):
        ws.cell(rr, 2 + j, f"=SUM({col}7:{col}{rr - 1})").font = Font(bold=True)
        if col == "G":
            v = sum(T.values())
        else:
            v = sum(T[(c, FYRS[j])] for c in CATS4)
        cached["Summary"][f"{col}{rr}"] = N(str(v), "a total across categories (no category)")
    ws.cell(rr + 2, 1, N("Source: Centurion, data extracted 2 November 2026. Figures are "
                         "allegations; an officer may face more than one.", "date"))
    ws.column_dimensions["A"].width = 42
    # outcomes sheet
    o = wb.create_sheet(N("Outcomes 2025-26", "sheet name"))
    title_block(o, N("Outcomes of allegations recorded in 2025/26 (officers and staff)", "year"))
    outs = [("Gross misconduct - dismissed", "dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Reflective practice review process", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Ongoing", "ongoing")]
    header(o, 6, ["Outcome"] + [CL[c] for c in CATS4] + ["Total"])
    left = {c: T[(c, 2025)] for c in CATS4}
    V = {}
    for i, (ol, oc) in enumerate(outs):
        rr = 7 + i
        o.cell(rr, 1, ol)
        for j, c in enumerate(CATS4):
            v = left[c] if oc == "ongoing" else r.randint(0, min(left[c] - (c == SH), 12))
            left[c] -= v
            if c == SH and oc == "ongoing":
                assert v > 0
                v -= 1          # one allegation missing from the outcomes (Total typed, see below)
            V[(c, oc)] = v
            o.cell(rr, 2 + j, int(F(c, oc, v, FY(2025))))
        o.cell(rr, 6, f"=SUM(B{rr}:E{rr})")
        cached["Outcomes 2025-26"][f"F{rr}"] = N(str(sum(V[(c, oc)] for c in CATS4)),
                                                 "a total across categories (no category)")
    rr = 7 + len(outs)
    o.cell(rr, 1, "Total").font = Font(bold=True)
    for j, c in enumerate(CATS4):
        col = "BCDE"[j]
        s = sum(V[(c, oc)] for _, oc in outs)
        if c == SH:     # typed over its formula: the Summary figure, one above its outcomes
            o.cell(rr, 2 + j, int(F(c, "total", s + 1, FY(2025), restated=True))).font = \
                Font(bold=True)
        else:
            o.cell(rr, 2 + j, f"=SUM({col}7:{col}{rr - 1})").font = Font(bold=True)
            cached["Outcomes 2025-26"][f"{col}{rr}"] = F(c, "total", s, FY(2025), restated=True)
    o.cell(rr, 6, f"=SUM(B{rr}:E{rr})").font = Font(bold=True)
    cached["Outcomes 2025-26"][f"F{rr}"] = N(str(sum(V.values()) + 1),
                                             "a total across categories (no category)")
    o.cell(rr + 2, 1, "Outcome as recorded on Centurion at the date of extraction.")
    o.column_dimensions["A"].width = 40
    for col in "BCDE":
        o.column_dimensions[col].width = 18
    xlsx_save(wb, src, "MPS Information Rights Unit", cached=cached)


def build_hertfordshire():
    """Hertfordshire Constabulary: a disclosure-log page that only says 'please find attached',
    naming the workbook beside it; the workbook has Allegation type | Outcome | 2021..2025 and
    'Number of cases' in its title."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    page = "hertfordshire/FOI 2026-04980 disclosure.html"
    att = "hertfordshire/FOI 2026-04980 response.xlsx"
    KEY.file(page, "hertfordshire", measure="cases")
    body = f"""<header class="site-header"><a href="/">Hertfordshire Constabulary</a>
<nav><a href="/news">News</a> <a href="/report">Report</a> <a href="/foi">Freedom of Information</a></nav></header>
<main class="disclosure">
<p class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">FOI</a> &gt; Disclosure log</p>
<h1>{E(N("FOI 2026-04980: Sexual misconduct allegations against officers and staff", "reference"))}</h1>
<p class="meta">{E(N("Published: 18 November 2026", "date"))}</p>
<h2>Request</h2>
<blockquote>{E(request15())}</blockquote>
<h2>Response</h2>
<p>Hertfordshire Constabulary holds this information. Please find attached our response,
<a href="FOI%202026-04980%20response.xlsx">{E(N("FOI 2026-04980 response.xlsx", "attachment file name"))}</a>,
which gives the figures for officers and staff together by calendar year.</p>
<p>{E(N("File size: 11 KB", "file size"))}</p>
</main>
<footer><p>{E(N("Hertfordshire Constabulary, Stanborough Road, Welwyn Garden City, AL8 6XF. "
                "Non-emergency: 101", "postcode; telephone"))}</p></footer>"""
    write_text(page, html_page(N("FOI 2026-04980 | Hertfordshire Constabulary", "reference"), body))
    KEY.file(att, "hertfordshire", measure="cases")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Management action / RPRP", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Ongoing", "ongoing")]
    d = gen("herts", CATS4, outs, CYRS, hi=3)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Response"
    ws["A1"] = "Hertfordshire Constabulary \u2013 Professional Standards Department"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = N("FOI 2026-04980: number of cases of sexual misconduct, by calendar year recorded "
                 "and outcome", "reference")
    fill = PatternFill("solid", fgColor="FCE4D6")
    hdr_cells(ws, 4, ["Allegation type", "Outcome"] + [N(str(y), "year heading") for y in CYRS],
              fill)
    row = 5
    for c in CATS4:
        for ol, oc in outs + [("Total", "total")]:
            ws.cell(row, 1, CL[c])
            ws.cell(row, 2, ol)
            for j, y in enumerate(CYRS):
                v = d[(c, oc, y, "all")] if oc != "total" else tot(d, c, y, "all", outs)
                ws.cell(row, 3 + j, int(F(c, oc, v, CY(y))))
            if oc == "total":
                for j in range(7):
                    ws.cell(row, 1 + j).font = Font(bold=True)
            row += 1
    ws.cell(row + 1, 1, N("Each case is one officer or member of staff subject to an allegation.",
                          "definition ('one officer')"))
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 28
    xlsx_save(wb, att, "Hertfordshire Constabulary")


# =========================================================================== DOCX


def build_northamptonshire():
    """Northamptonshire Police Word letter: one table merged both ways (the year band gridSpan over
    five year columns, 'Allegation type' / 'Employee' / 'Total' vMerged over two header rows, each
    category vMerged over its Officers / Staff rows); outcomes refused under section 12."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "northamptonshire/Northamptonshire FOI 001987-26 response.docx"
    KEY.file(src, "northamptonshire")
    r = rng("northants")
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", N("Northamptonshire Police, Wootton Hall, Northampton, "
                                        "NN4 0JQ", "postcode"))
    docx_heading(d, "Northamptonshire Police", 14)
    d.add_paragraph("Freedom of Information Unit")
    d.add_paragraph(N("Our reference: FOI 001987/26\nDate: 11 November 2026", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request of {REQ_DATE}:", "date"))
    q = d.add_paragraph(request15())
    q.paragraph_format.left_indent = 360000
    docx_heading(d, "Response", 12)
    d.add_paragraph(N("The table below gives the number of allegations recorded in each of the "
                      "financial years 2021/22 to 2025/26.", "years"))
    years = [FLAB[y] for y in FYRS]
    t = d.add_table(rows=2 + 8, cols=2 + 5 + 1)
    t.style = "Table Grid"
    docx_cell(t.cell(0, 0), "Allegation type", bold=True)
    docx_cell(t.cell(0, 1), "Employee", bold=True)
    docx_cell(t.cell(0, 2), "Financial year recorded", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    docx_cell(t.cell(0, 7), "Total", bold=True)
    for j, yl in enumerate(years):
        docx_cell(t.cell(1, 2 + j), N(yl, "year heading"), bold=True,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    for k in range(8):
        docx_shade(t.cell(0, k), "D9D9D9")
        if 2 <= k <= 6:
            docx_shade(t.cell(1, k), "D9D9D9")
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 7).merge(t.cell(1, 7))
    t.cell(0, 2).merge(t.cell(0, 6))
    row = 2
    for c in CATS4:
        docx_cell(t.cell(row, 0), CL[c])
        for s, sl in (("officers", "Officers"), ("staff", "Staff")):
            docx_cell(t.cell(row, 1), sl)
            vs = [r.randint(1, 12 if s == "officers" else 5) for _ in FYRS]
            if c == AP:
                vs = [v // 2 for v in vs]
            for j, (v, y) in enumerate(zip(vs, FYRS)):
                docx_cell(t.cell(row, 2 + j), F(c, "total", v, FY(y), subject=s),
                          align=WD_ALIGN_PARAGRAPH.CENTER)
            docx_cell(t.cell(row, 7), F(c, "total", sum(vs), FSPAN, subject=s), bold=True,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            row += 1
        t.cell(row - 2, 0).merge(t.cell(row - 1, 0))
    docx_repeat_header(t.rows[0])
    docx_repeat_header(t.rows[1])
    d.add_paragraph("")
    docx_heading(d, N("Outcomes \u2013 section 12", "section number"), 12)
    d.add_paragraph(N("The outcome of each allegation is not held in a reportable field: it is "
                      "recorded in the case narrative. To give the outcome of each allegation "
                      "would mean reading some 400 case files, which we estimate at 20 minutes a "
                      "file, or about 134 hours. This is well over the appropriate "
                      "limit of \u00a3450, or 18 hours, set by the Freedom of Information and "
                      "Data Protection (Appropriate Limit and Fees) Regulations 2004, so under "
                      "section 12(1) of the Act we are not obliged to provide this part of the "
                      "information.",
                      "cost estimate: files, minutes, hours, money; regulations year; section"))
    d.add_paragraph(N("You may wish to narrow your request, for example to one year or one "
                      "allegation type, and we will consider it again.", "advice ('one year')"))
    d.add_paragraph(rights("Northamptonshire Police", 40))
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Freedom of Information Officer")
    docx_save(d, src, "Northamptonshire Police")


def build_wiltshire():
    """Wiltshire Police Word letter: the figures in numbered paragraphs (Word's List Number), some
    in number words; a nil; a restatement; a headcount."""
    src = "wiltshire/Wiltshire FOI 2026-1533 response.docx"
    KEY.file(src, "wiltshire")
    r = rng("wilts")
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "OFFICIAL", "Wiltshire Police, London Road, Devizes")
    docx_heading(d, "Wiltshire Police", 14)
    d.add_paragraph(N("Freedom of Information reference: 2026-1533\nDate: 16 November 2026",
                      "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"I write about your request of {REQ_DATE}:", "date"))
    q = d.add_paragraph(request15())
    q.paragraph_format.left_indent = 360000
    d.add_paragraph("Wiltshire Police holds the information. We have answered by calendar year, "
                    "for police officers and police staff together. Our answer is set out in the "
                    "numbered paragraphs below.")
    T = {(c, y): r.randint(0, 12 if c != AP else 3) for c in CATS4 for y in CYRS}
    T[(AP, 2022)] = 0
    T[(SH, 2025)] = max(T[(SH, 2025)], 7)
    T[(SA, 2025)] = max(T[(SA, 2025)], 6)
    for y in CYRS:
        parts = []
        for i, c in enumerate(CATS4):
            v = T[(c, y)]
            if v == 0:
                txt = "no allegations" if i else "no allegations"
                F(c, "total", 0, CY(y), said="no allegations of " + CL[c].lower())
            else:
                words = (i + y) % 2 == 1
                num = F(c, "total", v, CY(y), said=WORDS[v] if words else None)
                txt = num + (" allegations" if i == 0 else "")
            parts.append(f"{txt} of {CL[c].lower()}")
        d.add_paragraph(f"In {N(str(y), 'year')} we recorded " + ", ".join(parts[:-1])
                        + " and " + parts[-1] + ".", style="List Number")
    # outcomes for 2025, sexual harassment and sexual assault
    for c in (SH, SA):
        n = T[(c, 2025)]
        dism = min(n, 2)
        rp = min(n - dism, 3)
        nca = n - dism - rp
        d.add_paragraph(
            f"Of the {F(c, 'total', n, CY(2025), said=WORDS[n] if n <= 20 else None, restated=True)} "
            f"allegations of {CL[c].lower()} recorded in {N('2025', 'year')}, "
            f"{F(c, 'dismissed', dism, CY(2025), said=WORDS[dism])} ended in dismissal, "
            f"{F(c, 'management_action', rp, CY(2025), said=WORDS[rp])} in reflective practice "
            f"and {F(c, 'no_case_to_answer', nca, CY(2025), said=WORDS[nca])} in a finding of no "
            "case to answer.", style="List Number")
    d.add_paragraph(f"None of the allegations of sexual harassment recorded in {N('2025', 'year')} "
                    "was withdrawn." if F(SH, "withdrawn", 0, CY(2025), said="none of the "
                                          "allegations of sexual harassment", printed=False)
                    else "", style="List Number")
    d.add_paragraph(N("For context, Wiltshire Police has approximately 1,080 police officers and "
                      "1,150 police staff (full-time equivalent, 31 March 2026).",
                      "headcounts; date"), style="List Number")
    d.add_paragraph(rights("Wiltshire Police", 40))
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Information Rights Team")
    docx_save(d, src, "Wiltshire Police")


# =========================================================================== HTML


def build_north_wales():
    """North Wales Police disclosure-log page: per calendar year a list of 'Label - n' items; the
    2025 outcomes in a definition list per category."""
    src = "north-wales/NWP FOI 26-1189.html"
    KEY.file(src, "north-wales")
    r = rng("nwp")
    parts = [f"<div class=\"page\"><header><p class=\"brand\">Heddlu Gogledd Cymru / North Wales "
             f"Police</p></header><main>",
             f"<h1>{E(N('FOI 26-1189 - Allegations of sexual misconduct', 'reference'))}</h1>",
             f"<p class=\"date\">{E(N('Response date: 12 November 2026', 'date'))}</p>",
             f"<h2>Request</h2><p><em>{E(request15())}</em></p>",
             "<h2>Response</h2><p>The figures below are allegations recorded against police "
             "officers and police staff together, by calendar year.</p>"]
    T = {}
    for y in CYRS:
        parts.append(f"<h3>{N(str(y), 'year heading')}</h3><ul class=\"figures\">")
        for c in CATS4:
            T[(c, y)] = r.randint(1, 11 if c != AP else 4)
            parts.append(f"<li>{E(CL[c])} - {F(c, 'total', T[(c, y)], CY(y))}</li>")
        parts.append("</ul>")
    parts.append(f"<h3>{E(N('Outcomes of allegations recorded in 2025', 'year'))}</h3>")
    for c in (SA, SH):
        parts.append(f"<h4>{E(CL[c])}</h4><dl class=\"outcomes\">")
        left = T[(c, 2025)]
        for i, (ol, oc) in enumerate(OUT_B):
            v = left if i == len(OUT_B) - 1 else r.randint(0, min(left, 2))
            left -= v
            parts.append(f"<dt>{E(ol)}</dt><dd>{F(c, oc, v, CY(2025))}</dd>")
        parts.append("</dl>")
    parts.append(f"<p class=\"note\">{E(CTA_NOTE)}</p>")
    parts.append(f"<p>{E(rights('North Wales Police', 20))}</p>")
    parts.append(f"</main><footer><p>{E(N('North Wales Police, Glan-y-Don, Colwyn Bay, LL29 8AW', 'postcode'))}"
                 "</p></footer></div>")
    write_text(src, html_page(N("FOI 26-1189 | North Wales Police", "reference"), "\n".join(parts)))


# =========================================================================== CSV


def build_gloucestershire():
    """Gloucestershire Constabulary CSV: Windows-1252, semicolon-separated, CRLF; preamble with a
    pound sign, an en dash and curly quotes; financial years + Total; a Total typed wrong."""
    import csv
    import io
    src = "gloucestershire/Gloucestershire FOI 2026-1187.csv"
    KEY.file(src, "gloucestershire")
    outs = [("Gross misconduct \u2013 dismissed", "dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Reflective practice review process", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Ongoing", "ongoing")]
    d = gen("glos", CATS4, outs, FYRS, hi=3)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\n")
    w.writerow([N("Gloucestershire Constabulary \u2013 FOI 2026/1187", "reference")])
    w.writerow(["\u201cAllegations\u201d against police officers and police staff (combined), by "
                "financial year recorded"])
    w.writerow([N("No charge has been made for this response (\u00a30.00).", "money")])
    w.writerow([])
    w.writerow(["Allegation type", "Outcome"] + [N(FLAB[y], "year heading") for y in FYRS]
               + ["Total"])
    for c in CATS4:
        for ol, oc in outs:
            vs = [d[(c, oc, y, "all")] for y in FYRS]
            w.writerow([CL[c], ol] + [F(c, oc, v, FY(y)) for v, y in zip(vs, FYRS)]
                       + [F(c, oc, sum(vs), FSPAN)])
        ts = [tot(d, c, y, "all", outs) for y in FYRS]
        if c == SA:
            ts[2] += 1          # the 2023/24 sexual assault Total typed one above its outcomes
        w.writerow([CL[c], "Total"] + [F(c, "total", t, FY(y)) for t, y in zip(ts, FYRS)]
                   + [F(c, "total", sum(ts), FSPAN)])
    w.writerow([])
    w.writerow(["Outcome as at 31/10/2026." if N("31/10/2026", "date") else ""])
    write_text(src, buf.getvalue(), encoding="cp1252", newline="\r\n")


# =========================================================================== e-mail


def build_police_scotland():
    """Police Scotland e-mail (FOISA): a plain-text aligned table of totals by financial year,
    officers and staff separately; a restatement in prose; 'fewer than five' for one cell."""
    src = "police-scotland/IM-FOI-2026-2417 response.eml"
    KEY.file(src, "police-scotland")
    r = rng("ps")
    hdr = [N("From: foi@scotland.police.uk", ""),
           "To: requester@example.org",
           N("Date: Tue, 17 Nov 2026 10:42:05 +0000", "date and time"),
           N("Subject: IM-FOI-2026-2417 - Sexual misconduct allegations", "reference"),
           "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", ""]
    N("1.0 8", "MIME header")
    lines = ["Dear Requester,", "",
             *textwrap.wrap(N(f"Freedom of Information (Scotland) Act 2002 - request reference "
                              f"IM-FOI-2026-2417, received {REQ_DATE}:", "act year; reference; date"),
                            76, break_on_hyphens=False), "",
             *["    " + x for x in textwrap.wrap(request15(), 72)], "",
             *textwrap.wrap("I can confirm that Police Scotland holds the information. The table "
                            "below shows the number of allegations recorded against police "
                            "officers and police staff, by financial year.", 76), ""]
    head = f"{'Allegation type':<40}{'Employee':<10}" + "".join(f"{N(FLAB[y], 'year'):>9}"
                                                              for y in FYRS)
    lines += [head, "-" * len(head)]
    T = {}
    for c in CATS4:
        for s, sl in (("officers", "Officer"), ("staff", "Staff")):
            cells = []
            for y in FYRS:
                v = r.randint(10, 45) if s == "officers" else r.randint(0, 9)
                if c == AP:
                    v //= 3
                T[(c, y, s)] = v
                if 1 <= v <= 4:
                    cells.append(F(c, "total", SUP(ex="s38(1)(b)"), FY(y), subject=s, said="<5"))
                else:
                    cells.append(F(c, "total", v, FY(y), subject=s))
            lines.append(f"{CL[c]:<40}{sl:<10}" + "".join(f"{x:>9}" for x in cells))
    lines += ["", *textwrap.wrap(N("<5 - fewer than five. Small numbers are withheld under "
                                   "section 38(1)(b) of the Act (personal information).",
                                   "suppression definition; section"), 76), ""]
    best = max(T[(SA, y, "officers")] for y in FYRS)
    by = [y for y in FYRS if T[(SA, y, "officers")] == best][0]
    lines += textwrap.wrap(
        f"The highest annual figure was {F(SA, 'total', best, FY(by), subject='officers', restated=True)}"
        f" allegations of sexual assault against officers, in {N(FLAB[by], 'year')}.", 76)
    lines += [""] + textwrap.wrap(
        "Outcomes are recorded by the Professional Standards Department against the officer, not "
        "the allegation, and the outcome of each allegation is therefore not held (section 17 of "
        "the Act)." if N("17", "section number") else "", 76)
    lines += [""] + textwrap.wrap(N("If you are dissatisfied you may ask for a review within 40 "
                                    "working days, and then apply to the Scottish Information "
                                    "Commissioner within six months.",
                                    "review deadline; months"), 76)
    lines += ["", "Yours sincerely,", "", "Information Management - Glasgow",
              N("Police Scotland, Clyde Gateway, 2 French Street, Glasgow, G40 4EH | 101",
                "street number; postcode; telephone")]
    write_text(src, "\n".join(hdr + lines) + "\n", newline="\r\n")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind15-"))
