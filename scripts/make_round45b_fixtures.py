#!/usr/bin/python3
"""make_round45b_fixtures.py: the workbook and the PDFs of round 45 (part B) in the keyed sets
fixtures/office and fixtures/pdf-layouts, and their rows of those sets' expected.csv (keyed by
hand below, as a careful reader would key them; the rows other scripts key in the same
expected.csv are kept as they are).

Run from the repository's root (deterministic: fixed workbook dates, normalised zip, reportlab's
invariant canvas):

    /usr/bin/python3 scripts/make_round45b_fixtures.py

  office/staffordshire/SP FOI 1402-26 disclosure.xlsx
      a "Notes" sheet (reference, the request for officers and staff, the answer saying the
      figures are officers' only, "* denotes a figure of fewer than five, withheld under
      section 40(2) ...") and one sheet per calendar year ("CY2024", "CY2025") with two title
      rows, outcomes down, three allegation types across, the last "VAWG (other)" (violence
      against women and girls other than the types before it), and a Total row at the foot.
      Keyed: every cell, officers, allegations, calendar years; "*" suppressed 0-4 s40(2);
      "VAWG (other)" is vawg (not the catch-all "other"); the note defining "*" withholds no
      total of its own (no officers-and-staff rows).
  pdf-layouts/north-yorkshire/NYP FOI 2026-1377 response.pdf
      a letter with one ruled table, a row per allegation type, the financial years across
      ("2024/25", "2025/26", "2026/27") and no Total column; the letter says "2026/27 is the year to
      31 October 2026." in its answer, away from the table. Keyed: each cell a total of that
      type, officers and staff together (the letter says so), 2026/27 as 2026-04-01..2026-10-31.
  pdf-layouts/cheshire/CC FOI 5092-26 reply.pdf
      a prose letter, each allegation type a paragraph ("In 2025 Cheshire Constabulary recorded
      ten allegations of sexual harassment against its police officers. Of these, ..."), numbers in
      words; the sexual assault paragraph runs from the foot of page 1 over three lines of page 2.
      Keyed: each total and each outcome named, officers, calendar year 2025; "None ... resulted
      in dismissal" is 0; outcomes not named give no rows.
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FIELDS = ["source_file", "force_id", "period_start", "period_end", "category", "measure",
          "subject", "outcome", "value", "value_status", "value_min", "value_max", "exemption"]

SF_SRC = "staffordshire/SP FOI 1402-26 disclosure.xlsx"
SF_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
           ("VAWG (other)", "vawg")]
SF_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("Written warning", "written_warning"), ("Management action", "management_action"),
           ("No case to answer", "no_case_to_answer"), ("Still under investigation", "ongoing")]
# per year: a row per outcome, a column per category (None: "*"), then the totals
SF_FIG = {
    2024: ([[7, None, 5], [6, 9, None], [None, 0, 8], [12, 6, 15], [9, 11, 10], [0, None, 6]],
           [37, 30, 48]),
    2025: ([[None, 6, 0], [8, None, 7], [5, 5, None], [14, 0, 19], [10, 8, 13], [6, 12, None]],
           [46, 33, 42]),
}


def sf_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Notes"
    notes = [
        "Staffordshire Police \u2013 Freedom of Information request FOI 1402-26",
        "Request:",
        "Please tell me how many allegations of sexual harassment, sexual assault and violence against women "
        "and girls were made against police officers and police staff in 2024 and 2025, with the outcome of "
        "each allegation.",
        "Response:",
        "Staffordshire Police holds information relevant to your request. The figures are allegations made against "
        "Staffordshire Police officers; conduct matters concerning police staff are not recorded on the same system and are not "
        "part of these figures.",
        "Each calendar year is given on a sheet of its own. 'VAWG (other)' counts allegations flagged as "
        "violence against women and girls that are not of the two types before it.",
        "* denotes a figure of fewer than five, withheld under section 40(2) of the Freedom of Information "
        "Act 2000.",
        "Totals include the withheld figures.",
        "You may ask for an internal review of this response within 40 working days.",
    ]
    for i, t in enumerate(notes, 1):
        ws.cell(row=i, column=1, value=t)
    ws["A1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 120
    rows = []
    for y, (grid, tots) in SF_FIG.items():
        s = wb.create_sheet(f"CY{y}")
        s["A1"] = "Allegations against Staffordshire Police officers by type and outcome"
        s["A2"] = f"Calendar year {y} (1 January - 31 December {y})"
        s["A1"].font = Font(bold=True)
        s.cell(row=4, column=1, value="Outcome").font = Font(bold=True)
        for j, (lab, _) in enumerate(SF_CATS):
            s.cell(row=4, column=2 + j, value=lab).font = Font(bold=True)
        a0, z0 = f"{y}-01-01", f"{y}-12-31"
        for i, ((olab, oid), vals) in enumerate(zip(SF_OUTS, grid)):
            s.cell(row=5 + i, column=1, value=olab)
            for j, v in enumerate(vals):
                s.cell(row=5 + i, column=2 + j, value="*" if v is None else v)
                cid = SF_CATS[j][1]
                if v is None:
                    rows.append([SF_SRC, "staffordshire", a0, z0, cid, "allegations", "officers", oid, "",
                                 "suppressed", 0, 4, "s40(2)"])
                else:
                    rows.append([SF_SRC, "staffordshire", a0, z0, cid, "allegations", "officers", oid, v,
                                 "reported", v, v, ""])
        tr = 5 + len(SF_OUTS)
        s.cell(row=tr, column=1, value="Total").font = Font(bold=True)
        for j, v in enumerate(tots):
            s.cell(row=tr, column=2 + j, value=v).font = Font(bold=True)
            rows.append([SF_SRC, "staffordshire", a0, z0, SF_CATS[j][1], "allegations", "officers", "total", v,
                         "reported", v, v, ""])
        s.column_dimensions["A"].width = 28
        for col in "BCD":
            s.column_dimensions[col].width = 18
    bk.xlsx_save(wb, SF_SRC, creator="Staffordshire Police", when=bk.dt.datetime(2026, 12, 3, 10, 0, 0))
    return "office", [SF_SRC], rows

NY_SRC = "north-yorkshire/NYP FOI 2026-1377 response.pdf"
NY_YEARS = [("2024/25", "2024-04-01", "2025-03-31"), ("2025/26", "2025-04-01", "2026-03-31"),
            ("2026/27", "2026-04-01", "2026-10-31")]
NY_CATS = [("Sexual harassment", "sexual_harassment", [17, 21, 9]),
           ("Sexual assault", "sexual_assault", [8, 11, 6]),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual", [12, 7, 5]),
           ("Other sexual misconduct", "sexual_misconduct", [23, 19, 14])]


def ny_pdf():
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table
    st = bk.styles("Helvetica", 10)
    story = [Paragraph("North Yorkshire Police – Civil Disclosure Unit", st["h"]),
             Paragraph("Our reference: NYP FOI 2026-1377 &nbsp;&nbsp; 27 November 2026", st["addr"]), Spacer(1, 8),
             Paragraph("Dear Applicant,", st["body"]),
             Paragraph("You asked how many allegations of sexual harassment, sexual assault, abuse of position for "
                       "a sexual purpose and other sexual misconduct have been recorded against North Yorkshire "
                       "Police officers and staff in each financial year since April 2024.", st["body"]),
             Paragraph("North Yorkshire Police holds this information. The table counts allegations against "
                       "officers and staff together, by the financial year in which each allegation was recorded. "
                       "2026/27 is the year to 31 October 2026.", st["body"])]
    data = [["Allegation type"] + [y[0] for y in NY_YEARS]]
    rows = []
    for lab, cid, vals in NY_CATS:
        data.append([Paragraph(lab, st["cell"])] + [str(v) for v in vals])
        for (y, a0, z0), v in zip(NY_YEARS, vals):
            rows.append([NY_SRC, "north-yorkshire", a0, z0, cid, "allegations", "officers_and_staff", "total", v,
                         "reported", v, v, ""])
    t = Table(data, colWidths=[70 * mm, 28 * mm, 28 * mm, 28 * mm], repeatRows=1)
    t.setStyle(bk.grid_style(1, size=9))
    story += [Spacer(1, 4), t, Spacer(1, 8),
              Paragraph("If you are not satisfied with this response you may ask for an internal review within "
                        "40 working days.", st["body"]),
              Paragraph("Civil Disclosure Unit, North Yorkshire Police, Alverton Court, Northallerton DL6 1BF.",
                        st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawCentredString(105 * mm, 10 * mm, f"NYP FOI 2026-1377 – page {page} of {pages}")

    bk.pdf_letter(NY_SRC, story, furniture, title="NYP FOI 2026-1377", author="North Yorkshire Police")
    return "pdf-layouts", [NY_SRC], rows

CH_SRC = "cheshire/CC FOI 5092-26 reply.pdf"
CH_Y = ("2025-01-01", "2025-12-31")
CH_WORDS = {0: "none", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
            9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen"}
# per type: total, then (outcome phrase, outcome id, count)
CH_PARAS = [
    ("sexual harassment", "sexual_harassment", 10,
     [("resulted in dismissal", "dismissed", 2), ("resulted in a final written warning", "final_written_warning", 3),
      ("resulted in a written warning", "written_warning", 1),
      ("were dealt with by management action", "management_action", 2),
      ("remain under investigation", "ongoing", 2)], "no case to answer", "no_case_to_answer"),
    ("sexual misconduct", "sexual_misconduct", 7,
     [("resulted in a final written warning", "final_written_warning", 2),
      ("were dealt with by management action", "management_action", 3),
      ("were found to have no case to answer", "no_case_to_answer", 2)], "dismissal", "dismissed"),
    ("sexual assault", "sexual_assault", 13,
     [("resulted in dismissal", "dismissed", 4),
      ("resulted in a finding that the officer would have been dismissed had they not resigned",
       "would_have_been_dismissed", 2),
      ("resulted in a final written warning", "final_written_warning", 1),
      ("resulted in a written warning", "written_warning", 2),
      ("were found to have no case to answer after a full investigation by the Professional Standards "
       "Department", "no_case_to_answer", 2),
      ("remain under investigation, some of them awaiting the outcome of criminal proceedings", "ongoing", 2)],
     "management action", "management_action"),
]


def ch_pdf():
    from reportlab.platypus import Paragraph, Spacer
    st = bk.styles("Helvetica", 10)
    story = [Paragraph("CHESHIRE CONSTABULARY", st["h"]),
             Paragraph("Freedom of Information Unit, Clemonds Hey, Oakmere Road, Winsford CW7 2UA", st["addr"]),
             Spacer(1, 6),
             Paragraph("Our reference: CC FOI 5092-26 &nbsp;&nbsp; Date: 9 December 2026", st["addr"]),
             Spacer(1, 8), Paragraph("Dear Requester,", st["body"]),
             Paragraph("You asked how many allegations of sexual harassment, sexual misconduct and sexual assault "
                       "were made against Cheshire Constabulary police officers in the calendar year 2025, and "
                       "the outcome of each.", st["body"]),
             Paragraph("Cheshire Constabulary holds this information. The figures below are allegations against "
                       "police officers recorded between 1 January 2025 and 31 December 2025.", st["body"]),
             Spacer(1, 378)]
    rows = []
    for lab, cid, tot, outs, none_lab, none_id in CH_PARAS:
        parts = []
        for k, (phrase, oid, v) in enumerate(outs):
            parts.append(("and " if k == len(outs) - 1 else "") + f"{CH_WORDS[v]} {phrase}")
            rows.append([CH_SRC, "cheshire", *CH_Y, cid, "allegations", "officers", oid, v, "reported", v, v, ""])
        text = (f"In 2025 Cheshire Constabulary recorded {CH_WORDS[tot]} allegations of {lab} against its "
                f"police officers. Of these, " + "; ".join(parts) +
                f". None of the allegations resulted in {none_lab}.")
        story.append(Paragraph(text, st["body"]))
        rows.append([CH_SRC, "cheshire", *CH_Y, cid, "allegations", "officers", "total", tot, "reported", tot, tot,
                     ""])
        rows.append([CH_SRC, "cheshire", *CH_Y, cid, "allegations", "officers", none_id, 0, "reported", 0, 0, ""])
    story += [Paragraph("If you are unhappy with the way your request has been handled you may ask for an "
                        "internal review within 40 working days.", st["body"]),
              Paragraph("Yours sincerely,", st["body"]), Paragraph("Freedom of Information Unit", st["body"])]

    def furniture(c, page, pages):
        from reportlab.lib.units import mm
        c.setFont("Helvetica", 8)
        c.drawCentredString(105 * mm, 10 * mm, f"CC FOI 5092-26 – page {page} of {pages}")

    bk.pdf_letter(CH_SRC, story, furniture, title="CC FOI 5092-26", author="Cheshire Constabulary")
    return "pdf-layouts", [CH_SRC], rows


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


BUILDERS = [(sf_xlsx, "office"), (ny_pdf, "pdf-layouts"), (ch_pdf, "pdf-layouts")]


def main():
    from reportlab import rl_config
    rl_config.invariant = 1
    for build, root in BUILDERS:
        bk.ROOT = REPO / "fixtures" / root
        kset, srcs, rows = build()
        write_key(kset, srcs, rows)


if __name__ == "__main__":
    main()
