#!/usr/bin/python3
"""make_round47a_fixtures.py: the file of round 47 (part A) in the keyed set fixtures/office,
and its rows of its expected.csv (keyed by hand, as a careful reader would key them; the rows
other scripts key in the same expected.csv are kept as they are).

Run from the repository's root (deterministic: fixed workbook dates, normalised zip):

    /usr/bin/python3 scripts/make_round47a_fixtures.py

  office/summary/Campaign tracker - sexual misconduct FOIs (East Midlands and Central).xlsx
      a campaign group's own workbook, one sheet "Responses": title and method rows (every
      figure the allegations against officers and staff together in the calendar year), then
      Force (as the response names it) / Area / Year / Sexual assault / Sexual harassment /
      Abuse of position for a sexual purpose / Officers in post / Per 100 officers / Comments;
      forces named the short ways they name themselves ("Lincs Constabulary", "Northants
      Constab.", "Derbys Constabulary", "Notts Police", "Leics Constab.", "Staffs Constabulary",
      "Warks Constab."); an "Area total: ..." row per area (no force); Warwickshire's rows
      commented "Police staff only - officers' figures in a separate reply" (staff); one "Not
      held" cell. Keyed: each force row's counts to its force, the row's calendar year,
      officers_and_staff (staff for Warwickshire's rows, as their comment says); the "Not held"
      cell not_held; area totals, headcounts and rates are no figures.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

SRC = "summary/Campaign tracker - sexual misconduct FOIs (East Midlands and Central).xlsx"
CATS = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
        ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
# area, [(name as written, force id, headcount, comment, {year: [counts]})]
AREAS = [
    ("East Midlands", [
        ("Lincs Constabulary", "lincolnshire", 1180, "", {2024: [11, 17, 4], 2025: [9, 21, 3]}),
        ("Northants Constab.", "northamptonshire", 1420, "", {2024: [14, 12, 6], 2025: [18, 10, 2]}),
        ("Derbys Constabulary", "derbyshire", 2050, "", {2024: [22, 19, 7], 2025: [16, "Not held", 5]}),
        ("Notts Police", "nottinghamshire", 2310, "", {2024: [25, 28, 9], 2025: [30, 24, 8]}),
        ("Leics Constab.", "leicestershire", 2160, "", {2024: [19, 15, 5], 2025: [21, 26, 4]}),
    ]),
    ("Central", [
        ("Staffs Constabulary", "staffordshire", 1790, "", {2024: [13, 20, 6], 2025: [17, 14, 7]}),
        ("Warks Constab.", "warwickshire", 1010, "Police staff only - officers' figures in a separate reply",
         {2024: [3, 5, 1], 2025: [2, 4, 0]}),
    ]),
]


def tracker():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    rows = []
    wb = Workbook()
    ws = wb.active
    ws.title = "Responses"
    ws["A1"] = "Tracker: allegations of sexual misconduct against police officers and staff"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Kept by our research volunteers from forces' replies to our request of 3 November 2026. Each "
                "figure is the number of allegations of that type against officers and staff together in the "
                "calendar year. Area total rows add up the forces above them.")
    head = ["Force (as the response names it)", "Area", "Year"] + [c[0] for c in CATS] + \
        ["Officers in post", "Per 100 officers", "Comments"]
    for j, h in enumerate(head, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    r = 5
    for area, forces in AREAS:
        for name, fid, heads, comment, figs in forces:
            for year in (2024, 2025):
                ws.cell(r, 1, name)
                ws.cell(r, 2, area)
                ws.cell(r, 3, str(year))
                nums = 0
                for j, ((_, cid), v) in enumerate(zip(CATS, figs[year])):
                    ws.cell(r, 4 + j, v)
                    subj = "staff" if comment else "officers_and_staff"
                    if v == "Not held":
                        rows.append([SRC, fid, f"{year}-01-01", f"{year}-12-31", cid, "allegations", subj, "total",
                                     "", "not_held", "", "", ""])
                    else:
                        nums += v
                        rows.append([SRC, fid, f"{year}-01-01", f"{year}-12-31", cid, "allegations", subj, "total",
                                     str(v), "reported", str(v), str(v), ""])
                ws.cell(r, 7, heads)
                ws.cell(r, 8, round(nums * 100.0 / heads, 2))
                if comment:
                    ws.cell(r, 9, comment)
                r += 1
        for year in (2024, 2025):
            ws.cell(r, 1, f"Area total: {area}").font = Font(bold=True)
            ws.cell(r, 3, str(year)).font = Font(bold=True)
            for j in range(len(CATS)):
                tot = sum(f[4][year][j] for f in forces if isinstance(f[4][year][j], int))
                ws.cell(r, 4 + j, tot).font = Font(bold=True)
            r += 1
    ws.cell(r + 1, 1, "Sources: each force's reply (held on file). Officers in post: forces' own figures.")
    for col, w in zip("ABCDEFGHI", (34, 16, 8, 15, 18, 22, 16, 16, 52)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "D5"
    bk.xlsx_save(wb, SRC, creator="Campaign research team", when=bk.dt.datetime(2026, 12, 10, 9, 0, 0))
    return rows


def main():
    bk.ROOT = REPO / "fixtures" / "office"
    bk.merge_key(bk.ROOT, tracker())


if __name__ == "__main__":
    main()
