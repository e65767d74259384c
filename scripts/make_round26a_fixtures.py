#!/usr/bin/python3
"""make_round26a_fixtures.py: the PDF letter of round 26 (part A) in the keyed set
fixtures/unseen-letters (its rows of fixtures/unseen-letters/expected.csv are keyed by hand
below, as a careful reader would key them, and printed by --key; the other rows of that
file are other scripts' and hand-keyed letters': append these, keep those).

Written with reportlab through blindkit's pdf_letter (fixed metadata): run from the
repository's root:

    /usr/bin/python3 scripts/make_round26a_fixtures.py [--key]

  civil-nuclear/CNC FOI 2026-0347 response.pdf
      a letter in Times that answers by calendar year, each year a heading over a list:
      an item per allegation type with its count in brackets ("Sexual harassment (4)"),
      its outcomes as items indented under it ("- final written warning: 1"), an outcome
      that did not happen left out, "...: none" for a type with no allegations. The
      paragraph before the lists says the numbers are allegations against police officers;
      the one before it that the force's civilian staff are employed by another body, so
      information about police staff is not held (a clause naming both officers and staff:
      the staff's). The financial year asked for is not held (the force records by
      calendar year): officers and staff together, each type. Keyed: each type's total and
      outcomes per year (officers), the staff not held per type per calendar year, the
      financial year not held per type (officers_and_staff).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

bk.ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "unseen-letters"

SRC = "civil-nuclear/CNC FOI 2026-0347 response.pdf"
FORCE = "civil-nuclear"
YEARS = [("2023", "2023-01-01", "2023-12-31"), ("2024", "2024-01-01", "2024-12-31"),
         ("2025", "2025-01-01", "2025-12-31")]
FY = ("2024-04-01", "2025-03-31")
TYPES = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
         ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
OUT = {"dismissed": "dismissed", "final written warning": "final_written_warning",
       "management action": "management_action", "no case to answer": "no_case_to_answer",
       "still under investigation": "ongoing"}
DATA = {  # year -> type -> [(outcome words, n)]; an empty list is "none"
    "2023": {"sexual_harassment": [("final written warning", 1), ("management action", 2),
                                   ("no case to answer", 1)],
             "sexual_misconduct": [("dismissed", 1), ("no case to answer", 2)],
             "abuse_of_position_sexual": []},
    "2024": {"sexual_harassment": [("dismissed", 2), ("management action", 1),
                                   ("still under investigation", 3)],
             "sexual_misconduct": [("final written warning", 2)],
             "abuse_of_position_sexual": [("dismissed", 1), ("still under investigation", 1)]},
    "2025": {"sexual_harassment": [("management action", 4), ("no case to answer", 2),
                                   ("still under investigation", 5)],
             "sexual_misconduct": [],
             "abuse_of_position_sexual": [("still under investigation", 2)]},
}
KEY = []


def key(start, end, cat, subject, outcome, v=None, status="reported"):
    s = "" if v is None else str(v)
    KEY.append([SRC, FORCE, start, end, cat, "allegations", subject, outcome, s, status, s, s, ""])


def build():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph
    st = bk.styles("Times-Roman", 11)
    top = ParagraphStyle("top", parent=st["body"], leftIndent=16, bulletIndent=4, spaceAfter=1)
    sub = ParagraphStyle("sub", parent=st["body"], leftIndent=44, bulletIndent=32, spaceAfter=0)

    def P(t, s="body"):
        return bk.P(t, st[s] if isinstance(s, str) else s)

    story = [P("Civil Nuclear Constabulary", "h"),
             P("Freedom of Information Unit, Culham Science Centre, Abingdon OX14 3DB", "addr"),
             P("Our reference: CNC FOI 2026-0347"), P("12 November 2026"),
             P("Dear Applicant"),
             P("You wrote to us on 20 October 2026 asking for the following:"),
             P("For the calendar years 2023, 2024 and 2025 and the financial year 2024/25, the number of "
               "allegations of sexual harassment, sexual misconduct and abuse of position for a sexual "
               "purpose made against police officers and police staff of the Constabulary, with the "
               "outcome of each allegation.", "quote"),
             P("Our police officers are employed by the Constabulary, but its civilian staff are employed "
               "by the Civil Nuclear Police Authority, whose human resources team deals with their conduct: "
               "information about police staff is therefore not held by the Constabulary."),
             P("The numbers below are allegations recorded against our police officers. Each type shows "
               "its outcomes beneath it; outcomes that did not happen are left out.")]
    for label, start, end in YEARS:
        story.append(P("Calendar year %s" % label, "h2"))
        for tl, cat in TYPES:
            outs = DATA[label][cat]
            n = sum(v for _, v in outs)
            key(start, end, cat, "officers", "total", n)
            key(start, end, cat, "staff", "total", None, "not_held")
            if not outs:
                story.append(Paragraph("%s: none" % tl, top, bulletText="\u2022"))
                continue
            story.append(Paragraph("%s (%d)" % (tl, n), top, bulletText="\u2022"))
            for ow, v in outs:
                key(start, end, cat, "officers", OUT[ow], v)
                story.append(Paragraph("%s: %d" % (ow, v), sub, bulletText="-"))
    story.append(P("Financial year 2024/25: the Constabulary records allegations by calendar year only, "
                   "so figures for the financial year are not held."))
    for _, cat in TYPES:
        key(FY[0], FY[1], cat, "officers_and_staff", "total", None, "not_held")
    story += [P("If you are unhappy with the way your request has been handled you may ask for an "
                "internal review within 40 working days. If you remain dissatisfied you may complain "
                "to the Information Commissioner's Office."),
              P("Yours faithfully"), P("Information Rights Officer")]

    def furn(c, p, n):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        c.setFont("Times-Roman", 8)
        c.drawString(20 * mm, 10 * mm, "CNC FOI 2026-0347")
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, "Page %d of %d" % (p, n))
    bk.pdf_letter(SRC, story, furn, title="CNC FOI 2026-0347", author="Civil Nuclear Constabulary")


if __name__ == "__main__":
    build()
    if "--key" in sys.argv:
        import csv
        w = csv.writer(sys.stdout, lineterminator="\n")
        for r in sorted(KEY):
            w.writerow(r)
