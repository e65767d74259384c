#!/usr/bin/python3
"""make_round44b_fixtures.py: the files of round 44 (part B) in the keyed set
fixtures/office, and their rows of its expected.csv (keyed by hand, as a careful reader
would key them; the rows other scripts key in the same expected.csv are kept as they are).

Run from the repository's root (deterministic: fixed workbook dates, normalised zip):

    /usr/bin/python3 scripts/make_round44b_fixtures.py

  office/northamptonshire/NP FOI 26-4410 allegations workbook.xlsx
      a workbook of two visible sheets: "Disclosure" (title rows, then Category / Outcome
      x calendar years 2024 and 2025, a Total row per category, police officers only as
      the title says) and "v2 (superseded)", an earlier version of the same table with
      other numbers under a red merged banner "VERSION 2 - SUPERSEDED by sheet
      'Disclosure' - do not use". Keyed: every count of "Disclosure"; nothing from the
      superseded sheet (a careful reader takes the version the workbook says stands). The
      note "3 allegations were moved between categories" is no figure.
  pdf-layouts/bedfordshire/Bedfordshire Police FOI 26-5120 reply.pdf
      a reportlab letter: one grid table of allegation type x outcome for the financial year
      2024/25 whose outcome heads are abbreviations ("DSM", "FWW", "WW", "RPRP", "NCTA",
      "Live") and a "Total" column, then a key paragraph under it "DSM dismissed; FWW final
      written warning; WW written warning; RPRP reflective practice review process; NCTA no
      case to answer; Live still under investigation." (the last item glosses a head that is
      a word, not an abbreviation). Keyed: every count, police officers and police staff
      together as the letter says; the "Rate per 100 officers" line is no figure.
  office/nottinghamshire/NP FOI 006031-26 response.docx
      a Word letter in numbered paragraphs: paragraph 2 gives figures of other things (1,402
      complaints, 3,118 allegations of all kinds, 57 hearings), then one Word table of
      allegation type x "Staff group" (Police officer / Police staff) x abbreviated outcome
      heads ("GMD", "FWW", "WW", "RPRP", "NCTA", "Open", "Total") for the calendar year 2025,
      and the key as numbered paragraph 4: "4. GMD: dismissed at a gross misconduct
      hearing; FWW: final written warning; WW: written warning; RPRP: reflective practice
      review process; NCTA: no case to answer." Keyed: every count of the table, officers and
      staff from the Staff group column; paragraph 2's numbers are no figures.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

NP_SRC = "northamptonshire/NP FOI 26-4410 allegations workbook.xlsx"
NP_YEARS = [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", "2025-12-31")]
NP_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
NP_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("Written warning", "written_warning"), ("No case to answer", "no_case_to_answer"),
           ("Investigation ongoing", "ongoing")]
# per category, per outcome: (2024, 2025)
NP_FIG = [[(2, 1), (3, 4), (1, 0), (6, 2), (0, 5)],
          [(1, 3), (0, 2), (4, 4), (2, 1), (1, 3)],
          [(3, 2), (1, 0), (0, 1), (1, 1), (0, 2)]]
# the superseded version: other numbers
NP_OLD = [[(2, 1), (2, 4), (2, 0), (5, 2), (1, 4)],
          [(1, 2), (1, 2), (3, 4), (2, 2), (1, 2)],
          [(2, 2), (1, 1), (0, 1), (2, 1), (0, 1)]]


def np_sheet(ws, figs, rows):
    from openpyxl.styles import Font
    r = 4
    head = ["Category", "Outcome"] + [y[0] for y in NP_YEARS]
    for j, h in enumerate(head, 1):
        ws.cell(r, j, h).font = Font(bold=True)
    r += 1
    for (cat, cid), outs in zip(NP_CATS, figs):
        tot = tuple(sum(o[i] for o in outs) for i in range(2))
        for (lab, oid), vals in list(zip(NP_OUTS, outs)) + [(("Total", "total"), tot)]:
            ws.cell(r, 1, cat)
            ws.cell(r, 2, lab).font = Font(bold=oid == "total")
            for j, v in enumerate(vals):
                ws.cell(r, 3 + j, v).font = Font(bold=oid == "total")
                if rows is not None:
                    (_, a0, z0) = NP_YEARS[j]
                    rows.append([NP_SRC, "northamptonshire", a0, z0, cid, "allegations", "officers", oid,
                                 str(v), "reported", str(v), str(v), ""])
            r += 1
    for col, w in zip("ABCD", (38, 24, 9, 9)):
        ws.column_dimensions[col].width = w
    return r


def np_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    rows = []
    wb = Workbook()
    ws = wb.active
    ws.title = "Disclosure"
    ws["A1"] = "Northamptonshire Police - FOI 26-4410"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Conduct allegations against police officers by outcome, calendar years 2024 and 2025"
    r = np_sheet(ws, NP_FIG, rows)
    ws.cell(r + 1, 1, "This version replaces version 2 of 20 November 2026: 3 allegations were moved "
                      "between categories after review.")
    old = wb.create_sheet("v2 (superseded)")
    old["A1"] = "VERSION 2 - SUPERSEDED by sheet 'Disclosure' - do not use"
    old["A1"].font = Font(bold=True, color="FFFFFF", size=12)
    old["A1"].fill = PatternFill("solid", fgColor="C00000")
    old.merge_cells("A1:D1")
    old["A2"] = "Conduct allegations against police officers by outcome, calendar years 2024 and 2025"
    np_sheet(old, NP_OLD, None)
    bk.xlsx_save(wb, NP_SRC, creator="Northamptonshire Police", when=bk.dt.datetime(2026, 12, 1, 9, 0, 0))
    return rows


BD_SRC = "bedfordshire/Bedfordshire Police FOI 26-5120 reply.pdf"
BD_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual"),
           ("Sexual assault", "sexual_assault")]
BD_OUTS = [("DSM", "dismissed"), ("FWW", "final_written_warning"), ("WW", "written_warning"),
           ("RPRP", "management_action"), ("NCTA", "no_case_to_answer"), ("Live", "ongoing")]
BD_FIG = [[2, 1, 3, 4, 2, 1], [1, 0, 2, 3, 5, 2], [3, 1, 0, 0, 1, 2], [0, 2, 1, 1, 4, 3]]


def bd_pdf():
    from reportlab.platypus import Table
    st = bk.styles("Helvetica", 10)
    rows = []
    data = [["Allegation type"] + [o[0] for o in BD_OUTS] + ["Total"]]
    for (cat, cid), vals in zip(BD_CATS, BD_FIG):
        data.append([cat] + [str(v) for v in vals] + [str(sum(vals))])
        for (_, oid), v in list(zip(BD_OUTS, vals)) + [((None, "total"), sum(vals))]:
            rows.append([BD_SRC, "bedfordshire", "2024-04-01", "2025-03-31", cid, "allegations",
                         "officers_and_staff", oid, str(v), "reported", str(v), str(v), ""])
    story = [
        bk.P("Bedfordshire Police", st["h"]),
        bk.P("Professional Standards Department, Woburn Road, Kempston, Bedford MK43 9AX", st["addr"]),
        bk.S(8),
        bk.P("Our reference: FOI 26-5120<br/>Date: 2 December 2026", st["body"]),
        bk.P("Dear Applicant,", st["body"]),
        bk.P("You asked for the number of allegations of sexual harassment, sexual misconduct, abuse of "
             "position for a sexual purpose and sexual assault made against our police officers and police "
             "staff in the financial year 2024/25, and the outcome of each.", st["body"]),
        bk.P("The table counts allegations against police officers and police staff together, for the "
             "financial year 2024/25 (1 April 2024 to 31 March 2025).", st["body"]),
        bk.P("Allegations by type and outcome, 2024/25", st["h2"]),
        Table(data, colWidths=[62 * bk_mm()] + [15 * bk_mm()] * 7, style=bk.grid_style()),
        bk.S(4),
        bk.P("DSM dismissed; FWW final written warning; WW written warning; RPRP reflective practice review "
             "process; NCTA no case to answer; Live still under investigation.", st["small"]),
        bk.P("For context, the rate across all four types was 2.9 per 100 officers.", st["body"]),
        bk.P("If you are dissatisfied with this response you may request an internal review within 40 "
             "working days, and then complain to the Information Commissioner.", st["body"]),
        bk.P("Yours sincerely,<br/>Information Rights Team", st["body"]),
    ]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawString(60, 30, f"Bedfordshire Police FOI 26-5120 - page {page} of {pages}")

    bk.pdf_letter(BD_SRC, story, furniture, title="FOI 26-5120", author="Bedfordshire Police")
    return rows


def bk_mm():
    from reportlab.lib.units import mm
    return mm


NT_SRC = "nottinghamshire/NP FOI 006031-26 response.docx"
NT_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
NT_OUTS = [("GMD", "dismissed"), ("FWW", "final_written_warning"), ("WW", "written_warning"),
           ("RPRP", "management_action"), ("NCTA", "no_case_to_answer"), ("Open", "ongoing")]
NT_GROUPS = [("Police officer", "officers"), ("Police staff", "staff")]
# per category, per group: the outcomes
NT_FIG = [[[3, 2, 1, 4, 0, 2], [1, 0, 2, 1, 1, 0]],
          [[2, 1, 3, 0, 2, 1], [0, 1, 1, 2, 0, 1]],
          [[4, 0, 1, 1, 2, 3], [1, 1, 0, 0, 1, 2]]]


def nt_docx():
    rows = []
    d = bk.docx_a4(bk.docx_new("Arial", 11))
    bk.docx_para(d, "Nottinghamshire Police - Freedom of Information", bold=True, size=14)
    bk.docx_para(d, "Reference: FOI 006031/26")
    bk.docx_para(d, "Date: 9 December 2026")
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, "1. You asked for the number of allegations of sexual harassment, sexual misconduct and "
                    "abuse of position for a sexual purpose made against police officers and police staff in "
                    "the calendar year 2025, and the outcome of each.")
    bk.docx_para(d, "2. By way of background, in 2025 the Professional Standards Department logged 1,402 "
                    "complaints from the public, containing 3,118 allegations of all kinds, and held 57 "
                    "misconduct meetings and hearings.")
    bk.docx_para(d, "3. The allegations you asked about are set out below for 2025 (1 January to 31 December "
                    "2025), by staff group and outcome.")
    bk.docx_para(d, "Allegations by type, staff group and outcome, 2025", bold=True)
    head = ["Allegation type", "Staff group"] + [o[0] for o in NT_OUTS] + ["Total"]
    t = d.add_table(rows=1 + len(NT_CATS) * len(NT_GROUPS), cols=len(head))
    t.style = "Table Grid"
    for j, h in enumerate(head):
        bk.docx_cell(t.cell(0, j), h, bold=True)
    r = 1
    for (cat, cid), groups in zip(NT_CATS, NT_FIG):
        for (glab, gid), vals in zip(NT_GROUPS, groups):
            cells = [cat, glab] + [str(v) for v in vals] + [str(sum(vals))]
            for j, v in enumerate(cells):
                bk.docx_cell(t.cell(r, j), v)
            for (_, oid), v in list(zip(NT_OUTS, vals)) + [((None, "total"), sum(vals))]:
                rows.append([NT_SRC, "nottinghamshire", "2025-01-01", "2025-12-31", cid, "allegations", gid,
                             oid, str(v), "reported", str(v), str(v), ""])
            r += 1
    bk.docx_para(d, "4. GMD: dismissed at a gross misconduct hearing; FWW: final written warning; WW: written "
                    "warning; RPRP: reflective practice review process; NCTA: no case to answer.")
    bk.docx_para(d, "5. If you are dissatisfied with this response you may ask for an internal review within 40 "
                    "working days, and then complain to the Information Commissioner.")
    bk.docx_para(d, "Yours faithfully,")
    bk.docx_para(d, "Information Management Team")
    bk.docx_save(d, NT_SRC, "Nottinghamshire Police")
    return rows


def main():
    bk.ROOT = REPO / "fixtures" / "office"
    rows = np_xlsx() + nt_docx()
    bk.merge_key(bk.ROOT, rows)
    bk.ROOT = REPO / "fixtures" / "pdf-layouts"
    bk.merge_key(bk.ROOT, bd_pdf())


if __name__ == "__main__":
    main()
