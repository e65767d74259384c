#!/usr/bin/python3
"""make_round40b_fixtures.py: the Word file of round 40 (part B) in the keyed set
fixtures/office (its rows of fixtures/office/expected.csv are keyed by hand below, as a
careful reader would key them, and printed by --key).

Written with blindkit's python-docx helpers (fixed core properties and zip times): the
output is byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round40b_fixtures.py [--key]

make_office_fixtures.py rewrites fixtures/office/expected.csv from its own key: after
running it, append this script's --key rows again.

  lincolnshire/LP FOI 26-3318 reply.docx
      a Word letter: a line giving the year and the people ("Allegations received in
      the financial year 2025/26, police officers and police staff together, by
      type:"), a bulleted list of the totals (one item a type, its count after a
      dash), then "A breakdown of the outcomes of these allegations follows." and a
      table of outcomes down and the three types across, with no Total row and no
      period of its own. A careful reader gives the table the year of the line that
      leads into the list (the list items are figures of their own, between them).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"

SRC = "lincolnshire/LP FOI 26-3318 reply.docx"
FY25 = ("2025-04-01", "2026-03-31")
CATS = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
        ("Violence against women and girls", "vawg")]
OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("Management action", "management_action"), ("No case to answer", "no_case_to_answer"),
        ("Investigation ongoing", "ongoing")]
DATA = [  # per outcome: one count per category
    (1, 0, 2), (0, 1, 1), (2, 2, 0), (1, 0, 3), (3, 1, 2),
]
KEY = []


def key(cat, outcome, v):
    KEY.append([SRC, "lincolnshire", FY25[0], FY25[1], cat, "allegations", "officers_and_staff",
                outcome, str(v), "reported", str(v), str(v), ""])


def build():
    d = bk.docx_new("Arial", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Lincolnshire Police, PO Box 999, Lincoln LN5 7PH")
    bk.docx_heading(d, "Lincolnshire Police - Freedom of Information reply", 14)
    d.add_paragraph("Reference: FOI 26-3318\nDate: 2 December 2026")
    d.add_paragraph("Dear Requester")
    d.add_paragraph("Thank you for your request of 4 November 2026 for the number of allegations of "
                    "sexual assault, sexual harassment and violence against women and girls made against "
                    "Lincolnshire Police officers and staff, and their outcomes.")
    d.add_paragraph("Allegations received in the financial year 2025/26, police officers and police staff "
                    "together, by type:")
    for j, (cl, cid) in enumerate(CATS):
        tot = sum(row[j] for row in DATA)
        d.add_paragraph("\u2022 %s \u2013 %d" % (cl, tot))
        key(cid, "total", tot)
    d.add_paragraph("A breakdown of the outcomes of these allegations follows.")
    t = d.add_table(rows=len(OUTS) + 1, cols=len(CATS) + 1)
    t.style = "Table Grid"
    for j, h in enumerate(["Outcome"] + [c[0] for c in CATS]):
        bk.docx_cell(t.cell(0, j), h, bold=True)
    for i, ((ol, oc), row) in enumerate(zip(OUTS, DATA)):
        bk.docx_cell(t.cell(i + 1, 0), ol)
        for j, v in enumerate(row):
            bk.docx_cell(t.cell(i + 1, j + 1), str(v))
            key(CATS[j][1], oc, v)
    d.add_paragraph("")
    d.add_paragraph("If you are unhappy with this reply you may ask for an internal review within 40 "
                    "working days, and then complain to the Information Commissioner.")
    d.add_paragraph("Yours sincerely\nInformation Rights Team")
    bk.docx_save(d, SRC, "Lincolnshire Police")


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        import csv
        w = csv.writer(sys.stdout, lineterminator="\n")
        for r in sorted(KEY):
            w.writerow(r)
