#!/usr/bin/python3
"""make_round26b_fixtures.py: the files of round 26 (part B) in the keyed set
fixtures/pdf-layouts (their rows of expected.csv are keyed by hand, as a careful reader
would key them, beside the rows other scripts key in the same file).

reportlab builds with invariant output: byte-identical from run to run. Run from the
repository's root:

    /usr/bin/python3 scripts/make_round26b_fixtures.py

  hertfordshire/HC FOI 2026-5531 reply.pdf
      a letter answering part (a) of a request in a ruled table (two types x two
      financial years, officers) and refusing part (b) "the outcome of each allegation
      (...)" under section 12 with a cost estimate given as a range ("between 450 and
      700 case files", minutes each, the hours limit); the refusal sentence names
      "2025/26 to date" too, a period whose totals the letter does not give. Keyed: the
      four totals; no row for any outcome (a refused outcome breakdown is never a status
      row per outcome) and none for the estimate.

  durham/DC FOI 2026-0917 response.pdf
      a letter whose ruled table of types x financial years (officers and staff
      together) heads its last column "2025/26 \u2021", the mark a space after the year,
      and defines it in a footnote under the table ("\u2021 2025/26: 1 April to 31
      December 2025 only."); the request asks for "the last three financial years"
      (no "to date"). Keyed: the marked column as the part the footnote gives
      (2025-04-01..2025-12-31), the other years whole.

  and in the keyed set fixtures/office:

  nottinghamshire/NP FOI 005512-26 reply.docx
      a Word letter: types x officers / staff for two financial years in a table, then
      "2026/27 to date (1 April to 30 November 2026): ... the figures for the whole year
      will be published on our website in the autumn of 2027, so this part is withheld
      under section 22." Keyed: the eight figures and one refused s22 row per type for
      the year to date (officers_and_staff, as the request asks for officers and staff);
      nothing for 2027 (when the figures will be published is no period withheld).

  essex/EP FOI 26-40117 data.xlsx
      one sheet, long format Financial year / Allegation type / Employee group /
      Allegations for 2024/25 and 2025/26, then notes under the table: "2026/27 to date
      (1 April to 31 August 2026): not provided. ... will be included in our published
      annual figures (section 22)." and a cell exemption "(section 31)" that withholds
      nothing here. Keyed: the twelve figures and one refused s22 row per type for the year
      to date, officers_and_staff (the table gives officers and staff).

  and in fixtures/pdf-layouts again:

  cleveland/CP FOI 2026-2290 response.pdf
      a letter answering by financial year in a small ruled table (three types x
      2024/25, 2025/26, officers and staff together); abuse of position for a sexual
      purpose NCND under section 40(5B) "for any of the periods you asked about" with
      the reason "would be likely to identify the individuals concerned"; the calendar
      years 2024 and 2025 (one heading naming both) refused as a repeated request
      (section 14(2)) in a paragraph that names only "the same calendar-year figures"
      ("this part of your request"). Keyed: the six figures, NCND for abuse of position in
      the four periods asked, refused s14(2) for the three types in 2024 and in 2025.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"


def hertfordshire():
    from reportlab.platypus import Table
    src = "hertfordshire/HC FOI 2026-5531 reply.pdf"
    st = bk.styles("Helvetica", 10)

    def furniture(c, page, pages):
        from reportlab.lib.units import mm
        c.setFont("Helvetica", 8)
        c.drawString(22 * mm, 12 * mm, "Hertfordshire Constabulary FOI 2026/5531")
        c.drawRightString(188 * mm, 12 * mm, "Page %d of %d" % (page, pages))

    story = [
        bk.P("Hertfordshire Constabulary", st["h"]),
        bk.P("Information Rights Team, Welwyn Garden City", st["addr"]),
        bk.P("Our reference: FOI 2026/5531", st["addr"]),
        bk.P("16 November 2026", st["addr"]), bk.S(8),
        bk.P("Dear Applicant,", st["body"]),
        bk.P("Your request of 19 October 2026 asked:", st["body"]),
        bk.P("For the financial years 2023/24 and 2024/25, and for 2025/26 to date: (a) how many "
             "allegations of sexual harassment and of abuse of position for a sexual purpose were "
             "made against police officers; and (b) the outcome of each allegation (dismissed, "
             "final written warning, written warning, no case to answer).", st["quote"]),
        bk.P("Part (a)", st["h2"]),
        bk.P("The numbers of allegations made against police officers are:", st["body"]),
        Table([["Allegation type", "2023/24", "2024/25"],
               ["Sexual harassment", "17", "11"],
               ["Abuse of position for a sexual purpose", "6", "9"]],
              colWidths=[230, 70, 70], style=bk.grid_style()),
        bk.S(8),
        bk.P("Part (b)", st["h2"]),
        bk.P("The result of each conduct matter is held only in the notes of its case file. We "
             "estimate that between 450 and 700 case files would have to be read, at about five "
             "minutes each, which is far beyond the 18 hours the cost limit allows (450 pounds). "
             "Part (b) is therefore refused under section 12(1) of the Act, for 2023/24 and "
             "2024/25 and for 2025/26 to date alike.", st["body"]),
        bk.P("You may ask for an internal review within 40 working days of this reply, and after "
             "that complain to the Information Commissioner.", st["body"]),
        bk.P("Yours sincerely,", st["body"]),
        bk.P("Information Rights Team", st["body"]),
    ]
    bk.pdf_letter(src, story, furniture, title="FOI 2026/5531", author="Information Rights")


def durham():
    from reportlab.platypus import Table
    src = "durham/DC FOI 2026-0917 response.pdf"
    st = bk.styles("Times-Roman", 10.5)

    def furniture(c, page, pages):
        from reportlab.lib.units import mm
        c.setFont("Times-Roman", 8)
        c.drawCentredString(105 * mm, 12 * mm, "Durham Constabulary - FOI 2026/0917 - page %d of %d"
                            % (page, pages))

    dag = "\u2021"
    story = [
        bk.P("Durham Constabulary", st["h"]),
        bk.P("Freedom of Information Office, Aykley Heads, Durham", st["addr"]),
        bk.P("Reference: FOI 2026/0917", st["addr"]),
        bk.P("9 February 2026", st["addr"]), bk.S(8),
        bk.P("Dear Requester,", st["body"]),
        bk.P("You asked for the number of allegations of sexual misconduct and of violence against "
             "women and girls made against officers and staff of Durham Constabulary in each of the "
             "last three financial years.", st["body"]),
        bk.P("The figures below count officers and staff together.", st["body"]),
        Table([["Allegation type", "2023/24", "2024/25", "2025/26 " + dag],
               ["Sexual misconduct", "21", "14", "12"],
               ["Violence against women and girls", "33", "27", "19"]],
              colWidths=[200, 70, 70, 80], style=bk.grid_style(font="Times-Roman", size=9.5)),
        bk.P(dag + " 2025/26: 1 April to 31 December 2025 only.", st["small"]),
        bk.S(6),
        bk.P("If you are unhappy with this response you may ask for an internal review within 40 "
             "working days.", st["body"]),
        bk.P("Yours faithfully,", st["body"]),
        bk.P("Freedom of Information Office", st["body"]),
    ]
    bk.pdf_letter(src, story, furniture, title="FOI 2026/0917", author="FOI Office")


def nottinghamshire():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"
    src = "nottinghamshire/NP FOI 005512-26 reply.docx"
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_para(d, "Nottinghamshire Police", bold=True, size=14)
    bk.docx_para(d, "Information Disclosure Unit, Sherwood Lodge, Arnold")
    bk.docx_para(d, "Request reference: 005512/26")
    bk.docx_para(d, "4 December 2026")
    bk.docx_para(d, "Dear Sir or Madam,")
    bk.docx_para(d, "You asked: \"For the financial years 2024/25 and 2025/26, and for 2026/27 to date, how "
                    "many allegations of sexual harassment and of sexual assault were made against police "
                    "officers and police staff?\"")
    bk.docx_para(d, "Financial years 2024/25 and 2025/26", bold=True)
    t = d.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    rows = [["Allegation type", "Employee type", "2024/25", "2025/26"],
            ["Sexual harassment", "Police officers", "15", "19"],
            ["Sexual harassment", "Police staff", "7", "4"],
            ["Sexual assault", "Police officers", "8", "11"],
            ["Sexual assault", "Police staff", "2", "3"]]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            bk.docx_cell(t.cell(r, c), text, bold=(r == 0),
                         align=WD_ALIGN_PARAGRAPH.CENTER if c >= 2 and r else None)
    bk.docx_para(d, "")
    bk.docx_para(d, "2026/27 to date", bold=True)
    bk.docx_para(d, "2026/27 to date (1 April to 30 November 2026): the year has not ended, and the figures "
                    "for the whole year will be published on our website in the autumn of 2027, so this "
                    "part is withheld under section 22 of the Act.")
    bk.docx_para(d, "If you are not satisfied with this response you may ask for an internal review within "
                    "40 working days.")
    bk.docx_para(d, "Yours faithfully,")
    bk.docx_para(d, "Information Disclosure Unit")
    bk.docx_save(d, src, "Information Disclosure Unit")


def essex():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"
    src = "essex/EP FOI 26-40117 data.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "FOI 26-40117"
    ws.append(["Essex Police - FOI 26-40117 - allegations against officers and staff"])
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Financial year", "Allegation type", "Employee group", "Allegations"])
    for c in ws[3]:
        c.font = Font(bold=True)
    data = [("2024/25", "Sexual misconduct", "Officer", 13), ("2024/25", "Sexual misconduct", "Staff", 5),
            ("2024/25", "Abuse of position for a sexual purpose", "Officer", 7),
            ("2024/25", "Abuse of position for a sexual purpose", "Staff", 1),
            ("2024/25", "Sexual assault", "Officer", 9), ("2024/25", "Sexual assault", "Staff", 2),
            ("2025/26", "Sexual misconduct", "Officer", 16), ("2025/26", "Sexual misconduct", "Staff", 3),
            ("2025/26", "Abuse of position for a sexual purpose", "Officer", 4),
            ("2025/26", "Abuse of position for a sexual purpose", "Staff", 2),
            ("2025/26", "Sexual assault", "Officer", 11), ("2025/26", "Sexual assault", "Staff", 6)]
    for row in data:
        ws.append(list(row))
    ws.append([])
    ws.append(["Notes"])
    ws.append(["2026/27 to date (1 April to 31 August 2026): not provided. Part-year figures are not "
               "validated and will be included in our published annual figures (section 22)."])
    ws.append(["Where a figure could identify an investigation it would be marked and not provided "
               "(section 31); no figure in this table is so marked."])
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 16
    bk.xlsx_save(wb, src, "Essex Police")


def cleveland():
    from reportlab.platypus import Table
    bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
    src = "cleveland/CP FOI 2026-2290 response.pdf"
    st = bk.styles("Helvetica", 10)

    def furniture(c, page, pages):
        from reportlab.lib.units import mm
        c.setFont("Helvetica", 8)
        c.drawString(22 * mm, 12 * mm, "Cleveland Police FOI 2026/2290")
        c.drawRightString(188 * mm, 12 * mm, "%d" % page)

    story = [
        bk.P("Cleveland Police", st["h"]),
        bk.P("Freedom of Information, Hemlington, Middlesbrough", st["addr"]),
        bk.P("FOI reference 2026/2290", st["addr"]),
        bk.P("21 November 2026", st["addr"]), bk.S(8),
        bk.P("Dear Applicant,", st["body"]),
        bk.P("Your request read:", st["body"]),
        bk.P("Please tell me, for the financial years 2024/25 and 2025/26 and for the calendar years "
             "2024 and 2025, how many allegations of sexual harassment, sexual assault, domestic abuse and abuse "
             "of position for a sexual purpose were made against police officers and police staff.",
             st["quote"]),
        bk.P("Financial years", st["h2"]),
        bk.P("Allegations against police officers and police staff, counted together:", st["body"]),
        Table([["Allegation type", "2024/25", "2025/26"],
               ["Sexual harassment", "22", "17"],
               ["Sexual assault", "6", "10"],
               ["Domestic abuse", "31", "28"]],
              colWidths=[200, 70, 70], style=bk.grid_style()),
        bk.S(8),
        bk.P("Abuse of position for a sexual purpose: Cleveland Police neither confirms nor denies that "
             "it holds any information for this category, for any of the periods you asked about. The "
             "numbers are very small, and confirming or denying would be likely to identify the "
             "individuals concerned. Section 40(5B) of the Act applies.", st["body"]),
        bk.P("Calendar years 2024 and 2025", st["h2"]),
        bk.P("You asked for the same calendar-year figures in your request 2026/1874, which we answered "
             "in September 2026. As no reasonable interval has passed, we are refusing this part of your "
             "request as a repeated request under section 14(2).", st["body"]),
        bk.P("You may ask for an internal review within 40 working days.", st["body"]),
        bk.P("Yours sincerely,", st["body"]),
        bk.P("Freedom of Information", st["body"]),
    ]
    bk.pdf_letter(src, story, furniture, title="FOI 2026/2290", author="Freedom of Information")


if __name__ == "__main__":
    hertfordshire()
    durham()
    nottinghamshire()
    essex()
    cleveland()
