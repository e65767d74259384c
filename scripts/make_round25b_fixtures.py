#!/usr/bin/python3
"""make_round25b_fixtures.py: the files of round 25 (part B) in the keyed sets
fixtures/pdf-layouts and fixtures/office, and their rows of each set's expected.csv
(keyed by hand, as a careful reader would key them; the rows other scripts key in the
same expected.csv are kept as they are).

Run from the repository's root (deterministic: reportlab's invariant mode):

    /usr/bin/python3 scripts/make_round25b_fixtures.py

  pdf-layouts/bedfordshire/BCH joint PSD FOI 2026-3318.pdf
      a reportlab letter answering for two forces that share one professional
      standards department: a ruled table per force, each titled by its force
      ("Table A - Bedfordshire Police", "Table B - Hertfordshire Constabulary"), whose
      header cells are plain texts wider than their columns ("Year ending 31 March
      2024" runs over the rule and under the next cell's text; the last runs past the
      grid's right rule); then an outcomes table for the year ending 31 March 2025 with
      a column per force and a "Both forces" column. Keyed: each force's figures under
      its own force_id (source under bedfordshire/); the "Both forces" column is a sum
      of two forces, no force, and is not keyed; the outcome table's Total rows restate
      Tables A and B.
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FIELDS = ["source_file", "force_id", "period_start", "period_end", "category", "measure",
          "subject", "outcome", "value", "value_status", "value_min", "value_max", "exemption"]

# ------------------------------------------------------------------ Bedfordshire / Hertfordshire

BCH_SRC = "bedfordshire/BCH joint PSD FOI 2026-3318.pdf"
BCH_PERIODS = [("Year ending 31 March 2024", "2023-04-01", "2024-03-31"),
               ("Year ending 31 March 2025", "2024-04-01", "2025-03-31"),
               ("Calendar year 2025", "2025-01-01", "2025-12-31")]
BCH_CATS = [("Sexual misconduct", "sexual_misconduct"),
            ("Sexual harassment", "sexual_harassment"),
            ("Violence against women and girls", "vawg")]
BCH_TOTALS = {"bedfordshire": [[8, 6, 5], [4, 9, 7], [12, 3, 10]],
              "hertfordshire": [[3, 7, 2], [11, 5, 6], [6, 4, 9]]}
BCH_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Still under investigation", "ongoing")]
# year ending 31 March 2025, per category: each force's outcomes (summing to its Table total)
BCH_OUTCOMES = {"bedfordshire": [[1, 2, 0, 1, 2], [2, 1, 3, 0, 3], [0, 0, 1, 1, 1]],
                "hertfordshire": [[2, 0, 1, 3, 1], [0, 1, 1, 2, 1], [1, 0, 0, 2, 1]]}


def bch_pdf():
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    st = bk.styles("Helvetica", 9.5)
    names = {"bedfordshire": "Bedfordshire Police", "hertfordshire": "Hertfordshire Constabulary"}

    def grid(data, widths, bold_rows=()):
        t = Table(data, colWidths=[w * mm for w in widths])
        cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        for r in bold_rows:
            cmds.append(("FONT", (0, r), (-1, r), "Helvetica-Bold", 8.5))
        t.setStyle(TableStyle(cmds))
        return t

    story = [bk.P("Bedfordshire Police and Hertfordshire Constabulary", st["h"]),
             bk.P("Joint Professional Standards Department - Information Access", st["bold"]),
             bk.P("Our references: FOI 2026-3318 (Bedfordshire) and FOI 2026-1207 (Hertfordshire)",
                  st["body"]),
             bk.P("9 December 2026", st["body"]),
             bk.P("Dear Applicant,", st["body"]),
             bk.P("Your request reached both forces. Complaints about officers and staff of "
                  "Bedfordshire and of Hertfordshire are handled by one joint department, so a "
                  "single reply is given for the two forces.", st["body"]),
             bk.P("You asked: how many allegations of sexual misconduct, sexual harassment and "
                  "violence against women and girls were recorded against police officers and "
                  "police staff in each of the years ending 31 March 2024 and 31 March 2025 and in "
                  "the calendar year 2025, and what the outcomes were.", st["quote"]),
             bk.P("Officers and staff are counted together. Each force's allegations are shown in "
                  "its own table below.", st["body"])]
    for letter, force in (("A", "bedfordshire"), ("B", "hertfordshire")):
        data = [["Allegation"] + [p[0] for p in BCH_PERIODS]]
        for (cat, _), row in zip(BCH_CATS, BCH_TOTALS[force]):
            data.append([cat] + [str(v) for v in row])
        story += [bk.S(4), bk.P(f"Table {letter} - {names[force]}", st["h2"]),
                  grid(data, [62, 34, 34, 34])]
    story += [bk.S(6), bk.P("Table C - outcomes of the allegations recorded in the year ending "
                            "31 March 2025", st["h2"])]
    data = [["Allegation", "Outcome", "Bedfordshire", "Hertfordshire", "Both forces"]]
    bold = []
    for ci, (cat, _) in enumerate(BCH_CATS):
        b = BCH_OUTCOMES["bedfordshire"][ci]
        h = BCH_OUTCOMES["hertfordshire"][ci]
        for oi, (out, _) in enumerate(BCH_OUTS):
            data.append([cat if oi == 0 else "", out, str(b[oi]), str(h[oi]), str(b[oi] + h[oi])])
        data.append(["", "Total", str(sum(b)), str(sum(h)), str(sum(b) + sum(h))])
        bold.append(len(data) - 1)
    story += [grid(data, [56, 42, 24, 24, 24], bold),
              bk.S(4),
              bk.P("The Both forces column adds the two forces' figures together and is shown for "
                   "information only.", st["body"]),
              bk.P("Yours sincerely,", st["body"]),
              bk.P("Information Access Team", st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(22 * mm, 12 * mm, f"FOI 2026-3318 / 2026-1207 - page {page} of {pages}")

    bk.pdf_letter(BCH_SRC, story, furniture, title="FOI 2026-3318", author="Information Access")
    # the key
    rows = []
    for force in ("bedfordshire", "hertfordshire"):
        for (cat, cid), vals in zip(BCH_CATS, BCH_TOTALS[force]):
            for (lab, a, z), v in zip(BCH_PERIODS, vals):
                rows.append([BCH_SRC, force, a, z, cid, "allegations", "officers_and_staff", "total",
                             v, "reported", v, v, ""])
        for ci, (cat, cid) in enumerate(BCH_CATS):
            outs = BCH_OUTCOMES[force][ci]
            assert sum(outs) == BCH_TOTALS[force][ci][1], (force, cat)
            for (out, oid), v in zip(BCH_OUTS, outs):
                rows.append([BCH_SRC, force, "2024-04-01", "2025-03-31", cid, "allegations",
                             "officers_and_staff", oid, v, "reported", v, v, ""])
    return "pdf-layouts", [BCH_SRC], rows


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


def main():
    for build, root in ((bch_pdf, "pdf-layouts"),):
        bk.ROOT = REPO / "fixtures" / root
        kset, srcs, rows = build()
        write_key(kset, srcs, rows)


if __name__ == "__main__":
    main()
