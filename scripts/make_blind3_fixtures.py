#!/usr/bin/python3
"""make_blind3.py -- regenerate the third blind test batch for `foi` and its answer key.

Writes every response under /work/blind3 (one folder per force id), the hand-keyed answer key
/work/blind3/expected.csv, and nothing else (NOTES.md is written by hand).  Each build_*
function writes one response and, next to the text it writes, the key rows a careful reader
takes from it, following shared/corpus/README.md and the calls recorded in the NOTES of the
first two blind batches.

Every number a user can see in a document is accounted for, occurrence by occurrence:
  * a key row accounts for one printed occurrence of its value (or of the digits in `said`,
    the text as printed: "<5", "fewer than 10", "nil return", "twenty-three");
  * restated=True records a further printed occurrence of a figure already keyed (a figure
    restated in prose or in a second table is keyed once);
  * NONFIG lists every other number: "2024" (a non-figure that may occur any number of times:
    dates, references, section numbers, money, hours, headcounts, percentages) or ("6", 2)
    (exactly two non-figure occurrences of a number that is also a keyed value in the file).
`check` rebuilds everything into a scratch folder (the rebuild must be byte-identical to
/work/blind3 and give the same key), then reads every file in /work/blind3 back as a user would
(pdftotext -layout, python-docx, openpyxl cached values, the CSV in its own encoding, HTML with
tags stripped) and fails unless, for every number, the occurrences in the document equal the
occurrences accounted for by the key and NONFIG, and every `said` text is present.

Needs python3-reportlab, python3-openpyxl and python3-docx (Debian packages; run with
/usr/bin/python3) and poppler-utils (pdftotext).

usage: /usr/bin/python3 make_blind3.py             # rebuild /work/blind3 (responses + expected.csv)
       /usr/bin/python3 make_blind3.py check       # verify determinism and every number
       /usr/bin/python3 make_blind3.py dump FILE   # show FILE (relative to /work/blind3) as read back
"""
import os
import collections
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as kit  # noqa: E402
from blindkit import (dest, write_text, ICO, numbered_canvas, pdf_letter, styles,
                      P, S, xlsx_save, docx_new, docx_save, docx_cell, docx_shade,
                      docx_header_footer, html_page, FY, CY, MON, FQ, SPAN, V,
                      SUP, REF, NCND, NH, read_back, KeyRows, rebuild_identical)  # noqa: E402

FINAL = Path(os.environ.get("FOI_BLIND3_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind3").resolve()
kit.ROOT = FINAL      # where builders write; `check` points it at a scratch folder

# --------------------------------------------------------------------------- key values


NUM_RE = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?(?![A-Za-z\d])")


def num_tokens(text):
    return [t.replace(",", "") for t in NUM_RE.findall(text)]


class Key(KeyRows):
    def __init__(self):
        super().__init__()
        self.files = []
        self.nonfig = {}
        self.occ = {}       # src -> Counter of printed digit tokens accounted for by the key
        self.said = {}      # src -> Counter of printed texts that must be present

    def file(self, src, nonfig=()):
        """Register a response file and the numbers in it that are deliberately not figures."""
        assert src not in self.files, src
        self.files.append(src)
        anyc, exact = set(), collections.Counter()
        for x in nonfig:
            if isinstance(x, tuple):
                exact[str(x[0])] += x[1]
            else:
                anyc.add(str(x))
        self.nonfig[src] = (anyc, exact)
        self.occ[src] = collections.Counter()
        self.said[src] = collections.Counter()

    def _account(self, src, v, said):
        if said is not None:
            self.said[src][said] += 1
            for t in num_tokens(said):
                self.occ[src][t] += 1
        elif isinstance(v, int):
            self.occ[src][str(v)] += 1

    def fig(self, src, force, period, cat, outcome, v, measure="allegations",
            subject="officers_and_staff", said=None, restated=False):
        """One key row.  said: the figure as printed when it is not its digits.
        restated=True: the same figure printed again in the same document (checked equal to the
        first statement, not keyed twice)."""
        assert src in self.files, src
        ident = (src, force, period[0], period[1], cat, measure, subject, outcome)
        row = self.row(ident, v)
        if isinstance(v, V) and v.status in ("suppressed", "approximate"):
            assert said is not None, ("suppressed figures need their printed form", ident)
        self._account(src, v, said)
        self.keep(ident, row, restated)


KEY = Key()

# =========================================================================== PDF responses

def build_bedfordshire():
    """PDF letter; a ruled table whose header has merged cells drawn with lines ('Investigation
    outcome' over three columns, 'Outcome of misconduct proceedings' over six, two labels merged
    down two rows); outcomes at two stages (investigation, then misconduct proceedings for the
    allegations with a case to answer); the requester's reference and the force's reference
    both in the letter; a Total row across the three types (not keyed)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "bedfordshire/FOI 2024-0719 response.pdf", "bedfordshire"
    KEY.file(src, nonfig=[
        "2024", "117", "0719",   # dates; the requester's ref NDS/FOI/2024/117; ours FOI 2024-0719
        "16", "14", "2023", "24", "31", "2000",  # received 16 April, dated 14 May, 2023/24, Act 2000
        "40", "20", "0303", "123", "1113",       # 40(2), 40 and 20 working days, ICO telephone
        "33", "10", "18", "7",   # Total row across the three types: not keyed
        # exact counts of numbers that are also keyed values:
        ("1", 11),   # (1) in the request; section 1(1)(a), 1(1)(b); Table 1 twice; 1 April;
                     # Page 1 of 2; Total row 'Would have been dismissed' 1 and 'Written warning' 1
        ("2", 6),    # (2) in the request; 40(2); Page 1 of 2, Page 2 of 2; Total row 'Not proven' 2
        ("3", 2),    # (3) in the request; Total row 'Reflective practice' 3
        ("4", 1),    # Total row 'Final written warning' 4
        ("5", 1),    # Total row 'Ongoing' 5
    ])
    per = FY(2023)
    st = styles("Helvetica", 10)

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(105 * mm, 290 * mm, "OFFICIAL")
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, 11 * mm, "Bedfordshire Police \u2013 Protecting people and "
                     "fighting crime together")
        c.drawRightString(192 * mm, 11 * mm, f"Page {page} of {pages}")
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(105 * mm, 6 * mm, "OFFICIAL")

    cats = [("Sexual assault", "sexual_assault",
             11, (4, 5, 2), (3, 0, 1, 0, 0, 1)),
            ("Sexual harassment", "sexual_harassment",
             17, (6, 9, 2), (2, 0, 2, 1, 3, 1)),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual",
             5, (0, 4, 1), (2, 1, 1, 0, 0, 0))]
    inv = [("No case to answer", "no_case_to_answer"), ("Case to answer", "other"),
           ("Ongoing", "ongoing")]
    mis = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
           ("Final written warning", "final_written_warning"),
           ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
           ("Not proven", "not_upheld")]
    from reportlab.lib.styles import ParagraphStyle
    hc = ParagraphStyle("hc", parent=st["cellc"], fontSize=7, leading=8.2)
    h = lambda t: P(t, hc)  # noqa: E731
    data = [[h("Allegation type"), h("Allegations recorded"), h("Investigation outcome"), "", "",
             h("Outcome of misconduct proceedings*"), "", "", "", "", ""],
            ["", ""] + [h(l) for l, _ in inv] + [h(l) for l, _ in mis]]
    tot = [0] * 10
    for label, cat, total, iv, mv in cats:
        assert sum(iv) == total and sum(mv) == iv[1], label
        data.append([P(label, st["cell"]), str(total)] + [str(v) for v in iv + mv])
        KEY.fig(src, force, per, cat, "total", total)
        for (l, oc), v in zip(inv + mis, iv + mv):
            KEY.fig(src, force, per, cat, oc, v)
        tot = [a + b for a, b in zip(tot, (total,) + iv + mv)]
    data.append([P("<b>Total</b>", st["cell"])] + [str(v) for v in tot])
    widths = [28 * mm, 17 * mm] + [15 * mm] * 9
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=2)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (4, 0)), ("SPAN", (5, 0), (10, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#DCE6F1")),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"), ("VALIGN", (0, 2), (-1, -1), "MIDDLE"),
        ("FONT", (0, 2), (-1, -1), "Helvetica", 9),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
        ("ALIGN", (1, 2), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    refs = Table([["Your ref:", "NDS/FOI/2024/117"], ["Our ref:", "FOI 2024-0719"],
                  ["Date:", "14 May 2024"]], colWidths=[22 * mm, 60 * mm], hAlign="LEFT")
    refs.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5),
                              ("FONT", (1, 0), (1, -1), "Helvetica", 9.5),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [
        P("<b>Bedfordshire Police</b>", st["right"]),
        P("Information Access Team", st["right"]),
        P("Police Headquarters, Woburn Road", st["right"]),
        P("Kempston, Bedford MK43 9AX", st["right"]),
        P("foi@bedfordshire.police.uk", st["right"]),
        S(10),
        P("Data Desk<br/>Example News Group<br/>By email only", st["body"]),
        refs, S(8),
        P("Dear Requester,", st["body"]),
        P("<b>Freedom of Information Act 2000 \u2013 Request reference FOI 2024-0719</b>",
          st["body"]),
        P("I write in connection with your request for information received on 16 April 2024, "
          "which has been considered under the Freedom of Information Act 2000 (the Act). You "
          "asked:", st["body"]),
        P("\u201cFor the financial year 2023/24, please provide the number of allegations of (1) "
          "sexual assault, (2) sexual harassment and (3) abuse of position for a sexual purpose "
          "recorded against Bedfordshire Police officers and police staff, together with (a) "
          "the outcome of the investigation into each allegation and (b) where a case to answer "
          "was found, the outcome of the misconduct proceedings.\u201d", st["quote"]),
        P("<b>Response</b>", st["h2"]),
        P("Bedfordshire Police holds the information you have requested and in accordance with "
          "section 1(1)(a) and section 1(1)(b) of the Act it is provided in Table 1 below. The "
          "figures are numbers of allegations recorded by the Professional Standards Department "
          "between 1 April 2023 and 31 March 2024, and cover police officers and police staff "
          "together. One complaint or conduct matter may contain several allegations.",
          st["body"]),
        P("<b>Table 1: Allegations recorded in 2023/24, by outcome of the investigation and of "
          "any misconduct proceedings</b>", st["body"]),
        table, S(4),
        P("* Misconduct proceedings follow only where the investigation found a case to answer, "
          "so each allegation in the \u2018Case to answer\u2019 column appears again under the "
          "outcome of its proceedings. \u2018Not proven\u2019 means that the misconduct meeting "
          "or hearing found the allegation not proven. \u2018Reflective practice\u2019 is the "
          "Reflective Practice Review Process. The Total row is the sum of the three types of "
          "allegation.", st["small"]),
        P("No information has been withheld. We have considered whether any figure should be "
          "withheld under section 40(2) of the Act (personal information) and concluded that, as "
          "the figures are not broken down by rank, role or location, no individual can be "
          "identified from them.", st["body"]),
        P("<b>Your right to complain</b>", st["h2"]),
        P("If you are dissatisfied with this response you may ask for an internal review within "
          "40 working days of the date of this letter by writing to the Information Access Team "
          "at the address above. We aim to complete reviews within 20 working days. If you "
          "remain dissatisfied you may complain to the " + ICO + " (telephone 0303 123 1113).",
          st["body"]),
        P("Yours sincerely,<br/><br/>Information Access Officer<br/>Bedfordshire Police",
          st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(15, 15, 22, 20), title="FOI 2024-0719",
               author="Bedfordshire Police Information Access Team")


def build_cumbria():
    """PDF letter; a table with alternating row shading and no lines at all; two count columns
    side by side, allegations and individuals (measure allegations and measure individuals in
    one table); police officers and police staff as rows; a data note with a year ('Data
    extracted on 4 April 2024 from Centurion'); a count of individuals across all types (31)
    that is not a figure."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "cumbria/FOI 2024-0291 response.pdf", "cumbria"
    KEY.file(src, nonfig=[
        "0291", "2000", "2023", "2024", "40",   # reference, Act, years, 40 working days
        "1",          # page furniture '1/1'
        "31",         # individuals across all types: not a figure of one category
        ("4", 1),     # 'Data extracted on 4 April 2024'
        ("19", 1),    # 'Date of response: 19 April 2024'
    ])
    per = CY(2023)
    st = styles("Helvetica", 10)

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#1F3864"))
        c.rect(0, 287 * mm, 210 * mm, 10 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(20 * mm, 290.5 * mm, "CUMBRIA CONSTABULARY")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 10 * mm, "Cumbria Constabulary, Carleton Hall, Penrith, Cumbria "
                     "CA10 2AU  |  www.cumbria.police.uk")
        c.drawRightString(190 * mm, 10 * mm, f"{page}/{pages}")

    rows = [("Sexual assault", "sexual_assault", "Police officers", "officers", 8, 6),
            ("Sexual assault", "sexual_assault", "Police staff", "staff", 2, 2),
            ("Sexual harassment", "sexual_harassment", "Police officers", "officers", 19, 13),
            ("Sexual harassment", "sexual_harassment", "Police staff", "staff", 5, 4),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual",
             "Police officers", "officers", 4, 3),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual",
             "Police staff", "staff", 0, 0),
            ("Inappropriate relationships", "sexual_misconduct", "Police officers", "officers",
             7, 7),
            ("Inappropriate relationships", "sexual_misconduct", "Police staff", "staff", 3, 2)]
    data = [["Allegation type", "Employee type", "Number of\nallegations",
             "Number of individuals\nsubject to allegations"]]
    for label, cat, sl, subj, a, i in rows:
        data.append([P(label, st["cell"]), sl, str(a), str(i)])
        KEY.fig(src, force, per, cat, "total", a, subject=subj)
        KEY.fig(src, force, per, cat, "total", i, measure="individuals", subject=subj)
    table = Table(data, colWidths=[62 * mm, 32 * mm, 26 * mm, 46 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.HexColor("#F2F2F2"), colors.white]),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story = [
        S(4),
        P("Freedom of Information Request FOI 2024/0291", st["h"]),
        P("Date of response: 19 April 2024", st["body"]),
        P("Dear Requester,", st["body"]),
        P("Thank you for your request for information, which has been dealt with under the "
          "Freedom of Information Act 2000. You asked:", st["body"]),
        P("<i>For the calendar year 2023, please provide the number of allegations of sexual "
          "assault, sexual harassment, abuse of position for a sexual purpose and inappropriate "
          "relationships made against (a) police officers and (b) police staff of Cumbria "
          "Constabulary, and the number of individual officers and staff those allegations were "
          "made against.</i>", st["quote"]),
        P("Cumbria Constabulary holds this information, and it is set out in the table below. "
          "The first count column is the number of allegations; the second is the number of "
          "individuals (officers or members of staff) against whom those allegations were made. "
          "One individual may be the subject of more than one allegation, so the two columns "
          "differ.", st["body"]),
        table, S(6),
        P("Data extracted on 4 April 2024 from Centurion. Figures are live and may differ from "
          "figures published elsewhere, as allegations are sometimes re-categorised as an "
          "investigation progresses.", st["small"]),
        P("An individual may be the subject of allegations of more than one type, and is then "
          "counted once under each type. In total, 31 individuals were the subject of at least "
          "one of these allegations in 2023.", st["small"]),
        S(4),
        P("<b>Complaint rights</b>", st["h2"]),
        P("If you are unhappy with the way your request has been handled you may ask for an "
          "internal review by writing to the Freedom of Information Officer at the address below "
          "within 40 working days. If you are still dissatisfied you may apply to the " + ICO +
          ".", st["body"]),
        P("Yours faithfully,<br/><br/>Freedom of Information Officer<br/>Information Compliance "
          "Unit", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 20, 20), title="FOI 2024/0291",
               author="Cumbria Constabulary")


def build_leicestershire():
    """PDF letter; two tables whose numbers are right-aligned under centred headers; calendar
    years in Table 1 (2022, 2023) and a financial year in Table 2 (allegations finalised in
    2023/24) in the same response; 'Less than 5' cells (s40(2), 0..4)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "leicestershire/FOI 001522-24 response.pdf", "leicestershire"
    KEY.file(src, nonfig=[
        "001522", "2000", "2022", "2023", "2024", "24", "31", "40",  # ref, Act, years, 31 March
        "1", "2",     # question numbers 1. and 2., 'Question 1/2', 1 April, 40(2), 'Page 1/2'
        ("5", 2),     # 'less than 5 ... shown as Less than 5' in the explanation
        ("7", 1),     # 7 May 2024
        ("9", 1),     # 9 April 2024
    ])
    st = styles("Times-Roman", 11)
    LT5 = "Less than 5"

    def show(v):
        return LT5 if 1 <= v <= 4 else str(v)

    def fig(per, cat, oc, v):
        if 1 <= v <= 4:
            KEY.fig(src, force, per, cat, oc, SUP(), said=LT5)
        else:
            KEY.fig(src, force, per, cat, oc, v)

    def furniture(c, page, pages):
        c.setFont("Times-Roman", 8)
        c.drawCentredString(105 * mm, 12 * mm, f"Leicestershire Police \u2013 Page {page}")
        c.drawRightString(190 * mm, 287 * mm, "NOT PROTECTIVELY MARKED")

    t1cats = [("Sexual assault", "sexual_assault", 9, 12),
              ("Sexual harassment", "sexual_harassment", 21, 26),
              ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", 3, 6),
              ("Domestic abuse", "domestic_abuse", 14, 11)]
    d1 = [["Allegation type", "2022", "2023"]]
    for label, cat, a, b in t1cats:
        d1.append([label, show(a), show(b)])
        fig(CY(2022), cat, "total", a)
        fig(CY(2023), cat, "total", b)
    base = [("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
            ("FONT", (0, 1), (-1, -1), "Times-Roman", 10.5),
            ("ALIGN", (1, 0), (-1, 0), "CENTER"), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("RIGHTPADDING", (1, 1), (-1, -1), 14),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
    tab1 = Table(d1, colWidths=[80 * mm, 32 * mm, 32 * mm], hAlign="LEFT")
    tab1.setStyle(TableStyle(base))
    per2 = FY(2023)
    t2cats = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
              ("Abuse of position\nfor a sexual purpose", "abuse_of_position_sexual"),
              ("Domestic abuse", "domestic_abuse")]
    t2 = [("Dismissed", "dismissed", (2, 5, 3, 0)),
          ("Final written warning", "final_written_warning", (0, 7, 0, 3)),
          ("Written warning", "written_warning", (0, 6, 0, 5)),
          ("Management action", "management_action", (1, 9, 0, 6)),
          ("No case to answer", "no_case_to_answer", (8, 11, 2, 7))]
    d2 = [["Outcome"] + [c[0] for c in t2cats]]
    tots = [0, 0, 0, 0]
    for ol, oc, vals in t2:
        d2.append([ol] + [show(v) for v in vals])
        for (cl, cat), v in zip(t2cats, vals):
            fig(per2, cat, oc, v)
        tots = [a + b for a, b in zip(tots, vals)]
    d2.append(["Total finalised"] + [show(v) for v in tots])
    for (cl, cat), v in zip(t2cats, tots):
        fig(per2, cat, "total", v)
    tab2 = Table(d2, colWidths=[46 * mm, 30 * mm, 32 * mm, 36 * mm, 28 * mm], hAlign="LEFT")
    tab2.setStyle(TableStyle(base + [("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                                     ("FONT", (0, -1), (-1, -1), "Times-Bold", 10.5),
                                     ("RIGHTPADDING", (1, 1), (-1, -1), 12)]))
    story = [
        P("<b>Leicestershire Police</b>", st["h"]),
        P("Information Management<br/>Force Headquarters, St Johns, Enderby<br/>Leicester "
          "LE19 2BX", st["body"]),
        S(6),
        P("Reference: FOI 001522-24<br/>Date: 7 May 2024", st["body"]),
        P("Dear Requester,", st["body"]),
        P("I write in response to your request for information dated 9 April 2024, in which you "
          "asked:", st["body"]),
        P("1. How many allegations of sexual assault, sexual harassment, abuse of position for a "
          "sexual purpose and domestic abuse were made against Leicestershire Police officers "
          "and staff in each of the calendar years 2022 and 2023?", st["quote"]),
        P("2. Of the allegations of those types that were finalised in the financial year "
          "2023/24, what were the outcomes?", st["quote"]),
        P("Leicestershire Police holds the information. Both tables count allegations against "
          "police officers and police staff together.", st["body"]),
        P("<b>Question 1</b>", st["h2"]),
        P("The table below shows the number of allegations recorded in each calendar year, by "
          "the date the allegation was recorded.", st["body"]),
        tab1, S(8),
        P("<b>Question 2</b>", st["h2"]),
        P("Outcomes are recorded when an allegation is finalised, so the table below is by the "
          "financial year in which the allegation was finalised (1 April 2023 to 31 March 2024), "
          "not the year in which it was recorded; an allegation finalised in 2023/24 may have "
          "been recorded in an earlier year. Allegations still under investigation are not "
          "included.", st["body"]),
        tab2, S(8),
        P("Where a figure is less than 5 it is shown as \u2018Less than 5\u2019. The exact "
          "number has been withheld under section 40(2) of the Freedom of Information Act 2000, "
          "as such small numbers, combined with the outcomes of misconduct hearings published "
          "on our website, could identify the individuals concerned.", st["body"]),
        P("If you are dissatisfied with this response you may request an internal review "
          "within 40 working days. If you remain dissatisfied you may complain to the " + ICO +
          ".", st["body"]),
        P("Yours sincerely,<br/><br/>Disclosure Officer<br/>Information Management",
          st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(22, 22, 24, 22), title="FOI 001522-24",
               author="Leicestershire Police")


def build_wiltshire():
    """PDF letter; footnotes in small type under the tables, with superscript markers glued to
    labels ('Sexual harassment1', 'Ongoing2', 'Total3'); periods 'Rolling 12 months to March
    2024' and '12 months to March 2023' only in the column headers; a Total column across the
    four categories (not keyed); a Total row restating Table 1; an 'of which' count of ongoing
    allegations in a footnote (not keyed)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "wiltshire/FOI 2024-03387 response.pdf", "wiltshire"
    KEY.file(src, nonfig=[
        "03387", "2022", "2023", "2024", "40", "12",  # ref, years, 40 working days, '12 months'
        "23",         # 23 April 2024
        "8", "47",    # Total column (across the four types): not keyed
        ("1", 6),     # superscript 1 on 'Sexual harassment', footnote 1, 1 April 2022, Table 1,
                      # 'page 1 of 1' (two)
        ("2", 5),     # superscript 2 on 'Ongoing', footnote 2, Table 2, 2 April 2024,
                      # Total column 'Resigned or retired' 2
        ("3", 1),     # footnote 3 (the superscript on 'Total3' is glued to the word)
        ("4", 2),     # footnote 4; '4 are awaiting the outcome of criminal proceedings' (an
                      # 'of which' part of ongoing, not keyed)
        ("5", 1),     # Total column 'Written warning' 5
        ("6", 3),     # Total column 'Final written warning' 6 and 'Ongoing' 6; 'Of the 6
                      # allegations shown as ongoing' (across types)
        ("10", 2),    # Total column 'Reflective practice' 10 and 'No case to answer' 10
    ])
    st = styles("Helvetica", 10)
    prev, cur = FY(2022), FY(2023)   # 12 months to March 2023 / rolling 12 months to March 2024

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 10 * mm, "Wiltshire Police, London Road, Devizes, Wiltshire "
                     "SN10 2DN")
        c.drawRightString(190 * mm, 10 * mm, f"FOI 2024-03387  \u2013  page {page} of {pages}")

    cats = [("Sexual assault", "sexual_assault", 7, 10),
            ("Sexual harassment<super>1</super>", "sexual_harassment", 18, 24),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", 5, 4),
            ("Other sexual misconduct", "sexual_misconduct", 6, 9)]
    d1 = [[P("<b>Allegation type</b>", st["cell"]),
           P("<b>12 months to<br/>March 2023</b>", st["cellc"]),
           P("<b>Rolling 12 months<br/>to March 2024</b>", st["cellc"])]]
    for label, cat, a, b in cats:
        d1.append([P(label, st["cell"]), str(a), str(b)])
        KEY.fig(src, force, prev, cat, "total", a)
        KEY.fig(src, force, cur, cat, "total", b)
    grid = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
            ("FONT", (0, 1), (-1, -1), "Helvetica", 9), ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    tab1 = Table(d1, colWidths=[70 * mm, 34 * mm, 38 * mm], hAlign="LEFT")
    tab1.setStyle(TableStyle(grid))
    outs = [("Dismissed", "dismissed", (2, 3, 2, 1)),
            ("Resigned or retired", "resigned_or_retired", (1, 0, 1, 0)),
            ("Final written warning", "final_written_warning", (0, 4, 0, 2)),
            ("Written warning", "written_warning", (1, 3, 0, 1)),
            ("Reflective practice", "management_action", (1, 6, 0, 3)),
            ("No case to answer", "no_case_to_answer", (3, 5, 0, 2)),
            ("Ongoing<super>2</super>", "ongoing", (2, 3, 1, 0))]
    hdr = ["Outcome", "Sexual<br/>assault", "Sexual<br/>harassment", "Abuse of<br/>position",
           "Other sexual<br/>misconduct", "Total<super>3</super>"]
    d2 = [[P(f"<b>{h}</b>", st["cellc"]) for h in hdr]]
    tots = [0, 0, 0, 0]
    for ol, oc, vals in outs:
        d2.append([P(ol, st["cell"])] + [str(v) for v in vals] + [str(sum(vals))])
        for (cl, cat, a, b), v in zip(cats, vals):
            KEY.fig(src, force, cur, cat, oc, v)
        tots = [x + y for x, y in zip(tots, vals)]
    assert tots == [c[3] for c in cats], tots
    d2.append([P("<b>Total</b>", st["cell"])] + [str(v) for v in tots] + [str(sum(tots))])
    for (cl, cat, a, b), v in zip(cats, tots):
        KEY.fig(src, force, cur, cat, "total", v, restated=True)
    tab2 = Table(d2, colWidths=[44 * mm, 22 * mm, 24 * mm, 22 * mm, 26 * mm, 20 * mm],
                 hAlign="LEFT")
    tab2.setStyle(TableStyle(grid + [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]))
    ongoing_all = sum(o[2][i] for o in outs if o[1] == "ongoing" for i in range(4))
    story = [
        P("<b>Wiltshire Police</b>", st["h"]),
        P("Public Disclosure Unit", st["body"]),
        S(4),
        P("Our reference: FOI 2024-03387<br/>23 April 2024", st["body"]),
        P("Dear Requester,", st["body"]),
        P("<b>Request</b>", st["h2"]),
        P("<i>How many allegations of sexual misconduct have been made against Wiltshire Police "
          "officers and staff in the last 12 months, by type and by outcome, and how does this "
          "compare with the previous 12 months?</i>", st["quote"]),
        P("<b>Response</b>", st["h2"]),
        P("Wiltshire Police holds the information you requested. The figures below are for the "
          "last complete 12 months when your request was received and for the 12 months "
          "before. They are allegations against police officers and police staff together.",
          st["body"]),
        P("<b>Table 1 \u2013 Allegations by type</b>", st["body"]),
        tab1, S(8),
        P("<b>Table 2 \u2013 Outcome of the allegations in the rolling 12 months to March 2024"
          "</b>", st["body"]),
        tab2, S(6),
        P("<super>1</super> Sexual harassment has been recorded as a separate category since "
          "1 April 2022; earlier allegations of this kind were recorded as discreditable "
          "conduct.", st["tiny"]),
        P(f"<super>2</super> Ongoing includes allegations awaiting a misconduct hearing and "
          f"allegations subject to criminal proceedings. Of the {ongoing_all} allegations shown "
          f"as ongoing, 4 are awaiting the outcome of criminal proceedings.", st["tiny"]),
        P("<super>3</super> The Total column is the total of the four types of allegation.",
          st["tiny"]),
        P("<super>4</super> Source: Centurion. Data as at 2 April 2024.", st["tiny"]),
        S(8),
        P("If you are unhappy with this response you may request an internal review within 40 "
          "working days of the date of this letter. If you remain dissatisfied you may complain "
          "to the " + ICO + ".", st["body"]),
        P("Yours sincerely<br/><br/>Public Disclosure Officer", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 22, 20), title="FOI 2024-03387",
               author="Wiltshire Police")


def build_nottinghamshire():
    """One-page PDF with a shaded sidebar beside the main column ('At a glance' box restating
    the three totals as digits, contact numbers, related request references); the main column
    gives every figure in number words up to 'twenty-three'; a nil in a sentence ('No
    allegations of sexual harassment resulted in a written warning'); complaint rights on a
    second, single-column page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                    PageBreak, PageTemplate)
    src, force = "nottinghamshire/FOI-002981-24.pdf", "nottinghamshire"
    KEY.file(src, nonfig=[
        "002981", "000412", "001187", "002310", "24", "2023", "2024",  # references, years
        "1", "2", "12", "31", "40",     # 1 January, 'Page 1 of 2', 12 February, 31 December, 40 days
        "101", "800", "2471",           # telephone in the sidebar
        ("23", 1),                      # the '-23' of the sidebar reference FOI-001187-23
    ])
    per = CY(2023)
    st = styles("Helvetica", 10)
    from reportlab.lib.styles import ParagraphStyle
    side = ParagraphStyle("side", parent=st["body"], fontSize=8.5, leading=11, spaceAfter=4)
    sideh = ParagraphStyle("sideh", parent=side, fontName="Helvetica-Bold", fontSize=10,
                           textColor=colors.HexColor("#003B71"))
    big = ParagraphStyle("big", parent=side, fontName="Helvetica-Bold", fontSize=16, leading=18,
                         spaceAfter=0, textColor=colors.HexColor("#003B71"))

    sa = [("total", 17, "Seventeen"), ("dismissed", 3, "Three"),
          ("would_have_been_dismissed", 1, "one"), ("no_case_to_answer", 9, "Nine"),
          ("ongoing", 4, "four")]
    sh = [("total", 23, "twenty-three"), ("dismissed", 4, "four"),
          ("final_written_warning", 2, "two"), ("management_action", 7, "seven"),
          ("no_case_to_answer", 6, "six"), ("ongoing", 4, "four")]
    ap = [("total", 8, "Eight"), ("dismissed", 5, "Five"), ("resigned_or_retired", 1, "one"),
          ("ongoing", 2, "two")]
    for cat, lst in (("sexual_harassment", sh), ("sexual_assault", sa),
                     ("abuse_of_position_sexual", ap)):
        assert lst[0][1] == sum(v for _, v, _ in lst[1:]), cat
        for oc, v, w in lst:
            KEY.fig(src, force, per, cat, oc, v, said=w)
    nil = "No allegations of sexual harassment resulted in a written warning"
    KEY.fig(src, force, per, "sexual_harassment", "written_warning", 0, said=nil)
    # the sidebar restates the three totals as digits
    for cat, v in (("sexual_harassment", 23), ("sexual_assault", 17),
                   ("abuse_of_position_sexual", 8)):
        KEY.fig(src, force, per, cat, "total", v, restated=True)

    def first_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#E8EEF5"))
        c.rect(143 * mm, 22 * mm, 50 * mm, 250 * mm, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#003B71"))
        c.rect(0, 277 * mm, 210 * mm, 20 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(17 * mm, 284 * mm, "Nottinghamshire Police")
        c.setFont("Helvetica", 9)
        c.drawRightString(193 * mm, 284 * mm, "Information Management | Sherwood Lodge")
        c.restoreState()

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.drawString(17 * mm, 12 * mm, "Nottinghamshire Police, Sherwood Lodge, Arnold, "
                     "Nottingham NG5 8PP")
        c.drawRightString(193 * mm, 12 * mm, f"Page {page} of {pages}")

    doc = BaseDocTemplate(str(dest(src)), pagesize=A4, title="FOI-002981-24",
                          author="Nottinghamshire Police", creator="Nottinghamshire Police")
    main = Frame(17 * mm, 22 * mm, 120 * mm, 248 * mm, id="main", showBoundary=0)
    sidebar = Frame(146 * mm, 24 * mm, 44 * mm, 244 * mm, id="side", showBoundary=0)
    whole = Frame(17 * mm, 22 * mm, 176 * mm, 255 * mm, id="whole")
    doc.addPageTemplates([PageTemplate("first", [main, sidebar], onPage=first_page),
                          PageTemplate("rest", [whole])])
    story = [
        P("Freedom of Information Request FOI-002981-24", st["h"]),
        P("Date: 12 February 2024", st["body"]),
        P("Dear Requester,", st["body"]),
        P("You asked:", st["body"]),
        P("\u201cPlease tell me how many allegations of sexual harassment, sexual assault and "
          "abuse of position for a sexual purpose were recorded against Nottinghamshire Police "
          "officers and staff in 2023, and what happened as a result.\u201d", st["quote"]),
        P("Nottinghamshire Police holds this information. The figures below relate to "
          "allegations recorded between 1 January and 31 December 2023 against police officers "
          "and police staff, and the position as at the end of January.", st["body"]),
        P("<b>Sexual harassment</b>", st["h2"]),
        P("In 2023 we recorded twenty-three allegations of sexual harassment against officers "
          "and staff. Of these, four resulted in dismissal, two in a final written warning and "
          "seven in reflective practice; in six there was no case to answer, and four are "
          "still under investigation. " + nil + ".", st["body"]),
        P("<b>Sexual assault</b>", st["h2"]),
        P("Seventeen allegations of sexual assault were recorded. Three resulted in dismissal, "
          "and in one further case the officer would have been dismissed had they not resigned "
          "before the hearing. Nine were found to have no case to answer and four remain under "
          "investigation.", st["body"]),
        P("<b>Abuse of position for a sexual purpose</b>", st["h2"]),
        P("Eight allegations of abuse of position for a sexual purpose were recorded. Five of "
          "these resulted in dismissal and one in the officer resigning before the hearing "
          "could take place; the remaining two are awaiting a misconduct hearing.", st["body"]),
        P("Every allegation of abuse of position for a sexual purpose is referred to the "
          "Independent Office for Police Conduct, and a criminal investigation is considered "
          "in every case.", st["body"]),
        FrameBreak(),
        P("At a glance: 2023", sideh),
        P("23", big), P("allegations of sexual harassment", side),
        P("17", big), P("allegations of sexual assault", side),
        P("8", big), P("allegations of abuse of position for a sexual purpose", side),
        S(10),
        P("<b>Contact us</b>", side),
        P("Information Management<br/>Telephone 101 ext 800 2471<br/>"
          "foi@notts.police.uk", side),
        S(6),
        P("<b>Related requests</b>", side),
        P("FOI-000412-24 Misconduct hearings held in 2023", side),
        P("FOI-001187-23 Vetting refusals", side),
        P("FOI-002310-24 Police staff disciplinary outcomes", side),
        NextPageTemplate("rest"), PageBreak(),
        P("<b>Your right to complain</b>", st["h2"]),
        P("If you are not satisfied with this response you may request an internal review "
          "within 40 working days of the date of this letter. If you remain dissatisfied you "
          "may complain to the " + ICO + ".", st["body"]),
        P("Yours sincerely,<br/><br/>Information Management<br/>Nottinghamshire Police",
          st["body"]),
    ]
    doc.build(story, canvasmaker=numbered_canvas(furniture))


def build_west_yorkshire():
    """A spreadsheet printed to PDF: gridlines round every cell (including empty ones), Excel's
    print headings (column letters A-F across the top, row numbers 1-23 down the left: not
    figures), the file name as the print header and 'Page 1 of 1' as the footer; long text in
    A1, A2 and the note rows spills across empty cells; numbers right-aligned and text
    left-aligned as Excel does; 'n/a' in the Police staff column for outcomes that do not
    apply to staff (defined as not applicable: no row), with the Total beside it keyed."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rlcanvas
    src, force = "west-yorkshire/FOI 2024-1877 data.pdf", "west-yorkshire"
    KEY.file(src, nonfig=[
        "1877", "2020", "2023", "2024", "02", "08", "31",  # reference, regulations, dates
        # Excel's row headings 1-23 (down the left edge) are not figures: each row number that is
        # not also a keyed value may occur any number of times, the others exactly:
        "10", "11", "12", "13", "15", "16", "18", "20", "21", "22", "23",
        ("1", 4),      # row heading 1; '1 January 2023'; 'Page 1 of 1' (two)
        ("2", 1), ("3", 1), ("4", 1), ("5", 1), ("6", 1), ("7", 1), ("8", 1), ("9", 1),
        ("14", 1), ("17", 1), ("19", 1),   # row headings equal to keyed values
    ])
    per = CY(2023)
    blocks = [("Sexual assault", "sexual_assault", [
        ("Dismissed", "dismissed", 4, 1), ("Would have been dismissed", "would_have_been_dismissed",
                                           1, None),
        ("Reduction in rank", "reduction_in_rank", 0, None),
        ("Final written warning", "final_written_warning", 2, 1),
        ("Written warning", "written_warning", 1, 2),
        ("Reflective practice", "management_action", 3, 2),
        ("No case to answer", "no_case_to_answer", 6, 3)]),
        ("Sexual harassment", "sexual_harassment", [
            ("Dismissed", "dismissed", 5, 2),
            ("Would have been dismissed", "would_have_been_dismissed", 2, None),
            ("Reduction in rank", "reduction_in_rank", 1, None),
            ("Final written warning", "final_written_warning", 4, 2),
            ("Written warning", "written_warning", 3, 4),
            ("Reflective practice", "management_action", 9, 5),
            ("No case to answer", "no_case_to_answer", 8, 6)])]
    rows = {1: [("West Yorkshire Police \u2013 Professional Standards Department", "Lb")],
            2: [("FOI 2024-1877 \u2013 sexual misconduct allegations, officers and staff, "
                 "1 January 2023 to 31 December 2023", "L")],
            4: [("Allegation type", "Lb"), ("Outcome", "Lb"), ("Police officers", "Rb"),
                ("Police staff", "Rb"), ("Total", "Rb")]}
    r = 5
    for label, cat, outs in blocks:
        to = ts = 0
        for ol, oc, o, s in outs:
            t = o + (s or 0)
            rows[r] = [(label, "L"), (ol, "L"), (str(o), "R"),
                       ("n/a", "L") if s is None else (str(s), "R"), (str(t), "R")]
            KEY.fig(src, force, per, cat, oc, o, subject="officers")
            if s is not None:
                KEY.fig(src, force, per, cat, oc, s, subject="staff")
            KEY.fig(src, force, per, cat, oc, t)
            to, ts = to + o, ts + (s or 0)
            r += 1
        rows[r] = [(label, "Lb"), ("Total", "Lb"), (str(to), "Rb"), (str(ts), "Rb"),
                   (str(to + ts), "Rb")]
        KEY.fig(src, force, per, cat, "total", to, subject="officers")
        KEY.fig(src, force, per, cat, "total", ts, subject="staff")
        KEY.fig(src, force, per, cat, "total", to + ts)
        r += 1
    rows[r + 1] = [("n/a = not applicable: police staff are not subject to the Police (Conduct) "
                    "Regulations 2020.", "L")]
    rows[r + 2] = [("Source: Centurion, extracted 08/02/2024. Allegations recorded in the "
                    "period, with the outcome as at the date of extraction.", "L")]
    nrows = r + 2
    widths = [36, 46, 24, 24, 18, 24]   # mm, columns A-F
    letters = "ABCDEF"
    x0, rh, hw = 14 * mm, 5.2 * mm, 8 * mm
    ytop = 270 * mm
    c = rlcanvas.Canvas(str(dest(src)), pagesize=A4, invariant=1)
    c.setTitle("FOI_2024-1877_data.xlsx")
    c.setAuthor("West Yorkshire Police")
    c.setCreator("Microsoft\u00ae Excel\u00ae for Microsoft 365")
    c.setFont("Helvetica", 8)
    c.drawCentredString(105 * mm, 285 * mm, "FOI_2024-1877_data.xlsx")
    c.drawCentredString(105 * mm, 10 * mm, "Page 1 of 1")
    xs = [x0 + hw]
    for w in widths:
        xs.append(xs[-1] + w * mm)
    # print headings
    c.setFillColor(colors.HexColor("#EDEDED"))
    c.rect(x0, ytop, xs[-1] - x0, rh, fill=1, stroke=0)
    c.rect(x0, ytop - nrows * rh, hw, nrows * rh, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.5)
    for i, L in enumerate(letters):
        c.drawCentredString((xs[i] + xs[i + 1]) / 2, ytop + 1.6 * mm, L)
    for n in range(1, nrows + 1):
        c.drawCentredString(x0 + hw / 2, ytop - n * rh + 1.6 * mm, str(n))
    # gridlines: horizontal everywhere, vertical except where text spills into empty cells
    c.setStrokeColor(colors.HexColor("#A6A6A6"))
    c.setLineWidth(0.3)
    for n in range(0, nrows + 1):
        c.line(x0, ytop - n * rh, xs[-1], ytop - n * rh)
    c.line(x0, ytop + rh, xs[-1], ytop + rh)
    for i, x in enumerate([x0] + xs):
        c.line(x, ytop + rh, x, ytop)
    for n in range(1, nrows + 1):
        cells = rows.get(n, [])
        spill = len(cells) == 1
        y1, y2 = ytop - (n - 1) * rh, ytop - n * rh
        for i, x in enumerate([x0] + xs):
            if spill and 2 <= i < len(xs):
                continue
            c.line(x, y1, x, y2)
    for n, cells in rows.items():
        y = ytop - n * rh + 1.6 * mm
        for i, (text, how) in enumerate(cells):
            c.setFont("Helvetica-Bold" if "b" in how else "Helvetica", 8)
            if how.startswith("R"):
                c.drawRightString(xs[i + 1] - 1 * mm, y, text)
            else:
                c.drawString(xs[i] + 1 * mm, y, text)
    c.showPage()
    c.save()


def build_essex():
    """Portrait letter, then an A4 landscape annex with a wide table: twelve month columns
    ('Apr-23' ... 'Mar-24'), a Total column (the financial year) and a 'Monthly average'
    column (decimals: not figures); the allegation type printed only on its Officers row; an
    'All allegations' row across types and subjects (not keyed); explicit zeros keyed."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                    PageTemplate, Table, TableStyle)
    src, force = "essex/FOI-11873-24 response.pdf", "essex"
    KEY.file(src, nonfig=[
        "11873", "2000", "2023", "2024", "23", "24",  # reference, years, month labels Apr-23 ...
        "12", "17", "22", "40",     # 'divided by 12', 17 May, 22 April, 40 working days
        "0.0", "0.2", "0.3", "0.6", "0.9", "2.2", "4.2",   # Monthly average column
        "5", "6", "50",             # 'All allegations' row (across types and subjects)
        ("0", 1),       # 'Months with no allegations are shown as 0'
        ("1", 1),       # 'Page 1 of 2'
        ("2", 5),       # 'Page 1 of 2', 'Page 2 of 2' (two), PO Box 2, 2 May 2024
        ("3", 2),       # 'All allegations' row: September and January
        ("4", 7),       # 'All allegations' row: seven months of 4
    ])
    st = styles("Helvetica", 10)
    months = [(2023, m) for m in range(4, 13)] + [(2024, m) for m in range(1, 4)]
    mlab = [dt.date(y, m, 1).strftime("%b-%y") for y, m in months]
    series = [("Sexual assault", "sexual_assault", "Officers", "officers",
               [1, 0, 2, 1, 0, 1, 2, 0, 1, 1, 0, 2]),
              ("", "sexual_assault", "Staff", "staff", [0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0]),
              ("Sexual harassment", "sexual_harassment", "Officers", "officers",
               [2, 3, 1, 2, 4, 2, 1, 3, 2, 2, 3, 1]),
              ("", "sexual_harassment", "Staff", "staff", [1, 0, 0, 1, 1, 0, 2, 0, 1, 0, 1, 0]),
              ("Abuse of position for a\nsexual purpose", "abuse_of_position_sexual",
               "Officers", "officers", [0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1]),
              ("", "abuse_of_position_sexual", "Staff", "staff", [0] * 12)]
    data = [["Allegation type", "Subject"] + mlab + ["Total", "Monthly\naverage"]]
    allm = [0] * 12
    for label, cat, sl, subj, vals in series:
        tot = sum(vals)
        data.append([label, sl] + [str(v) for v in vals] + [str(tot), f"{tot / 12:.1f}"])
        for (y, m), v in zip(months, vals):
            KEY.fig(src, force, MON(y, m), cat, "total", v, subject=subj)
        KEY.fig(src, force, FY(2023), cat, "total", tot, subject=subj)
        allm = [a + b for a, b in zip(allm, vals)]
    data.append(["All allegations", ""] + [str(v) for v in allm] +
                [str(sum(allm)), f"{sum(allm) / 12:.1f}"])
    table = Table(data, colWidths=[40 * mm, 17 * mm] + [13 * mm] * 12 + [15 * mm, 17 * mm],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))

    def furniture(c, page, pages):
        w, h = c._pagesize
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, 9 * mm, "Essex Police \u2013 Information Rights \u2013 "
                     "FOI-11873-24")
        c.drawRightString(w - 15 * mm, 9 * mm, f"Page {page} of {pages}")
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(w / 2, h - 8 * mm, "OFFICIAL")

    doc = BaseDocTemplate(str(dest(src)), pagesize=A4, title="FOI-11873-24",
                          author="Essex Police", creator="Essex Police")
    pw, ph = A4
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(22 * mm, 22 * mm, pw - 44 * mm, ph - 46 * mm)],
                     pagesize=A4),
        PageTemplate("landscape", [Frame(15 * mm, 18 * mm, lw - 30 * mm, lh - 36 * mm)],
                     pagesize=landscape(A4))])
    story = [
        P("<b>Essex Police</b>", st["right"]), P("Information Rights", st["right"]),
        P("PO Box 2, Springfield, Chelmsford CM2 6DA", st["right"]),
        S(10),
        P("Our ref: FOI-11873-24<br/>Date: 17 May 2024", st["body"]),
        P("Dear Requester,", st["body"]),
        P("<b>Freedom of Information Act 2000 \u2013 request FOI-11873-24</b>", st["body"]),
        P("I am writing in response to your request of 22 April 2024, in which you asked:",
          st["body"]),
        P("\u201cFor each month of the financial year 2023/24, how many allegations of sexual "
          "assault, sexual harassment and abuse of position for a sexual purpose were recorded "
          "against (a) Essex Police officers and (b) police staff?\u201d", st["quote"]),
        P("Essex Police holds this information. The figures are set out in Annex A, overleaf, "
          "by the month in which each allegation was recorded by the Professional Standards "
          "Department. Months with no allegations are shown as 0. The monthly average is the "
          "total divided by 12, to one decimal place.", st["body"]),
        P("Outcomes were not requested and are not included. Many of the allegations recorded "
          "in the later months of the year were still under investigation when the figures "
          "were extracted on 2 May 2024.", st["body"]),
        P("If you are dissatisfied with this response you may request an internal review "
          "within 40 working days. If you remain dissatisfied you may complain to the " + ICO +
          ".", st["body"]),
        P("Yours sincerely,<br/><br/>Information Rights Officer", st["body"]),
        NextPageTemplate("landscape"), PageBreak(),
        P("<b>Annex A \u2013 Allegations recorded by month, financial year 2023/24</b>",
          st["body"]),
        table,
    ]
    doc.build(story, canvasmaker=numbered_canvas(furniture))


def build_south_wales():
    """Bilingual PDF: page 1 entirely in Welsh (letter, request, table with Welsh labels),
    page 2 the same response in English with the same figures; the Total column is the FIRST
    count column ('Cyfanswm' / 'Total'), before the outcomes; police officers only; 'Tudalen 1
    o 2' / 'Page 2 of 2'.  Every figure is keyed once (the English page restates the Welsh)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Table, TableStyle
    src, force = "south-wales/FOI 2024-1290 ymateb response.pdf", "south-wales"
    KEY.file(src, nonfig=[
        "1290", "2000", "2023", "2024", "24", "21", "40",  # reference, Act, 2023/24, 21 May, 40 days
        ("1", 1),     # 'Tudalen 1 o 2'
        ("2", 3),     # 'Tudalen 1 o 2', 'Page 2 of 2' (two)
    ])
    per = FY(2023)
    st = styles("Helvetica", 10)
    cats = [("Ymosodiad rhywiol", "Sexual assault", "sexual_assault", (3, 1, 2, 2, 3, 2)),
            ("Aflonyddu rhywiol", "Sexual harassment", "sexual_harassment", (4, 3, 4, 6, 5, 3)),
            ("Camddefnyddio swydd at ddiben rhywiol", "Abuse of position for a sexual purpose",
             "abuse_of_position_sexual", (3, 0, 0, 0, 1, 2))]
    outs = [("Diswyddo", "Dismissed", "dismissed"),
            ("Rhybudd ysgrifenedig terfynol", "Final written warning", "final_written_warning"),
            ("Rhybudd ysgrifenedig", "Written warning", "written_warning"),
            ("Ymarfer myfyriol", "Reflective practice", "management_action"),
            ("Dim achos i\u2019w ateb", "No case to answer", "no_case_to_answer"),
            ("Yn parhau", "Ongoing", "ongoing")]

    def table(lang):
        i = 0 if lang == "cy" else 1
        head = ["Math o honiad", "Cyfanswm"] if i == 0 else ["Allegation type", "Total"]
        from reportlab.lib.styles import ParagraphStyle
        hs = ParagraphStyle("hs", parent=st["cell"], fontSize=7, leading=8.4)
        data = [[P(f"<b>{h}</b>", hs) for h in head + [o[i] for o in outs]]]
        for c in cats:
            vals = c[3]
            data.append([P(c[i], st["cell"]), str(sum(vals))] + [str(v) for v in vals])
            KEY.fig(src, force, per, c[2], "total", sum(vals), subject="officers",
                    restated=(i == 1))
            for o, v in zip(outs, vals):
                KEY.fig(src, force, per, c[2], o[2], v, subject="officers", restated=(i == 1))
        t = Table(data, colWidths=[36 * mm, 16 * mm] + [19.6 * mm] * 6, hAlign="LEFT")
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D6E4F0")),
            ("BACKGROUND", (1, 1), (1, -1), colors.HexColor("#F2F2F2")),
            ("FONT", (0, 1), (-1, -1), "Helvetica", 9), ("FONT", (1, 1), (1, -1),
                                                         "Helvetica-Bold", 9),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
        return t

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(20 * mm, 285 * mm, "Heddlu De Cymru" if page == 1 else "South Wales Police")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(190 * mm, 285 * mm, "FOI 2024/1290")
        c.drawCentredString(105 * mm, 10 * mm, f"Tudalen {page} o {pages}" if page == 1
                            else f"Page {page} of {pages}")

    story = [
        P("<b>Heddlu De Cymru</b>", st["h"]),
        P("Uned Rhyddid Gwybodaeth<br/>Pencadlys yr Heddlu, Heol y Bont-faen<br/>"
          "Pen-y-bont ar Ogwr CF31 3SU", st["body"]),
        P("Cyfeirnod: FOI 2024/1290<br/>Dyddiad: 21 Mai 2024", st["body"]),
        P("Annwyl Ymgeisydd,", st["body"]),
        P("<b>Cais am wybodaeth o dan Ddeddf Rhyddid Gwybodaeth 2000</b>", st["body"]),
        P("Gofynnoch:", st["body"]),
        P("\u201cFaint o honiadau o ymosodiad rhywiol, aflonyddu rhywiol a chamddefnyddio swydd at "
          "ddiben rhywiol a wnaed yn erbyn swyddogion Heddlu De Cymru ym mlwyddyn ariannol "
          "2023/24, a beth oedd y canlyniadau?\u201d", st["quote"]),
        P("Mae Heddlu De Cymru yn dal y wybodaeth hon. Mae\u2019r tabl isod yn dangos nifer yr "
          "honiadau a gofnodwyd yn erbyn swyddogion heddlu ym mlwyddyn ariannol 2023/24, yn "
          "\u00f4l y canlyniad. Nid yw\u2019r ffigurau\u2019n cynnwys staff yr heddlu.",
          st["body"]),
        table("cy"), S(6),
        P("Os ydych yn anfodlon \u00e2\u2019r ymateb hwn, gallwch ofyn am adolygiad mewnol o "
          "fewn 40 diwrnod gwaith. Os byddwch yn parhau\u2019n anfodlon, gallwch gwyno i "
          "Swyddfa\u2019r Comisiynydd Gwybodaeth.", st["body"]),
        P("Mae fersiwn Saesneg o\u2019r ymateb hwn ar y dudalen nesaf.", st["body"]),
        P("Yn gywir,<br/><br/>Uned Rhyddid Gwybodaeth", st["body"]),
        PageBreak(),
        P("<b>South Wales Police</b>", st["h"]),
        P("Freedom of Information Unit<br/>Police Headquarters, Cowbridge Road<br/>"
          "Bridgend CF31 3SU", st["body"]),
        P("Reference: FOI 2024/1290<br/>Date: 21 May 2024", st["body"]),
        P("Dear Requester,", st["body"]),
        P("<b>Request for information under the Freedom of Information Act 2000</b>", st["body"]),
        P("You asked:", st["body"]),
        P("\u201cHow many allegations of sexual assault, sexual harassment and abuse of position "
          "for a sexual purpose were made against South Wales Police officers in the financial "
          "year 2023/24, and what were the outcomes?\u201d", st["quote"]),
        P("South Wales Police holds this information. The table below shows the number of "
          "allegations recorded against police officers in the financial year 2023/24, by "
          "outcome. The figures do not include police staff.", st["body"]),
        table("en"), S(6),
        P("If you are dissatisfied with this response you may ask for an internal review within "
          "40 working days. If you remain dissatisfied you may complain to the " + ICO + ".",
          st["body"]),
        P("A Welsh version of this response is on the previous page.", st["body"]),
        P("Yours sincerely,<br/><br/>Freedom of Information Unit", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 22, 20), title="FOI 2024/1290",
               author="Heddlu De Cymru / South Wales Police")


def build_northumbria():
    """Five-page PDF letter; every page carries the reference in its running header and 'Page n
    of 5' in its footer; four numbered questions answered on separate pages: Q1 financial years
    as columns, Q2 outcomes for 2023/24 (its Total row restates Q1), Q3 domestic abuse in the
    calendar year 2023 in prose (total and the staff part: the officers' part is not stated),
    Q4 money and durations (not figures); an annex of definitions full of regulation numbers."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Table, TableStyle
    src, force = "northumbria/FOI 1822-24 response.pdf", "northumbria"
    KEY.file(src, nonfig=[
        "1822", "2000", "2020", "2021", "2022", "2023", "2024", "23", "24",  # ref, Act, years
        "18", "28", "30", "40", "43",   # 18 months, 28 June, 30 May, 40 working days, regulation 43
        "148300", "46", "212",          # Q4: money and durations, not figures
        ("1", 3), ("2", 4), ("3", 3), ("4", 3),  # question numbers '1.'..'4.', 'Question n',
                                        # 'Page n of 5'; and '2 years' in Annex A
        ("5", 6),       # 'of 5' on all five pages and 'Page 5'
        ("6", 1),       # 'Part 6 of the Regulations'
        ("22", 2),      # '2021/22' in the request and in the Q1 header
        ("31", 1),      # 31 May 2024
    ])
    st = styles("Helvetica", 10)
    cats = [("Sexual assault", "sexual_assault", (14, 17, 12)),
            ("Sexual harassment", "sexual_harassment", (22, 31, 27)),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", (4, 7, 5)),
            ("Other sexual misconduct", "sexual_misconduct", (9, 6, 11))]
    yrs = [FY(2021), FY(2022), FY(2023)]
    d1 = [["Allegation type", "2021/22", "2022/23", "2023/24"]]
    for label, cat, vals in cats:
        d1.append([label] + [str(v) for v in vals])
        for per, v in zip(yrs, vals):
            KEY.fig(src, force, per, cat, "total", v)
    ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#404040")),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E0E0E0")),
          ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1),
                                                            "Helvetica", 9),
          ("ALIGN", (1, 0), (-1, -1), "CENTER")]
    tab1 = Table(d1, colWidths=[75 * mm, 28 * mm, 28 * mm, 28 * mm], hAlign="LEFT")
    tab1.setStyle(TableStyle(ts))
    outs = [("Dismissed", "dismissed", (2, 3, 3, 1)),
            ("Would have been dismissed", "would_have_been_dismissed", (1, 0, 1, 0)),
            ("Final written warning", "final_written_warning", (0, 4, 0, 2)),
            ("Written warning", "written_warning", (1, 5, 0, 2)),
            ("Reflective practice", "management_action", (2, 7, 0, 3)),
            ("No case to answer", "no_case_to_answer", (4, 6, 0, 2)),
            ("Ongoing", "ongoing", (2, 2, 1, 1))]
    d2 = [["Outcome", "Sexual\nassault", "Sexual\nharassment", "Abuse of\nposition",
           "Other sexual\nmisconduct"]]
    tots = [0] * 4
    for ol, oc, vals in outs:
        d2.append([ol] + [str(v) for v in vals])
        for (label, cat, _), v in zip(cats, vals):
            KEY.fig(src, force, yrs[2], cat, oc, v)
        tots = [a + b for a, b in zip(tots, vals)]
    assert tots == [c[2][2] for c in cats], tots
    d2.append(["Total"] + [str(v) for v in tots])
    for (label, cat, _), v in zip(cats, tots):
        KEY.fig(src, force, yrs[2], cat, "total", v, restated=True)
    tab2 = Table(d2, colWidths=[52 * mm, 26 * mm, 28 * mm, 26 * mm, 30 * mm], hAlign="LEFT")
    tab2.setStyle(TableStyle(ts + [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]))
    KEY.fig(src, force, CY(2023), "domestic_abuse", "total", 31)
    KEY.fig(src, force, CY(2023), "domestic_abuse", "total", 9, subject="staff")

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 287 * mm, "Northumbria Police  |  Freedom of Information")
        c.drawRightString(190 * mm, 287 * mm, "Ref: FOI 1822/24")
        c.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
        c.line(20 * mm, 15 * mm, 190 * mm, 15 * mm)
        c.drawString(20 * mm, 10 * mm, "OFFICIAL")
        c.drawRightString(190 * mm, 10 * mm, f"Page {page} of {pages}")

    story = [
        P("<b>Northumbria Police</b>", st["h"]),
        P("Freedom of Information Team<br/>Middle Engine Lane, Wallsend<br/>North Tyneside "
          "NE28 9NT", st["body"]),
        S(6),
        P("Our reference: FOI 1822/24<br/>Date: 28 June 2024", st["body"]),
        P("Dear Requester,", st["body"]),
        P("Thank you for your request for information received on 30 May 2024. Your request has "
          "been considered under the Freedom of Information Act 2000 and I am now able to "
          "respond. You asked:", st["body"]),
        P("1. How many allegations of sexual assault, sexual harassment, abuse of position for a "
          "sexual purpose and other sexual misconduct were recorded against Northumbria Police "
          "officers and staff in each of the financial years 2021/22, 2022/23 and 2023/24?",
          st["quote"]),
        P("2. What were the outcomes of the allegations recorded in 2023/24?", st["quote"]),
        P("3. How many allegations of domestic abuse were recorded against officers and staff "
          "in the calendar year 2023?", st["quote"]),
        P("4. How much did the force spend on misconduct hearings arising from these allegations "
          "in 2023/24, and how long did the hearings take?", st["quote"]),
        P("Northumbria Police holds information relevant to each part of your request. Each "
          "question is answered in turn on the following pages. All figures are numbers of "
          "allegations and include police officers and police staff unless otherwise stated. "
          "Definitions of the outcomes used are given in Annex A.", st["body"]),
        PageBreak(),
        P("<b>Question 1</b>", st["h2"]),
        P("The number of allegations recorded in each financial year is shown below.",
          st["body"]),
        tab1, S(6),
        P("Allegations are counted in the financial year in which they were recorded by the "
          "Professional Standards Department. Figures for earlier years may differ slightly "
          "from those previously published, as some allegations have since been re-categorised.",
          st["body"]),
        PageBreak(),
        P("<b>Question 2</b>", st["h2"]),
        P("The outcomes of the allegations recorded in 2023/24, as at 31 May 2024, are shown "
          "below.", st["body"]),
        tab2, S(8),
        P("<b>Question 3</b>", st["h2"]),
        P("In the calendar year 2023, 31 allegations of domestic abuse were recorded against "
          "officers and staff, of which 9 were against police staff.", st["body"]),
        PageBreak(),
        P("<b>Question 4</b>", st["h2"]),
        P("The force spent \u00a3148,300 on misconduct hearings arising from these allegations "
          "in 2023/24, on legally qualified chairs, independent panel members and venue hire. "
          "The hearings took 46 days in total, and the average time from an allegation being "
          "recorded to the end of the hearing was 212 days.", st["body"]),
        S(10),
        P("<b>Annex A \u2013 Definitions</b>", st["h2"]),
        P("<b>Dismissed</b>: dismissal without notice following a finding of gross misconduct at "
          "a misconduct hearing under the Police (Conduct) Regulations 2020.", st["small"]),
        P("<b>Would have been dismissed</b>: the officer had left the force before the hearing "
          "concluded, and the panel found that they would have been dismissed had they not "
          "left (regulation 43).", st["small"]),
        P("<b>Final written warning / Written warning</b>: disciplinary action following a "
          "finding of misconduct; a final written warning remains live for 2 years and a "
          "written warning for 18 months.", st["small"]),
        P("<b>Reflective practice</b>: the Reflective Practice Review Process under Part 6 of "
          "the Regulations, used where the conduct is practice requiring improvement.",
          st["small"]),
        P("<b>No case to answer</b>: the investigation found no case to answer for misconduct "
          "or gross misconduct.", st["small"]),
        P("<b>Ongoing</b>: the allegation is still under investigation or awaiting a misconduct "
          "meeting or hearing.", st["small"]),
        PageBreak(),
        P("<b>Your rights</b>", st["h2"]),
        P("If you are dissatisfied with the handling of your request you have the right to ask "
          "for an internal review. Requests for internal review should be made within 40 "
          "working days of the date of this letter to the Freedom of Information Team at the "
          "address above.", st["body"]),
        P("If you remain dissatisfied after an internal review you may complain to the " + ICO +
          ". The Information Commissioner will not normally consider a complaint until the "
          "internal review has been completed.", st["body"]),
        P("Yours sincerely,<br/><br/>Freedom of Information Officer<br/>Northumbria Police",
          st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 24, 22), title="FOI 1822/24",
               author="Northumbria Police")


def build_derbyshire():
    """Refusal of the whole request under section 14(1) (vexatious): one refused row per
    requested category over the request's period (1 January 2010 to the date of the request,
    2 April 2024), exemption s14; numbers of earlier requests, files, minutes, hours and money
    are not figures."""
    from reportlab.lib.units import mm
    src, force = "derbyshire/FOI 24-3317 refusal notice.pdf", "derbyshire"
    KEY.file(src, nonfig=[
        # a refusal: no number in it is a figure
        "1", "2", "3", "4", "5",  # 14(1), (1)-(5) in the request, 17(5), 1 January, 2 April ...
        "6", "8", "14",           # 6 requests in 8 weeks; the 14th request; section 14(1)
        "12", "17", "18", "20", "450", "630", "1900",   # s12, s17(5), £450, 18 hours, 20 minutes,
                                                      # 630 hours, 1,900 case files
        "23", "24", "30", "40",   # references 23-5521, 24-...; 30 April; 40 working days
        "0187", "1962", "5521", "3317", "2000", "2010", "2023", "2024"
    ])
    st = styles("Times-Roman", 11)
    per = ("2010-01-01", "2024-04-02")
    for cat in ("sexual_assault", "sexual_harassment", "abuse_of_position_sexual",
                "sexual_misconduct"):
        KEY.fig(src, force, per, cat, "total", REF("s14"))

    def furniture(c, page, pages):
        c.setFont("Times-Roman", 8)
        c.drawCentredString(105 * mm, 12 * mm, f"{page}")
        c.drawString(22 * mm, 287 * mm, "OFFICIAL")

    story = [
        P("<b>DERBYSHIRE CONSTABULARY</b>", st["h"]),
        P("Information Management Department, Butterley Hall, Ripley, Derbyshire DE5 3RS",
          st["small"]),
        S(8),
        P("Freedom of Information Request Reference No: 24-3317<br/>Date: 30 April 2024",
          st["body"]),
        P("Dear Requester,", st["body"]),
        P("<b>REFUSAL NOTICE \u2013 SECTION 14(1) VEXATIOUS REQUEST</b>", st["body"]),
        P("I write in connection with your request for information, received on 2 April 2024, "
          "which reads:", st["body"]),
        P("\u201cUnder the FOI Act please provide, for every allegation of sexual assault, "
          "sexual harassment, abuse of position for a sexual purpose or inappropriate "
          "relationship made against any Derbyshire Constabulary officer or member of staff "
          "from 1 January 2010 to the date of this request: (1) the date of the allegation; "
          "(2) the rank and station of the person; (3) the outcome; (4) whether the person is "
          "still employed; and (5) copies of all emails held by Professional Standards that "
          "mention the allegation.\u201d", st["quote"]),
        P("Derbyshire Constabulary is refusing this request under section 14(1) of the Freedom "
          "of Information Act 2000, because it is vexatious. This letter is a refusal notice "
          "under section 17(5) of the Act.", st["body"]),
        P("<b>Reasons for our decision</b>", st["h2"]),
        P("Section 14(1) provides that a public authority is not obliged to comply with a "
          "request if the request is vexatious. In reaching this decision we have considered "
          "the guidance of the Information Commissioner and the Upper Tribunal\u2019s decision "
          "in <i>Dransfield</i>, and the request in the context of your previous "
          "correspondence.", st["body"]),
        P("This is the 14th request you have made about the Professional Standards Department "
          "since 1 October 2023, and 6 of those requests were received in the last 8 weeks. "
          "Several of them repeat questions we have already answered, in full, under references "
          "23-5521, 24-0187 and 24-1962.", st["body"]),
        P("The request covers more than fourteen years and would require the review of "
          "approximately 1,900 case files and the emails attached to them. At a conservative "
          "estimate of 20 minutes a file, this alone would take over 630 hours, and every email "
          "would then have to be read and redacted. We consider that the burden this would "
          "impose on the Department is grossly excessive and out of proportion to any value "
          "the information would have to the public.", st["body"]),
        P("Section 12 of the Act (cost of compliance, \u00a3450 or 18 hours) would also apply, "
          "but we have relied on section 14(1) because of the pattern of requests.",
          st["body"]),
        P("<b>Advice and assistance</b>", st["h2"]),
        P("If you were to submit a new request limited to the number of allegations of each "
          "type recorded in a single financial year, without the emails, we would consider it "
          "afresh.", st["body"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P("If you are dissatisfied with this decision you may request an internal review within "
          "40 working days. If you remain dissatisfied you may complain to the " + ICO + ".",
          st["body"]),
        P("Yours sincerely,<br/><br/>Information Management Officer", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(22, 22, 22, 20), title="FOI 24-3317",
               author="Derbyshire Constabulary")


def build_gloucestershire():
    """Corrected response replacing an earlier one: the full table re-issued with the changed
    cells marked with a dagger ('3\u2020'); a 'What has changed' list with the superseded
    figures (not keyed) and the corrected ones (restated, keyed once); calendar year 2023 from
    the quoted request; officers, staff and total columns."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "gloucestershire/FOI 2024-0352 corrected response.pdf", "gloucestershire"
    KEY.file(src, nonfig=[
        "0352", "2023", "2024", "40",   # reference, dates, 40 working days
        "11", "12", "32",               # superseded figures ('previously 11 / 12 / 32')
        ("1", 3),     # 'No. 1 Waterwells', 'Page 1 of 1' (two)
        ("2", 1),     # 2 May 2024
        ("3", 1),     # 3 April 2024 (the date of the superseded response)
        ("6", 1),     # 'previously 6' (superseded)
    ])
    st = styles("Helvetica", 10)
    per = CY(2023)
    blocks = [("Sexual assault", "sexual_assault", [
        ("Dismissed", "dismissed", 3, 0), ("Final written warning", "final_written_warning", 1, 0),
        ("Written warning", "written_warning", 2, 1),
        ("Reflective practice", "management_action", 2, 0),
        ("No case to answer", "no_case_to_answer", 4, 2), ("Ongoing", "ongoing", 2, 1)]),
        ("Sexual harassment", "sexual_harassment", [
            ("Dismissed", "dismissed", 4, 1),
            ("Final written warning", "final_written_warning", 2, 0),
            ("Written warning", "written_warning", 3, 1),
            ("Reflective practice", "management_action", 5, 2),
            ("No case to answer", "no_case_to_answer", 6, 3), ("Ongoing", "ongoing", 1, 1)])]
    changed = {("sexual_harassment", "no_case_to_answer", "staff"),
               ("sexual_harassment", "no_case_to_answer", "officers_and_staff"),
               ("sexual_harassment", "total", "staff"),
               ("sexual_harassment", "total", "officers_and_staff")}

    def cell(cat, oc, subj, v):
        KEY.fig(src, force, per, cat, oc, v, subject=subj)
        return f"{v}\u2020" if (cat, oc, subj) in changed else str(v)

    data = [["Allegation type", "Outcome", "Police officers", "Police staff", "Total"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
             ("FONT", (0, 1), (-1, -1), "Helvetica", 9), ("ALIGN", (2, 0), (-1, -1), "CENTER")]
    for label, cat, outs in blocks:
        start = len(data)
        to = ts = 0
        for i, (ol, oc, o, s) in enumerate(outs):
            data.append([label if i == 0 else "", ol, cell(cat, oc, "officers", o),
                         cell(cat, oc, "staff", s), cell(cat, oc, "officers_and_staff", o + s)])
            to, ts = to + o, ts + s
        data.append(["", "Total", cell(cat, "total", "officers", to),
                     cell(cat, "total", "staff", ts), cell(cat, "total", "officers_and_staff",
                                                          to + ts)])
        style += [("SPAN", (0, start), (0, len(data) - 1)), ("VALIGN", (0, start), (0, start),
                                                              "TOP"),
                  ("FONT", (1, len(data) - 1), (-1, len(data) - 1), "Helvetica-Bold", 9)]
    table = Table(data, colWidths=[38 * mm, 46 * mm, 28 * mm, 26 * mm, 22 * mm], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    # 'What has changed': superseded figures (not keyed) and the corrected ones (restated)
    for cat, oc, subj, v in (("sexual_harassment", "no_case_to_answer", "staff", 3),
                             ("sexual_harassment", "total", "staff", 8),
                             ("sexual_harassment", "no_case_to_answer", "officers_and_staff", 9),
                             ("sexual_harassment", "total", "officers_and_staff", 29)):
        KEY.fig(src, force, per, cat, oc, v, subject=subj, restated=True)

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 10 * mm, "Gloucestershire Constabulary \u2013 OFFICIAL")
        c.drawRightString(190 * mm, 10 * mm, f"Page {page} of {pages}")

    story = [
        P("<b>Gloucestershire Constabulary</b>", st["h"]),
        P("Information Management, No. 1 Waterwells, Quedgeley, Gloucester GL2 2AN",
          st["small"]),
        S(6),
        P("Our ref: FOI 2024-0352 (corrected)<br/>Date: 2 May 2024", st["body"]),
        P("Dear Requester,", st["body"]),
        P("<b>CORRECTED RESPONSE \u2013 FREEDOM OF INFORMATION REQUEST FOI 2024-0352</b>",
          st["body"]),
        P("On 3 April 2024 we responded to your request below. We have since found an error in "
          "that response: some allegations of sexual harassment against police staff had been "
          "counted twice. We apologise for the error. This letter replaces our earlier response "
          "in full. The corrected figures are in the table below, and the cells that have "
          "changed are marked \u2020.", st["body"]),
        P("<b>Your request</b>", st["h2"]),
        P("\u201cHow many allegations of sexual assault and sexual harassment were made against "
          "Gloucestershire Constabulary officers and staff in 2023, and what were the "
          "outcomes?\u201d", st["quote"]),
        P("<b>Corrected response</b>", st["h2"]),
        table, S(6),
        P("\u2020 corrected figure.", st["small"]),
        P("<b>What has changed</b>", st["h2"]),
        P("\u2022 Sexual harassment, police staff, no case to answer: previously 6, now 3.",
          st["bullet"]),
        P("\u2022 Sexual harassment, police staff, total: previously 11, now 8.", st["bullet"]),
        P("\u2022 Sexual harassment, no case to answer (officers and staff): previously 12, "
          "now 9.", st["bullet"]),
        P("\u2022 Sexual harassment, total (officers and staff): previously 32, now 29.",
          st["bullet"]),
        S(4),
        P("No other figure has changed. The figures for police officers were correct.",
          st["body"]),
        P("If you are dissatisfied with this response you may request an internal review "
          "within 40 working days. If you remain dissatisfied you may complain to the " + ICO +
          ".", st["body"]),
        P("Yours sincerely,<br/><br/>Information Management", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 20, 20), title="FOI 2024-0352",
               author="Gloucestershire Constabulary")


def build_north_wales_training():
    """A response on domestic abuse TRAINING (officers and staff trained, percentages, sessions,
    days): counts of people trained are not allegations. No rows."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "north-wales/FOI 2024-0611 response.pdf"
    KEY.file(src, nonfig=[
        # training, not allegations: no number in it is a figure
        "1", "2", "3", "12", "31", "40", "0611", "2019", "2024",
        "1284", "342", "96", "58", "1780", "87", "61", "92", "45", "79", "64"
    ])
    st = styles("Helvetica", 10)
    data = [["Employee group", "Completed Domestic\nAbuse Matters training", "% of group"],
            ["Police officers", "1,284", "87%"], ["Police staff", "342", "61%"],
            ["PCSOs", "96", "92%"], ["Special constables", "58", "45%"],
            ["Total", "1,780", "79%"]]
    table = Table(data, colWidths=[50 * mm, 55 * mm, 30 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                               ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                               ("ALIGN", (1, 0), (-1, -1), "CENTER")]))

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 287 * mm, "Heddlu Gogledd Cymru / North Wales Police")
        c.drawRightString(190 * mm, 10 * mm, f"Tudalen / Page {page}")

    story = [
        P("<b>Heddlu Gogledd Cymru / North Wales Police</b>", st["h"]),
        P("Uned Rhyddid Gwybodaeth / Freedom of Information Unit<br/>Glan y Don, Colwyn Bay "
          "LL29 8AW", st["body"]),
        P("Reference: FOI 2024/0611<br/>Date: 3 June 2024", st["body"]),
        P("Dear Requester,", st["body"]),
        P("You asked: \u201cHow many North Wales Police officers and staff have completed "
          "Domestic Abuse Matters training, and how many training sessions have been "
          "delivered?\u201d", st["quote"]),
        P("North Wales Police holds this information. The table below shows the number of "
          "officers and staff in each group who had completed the Domestic Abuse Matters "
          "programme by 31 March 2024, and the proportion of each group that this represents.",
          st["body"]),
        table, S(6),
        P("Domestic Abuse Matters is a 2 day programme delivered with SafeLives. Since it was "
          "introduced in 2019, 64 sessions have been delivered. New recruits complete the "
          "programme within 12 months of joining.", st["body"]),
        P("If you are dissatisfied with this response you may request an internal review "
          "within 40 working days. If you remain dissatisfied you may complain to the " + ICO +
          ".", st["body"]),
        P("Yours sincerely,<br/><br/>Freedom of Information Unit", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 22, 20), title="FOI 2024/0611",
               author="North Wales Police")


# =========================================================================== DOCX responses


def docx_restart_list(d, par, style_name, ilvl=0):
    """Give a list paragraph its own numbering instance starting at 1 (a list that restarts)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    numbering = d.part.numbering_part.element
    style_num = d.styles[style_name].element.pPr.numPr.numId.val
    abstract = [n for n in numbering.num_lst if n.numId == style_num][0].abstractNumId.val
    new_id = max(n.numId for n in numbering.num_lst) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(abstract))
    num.append(a)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), str(ilvl))
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def docx_list_item(d, text, style_name, num_id):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    par = d.add_paragraph(text, style=style_name)
    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)
    return par


def build_suffolk():
    """Word letter from the joint Norfolk and Suffolk information unit (the letterhead names
    both forces; the figures are Suffolk's); lettered sub-questions (a) and (b); a Word table
    whose FIRST column (the financial year) is merged vertically over its two category rows
    (vMerge); police officers only; nils written '0 (zero)' in prose for the category that is
    not in the table; another force's reference as a trap."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    src, force = "suffolk/FOI 003318-24 response.docx", "suffolk"
    KEY.file(src, nonfig=[
        "003318", "000411", "2022", "2023", "2024", "23", "24",  # our ref, Norfolk's ref, years
        "11", "14", "40",   # 11 June, 14 May, 40 working days
        ("3", 1),           # data extracted on 3 June 2024
    ])
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", "Norfolk and Suffolk Constabularies \u2013 Joint "
                       "Information Management Unit, Martlesham Heath, Ipswich IP5 3QS")
    p = d.add_paragraph()
    r = p.add_run("Norfolk and Suffolk Constabularies")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Joint Information Management Unit")
    d.add_paragraph("Suffolk Constabulary Headquarters, Martlesham Heath, Ipswich IP5 3QS")
    d.add_paragraph("Our reference: FOI 003318-24\nDate: 11 June 2024")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Thank you for your request for information about Suffolk Constabulary, "
                    "received on 14 May 2024. You asked:")
    q = d.add_paragraph("(a) How many allegations of sexual assault, sexual harassment and abuse "
                        "of position for a sexual purpose were made against Suffolk Constabulary "
                        "police officers in 2022/23 and in 2023/24?\n(b) What were the outcomes "
                        "of those allegations?")
    q.paragraph_format.left_indent = Pt(24)
    for run in q.runs:
        run.italic = True
    d.add_paragraph("Suffolk Constabulary holds the information you have requested. The "
                    "figures relate to Suffolk Constabulary police officers only; they do not "
                    "include Norfolk Constabulary, whose figures were provided under reference "
                    "FOI 000411-24, or police staff.")
    h = d.add_paragraph()
    h.add_run("Response to (a) and (b)").bold = True
    d.add_paragraph("The number of allegations of sexual assault and sexual harassment, and "
                    "their outcomes, are shown in the table below.")
    rows = [("2022/23", FY(2022), "Sexual assault", "sexual_assault", (1, 0, 1, 1, 2, 1)),
            ("2022/23", FY(2022), "Sexual harassment", "sexual_harassment", (2, 3, 2, 4, 4, 0)),
            ("2023/24", FY(2023), "Sexual assault", "sexual_assault", (2, 1, 0, 1, 3, 2)),
            ("2023/24", FY(2023), "Sexual harassment", "sexual_harassment", (3, 2, 3, 5, 3, 2))]
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
    t = d.add_table(rows=1 + len(rows), cols=3 + len(outs))
    t.style = "Table Grid"
    for i, hdr in enumerate(["Financial year", "Allegation type", "Total"] + [o[0] for o in outs]):
        docx_cell(t.rows[0].cells[i], hdr, bold=True, size=9)
        docx_shade(t.rows[0].cells[i], "D9E2F3")
    for ri, (ylab, per, clab, cat, vals) in enumerate(rows, 1):
        cells = t.rows[ri].cells
        docx_cell(cells[1], clab, size=9)
        docx_cell(cells[2], str(sum(vals)), bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        for ci, v in enumerate(vals, 3):
            docx_cell(cells[ci], str(v), size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        KEY.fig(src, force, per, cat, "total", sum(vals), subject="officers")
        for (ol, oc), v in zip(outs, vals):
            KEY.fig(src, force, per, cat, oc, v, subject="officers")
    for top in (1, 3):
        merged = t.cell(top, 0).merge(t.cell(top + 1, 0))
        docx_cell(merged, rows[top - 1][0], bold=True, size=9)
    d.add_paragraph("")
    d.add_paragraph("There were 0 (zero) allegations of abuse of position for a sexual purpose "
                    "against police officers in 2022/23 and 0 (zero) in 2023/24.")
    KEY.fig(src, force, FY(2022), "abuse_of_position_sexual", "total", 0, subject="officers",
            said="0 (zero)")
    KEY.fig(src, force, FY(2023), "abuse_of_position_sexual", "total", 0, subject="officers",
            said="0 (zero)")
    d.add_paragraph("Allegations are counted in the financial year in which they were recorded. "
                    "\u2018Ongoing\u2019 means the allegation was still under investigation or "
                    "awaiting a misconduct hearing when the data was extracted on 3 June 2024.")
    h = d.add_paragraph()
    h.add_run("Complaint rights").bold = True
    d.add_paragraph("If you are dissatisfied with this response you may request an internal "
                    "review within 40 working days of the date of this letter. If you remain "
                    "dissatisfied you may complain to the " + ICO + ".")
    d.add_paragraph("Yours sincerely,\n\nInformation Management Officer\nJoint Information "
                    "Management Unit")
    docx_save(d, src, "Joint Information Management Unit")


def build_dorset():
    """Word letter whose questions and answers are Word numbered lists (List Number / List Number
    2, numbering restarted for each list, so the numbers are not in the text); a response from
    January 2023 with a part year '2022/23 (to 31 December)' (1 April to 31 December 2022) beside
    the full year 2021/22; outcomes as a nested numbered list under each category, whose parent
    item restates the category total in brackets."""
    from docx.shared import Pt
    src, force = "dorset/FOI 2023-00118 response.docx", "dorset"
    KEY.file(src, nonfig=[
        "00118", "2021", "2022", "2023", "22", "23",   # reference, years, 2021/22, 2022/23
        "16", "27", "31", "40",   # 16 January, 27 January, '(to 31 December)', 40 working days
        ("1", 2),     # 'in question 1', 'Answer to question 1'
        ("2", 1),     # 'Answer to question 2'
        ("3", 1),     # 'Answer to question 3'
        ("4", 1),     # 4 January 2023
    ])
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "", "Dorset Police, Winfrith, Dorchester, Dorset DT2 8DZ")
    p = d.add_paragraph()
    r = p.add_run("Dorset Police \u2013 Freedom of Information")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Reference: FOI 2023-00118\nDate: 27 January 2023")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Thank you for your email of 4 January 2023, in which you asked for the "
                    "following information:")
    nid = docx_restart_list(d, None, "List Number")
    for text in ("The number of allegations of sexual assault, sexual harassment and abuse of "
                 "position for a sexual purpose made against Dorset Police officers and staff in "
                 "the financial year 2021/22.",
                 "The same figures for the current financial year to date.",
                 "The outcomes of the allegations in question 1."):
        docx_list_item(d, text, "List Number", nid)
    d.add_paragraph("Dorset Police holds the information. Figures are allegations against "
                    "police officers and police staff together.")
    h = d.add_paragraph()
    h.add_run("Answer to question 1 \u2013 2021/22").bold = True
    y1 = FY(2021)
    part = ("2022-04-01", "2022-12-31")
    nid = docx_restart_list(d, None, "List Number")
    for label, cat, v in (("Sexual assault", "sexual_assault", 9),
                          ("Sexual harassment", "sexual_harassment", 14),
                          ("Abuse of position for a sexual purpose", "abuse_of_position_sexual",
                           3)):
        docx_list_item(d, f"{label} \u2013 {v}", "List Number", nid)
        KEY.fig(src, force, y1, cat, "total", v)
    h = d.add_paragraph()
    h.add_run("Answer to question 2 \u2013 2022/23 (to 31 December)").bold = True
    d.add_paragraph("The figures for 2022/23 (to 31 December) are:")
    nid = docx_restart_list(d, None, "List Number")
    for label, cat, v in (("Sexual assault", "sexual_assault", 5),
                          ("Sexual harassment", "sexual_harassment", 11),
                          ("Abuse of position for a sexual purpose", "abuse_of_position_sexual",
                           2)):
        docx_list_item(d, f"{label} \u2013 {v}", "List Number", nid)
        KEY.fig(src, force, part, cat, "total", v)
    d.add_paragraph("The figures for the current year are provisional, and January 2023 is not "
                    "included because the month was not complete when your request was "
                    "received.")
    h = d.add_paragraph()
    h.add_run("Answer to question 3 \u2013 outcomes of the 2021/22 allegations").bold = True
    outs = [("Sexual assault", "sexual_assault", 9,
             [("Dismissed", "dismissed", 2), ("No case to answer", "no_case_to_answer", 5),
              ("Still under investigation", "ongoing", 2)]),
            ("Sexual harassment", "sexual_harassment", 14,
             [("Dismissed", "dismissed", 2), ("Final written warning", "final_written_warning", 3),
              ("Reflective practice", "management_action", 4),
              ("No case to answer", "no_case_to_answer", 5)]),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", 3,
             [("Dismissed", "dismissed", 2),
              ("Resigned before the misconduct hearing", "resigned_or_retired", 1)])]
    nid = docx_restart_list(d, None, "List Number")
    for label, cat, tot, lst in outs:
        assert tot == sum(v for _, _, v in lst)
        docx_list_item(d, f"{label} ({tot} allegations):", "List Number", nid)
        KEY.fig(src, force, y1, cat, "total", tot, restated=True)
        sub = docx_restart_list(d, None, "List Number 2")
        for ol, oc, v in lst:
            docx_list_item(d, f"{ol} \u2013 {v}", "List Number 2", sub)
            KEY.fig(src, force, y1, cat, oc, v)
    d.add_paragraph("The figures were extracted from Centurion on 16 January 2023.")
    d.add_paragraph("If you are not satisfied with this response you may ask for an internal "
                    "review within 40 working days. If you remain dissatisfied you may complain "
                    "to the " + ICO + ".")
    d.add_paragraph("Yours sincerely\n\nFreedom of Information Officer\nDorset Police")
    docx_save(d, src, "Dorset Police")


def build_durham():
    """One Word letter answering two requests from the same requester, with two references
    (24-0477 and 24-0502): request 24-0477 (sexual harassment, police officers, calendar 2023)
    answered in a two-column table whose Total row is last; request 24-0502 (abuse of position
    for a sexual purpose, officers and staff, 2023/24) answered in prose with the officer and
    staff parts and outcomes ('Of the 6' restates the total)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    src, force = "durham/FOI 24-0477 and 24-0502 response.docx", "durham"
    KEY.file(src, nonfig=[
        "0477", "0502", "24", "2023", "2024",   # the two references, 2023/24, dates
        "15", "20", "29", "31", "40",           # 15 and 29 April, 20 May, 31 December, 40 days
        ("1", 1),     # 1 January
    ])
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", "Durham Constabulary, Aykley Heads, Durham DH1 5TT")
    p = d.add_paragraph()
    r = p.add_run("Durham Constabulary")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Freedom of Information Unit")
    d.add_paragraph("Our references: DC/FOI/24-0477 and DC/FOI/24-0502\nDate: 20 May 2024")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("You have made two requests for information, which we have answered "
                    "together in this letter for convenience. Each is set out below with its own "
                    "reference and response.")
    h = d.add_paragraph()
    h.add_run("Request DC/FOI/24-0477 (received 15 April 2024)").bold = True
    q = d.add_paragraph("\u201cHow many allegations of sexual harassment were made against "
                        "Durham Constabulary police officers in 2023, and what were the "
                        "outcomes?\u201d")
    q.paragraph_format.left_indent = Pt(24)
    d.add_paragraph("Durham Constabulary holds this information. The allegations of sexual "
                    "harassment recorded against police officers between 1 January and 31 "
                    "December 2023 had the following outcomes:")
    outs = [("Dismissed", "dismissed", 2), ("Final written warning", "final_written_warning", 1),
            ("Written warning", "written_warning", 3),
            ("Reflective practice", "management_action", 5),
            ("No case to answer", "no_case_to_answer", 4), ("Ongoing", "ongoing", 3)]
    t = d.add_table(rows=2 + len(outs), cols=2)
    t.style = "Table Grid"
    docx_cell(t.rows[0].cells[0], "Outcome", bold=True)
    docx_cell(t.rows[0].cells[1], "Number of allegations", bold=True)
    for i, (ol, oc, v) in enumerate(outs, 1):
        docx_cell(t.rows[i].cells[0], ol)
        docx_cell(t.rows[i].cells[1], str(v), align=WD_ALIGN_PARAGRAPH.RIGHT)
        KEY.fig(src, force, CY(2023), "sexual_harassment", oc, v, subject="officers")
    tot = sum(v for _, _, v in outs)
    docx_cell(t.rows[-1].cells[0], "Total", bold=True)
    docx_cell(t.rows[-1].cells[1], str(tot), bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    KEY.fig(src, force, CY(2023), "sexual_harassment", "total", tot, subject="officers")
    d.add_paragraph("")
    h = d.add_paragraph()
    h.add_run("Request DC/FOI/24-0502 (received 29 April 2024)").bold = True
    q = d.add_paragraph("\u201cHow many allegations of abuse of position for a sexual purpose "
                        "were made against Durham Constabulary officers and staff in the "
                        "financial year 2023/24, and what happened to them?\u201d")
    q.paragraph_format.left_indent = Pt(24)
    per = FY(2023)
    d.add_paragraph("Durham Constabulary holds this information. In 2023/24, 6 allegations of "
                    "abuse of position for a sexual purpose were recorded: 4 against police "
                    "officers and 2 against police staff. Of the 6, 3 resulted in dismissal and "
                    "3 remain under investigation.")
    KEY.fig(src, force, per, "abuse_of_position_sexual", "total", 6)
    KEY.fig(src, force, per, "abuse_of_position_sexual", "total", 4, subject="officers")
    KEY.fig(src, force, per, "abuse_of_position_sexual", "total", 2, subject="staff")
    KEY.fig(src, force, per, "abuse_of_position_sexual", "total", 6, restated=True)
    KEY.fig(src, force, per, "abuse_of_position_sexual", "dismissed", 3)
    KEY.fig(src, force, per, "abuse_of_position_sexual", "ongoing", 3)
    d.add_paragraph("All allegations of abuse of position for a sexual purpose are referred to "
                    "the Independent Office for Police Conduct.")
    h = d.add_paragraph()
    h.add_run("Your rights").bold = True
    d.add_paragraph("If you are dissatisfied with either response you may request an internal "
                    "review within 40 working days, quoting the relevant reference. If you "
                    "remain dissatisfied you may complain to the " + ICO + ".")
    d.add_paragraph("Yours sincerely\n\nFreedom of Information Officer")
    docx_save(d, src, "Durham Constabulary")


def build_hertfordshire():
    """Word letter that neither confirms nor denies anything: the whole request (two categories,
    officers, January and February 2024) under sections 31(3) and 40(5B); one ncnd row per
    category; the part of the request about suspended officers is not a category figure and
    gives no row; the harm test's numbers are not figures."""
    from docx.shared import Pt
    src, force = "hertfordshire/FOI 2024-HC-0931 response.docx", "hertfordshire"
    KEY.file(src, nonfig=[
        # neither confirm nor deny: no number in it is a figure
        "3", "4", "8", "9", "12", "17", "31", "40", "0931", "2000", "2024"
    ])
    per = ("2024-01-01", "2024-02-29")
    for cat in ("sexual_assault", "abuse_of_position_sexual"):
        KEY.fig(src, force, per, cat, "total", NCND("s31(3);s40(5B)"), subject="officers")
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", "Hertfordshire Constabulary, Stanborough Road, Welwyn "
                       "Garden City AL8 6XF")
    p = d.add_paragraph()
    r = p.add_run("Hertfordshire Constabulary")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Joint Protective Services \u2013 Information Access")
    d.add_paragraph("Our reference: FOI 2024-HC-0931\nDate: 9 April 2024")
    d.add_paragraph("Dear Requester,")
    h = d.add_paragraph()
    h.add_run("Your request").bold = True
    q = d.add_paragraph("\u201cPlease tell me how many allegations of sexual assault and of "
                        "abuse of position for a sexual purpose were made against Hertfordshire "
                        "Constabulary police officers in January and February 2024, and how "
                        "many of those officers have been suspended.\u201d")
    q.paragraph_format.left_indent = Pt(24)
    h = d.add_paragraph()
    h.add_run("Our response").bold = True
    d.add_paragraph("Hertfordshire Constabulary can neither confirm nor deny that it holds any "
                    "information relevant to your request, by virtue of the following "
                    "exemptions:")
    for line in ("Section 31(3) \u2013 Law enforcement", "Section 40(5B) \u2013 Personal "
                                                           "information"):
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph("Section 31 is a prejudice-based, qualified exemption, and we have carried "
                    "out a harm test and a public interest test. Section 40(5B) is an absolute "
                    "exemption where confirming or denying would itself disclose personal "
                    "data.")
    h = d.add_paragraph()
    h.add_run("Harm test").bold = True
    d.add_paragraph("Your request covers a period of two months. Allegations of this kind are "
                    "rare, and several recent cases in Hertfordshire have been reported in the "
                    "media. To confirm or deny whether any allegation of either type was made in "
                    "so short a period, or whether any officer was suspended, would, when taken "
                    "together with information already in the public domain, allow individuals "
                    "to be identified and could alert a person under investigation. This would "
                    "prejudice live investigations and the prevention and detection of crime.")
    d.add_paragraph("We would not confirm or deny the existence of information in response to "
                    "any similar request for a period of less than 12 months. Figures for whole "
                    "financial years are published in the Constabulary\u2019s annual "
                    "Professional Standards report.")
    h = d.add_paragraph()
    h.add_run("Public interest test").bold = True
    d.add_paragraph("Factors favouring confirmation or denial: the public interest in the "
                    "conduct of police officers and in the way the Constabulary deals with "
                    "allegations of sexual misconduct. Factors against: the risk to live "
                    "investigations, the rights of complainants and officers under Article 8 of "
                    "the European Convention on Human Rights, and the risk that those under "
                    "investigation would be alerted. On balance, we consider the public interest "
                    "favours neither confirming nor denying.")
    d.add_paragraph("This letter is a refusal notice under section 17(4) of the Freedom of "
                    "Information Act 2000. If you are dissatisfied with it you may request an "
                    "internal review within 40 working days, and you may then complain to the "
                    + ICO + ".")
    d.add_paragraph("Yours sincerely\n\nInformation Access Officer")
    docx_save(d, src, "Hertfordshire Constabulary")


def build_warwickshire():
    """Word letter with Roman-numbered questions (i), (ii), (iii); a 'fewer than 10' threshold
    (any figure below 10 withheld under s40(2): bounds 0..9) in a table of officers, staff and
    a Total column that is printed in full; outcomes for one category only, with the other
    categories' outcomes withheld in a blanket sentence (no rows); money and durations in
    (iii) (not figures)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    src, force = "warwickshire/FOI 2024-7702 response.docx", "warwickshire"
    KEY.file(src, nonfig=[
        "7702", "2023", "2024", "24", "40",   # reference, years, 2023/24, 40(2), 40 working days
        "2", "3", "5",       # section 40(2); 3 July; 5 June
        "86450", "41200", "37", "143", "412",  # (iii): money and durations
        ("10", 3),           # 'any figure below 10', "shown as 'fewer than 10'", 'every
                             # outcome would be fewer than 10' (the blanket sentence)
    ])
    per = FY(2023)
    F10 = "fewer than 10"
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", "Warwickshire Police, Leek Wootton, Warwick CV35 7QB")
    p = d.add_paragraph()
    r = p.add_run("Warwickshire Police \u2013 Freedom of Information")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Reference: FOI 2024-7702\nDate: 3 July 2024")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Thank you for your request received on 5 June 2024. You asked:")
    for line in ("(i) In the financial year 2023/24, how many allegations of sexual assault, "
                 "sexual harassment and other sexual misconduct were made against Warwickshire "
                 "Police officers and police staff?",
                 "(ii) What were the outcomes of the allegations of sexual harassment?",
                 "(iii) What was the total cost of the misconduct hearings for these "
                 "allegations, and how long, on average, were officers suspended?"):
        q = d.add_paragraph(line)
        q.paragraph_format.left_indent = Pt(24)
    d.add_paragraph("In line with our disclosure policy, any figure below 10 is shown as "
                    "\u2018fewer than 10\u2019. Such small numbers, combined with the outcomes of "
                    "misconduct hearings that are published on our website, could identify "
                    "the people concerned, and they are withheld under section 40(2) of the Act.")
    h = d.add_paragraph()
    h.add_run("Response to (i)").bold = True
    rows = [("Sexual assault", "sexual_assault", 14, 5), ("Sexual harassment",
                                                          "sexual_harassment", 27, 11),
            ("Other sexual misconduct", "sexual_misconduct", 8, 4)]
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for i, hdr in enumerate(["Allegation type", "Police officers", "Police staff", "Total"]):
        docx_cell(t.rows[0].cells[i], hdr, bold=True)

    def show(v):
        return F10 if v < 10 else str(v)

    def fig(cat, oc, v, subject="officers_and_staff"):
        if v < 10:
            KEY.fig(src, force, per, cat, oc, SUP(0, 9), subject=subject, said=F10)
        else:
            KEY.fig(src, force, per, cat, oc, v, subject=subject)

    for ri, (label, cat, o, s) in enumerate(rows, 1):
        cells = t.rows[ri].cells
        docx_cell(cells[0], label)
        for ci, (v, subj) in enumerate(((o, "officers"), (s, "staff"),
                                        (o + s, "officers_and_staff")), 1):
            docx_cell(cells[ci], show(v), align=WD_ALIGN_PARAGRAPH.CENTER)
            fig(cat, "total", v, subj)
    d.add_paragraph("")
    h = d.add_paragraph()
    h.add_run("Response to (ii)").bold = True
    d.add_paragraph("The outcomes of the 38 allegations of sexual harassment against officers "
                    "and staff were:")
    KEY.fig(src, force, per, "sexual_harassment", "total", 38, restated=True)
    outs = [("Dismissed", "dismissed", 4), ("Final written warning", "final_written_warning", 3),
            ("Written warning", "written_warning", 2),
            ("Reflective practice", "management_action", 11),
            ("No case to answer", "no_case_to_answer", 13), ("Ongoing", "ongoing", 5)]
    assert sum(v for _, _, v in outs) == 38
    for ol, oc, v in outs:
        d.add_paragraph(f"{ol}: {show(v)}", style="List Bullet")
        fig("sexual_harassment", oc, v)
    d.add_paragraph("The outcomes of the allegations of sexual assault and of other sexual "
                    "misconduct were not requested separately; in any event every outcome "
                    "would be fewer than 10 and would be withheld.")
    h = d.add_paragraph()
    h.add_run("Response to (iii)").bold = True
    d.add_paragraph("The total cost of the misconduct hearings held in 2023/24 for these "
                    "allegations was \u00a386,450, of which \u00a341,200 was for legally "
                    "qualified chairs. The hearings lasted 37 days in total. Officers suspended "
                    "in connection with these allegations were suspended for an average of 143 "
                    "days; the longest suspension lasted 412 days.")
    h = d.add_paragraph()
    h.add_run("Complaint rights").bold = True
    d.add_paragraph("If you are dissatisfied with this response you may request an internal "
                    "review within 40 working days. If you remain dissatisfied you may complain "
                    "to the " + ICO + ".")
    d.add_paragraph("Yours sincerely\n\nFreedom of Information Officer\nWarwickshire Police")
    docx_save(d, src, "Warwickshire Police")


# =========================================================================== XLSX responses


def build_north_yorkshire():
    """Workbook whose first sheet, 'Notes', defines the symbols used on the data sheets ('[c]'
    a figure below five withheld under s40(2); '\u2013' nil; '[u]' not recorded, misogyny only
    recorded since 1 April 2023); the data sheets '2022-23' and '2023-24' use the symbols
    without explaining them; categories across, outcomes down, a Total row; misogyny
    (discriminatory_behaviour) is '[u]' throughout 2022-23 (one not_held row)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src, force = "north-yorkshire/FOI NYP-2024-1190 response.xlsx", "north-yorkshire"
    KEY.file(src, nonfig=[
        "1190", "2000", "2022", "2023", "2024", "23", "24",  # reference, Act, years on sheet titles
        "1", "2", "02", "05", "40",    # 1 April 2023, section 40(2), extracted 02/05/2024
    ])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Notes"
    notes = [("A1", "North Yorkshire Police \u2013 Freedom of Information request NYP-2024-1190"),
             ("A2", "Allegations of sexual misconduct and misogyny against police officers and "
                    "police staff"),
             ("A4", "Request"),
             ("B4", "The number of allegations of sexual assault, sexual harassment, abuse of "
                    "position for a sexual purpose and misogyny made against North Yorkshire "
                    "Police officers and staff in 2022/23 and 2023/24, by outcome."),
             ("A6", "Symbols used in this workbook"),
             ("A7", "[c]"),
             ("B7", "Confidential: a figure below five, withheld under section 40(2) of the "
                    "Freedom of Information Act 2000"),
             ("A8", "\u2013"), ("B8", "Nil (no allegations)"),
             ("A9", "[u]"),
             ("B9", "Not recorded: misogyny has been recorded as a separate category only since "
                    "1 April 2023, so no figures are held for 2022/23"),
             ("A11", "Notes"),
             ("B11", "Figures are allegations against police officers and police staff "
                     "combined, by the financial year in which the allegation was recorded."),
             ("B12", "Data extracted from Centurion on 02/05/2024."),
             ("B13", "Each data sheet is one financial year.")]
    for ref, v in notes:
        ws[ref] = v
    ws["A1"].font = Font(bold=True, size=13)
    for ref in ("A4", "A6", "A11"):
        ws[ref].font = Font(bold=True)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 110
    cats = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
            ("Misogyny", "discriminatory_behaviour")]
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("No further action", "no_further_action"),
            ("Ongoing", "ongoing")]
    years = {"2022-23": (FY(2022), "2022/23", [(3, 0, 1, 0, 2, 6, 0, 0), (5, 1, 4, 6, 9, 7, 2, 0),
                                               (5, 2, 0, 0, 0, 0, 0, 1), None]),
             "2023-24": (FY(2023), "2023/24", [(2, 1, 0, 3, 1, 7, 0, 4), (6, 0, 5, 2, 11, 9, 3, 5),
                                               (4, 1, 0, 0, 0, 0, 0, 3), (1, 0, 2, 6, 8, 5, 1, 2)])}
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    for title, (per, label, cols) in years.items():
        sh = wb.create_sheet(title)
        sh["A1"] = f"Allegations against officers and staff by outcome \u2013 financial year {label}"
        sh.merge_cells("A1:E1")
        sh["A1"].font = Font(bold=True, size=12)
        sh.append([])
        sh.append(["Outcome"] + [c[0] for c in cats])
        for cell in sh[3]:
            cell.font = Font(bold=True)
            cell.fill = head_fill
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        for oi, (ol, oc) in enumerate(outs):
            row = [ol]
            for (cl, cat), vals in zip(cats, cols):
                if vals is None:
                    row.append("[u]")
                    continue
                v = vals[oi]
                if v == 0:
                    row.append("\u2013")
                    KEY.fig(src, force, per, cat, oc, 0, said="\u2013")
                elif v < 5:
                    row.append("[c]")
                    KEY.fig(src, force, per, cat, oc, SUP(), said="[c]")
                else:
                    row.append(v)
                    KEY.fig(src, force, per, cat, oc, v)
            sh.append(row)
        row = ["Total"]
        for (cl, cat), vals in zip(cats, cols):
            if vals is None:
                row.append("[u]")
                KEY.fig(src, force, per, cat, "total", NH)
                continue
            row.append(sum(vals))
            KEY.fig(src, force, per, cat, "total", sum(vals))
        sh.append(row)
        for cell in sh[sh.max_row]:
            cell.font = Font(bold=True)
        for r in sh.iter_rows(min_row=4, min_col=2):
            for cell in r:
                cell.alignment = Alignment(horizontal="right")
        sh.column_dimensions["A"].width = 28
        for col in "BCDE":
            sh.column_dimensions[col].width = 18
        sh.row_dimensions[3].height = 32
    xlsx_save(wb, src, creator="NYP Information Management")


def build_lincolnshire():
    """One sheet with two tables side by side: 'Police officers' in A-D and 'Police staff' in
    F-I (a blank column between), each under a merged group header, with the same outcome rows
    and the same three category columns; calendar year 2023 only in the title row."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src, force = "lincolnshire/FOI 24-1455 response.xlsx", "lincolnshire"
    KEY.file(src, nonfig=[
        "24", "1455", "2023", "2024", "05", "09", "31",   # reference, dates, 09/05/2024
        ("1", 1),     # '1 January' in the title row
    ])
    per = CY(2023)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = ("Lincolnshire Police \u2013 FOI 24-1455 \u2013 allegations of sexual misconduct "
                "recorded between 1 January and 31 December 2023, by outcome")
    ws["A1"].font = Font(bold=True, size=12)
    cats = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
            ("Other sexual misconduct", "sexual_misconduct")]
    outs = [("Dismissed", "dismissed"), ("Resigned/retired", "resigned_or_retired"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice / management advice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
    tables = [("A", "Police officers", "officers", [(2, 4, 1), (1, 0, 1), (0, 3, 2), (1, 2, 0),
                                                    (2, 6, 3), (4, 5, 2), (3, 2, 1)]),
              ("F", "Police staff", "staff", [(0, 2, 0), (1, 1, 0), (0, 1, 0), (0, 1, 1),
                                              (1, 3, 1), (2, 2, 0), (0, 1, 1)])]
    fill = PatternFill("solid", fgColor="FCE4D6")
    for col, title, subj, vals in tables:
        c0 = openpyxl.utils.column_index_from_string(col)
        L = openpyxl.utils.get_column_letter
        ws.cell(row=3, column=c0, value=title).font = Font(bold=True)
        ws.merge_cells(f"{L(c0)}3:{L(c0 + 3)}3")
        ws.cell(row=3, column=c0).alignment = Alignment(horizontal="center")
        ws.cell(row=3, column=c0).fill = fill
        for i, h in enumerate(["Outcome"] + [c[0] for c in cats]):
            cell = ws.cell(row=4, column=c0 + i, value=h)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, horizontal="center")
        tots = [0, 0, 0]
        for ri, ((ol, oc), row) in enumerate(zip(outs, vals)):
            ws.cell(row=5 + ri, column=c0, value=ol)
            for ci, ((cl, cat), v) in enumerate(zip(cats, row)):
                ws.cell(row=5 + ri, column=c0 + 1 + ci, value=v)
                KEY.fig(src, force, per, cat, oc, v, subject=subj)
            tots = [a + b for a, b in zip(tots, row)]
        r = 5 + len(outs)
        ws.cell(row=r, column=c0, value="Total").font = Font(bold=True)
        for ci, ((cl, cat), v) in enumerate(zip(cats, tots)):
            ws.cell(row=r, column=c0 + 1 + ci, value=v).font = Font(bold=True)
            KEY.fig(src, force, per, cat, "total", v, subject=subj)
        ws.column_dimensions[L(c0)].width = 36
        for k in range(1, 4):
            ws.column_dimensions[L(c0 + k)].width = 14
    ws.column_dimensions["E"].width = 4
    ws["A14"] = "Source: Centurion (police officers) and HR case records (police staff), 09/05/2024."
    ws["A15"] = "Figures are numbers of allegations."
    xlsx_save(wb, src, creator="Lincolnshire Police PSD")


def build_gwent():
    """Workbook whose totals are formulas with cached values (as Excel saves them): a Total
    column '=SUM(B4:D4)' over three financial years (keyed over the whole span), a Total row
    across the four types (not keyed), a '% change' column of formulas (percentages: not
    figures); a second block of outcomes for 2023/24 whose Total row (formulas) restates the
    2023/24 column of the first block (keyed once); domestic abuse."""
    import openpyxl
    from openpyxl.styles import Font
    src, force = "gwent/FOI 2024-1544 response.xlsx", "gwent"
    KEY.file(src, nonfig=[
        "2021", "2022", "2023", "22", "23",   # year labels (the reference is the sheet name)
        "38", "41", "52", "131",       # Total row across the four types (formulas): not keyed
        "18.2", "26.3", "150.0", "55.6", "26.8",   # '% change' column: percentages
        ("24", 4),    # '2023/24' in the title, two headers and the second block's title
    ])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FOI 2024-1544"
    cached = {}
    ws["A1"] = ("Gwent Police \u2013 allegations of sexual misconduct and domestic abuse against "
                "officers and staff, financial years 2021/22 to 2023/24")
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Allegation type", "2021/22", "2022/23", "2023/24", "Total",
               "% change 2022/23 to 2023/24"])
    for c in ws[3]:
        c.font = Font(bold=True)
    cats = [("Sexual assault", "sexual_assault", (8, 11, 9)),
            ("Sexual harassment", "sexual_harassment", (15, 19, 24)),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", (3, 2, 5)),
            ("Domestic abuse", "domestic_abuse", (12, 9, 14))]
    yrs = [FY(2021), FY(2022), FY(2023)]
    for i, (label, cat, vals) in enumerate(cats):
        r = 4 + i
        ws.append([label, *vals, f"=SUM(B{r}:D{r})", f"=(D{r}-C{r})/C{r}"])
        cached[f"E{r}"] = sum(vals)
        cached[f"F{r}"] = repr((vals[2] - vals[1]) / vals[1])
        ws[f"F{r}"].number_format = "0.0%"
        for per, v in zip(yrs, vals):
            KEY.fig(src, force, per, cat, "total", v)
        KEY.fig(src, force, SPAN(yrs[0], yrs[2]), cat, "total", sum(vals))
    r = 8
    ws.append(["Total", "=SUM(B4:B7)", "=SUM(C4:C7)", "=SUM(D4:D7)", "=SUM(E4:E7)",
               "=(D8-C8)/C8"])
    colsum = [sum(c[2][k] for c in cats) for k in range(3)]
    for L, v in zip("BCDE", colsum + [sum(colsum)]):
        cached[f"{L}{r}"] = v
    cached["F8"] = repr((colsum[2] - colsum[1]) / colsum[1])
    ws["F8"].number_format = "0.0%"
    for c in ws[8]:
        c.font = Font(bold=True)
    ws.append([])
    ws.append([])
    ws.append(["Outcomes of allegations recorded in 2023/24"])
    ws["A11"].font = Font(bold=True)
    ws.append(["Outcome", "Sexual assault", "Sexual harassment",
               "Abuse of position for a sexual purpose", "Domestic abuse"])
    for c in ws[12]:
        c.font = Font(bold=True)
    outs = [("Dismissed", "dismissed", (2, 3, 3, 1)),
            ("Final written warning", "final_written_warning", (1, 2, 0, 2)),
            ("Written warning", "written_warning", (0, 4, 0, 2)),
            ("Reflective practice", "management_action", (2, 7, 0, 4)),
            ("No case to answer", "no_case_to_answer", (3, 5, 0, 3)),
            ("Ongoing", "ongoing", (1, 3, 2, 2))]
    for i, (ol, oc, vals) in enumerate(outs):
        ws.append([ol, *vals])
        for (label, cat, _), v in zip(cats, vals):
            KEY.fig(src, force, yrs[2], cat, oc, v)
    rt = 13 + len(outs)
    ws.append(["Total"] + [f"=SUM({L}13:{L}{rt - 1})" for L in "BCDE"])
    for (label, cat, vals), L, k in zip(cats, "BCDE", range(4)):
        tot = sum(o[2][k] for o in outs)
        assert tot == vals[2], (label, tot)
        cached[f"{L}{rt}"] = tot
        KEY.fig(src, force, yrs[2], cat, "total", tot, restated=True)
    for c in ws[rt]:
        c.font = Font(bold=True)
    ws[f"A{rt + 2}"] = "Figures are allegations recorded by the Professional Standards Department."
    ws.column_dimensions["A"].width = 40
    for L in "BCDEF":
        ws.column_dimensions[L].width = 16
    xlsx_save(wb, src, creator="Gwent Police", cached={"FOI 2024-1544": cached})


def build_cambridgeshire():
    """Percentages only: the request asked what proportion of allegations ended in dismissal,
    and the answer is a table of percentages (percent-formatted cells, one of them 0.0%) with no
    counts. No rows (a percentage is not a count, and 0.0% is not a stated nil)."""
    import openpyxl
    from openpyxl.styles import Font
    src = "cambridgeshire/FOI 0712-24 response.xlsx"
    KEY.file(src, nonfig=[
        # percentages only: no number in it is a figure
        "0712", "2021", "2022", "2023", "22", "23", "24",
        "21.4", "25.0", "18.2", "11.1", "9.5", "13.0", "60.0", "66.7", "0.0", "14.3"
    ])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Response"
    ws["A1"] = "Cambridgeshire Constabulary \u2013 FOI 0712/24"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "Request:"
    ws["B3"] = ("What percentage of allegations of sexual misconduct against police officers "
                "resulted in dismissal in each of the last three financial years, by type of "
                "allegation?")
    ws["A5"] = "Percentage of finalised allegations against police officers that resulted in dismissal"
    ws["A5"].font = Font(bold=True)
    ws.append(["Allegation type", "2021/22", "2022/23", "2023/24"])
    for c in ws[6]:
        c.font = Font(bold=True)
    rows = [("Sexual assault", 3 / 14, 4 / 16, 2 / 11),
            ("Sexual harassment", 2 / 18, 2 / 21, 3 / 23),
            ("Abuse of position for a sexual purpose", 3 / 5, 4 / 6, 2 / 3),
            ("Other sexual misconduct", 0.0, 1 / 9, 1 / 7)]
    for r in rows:
        ws.append(list(r))
        for c in ws[ws.max_row][1:]:
            c.number_format = "0.0%"
    ws["A12"] = ("Percentages are of the allegations finalised in each financial year. "
                 "Allegations still under investigation are not included.")
    ws["A13"] = ("The number of allegations is published in the Constabulary's Professional "
                 "Standards annual report.")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 90
    xlsx_save(wb, src, creator="Cambridgeshire Constabulary")


# =========================================================================== HTML responses


def build_lancashire():
    """Lancashire disclosure-log page in its house style (site header, breadcrumb, <dl> meta,
    request in a blockquote, one long table Period | Allegation type | Outcome | count with a
    bold Total row per type, footnote in <p class="footnote"><small>), drifted: the count column
    is now 'Number of allegations' (the house style counted cases), and small counts are shown
    as '<=5' (five or fewer, s40(2): bounds 0..5), including one Total."""
    src, force = "lancashire/FOI-2024-00912-response.html", "lancashire"
    KEY.file(src, nonfig=[
        "00912", "2000", "2023", "2024", "24", "21", "40", "101", "999",  # ref, dates, phone
        "1", "2",      # Section 1(1)(a); section 40(2)
        ("5", 1),      # the footnote '<=5 indicates a figure of five or fewer'
    ])
    per = FY(2023)
    LE5 = "<=5"
    blocks = [("Sexual harassment", "sexual_harassment", [
        ("Dismissed", "dismissed", 6), ("Final written warning", "final_written_warning", 3),
        ("Written warning", "written_warning", 2),
        ("Reflective practice", "management_action", 9),
        ("No case to answer", "no_case_to_answer", 11),
        ("Ongoing \u2013 subject on restricted duties", "ongoing", 4)]),
        ("Sexual assault", "sexual_assault", [
            ("Dismissed", "dismissed", 4),
            ("Would have been dismissed", "would_have_been_dismissed", 1),
            ("No case to answer", "no_case_to_answer", 8), ("Ongoing", "ongoing", 5)]),
        ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [
            ("Dismissed", "dismissed", 7),
            ("Would have been dismissed", "would_have_been_dismissed", 2),
            ("Ongoing", "ongoing", 3)]),
        ("Misogyny", "discriminatory_behaviour", [
            ("Reflective practice", "management_action", 2),
            ("No case to answer", "no_case_to_answer", 1)])]
    trs = []

    def cell(cat, oc, v):
        if v <= 5:
            KEY.fig(src, force, per, cat, oc, SUP(0, 5), said=LE5)
            return "&lt;=5"
        KEY.fig(src, force, per, cat, oc, v)
        return str(v)

    for label, cat, outs in blocks:
        for ol, oc, v in outs:
            trs.append(f'        <tr><td>2023/24</td><td>{label}</td><td>{ol}</td>'
                       f'<td class="num">{cell(cat, oc, v)}</td></tr>')
        tot = sum(v for _, _, v in outs)
        trs.append(f'        <tr class="subtotal"><td>2023/24</td><td>{label}</td><td><strong>'
                   f'Total</strong></td><td class="num"><strong>{cell(cat, "total", tot)}'
                   f'</strong></td></tr>')
    body = f"""<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="emergency-banner" role="region" aria-label="Emergency contact">
  <div class="container"><p>In an emergency always call <strong>999</strong>. For non-emergencies call <strong>101</strong> or <a href="/report/">report online</a>.</p></div>
</div>
<header class="site-header">
  <div class="container site-header__inner">
    <a class="site-header__logo" href="/"><img src="/assets/img/lancashire-constabulary.svg" alt="Lancashire Constabulary" width="220" height="64"></a>
    <nav class="site-nav" aria-label="Main navigation">
      <ul class="site-nav__list">
        <li class="site-nav__item"><a href="/report/">Report</a></li>
        <li class="site-nav__item"><a href="/advice/">Advice</a></li>
        <li class="site-nav__item"><a href="/news/">News</a></li>
        <li class="site-nav__item site-nav__item--active"><a href="/about-us/">About us</a></li>
        <li class="site-nav__item"><a href="/contact-us/">Contact us</a></li>
      </ul>
    </nav>
  </div>
</header>
<div class="container">
  <ol class="breadcrumbs">
    <li><a href="/">Home</a></li>
    <li><a href="/about-us/">About us</a></li>
    <li><a href="/about-us/freedom-of-information/">Freedom of Information</a></li>
    <li><a href="/about-us/freedom-of-information/disclosure-log/">Disclosure log</a></li>
    <li aria-current="page">FOI 2024/00912</li>
  </ol>
</div>
<main id="main-content" class="container">
<article class="disclosure">
  <h1 class="disclosure__title">Sexual misconduct and misogyny allegations against officers and staff 2023/24</h1>
  <dl class="disclosure__meta">
    <dt>Reference number</dt><dd>FOI 2024/00912</dd>
    <dt>Date of response</dt><dd>21 May 2024</dd>
    <dt>Category</dt><dd>Professional Standards</dd>
  </dl>
  <section class="disclosure__section">
    <h2>Request</h2>
    <blockquote class="disclosure__request">
      <p>For the financial year 2023/24, please state how many allegations of sexual harassment, sexual assault, abuse of position for a sexual purpose and misogyny were recorded against your officers and staff, and the outcome of each.</p>
    </blockquote>
  </section>
  <section class="disclosure__section">
    <h2>Response</h2>
    <p>Lancashire Constabulary has now completed its search for the information you requested. I can confirm that the information is held and, in accordance with Section&nbsp;1(1)(a) and (b) of the Freedom of Information Act 2000, it is provided below.</p>
    <p>The table shows allegations recorded against Lancashire Constabulary police officers and police staff in the financial year 2023/24, by allegation type and outcome. Outcomes with no allegations are not listed.</p>
    <div class="table-responsive">
    <table class="table table--striped disclosure-table">
      <caption>Allegations recorded against police officers and police staff, 2023/24</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Allegation type</th>
          <th scope="col">Outcome</th>
          <th scope="col" class="num">Number of allegations</th>
        </tr>
      </thead>
      <tbody>
{chr(10).join(trs)}
      </tbody>
    </table>
    </div>
    <p class="footnote"><small>&lt;=5 indicates a figure of five or fewer. The exact figure is withheld under section 40(2) of the Freedom of Information Act 2000 (personal information), as low numbers could identify the officers and staff concerned. From April 2023 the Constabulary records allegations rather than cases, so these figures are not directly comparable with our earlier responses, which counted cases.</small></p>
  </section>
  <section class="disclosure__section disclosure__section--rights">
    <h2>Your rights</h2>
    <p>If you are unhappy with the way your request has been handled you may ask for an internal review by writing to the Information Compliance Unit, Lancashire Constabulary Headquarters, within 40 working days of the date of our response.</p>
    <p>If you remain dissatisfied after the internal review you may complain to the <a href="https://ico.org.uk/">Information Commissioner's Office</a>, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9&nbsp;5AF.</p>
  </section>
</article>
</main>
<footer class="site-footer">
  <div class="container">
    <ul class="site-footer__links">
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="/privacy-notice/">Privacy notice</a></li>
      <li><a href="/cookies/">Cookies</a></li>
    </ul>
    <p class="site-footer__address">Lancashire Constabulary Headquarters, Saunders Lane, Hutton, Preston, PR4&nbsp;5SB</p>
    <p class="site-footer__copyright">&copy; Lancashire Constabulary 2024</p>
  </div>
</footer>"""
    head = ('<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="/assets/css/main.min.css?v=4.1.0">\n')
    write_text(src, html_page("Sexual misconduct and misogyny allegations against officers and "
                              "staff 2023/24 | Lancashire Constabulary", body, head, "en-GB"))


def build_cleveland():
    """Disclosure-log page whose table has a long summary caption that itself contains numbers
    ('This table has 7 rows and 4 columns') and an old-style summary attribute; categories
    across, outcomes down, Total row; police officers only; calendar year 2023."""
    src, force = "cleveland/FOI 2024-0981 disclosure.html", "cleveland"
    KEY.file(src, nonfig=[
        "0981", "1187", "0312", "2023", "2024", "05", "14", "30", "40",  # refs, dates, 40 days
        ("1", 1),      # 'Table 1.' in the caption
        ("4", 1),      # caption summary: '4 columns'
        ("7", 1),      # caption summary: '7 rows'
    ])
    per = CY(2023)
    cats = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
    outs = [("Dismissed", "dismissed", (2, 3, 4)),
            ("Final written warning", "final_written_warning", (1, 4, 0)),
            ("Written warning", "written_warning", (0, 5, 0)),
            ("Reflective practice", "management_action", (1, 6, 0)),
            ("No case to answer", "no_case_to_answer", (5, 7, 1)),
            ("Ongoing", "ongoing", (3, 2, 2))]
    trs = []
    tots = [0, 0, 0]
    for ol, oc, vals in outs:
        trs.append(f"<tr><th scope=\"row\">{ol}</th>" + "".join(f"<td>{v}</td>" for v in vals)
                   + "</tr>")
        for (cl, cat), v in zip(cats, vals):
            KEY.fig(src, force, per, cat, oc, v, subject="officers")
        tots = [a + b for a, b in zip(tots, vals)]
    trs.append("<tr class=\"total\"><th scope=\"row\">Total</th>" +
               "".join(f"<td><b>{v}</b></td>" for v in tots) + "</tr>")
    for (cl, cat), v in zip(cats, tots):
        KEY.fig(src, force, per, cat, "total", v, subject="officers")
    rows = "\n      ".join(trs)
    body = f"""<div id="page">
<header id="masthead"><a href="/"><img src="/images/cleveland-police-logo.png" alt="Cleveland Police"></a>
<ul class="topnav"><li><a href="/report">Report</a></li><li><a href="/news">News</a></li><li><a href="/foi">Freedom of Information</a></li></ul></header>
<div id="content">
<p class="crumbs"><a href="/">Home</a> / <a href="/foi">Freedom of Information</a> / <a href="/foi/disclosure-log">Disclosure log</a> / 2024/0981</p>
<h1>Sexual misconduct allegations against police officers 2023</h1>
<p class="meta">Reference: 2024/0981 &middot; Published: 14/05/2024 &middot; Category: Professional Standards</p>
<h2>Request</h2>
<p>Please provide the number of allegations of sexual assault, sexual harassment and abuse of position for a sexual purpose made against Cleveland Police officers in 2023, broken down by outcome.</p>
<h2>Response</h2>
<p>Cleveland Police holds this information, and it is provided in the table below. The figures relate to police officers only.</p>
<table class="disclosure" summary="Allegations against police officers in 2023. Rows are outcomes; columns are types of allegation.">
  <caption>Table 1. Allegations of sexual misconduct recorded against Cleveland Police officers in 2023, by outcome. Summary: this table has 7 rows and 4 columns. Each row is an outcome and each column is a type of allegation, with a total row at the foot.</caption>
  <thead><tr><th scope="col">Outcome</th>{"".join(f'<th scope="col">{c[0]}</th>' for c in cats)}</tr></thead>
  <tbody>
      {rows}
  </tbody>
</table>
<p>Outcomes are as recorded on 30 April 2024. &lsquo;Ongoing&rsquo; includes allegations awaiting a misconduct hearing.</p>
<h2>Your rights</h2>
<p>If you are unhappy with this response you may request an internal review within 40 working days. If you remain unhappy you may complain to the Information Commissioner&rsquo;s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
<aside class="related"><h3>Related disclosures</h3><ul>
<li><a href="/foi/disclosure-log/2023-1187">2023/1187 Misconduct hearings</a></li>
<li><a href="/foi/disclosure-log/2024-0312">2024/0312 Vetting</a></li></ul></aside>
</div>
<footer><p>Cleveland Police, Ladgate Lane, Middlesbrough TS8 9EH</p></footer>
</div>"""
    write_text(src, html_page("2024/0981 Sexual misconduct allegations against police officers "
                              "2023 | Cleveland Police", body))


def build_northamptonshire():
    """Disclosure page with the answers inside collapsed <details> elements (only the <summary>
    shows until opened) and the figures in definition lists (<dl><dt>label</dt><dd>n</dd>);
    a metadata <dl> with the reference and date; 'Nil' in a <dd> (keyed 0); outcomes as one
    <dl> per category under an <h4>; financial year 2023/24."""
    src, force = "northamptonshire/FOI-NP-2024-0917.html", "northamptonshire"
    KEY.file(src, nonfig=[
        "0917", "2023", "2024", "24", "31", "40",   # reference, dates, 2023/24, 40 working days
        ("1", 3),      # 'question 1', 1 April 2023, 1 June 2024
        ("2", 1),      # 'question 2'
        ("3", 1),      # 3 July 2024
    ])
    per = FY(2023)
    totals = [("Sexual assault", "sexual_assault", 13), ("Sexual harassment",
                                                         "sexual_harassment", 21),
              ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", 4)]
    q1 = []
    for label, cat, v in totals:
        q1.append(f"      <dt>{label}</dt><dd>{v}</dd>")
        KEY.fig(src, force, per, cat, "total", v)
    q1.append("      <dt>Misogyny or sexism</dt><dd>Nil</dd>")
    KEY.fig(src, force, per, "discriminatory_behaviour", "total", 0, said="Nil")
    outs = {"sexual_assault": [("Dismissed", "dismissed", 3),
                               ("Final written warning", "final_written_warning", 1),
                               ("Reflective practice", "management_action", 2),
                               ("No case to answer", "no_case_to_answer", 5),
                               ("Ongoing", "ongoing", 2)],
            "sexual_harassment": [("Dismissed", "dismissed", 2),
                                  ("Final written warning", "final_written_warning", 4),
                                  ("Written warning", "written_warning", 3),
                                  ("Reflective practice", "management_action", 6),
                                  ("No case to answer", "no_case_to_answer", 4),
                                  ("Ongoing", "ongoing", 2)],
            "abuse_of_position_sexual": [("Dismissed", "dismissed", 2),
                                         ("Resigned or retired", "resigned_or_retired", 1),
                                         ("Ongoing", "ongoing", 1)]}
    q2 = []
    for label, cat, tot in totals:
        assert tot == sum(v for _, _, v in outs[cat])
        q2.append(f"    <h4>{label}</h4>\n    <dl class=\"outcomes\">")
        for ol, oc, v in outs[cat]:
            q2.append(f"      <dt>{ol}</dt><dd>{v}</dd>")
            KEY.fig(src, force, per, cat, oc, v)
        q2.append("    </dl>")
    q1s, q2s = "\n".join(q1), "\n".join(q2)
    body = f"""<header class="np-header"><a href="/"><img src="/img/northants-police.svg" alt="Northamptonshire Police"></a>
<nav><a href="/report">Report</a> <a href="/advice">Advice</a> <a href="/foi">FOI</a></nav></header>
<main class="np-main">
<p class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">Freedom of Information</a> &gt; <a href="/foi/disclosures">Disclosures</a></p>
<h1>Misconduct allegations of a sexual nature 2023/24</h1>
<dl class="foi-meta">
  <dt>Reference</dt><dd>FOI-NP-2024-0917</dd>
  <dt>Date of response</dt><dd>3 July 2024</dd>
  <dt>Subject</dt><dd>Professional Standards</dd>
</dl>
<details class="accordion">
  <summary>Request</summary>
  <p>How many allegations of sexual assault, sexual harassment, abuse of position for a sexual purpose and misogyny or sexism were recorded against Northamptonshire Police officers and staff in the financial year 2023/24, and what were the outcomes?</p>
</details>
<details class="accordion">
  <summary>Response &ndash; question 1: allegations recorded</summary>
  <p>Northamptonshire Police holds this information. Allegations recorded against police officers and police staff between 1 April 2023 and 31 March 2024:</p>
  <dl class="figures">
{q1s}
  </dl>
</details>
<details class="accordion">
  <summary>Response &ndash; question 2: outcomes</summary>
  <p>The outcomes of those allegations as at 1 June 2024:</p>
{q2s}
</details>
<details class="accordion">
  <summary>Exemptions applied</summary>
  <p>None.</p>
</details>
<details class="accordion">
  <summary>Your right to complain</summary>
  <p>You may ask for an internal review within 40 working days of the date of the response. If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
</details>
</main>
<footer class="np-footer"><p>Northamptonshire Police, Wootton Hall, Northampton NN4 0JQ</p></footer>"""
    write_text(src, html_page("FOI-NP-2024-0917 | Northamptonshire Police", body))


def build_metropolitan():
    """Met disclosure page in its house style (foi-disclosure-content, rich-text, data-table
    with an &nbsp; corner cell, <br> in headers, bold Total column, asterisk footnote), drifted:
    Table 1 has one column per employee type in one row per category: police officers, special
    constables (MSC), PCSOs, police staff and Total. Officers -> officers, police staff ->
    staff, Total -> officers_and_staff; the special constables and PCSO columns have no subject
    in the vocabulary and give no rows. Table 2: outcomes for all employee types together, its
    Total row restating Table 1's Total column (keyed once)."""
    src, force = "metropolitan/01.FOI.24.038842-response.html", "metropolitan"
    KEY.file(src, nonfig=[
        "01", "03", "04", "2000", "2023", "2024", "24", "31", "999",  # reference, dates, 2023/24
        "1", "2",      # Section 1(1)(a), 1 April, Table 1 (twice); Table 2, section 40(2)
        "9", "11",     # special constables column (no subject in the vocabulary): not keyed
        ("0", 1),      # PCSOs column, abuse of position: not keyed
        ("6", 1),      # PCSOs column, sexual harassment: not keyed
        ("12", 1),     # 12 June 2024
        ("40", 2),     # section 40(2); 40 working days
    ])
    per = FY(2023)
    cats = [("Sexual assault", "sexual_assault", (96, 4, 3, 12)),
            ("Sexual harassment", "sexual_harassment", (212, 9, 6, 41)),
            ("Abuse of position<br>for a sexual purpose", "abuse_of_position_sexual",
             (38, 2, 0, 1)),
            ("Other sexual<br>misconduct", "sexual_misconduct", (147, 11, 3, 28))]

    def show(v):
        return "*" if 1 <= v <= 4 else f"{v:,}"

    t1 = []
    for label, cat, (o, sc, pcso, s) in cats:
        tot = o + sc + pcso + s
        t1.append(f"<tr><th scope=\"row\">{label}</th><td>{show(o)}</td><td>{show(sc)}</td>"
                  f"<td>{show(pcso)}</td><td>{show(s)}</td><td><strong>{show(tot)}</strong></td>"
                  f"</tr>")
        for v, subj in ((o, "officers"), (s, "staff"), (tot, "officers_and_staff")):
            if 1 <= v <= 4:
                KEY.fig(src, force, per, cat, "total", SUP(), subject=subj, said="*")
            else:
                KEY.fig(src, force, per, cat, "total", v, subject=subj)
        # special constables (sc) and PCSOs (pcso): no row; their '*' cells are not keyed
    outs = [("Gross misconduct &ndash;<br>dismissed", "dismissed", (14, 23, 17, 12)),
            ("Would have<br>been dismissed", "would_have_been_dismissed", (6, 5, 8, 4)),
            ("Final<br>written warning", "final_written_warning", (5, 19, 2, 14)),
            ("Written<br>warning", "written_warning", (3, 22, 0, 17)),
            ("Reflective practice<br>(RPRP)", "management_action", (7, 61, 1, 38)),
            ("No case<br>to answer", "no_case_to_answer", (52, 98, 5, 71)),
            ("Ongoing", "ongoing", (28, 40, 8, 33))]
    t2 = []
    tots = [0, 0, 0, 0]
    for ol, oc, vals in outs:
        t2.append(f"<tr><th scope=\"row\">{ol}</th>" + "".join(f"<td>{show(v)}</td>"
                                                               for v in vals) + "</tr>")
        for (label, cat, _), v in zip(cats, vals):
            if 1 <= v <= 4:
                KEY.fig(src, force, per, cat, oc, SUP(), said="*")
            else:
                KEY.fig(src, force, per, cat, oc, v)
        tots = [a + b for a, b in zip(tots, vals)]
    t2.append("<tr><th scope=\"row\">Total</th>" + "".join(f"<td><strong>{show(v)}</strong></td>"
                                                            for v in tots) + "</tr>")
    for (label, cat, vals), v in zip(cats, tots):
        assert v == sum(vals), label
        KEY.fig(src, force, per, cat, "total", v, restated=True)
    t1s, t2s = "\n          ".join(t1), "\n          ".join(t2)
    cat_heads = "".join(f'<th scope="col">{c[0]}</th>' for c in cats)
    body = f"""<header class="masthead">
  <div class="masthead__inner">
    <a href="/" class="masthead__logo"><img src="/SysSiteAssets/media/images/met-logo.svg" alt="Metropolitan Police"></a>
    <nav class="masthead__nav" aria-label="Primary">
      <ul>
        <li><a href="/ro/report/">Report</a></li>
        <li><a href="/cp/crime-prevention/">Advice</a></li>
        <li><a href="/foi-ai/">FOI and information</a></li>
        <li><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="main">
  <nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/foi-ai/">FOI and information</a> &rsaquo; <a href="/foi-ai/metropolitan-police/">Disclosure log</a> &rsaquo; 01.FOI.24.038842</nav>
  <div class="foi-disclosure-content">
    <h1>Sexual misconduct allegations by employee type, 2023/24</h1>
    <div class="foi-meta">
      <p><span class="label">Reference:</span> 01.FOI.24.038842</p>
      <p><span class="label">Date of disclosure:</span> 12 June 2024</p>
      <p><span class="label">Related subject:</span> Professionalism and standards</p>
    </div>
    <div class="rich-text">
      <h2>Request</h2>
      <p>For the financial year 2023/24, how many allegations of sexual assault, sexual harassment, abuse of position for a sexual purpose and other sexual misconduct were made against MPS employees, broken down by type of employee (police officers, special constables, PCSOs and police staff)? Please also give the outcomes.</p>
      <h2>Response</h2>
      <p>A search for the information was carried out by the Directorate of Professional Standards (DPS). I can confirm that the Metropolitan Police Service (MPS) holds information relevant to your request, as required by Section 1(1)(a) of the Freedom of Information Act 2000. The MPS is able to disclose the located information as follows:</p>
      <h3>Table 1 &ndash; allegations by employee type, 1 April 2023 &ndash; 31 March 2024</h3>
      <div class="table-wrapper">
      <table class="data-table">
        <caption>Allegations recorded 01/04/2023 to 31/03/2024, by employee type</caption>
        <thead>
          <tr><th scope="col">&nbsp;</th><th scope="col">Police<br>officers</th><th scope="col">Special<br>constables (MSC)</th><th scope="col">PCSOs</th><th scope="col">Police<br>staff</th><th scope="col">Total</th></tr>
        </thead>
        <tbody>
          {t1s}
        </tbody>
      </table>
      </div>
      <h3>Table 2 &ndash; outcomes, all employee types, 2023/24</h3>
      <div class="table-wrapper">
      <table class="data-table">
        <caption>Outcome of allegations recorded 01/04/2023 to 31/03/2024</caption>
        <thead>
          <tr><th scope="col">&nbsp;</th>{cat_heads}</tr>
        </thead>
        <tbody>
          {t2s}
        </tbody>
      </table>
      </div>
      <p class="footnote"><sup>*</sup>&nbsp;To reduce the risk of identifying individuals, figures of fewer than five have been replaced with an asterisk. This information is exempt under section 40(2) of the Act (personal information).</p>
      <p class="footnote">The Total column of Table 1 includes all four employee types. Special constables are volunteer police officers of the Metropolitan Special Constabulary (MSC); PCSOs are police community support officers, who are members of police staff but are shown separately.</p>
      <h2>Complaint rights</h2>
      <p>If you are dissatisfied with this response you may ask for an internal review within 40 working days. If you remain dissatisfied after the review you may complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9&nbsp;5AF.</p>
    </div>
  </div>
</main>
<footer class="site-footer">
  <ul class="site-footer__links"><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/cookies/">Cookies</a></li></ul>
  <p>&copy; Metropolitan Police 2024. In an emergency call 999.</p>
</footer>"""
    head = ('<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="/SysSiteAssets/css/site.css?v=20240311">\n')
    write_text(src, html_page("Sexual misconduct allegations by employee type, 2023/24 | "
                              "Metropolitan Police", body, head, "en-GB"))


def build_south_yorkshire_listing():
    """A disclosure-log search results page (titles, references, dates, file sizes, a results
    count, pagination): it lists responses but holds no figures. No rows."""
    src = "south-yorkshire/disclosure-log-search-sexual-misconduct.html"
    KEY.file(src, nonfig=[
        # a search-results listing: no number in it is a figure
        "1", "2", "3", "4", "10", "37",     # 'Showing 1 to 10 of 37 results', page links
        "2018", "2019", "2020", "2022", "2023", "2024", "23", "24",  # years in titles and dates
        "01", "02", "03", "04", "05", "06", "12", "14", "16", "17", "22", "26", "28", "31",
        "214", "96", "188", "72", "65", "110", "140", "233", "87", "54",   # file sizes (KB)
        "20241112", "20240987", "20240877", "20240712", "20240655", "20240531", "20240402",
        "20240318", "20240211", "20240119"
    ])
    items = [("20241112", "Sexual misconduct allegations against officers 2023/24", "28/06/2024",
              "214"),
             ("20240987", "Vetting refusals 2019 to 2023", "14/06/2024", "96"),
             ("20240877", "Allegations of sexual misconduct by outcome 2022/23", "31/05/2024",
              "188"),
             ("20240712", "Police staff disciplinary outcomes", "17/05/2024", "72"),
             ("20240655", "Misogyny complaints 2023", "10/05/2024", "65"),
             ("20240531", "Officers suspended 2020 to 2024", "26/04/2024", "110"),
             ("20240402", "Misconduct hearings held in public 2023", "12/04/2024", "140"),
             ("20240318", "Domestic abuse allegations against officers 2018 to 2023",
              "22/03/2024", "233"),
             ("20240211", "Abuse of position for a sexual purpose referrals to the IOPC",
              "01/03/2024", "87"),
             ("20240119", "Professional Standards Department staffing", "16/02/2024", "54")]
    lis = "\n".join(
        f'  <li class="result"><h3><a href="/foi/disclosure-log/{ref}/">{title}</a></h3>'
        f'<p class="result__meta">Reference {ref} &middot; Published {date}</p>'
        f'<p><a href="/media/{ref}.pdf">Download response (PDF, {kb} KB)</a></p></li>'
        for ref, title, date, kb in items)
    body = f"""<header><a href="/"><img src="/logo.svg" alt="South Yorkshire Police"></a></header>
<main>
<h1>Disclosure log</h1>
<form action="/foi/disclosure-log/" method="get"><label for="q">Search the disclosure log</label>
<input id="q" name="q" value="sexual misconduct"><button>Search</button></form>
<p class="results-count">Showing 1 to 10 of 37 results for &lsquo;sexual misconduct&rsquo;</p>
<ol class="results">
{lis}
</ol>
<nav class="pagination"><a href="?q=sexual+misconduct&amp;page=1" aria-current="page">1</a> <a href="?q=sexual+misconduct&amp;page=2">2</a> <a href="?q=sexual+misconduct&amp;page=3">3</a> <a href="?q=sexual+misconduct&amp;page=4">4</a> <a href="?q=sexual+misconduct&amp;page=2">Next</a></nav>
</main>
<footer><p>South Yorkshire Police, Carbrook House, Carbrook Hall Road, Sheffield S9 2EH</p></footer>"""
    write_text(src, html_page("Disclosure log search: sexual misconduct | South Yorkshire Police",
                              body))


# =========================================================================== CSV and text


def build_west_mercia():
    """A long tidy export with eight columns (force, financial_year, quarter, allegation_type,
    outcome_group, outcome, officer_or_staff, count): quarters 'Q1'..'Q4' whose dates come from
    the financial_year column; outcomes at three stages told apart by outcome_group
    (Investigation: no case to answer / case to answer / under investigation; Misconduct
    proceedings: dismissed / final written warning / reflective practice / not proven;
    Criminal: convicted); only non-zero rows, no totals, no preamble."""
    src, force = "west-mercia/PSD allegations tidy export FY2023-24.csv", "west-mercia"
    KEY.file(src, nonfig=[
        "2023", "24",    # '2023/24' in the financial_year column of every row
    ])
    OUT = {("Investigation", "No case to answer"): "no_case_to_answer",
           ("Investigation", "Case to answer"): "other",
           ("Investigation", "Under investigation"): "ongoing",
           ("Misconduct proceedings", "Dismissed"): "dismissed",
           ("Misconduct proceedings", "Final written warning"): "final_written_warning",
           ("Misconduct proceedings", "Reflective practice"): "management_action",
           ("Misconduct proceedings", "Not proven"): "not_upheld",
           ("Criminal", "Convicted"): "criminal_conviction"}
    CAT = {"Sexual harassment": "sexual_harassment", "Sexual assault": "sexual_assault",
           "Abuse of position for a sexual purpose": "abuse_of_position_sexual"}
    SH, SA, AP = "Sexual harassment", "Sexual assault", "Abuse of position for a sexual purpose"
    I, M, C = "Investigation", "Misconduct proceedings", "Criminal"
    data = {
        1: [(SH, "Officer", [(I, "No case to answer", 3), (I, "Case to answer", 2),
                             (I, "Under investigation", 1), (M, "Dismissed", 1),
                             (M, "Reflective practice", 1)]),
            (SH, "Staff", [(I, "No case to answer", 1), (I, "Case to answer", 1),
                           (M, "Final written warning", 1)]),
            (SA, "Officer", [(I, "No case to answer", 2), (I, "Case to answer", 1),
                             (I, "Under investigation", 2), (M, "Dismissed", 1),
                             (C, "Convicted", 1)]),
            (AP, "Officer", [(I, "Case to answer", 2), (M, "Dismissed", 2)])],
        2: [(SH, "Officer", [(I, "No case to answer", 2), (I, "Case to answer", 3),
                             (I, "Under investigation", 2), (M, "Final written warning", 1),
                             (M, "Reflective practice", 2)]),
            (SH, "Staff", [(I, "No case to answer", 2), (I, "Under investigation", 1)]),
            (SA, "Officer", [(I, "No case to answer", 1), (I, "Case to answer", 2),
                             (I, "Under investigation", 1), (M, "Dismissed", 1),
                             (M, "Not proven", 1)]),
            (SA, "Staff", [(I, "Under investigation", 1)]),
            (AP, "Officer", [(I, "Case to answer", 1), (I, "Under investigation", 1),
                             (M, "Dismissed", 1)])],
        3: [(SH, "Officer", [(I, "No case to answer", 4), (I, "Case to answer", 2),
                             (I, "Under investigation", 3), (M, "Reflective practice", 1),
                             (M, "Not proven", 1)]),
            (SH, "Staff", [(I, "Case to answer", 2), (I, "Under investigation", 1),
                           (M, "Final written warning", 1), (M, "Reflective practice", 1)]),
            (SA, "Officer", [(I, "No case to answer", 2), (I, "Under investigation", 3)]),
            (AP, "Officer", [(I, "Under investigation", 2)])],
        4: [(SH, "Officer", [(I, "No case to answer", 1), (I, "Case to answer", 1),
                             (I, "Under investigation", 5), (M, "Reflective practice", 1)]),
            (SH, "Staff", [(I, "No case to answer", 1), (I, "Under investigation", 2)]),
            (SA, "Officer", [(I, "No case to answer", 1), (I, "Under investigation", 4)]),
            (SA, "Staff", [(I, "No case to answer", 1)]),
            (AP, "Officer", [(I, "Case to answer", 1), (I, "Under investigation", 3),
                             (M, "Dismissed", 1), (C, "Convicted", 1)])]}
    lines = ["force,financial_year,quarter,allegation_type,outcome_group,outcome,"
             "officer_or_staff,count"]
    for q in (1, 2, 3, 4):
        for cat, subj, outs in data[q]:
            for grp, out, n in outs:
                lines.append(f"West Mercia Police,2023/24,Q{q},{cat},{grp},{out},{subj},{n}")
                KEY.fig(src, force, FQ(2023, q), CAT[cat], OUT[(grp, out)], n,
                        subject={"Officer": "officers", "Staff": "staff"}[subj])
    write_text(src, "\n".join(lines) + "\n")


def build_cheshire():
    """A journalist's forward of the force's emailed reply to a colleague: the forwarding note
    on top quotes the newsroom's own earlier figures ('They told us 31 ... so 26 is down', 'row
    27': not figures of this response); the force's reply below gives figures in a sentence, a
    bulleted list and number words ('eleven', 'Two', 'one', 'five', 'three'), 'all of them
    against police officers' (subject officers for that paragraph), a nil as 'none'; the
    original request is quoted at the bottom with '>' markers."""
    src, force = "cheshire/FW RE FOI 9042 response.txt", "cheshire"
    KEY.file(src, nonfig=[
        "9042", "2022", "2023", "2024", "40",   # reference, years, 40 working days
        "01", "08", "09", "10", "12", "14", "15", "22", "47",  # dates and times of the emails
        "1",             # 1 January
        "27",            # the newsroom's tracker row
        "31",            # the newsroom's note of the 2022 figure; 31 December
        ("26", 1),       # '... so 26 is down' in the forwarding note (the journalist's words)
    ])
    per = CY(2023)
    KEY.fig(src, force, per, "sexual_harassment", "total", 26)
    KEY.fig(src, force, per, "sexual_harassment", "total", 21, subject="officers")
    KEY.fig(src, force, per, "sexual_harassment", "total", 5, subject="staff")
    outs = [("Dismissed", "dismissed", 3), ("Final written warning", "final_written_warning", 2),
            ("Written warning", "written_warning", 4),
            ("Reflective practice", "management_action", 7),
            ("No case to answer", "no_case_to_answer", 6),
            ("Still under investigation", "ongoing", 4)]
    for ol, oc, v in outs:
        KEY.fig(src, force, per, "sexual_harassment", oc, v)
    for oc, v, w in (("total", 11, "eleven"), ("dismissed", 2, "Two"),
                     ("final_written_warning", 1, "one"), ("no_case_to_answer", 5, "five"),
                     ("ongoing", 3, "three")):
        KEY.fig(src, force, per, "sexual_assault", oc, v, subject="officers", said=w)
    KEY.fig(src, force, per, "abuse_of_position_sexual", "total", 0, said="none")
    bullets = "\n".join(f"  * {ol}: {v}" for ol, _, v in outs)
    text = f"""From: Sarah Okafor <sarah.okafor@example-news.co.uk>
Sent: 10 April 2024 08:47
To: Tom Reid <tom.reid@example-news.co.uk>
Subject: FW: RE: FOI 9042 - sexual misconduct allegations - response

Tom - Cheshire have come back, see below. They told us 31 for harassment when
we asked about 2022 (story ran 14 March 2023), so 26 is down. Can you add these
to the tracker, row 27? Sexual assault looks low - worth a call to their press
office.

S

-----Original Message-----
From: Cheshire Constabulary FOI <foi@cheshire.police.uk>
Sent: 09 April 2024 15:22
To: Sarah Okafor <sarah.okafor@example-news.co.uk>
Subject: RE: FOI 9042 - sexual misconduct allegations - response

OFFICIAL

Dear Ms Okafor

Freedom of Information Request 9042

Thank you for your request of 12 March 2024. Cheshire Constabulary holds the
information you asked for, which is set out below. The figures are for
allegations recorded in the calendar year 2023 (1 January to 31 December).

Sexual harassment: 26 allegations, of which 21 were against police officers
and 5 against police staff. Their outcomes (officers and staff together):

{bullets}

Sexual assault: eleven allegations, all of them against police officers. Two
resulted in dismissal, one in a final written warning and five in a finding of
no case to answer; three are still under investigation.

Abuse of position for a sexual purpose: none.

If you are unhappy with this response you may ask for an internal review within
40 working days. If you remain dissatisfied you may complain to the Information
Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Kind regards

Freedom of Information Team
Cheshire Constabulary, Clemonds Hey, Oakmere Road, Winsford CW7 2UA

OFFICIAL

> -----Original Message-----
> From: Sarah Okafor <sarah.okafor@example-news.co.uk>
> Sent: 12 March 2024 10:01
> To: foi@cheshire.police.uk
> Subject: FOI request - sexual misconduct allegations
>
> Dear FOI team,
>
> Please tell me, for the calendar year 2023, how many allegations of sexual
> harassment, sexual assault and abuse of position for a sexual purpose were
> made against Cheshire Constabulary officers and staff, and their outcomes.
>
> Many thanks
> Sarah Okafor
> Data reporter, Example News
"""
    write_text(src, text, newline="\r\n")


def build_devon_and_cornwall():
    """Devon & Cornwall letter in its house style (letterhead, reference and date, request
    indented in quotes, a heading per list, bullets '\u2022 Label \u2013 n', complaint rights),
    drifted: the request and the headings use lettered sub-questions (a), (b), (c); zeros are
    written 'nil return'; (c) domestic abuse is not held (one not_held row)."""
    src, force = "devon-and-cornwall/2024-002210 response letter.txt", "devon-and-cornwall"
    KEY.file(src, nonfig=[
        "002210", "2000", "2023", "2024", "24", "10", "17", "40",  # ref, dates, s17, 40 days
        ("1", 4),        # section 1(1)(a) and 1(1)(b)
        ("8", 1),        # 8 May 2024
    ])
    per = FY(2023)
    NIL = "nil return"
    lists = {"sexual_harassment": [("Total allegations", "total", 22), ("Dismissed", "dismissed", 3),
                                   ("Final written warning", "final_written_warning", 2),
                                   ("Written warning", "written_warning", 0),
                                   ("Reflective practice", "management_action", 8),
                                   ("No case to answer", "no_case_to_answer", 7),
                                   ("Ongoing", "ongoing", 2)],
             "abuse_of_position_sexual": [("Total allegations", "total", 5),
                                          ("Dismissed", "dismissed", 2),
                                          ("Would have been dismissed",
                                           "would_have_been_dismissed", 1),
                                          ("Final written warning", "final_written_warning", 0),
                                          ("Ongoing", "ongoing", 2)]}

    def bl(cat):
        out = []
        for label, oc, v in lists[cat]:
            if v == 0:
                out.append(f"\u2022 {label} \u2013 {NIL}")
                KEY.fig(src, force, per, cat, oc, 0, said=NIL)
            else:
                out.append(f"\u2022 {label} \u2013 {v}")
                KEY.fig(src, force, per, cat, oc, v)
        return "\n".join(out)

    sh, ap = bl("sexual_harassment"), bl("abuse_of_position_sexual")
    KEY.fig(src, force, per, "domestic_abuse", "total", NH)
    text = f"""Devon & Cornwall Police
Information Rights Team
Police Headquarters
Middlemoor
Exeter
EX2 7HQ

Email: foi@devonandcornwall.pnn.police.uk

FREEDOM OF INFORMATION REQUEST
Reference No: 2024-002210
Date: 8 May 2024

Dear Requester,

I am writing in connection with your request for information dated 10 April
2024, in which you asked:

    "For the financial year 2023/24:
    (a) how many allegations of sexual harassment were made against Devon and
        Cornwall Police officers and staff, and what were the outcomes;
    (b) the same for abuse of position for a sexual purpose;
    (c) the same for domestic abuse."

Devon & Cornwall Police have now completed their search for the information
you requested. Section 1(1)(a) of the Freedom of Information Act 2000 places a
duty on a public authority to confirm whether it holds the information
requested and section 1(1)(b) to provide it. The information for parts (a) and
(b) is held and is provided below. Where no allegation had a given outcome this
is shown as a nil return.

(a) Sexual harassment \u2013 financial year 2023/24

{sh}

(b) Abuse of position for a sexual purpose \u2013 financial year 2023/24

{ap}

(c) Domestic abuse \u2013 financial year 2023/24

Devon & Cornwall Police does not hold this information in a retrievable form.
Allegations of domestic abuse against officers and staff are not recorded as a
separate category on the Professional Standards case management system, and
they cannot be identified without reading every case file. This letter
therefore serves as a notice under section 17 of the Act that the information
for part (c) is not held.

Please note that the figures were extracted from the Professional Standards
Department's case management system and reflect the position on the date of
extraction.

COMPLAINT RIGHTS

If you are dissatisfied with the handling of your request you can ask for an
internal review by writing to the Information Rights Team at the address above
within 40 working days of the date of this letter.

If you remain dissatisfied after the internal review you may apply to the
Information Commissioner's Office (ICO) for a decision. The ICO cannot
normally consider a complaint until the internal review procedure has been
completed. The ICO can be contacted at: Information Commissioner's Office,
Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, or via
www.ico.org.uk.

Yours sincerely,

Information Rights Team
Devon & Cornwall Police
"""
    write_text(src, text)


# =========================================================================== builders, in order

BUILDERS = [build_bedfordshire, build_cumbria, build_leicestershire, build_wiltshire,
            build_nottinghamshire, build_west_yorkshire, build_essex, build_south_wales,
            build_northumbria, build_derbyshire, build_gloucestershire,
            build_north_wales_training,
            build_suffolk, build_dorset, build_durham, build_hertfordshire, build_warwickshire,
            build_north_yorkshire, build_lincolnshire, build_gwent, build_cambridgeshire,
            build_lancashire, build_cleveland, build_northamptonshire, build_metropolitan,
            build_south_yorkshire_listing,
            build_west_mercia, build_cheshire, build_devon_and_cornwall]


# =========================================================================== main

def build_all():
    kit.build_all(BUILDERS, KEY)


# =========================================================================== check

def strip_locators(text):
    return re.sub(r"(?m)^\[table \d+ row \d+\] |^\[[A-Z]{1,3}\d+\] |^\[sheet .*\]$", "", text)


def check():
    # 1. rebuild into a scratch folder: must be byte-identical and give the same key
    bad = rebuild_identical(FINAL, build_all, "blind3-")
    # 2. every number in every document, occurrence by occurrence
    total_rows = 0
    for src in KEY.files:
        text = strip_locators(read_back(FINAL / src))
        doc = collections.Counter(num_tokens(text))
        anyc, exact = KEY.nonfig[src]
        acc = KEY.occ[src]
        rows = [r for r in KEY.rows if r[0] == src]
        total_rows += len(rows)
        problems = []
        for t in sorted(set(doc) | set(acc) | set(exact), key=lambda x: float(x)):
            if t in anyc:
                if acc[t] or exact[t]:
                    problems.append(f"{t}: keyed or counted but also declared as any-count")
                continue
            want = acc[t] + exact[t]
            if doc[t] != want:
                problems.append(f"{t}: {doc[t]} in document, {acc[t]} keyed + {exact[t]} "
                                f"non-figure")
        for t in sorted(anyc):
            if doc[t] == 0:
                problems.append(f"{t}: declared non-figure but absent")
        flat = re.sub(r"\s+", " ", text.lower())
        if (FINAL / src).read_bytes().startswith(b"%PDF-"):
            # a phrase may be interleaved with a sidebar in -layout output: also look in the
            # text in content-stream order (pdftotext -raw), as a reader of the page would
            raw = subprocess.run(["pdftotext", "-raw", str(FINAL / src), "-"],
                                 capture_output=True, text=True, check=True).stdout
            flat += " || " + re.sub(r"\s+", " ", raw.lower())
        for said, n in sorted(KEY.said[src].items()):
            pat = r"(?<![a-z])" + re.escape(re.sub(r"\s+", " ", said.lower())) + r"(?![a-z])"
            found = len(re.findall(pat, flat))
            if src.endswith(".pdf"):
                found = max(len(re.findall(pat, f)) for f in flat.split(" || "))
            if found < n:
                problems.append(f"said {said!r}: {found} in document, {n} needed")
        status = collections.Counter(r[9] for r in rows)
        print(f"== {src}: {len(rows)} rows {dict(status)} -- "
              f"{'OK' if not problems else 'PROBLEMS'}")
        for pr in problems:
            print("   " + pr)
        bad += bool(problems)
    print(f"{len(KEY.files)} files, {total_rows} key rows, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        sys.exit(check())
    elif len(sys.argv) > 2 and sys.argv[1] == "dump":
        print(read_back(FINAL / sys.argv[2]))
    else:
        build_all()
