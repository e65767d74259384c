#!/usr/bin/python3
"""make_blind9_fixtures.py (make_blind9.py) -- regenerate the ninth blind test batch for `foi` and its answer key.

A new request, sent on 14 January 2025: calendar years 2022, 2023 and 2024; sexual assault,
sexual harassment, abuse of position for a sexual purpose; officers and staff; outcomes.  Fifteen
forces answer, none of them used in blind8, each in its own house style; several answer in
financial years or in ranges of their own and say so.

  PDF  (5): staffordshire (long ruled table split over two pages, prose restating totals in
            number words), greater-manchester (landscape spreadsheet printed to PDF, merged
            year headers over categories, financial years), ministry-of-defence (officers table,
            outcomes in number words, staff not held), merseyside (officers / staff header
            groups, prose for APSP, NCND for APSP 2024), bedfordshire (2022 not held, '*')
  XLSX (4): kent (Summary sheet + a detail sheet per year, a Total typed wrong), hampshire (own
            ranges, flat table, "Of which: subject to criminal investigation"), leicestershire
            (a sheet per employee type, merged header cells, '*'), thames-valley (wide totals
            sheet + outcomes sheet, reworded headers)
  DOCX (2): devon-and-cornwall (bulleted lists, "fewer than five*"), british-transport
            (financial years, Jan-Mar 2022 refused under s12, outcomes over the span)
  HTML (2): lancashire (long table, cases, subtotal rows), west-mercia (a table per year under
            its heading, '*', outcomes with no allegations not listed)
  e-mail (1): cumbria (.eml, prose, number words)
  CSV  (1): nottinghamshire (preamble, Year | Category | Outcome | Officers | Staff | All employees)

The machinery (F/L/N accounting, writers, read_back, check) is blindkit.py beside this script.
Keying calls are in fixtures/blind9/NOTES.md.  One change from the held-out key: a '*' whose
footnote gives a range ("between 1 and 4") is keyed with the definition's bounds, SUP(1, 4)
(docs/decisions.md "Marks the document explains"); the documents are unchanged.

usage: /usr/bin/python3 make_blind9.py             # rebuild fixtures/blind9 (or $FOI_BLIND9_OUT) (responses + expected.csv)
       /usr/bin/python3 make_blind9.py check       # verify determinism and every number
       /usr/bin/python3 make_blind9.py dump FILE   # show FILE (relative to fixtures/blind9 (or $FOI_BLIND9_OUT)) as read back
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
                      O_RP, O_N, O_NFA, O_UI, O_RR, O_MAD, O_RPR, O_MA, O_WD)

FINAL = Path(os.environ.get("FOI_BLIND9_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind9").resolve()
bk.ROOT = FINAL      # where builders write; `check` points it at a scratch folder

# --------------------------------------------------------------------------- the request of this batch

REQ_DATE = "14 January 2025"
C22, C23, C24 = CY(2022), CY(2023), CY(2024)
CYS = (C22, C23, C24)
SPAN9 = SPAN(C22, C24)                        # 1 January 2022 to 31 December 2024
REQUEST9 = ("Please provide, for each of the calendar years 2022, 2023 and 2024: (a) the number of "
            "allegations of sexual assault, sexual harassment and abuse of position for a sexual "
            "purpose made against police officers and police staff of your force; and (b) the "
            "outcome of each of those allegations.")


def request9():
    return N(REQUEST9, "the calendar years of the request")


def rng(name):
    return random.Random("blind9-" + name)


def gen(name, cats, outs, nper, subjects, hi=4, late=("ongoing",)):
    return bk.small_counts(rng(name), cats, outs, nper, subjects, hi, late)


WORDS = bk.WORDS


def ps(name, font="Helvetica", size=9, leading=None, align=0):
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.2,
                          alignment=align)


# =========================================================================== PDF


def build_staffordshire():
    """Staffordshire Police PDF letter: Section 1(1) wording, a long ruled table (category and
    outcome rows, calendar-year columns and a Total column over 2022-2024) that starts on page 1
    and ends on page 2 with no repeated header; a summary paragraph restating the sexual
    harassment totals in number words."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "staffordshire/FOI 0417-25 response.pdf"
    KEY.file(src, "staffordshire")
    st = styles("Helvetica", 10)
    outs = [O_D, ("Would have been dismissed (left the force)", "would_have_been_dismissed"),
            O_F, O_WW, ("Reflective practice review process", "management_action"), O_N,
            ("No further action", "no_further_action"), ("Ongoing", "ongoing")]
    data = gen("staffs", CATS3, outs, 3, ["all"], hi=3)
    tot = {(c, pi): sum(data[(c, oc, pi, "all")] for _, oc in outs) for c in CATS3 for pi in range(3)}
    assert all(v <= 20 for (c, pi), v in tot.items() if c == SH)

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(22 * mm, 287 * mm, N("Staffordshire Police \u2013 FOI 0417-25", "reference"))
        c.drawRightString(188 * mm, 287 * mm, "OFFICIAL")
        c.drawCentredString(105 * mm, 12 * mm, N(f"Page {p} of {n}", "page numbers"))

    story = [P("<b>Staffordshire Police</b>", st["h"]),
             P("Freedom of Information Unit", st["addr"]),
             P(N("Staffordshire Police Headquarters, PO Box 3167, Stafford, ST16 9JZ",
                 "PO box; postcode"), st["addr"]), S(8),
             P(N("Our reference: FOI 0417-25", "reference"), st["addr"]),
             P(N("Date: 11 February 2025", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N("<b>Freedom of Information request reference FOI 0417-25</b>", "reference"),
               st["body"]),
             P(N(f"I write in connection with your request for information received by "
                 f"Staffordshire Police on {REQ_DATE}, in which you asked:", "date"), st["body"]),
             P(request9(), st["quote"]),
             P(N("Section 1(1)(a) of the Freedom of Information Act 2000 (FOIA) places two duties "
                 "on public authorities. Unless exemptions apply, the first duty at Section "
                 "1(1)(a) is to confirm or deny whether the information specified in a request is "
                 "held. The second duty at Section 1(1)(b) is to disclose information that has "
                 "been confirmed as being held.", "section numbers; year of the Act"), st["body"]),
             P(L("The figures below are taken from the Professional Standards Department\u2019s "
                 "case management system (Centurion). They count allegations, by the calendar "
                 "year in which each allegation was recorded, against police officers and police "
                 "staff together; special constables are included with police officers. One "
                 "complaint or conduct matter may contain more than one allegation, and one "
                 "officer or member of staff may be the subject of more than one allegation. "
                 "The outcome is the outcome of the allegation as recorded on 31 January 2025; "
                 "allegations whose investigation or proceedings had not finished on that date "
                 "are shown as ongoing.", "'one complaint', 'one officer'; date of extraction"),
               st["body"]),
             P(N("Since the Police (Conduct) Regulations 2020 came into force, matters that would "
                 "once have resulted in management advice are dealt with through the reflective "
                 "practice review process, which is shown separately in the table. Police staff "
                 "are subject to the force\u2019s own disciplinary procedure; their outcomes have "
                 "been recorded against the nearest equivalent.", "year of the regulations"),
               st["body"]),
             P(N("<b>Table 1: Allegations of a sexual nature recorded against police officers and "
                 "police staff, by outcome, 2022 to 2024</b>", "table number; span"), st["h2"])]
    rows = [["Allegation type", "Outcome", N("2022", "column heading"), N("2023", "column heading"),
             N("2024", "column heading"), "Total"]]
    bold = []
    cs = ps("staffs-c", size=8.5, leading=10)
    for c in CATS3:
        for i, (ol, oc) in enumerate(outs + [("Total", "total")]):
            if oc == "total":
                vals = [tot[(c, pi)] for pi in range(3)]
            else:
                vals = [data[(c, oc, pi, "all")] for pi in range(3)]
            cells = [F(c, oc, v, CYS[pi]) for pi, v in enumerate(vals)]
            cells.append(F(c, oc, sum(vals), SPAN9))
            rows.append([P(CAT_LABEL[c], cs) if i == 0 else "", P(ol, cs)] + cells)
            if oc == "total":
                bold.append(len(rows) - 1)
    t = Table(rows, colWidths=[38 * mm, 56 * mm, 16 * mm, 16 * mm, 16 * mm, 18 * mm],
              repeatRows=0, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#D9D9D9",
                          extra=[("FONT", (2, r_), (-1, r_), "Helvetica-Bold", 8.5) for r_ in bold]))
    story += [t, S(8),
              P("<b>Summary</b>", st["h2"]),
              P(f"To summarise the figures for sexual harassment, the subject of your recent "
                "correspondence: "
                + F(SH, "total", tot[(SH, 0)], C22, said=WORDS[tot[(SH, 0)]], restated=True)
                + " allegations were recorded in " + N("2022", "year") + ", "
                + F(SH, "total", tot[(SH, 1)], C23, said=WORDS[tot[(SH, 1)]], restated=True)
                + " in " + N("2023", "year") + " and "
                + F(SH, "total", tot[(SH, 2)], C24, said=WORDS[tot[(SH, 2)]], restated=True)
                + " in " + N("2024", "year") + ".", st["body"]),
              P(L("The time taken to locate, retrieve and extract this information was "
                  "approximately 5 hours.", "hours of staff time"), st["body"]),
              P(rights("Staffordshire Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]),
              P("Freedom of Information Officer", st["body"]),
              P(N("Telephone: 01785 232525", "telephone number"), st["small"])]
    pdf_letter(src, story, furniture, title="FOI 0417-25", author="Staffordshire Police")


def build_greater_manchester():
    """Greater Manchester Police: an appendix workbook printed to PDF in landscape; title rows
    say the force reports by financial year and define 2024/25 (April to December 2024); a
    two-row header with each financial year merged across the three categories; outcomes as
    rows; a Total row."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "greater-manchester/GMP 000214-25 Appendix.pdf"
    KEY.file(src, "greater-manchester")
    st = styles("Helvetica", 8.5)
    pers = (FY(2022), FY(2023), ("2024-04-01", "2024-12-31"))
    outs = [O_D, ("Gross misconduct \u2013 would have been dismissed", "would_have_been_dismissed"),
            O_F, O_WW, ("Reflective practice (RPRP)", "management_action"), O_N,
            ("Not upheld", "not_upheld"), ("Sub judice / live investigation", "ongoing")]
    data = gen("gmp", CATS3, outs, 3, ["all"], hi=6)
    ylab = ["2022/23", "2023/24", "2024/25 (Apr\u2013Dec)"]

    def furniture(c, p, n):
        c.setFont("Helvetica", 7)
        c.drawCentredString(148 * mm, 200 * mm, N("GMP 000214-25 Appendix.xlsx", "file name"))
        c.drawRightString(285 * mm, 200 * mm, "Sheet1")
        c.drawCentredString(148 * mm, 8 * mm, N(f"Page {p} of {n}", "page numbers"))
        c.drawString(12 * mm, 8 * mm, N("04/02/2025 14:07", "print date and time"))

    story = [P(N("<b>Greater Manchester Police \u2013 Information Access \u2013 FOI 000214/25</b>",
                 "reference"), st["body"]),
             P("Allegations of sexual assault, sexual harassment and abuse of position for a sexual "
               "purpose recorded against police officers and police staff (combined), by outcome",
               st["body"]),
             P(N("GMP Professional Standards reports by financial year. To cover calendar years 2022 "
                 "to 2024 as closely as possible the table gives financial years 2022/23 and "
                 "2023/24 and 2024/25 to 31 December 2024 (1 April 2024 to 31 December 2024). "
                 "Allegations recorded between 1 January and 31 March 2022 fall in 2021/22 and "
                 "were disclosed in FOI 001377/22.",
                 "the periods of the columns; an earlier reference"), st["body"]), S(4)]
    hdr1 = ["Outcome"]
    hdr2 = [""]
    for pi in range(3):
        hdr1 += [N(ylab[pi], "group heading"), "", ""]
        hdr2 += ["Sexual assault", "Sexual harassment", "Abuse of position for a sexual purpose"]
    rows = [hdr1, hdr2]
    for ol, oc in outs + [("Total", "total")]:
        row = [ol]
        for pi in range(3):
            for c in CATS3:
                v = (sum(data[(c, x, pi, "all")] for _, x in outs) if oc == "total"
                     else data[(c, oc, pi, "all")])
                row.append(F(c, oc, v, pers[pi]))
        rows.append(row)
    hs = ps("gmp-h", "Helvetica-Bold", 6.5, 8, 1)
    rows[1] = [P(x, hs) if x else "" for x in rows[1]]
    cs = ps("gmp-c", size=7.5, leading=9)
    for row in rows[2:]:
        row[0] = P(row[0], cs)
    t = Table(rows, colWidths=[55 * mm] + [23 * mm] * 9, hAlign="LEFT")
    cmds = [("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#A6A6A6")),
            ("FONT", (0, 0), (-1, -1), "Helvetica", 7.5),
            ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 7.5),
            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 7.5),
            ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (6, 0)),
            ("SPAN", (7, 0), (9, 0)),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#E4DFEC")),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    t.setStyle(TableStyle(cmds))
    story += [t, S(6),
              P(N("Data extracted from Centurion on 28 January 2025. Outcomes are those recorded "
                  "on that date.", "date of extraction"), st["body"]),
              P("Police staff figures are included with police officers; they are not shown "
                "separately because the numbers are small.", st["body"])]
    pdf_letter(src, story, furniture, pagesize=landscape(A4), margins=(12, 12, 14, 14),
               title="GMP 000214-25 Appendix.xlsx", author="Greater Manchester Police")


def build_ministry_of_defence():
    """Ministry of Defence Police letter: officers only; a small ruled table of totals by
    calendar year; outcomes for 2024 in prose with number words; civilian staff not held (they
    are MOD civil servants); the central-government cost limit mentioned."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "ministry-of-defence/MDP FOI 2025-0093 response.pdf"
    KEY.file(src, "ministry-of-defence", subject="officers")
    st = styles("Helvetica", 10)
    tot = {SA: (3, 5, 4), SH: (6, 4, 7), AP: (1, 0, 2)}
    o24 = {SA: [(1, "resulted in dismissal", "dismissed"),
                (2, "were found to have no case to answer", "no_case_to_answer"),
                (1, "remains under investigation", "ongoing")],
           SH: [(1, "resulted in a final written warning", "final_written_warning"),
                (3, "were dealt with through reflective practice", "management_action"),
                (1, "was found to have no case to answer", "no_case_to_answer"),
                (2, "are still under investigation", "ongoing")],
           AP: [(1, "resulted in a finding that the officer would have been dismissed had they "
                    "not resigned", "would_have_been_dismissed"),
                (1, "is awaiting a misconduct hearing", "ongoing")]}
    for c in CATS3:
        assert sum(v for v, *_ in o24[c]) == tot[c][2]

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.drawCentredString(105 * mm, 8 * mm, "OFFICIAL")
        c.drawRightString(190 * mm, 14 * mm, N(f"{p}", "page number"))

    story = [P("<b>Ministry of Defence Police</b>", st["h"]),
             P("Secretariat \u2013 Freedom of Information", st["addr"]),
             P(N("Building 666, RAF Wyton, Huntingdon, Cambridgeshire, PE28 2EA",
                 "building number; postcode"), st["addr"]), S(6),
             P(N("Reference: FOI 2025/0093", "reference"), st["addr"]),
             P(N("Date: 7 February 2025", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(N(f"Thank you for your email of {REQ_DATE} requesting the following information:",
                 "date"), st["body"]),
             P(request9(), st["quote"]),
             P(N("I am treating your correspondence as a request for information under the Freedom "
               "of Information Act 2000. A search for the information has now been completed "
               "within the Ministry of Defence Police (MDP), and I can confirm that some of the "
               "information in scope of your request is held.", "year of the Act"), st["body"]),
             P("<b>Police officers</b>", st["h2"]),
             P("The MDP Professional Standards Department recorded the following numbers of "
               "allegations against police officers in each calendar year.", st["body"])]
    rows = [["Allegation type", N("2022", "column heading"), N("2023", "column heading"),
             N("2024", "column heading")]]
    for c in CATS3:
        rows.append([CAT_LABEL[c]] + [F(c, "total", v, CYS[pi]) for pi, v in enumerate(tot[c])])
    t = Table(rows, colWidths=[78 * mm, 22 * mm, 22 * mm, 22 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=9, shade="#DCE3EC"))
    story += [t, S(8),
              P(N("Of the allegations recorded in 2024:", "year"), st["body"])]
    for c in CATS3:
        parts = [f"{F(c, oc, v, C24, said=WORDS[v])} {txt}" for v, txt, oc in o24[c]]
        body = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        story.append(P(f"\u2013 {CAT_LABEL[c].lower()}: {body}.", st["bullet"]))
    story += [S(4),
              P(N("Outcomes for allegations recorded in 2022 and 2023 are not broken down here: "
                  "every matter from those years has been finalised and the outcomes were "
                  "published in our response to FOI 2024/01187.", "years; earlier reference"),
                st["body"]),
              P("<b>Police staff</b>", st["h2"]),
              P("The MDP does not employ police staff. Its civilian support staff are Ministry of "
                "Defence civil servants, and allegations against them are handled by the "
                "Ministry of Defence\u2019s own people services, not by MDP Professional Standards. "
                "This part of your request is therefore information not held by the MDP. You may "
                "wish to direct it to the Ministry of Defence.", st["body"])]
    for c in CATS3:
        F(c, "total", NH, SPAN9, subject="staff", said="not held")
    story += [P(L("For information, the cost limit for central government bodies under section "
                  "12 is \u00a3600, or 24 hours of work; this request was answered within it.",
                  "cost limit; hours; section number"), st["body"]),
              P(L("If you are not satisfied with this response you may request an internal "
                  "review within 40 working days of the date of this letter. If you remain "
                  "dissatisfied after the review you may complain to the " + bk.ICO_ADDR
                  + ".", "review deadline; ICO postcode"), st["body"]),
              P("Yours sincerely,", st["body"]), P("MDP Secretariat", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 2025/0093", author="Ministry of Defence Police")


def build_merseyside():
    """Merseyside Police PDF letter: Table 1 sexual assault and sexual harassment with each
    calendar year grouped over Officers / Staff; abuse of position for a sexual purpose in prose
    for 2022 and 2023, and neither confirmed nor denied for 2024; Table 2 outcomes over the whole
    period; a national statistic."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "merseyside/FOI 0219-25 Merseyside Police response.pdf"
    KEY.file(src, "merseyside")
    st = styles("Helvetica", 10)
    tot = {SA: ((9, 2), (11, 1), (8, 3)), SH: ((15, 4), (13, 5), (17, 2))}
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice", "management_action"), O_N,
            ("Under investigation", "ongoing")]
    o = {SA: (6, 2, 3, 1, 0, 17, 5), SH: (5, 1, 8, 6, 14, 16, 6)}
    for c in o:
        assert sum(o[c]) == sum(a + b for a, b in tot[c])

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 287 * mm, "OFFICIAL \u2013 Merseyside Police")
        c.drawRightString(190 * mm, 12 * mm, N(f"Page {p} of {n}", "page numbers"))

    story = [P("<b>Merseyside Police</b>", st["h"]),
             P(N("Corporate Communications \u2013 Freedom of Information, Canning Place, Liverpool, "
                 "L1 8JX", "postcode"), st["addr"]), S(6),
             P(N("Our ref: FOI 0219/25", "reference"), st["addr"]),
             P(N("Date: 10 February 2025", "date"), st["addr"]), S(8),
             P("Dear Sir / Madam,", st["body"]),
             P(N(f"Thank you for your request for information dated {REQ_DATE}, in which you "
                 "asked:", "date"), st["body"]),
             P(request9(), st["quote"]),
             P("Merseyside Police has searched its Professional Standards records. The figures are "
               "allegations, counted by the year the allegation was recorded.", st["body"]),
             P(N("<b>Table 1 \u2013 Allegations of sexual assault and sexual harassment</b>",
                 "table number"), st["h2"])]
    h1 = ["Allegation type"]
    h2 = [""]
    for y in (2022, 2023, 2024):
        h1 += [N(str(y), "group heading"), ""]
        h2 += ["Officers", "Staff"]
    rows = [h1, h2]
    for c in (SA, SH):
        row = [CAT_LABEL[c]]
        for pi in range(3):
            for k, s in enumerate(("officers", "staff")):
                row.append(F(c, "total", tot[c][pi][k], CYS[pi], subject=s))
        rows.append(row)
    t = Table(rows, colWidths=[52 * mm] + [19 * mm] * 6, hAlign="LEFT")
    t.setStyle(grid_style(2, size=9, shade="#D6DCE4",
                          extra=[("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (2, 0)),
                                 ("SPAN", (3, 0), (4, 0)), ("SPAN", (5, 0), (6, 0)),
                                 ("ALIGN", (1, 0), (-1, 1), "CENTER")]))
    story += [t, S(8),
              P("<b>Abuse of position for a sexual purpose</b>", st["h2"]),
              P("In " + N("2022", "year") + " there were "
                + F(AP, "total", 4, C22, subject="officers", said="four")
                + " allegations of abuse of position for a sexual purpose against police officers "
                "and " + F(AP, "total", 0, C22, subject="staff", said="none")
                + " against police staff. In " + N("2023", "year") + " there were "
                + F(AP, "total", 6, C23, subject="officers", said="six") + " against officers and "
                + F(AP, "total", 1, C23, subject="staff", said="one") + " against staff.",
                st["body"]),
              P(N("In respect of allegations of abuse of position for a sexual purpose recorded in "
                  "2024, Merseyside Police neither confirms nor denies that it holds the "
                  "information. Confirming or denying whether any such allegation was recorded "
                  "in 2024 would reveal whether an investigation is under way into a matter that "
                  "has been the subject of local media reporting, and could identify the "
                  "individual concerned. Sections 30(3) (investigations) and 40(5B) (personal "
                  "information) of the Act apply. The public interest test for section 30(3) "
                  "favours maintaining the exclusion.", "year; section numbers"), st["body"])]
    F(AP, "total", NCND("s30(3);s40(5B)"), C24, said="neither confirms nor denies")
    story += [P(N("<b>Table 2 \u2013 Outcomes of the allegations in Table 1 (1 January 2022 to 31 "
                  "December 2024), officers and staff</b>", "table number; span"), st["h2"])]
    rows = [["Outcome", "Sexual assault", "Sexual harassment"]]
    for i, (ol, oc) in enumerate(outs):
        rows.append([ol] + [F(c, oc, o[c][i], SPAN9) for c in (SA, SH)])
    t = Table(rows, colWidths=[70 * mm, 32 * mm, 36 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=9, shade="#D6DCE4"))
    story += [t, S(8),
              P(L("By way of context, the Home Office\u2019s police misconduct statistics record "
                  "that 1,043 misconduct proceedings were finalised in England and Wales in the "
                  "year ending 31 March 2024.", "national statistics"), st["body"]),
              P(rights("Merseyside Police", 40), st["body"]),
              P("Yours faithfully,", st["body"]), P("Freedom of Information Team", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 0219/25", author="Merseyside Police")


def build_bedfordshire():
    """Bedfordshire Police PDF letter (with a text layer): totals by calendar year with 2022 not
    held (a system change); outcomes for 2024 by subject with '*' for one to four."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "bedfordshire/BED FOI 0131-25 response.pdf"
    KEY.file(src, "bedfordshire")
    st = styles("Times-Roman", 10.5)
    tot = {SA: (8, 10), SH: (14, 12), AP: (3, 5)}
    outs = [O_D, O_F, O_WW, ("Reflective practice", "management_action"), O_N,
            ("Under investigation", "ongoing")]
    o24 = {(SA, "officers"): (2, 1, 0, 0, 4, 2), (SA, "staff"): (0, 0, 0, 0, 1, 0),
           (SH, "officers"): (1, 2, 2, 3, 0, 1), (SH, "staff"): (0, 0, 1, 1, 0, 1),
           (AP, "officers"): (2, 0, 0, 0, 1, 1), (AP, "staff"): (0, 0, 0, 0, 1, 0)}
    for c in CATS3:
        assert sum(o24[(c, "officers")]) + sum(o24[(c, "staff")]) == tot[c][1]

    def furniture(c, p, n):
        c.setFont("Times-Roman", 8)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.drawString(22 * mm, 10 * mm, N("Bedfordshire Police, Woburn Road, Kempston, Bedford, "
                                         "MK43 9AX", "postcode"))
        c.drawRightString(188 * mm, 10 * mm, N(f"Page {p} of {n}", "page numbers"))

    story = [P("<b>Bedfordshire Police</b>", st["h"]),
             P("Information Rights", st["addr"]), S(6),
             P(N("FOI Reference: 0131/25", "reference"), st["addr"]),
             P(N("Date of response: 5 February 2025", "date"), st["addr"]), S(8),
             P("Dear Applicant,", st["body"]),
             P(N(f"Your request, received on {REQ_DATE}, was:", "date"), st["body"]),
             P(request9(), st["quote"]),
             P("<b>Response</b>", st["h2"]),
             P(N("Professional standards matters for Bedfordshire Police are handled by the "
                 "collaborated Professional Standards Department that also serves two neighbouring "
                 "forces; the figures below relate to Bedfordshire Police only, and count "
                 "allegations against police officers and police staff together.",
                 "'two neighbouring forces'"), st["body"]),
             P(N("The department moved to a new case management system in January 2023. Records "
                 "for 2022 were not migrated, and allegations recorded in 2022 cannot be broken "
                 "down by type: that part of your request is information not held.",
                 "dates of the system change"), st["body"])]
    for c in CATS3:
        F(c, "total", NH, C22, said="not held")
    story += [P(N("<b>Allegations recorded, 2023 and 2024</b>", "years"), st["h2"])]
    rows = [["Allegation type", N("2023", "column heading"), N("2024", "column heading")]]
    for c in CATS3:
        rows.append([CAT_LABEL[c]] + [F(c, "total", v, CYS[1 + k]) for k, v in enumerate(tot[c])])
    t = Table(rows, colWidths=[80 * mm, 25 * mm, 25 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, font="Times-Roman", size=9.5, shade="#E2E2E2"))
    story += [t, S(8),
              P(N("<b>Outcomes of allegations recorded in 2024</b>", "year"), st["h2"])]
    rows = [["Allegation type", "Outcome", "Police officers", "Police staff"]]
    for c in CATS3:
        for i, (ol, oc) in enumerate(outs):
            row = [CAT_LABEL[c] if i == 0 else "", ol]
            for s in ("officers", "staff"):
                v = o24[(c, s)][i]
                row.append(F(c, oc, SUP(1, 4), C24, subject=s, said="*") if 1 <= v <= 4 and s == "staff"
                           else F(c, oc, v, C24, subject=s))
            rows.append(row)
    t = Table(rows, colWidths=[50 * mm, 45 * mm, 28 * mm, 28 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 9.5),
                           ("FONT", (0, 0), (-1, 0), "Times-Bold", 9.5),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("ALIGN", (2, 0), (-1, -1), "CENTER")]
                          + [("LINEABOVE", (0, 1 + 6 * k), (-1, 1 + 6 * k), 0.3, colors.grey)
                             for k in range(1, 3)]))
    story += [t, S(4),
              P(N("* denotes a figure between 1 and 4. Small numbers for police staff have been "
                  "withheld under section 40(2) of the Freedom of Information Act 2000 because "
                  "they could identify the individuals concerned.",
                  "definition of the mark; section; year of the Act"), st["small"]),
              P(rights("Bedfordshire Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Rights Officer", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 0131/25", author="Bedfordshire Police")


# =========================================================================== XLSX


def build_kent():
    """Kent Police workbook: a Summary sheet (categories x calendar years, a Total column over
    2022-2024, one Total typed wrong) and a detail sheet per year (outcomes x categories, a
    Total row restating the Summary)."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "kent/Kent Police FOI 25-0188 data.xlsx"
    KEY.file(src, "kent")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective Practice Review Process", "management_action"),
            ("No Case to Answer", "no_case_to_answer"), ("Not Proven", "not_upheld"),
            ("Live", "ongoing")]
    data = gen("kent", CATS3, outs, 3, ["all"], hi=4)
    tot = {(c, pi): sum(data[(c, oc, pi, "all")] for _, oc in outs) for c in CATS3 for pi in range(3)}
    typo = {SA: 1, SH: 0, AP: 0}                 # the sexual assault Total is typed one too high
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    fill = PatternFill("solid", fgColor="002060")
    ws["A1"] = N("Kent Police \u2013 Freedom of Information request 25/0188", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Allegations of sexual assault, sexual harassment and abuse of position for a "
                "sexual purpose recorded against police officers and police staff (combined)")
    ws["A3"] = N("Calendar years 2022, 2023 and 2024 (1 January 2022 \u2013 31 December 2024)",
                 "the periods of the request")
    hdr = ["Allegation Type", N("2022", "column heading"), N("2023", "column heading"),
           N("2024", "column heading"), "Total"]
    for j, h in enumerate(hdr, 1):
        cl = ws.cell(5, j, h)
        cl.font = Font(bold=True, color="FFFFFF")
        cl.fill = fill
        cl.border = xl_border()
    for i, c in enumerate(CATS3):
        r = 6 + i
        ws.cell(r, 1, CAT_LABEL[c]).border = xl_border()
        for pi in range(3):
            ws.cell(r, 2 + pi, int(F(c, "total", tot[(c, pi)], CYS[pi]))).border = xl_border()
        ws.cell(r, 5, int(F(c, "total", sum(tot[(c, pi)] for pi in range(3)) + typo[c],
                            SPAN9))).border = xl_border()
        ws.cell(r, 5).font = Font(bold=True)
    ws["A10"] = "The outcome of each allegation is given on the sheet for the year it was recorded."
    ws["A11"] = N("Source: Centurion, Professional Standards Department, data as at 24/01/2025.",
                  "date of extraction")
    ws.column_dimensions["A"].width = 44
    for col in "BCDE":
        ws.column_dimensions[col].width = 12
    for pi, y in enumerate((2022, 2023, 2024)):
        w = wb.create_sheet(N(str(y), "sheet name"))
        w["A1"] = N(f"Outcomes of allegations recorded in {y}", "the sheet's year")
        w["A1"].font = Font(bold=True, size=12)
        hdr = ["Outcome"] + [CAT_LABEL[c] for c in CATS3]
        for j, h in enumerate(hdr, 1):
            cl = w.cell(3, j, h)
            cl.font = Font(bold=True, color="FFFFFF")
            cl.fill = fill
        for i, (ol, oc) in enumerate(outs):
            w.cell(4 + i, 1, ol)
            for j, c in enumerate(CATS3):
                w.cell(4 + i, 2 + j, int(F(c, oc, data[(c, oc, pi, "all")], CYS[pi])))
        r = 4 + len(outs)
        w.cell(r, 1, "Total").font = Font(bold=True)
        for j, c in enumerate(CATS3):
            w.cell(r, 2 + j, int(F(c, "total", tot[(c, pi)], CYS[pi], restated=True)))
            w.cell(r, 2 + j).font = Font(bold=True)
        w.column_dimensions["A"].width = 36
        for col in "BCD":
            w.column_dimensions[col].width = 22
    xlsx_save(wb, src, "Kent Police Information Management")


def build_hampshire():
    """Hampshire and Isle of Wight Constabulary workbook: the force's own ranges (January to
    March 2022, 2022/23, 2023/24, April to December 2024) explained in the title rows; a flat
    table, a row per period x category x employee type; an extra column 'Of which: subject to
    criminal investigation'."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "hampshire/HIOWC FOI 2025-00146 data.xlsx"
    KEY.file(src, "hampshire")
    pers = (("2022-01-01", "2022-03-31"), FY(2022), FY(2023), ("2024-04-01", "2024-12-31"))
    plab = ["Jan\u2013Mar 2022", "FY 2022/23", "FY 2023/24", "Apr\u2013Dec 2024"]
    outs = [O_D, ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"),
            ("Reflective Practice (RPRP)", "management_action"),
            ("No Case to Answer", "no_case_to_answer"), ("Live", "ongoing")]
    data = gen("hiow", CATS3, outs, 4, ["officers", "staff"], hi=3)
    for k in data:                           # January to March 2022 is a single quarter
        if k[2] == 0:
            data[k] //= 2
    crim = gen("hiow-crim", CATS3, [("", "x")], 4, ["officers", "staff"], hi=2)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = N("Hampshire and Isle of Wight Constabulary \u2013 FOI 2025/00146", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("Our conduct data is reported by financial year. To match the calendar years "
                 "requested, the periods below are 1 January to 31 March 2022, the financial years "
                 "2022/23 and 2023/24, and 1 April to 31 December 2024.",
                 "the periods of the rows")
    ws["A3"] = "Counts are allegations, by the date the allegation was recorded."
    hdr = ["Period", "Allegation type", "Employee type", "Allegations recorded"] + \
        [ol for ol, _ in outs] + ["Of which: subject to criminal investigation"]
    fill = PatternFill("solid", fgColor="D9E1F2")
    for j, h in enumerate(hdr, 1):
        cl = ws.cell(5, j, h)
        cl.font = Font(bold=True)
        cl.fill = fill
        cl.alignment = Alignment(wrap_text=True, vertical="top")
    r = 6
    for pi in range(4):
        for c in CATS3:
            for s, slab in (("officers", "Police officer"), ("staff", "Police staff")):
                vals = [data[(c, oc, pi, s)] for _, oc in outs]
                ws.cell(r, 1, N(plab[pi], "period label"))
                ws.cell(r, 2, CAT_LABEL[c])
                ws.cell(r, 3, slab)
                ws.cell(r, 4, int(F(c, "total", sum(vals), pers[pi], subject=s)))
                for j, ((ol, oc), v) in enumerate(zip(outs, vals)):
                    ws.cell(r, 5 + j, int(F(c, oc, v, pers[pi], subject=s)))
                cv = min(crim[(c, "x", pi, s)], sum(vals))
                ws.cell(r, 5 + len(outs), int(F(c, "other", cv, pers[pi], subject=s)))
                r += 1
    ws.cell(r + 1, 1, "Notes")
    ws.cell(r + 2, 1, "\u2018Of which: subject to criminal investigation\u2019 counts the allegations "
                      "in the row that were also investigated as a possible criminal offence; they "
                      "are already included in the outcome columns.")
    ws.cell(r + 3, 1, N("Extracted from the PSD case management system on 29 January 2025.", "date"))
    ws.freeze_panes = "E6"
    for col, wd in zip("ABCDEFGHIJK", (16, 38, 15, 13, 11, 13, 11, 14, 12, 9, 18)):
        ws.column_dimensions[col].width = wd
    ws.row_dimensions[5].height = 45
    xlsx_save(wb, src, "HIOWC Information Management")


def build_leicestershire():
    """Leicestershire Police workbook: one sheet for police officers and one for police staff,
    each with a two-row header of merged cells ('Year' and 'Allegation type' merged down,
    'Outcome of allegation' merged across the outcome columns, 'Total allegations' merged down),
    the year merged down over its three category rows; '*' for one to four on the staff sheet."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "leicestershire/FOI 000209-25 Leicestershire Police.xlsx"
    KEY.file(src, "leicestershire")
    outs = [O_D, O_W, ("Final written warning", "final_written_warning"),
            ("Reflective practice", "management_action"), O_N,
            ("Under investigation", "ongoing")]
    data = gen("leics", CATS3, outs, 3, ["officers", "staff"], hi=4)
    wb = openpyxl.Workbook()
    fill = PatternFill("solid", fgColor="FCE4D6")
    for k, (s, title) in enumerate((("officers", "Police officers"), ("staff", "Police staff"))):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = title
        ws["A1"] = N(f"Leicestershire Police \u2013 FOI 000209/25 \u2013 {title.lower()}", "reference")
        ws.merge_cells("A1:I1")
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = ("Allegations of sexual assault, sexual harassment and abuse of position for "
                    "a sexual purpose, by calendar year recorded and outcome")
        ws.merge_cells("A2:I2")
        ws["A4"] = "Year"
        ws.merge_cells("A4:A5")
        ws["B4"] = "Allegation type"
        ws.merge_cells("B4:B5")
        ws["C4"] = "Outcome of allegation"
        ws.merge_cells("C4:H4")
        ws["I4"] = "Total allegations"
        ws.merge_cells("I4:I5")
        for j, (ol, _) in enumerate(outs):
            ws.cell(5, 3 + j, ol)
        for rr in (4, 5):
            for j in range(1, 10):
                cl = ws.cell(rr, j)
                cl.font = Font(bold=True)
                cl.fill = fill
                cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r = 6
        for pi, y in enumerate((2022, 2023, 2024)):
            ws.cell(r, 1, int(N(str(y), "row label (year)"))).alignment = Alignment(vertical="top")
            ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
            for c in CATS3:
                ws.cell(r, 2, CAT_LABEL[c])
                vals = [data[(c, oc, pi, s)] for _, oc in outs]
                for j, ((ol, oc), v) in enumerate(zip(outs, vals)):
                    if s == "staff" and 1 <= v <= 4:
                        ws.cell(r, 3 + j, F(c, oc, SUP(1, 4), CYS[pi], subject=s, said="*"))
                    else:
                        ws.cell(r, 3 + j, int(F(c, oc, v, CYS[pi], subject=s)))
                    ws.cell(r, 3 + j).alignment = Alignment(horizontal="center")
                t = sum(vals)
                if s == "staff" and 1 <= t <= 4:
                    ws.cell(r, 9, F(c, "total", SUP(1, 4), CYS[pi], subject=s, said="*"))
                else:
                    ws.cell(r, 9, int(F(c, "total", t, CYS[pi], subject=s)))
                ws.cell(r, 9).font = Font(bold=True)
                ws.cell(r, 9).alignment = Alignment(horizontal="center")
                r += 1
        if s == "staff":
            ws.cell(r + 1, 1, N("* denotes a number between one and four. These figures are "
                                "withheld under section 40(2) of the Freedom of Information Act "
                                "2000, as they could lead to the identification of individual "
                                "members of staff.", "definition of the mark; section; year"))
        else:
            ws.cell(r + 1, 1, "Special constables are included with police officers.")
        ws.column_dimensions["A"].width = 8
        ws.column_dimensions["B"].width = 40
        for col in "CDEFGHI":
            ws.column_dimensions[col].width = 14
        ws.row_dimensions[5].height = 32
    xlsx_save(wb, src, "Leicestershire Police")


def build_thames_valley():
    """Thames Valley Police workbook: 'Allegations' (category x employee category rows, CY2022 /
    CY2023 / CY2024 columns and a three-year total) and 'Outcomes' (category and outcome rows,
    officers and staff combined, with a Total row per category)."""
    import openpyxl
    from openpyxl.styles import Font
    src = "thames-valley/TVP FOI 2025-0116 response data.xlsx"
    KEY.file(src, "thames-valley")
    outs = [("Dismissed", "dismissed"), ("Would Have Been Dismissed", "would_have_been_dismissed"),
            ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"),
            ("Reflective Practice", "management_action"), ("No Case To Answer", "no_case_to_answer"),
            ("No Further Action", "no_further_action"), ("Under Investigation", "ongoing")]
    data = gen("tvp", CATS3, outs, 3, ["officers", "staff"], hi=3)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = N("Thames Valley Police \u2013 FOI 2025-0116", "reference")
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Number of allegations recorded by Professional Standards, by calendar year"
    hdr = ["Allegation Category", "Employee Category", "CY2022", "CY2023", "CY2024",
           N("Three-year total", "'three-year'")]
    for j, h in enumerate(hdr, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    r = 5
    for c in CATS3:
        for s, slab in (("officers", "Police Officer"), ("staff", "Police Staff")):
            vals = [sum(data[(c, oc, pi, s)] for _, oc in outs) for pi in range(3)]
            ws.cell(r, 1, CAT_LABEL[c])
            ws.cell(r, 2, slab)
            for pi in range(3):
                ws.cell(r, 3 + pi, int(F(c, "total", vals[pi], CYS[pi], subject=s)))
            ws.cell(r, 6, int(F(c, "total", sum(vals), SPAN9, subject=s)))
            r += 1
    ws.cell(r + 1, 1, "Special Constables are included under Police Officer.")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 18
    w = wb.create_sheet("Outcomes")
    w["A1"] = "Outcome of allegations (police officers and police staff combined)"
    w["A1"].font = Font(bold=True)
    hdr = ["Allegation Category", "Finalised Outcome", "CY2022", "CY2023", "CY2024"]
    for j, h in enumerate(hdr, 1):
        w.cell(3, j, h).font = Font(bold=True)
    r = 4
    for c in CATS3:
        for ol, oc in outs + [("Total", "total")]:
            if oc == "total":
                vals = [sum(data[(c, x, pi, s)] for _, x in outs for s in ("officers", "staff"))
                        for pi in range(3)]
            else:
                vals = [data[(c, oc, pi, "officers")] + data[(c, oc, pi, "staff")] for pi in range(3)]
            w.cell(r, 1, CAT_LABEL[c])
            w.cell(r, 2, ol)
            for pi in range(3):
                w.cell(r, 3 + pi, int(F(c, oc, vals[pi], CYS[pi])))
            if oc == "total":
                for j in range(1, 6):
                    w.cell(r, j).font = Font(bold=True)
            r += 1
    w.cell(r + 1, 1, N("Outcomes as recorded on 31/01/2025. 'Under Investigation' includes matters "
                       "awaiting a misconduct meeting or hearing.", "date"))
    w.column_dimensions["A"].width = 40
    w.column_dimensions["B"].width = 28
    xlsx_save(wb, src, "TVP Information Management")


# =========================================================================== DOCX


def build_devon_and_cornwall():
    """Devon & Cornwall Police Word letter in its house style: a heading per calendar year, the
    category in bold above a bulleted list ('Total allegations \u2013 n' first, then each outcome),
    dismissal outcomes of one to four given as 'fewer than five*'."""
    src = "devon-and-cornwall/DCP FOI 2025-00377 response.docx"
    KEY.file(src, "devon-and-cornwall")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Still under investigation", "ongoing")]
    data = gen("dc", CATS3, outs, 3, ["all"], hi=4)
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", N("Devon & Cornwall Police, Middlemoor, Exeter, EX2 7HQ",
                                        "postcode"))
    docx_heading(d, "Devon & Cornwall Police \u2013 Freedom of Information", 14)
    d.add_paragraph(N("Reference: FOI 2025/00377\nDate: 12 February 2025", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request for information received on {REQ_DATE}. You "
                      "asked:", "date"))
    p = d.add_paragraph("\u201c" + request9() + "\u201d")
    p.paragraph_format.left_indent = 457200
    d.add_paragraph("Devon & Cornwall Police holds this information. The figures are allegations "
                    "recorded against police officers and police staff together, by the year in "
                    "which each allegation was recorded, with its outcome as at the end of January.")
    for pi, y in enumerate((2022, 2023, 2024)):
        docx_heading(d, N(f"Allegations recorded in {y}", "year"), 12)
        for c in CATS3:
            p = d.add_paragraph()
            p.add_run(CAT_LABEL[c]).bold = True
            t = sum(data[(c, oc, pi, "all")] for _, oc in outs)
            d.add_paragraph(f"Total allegations \u2013 {F(c, 'total', t, CYS[pi])}",
                            style="List Bullet")
            for ol, oc in outs:
                v = data[(c, oc, pi, "all")]
                if oc in ("dismissed", "would_have_been_dismissed") and 1 <= v <= 4:
                    txt = F(c, oc, SUP(), CYS[pi], said="fewer than five") + "*"
                else:
                    txt = F(c, oc, v, CYS[pi])
                d.add_paragraph(f"{ol} \u2013 {txt}", style="List Bullet")
    d.add_paragraph(N("* Where fewer than five allegations resulted in dismissal, or in a finding "
                      "that the officer would have been dismissed, the exact number is withheld "
                      "under section 40(2) of the Act: so few cases, taken with the press coverage "
                      "of misconduct hearings, could identify the people involved.",
                      "definition of the mark; section number"))
    d.add_paragraph(rights("Devon & Cornwall Police", 40))
    d.add_paragraph("Yours sincerely,\nFreedom of Information Department")
    docx_save(d, src, "Devon & Cornwall Police")


def build_british_transport():
    """British Transport Police Word letter: the force reports by financial year; January to
    March 2022 (in 2021/22) refused under section 12; Table 1 with the category vMerged over
    Police officers / Police staff rows and financial years as columns; Table 2 outcomes over
    1 April 2022 to 31 December 2024, officers and staff together."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "british-transport/BTP FOI 0073-25 response.docx"
    KEY.file(src, "british-transport")
    pers = (FY(2022), FY(2023), ("2024-04-01", "2024-12-31"))
    span = (pers[0][0], pers[2][1])
    tot = {(SA, "officers"): (12, 15, 9), (SA, "staff"): (2, 3, 1),
           (SH, "officers"): (18, 16, 14), (SH, "staff"): (5, 4, 6),
           (AP, "officers"): (4, 3, 2), (AP, "staff"): (0, 0, 1)}
    outs = [O_D, O_W, O_F, O_WW, ("Management advice / reflective practice", "management_action"),
            O_N, ("Live investigation", "ongoing")]
    o = {SA: (8, 3, 4, 2, 3, 15, 7), SH: (7, 2, 9, 8, 16, 15, 6), AP: (5, 2, 0, 0, 0, 2, 1)}
    for c in CATS3:
        assert sum(o[c]) == sum(tot[(c, "officers")]) + sum(tot[(c, "staff")]), c
    d = docx_new("Arial", 10.5)
    docx_header_footer(d, "OFFICIAL", N("British Transport Police, 25 Camden Road, London, NW1 9LN",
                                        "address"))
    docx_heading(d, "British Transport Police", 16)
    d.add_paragraph("Freedom of Information Unit")
    d.add_paragraph(N("Our ref: FOI 0073-25\nDate: 6 February 2025", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request dated {REQ_DATE}, which asked:", "date"))
    p = d.add_paragraph(request9())
    p.paragraph_format.left_indent = 457200
    p.runs[0].italic = True
    docx_heading(d, "Response", 12)
    d.add_paragraph(N("British Transport Police records and reports conduct matters by financial "
                      "year (1 April to 31 March), not by calendar year. The figures below "
                      "therefore cover the financial years 2022/23 and 2023/24 and the part of "
                      "2024/25 from 1 April to 31 December 2024.", "the periods of the columns"))
    d.add_paragraph(L("Allegations recorded between 1 January and 31 March 2022 fall in 2021/22, "
                      "which was recorded on our previous system. Separating those three months "
                      "would mean reading each of around 240 case files, which at about six "
                      "minutes a file would take 24 hours, above the 18 hours (\u00a3450) "
                      "appropriate limit. That part of your request is refused under section "
                      "12(1) of the Act.",
                      "dates of the refused part; files, minutes, hours, cost limit, section"))
    for c in CATS3:
        F(c, "total", REF("s12"), ("2022-01-01", "2022-03-31"), said="")
    docx_heading(d, N("Table 1 \u2013 Allegations recorded, by financial year", "table number"), 11)
    t = d.add_table(rows=1 + 6, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", "Employee type", N("2022/23", "column heading"),
                           N("2023/24", "column heading"),
                           N("2024/25 (1 April \u2013 31 December 2024)", "column heading")]):
        docx_cell(t.cell(0, j), h, bold=True)
        docx_shade(t.cell(0, j), "BDD7EE")
    r = 1
    for c in CATS3:
        m = t.cell(r, 0).merge(t.cell(r + 1, 0))
        docx_cell(m, CAT_LABEL[c])
        for s, slab in (("officers", "Police officers"), ("staff", "Police staff")):
            docx_cell(t.cell(r, 1), slab)
            for pi in range(3):
                docx_cell(t.cell(r, 2 + pi), F(c, "total", tot[(c, s)][pi], pers[pi], subject=s),
                          align=WD_ALIGN_PARAGRAPH.CENTER)
            r += 1
    d.add_paragraph("")
    docx_heading(d, N("Table 2 \u2013 Outcomes of the allegations in Table 1 (1 April 2022 to 31 "
                      "December 2024), officers and staff together", "table number; span"), 11)
    t = d.add_table(rows=1 + len(outs), cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Outcome", "Sexual assault", "Sexual harassment",
                           "Abuse of position for a sexual purpose"]):
        docx_cell(t.cell(0, j), h, bold=True)
        docx_shade(t.cell(0, j), "BDD7EE")
    for i, (ol, oc) in enumerate(outs):
        docx_cell(t.cell(1 + i, 0), ol)
        for j, c in enumerate(CATS3):
            docx_cell(t.cell(1 + i, 1 + j), F(c, oc, o[c][i], span), align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph(N("BTP employs around 3,000 police officers across England, Wales and "
                      "Scotland; figures for Scotland are included.", "workforce size"))
    d.add_paragraph(rights("British Transport Police", 40))
    d.add_paragraph("Yours sincerely,\nFreedom of Information Unit")
    docx_save(d, src, "British Transport Police")


# =========================================================================== HTML


def build_lancashire():
    """Lancashire Constabulary disclosure-log page in its house style: one long table (Period |
    Allegation type | Outcome | Cases recorded) with a bold subtotal row per allegation type,
    calendar years in the Period column; the force counts cases."""
    src = "lancashire/FOI-2025-00163-response.html"
    KEY.file(src, "lancashire", measure="cases")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed (left before hearing)",
                                         "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Management advice / reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"),
            ("Ongoing \u2013 subject on restricted duties", "ongoing")]
    data = gen("lancs", CATS3, outs, 3, ["all"], hi=3)
    b = ['<header class="site-header"><div class="logo">Lancashire Constabulary</div>',
         '<nav class="main-nav"><a href="/">Home</a> <a href="/about-us/">About us</a> '
         '<a href="/foi/">Freedom of information</a></nav></header>',
         '<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/foi/">FOI</a> &rsaquo; '
         'Disclosure log</div>',
         '<main id="content">',
         N("<h1>FOI-2025-00163: Sexual misconduct allegations against officers and staff</h1>",
           "reference"),
         '<dl class="foi-meta">' + N("<dt>Reference</dt><dd>FOI-2025-00163</dd>", "reference")
         + N("<dt>Date</dt><dd>13/02/2025</dd>", "date") + "</dl>",
         "<h2>Request</h2>", f"<blockquote>{E(request9())}</blockquote>",
         "<h2>Response</h2>",
         "<p>Lancashire Constabulary records conduct matters as cases, and the figures below are "
         "numbers of cases involving police officers and police staff. Each case is shown under "
         "the year in which it was recorded and its most serious outcome.</p>",
         '<table class="foi-table"><thead><tr><th>Period</th><th>Allegation type</th>'
         "<th>Outcome</th><th>Cases recorded</th></tr></thead><tbody>"]
    for pi, y in enumerate((2022, 2023, 2024)):
        for c in CATS3:
            for ol, oc in outs:
                b.append(f"<tr><td>{N(str(y), 'period label')}</td><td>{CAT_LABEL[c]}</td>"
                         f"<td>{ol}</td><td>{F(c, oc, data[(c, oc, pi, 'all')], CYS[pi])}</td></tr>")
            t = sum(data[(c, oc, pi, "all")] for _, oc in outs)
            b.append(f'<tr class="subtotal"><td><strong>{N(str(y), "period label")}</strong></td>'
                     f"<td><strong>{CAT_LABEL[c]}</strong></td><td><strong>Total</strong></td>"
                     f"<td><strong>{F(c, 'total', t, CYS[pi])}</strong></td></tr>")
    b.append("</tbody></table>")
    b.append('<p class="footnote"><small>Management advice was replaced by reflective practice '
             'under the Police (Conduct) Regulations ' + N("2020", "year of the regulations")
             + "; both are shown together.</small></p>")
    b.append('<p class="footnote"><small>' + N("Data correct as at 31 January 2025.", "date")
             + "</small></p>")
    b.append(f"<h2>Your rights</h2><p>{E(rights('Lancashire Constabulary', 40))}</p>")
    b.append("</main>")
    b.append(N('<footer class="site-footer"><p>Lancashire Constabulary, Saunders Lane, Hutton, '
               'Preston, PR4 5SB &middot; 101</p></footer>', "postcode; telephone"))
    write_text(src, html_page(N("FOI-2025-00163 | Lancashire Constabulary", "reference"),
                              "\n".join(b)))


def build_west_mercia():
    """West Mercia Police disclosure page: one table per calendar year under its own heading,
    outcomes as rows and categories as columns, 'Total allegations' row; outcome rows with no
    allegations that year are left out (a blanket note); '*' for APSP figures of one to four."""
    src = "west-mercia/WMP-FOI-00152-25.html"
    KEY.file(src, "west-mercia")
    outs = [O_D, O_W, O_F, O_WW, ("Reflective practice review", "management_action"), O_N,
            ("Not proven", "not_upheld"), ("Under investigation", "ongoing")]
    data = gen("wmerc", CATS3, outs, 3, ["all"], hi=4)
    for oc, pi in (("would_have_been_dismissed", 0), ("written_warning", 1), ("not_upheld", 2),
                   ("ongoing", 0)):
        for c in CATS3:                      # outcomes that did not occur in a year
            data[(c, oc, pi, "all")] = 0
    b = ['<div class="masthead"><a class="brand" href="/">West Mercia Police</a></div>',
         '<div class="content-area"><article class="disclosure-log-item">',
         N("<h1>Allegations of sexual misconduct against officers and staff \u2013 "
           "FOI 00152/25</h1>", "reference"),
         N('<p class="meta">Published: 18 February 2025 | Category: Professional Standards</p>',
           "date"),
         "<h2>Request</h2>", f"<p><em>{E(request9())}</em></p>",
         "<h2>Response</h2>",
         "<p>The tables show allegations recorded against police officers and police staff "
         "together, with the outcome of each allegation.</p>"]
    for pi, y in enumerate((2022, 2023, 2024)):
        b.append(N(f"<h3>Allegations recorded in {y}</h3>", "year of the table"))
        b.append('<table class="wmp-table"><thead><tr><th>Outcome</th>'
                 + "".join(f"<th>{CAT_LABEL[c]}</th>" for c in CATS3) + "</tr></thead><tbody>")
        for ol, oc in outs:
            vals = [data[(c, oc, pi, "all")] for c in CATS3]
            if not any(vals):
                continue
            cells = []
            for c, v in zip(CATS3, vals):
                cells.append(F(c, oc, SUP(1, 4), CYS[pi], said="*") if c == AP and 1 <= v <= 4
                             else F(c, oc, v, CYS[pi]))
            b.append(f"<tr><td>{ol}</td>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
        tots = [sum(data[(c, oc, pi, "all")] for _, oc in outs) for c in CATS3]
        b.append("<tr class=\"total\"><th>Total allegations</th>"
                 + "".join(f"<th>{F(c, 'total', v, CYS[pi])}</th>" for c, v in zip(CATS3, tots))
                 + "</tr></tbody></table>")
    b.append("<p><small>Outcomes with no allegations in a year are not listed.</small></p>")
    b.append(N("<p><small>* A number between 1 and 4, withheld under section 40(2) (personal "
               "information).</small></p>", "definition of the mark; section number"))
    b.append(L("<p>Nationally, the National Police Chiefs\u2019 Council reported 1,539 allegations "
               "of violence against women and girls against officers and staff in the six months "
               "from October 2022 to March 2023.</p>", "national statistics; dates"))
    b.append(f"<p>{E(rights('West Mercia Police', 40))}</p>")
    b.append("</article></div>")
    b.append(N('<footer>West Mercia Police, Hindlip Hall, Worcester, WR3 8SP. Call 101.</footer>',
               "postcode; telephone"))
    write_text(src, html_page(N("FOI 00152/25 \u2013 West Mercia Police", "reference"), "\n".join(b)))


# =========================================================================== e-mail and CSV


def build_cumbria():
    """Cumbria Constabulary e-mail reply (.eml, CRLF): totals for each year in prose with number
    words ('a dozen'), outcomes for 2024 in prose, a nil; officers and staff together."""
    src = "cumbria/RE FOI 2025-0071 Cumbria Constabulary.eml"
    KEY.file(src, "cumbria")
    lines = [N("From: Cumbria Constabulary FOI <foi@cumbria.police.uk>", ""),
             "To: requester@example.org",
             N("Date: Tue, 04 Feb 2025 11:48:31 +0000", "date and time"),
             N("Subject: RE: Freedom of Information request 2025/0071", "reference"),
             N("MIME-Version: 1.0", "mail header"),
             N("Content-Type: text/plain; charset=utf-8", "mail header"),
             "",
             "Dear Requester,",
             "",
             N(f"Thank you for your request of {REQ_DATE}, which we have dealt with under "
               "reference 2025/0071.", "date; reference"),
             "",
             N("Cumbria Constabulary holds the information. The figures are allegations recorded "
               "by our Professional Standards Department against police officers and police staff "
               "(the two are not separated, as the numbers for staff are very small).",
               "'the two' (officers and staff)"),
             "",
             "In " + N("2022", "year") + " we recorded "
             + F(SA, "total", 4, C22, said="four") + " allegations of sexual assault, "
             + F(SH, "total", 9, C22, said="nine") + " of sexual harassment and "
             + F(AP, "total", 2, C22, said="two") + " of abuse of position for a sexual purpose.",
             "",
             "In " + N("2023", "year") + " there were "
             + F(SA, "total", 3, C23, said="three") + " allegations of sexual assault, "
             + F(SH, "total", 12, C23, said="a dozen") + " of sexual harassment and "
             + F(AP, "total", 0, C23, said="none") + " of abuse of position.",
             "",
             "In " + N("2024", "year") + " there were "
             + F(SA, "total", 5, C24, said="five") + " allegations of sexual assault, "
             + F(SH, "total", 7, C24, said="seven") + " of sexual harassment and "
             + F(AP, "total", 1, C24, said="one") + " of abuse of position for a sexual purpose.",
             "",
             "Of the allegations recorded in " + N("2024", "year") + ": of the sexual assault "
             "allegations, " + F(SA, "dismissed", 1, C24, said="one") + " led to dismissal, "
             + F(SA, "no_case_to_answer", 2, C24, said="two") + " were found to have no case to "
             "answer and " + F(SA, "ongoing", 2, C24, said="two") + " are still being "
             "investigated; of the sexual harassment allegations, "
             + F(SH, "final_written_warning", 2, C24, said="two") + " resulted in a final "
             "written warning, " + F(SH, "management_action", 3, C24, said="three")
             + " in reflective practice and " + F(SH, "no_case_to_answer", 2, C24, said="two")
             + " in no case to answer; and " + F(AP, "ongoing", 1, C24, said="one")
             + " allegation of abuse of position is awaiting a gross misconduct hearing. "
             + F(SH, "dismissed", 0, C24, said="None") + " of the sexual harassment allegations "
             "resulted in dismissal.",
             "",
             N("Outcomes for 2022 and 2023 were given in our replies to requests 2023/0418 and "
               "2024/0265, which are published on our website.", "years; earlier references"),
             "",
             rights("Cumbria Constabulary", 40),
             "",
             "Kind regards,",
             "",
             "Freedom of Information Officer",
             "Cumbria Constabulary",
             N("Carleton Hall, Penrith, CA10 2AU | 101", "address; telephone"),
             "",
             "-----Original Message-----",
             N("Sent: 14 January 2025 09:02", "date and time"),
             "> " + request9()]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


def build_nottinghamshire():
    """Nottinghamshire Police CSV export: UTF-8, CRLF, two preamble lines and a blank line,
    header 'Year,Category,Outcome,Officers,Staff,All employees', a Total row per year and
    category, explicit zeros, a source line at the end."""
    import csv as _csv
    import io
    src = "nottinghamshire/FOI-000188-25 data.csv"
    KEY.file(src, "nottinghamshire")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Under investigation", "ongoing")]
    data = gen("notts", CATS3, outs, 3, ["officers", "staff"], hi=4)
    buf = io.StringIO()
    w = _csv.writer(buf, lineterminator="\n")
    w.writerow([N("Nottinghamshire Police FOI-000188-25", "reference"), "", "", "", "", ""])
    w.writerow(["Allegations recorded against officers and staff by calendar year and outcome",
                "", "", "", "", ""])
    w.writerow(["", "", "", "", "", ""])
    w.writerow(["Year", "Category", "Outcome", "Officers", "Staff", "All employees"])
    for pi, y in enumerate((2022, 2023, 2024)):
        for c in CATS3:
            for ol, oc in outs + [("Total", "total")]:
                if oc == "total":
                    o = sum(data[(c, x, pi, "officers")] for _, x in outs)
                    s = sum(data[(c, x, pi, "staff")] for _, x in outs)
                else:
                    o, s = data[(c, oc, pi, "officers")], data[(c, oc, pi, "staff")]
                w.writerow([N(str(y), "year"), CAT_LABEL[c], ol,
                            F(c, oc, o, CYS[pi], subject="officers"),
                            F(c, oc, s, CYS[pi], subject="staff"), F(c, oc, o + s, CYS[pi])])
    w.writerow(["", "", "", "", "", ""])
    w.writerow([N("Source: Centurion (PSD), extracted 27/01/2025", "date"), "", "", "", "", ""])
    write_text(src, buf.getvalue(), newline="\r\n")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind9-"))
