#!/usr/bin/python3
"""make_round44a_fixtures.py: the PDF of round 44 (part A) in the keyed set fixtures/pdf-layouts,
and its rows of that set's expected.csv (keyed by hand below, as a careful reader would key them;
the rows other scripts key in the same expected.csv are kept as they are).

Run from the repository's root (deterministic: reportlab's invariant canvas, fixed dates):

    /usr/bin/python3 scripts/make_round44a_fixtures.py

  pdf-layouts/cumbria/CC FOI 2026-0714 response.pdf
      a landscape letter with one ruled table, a row per allegation type and financial year:
      "Type", "Year", "Allegations received", then the outcomes across, some abbreviated
      ("WHBD", "MA"), then "Date of oldest open case" (dd/mm/yyyy, "-" where none is open)
      and "Mean days to close"; the abbreviations are explained under the table in a line of
      full stops ("WHBD: would have been dismissed. MA: management action. -: no open case.").
      Keyed: "Allegations received" as the total, every outcome, officers and staff together
      (the letter says so), financial years; the dates and days are no figures and no periods.
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FIELDS = ["source_file", "force_id", "period_start", "period_end", "category", "measure",
          "subject", "outcome", "value", "value_status", "value_min", "value_max", "exemption"]

CU_SRC = "cumbria/CC FOI 2026-0714 response.pdf"
CU_YEARS = [("2023/24", "2023-04-01", "2024-03-31"), ("2024/25", "2024-04-01", "2025-03-31")]
CU_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
CU_OUTS = [("Dismissed", "dismissed"), ("WHBD", "would_have_been_dismissed"),
           ("Final written warning", "final_written_warning"), ("MA", "management_action"),
           ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
# per category, per year: outcomes, oldest open case, mean days to close
CU_FIG = {
    ("sexual_harassment", "2023/24"): ([2, 1, 3, 4, 2, 0], "-", 187),
    ("sexual_harassment", "2024/25"): ([1, 0, 2, 5, 3, 4], "03/06/2024", 142),
    ("sexual_misconduct", "2023/24"): ([3, 2, 0, 1, 4, 1], "19/02/2024", 221),
    ("sexual_misconduct", "2024/25"): ([0, 1, 1, 2, 2, 3], "27/08/2024", 96),
    ("abuse_of_position_sexual", "2023/24"): ([4, 1, 0, 0, 1, 2], "11/12/2023", 305),
    ("abuse_of_position_sexual", "2024/25"): ([2, 2, 0, 0, 0, 5], "08/10/2024", 264),
}


def cu_pdf():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table
    st = bk.styles("Helvetica", 10)
    story = [Paragraph("Cumbria Constabulary \u2013 Freedom of Information", st["h"]),
             Paragraph("Reference: FOI 2026-0714 &nbsp;&nbsp; Received: 02/11/2026 &nbsp;&nbsp; "
                       "Replied: 24/11/2026", st["addr"]), Spacer(1, 8),
             Paragraph("You asked for the number of allegations of sexual harassment, sexual misconduct and abuse "
                       "of position for a sexual purpose made against police officers and police staff in the "
                       "financial years 2023/24 and 2024/25, and the outcome of each allegation.", st["body"]),
             Paragraph("The table gives allegations against officers and staff together, by the financial year "
                       "in which each was received. The last two columns are for context only: the date the "
                       "oldest case still open was received, and the mean number of days taken to close the "
                       "cases that have closed.", st["body"])]
    head = ["Type", "Year", "Allegations received"] + [o[0] for o in CU_OUTS] + \
           ["Date of oldest open case", "Mean days to close"]
    data = [[Paragraph(h, st["cellb"]) for h in head]]
    rows = []
    for lab, cid in CU_CATS:
        for y, a0, z0 in CU_YEARS:
            outs, oldest, days = CU_FIG[(cid, y)]
            tot = sum(outs)
            data.append([Paragraph(lab, st["cell"]), y, str(tot)] + [str(v) for v in outs] + [oldest, str(days)])
            for (_, oid), v in [(("", "total"), tot)] + list(zip(CU_OUTS, outs)):
                rows.append([CU_SRC, "cumbria", a0, z0, cid, "allegations", "officers_and_staff", oid, v,
                             "reported", v, v, ""])
    widths = [55 * mm, 17 * mm, 22 * mm, 18 * mm, 15 * mm, 22 * mm, 13 * mm, 22 * mm, 16 * mm, 27 * mm,
          22 * mm]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(bk.grid_style(1, size=8.5))
    story += [t, Spacer(1, 6),
              Paragraph("WHBD: would have been dismissed. MA: management action. -: no open case.", st["small"]),
              Paragraph("If you are dissatisfied with this reply you may ask for an internal review within 40 "
                        "working days.", st["body"]),
              Paragraph("Information Access Team, Cumbria Constabulary, Carleton Hall, Penrith CA10 2AU.",
                        st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawCentredString(148 * mm, 10 * mm, f"FOI 2026-0714 \u2013 page {page} of {pages}")

    bk.pdf_letter(CU_SRC, story, furniture, pagesize=landscape(A4), margins=(15, 15, 18, 18),
                  title="FOI 2026-0714", author="Cumbria Constabulary")
    return "pdf-layouts", [CU_SRC], rows


def write_key(kset, srcs, rows):
    """Replace this script's rows (by source file) in the set's expected.csv, keep the rest."""
    path = REPO / "fixtures" / kset / "expected.csv"
    with open(path, newline="") as fh:
        old = list(csv.reader(fh))
    head, body = old[0], old[1:]
    assert head == FIELDS, head
    body = [r for r in body if r[0] not in srcs]
    body += [[str(x) for x in r] for r in rows]
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(head)
        w.writerows(body)


BUILDERS = [(cu_pdf, "pdf-layouts")]


def main():
    from reportlab import rl_config
    rl_config.invariant = 1
    for build, root in BUILDERS:
        bk.ROOT = REPO / "fixtures" / root
        kset, srcs, rows = build()
        write_key(kset, srcs, rows)


if __name__ == "__main__":
    main()
