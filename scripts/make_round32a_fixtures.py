#!/usr/bin/python3
"""make_round32a_fixtures.py: the file of round 32 (part A) in the keyed set
fixtures/pdf-layouts; its rows of that set's expected.csv are keyed by hand below, as a
careful reader would key them; --key writes them into expected.csv in place of any rows of
this script's files it already has, keeping every other row as it is.

Written with blindkit's reportlab helpers: the output is byte-identical from run to run.
Run from the repository's root:

    /usr/bin/python3 scripts/make_round32a_fixtures.py [--key]

  cambridgeshire/CC FOI 2026-7702 reply.pdf
      a letter: the request for the calendar years 2023, 2024 and 2025; under a heading
      "Calendar year 2025" a table of the allegations recorded by type, officers and staff
      together (the letter says so); then "Information for 2023 and 2024 is not held in a
      format that can be retrieved without manually reviewing each case record; we estimate
      that doing so would exceed the cost limit of 18 hours." at the foot of page 1 and, over
      the page break, "This part of your request is therefore refused under section 12(1)."
      Keyed: every 2025 count; 2023 and 2024 refused s12 per type (the figures are held,
      only not retrievable within the limit: a refusal, not a not-held answer); nothing
      refused for 2025, whose figures the letter gives.
  north-yorkshire/NYP FOI 1877-2026 outcomes.pdf
      a letter giving its figures only as "x of the y" prose, one paragraph per type for the
      calendar year 2025 ("Three of the 11 allegations of sexual harassment received during
      2025 resulted in a written warning; 5 of the 11 were found to have no case to answer and
      3 of the 11 remain under investigation."), the paragraphs wrapped over lines; one
      paragraph's group narrowed ("of the 4 allegations of sexual assault that were finalised
      in 2025"), a blanket sentence for the outcomes not named. Keyed: each x as its outcome's
      count; each y once as its type's total, except the narrowed group (a part of the year's
      allegations, not all of them: no total); nothing for the outcomes not named.
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

PDFS = Path(__file__).resolve().parent.parent / "fixtures" / "pdf-layouts"
bk.ROOT = PDFS

CAMBS = "cambridgeshire/CC FOI 2026-7702 reply.pdf"
C_TYPES = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
           ("Sexual misconduct", "sexual_misconduct"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
C_DATA = {"sexual_assault": 7, "sexual_harassment": 12, "sexual_misconduct": 4, "abuse_of_position_sexual": 3}
CY = {2023: ("2023-01-01", "2023-12-31"), 2024: ("2024-01-01", "2024-12-31"), 2025: ("2025-01-01", "2025-12-31")}
PDF_KEY = []


def build_cambs():
    from reportlab.platypus import PageBreak, Table
    st = bk.styles("Helvetica", 10)
    story = [bk.P("<b>Cambridgeshire Constabulary</b>", st["h"]),
             bk.P("Freedom of Information reference: CC FOI 2026-7702", st["body"]),
             bk.P("Date: 2 December 2026", st["body"]),
             bk.P("You asked: \"Please tell me, for each of the calendar years 2023, 2024 and 2025, how many "
                  "allegations of sexual assault, sexual harassment, sexual misconduct and abuse of position "
                  "for a sexual purpose were made against police officers and police staff.\"", st["body"]),
             bk.P("Cambridgeshire Constabulary holds the information for 2025. The figures count allegations "
                  "against police officers and police staff together.", st["body"]),
             bk.S(6), bk.P("<b>Calendar year 2025</b>", st["body"])]
    rows = [["Type of allegation", "Allegations recorded"]]
    for lab, tc in C_TYPES:
        rows.append([lab, str(C_DATA[tc])])
        PDF_KEY.append([CAMBS, "cambridgeshire", CY[2025][0], CY[2025][1], tc, "allegations",
                        "officers_and_staff", "total", str(C_DATA[tc]), "reported", str(C_DATA[tc]),
                        str(C_DATA[tc]), ""])
        for y in (2023, 2024):
            PDF_KEY.append([CAMBS, "cambridgeshire", CY[y][0], CY[y][1], tc, "allegations", "officers_and_staff",
                            "total", "", "refused", "", "", "s12"])
    t = Table(rows, colWidths=[230, 120], hAlign="LEFT")
    t.setStyle(bk.grid_style())
    story += [t, bk.S(10),
              bk.P("Information for 2023 and 2024 is not held in a format that can be retrieved without manually "
                   "reviewing each case record; we estimate that doing so would exceed the cost limit of 18 "
                   "hours.", st["body"]),
              PageBreak(),
              bk.P("This part of your request is therefore refused under section 12(1).", st["body"]),
              bk.P("If you are unhappy with this response you may ask for an internal review within 40 working "
                   "days.", st["body"]),
              bk.P("Yours sincerely, Information Access Team", st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(60, 30, "CC FOI 2026-7702  -  Page %d of %d" % (page, pages))

    bk.pdf_letter(CAMBS, story, furniture, title="CC FOI 2026-7702", author="Cambridgeshire Constabulary")


NYP = "north-yorkshire/NYP FOI 1877-2026 outcomes.pdf"
NYP_PARAS = [
    ("Three of the 11 allegations of sexual harassment received during 2025 resulted in a written warning; "
     "5 of the 11 were found to have no case to answer and 3 of the 11 remain under investigation.",
     "sexual_harassment", 11, [("written_warning", 3), ("no_case_to_answer", 5), ("ongoing", 3)]),
    ("1 of the 6 allegations of sexual misconduct received during 2025 led to dismissal, 2 of the 6 "
     "resulted in a final written warning and 3 of the 6 remain under investigation.",
     "sexual_misconduct", 6, [("dismissed", 1), ("final_written_warning", 2), ("ongoing", 3)]),
    ("2 of the 4 allegations of sexual assault that were finalised in 2025 led to dismissal and 2 of the 4 "
     "were found to have no case to answer.",
     "sexual_assault", None, [("dismissed", 2), ("no_case_to_answer", 2)]),
]


def build_nyp():
    st = bk.styles("Times-Roman", 11)
    story = [bk.P("<b>North Yorkshire Police</b>", st["h"]),
             bk.P("Civil Disclosure Unit", st["body"]),
             bk.P("Request number: NYP FOI 1877-2026", st["body"]),
             bk.P("Date: 30 November 2026", st["body"]),
             bk.P("Your request: \"For the calendar year 2025, how many allegations of sexual harassment, sexual "
                  "misconduct and sexual assault were recorded against police officers and police staff, and what "
                  "was the outcome of each allegation?\"", st["body"]),
             bk.P("Our response: the figures below cover police officers and police staff together.", st["body"]),
             bk.S(6)]
    for text, tc, total, outs in NYP_PARAS:
        story.append(bk.P(text, st["body"]))
        story.append(bk.S(4))
        if total is not None:
            PDF_KEY.append([NYP, "north-yorkshire", CY[2025][0], CY[2025][1], tc, "allegations",
                            "officers_and_staff", "total", str(total), "reported", str(total), str(total), ""])
        for oc, v in outs:
            PDF_KEY.append([NYP, "north-yorkshire", CY[2025][0], CY[2025][1], tc, "allegations",
                            "officers_and_staff", oc, str(v), "reported", str(v), str(v), ""])
    story += [bk.P("Any outcome not listed above did not occur for that type of allegation.", st["body"]),
              bk.P("You may ask for an internal review within 40 working days of this response.", st["body"]),
              bk.P("Yours sincerely, Civil Disclosure Unit", st["body"])]

    def furniture(c, page, pages):
        c.setFont("Times-Roman", 8)
        c.drawString(60, 30, "NYP FOI 1877-2026 - page %d" % page)

    bk.pdf_letter(NYP, story, furniture, title="NYP FOI 1877-2026", author="North Yorkshire Police")


def write_key(root, rows_key):
    path = root / "expected.csv"
    mine = {r[0] for r in rows_key}
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    head, body = rows[0], [r for r in rows[1:] if r and r[0] not in mine]
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        w.writerows(body)
        w.writerows(sorted(rows_key))


if __name__ == "__main__":
    build_cambs()
    build_nyp()
    if "--key" in sys.argv:
        write_key(PDFS, PDF_KEY)
