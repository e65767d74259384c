#!/usr/bin/python3
"""make_lead_dec5_fixtures.py: the lead's fixture of 5 December (night) in the keyed set
fixtures/office; its rows of that set's expected.csv are keyed by hand below, as a careful
reader would key them; --key writes them into expected.csv in place of any rows of this
script's files it already has, keeping every other row as it is.

Written with blindkit's openpyxl helper (fixed core properties and zip times): the output is
byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_lead_dec5_fixtures.py [--key]

  staffordshire/SP FOI 26-3904 allegations by period.xlsx
      a workbook: a "Notes" sheet first, then one data sheet per period named "FY 24-25" and
      "YTD 25-26" (two-digit years), no period in their title rows; the Notes sheet says what
      each name covers ("YTD 25-26 = 1 April 2025 to 31 October 2025"). Each data sheet: type,
      outcome, Police officers, Police staff. Keyed: every count, officers and staff apart, the
      YTD sheet's for 1 April to 31 October 2025 (as the Notes sheet defines it).
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"
bk.ROOT = ROOT
KEY = []

STAFFS = "staffordshire/SP FOI 26-3904 allegations by period.xlsx"
TYPES = [("Sexual misconduct", "sexual_misconduct"), ("Abuse of position for a sexual purpose",
                                                      "abuse_of_position_sexual")]
OUTS = [("Dismissed", "dismissed"), ("Written warning", "written_warning"), ("No case to answer",
                                                                             "no_case_to_answer")]
SHEETS = [("FY 24-25", ("2024-04-01", "2025-03-31")), ("YTD 25-26", ("2025-04-01", "2025-10-31"))]
DATA = {  # sheet, type: per outcome (officers, staff)
    ("FY 24-25", "sexual_misconduct"): [(3, 1), (2, 0), (6, 2)],
    ("FY 24-25", "abuse_of_position_sexual"): [(4, 0), (1, 1), (2, 0)],
    ("YTD 25-26", "sexual_misconduct"): [(1, 0), (0, 2), (5, 1)],
    ("YTD 25-26", "abuse_of_position_sexual"): [(2, 1), (0, 0), (3, 0)],
}


def build_staffs():
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Notes"
    for line in ["Staffordshire Police - Freedom of Information request 26-3904",
                 "Allegations against police officers and police staff, by type and outcome.",
                 "Each data sheet covers the period in its name:",
                 "FY 24-25 = 1 April 2024 to 31 March 2025",
                 "YTD 25-26 = 1 April 2025 to 31 October 2025"]:
        ws.append([line])
    ws["A1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 70
    for name, per in SHEETS:
        s = wb.create_sheet(name)
        s.append(["Allegations recorded by Professional Standards"])
        s["A1"].font = Font(bold=True)
        s.append([])
        s.append(["Allegation type", "Outcome", "Police officers", "Police staff"])
        for tl, tc in TYPES:
            for (ol, oc), (o, st) in zip(OUTS, DATA[(name, tc)]):
                s.append([tl, ol, o, st])
                for subj, v in (("officers", o), ("staff", st)):
                    KEY.append([STAFFS, "staffordshire", per[0], per[1], tc, "allegations", subj, oc, str(v),
                                "reported", str(v), str(v), ""])
        s.column_dimensions["A"].width = 40
        s.column_dimensions["B"].width = 22
    bk.xlsx_save(wb, STAFFS, creator="Staffordshire Police")


def write_key(root, rows_key):
    path = root / "expected.csv"
    mine = {r[0] for r in rows_key}
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    head, body = rows[0], [r for r in rows[1:] if r and r[0] not in mine]
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        w.writerows(body)
        w.writerows(sorted(rows_key))


if __name__ == "__main__":
    build_staffs()
    if "--key" in sys.argv:
        write_key(ROOT, KEY)
