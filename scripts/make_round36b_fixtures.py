#!/usr/bin/python3
"""make_round36b_fixtures.py: the binary documents of round 36b in the keyed set fixtures/office
(their rows of fixtures/office/expected.csv are keyed by hand below, as a careful reader would
key them; bk.merge_key puts them in place of this script's files' rows and leaves every other
file's rows as they are). Byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round36b_fixtures.py

make_office_fixtures.py rewrites fixtures/office/expected.csv from its own key: after running
it, run this script again.

  west-mercia/WMP FOI 26-6120 quarterly extract.xlsx
      an export with no letter: sheet "Extract" first (Category / Result down, four quarter
      columns "Q3 24/25" .. "Q2 25/26" with two-digit years, no year totals), then a sheet
      "Notes" with no table saying who is counted ("police officers only; police staff are
      not included") and how the quarters run (April to June is Q1). A careful reader takes
      each column as its quarter of the financial year and the subject from the notes sheet.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"

KEY = []

WM = "west-mercia/WMP FOI 26-6120 quarterly extract.xlsx"
QUARTERS = [("Q3 24/25", "2024-10-01", "2024-12-31"), ("Q4 24/25", "2025-01-01", "2025-03-31"),
            ("Q1 25/26", "2025-04-01", "2025-06-30"), ("Q2 25/26", "2025-07-01", "2025-09-30")]
CATS = [("Sexual harassment", "sexual_harassment"),
        ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
RESULTS = [("Dismissed", "dismissed"), ("Written warning", "written_warning"),
           ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer")]
DATA = {  # per category: per result, one count per quarter
    "sexual_harassment": [(1, 0, 2, 0), (0, 3, 1, 1), (2, 2, 0, 4), (5, 1, 3, 2)],
    "abuse_of_position_sexual": [(2, 1, 0, 1), (0, 0, 1, 0), (1, 0, 0, 2), (0, 2, 1, 1)],
}


def key(src, force, q, cat, out, v):
    KEY.append([src, force, q[1], q[2], cat, "allegations", "officers", out, str(v), "reported",
                str(v), str(v), ""])


def build_west_mercia():
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Extract"
    ws.append(["Category", "Result"] + [q[0] for q in QUARTERS])
    for c in ws[1]:
        c.font = Font(bold=True)
    for cl, cat in CATS:
        for (rl, out), vs in zip(RESULTS, DATA[cat]):
            ws.append([cl, rl] + list(vs))
            for q, v in zip(QUARTERS, vs):
                key(WM, "west-mercia", q, cat, out, v)
        tot = [sum(x[i] for x in DATA[cat]) for i in range(len(QUARTERS))]
        ws.append([cl, "Total"] + tot)
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
        for q, v in zip(QUARTERS, tot):
            key(WM, "west-mercia", q, cat, "total", v)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 22
    notes = wb.create_sheet("Notes")
    for line in ["West Mercia Police - Professional Standards - FOI 26-6120",
                 "These counts are allegations recorded against police officers only; police staff "
                 "are not included.",
                 "Quarters run from April: Q1 is April to June, Q2 July to September, Q3 October to "
                 "December and Q4 January to March. 24/25 means the financial year 2024/25.",
                 "Extracted from Centurion on 14 November 2026."]:
        notes.append([line])
    bk.xlsx_save(wb, WM, creator="West Mercia Police")


if __name__ == "__main__":
    build_west_mercia()
    bk.merge_key(bk.ROOT, KEY)
    print(f"{len(KEY)} key rows", file=sys.stderr)
