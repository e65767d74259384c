#!/usr/bin/python3
"""make_round38a_fixtures.py: the PDF of round 38 (part A) in the keyed set
fixtures/pdf-layouts; its rows of that set's expected.csv are keyed by hand below, as a
careful reader would key them; --key writes them into expected.csv in place of any rows of
this script's file it already has, keeping every other row as it is.

Written with blindkit's reportlab helpers: the output is byte-identical from run to run.
Run from the repository's root:

    /usr/bin/python3 scripts/make_round38a_fixtures.py [--key]

  derbyshire/Derbyshire FOI 2026-0640 printout.pdf
      a spreadsheet printed to PDF with its headings on (column letters A-E across the top,
      row numbers 1-19 down the left, inside the grid's rules), landscape, no letter: a
      title in the first cell that runs on over the next cells ("Derbyshire Constabulary -
      FOI 2026-0640 - allegations against police officers"), a first block of totals by
      type for the calendar years 2023 and 2024, a blank row, then a second block titled
      "Outcomes of allegations recorded in 2024" (outcomes down, three types across) and a
      note row under the grid ("Figures are for police officers only ..."). Keyed: every
      count, officers (the title and the note); the column letters, row numbers and the
      title's reference are non-figures.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

PDFS = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
bk.ROOT = PDFS

SRC = "derbyshire/Derbyshire FOI 2026-0640 printout.pdf"
CY23 = ("2023-01-01", "2023-12-31")
CY24 = ("2024-01-01", "2024-12-31")
TYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
         ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
TOTALS = {"sexual_harassment": (8, 11), "sexual_misconduct": (5, 4), "abuse_of_position_sexual": (3, 6)}
OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("Written warning", "written_warning"), ("No case to answer", "no_case_to_answer"),
        ("Still under investigation", "ongoing")]
# 2024 outcomes per type (each adds up to its 2024 total)
DATA = {"sexual_harassment": [2, 3, 1, 4, 1], "sexual_misconduct": [1, 0, 1, 2, 0],
        "abuse_of_position_sexual": [3, 1, 0, 0, 2]}
KEY = []


def key(per, tc, out, v):
    KEY.append([SRC, "derbyshire", per[0], per[1], tc, "allegations", "officers", out, str(v), "reported",
                str(v), str(v), ""])


def build():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    grid = [["Derbyshire Constabulary - FOI 2026-0640 - allegations against police officers", "", "", "", ""],
            [""] * 5,
            ["Type of allegation", "2023", "2024", "", ""]]
    for lab, tc in TYPES:
        a, b = TOTALS[tc]
        grid.append([lab, str(a), str(b), "", ""])
        key(CY23, tc, "total", a)
        key(CY24, tc, "total", b)
    grid.append([""] * 5)
    grid.append(["Outcomes of allegations recorded in 2024", "", "", "", ""])
    grid.append(["Outcome"] + [lab for lab, _ in TYPES] + [""])
    for i, (ol, oc) in enumerate(OUTS):
        grid.append([ol] + [str(DATA[tc][i]) for _, tc in TYPES] + [""])
        for _, tc in TYPES:
            key(CY24, tc, oc, DATA[tc][i])
    grid.append([""] * 5)
    grid.append(["Figures are for police officers only, as recorded on the conduct case system.",
                 "", "", "", ""])
    letters = ["", "A", "B", "C", "D", "E"]
    data = [letters] + [[str(i)] + row for i, row in enumerate(grid, 1)]
    t = Table(data, colWidths=[10 * mm, 68 * mm, 38 * mm, 38 * mm, 52 * mm, 20 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8),
                           ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#C0C0C0")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8E8E8")),
                           ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
                           ("FONT", (1, 1), (1, 1), "Helvetica-Bold", 9),
                           ("FONT", (1, 3), (-1, 3), "Helvetica-Bold", 8),
                           ("FONT", (1, 9), (-1, 9), "Helvetica-Bold", 8)]))

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, h - 10 * mm, "FOI 2026-0640 printout")
        c.drawCentredString(w / 2, 8 * mm, f"Page {p} of {n}")
    bk.pdf_letter(SRC, [t], furn, pagesize=landscape(A4), margins=(15, 15, 18, 15),
                  title="FOI 2026-0640", author="Derbyshire Constabulary Information Rights")


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        bk.merge_key(PDFS, KEY)
