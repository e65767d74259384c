#!/usr/bin/python3
"""make_round38a_fixtures.py: the PDF of round 38 (part A) in the keyed set
fixtures/pdf-layouts; its rows of that set's expected.csv are keyed by hand below, as a
careful reader would key them; --key writes them into expected.csv in place of any rows of
this script's file it already has, keeping every other row as it is.

Written with blindkit's reportlab helpers: the output is byte-identical from run to run.
Run from the repository's root:

    /usr/bin/python3 scripts/make_round38a_fixtures.py [--key]

  derbyshire/Derbyshire FOI 2026-0640 printout.pdf
      a spreadsheet printed to PDF with its headings on (column letters A-E across the top,
      row numbers 1-19 down the left, inside the grid's rules), landscape, no letter: a
      title in the first cell that runs on over the next cells ("Derbyshire Constabulary -
      FOI 2026-0640 - allegations against police officers"), a first block of totals by
      type for the calendar years 2023 and 2024, a blank row, then a second block titled
      "Outcomes of allegations recorded in 2024" (outcomes down, three types across) and a
      note row under the grid ("Figures are for police officers only ..."). Keyed: every
      count, officers (the title and the note); the column letters, row numbers and the
      title's reference are non-figures.
  office: lincolnshire/Lincolnshire Police FOI 26-1902 reply.xlsx
      a workbook whose first sheet "Letter" is the covering letter typed into cells (one
      paragraph a cell, column A) and whose second sheet "Data" is the table: Allegation type /
      Outcome / 2023 / 2024, officers and staff together, a Total row per type. The letter
      restates one 2024 total ("Of the 7 allegations of sexual harassment recorded in 2024")
      and says "2 were made against police staff, with the rest made against police
      officers". Keyed: every count of the table; the staff figure (sexual harassment, 2024,
      staff, 2); the restated total is the table's row (one key row); "the rest" is no stated
      number (nothing derived for officers).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

PDFS = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
bk.ROOT = PDFS

SRC = "derbyshire/Derbyshire FOI 2026-0640 printout.pdf"
CY23 = ("2023-01-01", "2023-12-31")
CY24 = ("2024-01-01", "2024-12-31")
TYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
         ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
TOTALS = {"sexual_harassment": (8, 11), "sexual_misconduct": (5, 4), "abuse_of_position_sexual": (3, 6)}
OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("Written warning", "written_warning"), ("No case to answer", "no_case_to_answer"),
        ("Still under investigation", "ongoing")]
# 2024 outcomes per type (each adds up to its 2024 total)
DATA = {"sexual_harassment": [2, 3, 1, 4, 1], "sexual_misconduct": [1, 0, 1, 2, 0],
        "abuse_of_position_sexual": [3, 1, 0, 0, 2]}
KEY = []
OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"
OFFICE_KEY = []
LINCS = "lincolnshire/Lincolnshire Police FOI 26-1902 reply.xlsx"
L_TYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct")]
L_OUTS = [("Dismissed", "dismissed"), ("Written warning", "written_warning"),
          ("No case to answer", "no_case_to_answer")]
L_DATA = {  # per type: per outcome, (2023, 2024)
    "sexual_harassment": [(1, 2), (3, 1), (2, 4)],
    "sexual_misconduct": [(0, 1), (2, 2), (4, 0)],
}


def key(per, tc, out, v):
    KEY.append([SRC, "derbyshire", per[0], per[1], tc, "allegations", "officers", out, str(v), "reported",
                str(v), str(v), ""])


def build():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    grid = [["Derbyshire Constabulary - FOI 2026-0640 - allegations against police officers", "", "", "", ""],
            [""] * 5,
            ["Type of allegation", "2023", "2024", "", ""]]
    for lab, tc in TYPES:
        a, b = TOTALS[tc]
        grid.append([lab, str(a), str(b), "", ""])
        key(CY23, tc, "total", a)
        key(CY24, tc, "total", b)
    grid.append([""] * 5)
    grid.append(["Outcomes of allegations recorded in 2024", "", "", "", ""])
    grid.append(["Outcome"] + [lab for lab, _ in TYPES] + [""])
    for i, (ol, oc) in enumerate(OUTS):
        grid.append([ol] + [str(DATA[tc][i]) for _, tc in TYPES] + [""])
        for _, tc in TYPES:
            key(CY24, tc, oc, DATA[tc][i])
    grid.append([""] * 5)
    grid.append(["Figures are for police officers only, as recorded on the conduct case system.",
                 "", "", "", ""])
    letters = ["", "A", "B", "C", "D", "E"]
    data = [letters] + [[str(i)] + row for i, row in enumerate(grid, 1)]
    t = Table(data, colWidths=[10 * mm, 68 * mm, 38 * mm, 38 * mm, 52 * mm, 20 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8),
                           ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#C0C0C0")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8E8E8")),
                           ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
                           ("FONT", (1, 1), (1, 1), "Helvetica-Bold", 9),
                           ("FONT", (1, 3), (-1, 3), "Helvetica-Bold", 8),
                           ("FONT", (1, 9), (-1, 9), "Helvetica-Bold", 8)]))

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, h - 10 * mm, "FOI 2026-0640 printout")
        c.drawCentredString(w / 2, 8 * mm, f"Page {p} of {n}")
    bk.pdf_letter(SRC, [t], furn, pagesize=landscape(A4), margins=(15, 15, 18, 15),
                  title="FOI 2026-0640", author="Derbyshire Constabulary Information Rights")


def build_lincolnshire():
    import openpyxl
    from openpyxl.styles import Font
    years = [("2023", ("2023-01-01", "2023-12-31")), ("2024", ("2024-01-01", "2024-12-31"))]

    def lkey(per, tc, subj, out, v):
        OFFICE_KEY.append([LINCS, "lincolnshire", per[0], per[1], tc, "allegations", subj, out, str(v),
                           "reported", str(v), str(v), ""])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Letter"
    for line in ["Lincolnshire Police", "Information Rights, PO Box 999, Lincoln LN5 7PH",
                 "Our reference: FOI 26-1902    Date: 12 November 2026", "",
                 "Dear Requester,",
                 "Thank you for your request for information received on 20 October 2026, in which you asked:",
                 "How many allegations of sexual harassment and of sexual misconduct were made against your "
                 "police officers and police staff in 2023 and in 2024, and what was the outcome of each?",
                 "Lincolnshire Police holds these records by calendar year. The sheet named \u201cData\u201d "
                 "sets out the allegations made against police officers and police staff together, by type "
                 "and outcome, for 2023 and 2024.",
                 "Of the 7 allegations of sexual harassment recorded in 2024, 2 were made against police "
                 "staff, with the rest made against police officers.",
                 "If you are not satisfied with this response you may request an internal review within 40 "
                 "working days.",
                 "Yours sincerely,", "Information Rights Officer"]:
        ws.append([line])
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 120
    data = wb.create_sheet("Data")
    data.append(["Allegation type", "Outcome"] + [y for y, _ in years])
    for c in data[1]:
        c.font = Font(bold=True)
    for tl, tc in L_TYPES:
        for (ol, oc), vs in zip(L_OUTS, L_DATA[tc]):
            data.append([tl, ol] + list(vs))
            for (_, per), v in zip(years, vs):
                lkey(per, tc, "officers_and_staff", oc, v)
        tot = [sum(x[i] for x in L_DATA[tc]) for i in range(len(years))]
        data.append([tl, "Total"] + tot)
        for c in data[data.max_row]:
            c.font = Font(bold=True)
        for (_, per), v in zip(years, tot):
            lkey(per, tc, "officers_and_staff", "total", v)
    assert sum(x[1] for x in L_DATA["sexual_harassment"]) == 7
    lkey(years[1][1], "sexual_harassment", "staff", "total", 2)
    data.column_dimensions["A"].width = 30
    data.column_dimensions["B"].width = 22
    bk.xlsx_save(wb, LINCS, creator="Lincolnshire Police")


if __name__ == "__main__":
    build()
    bk.ROOT = OFFICE
    build_lincolnshire()
    if "--key" in sys.argv:
        bk.merge_key(PDFS, KEY)
        bk.merge_key(OFFICE, OFFICE_KEY)
