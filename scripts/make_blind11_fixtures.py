#!/usr/bin/python3
"""make_blind11_fixtures.py (make_blind11.py) -- regenerate the eleventh blind test batch for `foi` and its answer key.

A new request, sent on 2 June 2025: (a) the financial year 2024/25 and (b) 1 April to 31 May 2025
(the year to date); sexual assault, sexual harassment, abuse of position for a sexual purpose;
officers and staff; outcomes; and (c) how many officers were suspended or placed on restricted
duties.  Fifteen forces answer, each in a house style of its own.  The machinery (F/L/N accounting,
writers, read_back, check) is blindkit.py beside this script; keying calls are in fixtures/blind11/NOTES.md.

usage: /usr/bin/python3 make_blind11.py             # rebuild fixtures/blind11 (or $FOI_BLIND11_OUT) (responses + expected.csv)
       /usr/bin/python3 make_blind11.py check       # verify determinism and every number
       /usr/bin/python3 make_blind11.py dump FILE   # show FILE (relative to fixtures/blind11 (or $FOI_BLIND11_OUT)) as read back
"""
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, SPAN, SUP, REF, NCND, NH, P, S, styles,  # noqa: E402
                      grid_style, pdf_letter, E, html_page, write_text, docx_new, docx_save,
                      docx_cell, docx_shade, docx_header_footer, docx_heading, xl_border,
                      xlsx_save, rights, SA, SH, AP, CATS3, CAT_LABEL, O_D, O_W, O_F, O_WW,
                      O_N, O_NFA)

FINAL = Path(os.environ.get("FOI_BLIND11_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind11").resolve()
bk.ROOT = FINAL      # where builders write; `check` points it at a scratch folder

REQ_DATE = "2 June 2025"
P24 = FY(2024)                           # 1 April 2024 to 31 March 2025
TD = ("2025-04-01", "2025-05-31")        # 1 April 2025 to 31 May 2025 (year to date)
PERS = [P24, TD]
REQUEST11 = ("Please provide (a) for the financial year 2024/25 and (b) for the period 1 April 2025 "
             "to 31 May 2025: the number of allegations of sexual assault, sexual harassment and "
             "abuse of position for a sexual purpose made against police officers and police staff "
             "of your force, and the outcome of each allegation; and (c) how many officers were "
             "suspended or placed on restricted duties in connection with those allegations.")


def request11():
    return N(REQUEST11, "the periods of the request")


def rng(name):
    return random.Random("blind11-" + name)


def gen(name, cats, outs, nper, subjects, hi=4, late=("ongoing",)):
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
                    if pi == 1:                       # two months: few, mostly still live
                        v = (r.randint(0, max(1, h // 2 + 1)) if oc in late
                             else r.choice([0, 0, 0, 1]))
                    d[(c, oc, pi, s)] = v
    return d


WORDS = bk.WORDS


def ps(name, font="Helvetica", size=9, leading=None, align=0):
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.2,
                          alignment=align)


def join(parts):
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def tot_of(data, c, pi, s, outs):
    return sum(data[(c, oc, pi, s)] for _, oc in outs)


# =========================================================================== PDF


def build_cleveland():
    """Cleveland Police PDF letter: one long ruled table for 2024/25 (Employee type | Allegation
    type | Outcome | Number of allegations) that runs from page 1 on to page 2 without a repeated
    header; April-May 2025 in number words; suspensions given only across all three types."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "cleveland/Cleveland Police FOI 2025-1043 response.pdf"
    KEY.file(src, "cleveland")
    st = styles("Helvetica", 10)
    outs = [O_D, ("Would have been dismissed", "would_have_been_dismissed"), O_F, O_WW,
            ("Reflective practice (RPRP)", "management_action"), O_N,
            ("Under investigation", "ongoing")]
    data = gen("clev", CATS3, outs, 1, ["officers", "staff"], hi=3)

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.drawString(20 * mm, 10 * mm, N("Cleveland Police, Ladgate Lane, Middlesbrough, TS8 9EH",
                                         "postcode"))
        c.drawRightString(190 * mm, 10 * mm, N(f"Page {p} of {n}", "page numbers"))

    story = [P("<b>Cleveland Police</b>", st["h"]),
             P("Freedom of Information Unit", st["addr"]), S(8),
             P(N("Our ref: FOI 2025/1043", "reference"), st["addr"]),
             P(N("Date: 26 June 2025", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Thank you for your e-mail of {REQ_DATE}, in which you asked:", "date"), st["body"]),
             P(request11(), st["quote"]),
             P("<b>Response</b>", st["h2"]),
             P(N("Cleveland Police holds the information you asked for. The table below gives the "
                 "allegations recorded by the Professional Standards Department in the financial "
                 "year 2024/25, by the type of employee, the type of allegation and the outcome as "
                 "it stood on 20 June 2025.", "year; date"), st["body"]),
             P(N("Table 1 \u2013 Allegations recorded 1 April 2024 to 31 March 2025",
                 "table number; dates"), st["bold"])]
    cs = ps("clev-c", size=8.5, leading=10)
    rows = [["Employee type", "Allegation type", "Outcome", "Number of allegations"]]
    for s, slab in (("officers", "Police officer"), ("staff", "Police staff")):
        for c in CATS3:
            for ol, oc in outs:
                rows.append([slab, P(CAT_LABEL[c], cs), ol, F(c, oc, data[(c, oc, 0, s)], P24,
                                                              subject=s)])
            rows.append([slab, P(CAT_LABEL[c], cs), "Total",
                         F(c, "total", tot_of(data, c, 0, s, outs), P24, subject=s)])
    t = Table(rows, colWidths=[32 * mm, 55 * mm, 52 * mm, 30 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#DCE6F1",
                          extra=[("FONT", (0, r_), (-1, r_), "Helvetica-Bold", 8.5)
                                 for r_ in range(8, len(rows), 8)]))
    td = {SA: 4, SH: 9, AP: 2}
    story += [t, S(8), P(N("<b>1 April to 31 May 2025</b>", "dates"), st["h2"]),
              P("Between those dates the force recorded "
                + F(SA, "total", td[SA], TD, said=WORDS[td[SA]]) + " allegations of sexual assault, "
                + F(SH, "total", td[SH], TD, said=WORDS[td[SH]]) + " of sexual harassment and "
                + F(AP, "total", td[AP], TD, said=WORDS[td[AP]]) + " of abuse of position for a "
                "sexual purpose against officers and staff. All of them are still being "
                "investigated, so no outcomes can be given yet.", st["body"]),
              P("<b>Suspension and restricted duties</b>", st["h2"]),
              P(L("During 2024/25, 6 officers who were the subject of one or more of these "
                  "allegations were suspended and 11 were placed on restricted duties. The force does "
                  "not hold these figures broken down by type of allegation.",
                  "officers suspended / restricted across all three types (no category); year"),
                st["body"]),
              P(rights("Cleveland Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]),
              P("Disclosure Officer", st["body"]),
              P(N("Telephone 01642 326326", "telephone number"), st["small"])]
    pdf_letter(src, story, furniture, title="FOI 2025/1043", author="Cleveland Police")


def build_dorset():
    """Dorset Police: a spreadsheet printed to PDF in landscape; each period merged across Officers /
    Staff / Total; '*' defined as a number between 1 and 4."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "dorset/Dorset FOI 2025-0877 table.pdf"
    KEY.file(src, "dorset")
    st = styles("Helvetica", 8.5)
    outs = [O_D, ("Gross misconduct \u2013 would have been dismissed", "would_have_been_dismissed"),
            O_F, O_WW, ("Reflective practice", "management_action"), O_N,
            ("Under investigation / awaiting hearing", "ongoing")]
    data = gen("dorset", CATS3, outs, 2, ["officers", "staff"], hi=9)

    def furniture(c, p, n):
        c.setFont("Helvetica", 7)
        c.drawString(12 * mm, 200 * mm, N("FOI 2025-0877 PSD data.xlsx", "file name"))
        c.drawRightString(285 * mm, 200 * mm, "Sheet1")
        c.drawCentredString(148 * mm, 8 * mm, N(f"Page {p} of {n}", "page numbers"))
        c.drawRightString(285 * mm, 8 * mm, N("24/06/2025 09:41", "print date and time"))

    def cell(c, oc, v, pi, s):
        if 1 <= v <= 4:
            return F(c, oc, SUP(1, 4), PERS[pi], subject=s, said="*")
        return F(c, oc, v, PERS[pi], subject=s)

    story = [P(N("<b>Dorset Police \u2013 FOI 2025-0877</b>", "reference"), st["body"]),
             P("Allegations of sexual assault, sexual harassment and abuse of position for a sexual "
               "purpose recorded against police officers and police staff, with outcomes", st["body"]),
             S(3)]
    hdr1 = ["Allegation type", "Outcome", N("2024/25", "group heading"), "", "",
            N("1 April 2025 \u2013 31 May 2025", "group heading"), "", ""]
    hdr2 = ["", "", "Officers", "Staff", "Total", "Officers", "Staff", "Total"]
    rows = [hdr1, hdr2]
    cs = ps("dor-c", size=7.5, leading=9)
    spans = []
    for c in CATS3:
        first = len(rows)
        for ol, oc in outs + [("Total", "total")]:
            row = [P(CAT_LABEL[c], cs) if oc == "dismissed" else "", P(ol, cs)]
            for pi in range(2):
                vals = {}
                for s in ("officers", "staff"):
                    vals[s] = (tot_of(data, c, pi, s, outs) if oc == "total"
                               else data[(c, oc, pi, s)])
                    row.append(cell(c, oc, vals[s], pi, s))
                row.append(cell(c, oc, vals["officers"] + vals["staff"], pi, "officers_and_staff"))
            rows.append(row)
        spans.append(("SPAN", (0, first), (0, len(rows) - 1)))
    t = Table(rows, colWidths=[48 * mm, 62 * mm] + [22 * mm] * 6, hAlign="LEFT")
    cmds = [("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#808080")),
            ("FONT", (0, 0), (-1, -1), "Helvetica", 7.5),
            ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 7.5),
            ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
            ("SPAN", (2, 0), (4, 0)), ("SPAN", (5, 0), (7, 0))] + spans
    cmds += [("FONT", (1, r_), (-1, r_), "Helvetica-Bold", 7.5) for r_ in range(9, len(rows), 8)]
    cmds += [("ALIGN", (2, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#E2EFDA")),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    t.setStyle(TableStyle(cmds))
    story += [t, S(5),
              P(N("* a number between 1 and 4, withheld under section 40(2) of the Freedom of "
                  "Information Act 2000.", "definition of the mark; section; year of the Act"),
                st["body"]),
              P(N("Outcomes as at 20/06/2025. Question (c) is answered in the covering letter.",
                  "date"), st["body"])]
    pdf_letter(src, story, furniture, pagesize=landscape(A4), margins=(12, 12, 14, 14),
               title="FOI 2025-0877 PSD data.xlsx", author="Dorset Police")


def build_northumbria():
    """Northumbria Police PDF: a letter that points to the published 2024/25 disclosure with a short
    table of its totals, and an Annex A (page 2) with April-May 2025 by category and subject plus a
    column of officers suspended or on restricted duties."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, PageBreak
    src = "northumbria/Northumbria FOI 1187-25 response and annex.pdf"
    KEY.file(src, "northumbria")
    st = styles("Helvetica", 10)
    t24 = {SA: 31, SH: 47, AP: 9}

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 288 * mm, "OFFICIAL")
        c.drawRightString(190 * mm, 288 * mm, N("FOI 1187/25", "reference"))
        c.drawCentredString(105 * mm, 11 * mm, N(f"{p}", "page number"))

    story = [P("<b>Northumbria Police</b>", st["h"]),
             P("Disclosure and Information Rights", st["addr"]), S(8),
             P(N("Reference: 1187/25", "reference"), st["addr"]),
             P(N("Date: 30 June 2025", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Your request of {REQ_DATE} was:", "date"), st["body"]),
             P(request11(), st["quote"]),
             P(N("<b>Part (a) \u2013 2024/25</b>", "year"), st["h2"]),
             P(N("Northumbria Police publishes professional standards data for each financial "
                 "year. The allegations recorded in 2024/25, with their outcomes, are in the",
                 "year") + " "
               + N("Professional Standards annual data 2024-25", "title") + " at "
               + N("www.northumbria.police.uk/foi-ai/psd-data-2024-25", "web address") + ". The "
               + N("totals for the three types of allegation you asked about, against officers and "
                   "staff together, are:", "'three types'"), st["body"])]
    rows = [["Allegation type", N("Allegations 2024/25", "column heading")]]
    for c in CATS3:
        rows.append([CAT_LABEL[c], F(c, "total", t24[c], P24)])
    t = Table(rows, colWidths=[80 * mm, 35 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=9, shade="#E7E6E6"))
    story += [t, S(8),
              P("<b>Parts (b) and (c)</b>", st["h2"]),
              P(L("The figures for 1 April to 31 May 2025 have not yet been published. They are given "
                  "in Annex A, with the number of officers who were suspended or placed on "
                  "restricted duties in connection with those allegations.", "dates"), st["body"]),
              P(rights("Northumbria Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Disclosure Officer", st["body"]),
              PageBreak(),
              P("<b>Annex A</b>", st["h"]),
              P(N("Allegations recorded 1 April 2025 to 31 May 2025", "dates"), st["bold"])]
    outs = [("Under investigation", "ongoing"), ("No case to answer", "no_case_to_answer"),
            ("Reflective practice", "management_action")]
    ann = {(SA, "officers"): (3, 1, 0, 2), (SA, "staff"): (1, 0, 0, 0),
           (SH, "officers"): (5, 1, 1, 1), (SH, "staff"): (2, 0, 1, 0),
           (AP, "officers"): (2, 0, 0, 2)}
    rows = [["Allegation type", "Employee", "Allegations", "Under investigation",
             "No case to answer", "Reflective practice", "Officers suspended or on restricted duties"]]
    cs = ps("nb-c", size=8.5, leading=10)
    rows = [[P(h, ps("nb-h", "Helvetica-Bold", 8.5, 10)) for h in rows[0]]]
    for (c, s), (tt, ui, nc, susp) in ann.items():
        rp = tt - ui - nc
        vals = [("total", tt), ("ongoing", ui), ("no_case_to_answer", nc), ("management_action", rp)]
        row = [P(CAT_LABEL[c], cs), "Police officer" if s == "officers" else "Police staff"]
        row += [F(c, oc, v, TD, subject=s) for oc, v in vals]
        row.append(F(c, "other", susp, TD, subject="officers", measure="individuals")
                   if s == "officers" else "n/a")
        rows.append(row)
    t = Table(rows, colWidths=[36 * mm, 22 * mm, 21 * mm, 23 * mm, 20 * mm, 20 * mm, 24 * mm],
              hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#E7E6E6"))
    story += [t, S(6),
              P(F(AP, "total", 0, TD, subject="staff", said="No allegation") + " of abuse of "
                "position for a sexual purpose was recorded against police staff in this period, so "
                "there is no row for it. Suspension and restricted duties "
                "apply to police officers; staff may be moved to other duties under the staff "
                "procedure, which is not recorded centrally.", st["small"])]
    pdf_letter(src, story, furniture, title="FOI 1187/25", author="Northumbria Police")


def build_south_yorkshire():
    """South Yorkshire Police PDF letter: officers' 2024/25 outcomes in a ruled table with a Total
    column; April-May 2025 officers in number-word prose; police staff refused under section 12 for
    both periods; a national statistic that is not a figure; part (c) refused under section 40(2)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "south-yorkshire/SYP FOI 20250612 response.pdf"
    KEY.file(src, "south-yorkshire", subject="officers")
    st = styles("Times-Roman", 11)
    outs = [O_D, ("Would have been dismissed", "would_have_been_dismissed"), O_F, O_WW,
            ("Reflective practice", "management_action"), O_N, ("Ongoing", "ongoing")]
    data = gen("syp", CATS3, outs, 1, ["officers"], hi=4)

    def furniture(c, p, n):
        c.setFont("Times-Roman", 8)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.drawCentredString(105 * mm, 10 * mm, N(f"Page {p} of {n}", "page numbers"))

    story = [P("<b>South Yorkshire Police</b>", st["h"]),
             P("Information Rights", st["addr"]),
             P(N("Carbrook House, 5 Carbrook Hall Road, Sheffield, S9 2EH", "address; postcode"),
               st["addr"]), S(6),
             P(N("Reference: 20250612", "reference"), st["addr"]),
             P(N("Date: 27 June 2025", "date"), st["addr"]), S(8),
             P("Dear Sir/Madam,", st["body"]),
             P(N(f"I refer to your request received on {REQ_DATE}:", "date"), st["body"]),
             P(request11(), st["quote"]),
             P("<b>Police officers</b>", st["h2"]),
             P(N("Table 1 shows the allegations recorded against police officers in 2024/25 and "
                 "their outcomes.", "table number; year"), st["body"])]
    cols = ["Allegation type"] + [ol for ol, _ in outs] + ["Total"]
    hs = ps("syp-h", "Times-Bold", 8, 9.5)
    rows = [[P(h, hs) for h in cols]]
    for c in CATS3:
        row = [P(CAT_LABEL[c], ps("syp-c", "Times-Roman", 9, 10.5))]
        row += [F(c, oc, data[(c, oc, 0, "officers")], P24) for _, oc in outs]
        row.append(F(c, "total", tot_of(data, c, 0, "officers", outs), P24))
        rows.append(row)
    t = Table(rows, colWidths=[36 * mm] + [16.5 * mm] * 7 + [14 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, font="Times-Roman", size=9, shade="#EDEDED",
                          extra=[("LEFTPADDING", (0, 0), (-1, -1), 3),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    td = {SA: 3, SH: 5, AP: 0}
    story += [P(N("Table 1 \u2013 Police officers, 2024/25", "table number; year"), st["bold"]), t, S(8),
              P(N("From 1 April to 31 May 2025", "dates") + " "
                + F(SA, "total", td[SA], TD, said=WORDS[td[SA]]) + " allegations of sexual assault "
                "and " + F(SH, "total", td[SH], TD, said=WORDS[td[SH]]) + " of sexual harassment "
                "were recorded against officers; there were "
                + F(AP, "total", 0, TD, said="no") + " allegations of abuse of position for a "
                "sexual purpose. All are still under investigation.", st["body"]),
              P("<b>Police staff</b>", st["h2"]),
              P(L("Conduct matters involving police staff are held by Human Resources in individual "
                  "case files, which do not record the nature of the allegation in a searchable "
                  "form. Locating the staff cases within the scope of your request would mean "
                  "reading around 400 files at about 5 minutes each, some 33 hours, which is more "
                  "than the 18 hour (\u00a3450) appropriate limit. That part of your request is refused under "
                  "section 12 of the Freedom of Information Act 2000.",
                  "files, minutes, hours, cost limit, section, year of the Act"), st["body"])]
    for per in PERS:
        for c in CATS3:
            F(c, "total", REF("s12"), per, subject="staff", said="")
    story += [P("<b>Suspensions and restricted duties</b>", st["h2"]),
              P(N("The number of officers suspended or placed on restricted duties is so small that, "
                  "with information already in the public domain, it could identify them. This part "
                  "of your request is withheld under section 40(2).", "section"), st["body"]),
              P(L("For context, the Home Office reported 1,611 allegations of this kind across "
                  "England and Wales in the year to 31 March 2024.",
                  "national statistic; date"), st["body"]),
              P(rights("South Yorkshire Police", 40), st["body"]),
              P("Yours faithfully,", st["body"]), P("Information Rights Officer", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 20250612", author="South Yorkshire Police")


def build_cambridgeshire():
    """Cambridgeshire Constabulary PDF letter: 2024/25 unruled table Officers | Staff | Total with a
    Total row; a sentence restating one figure; April-May 2025 not held yet; suspensions given
    across all types only."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "cambridgeshire/Cambs FOI 0655-2025.pdf"
    KEY.file(src, "cambridgeshire")
    st = styles("Helvetica", 10)
    t = {(SA, "officers"): 12, (SA, "staff"): 3, (SH, "officers"): 19, (SH, "staff"): 6,
         (AP, "officers"): 4, (AP, "staff"): 0}

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(22 * mm, 10 * mm, N("Cambridgeshire Constabulary, Hinchingbrooke Park, "
                                         "Huntingdon, PE29 6NP", "postcode"))
        c.drawRightString(188 * mm, 10 * mm, N(f"Page {p}", "page number"))

    story = [P("<b>Cambridgeshire Constabulary</b>", st["h"]),
             P("Freedom of Information", st["addr"]), S(6),
             P(N("FOI reference: 0655/2025", "reference"), st["addr"]),
             P(N("Date: 25 June 2025", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Thank you for your request dated {REQ_DATE}:", "date"), st["body"]),
             P(request11(), st["quote"]),
             P(N("<b>Allegations recorded in 2024/25</b>", "year"), st["h2"])]
    rows = [["Allegation type", "Police officers", "Police staff", "Total"]]
    for c in CATS3:
        o, s_ = t[(c, "officers")], t[(c, "staff")]
        rows.append([CAT_LABEL[c], F(c, "total", o, P24, subject="officers"),
                     F(c, "total", s_, P24, subject="staff"), F(c, "total", o + s_, P24)])
    tb = Table(rows, colWidths=[75 * mm, 30 * mm, 30 * mm, 22 * mm], hAlign="LEFT")
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    story += [tb, S(6),
              P("Most of these were allegations of sexual harassment: "
                + F(SH, "total", t[(SH, "officers")], P24, subject="officers", restated=True)
                + " against officers.", st["body"]),
              P(N("The outcomes of allegations recorded in 2024/25 are published with the "
                  "Constabulary\u2019s quarterly Professional Standards data on our website.",
                  "year"), st["body"]),
              P(N("<b>1 April 2025 to 31 May 2025</b>", "dates"), st["h2"]),
              P("Professional Standards data is validated at the end of each quarter. The figures "
                "for the current quarter had not been validated on the date of your request and no "
                "other record of them exists in a reportable form, so this information is not held.",
                st["body"])]
    for c in CATS3:
        F(c, "total", NH, TD, said="not held")
    story += [P("<b>Suspensions</b>", st["h2"]),
              P(L("In 2024/25, 5 officers were suspended and 9 were placed on restricted duties in "
                  "connection with allegations of these three types.",
                  "officers suspended / restricted across all three types (no category); year"),
                st["body"]),
              P(rights("Cambridgeshire Constabulary", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("FOI Officer", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 0655/2025", author="Cambridgeshire Constabulary")


# =========================================================================== XLSX


def hdr_cells(ws, row, headers, fill, start=1):
    from openpyxl.styles import Alignment, Font
    for j, h in enumerate(headers, start):
        cl = ws.cell(row, j, h)
        cl.font = Font(bold=True)
        cl.fill = fill
        cl.border = xl_border()
        cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def build_avon_and_somerset():
    """Avon and Somerset workbook: a Summary sheet (categories x the two periods, officers and staff
    combined) and a detail sheet per period (outcomes x categories with a Total row); the 2024/25
    sexual assault Total typed one below its outcomes, and repeated on the Summary."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "avon-and-somerset/ASC FOI 25-2291 data.xlsx"
    KEY.file(src, "avon-and-somerset")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice review process", "management_action"),
            O_N, ("Not upheld", "not_upheld"), ("Live", "ongoing")]
    data = gen("avon", CATS3, outs, 2, ["all"], hi=5)
    tot = {(c, pi): sum(data[(c, oc, pi, "all")] for _, oc in outs) - (1 if (c, pi) == (SA, 0) else 0)
           for c in CATS3 for pi in range(2)}
    wb = openpyxl.Workbook()
    fill = PatternFill("solid", fgColor="BDD7EE")
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = N("Avon and Somerset Constabulary \u2013 FOI 25-2291", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Allegations against police officers and police staff (combined)"
    labs = [N("2024/25", "column heading"), N("1 Apr 2025 to 31 May 2025", "column heading")]
    hdr_cells(ws, 4, ["Allegation type"] + labs, fill)
    for i, c in enumerate(CATS3):
        ws.cell(5 + i, 1, CAT_LABEL[c])
        for pi in range(2):
            ws.cell(5 + i, 2 + pi, int(F(c, "total", tot[(c, pi)], PERS[pi])))
    ws["A9"] = N("Outcomes are on the sheets '2024-25 outcomes' and 'Apr-May 2025 outcomes'.",
                 "sheet names")
    ws["A10"] = N("Suspensions: 7 officers suspended, 12 on restricted duties (2024/25, all three "
                  "types together).", "suspensions across all three types (no category); year")
    ws.column_dimensions["A"].width = 44
    for col in "BC":
        ws.column_dimensions[col].width = 22
    for pi, name in enumerate(["2024-25 outcomes", "Apr-May 2025 outcomes"]):
        w = wb.create_sheet(N(name, "sheet name"))
        w["A1"] = N(["Outcomes of allegations recorded 1 April 2024 to 31 March 2025",
                     "Outcomes of allegations recorded 1 April 2025 to 31 May 2025"][pi], "dates")
        w["A1"].font = Font(bold=True, size=12)
        hdr_cells(w, 3, ["Outcome"] + [CAT_LABEL[c] for c in CATS3], fill)
        for i, (ol, oc) in enumerate(outs):
            w.cell(4 + i, 1, ol)
            for j, c in enumerate(CATS3):
                w.cell(4 + i, 2 + j, int(F(c, oc, data[(c, oc, pi, "all")], PERS[pi])))
        r = 4 + len(outs)
        w.cell(r, 1, "Total").font = Font(bold=True)
        for j, c in enumerate(CATS3):
            w.cell(r, 2 + j, int(F(c, "total", tot[(c, pi)], PERS[pi], restated=True)))
            w.cell(r, 2 + j).font = Font(bold=True)
        w.column_dimensions["A"].width = 38
        for col in "BCD":
            w.column_dimensions[col].width = 20
    xlsx_save(wb, src, "Avon and Somerset Constabulary")


def build_cheshire():
    """Cheshire Constabulary workbook: sheet 'Allegations' with merged header cells ('Allegation
    type' and 'Employee' merged down, each period merged across 'Allegations' and 'Of which:
    criminal investigation'); sheet 'Outcomes 2024-25' categories x outcomes, officers and staff."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "cheshire/Cheshire FOI 7731 disclosure.xlsx"
    KEY.file(src, "cheshire")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice", "management_action"), O_N,
            ("Ongoing", "ongoing")]
    data = gen("ches", CATS3, outs, 2, ["officers", "staff"], hi=3)
    crim = gen("ches-crim", CATS3, [("", "x")], 2, ["officers", "staff"], hi=2)
    fill = PatternFill("solid", fgColor="FCE4D6")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = N("Cheshire Constabulary \u2013 Freedom of Information request 7731", "reference")
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "Allegation type"
    ws.merge_cells("A3:A4")
    ws["B3"] = "Employee"
    ws.merge_cells("B3:B4")
    ws["C3"] = N("2024/25", "group heading")
    ws.merge_cells("C3:D3")
    ws["E3"] = N("1 April \u2013 31 May 2025", "group heading")
    ws.merge_cells("E3:F3")
    for col in (3, 5):
        ws.cell(4, col, "Allegations")
        ws.cell(4, col + 1, "Of which: criminal investigation")
    for rr in (3, 4):
        for j in range(1, 7):
            cl = ws.cell(rr, j)
            cl.font = Font(bold=True)
            cl.fill = fill
            cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 5
    for c in CATS3:
        ws.cell(r, 1, CAT_LABEL[c])
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        ws.cell(r, 1).alignment = Alignment(vertical="top", wrap_text=True)
        for s, slab in (("officers", "Police officer"), ("staff", "Police staff")):
            ws.cell(r, 2, slab)
            for pi in range(2):
                t = tot_of(data, c, pi, s, outs)
                ws.cell(r, 3 + 2 * pi, int(F(c, "total", t, PERS[pi], subject=s)))
                ws.cell(r, 4 + 2 * pi, int(F(c, "other", min(t, crim[(c, "x", pi, s)]), PERS[pi],
                                             subject=s)))
            r += 1
    ws.cell(r + 1, 1, "\u2018Of which: criminal investigation\u2019 is the number of those "
                      "allegations that were also investigated as a crime.")
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 16
    for col in "CDEF":
        ws.column_dimensions[col].width = 18
    w = wb.create_sheet(N("Outcomes 2024-25", "sheet name (year)"))
    w["A1"] = ("Outcome of allegations recorded in the financial year, police officers and police "
               "staff together")
    w["A1"].font = Font(bold=True)
    hdr_cells(w, 3, ["Allegation type"] + [ol for ol, _ in outs] + ["Total"], fill)
    for i, c in enumerate(CATS3):
        w.cell(4 + i, 1, CAT_LABEL[c])
        for j, (_, oc) in enumerate(outs):
            v = data[(c, oc, 0, "officers")] + data[(c, oc, 0, "staff")]
            w.cell(4 + i, 2 + j, int(F(c, oc, v, P24)))
        t = tot_of(data, c, 0, "officers", outs) + tot_of(data, c, 0, "staff", outs)
        w.cell(4 + i, 2 + len(outs), int(F(c, "total", t, P24)))
    w.cell(8, 1, N("Outcomes for April and May 2025 are not given as most matters are still "
                   "live.", "year"))
    w.column_dimensions["A"].width = 38
    xlsx_save(wb, src, "Cheshire Constabulary")


def build_gloucestershire():
    """Gloucestershire Constabulary workbook: long format with reworded headers ('Reporting period |
    Nature of allegation | Role | Result | Count'); '<5' for one to four, defined as fewer than five."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "gloucestershire/Glos FOI 2025.1379 data.xlsx"
    KEY.file(src, "gloucestershire")
    outs = [("Dismissal", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Practice requiring improvement",
                                                     "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Still under investigation", "ongoing")]
    data = gen("glos", CATS3, outs, 2, ["officers", "staff"], hi=7)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = N("Gloucestershire Constabulary \u2013 FOI 2025.1379", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Allegations of a sexual nature against officers and staff, by outcome"
    hdr_cells(ws, 4, ["Reporting period", "Nature of allegation", "Role", "Result", "Count"],
              PatternFill("solid", fgColor="D9D9D9"))
    plabs = ["2024/25", "01/04/2025 - 31/05/2025"]
    r = 5
    for pi in range(2):
        for c in CATS3:
            for s, slab in (("officers", "Officer"), ("staff", "Staff")):
                vals = [(ol, oc, data[(c, oc, pi, s)]) for ol, oc in outs]
                vals.append(("All results", "total", sum(v for *_, v in vals)))
                for ol, oc, v in vals:
                    ws.cell(r, 1, N(plabs[pi], "period label"))
                    ws.cell(r, 2, CAT_LABEL[c])
                    ws.cell(r, 3, slab)
                    ws.cell(r, 4, ol)
                    if 1 <= v <= 4:
                        ws.cell(r, 5, F(c, oc, SUP(), PERS[pi], subject=s, said="<5"))
                    else:
                        ws.cell(r, 5, int(F(c, oc, v, PERS[pi], subject=s)))
                    r += 1
    ws.cell(r + 1, 1, N("<5 = fewer than five. Numbers this small are withheld under section "
                        "40(2) (personal information).", "definition of the mark; section"))
    ws.cell(r + 2, 1, "Question (c): this information is not recorded in a way that links a "
                      "suspension to the type of allegation.")
    ws.auto_filter.ref = f"A4:E{r - 1}"
    ws.freeze_panes = "A5"
    for col, wd in zip("ABCDE", (24, 40, 10, 32, 10)):
        ws.column_dimensions[col].width = wd
    xlsx_save(wb, src, "Gloucestershire Constabulary")


def build_northamptonshire():
    """Northamptonshire Police workbook: sheet 'Allegations' (categories x the two periods by subject,
    headers on two rows, merged); sheet 'Suspensions' (categories x officers suspended or on
    restricted duties in each period)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "northamptonshire/Northants FOI 000431-25.xlsx"
    KEY.file(src, "northamptonshire")
    r0 = rng("northants")
    tot = {(c, pi, s): r0.randint(0 if s == "staff" else 2, (14 if pi == 0 else 4) //
                                  (3 if s == "staff" else 1) // (2 if c == AP else 1) + 1)
           for c in CATS3 for pi in range(2) for s in ("officers", "staff")}
    susp = {(c, pi): min(tot[(c, pi, "officers")], r0.randint(0, 3)) for c in CATS3 for pi in range(2)}
    fill = PatternFill("solid", fgColor="FFF2CC")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = N("Northamptonshire Police \u2013 FOI 000431/25 \u2013 allegations recorded", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "Type of allegation"
    ws.merge_cells("A3:A4")
    ws["B3"] = N("Financial year 2024/25", "group heading")
    ws.merge_cells("B3:C3")
    ws["D3"] = N("2025/26 to 31 May 2025", "group heading")
    ws.merge_cells("D3:E3")
    for col in (2, 4):
        ws.cell(4, col, "Police officers")
        ws.cell(4, col + 1, "Police staff")
    for rr in (3, 4):
        for j in range(1, 6):
            cl = ws.cell(rr, j)
            cl.font = Font(bold=True)
            cl.fill = fill
            cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, c in enumerate(CATS3):
        ws.cell(5 + i, 1, CAT_LABEL[c])
        for pi in range(2):
            for k, s in enumerate(("officers", "staff")):
                ws.cell(5 + i, 2 + 2 * pi + k, int(F(c, "total", tot[(c, pi, s)], PERS[pi],
                                                     subject=s)))
    ws["A9"] = ("Outcomes: the force\u2019s outcome data for these allegations is published quarterly "
                "on its website.")
    ws.column_dimensions["A"].width = 40
    for col in "BCDE":
        ws.column_dimensions[col].width = 16
    w = wb.create_sheet("Suspensions")
    w["A1"] = "Police officers suspended or placed on restricted duties, by type of allegation"
    w["A1"].font = Font(bold=True, size=12)
    hdr_cells(w, 3, ["Type of allegation", N("2024/25", "column heading"),
                     N("1 April \u2013 31 May 2025", "column heading")], fill)
    for i, c in enumerate(CATS3):
        w.cell(4 + i, 1, CAT_LABEL[c])
        for pi in range(2):
            w.cell(4 + i, 2 + pi, int(F(c, "other", susp[(c, pi)], PERS[pi], subject="officers",
                                        measure="individuals")))
    w.cell(8, 1, "An officer is counted once in each period, under the most serious allegation.")
    w.column_dimensions["A"].width = 40
    for col in "BC":
        w.column_dimensions[col].width = 22
    xlsx_save(wb, src, "Northamptonshire Police")


# =========================================================================== DOCX


def build_dyfed_powys():
    """Dyfed-Powys Police Word letter: 2024/25 table for officers and staff (Word table, outcomes as
    rows, categories as columns, a Total row); April-May 2025 neither confirmed nor denied under
    s40(5B); part (c) answered as 'fewer than five' across all types."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "dyfed-powys/DPP FOI 0712-2025 response.docx"
    KEY.file(src, "dyfed-powys")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice", "management_action"), O_N,
            ("Under investigation", "ongoing")]
    data = gen("dpp", CATS3, outs, 1, ["all"], hi=3)
    d = docx_new("Arial", 10.5)
    docx_header_footer(d, "SWYDDOGOL / OFFICIAL",
                       N("Heddlu Dyfed-Powys Police, Llangunnor, Carmarthen, SA31 2PF", "postcode"))
    docx_heading(d, "Heddlu Dyfed-Powys Police", 16)
    d.add_paragraph("Uned Rhyddid Gwybodaeth / Freedom of Information Unit")
    d.add_paragraph(N("Cyfeirnod / Reference: FOI 0712/2025\nDyddiad / Date: 20 June 2025",
                      "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request of {REQ_DATE}:", "date"))
    p = d.add_paragraph(request11())
    p.paragraph_format.left_indent = 457200
    p.runs[0].italic = True
    docx_heading(d, N("Part (a): 2024/25", "year"), 12)
    d.add_paragraph("The table below gives the allegations recorded in the financial year against "
                    "police officers and police staff together, by outcome.")
    t = d.add_table(rows=len(outs) + 2, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Outcome"] + [CAT_LABEL[c] for c in CATS3]):
        docx_cell(t.cell(0, j), h, bold=True)
        docx_shade(t.cell(0, j), "DDEBF7")
    for i, (ol, oc) in enumerate(outs + [("Total", "total")]):
        docx_cell(t.cell(1 + i, 0), ol, bold=(oc == "total"))
        for j, c in enumerate(CATS3):
            v = data[(c, oc, 0, "all")] if oc != "total" else sum(data[(c, x, 0, "all")]
                                                                   for _, x in outs)
            docx_cell(t.cell(1 + i, 1 + j), F(c, oc, v, P24), bold=(oc == "total"),
                      align=WD_ALIGN_PARAGRAPH.CENTER)
    docx_heading(d, N("Part (b): 1 April to 31 May 2025", "dates"), 12)
    d.add_paragraph(N("Dyfed-Powys Police can neither confirm nor deny that it holds information "
                      "about allegations recorded in April and May 2025. The period is short and "
                      "the numbers would be very small; confirming whether any allegation of each "
                      "type had been made in those two months could, with other information, "
                      "identify the people involved. Section 40(5B) of the Act applies.",
                      "section"))
    for c in CATS3:
        F(c, "total", NCND("s40(5B)"), TD, said="")
    docx_heading(d, "Part (c)", 12)
    d.add_paragraph(N("Fewer than five officers were suspended or placed on restricted duties in "
                      "connection with these allegations in 2024/25. The exact number is withheld "
                      "under section 40(2).", "suspensions across all types (no category); year; "
                      "section"))
    d.add_paragraph(rights("Dyfed-Powys Police", 40))
    d.add_paragraph("Yours sincerely,\nFreedom of Information Officer")
    docx_save(d, src, "Dyfed-Powys Police")


def build_south_wales():
    """South Wales Police Word letter: 2024/25 totals as a Word table (Officers | Staff), outcomes
    for officers as bullets 'Label: n' under a bold category line; a nil sentence; April-May 2025
    in a sentence; part (c) refused under section 12 (no rows)."""
    src = "south-wales/SWP FOI 2025-1560 response.docx"
    KEY.file(src, "south-wales")
    t = {(SA, "officers"): 17, (SA, "staff"): 4, (SH, "officers"): 26, (SH, "staff"): 7,
         (AP, "officers"): 5, (AP, "staff"): 1}
    o = {SA: [("Dismissed", "dismissed", 3), ("Final written warning", "final_written_warning", 2),
              ("No case to answer", "no_case_to_answer", 6), ("Under investigation", "ongoing", 6)],
         SH: [("Dismissed", "dismissed", 2), ("Final written warning", "final_written_warning", 5),
              ("Written warning", "written_warning", 4),
              ("Reflective practice", "management_action", 7),
              ("No case to answer", "no_case_to_answer", 5), ("Under investigation", "ongoing", 3)],
         AP: [("Gross misconduct \u2013 would have been dismissed", "would_have_been_dismissed", 2),
              ("Dismissed", "dismissed", 1), ("Under investigation", "ongoing", 2)]}
    for c in CATS3:
        assert sum(v for *_, v in o[c]) == t[(c, "officers")]
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "OFFICIAL", N("South Wales Police, Police Headquarters, Cowbridge Road, "
                                        "Bridgend, CF31 3SU", "postcode"))
    docx_heading(d, "Heddlu De Cymru / South Wales Police", 16)
    d.add_paragraph(N("Our reference: 2025/1560\nDate: 23 June 2025", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request received on {REQ_DATE}:", "date"))
    p = d.add_paragraph("\u201c" + request11() + "\u201d")
    p.paragraph_format.left_indent = 457200
    docx_heading(d, N("Allegations recorded in 2024/25", "year"), 12)
    tb = d.add_table(rows=4, cols=3)
    tb.style = "Light Grid Accent 1"
    for j, h in enumerate(["Type of allegation", "Police officers", "Police staff"]):
        docx_cell(tb.cell(0, j), h, bold=True)
    for i, c in enumerate(CATS3):
        docx_cell(tb.cell(1 + i, 0), CAT_LABEL[c])
        docx_cell(tb.cell(1 + i, 1), F(c, "total", t[(c, "officers")], P24, subject="officers"))
        docx_cell(tb.cell(1 + i, 2), F(c, "total", t[(c, "staff")], P24, subject="staff"))
    docx_heading(d, N("Outcomes \u2013 police officers, 2024/25", "year"), 12)
    for c in CATS3:
        p = d.add_paragraph()
        p.add_run(CAT_LABEL[c]).bold = True
        for ol, oc, v in o[c]:
            d.add_paragraph(f"{ol}: {F(c, oc, v, P24, subject='officers')}", style="List Bullet")
    d.add_paragraph(F(SA, "written_warning", 0, P24, subject="officers", said="None")
                    + " of the allegations of sexual assault against officers resulted in a "
                    "written warning. Outcomes for police staff are dealt with under the staff "
                    "procedure and are not broken down here.")
    docx_heading(d, N("1 April to 31 May 2025", "dates"), 12)
    td = {SA: 2, SH: 6, AP: 1}
    d.add_paragraph(N("In these two months", "'two months'") + " "
                    + F(SA, "total", td[SA], TD, said=WORDS[td[SA]]) + " allegations of sexual "
                    "assault, " + F(SH, "total", td[SH], TD, said=WORDS[td[SH]]) + " of sexual "
                    "harassment and " + F(AP, "total", td[AP], TD, said=WORDS[td[AP]])
                    + " of abuse of position for a sexual purpose were recorded against officers "
                    "and staff. All remain under investigation.")
    docx_heading(d, "Suspensions and restricted duties", 12)
    d.add_paragraph(L("Decisions to suspend or restrict an officer are recorded in individual HR "
                      "files. Retrieving them for every officer concerned would exceed the 18 hour "
                      "appropriate limit, so this part of your request is refused under section "
                      "12(1) of the Freedom of Information Act 2000.",
                      "hours; section; year of the Act"))
    d.add_paragraph(rights("South Wales Police", 40))
    d.add_paragraph("Yours sincerely,\nDisclosure Officer")
    docx_save(d, src, "South Wales Police")


# =========================================================================== HTML


def build_west_mercia():
    """West Mercia Police disclosure-log page: a table with the allegation type in a rowspan cell
    over Officers / Staff / All employees rows, the two periods as columns; '*' fewer than five;
    a sentence restating one figure; part (c) refused under s31."""
    src = "west-mercia/WMP-FOI-25-0934.html"
    KEY.file(src, "west-mercia")
    r0 = rng("wmerc")
    tot = {(c, pi, s): r0.randint(0, (16 if pi == 0 else 5) // (3 if s == "staff" else 1)
                                  // (2 if c == AP else 1) + 1)
           for c in CATS3 for pi in range(2) for s in ("officers", "staff")}

    def cell(c, v, pi, s):
        if 1 <= v <= 4:
            return F(c, "total", SUP(), PERS[pi], subject=s, said="*")
        return F(c, "total", v, PERS[pi], subject=s)

    b = ['<header class="wm-top"><a class="logo" href="/">West Mercia Police</a></header>',
         '<nav class="crumbs"><a href="/">Home</a> &gt; <a href="/foi">Freedom of Information</a> '
         '&gt; Disclosure log</nav>', '<main id="content">',
         N("<h1>Sexual misconduct allegations against officers and staff \u2013 FOI 25/0934</h1>",
           "reference"),
         N('<p class="meta">Date of disclosure: 1 July 2025</p>', "date"),
         "<h2>Request</h2>", f"<blockquote>{E(request11())}</blockquote>",
         "<h2>Response</h2>",
         "<p>The figures below are numbers of allegations recorded by the Professional Standards "
         "Department.</p>",
         '<table class="disclosure"><thead><tr><th>Allegation type</th><th>Employee</th>'
         f'<th>{N("2024/25", "column heading")}</th>'
         f'<th>{N("1 April to 31 May 2025", "column heading")}</th></tr></thead><tbody>']
    for c in CATS3:
        for k, (s, slab) in enumerate((("officers", "Officers"), ("staff", "Staff"),
                                       ("officers_and_staff", "All employees"))):
            vals = [tot[(c, pi, "officers")] + tot[(c, pi, "staff")] if s == "officers_and_staff"
                    else tot[(c, pi, s)] for pi in range(2)]
            b.append("<tr>" + (f'<td rowspan="3">{CAT_LABEL[c]}</td>' if k == 0 else "")
                     + f"<td>{slab}</td>" + "".join(f"<td>{cell(c, v, pi, s)}</td>"
                                                    for pi, v in enumerate(vals)) + "</tr>")
    b.append("</tbody></table>")
    b.append(N('<p class="note">* fewer than five: withheld under section 40(2).</p>',
               "definition of the mark; section"))
    big = max(CATS3, key=lambda c: tot[(c, 0, "officers")] + tot[(c, 0, "staff")])
    v = tot[(big, 0, "officers")] + tot[(big, 0, "staff")]
    assert v >= 5
    b.append(f"<p>Allegations of {CAT_LABEL[big].lower()} made up the largest group: "
             + F(big, "total", v, P24, subject="officers_and_staff", restated=True)
             + " in " + N("2024/25", "year") + ".</p>")
    b.append(N("<p>Outcomes are not yet available for most of the allegations in the second "
               "period; outcomes for 2024/25 are published in our annual Professional Standards "
               "report.</p>", "year"))
    b.append("<h3>Question (c)</h3><p>" + N("We are unable to provide the number of officers "
             "suspended or placed on restricted duties. This information is exempt under section "
             "31(1)(g) (law enforcement), as release could prejudice ongoing investigations.",
             "section") + "</p>")
    b.append(f"<h2>Complaint rights</h2><p>{E(rights('West Mercia Police', 40))}</p>")
    b.append("</main>")
    b.append(N('<footer>West Mercia Police, Hindlip Hall, Worcester, WR3 8SP &middot; Call 101</footer>',
               "postcode; telephone"))
    write_text(src, html_page(N("FOI 25/0934 | West Mercia Police", "reference"), "\n".join(b)))


def build_british_transport():
    """British Transport Police disclosure page: categories x outcomes for 2024/25, officers only;
    dashes for empty cells with no definition (no rows); a Total column; April-May 2025 in a
    short table of totals."""
    src = "british-transport/BTP FOI 1034-25.html"
    KEY.file(src, "british-transport", subject="officers")
    outs = [O_D, ("Would have been dismissed", "would_have_been_dismissed"), O_F, O_WW,
            ("Reflective practice", "management_action"), O_N, ("Ongoing", "ongoing")]
    data = gen("btp", CATS3, outs, 1, ["officers"], hi=3)
    b = ['<div class="btp-header"><span>British Transport Police</span></div>',
         '<div class="container">',
         N("<h1>FOI 1034-25 Allegations of sexual misconduct against officers</h1>", "reference"),
         '<ul class="details"><li>Reference: ' + N("1034-25", "reference") + "</li><li>Date: "
         + N("19/06/2025", "date") + "</li></ul>",
         "<h2>Request</h2>", f"<p><em>{E(request11())}</em></p>",
         "<h2>Response</h2>",
         "<p>BTP police staff are not subject to the Police (Conduct) Regulations and their "
         "conduct records are held separately; the figures below are for police officers only. "
         "They are numbers of allegations.</p>",
         N("<h3>Allegations recorded against officers, 2024/25</h3>", "year"),
         '<table class="table"><thead><tr><th>Allegation</th>'
         + "".join(f"<th>{E(ol)}</th>" for ol, _ in outs) + "<th>Total</th></tr></thead><tbody>"]
    for c in CATS3:
        cells = []
        for _, oc in outs:
            v = data[(c, oc, 0, "officers")]
            cells.append("-" if v == 0 else F(c, oc, v, P24))
        b.append(f"<tr><td>{CAT_LABEL[c]}</td>" + "".join(f"<td>{x}</td>" for x in cells)
                 + f"<td><b>{F(c, 'total', tot_of(data, c, 0, 'officers', outs), P24)}</b></td></tr>")
    b.append("</tbody></table>")
    td = {SA: 2, SH: 4, AP: 0}
    b.append(N("<h3>Allegations recorded against officers, 1 April to 31 May 2025</h3>", "dates"))
    b.append('<table class="table"><thead><tr><th>Allegation</th><th>Number</th></tr></thead><tbody>'
             + "".join(f"<tr><td>{CAT_LABEL[c]}</td><td>{F(c, 'total', td[c], TD)}</td></tr>"
                       for c in CATS3) + "</tbody></table>")
    b.append("<p>Police staff: the information is held by HR but not in a form that identifies the "
             "nature of the allegation, and it is not held for the purposes of this request.</p>")
    for per in PERS:
        for c in CATS3:
            F(c, "total", NH, per, subject="staff", said="not held")
    b.append(N("<p>Suspensions: we do not record suspensions against the type of allegation. "
               "Overall, 4 officers were suspended in 2024/25.</p>",
               "suspensions across all types (no category); year"))
    b.append(f"<h2>Right of appeal</h2><p>{E(rights('British Transport Police', 40))}</p>")
    b.append("</div>")
    b.append(N('<footer>British Transport Police, 25 Camden Road, London NW1 9LN</footer>',
               "address"))
    write_text(src, html_page(N("FOI 1034-25 | British Transport Police", "reference"), "\n".join(b)))


# =========================================================================== e-mail and CSV


def build_civil_nuclear():
    """Civil Nuclear Constabulary e-mail reply (.eml, CRLF): figures in prose, number words, a nil,
    officers only (the CNC has no police staff conduct cases of this kind in the period)."""
    src = "civil-nuclear/RE FOI CNC 2025-088.eml"
    KEY.file(src, "civil-nuclear", subject="officers")
    lines = [N("From: CNC Freedom of Information <foi@cnc.police.uk>", ""),
             "To: requester@example.org",
             N("Date: Tue, 17 Jun 2025 11:04:52 +0100", "date and time"),
             N("Subject: RE: FOI 2025-088 allegations of sexual misconduct", "reference"),
             N("MIME-Version: 1.0", "mail header"),
             N("Content-Type: text/plain; charset=utf-8", "mail header"),
             "",
             "Dear Requester,",
             "",
             N(f"Thank you for your request of {REQ_DATE} (our reference 2025-088).", "date; reference"),
             "",
             "Conduct matters of this kind in the Constabulary have concerned police officers only; "
             "the figures below are for officers.",
             "",
             N("In the financial year 2024/25 the Constabulary recorded", "year") + " "
             + F(SH, "total", 3, P24, said="three") + " allegations of sexual harassment against "
             "police officers. Of these, " + F(SH, "final_written_warning", 1, P24, said="one")
             + " resulted in a final written warning and "
             + F(SH, "management_action", 2, P24, said="two") + " in reflective practice. There "
             "were " + F(SA, "total", 0, P24, said="no") + " allegations of sexual assault and "
             + F(AP, "total", 1, P24, said="one") + " allegation of abuse of position for a "
             "sexual purpose, which resulted in " + F(AP, "dismissed", 1, P24, said="dismissal",
                                                     printed=False) + ".",
             "",
             N("Between 1 April and 31 May 2025 no allegations of any of the three types were "
               "recorded.", "dates; 'three types'"),
             "",
             "No officer was suspended or placed on restricted duties in connection with these "
             "allegations.",
             "",
             L("If you are unhappy with this response you may ask for an internal review within 40 "
               "working days, and then complain to the Information Commissioner (0303 123 1113).",
               "working days; telephone"),
             "",
             "Regards,",
             "Information Rights, Civil Nuclear Constabulary",
             N("Culham Science Centre, Abingdon, OX14 3DB", "postcode"),
             "",
             "-----Original Message-----",
             N("Sent: 02 June 2025 09:31", "date and time"),
             "> " + request11()]
    for c in CATS3:
        F(c, "total", 0, TD, said="no allegations of any", printed=False)
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


def build_cumbria():
    """Cumbria Constabulary CSV: UTF-8 with BOM, CRLF, a two-line preamble, long format
    'Period,Category,Employee,Outcome,Count' with an 'All' row per block; only non-zero outcomes
    listed (said in a note)."""
    import csv as _csv
    import io
    src = "cumbria/Cumbria FOI 2025-0598.csv"
    KEY.file(src, "cumbria")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
    data = gen("cumb", CATS3, outs, 2, ["officers", "staff"], hi=2)
    buf = io.StringIO()
    w = _csv.writer(buf, lineterminator="\n")
    w.writerow([N("Cumbria Constabulary FOI 2025/0598", "reference"), "", "", "", ""])
    w.writerow(["Allegations against officers and staff by outcome. Outcomes with a count of zero "
                "are not listed.", "", "", "", ""])
    w.writerow(["Period", "Category", "Employee", "Outcome", "Count"])
    plabs = ["FY 2024/25", "Apr-25 to May-25"]
    for pi in range(2):
        for c in CATS3:
            for s, slab in (("officers", "Officer"), ("staff", "Staff")):
                vals = [(ol, oc, data[(c, oc, pi, s)]) for ol, oc in outs]
                t = sum(v for *_, v in vals)
                w.writerow([N(plabs[pi], "period label"), CAT_LABEL[c], slab, "All", F(c, "total", t, PERS[pi], subject=s)])
                for ol, oc, v in vals:
                    if v:
                        w.writerow([N(plabs[pi], "period label"), CAT_LABEL[c], slab, ol, F(c, oc, v, PERS[pi], subject=s)])
    write_text(src, buf.getvalue(), newline="\r\n", bom=True)


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind11-"))
