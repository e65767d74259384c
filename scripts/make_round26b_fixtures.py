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


if __name__ == "__main__":
    hertfordshire()
