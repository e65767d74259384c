#!/usr/bin/python3
"""make_blind10.py -- regenerate the tenth blind test batch for `foi` and its answer key.

A new request, sent on 3 March 2025: the five financial years 2019/20 to 2023/24; sexual assault,
sexual harassment, abuse of position for a sexual purpose; officers and staff; outcomes.  Fifteen
forces answer, thirteen of them not used in blind7-9 (and two used once there), each in a
layout of its own; several answer only in part (older years not held, refused on cost, given
in calendar years instead, published before, not recorded as a category).

  PDF  (5): north-yorkshire (long ruled table across two pages with a repeated header, prose
            restating totals in words), suffolk (landscape spreadsheet printed to PDF, each year
            merged over Officers / Staff, '*' = 1 to 4), derbyshire (2019/20 and 2020/21 not held,
            officers and staff tables, outcomes in number words), sussex (1 April 2019 - 31 March
            2021 refused under s12, unruled tables, '<5'), lincolnshire (merged header Police
            officers / Police staff, staff APSP neither confirmed nor denied, officers outcomes)
  XLSX (4): humberside (a sheet per financial year, reworded headers, "Of which: criminal
            investigation"), norfolk (Summary + a detail sheet per category, a Total typed wrong),
            warwickshire (merged header cells, years over Officers / Staff, '*' fewer than five),
            city-of-london (calendar years 2019-2023 instead, long format, zero rows omitted)
  DOCX (2): gwent (officers only, merged Word table, staff refused under s12, prose restating),
            surrey (a table per year, 2019/20 withheld under s21, outcomes as bullets, a nil)
  HTML (2): psni (officers and staff tables, '-' defined as nil, outcomes 2023/24), essex (colspan
            subject groups, Total row over the span, outcomes over the span, prose restating)
  e-mail (1): police-scotland (.eml, FOISA, prose with number words, staff 'fewer than five'
            under s38(1)(b), APSP not recorded = not held)
  CSV  (1): durham (preamble, Allegation Type | Employee | Outcome | five year columns)

The machinery (F/L/N accounting, writers, read_back, check) is blindkit.py beside this script.
Keying calls are in fixtures/blind10/NOTES.md.

usage: /usr/bin/python3 make_blind10.py             # rebuild fixtures/blind10 (or $FOI_BLIND10_OUT) (responses + expected.csv)
       /usr/bin/python3 make_blind10.py check       # verify determinism and every number
       /usr/bin/python3 make_blind10.py dump FILE   # show FILE (relative to fixtures/blind10 (or $FOI_BLIND10_OUT)) as read back
"""
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, SPAN, SUP, REF, NCND, NH, P, S, styles,  # noqa: E402
                      grid_style, pdf_letter, E, html_page, write_text, docx_new, docx_save,
                      docx_cell, docx_shade, docx_header_footer, docx_heading, xl_border,
                      xlsx_save, rights, SA, SH, AP, CATS3, CAT_LABEL, O_D, O_W, O_F, O_WW,
                      O_N, O_NFA)

FINAL = Path(os.environ.get("FOI_BLIND10_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind10").resolve()
bk.ROOT = FINAL

# --------------------------------------------------------------------------- the request of this batch

REQ_DATE = "3 March 2025"
YEARS = (2019, 2020, 2021, 2022, 2023)
FYS = [FY(y) for y in YEARS]
YL = ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24"]
SPAN10 = SPAN(FYS[0], FYS[-1])              # 1 April 2019 to 31 March 2024
REQUEST10 = ("Please provide, for each of the financial years 2019/20, 2020/21, 2021/22, 2022/23 "
             "and 2023/24: (a) the number of allegations of sexual assault, sexual harassment and "
             "abuse of position for a sexual purpose made against police officers and police staff "
             "of your force; and (b) the outcome of each of those allegations.")


def request10():
    return N(REQUEST10, "the financial years of the request")


def rng(name):
    return random.Random("blind10-" + name)


def gen(name, cats, outs, nper, subjects, hi=4, late=("ongoing",)):
    return bk.small_counts(rng(name), cats, outs, nper, subjects, hi, late)


WORDS = {**bk.WORDS, 21: "twenty-one", 22: "twenty-two", 23: "twenty-three", 24: "twenty-four",
         25: "twenty-five"}


def ps(name, font="Helvetica", size=9, leading=None, align=0):
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.2,
                          alignment=align)


def join(parts):
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


# =========================================================================== PDF


def build_north_yorkshire():
    """North Yorkshire Police PDF letter: one long ruled table (financial year, allegation type,
    allegations recorded, seven outcome columns) that starts on page 1 and runs on to page 2 with
    the header row repeated; a paragraph restating the 2023/24 totals in number words."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "north-yorkshire/NYP FOI 0655-2025 response.pdf"
    KEY.file(src, "north-yorkshire")
    st = styles("Helvetica", 10)
    outs = [O_D, ("Would have been dismissed", "would_have_been_dismissed"), O_F, O_WW,
            ("Reflective practice / management advice", "management_action"), O_N,
            ("Ongoing", "ongoing")]
    data = gen("nyp", CATS3, outs, 5, ["all"], hi=3)
    tot = {(c, pi): sum(data[(c, oc, pi, "all")] for _, oc in outs) for c in CATS3 for pi in range(5)}
    assert all(v <= 25 for v in tot.values())

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 288 * mm, "OFFICIAL")
        c.drawRightString(190 * mm, 288 * mm, N("North Yorkshire Police \u2013 FOI 0655/2025",
                                                "reference"))
        c.drawCentredString(105 * mm, 11 * mm, N(f"Page {p} of {n}", "page numbers"))

    story = [P("<b>North Yorkshire Police</b>", st["h"]),
             P("Civil Disclosure Unit", st["addr"]),
             P(N("Alverton Court, Crosby Road, Northallerton, DL6 1BF", "postcode"), st["addr"]),
             S(8),
             P(N("Reference: 0655/2025", "reference"), st["addr"]),
             P(N("Date: 27 March 2025", "date"), st["addr"]), S(8),
             P("Dear Applicant,", st["body"]),
             P(N(f"Thank you for your request for information, received on {REQ_DATE}. You asked:",
                 "date"), st["body"]),
             P(request10(), st["quote"]),
             P("North Yorkshire Police has considered your request under the Freedom of "
               + N("Information Act 2000.", "year of the Act") + " I can confirm that the "
               "information is held and it is provided below.", st["body"]),
             P("<b>Explanatory notes</b>", st["h2"]),
             P("The figures are allegations recorded by the Professional Standards Department "
               "against police officers and police staff together (special constables and police "
               "community support officers are included). An allegation is counted in the "
               "financial year in which it was recorded, and is shown with its outcome as it "
               "stood when the data was extracted. A single complaint or conduct matter can "
               "contain several allegations, so the figures are not numbers of people.",
               st["body"]),
             P(N("Before 1 February 2020 the lowest outcome for officers was management advice; "
                 "since the Police (Conduct) Regulations 2020 it has been reflective practice. "
                 "Both are shown in the same column, and the two are not strictly comparable. "
                 "Police staff are dealt with under the force\u2019s staff misconduct procedure, "
                 "and their outcomes are shown against the nearest police equivalent.",
                 "date and year of the regulations"), st["body"]),
             P("Allegations still under investigation, or awaiting a meeting or hearing, are "
               "shown as ongoing. Outcomes may change as those matters are concluded.", st["body"]),
             P(N("Table 1 \u2013 Allegations of sexual assault, sexual harassment and abuse of "
                 "position for a sexual purpose recorded against officers and staff, 2019/20 to "
                 "2023/24, by outcome", "table number; span"), st["h2"])]
    hs = ps("nyp-h", "Helvetica-Bold", 7, 8.5)
    cs = ps("nyp-c", size=8, leading=9.5)
    hdr = ["Financial year", "Allegation type", "Allegations recorded"] + [ol for ol, _ in outs]
    rows = [[P(h, hs) for h in hdr]]
    for pi in range(5):
        for k, c in enumerate(CATS3):
            row = [N(YL[pi], "row label (year)") if k == 0 else "", P(CAT_LABEL[c], cs),
                   F(c, "total", tot[(c, pi)], FYS[pi])]
            row += [F(c, oc, data[(c, oc, pi, "all")], FYS[pi]) for _, oc in outs]
            rows.append(row)
    t = Table(rows, colWidths=[14 * mm, 27 * mm, 17 * mm] + [15 * mm] * 4 + [18 * mm]
              + [15 * mm] * 2, repeatRows=1, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8, shade="#DDEBF7",
                          extra=[("LINEABOVE", (0, 1 + 3 * k), (-1, 1 + 3 * k), 1.2, "#000000")
                                 for k in range(1, 5)]
                          + [("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]))
    words = [F(c, "total", tot[(c, 4)], FYS[4], said=WORDS[tot[(c, 4)]], restated=True)
             for c in CATS3]
    story += [S(4), t, S(8),
              P("In the most recent year, " + N("2023/24", "year") + ", the force recorded "
                + words[0] + " allegations of sexual assault, " + words[1]
                + " of sexual harassment and " + words[2] + " of abuse of position for a sexual "
                "purpose.", st["body"]),
              P(L("The information was located and extracted by the Professional Standards "
                  "Department in about 4 hours.", "hours of staff time"), st["body"]),
              P(rights("North Yorkshire Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]),
              P("Civil Disclosure Officer", st["body"]),
              P(N("Telephone 01609 643536 | civil.disclosure@northyorkshire.police.uk",
                  "telephone number"), st["small"])]
    pdf_letter(src, story, furniture, title="FOI 0655/2025", author="North Yorkshire Police")


def build_suffolk():
    """Suffolk Constabulary: a data sheet printed to PDF in landscape (print header with the file
    and sheet name, footer with page and print date); two-row header with each financial year
    merged across Officers / Staff; the allegation type merged down its outcome rows and Total
    row; '*' for staff figures from 1 to 4."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "suffolk/Suffolk FOI 001287-25 Data.pdf"
    KEY.file(src, "suffolk")
    st = styles("Helvetica", 8.5)
    outs = [O_D, ("Gross misconduct \u2013 would have been dismissed", "would_have_been_dismissed"),
            O_F, O_WW, ("Management advice / RPRP", "management_action"), O_N,
            ("Live / sub judice", "ongoing")]
    data = gen("suff", CATS3, outs, 5, ["officers", "staff"], hi=3)

    def furniture(c, p, n):
        c.setFont("Helvetica", 7)
        c.drawString(12 * mm, 200 * mm, N("FOI 001287-25 Data.xlsx", "file name"))
        c.drawRightString(285 * mm, 200 * mm, "Data")
        c.drawCentredString(148 * mm, 8 * mm, N(f"Page {p} of {n}", "page numbers"))
        c.drawRightString(285 * mm, 8 * mm, N("31/03/2025", "print date"))

    story = [P(N("<b>Suffolk Constabulary \u2013 Freedom of Information request 001287/25</b>",
                 "reference"), st["body"]),
             P("Allegations of sexual assault, sexual harassment and abuse of position for a "
               "sexual purpose recorded against police officers and police staff, by financial "
               "year recorded and outcome", st["body"]), S(3)]
    hdr1 = ["Allegation type", "Outcome"]
    hdr2 = ["", ""]
    for pi in range(5):
        hdr1 += [N(YL[pi], "group heading"), ""]
        hdr2 += ["Officers", "Staff"]
    rows = [hdr1, hdr2]
    cs = ps("suff-c", size=7.5, leading=9)
    spans = []
    for c in CATS3:
        first = len(rows)
        for ol, oc in outs + [("Total", "total")]:
            row = [P(CAT_LABEL[c], cs) if oc == "dismissed" else "", P(ol, cs)]
            for pi in range(5):
                for s in ("officers", "staff"):
                    v = (sum(data[(c, x, pi, s)] for _, x in outs) if oc == "total"
                         else data[(c, oc, pi, s)])
                    row.append(F(c, oc, SUP(1, 4), FYS[pi], subject=s, said="*")
                               if s == "staff" and 1 <= v <= 4 else F(c, oc, v, FYS[pi], subject=s))
            rows.append(row)
        spans.append(("SPAN", (0, first), (0, len(rows) - 1)))
    t = Table(rows, colWidths=[40 * mm, 58 * mm] + [17 * mm] * 10, hAlign="LEFT")
    cmds = [("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#808080")),
            ("FONT", (0, 0), (-1, -1), "Helvetica", 7.5),
            ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 7.5),
            ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1))]
    cmds += [("SPAN", (2 + 2 * k, 0), (3 + 2 * k, 0)) for k in range(5)]
    cmds += spans
    cmds += [("FONT", (2, r_), (-1, r_), "Helvetica-Bold", 7.5)
             for r_ in range(2, len(rows)) if (r_ - 1) % 8 == 0]
    cmds += [("ALIGN", (2, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#FFF2CC")),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    t.setStyle(TableStyle(cmds))
    story += [t, S(5),
              P(N("* denotes a figure from 1 to 4. Small numbers for police staff are withheld "
                  "under section 40(2) of the Freedom of Information Act 2000 as they could "
                  "identify the individuals concerned.",
                  "definition of the mark; section; year of the Act"), st["body"]),
              P(N("Suffolk and Norfolk share a joint Professional Standards Department; these "
                  "figures are for Suffolk Constabulary only. Extracted from Centurion on "
                  "24/03/2025.", "date of extraction"), st["body"])]
    pdf_letter(src, story, furniture, pagesize=landscape(A4), margins=(12, 12, 14, 14),
               title="FOI 001287-25 Data.xlsx", author="Suffolk Constabulary")


def build_derbyshire():
    """Derbyshire Constabulary PDF letter (Times): 2019/20 and 2020/21 not held after a change
    of system; totals for 2021/22 to 2023/24 in two tables (officers, staff) told apart by the
    heading above each; 2023/24 outcomes in prose with number words, officers and staff together."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "derbyshire/Derbyshire FOI 25-0311 response.pdf"
    KEY.file(src, "derbyshire")
    st = styles("Times-Roman", 11)
    tot = {("officers", SA): (7, 9, 11), ("officers", SH): (13, 16, 14), ("officers", AP): (3, 2, 4),
           ("staff", SA): (1, 2, 1), ("staff", SH): (4, 3, 6), ("staff", AP): (0, 1, 0)}
    o24 = {SA: [(3, "resulted in dismissal", "dismissed"),
                (1, "in a final written warning", "final_written_warning"),
                (5, "in no case to answer", "no_case_to_answer"),
                (3, "are still under investigation", "ongoing")],
           SH: [(2, "resulted in dismissal", "dismissed"),
                (4, "in a final written warning", "final_written_warning"),
                (3, "in a written warning", "written_warning"),
                (6, "in reflective practice", "management_action"),
                (5, "in no case to answer", "no_case_to_answer")],
           AP: [(2, "resulted in a finding that the officer would have been dismissed had they "
                    "not already left the force", "would_have_been_dismissed"),
                (2, "are awaiting a gross misconduct hearing", "ongoing")]}
    for c in CATS3:
        assert sum(v for v, *_ in o24[c]) == tot[("officers", c)][2] + tot[("staff", c)][2], c

    def furniture(c, p, n):
        c.setFont("Times-Roman", 8)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.drawString(22 * mm, 10 * mm, N("Derbyshire Constabulary, Butterley Hall, Ripley, DE5 3RS",
                                         "postcode"))
        c.drawRightString(188 * mm, 10 * mm, N(f"{p}/{n}", "page numbers"))

    story = [P("<b>Derbyshire Constabulary</b>", st["h"]),
             P("Freedom of Information and Data Protection", st["addr"]), S(6),
             P(N("Our reference: FOI/25/0311", "reference"), st["addr"]),
             P(N("Date: 31 March 2025", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"I write in response to your request of {REQ_DATE}:", "date"), st["body"]),
             P(request10(), st["quote"]),
             P(N("<b>Years 2019/20 and 2020/21</b>", "years"), st["h2"]),
             P(N("Derbyshire Constabulary replaced its professional standards case management "
                 "system in April 2021. Records of allegations made before 1 April 2021 were not "
                 "migrated and the old system has been decommissioned, so the force cannot say how "
                 "many allegations of each type were recorded in the financial years 2019/20 and "
                 "2020/21. For those two years the information is not held.",
                 "dates of the system change; the years not held"), st["body"])]
    for pi in (0, 1):
        for c in CATS3:
            F(c, "total", NH, FYS[pi], said="not held")
    story += [P(N("<b>Years 2021/22 to 2023/24</b>", "years"), st["h2"]),
              P(N("The number of allegations recorded in each of the other three years is given "
                  "below, for police officers and for police staff.", "'three years'"),
                st["body"])]
    for s, head in (("officers", "Police officers"), ("staff", "Police staff")):
        story.append(P(f"<b>{head}</b>", st["body"]))
        rows = [["Allegation type"] + [N(YL[pi], "column heading") for pi in (2, 3, 4)]]
        for c in CATS3:
            rows.append([CAT_LABEL[c]] + [F(c, "total", tot[(s, c)][k], FYS[2 + k], subject=s)
                                          for k in range(3)])
        t = Table(rows, colWidths=[80 * mm, 24 * mm, 24 * mm, 24 * mm], hAlign="LEFT")
        t.setStyle(grid_style(1, font="Times-Roman", size=10, shade="#E7E6E6"))
        story += [t, S(8)]
    story.append(P(N("<b>Outcomes of allegations recorded in 2023/24</b>", "year"), st["h2"]))
    for c in CATS3:
        n = tot[("officers", c)][2] + tot[("staff", c)][2]
        lead = F(c, "total", n, FYS[4], said=WORDS[n].capitalize())
        parts = [f"{F(c, oc, v, FYS[4], said=WORDS[v])} {txt}" for v, txt, oc in o24[c]]
        story.append(P(f"{lead} allegations of {CAT_LABEL[c].lower()} were recorded against "
                       f"officers and staff in that year. Of these, {join(parts)}.", st["body"]))
    story += [P(F(AP, "written_warning", 0, FYS[4], said="None") + " of the allegations of abuse "
                "of position for a sexual purpose led to a written warning.", st["body"]),
              P(N("Outcomes for 2021/22 and 2022/23 can be provided on request.", "years"),
                st["body"]),
              P(rights("Derbyshire Constabulary", 40), st["body"]),
              P("Yours sincerely,", st["body"]),
              P("Information Access Officer", st["body"])]
    pdf_letter(src, story, furniture, title="FOI/25/0311", author="Derbyshire Constabulary")


def build_sussex():
    """Sussex Police PDF letter: 1 April 2019 to 31 March 2021 refused under section 12 (legacy
    system); Table 1 unruled, categories x three financial years + a Total column; Table 2
    outcomes for 2023/24 by category with '<5' for one to four."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "sussex/Sussex Police FOI 567-25 response.pdf"
    KEY.file(src, "sussex")
    st = styles("Helvetica", 10)
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice", "management_action"), O_N,
            ("No further action", "no_further_action"), ("Under investigation", "ongoing")]
    data = gen("sussex", CATS3, outs, 3, ["all"], hi=7)
    tot = {(c, pi): sum(data[(c, oc, pi, "all")] for _, oc in outs) for c in CATS3 for pi in range(3)}
    span = (FYS[2][0], FYS[4][1])

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.drawCentredString(105 * mm, 10 * mm, N(f"Page {p} of {n}", "page numbers"))

    story = [P("<b>Sussex Police</b>", st["h"]),
             P("Information Governance", st["addr"]),
             P(N("Sussex Police Headquarters, Church Lane, Lewes, BN7 2DZ", "postcode"), st["addr"]),
             S(6),
             P(N("FOI reference: 567/25", "reference"), st["addr"]),
             P(N("Date: 28 March 2025", "date"), st["addr"]), S(8),
             P("Dear Sir or Madam,", st["body"]),
             P(N(f"Thank you for your request dated {REQ_DATE}, in which you asked for the "
                 "following:", "date"), st["body"]),
             P(request10(), st["quote"]),
             P("<b>Decision</b>", st["h2"]),
             P(N("Sussex Police holds some of the information. Allegations recorded before 1 April "
                 "2021 are held on the force\u2019s legacy professional standards database, which "
                 "does not record the type of allegation in a field that can be searched. To "
                 "answer your request for the period 1 April 2019 to 31 March 2021 an officer "
                 "would have to read every conduct file from those two years.",
                 "dates of the refused period"), st["body"]),
             P(L("There are about 1,350 such files. At a conservative estimate of five minutes a "
                 "file, this would take more than 112 hours, well above the appropriate limit of "
                 "18 hours (\u00a3450) set by the Freedom of Information and Data Protection "
                 "(Appropriate Limit and Fees) Regulations 2004. That part of your request is "
                 "therefore refused under section 12(1) of the Act, and this letter is a refusal "
                 "notice under section 17(5).",
                 "files, minutes, hours, cost limit, year of the regulations, sections"),
               st["body"]),
             P(N("You may wish to narrow that part of your request, for example to one category "
                 "of allegation, so that it could be answered within the limit.", "'one category'"),
               st["body"])]
    for c in CATS3:
        F(c, "total", REF("s12"), (FYS[0][0], FYS[1][1]), said="")
    story += [P(N("<b>1 April 2021 to 31 March 2024</b>", "dates"), st["h2"]),
              P("The figures are allegations recorded against police officers and police staff, "
                "combined.", st["body"]),
              P(N("Table 1: Allegations recorded by financial year", "table number"), st["bold"])]
    rows = [["Allegation type"] + [N(YL[pi], "column heading") for pi in (2, 3, 4)] + ["Total"]]
    for c in CATS3:
        vals = [tot[(c, k)] for k in range(3)]
        rows.append([CAT_LABEL[c]] + [F(c, "total", v, FYS[2 + k]) for k, v in enumerate(vals)]
                    + [F(c, "total", sum(vals), span)])
    unruled = [("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
               ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
               ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
               ("ALIGN", (1, 0), (-1, -1), "RIGHT")]
    t = Table(rows, colWidths=[75 * mm, 22 * mm, 22 * mm, 22 * mm, 20 * mm], hAlign="LEFT")
    t.setStyle(TableStyle(unruled + [("FONT", (-1, 0), (-1, -1), "Helvetica-Bold", 9.5)]))
    story += [t, S(10),
              P(N("Table 2: Outcomes of allegations recorded in 2023/24", "table number; year"),
                st["bold"])]
    rows = [["Outcome"] + [CAT_LABEL[c] for c in CATS3]]
    hs = ps("sx-h", "Helvetica-Bold", 9, 11, 2)
    rows[0] = ["Outcome"] + [P(CAT_LABEL[c], hs) for c in CATS3]
    for ol, oc in outs + [("Total", "total")]:
        row = [ol]
        for c in CATS3:
            v = tot[(c, 2)] if oc == "total" else data[(c, oc, 2, "all")]
            if oc == "total":
                row.append(F(c, oc, v, FYS[4], restated=True))
            else:
                row.append(F(c, oc, SUP(), FYS[4], said="<5") if 1 <= v <= 4
                           else F(c, oc, v, FYS[4]))
        rows.append(row)
    t = Table(rows, colWidths=[60 * mm, 30 * mm, 30 * mm, 45 * mm], hAlign="LEFT")
    t.setStyle(TableStyle(unruled + [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9.5),
                                     ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
                                     ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]))
    story += [t, S(4),
              P(N("&lt;5 means fewer than five. Where fewer than five allegations had an outcome "
                  "the exact number is withheld under section 40(2), as it could identify the "
                  "officer or member of staff concerned.", "definition of the mark; section"),
                st["small"]),
              P(rights("Sussex Police", 40), st["body"]),
              P("Yours faithfully,", st["body"]), P("Information Governance Team", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 567/25", author="Sussex Police")


def build_lincolnshire():
    """Lincolnshire Police PDF letter: Table 1 with a two-row merged header ('Police officers'
    over the three categories, 'Police staff' over two), financial years as rows and a Total row
    over the five years; police staff APSP neither confirmed nor denied; Table 2 outcomes for
    officers over the five years, its Total row restating Table 1; a national statistic."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "lincolnshire/Lincolnshire Police FOI 000382-25.pdf"
    KEY.file(src, "lincolnshire")
    st = styles("Helvetica", 10)
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice review process", "management_action"), O_N,
            ("Sub judice / under investigation", "ongoing")]
    data = gen("lincs", CATS3, outs, 5, ["officers"], hi=3)
    otot = {(c, pi): sum(data[(c, oc, pi, "officers")] for _, oc in outs) for c in CATS3
            for pi in range(5)}
    stot = {(SA, pi): v for pi, v in enumerate((1, 0, 2, 1, 3))}
    stot.update({(SH, pi): v for pi, v in enumerate((3, 2, 4, 5, 2))})

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 288 * mm, N("Lincolnshire Police | FOI 000382/25", "reference"))
        c.drawRightString(190 * mm, 288 * mm, "OFFICIAL")
        c.drawRightString(190 * mm, 10 * mm, N(f"Page {p}", "page number"))

    story = [P("<b>Lincolnshire Police</b>", st["h"]),
             P(N("Police Headquarters, PO Box 999, Lincoln, LN5 7PH", "PO box; postcode"),
               st["addr"]), S(6),
             P(N("Request number: 000382/25", "reference"), st["addr"]),
             P(N("Date: 1 April 2025", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Your request for information dated {REQ_DATE} has been considered. You asked:",
                 "date"), st["body"]),
             P(request10(), st["quote"]),
             P("<b>Response</b>", st["h2"]),
             P(N("Lincolnshire Police holds the information. Table 1 gives the number of "
                 "allegations recorded against police officers and police staff in each financial "
                 "year.", "table number"), st["body"]),
             P(N("<b>Table 1 \u2013 Allegations recorded</b>", "table number"), st["h2"])]
    hdr1 = ["Financial year", "Police officers", "", "", "Police staff", ""]
    hdr2 = ["", "Sexual assault", "Sexual harassment", "Abuse of position for a sexual purpose",
            "Sexual assault", "Sexual harassment"]
    hs = ps("lin-h", "Helvetica-Bold", 8, 9.5, 1)
    rows = [hdr1, [P(x, hs) if x else "" for x in hdr2]]
    for pi in range(5):
        rows.append([N(YL[pi], "row label (year)")]
                    + [F(c, "total", otot[(c, pi)], FYS[pi], subject="officers") for c in CATS3]
                    + [F(c, "total", stot[(c, pi)], FYS[pi], subject="staff") for c in (SA, SH)])
    rows.append(["Total"]
                + [F(c, "total", sum(otot[(c, pi)] for pi in range(5)), SPAN10, subject="officers")
                   for c in CATS3]
                + [F(c, "total", sum(stot[(c, pi)] for pi in range(5)), SPAN10, subject="staff")
                   for c in (SA, SH)])
    t = Table(rows, colWidths=[26 * mm, 27 * mm, 27 * mm, 34 * mm, 27 * mm, 27 * mm],
              hAlign="LEFT")
    t.setStyle(grid_style(2, size=9, shade="#D9E2F3",
                          extra=[("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (3, 0)),
                                 ("SPAN", (4, 0), (5, 0)), ("ALIGN", (0, 0), (-1, 1), "CENTER"),
                                 ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]))
    story += [t, S(8),
              P("<b>Abuse of position for a sexual purpose \u2013 police staff</b>", st["h2"]),
              P(N("Lincolnshire Police neither confirms nor denies that it holds information about "
                  "allegations of abuse of position for a sexual purpose against police staff. "
                  "Police staff in roles with access to vulnerable people are few, and to confirm "
                  "or deny whether any allegation was made would be likely to identify an "
                  "individual. Section 40(5B) of the Act applies; it is an absolute exemption.",
                  "section number"), st["body"])]
    F(AP, "total", NCND("s40(5B)"), SPAN10, subject="staff", said="neither confirms nor denies")
    story += [P(N("<b>Table 2 \u2013 Outcomes of allegations against police officers, 1 April 2019 "
                  "to 31 March 2024</b>", "table number; span"), st["h2"])]
    rows = [["Outcome"] + [P(CAT_LABEL[c], hs) for c in CATS3]]
    for ol, oc in outs:
        rows.append([ol] + [F(c, oc, sum(data[(c, oc, pi, "officers")] for pi in range(5)), SPAN10,
                              subject="officers") for c in CATS3])
    rows.append(["Total"] + [F(c, "total", sum(otot[(c, pi)] for pi in range(5)), SPAN10,
                               subject="officers", restated=True) for c in CATS3])
    t = Table(rows, colWidths=[62 * mm, 30 * mm, 30 * mm, 40 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=9, shade="#D9E2F3",
                          extra=[("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]))
    story += [t, S(4),
              P(N("Outcomes of allegations against police staff are not broken down, because the "
                  "numbers are small enough to identify individuals (section 40(2)).",
                  "section number"), st["body"]),
              P(L("For context, the Home Office reported that police forces in England and Wales "
                  "recorded 1,483 conduct matters involving sexual misconduct in the year ending "
                  "31 March 2024.", "national statistics"), st["body"]),
              P(rights("Lincolnshire Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Freedom of Information Team", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 000382/25", author="Lincolnshire Police")


# =========================================================================== XLSX


def build_humberside():
    """Humberside Police workbook: a sheet per financial year ('2019-20' ...), each with its own
    dates in the title row; reworded headers ('Allegation classification', 'Employee group',
    'No. of allegations'); an extra column 'Of which: criminal investigation'."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "humberside/Humberside FOI 2025-04471 data.xlsx"
    KEY.file(src, "humberside")
    outs = [("Dismissed", "dismissed"), ("Would Have Been Dismissed", "would_have_been_dismissed"),
            ("Final Written Warning", "final_written_warning"), ("Written Warning", "written_warning"),
            ("Management Advice / Reflective Practice", "management_action"),
            ("No Case To Answer", "no_case_to_answer"), ("Live", "ongoing")]
    data = gen("humb", CATS3, outs, 5, ["officers", "staff"], hi=3)
    crim = gen("humb-crim", CATS3, [("", "x")], 5, ["officers", "staff"], hi=2)
    wb = openpyxl.Workbook()
    fill = PatternFill("solid", fgColor="1F4E78")
    for pi, y in enumerate(YEARS):
        ws = wb.active if pi == 0 else wb.create_sheet()
        ws.title = N(f"{y}-{(y + 1) % 100:02d}", "sheet name")
        ws["A1"] = N(f"Humberside Police \u2013 FOI 2025/04471 \u2013 allegations recorded 1 April {y} "
                     f"to 31 March {y + 1}", "reference; the sheet's dates")
        ws["A1"].font = Font(bold=True, size=12)
        hdr = ["Allegation classification", "Employee group", "No. of allegations",
               "Of which: criminal investigation"] + [ol for ol, _ in outs]
        for j, h in enumerate(hdr, 1):
            cl = ws.cell(3, j, h)
            cl.font = Font(bold=True, color="FFFFFF")
            cl.fill = fill
            cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            cl.border = xl_border()
        r = 4
        for c in CATS3:
            for s, slab in (("officers", "Police Officer"), ("staff", "Police Staff")):
                vals = [data[(c, oc, pi, s)] for _, oc in outs]
                ws.cell(r, 1, CAT_LABEL[c])
                ws.cell(r, 2, slab)
                ws.cell(r, 3, int(F(c, "total", sum(vals), FYS[pi], subject=s)))
                ws.cell(r, 4, int(F(c, "other", min(crim[(c, "x", pi, s)], sum(vals)), FYS[pi],
                                    subject=s)))
                for j, ((ol, oc), v) in enumerate(zip(outs, vals)):
                    ws.cell(r, 5 + j, int(F(c, oc, v, FYS[pi], subject=s)))
                for j in range(1, 12):
                    ws.cell(r, j).border = xl_border()
                r += 1
        ws.cell(r + 1, 1, "\u2018Of which: criminal investigation\u2019 counts the allegations in "
                          "the row that were also the subject of a criminal investigation; they "
                          "are included in the outcome columns as well.")
        if pi == 0:
            ws.cell(r + 2, 1, N("Management advice was replaced by reflective practice from 1 "
                                "February 2020.", "date"))
        ws.column_dimensions["A"].width = 40
        ws.column_dimensions["B"].width = 16
        for col in "CDEFGHIJK":
            ws.column_dimensions[col].width = 14
        ws.row_dimensions[3].height = 48
        ws.freeze_panes = "C4"
    xlsx_save(wb, src, "Humberside Police Information Compliance")


def build_norfolk():
    """Norfolk Constabulary workbook: a Summary sheet (categories x five financial years and a
    Total over the five) and a detail sheet per category (outcomes x years, a Total row and a
    Total column); the 2021/22 sexual harassment Total typed one too high (the Summary repeats it)."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "norfolk/Norfolk FOI 000944-25 data.xlsx"
    KEY.file(src, "norfolk")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice / management advice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Ongoing", "ongoing")]
    data = gen("norf", CATS3, outs, 5, ["all"], hi=3)
    tot = {(c, pi): sum(data[(c, oc, pi, "all")] for _, oc in outs) + (1 if (c, pi) == (SH, 2) else 0)
           for c in CATS3 for pi in range(5)}
    wb = openpyxl.Workbook()
    fill = PatternFill("solid", fgColor="C6E0B4")
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = N("Norfolk Constabulary \u2013 FOI 000944/25", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Allegations of sexual assault, sexual harassment and abuse of position for a sexual "
                "purpose against police officers and police staff (combined), by financial year")
    hdr = ["Allegation type"] + [N(y, "column heading") for y in YL] + ["Total"]
    for j, h in enumerate(hdr, 1):
        cl = ws.cell(4, j, h)
        cl.font = Font(bold=True)
        cl.fill = fill
        cl.border = xl_border()
    sheet_names = {SA: "Sexual assault", SH: "Sexual harassment", AP: "Abuse of position"}
    for i, c in enumerate(CATS3):
        r = 5 + i
        ws.cell(r, 1, CAT_LABEL[c]).border = xl_border()
        for pi in range(5):
            ws.cell(r, 2 + pi, int(F(c, "total", tot[(c, pi)], FYS[pi]))).border = xl_border()
        ws.cell(r, 7, int(F(c, "total", sum(tot[(c, pi)] for pi in range(5)), SPAN10)))
        ws.cell(r, 7).font = Font(bold=True)
        ws.cell(r, 7).border = xl_border()
    ws["A9"] = ("Outcomes for each type of allegation are on the sheet named after it. Figures "
                "are by the financial year in which the allegation was recorded.")
    ws["A10"] = N("Data source: Centurion, extracted 21/03/2025.", "date of extraction")
    ws.column_dimensions["A"].width = 44
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 11
    for c in CATS3:
        w = wb.create_sheet(sheet_names[c])
        w["A1"] = f"{CAT_LABEL[c]} \u2013 outcome of allegations, by financial year recorded"
        w["A1"].font = Font(bold=True, size=12)
        hdr = ["Outcome"] + [N(y, "column heading") for y in YL] + ["Total"]
        for j, h in enumerate(hdr, 1):
            cl = w.cell(3, j, h)
            cl.font = Font(bold=True)
            cl.fill = fill
        for i, (ol, oc) in enumerate(outs):
            w.cell(4 + i, 1, ol)
            vals = [data[(c, oc, pi, "all")] for pi in range(5)]
            for pi in range(5):
                w.cell(4 + i, 2 + pi, int(F(c, oc, vals[pi], FYS[pi])))
            w.cell(4 + i, 7, int(F(c, oc, sum(vals), SPAN10)))
        r = 4 + len(outs)
        w.cell(r, 1, "Total").font = Font(bold=True)
        for pi in range(5):
            w.cell(r, 2 + pi, int(F(c, "total", tot[(c, pi)], FYS[pi], restated=True)))
            w.cell(r, 2 + pi).font = Font(bold=True)
        w.cell(r, 7, int(F(c, "total", sum(tot[(c, pi)] for pi in range(5)), SPAN10, restated=True)))
        w.cell(r, 7).font = Font(bold=True)
        w.column_dimensions["A"].width = 40
        for col in "BCDEFG":
            w.column_dimensions[col].width = 11
    xlsx_save(wb, src, "Norfolk Constabulary Information Management")


def build_warwickshire():
    """Warwickshire Police workbook: 'Allegations' with merged header cells ('Allegation type'
    merged down; each financial year and the five-year total merged across Officers / Staff);
    'Outcomes' over the five years with 'Police officers' and 'Police staff' merged across the
    categories and a Total row; '*' for fewer than five (staff)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "warwickshire/Warwickshire Police FOI 2025-0233.xlsx"
    KEY.file(src, "warwickshire")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice", "management_action"), O_N,
            ("Under investigation", "ongoing")]
    data = gen("warks", CATS3, outs, 5, ["officers", "staff"], hi=3)
    tot = {(c, pi, s): sum(data[(c, oc, pi, s)] for _, oc in outs)
           for c in CATS3 for pi in range(5) for s in ("officers", "staff")}
    subj = (("officers", "Officers"), ("staff", "Staff"))

    def put(ws, r, col, c, oc, v, per, s, restated=False):
        if s == "staff" and 1 <= v <= 4:
            ws.cell(r, col, F(c, oc, SUP(), per, subject=s, said="*", restated=restated))
        else:
            ws.cell(r, col, int(F(c, oc, v, per, subject=s, restated=restated)))
        ws.cell(r, col).alignment = Alignment(horizontal="center")

    wb = openpyxl.Workbook()
    fill = PatternFill("solid", fgColor="D9D2E9")
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = N("Warwickshire Police \u2013 Freedom of Information request 2025/0233", "reference")
    ws.merge_cells("A1:M1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Allegations recorded against police officers and police staff, by financial year"
    ws.merge_cells("A2:M2")
    ws["A4"] = "Allegation type"
    ws.merge_cells("A4:A5")
    for pi in range(5):
        col = 2 + 2 * pi
        ws.cell(4, col, N(YL[pi], "group heading"))
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        for k, (_, sl) in enumerate(subj):
            ws.cell(5, col + k, sl)
    ws.cell(4, 12, N("Total 2019/20 \u2013 2023/24", "group heading (span)"))
    ws.merge_cells(start_row=4, start_column=12, end_row=4, end_column=13)
    ws.cell(5, 12, "Officers")
    ws.cell(5, 13, "Staff")
    for rr in (4, 5):
        for j in range(1, 14):
            cl = ws.cell(rr, j)
            cl.font = Font(bold=True)
            cl.fill = fill
            cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, c in enumerate(CATS3):
        r = 6 + i
        ws.cell(r, 1, CAT_LABEL[c])
        for pi in range(5):
            for k, (s, _) in enumerate(subj):
                put(ws, r, 2 + 2 * pi + k, c, "total", tot[(c, pi, s)], FYS[pi], s)
        for k, (s, _) in enumerate(subj):
            put(ws, r, 12 + k, c, "total", sum(tot[(c, pi, s)] for pi in range(5)), SPAN10, s)
    ws["A10"] = N("* fewer than five. Figures for police staff between one and four are withheld "
                  "under section 40(2) of the Freedom of Information Act 2000.",
                  "definition of the mark; section; year of the Act")
    ws["A11"] = "Special constables are included with police officers."
    ws.column_dimensions["A"].width = 40
    w = wb.create_sheet("Outcomes")
    w["A1"] = N("Outcomes of allegations recorded 1 April 2019 to 31 March 2024", "span")
    w.merge_cells("A1:G1")
    w["A1"].font = Font(bold=True, size=12)
    w["A3"] = "Outcome"
    w.merge_cells("A3:A4")
    w["B3"] = "Police officers"
    w.merge_cells("B3:D3")
    w["E3"] = "Police staff"
    w.merge_cells("E3:G3")
    for k in range(2):
        for j, c in enumerate(CATS3):
            w.cell(4, 2 + 3 * k + j, CAT_LABEL[c])
    for rr in (3, 4):
        for j in range(1, 8):
            cl = w.cell(rr, j)
            cl.font = Font(bold=True)
            cl.fill = fill
            cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 5
    for ol, oc in outs + [("Total", "total")]:
        w.cell(r, 1, ol)
        for k, (s, _) in enumerate(subj):
            for j, c in enumerate(CATS3):
                if oc == "total":
                    v = sum(tot[(c, pi, s)] for pi in range(5))
                else:
                    v = sum(data[(c, oc, pi, s)] for pi in range(5))
                put(w, r, 2 + 3 * k + j, c, oc, v, SPAN10, s, restated=(oc == "total"))
        r += 1
    for j in range(1, 8):
        w.cell(r - 1, j).font = Font(bold=True)
    w.cell(r + 1, 1, N("* fewer than five (see the Allegations sheet).", "definition of the mark"))
    w.column_dimensions["A"].width = 30
    for col in "BCDEFG":
        w.column_dimensions[col].width = 16
    w.row_dimensions[4].height = 45
    xlsx_save(wb, src, "Warwickshire Police")


def build_city_of_london():
    """City of London Police workbook: the force records by calendar year and answers for the
    calendar years 2019 to 2023 instead (said in the title rows); long format, one row per year x
    type x employee x outcome with an 'All outcomes' row; combinations with nothing omitted."""
    import openpyxl
    from openpyxl.styles import Font
    src = "city-of-london/CoLP FOI 25-0198 disclosure.xlsx"
    KEY.file(src, "city-of-london")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
    data = gen("colp", CATS3, outs, 5, ["officers", "staff"], hi=2)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = N("FOI 25-0198", "sheet name (reference)")
    ws["A1"] = N("City of London Police \u2013 FOI 25/0198", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("Our Professional Standards database records allegations by calendar year. The "
                 "figures below are for the calendar years 2019 to 2023 (1 January 2019 to 31 "
                 "December 2023), the nearest complete years to the period you asked for.",
                 "the years given")
    ws["A3"] = N("Only combinations with at least one allegation are listed; any combination not "
                 "shown had none.", "'at least one': a blanket statement")
    hdr = ["Calendar year", "Type of allegation", "Officer / staff", "Outcome",
           "Number of allegations"]
    for j, h in enumerate(hdr, 1):
        ws.cell(5, j, h).font = Font(bold=True)
    r = 6
    for pi, y in enumerate(YEARS):
        for c in CATS3:
            for s, slab in (("officers", "Officer"), ("staff", "Staff")):
                vals = [data[(c, oc, pi, s)] for _, oc in outs]
                if not sum(vals):
                    continue
                for (ol, oc), v in list(zip(outs, vals)) + [(("All outcomes", "total"), sum(vals))]:
                    if not v:
                        continue
                    ws.cell(r, 1, int(N(str(y), "year")))
                    ws.cell(r, 2, CAT_LABEL[c])
                    ws.cell(r, 3, slab)
                    ws.cell(r, 4, ol)
                    ws.cell(r, 5, int(F(c, oc, v, CY(y), subject=s)))
                    if oc == "total":
                        for j in range(1, 6):
                            ws.cell(r, j).font = Font(bold=True)
                    r += 1
    ws.auto_filter.ref = f"A5:E{r - 1}"
    ws.freeze_panes = "A6"
    ws.cell(r + 1, 1, N("Source: Centurion, extracted 20 March 2025.", "date"))
    for col, wd in zip("ABCDE", (14, 40, 16, 24, 22)):
        ws.column_dimensions[col].width = wd
    xlsx_save(wb, src, "City of London Police Information Access")


# =========================================================================== DOCX


def build_gwent():
    """Gwent Police Word letter: officers only; one Word table with a two-row header ('Allegation
    type', 'Outcome' and 'Total' merged down, 'Financial year' merged across the five years), the
    allegation type merged down its outcome rows and Total row; police staff refused under
    section 12; a sentence restating two totals in number words."""
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm
    src = "gwent/Gwent Police FOI 2025-0409 response.docx"
    KEY.file(src, "gwent", subject="officers")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice review process", "management_action"), O_N,
            ("Under investigation", "ongoing")]
    data = gen("gwent", CATS3, outs, 5, ["officers"], hi=3)
    tot = {(c, pi): sum(data[(c, oc, pi, "officers")] for _, oc in outs) for c in CATS3
           for pi in range(5)}
    d = docx_new("Arial", 10.5)
    docx_header_footer(d, "OFFICIAL", N("Gwent Police, Police Headquarters, Turnpike End, "
                                        "Llanfrechfa, Cwmbran, NP44 8FD", "postcode"))
    docx_heading(d, "Heddlu Gwent Police", 16)
    d.add_paragraph("Freedom of Information Unit")
    d.add_paragraph(N("Reference: FOI 2025/0409\nDate: 2 April 2025", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request of {REQ_DATE}, in which you asked:", "date"))
    p = d.add_paragraph(request10())
    p.paragraph_format.left_indent = 457200
    p.runs[0].italic = True
    docx_heading(d, "Police officers", 12)
    d.add_paragraph("The table below shows the allegations recorded against police officers in "
                    "each financial year and their outcomes. Special constables are included.")
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    nrows = 2 + len(CATS3) * (len(outs) + 1)
    t = d.add_table(rows=nrows, cols=8)
    t.style = "Table Grid"
    for a, b, txt in ((0, 0, "Allegation type"), (0, 1, "Outcome"), (0, 7, "Total")):
        m = t.cell(0, b).merge(t.cell(1, b))
        docx_cell(m, txt, bold=True)
        docx_shade(m, "D9E2F3")
    m = t.cell(0, 2).merge(t.cell(0, 6))
    docx_cell(m, "Financial year", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    docx_shade(m, "D9E2F3")
    for pi in range(5):
        docx_cell(t.cell(1, 2 + pi), N(YL[pi], "column heading"), bold=True,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
        docx_shade(t.cell(1, 2 + pi), "D9E2F3")
    bk.docx_repeat_header(t.rows[0])
    bk.docx_repeat_header(t.rows[1])
    r = 2
    for c in CATS3:
        m = t.cell(r, 0).merge(t.cell(r + len(outs), 0))
        docx_cell(m, CAT_LABEL[c])
        for ol, oc in outs + [("Total", "total")]:
            bold = oc == "total"
            docx_cell(t.cell(r, 1), ol, bold=bold)
            vals = ([tot[(c, pi)] for pi in range(5)] if oc == "total"
                    else [data[(c, oc, pi, "officers")] for pi in range(5)])
            for pi in range(5):
                docx_cell(t.cell(r, 2 + pi), F(c, oc, vals[pi], FYS[pi]), bold=bold,
                          align=WD_ALIGN_PARAGRAPH.CENTER)
            docx_cell(t.cell(r, 7), F(c, oc, sum(vals), SPAN10), bold=True,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            r += 1
    sec = d.add_section()
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    d.add_paragraph("The number of allegations of sexual harassment against officers went from "
                    + F(SH, "total", tot[(SH, 0)], FYS[0], said=WORDS[tot[(SH, 0)]], restated=True)
                    + " in " + N("2019/20", "year") + " to "
                    + F(SH, "total", tot[(SH, 4)], FYS[4], said=WORDS[tot[(SH, 4)]], restated=True)
                    + " in " + N("2023/24", "year") + ".")
    docx_heading(d, "Police staff", 12)
    d.add_paragraph(L("Misconduct matters involving police staff are managed by People Services "
                      "under the staff disciplinary procedure, and are not recorded on the "
                      "Professional Standards system. To identify allegations of a sexual nature "
                      "we would need to read each of the 2,600 or so staff case records opened "
                      "since April 2019. At two minutes a record this would take over 86 hours, "
                      "which exceeds the 18 hours (\u00a3450) appropriate limit. This part of your "
                      "request is refused under section 12(1) of the Freedom of Information Act "
                      "2000.", "records, minutes, hours, cost limit, section, year of the Act"))
    for c in CATS3:
        F(c, "total", REF("s12"), SPAN10, subject="staff", said="")
    d.add_paragraph(rights("Gwent Police", 40))
    d.add_paragraph("Yours sincerely,\nFreedom of Information Officer")
    docx_save(d, src, "Gwent Police")


def build_surrey():
    """Surrey Police Word letter: 2019/20 withheld under section 21 (published in an earlier
    response); a heading and a small table per year (Police officers | Police staff | Total);
    2023/24 outcomes as bulleted 'Label: n' lists per category; a nil in a sentence."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "surrey/Surrey Police FOI 25-0517 response.docx"
    KEY.file(src, "surrey")
    tot = {}
    r = rng("surrey")
    for c in CATS3:
        for pi in range(1, 5):
            hi = 12 if c != AP else 4
            tot[(c, pi, "officers")] = r.randint(1, hi)
            tot[(c, pi, "staff")] = r.randint(0, max(1, hi // 3))
    o24 = {SA: [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
                ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")],
           SH: [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
                ("Written warning", "written_warning"),
                ("Reflective practice", "management_action"),
                ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")],
           AP: [("Gross misconduct \u2013 would have been dismissed", "would_have_been_dismissed"),
                ("Under investigation", "ongoing")]}
    o24v = {}
    for c in CATS3:
        n = tot[(c, 4, "officers")] + tot[(c, 4, "staff")]
        k = len(o24[c])
        cuts = sorted(r.randint(0, n) for _ in range(k - 1))
        vals = [b - a for a, b in zip([0] + cuts, cuts + [n])]
        o24v[c] = vals
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "OFFICIAL", N("Surrey Police, PO Box 101, Guildford, GU1 9PE",
                                        "PO box; postcode"))
    docx_heading(d, "Surrey Police", 16)
    d.add_paragraph("Freedom of Information")
    d.add_paragraph(N("Our reference: FOI 25/0517\nDate: 3 April 2025", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request for information dated {REQ_DATE}:", "date"))
    p = d.add_paragraph("\u201c" + request10() + "\u201d")
    p.paragraph_format.left_indent = 457200
    docx_heading(d, N("2019/20", "year"), 12)
    d.add_paragraph(N("The figures for 2019/20 were published in full in our response to an earlier "
                      "request, FOI 21/0844, which is on our disclosure log. That information is "
                      "reasonably accessible to you by other means and is exempt under section 21 "
                      "of the Freedom of Information Act 2000.",
                      "earlier reference; section number; year of the Act"))
    for c in CATS3:
        F(c, "total", REF("s21"), FYS[0], said="")
    d.add_paragraph("The information for the other years is held and is given below. The figures "
                    "are allegations recorded against police officers and police staff.")
    for pi in range(1, 5):
        docx_heading(d, N(f"Allegations recorded in {YL[pi]}", "year"), 12)
        t = d.add_table(rows=4, cols=4)
        t.style = "Light Grid Accent 1"
        for j, h in enumerate(["Allegation type", "Police officers", "Police staff", "Total"]):
            docx_cell(t.cell(0, j), h, bold=True)
        for i, c in enumerate(CATS3):
            o, s = tot[(c, pi, "officers")], tot[(c, pi, "staff")]
            docx_cell(t.cell(1 + i, 0), CAT_LABEL[c])
            docx_cell(t.cell(1 + i, 1), F(c, "total", o, FYS[pi], subject="officers"),
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            docx_cell(t.cell(1 + i, 2), F(c, "total", s, FYS[pi], subject="staff"),
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            docx_cell(t.cell(1 + i, 3), F(c, "total", o + s, FYS[pi]), bold=True,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
        d.add_paragraph("")
    docx_heading(d, N("Outcomes \u2013 allegations recorded in 2023/24", "year"), 12)
    d.add_paragraph("The outcomes of the allegations recorded in the most recent year, for officers "
                    "and staff together, are:")
    for c in CATS3:
        p = d.add_paragraph()
        p.add_run(CAT_LABEL[c]).bold = True
        for (ol, oc), v in zip(o24[c], o24v[c]):
            d.add_paragraph(f"{ol}: {F(c, oc, v, FYS[4])}", style="List Bullet")
    d.add_paragraph(F(SA, "written_warning", 0, FYS[4], said="No") + " allegation of sexual "
                    "assault resulted in a written warning.")
    d.add_paragraph(rights("Surrey Police", 40))
    d.add_paragraph("Yours sincerely,\nFreedom of Information Officer")
    docx_save(d, src, "Surrey Police")


# =========================================================================== HTML


def build_psni():
    """PSNI disclosure-log page: one table for police officers and one for police staff, each
    under its own heading, categories as rows and financial years as columns plus a Total; '-'
    defined as nil; a 2023/24 outcome table by subject; Police Ombudsman complaints excluded."""
    src = "psni/PSNI FOI-2025-01187.html"
    KEY.file(src, "psni")
    tot = {}
    r = rng("psni")
    for s in ("officers", "staff"):
        for c in CATS3:
            for pi in range(5):
                hi = {SA: 9, SH: 14, AP: 3}[c] if s == "officers" else {SA: 2, SH: 3, AP: 1}[c]
                v = r.randint(0, hi)
                tot[(s, c, pi)] = v
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management discipline / advice", "management_action"),
            ("No further action", "no_further_action"), ("Ongoing", "ongoing")]
    o24 = {}
    for s in ("officers", "staff"):
        for c in CATS3:
            n = tot[(s, c, 4)]
            cuts = sorted(r.randint(0, n) for _ in range(len(outs) - 1))
            for (_, oc), v in zip(outs, [b - a for a, b in zip([0] + cuts, cuts + [n])]):
                o24[(s, c, oc)] = v

    def cell(c, oc, v, per, s):
        if v == 0:
            return F(c, oc, 0, per, subject=s, said="-")
        return F(c, oc, v, per, subject=s)

    b = ['<div id="psni-header"><span class="logo">Police Service of Northern Ireland</span>'
         '<nav><a href="/">Home</a> | <a href="/foi-publication-scheme/">FOI</a> | '
         '<a href="/foi-disclosure-log/">Disclosure log</a></nav></div>',
         '<div class="page-content">',
         N("<h1>FOI-2025-01187 \u2013 Sexual misconduct allegations (officers and staff)</h1>",
           "reference"),
         '<table class="meta"><tr><th>Request number</th><td>'
         + N("FOI-2025-01187", "reference") + "</td></tr><tr><th>Date of response</th><td>"
         + N("04/04/2025", "date") + "</td></tr></table>",
         "<h2>Request</h2>", f"<p>{E(request10())}</p>",
         "<h2>Answer</h2>",
         "<p>PSNI holds information relevant to your request. The figures are allegations "
         "recorded by the Professional Standards Department, by the financial year in which they "
         "were recorded. Complaints made by members of the public are investigated independently "
         "by the Police Ombudsman for Northern Ireland and are not included.</p>"]
    for s, head in (("officers", "Police officers"), ("staff", "Police staff")):
        b.append(f"<h3>{head}</h3>")
        b.append('<table class="psni-table"><thead><tr><th>Allegation type</th>'
                 + "".join(f"<th>{N(y, 'column heading')}</th>" for y in YL)
                 + "<th>Total</th></tr></thead><tbody>")
        for c in CATS3:
            vals = [tot[(s, c, pi)] for pi in range(5)]
            b.append(f"<tr><td>{CAT_LABEL[c]}</td>"
                     + "".join(f"<td>{cell(c, 'total', v, FYS[pi], s)}</td>"
                               for pi, v in enumerate(vals))
                     + f"<td><strong>{cell(c, 'total', sum(vals), SPAN10, s)}</strong></td></tr>")
        b.append("</tbody></table>")
    b.append(N("<h3>Outcomes of allegations recorded in 2023/24</h3>", "year"))
    b.append('<table class="psni-table"><thead><tr><th>Allegation type</th><th>Outcome</th>'
             "<th>Police officers</th><th>Police staff</th></tr></thead><tbody>")
    for c in CATS3:
        for i, (ol, oc) in enumerate(outs):
            b.append("<tr>" + (f'<td rowspan="{len(outs)}">{CAT_LABEL[c]}</td>' if i == 0 else "")
                     + f"<td>{ol}</td>"
                     + "".join(f"<td>{cell(c, oc, o24[(s, c, oc)], FYS[4], s)}</td>"
                               for s in ("officers", "staff")) + "</tr>")
    b.append("</tbody></table>")
    b.append('<p class="note">- denotes nil.</p>')
    b.append(N('<p class="note">Outcomes are as recorded on 28 March 2025. Under the Police '
               "Service of Northern Ireland (Conduct) Regulations 2016 the outcomes available "
               "differ slightly from those in England and Wales.</p>", "date; year of the regulations"))
    b.append(f"<h2>Your right to request a review</h2><p>{E(rights('the PSNI', 20))}</p>")
    b.append("</div>")
    b.append(N('<footer><p>Police Service of Northern Ireland, 65 Knock Road, Belfast, BT5 6LE. '
               "Non-emergency 101.</p></footer>", "address; telephone"))
    write_text(src, html_page(N("FOI-2025-01187 | PSNI", "reference"), "\n".join(b)))


def build_essex():
    """Essex Police disclosure page: Table 1 with colspan groups 'Police officers' / 'Police staff'
    over the three categories, financial years as rows and a Total row over the five years;
    Table 2 outcomes over the five years, officers and staff together, with a Total row; a
    sentence restating a Table 1 figure."""
    src = "essex/Essex-Police-FOI-3172-25.html"
    KEY.file(src, "essex")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice / management advice", "management_action"),
            O_N, ("Withdrawn / discontinued", "withdrawn"), ("Live investigation", "ongoing")]
    data = gen("essex", CATS3, outs, 5, ["officers", "staff"], hi=4)
    tot = {(c, pi, s): sum(data[(c, oc, pi, s)] for _, oc in outs)
           for c in CATS3 for pi in range(5) for s in ("officers", "staff")}
    b = ['<header class="ep-header"><a href="/" class="ep-logo">Essex Police</a></header>',
         '<nav class="breadcrumb"><a href="/">Home</a> / <a href="/foi-ai/">Freedom of '
         "information</a> / Disclosure log</nav>",
         '<main class="ep-main"><article>',
         N("<h1>Allegations of sexual misconduct 2019/20 to 2023/24 (FOI 3172/25)</h1>",
           "years; reference"),
         N('<p class="ep-date">Published 7 April 2025</p>', "date"),
         "<h2>Your request</h2>", f"<blockquote>{E(request10())}</blockquote>",
         "<h2>Our response</h2>",
         "<p>Essex Police holds this information. The figures are allegations, counted in the "
         "financial year in which they were recorded.</p>",
         N("<h3>Table 1: Allegations recorded</h3>", "table number"),
         '<table class="ep-table"><thead><tr><th rowspan="2">Financial year</th>'
         '<th colspan="3">Police officers</th><th colspan="3">Police staff</th></tr><tr>'
         + "".join(f"<th>{CAT_LABEL[c]}</th>" for c in CATS3) * 2 + "</tr></thead><tbody>"]
    for pi in range(5):
        b.append(f"<tr><th>{N(YL[pi], 'row label (year)')}</th>"
                 + "".join(f"<td>{F(c, 'total', tot[(c, pi, s)], FYS[pi], subject=s)}</td>"
                           for s in ("officers", "staff") for c in CATS3) + "</tr>")
    b.append('<tr class="total"><th>Total</th>'
             + "".join(f"<td><strong>{F(c, 'total', sum(tot[(c, pi, s)] for pi in range(5)), SPAN10, subject=s)}</strong></td>"
                       for s in ("officers", "staff") for c in CATS3) + "</tr></tbody></table>")
    best = max(range(5), key=lambda pi: tot[(SH, pi, "officers")])
    b.append("<p>The highest yearly figure was in " + N(YL[best], "year") + ", when "
             + F(SH, "total", tot[(SH, best, "officers")], FYS[best], subject="officers",
                 restated=True)
             + " allegations of sexual harassment were recorded against police officers.</p>")
    b.append(N("<h3>Table 2: Outcomes of the allegations in Table 1 (1 April 2019 to 31 March 2024), "
               "officers and staff together</h3>", "table number; span"))
    b.append('<table class="ep-table"><thead><tr><th>Outcome</th>'
             + "".join(f"<th>{CAT_LABEL[c]}</th>" for c in CATS3) + "</tr></thead><tbody>")
    for ol, oc in outs + [("Total", "total")]:
        cells = []
        for c in CATS3:
            if oc == "total":
                v = sum(tot[(c, pi, s)] for pi in range(5) for s in ("officers", "staff"))
            else:
                v = sum(data[(c, oc, pi, s)] for pi in range(5) for s in ("officers", "staff"))
            cells.append(F(c, oc, v, SPAN10))
        tag = "th" if oc == "total" else "td"
        b.append(f"<tr><{tag}>{ol}</{tag}>" + "".join(f"<{tag}>{x}</{tag}>" for x in cells)
                 + "</tr>")
    b.append("</tbody></table>")
    b.append(N("<p><small>Reflective practice replaced management advice from 1 February 2020. "
               "Outcomes as at 31 March 2025.</small></p>", "dates"))
    b.append(f"<h2>Your rights</h2><p>{E(rights('Essex Police', 40))}</p>")
    b.append("</article></main>")
    b.append(N('<footer class="ep-footer">Essex Police, PO Box 2, Springfield, Chelmsford, '
               "CM2 6DA</footer>", "PO box; postcode"))
    write_text(src, html_page(N("FOI 3172/25 | Essex Police", "reference"), "\n".join(b)))


# =========================================================================== e-mail and CSV


def build_police_scotland():
    """Police Scotland e-mail reply (.eml, CRLF) under FOISA: sexual assault and sexual harassment
    totals per year in prose, officers in digits and number words, staff 'fewer than five' under
    s38(1)(b); abuse of position for a sexual purpose not recorded as a category (not held)."""
    src = "police-scotland/RE FOI 25-0761 Police Scotland.eml"
    KEY.file(src, "police-scotland")
    osa = (14, 11, 17, 19, 16)
    osh = (22, 18, 25, 31, 27)
    ssa = (0, "s", "s", 0, "s")
    ssh = ("s", "s", 5, 6, "s")
    lines = [N("From: Police Scotland FOI <foi@scotland.police.uk>", ""),
             "To: requester@example.org",
             N("Date: Mon, 31 Mar 2025 15:22:07 +0100", "date and time"),
             N("Subject: RE: Freedom of Information request 25-0761", "reference"),
             N("MIME-Version: 1.0", "mail header"),
             N("Content-Type: text/plain; charset=utf-8", "mail header"),
             "",
             "Dear Requester,",
             "",
             N(f"Freedom of Information (Scotland) Act 2002 \u2013 our reference 25-0761", "year of the Act; reference"),
             "",
             N(f"Thank you for your request of {REQ_DATE}. Police Scotland is a Scottish public "
               "authority and your request has been dealt with under the Freedom of Information "
               "(Scotland) Act 2002 (FOISA).", "date; year of the Act"),
             "",
             "The figures below are allegations recorded by Professional Standards against police "
             "officers and police staff, counted by the financial year in which they were recorded.",
             ""]
    lines.append("Police officers \u2013 sexual assault: " + ", ".join(
        f"{N(YL[pi], 'year')}: {F(SA, 'total', v, FYS[pi], subject='officers')}"
        for pi, v in enumerate(osa)) + ".")
    lines.append("Police officers \u2013 sexual harassment: " + ", ".join(
        f"{N(YL[pi], 'year')}: {F(SH, 'total', v, FYS[pi], subject='officers')}"
        for pi, v in enumerate(osh)) + ".")
    lines.append("")

    def staff(c, vals):
        parts = []
        for pi, v in enumerate(vals):
            if v == "s":
                parts.append(f"{N(YL[pi], 'year')}: "
                             + F(c, "total", SUP(ex="s38(1)(b)"), FYS[pi], subject="staff",
                                 said="fewer than five"))
            else:
                parts.append(f"{N(YL[pi], 'year')}: "
                             + F(c, "total", v, FYS[pi], subject="staff", said=WORDS[v] if v else "none"))
        return ", ".join(parts)

    lines.append("Police staff \u2013 sexual assault: " + staff(SA, ssa) + ".")
    lines.append("Police staff \u2013 sexual harassment: " + staff(SH, ssh) + ".")
    lines += ["",
              N("Where a figure is fewer than five it has not been given, because so small a "
                "number could identify the member of staff concerned; it is exempt under section "
                "38(1)(b) of FOISA (personal information).", "section number"),
              "",
              N("Police Scotland does not record allegations of \u201cabuse of position for a "
                "sexual purpose\u201d as a separate category: the term is used by forces in "
                "England and Wales. Such conduct would be recorded here as sexual assault, sexual "
                "harassment or another conduct matter, and cannot be told apart. In terms of "
                "section 17 of the Act, this part of your request is information not held.",
                "section number"),
              ""]
    F(AP, "total", NH, SPAN10, said="information not held")
    lines += ["Of the allegations of sexual assault against officers recorded in "
              + N("2023/24", "year") + ", " + F(SA, "dismissed", 2, FYS[4], subject="officers",
                                                said="two")
              + " resulted in dismissal, " + F(SA, "final_written_warning", 3, FYS[4],
                                               subject="officers", said="three")
              + " in a final written warning and " + F(SA, "no_further_action", 5, FYS[4],
                                                       subject="officers", said="five")
              + " in no further action; " + F(SA, "ongoing", 6, FYS[4], subject="officers", said="six")
              + " are still being investigated.",
              "",
              L("If you are dissatisfied with the way we have handled your request you may ask "
                "for a review within 40 working days. If you remain dissatisfied after the review "
                "you may appeal to the Scottish Information Commissioner, Kinburn Castle, "
                "Doubledykes Road, St Andrews, KY16 9DS, within six months.",
                "review deadline; postcode; months"),
              "",
              "Yours sincerely,",
              "",
              "Information Management \u2013 Glasgow",
              "Police Scotland",
              "",
              "-----Original Message-----",
              N("Sent: 03 March 2025 10:14", "date and time"),
              "> " + request10()]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


def build_durham():
    """Durham Constabulary CSV export: UTF-8, CRLF, three preamble lines, a wide header with the
    five financial years, rows per allegation type x employee x outcome with an 'All outcomes'
    row per block, a notes line at the end."""
    import csv as _csv
    import io
    src = "durham/Durham FOI 0212-25 data.csv"
    KEY.file(src, "durham")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Under investigation", "ongoing")]
    data = gen("durham", CATS3, outs, 5, ["officers", "staff"], hi=3)
    buf = io.StringIO()
    w = _csv.writer(buf, lineterminator="\n")
    w.writerow([N("Durham Constabulary - FOI 0212/25", "reference")] + [""] * 7)
    w.writerow(["Allegations recorded against police officers and police staff, by financial year "
                "recorded and outcome"] + [""] * 7)
    w.writerow([""] * 8)
    w.writerow(["Allegation Type", "Employee", "Outcome"] + [N(y, "column heading") for y in YL])
    for c in CATS3:
        for s, slab in (("officers", "Police officer"), ("staff", "Police staff")):
            for ol, oc in [("All outcomes", "total")] + outs:
                if oc == "total":
                    vals = [sum(data[(c, x, pi, s)] for _, x in outs) for pi in range(5)]
                else:
                    vals = [data[(c, oc, pi, s)] for pi in range(5)]
                w.writerow([CAT_LABEL[c], slab, ol]
                           + [F(c, oc, v, FYS[pi], subject=s) for pi, v in enumerate(vals)])
    w.writerow([""] * 8)
    w.writerow([N("Notes: outcomes as at 25/03/2025. Special constables are counted as police "
                  "officers.", "date")] + [""] * 7)
    write_text(src, buf.getvalue(), newline="\r\n")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind10-"))
