#!/usr/bin/python3
"""make_round28a_fixtures.py: the files of round 28 (part A) in the keyed sets
fixtures/pdf-layouts and fixtures/unseen-tables (their rows of each set's expected.csv are
keyed by hand below, as a careful reader would key them; --key writes them into that file
in place of any rows of this script's files it already has, keeping every other row as it
is; fixtures/unseen-tables/make.py keeps the rows of files it does not write).

The PDF is built with reportlab's platypus (blindkit.pdf_letter, invariant mode), the
workbook with openpyxl and blindkit.xlsx_save (fixed properties and zip times): the output
is byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round28a_fixtures.py [--key]

  pdf-layouts: gloucestershire/GC FOI 2026-2740 reply.pdf
      a letter and one long ruled table, one row per year, category and role ("Year" /
      "Category of allegation" / "Role" / "Allegations recorded"). The year column is
      narrow: its label for the current year, "2026/27 (up to 31/08/2026)", is a plain
      string set on one line, wider than the column, running on over the rule into the
      category's cell. Where the category is one line, it is printed over the date's end;
      where the category is a paragraph that wraps ("Abuse of position for a / sexual
      purpose", "Violence against women / and girls"), the row is two lines high and the
      year, set in the middle of the row, lies between the category's two lines. Keyed:
      every count, the current year's as 1 April to 31 August 2026 (the label's own end).

  unseen-tables: lancashire/LC FOI 2026-3318 allegations.xlsx
      one sheet, a title naming police officers, then types down and "FY 2024/25",
      "FY 2025/26", "Financial year to date 26/27 (to 30/09)" across: the year-to-date
      column's head names its financial year in two digits and carries its own end, 1 April
      to 30 September 2026. No other text says what the year to date is. Keyed: every
      count.

  unseen-tables: hampshire/HC FOI 26-4471 disclosure.html
      a disclosure-log page whose response says "The current year to date runs from 1 April
      2026 to 31 August 2026", then a table of types by Officers / Staff rows with columns
      "2024/25", "2025/26" and "YTD to 31/08/2026": a running total whose start the table
      does not give, but it ends on the day the year to date the page defines ends, so it
      is that year to date. Keyed: every count, the last column's as 1 April to 31 August
      2026.
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

FIX = Path(__file__).resolve().parent.parent / "fixtures"

SRC = "gloucestershire/GC FOI 2026-2740 reply.pdf"
FORCE = "gloucestershire"
FY25 = ("2025-04-01", "2026-03-31", "2025/26")
YTD = ("2026-04-01", "2026-08-31", "2026/27 (up to 31/08/2026)")
CATS = [("sexual_harassment", "Sexual harassment"),
        ("abuse_of_position_sexual", "Abuse of position for a sexual purpose"),
        ("sexual_misconduct", "Sexual misconduct"),
        ("vawg", "Violence against women and girls")]
ROLES = [("officers", "Police officer"), ("staff", "Police staff")]
DATA = {  # per period, per category: (officers, staff)
    FY25: [(14, 5), (6, 2), (9, 3), (22, 7)],
    YTD: [(8, 1), (3, 4), (5, 0), (13, 6)],
}
KEY = {"pdf-layouts": [], "unseen-tables": []}


def key(period, cat, subject, v, kset="pdf-layouts", src=SRC, force=FORCE):
    KEY[kset].append([src, force, period[0], period[1], cat, "allegations", subject, "total", str(v),
                      "reported", str(v), str(v), ""])


def build_gloucestershire():
    bk.ROOT = FIX / "pdf-layouts"
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    st = bk.styles("Helvetica", 9.5)

    def P(t, s="body"):
        return bk.P(t, st[s])
    story = [P("Gloucestershire Constabulary", "h"), P("Information Rights Unit"),
             P("Reference: FOI 2026-2740"), P("Date: 21 September 2026"),
             P("Dear Applicant,"),
             P("You asked how many allegations of sexual harassment, abuse of position for a sexual "
               "purpose, sexual misconduct and violence against women and girls were recorded against "
               "police officers and police staff in 2025/26 and in the current year so far."),
             P("Gloucestershire Constabulary holds this information. The figures are set out below, "
               "one row for each year, category and role; the current year runs to the end of August, "
               "the last full month before your request."),
             P("Allegations recorded by year, category and role", "h2")]
    rows = [["Year", "Category of allegation", "Role", "Allegations recorded"]]
    for per in (FY25, YTD):
        for (cat, clab), (o, s) in zip(CATS, DATA[per]):
            for (subj, rlab), v in zip(ROLES, (o, s)):
                rows.append([per[2], P(clab, "cell"), rlab, str(v)])
                key(per, cat, subj, v)
    t = Table(rows, colWidths=[22 * mm, 40 * mm, 28 * mm, 32 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4")),
        ("ALIGN", (2, 1), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [t, bk.S(8),
              P("If you are dissatisfied with this reply you may ask for an internal review, and then "
                "complain to the Information Commissioner."),
              P("Yours sincerely,"), P("Information Rights Unit")]

    def furn(c, p, n):
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 10 * mm, f"FOI 2026-2740  Page {p} of {n}")
    bk.pdf_letter(SRC, story, furn, title="FOI 2026-2740", author="Gloucestershire Constabulary")


LANCS = "lancashire/LC FOI 2026-3318 allegations.xlsx"
LANCS_PERIODS = [("FY 2024/25", ("2024-04-01", "2025-03-31")), ("FY 2025/26", ("2025-04-01", "2026-03-31")),
                 ("Financial year to date 26/27 (to 30/09)", ("2026-04-01", "2026-09-30"))]
LANCS_ROWS = [("Sexual assault", "sexual_assault", [11, 9, 4]),
              ("Sexual harassment", "sexual_harassment", [17, 20, 8]),
              ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [5, 7, 2]),
              ("Other sexual misconduct", "sexual_misconduct", [12, 6, 3])]


def build_lancashire():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    bk.ROOT = FIX / "unseen-tables"
    wb = Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = "Lancashire Constabulary - FOI 2026-3318"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Allegations of a sexual nature recorded against police officers"
    heads = ["Allegation type"] + [p[0] for p in LANCS_PERIODS]
    for j, h in enumerate(heads, 1):
        ws.cell(row=4, column=j, value=h).font = Font(bold=True)
    for i, (lab, cat, vals) in enumerate(LANCS_ROWS):
        ws.cell(row=5 + i, column=1, value=lab)
        for j, v in enumerate(vals):
            ws.cell(row=5 + i, column=2 + j, value=v)
            key(LANCS_PERIODS[j][1], cat, "officers", v, "unseen-tables", LANCS, "lancashire")
    ws["A10"] = "Source: Professional Standards Department, Centurion case records."
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["D"].width = 30
    bk.xlsx_save(wb, LANCS, creator="Information Access")


HANTS = "hampshire/HC FOI 26-4471 disclosure.html"
HANTS_PERIODS = [("2024/25", ("2024-04-01", "2025-03-31")), ("2025/26", ("2025-04-01", "2026-03-31")),
                 ("YTD to 31/08/2026", ("2026-04-01", "2026-08-31"))]
HANTS_ROWS = [("Sexual harassment", "sexual_harassment", "Officers", "officers", [15, 18, 6]),
              ("Sexual harassment", "sexual_harassment", "Staff", "staff", [4, 6, 1]),
              ("Sexual assault", "sexual_assault", "Officers", "officers", [7, 5, 3]),
              ("Sexual assault", "sexual_assault", "Staff", "staff", [2, 1, 0])]


def build_hampshire():
    bk.ROOT = FIX / "unseen-tables"
    rows = ["<tr><th>Allegation type</th><th>Employee</th>"
            + "".join(f"<th>{bk.E(h)}</th>" for h, _ in HANTS_PERIODS) + "</tr>"]
    for lab, cat, emp, subj, vals in HANTS_ROWS:
        rows.append(f"<tr><td>{lab}</td><td>{emp}</td>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>")
        for (_, per), v in zip(HANTS_PERIODS, vals):
            key(per, cat, subj, v, "unseen-tables", HANTS, "hampshire")
    table = "<table class=\"foi\">\n" + "\n".join(rows) + "\n</table>"
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI 26-4471 | Hampshire and Isle of Wight Constabulary</title>
</head>
<body>
<main>
<h1>FOI 26-4471: sexual harassment and sexual assault allegations</h1>
<p>Published 14 September 2026</p>
<h2>Your request</h2>
<p>Please tell me how many allegations of sexual harassment and sexual assault were made against police
officers and police staff in each of the last two financial years and in the current year so far.</p>
<h2>Our response</h2>
<p>Hampshire and Isle of Wight Constabulary holds this information. The current year to date runs from
1 April 2026 to 31 August 2026. The figures below are numbers of allegations.</p>
{table}
<p>If you are not satisfied with this response you may ask for an internal review.</p>
</main>
</body>
</html>
"""
    bk.write_text(HANTS, html)


def write_key(kset):
    path = FIX / kset / "expected.csv"
    ours = {r[0] for r in KEY[kset]}
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    head, body = rows[0], [r for r in rows[1:] if r and r[0] not in ours]
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        w.writerows(body)
        w.writerows(sorted(KEY[kset]))


if __name__ == "__main__":
    build_gloucestershire()
    build_lancashire()
    build_hampshire()
    if "--key" in sys.argv:
        for kset in KEY:
            write_key(kset)
