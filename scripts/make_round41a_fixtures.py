#!/usr/bin/python3
"""make_round41a_fixtures.py: the PDF of round 41 (part A) in the keyed set
fixtures/pdf-layouts; its rows of that set's expected.csv are keyed by hand below, as a
careful reader would key them; --key writes them into its expected.csv in place of any rows
of this script's file it already has, keeping every other row as it is.

Drawn on a reportlab canvas (invariant): the output is byte-identical from run to run.
Run from the repository's root:

    /usr/bin/python3 scripts/make_round41a_fixtures.py [--key]

  northumbria/NP FOI 2026-4471 answer.pdf
      a letter with one table and no ruling at all: outcomes indented under a bold type
      line, four columns of right-aligned counts under right-aligned heads "Officers" and
      "Staff", and above each pair a period head "Year to 30 September 2025" set flush right
      with the pair and wider than it (it starts left of "Officers"). A careful reader
      takes each period head for both columns under it (the twelve months to that day).
      The table runs on to page 2 without its heads: the first group there joins it over
      the page break, and the group after it (a blank line between) is under the same
      heads.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
bk.ROOT = ROOT

SRC = "northumbria/NP FOI 2026-4471 answer.pdf"
Y24 = ("2023-10-01", "2024-09-30", "Year to 30 September 2024")
Y25 = ("2024-10-01", "2025-09-30", "Year to 30 September 2025")
TYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
         ("Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
         ("Violence against women and girls", "vawg")]
OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("No case to answer", "no_case_to_answer"), ("Still being investigated", "ongoing")]
DATA = {  # per type, per outcome: officers Y24, staff Y24, officers Y25, staff Y25
    "sexual_harassment": [(4, 1, 2, 0), (3, 2, 5, 1), (7, 0, 3, 2), (1, 1, 6, 3)],
    "sexual_assault": [(2, 0, 1, 1), (0, 1, 2, 0), (5, 3, 4, 1), (2, 0, 3, 2)],
    "abuse_of_position_sexual": [(3, 1, 0, 2), (1, 0, 1, 1), (0, 2, 3, 0), (1, 1, 2, 4)],
    "vawg": [(6, 2, 4, 3), (2, 3, 1, 0), (4, 1, 5, 2), (0, 2, 1, 1)],
}
KEY = []


def build():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(bk.dest(SRC)), pagesize=A4, invariant=1)
    c.setTitle("NP FOI 2026-4471")
    c.setAuthor("Northumbria Police")
    h = A4[1]
    c.setFont("Helvetica-Bold", 12)
    c.drawString(56, h - 64, "Northumbria Police - Freedom of Information")
    c.setFont("Helvetica", 9.5)
    y = h - 90
    for line in ("Our reference: NP FOI 2026-4471. Date: 2 December 2026.",
                 "You asked how many allegations of sexual harassment and sexual assault were made against",
                 "our officers and staff, and how each was finalised. The counts below are by the year in which",
                 "the allegation was recorded; officers and staff are counted separately."):
        c.drawString(56, y, line)
        y -= 13
    right = [312, 370, 428, 486]
    y -= 6
    c.setFont("Helvetica", 8)
    for (_, _, head), x in ((Y24, right[1]), (Y25, right[3])):
        c.drawRightString(x, y, head)
    y -= 13
    c.setFont("Helvetica-Bold", 8)
    for x, head in zip(right, ("Officers", "Staff", "Officers", "Staff")):
        c.drawRightString(x, y, head)
    y -= 10
    for n, (tl, tc) in enumerate(TYPES):
        if n == 2:
            # the table runs on to page 2 without its heads
            c.setFont("Helvetica", 8)
            c.drawString(56, 30, "Northumbria Police  NP FOI 2026-4471  Page 1 of 2")
            c.showPage()
            y = h - 50
        y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, y, tl)
        tot = [0, 0, 0, 0]
        rows = [(ol, oc, vals) for (ol, oc), vals in zip(OUTS, DATA[tc])]
        for ol, oc, vals in rows:
            y -= 13
            c.setFont("Helvetica", 8.5)
            c.drawString(66, y, ol)
            for i, (x, v) in enumerate(zip(right, vals)):
                c.drawRightString(x, y, str(v))
                tot[i] += v
            for (per, subj), v in zip(((Y24, "officers"), (Y24, "staff"), (Y25, "officers"), (Y25, "staff")), vals):
                KEY.append([SRC, "northumbria", per[0], per[1], tc, "allegations", subj, oc, str(v), "reported",
                            str(v), str(v), ""])
        y -= 13
        c.drawString(66, y, "Total")
        for i, x in enumerate(right):
            c.drawRightString(x, y, str(tot[i]))
        for (per, subj), v in zip(((Y24, "officers"), (Y24, "staff"), (Y25, "officers"), (Y25, "staff")), tot):
            KEY.append([SRC, "northumbria", per[0], per[1], tc, "allegations", subj, "total", str(v), "reported",
                        str(v), str(v), ""])
        y -= 10
    y -= 22
    c.setFont("Helvetica", 9.5)
    c.drawString(56, y, "If you are unhappy with this response you may ask for an internal review within 40 working days.")
    c.setFont("Helvetica", 8)
    c.drawString(56, 30, "Northumbria Police  NP FOI 2026-4471  Page 2 of 2")
    c.showPage()
    c.save()


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        bk.merge_key(ROOT, KEY)
