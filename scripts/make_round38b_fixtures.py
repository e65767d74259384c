#!/usr/bin/python3
"""make_round38b_fixtures.py: the files of round 38 (part B) in the keyed set
fixtures/pdf-layouts; their rows of that set's expected.csv are keyed by hand below, as a
careful reader would key them; --key writes them into expected.csv in place of any rows of
this script's files it already has, keeping every other row as it is.

Written with reportlab through blindkit (fixed document properties): the output is
byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round38b_fixtures.py [--key]

  northumbria/NP Disclosure 2025-4471 reply.pdf
      a reportlab reply to a request for "the past two full years and the current year to
      date" (allegations of sexual harassment, sexual misconduct, abuse of position for a
      sexual purpose and domestic abuse against police officers and police staff, and their
      outcomes). Paragraphs: the two financial years found are in the appendix; "We have
      not supplied figures for 2025-26, as the year is still in progress ..." (no period of
      what the answer covers, no statement); "No information held. Northumbria Police does
      not record allegations as domestic abuse; ..., so we hold no information for that part
      of the request." (domestic abuse only, for each year given); an exemption paragraph on
      sexual misconduct against police staff. Appendix: per year and employee type a ruled
      table, type down, Total then six outcomes across; in the staff tables the sexual
      misconduct row is one cell "Exempt (section 40(2))" merged across Total and every
      outcome. Keyed: every count; staff sexual misconduct one refused total per year
      (s40(2), no outcome rows); domestic abuse not held for 2023-24 and 2024-25, officers
      and staff; nothing for 2025-26.
  unseen-letters: cheshire/Cheshire FOI 3318-25 covering letter.txt and
                  cheshire/Cheshire FOI 3318-25 figures.xlsx
      a plain-text covering letter answering "in each of the previous two full years and
      this year to date" (dated only by the day of the request); it names the enclosed
      workbook and says it gives the allegations against officers and staff together "for
      the financial years 2023/24 and 2024/25 and for 2025/26 up to 31 October"; "Violence
      against women and girls is not a category the Constabulary records: ..., and that
      part of your request is not held." The workbook: one sheet, type / outcome down, the
      three periods across, a Total row per type. Keyed: every count of the workbook
      (officers and staff together, as the letter says); VAWG not held on the letter, one
      row per period the letter says the workbook gives.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

PDFS = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
PDF_KEY = []

NORTHUMBRIA = "northumbria/NP Disclosure 2025-4471 reply.pdf"
FY = {"2023-24": ("2023-04-01", "2024-03-31"), "2024-25": ("2024-04-01", "2025-03-31")}
TYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
         ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("Written warning", "written_warning"), ("Management advice", "management_action"),
        ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
# per year, employee type and allegation type: the outcomes in OUTS' order (None: exempt)
DATA = {
    "2023-24": {"officers": {"sexual_harassment": [3, 1, 0, 4, 2, 1], "sexual_misconduct": [1, 2, 1, 0, 3, 0],
                             "abuse_of_position_sexual": [4, 0, 0, 0, 1, 2]},
                "staff": {"sexual_harassment": [0, 1, 1, 2, 0, 1], "sexual_misconduct": None,
                          "abuse_of_position_sexual": [1, 0, 0, 0, 0, 0]}},
    "2024-25": {"officers": {"sexual_harassment": [2, 2, 1, 3, 4, 2], "sexual_misconduct": [0, 1, 2, 2, 1, 3],
                             "abuse_of_position_sexual": [3, 1, 0, 0, 0, 4]},
                "staff": {"sexual_harassment": [1, 0, 0, 1, 2, 0], "sexual_misconduct": None,
                          "abuse_of_position_sexual": [0, 0, 1, 0, 1, 0]}},
}
EXEMPT = "Exempt (section 40(2))"


def key(year, subj, tc, outcome, v, status="reported", ex=""):
    a, z = FY[year]
    val = "" if v is None else str(v)
    PDF_KEY.append([NORTHUMBRIA, "northumbria", a, z, tc, "allegations", subj, outcome, val, status, val, val, ex])


def build_northumbria():
    bk.ROOT = PDFS
    st = bk.styles("Helvetica", 10)
    story = [bk.P("<b>Northumbria Police - Disclosure Unit</b>", st["h"]),
             bk.P("Reference: 2025/4471 &nbsp;&nbsp; Date: 9 December 2025", st["body"]),
             bk.P("<b>Response</b>", st["h2"]),
             bk.P("On 17 November 2025 you asked:", st["body"]),
             bk.P("For the past two full years and for the current year to date, please give the number of "
                  "allegations of sexual harassment, sexual misconduct, abuse of position for a sexual purpose and "
                  "domestic abuse made against police officers and police staff, and the outcome of each "
                  "allegation.", st["quote"]),
             bk.P("Northumbria Police holds part of this information. The financial years 2023-24 and 2024-25 are "
                  "set out in the appendix, with police officers and police staff in separate tables.", st["body"]),
             bk.P("We have not supplied figures for 2025-26, as the year is still in progress and its outcomes are "
                  "unverified.", st["body"]),
             bk.P("No information held. Northumbria Police does not record allegations as domestic abuse; each "
                  "allegation is recorded under the misconduct type that applies to it, so we hold no information "
                  "for that part of the request.", st["body"]),
             bk.P("Exemption. The number of allegations of sexual misconduct made against police staff is exempt "
                  "under section 40(2) of the Act: so few allegations could identify the members of staff "
                  "involved.", st["body"]),
             bk.P("If you are dissatisfied with this reply you may ask for an internal review within 40 working "
                  "days, and then complain to the Information Commissioner.", st["body"]),
             bk.P("Disclosure Unit, Northumbria Police", st["body"]),
             bk.S(14),
             bk.P("<b>Appendix</b>", st["h"])]
    cst = bk.styles("Helvetica", 8.5)
    head = [bk.P(h, cst["cellb"]) for h in ["Type", "Total"] + [o for o, _ in OUTS]]
    widths = [150, 34] + [54] * len(OUTS)
    for year in FY:
        for subj, who in (("officers", "Police officers"), ("staff", "Police staff")):
            rows = [head]
            extra = [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            for lab, tc in TYPES:
                outs = DATA[year][subj][tc]
                if outs is None:
                    rows.append([lab, EXEMPT] + [""] * len(OUTS))
                    extra.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
                    key(year, subj, tc, "total", None, "refused", "s40(2)")
                    continue
                rows.append([lab, str(sum(outs))] + [str(v) for v in outs])
                key(year, subj, tc, "total", sum(outs))
                for (_, oc), v in zip(OUTS, outs):
                    key(year, subj, tc, oc, v)
            story.append(bk.P(f"<b>{who} - financial year {year}</b>", st["body"]))
            from reportlab.platypus import Table
            t = Table(rows, colWidths=widths, hAlign="LEFT")
            t.setStyle(bk.grid_style(size=7.5, extra=extra))
            story += [t, bk.S(8)]
    for year in FY:
        key(year, "officers_and_staff", "domestic_abuse", "total", None, "not_held")

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(60, 30, "Disclosure 2025/4471 - page %d of %d" % (page, pages))
    bk.pdf_letter(NORTHUMBRIA, story, furniture, margins=(15, 15, 25, 20), title="Disclosure 2025/4471", author="Northumbria Police")


LETTERS = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-letters"
LETTERS_KEY = []
CH_LETTER = "cheshire/Cheshire FOI 3318-25 covering letter.txt"
CH_BOOK = "cheshire/Cheshire FOI 3318-25 figures.xlsx"
CH_PERIODS = [("2023/24", "2023-04-01", "2024-03-31"), ("2024/25", "2024-04-01", "2025-03-31"),
              ("2025/26 (1 Apr - 31 Oct)", "2025-04-01", "2025-10-31")]
CH_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
           ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
# per type: per outcome, the three periods
CH_DATA = {
    "sexual_assault": [[2, 1, 0], [1, 0, 1], [0, 2, 0], [3, 1, 1], [4, 2, 0], [1, 3, 5]],
    "sexual_harassment": [[3, 2, 1], [2, 2, 0], [1, 0, 0], [5, 6, 2], [2, 3, 1], [0, 2, 6]],
}
CH_TYPES = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment")]


def build_cheshire():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    bk.ROOT = LETTERS
    letter = (
        "CHESHIRE CONSTABULARY\n"
        "Freedom of Information Office\n\n"
        "Reference: FOI 3318-25\n"
        "Date: 4 December 2025\n\n"
        "Dear Applicant,\n\n"
        "Thank you for your request of 10 November 2025, in which you asked:\n\n"
        "  In each of the previous two full years and this year to date, how many allegations of sexual "
        "assault, sexual harassment and violence against women and girls were made against police officers "
        "and police staff of Cheshire Constabulary? Please give the outcome of each allegation.\n\n"
        "Cheshire Constabulary holds part of the information requested. The enclosed workbook\n"
        "\"Cheshire FOI 3318-25 figures.xlsx\" gives the allegations against police officers and police\n"
        "staff together, by type and outcome, for the financial years 2023/24 and 2024/25 and for\n"
        "2025/26 up to 31 October.\n\n"
        "Violence against women and girls is not a category the Constabulary records: allegations are\n"
        "recorded by their type, and that part of your request is not held.\n\n"
        "You may ask for an internal review of this response within 40 working days. If you are still\n"
        "dissatisfied you may then complain to the Information Commissioner.\n\n"
        "Yours sincerely,\n"
        "Freedom of Information Office\n")
    bk.write_text(CH_LETTER, letter)
    for lab, a, z in CH_PERIODS:
        LETTERS_KEY.append([CH_LETTER, "cheshire", a, z, "vawg", "allegations", "officers_and_staff", "total", "",
                            "not_held", "", "", ""])
    wb = Workbook()
    ws = wb.active
    ws.title = "Figures"
    ws.append(["Allegation type", "Outcome"] + [lab for lab, _, _ in CH_PERIODS])
    for c in ws[1]:
        c.font = Font(bold=True)
    for lab, tc in CH_TYPES:
        rows = CH_DATA[tc]
        for (ol, oc), vals in zip(CH_OUTS, rows):
            ws.append([lab, ol] + vals)
            for (_, a, z), v in zip(CH_PERIODS, vals):
                LETTERS_KEY.append([CH_BOOK, "cheshire", a, z, tc, "allegations", "officers_and_staff", oc, str(v),
                                    "reported", str(v), str(v), ""])
        tots = [sum(r[i] for r in rows) for i in range(len(CH_PERIODS))]
        ws.append([lab, "Total"] + tots)
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
        for (_, a, z), v in zip(CH_PERIODS, tots):
            LETTERS_KEY.append([CH_BOOK, "cheshire", a, z, tc, "allegations", "officers_and_staff", "total", str(v),
                                "reported", str(v), str(v), ""])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 22
    bk.xlsx_save(wb, CH_BOOK, "Cheshire Constabulary")


if __name__ == "__main__":
    build_northumbria()
    build_cheshire()
    if "--key" in sys.argv:
        bk.merge_key(PDFS, PDF_KEY)
        bk.merge_key(LETTERS, LETTERS_KEY)
