#!/usr/bin/python3
"""make_round39b_fixtures.py: the Word file of round 39 (part B) in the keyed set
fixtures/office and its PDF letter in fixtures/unseen-letters (their rows of each set's
expected.csv are keyed by hand below, as a careful reader would key them, and merged into
that file in place of any earlier rows of the same file: the rows other scripts key stay
as they are).

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

  warwickshire/WP FOI 26-3310 nil return.pdf
      a reportlab letter in Helvetica: the request asks for financial years; the answer says
      the force records by calendar year and searched the calendar years 2023, 2024 and
      2025, then one sentence per category ("Warwickshire Police found no allegations of
      sexual harassment against police officers or police staff during any of those
      years."). A careful reader keys a 0 total (officers and staff together) for each
      category in each of the three calendar years the answer names; the financial years
      asked for are neither answered nor refused (no rows), nor is "no outcomes".
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

FIX = Path(__file__).resolve().parent.parent / "fixtures"
bk.ROOT = FIX / "office"

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


NIL_SRC = "warwickshire/WP FOI 26-3310 nil return.pdf"
NIL_KEY = []


def build_nil():
    from reportlab.lib.units import mm
    st = bk.styles("Helvetica", 10)
    story = [bk.P("Warwickshire Police", st["h"]),
             bk.P("Information Compliance Unit, Leek Wootton, Warwick CV35 7QA", st["addr"]),
             bk.P("Our reference: WP FOI 26-3310 &nbsp;&nbsp; 27 October 2026", st["addr"]), bk.S(10),
             bk.P("Dear Applicant,", st["body"]),
             bk.P("You asked:", st["body"]),
             bk.P("\u201cFor the financial years 2022/23, 2023/24 and 2024/25, how many allegations of sexual "
                  "harassment, sexual misconduct and abuse of position for a sexual purpose were made against "
                  "police officers and police staff, and what was the outcome of each?\u201d", st["quote"]),
             bk.P("Outcome of search", st["h2"]),
             bk.P("Warwickshire Police records complaints and conduct matters by calendar year, so searches "
                  "of the Professional Standards Department\u2019s case management system were made for the "
                  "calendar years 2023, 2024 and 2025.", st["body"])]
    cats = [("sexual harassment", "sexual_harassment"), ("sexual misconduct", "sexual_misconduct"),
            ("abuse of position for a sexual purpose", "abuse_of_position_sexual")]
    for cl, cid in cats:
        story.append(bk.P("Warwickshire Police found no allegations of %s against police officers or police "
                          "staff during any of those years." % cl, st["body"]))
        for y in ("2023", "2024", "2025"):
            NIL_KEY.append([NIL_SRC, "warwickshire", y + "-01-01", y + "-12-31", cid, "allegations",
                            "officers_and_staff", "total", "0", "reported", "0", "0", ""])
    story += [bk.P("Since no allegations were found, no outcomes can be given.", st["body"]),
              bk.P("If you are unhappy with the way your request has been handled you may ask for an internal "
                   "review within 40 working days. If you remain dissatisfied you may complain to the "
                   "Information Commissioner\u2019s Office.", st["body"]),
              bk.P("Yours sincerely", st["body"]), bk.P("Information Compliance Unit", st["body"])]

    def furn(c, p, n):
        from reportlab.lib.pagesizes import A4
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 10 * mm, "WP FOI 26-3310")
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, "Page %d of %d" % (p, n))
    bk.pdf_letter(NIL_SRC, story, furn, title="WP FOI 26-3310", author="Warwickshire Police")


if __name__ == "__main__":
    bk.ROOT = FIX / "office"
    build()
    bk.merge_key(bk.ROOT, KEY)
    bk.ROOT = FIX / "unseen-letters"
    build_nil()
    bk.merge_key(bk.ROOT, NIL_KEY)
    if "--key" in sys.argv:
        import csv
        w = csv.writer(sys.stdout, lineterminator="\n")
        for r in sorted(KEY) + sorted(NIL_KEY):
            w.writerow(r)
