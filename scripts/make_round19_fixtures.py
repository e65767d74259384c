#!/usr/bin/python3
"""make_round19_fixtures.py: the binary unseen-letters files of round 19 (part B).

Writes them with blindkit's writers (openpyxl, fixed properties and zip times): the
output is byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round19_fixtures.py

  city-of-london/CoLP FOI 26-0412 workbook.xlsx
      a workbook with a sheet per employee group ("Police officers", "Police
      staff"): the group only in the sheet name and its title row; a header row
      (Allegation type / Outcome / 2023/24 / 2024/25), then one block per type
      with the type in column A on the block's first row only, the outcomes in
      column B, a bold Total row (column A empty), and a blank row between the
      blocks. Every figure of every block is keyed (the blocks after the first
      sit under the first block's header).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402

blindkit.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-letters"

YEARS = ["2023/24", "2024/25"]
OUTCOMES = ["Gross misconduct - dismissed", "Final written warning", "Management advice", "No case to answer",
            "Investigation ongoing"]
SHEETS = {
    "Police officers": {
        "Sexual harassment": [(2, 1), (1, 3), (4, 2), (6, 5), (0, 3)],
        "Abuse of position for a sexual purpose": [(1, 2), (0, 0), (0, 1), (2, 1), (1, 2)],
        "Sexual assault": [(0, 1), (2, 0), (1, 1), (3, 4), (2, 2)],
    },
    "Police staff": {
        "Sexual harassment": [(1, 0), (0, 1), (2, 2), (3, 1), (0, 1)],
        "Abuse of position for a sexual purpose": [(0, 0), (0, 0), (0, 0), (1, 0), (0, 1)],
        "Sexual assault": [(0, 1), (0, 0), (1, 0), (1, 2), (0, 0)],
    },
}


def build():
    wb = Workbook()
    cover = wb.active
    cover.title = "Notes"
    for r, text in enumerate([
            "City of London Police \u2013 Information Access Office",
            "FOI 26/0412: allegations of a sexual nature recorded against employees",
            "The figures are numbers of allegations, by the financial year in which each was recorded.",
            "Each sheet gives one employee group: police officers, then police staff."], 1):
        cover.cell(row=r, column=1, value=text)
    for name, types in SHEETS.items():
        ws = wb.create_sheet(name)
        ws.cell(row=1, column=1, value=f"Allegations against {name.lower()}, financial years 2023/24 and 2024/25")
        bold = Font(bold=True)
        for c, h in enumerate(["Allegation type", "Outcome"] + YEARS, 1):
            ws.cell(row=3, column=c, value=h).font = bold
        r = 4
        for t, counts in types.items():
            ws.cell(row=r, column=1, value=t)
            for o, (a, b) in zip(OUTCOMES, counts):
                ws.cell(row=r, column=2, value=o)
                ws.cell(row=r, column=3, value=a)
                ws.cell(row=r, column=4, value=b)
                r += 1
            ws.cell(row=r, column=2, value="Total").font = bold
            ws.cell(row=r, column=3, value=sum(x[0] for x in counts)).font = bold
            ws.cell(row=r, column=4, value=sum(x[1] for x in counts)).font = bold
            r += 2
        ws.freeze_panes = "C4"
    blindkit.xlsx_save(wb, "city-of-london/CoLP FOI 26-0412 workbook.xlsx", creator="Information Access Office")


if __name__ == "__main__":
    build()
