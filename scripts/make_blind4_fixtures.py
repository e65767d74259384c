#!/usr/bin/python3
"""make_blind4.py -- regenerate the fourth blind test batch for `foi` and its answer key.

The batch is meant to be REPRESENTATIVE: the folder a newsroom really gets back when it sends
one request to thirty forces --

  "For each of the financial years 2021/22, 2022/23 and 2023/24, how many allegations of sexual
   assault, sexual harassment and abuse of position for a sexual purpose were made against your
   police officers and police staff, and what was the outcome of each?"

-- ordinary house styles, mostly a short letter and one or two tables, with the usual variety
(totals only, a cost refusal, a few suppressions, a part not held, a part neither confirmed nor
denied, figures in prose, a late answer after an internal review, pages that only say "please
find attached").

Writes every response under /work/blind4 (one folder per force id) and the hand-keyed answer
key /work/blind4/expected.csv (NOTES.md is written by hand).  Each build_* function writes one
response and, next to the text it writes, the key rows a careful reader takes from it, following
shared/corpus/README.md and the calls recorded in the NOTES of the three earlier blind batches.

Accounting for numbers.  Every number a user can see is produced through one of two helpers:
  * F(...)  keys one figure and returns its printed form (digits, "<5", "*", a number word);
  * L(template, why, **figures) / N(text, why)  write text whose own numbers are NOT figures
    (dates, references, sections, money, hours, page numbers, cross-category totals ...), each
    with the reason why.  In L() the figures come only through the {placeholders}.
Numbers are digit tokens and the number words one..twenty, thirty..ninety, hundred, thousand,
dozen.  `check` reads every file back as a user would (pdftotext -layout, python-docx,
openpyxl cached values, the CSV or text in its own encoding, HTML with tags stripped) and fails
unless, token by token, the numbers in the document are exactly those the key (once per
figure, plus declared restatements) and the declared non-figures account for; it prints the
non-figures of each file with their reasons.  It also rebuilds everything into a scratch
folder and fails unless the rebuild is byte-identical.

Needs python3-reportlab, python3-openpyxl and python3-docx (Debian packages; run with
/usr/bin/python3) and poppler-utils (pdftotext).

usage: /usr/bin/python3 make_blind4.py             # rebuild /work/blind4 (responses + expected.csv)
       /usr/bin/python3 make_blind4.py check       # verify determinism and every number
       /usr/bin/python3 make_blind4.py dump FILE   # show FILE (relative to /work/blind4) as read back
"""
import os
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as kit  # noqa: E402
from blindkit import (write_text, pdf_letter, styles, P, S, grid_style, xlsx_save,
                      docx_new, docx_save, docx_cell, docx_shade,
                      docx_header_footer, docx_heading, html_page, E, FY, CY,
                      SPAN, SUP, REF, NCND, NH, KEY, F, N, L, YEARS, FYLAB,
                      REQ_SPAN, SA, SH, AP, CATS3, ICO_ADDR, rights, request_text,
                      O_D, O_W, O_F, O_WW, O_RP, O_N, O_NFA, O_WD, O_ON,
                      CAT_LABEL)  # noqa: E402

FINAL = Path(os.environ.get("FOI_BLIND4_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind4").resolve()
kit.ROOT = FINAL      # where builders write; `check` points it at a scratch folder

# =========================================================================== builders


def build_avon_and_somerset():
    """PDF letter over two pages with a running header (OFFICIAL, the force and reference) and
    a 'Page n of N' footer; one ruled table per category, outcomes down, each financial year
    spanning Officers / Staff across (a two-row header), a Total row; explicit zeros."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "avon-and-somerset/FOI 2024-00871 response.pdf"
    KEY.file(src, "avon-and-somerset")
    st = styles("Helvetica", 10)
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_ON]
    # [category][year] = (officers outcomes, staff outcomes) in the order of outs
    data = {
        SA: {2021: ((2, 1, 0, 0, 0, 5, 0), (1, 0, 0, 0, 0, 1, 0)),
             2022: ((1, 1, 1, 0, 0, 6, 1), (0, 0, 0, 0, 0, 2, 0)),
             2023: ((0, 0, 0, 0, 0, 3, 6), (0, 0, 0, 0, 0, 1, 1))},
        SH: {2021: ((1, 0, 3, 2, 4, 6, 0), (1, 0, 1, 1, 2, 2, 0)),
             2022: ((2, 1, 2, 3, 5, 7, 1), (0, 0, 1, 2, 1, 3, 0)),
             2023: ((1, 0, 1, 1, 3, 4, 9), (1, 0, 0, 1, 1, 1, 3))},
        AP: {2021: ((3, 2, 0, 0, 0, 2, 0), (0, 0, 0, 0, 0, 1, 0)),
             2022: ((4, 1, 1, 0, 0, 2, 0), (0, 0, 0, 0, 0, 0, 0)),
             2023: ((2, 1, 0, 0, 0, 1, 4), (0, 0, 0, 0, 0, 0, 1))},
    }

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 283 * mm, "Avon and Somerset Constabulary")
        c.drawRightString(190 * mm, 283 * mm, N("FOI 2024-00871", "reference (running header)"))
        c.line(20 * mm, 281 * mm, 190 * mm, 281 * mm)
        c.drawCentredString(105 * mm, 12 * mm, N(f"Page {page} of {pages}", "page furniture"))
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(105 * mm, 7 * mm, "OFFICIAL")

    story = [
        P("<b>Avon and Somerset Constabulary</b>", st["right"]),
        P("Freedom of Information Team", st["right"]),
        P(N("PO Box 37, Valley Road, Portishead, Bristol BS20 8QJ", "address"), st["right"]),
        P("foi@avonandsomerset.police.uk", st["right"]),
        S(14),
        P(N("Our reference: FOI 2024-00871", "reference"), st["addr"]),
        P(N("Date: 29 April 2024", "date of the letter"), st["addr"]),
        S(10),
        P("Dear Requester,", st["body"]),
        P("<b>Freedom of Information Act 2000 \u2013 request for information</b>".replace(
            "2000", N("2000", "the Act")), st["body"]),
        P(N("Thank you for your request for information received on 3 April 2024. Your request "
            "has been considered under the Freedom of Information Act 2000. You asked:",
            "date received; the Act"), st["body"]),
        P("\u201c" + request_text() + "\u201d", st["quote"]),
        P("<b>Response</b>", st["h2"]),
        P(N("Avon and Somerset Constabulary holds the information you have requested and, in "
            "accordance with section 1(1) of the Act, it is provided in Tables 1 to 3 below, one "
            "table for each type of allegation. The figures are the numbers of allegations "
            "recorded by our Professional Standards Department in each financial year, shown "
            "separately for police officers and police staff.",
            "section 1(1); table numbers"), st["body"]),
    ]
    for ti, cat in enumerate(CATS3, 1):
        head1 = ["Outcome"]
        head2 = [""]
        for y in YEARS:
            head1 += [N(FYLAB[y], "column heading (financial year)"), ""]
            head2 += ["Officers", "Staff"]
        rows = [head1, head2]
        tot = {y: [0, 0] for y in YEARS}
        for oi, (olab, oc) in enumerate(outs):
            row = [olab]
            for y in YEARS:
                for si, subj in enumerate(("officers", "staff")):
                    v = data[cat][y][si][oi]
                    tot[y][si] += v
                    row.append(F(cat, oc, v, FY(y), subject=subj))
            rows.append(row)
        row = ["Total"]
        for y in YEARS:
            for si, subj in enumerate(("officers", "staff")):
                row.append(F(cat, "total", tot[y][si], FY(y), subject=subj))
        rows.append(row)
        t = Table(rows, colWidths=[52 * mm] + [19 * mm] * 6, repeatRows=2, hAlign="LEFT")
        t.setStyle(grid_style(2, extra=[("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)),
                                        ("SPAN", (5, 0), (6, 0)), ("SPAN", (0, 0), (0, 1)),
                                        ("ALIGN", (1, 0), (-1, 1), "CENTER"),
                                        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5)]))
        story += [S(6), P(N(f"<b>Table {ti}: Allegations of {CAT_LABEL[cat].lower()}</b>",
                            "table number"), st["body"]), t]
    story += [
        S(8),
        P("<b>Notes</b>", st["h2"]),
        P(N("1. Allegations are counted in the financial year (1 April to 31 March) in which they "
            "were recorded. A single complaint or conduct matter may contain more than one "
            "allegation, and each allegation is counted once.", "note number; 1 April to 31 "
            "March defines the financial year"), st["small"]),
        P(N("2. \u2018Would have been dismissed\u2019 means that the officer or member of staff "
            "left the organisation before the misconduct hearing and the hearing found that they "
            "would have been dismissed had they still been serving.", "note number"),
          st["small"]),
        P(N("3. \u2018Reflective practice\u2019 is the Reflective Practice Review Process "
            "introduced by the Police (Conduct) Regulations 2020. For police staff it includes "
            "management advice.", "note number; year of the Regulations"), st["small"]),
        P(N("4. \u2018Ongoing\u2019 means that the allegation was still under investigation, or "
            "awaiting a misconduct meeting or hearing, when the data was extracted on 19 April "
            "2024.", "note number; extraction date"), st["small"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P(rights("the Freedom of Information Team at the address above"), st["body"]),
        P("Yours sincerely,", st["body"]),
        S(14),
        P("Freedom of Information Officer<br/>Avon and Somerset Constabulary", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 24, 20), title="FOI 2024-00871",
               author="Avon and Somerset Constabulary")
    N("2021/22 2022/23 2023/24", "Table 3 breaks after its first data row: its two header rows "
      "are repeated at the top of page 2")


def build_british_transport():
    """PDF letter; one ruled table per financial year, categories down and outcomes across with
    the Total first; the figures cover every kind of BTP employee together (police officers,
    special constables, PCSOs and police staff: officers_and_staff)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "british-transport/FOI 1042-24 response.pdf"
    KEY.file(src, "british-transport")
    st = styles("Helvetica", 10)
    outs = [O_D, O_F, O_WW, O_RP, O_N, O_NFA, O_ON]
    data = {2021: {SA: (2, 0, 1, 0, 4, 1, 1), SH: (1, 3, 4, 6, 5, 2, 1), AP: (3, 1, 0, 0, 2, 0, 0)},
            2022: {SA: (1, 1, 0, 1, 5, 2, 2), SH: (2, 2, 3, 8, 7, 1, 3), AP: (2, 0, 0, 0, 3, 0, 2)},
            2023: {SA: (0, 0, 1, 0, 3, 1, 7), SH: (1, 1, 2, 5, 6, 2, 12), AP: (1, 0, 0, 0, 1, 0, 4)}}

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 12 * mm, "British Transport Police \u2013 Freedom of Information")
        c.drawRightString(190 * mm, 12 * mm, N(f"{page}/{pages}", "page furniture"))

    story = [
        P("<b>British Transport Police</b>", st["addr"]),
        P("Freedom of Information Unit", st["addr"]),
        P(N("25 Camden Road, London NW1 9LN", "address"), st["addr"]),
        S(12),
        P(N("Reference: FOI 1042-24", "reference"), st["addr"]),
        P(N("Date: 30 April 2024", "date"), st["addr"]),
        S(10),
        P("Dear Requester", st["body"]),
        P(N("I write in response to your request for information of 2 April 2024, which has been "
            "dealt with under the Freedom of Information Act 2000.", "dates; the Act"), st["body"]),
        P("<b>Your request</b>", st["h2"]),
        P(request_text(), st["quote"]),
        P("<b>Our response</b>", st["h2"]),
        P("British Transport Police (BTP) holds the information requested. The tables below show "
          "the allegations of each type recorded by our Professional Standards Department in each "
          "financial year and the outcome of each allegation.", st["body"]),
        P("The figures cover all BTP employees: police officers, special constables, police "
          "community support officers and police staff. Our conduct database does not "
          "distinguish between them for the purposes of this request.", st["body"]),
    ]
    for ti, y in enumerate(YEARS, 1):
        hs = st["cellc"].clone("btph", fontSize=7.5, leading=9)
        rows = [[P("<b>Allegation type</b>", st["cellb"]), P("<b>Total</b>", hs)]
                + [P(f"<b>{o[0]}</b>", hs) for o in outs]]
        for cat in CATS3:
            vals = data[y][cat]
            row = [P(CAT_LABEL[cat], st["cell"]), F(cat, "total", sum(vals), FY(y))]
            row += [F(cat, oc, v, FY(y)) for (ol, oc), v in zip(outs, vals)]
            rows.append(row)
        t = Table(rows, colWidths=[40 * mm] + [17.5 * mm] * 8, hAlign="LEFT")
        t.setStyle(grid_style(1, shade="#DDE5F0", extra=[
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
        story += [S(6), P(N(f"<b>Table {ti}: allegations recorded in {FYLAB[y]}</b>",
                            "table number; financial year"), st["body"]), t]
    story += [
        S(6),
        P("\u2018Ongoing\u2019 means that the investigation, or any misconduct proceedings, had "
          "not concluded when the figures were produced. \u2018No further action\u2019 means that "
          "a case to answer was found but no action was taken at the meeting or hearing.",
          st["small"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P(rights("the Freedom of Information Unit"), st["body"]),
        P("Yours sincerely", st["body"]),
        P("Freedom of Information Officer<br/>British Transport Police", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(15, 15, 20, 20), title="FOI 1042-24",
               author="British Transport Police")


def build_city_of_london():
    """PDF letter from a small force with every figure in prose, number words, a heading per
    financial year; nils in sentences ('No allegations of ...')."""
    from reportlab.lib.units import mm
    src = "city-of-london/FOI CoLP-24-0518 response.pdf"
    KEY.file(src, "city-of-london")
    st = styles("Times-Roman", 11)

    def furniture(c, page, pages):
        c.setFont("Times-Roman", 8)
        c.drawCentredString(105 * mm, 10 * mm, "City of London Police \u2013 Information Access "
                            "Office \u2013 OFFICIAL")

    f21, f22, f23 = FY(2021), FY(2022), FY(2023)
    o, s = "officers", "staff"
    p21 = L("{t} allegations of sexual harassment were recorded against police officers. {a} "
            "resulted in a written warning and {b} was found to have no case to answer. No "
            "allegations of sexual harassment were recorded against police staff. No allegations "
            "of sexual assault or of abuse of position for a sexual purpose were recorded against "
            "officers or staff.",
            t=F(SH, "total", 2, f21, subject=o, said="Two"),
            a=F(SH, "written_warning", 1, f21, subject=o, said="One"),
            b=F(SH, "no_case_to_answer", 1, f21, subject=o, said="one"))
    F(SH, "total", 0, f21, subject=s, said="No allegations of sexual harassment were recorded "
      "against police staff")
    F(SA, "total", 0, f21, said="No allegations of sexual assault or of abuse of position")
    F(AP, "total", 0, f21, said="No allegations of sexual assault or of abuse of position")
    return_paras = [p21]
    return_paras.append(L(
        "{t} allegations of sexual harassment were recorded against police officers: {a} "
        "resulted in a final written warning, {b} in reflective practice and {c} was withdrawn. "
        "No allegation of sexual harassment was recorded against police staff. {t2} allegations "
        "of sexual assault were recorded against police officers; {d} resulted in dismissal and "
        "{e} was found to have no case to answer. No allegations of abuse of position for a "
        "sexual purpose were recorded.",
        t=F(SH, "total", 3, f22, subject=o, said="Three"),
        a=F(SH, "final_written_warning", 1, f22, subject=o, said="one"),
        b=F(SH, "management_action", 1, f22, subject=o, said="one"),
        c=F(SH, "withdrawn", 1, f22, subject=o, said="one"),
        t2=F(SA, "total", 2, f22, subject=o, said="Two"),
        d=F(SA, "dismissed", 1, f22, subject=o, said="one"),
        e=F(SA, "no_case_to_answer", 1, f22, subject=o, said="one")))
    F(SH, "total", 0, f22, subject=s, said="No allegation of sexual harassment was recorded "
      "against police staff")
    F(AP, "total", 0, f22, said="No allegations of abuse of position for a sexual purpose were "
      "recorded")
    return_paras.append(L(
        "{t} allegations of sexual harassment were recorded, {o1} against police officers and "
        "{s1} against a member of police staff. All {on} are still under investigation. {t2} "
        "allegations of abuse of position for a sexual purpose were recorded against police "
        "officers: {d} resulted in dismissal and {w} in a finding that the officer would have "
        "been dismissed had he not resigned before the misconduct hearing. No allegations of "
        "sexual assault were recorded.",
        t=F(SH, "total", 4, f23, said="Four"),
        o1=F(SH, "total", 3, f23, subject=o, said="three"),
        s1=F(SH, "total", 1, f23, subject=s, said="one"),
        on=F(SH, "ongoing", 4, f23, said="four"),
        t2=F(AP, "total", 2, f23, subject=o, said="Two"),
        d=F(AP, "dismissed", 1, f23, subject=o, said="one"),
        w=F(AP, "would_have_been_dismissed", 1, f23, subject=o, said="one")))
    F(SA, "total", 0, f23, said="No allegations of sexual assault were recorded")
    story = [
        P("<b>CITY OF LONDON POLICE</b>", st["addr"]),
        P("Information Access Office", st["addr"]),
        P(N("PO Box 36451, 182 Bishopsgate, London EC2M 4WN", "address"), st["addr"]),
        S(12),
        P(N("Our ref: CoLP-24-0518", "reference"), st["addr"]),
        P(N("14 May 2024", "date"), st["addr"]),
        S(10),
        P("Dear Sir or Madam,", st["body"]),
        P(N("<b>Freedom of Information request CoLP-24-0518</b>", "reference"), st["body"]),
        P(N("I write in response to your request received on 3 April 2024, in which you asked:",
            "date"), st["quote"].clone("q0", fontName="Times-Roman", leftIndent=0,
                                        rightIndent=0)),
        P(request_text(), st["quote"]),
        P(N("The City of London Police holds information relevant to your request, and it is set "
            "out below in accordance with section 1(1) of the Freedom of Information Act 2000. "
            "The figures are numbers of allegations recorded by our Professional Standards "
            "Directorate in each financial year.", "section 1(1); the Act"), st["body"]),
        P(N("<b>2021/22</b>", "heading (financial year)"), st["h2"]),
        P(return_paras[0], st["body"]),
        P(N("<b>2022/23</b>", "heading (financial year)"), st["h2"]),
        P(return_paras[1], st["body"]),
        P(N("<b>2023/24</b>", "heading (financial year)"), st["h2"]),
        P(return_paras[2], st["body"]),
        P(N("Cases described as still under investigation had not been concluded on 30 April "
            "2024.", "date"), st["body"]),
        P("<b>Your rights</b>", st["h2"]),
        P(rights("the Information Access Office"), st["body"]),
        P("Yours faithfully,", st["body"]),
        P("Information Access Officer<br/>City of London Police", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(25, 25, 20, 20), title="CoLP-24-0518",
               author="City of London Police")


def build_north_wales():
    """PDF letter refusing the whole request under section 12 (cost): the allegations are not
    flagged as sexual in nature, so every allegation record would have to be read; bilingual
    letterhead and footer; the count of allegations of all kinds, minutes, hours and money are
    not figures."""
    from reportlab.lib.units import mm
    src = "north-wales/FOI 2024-0712 response.pdf"
    KEY.file(src, "north-wales")
    st = styles("Helvetica", 10)

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(105 * mm, 12 * mm, N(f"Tudalen {page} o {pages} / Page {page} of "
                                                  f"{pages}", "page furniture"))
        c.drawCentredString(105 * mm, 8 * mm, "Heddlu Gogledd Cymru / North Wales Police")

    for cat in CATS3:
        F(cat, "total", REF("s12"), REQ_SPAN, printed=False)
    story = [
        P("<b>Heddlu Gogledd Cymru</b>", st["right"]),
        P("<b>North Wales Police</b>", st["right"]),
        P("Uned Rhyddid Gwybodaeth / Freedom of Information Unit", st["right"]),
        P("Glan-y-Don, Abergele Road, Colwyn Bay LL29 8AW", st["right"]),
        S(12),
        P(N("Cyf / Ref: FOI 2024-0712", "reference"), st["addr"]),
        P(N("Dyddiad / Date: 1 May 2024", "date"), st["addr"]),
        S(8),
        P("Dear Requester,", st["body"]),
        P(N("Thank you for your request for information dated 2 April 2024, which has been "
            "considered under the Freedom of Information Act 2000 (the Act). You asked:",
            "date; the Act"), st["body"]),
        P(request_text(), st["quote"]),
        P("<b>Decision</b>", st["h2"]),
        P(N("North Wales Police estimates that the cost of complying with your request would "
            "exceed the appropriate limit. In accordance with section 17(5) of the Act, this "
            "letter is a refusal notice under section 12(1).", "sections 17(5) and 12(1)"),
          st["body"]),
        P("<b>Reasons for our decision</b>", st["h2"]),
        P(N("Allegations against police officers and police staff are recorded on our "
            "professional standards database against the Standards of Professional Behaviour, "
            "such as \u2018Discreditable conduct\u2019 or \u2018Authority, respect and "
            "courtesy\u2019. Before 1 April 2023 the database had no field showing whether an "
            "allegation was sexual in nature, and the abuse of position category does not "
            "distinguish a sexual purpose from other purposes.", "date of a system change"),
          st["body"]),
        P(N("To answer your request we would therefore have to read each of the 1,214 allegation "
            "records created between 1 April 2021 and 31 March 2024 to identify those of a "
            "sexual nature and then establish their outcome. A sampling exercise showed that "
            "this takes about 5 minutes per record, or 101 hours in total.",
            "allegations of all kinds (not a figure of a requested category); the request's "
            "dates; minutes and hours of work"), st["body"]),
        P(N("The appropriate limit for police forces is \u00a3450, which is calculated at "
            "\u00a325 per hour and equates to 18 hours of work. The time needed to comply with "
            "your request far exceeds this limit.", "cost limit in pounds and hours"),
          st["body"]),
        P("<b>Advice and assistance</b>", st["h2"]),
        P(N("Under section 16 of the Act we are required to offer advice and assistance. You "
            "may wish to submit a narrower request, for example for allegations recorded since "
            "1 April 2023, when a sexual misconduct flag was added to the database. We cannot "
            "guarantee that a refined request would fall within the limit.",
            "section 16; date of a system change"), st["body"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P(rights("the Freedom of Information Unit"), st["body"]),
        P("Yn gywir / Yours sincerely,", st["body"]),
        P("Freedom of Information Officer<br/>North Wales Police", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(22, 22, 20, 22), title="FOI 2024-0712",
               author="North Wales Police")


def build_cumbria():
    """A LATE answer given in an internal review: the requester complained that no response had
    arrived; the review upholds the complaint, apologises and gives the information.  Table 1:
    categories down, each financial year spanning Officers / Staff; Table 2: outcomes of the
    same allegations over the three years together (officers and staff), with a Total column."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "cumbria/FOI 2024-0418 internal review response.pdf"
    KEY.file(src, "cumbria")
    st = styles("Helvetica", 10)
    t1 = {SA: ((3, 1), (4, 0), (2, 1)), SH: ((6, 2), (5, 3), (8, 2)), AP: ((2, 0), (3, 0), (1, 0))}
    outs = [O_D, O_F, O_WW, O_RP, O_N, O_WD, O_ON]
    t2 = {SA: (2, 0, 1, 0, 5, 1, 2), SH: (1, 3, 4, 7, 6, 2, 3), AP: (3, 1, 0, 0, 1, 0, 1)}
    for cat in CATS3:
        assert sum(t2[cat]) == sum(sum(p) for p in t1[cat])

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.drawString(22 * mm, 12 * mm, "Cumbria Constabulary, Carleton Hall, Penrith CA10 2AU")
        c.drawRightString(188 * mm, 12 * mm, N(f"Page {page} of {pages}", "page furniture"))

    rows = [["Allegation type"], [""]]
    for y in YEARS:
        rows[0] += [N(FYLAB[y], "column heading (financial year)"), ""]
        rows[1] += ["Officers", "Staff"]
    for cat in CATS3:
        row = [P(CAT_LABEL[cat], st["cell"])]
        for y, pair in zip(YEARS, t1[cat]):
            row += [F(cat, "total", pair[0], FY(y), subject="officers"),
                    F(cat, "total", pair[1], FY(y), subject="staff")]
        rows.append(row)
    tab1 = Table(rows, colWidths=[50 * mm] + [19 * mm] * 6, hAlign="LEFT")
    tab1.setStyle(grid_style(2, extra=[("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (2, 0)),
                                       ("SPAN", (3, 0), (4, 0)), ("SPAN", (5, 0), (6, 0)),
                                       ("ALIGN", (1, 0), (-1, 1), "CENTER")]))
    hs = st["cellc"].clone("cumh", fontSize=7.5, leading=9)
    rows = [[P("<b>Allegation type</b>", st["cellb"])] + [P(f"<b>{o[0]}</b>", hs) for o in outs]
            + [P("<b>Total</b>", hs)]]
    for cat in CATS3:
        row = [P(CAT_LABEL[cat], st["cell"])]
        row += [F(cat, oc, v, REQ_SPAN) for (ol, oc), v in zip(outs, t2[cat])]
        row.append(F(cat, "total", sum(t2[cat]), REQ_SPAN))
        rows.append(row)
    tab2 = Table(rows, colWidths=[42 * mm] + [16 * mm] * 8, hAlign="LEFT")
    tab2.setStyle(grid_style(1, extra=[("FONT", (-1, 1), (-1, -1), "Helvetica-Bold", 8.5),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    story = [
        P("<b>Cumbria Constabulary</b>", st["addr"]),
        P("Information Compliance Unit", st["addr"]),
        P(N("Carleton Hall, Penrith, Cumbria CA10 2AU", "postcode"), st["addr"]),
        S(12),
        P(N("Our reference: FOI 2024-0418 (internal review IR 2024-031)", "references"),
          st["addr"]),
        P(N("Date: 18 June 2024", "date"), st["addr"]),
        S(10),
        P("Dear Requester,", st["body"]),
        P("<b>Internal review \u2013 Freedom of Information request FOI 2024-0418</b>".replace(
            "2024-0418", N("2024-0418", "reference")), st["body"]),
        P(N("On 4 June 2024 you asked for an internal review because you had not received a "
            "response to your request of 3 April 2024, in which you asked:", "dates"), st["body"]),
        P(request_text(), st["quote"]),
        P("<b>Outcome of the review</b>", st["h2"]),
        P(N("I have reviewed the handling of your request. Section 10(1) of the Freedom of "
            "Information Act 2000 required us to respond within 20 working days, that is by "
            "2 May 2024. We did not do so, and I therefore uphold your complaint. I apologise for "
            "the delay, which arose from a backlog of requests that needed data from our "
            "Professional Standards Department.", "section 10(1); the Act; 20 working days; "
            "date"), st["body"]),
        P("The information you asked for has now been gathered, and I am providing it below. "
          "Cumbria Constabulary holds the information and it is disclosed in full.", st["body"]),
        P(N("<b>Table 1: Allegations recorded, by financial year of recording</b>",
            "table number"), st["body"]),
        tab1, S(8),
        P(N("<b>Table 2: Outcomes of the allegations in Table 1 (police officers and police "
            "staff together), 1 April 2021 to 31 March 2024</b>",
            "table numbers; the period of the table"), st["body"]),
        tab2, S(6),
        P(N("Outcomes are shown as at 10 June 2024. \u2018Ongoing\u2019 means that the "
            "investigation or misconduct proceedings had not concluded on that date. "
            "\u2018Reflective practice\u2019 includes management advice given to police staff.",
            "date"), st["small"]),
        P("<b>Your rights</b>", st["h2"]),
        P(N("This letter completes our internal review. If you remain dissatisfied, you may "
            "complain to the " + ICO_ADDR + " (telephone 0303 123 1113).", "ICO telephone"),
          st["body"]),
        P("Yours sincerely,", st["body"]),
        P("Head of Information Compliance<br/>Cumbria Constabulary", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(22, 22, 20, 22), title="FOI 2024-0418 review",
               author="Cumbria Constabulary")


def build_nottinghamshire():
    """Nottinghamshire Police house style (as in the corpus): reportlab letter, name and address
    in the page header, reference, OFFICIAL and 'Page n' in the footer, tables with no lines,
    bold header rows, the allegation type printed only on the first row of its block.  Figures
    of fewer than five shown as '*' (s40(2)); zeros shown; no totals, 'to prevent the suppressed
    figures being derived'.  Table 2: outcomes over the three years together."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "nottinghamshire/FOI-003517-24.pdf"
    KEY.file(src, "nottinghamshire")
    st = styles("Helvetica", 10)

    def shown(cat, oc, v, per, subject=None):
        if 1 <= v <= 4:
            return F(cat, oc, SUP(), per, subject=subject, said="*")
        return F(cat, oc, v, per, subject=subject)

    t1 = {SA: ((6, 9, 7), (2, 0, 1)), SH: ((14, 17, 15), (5, 3, 6)), AP: ((5, 3, 6), (0, 0, 0))}
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_ON]
    t2 = {SA: (5, 2, 1, 0, 1, 11, 5), SH: (3, 1, 6, 9, 17, 16, 8), AP: (6, 3, 1, 0, 0, 2, 2)}
    for cat in CATS3:
        assert sum(t2[cat]) == sum(t1[cat][0]) + sum(t1[cat][1])

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(20 * mm, 285 * mm, "Nottinghamshire Police")
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 281 * mm, "Information Management, Sherwood Lodge, Arnold, "
                     "Nottingham NG5 8PP")
        c.drawString(20 * mm, 12 * mm, N("FOI-003517-24", "reference (footer)"))
        c.drawCentredString(105 * mm, 12 * mm, "OFFICIAL")
        c.drawRightString(190 * mm, 12 * mm, N(f"Page {page}", "page furniture"))

    plain = TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])
    rows = [["Allegation type", "Employee type"]
            + [N(FYLAB[y], "column heading (financial year)") for y in YEARS]]
    for cat in CATS3:
        for si, (slab, subj) in enumerate((("Police officers", "officers"),
                                           ("Police staff", "staff"))):
            row = [CAT_LABEL[cat] if si == 0 else "", slab]
            row += [shown(cat, "total", v, FY(y), subject=subj) for y, v in zip(YEARS, t1[cat][si])]
            rows.append(row)
    tab1 = Table(rows, colWidths=[62 * mm, 32 * mm, 22 * mm, 22 * mm, 22 * mm], hAlign="LEFT")
    tab1.setStyle(plain)
    hs = st["cellb"].clone("nth", fontSize=8, leading=9.5, alignment=2)
    rows = [[P("<b>Allegation type</b>", st["cellb"].clone("nth0", fontSize=8))]
            + [P(o[0], hs) for o in outs]]
    for cat in CATS3:
        rows.append([P(CAT_LABEL[cat], st["cell"].clone("ntc", fontSize=8.5))]
                    + [shown(cat, oc, v, REQ_SPAN) for (ol, oc), v in zip(outs, t2[cat])])
    tab2 = Table(rows, colWidths=[42 * mm] + [18.5 * mm] * 7, hAlign="LEFT")
    tab2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                              ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 2),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story = [
        S(4),
        P(N("Our reference: FOI-003517-24", "reference"), st["addr"]),
        P(N("Date: 3 May 2024", "date"), st["addr"]),
        S(10),
        P("Dear Requester", st["body"]),
        P(N("Thank you for your request for information received on 3 April 2024, which has been "
            "dealt with under the Freedom of Information Act 2000. You asked:", "date; the Act"),
          st["body"]),
        P(request_text(), st["quote"]),
        P("<b>Response</b>", st["h2"]),
        P(N("Nottinghamshire Police holds the information you requested. Table 1 shows the "
            "number of allegations recorded in each financial year against police officers and "
            "police staff. Table 2 shows the outcomes of those allegations, for the three years "
            "together and for officers and staff together.", "table numbers; 'the three years' "
            "of the request"), st["body"]),
        P(N("<b>Table 1: Allegations recorded, by financial year</b>", "table number"),
          st["body"]), tab1, S(10),
        P(N("<b>Table 2: Outcomes of allegations recorded from 1 April 2021 to 31 March 2024</b>",
            "table number; the period of the table"), st["body"]), tab2, S(8),
        P(N("* Figures of fewer than five have been replaced by an asterisk. Releasing "
            "them could lead to the identification of the individuals concerned, and they are "
            "withheld under section 40(2) of the Act (personal information). Totals are not "
            "shown, to prevent the withheld figures being derived.",
            "section 40(2)"), st["small"]),
        P(N("Outcomes are as recorded on 26 April 2024. \u2018Ongoing\u2019 means that the "
            "investigation or proceedings had not concluded on that date.", "date"),
          st["small"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P(rights("Information Management at the address above"), st["body"]),
        P("Yours sincerely", st["body"]),
        P("Disclosure Officer<br/>Information Management", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 28, 22), title="FOI-003517-24",
               author="Nottinghamshire Police")


def build_sussex():
    """PDF letter giving totals only (a small table, categories down, financial years across,
    officers and staff together) and refusing the outcomes under section 12: no refused rows
    (the totals are given; blind2 note 9).  The count of all the allegations (184) is a total
    across categories and years, not a figure; minutes, hours and money are not figures."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "sussex/FOI-SX-2024-1291 response.pdf"
    KEY.file(src, "sussex")
    st = styles("Helvetica", 10.5)
    vals = {SA: (14, 17, 15), SH: (31, 38, 42), AP: (9, 7, 11)}
    assert sum(sum(v) for v in vals.values()) == 184

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(105 * mm, 10 * mm, "Sussex Police, Malling House, Church Lane, "
                            "Lewes BN7 2DZ")

    rows = [["Allegation type"] + [N(FYLAB[y], "column heading (financial year)") for y in YEARS]]
    for cat in CATS3:
        rows.append([CAT_LABEL[cat]] + [F(cat, "total", v, FY(y)) for y, v in zip(YEARS, vals[cat])])
    t = Table(rows, colWidths=[70 * mm, 25 * mm, 25 * mm, 25 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=9.5, shade="#E8E8E8"))
    story = [
        P("<b>Sussex Police</b>", st["right"]),
        P("Information Access", st["right"]),
        S(10),
        P(N("Reference: FOI-SX-2024-1291", "reference"), st["addr"]),
        P(N("7 May 2024", "date"), st["addr"]),
        S(10),
        P("Dear Requester,", st["body"]),
        P(N("Thank you for your email of 2 April 2024 requesting information under the Freedom "
            "of Information Act 2000. You asked:", "date; the Act"), st["body"]),
        P(request_text(), st["quote"]),
        P("<b>Response</b>", st["h2"]),
        P("Sussex Police holds this information. The number of allegations of each type "
          "recorded against police officers and police staff (counted together) in each "
          "financial year is as follows:", st["body"]),
        t, S(10),
        P("<b>Outcomes</b>", st["h2"]),
        P(N("We are unable to provide the outcome of each allegation. The outcome is recorded in "
            "the narrative of each case file rather than in a field that can be searched or "
            "reported on, so each of the 184 allegation records above would have to be opened "
            "and read. A sample showed that this takes around 15 minutes a record, which "
            "amounts to 46 hours.", "the number of records of all three types over the three "
            "years (a total across categories, not keyed); minutes and hours of work"),
          st["body"]),
        P(N("The appropriate limit under section 12 of the Act is \u00a3450, equivalent to "
            "18 hours of work. This part of your request is therefore refused under section "
            "12(1), and this letter serves as a refusal notice under section 17(5).",
            "section 12, 12(1), 17(5); cost limit in pounds and hours"), st["body"]),
        P(N("To help you, under section 16, you may wish to ask for the outcomes of one type of "
            "allegation in one financial year, which is likely to fall within the limit.",
            "section 16"), st["body"]),
        P("<b>Your rights</b>", st["h2"]),
        P(rights("Sussex Police Information Access"), st["body"]),
        P("Yours sincerely,", st["body"]),
        P("Information Access Officer", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(24, 24, 20, 20), title="FOI-SX-2024-1291",
               author="Sussex Police")


def build_south_wales():
    """PDF letter with a long ruled table (Financial year | Allegation type | Employee type |
    Outcome | Number of allegations) running over three pages with its header row repeated,
    a running header (OFFICIAL, the reference) and footer; only non-zero rows, with a sentence
    saying so (no zeros keyed)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "south-wales/FOI 2024-1702 response.pdf"
    KEY.file(src, "south-wales")
    st = styles("Helvetica", 10)
    RP = ("Reflective Practice", "management_action")
    UI = ("Under investigation", "ongoing")
    rows_data = [
        (2021, SA, "officers", [(O_D, 2), (O_N, 6), (O_WD, 1)]),
        (2021, SA, "staff", [(O_N, 2)]),
        (2021, SH, "officers", [(O_D, 1), (O_F, 3), (O_WW, 2), (RP, 7), (O_N, 8)]),
        (2021, SH, "staff", [(O_WW, 1), (RP, 2), (O_N, 3)]),
        (2021, AP, "officers", [(O_D, 3), (O_W, 2), (O_N, 2)]),
        (2022, SA, "officers", [(O_D, 1), (O_F, 1), (O_N, 7), (UI, 1)]),
        (2022, SA, "staff", [(O_D, 1), (O_N, 1)]),
        (2022, SH, "officers", [(O_D, 2), (O_F, 2), (O_WW, 4), (RP, 9), (O_N, 6), (O_WD, 2),
                                (UI, 2)]),
        (2022, SH, "staff", [(O_F, 1), (RP, 3), (O_N, 2)]),
        (2022, AP, "officers", [(O_D, 4), (O_W, 1), (O_N, 3)]),
        (2022, AP, "staff", [(O_N, 1)]),
        (2023, SA, "officers", [(O_N, 4), (UI, 8)]),
        (2023, SA, "staff", [(UI, 2)]),
        (2023, SH, "officers", [(O_D, 1), (O_F, 1), (O_WW, 2), (RP, 6), (O_N, 5), (UI, 11)]),
        (2023, SH, "staff", [(RP, 2), (O_N, 1), (UI, 3)]),
        (2023, AP, "officers", [(O_D, 2), (O_W, 1), (O_N, 1), (UI, 5)]),
    ]
    slab = {"officers": "Police Officer", "staff": "Police Staff"}
    header = ["Financial year", "Allegation type", "Employee type", "Outcome",
              P("<b>Number of allegations</b>", st["cellc"])]
    rows = [header]
    for y, cat, subj, outs in rows_data:
        for (ol, oc), v in outs:
            assert v > 0
            rows.append([N(FYLAB[y], "the row's financial year"), P(CAT_LABEL[cat], st["cell"]),
                         slab[subj], ol, F(cat, oc, v, FY(y), subject=subj)])

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(20 * mm, 287 * mm, "OFFICIAL")
        c.setFont("Helvetica", 8)
        c.drawRightString(190 * mm, 287 * mm, N("South Wales Police \u2013 FOI 2024-1702",
                                                "reference (running header)"))
        c.drawCentredString(105 * mm, 10 * mm, N(f"Page {page} of {pages}", "page furniture"))

    t = Table(rows, colWidths=[24 * mm, 52 * mm, 28 * mm, 42 * mm, 24 * mm], repeatRows=1,
              hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#D6DCE4",
                          extra=[("ALIGN", (0, 1), (3, -1), "LEFT"),
                                 ("ALIGN", (4, 1), (4, -1), "RIGHT")]))
    story = [
        P("<b>Heddlu De Cymru / South Wales Police</b>", st["right"]),
        P("Freedom of Information Unit", st["right"]),
        P(N("Police Headquarters, Cowbridge Road, Bridgend CF31 3SU", "address"), st["right"]),
        S(12),
        P(N("Our reference: FOI 2024-1702", "reference"), st["addr"]),
        P(N("Date: 24 April 2024", "date"), st["addr"]),
        S(10),
        P("Dear Requester,", st["body"]),
        P(N("Thank you for your request for information received by South Wales Police on "
            "2 April 2024. You asked:", "date"), st["body"]),
        P(request_text(), st["quote"]),
        P("<b>Response</b>", st["h2"]),
        P(N("South Wales Police holds the information requested, and it is provided in the table "
            "below in accordance with section 1(1)(b) of the Freedom of Information Act 2000. "
            "Each row gives the number of allegations of one type, recorded against police "
            "officers or police staff in one financial year, that reached the outcome shown.",
            "section 1(1)(b); the Act"), st["body"]),
        P("Outcome and employee type combinations with no allegations are not shown.",
          st["body"]),
        t, S(8),
        P(N("Notes: allegations are counted in the financial year in which they were recorded "
            "by the Professional Standards Department. \u2018Under investigation\u2019 includes "
            "allegations awaiting a misconduct meeting or hearing on 19 April 2024. "
            "\u2018Reflective Practice\u2019 is the Reflective Practice Review Process.", "date"),
          st["small"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P(rights("the Freedom of Information Unit"), st["body"]),
        P("Yours sincerely,", st["body"]),
        P("Freedom of Information Officer<br/>South Wales Police", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 22, 20), title="FOI 2024-1702",
               author="South Wales Police")


def build_dyfed_powys():
    """PDF letter: police officers' figures in two ruled tables (Table 1 categories by financial
    year with a Total column; Table 2 outcomes down, categories across, three years together,
    whose Total row restates Table 1's Total column); for police staff the force NEITHER
    CONFIRMS NOR DENIES under section 40(5B): three ncnd rows, staff, over the request's span."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "dyfed-powys/FOI DP-2024-0866 response.pdf"
    KEY.file(src, "dyfed-powys", subject="officers")
    st = styles("Helvetica", 10)
    t1 = {SA: (3, 5, 4), SH: (7, 9, 8), AP: (2, 1, 3)}
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_ON]
    t2 = {SA: (2, 1, 0, 1, 0, 5, 3), SH: (1, 0, 3, 4, 8, 5, 3), AP: (2, 1, 0, 0, 0, 1, 2)}
    for cat in CATS3:
        assert sum(t2[cat]) == sum(t1[cat])

    def furniture(c, page, pages):
        c.setFont("Helvetica", 7.5)
        c.drawString(22 * mm, 12 * mm, "Heddlu Dyfed-Powys Police \u2013 Freedom of Information")
        c.drawRightString(188 * mm, 12 * mm, N(f"Page {page} of {pages}", "page furniture"))

    rows = [["Allegation type"] + [N(FYLAB[y], "column heading (financial year)") for y in YEARS]
            + ["Total"]]
    for cat in CATS3:
        rows.append([P(CAT_LABEL[cat], st["cell"])]
                    + [F(cat, "total", v, FY(y)) for y, v in zip(YEARS, t1[cat])]
                    + [F(cat, "total", sum(t1[cat]), REQ_SPAN)])
    tab1 = Table(rows, colWidths=[62 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm], hAlign="LEFT")
    tab1.setStyle(grid_style(1, size=9, shade="#DCE6F2"))
    rows = [[P("<b>Outcome</b>", st["cellb"])] + [P(f"<b>{CAT_LABEL[c]}</b>", st["cellc"])
                                                  for c in CATS3]]
    for oi, (ol, oc) in enumerate(outs):
        rows.append([ol] + [F(c, oc, t2[c][oi], REQ_SPAN) for c in CATS3])
    rows.append(["Total"] + [F(c, "total", sum(t1[c]), REQ_SPAN, restated=True) for c in CATS3])
    tab2 = Table(rows, colWidths=[52 * mm, 30 * mm, 30 * mm, 36 * mm], hAlign="LEFT")
    tab2.setStyle(grid_style(1, size=9, shade="#DCE6F2",
                             extra=[("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]))
    for cat in CATS3:
        F(cat, "total", NCND("s40(5B)"), REQ_SPAN, subject="staff", printed=False)
    story = [
        P("<b>Heddlu Dyfed-Powys Police</b>", st["right"]),
        P("Freedom of Information Department", st["right"]),
        P(N("PO Box 99, Llangunnor, Carmarthen SA31 2PF", "address"), st["right"]),
        S(12),
        P(N("Our reference: DP-2024-0866", "reference"), st["addr"]),
        P(N("Date: 2 May 2024", "date"), st["addr"]),
        S(10),
        P("Dear Requester,", st["body"]),
        P(N("Your request for information, received on 3 April 2024, has been considered under "
            "the Freedom of Information Act 2000. You asked:", "date; the Act"), st["body"]),
        P(request_text(), st["quote"]),
        P("<b>Police officers</b>", st["h2"]),
        P(N("Dyfed-Powys Police holds information about allegations against police officers, and "
            "it is provided in Tables 1 and 2 below.", "table numbers"), st["body"]),
        P(N("<b>Table 1: Allegations against police officers, by financial year of recording</b>",
            "table number"), st["body"]),
        tab1, S(8),
        P(N("<b>Table 2: Outcomes of allegations against police officers, 2021/22 to 2023/24 "
            "combined</b>", "table number; the period of the table"), st["body"]),
        tab2, S(6),
        P(N("\u2018Ongoing\u2019 means that the matter had not concluded on 25 April 2024. "
            "\u2018Would have been dismissed\u2019 means the officer left the force before a "
            "hearing at which gross misconduct was found.", "date"), st["small"]),
        P("<b>Police staff</b>", st["h2"]),
        P(N("Dyfed-Powys Police neither confirms nor denies that it holds information about "
            "allegations of this kind against police staff, by virtue of section 40(5B) of the "
            "Act. Police staff in the relevant roles work in small teams, and confirming whether "
            "or not any such allegation had been made in a given year could itself disclose "
            "personal information about identifiable individuals. This should not be taken as "
            "an indication that information is or is not held.", "section 40(5B)"),
          st["body"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P(rights("the Freedom of Information Department"), st["body"]),
        P("Yours sincerely,", st["body"]),
        P("Freedom of Information Officer", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(22, 22, 20, 22), title="DP-2024-0866",
               author="Dyfed-Powys Police")


def build_west_yorkshire():
    """West Yorkshire Police letter (drifted house style: reportlab instead of a printed web
    page), reference table, 'Decision' heading, running header (OFFICIAL, the reference) and
    'Page n of N'; two ruled tables, Table 1 police officers and Table 2 police staff, each with
    a shaded row per allegation type above its outcome rows and Total row, financial years as
    columns; explicit zeros."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "west-yorkshire/FOI 2024-2087 response.pdf"
    KEY.file(src, "west-yorkshire")
    st = styles("Helvetica", 10)
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_NFA, O_ON]
    data = {
        "officers": {SA: ((3, 2, 1, 0, 0, 9, 2, 1), (2, 1, 1, 1, 0, 11, 3, 2),
                          (1, 0, 0, 0, 1, 7, 2, 12)),
                     SH: ((2, 1, 4, 6, 11, 12, 3, 0), (3, 2, 5, 7, 13, 10, 4, 2),
                          (1, 1, 3, 4, 9, 8, 2, 21)),
                     AP: ((5, 3, 1, 0, 0, 3, 1, 0), (6, 2, 0, 0, 0, 4, 0, 1),
                          (3, 1, 1, 0, 0, 2, 1, 8))},
        "staff": {SA: ((1, 0, 0, 0, 0, 2, 1, 0), (0, 0, 1, 0, 0, 3, 0, 0),
                       (1, 0, 0, 0, 0, 1, 0, 3)),
                  SH: ((1, 0, 2, 3, 4, 5, 1, 0), (2, 1, 1, 2, 5, 4, 2, 1),
                       (1, 0, 2, 2, 3, 3, 1, 7)),
                  AP: ((0, 0, 0, 0, 0, 1, 0, 0), (1, 0, 0, 0, 0, 0, 0, 0),
                       (0, 0, 0, 0, 0, 0, 0, 1))},
    }

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(18 * mm, 288 * mm, "OFFICIAL")
        c.setFont("Helvetica", 8)
        c.drawRightString(192 * mm, 288 * mm, N("FOI 2024-2087", "reference (running header)"))
        c.drawCentredString(105 * mm, 9 * mm, N(f"Page {page} of {pages}", "page furniture"))

    def subject_table(subj):
        rows = [["Allegation type and outcome"]
                + [N(FYLAB[y], "column heading (financial year)") for y in YEARS]]
        extra = []
        for cat in CATS3:
            extra += [("SPAN", (0, len(rows)), (-1, len(rows))),
                      ("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#EEEEEE")),
                      ("FONT", (0, len(rows)), (-1, len(rows)), "Helvetica-Bold", 8.5)]
            rows.append([CAT_LABEL[cat], "", "", ""])
            for oi, (ol, oc) in enumerate(outs):
                rows.append(["    " + ol] + [F(cat, oc, data[subj][cat][yi][oi], FY(y),
                                               subject=subj) for yi, y in enumerate(YEARS)])
            rows.append(["    Total"] + [F(cat, "total", sum(data[subj][cat][yi]), FY(y),
                                           subject=subj) for yi, y in enumerate(YEARS)])
            extra.append(("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 8.5))
        t = Table(rows, colWidths=[80 * mm, 28 * mm, 28 * mm, 28 * mm], repeatRows=1,
                  hAlign="LEFT")
        t.setStyle(grid_style(1, size=8.5, shade="#C9D7E8", extra=extra))
        return t

    ref = Table([["Reference", N("FOI 2024-2087", "reference")],
                 ["Date of request", N("2 April 2024", "date")],
                 ["Date of response", N("26 April 2024", "date")]],
                colWidths=[40 * mm, 60 * mm], hAlign="LEFT")
    ref.setStyle(grid_style(0, size=9, extra=[("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9),
                                              ("ALIGN", (1, 0), (-1, -1), "LEFT")]))
    story = [
        P("<b>West Yorkshire Police</b>", st["h"]),
        P("Information Management \u2013 Freedom of Information", st["body"]),
        ref, S(10),
        P("Dear Requester,", st["body"]),
        P("<b>Request</b>", st["h2"]),
        P(request_text(), st["quote"]),
        P("<b>Decision</b>", st["h2"]),
        P(N("West Yorkshire Police holds the information you requested and it is disclosed in "
            "full below. Table 1 gives the allegations recorded against police officers and "
            "Table 2 those recorded against police staff, by the financial year in which the "
            "allegation was recorded and by its outcome.", "table numbers"), st["body"]),
        P(N("<b>Table 1: Police officers</b>", "table number"), st["body"]),
        subject_table("officers"), S(8),
        P(N("<b>Table 2: Police staff</b>", "table number"), st["body"]),
        subject_table("staff"), S(8),
        P(N("Notes: \u2018Ongoing\u2019 means the allegation was under investigation or awaiting "
            "a meeting or hearing on 22 April 2024. \u2018No further action\u2019 means a case to "
            "answer was found but no disciplinary action followed. Police staff are subject to "
            "the force\u2019s staff conduct procedure; \u2018Reflective practice\u2019 for staff "
            "means management advice.", "date"), st["small"]),
        P("<b>Complaint rights</b>", st["h2"]),
        P(rights("Information Management"), st["body"]),
        P("Yours sincerely,", st["body"]),
        P("Information Management Officer<br/>West Yorkshire Police", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(18, 18, 20, 18), title="FOI 2024-2087",
               author="West Yorkshire Police")


def build_ministry_of_defence():
    """MOD Police letter (Times, unruled table): police officers' totals by category and
    financial year; the outcomes over the three years as a bulleted list per category (each
    list headed by the three-year total); police staff NOT HELD (they are MOD civil servants,
    whose conduct is handled by MOD civilian HR)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "ministry-of-defence/FOI2024-07712 MDP response.pdf"
    KEY.file(src, "ministry-of-defence", subject="officers")
    st = styles("Times-Roman", 11)
    t1 = {SA: (1, 2, 1), SH: (4, 3, 5), AP: (0, 1, 0)}

    def furniture(c, page, pages):
        c.setFont("Times-Roman", 8)
        c.drawCentredString(105 * mm, 12 * mm, "Ministry of Defence Police \u2013 Secretariat")

    rows = [["", *[N(FYLAB[y], "column heading (financial year)") for y in YEARS]]]
    for cat in CATS3:
        rows.append([CAT_LABEL[cat]] + [F(cat, "total", v, FY(y)) for y, v in zip(YEARS, t1[cat])])
    tab = Table(rows, colWidths=[75 * mm, 25 * mm, 25 * mm, 25 * mm], hAlign="LEFT")
    tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
                             ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
                             ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    sp = REQ_SPAN

    def blist(items):
        from reportlab.platypus import ListFlowable, ListItem
        return ListFlowable([ListItem(P(i, st["body"].clone("li", spaceAfter=1)), leftIndent=12)
                             for i in items], bulletType="bullet", start="\u2022", leftIndent=18)

    sa = [L("dismissed: {v}", v=F(SA, "dismissed", 1, sp)),
          L("no case to answer: {v}", v=F(SA, "no_case_to_answer", 2, sp)),
          L("still under investigation: {v}", v=F(SA, "ongoing", 1, sp))]
    sh = [L("final written warning: {v}", v=F(SH, "final_written_warning", 1, sp)),
          L("written warning: {v}", v=F(SH, "written_warning", 3, sp)),
          L("reflective practice: {v}", v=F(SH, "management_action", 4, sp)),
          L("no case to answer: {v}", v=F(SH, "no_case_to_answer", 3, sp)),
          L("still under investigation: {v}", v=F(SH, "ongoing", 1, sp))]
    ap = [L("dismissed: {v}", v=F(AP, "dismissed", 1, sp))]
    for cat in CATS3:
        F(cat, "total", NH, REQ_SPAN, subject="staff", printed=False)
    story = [
        P("<b>Ministry of Defence Police</b>", st["addr"]),
        P("MDP Secretariat", st["addr"]),
        P(N("Building 1070, MDP Wethersfield, Braintree, Essex CM7 4AZ", "address"),
          st["addr"]),
        S(12),
        P(N("Reference: FOI2024/07712", "reference"), st["addr"]),
        P(N("Date: 30 April 2024", "date"), st["addr"]),
        S(10),
        P("Dear Requester,", st["body"]),
        P(N("Thank you for your email of 2 April 2024 requesting the following information:",
            "date"), st["body"]),
        P(request_text(), st["quote"].clone("mq", fontName="Times-Italic")),
        P(N("I am treating your correspondence as a request for information under the Freedom "
            "of Information Act 2000. A search for the information has now been completed within "
            "the Ministry of Defence Police (MDP).", "the Act"), st["body"]),
        P("<b>Police officers</b>", st["bold"]),
        P("The number of allegations of each type recorded by the MDP Professional Standards "
          "Department against MDP police officers in each financial year is as follows:",
          st["body"]),
        tab, S(8),
        P(L("Over the three financial years together, the outcomes of the {a} allegations of "
            "sexual assault were:", "'the three financial years' of the request",
            a=F(SA, "total", 4, sp)), st["body"]),
        blist(sa),
        P(L("The outcomes of the {a} allegations of sexual harassment were:",
            a=F(SH, "total", 12, sp)), st["body"]),
        blist(sh),
        P(L("The outcome of the {a} allegation of abuse of position for a sexual purpose was:",
            a=F(AP, "total", 1, sp)), st["body"]),
        blist(ap),
        P(N("Outcomes are recorded as at 19 April 2024.", "date"), st["body"]),
        P("<b>Police staff</b>", st["bold"]),
        P("The MDP does not hold information about allegations against police staff. MDP "
          "civilian staff are Ministry of Defence civil servants, and any misconduct allegations "
          "against them are dealt with by their line management under the Ministry of "
          "Defence\u2019s civilian HR policies, not by the MDP Professional Standards "
          "Department.", st["body"]),
        P(N("If you are not satisfied with this response or wish to complain about any aspect of "
            "the handling of your request, you should contact me in the first instance. If "
            "informal resolution is not possible and you are still dissatisfied, you may apply "
            "for an independent internal review by contacting the Information Rights "
            "Compliance team, Ground Floor, MOD Main Building, Whitehall, SW1A 2HB. Please note "
            "that any request for an internal review should be made within 40 working days of "
            "the date of this response. If you remain dissatisfied following an internal review, "
            "you may raise your complaint directly to the Information Commissioner under the "
            "provisions of section 50 of the Freedom of Information Act.",
            "40 working days; section 50"), st["body"]),
        P("Yours sincerely,", st["body"]),
        P("MDP Secretariat", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(25, 25, 22, 20), title="FOI2024/07712",
               author="MDP Secretariat")
    # sanity: the outcome lists add up to the three-year totals of the table
    assert sum(t1[SA]) == 4 and sum(t1[SH]) == 12 and sum(t1[AP]) == 1


def build_police_scotland():
    """Police Scotland letter under FOISA: allegations against police officers and police staff
    by financial year (categories and employee type down, years across); the outcomes refused
    under section 12(1) of FOISA (excessive cost, \u00a3600): no refused rows, as the totals are
    given (blind2 note 9)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "police-scotland/IM-FOI-2024-1529 response.pdf"
    KEY.file(src, "police-scotland")
    st = styles("Helvetica", 10)
    vals = {SA: ((38, 44, 41), (6, 9, 7)), SH: ((71, 83, 96), (19, 22, 25)),
            AP: ((12, 15, 18), (0, 1, 0))}

    def furniture(c, page, pages):
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(105 * mm, 289 * mm, "OFFICIAL")
        c.drawCentredString(105 * mm, 7 * mm, "OFFICIAL")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(190 * mm, 12 * mm, N(f"Page {page} of {pages}", "page furniture"))

    rows = [["Allegation", "Employee type"] + [N(FYLAB[y], "column heading (financial year)")
                                               for y in YEARS]]
    for cat in CATS3:
        for si, (slab, subj) in enumerate((("Police officers", "officers"),
                                           ("Police staff", "staff"))):
            rows.append([P(CAT_LABEL[cat], st["cell"]) if si == 0 else "", slab]
                        + [F(cat, "total", v, FY(y), subject=subj)
                           for y, v in zip(YEARS, vals[cat][si])])
    tab = Table(rows, colWidths=[55 * mm, 35 * mm, 24 * mm, 24 * mm, 24 * mm], hAlign="LEFT")
    tab.setStyle(grid_style(1, size=9, shade="#D9E2F3",
                            extra=[("SPAN", (0, 1), (0, 2)), ("SPAN", (0, 3), (0, 4)),
                                   ("SPAN", (0, 5), (0, 6)), ("ALIGN", (1, 1), (1, -1), "LEFT")]))
    story = [
        P("<b>POLICE SCOTLAND</b>", st["right"]),
        P("Information Management", st["right"]),
        P(N("Clyde Gateway, 2 French Street, Dalmarnock, Glasgow G40 4EH", "address"),
          st["right"]),
        S(10),
        P(N("Our reference: IM-FOI-2024-1529", "reference"), st["addr"]),
        P(N("Your request dated: 2 April 2024", "date"), st["addr"]),
        P(N("Date of response: 30 April 2024", "date"), st["addr"]),
        S(10),
        P("Dear Requester", st["body"]),
        P("<b>Freedom of Information (Scotland) Act 2002</b>".replace(
            "2002", N("2002", "the Act")), st["body"]),
        P("I refer to your recent request for information, which has been handled in "
          "accordance with the Freedom of Information (Scotland) Act (the Act). You asked:",
          st["body"]),
        P(request_text(), st["quote"]),
        P("<b>Number of allegations</b>", st["h2"]),
        P("The number of allegations of each type recorded by Professional Standards against "
          "Police Scotland officers and police staff in each financial year is provided below.",
          st["body"]),
        tab, S(8),
        P(N("Allegations against police officers are dealt with under the Police Service of "
            "Scotland (Conduct) Regulations 2014 and those against police staff under the Police "
            "Staff Conduct Policy. Figures are by the date the allegation was recorded.",
            "year of the Regulations"), st["small"]),
        P("<b>Outcomes</b>", st["h2"]),
        P(N("Unfortunately I estimate that it would cost well in excess of the current FOI cost "
            "threshold of \u00a3600 to provide the outcome of each allegation, and I am therefore "
            "refusing this part of your request under section 12(1) of the Act (excessive cost "
            "of compliance). Outcomes are held in individual case files, and establishing them "
            "would require each file to be retrieved and read.",
            "cost limit in pounds; section 12(1)"), st["body"]),
        P("<b>Your rights</b>", st["h2"]),
        P(N("Should you require any further assistance please contact Information Management. "
            "If you are dissatisfied with the way in which Police Scotland has dealt with your "
            "request, you are entitled to request a review of our actions and decisions. Your "
            "request must specify the matter which gives rise to your dissatisfaction and it "
            "must be submitted within 40 working days of receiving this response. If you remain "
            "dissatisfied following our review response, you can apply to the Office of the "
            "Scottish Information Commissioner within 6 months for a decision.",
            "40 working days; 6 months"), st["body"]),
        P("Information Management", st["body"]),
    ]
    pdf_letter(src, story, furniture, margins=(20, 20, 22, 20), title="IM-FOI-2024-1529",
               author="Police Scotland")


def build_south_yorkshire():
    """A disclosure-log page that only says 'please find attached', and the attachment beside it:
    a one-page PDF table (categories with outcome rows and a Total row per category, financial
    years across, officers and staff together, said in its title).  The page has no rows."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    page = "south-yorkshire/FOI 20241107.html"
    att = "south-yorkshire/FOI 20241107 response.pdf"
    KEY.file(page, "south-yorkshire")
    body = f"""<header class="site-header">
  <a class="logo" href="/">South Yorkshire Police</a>
  <nav><ul><li><a href="/report/">Report</a></li><li><a href="/contact/">Contact us</a></li>
  <li><a href="/foi/">Freedom of Information</a></li></ul></nav>
</header>
<main id="main">
  <nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi/">Freedom of Information</a> &gt; <a href="/foi/disclosure-log/">Disclosure log</a></nav>
  <article class="disclosure">
    <h1>Allegations of sexual misconduct against officers and staff</h1>
    <table class="meta">
      <tr><th>Reference</th><td>{N("FOI 20241107", "reference")}</td></tr>
      <tr><th>Date published</th><td>{N("14/05/2024", "date")}</td></tr>
      <tr><th>Category</th><td>Professional standards</td></tr>
    </table>
    <h2>Request</h2>
    <p>{E(request_text())}</p>
    <h2>Response</h2>
    <p>Please find our response attached.</p>
    <ul class="attachments">
      <li><a href="/media/20241107/response.pdf">FOI 20241107 response (PDF)</a></li>
    </ul>
  </article>
</main>
<footer class="site-footer"><p>{N("&copy; South Yorkshire Police 2024", "copyright year")}</p>
<p>In an emergency call {N("999", "telephone")}. For non-emergencies call {N("101", "telephone")}.</p></footer>"""
    N("FOI 20241107", "reference in the attachment's link")
    write_text(page, html_page(N("FOI 20241107 \u2013 Allegations of sexual misconduct against "
                                 "officers and staff | South Yorkshire Police",
                                 "reference in the page title"), body))
    # ------------------------------------------------------------------ the attachment
    KEY.file(att, "south-yorkshire")
    st = styles("Helvetica", 9.5)
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_ON]
    data = {SA: ((2, 1, 0), (1, 0, 1), (0, 1, 0), (0, 0, 0), (0, 1, 0), (8, 9, 5), (1, 2, 10)),
            SH: ((1, 2, 1), (0, 1, 0), (3, 2, 2), (4, 5, 2), (9, 11, 7), (7, 8, 6), (0, 1, 13)),
            AP: ((4, 3, 2), (2, 2, 1), (1, 0, 0), (0, 0, 0), (0, 0, 0), (2, 3, 1), (0, 1, 5))}
    rows = [["Allegation type", "Outcome"] + [N(FYLAB[y], "column heading (financial year)")
                                              for y in YEARS]]
    extra = []
    for cat in CATS3:
        first = len(rows)
        for oi, (ol, oc) in enumerate(outs):
            rows.append([P(CAT_LABEL[cat], st["cell"]) if oi == 0 else "", ol]
                        + [F(cat, oc, data[cat][oi][yi], FY(y)) for yi, y in enumerate(YEARS)])
        rows.append(["", "Total"] + [F(cat, "total", sum(data[cat][oi][yi] for oi in
                                                          range(len(outs))), FY(y))
                                     for yi, y in enumerate(YEARS)])
        extra += [("SPAN", (0, first), (0, len(rows) - 1)), ("VALIGN", (0, first), (0, first), "TOP"),
                  ("FONT", (1, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 8.5)]
    tab = Table(rows, colWidths=[48 * mm, 50 * mm, 24 * mm, 24 * mm, 24 * mm], hAlign="LEFT")
    tab.setStyle(grid_style(1, size=8.5, shade="#D9D9D9",
                            extra=extra + [("ALIGN", (1, 1), (1, -1), "LEFT")]))

    def furniture(c, p, n):
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 10 * mm, "South Yorkshire Police \u2013 Freedom of Information")

    story = [
        P(N("<b>South Yorkshire Police \u2013 Freedom of Information request FOI 20241107</b>",
            "reference"), st["h"]),
        P("Allegations of sexual assault, sexual harassment and abuse of position for a sexual "
          "purpose recorded against police officers and police staff, by financial year of "
          "recording and outcome", st["body"]),
        S(4), tab, S(6),
        P(N("Source: Professional Standards Department case management system, 8 May 2024. "
            "\u2018Ongoing\u2019 means not finalised on that date. Officers and staff are counted "
            "together.", "date"), st["small"]),
    ]
    pdf_letter(att, story, furniture, margins=(20, 20, 18, 18), title="FOI 20241107",
               author="South Yorkshire Police")


def build_north_yorkshire():
    """Workbook with one sheet per financial year ('2021-22', '2022-23', '2023-24'), each with
    two title rows, a header row 'Allegation type | Outcome | Police officers | Police staff |
    Total', the allegation type on the first row of its block, and a Total row per category;
    the Total column and Total rows are formulas with cached values, as Excel saves them."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "north-yorkshire/FOI NYP-2024-1544 response.xlsx"
    KEY.file(src, "north-yorkshire")
    outs = [O_D, O_F, O_WW, O_RP, O_N, O_ON]
    # [year][cat] = list of (officers, staff) in the order of outs
    data = {2021: {SA: [(1, 0), (0, 0), (1, 0), (0, 0), (4, 1), (0, 0)],
                   SH: [(1, 0), (2, 1), (2, 1), (5, 2), (4, 2), (0, 0)],
                   AP: [(2, 0), (1, 0), (0, 0), (0, 0), (1, 0), (0, 0)]},
            2022: {SA: [(1, 0), (1, 0), (0, 0), (0, 1), (3, 1), (1, 0)],
                   SH: [(0, 1), (3, 0), (3, 1), (6, 2), (5, 1), (1, 0)],
                   AP: [(3, 0), (0, 0), (0, 0), (0, 0), (2, 0), (0, 0)]},
            2023: {SA: [(0, 0), (0, 0), (1, 0), (0, 0), (2, 1), (5, 1)],
                   SH: [(1, 0), (1, 1), (2, 0), (4, 2), (3, 1), (7, 2)],
                   AP: [(1, 0), (0, 0), (0, 0), (0, 0), (1, 0), (4, 0)]}}
    wb = openpyxl.Workbook()
    cached = {}
    head_fill = PatternFill("solid", fgColor="1F3864")
    tot_fill = PatternFill("solid", fgColor="D9E1F2")
    first = True
    for y in YEARS:
        title = N(FYLAB[y].replace("/", "-"), "sheet name (financial year)")
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        cached[title] = {}
        ws["A1"] = N("North Yorkshire Police \u2013 Freedom of Information request NYP-2024-1544",
                     "reference")
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = N(f"Allegations recorded in the financial year {FYLAB[y]} against police "
                     f"officers and police staff, by outcome", "financial year in the title row")
        ws["A2"].font = Font(italic=True)
        ws.append([])
        ws.append(["Allegation type", "Outcome", "Police officers", "Police staff", "Total"])
        for c in ws[4]:
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = head_fill
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r = 5
        for cat in CATS3:
            top = r
            for oi, (ol, oc) in enumerate(outs):
                o, s = data[y][cat][oi]
                ws.cell(r, 1, CAT_LABEL[cat] if oi == 0 else None)
                ws.cell(r, 2, ol)
                ws.cell(r, 3, int(F(cat, oc, o, FY(y), subject="officers")))
                ws.cell(r, 4, int(F(cat, oc, s, FY(y), subject="staff")))
                ws.cell(r, 5, f"=SUM(C{r}:D{r})")
                cached[title][f"E{r}"] = int(F(cat, oc, o + s, FY(y)))
                r += 1
            ws.cell(r, 2, "Total")
            to = sum(v[0] for v in data[y][cat])
            ts = sum(v[1] for v in data[y][cat])
            for col, v, subj in (("C", to, "officers"), ("D", ts, "staff"),
                                 ("E", to + ts, "officers_and_staff")):
                ws[f"{col}{r}"] = f"=SUM({col}{top}:{col}{r - 1})"
                cached[title][f"{col}{r}"] = int(F(cat, "total", v, FY(y), subject=subj))
            for c in ws[r]:
                c.font = Font(bold=True)
                c.fill = tot_fill
            r += 1
        r += 1
        ws.cell(r, 1, N("Notes: allegations are counted in the financial year in which they were "
                        "recorded. \u2018Ongoing\u2019 means not finalised on 30 April 2024. "
                        "\u2018Reflective practice\u2019 includes management advice for police "
                        "staff.", "date"))
        ws.column_dimensions["A"].width = 38
        ws.column_dimensions["B"].width = 24
        for col in "CDE":
            ws.column_dimensions[col].width = 14
        ws.freeze_panes = "A5"
    xlsx_save(wb, src, creator="NYP Civil Disclosure Unit", cached=cached)


def build_leicestershire():
    """Leicestershire Police house style (as in the corpus): one sheet, preamble rows 1-3, blank
    row 4, header row 5, long format with only non-zero rows, title-case labels, autofilter and
    frozen panes, notes below a blank row.  Drift: a 'Financial Year' column ('2021/22' as text)
    instead of months."""
    import openpyxl
    from openpyxl.styles import Font
    src = "leicestershire/FOI 001477-24 disclosure.xlsx"
    KEY.file(src, "leicestershire")
    D = ("Dismissed", "dismissed")
    WHB = ("Would Have Been Dismissed", "would_have_been_dismissed")
    FWW = ("Final Written Warning", "final_written_warning")
    WW = ("Written Warning", "written_warning")
    RP = ("Reflective Practice", "management_action")
    NCA = ("No Case To Answer", "no_case_to_answer")
    WD = ("Withdrawn", "withdrawn")
    UI = ("Under Investigation", "ongoing")
    rows = [
        (2021, SA, "officers", [(D, 1), (NCA, 5), (WD, 1)]),
        (2021, SA, "staff", [(NCA, 1)]),
        (2021, SH, "officers", [(FWW, 2), (WW, 3), (RP, 6), (NCA, 5)]),
        (2021, SH, "staff", [(WW, 1), (RP, 2), (NCA, 2)]),
        (2021, AP, "officers", [(D, 2), (WHB, 1), (NCA, 1)]),
        (2022, SA, "officers", [(D, 2), (FWW, 1), (NCA, 6)]),
        (2022, SA, "staff", [(NCA, 2)]),
        (2022, SH, "officers", [(D, 1), (FWW, 3), (WW, 2), (RP, 8), (NCA, 6), (WD, 1)]),
        (2022, SH, "staff", [(FWW, 1), (RP, 3), (NCA, 1)]),
        (2022, AP, "officers", [(D, 3), (NCA, 2)]),
        (2022, AP, "staff", [(NCA, 1)]),
        (2023, SA, "officers", [(NCA, 3), (UI, 6)]),
        (2023, SA, "staff", [(UI, 1)]),
        (2023, SH, "officers", [(D, 1), (FWW, 2), (WW, 2), (RP, 5), (NCA, 4), (UI, 9)]),
        (2023, SH, "staff", [(RP, 2), (UI, 2)]),
        (2023, AP, "officers", [(D, 1), (WHB, 1), (UI, 4)]),
    ]
    cat_lab = {SA: "Sexual Assault", SH: "Sexual Harassment",
               AP: "Abuse Of Position For A Sexual Purpose"}
    subj_lab = {"officers": "Police Officer", "staff": "Police Staff"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = N("FOI 001477-24", "reference (sheet name)")
    ws["A1"] = "Leicestershire Police"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = N("Freedom of Information Request 001477-24 \u2013 allegations of sexual "
                 "assault, sexual harassment and abuse of position for a sexual purpose against "
                 "police officers and police staff", "reference")
    ws["A3"] = N("Allegations recorded between 01/04/2021 and 31/03/2024, by financial year of "
                 "recording and outcome", "the request's dates")
    ws.append([])
    ws.append(["Financial Year", "Allegation Category", "Subject", "Outcome",
               "Number of Allegations"])
    for c in ws[5]:
        c.font = Font(bold=True)
    for y, cat, subj, outs in rows:
        for (ol, oc), v in outs:
            ws.append([N(FYLAB[y], "the row's financial year"), cat_lab[cat], subj_lab[subj], ol,
                       int(F(cat, oc, v, FY(y), subject=subj))])
    last = ws.max_row
    ws.auto_filter.ref = f"A5:E{last}"
    ws.freeze_panes = "A6"
    ws.append([])
    ws.append(["Notes"])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append(["Only combinations with one or more allegations are listed."
               .replace("one or more", N("one or more", "'one or more' (a rule, not a figure)"))])
    ws.append([N("Under Investigation: not finalised when the data was extracted on 24/04/2024.",
                 "date")])
    ws.append(["Source: Professional Standards Department, Centurion."])
    for col, w in zip("ABCDE", (16, 40, 16, 28, 22)):
        ws.column_dimensions[col].width = w
    xlsx_save(wb, src, creator="Leicestershire Police PSD")


def build_derbyshire():
    """Workbook, one sheet, one block per financial year stacked down the sheet (a merged
    heading row naming the year above a header row), categories down, outcomes across, a Total
    column; officers and staff together; '<5' for figures from one to four (withheld, s40(2),
    keyed 0..4), zeros shown; a Notes block at the foot."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "derbyshire/FOI 24-4408 response.xlsx"
    KEY.file(src, "derbyshire")
    outs = [O_D, O_F, O_WW, O_RP, O_N, O_ON]
    data = {2021: {SA: (2, 1, 0, 0, 7, 0), SH: (1, 3, 5, 9, 8, 0), AP: (3, 1, 0, 0, 2, 0)},
            2022: {SA: (1, 0, 1, 1, 9, 2), SH: (2, 4, 6, 11, 7, 1), AP: (4, 0, 0, 0, 3, 1)},
            2023: {SA: (0, 1, 0, 0, 5, 7), SH: (1, 2, 3, 8, 6, 12), AP: (2, 0, 0, 0, 1, 4)}}

    def cell(cat, oc, v, per):
        if 1 <= v <= 4:
            F(cat, oc, SUP(), per, said="<5")
            return "<5"
        return int(F(cat, oc, v, per))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = N("Derbyshire Constabulary \u2013 FOI 24-4408", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Allegations of sexual assault, sexual harassment and abuse of position for a "
                "sexual purpose against police officers and police staff, by outcome")
    fill = PatternFill("solid", fgColor="DDEBF7")
    r = 4
    for y in YEARS:
        ws.cell(r, 1, N(f"Financial year {FYLAB[y]}", "block heading (financial year)"))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = fill
        r += 1
        for ci, h in enumerate(["Allegation type"] + [o[0] for o in outs] + ["Total"], 1):
            ws.cell(r, ci, h).font = Font(bold=True)
            ws.cell(r, ci).alignment = Alignment(wrap_text=True, horizontal="center")
        r += 1
        for cat in CATS3:
            vals = data[y][cat]
            ws.cell(r, 1, CAT_LABEL[cat])
            for ci, ((ol, oc), v) in enumerate(zip(outs, vals), 2):
                ws.cell(r, ci, cell(cat, oc, v, FY(y)))
            ws.cell(r, 8, cell(cat, "total", sum(vals), FY(y))).font = Font(bold=True)
            r += 1
        r += 1
    ws.cell(r, 1, "Notes").font = Font(bold=True)
    ws.cell(r + 1, 1, N("<5 = fewer than five allegations. Figures below five have been withheld "
                        "under section 40(2) of the Freedom of Information Act 2000, as they "
                        "could identify the individuals involved.",
                        "threshold of the suppression; section 40(2); the Act"))
    ws.cell(r + 2, 1, N("Allegations are counted by the financial year (1 April to 31 March) in "
                        "which they were recorded; outcomes as at 29 April 2024.",
                        "definition of the financial year; date"))
    ws.column_dimensions["A"].width = 40
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 13
    for rr in range(5, r, 5):
        ws.row_dimensions[rr].height = 30
    xlsx_save(wb, src, creator="Derbyshire Constabulary")


def build_gloucestershire():
    """A disclosure-log page that only says 'please find attached', and the workbook beside it:
    sheet 'Allegations' (categories down, each financial year spanning Officers / Staff in a
    merged two-row header) and sheet 'Outcomes' (category blocks of outcome rows with a Total
    row, financial years across, officers and staff together).  The page has no rows."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    page = "gloucestershire/FOI 2024-1198.html"
    att = "gloucestershire/FOI 2024-1198 response.xlsx"
    KEY.file(page, "gloucestershire")
    body = f"""<div class="govuk-width-container">
<header class="header"><a href="/" class="header__logo">Gloucestershire Constabulary</a></header>
<main class="govuk-main-wrapper">
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/foi/">Freedom of information</a> / <a href="/foi/disclosures/">Disclosures</a></div>
<h1 class="govuk-heading-l">Sexual misconduct allegations against officers and staff</h1>
<dl class="summary-list">
<dt>Reference number</dt><dd>{N("FOI 2024-1198", "reference")}</dd>
<dt>Date of response</dt><dd>{N("9 May 2024", "date")}</dd>
<dt>Theme</dt><dd>Professional standards</dd>
</dl>
<h2 class="govuk-heading-m">Request</h2>
<p class="govuk-body">{E(request_text())}</p>
<h2 class="govuk-heading-m">Response</h2>
<p class="govuk-body">Please find attached our response to your request.</p>
<div class="attachment">
<a href="/media/FOI%202024-1198%20response.xlsx">{N("FOI 2024-1198", "reference in the attachment's link")} response</a>
<span class="attachment__meta">Excel spreadsheet</span>
</div>
</main>
<footer class="footer">{N("&copy; Gloucestershire Constabulary 2024", "copyright year")}</footer>
</div>"""
    write_text(page, html_page(N("FOI 2024-1198 - Gloucestershire Constabulary",
                                 "reference in the page title"), body))
    # ------------------------------------------------------------------ the attachment
    KEY.file(att, "gloucestershire")
    t1 = {SA: ((4, 1), (5, 0), (3, 1)), SH: ((9, 3), (11, 2), (10, 4)),
          AP: ((2, 0), (3, 0), (2, 0))}
    outs = [O_D, O_F, O_RP, O_N, O_WD, O_ON]
    t2 = {SA: ((1, 1, 0), (0, 1, 0), (0, 0, 0), (3, 3, 1), (1, 0, 0), (0, 0, 3)),
          SH: ((1, 0, 1), (2, 2, 1), (4, 5, 3), (5, 4, 3), (0, 1, 0), (0, 1, 6)),
          AP: ((1, 2, 0), (0, 0, 0), (0, 0, 0), (1, 1, 0), (0, 0, 0), (0, 0, 2))}
    for cat in CATS3:
        for yi in range(3):
            assert sum(t2[cat][oi][yi] for oi in range(len(outs))) == sum(t1[cat][yi]), (cat, yi)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = N("Gloucestershire Constabulary \u2013 FOI 2024-1198", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Number of allegations recorded against police officers and police staff, by "
                "financial year")
    ws["A4"] = "Allegation type"
    ws.merge_cells("A4:A5")
    for i, y in enumerate(YEARS):
        c = 2 + 2 * i
        ws.cell(4, c, N(FYLAB[y], "column heading (financial year)"))
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
        ws.cell(5, c, "Officers")
        ws.cell(5, c + 1, "Staff")
    for row in ws.iter_rows(min_row=4, max_row=5):
        for c in row:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center")
    for ri, cat in enumerate(CATS3, 6):
        ws.cell(ri, 1, CAT_LABEL[cat])
        for i, y in enumerate(YEARS):
            ws.cell(ri, 2 + 2 * i, int(F(cat, "total", t1[cat][i][0], FY(y), subject="officers")))
            ws.cell(ri, 3 + 2 * i, int(F(cat, "total", t1[cat][i][1], FY(y), subject="staff")))
    ws.column_dimensions["A"].width = 40
    ws2 = wb.create_sheet("Outcomes")
    ws2["A1"] = N("Gloucestershire Constabulary \u2013 FOI 2024-1198", "reference")
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = ("Outcome of allegations against police officers and police staff (combined), by "
                 "financial year in which the allegation was recorded")
    ws2.append([])
    ws2.append(["Allegation type", "Outcome"] + [N(FYLAB[y], "column heading (financial year)")
                                                 for y in YEARS])
    for c in ws2[4]:
        c.font = Font(bold=True)
    for cat in CATS3:
        for oi, (ol, oc) in enumerate(outs):
            ws2.append([CAT_LABEL[cat], ol] + [int(F(cat, oc, t2[cat][oi][yi], FY(y)))
                                              for yi, y in enumerate(YEARS)])
        ws2.append([CAT_LABEL[cat], "Total"] + [int(F(cat, "total", sum(t1[cat][yi]), FY(y)))
                                               for yi, y in enumerate(YEARS)])
        for c in ws2[ws2.max_row]:
            c.font = Font(bold=True)
    ws2.append([])
    ws2.append([N("Outcomes as at 2 May 2024. Ongoing = investigation or proceedings not yet "
                  "concluded.", "date")])
    ws2.column_dimensions["A"].width = 40
    ws2.column_dimensions["B"].width = 24
    xlsx_save(wb, att, creator="Gloucestershire Constabulary")


def build_gwent():
    """Word letter: police officers' figures in two Word tables (categories by financial year
    with a Total column; outcomes down and categories across for the three years together, its
    Total row restating the Total column); police staff NOT HELD (staff misconduct is handled
    by People Services, whose system does not record the nature of an allegation)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "gwent/FOI 2024-1877 response.docx"
    KEY.file(src, "gwent", subject="officers")
    t1 = {SA: (4, 6, 5), SH: (11, 13, 12), AP: (3, 2, 4)}
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_ON]
    t2 = {SA: (2, 1, 1, 0, 1, 7, 3), SH: (2, 1, 4, 6, 11, 8, 4), AP: (3, 2, 0, 0, 0, 2, 2)}
    for cat in CATS3:
        assert sum(t2[cat]) == sum(t1[cat])
    d = docx_new("Arial", 11)
    docx_header_footer(d, "SWYDDOGOL / OFFICIAL", "Heddlu Gwent Police \u2013 Uned Rhyddid "
                       "Gwybodaeth / Freedom of Information Unit")
    docx_heading(d, "Heddlu Gwent Police", 14)
    d.add_paragraph(N("Police Headquarters, Llantarnam Industrial Park, Cwmbran NP44 3FW",
                      "address"))
    d.add_paragraph(N("Reference: FOI 2024-1877\nDate: 1 May 2024", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N("Thank you for your request for information received on 3 April 2024. "
                      "You asked:", "date"))
    q = d.add_paragraph(request_text())
    q.paragraph_format.left_indent = 457200
    for r in q.runs:
        r.italic = True
    docx_heading(d, "Police officers", 11)
    d.add_paragraph(N("Gwent Police holds information about allegations against police "
                      "officers. Table 1 shows the number recorded in each financial year and "
                      "Table 2 the outcomes of those allegations over the three years.",
                      "table numbers; 'the three years' of the request"))
    d.add_paragraph(N("Table 1: Allegations against police officers", "table number"))
    t = d.add_table(rows=4, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Allegation type"] + [N(FYLAB[y], "column heading (financial year)")
                                                 for y in YEARS] + ["Total"]):
        docx_cell(t.rows[0].cells[i], h, bold=True, size=10)
        docx_shade(t.rows[0].cells[i], "D9E2F3")
    for ri, cat in enumerate(CATS3, 1):
        cells = t.rows[ri].cells
        docx_cell(cells[0], CAT_LABEL[cat], size=10)
        for ci, (y, v) in enumerate(zip(YEARS, t1[cat]), 1):
            docx_cell(cells[ci], F(cat, "total", v, FY(y)), size=10,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
        docx_cell(cells[4], F(cat, "total", sum(t1[cat]), REQ_SPAN), bold=True, size=10,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph("")
    d.add_paragraph(N("Table 2: Outcomes of allegations against police officers, 1 April 2021 "
                      "to 31 March 2024", "table number; the period of the table"))
    t = d.add_table(rows=len(outs) + 2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Outcome"] + [CAT_LABEL[c] for c in CATS3]):
        docx_cell(t.rows[0].cells[i], h, bold=True, size=10)
        docx_shade(t.rows[0].cells[i], "D9E2F3")
    for oi, (ol, oc) in enumerate(outs, 1):
        docx_cell(t.rows[oi].cells[0], ol, size=10)
        for ci, cat in enumerate(CATS3, 1):
            docx_cell(t.rows[oi].cells[ci], F(cat, oc, t2[cat][oi - 1], REQ_SPAN), size=10,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
    last = t.rows[len(outs) + 1].cells
    docx_cell(last[0], "Total", bold=True, size=10)
    for ci, cat in enumerate(CATS3, 1):
        docx_cell(last[ci], F(cat, "total", sum(t1[cat]), REQ_SPAN, restated=True), bold=True,
                  size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph("")
    d.add_paragraph(N("Outcomes are as recorded on 24 April 2024; \u2018Ongoing\u2019 means "
                      "that the matter had not concluded on that date.", "date"))
    docx_heading(d, "Police staff", 11)
    for cat in CATS3:
        F(cat, "total", NH, REQ_SPAN, subject="staff", printed=False)
    d.add_paragraph(N("Gwent Police does not hold this information for police staff. Misconduct "
                      "by police staff is dealt with by People Services under the Police Staff "
                      "Disciplinary Procedure, and their case management system records the "
                      "procedure followed and its outcome but not the nature of the allegation. "
                      "In accordance with section 1(1)(a) of the Act, this letter serves as "
                      "notice that the information is not held.", "section 1(1)(a)"))
    docx_heading(d, "Complaint rights", 11)
    d.add_paragraph(rights("the Freedom of Information Unit"))
    d.add_paragraph("Yours sincerely,\n\nFreedom of Information Officer\nGwent Police")
    docx_save(d, src, "Gwent Police Freedom of Information Unit")


def build_norfolk():
    """Word letter with numbered answers: Q1 a Word table (financial years down, categories
    across, a 'Total (three years)' row), officers and staff together; Q2 the outcomes over the
    three years in prose, one paragraph per category, each restating its three-year total."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "norfolk/FOI 000912-24 response.docx"
    KEY.file(src, "norfolk")
    vals = {SA: (8, 10, 9), SH: (19, 22, 24), AP: (5, 4, 6)}
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", "Norfolk Constabulary, Jubilee House, Falconers Chase, "
                       "Wymondham, Norfolk NR18 0WW")
    docx_heading(d, "Norfolk Constabulary", 14)
    d.add_paragraph("Information Management Department")
    d.add_paragraph(N("Our reference: FOI 000912-24\nDate: 2 May 2024", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N("Thank you for your request for information received on 3 April 2024, "
                      "which we have dealt with under the Freedom of Information Act 2000. I have "
                      "split your request into two questions:", "date; the Act"))
    d.add_paragraph(N("1. How many allegations of sexual assault, sexual harassment and abuse of "
                      "position for a sexual purpose were made against police officers and police "
                      "staff in each of the financial years 2021/22, 2022/23 and 2023/24?",
                      "question number; the financial years of the request"))
    d.add_paragraph(N("2. What was the outcome of each allegation?", "question number"))
    docx_heading(d, N("Response to question 1", "question number"), 11)
    d.add_paragraph("The number of allegations recorded against police officers and police "
                    "staff (together) is shown below.")
    t = d.add_table(rows=5, cols=4)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Financial year"] + [CAT_LABEL[c] for c in CATS3]):
        docx_cell(t.rows[0].cells[i], h, bold=True, size=10)
    for ri, y in enumerate(YEARS, 1):
        docx_cell(t.rows[ri].cells[0], N(FYLAB[y], "row heading (financial year)"), size=10)
        for ci, cat in enumerate(CATS3, 1):
            docx_cell(t.rows[ri].cells[ci], F(cat, "total", vals[cat][ri - 1], FY(y)), size=10,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
    docx_cell(t.rows[4].cells[0], N("Total (three years)", "the three years of the request"),
              bold=True, size=10)
    for ci, cat in enumerate(CATS3, 1):
        docx_cell(t.rows[4].cells[ci], F(cat, "total", sum(vals[cat]), REQ_SPAN), bold=True,
                  size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph("")
    docx_heading(d, N("Response to question 2", "question number"), 11)
    sp = REQ_SPAN
    d.add_paragraph(N("Outcomes are given for the three years together, for officers and staff "
                      "together, as at 26 April 2024.", "the three years of the request; date"))
    d.add_paragraph(L(
        "Sexual assault: of the {t} allegations, {d} resulted in dismissal and {f} in a final "
        "written warning; {n} were found to have no case to answer and {o} remain under "
        "investigation.",
        t=F(SA, "total", 27, sp, restated=True), d=F(SA, "dismissed", 3, sp),
        f=F(SA, "final_written_warning", 1, sp), n=F(SA, "no_case_to_answer", 15, sp),
        o=F(SA, "ongoing", 8, sp)))
    d.add_paragraph(L(
        "Sexual harassment: of the {t} allegations, {d} resulted in dismissal, {f} in a final "
        "written warning, {w} in a written warning and {r} in reflective practice; {n} were "
        "found to have no case to answer, {wd} were withdrawn and {o} remain under "
        "investigation.",
        t=F(SH, "total", 65, sp, restated=True), d=F(SH, "dismissed", 4, sp),
        f=F(SH, "final_written_warning", 6, sp), w=F(SH, "written_warning", 9, sp),
        r=F(SH, "management_action", 21, sp), n=F(SH, "no_case_to_answer", 14, sp),
        wd=F(SH, "withdrawn", 2, sp), o=F(SH, "ongoing", 9, sp)))
    d.add_paragraph(L(
        "Abuse of position for a sexual purpose: of the {t} allegations, {d} resulted in "
        "dismissal and {w} in a finding that the officer would have been dismissed had they not "
        "already left the force; {n} were found to have no case to answer and {o} remain under "
        "investigation.",
        t=F(AP, "total", 15, sp, restated=True), d=F(AP, "dismissed", 7, sp),
        w=F(AP, "would_have_been_dismissed", 2, sp), n=F(AP, "no_case_to_answer", 3, sp),
        o=F(AP, "ongoing", 3, sp)))
    assert 3 + 1 + 15 + 8 == 27 and 4 + 6 + 9 + 21 + 14 + 2 + 9 == 65 and 7 + 2 + 3 + 3 == 15
    docx_heading(d, "Your rights", 11)
    d.add_paragraph(rights("the Information Management Department"))
    d.add_paragraph("Yours sincerely,\n\nInformation Management Officer\nNorfolk Constabulary")
    docx_save(d, src, "Norfolk Constabulary")


def build_suffolk():
    """Word letter with three Word tables, one per financial year, outcomes down and the three
    categories across, a Total row; officers and staff together; 'Management advice / reflective
    practice'."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "suffolk/FOI 002877-24 response.docx"
    KEY.file(src, "suffolk")
    outs = [O_D, O_F, O_WW, ("Management advice / reflective practice", "management_action"),
            O_N, O_ON]
    data = {2021: {SA: (1, 0, 0, 0, 4, 0), SH: (1, 2, 2, 4, 3, 0), AP: (2, 0, 0, 0, 1, 0)},
            2022: {SA: (0, 1, 0, 1, 3, 1), SH: (0, 1, 3, 5, 4, 1), AP: (1, 1, 0, 0, 1, 1)},
            2023: {SA: (1, 0, 0, 0, 2, 4), SH: (1, 1, 1, 3, 3, 6), AP: (1, 0, 0, 0, 0, 3)}}
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "OFFICIAL", "Suffolk Constabulary, Martlesham Heath, Ipswich, "
                       "Suffolk IP5 3QS")
    docx_heading(d, "Suffolk Constabulary", 14)
    d.add_paragraph("Information Management Department")
    d.add_paragraph(N("Freedom of Information request reference: FOI 002877-24", "reference"))
    d.add_paragraph(N("7 May 2024", "date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N("I write in connection with your request for information received on "
                      "2 April 2024, in which you asked:", "date"))
    q = d.add_paragraph(request_text())
    q.paragraph_format.left_indent = 457200
    d.add_paragraph("Suffolk Constabulary holds the information you have requested. The tables "
                    "below show, for each financial year, the number of allegations of each type "
                    "made against police officers and police staff (shown together) and their "
                    "outcomes.")
    for ti, y in enumerate(YEARS, 1):
        docx_heading(d, N(f"Table {ti}: {FYLAB[y]}", "table number; financial year"), 11)
        t = d.add_table(rows=len(outs) + 2, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Outcome"] + [CAT_LABEL[c] for c in CATS3]):
            docx_cell(t.rows[0].cells[i], h, bold=True, size=10)
            docx_shade(t.rows[0].cells[i], "E2EFDA")
        for oi, (ol, oc) in enumerate(outs, 1):
            docx_cell(t.rows[oi].cells[0], ol, size=10)
            for ci, cat in enumerate(CATS3, 1):
                docx_cell(t.rows[oi].cells[ci], F(cat, oc, data[y][cat][oi - 1], FY(y)),
                          size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
        last = t.rows[len(outs) + 1].cells
        docx_cell(last[0], "Total", bold=True, size=10)
        for ci, cat in enumerate(CATS3, 1):
            docx_cell(last[ci], F(cat, "total", sum(data[y][cat]), FY(y)), bold=True, size=10,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
        d.add_paragraph("")
    d.add_paragraph(N("Allegations are shown in the financial year in which they were recorded. "
                      "\u2018Ongoing\u2019 means that the allegation was still being investigated "
                      "or was awaiting a meeting or hearing on 30 April 2024.", "date"))
    docx_heading(d, "Complaint rights", 11)
    d.add_paragraph(rights("the Information Management Department"))
    d.add_paragraph("Yours sincerely,\n\nDisclosure Officer\nSuffolk Constabulary")
    docx_save(d, src, "Suffolk Constabulary")


def build_wiltshire():
    """Wiltshire Police house style (as in the corpus): Word letter, OFFICIAL header and footer,
    letterhead with a rule, no table; a heading per financial year, a bullet per category giving
    the total and its split between officers and staff ('police officers 3, police staff 1'),
    and the outcomes (officers and staff together) as sub-bullets 'Label: n' (List Bullet 2)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    src = "wiltshire/FOI 2024-04211 response.docx"
    KEY.file(src, "wiltshire")
    # year -> [(cat, officers, staff, [(label, outcome, n), ...])]
    data = {2021: [(SA, 3, 1, [(O_N, 3), (O_WD, 1)]),
                   (SH, 7, 2, [(O_F, 1), (O_WW, 2), (O_RP, 3), (O_N, 3)]),
                   (AP, 2, 0, [(O_D, 2)])],
            2022: [(SA, 5, 0, [(O_D, 1), (O_N, 3), (O_ON, 1)]),
                   (SH, 8, 3, [(O_D, 1), (O_F, 2), (O_WW, 1), (O_RP, 4), (O_N, 3)]),
                   (AP, 3, 0, [(O_D, 1), (O_W, 1), (O_N, 1)])],
            2023: [(SA, 2, 1, [(O_N, 1), (O_ON, 2)]),
                   (SH, 9, 3, [(O_F, 1), (O_WW, 2), (O_RP, 3), (O_N, 2), (O_ON, 4)]),
                   (AP, 1, 0, [(O_ON, 1)])]}
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", "OFFICIAL")
    docx_heading(d, "Wiltshire Police", 16)
    rule = d.add_paragraph("Freedom of Information Unit, London Road, Devizes SN10 2DN"
                           .replace("SN10 2DN", N("SN10 2DN", "postcode")))
    pPr = rule._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "1F3864")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    pPr.append(bdr)
    d.add_paragraph(N("Reference: FOI 2024-04211\nDate: 8 May 2024", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N("Thank you for your request for information dated 2 April 2024, which has "
                      "been dealt with under the Freedom of Information Act 2000. You asked:",
                      "date; the Act"))
    q = d.add_paragraph(request_text())
    q.paragraph_format.left_indent = 457200
    d.add_paragraph("Wiltshire Police holds this information. For each financial year the "
                    "number of allegations of each type is given below, with the split between "
                    "police officers and police staff, followed by the outcomes of those "
                    "allegations (officers and staff together).")
    for y in YEARS:
        d.add_paragraph(N(f"Financial year {FYLAB[y]}", "heading (financial year)"),
                        style="Heading 2")
        for cat, o, s, outs in data[y]:
            assert sum(v for _, v in outs) == o + s
            word = "allegation" if o + s == 1 else "allegations"
            d.add_paragraph(L("{cat}: {t} " + word + " (police officers {o}, police staff {s})",
                              cat=CAT_LABEL[cat], t=F(cat, "total", o + s, FY(y)),
                              o=F(cat, "total", o, FY(y), subject="officers"),
                              s=F(cat, "total", s, FY(y), subject="staff")),
                            style="List Bullet")
            for (ol, oc), v in outs:
                d.add_paragraph(L("{l}: {v}", l=ol, v=F(cat, oc, v, FY(y))), style="List Bullet 2")
    d.add_paragraph(N("Outcomes are as recorded on 1 May 2024. \u2018Ongoing\u2019 means that the "
                      "investigation or misconduct proceedings had not concluded on that date.",
                      "date"))
    d.add_paragraph(rights("the Freedom of Information Unit"))
    d.add_paragraph("Yours sincerely,\n\nFreedom of Information Officer\nWiltshire Police")
    docx_save(d, src, "Wiltshire Police")


def build_merseyside():
    """Merseyside Police house style (as in the corpus): disclosure-log page, `foi-body`, a
    `border="1"` table with two header rows; drifted: all three categories in one table, the
    type of allegation a rowspan cell over its outcome rows and Total row, and the three
    financial years as colspan groups each split Officers / Staff."""
    src = "merseyside/FOI-2024-1355.html"
    KEY.file(src, "merseyside")
    cats = [
        (SA, [O_D, O_F, O_N, O_ON],
         {"officers": ((2, 1, 7, 0), (1, 0, 9, 2), (1, 1, 5, 8)),
          "staff": ((0, 0, 2, 0), (1, 0, 1, 0), (0, 0, 1, 2))}),
        (SH, [O_D, O_F, O_WW, O_RP, O_N, O_ON],
         {"officers": ((1, 3, 4, 8, 9, 0), (2, 4, 3, 10, 8, 2), (1, 2, 2, 7, 6, 14)),
          "staff": ((1, 1, 2, 2, 3, 0), (0, 1, 1, 3, 2, 1), (1, 0, 1, 2, 2, 4))}),
        (AP, [O_D, O_W, O_N, O_ON],
         {"officers": ((4, 2, 2, 0), (3, 3, 3, 1), (2, 1, 1, 5)),
          "staff": ((0, 0, 0, 0), (0, 0, 1, 0), (0, 0, 0, 0))}),
    ]
    trs = []
    for cat, outs, vals in cats:
        n = len(outs) + 1
        for oi, (ol, oc) in enumerate(outs):
            cells = "".join(f"<td>{F(cat, oc, vals[subj][yi][oi], FY(y), subject=subj)}</td>"
                            for yi, y in enumerate(YEARS) for subj in ("officers", "staff"))
            lead = (f'<th rowspan="{n}" scope="rowgroup">{E(CAT_LABEL[cat])}</th>'
                    if oi == 0 else "")
            trs.append(f"        <tr>{lead}<td>{E(ol)}</td>{cells}</tr>")
        cells = "".join(f"<td><strong>{F(cat, 'total', sum(vals[subj][yi]), FY(y), subject=subj)}"
                        f"</strong></td>" for yi, y in enumerate(YEARS)
                        for subj in ("officers", "staff"))
        trs.append(f'        <tr class="total-row"><td><strong>Total</strong></td>{cells}</tr>')
    years = "\n".join(f'          <th colspan="2" scope="colgroup">'
                      f'{N(FYLAB[y], "column heading (financial year)")}</th>' for y in YEARS)
    subs = "\n".join('          <th scope="col">Officers</th>\n          <th scope="col">Staff</th>'
                     for _ in YEARS)
    rows = "\n".join(trs)
    html = f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{N("FOI 2024-1355 &ndash; Sexual misconduct allegations against officers and staff 2021/22 to 2023/24", "reference; the years of the request")} | Merseyside Police</title>
  <link rel="stylesheet" href="/css/merseyside.bundle.css">
  <script async src="/js/analytics.js"></script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" hidden>
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
    <h1>{N("Sexual misconduct allegations against officers and staff 2021/22 to 2023/24", "the years of the request")}</h1>
    <p class="foi-meta"><span class="foi-meta__ref">{N("Reference: 2024-1355", "reference")}</span> | <span class="foi-meta__date">{N("Published: 21/05/2024", "date")}</span></p>
    <h2>Request</h2>
    <p>{E(request_text())}</p>
    <h2>Response</h2>
    <p>{N("Merseyside Police can confirm that the information you have requested is held. In accordance with Section 1(1)(a) and Section 1(1)(b) of the Freedom of Information Act 2000, the information is provided below.", "sections 1(1)(a) and (b); the Act")}</p>
    <h3>Allegations recorded against police officers and police staff, by type, outcome and financial year of recording</h3>
    <table class="foi-table" border="1" cellpadding="4">
      <thead>
        <tr>
          <th rowspan="2" scope="col">Type of allegation</th>
          <th rowspan="2" scope="col">Outcome</th>
{years}
        </tr>
        <tr>
{subs}
        </tr>
      </thead>
      <tbody>
{rows}
      </tbody>
    </table>
    <p class="table-note">Notes: figures are the number of allegations recorded against police officers and police staff in each financial year (1 April to 31 March). Outcomes that no allegation of a type reached are not listed for that type.</p>
    <p class="table-note">{N("&lsquo;Ongoing&rsquo; means the allegation had not been finalised when the data was extracted on 13/05/2024. &lsquo;Reflective practice&rsquo; is the Reflective Practice Review Process.", "date")}</p>
    <h2>Complaint rights</h2>
    <p>{N("If you are dissatisfied with this response you may request an internal review within 40 working days by emailing the Freedom of Information Unit. If you remain dissatisfied you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF", "40 working days")} (<a href="https://ico.org.uk">ico.org.uk</a>).</p>
  </div>
</div>
<footer class="site-footer">
  <p>Merseyside Police, Canning Place, Liverpool L1 8JX</p>
  <p>{N("Emergency: 999 &middot; Non-emergency: 101", "telephone numbers")}</p>
  <p>{N("&copy; 2024 Merseyside Police. All rights reserved.", "copyright year")}</p>
</footer>
</body>
</html>
"""
    N("1 April to 31 March", "definition of the financial year (in the first note)")
    write_text(src, html)


def build_humberside():
    """Disclosure-log page; the force counts CASES (conduct matters) and says so; Table 1 cases
    by category, each financial year spanning Officers / Staff, and a Total column over the three
    years and both groups; Table 2 outcomes down, categories across, three years together, its
    Total row restating Table 1's Total column."""
    src = "humberside/FOI 24-2611.html"
    KEY.file(src, "humberside", measure="cases")
    t1 = {SA: ((5, 1), (6, 2), (4, 1)), SH: ((10, 4), (12, 3), (14, 5)),
          AP: ((4, 0), (3, 1), (5, 0))}
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_ON]
    t2 = {SA: (3, 1, 1, 0, 1, 9, 4), SH: (3, 1, 5, 7, 14, 11, 7), AP: (5, 2, 1, 0, 0, 2, 3)}
    tot = {c: sum(sum(p) for p in t1[c]) for c in CATS3}
    for c in CATS3:
        assert sum(t2[c]) == tot[c]
    r1 = []
    for cat in CATS3:
        cells = "".join(f"<td>{F(cat, 'total', t1[cat][yi][si], FY(y), subject=subj)}</td>"
                        for yi, y in enumerate(YEARS)
                        for si, subj in enumerate(("officers", "staff")))
        r1.append(f"<tr><th scope=\"row\">{E(CAT_LABEL[cat])}</th>{cells}"
                  f"<td><b>{F(cat, 'total', tot[cat], REQ_SPAN)}</b></td></tr>")
    r2 = []
    for oi, (ol, oc) in enumerate(outs):
        cells = "".join(f"<td>{F(c, oc, t2[c][oi], REQ_SPAN)}</td>" for c in CATS3)
        r2.append(f"<tr><th scope=\"row\">{E(ol)}</th>{cells}</tr>")
    cells = "".join(f"<td><b>{F(c, 'total', tot[c], REQ_SPAN, restated=True)}</b></td>"
                    for c in CATS3)
    r2.append(f"<tr class=\"total\"><th scope=\"row\">Total</th>{cells}</tr>")
    yh = "".join(f'<th colspan="2">{N(FYLAB[y], "column heading (financial year)")}</th>'
                 for y in YEARS)
    intro = N("Humberside Police holds this information. Please note that our Professional "
              "Standards\nDepartment records conduct matters as <strong>cases</strong>. A case "
              "may include more than\none allegation, and each case is counted once, under the "
              "most serious type of allegation it\ncontains. The figures below are therefore "
              "numbers of cases, not allegations.", "'more than one allegation' (a definition)")
    body = f"""<header class="hp-header"><a href="/" class="hp-logo">Humberside Police</a>
<nav class="hp-nav"><a href="/news">News</a> <a href="/contact">Contact</a> <a href="/foi">Freedom of Information</a></nav></header>
<main class="hp-content">
<h1>{N("FOI 24-2611 Sexual misconduct cases involving officers and staff", "reference")}</h1>
<p class="hp-date">{N("Date of response: 8 May 2024", "date")}</p>
<h2>Request</h2>
<blockquote><p>{E(request_text())}</p></blockquote>
<h2>Response</h2>
<p>{intro}</p>
<h3>{N("Table 1: Cases by type, financial year of recording and employee group", "table number")}</h3>
<table class="hp-table">
<thead>
<tr><th rowspan="2">Type</th>{yh}<th rowspan="2">Total</th></tr>
<tr>{"<th>Officers</th><th>Staff</th>" * 3}</tr>
</thead>
<tbody>
{chr(10).join(r1)}
</tbody>
</table>
<h3>{N("Table 2: Outcome of the cases in Table 1 (officers and staff together)", "table numbers")}</h3>
<table class="hp-table">
<thead><tr><th>Outcome</th>{"".join(f"<th>{E(CAT_LABEL[c])}</th>" for c in CATS3)}</tr></thead>
<tbody>
{chr(10).join(r2)}
</tbody>
</table>
<p class="hp-note">{N("Outcomes as at 30 April 2024. Ongoing cases are those still under investigation or awaiting a misconduct meeting or hearing.", "date")}</p>
<h2>Complaint rights</h2>
<p>{E(rights("the Information Compliance Unit"))}</p>
</main>
<footer class="hp-footer"><p>{N("Humberside Police, Priory Road, Hull HU5 5SF &middot; Non-emergency 101", "telephone number")}</p></footer>"""
    write_text(src, html_page(N("FOI 24-2611 | Humberside Police", "reference"), body))


def build_psni():
    """PSNI disclosure-log page: request metadata (request number, dates, keyword), Table 1
    in long form (financial year, allegation type, Police officers, Police staff, Total), Table 2
    the outcomes over the three years with PSNI's labels ('Advice and Guidance', 'Not
    Substantiated', 'Misconduct Proceedings Ongoing') and a Total column; public complaints,
    which the Police Ombudsman investigates, are excluded."""
    src = "psni/F-2024-02877.html"
    KEY.file(src, "psni")
    t1 = {2021: {SA: (9, 2), SH: (18, 6), AP: (5, 0)},
          2022: {SA: (11, 1), SH: (21, 7), AP: (6, 1)},
          2023: {SA: (8, 3), SH: (24, 5), AP: (4, 0)}}
    outs = [O_D, ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Advice and Guidance", "management_action"),
            ("Not Substantiated", "not_upheld"), ("Misconduct Proceedings Ongoing", "ongoing")]
    t2 = {SA: (4, 2, 1, 3, 17, 7), SH: (3, 6, 9, 22, 28, 13), AP: (7, 1, 0, 0, 4, 4)}
    for c in CATS3:
        assert sum(t2[c]) == sum(sum(t1[y][c]) for y in YEARS)
    r1 = []
    for y in YEARS:
        for cat in CATS3:
            o, s = t1[y][cat]
            r1.append(f"<tr><td>{N(FYLAB[y], 'the row financial year')}</td><td>{E(CAT_LABEL[cat])}</td>"
                      f"<td>{F(cat, 'total', o, FY(y), subject='officers')}</td>"
                      f"<td>{F(cat, 'total', s, FY(y), subject='staff')}</td>"
                      f"<td>{F(cat, 'total', o + s, FY(y))}</td></tr>")
    r2 = []
    for cat in CATS3:
        cells = "".join(f"<td>{F(cat, oc, v, REQ_SPAN)}</td>" for (ol, oc), v in zip(outs, t2[cat]))
        r2.append(f"<tr><td>{E(CAT_LABEL[cat])}</td>{cells}"
                  f"<td>{F(cat, 'total', sum(t2[cat]), REQ_SPAN)}</td></tr>")
    body = f"""<div class="psni-header"><a href="/">Police Service of Northern Ireland</a></div>
<div class="psni-main">
<h1>Sexual misconduct allegations against officers and staff</h1>
<table class="foi-details">
<tr><th>Request Number:</th><td>{N("F-2024-02877", "reference")}</td></tr>
<tr><th>Keyword:</th><td>Professional Standards</td></tr>
<tr><th>Subject:</th><td>Allegations of sexual assault, sexual harassment and abuse of position</td></tr>
<tr><th>Request Date:</th><td>{N("03/04/2024", "date")}</td></tr>
<tr><th>Response Date:</th><td>{N("01/05/2024", "date")}</td></tr>
</table>
<h2>Request and Answer:</h2>
<p>{N("Your request for information has now been considered. In respect of Section 1 of the Freedom of Information Act 2000, the Police Service of Northern Ireland has located information that addresses your request. Decisions on the release of information are made in accordance with the Act.", "section 1; the Act")}</p>
<h3>Request</h3>
<p>{E(request_text())}</p>
<h3>Answer</h3>
<p>The tables below show allegations recorded by PSNI Professional Standards Department
against police officers and police staff. Complaints by members of the public are
investigated independently by the Office of the Police Ombudsman for Northern Ireland and are
not included.</p>
<p><strong>{N("Table 1 &ndash; Allegations by financial year", "table number")}</strong></p>
<table border="1" class="psni-data">
<tr><th>Financial Year</th><th>Allegation Type</th><th>Police Officers</th><th>Police Staff</th><th>Total</th></tr>
{chr(10).join(r1)}
</table>
<p><strong>{N("Table 2 &ndash; Outcomes of allegations recorded 2021/22 to 2023/24 (officers and staff)", "table number; the period of the table")}</strong></p>
<table border="1" class="psni-data">
<tr><th>Allegation Type</th>{"".join(f"<th>{E(ol)}</th>" for ol, oc in outs)}<th>Total</th></tr>
{chr(10).join(r2)}
</table>
<p>{N("Outcomes are shown as at 25/04/2024.", "date")}</p>
<p>{N("If you have any queries regarding your request or the decision please do not hesitate to contact us on 028 9070 0164. If you are dissatisfied in any way with the handling of your request, you have the right to request a review. You should do this as soon as possible, or in any case within two months of the date of this response.", "telephone number; two months")}</p>
</div>
<div class="psni-footer">{N("&copy; PSNI 2024", "copyright year")}</div>"""
    write_text(src, html_page(N("F-2024-02877 | PSNI", "reference"), body))


def build_surrey():
    """Disclosure page in the Single Online Home style: one table per financial year under an
    <h3>, categories down, outcomes across, a Total column; officers and staff together."""
    src = "surrey/FOI 2024-1488 response.html"
    KEY.file(src, "surrey")
    outs = [O_D, O_F, O_WW, O_RP, O_N, O_ON]
    data = {2021: {SA: (1, 1, 0, 0, 5, 0), SH: (1, 2, 3, 6, 5, 0), AP: (2, 0, 0, 0, 2, 0)},
            2022: {SA: (2, 0, 1, 0, 6, 1), SH: (0, 3, 2, 8, 7, 1), AP: (3, 1, 0, 0, 1, 1)},
            2023: {SA: (0, 1, 0, 1, 4, 5), SH: (1, 1, 2, 5, 4, 9), AP: (1, 0, 0, 0, 1, 3)}}
    tables = []
    for y in YEARS:
        trs = []
        for cat in CATS3:
            cells = "".join(f"<td>{F(cat, oc, v, FY(y))}</td>"
                            for (ol, oc), v in zip(outs, data[y][cat]))
            trs.append(f"<tr><th scope=\"row\">{E(CAT_LABEL[cat])}</th>{cells}"
                       f"<td><strong>{F(cat, 'total', sum(data[y][cat]), FY(y))}</strong></td></tr>")
        head = "".join(f"<th scope=\"col\">{E(ol)}</th>" for ol, oc in outs)
        tables.append(f"""<h3>{N(f"Financial year {FYLAB[y]}", "heading (financial year)")}</h3>
<table class="table">
<thead><tr><th scope="col">Allegation type</th>{head}<th scope="col">Total</th></tr></thead>
<tbody>
{chr(10).join(trs)}
</tbody>
</table>""")
    body = f"""<header class="soh-header"><a href="/sy/" class="soh-logo">Surrey Police</a>
<nav><a href="/sy/report/">Report</a> <a href="/sy/contact/">Contact</a> <a href="/sy/foi/">FOI</a></nav></header>
<main id="main-content" class="soh-main">
<nav class="breadcrumbs"><a href="/sy/">Home</a> &rsaquo; <a href="/sy/foi/">Freedom of Information</a> &rsaquo; Disclosure log</nav>
<h1>Allegations of sexual misconduct against officers and staff</h1>
<p class="meta">{N("Reference: FOI 2024-1488 &middot; Published 16 May 2024", "reference; date")}</p>
<div class="rich-text">
<h2>Request</h2>
<p>{E(request_text())}</p>
<h2>Response</h2>
<p>Surrey Police holds the information you requested. The tables below show the number of
allegations of each type recorded against police officers and police staff (counted
together), by outcome, for each financial year.</p>
{chr(10).join(tables)}
<p>{N("Allegations are counted in the financial year in which they were recorded. Ongoing: not concluded on 10 May 2024.", "date")}</p>
</div>
</main>
<footer class="soh-footer"><p>{N("&copy; Surrey Police 2024", "copyright year")}</p></footer>"""
    write_text(src, html_page(N("FOI 2024-1488 | Surrey Police", "reference"), body))


def build_hampshire():
    """Hampshire & Isle of Wight Constabulary house style (as in the corpus): CSV in
    Windows-1252 with CRLF, three preamble lines (en dash, curly quotes, a pound sign), only
    rows with a non-zero total, officers / staff / Total columns; drifted: a leading 'Financial
    year' column, because this request spans three years."""
    src = "hampshire/HC-FOI-2024-01102.csv"
    KEY.file(src, "hampshire")
    MA = ("Management action", "management_action")
    RR = ("Reduction in rank", "reduction_in_rank")
    rows = [
        (2021, SA, [(O_D, 2, 0), (O_N, 6, 1), (O_WD, 1, 0)]),
        (2021, SH, [(O_F, 2, 1), (O_WW, 3, 1), (MA, 5, 2), (O_N, 6, 2)]),
        (2021, AP, [(O_D, 3, 0), (O_W, 1, 0), (O_N, 2, 0)]),
        (2022, SA, [(O_D, 1, 0), (O_F, 1, 0), (O_N, 7, 2), (O_ON, 1, 0)]),
        (2022, SH, [(O_D, 1, 1), (O_F, 3, 0), (O_WW, 2, 2), (MA, 7, 1), (O_N, 5, 3),
                    (O_ON, 1, 0)]),
        (2022, AP, [(O_D, 4, 0), (RR, 1, 0), (O_N, 2, 1)]),
        (2023, SA, [(O_N, 4, 1), (O_ON, 7, 1)]),
        (2023, SH, [(O_D, 1, 0), (O_F, 1, 1), (O_WW, 2, 0), (MA, 4, 2), (O_N, 3, 1),
                    (O_ON, 10, 3)]),
        (2023, AP, [(O_D, 2, 0), (O_W, 1, 0), (O_ON, 5, 0)]),
    ]
    lines = [N("Hampshire & Isle of Wight Constabulary \u2013 Freedom of Information Request "
               "HC/FOI/2024/01102", "reference"),
             N("Allegations of sexual assault, sexual harassment and abuse of position for a "
               "sexual purpose against police officers and police staff \u2013 financial years "
               "2021/22 to 2023/24 (1 April 2021 to 31 March 2024)", "the request's period"),
             N("Note: \u201cOngoing\u201d means the allegation had not been finalised when the "
               "data was extracted. All searches were completed within the appropriate limit of "
               "\u00a3450.", "cost limit in pounds"),
             "Financial year,Allegation type,Outcome,Police officers,Police staff,Total"]
    for y, cat, outs in rows:
        for (ol, oc), o, s in outs:
            assert o + s > 0
            lines.append(",".join([N(FYLAB[y], "the row's financial year"), CAT_LABEL[cat], ol,
                                   F(cat, oc, o, FY(y), subject="officers"),
                                   F(cat, oc, s, FY(y), subject="staff"),
                                   F(cat, oc, o + s, FY(y))]))
    write_text(src, "\n".join(lines) + "\n", encoding="cp1252", newline="\r\n")


def build_lincolnshire():
    """CSV saved from Excel: two title lines and a blank line, header 'Allegation Type,Outcome,
    2021/22,2022/23,2023/24,Total', a block of outcome rows per category ending in a Total row;
    the Total column is over the three years; officers and staff together (said in the title)."""
    src = "lincolnshire/FOI 24-1388 data.csv"
    KEY.file(src, "lincolnshire")
    outs = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Reflective Practice", "management_action"),
            ("No Case to Answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
    data = {SA: ((1, 0, 1), (0, 1, 0), (0, 0, 0), (0, 1, 0), (3, 4, 2), (0, 1, 3)),
            SH: ((1, 1, 0), (1, 2, 1), (2, 2, 1), (4, 5, 3), (3, 4, 2), (0, 1, 6)),
            AP: ((2, 1, 1), (0, 0, 0), (0, 0, 0), (0, 0, 0), (1, 2, 0), (0, 0, 2))}
    lines = [N("Lincolnshire Police - FOI 24-1388,,,,,", "reference"),
             "Allegations against police officers and police staff by financial year of "
             "recording and outcome,,,,,",
             ",,,,,",
             "Allegation Type,Outcome," + ",".join(N(FYLAB[y], "column heading (financial year)")
                                                   for y in YEARS) + ",Total"]
    for cat in CATS3:
        for oi, (ol, oc) in enumerate(outs):
            vals = data[cat][oi]
            lines.append(",".join([CAT_LABEL[cat], ol]
                                  + [F(cat, oc, v, FY(y)) for y, v in zip(YEARS, vals)]
                                  + [F(cat, oc, sum(vals), REQ_SPAN)]))
        yt = [sum(data[cat][oi][yi] for oi in range(len(outs))) for yi in range(3)]
        lines.append(",".join([CAT_LABEL[cat], "Total"]
                              + [F(cat, "total", v, FY(y)) for y, v in zip(YEARS, yt)]
                              + [F(cat, "total", sum(yt), REQ_SPAN)]))
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


def build_west_midlands():
    """West Midlands Police house style (as in the corpus): plain-text letter with CRLF,
    right-aligned letterhead, REQUEST / RESPONSE headings, prose wrapped at 78 columns, tables
    aligned with spaces under a dashed rule; drifted: one table per category under a heading
    'Table n - ...', financial years as columns, a Total row under a second rule."""
    src = "west-midlands/4127_24_response.txt"
    KEY.file(src, "west-midlands")
    outs = [O_D, O_W, O_F, O_WW, O_RP, O_N, O_ON]
    data = {SA: ((3, 2, 1), (1, 1, 0), (1, 2, 0), (0, 1, 1), (1, 0, 1), (12, 14, 9), (1, 3, 15)),
            SH: ((4, 3, 2), (1, 2, 1), (5, 6, 3), (7, 8, 5), (12, 15, 10), (14, 16, 12),
                 (1, 3, 22)),
            AP: ((6, 7, 4), (3, 2, 2), (1, 1, 0), (0, 0, 0), (0, 0, 0), (3, 4, 2), (0, 1, 9))}
    pad = " " * 50
    head = "\n".join(pad + x for x in [
        "West Midlands Police", "Freedom of Information Unit", "Lloyd House",
        "Colmore Circus Queensway", "Birmingham", N("B4 6NQ", "postcode"), "",
        N("Tel: 101", "telephone number"), "foi@west-midlands.police.uk"])
    tables = []
    for ti, cat in enumerate(CATS3, 1):
        t = [N(f"Table {ti} - {CAT_LABEL[cat]}", "table number"), "",
             "    Outcome                        " + "   ".join(
                 N(f"{FYLAB[y]:>7}", "column heading (financial year)") for y in YEARS),
             "    ----------------------------   -------   -------   -------"]
        for oi, (ol, oc) in enumerate(outs):
            t.append(f"    {ol:<28}   " + "   ".join(
                f"{F(cat, oc, data[cat][oi][yi], FY(y)):>7}" for yi, y in enumerate(YEARS)))
        t.append("    ----------------------------   -------   -------   -------")
        t.append(f"    {'Total':<28}   " + "   ".join(
            f"{F(cat, 'total', sum(data[cat][oi][yi] for oi in range(len(outs))), FY(y)):>7}"
            for yi, y in enumerate(YEARS)))
        tables.append("\n".join(t))
    text = f"""{head}

{N("Our Ref: 4127/24", "reference")}
{N("Date: 07/05/2024", "date")}

Dear Sir/Madam,

{N("FREEDOM OF INFORMATION REQUEST REFERENCE NUMBER: 4127/24", "reference")}

{N("Thank you for your request for information received on 03/04/2024, which has", "date")}
{N("been handled under the Freedom of Information Act 2000 (the Act).", "the Act")}

REQUEST

"{N("For each of the financial years 2021/22, 2022/23 and 2023/24, how many", "the financial years of the request")}
allegations of sexual assault, sexual harassment and abuse of position for a
sexual purpose were made against your police officers and police staff, and
what was the outcome of each?"

RESPONSE

{N("I can confirm that West Midlands Police holds information relevant to your", "")}
{N("request. In accordance with section 1(1)(a) and (b) of the Act, the", "section 1(1)(a) and (b)")}
{N("information is provided in the three tables below, one for each type of", "'the three tables'")}
allegation. The figures relate to police officers and police staff combined.

{(chr(10) * 2).join(tables)}

Figures are counted by the financial year (1 April to 31 March) in which the
allegation was recorded. 'Reflective practice' is the Reflective Practice
Review Process. 'Ongoing' means the allegation had not been finalised when
the data was extracted.

COMPLAINT RIGHTS

Internal Review
If you are dissatisfied with the response you have been provided with, in
compliance with the Freedom of Information legislation, you can lodge a
complaint with West Midlands Police to have the decision reviewed within
{N("40 working days of the date of this response. The handling of your request", "40 working days")}
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
{N("0303 123 1113.", "ICO telephone number")}

Yours sincerely


Data Protection and Freedom of Information Officer
West Midlands Police
"""
    N("1 April to 31 March", "definition of the financial year")
    write_text(src, text, newline="\r\n")


def build_civil_nuclear():
    """Plain-text e-mail reply (Outlook header block, the original message quoted below it);
    a small force answering year by year in short sentences with digits: 'Outcomes: final
    written warning 1, reflective practice 1'; nils in sentences."""
    src = "civil-nuclear/RE FOI request CNC 24-077.txt"
    KEY.file(src, "civil-nuclear")
    f21, f22, f23 = FY(2021), FY(2022), FY(2023)
    o = "officers"
    y21 = L("{t} allegations of sexual harassment were recorded, both against police officers.\n"
            "Outcomes: final written warning {a}, reflective practice {b}. There were no\n"
            "allegations of sexual assault or of abuse of position for a sexual purpose.",
            t=F(SH, "total", 2, f21, subject=o), a=F(SH, "final_written_warning", 1, f21, subject=o),
            b=F(SH, "management_action", 1, f21, subject=o))
    F(SA, "total", 0, f21, said="There were no allegations of sexual assault or of abuse")
    F(AP, "total", 0, f21, said="There were no allegations of sexual assault or of abuse")
    y22 = L("{t} allegations of sexual harassment were recorded, {o1} against police officers\n"
            "and {s1} against a member of police staff. Outcomes: written warning {a}, no case\n"
            "to answer {b}, withdrawn {c}. There were no allegations of sexual assault or of\n"
            "abuse of position for a sexual purpose.",
            t=F(SH, "total", 3, f22), o1=F(SH, "total", 2, f22, subject=o),
            s1=F(SH, "total", 1, f22, subject="staff"), a=F(SH, "written_warning", 1, f22),
            b=F(SH, "no_case_to_answer", 1, f22), c=F(SH, "withdrawn", 1, f22))
    F(SA, "total", 0, f22, said="There were no allegations of sexual assault or of abuse")
    F(AP, "total", 0, f22, said="There were no allegations of sexual assault or of abuse")
    y23 = L("{t} allegations of sexual assault were recorded against police officers. Outcomes:\n"
            "dismissed {a}, under investigation {b}.\n"
            "{t2} allegations of sexual harassment were recorded against police officers.\n"
            "Outcomes: reflective practice {c}, no case to answer {d}, under investigation {e}.\n"
            "There were no allegations of abuse of position for a sexual purpose.",
            t=F(SA, "total", 2, f23, subject=o), a=F(SA, "dismissed", 1, f23, subject=o),
            b=F(SA, "ongoing", 1, f23, subject=o), t2=F(SH, "total", 4, f23, subject=o),
            c=F(SH, "management_action", 2, f23, subject=o),
            d=F(SH, "no_case_to_answer", 1, f23, subject=o),
            e=F(SH, "ongoing", 1, f23, subject=o))
    F(AP, "total", 0, f23, said="There were no allegations of abuse of position for a sexual "
      "purpose")
    text = f"""From: CNC Freedom of Information <foi@cnc.pnn.police.uk>
{N("Sent: 29 April 2024 11:02", "date and time")}
To: Data Desk
{N("Subject: RE: Freedom of Information request - CNC 24/077", "reference")}

Dear Requester,

{N("Thank you for your request for information, which we received on 3 April 2024", "date")}
{N("and have given the reference CNC 24/077.", "reference")}

The Civil Nuclear Constabulary (CNC) holds the information you asked for. The
figures are allegations recorded by our Professional Standards Department in
each financial year.

{N("2021/22", "heading (financial year)")}
{y21}

{N("2022/23", "heading (financial year)")}
{y22}

{N("2023/24", "heading (financial year)")}
{y23}

{N("Allegations shown as under investigation had not concluded on 22 April 2024.", "date")}

{N("If you are unhappy with this response you can ask for an internal review within", "")}
{N("40 working days. If you are still unhappy after that, you can complain to the", "40 working days")}
Information Commissioner's Office (www.ico.org.uk).

Kind regards

Freedom of Information Officer
Civil Nuclear Constabulary
Culham Science Centre, Abingdon, Oxfordshire

{N("-----Original Message-----", "")}
From: Data Desk
{N("Sent: 02 April 2024 09:15", "date and time")}
To: CNC Freedom of Information <foi@cnc.pnn.police.uk>
Subject: Freedom of Information request

Dear Civil Nuclear Constabulary,

> {N("For each of the financial years 2021/22, 2022/23 and 2023/24, how many", "the financial years of the request")}
> allegations of sexual assault, sexual harassment and abuse of position for a
> sexual purpose were made against your police officers and police staff, and
> what was the outcome of each?

Many thanks,
Data Desk
"""
    write_text(src, text)


def build_hertfordshire():
    """Plain-text e-mail reply giving CALENDAR years instead of the financial years asked for
    (the force's system reports by calendar year, and it says so): Table 1 allegations by
    category and employee group for 2021, 2022, 2023; Table 2 outcomes for 2021 to 2023
    together (officers and staff) with a Total row."""
    src = "hertfordshire/FOI 2024-HC-1311 response email.txt"
    KEY.file(src, "hertfordshire")
    t1 = {SA: ((5, 7, 6), (1, 0, 2)), SH: ((12, 14, 16), (3, 4, 2)), AP: ((3, 4, 2), (0, 0, 1))}
    outs = [O_D, O_F, O_WW, O_RP, O_N, O_NFA, O_ON]
    t2 = {SA: (3, 1, 0, 0, 11, 2, 4), SH: (2, 5, 7, 15, 14, 3, 5), AP: (5, 0, 0, 0, 2, 0, 3)}
    for c in CATS3:
        assert sum(t2[c]) == sum(t1[c][0]) + sum(t1[c][1])
    span = SPAN(CY(2021), CY(2023))
    lab = {SA: "Sexual assault", SH: "Sexual harassment", AP: "Abuse of position (sexual)"}
    l1 = ["    Allegation type / employee group             " +
          "  ".join(N(f"{y:>5}", "column heading (calendar year)") for y in YEARS),
          "    " + "-" * 62]
    for cat in CATS3:
        for si, (slab, subj) in enumerate((("police officers", "officers"),
                                           ("police staff", "staff"))):
            l1.append(f"    {lab[cat] + ' - ' + slab:<44} " + "  ".join(
                f"{F(cat, 'total', t1[cat][si][yi], CY(y), subject=subj):>5}"
                for yi, y in enumerate(YEARS)))
    l2 = [f"    {'':<24} {'Sexual':>9}   {'Sexual':>10}  {'Abuse of':>9}",
          f"    {'Outcome':<24} {'assault':>9}   {'harassment':>10}  {'position':>9}",
          "    " + "-" * 50]
    for oi, (ol, oc) in enumerate(outs):
        l2.append(f"    {ol:<24} " + "".join(f"{F(c, oc, t2[c][oi], span):>9}   "
                                              for c in CATS3).rstrip())
    l2.append("    " + "-" * 50)
    l2.append(f"    {'Total':<24} " + "".join(f"{F(c, 'total', sum(t2[c]), span):>9}   "
                                              for c in CATS3).rstrip())
    text = f"""From: Hertfordshire Constabulary Freedom of Information <foi@herts.police.uk>
{N("Sent: 10 May 2024 14:26", "date and time")}
To: Data Desk
{N("Subject: FOI 2024-HC-1311 - response", "reference")}

OFFICIAL

Dear Requester,

{N("Freedom of Information request FOI 2024-HC-1311", "reference")}

{N("Thank you for your request for information received on 2 April 2024. You asked:", "date")}

  "{N("For each of the financial years 2021/22, 2022/23 and 2023/24, how many", "the financial years of the request")}
  allegations of sexual assault, sexual harassment and abuse of position for a
  sexual purpose were made against your police officers and police staff, and
  what was the outcome of each?"

Hertfordshire Constabulary holds information relevant to your request. Please
note that our professional standards system reports allegations by the
calendar year in which they were recorded, and it is not possible to re-run the
data by financial year. We have therefore provided the figures for the calendar
{N("years 2021, 2022 and 2023 (1 January 2021 to 31 December 2023), which we hope", "the calendar years provided")}
is helpful.

{N("Table 1: Allegations recorded, by calendar year", "table number")}

{chr(10).join(l1)}

{N("Table 2: Outcomes of the allegations in Table 1, 2021 to 2023 together", "table numbers; the period of the table")}
(police officers and police staff combined)

{chr(10).join(l2)}

{N("Outcomes are as at 3 May 2024. Ongoing means the investigation or misconduct", "date")}
proceedings had not concluded.

{N("If you are dissatisfied with this response you may request an internal review", "")}
{N("within 40 working days. If you remain dissatisfied after the review you may", "40 working days")}
{N("complain to the Information Commissioner's Office (telephone 0303 123 1113).", "ICO telephone")}

Kind regards,

Freedom of Information Officer
Hertfordshire Constabulary
{N("Police Headquarters, Stanborough Road, Welwyn Garden City AL8 6XF", "postcode")}

OFFICIAL

This email and any attachments are confidential and intended solely for the
addressee. If you have received it in error, please notify the sender and
delete it.
"""
    write_text(src, text)


# =========================================================================== main

def builders():
    """Every build_* function, in the order it is defined in this file."""
    return [f for name, f in globals().items() if name.startswith("build_") and name != "build_all" and callable(f)]


def build_all():
    kit.build_all(builders())


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        sys.exit(kit.check(FINAL, build_all, "blind4-"))
    elif len(sys.argv) > 2 and sys.argv[1] == "dump":
        print(kit.read_back(FINAL / sys.argv[2]))
    else:
        build_all()
