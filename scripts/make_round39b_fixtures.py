#!/usr/bin/python3
"""make_round39b_fixtures.py: the Word file of round 39 (part B) in the keyed set
fixtures/office (its rows of fixtures/office/expected.csv are keyed by hand below, as a
careful reader would key them, and merged into that file in place of any earlier rows of
the same file: the rows other scripts key stay as they are).

Written with blindkit's python-docx helpers (fixed core properties and zip times): the
output is byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round39b_fixtures.py [--key]

  cleveland/CP FOI 2026-0918 reply.docx
      a Word letter answering each question under a bold question heading ("Question 1:
      ...?", "Question 2: ...?"), no Word heading styles. Question 1: a sentence saying the
      table below counts allegations against police officers, then the table (categories
      down, financial years across). Question 2: one sentence under the heading saying the
      results shown below are for police officers and police staff combined, then a bold
      sub-heading per financial year ("Financial year 2024/25", "Financial year 2025/26"),
      each over its own table (categories down, results across, no Total). A careful reader
      takes the sentence as whom both tables of Question 2 count: officers and staff.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"

SRC = "cleveland/CP FOI 2026-0918 reply.docx"
FY24 = ("2024-04-01", "2025-03-31", "2024/25")
FY25 = ("2025-04-01", "2026-03-31", "2025/26")
CATS = [("Sexual misconduct", "sexual_misconduct"), ("Sexual harassment", "sexual_harassment"),
        ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
        ("No case to answer", "no_case_to_answer")]
TOTALS = {FY24: [14, 9, 3], FY25: [17, 12, 5]}   # officers, per category
RESULTS = {  # officers and staff combined: per category, per result
    FY24: [[2, 1, 3, 4, 6], [1, 0, 2, 5, 3], [2, 1, 0, 0, 1]],
    FY25: [[3, 2, 2, 6, 7], [2, 1, 3, 4, 4], [3, 0, 1, 1, 2]],
}
KEY = []


def key(period, cat, subject, outcome, v):
    KEY.append([SRC, "cleveland", period[0], period[1], cat, "allegations", subject, outcome, str(v),
                "reported", str(v), str(v), ""])


def table(d, head, rows):
    t = d.add_table(rows=len(rows) + 1, cols=len(head))
    t.style = "Table Grid"
    for j, h in enumerate(head):
        bk.docx_cell(t.cell(0, j), h, bold=True)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            bk.docx_cell(t.cell(i + 1, j), str(v))


def build():
    d = bk.docx_new("Calibri", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Cleveland Police, Ladgate Lane, Middlesbrough TS8 9EH")
    bk.docx_heading(d, "Cleveland Police", 14)
    d.add_paragraph("Freedom of Information reference CP FOI 2026-0918, 11 November 2026")
    d.add_paragraph("Thank you for your email of 20 October 2026. Cleveland Police records this information "
                    "by financial year; the answers below cover 2024/25 and 2025/26.")
    bk.docx_heading(d, "Question 1: How many allegations of sexual misconduct, sexual harassment and abuse of "
                       "position for a sexual purpose were recorded against police officers?", 11)
    d.add_paragraph("The table below gives the number of allegations recorded against police officers.")
    rows = []
    for i, (cl, cid) in enumerate(CATS):
        rows.append([cl] + [TOTALS[p][i] for p in (FY24, FY25)])
        for p in (FY24, FY25):
            key(p, cid, "officers", "total", TOTALS[p][i])
    table(d, ["Type of allegation", "2024/25", "2025/26"], rows)
    bk.docx_heading(d, "Question 2: What was the result of each allegation?", 11)
    d.add_paragraph("All of the results shown below relate to police officers and police staff combined, as "
                    "the results are not recorded separately. Cases still open are not included.")
    for p in (FY24, FY25):
        bk.docx_heading(d, "Financial year " + p[2], 11)
        rows = []
        for i, (cl, cid) in enumerate(CATS):
            rows.append([cl] + RESULTS[p][i])
            for (ol, oid), v in zip(OUTS, RESULTS[p][i]):
                key(p, cid, "officers_and_staff", oid, v)
        table(d, ["Type of allegation"] + [o[0] for o in OUTS], rows)
    d.add_paragraph("If you are unhappy with this response you may ask for an internal review within 40 "
                    "working days, and afterwards complain to the Information Commissioner.")
    d.add_paragraph("Yours sincerely\nInformation Rights Unit")
    bk.docx_save(d, SRC, "Cleveland Police")


if __name__ == "__main__":
    build()
    bk.merge_key(bk.ROOT, KEY)
    if "--key" in sys.argv:
        import csv
        w = csv.writer(sys.stdout, lineterminator="\n")
        for r in sorted(KEY):
            w.writerow(r)
