#!/usr/bin/python3
"""make_round35b_fixtures.py: the files of round 35 (part B) in the keyed set fixtures/office;
their rows of that set's expected.csv are keyed by hand below, as a careful reader would key
them; --key writes them into expected.csv in place of any rows of this script's files it
already has, keeping every other row as it is.

Written with blindkit's python-docx helpers (fixed core properties and zip times): the output
is byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round35b_fixtures.py [--key]

  lincolnshire/LP FOI 002214-26 reply.docx
      a Word letter answering a request of two numbered questions (1. how many allegations of
      three kinds were made against police officers in 2024 and 2025; 2. their outcomes);
      under a heading per calendar year ("Allegations recorded in 2024", "... in 2025") a
      numbered list in Word's automatic numbering (style List Number, one list running 1-6
      across both headings), one item per allegation type and its count ("Sexual harassment
      - 7 allegations"), each followed by its outcomes as Word bullets (List Bullet 2, "dismissed:
      2"). Items 1 and 2 are not answers to questions 1 and 2: the list runs on past them.
      Keyed: every count and outcome, police officers, the heading's calendar year.
  pdf-layouts: norfolk/NC FOI 2026-0981 response.pdf
      a reportlab letter with two ruled tables set out alike (allegation type down, Police
      officers / Police staff across), one per calendar year under a bold heading
      ("Allegations recorded in 2024", "Allegations recorded in 2025"), a paragraph between
      them; the second is printed without its column heads (the same column widths, in the
      same order). Keyed: every count of both tables, the subject from the first table's
      heads, the year from the heading over each.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"
bk.ROOT = OFFICE
OFFICE_KEY = []
PDFS = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
PDF_KEY = []

LINCS = "lincolnshire/LP FOI 002214-26 reply.docx"
CY = {2024: ("2024-01-01", "2024-12-31"), 2025: ("2025-01-01", "2025-12-31")}
TYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
         ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
OUTS = [("dismissed", "dismissed"), ("final written warning", "final_written_warning"),
        ("management action", "management_action"), ("no case to answer", "no_case_to_answer"),
        ("still being investigated", "ongoing")]
# per year and type: the outcomes in OUTS' order (the count is their sum)
DATA = {
    2024: {"sexual_harassment": [2, 1, 3, 1, 0], "sexual_misconduct": [1, 0, 2, 2, 1],
           "abuse_of_position_sexual": [3, 0, 0, 1, 0]},
    2025: {"sexual_harassment": [1, 2, 2, 0, 3], "sexual_misconduct": [0, 1, 1, 3, 2],
           "abuse_of_position_sexual": [2, 0, 1, 0, 2]},
}


def key(year, tc, outcome, v):
    p = CY[year]
    OFFICE_KEY.append([LINCS, "lincolnshire", p[0], p[1], tc, "allegations", "officers", outcome, str(v),
                       "reported", str(v), str(v), ""])


def build_lincs():
    bk.ROOT = OFFICE
    d = bk.docx_new("Arial", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Lincolnshire Police, PO Box 999, Lincoln LN5 7PH")
    bk.docx_heading(d, "Lincolnshire Police - Freedom of Information Act 2000", 14)
    d.add_paragraph("Request number: 002214-26\nDate of reply: 9 December 2026")
    d.add_paragraph("Dear Requester")
    d.add_paragraph("Thank you for your e-mail of 12 November 2026, in which you asked:")
    d.add_paragraph("\"1. How many allegations of sexual harassment, sexual misconduct and abuse of position "
                    "for a sexual purpose were made against police officers in each of the calendar years 2024 "
                    "and 2025? 2. What was the outcome of each of those allegations?\"")
    d.add_paragraph("Lincolnshire Police holds this information. The figures below count allegations made "
                    "against police officers. For each type of allegation the list gives the number recorded "
                    "in the year, and beneath it how those allegations ended.")
    for year in (2024, 2025):
        bk.docx_heading(d, f"Allegations recorded in {year}", 12)
        for label, tc in TYPES:
            outs = DATA[year][tc]
            d.add_paragraph(f"{label} - {sum(outs)} allegations", style="List Number")
            key(year, tc, "total", sum(outs))
            for (ol, oc), v in zip(OUTS, outs):
                d.add_paragraph(f"{ol}: {v}", style="List Bullet 2")
                key(year, tc, oc, v)
    d.add_paragraph("Outcomes are those recorded when the figures were extracted on 1 December 2026; "
                    "allegations still under investigation may yet end in another outcome.")
    d.add_paragraph("If you are unhappy with this reply you may ask for an internal review within 40 working "
                    "days, and then complain to the Information Commissioner's Office.")
    d.add_paragraph("Yours sincerely\nInformation Access Team")
    bk.docx_save(d, LINCS, "Lincolnshire Police")


NORFOLK = "norfolk/NC FOI 2026-0981 response.pdf"
N_TYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
N_DATA = {2024: [(8, 3), (5, 2), (4, 0)], 2025: [(11, 1), (7, 4), (2, 1)]}


def build_norfolk():
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle
    bk.ROOT = PDFS
    st = bk.styles("Helvetica", 10)
    story = [bk.P("<b>Norfolk Constabulary</b>", st["h"]),
             bk.P("Information Rights, Jubilee House, Falconers Chase, Wymondham", st["body"]),
             bk.P("Our reference: NC FOI 2026-0981", st["body"]),
             bk.P("Date: 2 December 2026", st["body"]),
             bk.P("You asked: \"How many allegations of sexual harassment, sexual misconduct and abuse of position "
                  "for a sexual purpose were recorded against police officers and against police staff in each of "
                  "the calendar years 2024 and 2025?\"", st["body"]),
             bk.P("Norfolk Constabulary holds this information. It is set out below in two tables of the same "
                  "layout, one for each calendar year.", st["body"])]
    widths = [210, 95, 95]
    head = [["Type of allegation", "Police officers", "Police staff"]]
    for year in (2024, 2025):
        rows = []
        for (lab, tc), (o, s) in zip(N_TYPES, N_DATA[year]):
            rows.append([lab, str(o), str(s)])
            for subj, v in (("officers", o), ("staff", s)):
                PDF_KEY.append([NORFOLK, "norfolk", f"{year}-01-01", f"{year}-12-31", tc, "allegations", subj,
                                "total", str(v), "reported", str(v), str(v), ""])
        story.append(bk.P(f"<b>Allegations recorded in {year}</b>", st["body"]))
        if year == 2024:
            t = Table(head + rows, colWidths=widths, hAlign="LEFT")
            t.setStyle(bk.grid_style())
        else:
            t = Table(rows, colWidths=widths, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                                   ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        story += [t, bk.S(10)]
        if year == 2024:
            story.append(bk.P("An allegation is counted once, under the type recorded when it was first assessed.",
                              st["body"]))
    story += [bk.P("If you are not satisfied with this response you may ask for an internal review within 40 "
                   "working days of the date of this letter.", st["body"]),
              bk.P("Yours sincerely, Information Rights Team", st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(60, 30, "NC FOI 2026-0981  |  Page %d of %d" % (page, pages))
    bk.pdf_letter(NORFOLK, story, furniture, title="NC FOI 2026-0981", author="Norfolk Constabulary")


TABLES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-tables"
TABLES_KEY = []
GLOS = "gloucestershire/GC FOI 2026-1530 officers.xlsx"
G_TYPES = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
G_YEARS = [("2023", "2023-01-01", "2023-12-31"), ("2024", "2024-01-01", "2024-12-31"),
           ("2025", "2025-01-01", "2025-12-31")]
G_DATA = {"sexual_assault": [6, 4, 9], "sexual_harassment": [12, 15, 10], "abuse_of_position_sexual": [3, 0, 2]}


def build_glos():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    bk.ROOT = TABLES
    wb = Workbook()
    ws = wb.active
    ws.title = "Police officers"
    ws["A1"] = "Gloucestershire Constabulary - FOI 2026-1530"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Allegations recorded against police officers, by calendar year"
    ws.append([])
    ws.append(["Allegation type"] + [y for y, _, _ in G_YEARS])
    for c in ws[4]:
        c.font = Font(bold=True)
    for lab, tc in G_TYPES:
        ws.append([lab] + G_DATA[tc])
        for (y, a, z), v in zip(G_YEARS, G_DATA[tc]):
            TABLES_KEY.append([GLOS, "gloucestershire", a, z, tc, "allegations", "officers", "total", str(v),
                               "reported", str(v), str(v), ""])
            TABLES_KEY.append([GLOS, "gloucestershire", a, z, tc, "allegations", "staff", "total", "", "ncnd", "",
                               "", "s40(5)"])
    ws.append([])
    ws.append(["Whether the Constabulary holds information about allegations against police staff is neither "
               "confirmed nor denied: section 40(5) of the Freedom of Information Act applies."])
    ws.column_dimensions["A"].width = 42
    bk.xlsx_save(wb, GLOS, "Gloucestershire Constabulary")


if __name__ == "__main__":
    build_lincs()
    build_norfolk()
    build_glos()
    if "--key" in sys.argv:
        bk.merge_key(OFFICE, OFFICE_KEY)
        bk.merge_key(PDFS, PDF_KEY)
        bk.merge_key(TABLES, TABLES_KEY)
