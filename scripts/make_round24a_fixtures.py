#!/usr/bin/python3
"""make_round24a_fixtures.py: the Word file of round 24 (part A) in the keyed set
fixtures/office (its rows of fixtures/office/expected.csv are keyed by hand below, as a
careful reader would key them, and printed by --key).

Written with blindkit's python-docx helpers (fixed core properties and zip times): the
output is byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round24a_fixtures.py [--key]

make_office_fixtures.py rewrites fixtures/office/expected.csv from its own key: after
running it, append this script's --key rows again.

  humberside/HP FOI 26-1877 response.docx
      a Word letter with one table per calendar year of the outcomes of allegations of
      sexual misconduct (outcomes down, Police officers / Police staff across), each
      headed by a first row merged across the table naming its dates ("1 January 2025 to
      31 December 2025"); the 2025 table is cut by a page break after three outcome rows
      and goes on as a second Word table that repeats the column heads (not the dates
      row), with the remaining outcomes and the Total row. A careful reader takes the
      second table's rows as 2025's.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"

SRC = "humberside/HP FOI 26-1877 response.docx"
CY24 = ("2024-01-01", "2024-12-31", "1 January 2024 to 31 December 2024")
CY25 = ("2025-01-01", "2025-12-31", "1 January 2025 to 31 December 2025")
OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("Written warning", "written_warning"), ("Management action", "management_action"),
        ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
DATA = {  # per year: (officers, staff) per outcome
    CY24: [(3, 0), (2, 1), (1, 1), (4, 2), (5, 3), (0, 1)],
    CY25: [(1, 1), (0, 0), (2, 1), (6, 0), (3, 2), (4, 1)],
}
KEY = []


def key(period, subject, outcome, v):
    KEY.append([SRC, "humberside", period[0], period[1], "sexual_misconduct", "allegations", subject,
                outcome, str(v), "reported", str(v), str(v), ""])


def table(d, rows, dates):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    n = len(rows) + 1 + (1 if dates else 0)
    t = d.add_table(rows=n, cols=3)
    t.style = "Table Grid"
    r = 0
    if dates:
        a = t.cell(0, 0).merge(t.cell(0, 2))
        bk.docx_cell(a, dates, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        r = 1
    for j, h in enumerate(["Outcome", "Police officers", "Police staff"]):
        bk.docx_cell(t.cell(r, j), h, bold=True)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            bk.docx_cell(t.cell(r + 1 + i, j), str(v), bold=row[0] == "Total")


def build():
    from docx.enum.text import WD_BREAK
    d = bk.docx_new("Arial", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Humberside Police, Priory Road, Hull HU5 5SF")
    bk.docx_heading(d, "Humberside Police - Freedom of Information", 14)
    d.add_paragraph("Our reference: FOI 26-1877\nDate: 30 November 2026")
    d.add_paragraph("Dear Sir or Madam")
    d.add_paragraph("You asked for the outcomes of allegations of sexual misconduct made against "
                    "Humberside Police officers and staff in the calendar years 2024 and 2025.")
    d.add_paragraph("The outcomes of allegations of sexual misconduct against police officers and "
                    "police staff are set out below, one table for each calendar year.")
    for per in (CY24, CY25):
        rows = []
        for (ol, oc), (o, s) in zip(OUTS, DATA[per]):
            rows.append((ol, o, s))
            key(per, "officers", oc, o)
            key(per, "staff", oc, s)
        to, ts = sum(x[0] for x in DATA[per]), sum(x[1] for x in DATA[per])
        rows.append(("Total", to, ts))
        key(per, "officers", "total", to)
        key(per, "staff", "total", ts)
        if per is CY24:
            table(d, rows, per[2])
            d.add_paragraph("")
        else:
            table(d, rows[:3], per[2])
            p = d.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
            table(d, rows[3:], None)
    d.add_paragraph("If you are not satisfied with this response you may ask for an internal review "
                    "within 40 working days, and then complain to the Information Commissioner.")
    d.add_paragraph("Yours faithfully\nFreedom of Information Team")
    bk.docx_save(d, SRC, "Humberside Police")


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        import csv
        w = csv.writer(sys.stdout, lineterminator="\n")
        for r in sorted(KEY):
            w.writerow(r)
