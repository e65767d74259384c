#!/usr/bin/python3
"""make_round46a_fixtures.py: the documents of round 46 (part A) in the keyed set fixtures/pdf-layouts,
and their rows of that set's expected.csv (keyed by hand below, as a careful reader would key them;
the rows other scripts key in the same expected.csv are kept as they are).

Run from the repository's root (deterministic: reportlab's invariant canvas, fixed dates):

    /usr/bin/python3 scripts/make_round46a_fixtures.py

  pdf-layouts/bedfordshire/BP FOI 2026-3381 reply.pdf
      a letter with one ruled table per calendar year (2024, 2025): "Result category" printed on
      the first of its results only ("Gross misconduct proven", "Misconduct proven", "Not
      proven", "Open"), "Result" beside it, then two allegation types across and a "Total"
      row. The tables count "police officers who were the subject of an allegation" (heading and
      prose; the request asked for allegations). Keyed: each result as its own outcome (the
      category of results is context), measure individuals, subject officers (staff are said
      not to be included), calendar years.
  office/north-wales/NWP FOI 2026-1127 response.docx
      a Word letter with a "Term used | Description" key table first, then one table per financial
      year (2024/25, 2025/26) of allegation types down and short system words across ("Upheld -
      warning", "Reflection", "Gone before outcome", "Ongoing case", "NCTA", "Total"). Keyed by the
      key table: "Upheld - warning" is a written or a final written warning, not recorded which:
      other; "Reflection" management_action (RPRP); "Gone before outcome" resigned_or_retired;
      "Ongoing case" ongoing; "NCTA" no_case_to_answer; allegations, officers and staff together.
  unseen-tables/derbyshire/DC FOI 26-0482 disclosure.html
      a web page with one table for calendar year 2025: results down, three allegation types across,
      the last headed "VAWG: other" (violence against women and girls allegations no other column
      holds), then "All results". Keyed: "VAWG: other" as vawg (the rest of VAWG, not the catch-all
      other, as "Sexual misconduct (other)" is sexual_misconduct), allegations, officers and staff.
  office/essex/Essex FOI 26-2210 table.xlsx
      a workbook of one sheet: a title, then "Result" over calendar years 2024 and 2025 merged
      across "Police officers" / "Police staff", a bold row per allegation type followed by italic
      result-group rows ("Proven", "Not proven", "Other") over indented results, a Total row per
      type and a blank row before the next type (no header repeated), a note that the group rows
      are headings only. Keyed: every indented result and Total per type, year and employee
      type; the group rows (including "Other") give no figure and are no category.
"""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FIELDS = ["source_file", "force_id", "period_start", "period_end", "category", "measure",
          "subject", "outcome", "value", "value_status", "value_min", "value_max", "exemption"]

BE_SRC = "bedfordshire/BP FOI 2026-3381 reply.pdf"
BE_YEARS = [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", "2025-12-31")]
BE_CATS = [("Sexual misconduct", "sexual_misconduct"), ("Sexual harassment", "sexual_harassment")]
# (result category printed on its first result, result, outcome id)
BE_ROWS = [("Gross misconduct proven", "Dismissed", "dismissed"),
           ("", "Would have been dismissed", "would_have_been_dismissed"),
           ("Misconduct proven", "Final written warning", "final_written_warning"),
           ("", "Written warning", "written_warning"),
           ("Not proven", "No case to answer", "no_case_to_answer"),
           ("", "Not upheld", "not_upheld"),
           ("Open", "Under investigation", "ongoing")]
# per year, per result row: one figure per category
BE_FIG = {
    "2024": [(3, 1), (1, 0), (2, 4), (0, 2), (5, 3), (2, 6), (1, 2)],
    "2025": [(2, 0), (0, 1), (1, 1), (3, 2), (4, 7), (1, 0), (6, 3)],
}


def be_pdf():
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table
    st = bk.styles("Helvetica", 10)
    story = [Paragraph("Bedfordshire Police \u2013 Information Rights", st["h"]),
             Paragraph("Our reference: FOI 2026-3381 &nbsp;&nbsp; Date: 9 March 2026", st["addr"]), Spacer(1, 8),
             Paragraph("Request", st["h2"]),
             Paragraph("How many allegations of sexual misconduct and sexual harassment were made against "
                       "Bedfordshire officers in 2024 and 2025, and what was the result of each?", st["body"]),
             Paragraph("Response", st["h2"]),
             Paragraph("Our case system records results against the officer rather than the allegation, so "
                       "the tables below show how many police officers were the subject of an allegation of "
                       "each type in each calendar year, with the result for that officer. Police staff are "
                       "not included.", st["body"])]
    rows = []
    for y, a0, z0 in BE_YEARS:
        story.append(Paragraph(f"Police officers who were the subject of an allegation, {y}", st["h2"]))
        data = [[Paragraph(h, st["cellb"]) for h in ["Result category", "Result"] + [c[0] for c in BE_CATS]]]
        tots = [0] * len(BE_CATS)
        for (grp, res, oid), vals in zip(BE_ROWS, BE_FIG[y]):
            data.append([Paragraph(grp, st["cellb"]) if grp else "", Paragraph(res, st["cell"])] +
                        [str(v) for v in vals])
            for (_, cid), v in zip(BE_CATS, vals):
                rows.append([BE_SRC, "bedfordshire", a0, z0, cid, "individuals", "officers", oid, v,
                             "reported", v, v, ""])
            tots = [a + b for a, b in zip(tots, vals)]
        data.append([Paragraph("Total", st["cellb"]), ""] + [str(v) for v in tots])
        for (_, cid), v in zip(BE_CATS, tots):
            rows.append([BE_SRC, "bedfordshire", a0, z0, cid, "individuals", "officers", "total", v,
                         "reported", v, v, ""])
        t = Table(data, colWidths=[45 * mm, 55 * mm, 35 * mm, 35 * mm], repeatRows=1)
        t.setStyle(bk.grid_style(1, size=9))
        story += [t, Spacer(1, 10)]
    story += [Paragraph("You may ask for an internal review of this response within 40 working days.", st["body"]),
              Paragraph("Information Rights Unit, Bedfordshire Police, Woburn Road, Kempston MK43 9AX.",
                        st["body"])]

    def furniture(c, page, pages):
        c.setFont("Helvetica", 8)
        c.drawCentredString(105 * mm, 12 * mm, f"FOI 2026-3381 \u2013 page {page} of {pages}")

    bk.pdf_letter(BE_SRC, story, furniture, title="FOI 2026-3381", author="Bedfordshire Police")
    return "pdf-layouts", [BE_SRC], rows


NW_SRC = "north-wales/NWP FOI 2026-1127 response.docx"
NW_YEARS = [("2024/25", "2024-04-01", "2025-03-31"), ("2025/26", "2025-04-01", "2026-03-31")]
NW_CATS = [("Sexual misconduct", "sexual_misconduct"), ("Sexual harassment", "sexual_harassment"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
NW_OUTS = [("Upheld \u2013 warning", "other"), ("Reflection", "management_action"),
           ("Gone before outcome", "resigned_or_retired"), ("Ongoing case", "ongoing"),
           ("NCTA", "no_case_to_answer")]
NW_KEY = [("Upheld \u2013 warning", "Proven at a misconduct meeting: a written warning or a final written warning "
           "(the two are not recorded separately)"),
          ("Reflection", "Learning from reflection under the Reflective Practice Review Process"),
          ("Gone before outcome", "The officer or member of staff resigned or retired before the matter concluded"),
          ("Ongoing case", "Still under investigation, or awaiting a misconduct meeting or hearing"),
          ("NCTA", "No case to answer")]
NW_FIG = {
    "2024/25": [(2, 4, 1, 0, 3), (1, 6, 0, 2, 2), (0, 1, 2, 1, 0)],
    "2025/26": [(3, 2, 0, 4, 1), (2, 3, 1, 5, 4), (1, 0, 0, 2, 1)],
}


def nw_docx():
    d = bk.docx_a4(bk.docx_new("Arial", 11))
    bk.docx_para(d, "Heddlu Gogledd Cymru / North Wales Police", bold=True, size=13)
    bk.docx_para(d, "Freedom of Information request FOI 2026-1127")
    bk.docx_para(d, "17 March 2026")
    bk.docx_para(d, "You asked how many allegations of sexual misconduct, sexual harassment and abuse of position for "
                    "a sexual purpose were recorded against officers and staff in the financial years 2024/25 and "
                    "2025/26, and what the result of each was.")
    bk.docx_para(d, "The figures are allegations against police officers and police staff together. The result "
                    "headings are the terms used on our professional standards system; the key below explains them.")
    bk.docx_heading(d, "Terms used in the tables")
    kt = d.add_table(rows=1 + len(NW_KEY), cols=2)
    kt.style = "Table Grid"
    bk.docx_cell(kt.rows[0].cells[0], "Term used", bold=True)
    bk.docx_cell(kt.rows[0].cells[1], "Description", bold=True)
    for i, (term, desc) in enumerate(NW_KEY, 1):
        bk.docx_cell(kt.rows[i].cells[0], term)
        bk.docx_cell(kt.rows[i].cells[1], desc)
    rows = []
    for y, a0, z0 in NW_YEARS:
        bk.docx_heading(d, f"Allegations recorded in {y}")
        t = d.add_table(rows=1 + len(NW_CATS), cols=2 + len(NW_OUTS))
        t.style = "Table Grid"
        for j, h in enumerate(["Allegation type"] + [o[0] for o in NW_OUTS] + ["Total"]):
            bk.docx_cell(t.rows[0].cells[j], h, bold=True)
        for i, ((lab, cid), vals) in enumerate(zip(NW_CATS, NW_FIG[y]), 1):
            tot = sum(vals)
            cells = t.rows[i].cells
            bk.docx_cell(cells[0], lab)
            for j, v in enumerate(list(vals) + [tot], 1):
                bk.docx_cell(cells[j], str(v))
            for (_, oid), v in list(zip(NW_OUTS, vals)) + [(("", "total"), tot)]:
                rows.append([NW_SRC, "north-wales", a0, z0, cid, "allegations", "officers_and_staff", oid, v,
                             "reported", v, v, ""])
        bk.docx_para(d, "")
    bk.docx_para(d, "If you are unhappy with this response you may ask for an internal review within 40 working days.")
    bk.docx_para(d, "Freedom of Information Unit, North Wales Police")
    bk.docx_finish(d, NW_SRC, "Freedom of Information Unit")
    return "office", [NW_SRC], rows


DE_SRC = "derbyshire/DC FOI 26-0482 disclosure.html"
DE_CATS = [("Sexual harassment", "sexual_harassment"), ("Domestic abuse", "domestic_abuse"),
           ("VAWG: other", "vawg")]
DE_ROWS = [("Dismissed at a gross misconduct hearing", "dismissed"), ("Final written warning", "final_written_warning"),
           ("Reflective practice (RPRP)", "management_action"), ("No case to answer", "no_case_to_answer"),
           ("Still under investigation", "ongoing")]
DE_FIG = [(1, 2, 0), (2, 1, 3), (4, 0, 2), (3, 5, 1), (2, 2, 6)]


def de_html():
    rows = []
    head = "".join(f"<th scope=\"col\">{bk.E(c[0])}</th>" for c in DE_CATS)
    body = []
    for (lab, oid), vals in zip(DE_ROWS, DE_FIG):
        body.append(f"<tr><th scope=\"row\">{bk.E(lab)}</th>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>")
        for (_, cid), v in zip(DE_CATS, vals):
            rows.append([DE_SRC, "derbyshire", "2025-01-01", "2025-12-31", cid, "allegations", "officers_and_staff",
                         oid, v, "reported", v, v, ""])
    tots = [sum(col) for col in zip(*DE_FIG)]
    body.append("<tr><th scope=\"row\">All results</th>" + "".join(f"<td>{v}</td>" for v in tots) + "</tr>")
    for (_, cid), v in zip(DE_CATS, tots):
        rows.append([DE_SRC, "derbyshire", "2025-01-01", "2025-12-31", cid, "allegations", "officers_and_staff",
                     "total", v, "reported", v, v, ""])
    page = bk.html_page("FOI 26-0482 disclosure \u2013 Derbyshire Constabulary", f"""<header><p>Derbyshire Constabulary</p></header>
<main>
<h1>Freedom of Information disclosure 26-0482</h1>
<p>Published 20 February 2026.</p>
<h2>Request</h2>
<p>Please tell me how many allegations of sexual harassment, domestic abuse and other violence against women and
girls were made against Derbyshire officers and staff during 2025, and their results.</p>
<h2>Response</h2>
<p>The table counts allegations against police officers and police staff together, recorded in calendar year 2025.
The column &ldquo;VAWG: other&rdquo; holds violence against women and girls allegations that are not sexual
harassment or domestic abuse.</p>
<table>
<caption>Allegations by result, 2025</caption>
<thead><tr><th scope="col">Result</th>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody>
</table>
<p>You may ask for an internal review of this decision within 40 working days.</p>
</main>""")
    bk.write_text(DE_SRC, page)
    return "unseen-tables", [DE_SRC], rows


EX_SRC = "essex/Essex FOI 26-2210 table.xlsx"
EX_YEARS = [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", "2025-12-31")]
EX_SUBJ = [("Police officers", "officers"), ("Police staff", "staff")]
EX_CATS = [("Sexual harassment", "sexual_harassment"), ("Sexual misconduct", "sexual_misconduct"),
           ("Abuse of position for a sexual purpose", "abuse_of_position_sexual")]
# (group heading or None, result, outcome id)
EX_ROWS = [("Proven", None, None), (None, "Dismissed", "dismissed"), (None, "Final written warning", "final_written_warning"),
           ("Not proven", None, None), (None, "No case to answer", "no_case_to_answer"),
           ("Other", None, None), (None, "Withdrawn", "withdrawn"), (None, "Under investigation", "ongoing")]
# per category: per result row, values for (2024 off, 2024 staff, 2025 off, 2025 staff)
EX_FIG = {
    "sexual_harassment": [(1, 0, 2, 1), (0, 1, 3, 0), (4, 2, 1, 1), (0, 0, 1, 2), (2, 1, 5, 0)],
    "sexual_misconduct": [(2, 1, 0, 0), (1, 0, 1, 1), (3, 0, 2, 4), (1, 1, 0, 0), (0, 2, 3, 1)],
    "abuse_of_position_sexual": [(3, 0, 1, 0), (0, 0, 2, 1), (1, 1, 0, 0), (0, 0, 0, 1), (4, 0, 2, 0)],
}


def ex_xlsx():
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FOI 26-2210"
    ws["A1"] = "Essex Police \u2013 FOI 26-2210 \u2013 misconduct allegations by result"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "Result"
    ws.merge_cells("A3:A4")
    for j, (y, _, _) in enumerate(EX_YEARS):
        c0 = 2 + 2 * j
        ws.cell(3, c0, y).font = Font(bold=True)
        ws.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 1)
        for k, (lab, _) in enumerate(EX_SUBJ):
            ws.cell(4, c0 + k, lab).font = Font(bold=True)
    ws["A3"].font = Font(bold=True)
    rows = []
    r = 5
    for lab, cid in EX_CATS:
        ws.cell(r, 1, lab).font = Font(bold=True)
        r += 1
        figs = iter(EX_FIG[cid])
        tots = [0, 0, 0, 0]
        for grp, res, oid in EX_ROWS:
            if grp:
                ws.cell(r, 1, grp).font = Font(bold=True, italic=True)
                r += 1
                continue
            vals = next(figs)
            ws.cell(r, 1, res).alignment = Alignment(indent=2)
            for k, v in enumerate(vals):
                ws.cell(r, 2 + k, v)
            tots = [a + b for a, b in zip(tots, vals)]
            for k, v in enumerate(vals):
                (y, a0, z0), (_, sid) = EX_YEARS[k // 2], EX_SUBJ[k % 2]
                rows.append([EX_SRC, "essex", a0, z0, cid, "allegations", sid, oid, v, "reported", v, v, ""])
            r += 1
        ws.cell(r, 1, "Total").font = Font(bold=True)
        for k, v in enumerate(tots):
            ws.cell(r, 2 + k, v).font = Font(bold=True)
            (y, a0, z0), (_, sid) = EX_YEARS[k // 2], EX_SUBJ[k % 2]
            rows.append([EX_SRC, "essex", a0, z0, cid, "allegations", sid, "total", v, "reported", v, v, ""])
        r += 2
    ws.cell(r, 1, "Result groups (Proven, Not proven, Other) are headings only and carry no figures.")
    ws.column_dimensions["A"].width = 42
    bk.xlsx_save(wb, EX_SRC, creator="Essex Police", when=bk.dt.datetime(2026, 2, 11, 9, 30, 0))
    return "office", [EX_SRC], rows


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


BUILDERS = [(be_pdf, "pdf-layouts"), (nw_docx, "office"), (de_html, "unseen-tables"), (ex_xlsx, "office")]


def main():
    from reportlab import rl_config
    rl_config.invariant = 1
    for build, root in BUILDERS:
        bk.ROOT = REPO / "fixtures" / root
        kset, srcs, rows = build()
        write_key(kset, srcs, rows)


if __name__ == "__main__":
    main()
