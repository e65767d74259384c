#!/usr/bin/python3
"""make_round42a_fixtures.py: the documents of round 42 (part A) in the keyed sets; their
rows of each set's expected.csv are keyed by hand below, as a careful reader would key
them; --key writes them into that expected.csv in place of any rows of this script's files
it already has, keeping every other row as it is.

Written with blindkit's helpers (fixed core properties and zip times; reportlab's
invariant canvas): the output is byte-identical from run to run. Run from the
repository's root:

    /usr/bin/python3 scripts/make_round42a_fixtures.py [--key]

  warwickshire/WP FOI 2026-2207 allegations.xlsx   (fixtures/office)
      a workbook whose two data sheets are named in GOV.UK's style, "Financial year 2023
      to 2024" and "Financial year 2024 to 2025", each with a title row that names no
      period, outcomes down and allegation types across (officers and staff together),
      and a "Read me" sheet of prose about "the financial years 2023 to 2024 and 2024 to
      2025". A careful reader takes each sheet's name for the financial year of its
      figures (2023/24, 2024/25), never two calendar years.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT_OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"

SRC_XLSX = "warwickshire/WP FOI 2026-2207 allegations.xlsx"
KEY_XLSX = []
FY23 = ("2023-04-01", "2024-03-31", "Financial year 2023 to 2024")
FY24 = ("2024-04-01", "2025-03-31", "Financial year 2024 to 2025")
XTYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
          ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
XOUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
         ("Management action", "management_action"), ("No case to answer", "no_case_to_answer"),
         ("Investigation ongoing", "ongoing")]
XDATA = {  # per year, per outcome: one count per type
    FY23: [(3, 1, 2), (2, 0, 1), (6, 2, 0), (4, 3, 1), (1, 2, 3)],
    FY24: [(5, 2, 1), (1, 1, 0), (3, 0, 2), (7, 1, 1), (2, 4, 0)],
}


def build_xlsx():
    import openpyxl
    from openpyxl.styles import Font
    bk.ROOT = ROOT_OFFICE
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Read me"
    for r, line in enumerate((
            "Warwickshire Police - response to FOI 2026-2207",
            "These sheets give the allegations of sexual misconduct recorded against our police officers and "
            "police staff in the financial years 2023 to 2024 and 2024 to 2025, by outcome.",
            "Officers and staff are counted together. Each sheet holds one financial year.",
            "Response sent on 14 December 2026."), 1):
        ws.cell(row=r, column=1, value=line)
    ws["A1"].font = Font(bold=True)
    for per in (FY23, FY24):
        s = wb.create_sheet(per[2])
        s.cell(row=1, column=1, value="Allegations by outcome and type").font = Font(bold=True)
        heads = ["Outcome"] + [tl for tl, _ in XTYPES]
        for j, h in enumerate(heads, 1):
            s.cell(row=3, column=j, value=h).font = Font(bold=True)
        tot = [0] * len(XTYPES)
        r = 4
        for (ol, oc), vals in zip(XOUTS, XDATA[per]):
            s.cell(row=r, column=1, value=ol)
            for j, v in enumerate(vals):
                s.cell(row=r, column=2 + j, value=v)
                tot[j] += v
                KEY_XLSX.append([SRC_XLSX, "warwickshire", per[0], per[1], XTYPES[j][1], "allegations",
                                 "officers_and_staff", oc, str(v), "reported", str(v), str(v), ""])
            r += 1
        s.cell(row=r, column=1, value="Total").font = Font(bold=True)
        for j, v in enumerate(tot):
            s.cell(row=r, column=2 + j, value=v).font = Font(bold=True)
            KEY_XLSX.append([SRC_XLSX, "warwickshire", per[0], per[1], XTYPES[j][1], "allegations",
                             "officers_and_staff", "total", str(v), "reported", str(v), str(v), ""])
        s.column_dimensions["A"].width = 24
    bk.xlsx_save(wb, SRC_XLSX, creator="Warwickshire Police")


if __name__ == "__main__":
    build_xlsx()
    if "--key" in sys.argv:
        bk.merge_key(ROOT_OFFICE, KEY_XLSX)
