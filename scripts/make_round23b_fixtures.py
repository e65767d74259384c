#!/usr/bin/python3
"""make_round23b_fixtures.py: the PDF file of round 23 (part B) in the keyed set
fixtures/pdf-layouts (its rows of expected.csv are keyed by hand, as a careful reader
would key them).

Drawn on a reportlab canvas (invariant mode): the output is byte-identical from run to
run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round23b_fixtures.py

  essex/EP FOI 26-0617 outcomes.pdf
      a three-page letter with three unruled tables (no rules at all), one per financial
      year, allegation categories as rows; the outcome column headings are turned a
      quarter and read top to bottom (set downwards from the caption), the label column's
      heading "Allegation category" stands level beside them; the second and third
      tables start at the top of their pages, so "Allegation category" repeats in a
      running header's place on two pages (a table's heading, not page furniture) under
      the caption of each table. A sentence "Figures for 2022/23 cannot be provided as
      the case system only went live in 2023; the information is not held." sits in the
      letter: the clause after the semicolon names nothing, so 2022/23 alone is not held.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"

OUTS = ["Dismissed", "Final written warning", "Management action", "No case to answer",
        "Still under investigation", "Total"]
CATS = ["Sexual harassment", "Sexual misconduct", "Abuse of position for a sexual purpose"]
YEARS = ["2023/24", "2024/25", "2025/26"]
# per year, per category: the five outcomes (the total is their sum)
DATA = {
    "2023/24": [[2, 1, 4, 3, 0], [1, 0, 2, 5, 1], [1, 1, 0, 0, 2]],
    "2024/25": [[3, 2, 1, 6, 2], [0, 1, 3, 2, 0], [2, 0, 0, 1, 1]],
    "2025/26": [[1, 0, 2, 1, 7], [0, 0, 1, 3, 4], [0, 1, 0, 0, 3]],
}


def essex():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rlcanvas
    src = "essex/EP FOI 26-0617 outcomes.pdf"
    W, H = A4
    c = rlcanvas.Canvas(str(bk.dest(src)), pagesize=A4, invariant=1)
    c.setTitle("Essex Police FOI 26-0617")
    pages = 3

    def furn(p):
        c.setFont("Helvetica", 8)
        c.drawString(22 * mm, 12 * mm, "Essex Police, PO Box 2, Springfield, Chelmsford CM2 6DA")
        c.drawRightString(W - 22 * mm, 12 * mm, f"{p} / {pages}")

    def para(lines, y, size=10, font="Helvetica"):
        c.setFont(font, size)
        for ln in lines:
            c.drawString(22 * mm, y, ln)
            y -= size * 1.45
        return y

    def table(y, year):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(22 * mm, y, f"Outcomes of allegations against police officers, {year}")
        y -= 5 * mm
        x0 = 92 * mm
        dx = 16 * mm
        c.setFont("Helvetica", 8)
        for j, lab in enumerate(OUTS):
            c.saveState()
            c.translate(x0 + j * dx - 1 * mm, y)
            c.rotate(-90)
            c.drawString(0, 0, lab)
            c.restoreState()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(22 * mm, y - 34 * mm, "Allegation category")
        y -= 41 * mm
        c.setFont("Helvetica", 9)
        for i, cat in enumerate(CATS):
            vals = DATA[year][i] + [sum(DATA[year][i])]
            c.drawString(22 * mm, y, cat)
            for j, v in enumerate(vals):
                c.drawRightString(x0 + j * dx + 3 * mm, y, str(v))
            y -= 6 * mm
        return y - 8 * mm

    furn(1)
    y = H - 22 * mm
    c.setFont("Helvetica-Bold", 13)
    c.drawString(22 * mm, y, "Essex Police - Information Rights")
    y -= 7 * mm
    y = para(["Reference: FOI 26-0617", "Date: 11 March 2026"], y)
    y -= 3 * mm
    y = para(["Your request:"], y)
    y = para(["\"For each of the financial years 2022/23, 2023/24, 2024/25 and 2025/26, please give the",
              "number of allegations of sexual harassment, sexual misconduct and abuse of position for a",
              "sexual purpose made against police officers, broken down by outcome.\""], y,
             size=9, font="Helvetica-Oblique")
    y -= 3 * mm
    y = para(["Essex Police holds some of this information. Figures for 2022/23 cannot be provided as the",
              "case system only went live in 2023; the information is not held. The tables below give each",
              "year's allegations by outcome, with the outcome headings turned to fit the page."], y)
    y -= 5 * mm
    table(y, YEARS[0])
    c.showPage()
    furn(2)
    table(H - 24 * mm, YEARS[1])
    c.showPage()
    furn(3)
    y = table(H - 24 * mm, YEARS[2])
    y = para(["An allegation is counted in the year it was recorded; outcomes are as at 28 February 2026."], y)
    y -= 3 * mm
    y = para(["Yours faithfully,", "Information Rights Team"], y)
    c.showPage()
    c.save()


if __name__ == "__main__":
    essex()
