#!/usr/bin/python3
"""make_round47b_fixtures.py: the fixtures of round 47 (part B) in the keyed sets, and their rows
of those sets' expected.csv (keyed by hand below, as a careful reader would key them; the rows
other scripts key in the same expected.csv are kept as they are).

Run from the repository's root (deterministic: fixed workbook dates, normalised zip):

    /usr/bin/python3 scripts/make_round47b_fixtures.py

  office/west-mercia/WMP and WP PSD FOI 4410-26.xlsx
      a workbook of the two forces' shared Professional Standards Department: a "Notes" sheet
      with no request (a title, the reference, "Each force keeps its own records, so the
      figures are shown separately for each force. The" / "'Alliance total' column adds both
      forces together ..." (a line opening with a quoted term), "Figures are allegations
      against police officers and police staff together, ..."), then a sheet per calendar
      year ("CY 2024", "CY 2025") titled with its dates: allegation type (first row of its
      block) / outcome rows, a column per force (West Mercia Police, Warwickshire Police) and
      an "Alliance total" column. Keyed: each force's cells to that force, officers and staff
      together (the notes say so), allegations, the sheet's calendar year; the "Alliance
      total" column (both forces added) is no force's figure and is not keyed.
  unseen-letters/humberside/FOI HP 26-2210 reply (with South Yorkshire Police answer).eml
      a plain-text e-mail: Humberside Police's reply with its own table (allegation types down,
      calendar years across), saying South Yorkshire Police asked for its reply to the same request
      to be sent with it; then, after an Outlook rule and header block ("From: South Yorkshire Police
      Information Management <foi@southyorks.police.uk>"), South Yorkshire Police's answer: a table
      per calendar year titled with the year alone, outcomes down, two types across. Keyed: the
      first table to humberside, the passed-on answer's tables to south-yorkshire (its own answer,
      not the requester's words), officers, allegations, calendar years.
  pdf-layouts/nottinghamshire/NP FOI 004981-26 response.pdf
      a letter with one ruled table of officers' allegations: a band row per calendar year across
      the table ("Calendar year 2024 (officers in post 2,216 on 31 December 2024)"), four types
      down, abbreviated outcomes across (Dismissed, WHBD, FWW, WW, RP, NCTA, Ongoing), Total and a
      "Per 1,000 officers" column; the table runs on to page 2 under its repeated column heads (not
      the band); a key of the abbreviations below it whose last item glosses "Ongoing" at length.
      Keyed: every count to its band's calendar year (the day in brackets is when the officers were
      counted), officers, allegations; the officers in post and the rates are no figures.
  unseen-letters/northumbria/FOI 2026-5528 Northumbria Police reply.eml
      a plain-text reply quoting no request: a long paragraph whose last sentence says "They cover
      police officers only.", "Each line shows the total number of allegations of that type ...",
      and under a heading per calendar year a line per type, "- Sexual harassment: total 15;
      dismissed 3, final written warning 1, ..., still being investigated 0". Keyed: each total and
      each outcome, officers, allegations, the heading's calendar year.
  office/gwent/Gwent and South Wales JPSD FOI 2026-3319.docx
      the joint Professional Standards Department's Word letter for Gwent Police and South Wales
      Police: one table with a vertically merged Force column, Financial year, Allegation type, four
      outcomes and Total; then a table of the two forces' combined totals ("2024/25 (both forces)",
      "2025/26 (both forces)"). Keyed: each row to its force, officers and staff together, the
      row's financial year; the combined totals are no force's figures and are not keyed.
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FIELDS = ["source_file", "force_id", "period_start", "period_end", "category", "measure",
          "subject", "outcome", "value", "value_status", "value_min", "value_max", "exemption"]

WM_SRC = "west-mercia/WMP and WP PSD FOI 4410-26.xlsx"
WM_FORCES = [("West Mercia Police", "west-mercia"), ("Warwickshire Police", "warwickshire")]
WM_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
           ("Other sexual misconduct", "sexual_misconduct")]
WM_OUTS = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
           ("Management action", "management_action"), ("No case to answer", "no_case_to_answer"),
           ("Still being investigated", "ongoing")]
# per year, per category: a row per outcome of (West Mercia, Warwickshire)
WM_FIG = {
    2024: [[(3, 1), (2, 0), (6, 2), (4, 3), (1, 1)],
           [(2, 0), (0, 1), (1, 0), (5, 2), (3, 0)],
           [(4, 2), (3, 1), (7, 3), (2, 0), (0, 2)]],
    2025: [[(5, 2), (1, 0), (4, 1), (6, 2), (2, 3)],
           [(1, 1), (2, 0), (0, 0), (3, 1), (4, 2)],
           [(6, 1), (2, 2), (5, 4), (1, 0), (3, 1)]],
}


def wm_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Notes"
    notes = [
        (1, "West Mercia Police and Warwickshire Police \u2013 Professional Standards Department"),
        (2, "FOI reference 4410-26 (received by West Mercia Police on 12/11/2026)"),
        (4, "Professional standards are shared by the two forces. Each force keeps its own records, so the"),
        (5, "figures are shown separately for each force. The"),
        (6, "'Alliance total' column adds both forces together and is for information only."),
        (8, "Figures are allegations against police officers and police staff together, by the calendar year"),
        (9, "in which the allegation was recorded. One sheet per calendar year."),
        (10, "'Management action' includes reflective practice."),
        (11, "Data extracted 20/11/2026."),
    ]
    for r, t in notes:
        ws.cell(row=r, column=1, value=t)
    ws["A1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 110
    rows = []
    for y, grid in WM_FIG.items():
        s = wb.create_sheet(f"CY {y}")
        s["A1"] = f"Allegations by type and outcome \u2013 1 January {y} to 31 December {y}"
        s["A1"].font = Font(bold=True)
        heads = ["Allegation type", "Outcome"] + [f[0] for f in WM_FORCES] + ["Alliance total"]
        for j, h in enumerate(heads, 1):
            s.cell(row=3, column=j, value=h).font = Font(bold=True)
        a0, z0 = f"{y}-01-01", f"{y}-12-31"
        r = 4
        for (clab, cid), block in zip(WM_CATS, grid):
            s.cell(row=r, column=1, value=clab)
            for (olab, oid), pair in zip(WM_OUTS, block):
                s.cell(row=r, column=2, value=olab)
                for j, ((_, fid), v) in enumerate(zip(WM_FORCES, pair)):
                    s.cell(row=r, column=3 + j, value=v)
                    rows.append([WM_SRC, fid, a0, z0, cid, "allegations", "officers_and_staff", oid, v,
                                 "reported", v, v, ""])
                s.cell(row=r, column=5, value=sum(pair))
                r += 1
            tots = [sum(p[j] for p in block) for j in range(2)]
            s.cell(row=r, column=2, value="Total").font = Font(bold=True)
            for j, ((_, fid), v) in enumerate(zip(WM_FORCES, tots)):
                s.cell(row=r, column=3 + j, value=v).font = Font(bold=True)
                rows.append([WM_SRC, fid, a0, z0, cid, "allegations", "officers_and_staff", "total", v,
                             "reported", v, v, ""])
            s.cell(row=r, column=5, value=sum(tots)).font = Font(bold=True)
            r += 1
        s.freeze_panes = "C4"
        s.column_dimensions["A"].width = 26
        s.column_dimensions["B"].width = 26
        for col in "CDE":
            s.column_dimensions[col].width = 20
    bk.xlsx_save(wb, WM_SRC, creator="Professional Standards", when=bk.dt.datetime(2026, 11, 20, 9, 0, 0))
    return "office", [WM_SRC], rows


HU_SRC = "humberside/FOI HP 26-2210 reply (with South Yorkshire Police answer).eml"
HU_OWN = [("Sexual harassment", "sexual_harassment", 11, 8), ("Sexual assault", "sexual_assault", 4, 6)]
SY_OUTS = [("Dismissed", "dismissed"), ("Written warning", "written_warning"),
           ("No case to answer", "no_case_to_answer")]
SY_FIG = {  # per year: a row per outcome of (sexual harassment, sexual assault)
    2024: [(3, 1), (2, 0), (5, 2)],
    2025: [(1, 2), (4, 1), (3, 1)],
}


def hu_eml():
    """Humberside Police's plain-text reply with its own table, then South Yorkshire Police's answer
    to the same request passed on below it (an Outlook rule and header block, no quote marks); the
    tables of the passed-on answer name no force in their titles."""
    rows = []
    lines = [
        "From: Humberside Police Information Compliance <foi@humberside.police.uk>",
        "To: requester@example.net",
        "Date: Fri, 18 Dec 2026 09:14:40 +0000",
        "Subject: FOI HP 26-2210 - your request (with the reply of South Yorkshire Police)",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Dear Applicant,",
        "",
        "Freedom of Information request HP 26-2210",
        "",
        "You asked Humberside Police and South Yorkshire Police for the number of allegations of sexual",
        "harassment and sexual assault recorded against police officers in the calendar years 2024 and",
        "2025, and their outcomes. Humberside Police holds the information; the table below counts",
        "allegations against our police officers, by the calendar year in which they were recorded.",
        "",
        "Allegation type            2024    2025",
    ]
    for lab, cid, a, b in HU_OWN:
        lines.append(f"{lab:<26}{a:>5}{b:>8}")
        for y, v in ((2024, a), (2025, b)):
            rows.append([HU_SRC, "humberside", f"{y}-01-01", f"{y}-12-31", cid, "allegations", "officers", "total", v,
                         "reported", v, v, ""])
    lines += [
        "",
        "South Yorkshire Police answered the same request and, as you wrote to both forces, asked us to",
        "send you its reply with ours. It is set out below as South Yorkshire Police sent it; the figures",
        "in it are South Yorkshire Police's own, and questions about them should go to that force.",
        "",
        "Yours sincerely,",
        "",
        "Information Compliance Unit",
        "Humberside Police",
        "",
        "________________________________",
        "From: South Yorkshire Police Information Management <foi@southyorks.police.uk>",
        "Sent: 16 December 2026 14:05",
        "To: Information Compliance, Humberside Police",
        "Subject: SYP FOI 2026/4120 - joint request",
        "",
        "South Yorkshire Police - response to FOI 2026/4120",
        "",
        "The information is held. The tables count allegations against police officers.",
    ]
    for y, grid in SY_FIG.items():
        lines += ["", f"Calendar year {y}", "",
                  "Outcome                 Sexual harassment   Sexual assault"]
        for (olab, oid), (h, a) in zip(SY_OUTS, grid):
            lines.append(f"{olab:<24}{h:>17}{a:>17}")
            for cid, v in (("sexual_harassment", h), ("sexual_assault", a)):
                rows.append([HU_SRC, "south-yorkshire", f"{y}-01-01", f"{y}-12-31", cid, "allegations", "officers",
                             oid, v, "reported", v, v, ""])
        th, ta = sum(g[0] for g in grid), sum(g[1] for g in grid)
        lines.append(f"{'Total':<24}{th:>17}{ta:>17}")
        for cid, v in (("sexual_harassment", th), ("sexual_assault", ta)):
            rows.append([HU_SRC, "south-yorkshire", f"{y}-01-01", f"{y}-12-31", cid, "allegations", "officers",
                         "total", v, "reported", v, v, ""])
    lines += ["", "Information Management, South Yorkshire Police", "Carbrook House, Sheffield S9 2EH", ""]
    bk.write_text(HU_SRC, "\n".join(lines))
    return "unseen-letters", [HU_SRC], rows


NT_SRC = "nottinghamshire/NP FOI 004981-26 response.pdf"
NT_HEADS = ["Dismissed", "WHBD", "FWW", "WW", "RP", "NCTA", "Ongoing"]
NT_OUTS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
           "management_action", "no_case_to_answer", "ongoing"]
NT_CATS = [("Sexual assault", "sexual_assault"), ("Sexual harassment", "sexual_harassment"),
           ("Sexual misconduct (other)", "sexual_misconduct"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
NT_INPOST = {2024: 2216, 2025: 2251}
NT_PARAS = 8  # the table breaks before its last row: page 2 repeats the column heads alone
NT_FIG = {  # per calendar year, per category: the seven outcomes
    2024: [[2, 1, 0, 3, 4, 2, 1], [1, 0, 2, 2, 5, 3, 3], [0, 2, 1, 1, 3, 4, 6], [3, 1, 0, 0, 1, 2, 1]],
    2025: [[1, 3, 1, 2, 2, 0, 4], [2, 1, 1, 4, 3, 1, 5], [1, 0, 0, 2, 6, 2, 3], [0, 2, 1, 1, 0, 1, 4]],
}


def nt_pdf():
    """Nottinghamshire Police's letter: one ruled table of officers' allegations, a band row per
    calendar year giving the officers in post on a day in brackets, abbreviated outcome heads, a
    "Per 1,000 officers" column; long enough to run on to page 2, where reportlab repeats only the
    column heads; a key of the abbreviations after it whose last item glosses "Ongoing" at length."""
    from reportlab.platypus import Paragraph, Spacer, Table
    st = bk.styles("Helvetica", 10)
    story = [Paragraph("Nottinghamshire Police", st["h"]),
             Paragraph("Information Management, Sherwood Lodge, Arnold, Nottingham NG5 8PP", st["addr"]),
             Paragraph("Reference: FOI 004981-26 &nbsp;&nbsp; 16 December 2026", st["addr"]), Spacer(1, 10),
             Paragraph("Dear Applicant,", st["body"]),
             Paragraph("You asked for the number of allegations of sexual assault, sexual harassment, other sexual "
                       "misconduct and abuse of position for a sexual purpose made against Nottinghamshire Police "
                       "officers in the calendar years 2024 and 2025, and the outcome of each.", st["body"])]
    for _ in range(NT_PARAS):
        story.append(Paragraph("Nottinghamshire Police records each allegation on its professional standards "
                               "system when it is made; an allegation is counted once, under its most serious "
                               "type, in the calendar year in which it was recorded, whatever the year in which "
                               "it was finalised, and its outcome is the position on the day of this reply.",
                               st["body"]))
    story.append(Paragraph("The table below gives allegations against police officers, by calendar year.",
                           st["body"]))
    rows = []
    data = [["Allegation type"] + NT_HEADS + ["Total", "Per 1,000 officers"]]
    band = []
    for y, grid in NT_FIG.items():
        data.append([f"Calendar year {y} (officers in post {NT_INPOST[y]:,} on 31 December {y})"] + [""] * 9)
        band.append(len(data) - 1)
        a0, z0 = f"{y}-01-01", f"{y}-12-31"
        for (lab, cid), vals in zip(NT_CATS, grid):
            tot = sum(vals)
            data.append([Paragraph(lab, st["cell"])] + [str(v) for v in vals] + [str(tot),
                                                                                   f"{1000.0 * tot / NT_INPOST[y]:.2f}"])
            for oid, v in zip(NT_OUTS, vals):
                rows.append([NT_SRC, "nottinghamshire", a0, z0, cid, "allegations", "officers", oid, v, "reported",
                             v, v, ""])
            rows.append([NT_SRC, "nottinghamshire", a0, z0, cid, "allegations", "officers", "total", tot,
                         "reported", tot, tot, ""])
    from reportlab.lib.units import mm
    t = Table(data, colWidths=[52 * mm] + [13 * mm] * 8 + [20 * mm], repeatRows=1)
    t.setStyle(bk.grid_style(1, size=8, extra=[("SPAN", (0, b), (-1, b)) for b in band] +
                             [("FONTNAME", (0, b), (-1, b), "Helvetica-Bold") for b in band]))
    story += [Spacer(1, 4), t, Spacer(1, 6),
              Paragraph("Key: WHBD would have been dismissed; FWW final written warning; WW written warning; RP "
                        "reflective practice; NCTA no case to answer; Ongoing still being investigated or awaiting "
                        "a misconduct meeting or hearing.", st["body"]),
              Paragraph("The last column gives each type's total per 1,000 officers in post, for context only.",
                        st["body"]),
              Paragraph("If you are dissatisfied with this response you may ask for an internal review within 40 "
                        "working days, and then complain to the Information Commissioner.", st["body"]),
              Paragraph("Yours sincerely,", st["body"]), Paragraph("Information Management", st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawCentredString(105 * mm, 10 * mm, f"FOI 004981-26 \u2013 page {page} of {pages}")

    bk.pdf_letter(NT_SRC, story, furniture, title="FOI 004981-26", author="Nottinghamshire Police")
    return "pdf-layouts", [NT_SRC], rows


NB_SRC = "northumbria/FOI 2026-5528 Northumbria Police reply.eml"
NB_OUTS = [("dismissed", "dismissed"), ("final written warning", "final_written_warning"),
           ("written warning", "written_warning"), ("management action", "management_action"),
           ("no case to answer", "no_case_to_answer"), ("still being investigated", "ongoing")]
NB_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
NB_FIG = {  # per calendar year, per type: the six outcomes
    2024: [[3, 1, 2, 4, 5, 0], [1, 0, 1, 2, 3, 1], [2, 1, 0, 0, 1, 2]],
    2025: [[2, 2, 1, 3, 2, 4], [0, 1, 0, 1, 2, 3], [1, 0, 1, 1, 0, 3]],
}


def nb_eml():
    """Northumbria Police's plain-text reply: no request quoted, a long paragraph ending "They cover
    police officers only.", "Each line shows the total number of allegations of that type ...", and
    under a heading per calendar year one line per type: "- Sexual harassment: total 15; dismissed 3,
    final written warning 1, ...". """
    rows = []
    lines = [
        "From: Northumbria Police Disclosure Team <disclosure@northumbria.police.uk>",
        "To: requester@example.com",
        "Date: Mon, 14 Dec 2026 11:02:37 +0000",
        "Subject: FOI 2026-5528 - reply",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Dear Requester,",
        "",
        "FOI 2026-5528",
        "",
        "Thank you for your email of 23 November 2026. Northumbria Police holds the information you asked for."
        " Our Professional Standards Department records allegations by the calendar year in which they are"
        " made, so the figures below are for 2024 and 2025, each allegation counted once under its most"
        " serious type. They cover police officers only.",
        "",
        "Each line shows the total number of allegations of that type made in the year, then how many of them",
        "reached each outcome.",
    ]
    for y, grid in NB_FIG.items():
        lines += ["", f"Calendar year {y}"]
        a0, z0 = f"{y}-01-01", f"{y}-12-31"
        for (lab, cid), vals in zip(NB_CATS, grid):
            tot = sum(vals)
            parts = ", ".join(f"{ol} {v}" for (ol, _), v in zip(NB_OUTS, vals))
            lines.append(f"- {lab}: total {tot}; {parts}")
            rows.append([NB_SRC, "northumbria", a0, z0, cid, "allegations", "officers", "total", tot, "reported",
                         tot, tot, ""])
            for (_, oid), v in zip(NB_OUTS, vals):
                rows.append([NB_SRC, "northumbria", a0, z0, cid, "allegations", "officers", oid, v, "reported",
                             v, v, ""])
    lines += [
        "",
        "If you are not satisfied with this reply you may ask for an internal review within 40 working days,",
        "and then complain to the Information Commissioner.",
        "",
        "Yours sincerely,",
        "",
        "Disclosure Team",
        "Northumbria Police",
        "",
    ]
    bk.write_text(NB_SRC, "\n".join(lines))
    return "unseen-letters", [NB_SRC], rows


GW_SRC = "gwent/Gwent and South Wales JPSD FOI 2026-3319.docx"
GW_FORCES = [("Gwent Police", "gwent"), ("South Wales Police", "south-wales")]
GW_YEARS = [("2024/25", "2024-04-01", "2025-03-31"), ("2025/26", "2025-04-01", "2026-03-31")]
GW_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual assault", "sexual_assault"),
           ("Sexual misconduct", "sexual_misconduct")]
GW_OUTS = [("Dismissed", "dismissed"), ("Written warning", "written_warning"),
           ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
GW_FIG = {  # per force, per year, per type: the four outcomes
    "gwent": {"2024/25": [[2, 3, 4, 0], [1, 0, 2, 1], [0, 2, 1, 1]],
              "2025/26": [[1, 2, 2, 3], [0, 1, 1, 2], [2, 0, 1, 2]]},
    "south-wales": {"2024/25": [[4, 5, 6, 1], [2, 1, 3, 0], [3, 2, 2, 1]],
                    "2025/26": [[3, 3, 5, 4], [1, 2, 2, 3], [1, 1, 0, 5]]},
}


def gw_docx():
    """The joint Professional Standards Department's Word letter for Gwent Police and South Wales
    Police: one table with a vertically merged Force column, a Financial year column, types, four
    outcomes and a Total; then a small table of the two forces' combined totals, its columns headed
    "2024/25 (both forces)" and "2025/26 (both forces)"."""
    d = bk.docx_new("Arial", 10)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", "Joint Professional Standards Department, Bridgend")
    bk.docx_heading(d, "Gwent Police and South Wales Police", 14)
    d.add_paragraph("Joint Professional Standards Department\nReference: FOI 2026-3319\nDate: 15 December 2026")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("You asked Gwent Police for the number of allegations of sexual harassment, sexual assault and "
                    "sexual misconduct made against police officers and police staff in the financial years "
                    "2024/25 and 2025/26, with the outcome of each.")
    d.add_paragraph("Gwent Police and South Wales Police share a Professional Standards Department, and you sent "
                    "the same request to both forces, so this letter answers for both. Each force's allegations "
                    "are shown against its name below; the figures count police officers and police staff "
                    "together.")
    rows = []
    heads = ["Force", "Financial year", "Allegation type"] + [o[0] for o in GW_OUTS] + ["Total"]
    n = 1 + len(GW_FORCES) * len(GW_YEARS) * len(GW_CATS)
    t = d.add_table(rows=n, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        bk.docx_cell(t.cell(0, j), h, bold=True)
    r = 1
    for fname, fid in GW_FORCES:
        first = r
        for ylab, a0, z0 in GW_YEARS:
            for (clab, cid), vals in zip(GW_CATS, GW_FIG[fid][ylab]):
                bk.docx_cell(t.cell(r, 1), ylab)
                bk.docx_cell(t.cell(r, 2), clab)
                for j, v in enumerate(vals):
                    bk.docx_cell(t.cell(r, 3 + j), str(v))
                    rows.append([GW_SRC, fid, a0, z0, cid, "allegations", "officers_and_staff", GW_OUTS[j][1], v,
                                 "reported", v, v, ""])
                tot = sum(vals)
                bk.docx_cell(t.cell(r, 3 + len(vals)), str(tot), bold=True)
                rows.append([GW_SRC, fid, a0, z0, cid, "allegations", "officers_and_staff", "total", tot,
                             "reported", tot, tot, ""])
                r += 1
        m = t.cell(first, 0).merge(t.cell(r - 1, 0))
        bk.docx_cell(m, fname, bold=True)
    d.add_paragraph("")
    d.add_paragraph("For information only, the department's combined totals for the two forces were:")
    t2 = d.add_table(rows=1 + len(GW_CATS), cols=3)
    t2.style = "Table Grid"
    for j, h in enumerate(["Allegation type"] + [f"{y[0]} (both forces)" for y in GW_YEARS]):
        bk.docx_cell(t2.cell(0, j), h, bold=True)
    for i, (clab, _) in enumerate(GW_CATS):
        bk.docx_cell(t2.cell(1 + i, 0), clab)
        for j, (ylab, _, _) in enumerate(GW_YEARS):
            both = sum(sum(GW_FIG[fid][ylab][i]) for _, fid in GW_FORCES)
            bk.docx_cell(t2.cell(1 + i, 1 + j), str(both))
    d.add_paragraph("If you are not satisfied with this response you may ask for an internal review within 40 "
                    "working days, and then complain to the Information Commissioner.")
    d.add_paragraph("Yours sincerely,\nDisclosure Officer, Joint Professional Standards Department")
    bk.docx_save(d, GW_SRC, "Joint Professional Standards Department")
    return "office", [GW_SRC], rows


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


BUILDERS = [(wm_xlsx, "office"), (hu_eml, "unseen-letters"), (nt_pdf, "pdf-layouts"),
            (nb_eml, "unseen-letters"), (gw_docx, "office")]


def main():
    from reportlab import rl_config
    rl_config.invariant = 1
    for build, root in BUILDERS:
        bk.ROOT = REPO / "fixtures" / root
        kset, srcs, rows = build()
        write_key(kset, srcs, rows)


if __name__ == "__main__":
    main()
