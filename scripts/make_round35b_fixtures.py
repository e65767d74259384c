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
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"
bk.ROOT = OFFICE
OFFICE_KEY = []

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


if __name__ == "__main__":
    build_lincs()
    if "--key" in sys.argv:
        bk.merge_key(OFFICE, OFFICE_KEY)
