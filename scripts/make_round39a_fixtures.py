#!/usr/bin/python3
"""make_round39a_fixtures.py: the fixtures of round 39a, with their rows of the keyed sets'
expected.csv keyed by hand below, as a careful reader would key them. Run from the
repository's root:

    /usr/bin/python3 scripts/make_round39a_fixtures.py [--key]

It writes its documents; --key also puts its rows into each set's expected.csv in place of any
rows of its files there (the rows of every other source file are kept as they are).

  office: cumbria/Cumbria Constabulary FOI 2026-1142 data.xlsx
      one sheet: a title row over the whole sheet, then two tables side by side separated by an
      empty column E: "Police officers" over A-D and "Police staff" over F-I, each title in the
      first cell of its own table (not merged across it), each table with its own header row
      (Category / Outcome / 2024 / 2025); the category is named on the first row of its block
      only, the cells under it blank down to its bold Total row; a source note under both
      tables. Keyed: every count,
      the left table's as officers, the right table's as staff, calendar years 2024 and 2025.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

FIX = Path(__file__).resolve().parent.parent / "fixtures"
OFFICE = FIX / "office"
OFFICE_KEY = []


def key(into, src, force, period, cat, subject, outcome, v):
    into.append([src, force, period[0], period[1], cat, "allegations", subject, outcome, str(v), "reported", str(v),
                 str(v), ""])


CUMBRIA = "cumbria/Cumbria Constabulary FOI 2026-1142 data.xlsx"
CUMBRIA_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
                ("Management action", "management_action"), ("No case to answer", "no_case_to_answer")]
CUMBRIA_DATA = {  # per subject, per category: (2024, 2025) per outcome
    "officers": [("Sexual harassment", "sexual_harassment", [(2, 1), (0, 3), (4, 2), (1, 5)]),
                 ("Sexual misconduct", "sexual_misconduct", [(1, 0), (2, 2), (0, 1), (3, 4)]),
                 ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [(3, 2), (0, 0), (1, 0), (0, 2)])],
    "staff": [("Sexual harassment", "sexual_harassment", [(0, 1), (1, 0), (2, 3), (2, 1)]),
              ("Sexual misconduct", "sexual_misconduct", [(1, 1), (0, 0), (1, 2), (0, 3)]),
              ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [(0, 0), (1, 0), (0, 1), (2, 0)])],
}


def cumbria():
    import openpyxl
    from openpyxl.styles import Font
    bk.ROOT = OFFICE
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FOI 2026-1142"
    ws["A1"] = "Cumbria Constabulary - misconduct allegations of a sexual nature, calendar years 2024 and 2025"
    ws["A1"].font = Font(bold=True)
    years = [("2024-01-01", "2024-12-31"), ("2025-01-01", "2025-12-31")]
    for c0, (title, subject) in ((1, ("Police officers", "officers")), (6, ("Police staff", "staff"))):
        ws.cell(row=3, column=c0, value=title).font = Font(bold=True)
        for j, h in enumerate(["Category", "Outcome", "2024", "2025"]):
            ws.cell(row=4, column=c0 + j, value=h).font = Font(bold=True)
        r = 5
        for lab, cat, outs in CUMBRIA_DATA[subject]:
            ws.cell(row=r, column=c0, value=lab)
            for i, ((ol, oc), vals) in enumerate(zip(CUMBRIA_OUTS, outs)):
                ws.cell(row=r, column=c0 + 1, value=ol)
                for k, v in enumerate(vals):
                    ws.cell(row=r, column=c0 + 2 + k, value=v)
                    key(OFFICE_KEY, CUMBRIA, "cumbria", years[k], cat, subject, oc, v)
                r += 1
            ws.cell(row=r, column=c0 + 1, value="Total").font = Font(bold=True)
            for k in range(2):
                t = sum(v[k] for v in outs)
                ws.cell(row=r, column=c0 + 2 + k, value=t).font = Font(bold=True)
                key(OFFICE_KEY, CUMBRIA, "cumbria", years[k], cat, subject, "total", t)
            r += 1
    ws.cell(row=r + 1, column=1, value="Source: Professional Standards Department database. Staff include police "
                                       "community support officers.")
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["F"].width = 38
    ws.column_dimensions["E"].width = 3
    bk.xlsx_save(wb, CUMBRIA, creator="Cumbria Constabulary")


if __name__ == "__main__":
    cumbria()
    if "--key" in sys.argv:
        bk.merge_key(OFFICE, OFFICE_KEY)
