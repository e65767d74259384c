#!/usr/bin/python3
"""make_round47b_fixtures.py: the fixtures of round 47 (part B) in the keyed sets, and their rows
of those sets' expected.csv (keyed by hand below, as a careful reader would key them; the rows
other scripts key in the same expected.csv are kept as they are).

Run from the repository's root (deterministic: fixed workbook dates, normalised zip):

    /usr/bin/python3 scripts/make_round47b_fixtures.py

  office/west-mercia/WMP and WP PSD FOI 4410-26.xlsx
      a workbook of the two forces' shared Professional Standards Department: a "Notes" sheet
      with no request (a title, the reference, "Each force keeps its own records, so the
      figures are shown separately for each force. The" / "'Alliance total' column adds both
      forces together ..." (a line opening with a quoted term), "Figures are allegations
      against police officers and police staff together, ..."), then a sheet per calendar
      year ("CY 2024", "CY 2025") titled with its dates: allegation type (first row of its
      block) / outcome rows, a column per force (West Mercia Police, Warwickshire Police) and
      an "Alliance total" column. Keyed: each force's cells to that force, officers and staff
      together (the notes say so), allegations, the sheet's calendar year; the "Alliance
      total" column (both forces added) is no force's figure and is not keyed.
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FIELDS = ["source_file", "force_id", "period_start", "period_end", "category", "measure",
          "subject", "outcome", "value", "value_status", "value_min", "value_max", "exemption"]

WM_SRC = "west-mercia/WMP and WP PSD FOI 4410-26.xlsx"
WM_FORCES = [("West Mercia Police", "west-mercia"), ("Warwickshire Police", "warwickshire")]
WM_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
           ("Other sexual misconduct", "sexual_misconduct")]
WM_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("Management action", "management_action"), ("No case to answer", "no_case_to_answer"),
           ("Still being investigated", "ongoing")]
# per year, per category: a row per outcome of (West Mercia, Warwickshire)
WM_FIG = {
    2024: [[(3, 1), (2, 0), (6, 2), (4, 3), (1, 1)],
           [(2, 0), (0, 1), (1, 0), (5, 2), (3, 0)],
           [(4, 2), (3, 1), (7, 3), (2, 0), (0, 2)]],
    2025: [[(5, 2), (1, 0), (4, 1), (6, 2), (2, 3)],
           [(1, 1), (2, 0), (0, 0), (3, 1), (4, 2)],
           [(6, 1), (2, 2), (5, 4), (1, 0), (3, 1)]],
}


def wm_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Notes"
    notes = [
        (1, "West Mercia Police and Warwickshire Police \u2013 Professional Standards Department"),
        (2, "FOI reference 4410-26 (received by West Mercia Police on 12/11/2026)"),
        (4, "Professional standards are shared by the two forces. Each force keeps its own records, so the"),
        (5, "figures are shown separately for each force. The"),
        (6, "'Alliance total' column adds both forces together and is for information only."),
        (8, "Figures are allegations against police officers and police staff together, by the calendar year"),
        (9, "in which the allegation was recorded. One sheet per calendar year."),
        (10, "'Management action' includes reflective practice."),
        (11, "Data extracted 20/11/2026."),
    ]
    for r, t in notes:
        ws.cell(row=r, column=1, value=t)
    ws["A1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 110
    rows = []
    for y, grid in WM_FIG.items():
        s = wb.create_sheet(f"CY {y}")
        s["A1"] = f"Allegations by type and outcome \u2013 1 January {y} to 31 December {y}"
        s["A1"].font = Font(bold=True)
        heads = ["Allegation type", "Outcome"] + [f[0] for f in WM_FORCES] + ["Alliance total"]
        for j, h in enumerate(heads, 1):
            s.cell(row=3, column=j, value=h).font = Font(bold=True)
        a0, z0 = f"{y}-01-01", f"{y}-12-31"
        r = 4
        for (clab, cid), block in zip(WM_CATS, grid):
            s.cell(row=r, column=1, value=clab)
            for (olab, oid), pair in zip(WM_OUTS, block):
                s.cell(row=r, column=2, value=olab)
                for j, ((_, fid), v) in enumerate(zip(WM_FORCES, pair)):
                    s.cell(row=r, column=3 + j, value=v)
                    rows.append([WM_SRC, fid, a0, z0, cid, "allegations", "officers_and_staff", oid, v,
                                 "reported", v, v, ""])
                s.cell(row=r, column=5, value=sum(pair))
                r += 1
            tots = [sum(p[j] for p in block) for j in range(2)]
            s.cell(row=r, column=2, value="Total").font = Font(bold=True)
            for j, ((_, fid), v) in enumerate(zip(WM_FORCES, tots)):
                s.cell(row=r, column=3 + j, value=v).font = Font(bold=True)
                rows.append([WM_SRC, fid, a0, z0, cid, "allegations", "officers_and_staff", "total", v,
                             "reported", v, v, ""])
            s.cell(row=r, column=5, value=sum(tots)).font = Font(bold=True)
            r += 1
        s.freeze_panes = "C4"
        s.column_dimensions["A"].width = 26
        s.column_dimensions["B"].width = 26
        for col in "CDE":
            s.column_dimensions[col].width = 20
    bk.xlsx_save(wb, WM_SRC, creator="Professional Standards", when=bk.dt.datetime(2026, 11, 20, 9, 0, 0))
    return "office", [WM_SRC], rows


def write_key(kset, srcs, rows):
    """Replace this script's rows (by source file) in the set's expected.csv, keep the rest."""
    path = REPO / "fixtures" / kset / "expected.csv"
    with open(path, newline="") as fh:
        old = list(csv.reader(fh))
    head, body = old[0], old[1:]
    assert head == FIELDS, head
    body = [r for r in body if r[0] not in srcs]
    body += [[str(x) for x in r] for r in rows]
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(head)
        w.writerows(body)


BUILDERS = [(wm_xlsx, "office")]


def main():
    for build, root in BUILDERS:
        bk.ROOT = REPO / "fixtures" / root
        kset, srcs, rows = build()
        write_key(kset, srcs, rows)


if __name__ == "__main__":
    main()
