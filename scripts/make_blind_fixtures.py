#!/usr/bin/python3
"""make_blind.py -- regenerate the blind test set for `foi` and its answer key.

Writes every response under this folder (one folder per force id) and the hand-keyed
answer key expected.csv beside this script.  Each build_* function writes one response
(or a covering letter and its attachment) and, next to the text it writes, the key rows
a careful reader takes from it, following shared/corpus/README.md.  Numbers in a
document that are not figures (references, dates, money, hours, headcounts,
percentages, page numbers, cross-category totals, figures from other forces quoted in a
request, anything in a press release or news page) get no key row.

Needs python3-reportlab, python3-openpyxl and python3-docx (Debian packages; run with
/usr/bin/python3).  Output is deterministic: PDFs are written with reportlab's invariant
mode and Office zips are rewritten with fixed timestamps.

usage: /usr/bin/python3 scripts/make_blind_fixtures.py [OUT_DIR]   # default fixtures/blind

Written blind (by someone who had read SPEC.md and the corpus README but not foi's
code or fixtures), as a held-out test of responses nobody had shown foi.
"""
import csv
import datetime as dt
import io
import random
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as kit  # noqa: E402
from blindkit import (write_text, ICO, pdf_letter, P, S, docx_new, docx_save,
                      docx_cell, docx_shade, docx_repeat_header,
                      docx_header_footer, FY, CY, MON, MRANGE, FQ, SPAN, V, SUP,
                      REF, NCND, NH, APPROX, KeyRows)  # noqa: E402

kit.ROOT = (Path(sys.argv[1]) if len(sys.argv) > 1
            else Path(__file__).resolve().parent.parent / "fixtures" / "blind").resolve()

# --------------------------------------------------------------------------- key values

class Key(KeyRows):
    def fig(self, src, force, period, cat, outcome, v, measure="allegations",
            subject="officers_and_staff"):
        ident = (src, force, period[0], period[1], cat, measure, subject, outcome)
        self.keep(ident, self.row(ident, v))


KEY = Key()

# --------------------------------------------------------------------------- writers (more in blindkit.py)

def shown(v, sup_below=5, mark="*", zero=None):
    """How a true count is printed: suppressed between 1 and sup_below-1."""
    if v == 0 and zero is not None:
        return zero
    if 0 < v < sup_below:
        return mark
    return f"{v:,}"


def kv(v, sup_below=5, lo=0, hi=4):
    """The key value for a true count printed by shown()."""
    if 0 < v < sup_below:
        return SUP(lo, hi)
    return v


# --------------------------------------------------------------------------- PDF helpers


def styles(font="Helvetica", size=10, leading=None):
    """This batch's headings are one point larger than the body, on the body's leading."""
    return kit.styles(font, size, leading, h_grow=1, h_leading=False)


# --------------------------------------------------------------------------- Office helpers

def xlsx_save(wb, src):
    """This batch keeps a creator the workbook already names."""
    kit.xlsx_save(wb, src, keep_creator=True)


# =========================================================================== PDF responses

def build_avon_and_somerset():
    """Ruled table, outcomes down, officers/staff/total across, running over onto page 2
    with its header row repeated; not-held category; headcount traps."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force, period = "avon-and-somerset/FOI 2023-01187 Response.pdf", "avon-and-somerset", FY(2022)
    st = styles("Helvetica", 10)

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(105 * mm, 288 * mm, "OFFICIAL")
        c.setFont("Helvetica", 8)
        c.drawString(22 * mm, 281 * mm, "Avon and Somerset Constabulary \u2013 Freedom of Information")
        c.drawRightString(188 * mm, 281 * mm, "Request 2023/01187")
        c.line(22 * mm, 279 * mm, 188 * mm, 279 * mm)
        c.line(22 * mm, 17 * mm, 188 * mm, 17 * mm)
        c.drawString(22 * mm, 12 * mm, "PO Box 37, Valley Road, Portishead, Bristol BS20 8QJ")
        c.drawRightString(188 * mm, 12 * mm, f"Page {page} of {pages}")
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(105 * mm, 7 * mm, "OFFICIAL")

    blocks = [
        ("Sexual assault", "sexual_assault", [
            ("Dismissed", "dismissed", 2, 0), ("Would have been dismissed", "would_have_been_dismissed", 1, 0),
            ("Final written warning", "final_written_warning", 0, 0), ("Written warning", "written_warning", 1, 0),
            ("Reflective practice", "management_action", 0, 0), ("No case to answer", "no_case_to_answer", 5, 1),
            ("Under investigation", "ongoing", 3, 1)]),
        ("Sexual harassment", "sexual_harassment", [
            ("Dismissed", "dismissed", 3, 1), ("Would have been dismissed", "would_have_been_dismissed", 1, 0),
            ("Final written warning", "final_written_warning", 2, 1), ("Written warning", "written_warning", 2, 2),
            ("Reflective practice", "management_action", 6, 3), ("No case to answer", "no_case_to_answer", 8, 4),
            ("Under investigation", "ongoing", 4, 0)]),
        ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [
            ("Dismissed", "dismissed", 4, 0), ("Would have been dismissed", "would_have_been_dismissed", 2, 0),
            ("Final written warning", "final_written_warning", 0, 0), ("Written warning", "written_warning", 0, 0),
            ("Reflective practice", "management_action", 1, 0), ("No case to answer", "no_case_to_answer", 3, 0),
            ("Under investigation", "ongoing", 2, 0)]),
        ("Other sexual misconduct", "sexual_misconduct", [
            ("Dismissed", "dismissed", 1, 0), ("Would have been dismissed", "would_have_been_dismissed", 0, 0),
            ("Final written warning", "final_written_warning", 2, 1), ("Written warning", "written_warning", 3, 1),
            ("Reflective practice", "management_action", 5, 2), ("No case to answer", "no_case_to_answer", 6, 3),
            ("Under investigation", "ongoing", 2, 1)]),
    ]
    data = [["Allegation type", "Outcome", "Police officers", "Police staff", "Total"]]
    tstyle = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
              ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
              ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
              ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for label, cat, rows in blocks:
        to = ts = 0
        for i, (ol, oc, o, s) in enumerate(rows):
            data.append([P(label, st["cell"]) if i == 0 else "", ol, str(o), str(s), str(o + s)])
            KEY.fig(src, force, period, cat, oc, o, subject="officers")
            KEY.fig(src, force, period, cat, oc, s, subject="staff")
            KEY.fig(src, force, period, cat, oc, o + s)
            to, ts = to + o, ts + s
        data.append(["", "Total", str(to), str(ts), str(to + ts)])
        n = len(data) - 1
        tstyle.append(("FONT", (1, n), (-1, n), "Helvetica-Bold", 9))
        KEY.fig(src, force, period, cat, "total", to, subject="officers")
        KEY.fig(src, force, period, cat, "total", ts, subject="staff")
        KEY.fig(src, force, period, cat, "total", to + ts)
    table = Table(data, colWidths=[46 * mm, 50 * mm, 26 * mm, 24 * mm, 18 * mm], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle(tstyle))
    # Q2: domestic abuse is not a category the PSD system holds.
    KEY.fig(src, force, period, "domestic_abuse", "total", NH)

    story = [
        P("Avon and Somerset Constabulary", st["h"]),
        P("Freedom of Information Department<br/>Police Headquarters", st["body"]),
        S(4),
        P("Our reference: 2023/01187<br/>Date: 14 August 2023", st["body"]),
        P("Dear Applicant", st["body"]),
        P("<b>Freedom of Information Act 2000 \u2013 Request 2023/01187</b>", st["body"]),
        P("Thank you for your email of 17 July 2023 requesting information held by Avon and Somerset "
          "Constabulary. Your request has been considered under the Freedom of Information Act 2000 "
          "(the Act). You asked:", st["body"]),
        P("1. For the financial year 2022/23, how many allegations of (a) sexual assault, (b) sexual "
          "harassment, (c) abuse of position for a sexual purpose and (d) any other sexual misconduct "
          "were recorded against police officers and police staff, shown separately for officers and "
          "staff, and what were the outcomes?<br/>"
          "2. How many allegations of domestic abuse were recorded against officers and staff in the "
          "same year?<br/>"
          "3. How many police officers and police staff does the Constabulary employ?", st["quote"]),
        P("<b>Response</b>", st["h2"]),
        P("Avon and Somerset Constabulary can confirm that it holds some of the information you have "
          "requested. Our response to each of your questions is set out below.", st["body"]),
        P("<b>Question 1</b>", st["h2"]),
        P("The table below shows the allegations recorded by the Professional Standards Department "
          "between 1 April 2022 and 31 March 2023, by type of allegation and by the outcome of the "
          "allegation. Where an allegation has not yet been finalised it is shown as \u2018Under "
          "investigation\u2019. Reflective practice refers to the Reflective Practice Review Process "
          "introduced by the Police (Conduct) Regulations 2020.", st["body"]),
        P("Please be aware that a single complaint or conduct matter may contain more than one "
          "allegation, and that one officer or member of staff may be the subject of more than one "
          "allegation. The figures below count allegations.", st["body"]),
        P("The data was extracted from the Centurion case management system on 2 August 2023 and "
          "reflects the position on that date. Outcomes shown as under investigation may since have "
          "changed.", st["body"]),
        S(2),
        table,
        S(6),
        P("Throughout this response, \u2018police staff\u2019 includes police community support "
          "officers (PCSOs); members of the Special Constabulary are not included.", st["body"]),
        P("<b>Question 2</b>", st["h2"]),
        P("Domestic abuse is not recorded as an allegation category on the Centurion system, and "
          "allegations of this nature are recorded under a range of general conduct headings. The "
          "Constabulary therefore does not hold information that would answer this part of your "
          "request. In accordance with section 1(1)(a) of the Act, this letter serves as notice that "
          "the information is not held.", st["body"]),
        P("<b>Question 3</b>", st["h2"]),
        P("As at 31 March 2023 the Constabulary employed 3,104 police officers (headcount) and 2,487 "
          "police staff, including 311 PCSOs. Workforce figures are also published twice a year by "
          "the Home Office.", st["body"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P("If you are unhappy with this response you can request an internal review within 40 working "
          "days of the date of this letter by writing to the Freedom of Information Department. If "
          "you remain dissatisfied you may complain to the " + ICO + ", telephone 0303 123 1113.",
          st["body"]),
        P("Yours sincerely,<br/>J. Pearce, Freedom of Information Officer", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(22, 22, 27, 22), title="FOI 2023/01187",
               author="Avon and Somerset Constabulary")


def build_essex():
    """Unruled table, calendar years as columns plus a Total column, <5 suppression,
    footnote markers glued to labels."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "essex/FOI-7789-23 response.pdf", "essex"
    years = [2019, 2020, 2021, 2022]
    span = SPAN(CY(2019), CY(2022))
    st = styles("Times-Roman", 11)

    def furniture(c, page, pages):
        c.setFont("Times-Roman", 9)
        c.drawString(25 * mm, 285 * mm, "OFFICIAL")
        c.drawRightString(185 * mm, 285 * mm, "Essex Police \u2013 FOI 7789/23")
        c.drawCentredString(105 * mm, 12 * mm, f"Page {page} of {pages}")
        c.drawString(25 * mm, 12 * mm, "OFFICIAL")

    rows = [("Dismissed", "dismissed", [3, 2, 5, 6]),
            ("Would have been dismissed", "would_have_been_dismissed", [0, 1, 3, 2]),
            ("Final written warning", "final_written_warning", [4, 5, 7, 5]),
            ("Written warning", "written_warning", [6, 8, 3, 9]),
            ("Management action\u00b9", "management_action", [11, 14, 17, 21]),
            ("No case to answer", "no_case_to_answer", [18, 22, 25, 31]),
            ("Investigation ongoing", "ongoing", [0, 0, 2, 12])]
    data = [["Outcome"] + [str(y) for y in years] + ["Total"]]
    tot = [0] * 4
    for label, oc, vals in rows:
        data.append([label] + [shown(v, mark="<5") for v in vals] + [shown(sum(vals), mark="<5")])
        for y, v in zip(years, vals):
            KEY.fig(src, force, CY(y), "sexual_harassment", oc, kv(v), subject="officers")
        KEY.fig(src, force, span, "sexual_harassment", oc, kv(sum(vals)), subject="officers")
        tot = [a + b for a, b in zip(tot, vals)]
    data.append(["Total\u00b2"] + [str(v) for v in tot] + [str(sum(tot))])
    for y, v in zip(years, tot):
        KEY.fig(src, force, CY(y), "sexual_harassment", "total", v, subject="officers")
    KEY.fig(src, force, span, "sexual_harassment", "total", sum(tot), subject="officers")
    table = Table(data, colWidths=[58 * mm] + [20 * mm] * 5, hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                               ("FONT", (0, 1), (-1, -1), "Times-Roman", 10.5),
                               ("FONT", (0, -1), (-1, -1), "Times-Bold", 10.5),
                               ("FONT", (-1, 1), (-1, -1), "Times-Bold", 10.5),
                               ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story = [
        P("<b>ESSEX POLICE</b>", st["right"]),
        P("Information Rights Unit<br/>PO Box 2<br/>Springfield<br/>Chelmsford CM2 6DA", st["right"]),
        S(10),
        P("Your ref: email of 02/10/2023<br/>Our ref: FOI 7789/23<br/>Date: 27 October 2023", st["body"]),
        P("Dear Sir or Madam", st["body"]),
        P("<b>FREEDOM OF INFORMATION REQUEST \u2013 SEXUAL HARASSMENT ALLEGATIONS</b>", st["body"]),
        P("I refer to your request for information which has now been considered under the Freedom of "
          "Information Act 2000. Your request read as follows:", st["body"]),
        P("\u201cFor each calendar year from 2019 to 2022, please provide the number of allegations of "
          "sexual harassment made against serving Essex Police officers, and the outcome of each "
          "allegation.\u201d", st["quote"]),
        P("Essex Police holds the information you have requested. It is provided in the table below, "
          "subject to the redaction of small numbers explained beneath it.", st["body"]),
        P("<b>Allegations of sexual harassment against police officers, by year recorded</b>", st["h2"]),
        table,
        S(6),
        P("<5 \u2013 fewer than five. Numbers of fewer than five have been withheld "
          "under section 40(2) of the Act (personal information), because in combination with "
          "published misconduct hearing outcomes they would be likely to identify the officers "
          "concerned.", st["small"]),
        P("\u00b9 Management action includes management advice and, from 1 February 2020, reflective "
          "practice.", st["small"]),
        P("\u00b2 Totals include the figures withheld above.", st["small"]),
        S(6),
        P("The figures relate to police officers only, as your request asked. Allegations are counted "
          "in the year in which they were recorded, not the year in which they were finalised. In "
          "2022 the force had a headcount of 3,755 officers.", st["body"]),
        P("<b>Section 40(2) \u2013 personal information</b>", st["h2"]),
        P("Section 40(2) is an absolute, class-based exemption. Disclosure of the precise numbers "
          "withheld would breach the first data protection principle, as the officers concerned "
          "would have no expectation that information about their conduct would be released to the "
          "world at large. This letter therefore acts as a partial refusal notice under section 17 "
          "of the Act.", st["body"]),
        P("<b>Your rights</b>", st["h2"]),
        P("If you are dissatisfied with this response you may ask for an internal review within 40 "
          "working days. If you remain dissatisfied you may appeal to the " + ICO + ".", st["body"]),
        P("Yours faithfully", st["body"]),
        P("Information Rights Unit<br/>Essex Police", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(25, 25, 26, 22), title="FOI 7789/23",
               author="Essex Police")


def build_south_yorkshire():
    """Numbered questions and answers; quarters of a financial year as columns with a year
    total; cross-category Total row (not a figure); section 12 refusal of an earlier period;
    dismissals in number words."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "south-yorkshire/FOI 20240312 - response.pdf", "south-yorkshire"
    st = styles("Helvetica", 10)
    qlabels = ["Apr\u2013Jun 2023", "Jul\u2013Sep 2023", "Oct\u2013Dec 2023", "Jan\u2013Mar 2024"]
    qperiods = [FQ(2023, q) for q in (1, 2, 3, 4)]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 287 * mm, "South Yorkshire Police | Freedom of Information")
        c.drawRightString(190 * mm, 287 * mm, "OFFICIAL \u2013 PUBLIC")
        c.drawString(20 * mm, 10 * mm, "FOI 20240312")
        c.drawRightString(190 * mm, 10 * mm, f"Page {page} of {pages}")

    cats = [("Sexual assault", "sexual_assault", [3, 5, 2, 4]),
            ("Sexual harassment", "sexual_harassment", [9, 7, 11, 8]),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [2, 1, 3, 2])]
    data = [["Allegation type"] + qlabels + ["2023/24 total"]]
    colt = [0] * 4
    for label, cat, vals in cats:
        data.append([P(label, st["cell"])] + [str(v) for v in vals] + [str(sum(vals))])
        for p, v in zip(qperiods, vals):
            KEY.fig(src, force, p, cat, "total", v)
        KEY.fig(src, force, FY(2023), cat, "total", sum(vals))
        colt = [a + b for a, b in zip(colt, vals)]
    # Total across categories: no canonical category, not keyed.
    data.append(["All three categories"] + [str(v) for v in colt] + [str(sum(colt))])
    table = Table(data, colWidths=[50 * mm] + [22 * mm] * 4 + [26 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                               ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                               ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                               ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    for cat in ("sexual_assault", "sexual_harassment", "abuse_of_position_sexual"):
        KEY.fig(src, force, SPAN(CY(2015), CY(2019)), cat, "total", REF("s12"))
    KEY.fig(src, force, FY(2023), "sexual_assault", "dismissed", 4)
    KEY.fig(src, force, FY(2023), "sexual_harassment", "dismissed", 3)
    KEY.fig(src, force, FY(2023), "abuse_of_position_sexual", "dismissed", 2)
    story = [
        P("<b>South Yorkshire Police</b>", st["h"]),
        P("Information Access Team, Carbrook House, 5 Carbrook Hall Road, Sheffield S9 2EH", st["small"]),
        S(8),
        P("Request reference: 20240312<br/>Date of response: 29 April 2024", st["body"]),
        P("<b>Freedom of Information Act 2000 \u2013 decision notice</b>", st["h2"]),
        P("Thank you for your request of 2 April 2024. Each of your questions is repeated below, "
          "followed by our answer.", st["body"]),
        P("<b>Question 1:</b> For the financial year 2023/24, broken down by quarter, how many "
          "allegations of sexual assault, sexual harassment and abuse of position for a sexual "
          "purpose were made against South Yorkshire Police officers and staff?", st["body"]),
        P("<b>Answer 1:</b> The number of allegations recorded against police officers and police "
          "staff (together) in each quarter is shown below.", st["body"]),
        table,
        S(4),
        P("Quarters run from the date an allegation was recorded. Please note that an individual "
          "may be the subject of more than one allegation.", st["small"]),
        S(4),
        P("<b>Question 2:</b> Please provide the same information for each calendar year from 2015 "
          "to 2019.", st["body"]),
        P("<b>Answer 2:</b> South Yorkshire Police estimates that the cost of complying with this "
          "part of your request would exceed the appropriate limit and it is therefore refused under "
          "section 12(1) of the Act. Before the introduction of the current case management system "
          "in 2020, allegations were not categorised by type. Approximately 2,300 complaint and "
          "conduct files from that period would need to be read, and at a conservative estimate of "
          "10 minutes per file this would take around 383 hours. The appropriate limit for police "
          "forces is \u00a3450, equivalent to 18 hours at \u00a325 per hour.", st["body"]),
        P("<b>Question 3:</b> How many of the allegations in question 1 resulted in dismissal?",
          st["body"]),
        P("<b>Answer 3:</b> Of the allegations recorded in 2023/24, four allegations of sexual "
          "assault, three allegations of sexual harassment and two allegations of abuse of position "
          "for a sexual purpose resulted in dismissal. Many of the remaining allegations were still "
          "under investigation when the data was extracted on 19 April 2024.", st["body"]),
        P("<b>Advice and assistance</b>", st["h2"]),
        P("You may wish to submit a refined request for a single year from 2020 onwards, which we "
          "would expect to be able to answer within the cost limit.", st["body"]),
        P("<b>Right of review</b>", st["h2"]),
        P("If you are dissatisfied you may request an internal review within 40 working days, and "
          "thereafter complain to the " + ICO + ".", st["body"]),
        P("Information Access Team", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 22, 20), title="FOI 20240312",
               author="South Yorkshire Police")


def build_durham():
    """Covering PDF letter ('please find attached') stating the figures are cases; the
    attached XLSX has no period, measure or subject of its own."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    from reportlab.lib.units import mm
    letter = "durham/FOI 0456-24 covering letter.pdf"
    att = "durham/FOI 0456-24 attachment.xlsx"
    force, period = "durham", CY(2023)
    st = styles("Helvetica", 10.5)

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.drawCentredString(105 * mm, 8 * mm, "OFFICIAL")
        c.setFont("Helvetica", 8)
        c.drawRightString(190 * mm, 14 * mm, f"Page {page} of {pages}")
        c.drawString(20 * mm, 14 * mm, "Durham Constabulary, Aykley Heads, Durham DH1 5TT")

    story = [
        P("<b>Durham Constabulary</b>", st["h"]),
        P("Freedom of Information Unit", st["body"]),
        S(6),
        P("Reference: FOI 0456/24<br/>Date: 12 March 2024", st["body"]),
        P("Dear Requester,", st["body"]),
        P("Thank you for your request for information received on 13 February 2024, in which you "
          "asked:", st["body"]),
        P("\u201cPlease tell me how many allegations of sexual misconduct were made against Durham "
          "Constabulary police officers and police staff in the calendar year 2023 (1 January to 31 "
          "December 2023), broken down by the type of allegation and the outcome.\u201d", st["quote"]),
        P("I can confirm that Durham Constabulary holds information relevant to your request. "
          "Please find attached a spreadsheet, <i>FOI 0456-24 attachment.xlsx</i>, which sets out "
          "the information by type of allegation and outcome for officers and staff together.",
          st["body"]),
        P("Please note that the figures in the attachment are numbers of <b>cases</b>, not "
          "allegations. The Professional Standards Department records each complaint or conduct "
          "matter as a case, and a case may contain more than one allegation; it is not possible "
          "to count individual allegations without reviewing every case file, which would exceed "
          "the 18 hour limit set by section 12 of the Act.", st["body"]),
        P("A case is shown under the most serious outcome reached. \u2018Live\u2019 means the case was "
          "still open on 1 March 2024.", st["body"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P("If you are unhappy with the way your request has been handled you may ask for an "
          "internal review within 40 working days. You may then complain to the " + ICO + ".",
          st["body"]),
        P("Yours sincerely,<br/><br/>K. Armstrong<br/>Disclosure Officer", st["body"]),
    ]
    pdf_letter(letter, story, furniture, margins=(20, 20, 26, 24), title="FOI 0456/24",
               author="Durham Constabulary")

    rows = [("Sexual assault", "sexual_assault", [1, 0, 0, 0, 3, 2]),
            ("Sexual harassment", "sexual_harassment", [2, 1, 2, 4, 5, 3]),
            ("Inappropriate relationship", "sexual_misconduct", [1, 2, 1, 3, 2, 1]),
            ("Abuse of position for sexual purpose", "abuse_of_position_sexual", [2, 0, 0, 0, 1, 1])]
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management advice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Live", "ongoing")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Professional Standards \u2013 sexual misconduct by type and outcome"
    ws["A1"].font = Font(bold=True, size=12)
    thin = Side(style="thin")
    hdr = ["Type"] + [o[0] for o in outs] + ["Total"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, horizontal="center")
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, (label, cat, vals) in enumerate(rows, 4):
        ws.cell(row=i, column=1, value=label)
        for j, v in enumerate(vals, 2):
            ws.cell(row=i, column=j, value=v)
            KEY.fig(att, force, period, cat, outs[j - 2][1], v, measure="cases")
        ws.cell(row=i, column=len(hdr), value=sum(vals)).font = Font(bold=True)
        KEY.fig(att, force, period, cat, "total", sum(vals), measure="cases")
        for j in range(1, len(hdr) + 1):
            ws.cell(row=i, column=j).border = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws.column_dimensions["A"].width = 36
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 13
    xlsx_save(wb, att)


def build_cleveland():
    """Two ruled tables told apart by their headings (officers, staff); financial years as
    columns; a dash defined as nil; a page-2 data quality caveat full of numbers."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Table, TableStyle
    src, force = "cleveland/FOI 2023-0733 response.pdf", "cleveland"
    st = styles("Helvetica", 10)
    years = [2020, 2021, 2022]
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Management advice / reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
    tables = {"officers": [[2, 3, 4], [1, 0, 2], [0, 1, 0], [1, 0, 1], [3, 2, 4], [0, 0, 3]],
              "staff": [[0, 1, 0], [0, 0, 0], [0, 0, 0], [0, 0, 1], [1, 0, 1], [0, 0, 0]]}

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.drawString(20 * mm, 283 * mm, "Cleveland Police")
        c.drawRightString(190 * mm, 283 * mm, "Freedom of Information Request 2023/0733")
        c.drawCentredString(105 * mm, 11 * mm, f"Page {page} of {pages}")
        c.drawCentredString(105 * mm, 6 * mm, "OFFICIAL")

    def make(subject):
        data = [["Outcome", "2020/21", "2021/22", "2022/23"]]
        tot = [0, 0, 0]
        for (label, oc), vals in zip(outs, tables[subject]):
            data.append([label] + [str(v) if v else "\u2013" for v in vals])
            for y, v in zip(years, vals):
                KEY.fig(src, force, FY(y), "abuse_of_position_sexual", oc, v, subject=subject)
            tot = [a + b for a, b in zip(tot, vals)]
        data.append(["Total"] + [str(v) if v else "\u2013" for v in tot])
        for y, v in zip(years, tot):
            KEY.fig(src, force, FY(y), "abuse_of_position_sexual", "total", v, subject=subject)
        t = Table(data, colWidths=[75 * mm, 25 * mm, 25 * mm, 25 * mm], hAlign="LEFT")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
                               ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                               ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
                               ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9.5),
                               ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
        return t

    story = [
        P("<b>CLEVELAND POLICE</b>", st["h"]),
        P("Joint Information Management Unit<br/>Ladgate Lane<br/>Middlesbrough TS8 9EH", st["body"]),
        P("Date: 21 September 2023<br/>Our reference: 2023/0733", st["body"]),
        P("Dear Sir/Madam", st["body"]),
        P("<b>Request for information under the Freedom of Information Act 2000</b>", st["body"]),
        P("Your request, received on 24 August 2023, was as follows:", st["body"]),
        P("\u201cFor each of the financial years 2020/21, 2021/22 and 2022/23 please state the number "
          "of allegations of abuse of position for a sexual purpose recorded against (a) police "
          "officers and (b) police staff, with the outcome of each.\u201d", st["quote"]),
        P("Cleveland Police holds the information you have requested and it is provided below.",
          st["body"]),
        P("<b>Table 1 \u2013 Police officers</b>", st["h2"]),
        make("officers"),
        S(6),
        P("<b>Table 2 \u2013 Police staff</b>", st["h2"]),
        make("staff"),
        S(4),
        P("A dash (\u2013) in the tables above indicates nil.", st["small"]),
        PageBreak(),
        P("<b>Data quality</b>", st["h2"]),
        P("Cleveland Police moved to a new case management system in May 2021. Around 40 historic "
          "records were migrated manually and three allegations recorded in 2020/21 may have been "
          "entered twice; they have been checked and counted once above. Figures are correct as at "
          "14 September 2023 and are subject to change as ongoing matters conclude.", st["body"]),
        P("The force had 1,392 officers and 843 staff (headcount) at 31 March 2023.", st["body"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P("You have the right to request an internal review within 40 working days, and to complain "
          "to the " + ICO + ".", st["body"]),
        P("Yours faithfully<br/>Joint Information Management Unit", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 28, 22), title="FOI 2023/0733",
               author="Cleveland Police")


def build_west_mercia():
    """Categories across, outcomes down (transposed); one table per calendar year under a
    heading that names the year; '*' defined as 1 to 4; a dagger footnote on a column."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "west-mercia/FOI 12045 response.pdf", "west-mercia"
    st = styles("Helvetica", 10)
    cats = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
            ("Domestic abuse\u2020", "domestic_abuse")]
    outs = [("Dismissed", "dismissed"),
            ("Gross misconduct \u2013 would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Under investigation", "ongoing")]
    data_by_year = {
        2022: {"sexual_assault": [2, 0, 3, 0, 1, 8, 5], "sexual_harassment": [5, 3, 6, 7, 12, 15, 9],
               "abuse_of_position_sexual": [6, 2, 0, 0, 1, 5, 3], "domestic_abuse": [4, 0, 2, 5, 9, 14, 6]},
        2023: {"sexual_assault": [3, 1, 0, 2, 4, 9, 7], "sexual_harassment": [7, 2, 5, 8, 14, 18, 13],
               "abuse_of_position_sexual": [5, 1, 1, 0, 2, 6, 4], "domestic_abuse": [2, 0, 3, 6, 11, 12, 9]},
    }

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, 289 * mm, "OFFICIAL")
        c.drawRightString(192 * mm, 289 * mm, "West Mercia Police | FOI 12045")
        c.drawString(18 * mm, 8 * mm, "OFFICIAL")
        c.drawRightString(192 * mm, 8 * mm, f"{page} / {pages}")

    def make(year):
        d = data_by_year[year]
        head = [P("<b>Outcome</b>", st["cellb"])] + [P("<b>%s</b>" % c[0], st["cellb"]) for c in cats]
        data = [head]
        for i, (label, oc) in enumerate(outs):
            row = [P(label, st["cell"])]
            for _, cat in cats:
                v = d[cat][i]
                row.append(shown(v))
                KEY.fig(src, force, CY(year), cat, oc, kv(v, lo=1, hi=4))
            data.append(row)
        row = [P("<b>Total</b>", st["cellb"])]
        for _, cat in cats:
            row.append(str(sum(d[cat])))
            KEY.fig(src, force, CY(year), cat, "total", sum(d[cat]))
        data.append(row)
        t = Table(data, colWidths=[52 * mm, 28 * mm, 28 * mm, 38 * mm, 28 * mm], hAlign="LEFT")
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                               ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                               ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                               ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return t

    story = [
        P("<b>West Mercia Police</b>", st["h"]),
        P("Information Compliance Unit, Hindlip Hall, Worcester WR3 8SP", st["small"]),
        S(6),
        P("FOI reference: 12045<br/>Date: 9 February 2024", st["body"]),
        P("Dear Requester", st["body"]),
        P("You asked:", st["body"]),
        P("\u201cFor each of the last two full calendar years, please provide the number of allegations "
          "of sexual assault, sexual harassment, abuse of position for a sexual purpose and domestic "
          "abuse made against West Mercia Police officers and staff, broken down by outcome.\u201d",
          st["quote"]),
        P("West Mercia Police holds this information. The tables below show allegations recorded "
          "against police officers and police staff in each year, with categories across the top and "
          "outcomes down the side.", st["body"]),
        P("<b>1 January 2022 to 31 December 2022</b>", st["h2"]),
        make(2022),
        S(8),
        P("<b>1 January 2023 to 31 December 2023</b>", st["h2"]),
        make(2023),
        S(6),
        P("* denotes a figure between 1 and 4 inclusive, withheld under section 40(2) of the Freedom "
          "of Information Act 2000. Totals include these figures.", st["small"]),
        P("\u2020 Domestic abuse allegations are those where the complainant is, or was, a partner or "
          "family member of the officer or member of staff.", st["small"]),
        P("West Mercia Police shared Professional Standards with Warwickshire Police until 2019; all "
          "figures here relate to West Mercia only.", st["small"]),
        P("<b>Section 40(2)</b>", st["h2"]),
        P("Small numbers have been withheld because, taken together with misconduct hearing outcomes "
          "published on our website, they would be likely to identify individuals. Section 40(2) is "
          "an absolute exemption and no public interest test is required.", st["body"]),
        P("If you are dissatisfied with this response you may request an internal review within 40 "
          "working days, and may then complain to the " + ICO + ".", st["body"]),
        P("Information Compliance Unit", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(18, 18, 20, 18), title="FOI 12045",
               author="West Mercia Police")


def build_sussex():
    """Figures in prose, number words and digits mixed; the request quotes national and other
    forces' figures (traps); a nil stated as 'none'."""
    from reportlab.lib.units import mm
    src, force, period = "sussex/FOI-SX-2024-0456 response.pdf", "sussex", FY(2022)
    st = styles("Times-Roman", 11.5)

    def furniture(c, page, pages):
        c.setFont("Times-Roman", 9)
        c.drawCentredString(105 * mm, 290 * mm, "OFFICIAL")
        c.drawString(24 * mm, 283 * mm, "Sussex Police \u2013 Information Rights")
        c.drawRightString(186 * mm, 10 * mm, f"Page {page} of {pages}")
        c.drawString(24 * mm, 10 * mm, "OFFICIAL")

    sh = [("dismissed", 3), ("would_have_been_dismissed", 1), ("final_written_warning", 4),
          ("management_action", 6), ("no_case_to_answer", 7), ("ongoing", 2)]
    KEY.fig(src, force, period, "sexual_harassment", "total", 23)
    for oc, v in sh:
        KEY.fig(src, force, period, "sexual_harassment", oc, v)
    KEY.fig(src, force, period, "sexual_harassment", "total", 19, subject="officers")
    KEY.fig(src, force, period, "sexual_harassment", "total", 4, subject="staff")
    KEY.fig(src, force, period, "abuse_of_position_sexual", "total", 11)
    KEY.fig(src, force, period, "abuse_of_position_sexual", "dismissed", 6)
    KEY.fig(src, force, period, "abuse_of_position_sexual", "would_have_been_dismissed", 2)
    KEY.fig(src, force, period, "abuse_of_position_sexual", "written_warning", 0)
    KEY.fig(src, force, period, "abuse_of_position_sexual", "ongoing", 3)
    story = [
        P("<b>Sussex Police</b>", st["h"]),
        P("Information Rights<br/>Sussex Police Headquarters<br/>Church Lane, Lewes BN7 2DZ", st["body"]),
        S(6),
        P("Our ref: FOI-SX-2024-0456<br/>17 May 2024", st["body"]),
        P("Dear Requester", st["body"]),
        P("Thank you for your request for information dated 19 April 2024, which read:", st["body"]),
        P("\u201cLast year the National Police Chiefs\u2019 Council reported that 1,539 police officers "
          "and staff were accused of sexual misconduct or violence against women and girls in a "
          "six-month period, and the Metropolitan Police told me it had recorded 524 allegations of "
          "sexual harassment in 2022/23. Please tell me (1) how many allegations of sexual "
          "harassment and (2) how many allegations of abuse of position for a sexual purpose were "
          "made against Sussex Police officers and staff in the financial year 2022/23, and what the "
          "outcomes were.\u201d", st["quote"]),
        P("Sussex Police holds the information you have asked for. Please note that the figures "
          "quoted in your request are not Sussex Police figures and we cannot comment on them.",
          st["body"]),
        P("<b>1. Sexual harassment</b>", st["h2"]),
        P("In 2022/23 Sussex Police recorded twenty-three allegations of sexual harassment against "
          "officers and staff. Of the twenty-three, nineteen were made against police officers and "
          "four against police staff.", st["body"]),
        P("Of these allegations, three resulted in dismissal, and in one further case the officer "
          "would have been dismissed had they not already resigned. Four resulted in a final written "
          "warning and six were dealt with through reflective practice. Seven were found to have no "
          "case to answer and two remain under investigation.", st["body"]),
        P("<b>2. Abuse of position for a sexual purpose</b>", st["h2"]),
        P("Eleven allegations of abuse of position for a sexual purpose were recorded in the same "
          "period. Six resulted in dismissal and two in a finding that the officer would have been "
          "dismissed. None resulted in a written warning. The remaining three are awaiting a gross "
          "misconduct hearing, which is expected to take place within the next 3 months.",
          st["body"]),
        P("Abuse of position for a sexual purpose is always assessed as potential gross misconduct "
          "and is referred to the Independent Office for Police Conduct (IOPC) under the mandatory "
          "referral criteria. Since 2017 it has been recognised by the National Police Chiefs\u2019 "
          "Council as the most serious form of corruption.", st["body"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P("If you are dissatisfied with this response you may ask for an internal review. Your "
          "request should be made within 40 working days of the date of this letter. If you are "
          "still dissatisfied you may complain to the " + ICO + " (telephone 0303 123 1113).",
          st["body"]),
        P("Yours sincerely<br/><br/>Information Rights Officer<br/>Sussex Police", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(24, 24, 26, 20), title="FOI-SX-2024-0456",
               author="Sussex Police")


def build_northumbria():
    """Long format (period x category x subject x outcome), measure complaints (stated and in
    the count header), half-year periods, only non-zero rows with a blanket sentence saying
    so, an unruled table that runs on to page 2 without repeating its header."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "northumbria/FOI 1498-24 response.pdf", "northumbria"
    st = styles("Helvetica", 10)
    periods = [("Apr\u2013Sep 2023", MRANGE(2023, 4, 2023, 9)),
               ("Oct 2023\u2013Mar 2024", MRANGE(2023, 10, 2024, 3))]
    cats = [("Sexual harassment", "sexual_harassment", 5), ("Sexual assault", "sexual_assault", 3),
            ("Abuse of position (sexual purpose)", "abuse_of_position_sexual", 2)]
    subjects = [("Officer", "officers", 1.0), ("Staff", "staff", 0.4)]
    outs = [("Upheld", "upheld"), ("Not upheld", "not_upheld"), ("Local resolution", "local_resolution"),
            ("Withdrawn", "withdrawn"), ("No further action", "no_further_action"),
            ("Under investigation", "ongoing")]
    rng = random.Random(1498)
    data = [["Period", "Allegation type", "Subject", "Outcome", "Number of\ncomplaints"]]
    for plabel, period in periods:
        for clabel, cat, scale in cats:
            for slabel, subj, sf in subjects:
                for olabel, oc in outs:
                    v = max(0, int(rng.gauss(scale * sf * 0.8, scale * sf * 0.7)))
                    if v == 0:
                        continue
                    data.append([plabel, P(clabel, st["cell"]), slabel, olabel, str(v)])
                    KEY.fig(src, force, period, cat, oc, v, measure="complaints", subject=subj)

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(20 * mm, 289 * mm, "OFFICIAL")
        c.setFont("Helvetica", 8)
        c.drawRightString(190 * mm, 289 * mm, "Northumbria Police \u2013 Disclosure 1498/24")
        c.drawCentredString(105 * mm, 9 * mm, f"Page {page} of {pages}")

    table = Table(data, colWidths=[34 * mm, 52 * mm, 18 * mm, 40 * mm, 24 * mm], hAlign="LEFT",
                  repeatRows=0)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                               ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                               ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    story = [
        P("<b>Northumbria Police</b>", st["h"]),
        P("Freedom of Information, Middle Engine Lane, Wallsend NE28 9NT", st["small"]),
        S(6),
        P("Reference: 1498/24<br/>Date: 3 June 2024", st["body"]),
        P("Dear Applicant", st["body"]),
        P("Thank you for your request for information which was received on 7 May 2024. You asked "
          "for the number of complaints made by members of the public about sexual harassment, "
          "sexual assault and abuse of position for a sexual purpose by Northumbria Police officers "
          "and staff during the financial year 2023/24, split into two halves, with the result of "
          "each complaint.", st["body"]),
        P("Northumbria Police holds information relevant to your request. The figures below are "
          "numbers of <b>complaints</b> made by members of the public and recorded under Schedule 3 "
          "of the Police Reform Act 2002; internal conduct matters raised by colleagues are not "
          "included. A complaint is counted once, under the allegation type it was recorded as and "
          "the result it received.", st["body"]),
        P("Only combinations of period, allegation type, subject and outcome with at least one "
          "complaint are listed.", st["body"]),
        P("The table continues overleaf.", st["small"]),
        table,
        S(6),
        P("\u2018Local resolution\u2019 refers to complaints handled otherwise than by investigation "
          "under paragraph 6(2)(b) of Schedule 3. \u2018Under investigation\u2019 complaints were open "
          "on 20 May 2024.", st["small"]),
        P("<b>Your right to request a review</b>", st["h2"]),
        P("If you are not satisfied with this response you may ask for an internal review within 40 "
          "working days; if you remain dissatisfied you may apply to the " + ICO + ".", st["body"]),
        P("Freedom of Information Unit<br/>Northumbria Police", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 20, 18), title="Disclosure 1498/24",
               author="Northumbria Police")


def build_gwent():
    """Two-row header: a financial year over Officers / Staff / Total; one category; dashes
    that the letter never defines (no row for them)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "gwent/FOI 2023-1121 response.pdf", "gwent"
    st = styles("Helvetica", 10)
    cat = "sexual_misconduct"
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Management advice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Under investigation", "ongoing")]
    # (officers, staff); None = a dash in the staff column
    vals = {2021: [(4, None), (1, None), (3, 1), (2, 2), (6, 3), (9, 4), (1, 0)],
            2022: [(5, 1), (2, None), (2, 0), (3, 1), (8, 2), (7, 5), (6, 2)]}
    data = [["Outcome", "2021/22", "", "", "2022/23", "", ""],
            ["", "Officers", "Staff", "Total", "Officers", "Staff", "Total"]]
    tots = {y: [0, 0] for y in vals}
    for i, (label, oc) in enumerate(outs):
        row = [label]
        for y in (2021, 2022):
            o, s = vals[y][i]
            row += [str(o), "-" if s is None else str(s), str(o + (s or 0))]
            KEY.fig(src, force, FY(y), cat, oc, o, subject="officers")
            if s is not None:
                KEY.fig(src, force, FY(y), cat, oc, s, subject="staff")
            KEY.fig(src, force, FY(y), cat, oc, o + (s or 0))
            tots[y][0] += o
            tots[y][1] += s or 0
        data.append(row)
    row = ["Total"]
    for y in (2021, 2022):
        o, s = tots[y]
        row += [str(o), str(s), str(o + s)]
        KEY.fig(src, force, FY(y), cat, "total", o, subject="officers")
        KEY.fig(src, force, FY(y), cat, "total", s, subject="staff")
        KEY.fig(src, force, FY(y), cat, "total", o + s)
    data.append(row)
    table = Table(data, colWidths=[52 * mm] + [19 * mm] * 6, hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#444444")),
                               ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (3, 0)),
                               ("SPAN", (4, 0), (6, 0)),
                               ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#DDEBF7")),
                               ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 9),
                               ("FONT", (0, 2), (-1, -1), "Helvetica", 9),
                               ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                               ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 288 * mm, "Heddlu Gwent Police")
        c.drawRightString(190 * mm, 288 * mm, "SWYDDOGOL / OFFICIAL")
        c.drawString(20 * mm, 10 * mm, "Ref: FOI 2023/1121")
        c.drawRightString(190 * mm, 10 * mm, f"Tudalen {page} o {pages} / Page {page} of {pages}")

    story = [
        P("<b>Gwent Police / Heddlu Gwent</b>", st["h"]),
        P("Freedom of Information Unit, Police Headquarters, Turnpike Road, Croesyceiliog, Cwmbran "
          "NP44 2XJ", st["small"]),
        S(6),
        P("Date: 30 November 2023", st["body"]),
        P("Dear Requester,", st["body"]),
        P("<b>Freedom of Information request 2023/1121</b>", st["body"]),
        P("You requested the following information:", st["body"]),
        P("\u201cThe number of allegations of sexual misconduct (including sexual conduct and "
          "inappropriate relationships) made against Gwent Police officers and staff in 2021/22 and "
          "2022/23, and the outcome of each, with officers and staff shown separately.\u201d",
          st["quote"]),
        P("Gwent Police can confirm that the information is held and is provided in the table below.",
          st["body"]),
        P("<b>Sexual misconduct allegations by outcome and financial year</b>", st["h2"]),
        table,
        S(6),
        P("Allegations are recorded against the financial year in which they were received. Figures "
          "were extracted from the Professional Standards Department database on 16 November 2023.",
          st["small"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P("If you are dissatisfied with this response you may request an internal review within 40 "
          "working days. You may then complain to the " + ICO + ". A Welsh language version of this "
          "letter is available on request.", st["body"]),
        P("Yours sincerely,<br/>Freedom of Information Unit", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 22, 20), title="FOI 2023/1121",
               author="Gwent Police")


NATIONAL = [
    ("North East", [("Cleveland", "cleveland", 1480), ("Durham", "durham", 1281),
                    ("Northumbria", "northumbria", 3702)]),
    ("North West", [("Cheshire", "cheshire", 2297), ("Cumbria", "cumbria", 1305),
                    ("Greater Manchester", "greater-manchester", 7941), ("Lancashire", "lancashire", 3509),
                    ("Merseyside", "merseyside", 4020)]),
    ("Yorkshire and The Humber", [("Humberside", "humberside", 2218),
                                  ("North Yorkshire", "north-yorkshire", 1702),
                                  ("South Yorkshire", "south-yorkshire", 3105),
                                  ("West Yorkshire", "west-yorkshire", 6012)]),
    ("East Midlands", [("Derbyshire", "derbyshire", 2101), ("Leicestershire", "leicestershire", 2298),
                       ("Lincolnshire", "lincolnshire", 1310), ("Northamptonshire", "northamptonshire", 1502),
                       ("Nottinghamshire", "nottinghamshire", 2404)]),
    ("West Midlands", [("Staffordshire", "staffordshire", 1903), ("Warwickshire", "warwickshire", 1052),
                       ("West Mercia", "west-mercia", 2498), ("West Midlands", "west-midlands", 8107)]),
    ("East of England", [("Bedfordshire", "bedfordshire", 1399), ("Cambridgeshire", "cambridgeshire", 1702),
                         ("Essex", "essex", 3755), ("Hertfordshire", "hertfordshire", 2209),
                         ("Norfolk", "norfolk", 1893), ("Suffolk", "suffolk", 1402)]),
    ("London", [("London, City of", "city-of-london", 978),
                ("Metropolitan Police", "metropolitan", 34502)]),
    ("South East", [("Hampshire", "hampshire", 3508), ("Kent", "kent", 4103), ("Surrey", "surrey", 2207),
                    ("Sussex", "sussex", 3196), ("Thames Valley", "thames-valley", 5004)]),
    ("South West", [("Avon and Somerset", "avon-and-somerset", 3102),
                    ("Devon and Cornwall", "devon-and-cornwall", 3598), ("Dorset", "dorset", 1398),
                    ("Gloucestershire", "gloucestershire", 1297), ("Wiltshire", "wiltshire", 1101)]),
    ("Wales", [("Dyfed-Powys", "dyfed-powys", 1302), ("Gwent", "gwent", 1497),
               ("North Wales", "north-wales", 1701), ("South Wales", "south-wales", 3502)]),
]


def build_national():
    """A national table: a row per force, region subtotal rows (not forces; 'West Midlands
    Region' beside the force 'West Midlands'), an England and Wales row, BTP outside the
    total, headcount and rate columns (not figures); runs over pages with a repeated header."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "england-and-wales/police-misconduct-sexual-allegations-ye-mar23-table3.pdf"
    period = FY(2022)
    st = styles("Helvetica", 9.5)
    rng = random.Random(2023)
    cats = ["sexual_assault", "sexual_harassment", "abuse_of_position_sexual"]
    rates = {"sexual_assault": (0.0015, 0.005), "sexual_harassment": (0.004, 0.012),
             "abuse_of_position_sexual": (0.001, 0.004)}

    def counts(hc):
        return [max(0, round(hc * rng.uniform(*rates[c]))) for c in cats]

    def fmt_rate(vals, hc):
        return f"{sum(vals) / hc * 1000:.1f}"

    data = [["Police force area", "Officer\nheadcount\u00b9", "Sexual\nassault", "Sexual\nharassment",
             "Abuse of position\nfor a sexual purpose", "Rate per 1,000\nofficers\u00b2"]]
    bold_rows = []
    ew = [0, 0, 0]
    ew_hc = 0
    for region, forces in NATIONAL:
        reg = [0, 0, 0]
        reg_hc = 0
        for name, fid, hc in forces:
            vals = counts(hc)
            data.append(["   " + name, f"{hc:,}"] + [f"{v:,}" for v in vals] + [fmt_rate(vals, hc)])
            for c, v in zip(cats, vals):
                KEY.fig(src, fid, period, c, "total", v)
            reg = [a + b for a, b in zip(reg, vals)]
            reg_hc += hc
        data.append([f"{region} Region", f"{reg_hc:,}"] + [f"{v:,}" for v in reg] +
                    [fmt_rate(reg, reg_hc)])
        bold_rows.append(len(data) - 1)
        ew = [a + b for a, b in zip(ew, reg)]
        ew_hc += reg_hc
    data.append(["England and Wales", f"{ew_hc:,}"] + [f"{v:,}" for v in ew] + [fmt_rate(ew, ew_hc)])
    bold_rows.append(len(data) - 1)
    for c, v in zip(cats, ew):
        KEY.fig(src, "england-and-wales", period, c, "total", v)
    btp_hc = 3088
    btp = counts(btp_hc)
    data.append(["British Transport Police\u00b3", f"{btp_hc:,}"] + [f"{v:,}" for v in btp] +
                [fmt_rate(btp, btp_hc)])
    for c, v in zip(cats, btp):
        KEY.fig(src, "british-transport", period, c, "total", v)

    tstyle = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
              ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
              ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
              ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
              ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]
    for r in bold_rows:
        tstyle += [("FONT", (0, r), (-1, r), "Helvetica-Bold", 8.5),
                   ("LINEABOVE", (0, r), (-1, r), 0.4, colors.grey),
                   ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2"))]
    table = Table(data, colWidths=[60 * mm, 24 * mm, 22 * mm, 24 * mm, 38 * mm, 26 * mm],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(tstyle))

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, 287 * mm, "Police misconduct, England and Wales: year ending 31 March 2023")
        c.drawRightString(195 * mm, 287 * mm, "Official Statistics in development")
        c.drawCentredString(105 * mm, 8 * mm, f"Page {page} of {pages}")

    story = [
        P("<b>Table 3: Allegations of a sexual nature recorded against police officers and police "
          "staff, by police force area and type of allegation, England and Wales, year ending 31 "
          "March 2023</b>", st["h2"]),
        P("Number of allegations; rate per 1,000 officers", st["small"]),
        table,
        S(6),
        P("1. Police officer headcount at 31 March 2023, from the Police workforce, England and Wales "
          "statistics.", st["small"]),
        P("2. All three allegation types combined, per 1,000 officers (headcount). Rates for forces "
          "with fewer than 1,000 officers should be interpreted with caution.", st["small"]),
        P("3. British Transport Police is not a territorial force and is not included in the "
          "England and Wales total.", st["small"]),
        P("Region rows are totals of the forces listed above them and are not police forces. Figures "
          "are allegations recorded in the year, whatever their outcome; an allegation may relate to "
          "a police officer or a member of police staff.", st["small"]),
        P("Source: force returns to the Home Office misconduct data collection, extracted 30 June "
          "2023. Next update: autumn 2024.", st["small"]),
    ]
    pdf_letter(src, story, furniture, margins=(15, 15, 16, 16), title="Police misconduct table 3",
               author="Home Office")


def build_dorset_press():
    """A force press release about one misconduct hearing: not a response; no figures."""
    from reportlab.lib.units import mm
    src = "dorset/Dorset Police news release - misconduct hearing outcome.pdf"
    st = styles("Helvetica", 10.5)

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(20 * mm, 288 * mm, "DORSET POLICE \u2013 NEWS RELEASE")
        c.setFont("Helvetica", 8)
        c.drawRightString(190 * mm, 288 * mm, "For immediate release")
        c.drawCentredString(105 * mm, 10 * mm, f"{page}")

    story = [
        P("<b>Former constable would have been dismissed after sexual misconduct hearing</b>", st["h"]),
        P("Thursday 21 March 2024 \u2013 Release number 0342", st["small"]),
        P("A former Dorset Police constable who formed an improper sexual relationship with a "
          "vulnerable victim of crime would have been dismissed had he still been serving, an "
          "independent misconduct panel has found.", st["body"]),
        P("The former officer, PC 1187 Daniel Hart, 41, served for 14 years and was based in "
          "Bournemouth. The hearing, chaired by an independent legally qualified chair, took place "
          "at force headquarters in Winfrith on 18 and 19 March 2024. The panel found that his "
          "conduct amounted to gross misconduct and breached the Standards of Professional Behaviour "
          "relating to authority, respect and courtesy, and discreditable conduct.", st["body"]),
        P("The panel heard that the officer met the woman while investigating a burglary at her home "
          "in October 2022 and sent her more than 200 messages over the following 6 weeks. He "
          "resigned in August 2023, two days before he was due to be interviewed.", st["body"]),
        P("Deputy Chief Constable Rachel Farrell said: \u201cAbusing a position of trust for a sexual "
          "purpose is a betrayal of the public and of the 3,400 officers, staff and volunteers who "
          "serve Dorset with integrity. Since 2022 we have strengthened our counter-corruption unit "
          "with four additional investigators, and we will continue to root out anyone who does not "
          "deserve to wear the uniform.\u201d", st["body"]),
        P("He will be placed on the College of Policing barred list, which prevents him from working "
          "in policing again. Anyone with information about the abuse of police powers can report it "
          "anonymously to Crimestoppers on 0800 555 111.", st["body"]),
        P("ENDS", st["bold"]),
        P("Notes to editors: the outcome will be published on the force website for 28 days. Media "
          "enquiries: Corporate Communications, 01202 223 893.", st["small"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 22, 18), title="News release 0342",
               author="Dorset Police Corporate Communications")


# =========================================================================== spreadsheets

def build_derbyshire():
    """A cover sheet, a sheet per calendar year (bare year as the sheet name), merged title
    and two-row merged header (category over Officers / Staff / Total), '<5' text cells,
    and a hidden sheet with the unsuppressed numbers."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    src, force = "derbyshire/FOI 0061-24 response.xlsx", "derbyshire"
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Management action", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Under investigation", "ongoing")]
    cats = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment")]
    rng = random.Random(61)
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Derbyshire Constabulary \u2013 Freedom of Information"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A3"], cover["B3"] = "Reference", "FOI 0061/24"
    cover["A4"], cover["B4"] = "Date of response", dt.datetime(2024, 1, 29)
    cover["B4"].number_format = "dd/mm/yyyy"
    cover["A6"] = "Request"
    cover["B6"] = ("For each of the calendar years 2021, 2022 and 2023, how many allegations "
                   "of sexual assault and of sexual harassment have been made against Derbyshire "
                   "Constabulary police officers and police staff, and what were the outcomes?")
    cover["A8"] = "Response"
    cover["B8"] = ("The information is held and is provided on the sheets 2021, 2022 and 2023. The data "
                   "was extracted on 5 January 2024.")
    cover["A10"] = "Notes"
    cover["B10"] = ("<5 means fewer than five. Small numbers have been withheld under section 40(2) of "
                    "the Freedom of Information Act 2000 (personal information), as together with "
                    "published hearing outcomes they could identify individuals.")
    cover["B11"] = "Totals include the withheld figures."
    cover["B12"] = ("Allegations are counted by the date they were recorded. One officer may be the "
                    "subject of more than one allegation.")
    cover["A14"] = "Complaint rights"
    cover["B14"] = ("You may request an internal review within 40 working days. You may then complain "
                    "to the " + ICO + ".")
    for r in (3, 4, 6, 8, 10, 14):
        cover.cell(row=r, column=1).font = Font(bold=True)
    for r in (6, 8, 10, 11, 12, 14):
        cover.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    cover.column_dimensions["A"].width = 18
    cover.column_dimensions["B"].width = 100

    thin = Side(style="thin")
    box = Border(top=thin, bottom=thin, left=thin, right=thin)
    head_fill = PatternFill("solid", fgColor="D9D9D9")
    raw_rows = []
    for year in (2021, 2022, 2023):
        ws = wb.create_sheet(str(year))
        ws.merge_cells("A1:G1")
        ws["A1"] = ("Allegations of sexual assault and sexual harassment against police officers and "
                    f"staff \u2013 {year}")
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A3:A4")
        ws["A3"] = "Outcome"
        ws.merge_cells("B3:D3")
        ws["B3"] = "Sexual assault"
        ws.merge_cells("E3:G3")
        ws["E3"] = "Sexual harassment"
        for j, h in enumerate(["Officers", "Staff", "Total"] * 2, 2):
            ws.cell(row=4, column=j, value=h)
        for r in (3, 4):
            for j in range(1, 8):
                c = ws.cell(row=r, column=j)
                c.font = Font(bold=True)
                c.fill = head_fill
                c.border = box
                c.alignment = Alignment(horizontal="center", vertical="center")
        tot = {cat: [0, 0] for _, cat in cats}
        for i, (olabel, oc) in enumerate(outs):
            r = 5 + i
            ws.cell(row=r, column=1, value=olabel).border = box
            for k, (clabel, cat) in enumerate(cats):
                scale = {"sexual_assault": 3, "sexual_harassment": 7}[cat] * (0.6 if oc in (
                    "would_have_been_dismissed", "written_warning") else 1.0)
                o = max(0, int(rng.gauss(scale, scale * 0.6)))
                s = max(0, int(rng.gauss(scale * 0.3, scale * 0.3)))
                if year == 2023 and oc == "ongoing":
                    o += 6
                raw_rows.append((year, clabel, olabel, o, s))
                for j, (v, subj) in enumerate([(o, "officers"), (s, "staff"),
                                               (o + s, "officers_and_staff")]):
                    c = ws.cell(row=r, column=2 + 3 * k + j, value=shown(v, mark="<5") if 0 < v < 5 else v)
                    c.border = box
                    c.alignment = Alignment(horizontal="right")
                    KEY.fig(src, force, CY(year), cat, oc, kv(v), subject=subj)
                tot[cat][0] += o
                tot[cat][1] += s
        r = 5 + len(outs)
        ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
        for k, (clabel, cat) in enumerate(cats):
            o, s = tot[cat]
            for j, (v, subj) in enumerate([(o, "officers"), (s, "staff"), (o + s, "officers_and_staff")]):
                c = ws.cell(row=r, column=2 + 3 * k + j, value="<5" if 0 < v < 5 else v)
                c.font = Font(bold=True)
                c.alignment = Alignment(horizontal="right")
                KEY.fig(src, force, CY(year), cat, "total", kv(v), subject=subj)
        for j in range(1, 8):
            ws.cell(row=r, column=j).border = box
        ws.cell(row=r + 2, column=1, value="<5 = fewer than five (see Cover sheet). Source: PSD "
                "Centurion database.")
        ws.column_dimensions["A"].width = 28
        for col in "BCDEFG":
            ws.column_dimensions[col].width = 11
    raw = wb.create_sheet("Raw")
    raw.append(["Year", "Category", "Outcome", "Officers", "Staff"])
    for row in raw_rows:
        raw.append(list(row))
    raw["G1"] = "Suppression threshold"
    raw["H1"] = 5
    raw.sheet_state = "hidden"
    xlsx_save(wb, src)


def build_north_yorkshire():
    """Long format with real date cells for months (custom format 'mmmm yyyy'), officers and
    staff columns, a hidden column and a hidden row, preamble rows and a caveat with numbers."""
    import openpyxl
    from openpyxl.styles import Font
    src, force = "north-yorkshire/FOI 2024-0088 disclosure.xlsx", "north-yorkshire"
    rng = random.Random(88)
    cats = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
            ("Sexual conduct", "sexual_misconduct")]
    outs = [("Dismissal", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("No further action", "no_further_action"),
            ("Under investigation", "ongoing")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = "North Yorkshire Police \u2013 FOI 2024/0088"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Allegations of sexual misconduct against officers and staff, by month recorded, "
                "April 2023 to December 2023")
    ws["A3"] = "Figures are numbers of allegations. Only months and categories with allegations are listed."
    hdr = ["Month recorded", "Allegation type", "Outcome", "Officers", "Staff", "Collar / staff numbers"]
    for j, h in enumerate(hdr, 1):
        ws.cell(row=5, column=j, value=h).font = Font(bold=True)
    r = 6
    hidden_done = False
    for m in range(4, 13):
        for clabel, cat in cats:
            for olabel, oc in outs:
                o = max(0, int(rng.gauss(0.6, 1.0)))
                s = max(0, int(rng.gauss(0.1, 0.5)))
                if cat == "sexual_assault" and oc in ("written_warning", "no_further_action"):
                    o = s = 0
                if o + s == 0:
                    continue
                ws.cell(row=r, column=1, value=dt.datetime(2023, m, 1)).number_format = "mmmm yyyy"
                ws.cell(row=r, column=2, value=clabel)
                ws.cell(row=r, column=3, value=olabel)
                ws.cell(row=r, column=4, value=o)
                ws.cell(row=r, column=5, value=s)
                ws.cell(row=r, column=6, value="; ".join(str(rng.randint(1000, 9999))
                                                        for _ in range(o + s)))
                KEY.fig(src, force, MON(2023, m), cat, oc, o, subject="officers")
                KEY.fig(src, force, MON(2023, m), cat, oc, s, subject="staff")
                r += 1
                if m == 7 and not hidden_done:
                    hidden_done = True
                    # a hidden row: a record later found to be a duplicate, kept for audit
                    ws.cell(row=r, column=1, value=dt.datetime(2023, 7, 1)).number_format = "mmmm yyyy"
                    ws.cell(row=r, column=2, value="Sexual harassment")
                    ws.cell(row=r, column=3, value="Withdrawn")
                    ws.cell(row=r, column=4, value=2)
                    ws.cell(row=r, column=5, value=1)
                    ws.cell(row=r, column=6, value="4471; 5120; 7702")
                    ws.row_dimensions[r].hidden = True
                    r += 1
    ws.column_dimensions["F"].hidden = True
    r += 1
    ws.cell(row=r, column=1, value="Notes").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="1. Data extracted from Centurion on 15/01/2024.")
    ws.cell(row=r + 2, column=1, value="2. 12 allegations recorded in this period had not been assigned "
            "a category when the data was extracted and are excluded.")
    ws.cell(row=r + 3, column=1, value="3. Reflective practice is the Reflective Practice Review Process "
            "(RPRP) under Part 6 of the Police (Conduct) Regulations 2020.")
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 24
    ws.freeze_panes = "A6"
    xlsx_save(wb, src)


def build_norfolk():
    """Categories across, outcomes down, one sheet per financial year named 'FY 2022-23';
    blank cells defined as nil in a note under each table; a Notes sheet with a date cell."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    src, force = "norfolk/FOI 000321-24 response.xlsx", "norfolk"
    cats = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
            ("APSP", "abuse_of_position_sexual"), ("Misogyny", "discriminatory_behaviour")]
    outs = [("Dismissed", "dismissed"), ("Resigned/retired", "resigned_or_retired"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("No further action", "no_further_action"), ("Convicted at court", "criminal_conviction"),
            ("Ongoing", "ongoing")]
    data = {
        2022: {"sexual_assault": [2, 1, 0, 0, 1, 6, 3, 1, 2], "sexual_harassment": [4, 2, 5, 3, 9, 11, 2, 0, 4],
               "abuse_of_position_sexual": [3, 1, 0, 0, 0, 2, 1, 0, 1],
               "discriminatory_behaviour": [0, 0, 1, 4, 6, 5, 3, 0, 2]},
        2023: {"sexual_assault": [1, 0, 1, 0, 2, 5, 2, 0, 6], "sexual_harassment": [5, 1, 3, 6, 12, 9, 4, 0, 7],
               "abuse_of_position_sexual": [2, 2, 0, 0, 1, 1, 0, 1, 3],
               "discriminatory_behaviour": [1, 0, 0, 3, 8, 7, 2, 0, 5]},
    }
    wb = openpyxl.Workbook()
    first = True
    for y in (2022, 2023):
        name = f"FY {y}-{(y + 1) % 100:02d}"
        ws = wb.active if first else wb.create_sheet(name)
        ws.title = name
        first = False
        ws["A1"] = "Norfolk Constabulary \u2013 allegations against police officers and police staff"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Professional Standards Department \u2013 FOI 000321/24"
        ws.cell(row=4, column=1, value="Outcome").font = Font(bold=True)
        for j, (clabel, _) in enumerate(cats, 2):
            c = ws.cell(row=4, column=j, value=clabel)
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", wrap_text=True)
        for i, (olabel, oc) in enumerate(outs):
            r = 5 + i
            ws.cell(row=r, column=1, value=olabel)
            for j, (_, cat) in enumerate(cats, 2):
                v = data[y][cat][i]
                if v:
                    ws.cell(row=r, column=j, value=v)
                KEY.fig(src, force, FY(y), cat, oc, v)
        r = 5 + len(outs)
        ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
        for j, (_, cat) in enumerate(cats, 2):
            ws.cell(row=r, column=j, value=sum(data[y][cat])).font = Font(bold=True)
            KEY.fig(src, force, FY(y), cat, "total", sum(data[y][cat]))
        ws.cell(row=r + 2, column=1, value="Blank cells indicate nil.")
        ws.cell(row=r + 3, column=1, value="APSP = abuse of position for a sexual purpose. Misogyny = "
                "discriminatory behaviour on the grounds of sex.")
        ws.column_dimensions["A"].width = 24
        for col in "BCDE":
            ws.column_dimensions[col].width = 16
    notes = wb.create_sheet("Notes")
    notes["A1"] = "Data extracted"
    notes["B1"] = dt.datetime(2024, 4, 5)
    notes["B1"].number_format = "dd/mm/yyyy"
    notes["A2"] = "Request"
    notes["B2"] = ("Numbers of allegations of sexual assault, sexual harassment, abuse of position for a "
                   "sexual purpose and misogyny against officers and staff, 2022/23 and 2023/24, by outcome.")
    notes["A3"] = "Counting"
    notes["B3"] = ("Each allegation is counted once under its outcome. 'Convicted at court' means the "
                   "officer or staff member was convicted of a criminal offence arising from the same "
                   "facts; misconduct proceedings may follow.")
    notes.column_dimensions["A"].width = 16
    notes.column_dimensions["B"].width = 110
    xlsx_save(wb, src)


def build_suffolk():
    """Quarter columns under a merged financial-year group header, 'Year total' merged down two
    header rows, a sheet per year, categories as rows (totals only)."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    src, force = "suffolk/FOI 001022-24 response.xlsx", "suffolk"
    cats = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
            ("Sexual misconduct (other)", "sexual_misconduct")]
    data = {2022: [[1, 2, 0, 3], [4, 6, 5, 7], [1, 0, 2, 1], [3, 2, 4, 2]],
            2023: [[2, 1, 3, 2], [6, 8, 5, 9], [0, 2, 1, 1], [4, 3, 3, 5]]}
    thin = Side(style="thin")
    box = Border(top=thin, bottom=thin, left=thin, right=thin)
    wb = openpyxl.Workbook()
    for n, y in enumerate((2022, 2023)):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = f"{y}-{(y + 1) % 100:02d}"
        ws.merge_cells("A1:F1")
        ws["A1"] = "Suffolk Constabulary \u2013 FOI 001022/24"
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A2:F2")
        ws["A2"] = ("Allegations recorded against police officers and police staff, by quarter in "
                    "which the allegation was recorded")
        fy = f"{y}/{(y + 1) % 100:02d}"
        ws.merge_cells("A4:A5")
        ws["A4"] = "Allegation type"
        ws.merge_cells("B4:E4")
        ws["B4"] = fy
        ws.merge_cells("F4:F5")
        ws["F4"] = "Year total"
        for j, q in enumerate(["Q1 (Apr\u2013Jun)", "Q2 (Jul\u2013Sep)", "Q3 (Oct\u2013Dec)",
                               "Q4 (Jan\u2013Mar)"], 2):
            ws.cell(row=5, column=j, value=q)
        for r in (4, 5):
            for j in range(1, 7):
                c = ws.cell(row=r, column=j)
                c.font = Font(bold=True)
                c.border = box
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for i, (clabel, cat) in enumerate(cats):
            r = 6 + i
            ws.cell(row=r, column=1, value=clabel).border = box
            for q, v in enumerate(data[y][i], 1):
                ws.cell(row=r, column=1 + q, value=v).border = box
                KEY.fig(src, force, FQ(y, q), cat, "total", v)
            c = ws.cell(row=r, column=6, value=sum(data[y][i]))
            c.border = box
            c.font = Font(bold=True)
            KEY.fig(src, force, FY(y), cat, "total", sum(data[y][i]))
        ws.cell(row=11, column=1, value="Figures are allegations. Quarters follow the financial year "
                "(Q1 = April to June). Data extracted 08/04/2024.")
        ws.column_dimensions["A"].width = 40
        for col in "BCDEF":
            ws.column_dimensions[col].width = 14
    xlsx_save(wb, src)


def build_surrey():
    """Measure individuals; officers / staff / total columns with a percentage column and a
    cross-category Total row (neither keyed); an outcome table that restates a total."""
    import openpyxl
    from openpyxl.styles import Font
    src, force, period = "surrey/FOI 2024-0917 response.xlsx", "surrey", FY(2023)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Response"
    ws["A1"] = "Surrey Police \u2013 Freedom of Information request 2024/0917"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Financial year 2023/24 (1 April 2023 \u2013 31 March 2024)"
    ws["A3"] = ("Figures are numbers of individuals (police officers and police staff) who were the "
                "subject of at least one allegation, not numbers of allegations.")
    t1 = [("Sexual assault", "sexual_assault", 6, 1), ("Sexual harassment", "sexual_harassment", 21, 8),
          ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", 5, 0),
          ("Other sexual misconduct", "sexual_misconduct", 24, 11)]
    ws["A5"] = "Table 1: Individuals subject to allegations, by type of allegation"
    ws["A5"].font = Font(bold=True)
    for j, h in enumerate(["Allegation type", "Police officers", "Police staff", "Total",
                           "% of all individuals"], 1):
        ws.cell(row=6, column=j, value=h).font = Font(bold=True)
    grand = sum(o + s for _, _, o, s in t1)
    r = 7
    to = ts = 0
    for label, cat, o, s in t1:
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=o)
        ws.cell(row=r, column=3, value=s)
        ws.cell(row=r, column=4, value=o + s)
        c = ws.cell(row=r, column=5, value=round((o + s) / grand, 3))
        c.number_format = "0.0%"
        KEY.fig(src, force, period, cat, "total", o, measure="individuals", subject="officers")
        KEY.fig(src, force, period, cat, "total", s, measure="individuals", subject="staff")
        KEY.fig(src, force, period, cat, "total", o + s, measure="individuals")
        to, ts = to + o, ts + s
        r += 1
    for j, v in enumerate(["Total", to, ts, to + ts, 1.0], 1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
    ws.cell(row=r, column=5).number_format = "0.0%"
    ws.cell(row=r + 1, column=1, value="An individual subject to allegations of more than one type is "
            "counted under each type, so the Total row counts some individuals more than once.")
    r += 3
    ws.cell(row=r, column=1, value="Table 2: Outcomes for individuals subject to allegations of sexual "
            "harassment").font = Font(bold=True)
    r += 1
    for j, h in enumerate(["Outcome", "Police officers", "Police staff", "Total"], 1):
        ws.cell(row=r, column=j, value=h).font = Font(bold=True)
    t2 = [("Dismissed", "dismissed", 3, 0), ("Would have been dismissed", "would_have_been_dismissed", 1, 0),
          ("Final written warning", "final_written_warning", 4, 1), ("Written warning", "written_warning", 2, 2),
          ("Reflective practice", "management_action", 5, 3), ("No case to answer", "no_case_to_answer", 4, 2),
          ("Outcome pending", "ongoing", 2, 0)]
    r += 1
    so = ss = 0
    for label, oc, o, s in t2:
        for j, v in enumerate([label, o, s, o + s], 1):
            ws.cell(row=r, column=j, value=v)
        KEY.fig(src, force, period, "sexual_harassment", oc, o, measure="individuals", subject="officers")
        KEY.fig(src, force, period, "sexual_harassment", oc, s, measure="individuals", subject="staff")
        KEY.fig(src, force, period, "sexual_harassment", oc, o + s, measure="individuals")
        so, ss = so + o, ss + s
        r += 1
    assert (so, ss) == (21, 8)  # restates Table 1: keyed once, above
    for j, v in enumerate(["Total", so, ss, so + ss], 1):
        ws.cell(row=r, column=j, value=v).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Context: Surrey Police had a headcount of 2,255 police officers and "
            "2,318 police staff at 31 March 2024.")
    ws.cell(row=r + 1, column=1, value="If you are dissatisfied with this response you may request an "
            "internal review within 40 working days, and then complain to the Information Commissioner.")
    ws.column_dimensions["A"].width = 42
    for col in "BCDE":
        ws.column_dimensions[col].width = 16
    xlsx_save(wb, src)


# =========================================================================== Word letters

def build_lincolnshire():
    """Numbered questions, a Word table with a vMerge/gridSpan two-row header and financial
    years as rows, a three-year total in prose with outcome bullets, and a neither confirm nor
    deny answer under sections 30(3) and 31(3) for one category."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    src, force = "lincolnshire/FOI 24-0188 response.docx", "lincolnshire"
    span = SPAN(FY(2021), FY(2023))
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", "Lincolnshire Police, PO Box 999, Lincoln LN5 7PH  |  OFFICIAL")
    p = d.add_paragraph()
    r = p.add_run("Lincolnshire Police")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Freedom of Information Team")
    d.add_paragraph("Reference: FOI 24/0188\nDate: 22 May 2024")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Thank you for your request received on 25 April 2024. You asked the following "
                    "questions:")
    for q in ["How many allegations of sexual harassment were made against Lincolnshire Police officers "
              "and staff in each of the financial years 2021/22, 2022/23 and 2023/24?",
              "What were the outcomes of those allegations?",
              "How many allegations of sexual assault were made against officers and staff over the "
              "same three years?"]:
        d.add_paragraph(q, style="List Number")
    d.add_paragraph("Our response to each question is below.")
    h = d.add_paragraph()
    h.add_run("Question 1").bold = True
    d.add_paragraph("The number of allegations of sexual harassment recorded in each financial year is "
                    "shown in the table.")
    rows = [("2021/22", FY(2021), 14, 5), ("2022/23", FY(2022), 18, 6),
            ("2023/24", FY(2023), 22, 9)]
    t = d.add_table(rows=2 + len(rows), cols=4)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    docx_cell(a, "Financial year", bold=True)
    b = t.cell(0, 1).merge(t.cell(0, 3))
    docx_cell(b, "Allegations of sexual harassment", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for j, hh in enumerate(["Police officers", "Police staff", "Total"], 1):
        docx_cell(t.cell(1, j), hh, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for c in (a, b, t.cell(1, 1), t.cell(1, 2), t.cell(1, 3)):
        docx_shade(c, "D9E2F3")
    docx_repeat_header(t.rows[0])
    docx_repeat_header(t.rows[1])
    for i, (label, per, o, s) in enumerate(rows, 2):
        docx_cell(t.cell(i, 0), label)
        for j, v in enumerate([o, s, o + s], 1):
            docx_cell(t.cell(i, j), str(v), align=WD_ALIGN_PARAGRAPH.CENTER)
        KEY.fig(src, force, per, "sexual_harassment", "total", o, subject="officers")
        KEY.fig(src, force, per, "sexual_harassment", "total", s, subject="staff")
        KEY.fig(src, force, per, "sexual_harassment", "total", o + s)
    d.add_paragraph()
    h = d.add_paragraph()
    h.add_run("Question 2").bold = True
    outs = [("Dismissed", "dismissed", 7), ("Would have been dismissed", "would_have_been_dismissed", 3),
            ("Final written warning", "final_written_warning", 8), ("Written warning", "written_warning", 6),
            ("Management action (including reflective practice)", "management_action", 19),
            ("No case to answer", "no_case_to_answer", 22), ("Withdrawn", "withdrawn", 2),
            ("Under investigation", "ongoing", 7)]
    total = sum(v for _, _, v in outs)
    assert total == 19 + 24 + 31
    d.add_paragraph(f"Across the three years, {total} allegations of sexual harassment were recorded "
                    "against officers and staff. Their outcomes were:")
    KEY.fig(src, force, span, "sexual_harassment", "total", total)
    for label, oc, v in outs:
        d.add_paragraph(f"{label}: {v}", style="List Bullet")
        KEY.fig(src, force, span, "sexual_harassment", oc, v)
    h = d.add_paragraph()
    h.add_run("Question 3").bold = True
    d.add_paragraph("Lincolnshire Police neither confirms nor denies that it holds information relevant "
                    "to this question, by virtue of the following exemptions:")
    d.add_paragraph("Section 30(3) \u2013 Investigations and proceedings conducted by public authorities",
                    style="List Bullet")
    d.add_paragraph("Section 31(3) \u2013 Law enforcement", style="List Bullet")
    d.add_paragraph("Allegations of sexual assault against officers and staff are investigated as "
                    "criminal offences. Because the force is small and several matters are before the "
                    "courts, confirming or denying whether information is held for any particular "
                    "number or period would be likely to prejudice those proceedings. The public "
                    "interest test is attached as an annex to this letter. This letter should be "
                    "treated as a refusal notice under section 17(4) of the Act.")
    KEY.fig(src, force, span, "sexual_assault", "total",
            NCND("s30(3);s31(3)"))
    h = d.add_paragraph()
    h.add_run("Complaint rights").bold = True
    d.add_paragraph("If you are unhappy with this response you may ask for an internal review within 40 "
                    "working days of the date of this letter. You may then complain to the " + ICO + ".")
    d.add_paragraph("Yours sincerely,\n\nFreedom of Information Team\nLincolnshire Police")
    docx_save(d, src, "Lincolnshire Police")


def build_warwickshire():
    """Periods as rows (financial years) and a Total row across them; measure individuals
    (officers subject to proceedings); a footnote marker as a superscript run."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    src, force = "warwickshire/FOI 2023-3301 response.docx", "warwickshire"
    years = [2019, 2020, 2021, 2022]
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Management advice", "management_action"), ("No case to answer", "no_case_to_answer")]
    vals = {2019: [2, 1, 1, 2, 3, 4], 2020: [3, 0, 2, 1, 4, 5], 2021: [2, 2, 1, 3, 5, 3],
            2022: [4, 1, 3, 2, 6, 7]}
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "OFFICIAL \u2013 Warwickshire Police", "Warwickshire Police \u2013 Information "
                       "Compliance \u2013 FOI 2023/3301")
    p = d.add_paragraph()
    r = p.add_run("WARWICKSHIRE POLICE")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Leek Wootton, Warwick CV35 7QA")
    d.add_paragraph("Our reference: 2023/3301\t\tDate: 11 January 2024")
    d.add_paragraph("Dear Sir/Madam")
    d.add_paragraph("REQUEST", style="Heading 2")
    d.add_paragraph("\u201cHow many police officers have been subject to misconduct proceedings for "
                    "sexual misconduct in each financial year from 2019/20 to 2022/23, and what was the "
                    "outcome for each officer?\u201d")
    d.add_paragraph("RESPONSE", style="Heading 2")
    d.add_paragraph("Warwickshire Police holds this information. The table below shows the number of "
                    "officers (not allegations) whose case was assessed as sexual misconduct, by the "
                    "financial year in which the matter was recorded and the outcome for the officer. "
                    "An officer is counted once in each year, under the most serious outcome.")
    t = d.add_table(rows=1, cols=len(outs) + 2)
    t.style = "Light Grid Accent 1"
    hdr = t.rows[0].cells
    docx_cell(hdr[0], "Financial year", bold=True)
    for j, (label, _) in enumerate(outs, 1):
        par = docx_cell(hdr[j], label, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        if label == "Management advice":
            sup = par.add_run("1")
            sup.font.superscript = True
            sup.bold = True
    docx_cell(hdr[-1], "Total", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    coltot = [0] * len(outs)
    for y in years:
        cells = t.add_row().cells
        docx_cell(cells[0], f"{y}/{(y + 1) % 100:02d}")
        for j, v in enumerate(vals[y], 1):
            docx_cell(cells[j], str(v), align=WD_ALIGN_PARAGRAPH.CENTER)
            KEY.fig(src, force, FY(y), "sexual_misconduct", outs[j - 1][1], v,
                    measure="individuals", subject="officers")
        docx_cell(cells[-1], str(sum(vals[y])), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        KEY.fig(src, force, FY(y), "sexual_misconduct", "total", sum(vals[y]),
                measure="individuals", subject="officers")
        coltot = [a + b for a, b in zip(coltot, vals[y])]
    cells = t.add_row().cells
    docx_cell(cells[0], "Total", bold=True)
    span = SPAN(FY(2019), FY(2022))
    for j, v in enumerate(coltot, 1):
        docx_cell(cells[j], str(v), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        KEY.fig(src, force, span, "sexual_misconduct", outs[j - 1][1], v, measure="individuals",
                subject="officers")
    docx_cell(cells[-1], str(sum(coltot)), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    KEY.fig(src, force, span, "sexual_misconduct", "total", sum(coltot), measure="individuals",
            subject="officers")
    note = d.add_paragraph()
    note.add_run("1").font.superscript = True
    note.add_run(" From 1 February 2020 management advice was replaced by reflective practice "
                 "(RPRP) under the Police (Conduct) Regulations 2020; both are shown in this column.")
    d.add_paragraph("Sexual misconduct here includes sexual assault, sexual harassment, inappropriate "
                    "relationships and abuse of position for a sexual purpose; these were not recorded "
                    "separately before 2021.")
    d.add_paragraph("COMPLAINT RIGHTS", style="Heading 2")
    d.add_paragraph("You may ask for an internal review within 40 working days. If you remain "
                    "dissatisfied you may complain to the " + ICO + ".")
    d.add_paragraph("Yours faithfully\n\nInformation Compliance Officer")
    docx_save(d, src, "Warwickshire Police")


def build_dyfed_powys():
    """A covering letter whose named attachment is not in the folder: no figures."""
    from docx.shared import Pt
    src = "dyfed-powys/FOI DP-2024-0212 covering letter.docx"
    d = docx_new("Arial", 11)
    docx_header_footer(d, "SWYDDOGOL / OFFICIAL", "Heddlu Dyfed-Powys Police, Police Headquarters, "
                       "PO Box 99, Llangunnor, Carmarthen SA31 2PF")
    p = d.add_paragraph()
    r = p.add_run("Heddlu Dyfed-Powys Police")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Freedom of Information Unit")
    d.add_paragraph("Our reference: DP-2024-0212\nDate: 4 March 2024")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Re: Freedom of Information Act 2000 \u2013 Request DP-2024-0212")
    d.add_paragraph("I write in response to your request of 5 February 2024, in which you asked for "
                    "the number of allegations of sexual assault, sexual harassment and abuse of "
                    "position for a sexual purpose made against Dyfed-Powys Police officers and staff "
                    "in each financial year from 2020/21 to 2022/23, and the outcomes of those "
                    "allegations.")
    d.add_paragraph("Dyfed-Powys Police can confirm that it holds the information you have requested. "
                    "Please find attached a spreadsheet, \u201cDP-2024-0212 data.xlsx\u201d, which "
                    "contains the information broken down by financial year, type of allegation and "
                    "outcome, for police officers and police staff separately.")
    d.add_paragraph("Figures of fewer than five have been replaced with an asterisk in the spreadsheet "
                    "under section 40(2) of the Act; the reasons are set out on its first sheet.")
    d.add_paragraph("The Freedom of Information Act 2000 entitles you to request an internal review of "
                    "this decision within 40 working days. If you remain dissatisfied you may complain "
                    "to the " + ICO + ".")
    d.add_paragraph("Mae\u2019r llythyr hwn ar gael yn Gymraeg. This letter is available in Welsh.")
    d.add_paragraph("Yours sincerely,\n\nFreedom of Information Unit")
    docx_save(d, src, "Dyfed-Powys Police")


def build_cheshire():
    """Figures in prose and bullet lists; 'fewer than five' explained under section 40(2) (a
    partial refusal); a blanket sentence about suppressed staff outcomes; not held."""
    from docx.shared import Pt
    src, force, period = "cheshire/FOI 7731 response.docx", "cheshire", CY(2023)
    d = docx_new("Verdana", 10)
    docx_header_footer(d, "OFFICIAL", "Cheshire Constabulary \u2013 Freedom of Information \u2013 "
                       "Clemonds Hey, Oakmere Road, Winsford CW7 2UA")
    p = d.add_paragraph()
    r = p.add_run("Cheshire Constabulary")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Freedom of Information Request 7731\nDate: 8 February 2024")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Thank you for your request dated 10 January 2024 for the following information: "
                    "\u201cIn the calendar year 2023, how many allegations of (1) sexual assault, (2) "
                    "sexual harassment and (3) domestic abuse were made against Cheshire police officers "
                    "and police staff? Please give officers and staff separately, and the outcomes.\u201d")
    d.add_paragraph("Cheshire Constabulary holds some of the information you have requested. Cheshire "
                    "Constabulary employs approximately 2,300 police officers and 1,700 police staff, "
                    "and low numbers are withheld where they could identify individuals (see below).")
    d.add_paragraph("1. Sexual assault", style="Heading 3")
    d.add_paragraph("In 2023, 9 allegations of sexual assault were recorded against police officers and "
                    "fewer than five* against police staff. The outcomes of these allegations, for "
                    "officers and staff combined, were:")
    KEY.fig(src, force, period, "sexual_assault", "total", 9, subject="officers")
    KEY.fig(src, force, period, "sexual_assault", "total", SUP(), subject="staff")
    for label, oc, v in [("Dismissed", "dismissed", SUP()), ("No case to answer", "no_case_to_answer", 6),
                         ("Under investigation", "ongoing", SUP())]:
        d.add_paragraph(f"{label} \u2013 " + ("fewer than five*" if isinstance(v, V) else str(v)),
                        style="List Bullet")
        KEY.fig(src, force, period, "sexual_assault", oc, v)
    d.add_paragraph("2. Sexual harassment", style="Heading 3")
    d.add_paragraph("27 allegations of sexual harassment were recorded against police officers and 8 "
                    "against police staff, 35 in total. The outcomes for police officers were:")
    KEY.fig(src, force, period, "sexual_harassment", "total", 27, subject="officers")
    KEY.fig(src, force, period, "sexual_harassment", "total", 8, subject="staff")
    KEY.fig(src, force, period, "sexual_harassment", "total", 35)
    for label, oc, v in [("Dismissed", "dismissed", SUP()), ("Final written warning", "final_written_warning", 5),
                         ("Written warning", "written_warning", 6), ("Reflective practice", "management_action", 7),
                         ("No case to answer", "no_case_to_answer", 5), ("Under investigation", "ongoing", SUP())]:
        d.add_paragraph(f"{label} \u2013 " + ("fewer than five*" if isinstance(v, V) else str(v)),
                        style="List Bullet")
        KEY.fig(src, force, period, "sexual_harassment", oc, v, subject="officers")
    d.add_paragraph("Outcomes for police staff are not broken down, as every outcome would be fewer "
                    "than five*.")
    d.add_paragraph("3. Domestic abuse", style="Heading 3")
    d.add_paragraph("Cheshire Constabulary does not record domestic abuse as a category of allegation "
                    "against its own officers and staff; such matters are recorded under the general "
                    "heading of discreditable conduct. The information you have requested at question 3 "
                    "is therefore not held.")
    KEY.fig(src, force, period, "domestic_abuse", "total", NH)
    d.add_paragraph("* Section 40(2) \u2013 personal information", style="Heading 3")
    d.add_paragraph("Where a figure is fewer than five it has been withheld under section 40(2) of the "
                    "Freedom of Information Act 2000. Disclosure of such small numbers, combined with "
                    "other information in the public domain, could lead to the identification of the "
                    "individuals concerned. This letter therefore acts as a partial refusal notice.")
    d.add_paragraph("If you are dissatisfied you may request an internal review within 40 working days, "
                    "and then complain to the " + ICO + ".")
    d.add_paragraph("Yours sincerely,\n\nFreedom of Information Officer\nCheshire Constabulary")
    docx_save(d, src, "Cheshire Constabulary")


# =========================================================================== HTML pages

def html_table(rows, caption=None, cls="", header_rows=1, row_th=True, bold_last_row=False,
               bold_last_col=False):
    out = [f'<table class="{cls}">' if cls else "<table>"]
    if caption:
        out.append(f"  <caption>{caption}</caption>")
    out.append("  <thead>")
    for r in rows[:header_rows]:
        out.append("    <tr>" + "".join(f'<th scope="col">{c}</th>' for c in r) + "</tr>")
    out.append("  </thead>")
    out.append("  <tbody>")
    body = rows[header_rows:]
    for i, r in enumerate(body):
        last = bold_last_row and i == len(body) - 1
        cells = []
        for j, c in enumerate(r):
            txt = f"<strong>{c}</strong>" if (last or (bold_last_col and j == len(r) - 1)) else c
            if j == 0 and row_th:
                cells.append(f'<th scope="row">{txt}</th>')
            else:
                cells.append(f"<td>{txt}</td>")
        tr = '    <tr class="table-total">' if last else "    <tr>"
        out.append(tr + "".join(cells) + "</tr>")
    out.append("  </tbody>")
    out.append("</table>")
    return "\n".join(out)


def build_greater_manchester():
    """GMP's Bootstrap disclosure page, drifted: two tables (one per category) with calendar
    years and a 'Total (2021-2023)' column, a dash defined as nil, '*' cells (new), and a
    category not held; a sidebar of related disclosure references."""
    src, force = "greater-manchester/FOI_002231-24_disclosure.html", "greater-manchester"
    years = [2021, 2022, 2023]
    span = SPAN(CY(2021), CY(2023))
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Management action / RPRP", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Ongoing", "ongoing")]
    tables = [
        ("sexual_harassment", "Allegations of sexual harassment against police officers and police staff, "
         "2021 to 2023", [[6, 8, 9], [2, 0, 3], [5, 7, 6], [4, 3, 0], [12, 15, 19], [21, 18, 24], [0, 2, 11]],
         False),
        ("abuse_of_position_sexual", "Allegations of abuse of position for a sexual purpose against police "
         "officers and police staff, 2021 to 2023",
         [[5, 6, 7], [2, 1, 3], [1, 0, 2], [0, 0, 0], [2, 1, 0], [6, 5, 8], [0, 2, 6]], True),
    ]

    def cell(v, suppress):
        if v == 0:
            return "&ndash;"
        if suppress and v < 5:
            return "*"
        return str(v)

    def keyv(v, suppress):
        return SUP() if (suppress and 0 < v < 5) else v

    parts = []
    for n, (cat, caption, vals, suppress) in enumerate(tables, 1):
        rows = [["Outcome"] + [str(y) for y in years] + ["Total (2021&ndash;2023)"]]
        coltot = [0, 0, 0]
        for (label, oc), vv in zip(outs, vals):
            rows.append([label] + [cell(v, suppress) for v in vv] + [cell(sum(vv), suppress)])
            for y, v in zip(years, vv):
                KEY.fig(src, force, CY(y), cat, oc, keyv(v, suppress))
            KEY.fig(src, force, span, cat, oc, keyv(sum(vv), suppress))
            coltot = [a + b for a, b in zip(coltot, vv)]
        rows.append(["Total"] + [str(v) for v in coltot] + [str(sum(coltot))])
        for y, v in zip(years, coltot):
            KEY.fig(src, force, CY(y), cat, "total", v)
        KEY.fig(src, force, span, cat, "total", sum(coltot))
        parts.append(f'  <h3 class="h5">Table {n}</h3>\n  <div class="table-responsive">\n' +
                     html_table(rows, caption, "table table-bordered gmp-table", bold_last_row=True,
                                bold_last_col=True) + "\n  </div>")
    KEY.fig(src, force, span, "domestic_abuse", "total", NH)
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sexual harassment and abuse of position allegations 2021-2023 | Greater Manchester Police</title>
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/gmp.css">
</head>
<body>
<a class="sr-only sr-only-focusable" href="#main-content">Skip to main content</a>
<header class="gmp-header">
  <nav class="navbar navbar-expand-lg navbar-dark bg-gmp">
    <a class="navbar-brand" href="/">Greater Manchester Police</a>
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" href="/report/">Report</a></li>
      <li class="nav-item"><a class="nav-link" href="/news/">News</a></li>
      <li class="nav-item"><a class="nav-link" href="/foi-ai/gmp/">FOI</a></li>
    </ul>
  </nav>
</header>
<main id="main-content">
<div class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/foi-ai/gmp/disclosure-log/">Disclosure log</a></li><li class="breadcrumb-item active">FOI 002231/24</li></ol></nav>
<div class="row">
<div class="col-lg-8">
<article class="foi-disclosure">
  <h1>Sexual harassment and abuse of position for a sexual purpose: allegations 2021&ndash;2023</h1>
  <ul class="foi-details list-unstyled">
    <li><strong>Reference:</strong> FOI 002231/24</li>
    <li><strong>Date of response:</strong> 14 March 2024</li>
    <li><strong>Department:</strong> Professional Standards Branch</li>
    <li><strong>Category:</strong> Professional standards</li>
  </ul>
  <h2>Your request</h2>
  <p>For each of the calendar years 2021, 2022 and 2023, how many allegations of (a) sexual harassment, (b) abuse of position for a sexual purpose and (c) domestic abuse were made against GMP police officers and police staff, and what were the outcomes?</p>
  <h2>Our response</h2>
  <p>Greater Manchester Police (GMP) can confirm that it holds some of the information you have requested (Section 1(1)(a) of the Freedom of Information Act 2000). The information held is provided below (Section 1(1)(b)).</p>
  <p>Tables 1 and 2 show the number of allegations recorded against police officers and police staff (together) in each calendar year, by the outcome of the allegation.</p>
{chr(10).join(parts)}
  <p class="small text-muted">&ndash; = nil return.<br>* = fewer than five. These figures are withheld under section 40(2) of the Act (personal information) because, together with the outcomes of misconduct hearings held in public, they could identify the officers concerned. Totals include the withheld figures.<br>RPRP = Reflective Practice Review Process.</p>
  <h3 class="h5">Domestic abuse</h3>
  <p>GMP does not record domestic abuse as a distinct type of allegation against its own officers and staff. Matters of this kind are recorded under discreditable conduct together with unrelated behaviour, and cannot be identified without reading each file. The information requested at part (c) is therefore not held.</p>
  <h2>Right of appeal</h2>
  <p>If you are not satisfied with this response you can ask for an internal review. Please write to the Information Governance Unit within 40 working days of the date of this response. If you remain unhappy after the review you can complain to the Information Commissioner&rsquo;s Office (<a href="https://ico.org.uk/make-a-complaint/">ico.org.uk</a>), telephone 0303&nbsp;123&nbsp;1113.</p>
</article>
</div>
<aside class="col-lg-4 sidebar">
  <h2 class="h5">Related disclosures</h2>
  <ul>
    <li><a href="/foi-ai/gmp/disclosure-log/FOI_001234-23/">FOI 001234/23 &ndash; sexual misconduct allegations 2020&ndash;2022</a></li>
    <li><a href="/foi-ai/gmp/disclosure-log/FOI_004512-23/">FOI 004512/23 &ndash; officers and staff investigated</a></li>
    <li><a href="/foi-ai/gmp/disclosure-log/FOI_006078-23/">FOI 006078/23 &ndash; allegations by employee type</a></li>
  </ul>
  <p class="small">Showing 3 of 17 related items</p>
</aside>
</div>
</div>
</main>
<footer class="gmp-footer"><div class="container"><p>&copy; 2024 Greater Manchester Police. Emergency 999 &middot; Non-emergency 101</p></div></footer>
</body>
</html>
"""
    write_text(src, html)


def build_humberside():
    """Disclosure page with numbered questions and answers; long format with Officers / Staff /
    Total columns and a Total row per year and category; training and referral counts that
    are not figures."""
    src, force = "humberside/FOI 24-1045 disclosure.html", "humberside"
    rng = random.Random(1045)
    cats = [("Sexual assault", "sexual_assault", 2.0), ("Sexual harassment", "sexual_harassment", 4.0)]
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Ongoing", "ongoing")]
    rows = [["Year", "Allegation category", "Outcome", "Officers", "Staff", "Total"]]
    for y in (2022, 2023):
        for clabel, cat, scale in cats:
            to = ts = 0
            for olabel, oc in outs:
                o = max(0, int(rng.gauss(scale, scale * 0.7)))
                s = max(0, int(rng.gauss(scale * 0.3, scale * 0.3)))
                rows.append([str(y), clabel, olabel, str(o), str(s), str(o + s)])
                KEY.fig(src, force, CY(y), cat, oc, o, subject="officers")
                KEY.fig(src, force, CY(y), cat, oc, s, subject="staff")
                KEY.fig(src, force, CY(y), cat, oc, o + s)
                to, ts = to + o, ts + s
            rows.append([str(y), clabel, "<strong>Total</strong>", f"<strong>{to}</strong>",
                         f"<strong>{ts}</strong>", f"<strong>{to + ts}</strong>"])
            KEY.fig(src, force, CY(y), cat, "total", to, subject="officers")
            KEY.fig(src, force, CY(y), cat, "total", ts, subject="staff")
            KEY.fig(src, force, CY(y), cat, "total", to + ts)
    table = html_table(rows, None, "responsive-table", row_th=False)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>FOI 24-1045 - Sexual assault and harassment allegations against officers and staff - Humberside Police</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body class="page-foi">
<div class="site-header">
  <div class="logo"><img src="/assets/humberside-police.svg" alt="Humberside Police"></div>
  <nav class="main-nav"><a href="/">Home</a> <a href="/contact">Contact</a> <a href="/foi">Freedom of Information</a> <a href="/jobs">Jobs</a></nav>
</div>
<div class="content">
<h1>Sexual assault and harassment allegations against officers and staff</h1>
<table class="meta">
  <tr><td>Reference number</td><td>24-1045</td></tr>
  <tr><td>Date published</td><td>02/05/2024</td></tr>
  <tr><td>Theme</td><td>Professional standards</td></tr>
</table>
<h2>Questions and answers</h2>
<p><strong>Question 1.</strong> How many allegations of sexual assault and sexual harassment were made against Humberside Police officers and staff in 2022 and 2023, by outcome?</p>
<p><strong>Answer 1.</strong> Please see the table below. Years are calendar years, by the date the allegation was recorded.</p>
{table}
<p><strong>Question 2.</strong> What training do officers and staff receive on sexual harassment?</p>
<p><strong>Answer 2.</strong> All officers and staff complete mandatory Professional Standards training. In 2023, 1,620 officers and staff completed the one-day &lsquo;Active Bystander&rsquo; course, and a further 2 e-learning modules were introduced in January 2024.</p>
<p><strong>Question 3.</strong> How many allegations were referred to the IOPC?</p>
<p><strong>Answer 3.</strong> Humberside Police made 37 referrals to the Independent Office for Police Conduct in 2023 across all types of complaint and conduct matter. Referrals are not recorded by allegation type, so we cannot say how many related to the allegations in question 1.</p>
<h2>Your rights</h2>
<p>If you are unhappy with our response you can ask for an internal review within 40 working days by writing to the Information Compliance Unit, Priory Road, Hull HU5 5SF. You may then complain to the Information Commissioner (www.ico.org.uk).</p>
</div>
<div class="site-footer">Humberside Police &middot; 101 &middot; &copy; 2024</div>
</body>
</html>
"""
    write_text(src, html)


def build_cambridgeshire_glossary():
    """A web page with a table of outcome and allegation labels and regulation numbers but no
    counts at all: no figures."""
    src = "cambridgeshire/professional-standards-outcomes-explained.html"
    rows = [["Outcome", "Regulation", "What it means", "How long it stays on record"],
            ["Management advice", "Regulation 2 (2012 Regulations)", "Advice from a manager where conduct fell short; no finding of misconduct", "Not a disciplinary outcome"],
            ["Reflective practice (RPRP)", "Part 6 (2020 Regulations)", "A structured discussion to learn from a practice requiring improvement", "Not a disciplinary outcome"],
            ["Written warning", "Regulation 42", "Misconduct proven at a meeting", "18 months"],
            ["Final written warning", "Regulation 42", "Misconduct or gross misconduct proven", "2 years (5 years in exceptional cases)"],
            ["Reduction in rank", "Regulation 42", "Gross misconduct proven; officers of inspector rank and above", "Permanent"],
            ["Dismissal without notice", "Regulation 42", "Gross misconduct proven at a hearing", "Placed on the barred list"],
            ["Would have been dismissed", "Regulation 42(3)", "Former officer found to have committed gross misconduct", "Placed on the barred list"]]
    table = html_table(rows, "Misconduct outcomes under the Police (Conduct) Regulations", "table")
    cats = [["Type of allegation", "Standard of Professional Behaviour"],
            ["Sexual assault", "Discreditable conduct; Authority, respect and courtesy"],
            ["Sexual harassment", "Equality and diversity; Authority, respect and courtesy"],
            ["Abuse of position for a sexual purpose", "Honesty and integrity (serious corruption)"],
            ["Domestic abuse", "Discreditable conduct"]]
    table2 = html_table(cats, "How allegations are classified", "table")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Misconduct outcomes explained | Cambridgeshire Constabulary</title></head>
<body>
<header><p class="brand">Cambridgeshire Constabulary</p>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/about/professional-standards">Professional standards</a></nav></header>
<main>
<h1>Misconduct outcomes explained</h1>
<p>This page explains the outcomes that can follow a complaint or conduct matter against one of our 1,700 officers or our police staff. It does not contain statistics; our misconduct hearing outcomes are published for 28 days on the <a href="/hearings">hearings page</a>.</p>
{table}
<p>Under the Police (Conduct) Regulations 2020, which came into force on 1 February 2020, management advice was replaced by the Reflective Practice Review Process.</p>
{table2}
<p>Page last reviewed: 12 January 2024</p>
</main>
<footer><p>Cambridgeshire Constabulary, Hinchingbrooke Park, Huntingdon PE29 6NP</p></footer>
</body>
</html>
"""
    write_text(src, html)


def build_northamptonshire():
    """A disclosure page that only says 'please find attached' and states the measure
    (complaints); the attached CSV has neither period nor measure of its own."""
    page = "northamptonshire/FOI-NP-2024-0311.html"
    att = "northamptonshire/FOI-NP-2024-0311 data.csv"
    force, period = "northamptonshire", FY(2023)
    html = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>FOI-NP-2024-0311 Public complaints of sexual misconduct | Northamptonshire Police</title></head>
<body>
<div id="header"><a href="/"><img src="/img/np-logo.png" alt="Northamptonshire Police"></a></div>
<div id="breadcrumbs"><a href="/">Home</a> &gt; <a href="/foi">FOI</a> &gt; <a href="/foi/disclosures">Disclosure log</a> &gt; FOI-NP-2024-0311</div>
<div id="content">
<h1>Public complaints of sexual misconduct against officers and staff, 2023/24</h1>
<p class="ref">Request reference: FOI-NP-2024-0311 &nbsp;|&nbsp; Date of disclosure: 16/05/2024</p>
<h2>Request</h2>
<p>For the financial year 2023/24 (1 April 2023 to 31 March 2024), how many complaints did Northamptonshire Police receive from members of the public about sexual harassment and sexual assault by its officers and staff, and what was the result of each complaint? Please show officers and staff separately.</p>
<h2>Response</h2>
<p>Northamptonshire Police holds the information requested. Please find attached our response.</p>
<p>The attached figures are numbers of <strong>complaints</strong> recorded under Schedule 3 of the Police Reform Act 2002, counted once each by the result of the complaint. Conduct matters raised internally are not included.</p>
<ul class="attachments">
  <li><a href="FOI-NP-2024-0311%20data.csv">FOI-NP-2024-0311 data.csv</a> (CSV, 1 KB)</li>
</ul>
<h2>Complaint rights</h2>
<p>If you are dissatisfied with the response you may ask for an internal review within 40 working days, and then complain to the Information Commissioner.</p>
</div>
<div id="footer">Northamptonshire Police, Wootton Hall, Northampton NN4 0JQ</div>
</body>
</html>
"""
    write_text(page, html)
    data = [("Sexual harassment", "sexual_harassment",
             [("Upheld", "upheld", 4, 0), ("Not upheld", "not_upheld", 7, 2),
              ("Local resolution", "local_resolution", 3, 1), ("Withdrawn", "withdrawn", 1, 0),
              ("Under investigation", "ongoing", 5, 1)]),
            ("Sexual assault", "sexual_assault",
             [("Upheld", "upheld", 1, 0), ("Not upheld", "not_upheld", 3, 0),
              ("Local resolution", "local_resolution", 0, 0), ("Withdrawn", "withdrawn", 0, 1),
              ("Under investigation", "ongoing", 2, 0)])]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Type", "Result", "Officers", "Staff", "Total"])
    for label, cat, rows in data:
        to = ts = 0
        for rl, oc, o, s in rows:
            w.writerow([label, rl, o, s, o + s])
            KEY.fig(att, force, period, cat, oc, o, measure="complaints", subject="officers")
            KEY.fig(att, force, period, cat, oc, s, measure="complaints", subject="staff")
            KEY.fig(att, force, period, cat, oc, o + s, measure="complaints")
            to, ts = to + o, ts + s
        w.writerow([label, "Total", to, ts, to + ts])
        KEY.fig(att, force, period, cat, "total", to, measure="complaints", subject="officers")
        KEY.fig(att, force, period, cat, "total", ts, measure="complaints", subject="staff")
        KEY.fig(att, force, period, cat, "total", to + ts, measure="complaints")
    write_text(att, out.getvalue(), newline="\r\n")


def build_psni():
    """A section 12 refusal of the whole request on a disclosure page (four categories)."""
    src, force = "psni/F-2024-01977.html", "psni"
    period = SPAN(CY(2014), CY(2023))
    for cat in ("sexual_assault", "sexual_harassment", "abuse_of_position_sexual", "domestic_abuse"):
        KEY.fig(src, force, period, cat, "total", REF("s12"))
    html = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>F-2024-01977 Allegations against officers and staff | PSNI</title></head>
<body>
<header class="psni-header"><a href="/">Police Service of Northern Ireland</a>
<nav><a href="/advice-and-information">Advice</a> <a href="/about-us">About us</a> <a href="/foi-disclosure-log">FOI disclosure log</a></nav></header>
<main class="container">
<h1>Allegations of sexual misconduct and domestic abuse against officers and staff</h1>
<dl class="foi-meta"><dt>Request number</dt><dd>F-2024-01977</dd><dt>Date of response</dt><dd>21 June 2024</dd><dt>Decision</dt><dd>Refused &ndash; cost</dd></dl>
<h2>Request</h2>
<p>&ldquo;Between 1 January 2014 and 31 December 2023, how many allegations of (1) sexual assault, (2) sexual harassment, (3) abuse of position for a sexual purpose and (4) domestic abuse have been made against PSNI officers and police staff, and what were the outcomes?&rdquo;</p>
<h2>Answer</h2>
<p>The Police Service of Northern Ireland has estimated that to locate, retrieve and extract the information you have requested would exceed the appropriate limit. This letter therefore serves as a refusal notice under section 17(5) of the Freedom of Information Act 2000, in reliance on section 12(1).</p>
<h3>Section 12(1) &ndash; cost of compliance</h3>
<p>The appropriate limit for police services is &pound;450, which equates to 18 hours of work at &pound;25 per hour. Complaints from the public against PSNI officers are investigated by the Office of the Police Ombudsman for Northern Ireland, which received more than 3,100 complaints in 2022/23, while internal misconduct matters are held by PSNI Professional Standards Department. Neither system records a category for sexual harassment or abuse of position for a sexual purpose across the whole period requested.</p>
<p>A search of the Professional Standards system for the period identified 2,450 misconduct files. Each would have to be read to establish whether it relates to one of the four types of allegation you have asked about. At a conservative 5 minutes per file this would take over 200 hours.</p>
<h3>Advice and assistance</h3>
<p>You may wish to narrow your request, for example to a single year from 2022 onwards, when a sexual misconduct flag was introduced. Please note that a refined request would be treated as a new request.</p>
<h2>Right to review</h2>
<p>If you are dissatisfied you may request a review within 40 working days by writing to Corporate Information Branch, PSNI Headquarters, 65 Knock Road, Belfast BT5 6LE. You may then apply to the Information Commissioner.</p>
</main>
<footer>&copy; Police Service of Northern Ireland 2024</footer>
</body>
</html>
"""
    write_text(src, html)


def build_news_page():
    """A newspaper article about police misconduct saved into the folder: not a response, and
    nothing in it is keyed (not even the force's own figures it quotes)."""
    src = "police-scotland/news - sexual misconduct claims against police officers.html"
    html = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Hundreds of police officers face sexual misconduct claims, figures show | The Northern Courier</title>
<meta property="og:type" content="article"></head>
<body>
<div class="masthead"><a href="/">The Northern Courier</a> <span class="section">News &rsaquo; Scotland</span></div>
<article>
<h1>Hundreds of police officers face sexual misconduct claims, figures show</h1>
<p class="byline">By Fiona MacLeod, Home Affairs Correspondent &middot; 14 March 2024, 06:00</p>
<p class="standfirst">Campaigners call for a national register as forces across the UK reveal allegations against serving officers</p>
<p>More than 1,100 allegations of sexual misconduct were made against police officers and staff across 41 UK forces in a single year, according to figures obtained under freedom of information laws.</p>
<p>Police Scotland, the UK&rsquo;s second largest force with around 16,400 officers, told the Courier it had received 64 complaints of sexual misconduct against officers in 2022-23, and that nine officers had resigned or retired while under investigation.</p>
<p>The force said it had introduced a new vetting regime and that all 22,000 officers and staff would complete training by the end of 2024. Deputy Chief Constable Jane Connors said: &ldquo;One officer who abuses their position is one too many.&rdquo;</p>
<p>In England, the Metropolitan Police recorded the largest number of allegations, while three forces &ndash; Dorset, Gwent and Cumbria &ndash; refused to answer, citing the cost of searching their records.</p>
<p>Dr Sarah Kemp of the Centre for Women&rsquo;s Justice said the figures were &ldquo;only the tip of the iceberg&rdquo;, adding that fewer than 1 in 10 allegations led to dismissal.</p>
<aside class="related"><h2>Related</h2><ul><li><a href="/news/2024/02/vetting-failures">Vetting failures left 200 officers in post</a></li><li><a href="/news/2024/01/misconduct-hearings">Misconduct hearings to be held in public</a></li></ul></aside>
</article>
<footer>&copy; 2024 Northern Courier Media Ltd. All rights reserved. Registered in Scotland SC123456.</footer>
</body>
</html>
"""
    write_text(src, html)


# =========================================================================== CSV exports

def build_kent():
    """Kent's Excel export (BOM, CRLF, preamble, category blocks ending in a Total row, two
    trailing empty columns), drifted: financial quarters as columns and '<5' cells (new)."""
    src, force = "kent/disclosure_2024_0219.csv", "kent"
    qs = ["Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"]
    qp = [FQ(2023, q) for q in (1, 2, 3, 4)]
    sens = {"dismissed", "would_have_been_dismissed"}
    blocks = [
        ("Sexual harassment", "sexual_harassment",
         [("Dismissed", "dismissed", [1, 2, 0, 3]), ("Would have been dismissed", "would_have_been_dismissed", [0, 1, 1, 0]),
          ("Final written warning", "final_written_warning", [2, 1, 3, 1]),
          ("Written warning", "written_warning", [0, 2, 1, 2]),
          ("Management action", "management_action", [5, 6, 4, 7]),
          ("No case to answer", "no_case_to_answer", [6, 8, 7, 9]), ("Ongoing", "ongoing", [0, 1, 2, 9])]),
        ("Abuse of position for a sexual purpose", "abuse_of_position_sexual",
         [("Dismissed", "dismissed", [2, 1, 3, 2]), ("Would have been dismissed", "would_have_been_dismissed", [1, 0, 2, 1]),
          ("Final written warning", "final_written_warning", [0, 0, 1, 0]),
          ("Written warning", "written_warning", [0, 0, 0, 0]),
          ("Management action", "management_action", [0, 1, 0, 1]),
          ("No case to answer", "no_case_to_answer", [2, 3, 1, 2]), ("Ongoing", "ongoing", [1, 0, 2, 4])]),
    ]
    lines = ["Kent Police - FOI 24/0219,,,,,,,,",
             '"Allegations of sexual harassment and abuse of position for a sexual purpose against police '
             'officers and police staff, financial year 2023/24, by quarter recorded",,,,,,,,',
             '"<5 = fewer than five, withheld under section 40(2) FOIA (dismissal outcomes only). Q1 = April '
             'to June, Q2 = July to September, Q3 = October to December, Q4 = January to March.",,,,,,,,',
             ",,,,,,,,",
             "Allegation Type,Outcome," + ",".join(qs) + ",Total,,"]
    for label, cat, rows in blocks:
        tot = [0] * 4
        for ol, oc, vals in rows:
            cells = [("<5" if oc in sens and 0 < v < 5 else str(v)) for v in vals + [sum(vals)]]
            lines.append(f'"{label}",{ol},' + ",".join(cells) + ",,")
            for p, v in zip(qp + [FY(2023)], vals + [sum(vals)]):
                KEY.fig(src, force, p, cat, oc, SUP() if (oc in sens and 0 < v < 5) else v)
            tot = [a + b for a, b in zip(tot, vals)]
        lines.append(f'"{label}",Total,' + ",".join(str(v) for v in tot + [sum(tot)]) + ",,")
        for p, v in zip(qp + [FY(2023)], tot + [sum(tot)]):
            KEY.fig(src, force, p, cat, "total", v)
    write_text(src, "\n".join(lines) + "\n", newline="\r\n", bom=True)


def build_hampshire():
    """Hampshire's Windows-1252 export, drifted: staff column before officers, a Total row per
    category (new), '*' cells (new), misogyny."""
    src, force, period = "hampshire/HC-FOI-2024-00412.csv", "hampshire", FY(2023)
    blocks = [
        ("Sexual harassment", "sexual_harassment",
         [("Dismissed", "dismissed", 0, 5), ("Would have been dismissed", "would_have_been_dismissed", 0, 2),
          ("Final written warning", "final_written_warning", 2, 6), ("Written warning", "written_warning", 3, 3),
          ("Management action", "management_action", 6, 14), ("No case to answer", "no_case_to_answer", 5, 17),
          ("Ongoing", "ongoing", 1, 9)]),
        ("Misogyny / sexism", "discriminatory_behaviour",
         [("Dismissed", "dismissed", 0, 1), ("Final written warning", "final_written_warning", 0, 2),
          ("Written warning", "written_warning", 2, 3), ("Management action", "management_action", 5, 8),
          ("No case to answer", "no_case_to_answer", 4, 11), ("Ongoing", "ongoing", 0, 6)]),
    ]
    lines = ["Hampshire & Isle of Wight Constabulary \u2013 Freedom of Information Request HC/FOI/2024/00412",
             "Allegations of sexual harassment and of misogyny or sexism against police staff and police officers "
             "\u2013 financial year 2023/24 (1 April 2023 to 31 March 2024)",
             "Note: \u201c*\u201d denotes fewer than five allegations, withheld under section 40(2). \u201cOngoing\u201d "
             "means the allegation had not been finalised when the data was extracted. All searches were "
             "completed within the appropriate limit of \u00a3450.",
             "Allegation type,Outcome,Police staff,Police officers,Total"]

    def c(v):
        return "*" if 0 < v < 5 else str(v)

    for label, cat, rows in blocks:
        ts = to = 0
        for ol, oc, s, o in rows:
            lines.append(f"{label},{ol},{c(s)},{c(o)},{c(s + o)}")
            KEY.fig(src, force, period, cat, oc, kv(s), subject="staff")
            KEY.fig(src, force, period, cat, oc, kv(o), subject="officers")
            KEY.fig(src, force, period, cat, oc, kv(s + o))
            ts, to = ts + s, to + o
        lines.append(f"{label},Total,{c(ts)},{c(to)},{c(ts + to)}")
        KEY.fig(src, force, period, cat, "total", kv(ts), subject="staff")
        KEY.fig(src, force, period, cat, "total", kv(to), subject="officers")
        KEY.fig(src, force, period, cat, "total", kv(ts + to))
    write_text(src, "\n".join(lines) + "\n", encoding="cp1252", newline="\r\n")


def build_gloucestershire():
    """Long format CSV with a title line, financial years, 'All outcomes' rows as totals,
    '*' for fewer than five and only non-zero rows, notes lines at the bottom."""
    src, force = "gloucestershire/FOI 1290-23 data.csv", "gloucestershire"
    rng = random.Random(1290)
    cats = [("Sexual Misconduct", "sexual_misconduct", 3.0), ("Sexual Harassment", "sexual_harassment", 4.0)]
    subjects = [("Officer", "officers", 1.0), ("Staff", "staff", 0.35)]
    outs = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Management Action", "management_action"),
            ("No Case to Answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Gloucestershire Constabulary - FOI 1290/23 - allegations against officers and staff by "
                "financial year recorded"])
    w.writerow(["Financial Year", "Category", "Subject", "Outcome", "Count"])
    for y in (2021, 2022):
        fy = f"{y}/{(y + 1) % 100:02d}"
        for cl, cat, sc in cats:
            for sl, subj, sf in subjects:
                tot = 0
                for ol, oc in outs:
                    v = max(0, int(rng.gauss(sc * sf * 1.3, sc * sf)))
                    if v == 0:
                        continue
                    w.writerow([fy, cl, sl, ol, shown(v)])
                    KEY.fig(src, force, FY(y), cat, oc, kv(v), subject=subj)
                    tot += v
                if tot:
                    w.writerow([fy, cl, sl, "All outcomes", shown(tot)])
                    KEY.fig(src, force, FY(y), cat, "total", kv(tot), subject=subj)
    w.writerow([])
    w.writerow(["* = fewer than 5 (withheld under s40(2) FOIA). Count = number of allegations. Rows with "
                "no allegations are not shown."])
    w.writerow(["Sexual Misconduct includes inappropriate relationships and sexual conduct. Extracted 09/06/2023."])
    write_text(src, out.getvalue())


# =========================================================================== plain text

STAFFS_RIGHTS = """COMPLAINT RIGHTS

Are you unhappy with how your request has been handled, or do you think the decision is incorrect? You have the right to require Staffordshire Police to review their decision. Prior to lodging a formal complaint you are welcome to discuss the response with the case officer who dealt with your request.

If you are dissatisfied with the outcome you may ask Staffordshire Police to conduct an internal review. Requests should be made in writing within 40 working days from the date of this letter to the Freedom of Information Team at the address above.

If you remain dissatisfied following the internal review, you have the right under section 50 of the Act to complain directly to the Information Commissioner's Office (ICO):

The Information Commissioner's Office
Wycliffe House
Water Lane
Wilmslow
Cheshire
SK9 5AF
Tel: 0303 123 1113
www.ico.org.uk
"""


def build_staffordshire():
    """Staffordshire's prose letter, drifted: numbered questions with a heading per answer; a
    hedged count ('more than twenty', approximate); 'a dozen'; 'retired'; 'none'; not held."""
    src, force, period = "staffordshire/FOI 2207-24 response.txt", "staffordshire", CY(2023)
    KEY.fig(src, force, period, "sexual_harassment", "total", APPROX(21, ""))
    KEY.fig(src, force, period, "sexual_harassment", "dismissed", 5)
    KEY.fig(src, force, period, "sexual_harassment", "final_written_warning", 3)
    KEY.fig(src, force, period, "sexual_harassment", "no_case_to_answer", 9)
    KEY.fig(src, force, period, "abuse_of_position_sexual", "total", 12)
    KEY.fig(src, force, period, "abuse_of_position_sexual", "total", 7, subject="officers")
    KEY.fig(src, force, period, "abuse_of_position_sexual", "total", 5, subject="staff")
    KEY.fig(src, force, period, "abuse_of_position_sexual", "dismissed", 4)
    KEY.fig(src, force, period, "abuse_of_position_sexual", "resigned_or_retired", 1)
    KEY.fig(src, force, period, "abuse_of_position_sexual", "written_warning", 0)
    KEY.fig(src, force, period, "domestic_abuse", "total", NH)
    text = """STAFFORDSHIRE POLICE
Freedom of Information Team
Police Headquarters
Weston Road
Stafford
ST18 0YY

Tel: 101
Email: foi@staffordshire.police.uk

Our Ref: FOI 2207/24
Date: 12 March 2024

Dear Requester,

FREEDOM OF INFORMATION ACT 2000 – REQUEST REFERENCE FOI 2207/24

I write in connection with your request for information received by Staffordshire Police on 13 February 2024, in which you asked:

1. How many allegations of sexual harassment were made against Staffordshire Police officers and staff in the calendar year 2023, and what were the outcomes?
2. How many allegations of abuse of position for a sexual purpose were made against officers and staff in 2023, and what were the outcomes?
3. How many allegations of domestic abuse were made against officers and staff in 2023?

Following receipt of your request, searches were conducted within Staffordshire Police to locate information relevant to your request. I am able to confirm that Staffordshire Police holds some of the information relevant to your request and, in accordance with Section 1(1)(a) and (b) of the Freedom of Information Act 2000, I am able to disclose it to you as follows.

Question 1 – Sexual harassment

Staffordshire Police recorded more than twenty allegations of sexual harassment against officers and staff in 2023. An exact figure cannot be given at present because a number of allegations received late in the year are still being assessed and may yet be recorded under a different heading. Of the allegations that have been finalised, five resulted in dismissal, three resulted in a final written warning and nine were found to have no case to answer.

Question 2 – Abuse of position for a sexual purpose

A dozen allegations of abuse of position for a sexual purpose were recorded in 2023: seven against police officers and five against police staff. Four of these resulted in dismissal, and in one case the officer retired before the misconduct proceedings concluded. None resulted in a written warning. The remainder are still under investigation.

Question 3 – Domestic abuse

Staffordshire Police does not hold this information. Allegations of domestic abuse against officers and staff were not flagged as a separate category on the Professional Standards Department's system until 1 April 2024, and before that date they cannot be distinguished from other allegations of discreditable conduct. This letter serves as notice under Section 1(1)(a) that the information is not held.

Every effort has been made to ensure that the information provided is as accurate as possible. The figures were extracted from the Professional Standards Department's case management system on 4 March 2024 and reflect the position at the time of extraction.

Please note that information released in response to a request made under the Freedom of Information Act 2000 is considered to be a release to the world at large, not just to the individual requester.

""" + STAFFS_RIGHTS + """
Yours sincerely,

R. Bennett
Freedom of Information Officer
Staffordshire Police
"""
    write_text(src, text)


def build_city_of_london():
    """A plain-text email reply above the quoted original request; the request quotes national
    and Met figures (traps); figures in prose; NCND under section 40(5) for one category."""
    src, force, period = "city-of-london/RE FOI request CoLP-24-0145.txt", "city-of-london", FY(2023)
    KEY.fig(src, force, period, "sexual_harassment", "total", 6, subject="officers")
    KEY.fig(src, force, period, "sexual_harassment", "total", 2, subject="staff")
    KEY.fig(src, force, period, "sexual_harassment", "total", 8)
    KEY.fig(src, force, period, "sexual_harassment", "final_written_warning", 1)
    KEY.fig(src, force, period, "sexual_harassment", "management_action", 3)
    KEY.fig(src, force, period, "sexual_harassment", "no_case_to_answer", 2)
    KEY.fig(src, force, period, "sexual_harassment", "ongoing", 2)
    KEY.fig(src, force, period, "abuse_of_position_sexual", "total", NCND("s40(5)"))
    text = """From: Information Access Office <foi@cityoflondon.police.uk>
Sent: 18 June 2024 14:32
To: newsdesk@example-news.co.uk
Subject: RE: Freedom of Information request - sexual misconduct allegations (Ref: CoLP/24/0145)

OFFICIAL

Dear Requester,

Freedom of Information Request Reference No: CoLP/24/0145

I write in response to your email of 20 May 2024 (below), which has been dealt with under the Freedom of Information Act 2000.

Q1. Sexual harassment
In the financial year 2023/24 the City of London Police recorded 6 allegations of sexual harassment against police officers and 2 against police staff. Of these eight allegations, 1 resulted in a final written warning, 3 were dealt with by reflective practice, 2 were found to have no case to answer and 2 were still under investigation at the time of writing.

Q2. Abuse of position for a sexual purpose
The City of London Police neither confirms nor denies that it holds information relevant to this part of your request, by virtue of section 40(5) of the Act (personal information). The City of London Police is a small force of fewer than 1,000 officers and the number of officers working in any one team is small. Confirming or denying whether any allegation of this kind was recorded in a single year would, in combination with information already in the public domain, disclose personal data about identifiable individuals. Section 40(5) is an absolute exemption and no public interest test is required. This email is a refusal notice under section 17(1) of the Act in respect of question 2.

If you are dissatisfied with this response you may request an internal review within 40 working days by replying to this email. If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Kind regards,

Information Access Office
City of London Police
PO Box 36451, 182 Bishopsgate, London EC2M 4WN

OFFICIAL

-----Original Message-----
From: Newsdesk <newsdesk@example-news.co.uk>
Sent: 20 May 2024 09:14
To: foi@cityoflondon.police.uk
Subject: Freedom of Information request - sexual misconduct allegations

Dear City of London Police,

The National Police Chiefs' Council found that 1,539 police officers and staff were accused of violence against women and girls in six months of 2022/23, and the Metropolitan Police has told me it recorded 1,071 allegations of sexual misconduct in 2022/23. Hampshire told me it had 73. Please tell me, for your force, for the financial year 2023/24:

1. How many allegations of sexual harassment were made against officers and staff (separately), and what were the outcomes?
2. How many allegations of abuse of position for a sexual purpose were made against officers and staff, and what were the outcomes?

Yours faithfully,

Newsdesk
"""
    write_text(src, text)


def build_british_transport():
    """Fixed-width tables in a plain-text letter: calendar years as columns plus a multi-year
    column; an outcome table whose Total restates a figure of the first table."""
    src, force = "british-transport/FOI-BTP-2024-0612 response.txt", "british-transport"
    years = [2021, 2022, 2023]
    span = SPAN(CY(2021), CY(2023))
    t1 = [("Sexual assault", "sexual_assault", [8, 11, 9]),
          ("Sexual harassment", "sexual_harassment", [17, 22, 26]),
          ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [3, 2, 5])]
    lines1 = [f"{'Allegation type':<40}{'2021':>8}{'2022':>8}{'2023':>8}{'2021-2023':>12}", "-" * 76]
    for label, cat, vals in t1:
        lines1.append(f"{label:<40}" + "".join(f"{v:>8}" for v in vals) + f"{sum(vals):>12}")
        for y, v in zip(years, vals):
            KEY.fig(src, force, CY(y), cat, "total", v)
        KEY.fig(src, force, span, cat, "total", sum(vals))
    t2 = [("Dismissed", "dismissed", 3), ("Would have been dismissed", "would_have_been_dismissed", 1),
          ("Final written warning", "final_written_warning", 4), ("Written warning", "written_warning", 2),
          ("Reflective practice", "management_action", 6), ("No case to answer", "no_case_to_answer", 7),
          ("Sub judice", "ongoing", 3)]
    lines2 = [f"{'Outcome':<40}{'Allegations':>12}", "-" * 52]
    for label, oc, v in t2:
        lines2.append(f"{label:<40}{v:>12}")
        KEY.fig(src, force, CY(2023), "sexual_harassment", oc, v)
    lines2.append("-" * 52)
    total = sum(v for _, _, v in t2)
    assert total == 26  # restates table 1, keyed there
    lines2.append(f"{'Total':<40}{total:>12}")
    text = """BRITISH TRANSPORT POLICE
Freedom of Information Unit
25 Camden Road
London NW1 9LN

Reference: FOI/2024/0612
Date: 10 April 2024

Dear Requester

Freedom of Information Act 2000 - Request FOI/2024/0612

Thank you for your request received on 12 March 2024. You asked:

"Please provide the number of allegations of sexual assault, sexual harassment and abuse of
position for a sexual purpose recorded against British Transport Police officers and staff in
each calendar year from 2021 to 2023, and, for 2023, the outcomes of the sexual harassment
allegations."

British Transport Police (BTP) holds the information requested, which is set out below. The
figures are allegations recorded against police officers and police staff together. BTP
polices the railways of England, Scotland and Wales and has around 3,100 officers.

Table 1 - Allegations recorded, by calendar year

""" + "\n".join(lines1) + """

Table 2 - Sexual harassment allegations recorded in 2023, by outcome

""" + "\n".join(lines2) + """

'Sub judice' allegations relate to matters before the criminal courts; misconduct proceedings
will follow the conclusion of the criminal case. Reflective practice is the Reflective Practice
Review Process introduced on 1 February 2020.

Complaint rights
If you are dissatisfied with this response you may request an internal review within 40
working days. If you remain dissatisfied you may complain to the Information Commissioner,
Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (0303 123 1113).

Yours sincerely

Freedom of Information Unit
British Transport Police
"""
    write_text(src, text)


def build_south_wales_other():
    """A section 12 refusal of an unrelated request (overtime at football matches): no figures."""
    src = "south-wales/FOI 2024-0355 response.txt"
    text = """South Wales Police / Heddlu De Cymru
Freedom of Information Unit
Police Headquarters, Cowbridge Road, Bridgend CF31 3SU

Our ref: 2024/0355
Date: 26 February 2024

Dear Requester,

FREEDOM OF INFORMATION ACT 2000 - REQUEST 2024/0355

You asked: "How much overtime was paid to South Wales Police officers for policing football
matches at the Cardiff City Stadium and Swansea.com Stadium in each season from 2019/20 to
2022/23, and how many officer hours were deployed at each match?"

South Wales Police estimates that the cost of complying with your request would exceed the
appropriate limit, and the request is refused under section 12(1) of the Act.

Overtime is recorded against an officer's duty record, not against an event. Around 240 match
days took place over the four seasons, and for each one the duty records of every officer
deployed would need to be checked. Allowing 4 hours per event, this would take approximately
960 hours, well above the 18 hours (£450 at £25 per hour) permitted by the Freedom of
Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.

Advice and assistance: the number of officers deployed to Category C fixtures is published in
the force's annual policing plan, and a request covering a single season may fall within the
limit.

If you are dissatisfied you may request an internal review within 40 working days, and then
complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow,
Cheshire SK9 5AF.

Yours sincerely,

Freedom of Information Unit
South Wales Police
"""
    write_text(src, text)


# =========================================================================== main

BUILDERS = [
    build_avon_and_somerset, build_essex, build_south_yorkshire, build_durham, build_cleveland,
    build_west_mercia, build_sussex, build_northumbria, build_gwent, build_national,
    build_dorset_press,
    build_derbyshire, build_north_yorkshire, build_norfolk, build_suffolk, build_surrey,
    build_lincolnshire, build_warwickshire, build_dyfed_powys, build_cheshire,
    build_greater_manchester, build_humberside, build_cambridgeshire_glossary, build_northamptonshire,
    build_psni, build_news_page,
    build_kent, build_hampshire, build_gloucestershire,
    build_staffordshire, build_city_of_london, build_british_transport, build_south_wales_other,
]


def main():
    for b in BUILDERS:
        b()
    KEY.write(kit.ROOT / "expected.csv")
    print(f"{len(BUILDERS)} builders, {len(KEY.rows)} key rows")


if __name__ == "__main__":
    main()
