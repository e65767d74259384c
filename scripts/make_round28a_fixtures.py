#!/usr/bin/python3
"""make_round28a_fixtures.py: the PDF file of round 28 (part A) in the keyed set
fixtures/pdf-layouts (its rows of fixtures/pdf-layouts/expected.csv are keyed by hand
below, as a careful reader would key them; --key writes them into that file in place of
any rows of this script's files it already has, keeping every other row as it is).

Built with reportlab's platypus (blindkit.pdf_letter, invariant mode): the output is
byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round28a_fixtures.py [--key]

  gloucestershire/GC FOI 2026-2740 reply.pdf
      a letter and one long ruled table, one row per year, category and role ("Year" /
      "Category of allegation" / "Role" / "Allegations recorded"). The year column is
      narrow: its label for the current year, "2026/27 (up to 31/08/2026)", is a plain
      string set on one line, wider than the column, running on over the rule into the
      category's cell. Where the category is one line, it is printed over the date's end;
      where the category is a paragraph that wraps ("Abuse of position for a / sexual
      purpose", "Violence against women / and girls"), the row is two lines high and the
      year, set in the middle of the row, lies between the category's two lines. Keyed:
      every count, the current year's as 1 April to 31 August 2026 (the label's own end).
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"

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
KEY = []


def key(period, cat, subject, v):
    KEY.append([SRC, FORCE, period[0], period[1], cat, "allegations", subject, "total", str(v),
                "reported", str(v), str(v), ""])


def build():
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


def write_key():
    path = bk.ROOT / "expected.csv"
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    head, body = rows[0], [r for r in rows[1:] if r and r[0] != SRC]
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        w.writerows(body)
        w.writerows(sorted(KEY))


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        write_key()
