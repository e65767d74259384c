#!/usr/bin/python3
"""make_round20_fixtures.py: the binary unseen-letters files of round 20 (part B).

Writes them with blindkit's writers (openpyxl, fixed properties and zip times): the
output is byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round20_fixtures.py

  warwickshire/WP FOI 26-0771 workbook.xlsx
      a workbook that is no letter: a "Notes" sheet (the force, the reference,
      who the figures are about, and "We do not hold figures for the calendar
      years 2023 and 2024: ..."), then a "Summary" sheet of allegation types
      down and financial years across with a "Grand Total" column (the span
      of the three years) and a "Grand Total" row. The type x year cells and
      the Grand Total column are keyed (the column as the span 2022-04-01 to
      2025-03-31); the Grand Total row is a total across types (no figure);
      the two calendar years are not held for every type the sheet gives
      (the Grand Total column, a span of the years given, gives nothing for a
      calendar year).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402

blindkit.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-letters"

YEARS = ["2022/23", "2023/24", "2024/25"]
TYPES = [("Sexual harassment", [6, 9, 4]), ("Sexual misconduct", [3, 2, 5]),
         ("Abuse of position for a sexual purpose", [1, 0, 2]), ("Sexual assault", [2, 4, 4])]


def build():
    wb = Workbook()
    notes = wb.active
    notes.title = "Notes"
    for r, text in enumerate([
            "Warwickshire Police - Freedom of Information reference 26-0771",
            "Allegations recorded against police officers and police staff, by financial year.",
            "We do not hold figures for the calendar years 2023 and 2024: the conduct database reports by "
            "financial year only.",
            "The Summary sheet gives each allegation type by the financial year in which it was recorded."], 1):
        notes.cell(row=r, column=1, value=text)
    ws = wb.create_sheet("Summary")
    bold = Font(bold=True)
    for c, h in enumerate(["Allegation type"] + YEARS + ["Grand Total"], 1):
        ws.cell(row=1, column=c, value=h).font = bold
    for r, (t, vals) in enumerate(TYPES, 2):
        ws.cell(row=r, column=1, value=t)
        for c, v in enumerate(vals, 2):
            ws.cell(row=r, column=c, value=v)
        ws.cell(row=r, column=len(vals) + 2, value=sum(vals))
    r = len(TYPES) + 2
    ws.cell(row=r, column=1, value="Grand Total").font = bold
    for c in range(len(YEARS)):
        ws.cell(row=r, column=c + 2, value=sum(v[c] for _, v in TYPES)).font = bold
    ws.cell(row=r, column=len(YEARS) + 2, value=sum(sum(v) for _, v in TYPES)).font = bold
    blindkit.xlsx_save(wb, "warwickshire/WP FOI 26-0771 workbook.xlsx", creator="Information Management")


if __name__ == "__main__":
    build()
