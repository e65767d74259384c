#!/usr/bin/python3
"""make_round20a_fixtures.py: the PDF files of round 20 (part A) in the keyed set
fixtures/pdf-layouts (their rows of its expected.csv are keyed by hand, as a careful
reader would key them).

Written with blindkit's reportlab letter (invariant mode): the output is byte-identical
from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round20a_fixtures.py

  civil-nuclear/CNC FOI 2026-0388 response.pdf
      a Times letter; a ruled table of allegation types x two financial years whose
      first row is "Sexual violence (rape, sexual assault and sexual harassment)": one
      figure for several requested categories (category other, never one of them),
      "Sexual misconduct (including inappropriate relationships)" (one category, the
      brackets only qualify it); under the table "Of the 6 allegations of sexual
      violence recorded in 2024/25, the outcomes were: dismissed 1; ...": the head of
      the combined label alone is the same combined figure (restated), the outcomes
      after the colon are its outcomes for that year.

  warwickshire/WP FOI 26-1180 bulletin.pdf
      a two-column bulletin page (two frames, a rule between them): the left column
      gives calendar-year totals in prose as counts each with its category after
      "of" and no noun ("During 2023 the force recorded 11 of sexual assault, 8 of
      sexual harassment and 3 relating to sexual misconduct."); the right column holds
      a small ruled outcomes table whose type heads are abbreviations ("SA", "SH",
      "SM") spelled out in a key under it ("Key: SA \u2013 sexual assault; SH \u2013
      sexual harassment; SM \u2013 sexual misconduct."); its Total row restates the
      2024 prose totals (one key row each).

  british-transport/BTP FOI 2026-0907 reply.pdf
      a letter answering a request for financial years with the force's own July-June
      years ("1 July 2023 to 30 June 2024" column heads), sexual harassment given for
      police officers only, and a paragraph led by "Sexual harassment by police staff:"
      whose statement ("we can neither confirm nor deny ... section 40(5B)") names no
      category or people of its own: NCND of sexual harassment by staff for each of the
      two July-June years the answer gives (not the request's financial years).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"


def civil_nuclear():
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "civil-nuclear/CNC FOI 2026-0388 response.pdf"
    st = bk.styles("Times-Roman", 11)
    ref = "FOI 2026/0388"

    def furniture(cv, page, pages):
        cv.setFont("Times-Roman", 8)
        cv.drawCentredString(105 * mm, 12 * mm, f"Civil Nuclear Constabulary  {ref}  Page {page} of {pages}")

    rows = [["Type of allegation", "2023/24", "2024/25"],
            ["Sexual violence (rape, sexual assault and sexual harassment)", "11", "6"],
            ["Sexual misconduct (including inappropriate relationships)", "5", "3"],
            ["Abuse of position for a sexual purpose", "2", "0"]]
    cells = [[bk.P(c, st["cell"]) if i == 0 and r else c for i, c in enumerate(row)]
             for r, row in enumerate(rows)]
    table = Table(cells, colWidths=[90 * mm, 30 * mm, 30 * mm])
    table.setStyle(bk.grid_style(font="Times-Roman", size=10))
    story = [bk.P("Civil Nuclear Constabulary", st["h"]),
             bk.P("Disclosure Unit, Culham Science Centre, Abingdon, OX14 3DB", st["addr"]), bk.S(8),
             bk.P(f"Our reference: {ref}", st["addr"]), bk.P("Date: 9 March 2026", st["addr"]), bk.S(8),
             bk.P("Dear Sir or Madam,", st["body"]),
             bk.P("Thank you for your request for information received on 9 February 2026, in which you "
                  "asked:", st["body"]),
             bk.P("How many allegations of rape or sexual assault, sexual harassment, sexual misconduct and "
                  "abuse of position for a sexual purpose were made against officers and staff of the "
                  "Constabulary in each of the financial years 2023/24 and 2024/25, and what were their "
                  "outcomes?", st["quote"]),
             bk.P("Our response", st["h2"]),
             bk.P("The Professional Standards Department records rape, sexual assault and sexual harassment "
                  "together as sexual violence; they are not held separately. The table gives allegations "
                  "against officers and staff together.", st["body"]),
             table, bk.S(8),
             bk.P("Of the 6 allegations of sexual violence recorded in 2024/25, the outcomes were: "
                  "dismissed 1; final written warning 1; no case to answer 3; still under investigation 1.",
                  st["body"]),
             bk.P("If you are unhappy with the way your request has been handled you may ask for an "
                  "internal review within 40 working days. You may also complain to the Information "
                  "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, SK9 5AF.", st["body"]),
             bk.P("Yours faithfully,", st["body"]), bk.P("Disclosure Unit", st["body"])]
    bk.pdf_letter(src, story, furniture, title=f"Civil Nuclear Constabulary {ref}",
                  author="Civil Nuclear Constabulary")


def warwickshire():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Table
    src = "warwickshire/WP FOI 26-1180 bulletin.pdf"
    st = bk.styles("Helvetica", 9.5)
    ref = "FOI 26/1180"
    lm, gap = 16 * mm, 10 * mm
    colw = (A4[0] - 2 * lm - gap) / 2
    top = A4[1] - 40 * mm

    def page(cv, doc):
        cv.saveState()
        cv.setFillColorRGB(0.35, 0.1, 0.3)
        cv.rect(0, A4[1] - 30 * mm, A4[0], 30 * mm, stroke=0, fill=1)
        cv.setFillColorRGB(1, 1, 1)
        cv.setFont("Helvetica-Bold", 15)
        cv.drawString(lm, A4[1] - 16 * mm, "Warwickshire Police")
        cv.setFont("Helvetica", 9)
        cv.drawString(lm, A4[1] - 23 * mm, f"Disclosure bulletin {ref}  \u00b7  published 2 February 2026")
        cv.setStrokeColorRGB(0.35, 0.1, 0.3)
        cv.line(lm + colw + gap / 2, 20 * mm, lm + colw + gap / 2, top)
        cv.setFillColorRGB(0, 0, 0)
        cv.setFont("Helvetica", 7.5)
        cv.drawCentredString(A4[0] / 2, 12 * mm, "Warwickshire Police, PO Box 4, Leek Wootton, Warwick, CV35 7QB")
        cv.restoreState()

    rows = [["Outcome", "SA", "SH", "SM"],
            ["Dismissed", "2", "1", "0"],
            ["Final written warning", "1", "2", "1"],
            ["No case to answer", "4", "3", "2"],
            ["Under investigation", "3", "0", "1"],
            ["Total", "10", "6", "4"]]
    table = Table(rows, colWidths=[34 * mm, 13 * mm, 13 * mm, 13 * mm])
    table.setStyle(bk.grid_style(size=8.5, extra=[("FONT", (0, 5), (-1, 5), "Helvetica-Bold", 8.5),
                                                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6D5E3"))]))
    left = [bk.P("The request", st["h2"]),
            bk.P("Received 5 January 2026:", st["body"]),
            bk.P("Please give the number of allegations of sexual assault, sexual harassment and sexual "
                 "misconduct made against officers and staff in the calendar years 2023 and 2024, with the "
                 "outcome of each.", st["quote"]),
            bk.P("Our answer", st["h2"]),
            bk.P("Warwickshire Police holds this information. The figures are allegations against police "
                 "officers and police staff together.", st["body"]),
            bk.P("During 2023 the force recorded 11 of sexual assault, 8 of sexual harassment and 3 relating "
                 "to sexual misconduct.", st["body"]),
            bk.P("During 2024 it recorded 10 of sexual assault, 6 of sexual harassment and 4 relating to "
                 "sexual misconduct. Their outcomes are shown opposite.", st["body"]),
            bk.P("Your rights", st["h2"]),
            bk.P("If you are not satisfied with this response you may ask for an internal review within 40 "
                 "working days, and then complain to the Information Commissioner's Office, Wycliffe House, "
                 "Water Lane, Wilmslow, SK9 5AF.", st["small"]),
            FrameBreak()]
    right = [bk.P("Outcomes of allegations recorded in 2024", st["h2"]), table, bk.S(4),
             bk.P("Key: SA \u2013 sexual assault; SH \u2013 sexual harassment; SM \u2013 sexual misconduct.",
                  st["small"]),
             bk.P("An allegation is counted in the year it was recorded, whatever the year of its outcome.",
                  st["small"])]
    doc = BaseDocTemplate(str(bk.dest(src)), pagesize=A4, title=f"Warwickshire Police {ref}",
                          author="Warwickshire Police", creator="Warwickshire Police",
                          leftMargin=lm, rightMargin=lm, topMargin=40 * mm, bottomMargin=20 * mm)
    doc.addPageTemplates([PageTemplate("two", [
        Frame(lm, 20 * mm, colw, top - 20 * mm, id="left", leftPadding=0, rightPadding=0),
        Frame(lm + colw + gap, 20 * mm, colw, top - 20 * mm, id="right", leftPadding=0, rightPadding=0)],
        onPage=page)])
    doc.build(left + right)


def british_transport():
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "british-transport/BTP FOI 2026-0907 reply.pdf"
    st = bk.styles("Helvetica", 10)
    ref = "FOI 2026/0907"

    def furniture(cv, page, pages):
        cv.setFont("Helvetica", 7.5)
        cv.drawString(22 * mm, 12 * mm, f"British Transport Police  {ref}")
        cv.drawRightString(188 * mm, 12 * mm, f"Page {page} of {pages}")

    rows = [["Allegation type", "1 July 2023 to 30 June 2024", "1 July 2024 to 30 June 2025"],
            ["Sexual assault", "6", "4"],
            ["Sexual harassment (police officers)", "9", "7"],
            ["Sexual misconduct", "2", "5"]]
    table = Table(rows, colWidths=[70 * mm, 45 * mm, 45 * mm])
    table.setStyle(bk.grid_style(size=9))
    story = [bk.P("British Transport Police", st["h"]),
             bk.P("Freedom of Information Unit, 25 Camden Road, London, NW1 9LN", st["addr"]), bk.S(8),
             bk.P(f"Reference: {ref}", st["addr"]), bk.P("Date: 20 April 2026", st["addr"]), bk.S(8),
             bk.P("Dear Applicant,", st["body"]),
             bk.P("You asked us for the following information:", st["body"]),
             bk.P("The number of allegations of sexual assault, sexual harassment and sexual misconduct made "
                  "against BTP officers and staff in the financial years 2023/24 and 2024/25.", st["quote"]),
             bk.P("Our Professional Standards Department reports by its own year, from 1 July to 30 June. The "
                  "table gives the two most recent of those years, which overlap the years you asked about.",
                  st["body"]),
             table, bk.S(8),
             bk.P("Sexual harassment by police staff: the number of police staff in roles where such an "
                  "allegation could arise is very small. We can neither confirm nor deny whether this "
                  "information is held, as to do so would reveal personal data about individuals; section "
                  "40(5B) of the Act applies.", st["body"]),
             bk.P("If you are dissatisfied with this response you may request an internal review within 40 "
                  "working days, and you may then complain to the Information Commissioner's Office, Wycliffe "
                  "House, Water Lane, Wilmslow, SK9 5AF.", st["body"]),
             bk.P("Yours sincerely,", st["body"]), bk.P("Freedom of Information Unit", st["body"])]
    bk.pdf_letter(src, story, furniture, title=f"British Transport Police {ref}", author="British Transport Police")


if __name__ == "__main__":
    civil_nuclear()
    warwickshire()
    british_transport()
