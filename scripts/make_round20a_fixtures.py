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


if __name__ == "__main__":
    civil_nuclear()
