#!/usr/bin/python3
"""make_round36b_fixtures.py: the binary documents of round 36b in the keyed sets fixtures/office
and fixtures/pdf-layouts (their rows of each set's expected.csv are keyed by hand below, as a
careful reader would key them; bk.merge_key puts them in place of this script's files' rows and
leaves every other file's rows as they are). Byte-identical from run to run. Run from the
repository's root:

    /usr/bin/python3 scripts/make_round36b_fixtures.py

make_office_fixtures.py rewrites fixtures/office/expected.csv from its own key: after running
it, run this script again.

  west-mercia/WMP FOI 26-6120 quarterly extract.xlsx
      an export with no letter: sheet "Extract" first (Category / Result down, four quarter
      columns "Q3 24/25" .. "Q2 25/26" with two-digit years, no year totals), then a sheet
      "Notes" with no table saying who is counted ("police officers only; police staff are
      not included") and how the quarters run (April to June is Q1). A careful reader takes
      each column as its quarter of the financial year and the subject from the notes sheet.

  suffolk/SC_PSD_casemgmt_report_FOI-26-2231.pdf (fixtures/pdf-layouts)
      a case-management system's report, no letter: title lines, a "Selection" panel (recorded
      1 January 2024 to 31 December 2025; police officers), then one table of padded rows
      (9-point type, rows about 16 points apart) grouped by category: the column heads
      ("Category / Result", "CY 2024", "CY 2025") once at the top, each group a bold shaded
      heading row "Category: X" set out left of its indented result rows, a "Group total: X"
      row and a blank row; "All categories" at the end. A careful reader takes every group's
      columns from the heads at the top; "All categories" sums the categories (no figure).
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


SF = "suffolk/SC_PSD_casemgmt_report_FOI-26-2231.pdf"
SF_YEARS = [("CY 2024", "2024-01-01", "2024-12-31"), ("CY 2025", "2025-01-01", "2025-12-31")]
SF_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
SF_RESULTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
              ("Management action", "management_action"), ("No case to answer", "no_case_to_answer")]
SF_DATA = {  # per category: per result, (2024, 2025)
    "sexual_harassment": [(2, 1), (0, 3), (4, 2), (6, 5)],
    "sexual_misconduct": [(1, 0), (2, 2), (3, 1), (0, 4)],
    "abuse_of_position_sexual": [(3, 2), (1, 0), (0, 1), (2, 3)],
}
PKEY = []


def build_suffolk():
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    st = bk.styles("Helvetica", 9)
    rows = [["Category / Result"] + [y[0] for y in SF_YEARS]]
    style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
             ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
             ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
    grand = [0, 0]
    for cl, cat in SF_CATS:
        i = len(rows)
        rows.append([f"Category: {cl}", "", ""])
        style += [("SPAN", (0, i), (-1, i)), ("FONT", (0, i), (-1, i), "Helvetica-Bold", 9),
                  ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#E2EFDA"))]
        for (rl, out), vs in zip(SF_RESULTS, SF_DATA[cat]):
            rows.append(["        " + rl] + [str(v) for v in vs])
            for y, v in zip(SF_YEARS, vs):
                PKEY.append([SF, "suffolk", y[1], y[2], cat, "allegations", "officers", out, str(v),
                             "reported", str(v), str(v), ""])
        tot = [sum(x[k] for x in SF_DATA[cat]) for k in range(2)]
        rows.append([f"Group total: {cl}"] + [str(v) for v in tot])
        for y, v in zip(SF_YEARS, tot):
            PKEY.append([SF, "suffolk", y[1], y[2], cat, "allegations", "officers", "total", str(v),
                         "reported", str(v), str(v), ""])
        style += [("LINEABOVE", (1, len(rows) - 1), (-1, len(rows) - 1), 0.4, colors.black)]
        grand = [grand[0] + tot[0], grand[1] + tot[1]]
        rows.append(["", "", ""])
    rows.append(["All categories"] + [str(g) for g in grand])   # over categories: no figure
    style += [("FONT", (0, len(rows) - 1), (-1, len(rows) - 1), "Helvetica-Bold", 9)]
    t = Table(rows, colWidths=[95 * mm, 32 * mm, 32 * mm])
    t.setStyle(TableStyle(style))
    sel = Table([["Selection", ""], ["Recorded between:", "01/01/2024 and 31/12/2025"],
                 ["Person type:", "Police officers"], ["Counting:", "Allegations"]],
                colWidths=[35 * mm, 124 * mm])
    sel.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("SPAN", (0, 0), (-1, 0)),
                             ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5)]))
    story = [bk.P("<b>Suffolk Constabulary</b>", st["h"]),
             bk.P("Professional Standards Department \u2013 case management system", st["body"]),
             bk.P("<b>Misconduct allegations by category and result (FOI 26/2231)</b>", st["body"]),
             bk.S(4), sel, bk.S(12), t, bk.S(10),
             bk.P("Results are those recorded on the date the report was produced.", st["small"])]

    def furn(c, p, n):
        from reportlab.lib.pagesizes import A4
        w, h = A4
        c.setFont("Helvetica", 7)
        c.drawString(15 * mm, h - 10 * mm, "Produced 19/11/2026 10:02  by PSD-FOI")
        c.drawRightString(w - 15 * mm, 9 * mm, f"Page {p} of {n}")
    bk.pdf_letter(SF, story, furn, margins=(18, 18, 20, 16), title="CMS report",
                  author="Suffolk Constabulary")


if __name__ == "__main__":
    build_west_mercia()
    bk.merge_key(bk.ROOT, KEY)
    print(f"{len(KEY)} key rows", file=sys.stderr)
    bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
    build_suffolk()
    bk.merge_key(bk.ROOT, PKEY)
    print(f"{len(PKEY)} key rows", file=sys.stderr)
