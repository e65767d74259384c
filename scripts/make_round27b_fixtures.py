#!/usr/bin/python3
"""make_round27b_fixtures.py: the Word files of round 27 (part B) in the keyed set
fixtures/office (their rows of expected.csv are keyed by hand, as a careful reader
would key them, beside the rows other scripts key in the same file).

python-docx with fixed core properties and a normalised zip: byte-identical from run to
run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round27b_fixtures.py

  cambridgeshire/CC FOI 26-2218 response.docx
      a Word letter answering in a two-column table "Question" | "Answer", a row per
      part of the request ("(a) ... in the calendar year 2024", "(b) The same for
      2025.", "(c) The outcome of each allegation."), the answers in sentences with
      the figures as number words ("eleven allegations of sexual misconduct and four
      of domestic abuse"; "two of these allegations were also recorded as sexual
      assault"); part (c) withheld under section 40(2). Keyed: the counts of 2024 and
      2025 (officers), the nil of sexual assault in 2024 and the two of 2025; no row
      for the withheld outcomes.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

OFFICE = Path(__file__).resolve().parent.parent / "fixtures" / "office"


def cambridgeshire():
    bk.ROOT = OFFICE
    src = "cambridgeshire/CC FOI 26-2218 response.docx"
    d = bk.docx_a4(bk.docx_new("Arial", 11))
    bk.docx_para(d, "Cambridgeshire Constabulary", bold=True, size=14)
    bk.docx_para(d, "Freedom of Information Office, Hinchingbrooke Park, Huntingdon PE29 6NP")
    bk.docx_para(d, "FOI reference: 26-2218")
    bk.docx_para(d, "30 November 2026")
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, "Thank you for your request for information received on 9 November 2026. Each part of "
                    "your request is set out in the table below with our answer beside it.")
    rows = [["Question", "Answer"],
            ["(a) How many allegations of sexual misconduct, domestic abuse and sexual assault were "
             "made against police officers of Cambridgeshire Constabulary in the calendar year 2024?",
             "We hold this information. In 2024 there were eleven allegations of sexual misconduct and "
             "four of domestic abuse made against police officers. No allegation of sexual assault was "
             "recorded against a police officer in 2024."],
            ["(b) The same for 2025.",
             "We hold this information. In 2025 there were nine allegations of sexual misconduct and six "
             "of domestic abuse against police officers; two of these allegations were also recorded as "
             "sexual assault."],
            ["(c) The outcome of each allegation.",
             "This part is not answered. The outcomes concern very few officers, and giving them would "
             "disclose personal data about the officers concerned, so the outcomes are withheld under "
             "section 40(2) of the Act."]]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    bk.docx_repeat_header(t.rows[0])
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            bk.docx_cell(t.cell(r, c), text, bold=(r == 0))
    bk.docx_para(d, "")
    bk.docx_para(d, "Where a part of your request is not answered, this letter is a refusal notice under "
                    "section 17 of the Act for that part.")
    bk.docx_para(d, "You may ask for an internal review of this response within 40 working days, and then "
                    "complain to the Information Commissioner.")
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Freedom of Information Office")
    bk.docx_save(d, src, "Freedom of Information Office")


if __name__ == "__main__":
    cambridgeshire()
