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

  derbyshire/DC FOI 26-3082 final response.docx (fixtures/office)
      a Word letter, one table (allegation types down, abbreviated outcome heads across, the
      2025/26 financial year) and a key under it whose items explain some abbreviations with a
      bracket naming another outcome: "PWD = would have been dismissed (officer retired
      before the misconduct hearing)", "RP = reflective practice (in place of a written
      warning)". A careful reader keys each column as the words outside the bracket.
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


DB = "derbyshire/DC FOI 26-3082 final response.docx"
DB_FY = ("2025-04-01", "2026-03-31")
DB_HEADS = [("Dism", "dismissed"), ("PWD", "would_have_been_dismissed"), ("FWW", "final_written_warning"),
            ("RP", "management_action"), ("NCTA", "no_case_to_answer"), ("All", "total")]
DB_DATA = [("Sexual assault", "sexual_assault", [1, 2, 0, 3, 4]),
           ("Sexual harassment", "sexual_harassment", [0, 1, 2, 5, 3]),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [2, 3, 0, 0, 1])]


def build_derbyshire():
    d = bk.docx_new("Arial", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Derbyshire Constabulary, Butterley Hall, Ripley DE5 3RS")
    bk.docx_heading(d, "Derbyshire Constabulary - Freedom of Information", 14)
    d.add_paragraph("Reference: FOI 26-3082\nDate: 1 December 2026")
    d.add_paragraph("Dear Applicant")
    d.add_paragraph("You asked: how many allegations of sexual assault, sexual harassment and abuse of "
                    "position for a sexual purpose were made against Derbyshire Constabulary police officers "
                    "and police staff in the financial year 2025/26, and what was the outcome of each?")
    d.add_paragraph("The outcomes of the allegations made against police officers and police staff "
                    "(together) in 2025/26 are below.")
    t = d.add_table(rows=1 + len(DB_DATA), cols=1 + len(DB_HEADS))
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation"] + [h for h, _ in DB_HEADS]):
        bk.docx_cell(t.cell(0, j), h, bold=True)
    for i, (lab, cat, vs) in enumerate(DB_DATA):
        vals = vs + [sum(vs)]
        bk.docx_cell(t.cell(i + 1, 0), lab)
        for j, ((_, out), v) in enumerate(zip(DB_HEADS, vals)):
            bk.docx_cell(t.cell(i + 1, j + 1), str(v))
            KEY.append([DB, "derbyshire", DB_FY[0], DB_FY[1], cat, "allegations", "officers_and_staff",
                        out, str(v), "reported", str(v), str(v), ""])
    d.add_paragraph("Dism = dismissed; PWD = would have been dismissed (officer retired before the "
                    "misconduct hearing); FWW = final written warning; RP = reflective practice (in place "
                    "of a written warning); NCTA = no case to answer; All = all allegations of the type.")
    d.add_paragraph("If you are unhappy with this response you may ask for an internal review within 40 "
                    "working days, and then complain to the Information Commissioner.")
    d.add_paragraph("Yours sincerely\nFreedom of Information Unit")
    bk.docx_save(d, DB, "Derbyshire Constabulary")


if __name__ == "__main__":
    build_west_mercia()
    build_derbyshire()
    bk.merge_key(bk.ROOT, KEY)
    print(f"{len(KEY)} key rows", file=sys.stderr)
    bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
    build_suffolk()
    bk.merge_key(bk.ROOT, PKEY)
    print(f"{len(PKEY)} key rows", file=sys.stderr)
