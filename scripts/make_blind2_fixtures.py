#!/usr/bin/python3
"""make_blind2.py -- regenerate the second blind test batch for `foi` and its answer key.

Writes every response under /work/blind2 (one folder per force id) and the hand-keyed answer
key /work/blind2/expected.csv.  Each build_* function writes one response (or a covering email
and its attachments) and, next to the text it writes, the key rows a careful reader takes from
it, following shared/corpus/README.md.  Numbers that are not figures (references, dates, money,
hours, headcounts, percentages, rates, changes, page numbers, cross-category or cross-force
totals, anything in an acknowledgement, a clarification request or a response on another
topic) get no key row; each builder lists them in NONFIG so that `check` can confirm that every
number in every document is either keyed or deliberately not a figure.

Needs python3-reportlab, python3-openpyxl and python3-docx (Debian packages; run with
/usr/bin/python3).  Output is deterministic: PDFs are written in reportlab's invariant mode and
the Office zips are rewritten with fixed timestamps.

usage: /usr/bin/python3 scripts/make_blind2_fixtures.py   # rebuild fixtures/blind2 (FOI_BLIND2_OUT=DIR elsewhere)

Written blind (by someone who had read SPEC.md, the corpus README and the first
blind batch, but not foi's code or fixtures), as a held-out test.
       /usr/bin/python3 make_blind2.py check       # re-read every file, compare its numbers with the key
       /usr/bin/python3 make_blind2.py dump FILE   # show FILE (relative to /work/blind2) as read back
"""
import os
import csv
import re
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as kit  # noqa: E402
from blindkit import (dest, write_text, ICO, pdf_letter, styles, P, S, xlsx_save,
                      docx_new, docx_save, docx_cell, docx_shade,
                      docx_repeat_header, docx_header_footer, xl_border,
                      html_page, FY, CY, MON, MRANGE, FQ, SPAN, SUP, REF, NCND,
                      NH, APPROX, KeyRows, pdf_text, docx_text, html_visible,
                      xlsx_text)  # noqa: E402

kit.ROOT = Path(os.environ.get("FOI_BLIND2_OUT") or
                Path(__file__).resolve().parent.parent / "fixtures" / "blind2").resolve()

# --------------------------------------------------------------------------- key values


class Key(KeyRows):
    def __init__(self):
        super().__init__()
        self.files = []
        self.nonfig = {}

    def file(self, src, nonfig=()):
        """Register a response file and the numbers in it that are deliberately not figures."""
        assert src not in self.files, src
        self.files.append(src)
        self.nonfig[src] = set(str(x) for x in nonfig)

    def fig(self, src, force, period, cat, outcome, v, measure="allegations",
            subject="officers_and_staff", restated=False):
        """One key row.  restated=True: the same figure stated again in the same document
        (checked equal to the first statement, not keyed twice)."""
        assert src in self.files, src
        ident = (src, force, period[0], period[1], cat, measure, subject, outcome)
        self.keep(ident, self.row(ident, v), restated)


KEY = Key()

# --------------------------------------------------------------------------- writers (more in blindkit.py)


def shown(v, mark="*", lo=1, hi=4):
    """How a true count is printed when counts from lo to hi are suppressed."""
    if lo <= v <= hi:
        return mark
    return f"{v:,}"


def kv(v, lo=1, hi=4, blo=0, bhi=4, ex="s40(2)"):
    """The key value of a count printed by shown(): suppressed with bounds blo..bhi."""
    if lo <= v <= hi:
        return SUP(blo, bhi, ex)
    return v


# =========================================================================== PDF responses

def build_police_scotland():
    """FOISA letter, multi-page; ruled table whose columns are 'Year ending 31 March 2023/2024';
    '<5' under section 38(1)(b); police staff information not held (section 17 notice);
    the table breaks across pages with its header row repeated."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "police-scotland/IM-FOI-2024-1187 response.pdf", "police-scotland"
    KEY.file(src)
    y23, y24 = FY(2022), FY(2023)
    st = styles("Helvetica", 10)

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 282 * mm, "POLICE SCOTLAND \u2013 Information Management")
        c.drawRightString(190 * mm, 282 * mm, "Our Ref: IM-FOI-2024-1187")
        c.line(20 * mm, 280 * mm, 190 * mm, 280 * mm)
        c.drawString(20 * mm, 12 * mm, "Police Scotland \u2013 Keeping people safe")
        c.drawRightString(190 * mm, 12 * mm, f"Page {page} of {pages}")
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(105 * mm, 6 * mm, "OFFICIAL")

    SUPX = "s38(1)(b)"
    blocks = [
        ("Sexual assault (including rape)", "sexual_assault", [
            ("Dismissed without notice", "dismissed", 2, 5),
            ("Final written warning", "final_written_warning", 0, 1),
            ("Improvement action", "management_action", 0, 0),
            ("Resigned or retired during proceedings", "resigned_or_retired", 3, 2),
            ("No action", "no_further_action", 9, 12),
            ("Ongoing", "ongoing", 1, 14)]),
        ("Sexual harassment", "sexual_harassment", [
            ("Dismissed without notice", "dismissed", 5, 7),
            ("Final written warning", "final_written_warning", 3, 6),
            ("Improvement action", "management_action", 11, 9),
            ("Resigned or retired during proceedings", "resigned_or_retired", 1, 0),
            ("No action", "no_further_action", 14, 17),
            ("Ongoing", "ongoing", 2, 19)]),
        ("Other sexual misconduct (including inappropriate relationships)", "sexual_misconduct", [
            ("Dismissed without notice", "dismissed", 1, 0),
            ("Final written warning", "final_written_warning", 4, 2),
            ("Improvement action", "management_action", 6, 8),
            ("Resigned or retired during proceedings", "resigned_or_retired", 0, 1),
            ("No action", "no_further_action", 7, 5),
            ("Ongoing", "ongoing", 0, 6)]),
    ]
    data = [["Category", "Outcome", P("<b>Year ending<br/>31 March 2023</b>", st["cell"]),
             P("<b>Year ending<br/>31 March 2024</b>", st["cell"])]]
    ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
          ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
          ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
          ("ALIGN", (2, 1), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP")]

    def show(v):
        return "<5" if 1 <= v <= 4 else str(v)

    def key(v):
        # "between one and four ... replaced with '<5'": the definition's range (the lead's
        # ruling in round 19, docs/decisions.md; the batch's author keyed the notation, 0..4)
        return SUP(1, 4, SUPX) if 1 <= v <= 4 else v

    for label, cat, rows in blocks:
        t23 = t24 = 0
        for i, (ol, oc, a, b) in enumerate(rows):
            data.append([P(label, st["cell"]) if i == 0 else "", ol, show(a), show(b)])
            KEY.fig(src, force, y23, cat, oc, key(a), subject="officers")
            KEY.fig(src, force, y24, cat, oc, key(b), subject="officers")
            t23, t24 = t23 + a, t24 + b
        data.append(["", "Total", str(t23), str(t24)])
        ts.append(("FONT", (1, len(data) - 1), (-1, len(data) - 1), "Helvetica-Bold", 9))
        KEY.fig(src, force, y23, cat, "total", t23, subject="officers")
        KEY.fig(src, force, y24, cat, "total", t24, subject="officers")
    table = Table(data, colWidths=[52 * mm, 62 * mm, 28 * mm, 28 * mm], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle(ts))
    # Police staff: not held (section 17 notice), one row per requested category over the
    # request's period (the last two financial years).
    req = SPAN(y23, y24)
    for cat in ("sexual_assault", "sexual_harassment", "sexual_misconduct"):
        KEY.fig(src, force, req, cat, "total", NH, subject="staff")

    story = [
        P("POLICE SCOTLAND", st["h"]),
        P("Information Management \u2013 Dundee<br/>PO Box 59<br/>West Bell Street<br/>Dundee DD1 9JU",
          st["body"]),
        P("Tel: 01382 596800", st["body"]),
        S(4),
        P("Our Ref: IM-FOI-2024-1187<br/>Date: 30 May 2024", st["body"]),
        P("<b>FREEDOM OF INFORMATION (SCOTLAND) ACT 2002</b>", st["body"]),
        P("I refer to your recent request for information which has been handled in accordance "
          "with the Freedom of Information (Scotland) Act 2002 (the Act). For ease of reference, "
          "your request is replicated below together with the response.", st["body"]),
        P("<i>For each of the last two financial years, please tell me how many allegations of "
          "(1) sexual assault, (2) sexual harassment and (3) any other sexual misconduct were made "
          "against Police Scotland officers and police staff, and what the outcome of each "
          "allegation was.</i>", st["quote"]),
        P("In response, I can advise you that the information you have requested is held in part "
          "and is provided in the table below. Please note that Police Scotland records conduct "
          "allegations against police officers under the Police Service of Scotland (Conduct) "
          "Regulations 2014 on the Centurion system. The figures are allegations, not individual "
          "officers: one officer may be the subject of several allegations, and one complaint or "
          "conduct matter may contain more than one allegation.", st["body"]),
        P("The outcome shown is the outcome recorded against each allegation as at 30 April 2024. "
          "\u2018Ongoing\u2019 includes allegations subject to a live criminal investigation, "
          "allegations awaiting a misconduct hearing and allegations that the Crown Office and "
          "Procurator Fiscal Service is considering. \u2018Improvement action\u2019 is the term "
          "used in Scotland for action short of a warning.", st["body"]),
        P("Where the number of allegations in any cell is between one and four, it has been "
          "replaced with \u2018&lt;5\u2019. This is because disclosure of such small numbers, "
          "taken together with information in the public domain (misconduct hearings in Scotland "
          "are held in public and outcomes are published), could lead to the identification of "
          "the officers concerned. Those figures are therefore exempt under section 38(1)(b) of "
          "the Act (personal information). This exemption is absolute and no public interest test "
          "is required.", st["body"]),
        P("<b>Table 1: Allegations of a sexual nature against police officers, by outcome</b>",
          st["body"]),
        table,
        S(8),
        P("<b>Police staff</b>", st["h2"]),
        P("In terms of police staff, I must advise you that the information you have requested is "
          "not held by Police Scotland. Misconduct by members of police staff is dealt with by "
          "People and Development under the Police Staff Disciplinary Policy and is not recorded "
          "on Centurion by type of allegation. To locate any relevant case would require the "
          "manual examination of every disciplinary file for the period, and in any event the "
          "files do not record the nature of the conduct in a consistent way. In terms of "
          "section 17 of the Act, this letter represents a formal notice that the information "
          "is not held.", st["body"]),
        P("By way of context, Police Scotland employs around 16,400 police officers and 5,800 "
          "police staff.", st["body"]),
        P("<b>Review rights</b>", st["h2"]),
        P("If you are dissatisfied with the way in which Police Scotland has dealt with your "
          "request, you are entitled to request a review of our decision within 40 working days "
          "of receiving this response, using the address at the top of this letter. If you "
          "remain dissatisfied following our review, you are entitled to apply to the Office of "
          "the Scottish Information Commissioner within 6 months for a decision. You can apply "
          "online, by email to enquiries@foi.scot or by letter to Office of the Scottish "
          "Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife, "
          "KY16 9DS. Should you then wish to appeal against the Commissioner\u2019s decision, you "
          "can appeal to the Court of Session on a point of law only.", st["body"]),
        P("This response will be added to our Disclosure Log in seven days\u2019 time.",
          st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 24, 22),
               title="IM-FOI-2024-1187", author="Police Scotland")


def build_psni():
    """PSNI request/answer layout; per-year totals for officers, staff and total; an outcome
    table over three years combined; a partial NCND for the period after 31 March 2023."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "psni/F-2024-02231.pdf", "psni"
    KEY.file(src)
    st = styles("Helvetica", 10)

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(20 * mm, 284 * mm, "PSNI Freedom of Information Request")
        c.setFont("Helvetica", 8)
        c.drawRightString(190 * mm, 284 * mm, "Police Service of Northern Ireland")
        c.line(20 * mm, 281 * mm, 190 * mm, 281 * mm)
        c.drawString(20 * mm, 12 * mm, "FOI Request Number: F-2024-02231")
        c.drawRightString(190 * mm, 12 * mm, f"{page}")

    cats = [("Sexual Assault", "sexual_assault"), ("Sexual Harassment", "sexual_harassment"),
            ("Abuse of Position for a Sexual Purpose", "abuse_of_position_sexual")]
    years = [("2020/21", FY(2020), [(6, 1), (14, 3), (4, 0)]),
             ("2021/22", FY(2021), [(8, 0), (19, 5), (3, 0)]),
             ("2022/23", FY(2022), [(11, 2), (22, 4), (6, 0)])]
    t1 = [["Financial Year", "Allegation Type", "Police Officers", "Police Staff", "Total"]]
    for ylab, per, vals in years:
        for i, ((clab, cat), (o, s)) in enumerate(zip(cats, vals)):
            t1.append([ylab if i == 0 else "", clab, str(o), str(s), str(o + s)])
            KEY.fig(src, force, per, cat, "total", o, subject="officers")
            KEY.fig(src, force, per, cat, "total", s, subject="staff")
            KEY.fig(src, force, per, cat, "total", o + s)
    tab1 = Table(t1, colWidths=[28 * mm, 66 * mm, 28 * mm, 26 * mm, 18 * mm], hAlign="LEFT")
    tab1.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                              ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CFE2F3")),
                              ("ALIGN", (2, 1), (-1, -1), "RIGHT")]))
    # partial NCND for the rest of the requested period (to the date of the request)
    ncnd_period = ("2023-04-01", "2024-02-05")
    for clab, cat in cats:
        KEY.fig(src, force, ncnd_period, cat, "total", NCND("s30(3);s40(5)"))

    span = SPAN(FY(2020), FY(2022))
    outcomes = [("Dismissed", "dismissed", (3, 6, 5)),
                ("Resigned/Retired", "resigned_or_retired", (2, 4, 3)),
                ("Final Written Warning", "final_written_warning", (1, 7, 0)),
                ("Written Warning", "written_warning", (2, 9, 0)),
                ("Advice and Guidance", "management_action", (4, 15, 0)),
                ("Not Substantiated", "not_upheld", (13, 21, 3)),
                ("Misconduct Proceedings Ongoing", "ongoing", (3, 5, 2))]
    t2 = [["Outcome", "Sexual Assault", "Sexual Harassment", "Abuse of Position"]]
    tot = [0, 0, 0]
    for ol, oc, vals in outcomes:
        t2.append([ol] + [str(v) for v in vals])
        for (clab, cat), v in zip(cats, vals):
            KEY.fig(src, force, span, cat, oc, v)
        tot = [a + b for a, b in zip(tot, vals)]
    t2.append(["Total"] + [str(v) for v in tot])
    for (clab, cat), v, yrs in zip(cats, tot, range(3)):
        KEY.fig(src, force, span, cat, "total", v)
    assert tot == [sum(y[2][i][0] + y[2][i][1] for y in years) for i in range(3)], tot
    tab2 = Table(t2, colWidths=[64 * mm, 32 * mm, 36 * mm, 34 * mm], hAlign="LEFT")
    tab2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                              ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                              ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CFE2F3")),
                              ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    meta = Table([["FOI Request Number:", "F-2024-02231"], ["Request Date:", "05/02/2024"],
                  ["Response Date:", "28/03/2024"], ["Keyword:", "Professional Standards"],
                  ["Subject:", "Sexual misconduct allegations against officers and staff"]],
                 colWidths=[40 * mm, 120 * mm], hAlign="LEFT")
    meta.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9),
                              ("FONT", (1, 0), (1, -1), "Helvetica", 9)]))
    story = [
        meta, S(8),
        P("<b>Request and Answer</b>", st["h2"]),
        P("Your request for information below has been considered under the Freedom of "
          "Information Act 2000. The Police Service of Northern Ireland has a duty to confirm or "
          "deny whether it holds the information and to provide it unless an exemption applies. "
          "PSNI has decided to disclose the information in part, and to neither confirm nor deny "
          "the remainder, as explained below.", st["body"]),
        P("<b>Request 1</b>", st["h2"]),
        P("<i>Please provide the number of allegations of sexual assault, sexual harassment and "
          "abuse of position for a sexual purpose recorded against police officers and police "
          "staff in each financial year from 2020/21 to the date of this request.</i>",
          st["quote"]),
        P("<b>Answer</b>", st["h2"]),
        P("The table below shows the number of allegations recorded by the PSNI Professional "
          "Standards Department (for police officers) and Human Resources Discipline Unit (for "
          "police staff), by the financial year in which the allegation was recorded.",
          st["body"]),
        tab1, S(6),
        P("In respect of the period 1 April 2023 to 5 February 2024, PSNI can neither confirm nor "
          "deny that it holds any further information relevant to your request by virtue of the "
          "following exemptions: Section 30(3) Investigations and Proceedings Conducted by Public "
          "Authorities, and Section 40(5) Personal Information. Many allegations recorded in this "
          "period remain under investigation, and to confirm or deny whether allegations of a "
          "particular type were recorded in a given period could, together with other "
          "information in the public domain, reveal whether a named officer is under "
          "investigation.", st["body"]),
        P("<b>Request 2</b>", st["h2"]),
        P("<i>For each allegation, what was the outcome?</i>", st["quote"]),
        P("<b>Answer</b>", st["h2"]),
        P("The outcomes of the allegations recorded in the three financial years in Request 1 are "
          "shown below. Figures have been combined across the three years, and for police "
          "officers and police staff, as to show them separately would reveal very small "
          "numbers.", st["body"]),
        P("<b>Outcome of allegations recorded 1 April 2020 \u2013 31 March 2023 (officers and staff)"
          "</b>", st["body"]),
        tab2, S(6),
        P("\u2018Advice and Guidance\u2019 includes management discussion and reflective practice. "
          "\u2018Not Substantiated\u2019 means the allegation was investigated and not proven.",
          st["small"]),
        P("<b>Harm test</b>", st["h2"]),
        P("Sections 30 and 40 are qualified and class-based exemptions respectively. The PSNI "
          "will never disclose information which could identify an officer or member of staff "
          "who is, or has been, the subject of an investigation unless a public hearing has "
          "taken place. The public interest in transparency has been weighed against the harm to "
          "the effective conduct of investigations and, on balance, favours neither confirming "
          "nor denying for the most recent period.", st["body"]),
        P("If you have any queries regarding your request or the decision please do not hesitate "
          "to contact me on 028 9070 0164. When contacting the Corporate Information Branch, "
          "please quote the reference number listed at the beginning of this letter.",
          st["body"]),
        P("If you are dissatisfied in any way with the handling of your request, you have the "
          "right to request a review. You should do this as soon as possible, or in any case "
          "within two months of the date of issue of this letter. If you are still dissatisfied, "
          "you may apply to the " + ICO + ".", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 26, 22), title="F-2024-02231",
               author="PSNI Corporate Information Branch")


def build_mod():
    """Ministry of Defence Police letter: unruled tables, calendar years plus a 2021-2023 total,
    '~' for fewer than five (MOD statistical convention), 'of which' rows (one a vocabulary
    category, one not), measure cases, officers only; table 2 runs onto page 2 without a
    repeated header; small-print numbered footnotes."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "ministry-of-defence/FOI2024-05678 MDP response.pdf", "ministry-of-defence"
    KEY.file(src)
    st = styles("Times-Roman", 11)
    M, SUBJ = "cases", "officers"
    years = [CY(2021), CY(2022), CY(2023)]
    span = SPAN(CY(2021), CY(2023))

    def furniture(c, page, pages):
        c.setFont("Times-Bold", 10)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.drawCentredString(105 * mm, 6 * mm, "OFFICIAL")
        c.setFont("Times-Roman", 8)
        c.drawRightString(190 * mm, 12 * mm, f"{page}")

    def show(v):
        return "~" if 1 <= v <= 4 else str(v)

    def key(v):
        return SUP() if 1 <= v <= 4 else v

    # label, category (None = not keyed), values per year, total
    t1rows = [
        ("Sexual harassment", "sexual_harassment", (9, 12, 15)),
        ("   of which: involving a colleague", None, (5, 7, 8)),
        ("Sexual assault", "sexual_assault", (2, 5, 3)),
        ("Other sexual misconduct", "sexual_misconduct", (7, 6, 11)),
        ("   of which: abuse of position for a sexual purpose", "abuse_of_position_sexual",
         (1, 2, 5)),
        ("Domestic abuse", "domestic_abuse", (6, 4, 7)),
    ]
    data = [["Type of case\u00b9", "2021", "2022", "2023", "Total 2021\u20132023"]]
    for label, cat, vals in t1rows:
        tot = sum(vals)
        data.append([label] + [show(v) for v in vals] + [show(tot)])
        if cat:
            for per, v in zip(years, vals):
                KEY.fig(src, force, per, cat, "total", key(v), measure=M, subject=SUBJ)
            KEY.fig(src, force, span, cat, "total", key(tot), measure=M, subject=SUBJ)
    tab1 = Table(data, colWidths=[78 * mm, 18 * mm, 18 * mm, 18 * mm, 32 * mm], hAlign="LEFT")
    tab1.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                              ("FONT", (0, 1), (-1, -1), "Times-Roman", 10),
                              ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                              ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    cats2 = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
             ("Other sexual misconduct\u00b2", "sexual_misconduct"),
             ("Domestic abuse", "domestic_abuse")]
    outc = [("Dismissed", "dismissed", (4, 2, 5, 1)),
            ("Would have been dismissed", "would_have_been_dismissed", (1, 0, 2, 0)),
            ("Final written warning", "final_written_warning", (5, 1, 3, 2)),
            ("Written warning", "written_warning", (6, 0, 4, 3)),
            ("Management action", "management_action", (8, 0, 6, 5)),
            ("No case to answer", "no_case_to_answer", (7, 5, 1, 4)),
            ("No further action", "no_further_action", (2, 0, 0, 0)),
            ("Ongoing\u00b3", "ongoing", (3, 2, 3, 2))]
    data2 = [["Outcome"] + [c[0] for c in cats2]]
    tots = [0, 0, 0, 0]
    for ol, oc, vals in outc:
        data2.append([ol] + [show(v) for v in vals])
        for (cl, cat), v in zip(cats2, vals):
            KEY.fig(src, force, span, cat, oc, key(v), measure=M, subject=SUBJ)
        tots = [a + b for a, b in zip(tots, vals)]
    data2.append(["Total"] + [show(v) for v in tots])
    for (cl, cat), v in zip(cats2, tots):
        # restates the 'Total 2021-2023' column of table 1
        KEY.fig(src, force, span, cat, "total", key(v), measure=M, subject=SUBJ, restated=True)
    tab2 = Table(data2, colWidths=[50 * mm, 30 * mm, 26 * mm, 40 * mm, 26 * mm], hAlign="LEFT",
                 repeatRows=0)
    tab2.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                              ("FONT", (0, 1), (-1, -1), "Times-Roman", 10),
                              ("FONT", (0, -1), (-1, -1), "Times-Bold", 10),
                              ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                              ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                              ("TOPPADDING", (0, 0), (-1, -1), 3)]))
    story = [
        P("<b>Ministry of Defence Police</b>", st["right"]),
        P("Secretariat \u2013 Information Access", st["right"]),
        P("Building 666, Wethersfield, Braintree, Essex CM7 4AZ", st["right"]),
        P("E-mail: MDP-FOI-DP@mod.gov.uk", st["right"]),
        S(10),
        P("Our reference: eCase: FOI2024/05678<br/>Date: 17 May 2024", st["body"]),
        P("Dear Requester,", st["body"]),
        P("<b>MINISTRY OF DEFENCE POLICE: SEXUAL MISCONDUCT CASES 2021 TO 2023</b>", st["body"]),
        P("Thank you for your email of 19 April 2024 requesting the following information:",
          st["body"]),
        P("\u201cIn each of the calendar years 2021, 2022 and 2023, how many cases of sexual "
          "harassment, sexual assault, other sexual misconduct and domestic abuse were recorded "
          "against Ministry of Defence Police officers, and what was the outcome of those "
          "cases?\u201d", st["quote"]),
        P("I am treating your correspondence as a request for information under the Freedom of "
          "Information Act 2000 (FOIA). A search for the information has now been completed "
          "within the Ministry of Defence Police, and I can confirm that all the information in "
          "scope of your request is held. The figures below are numbers of <b>cases</b> recorded "
          "by the MDP Professional Standards Department; a case may concern more than one "
          "officer and more than one allegation.", st["body"]),
        P("Some figures have been replaced with the symbol \u2018~\u2019. In line with MOD "
          "statistical disclosure policy, \u2018~\u2019 denotes a figure of fewer than five. "
          "Disclosure of such small numbers could allow individual officers to be identified, "
          "and they are therefore withheld under section 40(2) of the FOIA.", st["body"]),
        P("<b>Table 1: Cases recorded, by year</b>", st["body"]),
        tab1, S(4),
        P("<b>Table 2: Outcome of cases recorded between 2021 and 2023</b>", st["body"]),
        P("The outcomes below are those recorded for the cases in Table 1, as at 31 March 2024. "
          "The outcomes of the three years have been combined to reduce the number of "
          "figures that would otherwise have to be withheld. The MDP is a national force of "
          "around 2,600 officers and its Professional Standards Department recorded 214 cases "
          "of all types in 2023; cases involving sexual misconduct are a small proportion of "
          "that total. Each case is shown under its most serious type, so the figures for the "
          "types of case in Table 1 do not overlap, except as shown by the \u2018of which\u2019 "
          "lines.", st["body"]),
        P("Outcomes are those of the case as a whole: where a case concerned more than one "
          "officer, the most serious outcome for any officer is shown.", st["body"]),
        tab2, S(4),
        P("1. Figures are for Ministry of Defence Police officers only. MOD civil servants who "
          "work alongside the MDP are not police staff of the force and are subject to the MOD "
          "civil service discipline procedures; they are not included.", st["tiny"]),
        P("2. Includes cases of abuse of position for a sexual purpose, shown separately in "
          "Table 1 as an \u2018of which\u2019 line.", st["tiny"]),
        P("3. Ongoing includes cases awaiting a misconduct hearing and cases subject to a "
          "criminal investigation or proceedings.", st["tiny"]),
        P("4. Source: MDP Professional Standards Department case management system (Centurion), "
          "extracted 12 April 2024. Figures are subject to change as cases progress.",
          st["tiny"]),
        S(6),
        P("If you are not satisfied with this response or wish to complain about any aspect of "
          "the handling of your request, then you should contact me in the first instance. If "
          "informal resolution is not possible and you are still dissatisfied then you may apply "
          "for an independent internal review by contacting the Information Rights Compliance "
          "team, Ground Floor, MOD Main Building, Whitehall, SW1A 2HB. Please note that any "
          "request for an internal review should be made within 40 working days of the date of "
          "this response.", st["body"]),
        P("If you remain dissatisfied following an internal review, you may raise a complaint "
          "with the Information Commissioner under the provisions of Section 50 of the Freedom "
          "of Information Act. Please note that the Information Commissioner will not normally "
          "investigate your case until the MOD internal review process has been completed.",
          st["body"]),
        P("Yours sincerely,<br/><br/>MDP Secretariat", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 22, 22), title="FOI2024/05678",
               author="MDP Secretariat")


def build_cnc():
    """Civil Nuclear Constabulary letter: everything in prose with number words; 'year ending
    31 March 2023'; 'resigned prior to the hearing', 'learning from reflection'; a privacy range
    ('between two and four', s40(2)); hedges ('more than thirty', 'almost a dozen') over an
    earlier period; a nil category; headcounts and an all-kinds count as traps."""
    from reportlab.lib.units import mm
    src, force = "civil-nuclear/CNC FOI 24-031 response.pdf", "civil-nuclear"
    KEY.file(src)
    st = styles("Helvetica", 10.5)
    per = FY(2022)
    prior = SPAN(FY(2019), FY(2021))

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.drawString(22 * mm, 14 * mm, "Civil Nuclear Constabulary, Culham Science Centre, "
                     "Abingdon, Oxfordshire OX14 3DB")
        c.drawRightString(188 * mm, 14 * mm, f"Page {page} of {pages}")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(22 * mm, 285 * mm, "OFFICIAL")

    for oc, v in [("total", 11), ("dismissed", 2), ("resigned_or_retired", 1),
                  ("management_action", 4), ("no_case_to_answer", 3), ("ongoing", 1)]:
        KEY.fig(src, force, per, "sexual_harassment", oc, v)
    KEY.fig(src, force, per, "sexual_assault", "total", SUP(2, 4))
    KEY.fig(src, force, per, "abuse_of_position_sexual", "total", 0)
    KEY.fig(src, force, prior, "sexual_harassment", "total", APPROX(31, ""))
    KEY.fig(src, force, prior, "sexual_assault", "total", APPROX("", 11))

    story = [
        P("<b>CIVIL NUCLEAR CONSTABULARY</b>", st["h"]),
        P("Freedom of Information Unit", st["body"]),
        S(6),
        P("Reference: CNC FOI 24-031<br/>Date: 11 March 2024", st["body"]),
        P("Dear Requester,", st["body"]),
        P("Thank you for your request for information received on 12 February 2024, which has "
          "been dealt with under the Freedom of Information Act 2000. You asked:", st["body"]),
        P("\u201cIn the year ending 31 March 2023, how many allegations of sexual harassment, "
          "sexual assault and abuse of position for a sexual purpose were made against CNC "
          "officers and staff, and what was the outcome in each case?\u201d", st["quote"]),
        P("I can confirm that the Civil Nuclear Constabulary holds information relevant to your "
          "request. Our Professional Standards Department has reviewed its records of "
          "allegations against officers and staff recorded between 1 April 2022 and 31 March "
          "2023, and the information is set out below.", st["body"]),
        P("<b>Sexual harassment</b>", st["h2"]),
        P("In the year ending 31 March 2023 the Constabulary recorded eleven allegations of sexual "
          "harassment against officers and staff. Two of these allegations resulted in dismissal "
          "following a gross misconduct hearing, and in one the officer resigned prior to the "
          "hearing. Four were dealt with through learning from reflection, three were found to "
          "have no case to answer, and one remains under investigation.", st["body"]),
        P("<b>Sexual assault</b>", st["h2"]),
        P("Between two and four allegations of sexual assault were recorded in the same period. "
          "We are unable to give a more precise figure, or the outcomes, because the number is "
          "so small that, combined with information already in the public domain, it could "
          "identify the individuals involved. The precise figure is withheld under section "
          "40(2) of the Act (personal information).", st["body"]),
        P("<b>Abuse of position for a sexual purpose</b>", st["h2"]),
        P("No allegations of abuse of position for a sexual purpose were recorded in the year "
          "ending 31 March 2023.", st["body"]),
        P("<b>Context</b>", st["h2"]),
        P("For context, over the three previous years (1 April 2019 to 31 March 2022) the "
          "Constabulary recorded more than thirty allegations of sexual harassment and almost a "
          "dozen allegations of sexual assault against officers and staff. The Constabulary "
          "employs approximately 1,650 officers and 450 staff, who protect 10 civil nuclear "
          "sites across England and Scotland, and its Professional Standards Department deals "
          "with roughly 90 conduct matters of all kinds each year.", st["body"]),
        P("<b>Section 40(2) \u2013 personal information</b>", st["h2"]),
        P("Section 40(2) provides an absolute exemption for personal data about third parties "
          "where disclosure would contravene any of the data protection principles in Article "
          "5(1) of the UK General Data Protection Regulation. This letter serves as a refusal "
          "notice under section 17 of the Act for that part of the information.", st["body"]),
        P("<b>Your right to complain</b>", st["h2"]),
        P("If you are unhappy with this response you may ask for an internal review within 40 "
          "working days by writing to the Freedom of Information Unit. If you remain unhappy "
          "after the review you may complain to the " + ICO + ".", st["body"]),
        P("Yours faithfully,<br/><br/>Freedom of Information Officer<br/>Civil Nuclear "
          "Constabulary", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(22, 22, 22, 24), title="CNC FOI 24-031",
               author="CNC FOI Unit")


def build_durham():
    """Two-column disclosure sheet (InDesign-style template): request in the left column, the
    response flowing from the left column into the right; measure 'conduct matters' (keyed as
    cases); totals in prose, outcomes in a narrow table with two financial-year columns;
    a percentage and an all-kinds count as traps."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Table,
                                    TableStyle)
    src, force = "durham/DC-FOI-24-1140 disclosure.pdf", "durham"
    KEY.file(src)
    st = styles("Helvetica", 9.5)
    M = "cases"
    y1, y2 = FY(2022), FY(2023)
    KEY.fig(src, force, y1, "sexual_misconduct", "total", 17, measure=M)
    KEY.fig(src, force, y2, "sexual_misconduct", "total", 23, measure=M)
    outc = [("Gross misconduct \u2013 dismissed without notice", "dismissed", 3, 4),
            ("Gross misconduct \u2013 would have been dismissed", "would_have_been_dismissed", 1, 2),
            ("Misconduct \u2013 final written warning", "final_written_warning", 2, 1),
            ("Learning from reflection", "management_action", 4, 5),
            ("No case to answer", "no_case_to_answer", 5, 6),
            ("Ongoing", "ongoing", 2, 5)]
    assert sum(o[2] for o in outc) == 17 and sum(o[3] for o in outc) == 23
    data = [["Outcome", "2022/23", "2023/24"]]
    for ol, oc, a, b in outc:
        data.append([P(ol, st["cell"]), str(a), str(b)])
        KEY.fig(src, force, y1, "sexual_misconduct", oc, a, measure=M)
        KEY.fig(src, force, y2, "sexual_misconduct", oc, b, measure=M)
    tab = Table(data, colWidths=[45 * mm, 17 * mm, 17 * mm], hAlign="LEFT")
    tab.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1F3864")),
                             ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey),
                             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                             ("FONT", (1, 1), (-1, -1), "Helvetica", 8.5),
                             ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))

    W, H = A4
    colw = (W - 40 * mm - 8 * mm) / 2

    def page_deco(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1F3864"))
        c.rect(0, H - 32 * mm, W, 32 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(20 * mm, H - 16 * mm, "Durham Constabulary")
        c.setFont("Helvetica", 10)
        c.drawString(20 * mm, H - 24 * mm, "Freedom of Information \u2013 Disclosure")
        c.drawRightString(W - 20 * mm, H - 24 * mm, "DC-FOI-24-1140")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 10 * mm, "Durham Constabulary, Police Headquarters, Aykley Heads, "
                     "Durham DH1 5TT")
        c.drawRightString(W - 20 * mm, 10 * mm, f"{doc.page}")
        c.setStrokeColor(colors.HexColor("#BFBFBF"))
        c.line(20 * mm + colw + 4 * mm, 20 * mm, 20 * mm + colw + 4 * mm, H - 38 * mm)
        c.restoreState()

    left = Frame(20 * mm, 18 * mm, colw, H - 58 * mm, id="left", leftPadding=0, rightPadding=0)
    right = Frame(20 * mm + colw + 8 * mm, 18 * mm, colw, H - 58 * mm, id="right",
                  leftPadding=0, rightPadding=0)
    doc = BaseDocTemplate(str(dest(src)), pagesize=A4, title="DC-FOI-24-1140",
                          author="Durham Constabulary", creator="Durham Constabulary")
    doc.addPageTemplates([PageTemplate(id="two", frames=[left, right], onPage=page_deco)])
    story = [
        P("<b>Request</b>", st["h"]),
        P("Date received: 2 April 2024<br/>Date of response: 29 April 2024", st["small"]),
        P("<i>Please tell me, for the financial years 2022/23 and 2023/24, how many conduct "
          "matters involving sexual misconduct were recorded against Durham Constabulary officers "
          "and staff, and what the outcome of each was.</i>", st["body"]),
        P("<b>Response</b>", st["h"]),
        P("Durham Constabulary holds the information you have requested.", st["body"]),
        P("In 2022/23 the Professional Standards and Vetting Department recorded 17 conduct "
          "matters involving sexual misconduct by officers and staff; in 2023/24 it recorded 23. "
          "A conduct matter may involve more than one allegation and more than one person, and "
          "each is counted once here, under its most serious outcome.", st["body"]),
        P("The 23 matters recorded in 2023/24 represent 26% of the 88 conduct matters of all "
          "kinds recorded by the department in that year.", st["body"]),
        FrameBreak(),
        P("<b>Outcome of conduct matters</b>", st["h2"]),
        tab, S(6),
        P("Learning from reflection is the term Durham Constabulary uses for the Reflective "
          "Practice Review Process under the Police (Conduct) Regulations 2020. \u2018Ongoing\u2019 "
          "matters were still under investigation or awaiting a hearing on 15 April 2024.",
          st["small"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P("If you are unhappy with this response you may request an internal review within 40 "
          "working days. If you remain dissatisfied you may complain to the " + ICO + ".",
          st["small"]),
    ]
    doc.build(story)


def build_north_yorkshire():
    """Portrait letter, a landscape page with a month-by-month table (Jan-23 ... Dec-23 and a
    Total), an outcome table whose Total column restates the first table's totals (keyed once);
    'Misogyny / sexism' and 'Other VAWG-related' categories; NFA and RPRP; portrait again."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                    PageTemplate, Table, TableStyle)
    src, force = "north-yorkshire/FOI NYP-2024-0412 response.pdf", "north-yorkshire"
    KEY.file(src)
    st = styles("Helvetica", 10)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    rows = [("Sexual harassment", "sexual_harassment", [3, 2, 4, 1, 5, 2, 3, 4, 2, 6, 3, 2]),
            ("Sexual assault", "sexual_assault", [1, 0, 2, 1, 0, 1, 0, 2, 1, 1, 0, 1]),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual",
             [0, 1, 0, 0, 1, 0, 2, 0, 0, 1, 0, 1]),
            ("Misogyny / sexism", "discriminatory_behaviour", [2, 1, 0, 3, 1, 2, 1, 0, 2, 1, 1, 2]),
            ("Other VAWG-related", "vawg", [1, 0, 1, 0, 2, 0, 1, 1, 0, 0, 1, 0])]
    t1 = [["Allegation type"] + [f"{m}-23" for m in months] + ["Total"]]
    for label, cat, vals in rows:
        t1.append([P(label, st["cell"])] + [str(v) for v in vals] + [str(sum(vals))])
        for i, v in enumerate(vals):
            KEY.fig(src, force, MON(2023, i + 1), cat, "total", v)
        KEY.fig(src, force, CY(2023), cat, "total", sum(vals))
    tab1 = Table(t1, colWidths=[62 * mm] + [14 * mm] * 12 + [18 * mm], hAlign="LEFT")
    tab1.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                              ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                              ("FONT", (1, 1), (-1, -1), "Helvetica", 9),
                              ("FONT", (-1, 1), (-1, -1), "Helvetica-Bold", 9),
                              ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    outl = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice (RPRP)", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("NFA", "no_further_action"),
            ("Ongoing", "ongoing")]
    outv = {"sexual_harassment": [3, 1, 2, 4, 8, 10, 2, 7],
            "sexual_assault": [1, 0, 1, 0, 0, 4, 1, 3],
            "abuse_of_position_sexual": [2, 1, 0, 0, 0, 1, 0, 2],
            "discriminatory_behaviour": [0, 0, 1, 3, 7, 3, 1, 1],
            "vawg": [0, 0, 0, 1, 2, 2, 1, 1]}
    t2 = [["Allegation type"] + [P(f"<b>{o[0]}</b>", st["cell"]) for o in outl] + ["Total"]]
    for label, cat, vals in rows:
        ov = outv[cat]
        assert sum(ov) == sum(vals), cat
        t2.append([P(label, st["cell"])] + [str(v) for v in ov] + [str(sum(ov))])
        for (ol, oc), v in zip(outl, ov):
            KEY.fig(src, force, CY(2023), cat, oc, v)
        KEY.fig(src, force, CY(2023), cat, "total", sum(ov), restated=True)
    tab2 = Table(t2, colWidths=[62 * mm] + [22 * mm] * 8 + [18 * mm], hAlign="LEFT")
    tab2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                              ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                              ("FONT", (1, 1), (-1, -1), "Helvetica", 9),
                              ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))

    def deco(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, h - 12 * mm, "North Yorkshire Police \u2013 Civil Disclosure Unit")
        c.drawRightString(w - 20 * mm, h - 12 * mm, "FOI NYP-2024-0412")
        c.drawCentredString(w / 2, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    pw, ph = A4
    lw, lh = landscape(A4)
    doc = BaseDocTemplate(str(dest(src)), pagesize=A4, title="FOI NYP-2024-0412",
                          author="North Yorkshire Police", creator="North Yorkshire Police")
    doc.addPageTemplates([
        PageTemplate(id="port", frames=[Frame(22 * mm, 20 * mm, pw - 44 * mm, ph - 42 * mm)],
                     onPage=deco, pagesize=A4),
        PageTemplate(id="land", frames=[Frame(15 * mm, 15 * mm, lw - 30 * mm, lh - 32 * mm)],
                     onPage=deco, pagesize=landscape(A4)),
    ])
    story = [
        P("<b>North Yorkshire Police</b>", st["h"]),
        P("Civil Disclosure Unit<br/>Alverton Court, Crosby Road<br/>Northallerton DL6 1BF",
          st["body"]),
        S(6),
        P("Our reference: FOI NYP-2024-0412<br/>Date: 22 April 2024", st["body"]),
        P("Dear Sir or Madam", st["body"]),
        P("<b>Freedom of Information Act 2000 \u2013 Request for Information</b>", st["body"]),
        P("We have now completed our search for the information you requested on 26 March 2024. "
          "You asked:", st["body"]),
        P("\u201cPlease provide, for each month of 2023, the number of allegations of sexual "
          "harassment, sexual assault, abuse of position for a sexual purpose, misogyny and other "
          "violence against women and girls (VAWG) related misconduct recorded against North "
          "Yorkshire Police officers and staff, and the outcomes of those allegations.\u201d",
          st["quote"]),
        P("North Yorkshire Police holds the information you have requested. It is provided in "
          "the two tables on the next page. Table 1 shows the allegations recorded in each month "
          "of 2023; Table 2 shows the outcome of the same allegations as at 31 March 2024. The "
          "figures include police officers, police staff, special constables and police "
          "community support officers.", st["body"]),
        P("\u2018Other VAWG-related\u2019 covers allegations flagged as related to violence against "
          "women and girls that do not fall into the other categories, for example controlling "
          "behaviour towards a partner who is a colleague. \u2018NFA\u2019 means no further action "
          "was taken after assessment.", st["body"]),
        NextPageTemplate("land"), PageBreak(),
        P("<b>Table 1 \u2013 Allegations recorded by month, January to December 2023</b>",
          st["body"]),
        tab1, S(12),
        P("<b>Table 2 \u2013 Outcome of allegations recorded in 2023 (position at 31 March 2024)"
          "</b>", st["body"]),
        tab2,
        NextPageTemplate("port"), PageBreak(),
        P("<b>Complaint rights</b>", st["h2"]),
        P("Your attention is drawn to the attached sheet which details your right of complaint. "
          "If you are dissatisfied with this response you may ask for an internal review within "
          "40 working days; after that you may complain to the " + ICO + ".", st["body"]),
        P("Yours faithfully<br/><br/>Civil Disclosure Unit", st["body"]),
    ]
    doc.build(story)


SURREY_SRC_HTML = "surrey/FOI 2024-1102 response.html"
SURREY_SRC_REVIEW = "surrey/FOI 2024-1102 internal review outcome.pdf"
SURREY = [  # category label, category, outcome values (true), shown in the original response
    ("Sexual assault", "sexual_assault", [0, 1, 0, 2, 5, 1]),
    ("Sexual harassment", "sexual_harassment", [2, 3, 0, 6, 7, 0]),
    ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [3, 0, 0, 0, 2, 1]),
]
SURREY_OUT = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
              ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
              ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]


def build_surrey_review():
    """Internal review outcome letter: restates the totals of the original response (keyed again
    under this file) and corrects one category: 18 -> 19 allegations of sexual harassment and
    7 -> 8 no case to answer. The superseded figures are not keyed from this letter."""
    from reportlab.lib.units import mm
    src, force = SURREY_SRC_REVIEW, "surrey"
    KEY.file(src)
    st = styles("Helvetica", 10.5)
    per = FY(2022)
    KEY.fig(src, force, per, "sexual_assault", "total", 9)
    KEY.fig(src, force, per, "abuse_of_position_sexual", "total", 6)
    KEY.fig(src, force, per, "sexual_harassment", "total", 19)
    KEY.fig(src, force, per, "sexual_harassment", "no_case_to_answer", 8)

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawCentredString(105 * mm, 287 * mm, "OFFICIAL")
        c.drawCentredString(105 * mm, 10 * mm, f"Page {page} of {pages}")
        c.drawCentredString(105 * mm, 6 * mm, "OFFICIAL")

    story = [
        P("<b>Surrey Police</b>", st["right"]),
        P("Information Rights Team<br/>PO Box 101<br/>Guildford GU1 9PE", st["right"]),
        S(10),
        P("Our reference: FOI 2024-1102 (IR)<br/>Date: 3 July 2024", st["body"]),
        P("Dear Requester", st["body"]),
        P("<b>Internal review \u2013 Freedom of Information request FOI 2024-1102</b>", st["body"]),
        P("I write in response to your email of 5 June 2024 in which you asked Surrey Police to "
          "review its response of 23 May 2024 to your request for the number of allegations of "
          "sexual assault, sexual harassment and abuse of position for a sexual purpose recorded "
          "against officers and staff in FY 2022-23, and their outcomes. You were unhappy that "
          "some figures had been withheld, and you queried whether the figures were complete.",
          st["body"]),
        P("I have reviewed the handling of your request and the information provided. I was not "
          "involved in the original decision.", st["body"]),
        P("<b>Completeness of the figures</b>", st["h2"]),
        P("Our response disclosed that 9 allegations of sexual assault, 18 allegations of sexual "
          "harassment and 6 allegations of abuse of position for a sexual purpose were recorded "
          "in FY 2022-23. In reviewing the search I found that one allegation of sexual "
          "harassment, recorded on 28 March 2023, had been omitted because it was entered on our "
          "system under a different heading. The allegation was assessed as having no case to "
          "answer.", st["body"]),
        P("The correct figures for sexual harassment in FY 2022-23 are therefore a total of 19 "
          "allegations, of which 8 (not 7, as previously stated) were found to have no case to "
          "answer. The figures for sexual assault and abuse of position for a sexual purpose are "
          "unchanged, as are the other outcomes for sexual harassment. I apologise for this "
          "error.", st["body"]),
        P("<b>Section 40(2)</b>", st["h2"]),
        P("I have considered the application of section 40(2) to the figures shown as "
          "\u2018*\u2019 in our response. Where a figure is below five, its disclosure alongside "
          "the published outcomes of misconduct hearings would be likely to identify the "
          "officers concerned. I am satisfied that the exemption was correctly applied and I "
          "uphold that part of the decision.", st["body"]),
        P("<b>Outcome of the review</b>", st["h2"]),
        P("Your complaint is partially upheld. If you remain dissatisfied you may complain to the "
          + ICO + ". Complaints should normally be made within three months of your last "
          "meaningful contact with us.", st["body"]),
        P("Yours sincerely<br/><br/>Information Rights Manager<br/>Surrey Police", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(24, 24, 24, 22), title="FOI 2024-1102 review",
               author="Surrey Police")


GLOS = {
    "email": "gloucestershire/RE FOI 2024-0871 response email.txt",
    "xlsx": "gloucestershire/FOI 2024-0871 Table 1 allegations.xlsx",
    "pdf": "gloucestershire/FOI 2024-0871 Table 2 outcomes.pdf",
    "cats": [("Sexual harassment", "sexual_harassment", [5, 7, 4, 6],
              [2, 1, 3, 5, 6, 1, 4]),
             ("Sexual assault", "sexual_assault", [2, 1, 3, 2], [1, 0, 0, 1, 3, 0, 3]),
             ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [1, 0, 2, 1],
              [2, 0, 0, 0, 1, 0, 1]),
             ("Inappropriate relationship", "sexual_misconduct", [3, 2, 1, 4],
              [1, 2, 1, 3, 2, 0, 1])],
    "outs": [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
             ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
             ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
             ("Ongoing", "ongoing")],
}


def build_gloucestershire_pdf():
    """Attachment 2 of a covering email: a bare outcome table with no period, measure or
    subject of its own (all from the email: calendar 2023, allegations, officers and staff)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = GLOS["pdf"], "gloucestershire"
    KEY.file(src)
    st = styles("Helvetica", 10)
    data = [["Allegation type"] + [o[0] for o in GLOS["outs"]] + ["Total"]]
    for label, cat, q, outs in GLOS["cats"]:
        assert sum(outs) == sum(q)
        data.append([label] + [str(v) for v in outs] + [str(sum(outs))])
        for (ol, oc), v in zip(GLOS["outs"], outs):
            KEY.fig(src, force, CY(2023), cat, oc, v)
        KEY.fig(src, force, CY(2023), cat, "total", sum(outs))
    tab = Table(data, colWidths=[66 * mm] + [25 * mm] * 7 + [16 * mm], hAlign="LEFT")
    tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                             ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                             ("ALIGN", (1, 0), (-1, -1), "CENTER")]))

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(15 * mm, 8 * mm, "Gloucestershire Constabulary \u2013 OFFICIAL")
        c.drawRightString(282 * mm, 8 * mm, "FOI 2024-0871")

    story = [P("<b>Table 2: Outcome of allegations</b>", st["h"]), S(4), tab, S(6),
             P("Outcome as recorded on 29 February 2024. Reflective practice = Reflective "
               "Practice Review Process.", st["small"])]
    pdf_letter(src, story, furniture, pagesize=landscape(A4), margins=(15, 15, 18, 18),
               title="FOI 2024-0871 Table 2", author="Gloucestershire Constabulary")


def build_cleveland_taser():
    """A response about Taser use: numbers everywhere, none of them a figure for this dataset."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "cleveland/FOI 2024-0456 response.pdf"
    KEY.file(src)
    st = styles("Helvetica", 10)

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(22 * mm, 285 * mm, "Cleveland Police \u2013 Freedom of Information")
        c.drawRightString(188 * mm, 12 * mm, f"Page {page} of {pages}")

    months = ["Jan-23", "Feb-23", "Mar-23", "Apr-23", "May-23", "Jun-23", "Jul-23", "Aug-23",
              "Sep-23", "Oct-23", "Nov-23", "Dec-23"]
    drawn = [38, 41, 45, 39, 52, 47, 55, 50, 44, 48, 42, 51]
    fired = [3, 2, 4, 1, 5, 3, 6, 2, 3, 4, 2, 3]
    data = [["Month", "Drawn / aimed / red-dot", "Discharged (fired or drive-stun)", "Total uses"]]
    for m, a, b in zip(months, drawn, fired):
        data.append([m, str(a), str(b), str(a + b)])
    data.append(["Total", str(sum(drawn)), str(sum(fired)), str(sum(drawn) + sum(fired))])
    tab = Table(data, colWidths=[26 * mm, 44 * mm, 58 * mm, 26 * mm], hAlign="LEFT")
    tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                             ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                             ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story = [
        P("<b>Cleveland Police</b>", st["h"]),
        P("Freedom of Information Team, Ash House, III Acorn Business Park, Stockton-on-Tees "
          "TS18 2QA", st["body"]),
        P("Reference: FOI 2024-0456<br/>Date: 8 March 2024", st["body"]),
        P("Dear Requester", st["body"]),
        P("Thank you for your request of 9 February 2024. You asked:", st["body"]),
        P("\u201c1. How many times was Taser used by Cleveland Police officers in each month of "
          "2023? 2. How many officers are trained to carry Taser? 3. How many complaints were "
          "made about Taser use in 2023, and how many led to misconduct proceedings?\u201d",
          st["quote"]),
        P("<b>Response to question 1</b>", st["h2"]),
        P("The table below shows Taser use by month, following the Home Office use of force "
          "categories.", st["body"]),
        tab, S(6),
        P("<b>Response to question 2</b>", st["h2"]),
        P("As at 31 December 2023, 412 officers were trained and authorised to carry Taser, "
          "about 29% of the force\u2019s 1,420 officers.", st["body"]),
        P("<b>Response to question 3</b>", st["h2"]),
        P("In 2023 the force recorded 14 complaints about the use of Taser. Two of these "
          "complaints were upheld, and none led to misconduct proceedings; one officer received "
          "reflective practice.", st["body"]),
        P("If you are unhappy with this response you may ask for an internal review within 40 "
          "working days, and then complain to the " + ICO + ".", st["body"]),
    ]
    pdf_letter(src, story, furniture, title="FOI 2024-0456", author="Cleveland Police")


def build_gwent_print():
    """Disclosure-log page printed to PDF from a browser: print header (date, time, title),
    footer (URL, n/N), bilingual site chrome; one category 'Sexual misconduct (including
    harassment)'; measure complaints; calendar years and a Total column; complaint outcomes
    including 'Resigned prior to hearing'."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src, force = "gwent/FOI 2024-0788 disclosure.pdf", "gwent"
    KEY.file(src)
    st = styles("Helvetica", 9.5)
    M = "complaints"
    cat = "sexual_misconduct"
    outs = [("Upheld (service not acceptable)", "upheld", 3, 5),
            ("Not upheld (service acceptable)", "not_upheld", 8, 6),
            ("Withdrawn", "withdrawn", 1, 2),
            ("Resigned prior to hearing", "resigned_or_retired", 1, 0),
            ("Under investigation", "ongoing", 2, 7)]
    data = [["Outcome", "2022", "2023", "Total"]]
    t22 = t23 = 0
    for ol, oc, a, b in outs:
        data.append([ol, str(a), str(b), str(a + b)])
        KEY.fig(src, force, CY(2022), cat, oc, a, measure=M)
        KEY.fig(src, force, CY(2023), cat, oc, b, measure=M)
        KEY.fig(src, force, SPAN(CY(2022), CY(2023)), cat, oc, a + b, measure=M)
        t22, t23 = t22 + a, t23 + b
    data.append(["Total complaints", str(t22), str(t23), str(t22 + t23)])
    KEY.fig(src, force, CY(2022), cat, "total", t22, measure=M)
    KEY.fig(src, force, CY(2023), cat, "total", t23, measure=M)
    KEY.fig(src, force, SPAN(CY(2022), CY(2023)), cat, "total", t22 + t23, measure=M)
    tab = Table(data, colWidths=[70 * mm, 22 * mm, 22 * mm, 22 * mm], hAlign="LEFT")
    tab.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#AAAAAA")),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#004B87")),
                             ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                             ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                             ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                             ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    url = ("https://www.gwent.police.uk/foi-ai/gwent-police/disclosure-2024/may/"
           "sexual-misconduct-complaints-against-officers-and-staff/")

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7)
        c.drawString(8 * mm, 291 * mm, "14/05/2024, 10:22")
        c.drawCentredString(105 * mm, 291 * mm, "FOI 2024-0788 Sexual misconduct complaints "
                            "against officers and staff | Gwent Police")
        c.drawString(8 * mm, 5 * mm, url)
        c.drawRightString(202 * mm, 5 * mm, f"{page}/{pages}")

    chrome = Table([["Heddlu Gwent Police", "Cymraeg | Report | Contact | Search"]],
                   colWidths=[90 * mm, 86 * mm], hAlign="LEFT")
    chrome.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#004B87")),
                                ("TEXTCOLOR", (0, 0), (-1, -1), colors.white),
                                ("FONT", (0, 0), (0, 0), "Helvetica-Bold", 12),
                                ("FONT", (1, 0), (1, 0), "Helvetica", 8),
                                ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    story = [
        chrome, S(4),
        P("Home &gt; Access to information &gt; Freedom of information &gt; Disclosure log &gt; "
          "2024 &gt; May", st["small"]),
        P("<b>Sexual misconduct complaints against officers and staff</b>", st["h"]),
        P("Reference number: FOI 2024-0788 &nbsp;&nbsp; Date of response: 13/05/2024",
          st["small"]),
        P("<b>Request</b>", st["h2"]),
        P("Please provide the number of complaints of sexual misconduct, including sexual "
          "harassment, made by members of the public against Gwent Police officers and staff in "
          "2022 and 2023, and the outcome of each complaint.", st["body"]),
        P("<b>Response</b>", st["h2"]),
        P("Gwent Police holds the information. The figures below are complaints recorded under "
          "Schedule 3 to the Police Reform Act 2002 in which the allegation was categorised as "
          "sexual misconduct (including harassment), counted by the year the complaint was "
          "received.", st["body"]),
        P("<b>Complaints of sexual misconduct (including harassment)</b>", st["body"]),
        tab, S(6),
        P("Under the Police (Complaints and Misconduct) Regulations 2020 a complaint is "
          "determined by whether the service provided was acceptable; we have shown this "
          "alongside the more familiar terms. Where an officer resigned before a misconduct "
          "hearing, the complaint is shown under \u2018Resigned prior to hearing\u2019.",
          st["small"]),
        P("<b>Related disclosures</b>", st["h2"]),
        P("FOI 2023-1121 Sexual misconduct allegations 2022/23<br/>FOI 2024-0211 Vetting of "
          "officers<br/>FOI 2024-0530 Officers dismissed since 2019", st["small"]),
        S(8),
        P("Gwent Police, Police Headquarters, Turnpike Road, Croesyceiliog, Cwmbran NP44 2XJ. "
          "In an emergency call 999. For non-emergencies call 101. Rydym yn croesawu "
          "gohebiaeth yn Gymraeg / We welcome correspondence in Welsh.", st["small"]),
    ]
    pdf_letter(src, story, furniture, margins=(17, 17, 14, 12), title="FOI 2024-0788",
               author="Gwent Police")


# =========================================================================== DOCX responses

def docx_letterhead(d, lines, ref_lines):
    from docx.shared import Pt
    p = d.add_paragraph()
    r = p.add_run(lines[0])
    r.bold = True
    r.font.size = Pt(14)
    for ln in lines[1:]:
        d.add_paragraph(ln)
    for ln in ref_lines:
        d.add_paragraph(ln)


def build_humberside():
    """Word letter with a long Word table (header row marked to repeat, runs over pages):
    Period | Allegation type | Outcome | Police officers | Police staff with periods written
    'April 2021 - March 2022'; nested bullet lists (List Bullet / List Bullet 2) whose parent
    bullet names the subject and gives the total."""
    from docx.shared import Pt
    src, force = "humberside/FOI 24-2290 response.docx", "humberside"
    KEY.file(src)
    d = docx_new("Arial", 10)
    docx_header_footer(d, "OFFICIAL", "Humberside Police \u2013 Information Compliance Unit \u2013 "
                       "OFFICIAL")
    docx_letterhead(d, ["Humberside Police", "Information Compliance Unit",
                        "Priory Police Station, Priory Road, Hull HU5 5SF"],
                    ["Our ref: FOI 24-2290", "Date: 18 June 2024"])
    d.add_paragraph("Dear Requester")
    p = d.add_paragraph()
    p.add_run("Freedom of Information Act 2000 \u2013 Request FOI 24-2290").bold = True
    d.add_paragraph("Thank you for your request for information, received on 21 May 2024. "
                    "You asked:")
    q = d.add_paragraph("1. For each of the financial years April 2021 - March 2022, April 2022 - "
                        "March 2023 and April 2023 - March 2024, the number of allegations of "
                        "sexual assault, sexual harassment and abuse of position for a sexual "
                        "purpose made against police officers and police staff, by outcome.\n"
                        "2. For April 2023 - March 2024 only, the number of allegations of "
                        "domestic abuse made against officers and staff, by outcome.")
    q.paragraph_format.left_indent = Pt(24)
    q.runs[0].italic = True
    d.add_paragraph("Humberside Police holds the information you have requested. A response to "
                    "each part of your request is given below.")
    h = d.add_paragraph()
    h.add_run("Question 1").bold = True
    d.add_paragraph("The table below lists every allegation type and outcome for each year. "
                    "Where no allegation had a particular outcome the table shows 0.")
    periods = [("April 2021 - March 2022", FY(2021)), ("April 2022 - March 2023", FY(2022)),
               ("April 2023 - March 2024", FY(2023))]
    cats = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
    vals = {
        (0, 0): [(1, 0), (0, 0), (1, 1), (6, 1), (0, 0)],
        (0, 1): [(2, 1), (3, 0), (7, 3), (9, 2), (0, 0)],
        (0, 2): [(3, 0), (1, 0), (0, 0), (2, 0), (0, 0)],
        (1, 0): [(2, 0), (1, 0), (0, 0), (5, 2), (1, 0)],
        (1, 1): [(4, 1), (2, 1), (8, 2), (11, 4), (2, 1)],
        (1, 2): [(4, 0), (0, 0), (1, 0), (1, 0), (1, 0)],
        (2, 0): [(1, 0), (0, 1), (2, 0), (4, 1), (6, 2)],
        (2, 1): [(3, 0), (4, 2), (9, 3), (8, 3), (7, 2)],
        (2, 2): [(2, 0), (1, 0), (0, 0), (2, 0), (4, 0)],
    }
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Period", "Allegation type", "Outcome", "Police officers", "Police staff"]
    for c, txt in zip(t.rows[0].cells, hdr):
        docx_cell(c, txt, bold=True)
        docx_shade(c, "D9D9D9")
    docx_repeat_header(t.rows[0])
    for pi, (plab, per) in enumerate(periods):
        for ci, (clab, cat) in enumerate(cats):
            for (olab, oc), (o, s) in zip(outs, vals[(pi, ci)]):
                cells = t.add_row().cells
                for c, txt in zip(cells, [plab, clab, olab, str(o), str(s)]):
                    docx_cell(c, txt)
                KEY.fig(src, force, per, cat, oc, o, subject="officers")
                KEY.fig(src, force, per, cat, oc, s, subject="staff")
    d.add_paragraph("")
    h = d.add_paragraph()
    h.add_run("Question 2").bold = True
    d.add_paragraph("Allegations of domestic abuse recorded April 2023 - March 2024:")
    per = FY(2023)
    da = [("Police officers", "officers", 9, [("Dismissed", "dismissed", 1),
                                              ("Final written warning", "final_written_warning", 2),
                                              ("No case to answer", "no_case_to_answer", 4),
                                              ("Ongoing", "ongoing", 2)]),
          ("Police staff", "staff", 3, [("Written warning", "written_warning", 1),
                                        ("No case to answer", "no_case_to_answer", 2)])]
    for lab, subj, tot, items in da:
        d.add_paragraph(f"{lab} \u2013 {tot} allegations", style="List Bullet")
        KEY.fig(src, force, per, "domestic_abuse", "total", tot, subject=subj)
        assert sum(v for _, _, v in items) == tot
        for ol, oc, v in items:
            d.add_paragraph(f"{ol} \u2013 {v}", style="List Bullet 2")
            KEY.fig(src, force, per, "domestic_abuse", oc, v, subject=subj)
    d.add_paragraph("Outcomes not listed under question 2 had no allegations.")
    d.add_paragraph("Please note that one complaint or conduct matter can include more than one "
                    "allegation, and that an allegation is counted in the year in which it was "
                    "recorded, not the year in which it was finalised.")
    h = d.add_paragraph()
    h.add_run("Complaint rights").bold = True
    d.add_paragraph("If you are dissatisfied with this response you may request an internal "
                    "review within 40 working days of the date of this letter. If you remain "
                    "dissatisfied you may complain to the " + ICO + ".")
    d.add_paragraph("Yours sincerely\n\nInformation Compliance Unit")
    docx_save(d, src, "Humberside Police")


def build_sussex():
    """Measure individuals (officers investigated), calendar 2023; a table of officers by
    allegation type with a Total row across types (an officer counted once: not keyed); the
    breakdown by rank refused under section 40(2) (no rows: rank is not a dimension of the
    dataset); an outcome table whose Total row restates the first table."""
    src, force = "sussex/FOI-SX-2024-0871 response.docx", "sussex"
    KEY.file(src)
    M, SUBJ, per = "individuals", "officers", CY(2023)
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "OFFICIAL", "Sussex Police, Malling House, Church Lane, Lewes BN7 2DZ")
    docx_letterhead(d, ["Sussex Police", "Information Access Team"],
                    ["Reference: FOI-SX-2024-0871", "Date: 9 May 2024"])
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Thank you for your request for information received on 11 April 2024. "
                    "You asked:")
    for i, q in enumerate([
            "How many police officers were investigated for sexual assault, sexual harassment "
            "or abuse of position for a sexual purpose in the calendar year 2023?",
            "Please break these figures down by rank (constable, sergeant, inspector and above).",
            "What was the outcome for each officer?"], 1):
        d.add_paragraph(q, style="List Number")
    h = d.add_paragraph()
    h.add_run("Question 1").bold = True
    d.add_paragraph("The table below shows the number of officers investigated in 2023 for each "
                    "type of allegation. These are numbers of individual officers, not of "
                    "allegations.")
    cats = [("Sexual assault", "sexual_assault", [2, 1, 0, 1, 0, 3, 2]),
            ("Sexual harassment", "sexual_harassment", [3, 1, 4, 3, 5, 5, 2]),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual",
             [3, 1, 0, 0, 0, 1, 2])]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    docx_cell(t.rows[0].cells[0], "Allegation type", bold=True)
    docx_cell(t.rows[0].cells[1], "Officers investigated", bold=True)
    for lab, cat, outs in cats:
        r = t.add_row().cells
        docx_cell(r[0], lab)
        docx_cell(r[1], str(sum(outs)))
        KEY.fig(src, force, per, cat, "total", sum(outs), measure=M, subject=SUBJ)
    r = t.add_row().cells
    docx_cell(r[0], "Total officers investigated*", bold=True)
    docx_cell(r[1], "36", bold=True)  # 39 investigations of 36 officers: not keyed
    d.add_paragraph("* An officer investigated for more than one type of allegation is counted "
                    "once in the total, so the total is less than the sum of the rows.")
    h = d.add_paragraph()
    h.add_run("Question 2").bold = True
    d.add_paragraph("Sussex Police holds a breakdown of these figures by rank. However, the "
                    "number of officers at the rank of sergeant and at inspector and above in "
                    "each category is very small, and misconduct hearings are held in public and "
                    "reported in the media. Disclosure of the breakdown by rank would be likely "
                    "to allow the officers concerned to be identified. This information is "
                    "therefore withheld under section 40(2) of the Freedom of Information Act "
                    "2000, and this letter serves as a refusal notice for that part of your "
                    "request under section 17. We are able to provide the totals for each type "
                    "of allegation, which are given above.")
    h = d.add_paragraph()
    h.add_run("Question 3").bold = True
    d.add_paragraph("The outcomes for the officers in the table above were:")
    outl = ["Dismissed", "Resigned or retired", "Final written warning", "Written warning",
            "Reflective practice", "No case to answer", "Under investigation"]
    outc = ["dismissed", "resigned_or_retired", "final_written_warning", "written_warning",
            "management_action", "no_case_to_answer", "ongoing"]
    t2 = d.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for c, txt in zip(t2.rows[0].cells, ["Outcome", "Sexual assault", "Sexual harassment",
                                         "Abuse of position for a sexual purpose"]):
        docx_cell(c, txt, bold=True)
    for i, (ol, oc) in enumerate(zip(outl, outc)):
        r = t2.add_row().cells
        docx_cell(r[0], ol)
        for j, (lab, cat, outs) in enumerate(cats):
            docx_cell(r[j + 1], str(outs[i]))
            KEY.fig(src, force, per, cat, oc, outs[i], measure=M, subject=SUBJ)
    r = t2.add_row().cells
    docx_cell(r[0], "Total", bold=True)
    for j, (lab, cat, outs) in enumerate(cats):
        docx_cell(r[j + 1], str(sum(outs)), bold=True)
        KEY.fig(src, force, per, cat, "total", sum(outs), measure=M, subject=SUBJ, restated=True)
    d.add_paragraph("For context, Sussex Police employed 3,104 police officers (full-time "
                    "equivalent) at 31 March 2024.")
    d.add_paragraph("If you are not satisfied with this response you may request an internal "
                    "review within 40 working days, and then complain to the " + ICO + ".")
    d.add_paragraph("Yours sincerely,\nInformation Access Team")
    docx_save(d, src, "Sussex Police")


def build_essex():
    """Totals only, by financial year ('FY19/20' ... 'FY23/24') with a five-year total row;
    the outcomes refused on cost under section 12 (no rows: the totals are given); the cost
    estimate quotes a cross-category count of case files, minutes, hours and money."""
    src, force = "essex/FOI-4412-24 response.docx", "essex"
    KEY.file(src)
    d = docx_new("Arial", 11)
    docx_header_footer(d, "", "Essex Police \u2013 Information Rights \u2013 PO Box 2, "
                       "Springfield, Chelmsford CM2 6DA")
    docx_letterhead(d, ["Essex Police", "Information Rights"],
                    ["Our Ref: FOI-4412-24", "Date: 2 August 2024"])
    d.add_paragraph("Dear Requester")
    d.add_paragraph("I write in connection with your request for information dated 5 July 2024, "
                    "which was as follows:")
    q = d.add_paragraph("\u201c(a) For each of the financial years 2019/20 to 2023/24, how many "
                        "allegations of sexual assault, sexual harassment and other sexual "
                        "misconduct were recorded against Essex Police officers and staff? "
                        "(b) What was the outcome of each of those allegations?\u201d")
    q.runs[0].italic = True
    p = d.add_paragraph()
    p.add_run("Part (a)").bold = True
    d.add_paragraph("The number of allegations recorded in each financial year is shown below "
                    "(police officers and police staff together).")
    years = [("FY19/20", FY(2019)), ("FY20/21", FY(2020)), ("FY21/22", FY(2021)),
             ("FY22/23", FY(2022)), ("FY23/24", FY(2023))]
    cats = [("Sexual assault", "sexual_assault", [7, 5, 9, 12, 10]),
            ("Sexual harassment", "sexual_harassment", [15, 11, 19, 26, 31]),
            ("Other sexual misconduct", "sexual_misconduct", [8, 6, 10, 9, 13])]
    t = d.add_table(rows=1, cols=4)
    t.style = "Light Grid Accent 1"
    for c, txt in zip(t.rows[0].cells, ["Financial year"] + [c[0] for c in cats]):
        docx_cell(c, txt, bold=True)
    for i, (ylab, per) in enumerate(years):
        r = t.add_row().cells
        docx_cell(r[0], ylab)
        for j, (lab, cat, vals) in enumerate(cats):
            docx_cell(r[j + 1], str(vals[i]))
            KEY.fig(src, force, per, cat, "total", vals[i])
    r = t.add_row().cells
    docx_cell(r[0], "Total (five years)", bold=True)
    for j, (lab, cat, vals) in enumerate(cats):
        docx_cell(r[j + 1], str(sum(vals)), bold=True)
        KEY.fig(src, force, SPAN(FY(2019), FY(2023)), cat, "total", sum(vals))
    p = d.add_paragraph()
    p.add_run("Part (b) \u2013 Section 12(1): cost of compliance exceeds the appropriate limit"
              ).bold = True
    d.add_paragraph("The outcome of an allegation is not held in a field that can be searched "
                    "or reported on. It is recorded in the free text of the case file. To "
                    "establish the outcome of each allegation we would need to read each of the "
                    "191 case files concerned; a sampling exercise showed that this takes about "
                    "10 minutes per file, or roughly 32 hours in total.")
    d.add_paragraph("The appropriate limit for police forces is \u00a3450, equivalent to 18 hours "
                    "of work at \u00a325 an hour. Part (b) of your request would exceed this "
                    "limit, and section 12(1) of the Act therefore applies. This letter acts as a "
                    "refusal notice for part (b) under section 17(5).")
    d.add_paragraph("Under section 16 of the Act we are required to offer advice and "
                    "assistance. You may wish to narrow your request, for example to the outcomes "
                    "of allegations of one type in a single financial year.")
    d.add_paragraph("Complaint rights: you may ask for an internal review within 40 working "
                    "days, and then complain to the " + ICO + ".")
    docx_save(d, src, "Essex Police")


def build_suffolk():
    """Section 21 refusal: the information is reasonably accessible in a published annual
    report (link given); three refused rows (s21), FY 2022/23, allegations, officers."""
    src, force = "suffolk/FOI 002115-24 response.docx", "suffolk"
    KEY.file(src)
    per = FY(2022)
    for cat in ("sexual_assault", "sexual_harassment", "abuse_of_position_sexual"):
        KEY.fig(src, force, per, cat, "total", REF("s21"), subject="officers")
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", "Suffolk Constabulary, Police Headquarters, Martlesham "
                       "Heath, Ipswich IP5 3QS")
    docx_letterhead(d, ["Suffolk Constabulary", "Information Management Department"],
                    ["Freedom of Information Request Reference No: FOI 002115-24",
                     "Date: 24 April 2024"])
    d.add_paragraph("Dear Requester")
    d.add_paragraph("I write in connection with your request for information received on "
                    "27 March 2024, in which you asked:")
    q = d.add_paragraph("\u201cFor the financial year 2022/23, how many allegations of (a) sexual "
                        "assault, (b) sexual harassment and (c) abuse of position for a sexual "
                        "purpose were made against Suffolk Constabulary police officers?\u201d")
    q.runs[0].italic = True
    p = d.add_paragraph()
    p.add_run("Response").bold = True
    d.add_paragraph("Suffolk Constabulary holds the information you have requested. However, "
                    "the information is already published in the Professional Standards "
                    "Department Annual Report 2022/23, which is available on our website at:")
    d.add_paragraph("https://www.suffolk.police.uk/sites/suffolk/files/2023-10/"
                    "psd-annual-report-2022-23.pdf")
    d.add_paragraph("The figures you have asked for are in Table 4 on page 12 of the report "
                    "(\u201cAllegations recorded by type, officers\u201d).")
    d.add_paragraph("Section 21(1) of the Freedom of Information Act 2000 provides that "
                    "information which is reasonably accessible to the applicant by other means "
                    "is exempt information. As the information is published, section 21 applies "
                    "and this letter acts as a refusal notice under section 17 of the Act. "
                    "Section 21 is an absolute exemption and no public interest test is "
                    "required.")
    d.add_paragraph("If you have any difficulty accessing the report, please contact us and we "
                    "will send you a copy.")
    d.add_paragraph("Complaint rights: if you are dissatisfied you may ask for an internal "
                    "review within 40 working days, and then complain to the " + ICO + ".")
    d.add_paragraph("Yours sincerely\nInformation Management Department")
    docx_save(d, src, "Suffolk Constabulary")


def build_norfolk():
    """Word table with a two-row header: 'Allegation' and 'Subject' merged down (vMerge),
    'Outcome' merged across six outcome columns (gridSpan), 'Total' and 'Added to Barred List'
    merged down; the allegation merged down over its Officers / Staff rows. Outcome labels
    'Gross misconduct - dismissed without notice', 'Resigned prior to hearing', 'Learning from
    reflection', 'NFA'; 'Abuse of position for sexual gain'; 'Misogynistic behaviour'; a
    'Date from / Date to' line; the Barred List column is outside the Total."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt
    src, force = "norfolk/FOI 000877-24 response.docx", "norfolk"
    KEY.file(src)
    per = CY(2023)
    d = docx_new("Arial", 10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    docx_header_footer(d, "OFFICIAL", "Norfolk Constabulary \u2013 Freedom of Information")
    docx_letterhead(d, ["Norfolk Constabulary", "Information Compliance, Jubilee House, Falconers "
                        "Chase, Wymondham NR18 0WW"],
                    ["FOI Reference: FOI 000877-24", "Date: 14 June 2024"])
    d.add_paragraph("Dear Requester")
    d.add_paragraph("Your request for the number of allegations of sexual harassment, sexual "
                    "assault, abuse of position for sexual gain and misogynistic behaviour made "
                    "against Norfolk Constabulary officers and staff in 2023, with their outcomes, "
                    "has been considered. The information is held and is provided below.")
    d.add_paragraph("Date from: 01/01/2023    Date to: 31/12/2023")
    outs = [("Gross misconduct \u2013 dismissed without notice", "dismissed"),
            ("Resigned prior to hearing", "resigned_or_retired"),
            ("Final written warning", "final_written_warning"),
            ("Learning from reflection", "management_action"),
            ("NFA", "no_further_action"),
            ("Ongoing", "ongoing")]
    rows = [("Sexual harassment", "sexual_harassment",
             [("Officers", "officers", [2, 1, 1, 4, 3, 2], 3),
              ("Staff", "staff", [1, 0, 0, 2, 1, 1], 1)]),
            ("Sexual assault", "sexual_assault",
             [("Officers", "officers", [1, 1, 0, 0, 2, 3], 2),
              ("Staff", "staff", [0, 0, 0, 0, 1, 0], 0)]),
            ("Abuse of position for sexual gain", "abuse_of_position_sexual",
             [("Officers", "officers", [2, 1, 0, 0, 0, 1], 3),
              ("Staff", "staff", [0, 0, 0, 0, 0, 0], 0)]),
            ("Misogynistic behaviour", "discriminatory_behaviour",
             [("Officers", "officers", [0, 0, 2, 5, 3, 1], 0),
              ("Staff", "staff", [0, 0, 1, 2, 1, 0], 0)])]
    ncols = 2 + len(outs) + 2
    t = d.add_table(rows=2, cols=ncols)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0])
    docx_cell(a, "Allegation", bold=True)
    b = h0[1].merge(h1[1])
    docx_cell(b, "Subject", bold=True)
    o = h0[2].merge(h0[2 + len(outs) - 1])
    docx_cell(o, "Outcome", bold=True, align=1)
    for i, (ol, oc) in enumerate(outs):
        docx_cell(h1[2 + i], ol, bold=True, size=8)
    tt = h0[ncols - 2].merge(h1[ncols - 2])
    docx_cell(tt, "Total", bold=True)
    bl = h0[ncols - 1].merge(h1[ncols - 1])
    docx_cell(bl, "Added to Barred List\u00b9", bold=True, size=8)
    docx_repeat_header(t.rows[0])
    docx_repeat_header(t.rows[1])
    for lab, cat, subs in rows:
        first = None
        for slab, subj, vals, barred in subs:
            r = t.add_row()
            cells = r.cells
            if first is None:
                first = cells[0]
                docx_cell(cells[0], lab)
            else:
                m = first.merge(cells[0])
                first = m
            docx_cell(cells[1], slab)
            for i, ((ol, oc), v) in enumerate(zip(outs, vals)):
                docx_cell(cells[2 + i], str(v))
                KEY.fig(src, force, per, cat, oc, v, subject=subj)
            docx_cell(cells[ncols - 2], str(sum(vals)), bold=True)
            KEY.fig(src, force, per, cat, "total", sum(vals), subject=subj)
            docx_cell(cells[ncols - 1], str(barred))
            KEY.fig(src, force, per, cat, "other", barred, subject=subj)
        docx_cell(first, lab)
    d.add_paragraph("\u00b9 Officers and staff who are dismissed, or who would have been "
                    "dismissed had they not resigned, are added to the College of Policing "
                    "Barred List. This column counts the allegations that led to an entry on the "
                    "list and is not part of the Total.")
    d.add_paragraph("Learning from reflection is Norfolk Constabulary\u2019s name for the "
                    "Reflective Practice Review Process. NFA = no further action.")
    d.add_paragraph("If you are dissatisfied with this response you may request an internal "
                    "review within 40 working days, and then complain to the " + ICO + ".")
    docx_save(d, src, "Norfolk Constabulary")


def build_northamptonshire_clarification():
    """A request for clarification under section 1(3): no figures at all."""
    src = "northamptonshire/FOI-NP-2024-0488 clarification.docx"
    KEY.file(src)
    d = docx_new("Arial", 11)
    docx_letterhead(d, ["Northamptonshire Police", "Freedom of Information Unit, Wootton Hall, "
                        "Northampton NN4 0JQ"],
                    ["Reference: FOI-NP-2024-0488", "Date: 30 April 2024"])
    d.add_paragraph("Dear Requester")
    d.add_paragraph("Thank you for your request for information received on 22 April 2024, in "
                    "which you asked for \u201cthe number of sexual misconduct allegations "
                    "against officers and staff for the last 5 years, with outcomes\u201d.")
    d.add_paragraph("Before we can respond we need you to clarify your request. In particular, "
                    "please tell us:")
    for ln in ["whether by \u201cthe last 5 years\u201d you mean calendar years (2019 to 2023) or "
               "financial years (2019/20 to 2023/24);",
               "which types of allegation you would like included, for example sexual assault, "
               "sexual harassment, abuse of position for a sexual purpose (APSP) or all conduct "
               "of a sexual nature; and",
               "whether you would like police officers and police staff shown separately."]:
        d.add_paragraph(ln, style="List Bullet")
    d.add_paragraph("Under section 1(3) of the Freedom of Information Act 2000 we are not "
                    "obliged to comply with your request until we receive this clarification. "
                    "The 20 working day period for our response will begin when we receive it. "
                    "If we do not hear from you within 3 months, we will consider the request "
                    "closed.")
    d.add_paragraph("Yours sincerely\nFreedom of Information Unit")
    docx_save(d, src, "Northamptonshire Police")


# =========================================================================== XLSX responses

def build_northumbria():
    """One sheet with three tables separated by blank rows, each under a merged title row giving
    its period ('FY 2021-22', 'FY 2022-23', 'FY 2023-24 (1 April to 31 December 2023)'):
    categories down, outcomes across, a Total column; notes below."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    src, force = "northumbria/FOI 2290-24 data.xlsx", "northumbria"
    KEY.file(src)
    wb = Workbook()
    ws = wb.active
    ws.title = "FOI 2290-24"
    ws["A1"] = "Northumbria Police \u2013 Freedom of Information request 2290/24"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Allegations of sexual misconduct recorded against police officers and police "
                "staff, by type and outcome")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
    cats = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
    blocks = [("FY 2021-22", FY(2021), [[2, 0, 1, 1, 7, 0], [3, 2, 2, 8, 10, 1], [4, 0, 0, 0, 2, 0]]),
              ("FY 2022-23", FY(2022), [[1, 1, 0, 2, 6, 2], [5, 3, 1, 9, 12, 3], [3, 1, 0, 0, 1, 1]]),
              ("FY 2023-24 (1 April to 31 December 2023)", ("2023-04-01", "2023-12-31"),
               [[0, 0, 0, 1, 3, 5], [2, 1, 2, 4, 6, 9], [1, 0, 0, 0, 0, 3]])]
    fill = PatternFill("solid", fgColor="D9E1F2")
    bd = xl_border()
    r = 4
    for title, per, vals in blocks:
        ws.cell(r, 1, title).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for j, h in enumerate(["Allegation type"] + [o[0] for o in outs] + ["Total"], 1):
            c = ws.cell(r, j, h)
            c.font = Font(bold=True)
            c.fill = fill
            c.border = bd
            c.alignment = Alignment(wrap_text=True, horizontal="center")
        r += 1
        for (clab, cat), row in zip(cats, vals):
            ws.cell(r, 1, clab).border = bd
            for j, v in enumerate(row):
                c = ws.cell(r, 2 + j, v)
                c.border = bd
                KEY.fig(src, force, per, cat, outs[j][1], v)
            c = ws.cell(r, 8, sum(row))
            c.border = bd
            c.font = Font(bold=True)
            KEY.fig(src, force, per, cat, "total", sum(row))
            r += 1
        r += 2  # two blank rows between tables
    ws.cell(r, 1, "Notes")
    ws.cell(r, 1).font = Font(bold=True)
    ws.cell(r + 1, 1, "Figures for 2023-24 cover the first nine months of the financial year "
                      "only, as the request was received on 15 January 2024.")
    ws.cell(r + 2, 1, "Ongoing = investigation or proceedings not concluded at the date of "
                      "extraction (8 January 2024).")
    ws.cell(r + 3, 1, "An allegation is counted in the financial year in which it was recorded.")
    ws.column_dimensions["A"].width = 42
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 14
    xlsx_save(wb, src, "Northumbria Police")


def build_south_yorkshire():
    """Pivot-table-like sheets (values pasted): a report filter 'Financial Year' and 'Subject
    Type (All)' above 'Sum of Allegations' / 'Column Labels' / 'Row Labels'; abbreviated
    outcome field values (FWW, RPRP, NCTA, WW); a '(blank)' column defined as ongoing; empty
    cells never defined (no rows); a 'Grand Total' row across categories (not keyed) and a
    'Grand Total' column (keyed as the category total); a bar chart on each sheet."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font, PatternFill
    src, force = "south-yorkshire/FOI 20240877 pivot.xlsx", "south-yorkshire"
    KEY.file(src)
    outs = [("Dismissed", "dismissed"), ("FWW", "final_written_warning"),
            ("RPRP", "management_action"), ("NCTA", "no_case_to_answer"),
            ("WW", "written_warning"), ("(blank)", "ongoing")]
    sheets = [("Pivot 1", "2022/23", FY(2022), [
                 ("APSP", "abuse_of_position_sexual", [3, None, None, 2, None, 1]),
                 ("Sexual Assault", "sexual_assault", [2, 1, None, 6, None, 3]),
                 ("Sexual Harassment", "sexual_harassment", [4, 3, 9, 11, 2, 5]),
                 ("Sexual Misconduct - Other", "sexual_misconduct", [1, 2, 4, 3, 1, None])]),
              ("Pivot 2", "2023/24", FY(2023), [
                 ("APSP", "abuse_of_position_sexual", [2, 1, None, 3, None, 2]),
                 ("Sexual Assault", "sexual_assault", [1, None, None, 4, 1, 6]),
                 ("Sexual Harassment", "sexual_harassment", [5, 2, 7, 14, 3, 8]),
                 ("Sexual Misconduct - Other", "sexual_misconduct", [None, 1, 6, 2, 2, 3])])]
    wb = Workbook()
    wb.remove(wb.active)
    hdr_fill = PatternFill("solid", fgColor="DDEBF7")
    for name, ylab, per, rows in sheets:
        ws = wb.create_sheet(name)
        ws["A1"], ws["B1"] = "Financial Year", ylab
        ws["A2"], ws["B2"] = "Subject Type", "(All)"
        ws["A4"], ws["B4"] = "Sum of Allegations", "Column Labels"
        ws["A5"] = "Row Labels"
        for j, (ol, oc) in enumerate(outs):
            ws.cell(5, 2 + j, ol)
        ws.cell(5, 2 + len(outs), "Grand Total")
        for c in ws[5]:
            c.font = Font(bold=True)
            c.fill = hdr_fill
        ws["A4"].font = Font(bold=True)
        r = 6
        coltot = [0] * len(outs)
        for lab, cat, vals in rows:
            ws.cell(r, 1, lab)
            for j, v in enumerate(vals):
                if v is not None:
                    ws.cell(r, 2 + j, v)
                    KEY.fig(src, force, per, cat, outs[j][1], v)
                    coltot[j] += v
            gt = sum(v for v in vals if v is not None)
            ws.cell(r, 2 + len(outs), gt)
            KEY.fig(src, force, per, cat, "total", gt)
            r += 1
        ws.cell(r, 1, "Grand Total").font = Font(bold=True)
        for j, v in enumerate(coltot):
            ws.cell(r, 2 + j, v).font = Font(bold=True)
        ws.cell(r, 2 + len(outs), sum(coltot)).font = Font(bold=True)
        ws.cell(r + 2, 1, "(blank) = no finalised outcome recorded yet: the allegation is still "
                          "under investigation or awaiting a hearing.")
        ws.cell(r + 3, 1, "FWW = final written warning; RPRP = reflective practice review "
                          "process; NCTA = no case to answer; WW = written warning.")
        ws.column_dimensions["A"].width = 28
        ch = BarChart()
        ch.type = "bar"
        ch.title = f"Allegations by type {ylab}"
        ch.y_axis.title = "Allegations"
        data = Reference(ws, min_col=2 + len(outs), min_row=5, max_row=r - 1)
        cats_ref = Reference(ws, min_col=1, min_row=6, max_row=r - 1)
        ch.add_data(data, titles_from_data=True)
        ch.set_categories(cats_ref)
        ch.height, ch.width = 7, 14
        ws.add_chart(ch, "K4")
    xlsx_save(wb, src, "SYP Business Intelligence")


def build_cambridgeshire_bch():
    """A collaboration table: the joint Professional Standards Department of Bedfordshire,
    Cambridgeshire and Hertfordshire, one row per force within each category, a 'Joint PSD
    total' row (not a force: not keyed), merged title and two-row merged header, '% of total'
    and 'Per 1,000 officers' columns and an officer headcount column (not figures)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "cambridgeshire/FOI BCH-2024-0319 joint PSD.xlsx"
    KEY.file(src)
    per = FY(2023)
    forces = [("Bedfordshire Police", "bedfordshire", 1367),
              ("Cambridgeshire Constabulary", "cambridgeshire", 1731),
              ("Hertfordshire Constabulary", "hertfordshire", 2236)]
    cats = [("Sexual harassment", "sexual_harassment", [(14, 4), (18, 6), (25, 9)]),
            ("Sexual assault", "sexual_assault", [(5, 1), (7, 0), (9, 2)]),
            ("Abuse of position for a sexual purpose", "abuse_of_position_sexual",
             [(2, 0), (3, 0), (4, 1)])]
    wb = Workbook()
    ws = wb.active
    ws.title = "Allegations 2023-24"
    ws["A1"] = ("Joint Professional Standards Department \u2013 Bedfordshire, Cambridgeshire and "
                "Hertfordshire")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Allegations of sexual misconduct recorded 1 April 2023 to 31 March 2024"
    ws.merge_cells("A2:H2")
    ws["A3"] = "FOI reference BCH-2024-0319 (request made to Cambridgeshire Constabulary)"
    ws.merge_cells("A3:H3")
    for c in ("A1", "A2"):
        ws[c].font = Font(bold=True, size=12)
    fill = PatternFill("solid", fgColor="E2EFDA")
    bd = xl_border()
    ws["A5"] = "Allegation type"
    ws.merge_cells("A5:A6")
    ws["B5"] = "Force"
    ws.merge_cells("B5:B6")
    ws["C5"] = "Police officers"
    ws.merge_cells("C5:E5")
    ws["F5"] = "Police staff"
    ws.merge_cells("F5:G5")
    ws["H5"] = "Officer headcount (31 March 2024)"
    ws.merge_cells("H5:H6")
    for col, h in zip("CDEFG", ["Allegations", "% of total", "Per 1,000 officers",
                                 "Allegations", "% of total"]):
        ws[f"{col}6"] = h
    for row in ws["A5:H6"]:
        for c in row:
            c.font = Font(bold=True)
            c.fill = fill
            c.border = bd
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r = 7
    for clab, cat, vals in cats:
        to = sum(v[0] for v in vals)
        tsf = sum(v[1] for v in vals)
        start = r
        for (fname, fid, hc), (o, s) in zip(forces, vals):
            ws.cell(r, 1, clab)
            ws.cell(r, 2, fname)
            ws.cell(r, 3, o)
            c = ws.cell(r, 4, o / to)
            c.number_format = "0.0%"
            c = ws.cell(r, 5, round(o / hc * 1000, 2))
            c.number_format = "0.00"
            ws.cell(r, 6, s)
            c = ws.cell(r, 7, (s / tsf) if tsf else 0)
            c.number_format = "0.0%"
            c = ws.cell(r, 8, hc)
            c.number_format = "#,##0"
            KEY.fig(src, fid, per, cat, "total", o, subject="officers")
            KEY.fig(src, fid, per, cat, "total", s, subject="staff")
            r += 1
        ws.cell(r, 2, "Joint PSD total").font = Font(bold=True)
        ws.cell(r, 3, to).font = Font(bold=True)
        c = ws.cell(r, 4, 1)
        c.number_format = "0.0%"
        c = ws.cell(r, 5, round(to / sum(f[2] for f in forces) * 1000, 2))
        c.number_format = "0.00"
        ws.cell(r, 6, tsf).font = Font(bold=True)
        c = ws.cell(r, 7, 1)
        c.number_format = "0.0%"
        c = ws.cell(r, 8, sum(f[2] for f in forces))
        c.number_format = "#,##0"
        ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
        ws.cell(start, 1).alignment = Alignment(vertical="top", wrap_text=True)
        for row in ws.iter_rows(min_row=start, max_row=r, max_col=8):
            for c in row:
                c.border = bd
        r += 1
    ws.cell(r + 1, 1, "Notes")
    ws.cell(r + 2, 1, "% of total: share of the joint department\u2019s allegations of that type "
                      "against officers (or staff) that relate to each force.")
    ws.cell(r + 3, 1, "Per 1,000 officers: allegations against officers per 1,000 officers in "
                      "post (headcount at 31 March 2024).")
    ws.cell(r + 4, 1, "The Joint PSD total is the sum of the three forces.")
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 28
    for col in "CDEFGH":
        ws.column_dimensions[col].width = 14
    xlsx_save(wb, src, "BCH Joint Professional Standards")


def build_gloucestershire_xlsx():
    """Attachment 1 of a covering email: categories by calendar quarter written 'Jan-Mar' ...
    'Oct-Dec' with no year (the year, measure and subject come from the email), a Total column
    and an 'All types' row across categories (not keyed)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    src, force = GLOS["xlsx"], "gloucestershire"
    KEY.file(src)
    wb = Workbook()
    ws = wb.active
    ws.title = "Table 1"
    ws["A1"] = "Table 1: Allegations by type and quarter recorded"
    ws["A1"].font = Font(bold=True, size=12)
    qlabs = ["Jan\u2013Mar", "Apr\u2013Jun", "Jul\u2013Sep", "Oct\u2013Dec"]
    qper = [MRANGE(2023, 1, 2023, 3), MRANGE(2023, 4, 2023, 6), MRANGE(2023, 7, 2023, 9),
            MRANGE(2023, 10, 2023, 12)]
    for j, h in enumerate(["Allegation type"] + qlabs + ["Total"], 1):
        ws.cell(3, j, h).font = Font(bold=True)
    r = 4
    coltot = [0] * 4
    for label, cat, q, outs in GLOS["cats"]:
        ws.cell(r, 1, label)
        for j, v in enumerate(q):
            ws.cell(r, 2 + j, v)
            KEY.fig(src, force, qper[j], cat, "total", v)
            coltot[j] += v
        ws.cell(r, 6, sum(q))
        KEY.fig(src, force, CY(2023), cat, "total", sum(q))
        r += 1
    ws.cell(r, 1, "All types").font = Font(bold=True)
    for j, v in enumerate(coltot):
        ws.cell(r, 2 + j, v).font = Font(bold=True)
    ws.cell(r, 6, sum(coltot)).font = Font(bold=True)
    ws.column_dimensions["A"].width = 40
    xlsx_save(wb, src, "Gloucestershire Constabulary")


def build_dorset():
    """One category by month ('January 2023' as text) with Officers / Staff / Total and a
    'Cumulative total' column (each keyed from 1 January to the end of its month; the January
    and December values coincide with keyed figures); a Total row; a previous-year figure in a
    note (keyed for 2022)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    src, force = "dorset/FOI 2024-01876 response.xlsx", "dorset"
    KEY.file(src)
    cat = "sexual_harassment"
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    off = [2, 3, 1, 4, 2, 3, 2, 1, 3, 2, 4, 2]
    stf = [1, 0, 1, 0, 1, 1, 0, 2, 0, 1, 0, 1]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sexual harassment 2023"
    ws["A1"] = "Dorset Police \u2013 FOI 2024-01876"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Allegations of sexual harassment against police officers and police staff, "
                "January to December 2023")
    for j, h in enumerate(["Month", "Police officers", "Police staff", "Total",
                           "Cumulative total"], 1):
        ws.cell(4, j, h).font = Font(bold=True)
    cum = 0
    r = 5
    for i, m in enumerate(months):
        t = off[i] + stf[i]
        cum += t
        ws.cell(r, 1, f"{m} 2023")
        ws.cell(r, 2, off[i])
        ws.cell(r, 3, stf[i])
        ws.cell(r, 4, t)
        ws.cell(r, 5, cum)
        per = MON(2023, i + 1)
        KEY.fig(src, force, per, cat, "total", off[i], subject="officers")
        KEY.fig(src, force, per, cat, "total", stf[i], subject="staff")
        KEY.fig(src, force, per, cat, "total", t)
        cper = ("2023-01-01", per[1])
        KEY.fig(src, force, cper, cat, "total", cum, restated=(i == 0))
        r += 1
    ws.cell(r, 1, "Total 2023").font = Font(bold=True)
    ws.cell(r, 2, sum(off)).font = Font(bold=True)
    ws.cell(r, 3, sum(stf)).font = Font(bold=True)
    ws.cell(r, 4, sum(off) + sum(stf)).font = Font(bold=True)
    KEY.fig(src, force, CY(2023), cat, "total", sum(off), subject="officers")
    KEY.fig(src, force, CY(2023), cat, "total", sum(stf), subject="staff")
    KEY.fig(src, force, CY(2023), cat, "total", sum(off) + sum(stf), restated=True)
    ws.cell(r + 2, 1, "Notes")
    ws.cell(r + 3, 1, "Allegations are counted in the month they were recorded.")
    ws.cell(r + 4, 1, "For comparison, 31 allegations of sexual harassment against officers and "
                      "staff were recorded in 2022.")
    KEY.fig(src, force, CY(2022), cat, "total", 31)
    ws.column_dimensions["A"].width = 20
    xlsx_save(wb, src, "Dorset Police")


def build_avon_centurion():
    """Centurion-style report export: parameters in the preamble ('Date finalised between
    01/04/2021 and 31/03/2023'), year columns written '2021/2022' and '2022/2023', upper-case
    field values repeated on every row, 'RPRP' and 'NFA', a '<TYPE> Total' row per category,
    'c' for fewer than five (defined under the table)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    src, force = "avon-and-somerset/FOI 2024-00512 Centurion extract.xlsx", "avon-and-somerset"
    KEY.file(src)
    y1, y2 = FY(2021), FY(2022)
    outs = [("DISMISSED", "dismissed"), ("FINAL WRITTEN WARNING", "final_written_warning"),
            ("WRITTEN WARNING", "written_warning"), ("RPRP", "management_action"),
            ("NO CASE TO ANSWER", "no_case_to_answer"), ("NFA", "no_further_action"),
            ("RESIGNED/RETIRED", "resigned_or_retired")]
    cats = [("SEXUAL HARASSMENT", "sexual_harassment",
             [(5, 6), (3, 5), (2, 1), (9, 12), (14, 17), (6, 2), (1, 3)]),
            ("SEXUAL ASSAULT", "sexual_assault",
             [(2, 5), (0, 1), (0, 0), (1, 0), (8, 11), (5, 7), (2, 0)]),
            ("ABUSE OF POSITION FOR A SEXUAL PURPOSE", "abuse_of_position_sexual",
             [(6, 8), (0, 0), (0, 0), (0, 1), (3, 2), (1, 0), (2, 3)]),
            ("SEXUAL MISCONDUCT - OTHER", "sexual_misconduct",
             [(1, 2), (4, 2), (5, 3), (11, 9), (7, 10), (3, 4), (0, 1)])]
    wb = Workbook()
    ws = wb.active
    ws.title = "Report1"
    ws["A1"] = "Centurion \u2013 Allegation Summary by Finalised Result"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Report parameters: Date finalised between 01/04/2021 and 31/03/2023; Subject type: All"
    ws["A3"] = "Generated 14/05/2024 09:12 by PSD-ANALYST3 for FOI 2024-00512"
    hdr = ["Allegation Type Description", "Finalised Result", "2021/2022", "2022/2023"]
    for j, h in enumerate(hdr, 1):
        ws.cell(5, j, h).font = Font(bold=True)

    def cell(v):
        return "c" if 1 <= v <= 4 else v

    r = 6
    for clab, cat, vals in cats:
        for (ol, oc), (a, b) in zip(outs, vals):
            ws.cell(r, 1, clab)
            ws.cell(r, 2, ol)
            ws.cell(r, 3, cell(a))
            ws.cell(r, 4, cell(b))
            KEY.fig(src, force, y1, cat, oc, kv(a))
            KEY.fig(src, force, y2, cat, oc, kv(b))
            r += 1
        ta, tb = sum(v[0] for v in vals), sum(v[1] for v in vals)
        ws.cell(r, 1, f"{clab} Total").font = Font(bold=True)
        ws.cell(r, 3, cell(ta)).font = Font(bold=True)
        ws.cell(r, 4, cell(tb)).font = Font(bold=True)
        KEY.fig(src, force, y1, cat, "total", kv(ta))
        KEY.fig(src, force, y2, cat, "total", kv(tb))
        r += 1
    ws.cell(r + 1, 1, "c = fewer than five allegations; figure suppressed under section 40(2) "
                      "FOIA (personal data).")
    ws.cell(r + 2, 1, "Years are financial years by date the allegation was finalised. Subject "
                      "type All = police officers, police staff and special constables.")
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 26
    ws.freeze_panes = "A6"
    xlsx_save(wb, src, "Avon and Somerset Constabulary PSD")


# =========================================================================== HTML responses

def build_merseyside():
    """Merseyside house style (foi-body, border=1 tables, two header rows, rowspan category,
    table-note), drifted: the current year 2023/24 beside the previous year 2022/23 for
    comparison, each split Officers / Staff, and a signed 'Change' column (derived: not keyed)."""
    src, force = "merseyside/FOI-2024-0233.html", "merseyside"
    KEY.file(src)
    cur, prev = FY(2023), FY(2022)
    blocks = [
        ("Sexual assault", "sexual_assault", [
            ("Dismissed", "dismissed", (2, 0), (1, 0)),
            ("No case to answer", "no_case_to_answer", (4, 1), (3, 0)),
            ("Ongoing", "ongoing", (3, 0), (2, 1))]),
        ("Sexual harassment", "sexual_harassment", [
            ("Dismissed", "dismissed", (3, 1), (2, 0)),
            ("Final written warning", "final_written_warning", (2, 0), (3, 1)),
            ("Management action", "management_action", (4, 2), (5, 1)),
            ("No case to answer", "no_case_to_answer", (6, 2), (4, 3)),
            ("Ongoing", "ongoing", (5, 1), (2, 0))]),
        ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [
            ("Dismissed", "dismissed", (3, 0), (4, 0)),
            ("Would have been dismissed", "would_have_been_dismissed", (1, 0), (2, 0)),
            ("Ongoing", "ongoing", (2, 0), (1, 0))]),
    ]

    def chg(a, b):
        d = sum(a) - sum(b)
        return f"+{d}" if d > 0 else ("0" if d == 0 else f"&minus;{-d}")

    rows = []
    for label, cat, outs in blocks:
        n = len(outs) + 1
        tc, tp = [0, 0], [0, 0]
        for i, (ol, oc, c, p) in enumerate(outs):
            th = f'<th rowspan="{n}" scope="rowgroup">{label}</th>' if i == 0 else ""
            rows.append(f"        <tr>{th}<td>{ol}</td><td>{c[0]}</td><td>{c[1]}</td>"
                        f"<td>{p[0]}</td><td>{p[1]}</td><td>{chg(c, p)}</td></tr>")
            for per, (o, s) in ((cur, c), (prev, p)):
                KEY.fig(src, force, per, cat, oc, o, subject="officers")
                KEY.fig(src, force, per, cat, oc, s, subject="staff")
            tc = [tc[0] + c[0], tc[1] + c[1]]
            tp = [tp[0] + p[0], tp[1] + p[1]]
        rows.append(f'        <tr class="total-row"><td><strong>Total</strong></td>'
                    f"<td><strong>{tc[0]}</strong></td><td><strong>{tc[1]}</strong></td>"
                    f"<td><strong>{tp[0]}</strong></td><td><strong>{tp[1]}</strong></td>"
                    f"<td><strong>{chg(tc, tp)}</strong></td></tr>")
        for per, (o, s) in ((cur, tc), (prev, tp)):
            KEY.fig(src, force, per, cat, "total", o, subject="officers")
            KEY.fig(src, force, per, cat, "total", s, subject="staff")
    body = f"""<div id="cookie-banner" class="cookie-banner" hidden>
  <p>We use necessary cookies to make our site work. <button type="button" class="cookie-banner__accept">Accept</button></p>
</div>
<header class="masthead">
  <div class="masthead__brand"><a href="/"><img src="/images/merseyside-police-crest.png" alt="Merseyside Police"></a></div>
  <ul class="nav nav--primary">
    <li><a href="/report/">Report it</a></li>
    <li><a href="/contact/">Contact us</a></li>
    <li><a href="/about/">About us</a></li>
    <li><a href="/about/foi/">Freedom of information</a></li>
  </ul>
</header>
<div class="page-wrapper">
  <div class="breadcrumb"><a href="/">Home</a> / <a href="/about/">About us</a> / <a href="/about/foi/">Freedom of information</a> / <a href="/about/foi/disclosure-log/">Disclosure log</a></div>
  <div class="foi-body">
    <h1>Sexual misconduct allegations against officers and staff 2023/24</h1>
    <p class="foi-meta"><span class="foi-meta__ref">Reference: 2024-0233</span> | <span class="foi-meta__date">Published: 07/05/2024</span></p>
    <h2>Request</h2>
    <p>How many allegations of sexual assault, sexual harassment and abuse of position for a sexual purpose were recorded against Merseyside Police officers and staff in the financial year 2023/24, and what were the outcomes? Please also provide the figures for 2022/23 so that they can be compared.</p>
    <h2>Response</h2>
    <p>Merseyside Police can confirm that the information you have requested is held. In accordance with Section 1(1)(a) and Section 1(1)(b) of the Freedom of Information Act 2000, the information is provided below.</p>
    <h3>Allegations recorded in 2023/24, with 2022/23 for comparison</h3>
    <table class="foi-table" border="1" cellpadding="4">
      <thead>
        <tr>
          <th rowspan="2" scope="col">Type of allegation</th>
          <th rowspan="2" scope="col">Outcome</th>
          <th colspan="2" scope="colgroup">2023/24</th>
          <th colspan="2" scope="colgroup">2022/23 (previous year)</th>
          <th rowspan="2" scope="col">Change<br>(officers and staff)</th>
        </tr>
        <tr>
          <th scope="col">Officers</th>
          <th scope="col">Staff</th>
          <th scope="col">Officers</th>
          <th scope="col">Staff</th>
        </tr>
      </thead>
      <tbody>
{chr(10).join(rows)}
      </tbody>
    </table>
    <p class="table-note">Notes: the change column compares the number of allegations against officers and staff together in 2023/24 with 2022/23. Outcomes are as at 31 March 2024; 2022/23 outcomes have been updated since our previous disclosure (reference 2023-0412).</p>
    <p class="table-note">&lsquo;Ongoing&rsquo; means the allegation had not been finalised when the data was extracted.</p>
    <h2>Complaint rights</h2>
    <p>If you are dissatisfied with this response you may request an internal review within 40 working days by emailing the Freedom of Information Unit. If you remain dissatisfied you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (<a href="https://ico.org.uk">ico.org.uk</a>).</p>
  </div>
</div>
<footer class="site-footer">
  <p>Merseyside Police, Canning Place, Liverpool L1 8JX</p>
  <p>Emergency: 999 &middot; Non-emergency: 101</p>
  <p>&copy; 2024 Merseyside Police. All rights reserved.</p>
</footer>"""
    head = ('  <meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            '  <link rel="stylesheet" href="/css/merseyside.bundle.css">\n'
            '  <script async src="/js/analytics.js"></script>\n')
    write_text(src, html_page("FOI 2024-0233 &ndash; Sexual misconduct allegations against "
                              "officers and staff 2023/24 | Merseyside Police", body, head))


def build_dyfed_powys():
    """Bilingual page: a Welsh section and an English section, each with the same table
    (headers, labels and period in Welsh, then in English) and the same figures restated in
    prose: every figure is keyed once. 'Gweithdrefnau perfformiad anfoddhaol / Unsatisfactory
    performance procedures' maps to other."""
    src, force = "dyfed-powys/DP-2024-0433.html", "dyfed-powys"
    KEY.file(src)
    per = FY(2022)
    outs = [("Diswyddwyd", "Dismissed", "dismissed"),
            ("Rhybudd ysgrifenedig terfynol", "Final written warning", "final_written_warning"),
            ("Ymarfer myfyriol", "Reflective practice", "management_action"),
            ("Gweithdrefnau perfformiad anfoddhaol", "Unsatisfactory performance procedures",
             "other"),
            ("Dim achos i\u2019w ateb", "No case to answer", "no_case_to_answer"),
            ("Yn parhau", "Ongoing", "ongoing")]
    cats = [("Aflonyddu rhywiol", "Sexual harassment", "sexual_harassment",
             [(2, 0), (1, 1), (4, 2), (1, 0), (5, 1), (2, 1)]),
            ("Ymosodiad rhywiol", "Sexual assault", "sexual_assault",
             [(1, 0), (0, 0), (0, 1), (0, 0), (4, 1), (3, 0)]),
            ("Camddefnyddio swydd at ddiben rhywiol", "Abuse of position for a sexual purpose",
             "abuse_of_position_sexual", [(2, 0), (0, 0), (0, 0), (0, 0), (1, 0), (1, 0)])]

    def table(lang, keyit):
        W = lang == "cy"
        h = (["Math o honiad", "Canlyniad", "Swyddogion heddlu", "Staff yr heddlu", "Cyfanswm"]
             if W else ["Type of allegation", "Outcome", "Police officers", "Police staff", "Total"])
        out = ['<table class="table">', "<thead><tr>" + "".join(f"<th>{x}</th>" for x in h)
               + "</tr></thead>", "<tbody>"]
        for cy, en, cat, vals in cats:
            n = len(outs) + 1
            for i, ((ocy, oen, oc), (o, s)) in enumerate(zip(outs, vals)):
                th = f'<th rowspan="{n}">{cy if W else en}</th>' if i == 0 else ""
                out.append(f"<tr>{th}<td>{ocy if W else oen}</td><td>{o}</td><td>{s}</td>"
                           f"<td>{o + s}</td></tr>")
                if keyit:
                    KEY.fig(src, force, per, cat, oc, o, subject="officers")
                    KEY.fig(src, force, per, cat, oc, s, subject="staff")
                    KEY.fig(src, force, per, cat, oc, o + s)
            to, ts = sum(v[0] for v in vals), sum(v[1] for v in vals)
            out.append(f"<tr class=\"total\"><td><b>{'Cyfanswm' if W else 'Total'}</b></td>"
                       f"<td><b>{to}</b></td><td><b>{ts}</b></td><td><b>{to + ts}</b></td></tr>")
            for subj, v in (("officers", to), ("staff", ts), ("officers_and_staff", to + ts)):
                KEY.fig(src, force, per, cat, "total", v, subject=subj, restated=not keyit)
        out.append("</tbody></table>")
        return "\n".join(out)

    cy_table = table("cy", True)
    en_table = table("en", False)
    # the prose restates the combined totals (20, 10, 4)
    for cy, en, cat, vals in cats:
        KEY.fig(src, force, per, cat, "total", sum(a + b for a, b in vals), restated=True)
    body = f"""<div class="skip"><a href="#main">Neidio i'r prif gynnwys / Skip to main content</a></div>
<header class="site-header">
  <a class="logo" href="/">Heddlu Dyfed-Powys Police</a>
  <nav><a href="/cy/">Cymraeg</a> | <a href="/en/">English</a> | <a href="/en/contact/">Cysylltu / Contact</a></nav>
</header>
<main id="main">
<h1>Honiadau o gamymddwyn rhywiol yn erbyn swyddogion a staff / Allegations of sexual misconduct against officers and staff</h1>
<dl class="foi-meta">
  <dt>Cyfeirnod / Reference</dt><dd>DP-2024-0433</dd>
  <dt>Dyddiad / Date</dt><dd>9 Mai 2024 / 9 May 2024</dd>
</dl>
<section lang="cy">
<h2>Cymraeg</h2>
<h3>Cais</h3>
<p>Faint o honiadau o aflonyddu rhywiol, ymosodiad rhywiol a chamddefnyddio swydd at ddiben rhywiol a wnaed yn erbyn swyddogion a staff Heddlu Dyfed-Powys rhwng Ebrill 2022 a Mawrth 2023, a beth oedd y canlyniadau?</p>
<h3>Ymateb</h3>
<p>Mae Heddlu Dyfed-Powys yn cadarnhau bod yr wybodaeth yn cael ei chadw. Cofnodwyd 20 honiad o aflonyddu rhywiol, 10 honiad o ymosodiad rhywiol a 4 honiad o gamddefnyddio swydd at ddiben rhywiol rhwng Ebrill 2022 a Mawrth 2023. Gweler y tabl isod.</p>
<h4>Honiadau a gofnodwyd Ebrill 2022 &ndash; Mawrth 2023</h4>
{cy_table}
<p class="note">Mae &lsquo;Yn parhau&rsquo; yn golygu nad oedd yr honiad wedi&rsquo;i gwblhau pan gafodd y data eu tynnu.</p>
</section>
<section lang="en">
<h2>English</h2>
<h3>Request</h3>
<p>How many allegations of sexual harassment, sexual assault and abuse of position for a sexual purpose were made against Dyfed-Powys Police officers and staff between April 2022 and March 2023, and what were the outcomes?</p>
<h3>Response</h3>
<p>Dyfed-Powys Police confirms that the information is held. 20 allegations of sexual harassment, 10 allegations of sexual assault and 4 allegations of abuse of position for a sexual purpose were recorded between April 2022 and March 2023. Please see the table below.</p>
<h4>Allegations recorded April 2022 &ndash; March 2023</h4>
{en_table}
<p class="note">&lsquo;Ongoing&rsquo; means the allegation had not been finalised when the data was extracted.</p>
</section>
<section class="rights">
<h2>Hawl i gwyno / Right to complain</h2>
<p>Os ydych yn anfodlon &acirc;&rsquo;r ymateb hwn gallwch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith. / If you are dissatisfied with this response you may request an internal review within 40 working days. {ICO}.</p>
</section>
</main>
<footer><p>Heddlu Dyfed-Powys Police, Blwch Post 99 / PO Box 99, Llangunnor, Caerfyrddin / Carmarthen SA31 2PF</p><p>Argyfwng / Emergency 999 &middot; 101</p></footer>"""
    write_text(src, html_page("DP-2024-0433 | Heddlu Dyfed-Powys Police", body, lang="cy"))


def build_surrey_html():
    """The original response of the surrey pair: a Single-Online-Home-style disclosure page,
    categories down, outcomes across, Total column, '*' for fewer than five, 'FY 2022-23'."""
    src, force = SURREY_SRC_HTML, "surrey"
    KEY.file(src)
    per = FY(2022)
    head = "".join(f"<th scope=\"col\">{o[0]}</th>" for o in SURREY_OUT)
    rows = []
    for lab, cat, vals in SURREY:
        cells = "".join(f"<td>{shown(v)}</td>" for v in vals)
        rows.append(f"<tr><th scope=\"row\">{lab}</th>{cells}<td><strong>{sum(vals)}</strong>"
                    f"</td></tr>")
        for (ol, oc), v in zip(SURREY_OUT, vals):
            KEY.fig(src, force, per, cat, oc, kv(v))
        KEY.fig(src, force, per, cat, "total", sum(vals))
    body = f"""<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="soh-header"><div class="soh-header__logo"><a href="/"><img src="/static/surrey-logo.svg" alt="Surrey Police"></a></div>
<nav class="soh-nav"><a href="/ro/report/">Report</a> <a href="/a/your-area/">Your area</a> <a href="/foi-ai/af/accessing-information/">Access to information</a></nav></header>
<main id="main-content" class="foi-ai">
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/foi-ai/">FOI</a> &rsaquo; <a href="/foi-ai/surrey-police/disclosure-2024/may/">Disclosure 2024</a></nav>
<h1>Sexual misconduct allegations against officers and staff, FY 2022-23</h1>
<div class="foi-ai__meta"><p>Reference: FOI 2024-1102</p><p>Published: 23 May 2024</p><p>Disclosure category: Professional standards</p></div>
<div class="rich-text">
<h2>Applicant&rsquo;s request</h2>
<p>In FY 2022-23 how many allegations of sexual assault, sexual harassment and abuse of position for a sexual purpose were recorded against Surrey Police officers and staff, and what was the outcome of each?</p>
<h2>Response</h2>
<p>Surrey Police holds the information requested. The table shows allegations recorded between 1 April 2022 and 31 March 2023 against police officers and police staff, by outcome as at 30 April 2024.</p>
<table class="soh-table">
<thead><tr><th scope="col">Allegation type</th>{head}<th scope="col">Total</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p><small>* Fewer than five. Figures below five have been withheld under section 40(2) of the Freedom of Information Act 2000 as their disclosure could lead to the identification of individuals.</small></p>
<p>Reflective practice: the Reflective Practice Review Process introduced on 1 February 2020.</p>
</div>
</main>
<footer class="soh-footer"><p>Surrey Police, PO Box 101, Guildford GU1 9PE. Call 101, or 999 in an emergency.</p></footer>"""
    write_text(src, html_page("Sexual misconduct allegations against officers and staff, FY "
                              "2022-23 | Surrey Police", body))


def build_cheshire():
    """Drupal-style page: calendar-year columns; a 'VAWG-related allegations (total)' row with
    'of which:' rows: three are vocabulary categories (keyed as such), one ('involving a
    member of the public') is not (no row); domestic abuse 'not included above'; a sentence
    restating the 2023 VAWG total and giving a dismissal count."""
    src, force = "cheshire/FOI 8120 response.html", "cheshire"
    KEY.file(src)
    rows = [("VAWG-related allegations (total)", "vawg", (48, 61)),
            ("&nbsp;&nbsp;of which: sexual harassment", "sexual_harassment", (21, 27)),
            ("&nbsp;&nbsp;of which: sexual assault", "sexual_assault", (6, 9)),
            ("&nbsp;&nbsp;of which: misogyny / sexist behaviour", "discriminatory_behaviour",
             (11, 14)),
            ("&nbsp;&nbsp;of which: involving a member of the public", None, (19, 25)),
            ("Domestic abuse (not included above)", "domestic_abuse", (9, 12))]
    trs = []
    for lab, cat, (a, b) in rows:
        trs.append(f"<tr><td>{lab}</td><td class=\"num\">{a}</td><td class=\"num\">{b}</td></tr>")
        if cat:
            KEY.fig(src, force, CY(2022), cat, "total", a)
            KEY.fig(src, force, CY(2023), cat, "total", b)
    KEY.fig(src, force, CY(2023), "vawg", "total", 61, restated=True)
    KEY.fig(src, force, CY(2023), "vawg", "dismissed", 7)
    body = f"""<div class="dialog-off-canvas-main-canvas">
<header role="banner" class="region-header"><a href="/" rel="home" class="site-logo">Cheshire Constabulary</a>
<nav role="navigation" class="menu--main"><ul><li><a href="/report">Report</a></li><li><a href="/contact">Contact</a></li><li><a href="/foi">Freedom of information</a></li></ul></nav></header>
<main role="main">
<article class="node node--type-foi-disclosure node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">FOI 8120 &ndash; VAWG-related misconduct allegations</span></h1>
<div class="field field--name-field-reference"><div class="field__label">Reference</div><div class="field__item">8120</div></div>
<div class="field field--name-field-date"><div class="field__label">Date of response</div><div class="field__item"><time datetime="2024-03-14T12:00:00Z">14/03/2024</time></div></div>
<div class="clearfix text-formatted field field--name-body">
<h2>Request</h2>
<p>Please provide the number of allegations of misconduct related to violence against women and girls (VAWG) made against Cheshire Constabulary officers and staff in 2022 and in 2023, broken down by type where possible, and separately the number of allegations of domestic abuse.</p>
<h2>Response</h2>
<p>Cheshire Constabulary holds the information. Since 2022 the Professional Standards Department has flagged allegations that relate to VAWG. The table gives the number of flagged allegations against police officers and police staff in each calendar year, and the main types within them. An allegation can be of more than one type, so the &lsquo;of which&rsquo; lines do not add up to the total.</p>
<table class="cols-3">
<thead><tr><th>Allegation</th><th>2022</th><th>2023</th></tr></thead>
<tbody>
{chr(10).join(trs)}
</tbody>
</table>
<p>Of the 61 VAWG-related allegations recorded in 2023, 7 had resulted in dismissal by 29 February 2024. The remainder were still being investigated or had other outcomes.</p>
<p>Domestic abuse allegations are not flagged as VAWG in our system and are shown separately.</p>
<h2>Your rights</h2>
<p>If you are unhappy with this response you may request an internal review within 40 working days, and then complain to the {ICO}.</p>
</div>
</article>
</main>
<footer role="contentinfo"><p>Cheshire Constabulary, Clemonds Hey, Oakmere Road, Winsford CW7 2UA</p></footer>
</div>"""
    write_text(src, html_page("FOI 8120 &ndash; VAWG-related misconduct allegations | Cheshire "
                              "Constabulary", body))


# =========================================================================== CSV responses

def build_thames_valley():
    """Thames Valley monthly long format, drifted: UTF-8 with BOM and CRLF (was plain LF), the
    header 'Month Received' (was 'Month'), months written in full ('October 2023', was
    'Oct-23'), new labels ('Reflective Practice', 'Would Have Been Dismissed', 'Sexual
    Assault'), and a 'Grand Total' line across everything (not keyed)."""
    src, force = "thames-valley/FOI-TVP-2024-1188.csv", "thames-valley"
    KEY.file(src)
    cats = {"Sexual Harassment": "sexual_harassment", "Sexual Misconduct": "sexual_misconduct",
            "Abuse of Position for Sexual Purpose": "abuse_of_position_sexual",
            "Sexual Assault": "sexual_assault"}
    outs = {"Management Action": "management_action", "Under Investigation": "ongoing",
            "No Case to Answer": "no_case_to_answer", "Dismissed": "dismissed",
            "Written Warning": "written_warning", "Not Upheld": "not_upheld",
            "Reflective Practice": "management_action",
            "Final Written Warning": "final_written_warning",
            "Would Have Been Dismissed": "would_have_been_dismissed"}
    subj = {"Police Officer": "officers", "Police Staff": "staff"}
    mnum = {"October 2023": (2023, 10), "November 2023": (2023, 11), "December 2023": (2023, 12),
            "January 2024": (2024, 1), "February 2024": (2024, 2), "March 2024": (2024, 3)}
    rows = [
        ("October 2023", "Sexual Harassment", "Police Officer", "Management Action", 2),
        ("October 2023", "Sexual Harassment", "Police Officer", "Under Investigation", 3),
        ("October 2023", "Sexual Misconduct", "Police Staff", "No Case to Answer", 1),
        ("October 2023", "Abuse of Position for Sexual Purpose", "Police Officer",
         "Under Investigation", 1),
        ("November 2023", "Sexual Harassment", "Police Officer", "Dismissed", 1),
        ("November 2023", "Sexual Harassment", "Police Staff", "Management Action", 2),
        ("November 2023", "Sexual Misconduct", "Police Officer", "Written Warning", 1),
        ("November 2023", "Sexual Misconduct", "Police Officer", "Not Upheld", 2),
        ("December 2023", "Sexual Harassment", "Police Officer", "No Case to Answer", 3),
        ("December 2023", "Sexual Harassment", "Police Officer", "Reflective Practice", 1),
        ("December 2023", "Abuse of Position for Sexual Purpose", "Police Officer", "Dismissed", 1),
        ("January 2024", "Sexual Harassment", "Police Officer", "Under Investigation", 4),
        ("January 2024", "Sexual Harassment", "Police Staff", "No Case to Answer", 1),
        ("January 2024", "Sexual Misconduct", "Police Officer", "Final Written Warning", 1),
        ("January 2024", "Sexual Assault", "Police Officer", "Under Investigation", 2),
        ("February 2024", "Sexual Harassment", "Police Officer", "Dismissed", 2),
        ("February 2024", "Sexual Harassment", "Police Officer", "Management Action", 1),
        ("February 2024", "Sexual Misconduct", "Police Staff", "Under Investigation", 2),
        ("February 2024", "Sexual Assault", "Police Staff", "No Case to Answer", 1),
        ("March 2024", "Sexual Harassment", "Police Officer", "Not Upheld", 2),
        ("March 2024", "Sexual Misconduct", "Police Officer", "Under Investigation", 3),
        ("March 2024", "Abuse of Position for Sexual Purpose", "Police Officer",
         "Would Have Been Dismissed", 1),
        ("March 2024", "Sexual Assault", "Police Officer", "Dismissed", 1),
    ]
    lines = ["Month Received,Allegation Category,Subject Type,Outcome,Number of Allegations"]
    for m, c, s, o, n in rows:
        lines.append(f"{m},{c},{s},{o},{n}")
        KEY.fig(src, force, MON(*mnum[m]), cats[c], outs[o], n, subject=subj[s])
    lines.append(f"Grand Total,,,,{sum(r[4] for r in rows)}")
    write_text(src, "\n".join(lines) + "\n", newline="\r\n", bom=True)


def build_warwickshire():
    """Excel 'Unicode Text' export saved as .csv: UTF-16LE with BOM, tab-separated, CRLF; a title
    line and a blank line; quarters written 'FY23/24 Q1' ... 'FY23/24 Q4' and a 'FY23/24 Total'
    row per category; Officer / Staff / Total columns."""
    src, force = "warwickshire/FOI 2024-4410 export.csv", "warwickshire"
    KEY.file(src)
    cats = [("Sexual Harassment", "sexual_harassment", [(4, 1), (6, 2), (3, 0), (5, 1)]),
            ("Sexual Assault", "sexual_assault", [(1, 0), (2, 1), (0, 0), (3, 0)]),
            ("APSP", "abuse_of_position_sexual", [(1, 0), (0, 0), (2, 0), (1, 0)]),
            ("Sexual Misconduct (Other)", "sexual_misconduct", [(2, 1), (1, 0), (3, 2), (2, 1)])]
    lines = ["Warwickshire Police - PSD allegations recorded by quarter, FY23/24 (FOI 2024/4410)",
             "", "Quarter\tAllegation Type\tOfficer\tStaff\tTotal"]
    for q in range(4):
        for lab, cat, vals in cats:
            o, s = vals[q]
            lines.append(f"FY23/24 Q{q + 1}\t{lab}\t{o}\t{s}\t{o + s}")
            per = FQ(2023, q + 1)
            KEY.fig(src, force, per, cat, "total", o, subject="officers")
            KEY.fig(src, force, per, cat, "total", s, subject="staff")
            KEY.fig(src, force, per, cat, "total", o + s)
    for lab, cat, vals in cats:
        o, s = sum(v[0] for v in vals), sum(v[1] for v in vals)
        lines.append(f"FY23/24 Total\t{lab}\t{o}\t{s}\t{o + s}")
        KEY.fig(src, force, FY(2023), cat, "total", o, subject="officers")
        KEY.fig(src, force, FY(2023), cat, "total", s, subject="staff")
        KEY.fig(src, force, FY(2023), cat, "total", o + s)
    write_text(src, "\r\n".join(lines) + "\r\n", encoding="utf-16-le", newline="\r\n", bom=True)


def build_derbyshire():
    """SQL Server Reporting Services CSV export: Windows-1252, semicolon-separated, CRLF; field
    names as the header ('ReportTitle;DateFrom;DateTo;...'); the period only as a DateFrom /
    DateTo pair; the category total repeated on every row of its group (keyed once);
    'Case to answer \u2013 misconduct meeting' (other), 'Reflective Practice Review Process',
    'Live' (ongoing)."""
    src, force = "derbyshire/FOI 0912-24 PSD allegations.csv", "derbyshire"
    KEY.file(src)
    per = ("2023-04-01", "2023-09-30")
    groups = [("Sexual harassment", "sexual_harassment",
               [("Dismissed", "dismissed", 3), ("Written Warning", "written_warning", 2),
                ("Case to answer \u2013 misconduct meeting", "other", 4),
                ("Reflective Practice Review Process", "management_action", 5),
                ("No Case to Answer", "no_case_to_answer", 6), ("Live", "ongoing", 3)]),
              ("Sexual assault", "sexual_assault",
               [("Dismissed", "dismissed", 1), ("No Case to Answer", "no_case_to_answer", 5),
                ("Live", "ongoing", 3)]),
              ("Abuse of position for a sexual purpose", "abuse_of_position_sexual",
               [("Dismissed", "dismissed", 2),
                ("Case to answer \u2013 misconduct meeting", "other", 1), ("Live", "ongoing", 2)])]
    title = "PSD Allegations \u2013 FOI 0912/24"
    lines = ["ReportTitle;DateFrom;DateTo;EmployeeGroup;AllegationType;AllegationTypeTotal;"
             "Outcome;OutcomeCount"]
    for lab, cat, outs in groups:
        tot = sum(o[2] for o in outs)
        KEY.fig(src, force, per, cat, "total", tot)
        for ol, oc, n in outs:
            lines.append(f"{title};01/04/2023;30/09/2023;Officers & Staff;{lab};{tot};{ol};{n}")
            KEY.fig(src, force, per, cat, oc, n)
    write_text(src, "\r\n".join(lines) + "\r\n", encoding="cp1252", newline="\r\n")


def build_lincolnshire():
    """Government-statistics style CSV: title, source and notes lines; '[x]' defined as a count of
    1 to 4 suppressed (bounds 1..4, s40(2)); '[z]' defined as not applicable (no row: management
    advice after, reflective practice before, the 2020 regulations); financial years written
    '2019-20'; an 'All outcomes' row per year and type."""
    src, force = "lincolnshire/FOI 24-0992 data.csv", "lincolnshire"
    KEY.file(src)
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Management advice", "management_action"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
    Z = None
    data = {("2019-20", "Sexual harassment"): [3, 2, 6, Z, 9, 0],
            ("2019-20", "Sexual assault"): [1, 0, 0, Z, 5, 0],
            ("2020-21", "Sexual harassment"): [4, 1, Z, 5, 11, 0],
            ("2020-21", "Sexual assault"): [2, 1, Z, 0, 7, 1],
            ("2021-22", "Sexual harassment"): [6, 3, Z, 8, 10, 2],
            ("2021-22", "Sexual assault"): [0, 2, Z, 1, 6, 3]}
    catid = {"Sexual harassment": "sexual_harassment", "Sexual assault": "sexual_assault"}
    yper = {"2019-20": FY(2019), "2020-21": FY(2020), "2021-22": FY(2021)}
    lines = ["Title: Allegations of sexual misconduct against Lincolnshire Police officers and "
             "staff by financial year and outcome,,,",
             "Source: Lincolnshire Police Professional Standards Department (FOI 24-0992),,,",
             "\"Notes: [x] = a count of 1 to 4, suppressed to protect the identity of "
             "individuals (FOIA section 40(2)). [z] = not applicable.\",,,",
             "\"Reflective practice replaced management advice when the Police (Conduct) "
             "Regulations 2020 came into force on 1 February 2020; outcomes in 2019-20 are all "
             "recorded as management advice.\",,,",
             "Financial year,Allegation type,Outcome,Number of allegations"]
    x = SUP(1, 4)
    for (yl, cl), vals in data.items():
        per, cat = yper[yl], catid[cl]
        for (ol, oc), v in zip(outs, vals):
            if v is None:
                cell = "[z]"  # not applicable: no row
            elif 1 <= v <= 4:
                cell = "[x]"
                KEY.fig(src, force, per, cat, oc, x)
            else:
                cell = str(v)
                KEY.fig(src, force, per, cat, oc, v)
            lines.append(f"{yl},{cl},{ol},{cell}")
        tot = sum(v for v in vals if v is not None)
        lines.append(f"{yl},{cl},All outcomes,{'[x]' if 1 <= tot <= 4 else tot}")
        KEY.fig(src, force, per, cat, "total", x if 1 <= tot <= 4 else tot)
    write_text(src, "\n".join(lines) + "\n")


# =========================================================================== text responses

def build_west_midlands():
    """West Midlands Police plain-text letter (CRLF, right-aligned letterhead, REQUEST /
    RESPONSE, fixed-width table under dashed rules), drifted: months as rows ('Jan-23' ...
    'Jun-23'), categories as columns, an 'All types' column across categories (not keyed), a
    Total row over the six months, and '1-4' for suppressed counts (bounds 1..4, s40(2))."""
    src, force = "west-midlands/3310_24_response.txt", "west-midlands"
    KEY.file(src)
    cats = [("Sexual assault", "sexual_assault", [1, 0, 2, 0, 5, 1]),
            ("Sexual harassment", "sexual_harassment", [5, 3, 4, 6, 2, 4]),
            ("Abuse of position", "abuse_of_position_sexual", [0, 2, 1, 0, 1, 3])]
    x = SUP(1, 4)

    def cell(v):
        return "1-4" if 1 <= v <= 4 else str(v)

    tl = ["    Month     Sexual assault   Sexual harassment   Abuse of position   All types",
          "    ------    --------------   -----------------   -----------------   ---------"]
    for m in range(6):
        vals = [c[2][m] for c in cats]
        tl.append(f"    {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'][m]}-23    "
                  f"{cell(vals[0]):>14}   {cell(vals[1]):>17}   {cell(vals[2]):>17}   "
                  f"{sum(vals):>9}")
        for (lab, cat, v), val in zip(cats, vals):
            KEY.fig(src, force, MON(2023, m + 1), cat, "total", x if 1 <= val <= 4 else val)
    tl.append(tl[1])
    tots = [sum(c[2]) for c in cats]
    tl.append(f"    Total     {cell(tots[0]):>14}   {cell(tots[1]):>17}   {cell(tots[2]):>17}   "
              f"{sum(tots):>9}")
    for (lab, cat, v), t in zip(cats, tots):
        KEY.fig(src, force, MRANGE(2023, 1, 2023, 6), cat, "total", x if 1 <= t <= 4 else t)
    head = "\n".join(" " * 50 + ln for ln in [
        "West Midlands Police", "Freedom of Information Unit", "Lloyd House",
        "Colmore Circus Queensway", "Birmingham", "B4 6NQ", "", "Tel: 101",
        "foi@west-midlands.police.uk"])
    text = head + """

Our Ref: 3310/24
Date: 02/07/2024

Dear Sir/Madam,

FREEDOM OF INFORMATION REQUEST REFERENCE NUMBER: 3310/24

Thank you for your request for information received on 04/06/2024, which has
been handled under the Freedom of Information Act 2000 (the Act).

REQUEST

"For each month from January to June 2023, how many allegations of sexual
assault, sexual harassment and abuse of position for a sexual purpose were
recorded against West Midlands Police officers and staff?"

RESPONSE

I can confirm that West Midlands Police holds information relevant to your
request. In accordance with section 1(1)(a) and (b) of the Act, the
information is provided in the table below, for police officers and police
staff together.

""" + "\n".join(tl) + """

Where a figure is shown as 1-4, the number of allegations is between one and
four. The exact figure has been withheld under Section 40(2) of the Act
(personal information), because small numbers for a single month, combined
with the outcomes of misconduct hearings that are published on our website,
could identify the officers or staff concerned. The 'All types' column is
the total of the three types of allegation for each month. Figures are
counted by the month in which the allegation was recorded.

COMPLAINT RIGHTS

Internal Review
If you are dissatisfied with the response you have been provided with, in
compliance with the Freedom of Information legislation, you can lodge a
complaint with West Midlands Police to have the decision reviewed within
40 working days of the date of this response. The handling of your request
will be looked at by someone independent of the original decision, and a fresh
decision will be reached.

Information Commissioner
After lodging a complaint with West Midlands Police, if you are still
dissatisfied with the decision you may make application to the Information
Commissioner for a decision on whether the request for information has been
dealt with in accordance with the requirements of the Act. For information on
how to make application to the Information Commissioner please visit their
website at www.ico.org.uk. Alternatively, write to: Information Commissioner's
Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. Phone:
0303 123 1113.

Yours sincerely


Data Protection and Freedom of Information Officer
West Midlands Police
"""
    write_text(src, text, newline="\r\n")


def build_gloucestershire_email():
    """Covering email pasted as text (Outlook header block): names both attachments and states
    their period (calendar year 2023), measure (allegations) and subject (officers and staff
    together). No figures of its own."""
    src = GLOS["email"]
    KEY.file(src)
    text = """From: Freedom of Information <foi@gloucestershire.police.uk>
Sent: 12 March 2024 14:02
To: data.desk@example-news.co.uk
Subject: RE: FOI 2024-0871 - Sexual misconduct allegations - RESPONSE
Attachments: FOI 2024-0871 Table 1 allegations.xlsx; FOI 2024-0871 Table 2 outcomes.pdf

OFFICIAL

Dear Requester

Freedom of Information Request 2024-0871

Thank you for your request dated 13 February 2024 for the number of
allegations of sexual misconduct made against Gloucestershire Constabulary
officers and staff in 2023, by type and by outcome.

Gloucestershire Constabulary holds the information you requested. Please find
attached:

  - FOI 2024-0871 Table 1 allegations.xlsx: the number of allegations of each
    type recorded in each quarter of the year;
  - FOI 2024-0871 Table 2 outcomes.pdf: the outcome of the same allegations.

Both tables cover the calendar year 2023 (1 January to 31 December 2023) and
count allegations, not complaints or individuals. Police officers and police
staff are counted together, as our case management system does not separate
them for this purpose.

If you are dissatisfied with this response you may request an internal review
within 40 working days. If you remain dissatisfied you may complain to the
Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow,
Cheshire, SK9 5AF.

Kind regards

Freedom of Information Officer
Information Management | Gloucestershire Constabulary
Police Headquarters, No. 1 Waterwells, Quedgeley, Gloucester GL2 2AN
Tel: 101 ext. 4402

OFFICIAL

________________________________
This email and any attachments are confidential. If you have received it in
error please notify the sender and delete it. Gloucestershire Constabulary
monitors email traffic for security purposes.

-----Original Message-----
From: data.desk@example-news.co.uk
Sent: 13 February 2024 09:41
To: Freedom of Information <foi@gloucestershire.police.uk>
Subject: FOI request - sexual misconduct allegations

Under the Freedom of Information Act 2000, please tell me how many
allegations of sexual misconduct (sexual harassment, sexual assault, abuse of
position for a sexual purpose and inappropriate relationships) were made
against Gloucestershire Constabulary officers and staff in 2023, broken down
by type, by quarter and by outcome.
"""
    write_text(src, text, newline="\r\n")


def build_city_of_london_ack():
    """An acknowledgement email: dates, a reference, a 20-working-day deadline and the request
    (with a five-year span): no figures."""
    src = "city-of-london/FOI CoLP-24-0390 acknowledgement.txt"
    KEY.file(src)
    text = """From: FOI <foi@cityoflondon.police.uk>
Sent: 03 June 2024 11:15
To: data.desk@example-news.co.uk
Subject: Acknowledgement - FOI CoLP-24-0390

Dear Requester

Thank you for your email received on 3 June 2024 requesting information under
the Freedom of Information Act 2000. Your request has been logged under
reference CoLP-24-0390. Your request reads:

  "How many allegations of sexual misconduct, sexual harassment and sexual
  assault were made against City of London Police officers and staff in each
  year from 2019 to 2023, and what were the outcomes?"

We will respond to your request promptly and in any event within 20 working
days, by 1 July 2024. If we need more information from you, or if a fee is
payable, we will contact you; the 20 working day period will then be paused.

Please quote reference CoLP-24-0390 in any correspondence about this request.

Kind regards

Information Access Team
City of London Police, Guildhall Yard East, London EC2V 5AE
"""
    write_text(src, text, newline="\r\n")


# =========================================================================== main

BUILDERS = [
    build_police_scotland, build_psni, build_mod, build_cnc, build_durham, build_north_yorkshire,
    build_surrey_html, build_surrey_review, build_gloucestershire_email, build_gloucestershire_xlsx,
    build_gloucestershire_pdf, build_cleveland_taser, build_gwent_print,
    build_humberside, build_sussex, build_essex, build_suffolk, build_norfolk,
    build_northamptonshire_clarification,
    build_northumbria, build_south_yorkshire, build_cambridgeshire_bch, build_dorset,
    build_avon_centurion,
    build_merseyside, build_dyfed_powys, build_cheshire,
    build_thames_valley, build_warwickshire, build_derbyshire, build_lincolnshire,
    build_west_midlands, build_city_of_london_ack,
]


def build_all():
    kit.build_all(BUILDERS, KEY)


# =========================================================================== check

def xlsx_cell(c):
    """This batch reads a cell as "B7: value", percentages and thousands as shown."""
    v = c.value
    if isinstance(v, (int, float)) and "%" in c.number_format:
        v = f"{v * 100:.1f}%"
    elif isinstance(v, (int, float)) and c.number_format == "#,##0":
        v = f"{v:,}"
    return f"{c.coordinate}: {v}"


def read_back(path):
    """The text a user sees in a response, read back as a user would."""
    p = Path(path)
    data = p.read_bytes()
    suf = p.suffix.lower()
    if data.startswith(b"%PDF-"):
        return pdf_text(p)
    if suf == ".docx":
        return docx_text(p, breaks=False)
    if suf == ".xlsx":
        return xlsx_text(p, xlsx_cell)
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    if suf in (".html", ".htm"):
        text = html_visible(text)
    return text


WORDS = {"none": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12,
         "thirty": 30}


def check():
    key = {}
    with open(kit.ROOT / "expected.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key.setdefault(r["source_file"], []).append(r)
    files = sorted(str(p.relative_to(kit.ROOT)) for p in kit.ROOT.rglob("*")
                   if p.is_file() and p.name not in ("expected.csv", "NOTES.md"))
    bad = 0
    for src in files:
        text = read_back(kit.ROOT / src)
        text = re.sub(r"(?m)^\[table \d+ row \d+\] |^[A-Z]{1,3}\d+: ", "", text)
        toks = set(t.replace(",", "") for t in re.findall(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", text))
        words = set(w for w in re.findall(r"[a-z]+", text.lower()) if w in WORDS)
        rows = key.get(src, [])
        vals = set(r["value"] for r in rows if r["value_status"] == "reported")
        missing = sorted((v for v in vals if v not in toks
                          and not any(WORDS[w] == int(v) for w in words)), key=int)
        extra = sorted(toks - vals, key=lambda x: float(x))
        status = {}
        for r in rows:
            status[r["value_status"]] = status.get(r["value_status"], 0) + 1
        print(f"== {src}: {len(rows)} rows {status}")
        if missing:
            bad += 1
            print(f"   KEY VALUES NOT IN DOCUMENT: {missing}")
        print(f"   numbers not keyed as values (must be non-figures): {extra}")
    print(f"{len(files)} files, {sum(len(v) for v in key.values())} key rows, "
          f"{bad} with key values missing from the document")
    unknown = set(key) - set(files)
    if unknown:
        print("KEY ROWS FOR ABSENT FILES:", unknown)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        check()
    elif len(sys.argv) > 2 and sys.argv[1] == "dump":
        print(read_back(kit.ROOT / sys.argv[2]))
    else:
        build_all()
