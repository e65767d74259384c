#!/usr/bin/python3
"""make_round37b_fixtures.py: the files of round 37 (part B) in the keyed set fixtures/office
(their rows of fixtures/office/expected.csv are keyed by hand below, as a careful reader would
key them, and printed by --key).

Written with blindkit's helpers (fixed core properties and zip times): the output is
byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round37b_fixtures.py [--key]

make_office_fixtures.py rewrites fixtures/office/expected.csv from its own key: after
running it, append this script's --key rows again.

  gwent/GP FOI 2026-3310 response.docx
      a Word letter with one table per calendar year (allegation types down, Police officers
      / Police staff across) whose cells hold a figure and, as a second paragraph of the
      cell, a figure in brackets; a sentence above the tables defines the brackets by an
      example ("... the bracketed figure is the number of those allegations that resulted in
      a final written warning; so 5 (2) would mean ..."). A careful reader keys the first
      figure as the type's total and the bracketed one as its final written warnings; the
      example is no figure. The other outcomes are not given (no rows).

  northumbria/NP FOI 2026-5561 allegations pivot.xlsx
      a workbook whose one sheet is laid out like an Excel pivot table: "Count of Allegations"
      in its corner, the column field's name "Calendar Year" written over the first year
      (where Excel's default caption "Column Labels" would be) with the rest of that row
      blank, then the years 2023, 2024, 2025 and a "Grand Total" column; a Grand Total row.
      Officers and staff together (the title says so). A careful reader keys each year's
      cell, and by the project's ruling (a Total column across period columns is the whole
      span of those periods) the Grand Total column as 2023-01-01..2025-12-31; the Grand
      Total row (across types) is no figure.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"

SRC = "gwent/GP FOI 2026-3310 response.docx"
CY24 = ("2024-01-01", "2024-12-31", "Allegations recorded 1 January 2024 to 31 December 2024")
CY25 = ("2025-01-01", "2025-12-31", "Allegations recorded 1 January 2025 to 31 December 2025")
TYPES = [("Sexual misconduct", "sexual_misconduct"), ("Sexual harassment", "sexual_harassment"),
         ("Sexual assault", "sexual_assault"),
         ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
DATA = {  # per year, per type: ((officers total, of which FWW), (staff total, of which FWW))
    CY24: [((6, 2), (1, 0)), ((4, 1), (3, 1)), ((2, 0), (0, 0)), ((3, 1), (1, 1))],
    CY25: [((8, 3), (2, 1)), ((5, 0), (2, 0)), ((1, 1), (1, 0)), ((0, 0), (1, 0))],
}
KEY = []


def key(period, cat, subject, outcome, v):
    KEY.append([SRC, "gwent", period[0], period[1], cat, "allegations", subject,
                outcome, str(v), "reported", str(v), str(v), ""])


def build():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = bk.docx_new("Calibri", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Gwent Police, Police Headquarters, Cwmbran NP44 2XJ")
    bk.docx_heading(d, "Gwent Police - Freedom of Information Response", 14)
    d.add_paragraph("Reference: FOI 2026-3310\nDate of response: 1 December 2026")
    d.add_paragraph("Thank you for your request for the number of allegations of sexual misconduct, "
                    "sexual harassment, sexual assault and abuse of position for a sexual purpose made "
                    "against Gwent Police officers and staff in the calendar years 2024 and 2025, and "
                    "for their outcomes.")
    d.add_paragraph("Our case management system allows us to report, without a manual review of each "
                    "file, only how many allegations resulted in a final written warning.")
    d.add_paragraph("Where a figure in the tables is followed by a second figure in brackets, the "
                    "bracketed figure is the number of those allegations that resulted in a final "
                    "written warning; so 5 (2) would mean five allegations, two of them ending in a "
                    "final written warning.")
    for per in (CY24, CY25):
        bk.docx_heading(d, per[2], 12)
        t = d.add_table(rows=len(TYPES) + 1, cols=3)
        t.style = "Table Grid"
        for j, h in enumerate(["Type of allegation", "Police officers", "Police staff"]):
            bk.docx_cell(t.cell(0, j), h, bold=True)
        for i, ((label, cat), pair) in enumerate(zip(TYPES, DATA[per])):
            bk.docx_cell(t.cell(i + 1, 0), label)
            for j, ((tot, fww), subj) in enumerate(zip(pair, ("officers", "staff"))):
                c = t.cell(i + 1, j + 1)
                bk.docx_cell(c, str(tot), align=WD_ALIGN_PARAGRAPH.CENTER)
                p = c.add_paragraph(f"({fww})")
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                key(per, cat, subj, "total", tot)
                key(per, cat, subj, "final_written_warning", fww)
        d.add_paragraph("")
    d.add_paragraph("To provide the other outcomes would exceed the appropriate limit of 18 hours, "
                    "and that part of your request is refused under section 12 of the Act.")
    d.add_paragraph("If you are unhappy with this response you may ask for an internal review within "
                    "40 working days, and then complain to the Information Commissioner.")
    d.add_paragraph("Yours sincerely\nInformation Access Unit")
    bk.docx_save(d, SRC, "Gwent Police")


PIV = "northumbria/NP FOI 2026-5561 allegations pivot.xlsx"
PYEARS = [("2023", "2023-01-01", "2023-12-31"), ("2024", "2024-01-01", "2024-12-31"),
          ("2025", "2025-01-01", "2025-12-31")]
PDATA = [("Sexual assault", "sexual_assault", (7, 9, 4)), ("Sexual harassment", "sexual_harassment", (12, 8, 10)),
         ("Sexual misconduct", "sexual_misconduct", (5, 3, 6)),
         ("Violence against women and girls", "vawg", (3, 6, 2))]


def build_pivot():
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = "Northumbria Police - FOI 2026-5561"
    ws["A2"] = ("Allegations of sexual misconduct recorded against police officers and police staff "
                "(together), by calendar year")
    ws["A4"] = "Count of Allegations"
    ws["B4"] = "Calendar Year"
    ws["A5"] = "Allegation Type"
    for j, (lab, _, _) in enumerate(PYEARS):
        ws.cell(row=5, column=2 + j, value=int(lab))
    ws.cell(row=5, column=5, value="Grand Total")
    for c in ("A4", "B4", "A5", "B5", "C5", "D5", "E5"):
        ws[c].font = Font(bold=True)
    r = 6
    for lab, cat, vals in PDATA:
        ws.cell(row=r, column=1, value=lab)
        for j, v in enumerate(vals):
            ws.cell(row=r, column=2 + j, value=v)
            y = PYEARS[j]
            KEY.append([PIV, "northumbria", y[1], y[2], cat, "allegations", "officers_and_staff", "total",
                        str(v), "reported", str(v), str(v), ""])
        ws.cell(row=r, column=5, value=sum(vals))
        KEY.append([PIV, "northumbria", "2023-01-01", "2025-12-31", cat, "allegations", "officers_and_staff",
                    "total", str(sum(vals)), "reported", str(sum(vals)), str(sum(vals)), ""])
        r += 1
    ws.cell(row=r, column=1, value="Grand Total").font = Font(bold=True)
    for j in range(4):
        ws.cell(row=r, column=2 + j, value=sum(x[2][j] if j < 3 else sum(x[2]) for x in PDATA)).font = Font(bold=True)
    ws.column_dimensions["A"].width = 36
    bk.xlsx_save(wb, PIV, "Northumbria Police")


if __name__ == "__main__":
    build()
    build_pivot()
    if "--key" in sys.argv:
        import csv
        w = csv.writer(sys.stdout, lineterminator="\n")
        for r in sorted(KEY):
            w.writerow(r)
