#!/usr/bin/python3
"""make_round30a_fixtures.py: the files of round 30 (part A) in the keyed set
fixtures/office; their rows of fixtures/office/expected.csv are keyed by hand below, as a
careful reader would key them; --key writes them into that file in place of any rows of
this script's files it already has, keeping every other row as it is.

Written with blindkit's python-docx helpers (fixed core properties and zip times): the
output is byte-identical from run to run. Run from the repository's root:

    /usr/bin/python3 scripts/make_round30a_fixtures.py [--key]

  northamptonshire/NP FOI 000914-26 reply.docx
      a Word letter answering a request for the calendar years 2024 and 2025 and for 2026
      to date: one table whose column heads are the dates written out ("1 January 2024 to
      31 December 2024", ..., "1 January 2026 to 30 September 2026": the year to date),
      each allegation type a row merged across the table (gridSpan) above its outcome rows
      and a Total, zeros written "Nil" (the letter defines it). The sentence above the
      table says whom it counts ("allegations made against our police officers; the table
      below sets them out"); between it and the table, two one-sentence paragraphs: police
      staff not held (their records are the county council's), and domestic abuse not held
      "for officers or staff" (no marker recorded). Keyed: every cell, officers, each
      column's dates; staff not held for the three types asked, one row per period asked
      (2026 to date ending where the table's head does); domestic abuse not held for
      officers and staff together, one row per period (its staff part is no second row).
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "office"
bk.ROOT = ROOT

SRC = "northamptonshire/NP FOI 000914-26 reply.docx"
FORCE = "northamptonshire"
PERIODS = [("2024-01-01", "2024-12-31", "1 January 2024 to 31 December 2024"),
           ("2025-01-01", "2025-12-31", "1 January 2025 to 31 December 2025"),
           ("2026-01-01", "2026-09-30", "1 January 2026 to 30 September 2026")]
OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
        ("Written warning", "written_warning"), ("Practice requiring improvement", "management_action"),
        ("No case to answer", "no_case_to_answer"), ("Still under investigation", "ongoing")]
TYPES = [("Sexual misconduct", "sexual_misconduct"), ("Sexual harassment", "sexual_harassment"),
         ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
DATA = {  # per type: per outcome, one figure per period
    "sexual_misconduct": [(2, 0, 1), (0, 1, 0), (1, 0, 0), (0, 3, 1), (4, 2, 0), (0, 1, 3)],
    "sexual_harassment": [(0, 0, 0), (1, 2, 0), (3, 0, 1), (2, 2, 2), (0, 1, 0), (1, 0, 4)],
    "abuse_of_position_sexual": [(1, 2, 0), (0, 0, 0), (0, 0, 0), (0, 1, 0), (1, 0, 1), (0, 0, 2)],
}
KEY = []


def key(period, cat, subject, outcome, v, status="reported"):
    if status == "reported":
        KEY.append([SRC, FORCE, period[0], period[1], cat, "allegations", subject, outcome, str(v), status,
                    str(v), str(v), ""])
    else:
        KEY.append([SRC, FORCE, period[0], period[1], cat, "allegations", subject, outcome, "", status, "", "", ""])


def cell_text(v):
    return "Nil" if v == 0 else str(v)


def build():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = bk.docx_new("Arial", 11)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Northamptonshire Police, Wootton Hall, Northampton NN4 0JQ")
    bk.docx_heading(d, "Northamptonshire Police", 14)
    d.add_paragraph("Freedom of Information request 000914/26")
    d.add_paragraph("Date of response: 21 October 2026")
    d.add_paragraph("Your request of 2 October 2026 read:")
    d.add_paragraph("Please tell me, for the calendar years 2024 and 2025 and for 2026 to date, how many "
                    "allegations of sexual misconduct, sexual harassment, abuse of position for a sexual "
                    "purpose and domestic abuse were made against your police officers and police staff, and "
                    "the outcome of each.")
    d.add_paragraph("Northamptonshire Police holds records of allegations made against our police officers; the "
                    "table below sets them out. Where a cell reads Nil, no allegation was recorded.")
    d.add_paragraph("Police staff: allegations about police staff are handled by the county council's human "
                    "resources service under its own procedure, and the information about police staff is not "
                    "held by Northamptonshire Police.")
    d.add_paragraph("Domestic abuse: our conduct records carry no marker for allegations connected with domestic "
                    "abuse, so this information is not held for officers or staff.")
    nrows = 1 + sum(1 + len(OUTS) + 1 for _ in TYPES)
    t = d.add_table(rows=nrows, cols=1 + len(PERIODS))
    t.style = "Table Grid"
    bk.docx_cell(t.cell(0, 0), "Type of allegation and outcome", bold=True)
    for j, p in enumerate(PERIODS):
        bk.docx_cell(t.cell(0, j + 1), p[2], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = 1
    for tl, tc in TYPES:
        m = t.cell(r, 0).merge(t.cell(r, len(PERIODS)))
        bk.docx_cell(m, tl, bold=True)
        r += 1
        totals = [0] * len(PERIODS)
        for (ol, oc), vals in zip(OUTS, DATA[tc]):
            bk.docx_cell(t.cell(r, 0), ol)
            for j, v in enumerate(vals):
                bk.docx_cell(t.cell(r, j + 1), cell_text(v), align=WD_ALIGN_PARAGRAPH.RIGHT)
                key(PERIODS[j], tc, "officers", oc, v)
                totals[j] += v
            r += 1
        bk.docx_cell(t.cell(r, 0), "Total", bold=True)
        for j, v in enumerate(totals):
            bk.docx_cell(t.cell(r, j + 1), cell_text(v), bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
            key(PERIODS[j], tc, "officers", "total", v)
        r += 1
    for p in PERIODS:
        for _, tc in TYPES:
            key(p, tc, "staff", "total", None, "not_held")
        key(p, "domestic_abuse", "officers_and_staff", "total", None, "not_held")
    d.add_paragraph("")
    d.add_paragraph("An allegation is counted in the year it was recorded; its outcome is the latest recorded "
                    "on 30 September 2026.")
    d.add_paragraph("If you are unhappy with this response you may ask for an internal review within 40 working "
                    "days, and then complain to the Information Commissioner's Office, Wycliffe House, Water "
                    "Lane, Wilmslow SK9 5AF.")
    d.add_paragraph("Information Access Team, Northamptonshire Police")
    bk.docx_save(d, SRC, "Northamptonshire Police")


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
    build()
    if "--key" in sys.argv:
        write_key(ROOT, KEY)
