#!/usr/bin/python3
"""make_round40b_fixtures.py: the Word file of round 40 (part B) in the keyed set
fixtures/office and its PDF in fixtures/pdf-layouts (their rows of each set's expected.csv
are keyed by hand below, as a careful reader would key them, and printed by --key, the
office rows first, then a line "# pdf-layouts", then the pdf-layouts rows).

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

  cheshire/CC FOI 26-4471 response.pdf
      a reportlab letter, landscape: an unruled table of allegation types down and
      Officers / Staff / Total across for the calendar year 2025, whose last row ("Abuse
      of position for a sexual purpose", its label wrapped over two lines in a narrow
      first column, the figures set level with the label's middle) is carried alone to
      the top of page 2 with no header repeated. A careful reader takes it as the
      table's last row, its label whole.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"
PDFSET = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
bk.ROOT = OFFICE

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
PKEY = []
PSRC = "cheshire/CC FOI 26-4471 response.pdf"
PROWS = [("Sexual assault", "sexual_assault", 4, 1), ("Sexual misconduct", "sexual_misconduct", 6, 2),
         ("Sexual harassment", "sexual_harassment", 3, 3), ("Domestic abuse", "domestic_abuse", 2, 0),
         ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", 5, 1)]
GAP = 250


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


def build_pdf(gap=GAP):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Table, TableStyle
    bk.ROOT = PDFSET
    st = bk.styles("Helvetica", 10)
    story = [bk.P("Cheshire Constabulary", st["h"]),
             bk.P("Freedom of Information request 26-4471", st["body"]),
             bk.P("You asked how many allegations of sexual misconduct were made against Cheshire "
                  "Constabulary officers and staff in the calendar year 2025, by type.", st["body"]),
             bk.P("The table below gives the allegations recorded between 1 January 2025 and 31 December "
                  "2025, for police officers and police staff.", st["body"]),
             bk.S(gap)]
    rows = [[bk.P("<b>Allegation type</b>", st["cell"]), "Officers", "Staff", "Total"]]
    for lab, cid, o, f in PROWS:
        rows.append([bk.P(lab, st["cell"]), str(o), str(f), str(o + f)])
        for subj, v in (("officers", o), ("staff", f), ("officers_and_staff", o + f)):
            PKEY.append([PSRC, "cheshire", "2025-01-01", "2025-12-31", cid, "allegations", subj, "total",
                         str(v), "reported", str(v), str(v), ""])
    t = Table(rows, colWidths=[110, 90, 90, 90])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (1, 1), (-1, -1), "Helvetica", 9),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story += [t, bk.S(12), bk.P("If you are not satisfied with this response you may ask for an internal "
                                "review within 40 working days.", st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(40, 20, "Cheshire Constabulary - FOI 26-4471 - page %d of %d" % (page, pages))
    bk.pdf_letter(PSRC, story, furniture, pagesize=landscape(A4), title="FOI 26-4471",
                  author="Cheshire Constabulary")
    bk.ROOT = OFFICE


if __name__ == "__main__":
    build()
    build_pdf(int(sys.argv[sys.argv.index("--gap") + 1]) if "--gap" in sys.argv else GAP)
    if "--key" in sys.argv:
        import csv
        w = csv.writer(sys.stdout, lineterminator="\n")
        for r in sorted(KEY):
            w.writerow(r)
        print("# pdf-layouts")
        for r in sorted(PKEY):
            w.writerow(r)
