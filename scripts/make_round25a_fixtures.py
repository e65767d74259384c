#!/usr/bin/python3
"""make_round25a_fixtures.py: the workbook of round 25 (part A) in the keyed set
fixtures/unseen-tables (its rows of fixtures/unseen-tables/expected.csv are keyed by hand
below, as a careful reader would key them, and printed by --key).

Written with openpyxl (every text cell an inline string, as openpyxl 3.1 writes them) and
blindkit's xlsx_save (fixed properties and zip times): the output is byte-identical from
run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round25a_fixtures.py [--key]

fixtures/unseen-tables/make.py keeps the rows of files it does not write.

  wiltshire/WP FOI 2026-1408 figures.xlsx
      sheet "Figures": a title, a subtitle and a note in the cells under it ("* denotes a
      count of 1 to 4, withheld under section 40(2) of the Act; 0 means none"), no blank
      row between them (a reader joins them into one paragraph), then a table of two
      allegation types x Officer / Staff rows x 2023/24, 2024/25 and CY2024. A '*' is a
      withheld count of 1 to 4 (suppressed 1..4, s40(2)); 0 is none. A hidden sheet
      "Working 02-11-26" holds unsuppressed working figures, some different: never read,
      never keyed.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-tables"

SRC = "wiltshire/WP FOI 2026-1408 figures.xlsx"
PERIODS = [("2023/24", "2023-04-01", "2024-03-31"), ("2024/25", "2024-04-01", "2025-03-31"),
           ("CY2024", "2024-01-01", "2024-12-31")]
ROWS = [  # (type label, category, employee label, subject, values per period)
    ("Sexual harassment", "sexual_harassment", "Officer", "officers", ["6", "*", "11"]),
    ("Sexual harassment", "sexual_harassment", "Staff", "staff", ["*", "0", "*"]),
    ("Discriminatory behaviour", "discriminatory_behaviour", "Officer", "officers", ["*", "8", "5"]),
    ("Discriminatory behaviour", "discriminatory_behaviour", "Staff", "staff", ["0", "*", "*"]),
]
WORKING = [  # the hidden sheet's unsuppressed drafts (not keyed)
    ("Sexual harassment", "Officer", 6, 3, 12),
    ("Sexual harassment", "Staff", 2, 0, 1),
    ("Discriminatory behaviour", "Officer", 4, 8, 5),
    ("Discriminatory behaviour", "Staff", 0, 2, 3),
]
KEY = []


def build():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Figures"
    ws["A1"] = "Wiltshire Police - Freedom of Information 2026-1408"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Allegations against police officers and police staff, by type"
    ws["A3"] = "* denotes a count of 1 to 4, withheld under section 40(2) of the Act; 0 means none."
    heads = ["Allegation type", "Employee"] + [p[0] for p in PERIODS]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
    for i, (lab, cat, emp, subj, vals) in enumerate(ROWS):
        r = 6 + i
        ws.cell(row=r, column=1, value=lab)
        ws.cell(row=r, column=2, value=emp)
        for j, v in enumerate(vals):
            ws.cell(row=r, column=3 + j, value=int(v) if v.isdigit() else v)
            per = PERIODS[j]
            if v == "*":
                KEY.append([SRC, "wiltshire", per[1], per[2], cat, "allegations", subj, "total", "",
                            "suppressed", "1", "4", "s40(2)"])
            else:
                KEY.append([SRC, "wiltshire", per[1], per[2], cat, "allegations", subj, "total", v,
                            "reported", v, v, ""])
    ws["A11"] = "Source: Professional Standards Department case records, extracted 2 November 2026."
    ws.column_dimensions["A"].width = 28
    hidden = wb.create_sheet("Working 02-11-26")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "Working figures - not for release"
    for j, h in enumerate(heads, 1):
        hidden.cell(row=3, column=j, value=h)
    for i, row in enumerate(WORKING):
        for j, v in enumerate(row):
            hidden.cell(row=4 + i, column=1 + j, value=v)
    bk.xlsx_save(wb, SRC, creator="Information Management")


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        import csv
        w = csv.writer(sys.stdout, lineterminator="\n")
        for r in sorted(KEY):
            w.writerow(r)
