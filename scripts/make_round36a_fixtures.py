#!/usr/bin/python3
"""make_round36a_fixtures.py: the fixtures of round 36a, with their rows of the keyed sets'
expected.csv keyed by hand below, as a careful reader would key them. Run from the
repository's root:

    /usr/bin/python3 scripts/make_round36a_fixtures.py [--key]

It writes its documents; --key also puts its rows into each set's expected.csv in place of any
rows of its files there (the rows of every other source file are kept as they are).

  unseen-letters: surrey/Surrey Police FOI 26-5512 reply.txt
      a plain-text letter: the request asks for financial years (or calendar years "if the
      force records them that way") and the outcome of each allegation; under each
      "Financial year 2023/24" heading one indented line per type, "Sexual harassment: 9
      (police officers 6, police staff 3)"; then "Information about the outcomes of these
      allegations would have to be gathered from each case file by hand. We estimate this
      would take well over the 18 hours allowed, and this element of your request is refused
      under Section 12 ...". Keyed: each line's total (officers and staff together) and its
      two parts; nothing refused (the refusal is of the outcomes, a breakdown; no total).

  office: staffordshire/SP FOI 26-2290 response.docx
      a Word letter: a table of the allegations recorded in 2025/26 by type, officers and
      staff together, with a Total row; a paragraph after it: "The case system records
      whether the subject is an officer or a member of staff only for allegations of sexual
      harassment. In 2025/26, 9 of the 11 allegations of sexual harassment were made against
      police officers and 2 against police staff." Keyed: the table's counts (officers and
      staff together) and, for sexual harassment, 9 officers and 2 staff (the 11 is the
      table's total restated, never the officers').

  office: durham/DC FOI 26-3018 allegations.xlsx
      one sheet: a title row, a header row (Category / Officers 2024 / Staff 2024 / Officers 2025
      / Staff 2025), four categories, and a note under the table: "Data for 2026 (1 January to
      31 October 2026) are due to be published in the Constabulary's Annual Integrity Report in
      2027 and are exempt under section 22 of the FOIA." Keyed: every count; the part-year 2026
      to 31 October refused s22 per category, officers and staff together (the note names no
      people); nothing for 2027, the year of publishing.

  unseen-letters: north-yorkshire/NYP FOI 26-1377 refusal.txt
      a whole-request section 12 refusal, no figures; the request asks "for the calendar years
      2024 and 2025 and for this year to date (or for the financial years 2024/25 and 2025/26
      instead, if the force holds its records that way)". The financial years are an
      alternative on a condition nothing in the letter takes up. Keyed: refused s12 per
      category for police officers, calendar 2024, calendar 2025 and 2026 to date (the year the
      request was made in), ending on the letter's own date, 12 December 2026 (round 42a: the
      letter's date is a stated end for its "to date"; keyed without dates before); no
      financial year.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

FIX = Path(__file__).resolve().parent.parent / "fixtures"
LETTERS = FIX / "unseen-letters"
OFFICE = FIX / "office"
LETTERS_KEY = []
OFFICE_KEY = []


def key(into, src, force, period, cat, subject, outcome, v):
    into.append([src, force, period[0], period[1], cat, "allegations", subject, outcome, str(v), "reported", str(v),
                 str(v), ""])


SURREY = "surrey/Surrey Police FOI 26-5512 reply.txt"
SURREY_DATA = {  # per financial year: (label, category, officers, staff)
    2023: [("Sexual harassment", "sexual_harassment", 6, 3), ("Sexual misconduct", "sexual_misconduct", 5, 0),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", 2, 1)],
    2024: [("Sexual harassment", "sexual_harassment", 7, 5), ("Sexual misconduct", "sexual_misconduct", 1, 3),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", 6, 0)],
}


def surrey():
    bk.ROOT = LETTERS
    out = ["Surrey Police", "Freedom of Information Team", "Mount Browne, Guildford GU3 1HG", "",
           "Our reference: FOI 26-5512", "Date: 9 December 2026", "", "Dear Applicant,", "",
           "Your request, received on 18 November 2026, was:", "",
           "\"Please provide, for the financial years 2023/24 and 2024/25 (or for the calendar years 2023 and 2024 "
           "if the force records them that way), the number of allegations of sexual harassment, sexual misconduct "
           "and abuse of position for a sexual purpose made against police officers and against police staff, and "
           "the outcome of each allegation.\"", "",
           "Surrey Police holds this information by financial year. The first number on each line is the total; "
           "the bracket divides it between police officers and police staff.", ""]
    for y, rows in SURREY_DATA.items():
        fy = (f"{y}-04-01", f"{y + 1}-03-31")
        out.append(f"Financial year {y}/{(y + 1) % 100:02d}")
        for lab, cat, o, s in rows:
            out.append(f"    {lab}: {o + s} (police officers {o}, police staff {s})")
            key(LETTERS_KEY, SURREY, "surrey", fy, cat, "officers_and_staff", "total", o + s)
            key(LETTERS_KEY, SURREY, "surrey", fy, cat, "officers", "total", o)
            key(LETTERS_KEY, SURREY, "surrey", fy, cat, "staff", "total", s)
        out.append("")
    out += ["Information about the outcomes of these allegations would have to be gathered from each case file by "
            "hand. We estimate this would take well over the 18 hours allowed, and this element of your request is "
            "refused under Section 12 of the Freedom of Information Act 2000.", "",
            "You may ask for an internal review of this decision within 40 working days. If you remain unhappy you "
            "may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
            "SK9 5AF.", "", "Yours sincerely,", "", "Freedom of Information Team", "Surrey Police"]
    bk.write_text(SURREY, "\n".join(out) + "\n")


STAFFS = "staffordshire/SP FOI 26-2290 response.docx"
STAFFS_DATA = [("Sexual harassment", "sexual_harassment", 11), ("Sexual misconduct", "sexual_misconduct", 6),
               ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", 4)]
STAFFS_SPLIT = ("sexual_harassment", 9, 2)


def staffordshire():
    bk.ROOT = OFFICE
    fy = ("2025-04-01", "2026-03-31")
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_heading(d, "Staffordshire Police - Freedom of Information", 13)
    bk.docx_para(d, "Reference: SP FOI 26-2290")
    bk.docx_para(d, "Date: 14 December 2026")
    bk.docx_para(d, "Dear Sir or Madam,")
    bk.docx_para(d, "You asked: \"How many allegations of sexual harassment, sexual misconduct and abuse of position "
                    "for a sexual purpose were made against police officers and police staff in the financial year "
                    "2025/26?\"")
    bk.docx_para(d, "Staffordshire Police holds this information. The table below counts allegations against police "
                    "officers and police staff together.")
    bk.docx_heading(d, "Allegations recorded 1 April 2025 to 31 March 2026", 11)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    bk.docx_cell(t.rows[0].cells[0], "Type of allegation", bold=True)
    bk.docx_cell(t.rows[0].cells[1], "Number of allegations", bold=True)
    for lab, cat, v in STAFFS_DATA:
        r = t.add_row().cells
        bk.docx_cell(r[0], lab)
        bk.docx_cell(r[1], str(v))
        key(OFFICE_KEY, STAFFS, "staffordshire", fy, cat, "officers_and_staff", "total", v)
    r = t.add_row().cells
    bk.docx_cell(r[0], "Total", bold=True)
    bk.docx_cell(r[1], str(sum(v for _, _, v in STAFFS_DATA)), bold=True)
    cat, o, s = STAFFS_SPLIT
    assert o + s == dict((c, v) for _, c, v in STAFFS_DATA)[cat]
    bk.docx_para(d, "")
    bk.docx_para(d, "The case system records whether the subject is an officer or a member of staff only for "
                    f"allegations of sexual harassment. In 2025/26, {o} of the {o + s} allegations of sexual harassment "
                    f"were made against police officers and {s} against police staff.")
    key(OFFICE_KEY, STAFFS, "staffordshire", fy, cat, "officers", "total", o)
    key(OFFICE_KEY, STAFFS, "staffordshire", fy, cat, "staff", "total", s)
    bk.docx_para(d, "If you are dissatisfied with this response you may ask for an internal review within 40 working "
                    "days of the date of this letter.")
    bk.docx_para(d, "Yours faithfully,")
    bk.docx_para(d, "Freedom of Information Officer")
    bk.docx_finish(d, STAFFS, "Staffordshire Police")


DURHAM = "durham/DC FOI 26-3018 allegations.xlsx"
DURHAM_DATA = [("Sexual assault", "sexual_assault", (3, 1), (5, 0)),
               ("Sexual harassment", "sexual_harassment", (7, 4), (6, 3)),
               ("Sexual misconduct", "sexual_misconduct", (2, 2), (4, 1)),
               ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", (1, 0), (2, 0))]


def durham():
    import openpyxl
    from openpyxl.styles import Font
    bk.ROOT = OFFICE
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = "Durham Constabulary - FOI 26-3018 - allegations recorded against officers and staff"
    ws["A1"].font = Font(bold=True)
    head = ["Category", "Officers 2024", "Staff 2024", "Officers 2025", "Staff 2025"]
    for j, h in enumerate(head, 1):
        ws.cell(row=3, column=j, value=h).font = Font(bold=True)
    r = 4
    for lab, cat, y24, y25 in DURHAM_DATA:
        ws.cell(row=r, column=1, value=lab)
        for j, v in enumerate(y24 + y25, 2):
            ws.cell(row=r, column=j, value=v)
        for (y, (o, st)) in ((2024, y24), (2025, y25)):
            per = (f"{y}-01-01", f"{y}-12-31")
            key(OFFICE_KEY, DURHAM, "durham", per, cat, "officers", "total", o)
            key(OFFICE_KEY, DURHAM, "durham", per, cat, "staff", "total", st)
        OFFICE_KEY.append([DURHAM, "durham", "2026-01-01", "2026-10-31", cat, "allegations", "officers_and_staff",
                           "total", "", "refused", "", "", "s22"])
        r += 1
    ws.cell(row=r + 1, column=1, value="Data for 2026 (1 January to 31 October 2026) are due to be published in the "
                                       "Constabulary's Annual Integrity Report in 2027 and are exempt under section "
                                       "22 of the FOIA.")
    ws.column_dimensions["A"].width = 42
    bk.xlsx_save(wb, DURHAM, creator="Durham Constabulary")


NYP = "north-yorkshire/NYP FOI 26-1377 refusal.txt"


def north_yorkshire():
    bk.ROOT = LETTERS
    cats = [("sexual harassment", "sexual_harassment"), ("abuse of position for a sexual purpose",
                                                         "abuse_of_position_sexual")]
    text = "\n".join([
        "North Yorkshire Police", "Civil Disclosure Unit", "", "FOI reference: 26-1377", "12 December 2026", "",
        "Dear Applicant,", "", "Your request was received on 10 November 2026. You asked:", "",
        "Please tell me, for the calendar years 2024 and 2025 and for this year to date (or for the financial "
        "years 2024/25 and 2025/26 instead, if the force holds its records that way), how many allegations of "
        "sexual harassment and of abuse of position for a sexual purpose were made against police officers.", "",
        "Our response", "",
        "Allegations are logged against the misconduct case rather than by type, so each case file would have to "
        "be opened and read. We estimate that locating and extracting the information would take more than 60 "
        "hours. Section 12(1) of the Freedom of Information Act therefore applies and North Yorkshire Police is "
        "not obliged to comply with your request.", "",
        "You may be able to narrow your request, for example to one type of allegation over a shorter period.", "",
        "If you are not satisfied you may ask for an internal review within 40 working days.", "",
        "Yours sincerely,", "", "Civil Disclosure Unit", "North Yorkshire Police", ""])
    bk.write_text(NYP, text)
    for _, cat in cats:
        for a, b in (("2024-01-01", "2024-12-31"), ("2025-01-01", "2025-12-31"), ("2026-01-01", "2026-12-12")):
            LETTERS_KEY.append([NYP, "north-yorkshire", a, b, cat, "allegations", "officers", "total", "", "refused",
                                "", "", "s12"])


if __name__ == "__main__":
    surrey()
    staffordshire()
    durham()
    north_yorkshire()
    if "--key" in sys.argv:
        bk.merge_key(LETTERS, LETTERS_KEY)
        bk.merge_key(OFFICE, OFFICE_KEY)
