#!/usr/bin/python3
"""make_lead_dec5_fixtures.py: the lead's file of 5 December (evening) in the keyed set fixtures/office,
and its rows of its expected.csv (keyed by hand, as a careful reader would key them; the rows other
scripts key in the same expected.csv are kept as they are).

Run from the repository's root (deterministic: fixed workbook dates, normalised zip):

    /usr/bin/python3 scripts/make_lead_dec5_fixtures.py

  office/lincolnshire/LP FOI 2026-8812 repeat request.xlsx
      a repeat request answered in a workbook of two visible sheets: "This year" (a title row, a
      table of allegation types by 2025/26 and 2026/27 to 31 October 2026, as a note says) and
      "Last year's reply" whose title row says "SUPERSEDED - the table we sent in answer to your
      request of last year, kept for reference only; do not use" over last year's table, whose
      second title row says "2025/26 was then 1 April to 31 October 2025". Keyed: the first sheet's
      figures only, 2025/26 the whole financial year; the superseded sheet gives nothing, and its
      "was then" days define nothing.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

SRC = "lincolnshire/LP FOI 2026-8812 repeat request.xlsx"
CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
        ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
NOW = {"2025/26": ("2025-04-01", "2026-03-31", [14, 9, 3]), "2026/27": ("2026-04-01", "2026-10-31", [6, 4, 1])}
THEN = {"2024/25": [12, 8, 2], "2025/26": [7, 5, 2]}


def workbook():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    rows = []
    wb = Workbook()
    ws = wb.active
    ws.title = "This year"
    ws["A1"] = "Lincolnshire Police - allegations against police officers and police staff, by financial year"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "2026/27 is the current financial year to 31 October 2026."
    ws.cell(4, 1, "Allegation type").font = Font(bold=True)
    for j, lab in enumerate(NOW, 2):
        ws.cell(4, j, lab).font = Font(bold=True)
    for i, (lab, cid) in enumerate(CATS):
        ws.cell(5 + i, 1, lab)
        for j, (per, (a, b, vals)) in enumerate(NOW.items(), 2):
            ws.cell(5 + i, j, vals[i])
            rows.append([SRC, "lincolnshire", a, b, cid, "allegations", "officers_and_staff", "total",
                         str(vals[i]), "reported", str(vals[i]), str(vals[i]), ""])
    ws2 = wb.create_sheet("Last year's reply")
    ws2["A1"] = ("SUPERSEDED - the table we sent in answer to your request of last year, kept for reference "
                 "only; do not use")
    ws2["A1"].font = Font(bold=True)
    ws2["A2"] = "2025/26 was then 1 April to 31 October 2025."
    ws2.cell(4, 1, "Allegation type").font = Font(bold=True)
    for j, lab in enumerate(THEN, 2):
        ws2.cell(4, j, lab).font = Font(bold=True)
    for i, (lab, _) in enumerate(CATS):
        ws2.cell(5 + i, 1, lab)
        for j, vals in enumerate(THEN.values(), 2):
            ws2.cell(5 + i, j, vals[i])
    ws.column_dimensions["A"].width = 40
    ws2.column_dimensions["A"].width = 40
    bk.xlsx_save(wb, SRC, creator="Lincolnshire Police FOI", when=bk.dt.datetime(2026, 11, 20, 10, 0, 0))
    return rows


def main():
    bk.ROOT = REPO / "fixtures" / "office"
    bk.merge_key(bk.ROOT, workbook())


if __name__ == "__main__":
    main()
