#!/usr/bin/python3
"""make_round41a_fixtures.py: the PDF of round 41 (part A) in the keyed set
fixtures/pdf-layouts; its rows of that set's expected.csv are keyed by hand below, as a
careful reader would key them; --key writes them into its expected.csv in place of any rows
of this script's file it already has, keeping every other row as it is.

Drawn on a reportlab canvas (invariant): the output is byte-identical from run to run.
Run from the repository's root:

    /usr/bin/python3 scripts/make_round41a_fixtures.py [--key]

  northumbria/NP FOI 2026-4471 answer.pdf
      a letter with one table and no ruling at all: outcomes indented under a bold type
      line, four columns of right-aligned counts under right-aligned heads "Officers" and
      "Staff", and above each pair a period head "Year to 30 September 2025" set flush right
      with the pair and wider than it (it starts left of "Officers"). A careful reader
      takes each period head for both columns under it (the twelve months to that day).
      The table runs on to page 2 without its heads: the first group there joins it over
      the page break, and the group after it (a blank line between) is under the same
      heads.

  lincolnshire/LP FOI 2026-0815 answer.html   (fixtures/unseen-tables)
      a web page: totals by type with periods as "FYE 2024" / "FYE 2025" over column pairs
      "Off." / "Staff" (a key line says FYE is the financial year ending 31 March and Off.
      police officers), then the outcomes for FYE 2025 under a heading, officers and staff
      together. A careful reader takes FYE 2025 for 2024-04-01..2025-03-31 and "Off." for
      police officers.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
ROOT_TABLES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-tables"
bk.ROOT = ROOT

SRC = "northumbria/NP FOI 2026-4471 answer.pdf"
Y24 = ("2023-10-01", "2024-09-30", "Year to 30 September 2024")
Y25 = ("2024-10-01", "2025-09-30", "Year to 30 September 2025")
TYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
         ("Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
         ("Violence against women and girls", "vawg")]
OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("No case to answer", "no_case_to_answer"), ("Still being investigated", "ongoing")]
DATA = {  # per type, per outcome: officers Y24, staff Y24, officers Y25, staff Y25
    "sexual_harassment": [(4, 1, 2, 0), (3, 2, 5, 1), (7, 0, 3, 2), (1, 1, 6, 3)],
    "sexual_assault": [(2, 0, 1, 1), (0, 1, 2, 0), (5, 3, 4, 1), (2, 0, 3, 2)],
    "abuse_of_position_sexual": [(3, 1, 0, 2), (1, 0, 1, 1), (0, 2, 3, 0), (1, 1, 2, 4)],
    "vawg": [(6, 2, 4, 3), (2, 3, 1, 0), (4, 1, 5, 2), (0, 2, 1, 1)],
}
KEY = []


def build():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(bk.dest(SRC)), pagesize=A4, invariant=1)
    c.setTitle("NP FOI 2026-4471")
    c.setAuthor("Northumbria Police")
    h = A4[1]
    c.setFont("Helvetica-Bold", 12)
    c.drawString(56, h - 64, "Northumbria Police - Freedom of Information")
    c.setFont("Helvetica", 9.5)
    y = h - 90
    for line in ("Our reference: NP FOI 2026-4471. Date: 2 December 2026.",
                 "You asked how many allegations of sexual harassment and sexual assault were made against",
                 "our officers and staff, and how each was finalised. The counts below are by the year in which",
                 "the allegation was recorded; officers and staff are counted separately."):
        c.drawString(56, y, line)
        y -= 13
    right = [312, 370, 428, 486]
    y -= 6
    c.setFont("Helvetica", 8)
    for (_, _, head), x in ((Y24, right[1]), (Y25, right[3])):
        c.drawRightString(x, y, head)
    y -= 13
    c.setFont("Helvetica-Bold", 8)
    for x, head in zip(right, ("Officers", "Staff", "Officers", "Staff")):
        c.drawRightString(x, y, head)
    y -= 10
    for n, (tl, tc) in enumerate(TYPES):
        if n == 2:
            # the table runs on to page 2 without its heads
            c.setFont("Helvetica", 8)
            c.drawString(56, 30, "Northumbria Police  NP FOI 2026-4471  Page 1 of 2")
            c.showPage()
            y = h - 50
        y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, y, tl)
        tot = [0, 0, 0, 0]
        rows = [(ol, oc, vals) for (ol, oc), vals in zip(OUTS, DATA[tc])]
        for ol, oc, vals in rows:
            y -= 13
            c.setFont("Helvetica", 8.5)
            c.drawString(66, y, ol)
            for i, (x, v) in enumerate(zip(right, vals)):
                c.drawRightString(x, y, str(v))
                tot[i] += v
            for (per, subj), v in zip(((Y24, "officers"), (Y24, "staff"), (Y25, "officers"), (Y25, "staff")), vals):
                KEY.append([SRC, "northumbria", per[0], per[1], tc, "allegations", subj, oc, str(v), "reported",
                            str(v), str(v), ""])
        y -= 13
        c.drawString(66, y, "Total")
        for i, x in enumerate(right):
            c.drawRightString(x, y, str(tot[i]))
        for (per, subj), v in zip(((Y24, "officers"), (Y24, "staff"), (Y25, "officers"), (Y25, "staff")), tot):
            KEY.append([SRC, "northumbria", per[0], per[1], tc, "allegations", subj, "total", str(v), "reported",
                        str(v), str(v), ""])
        y -= 10
    y -= 22
    c.setFont("Helvetica", 9.5)
    c.drawString(56, y, "If you are unhappy with this response you may ask for an internal review within 40 working days.")
    c.setFont("Helvetica", 8)
    c.drawString(56, 30, "Northumbria Police  NP FOI 2026-4471  Page 2 of 2")
    c.showPage()
    c.save()


SRC_HTML = "lincolnshire/LP FOI 2026-0815 answer.html"
KEY_HTML = []
FYE24 = ("2023-04-01", "2024-03-31", "FYE 2024")
FYE25 = ("2024-04-01", "2025-03-31", "FYE 2025")
HTYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
          ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
HTOT = {  # per type: Off. FYE 2024, Staff FYE 2024, Off. FYE 2025, Staff FYE 2025
    "sexual_harassment": (6, 2, 4, 3), "sexual_assault": (3, 1, 5, 0), "abuse_of_position_sexual": (2, 0, 3, 1)}
HOUT = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("No case to answer", "no_case_to_answer")]
HOUTV = {  # FYE 2025, officers and staff together, per type: the outcomes (their total is Off. + Staff)
    "sexual_harassment": (2, 1, 4), "sexual_assault": (1, 3, 1), "abuse_of_position_sexual": (3, 0, 1)}


def build_html():
    bk.ROOT = ROOT_TABLES
    rows = []
    for tl, tc in HTYPES:
        v = HTOT[tc]
        rows.append("<tr><td>%s</td>%s</tr>" % (tl, "".join("<td>%d</td>" % x for x in v)))
        for (per, subj), x in zip(((FYE24, "officers"), (FYE24, "staff"), (FYE25, "officers"), (FYE25, "staff")), v):
            KEY_HTML.append([SRC_HTML, "lincolnshire", per[0], per[1], tc, "allegations", subj, "total", str(x),
                             "reported", str(x), str(x), ""])
    out = []
    for ol, oc in HOUT + [("Total", "total")]:
        cells = []
        for tl, tc in HTYPES:
            vals = HOUTV[tc]
            x = sum(vals) if oc == "total" else vals[[o for _, o in HOUT].index(oc)]
            if oc == "total":
                assert x == HTOT[tc][2] + HTOT[tc][3]
            cells.append("<td>%d</td>" % x)
            KEY_HTML.append([SRC_HTML, "lincolnshire", FYE25[0], FYE25[1], tc, "allegations", "officers_and_staff", oc,
                             str(x), "reported", str(x), str(x), ""])
        out.append("<tr><td>%s</td>%s</tr>" % (ol, "".join(cells)))
    body = """<h1>Lincolnshire Police &ndash; Freedom of Information request 2026/0815</h1>
<p>Date of response: 9 December 2026.</p>
<p>FYE means the financial year ending on 31 March of the year shown; Off. means police officers.</p>
<h2>Allegations received</h2>
<table border="1">
<thead>
<tr><th rowspan="2">Allegation type</th><th colspan="2">FYE 2024</th><th colspan="2">FYE 2025</th></tr>
<tr><th>Off.</th><th>Staff</th><th>Off.</th><th>Staff</th></tr>
</thead>
<tbody>
%s
</tbody>
</table>
<h2>Outcomes, FYE 2025</h2>
<p>Outcomes are recorded for officers and staff together.</p>
<table border="1">
<thead><tr><th>Outcome</th>%s</tr></thead>
<tbody>
%s
</tbody>
</table>
<p>You may ask for an internal review of this response within 40 working days.</p>
""" % ("\n".join(rows), "".join("<th>%s</th>" % tl for tl, _ in HTYPES), "\n".join(out))
    bk.write_text(SRC_HTML, bk.html_page("FOI 2026/0815 - Lincolnshire Police", body))
    bk.ROOT = ROOT


if __name__ == "__main__":
    build()
    build_html()
    if "--key" in sys.argv:
        bk.merge_key(ROOT, KEY)
        bk.merge_key(ROOT_TABLES, KEY_HTML)
