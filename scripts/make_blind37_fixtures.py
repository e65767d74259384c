#!/usr/bin/python3
"""make_blind37.py -- the thirty-seventh blind test batch for `foi` and its answer key.

The request, sent on 3 December 2026: for the financial years 2024/25 and 2025/26 and for
2026/27 to date, the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and the outcome of each.  See NOTES-blind37.md.
The machinery (F/L/N accounting, writers, read_back, check) is scripts/blindkit.py (not
edited); the .eml writer and read-back are local.

usage: /usr/bin/python3 make_blind37_fixtures.py    # rebuild fixtures/blind37 (or $FOI_BLIND37_OUT)
       /usr/bin/python3 make_blind37.py check       # verify determinism and every number
       /usr/bin/python3 make_blind37.py dump FILE   # show FILE (relative to the batch) as read back
"""
import datetime as dt
import email
import email.message
import email.policy
import os
import random
import sys
from pathlib import Path

try:
    import reportlab  # noqa: F401
except ImportError:      # a python3 without reportlab on PATH: use the system one
    os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, SUP, REF, NCND, NH, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade)

FINAL = Path(os.environ.get("FOI_BLIND37_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind37").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST = ("Please provide, for the financial years 2024/25 and 2025/26 and for 2026/27 to "
           "date: (1) the number of allegations of sexual assault, sexual misconduct, sexual "
           "harassment, abuse of position for a sexual purpose and violence against women and "
           "girls made against police officers and police staff; (2) the outcome of each "
           "allegation (dismissed, would have been dismissed, final written warning, written "
           "warning, reflective practice, no case to answer, under investigation).")
FY24, FY25 = FY(2024), FY(2025)
YTD = ("2026-04-01", "2026-11-30")
SENT = "3 December 2026"
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning",
                 "Written warning", "Reflective practice", "No case to answer",
                 "Under investigation"], OCS))
WHEN = dt.datetime(2026, 12, 17, 9, 30, 0)


def request(text=REQUEST):
    return N(text, "the request's years and item numbers")


def rng(name):
    return random.Random("blind37-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(2, 6)
    return k


def rights(force, days="40"):
    return N(f"If you are dissatisfied with this response you may ask for an internal review "
             f"within {days} working days of the date of this letter. If you remain dissatisfied "
             f"you may complain to the Information Commissioner\u2019s Office, Wycliffe House, "
             f"Water Lane, Wilmslow, Cheshire, SK9 5AF (telephone 0303 123 1113).",
             "review window; ICO address and telephone")


# --------------------------------------------------------------------------- local writers
def xlsx_save(wb, src, creator, cached=None):
    bk.xlsx_save(wb, src, creator, cached=cached, when=WHEN)


def docx_finish(d, src, author):
    bk.docx_finish(d, src, author, when=WHEN)


def pdf_furniture(ref_text, marking="OFFICIAL", font="Helvetica"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont(font, 8)
        if marking:
            c.drawCentredString(w / 2, h - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref_text, "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


def eml_read(p):
    return bk.eml_text(p, prefer=("html", "plain"), attachments=True)


def read37(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return eml_read(p)
    return bk.read_back(p)


# =========================================================================== 1-2 Cumbria: a letter whose table is split over two pages (header repeated,
# "continued" notes) and an annex restating 2025/26 by employee type
CUMB_FY25 = {}


def build_cumbria_letter():
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, PageBreak
    src = "cumbria/Cumbria Constabulary FOI 2026-1490 response.pdf"
    KEY.file(src, "cumbria")
    r = rng("cumbria")
    st = bk.styles("Helvetica", 10)
    per = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 to date*", YTD)]
    head = ["Allegation type", "Outcome"] + [N(pl, "column heading (period)") for pl, _ in per]
    vals = {}
    for c in CATS5:
        for pl, p in per:
            vals[(c, p)] = counts(r, hi=4, cat=c, late=p != FY24)
    # officers / staff split of 2025/26, used by the annex
    r2 = rng("cumbria-split")
    for c in CATS5:
        for oc in OCS:
            t = vals[(c, FY25)][oc]
            s = min(t, r2.randint(0, 1) if r2.random() < 0.4 else 0)
            CUMB_FY25[(c, oc)] = (t - s, s)
    body = []
    for c in CATS5:
        for i, (lab, oc) in enumerate(OUT7 + [("Total", "total")]):
            row = [CL[c] if i == 0 else "", lab]
            for pl, p in per:
                v = vals[(c, p)]
                n = sum(v.values()) if oc == "total" else v[oc]
                row.append(F(c, oc, n, p))
            body.append(row)
    cut = 27   # the first three types and three rows of the fourth on page 1
    body[cut][0] = CL[AP] + " (continued)"
    widths = [62 * mm, 50 * mm, 20 * mm, 20 * mm, 24 * mm]

    def tab(rows, first_type_row):
        N(" ".join(head[2:]), "column heading repeated on page 2") if not first_type_row else None
        t = Table([head] + rows, colWidths=widths)
        cmds = [("FONT", (0, 1), (-1, -1), "Helvetica", 8.5)]
        for k, row in enumerate(rows, 1):
            if row[1] == "Total":
                cmds.append(("FONT", (0, k), (-1, k), "Helvetica-Bold", 8.5))
        t.setStyle(bk.grid_style(extra=cmds))
        return t
    story = [
        bk.P("<b>Cumbria Constabulary</b>", st["h"]),
        bk.P("Information Access Team, Carleton Hall, Penrith", st["body"]),
        bk.P(N("Our reference: FOI 2026-1490 &nbsp;&nbsp; 18 December 2026", "reference; date"),
             st["body"]),
        bk.S(8),
        bk.P("Dear requester,", st["body"]),
        bk.P(N(f"Thank you for your request for information received on {SENT}, in which you "
               "asked:", "date"), st["body"]),
        bk.P("<i>" + request() + "</i>", st["body"]),
        bk.P("Cumbria Constabulary holds the information. The table below gives the number of "
             "allegations recorded against police officers and police staff together, with "
             "the outcome of each allegation as at the date of this letter.", st["body"]),
        bk.P(N("* 2026/27 to date covers 1 April 2026 to 30 November 2026.",
               "period definition"), st["body"]),
        bk.P("<b>" + N("Table 1: Allegations by type and outcome", "table number") + "</b>",
             st["body"]),
        tab(body[:cut], True),
        bk.P("<i>" + N("Table 1 continues on page 2.", "table and page number") + "</i>",
             st["small"]),
        PageBreak(),
        bk.P("<b>" + N("Table 1 (continued)", "table number") + "</b>", st["body"]),
        tab(body[cut:], False),
        bk.S(6),
        bk.P(N("Annex A, attached, gives the 2025/26 figures broken down between police officers "
               "and police staff. It was produced from the same extract and agrees with Table 1.",
               "period; table number"), st["body"]),
        bk.S(4),
        bk.P(rights("Cumbria Constabulary"), st["body"]),
        bk.P("Yours sincerely,", st["body"]),
        bk.P("Information Access Team", st["body"]),
    ]
    bk.pdf_letter(src, story, pdf_furniture("FOI 2026-1490"), title="FOI 2026-1490",
                  author="Cumbria Constabulary")


def build_cumbria_annex():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "cumbria/Annex A - FOI 2026-1490 - 2025-26 by employee type.pdf"
    KEY.file(src, "cumbria")
    st = bk.styles("Helvetica", 10)
    abbr = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
            AP: "APSP", VG: "VAWG"}
    head1 = ["Outcome"] + [abbr[c] for c in CATS5 for _ in (0, 1)]
    head2 = [""] + ["Officers", "Staff"] * 5
    rows = [head1, head2]
    for lab, oc in OUT7 + [("All outcomes", "total")]:
        row = [lab]
        for c in CATS5:
            if oc == "total":
                o = sum(CUMB_FY25[(c, x)][0] for x in OCS)
                s = sum(CUMB_FY25[(c, x)][1] for x in OCS)
            else:
                o, s = CUMB_FY25[(c, oc)]
            row += [F(c, oc, o, FY25, subject="officers"), F(c, oc, s, FY25, subject="staff")]
        rows.append(row)
    cmds = [("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(5)]
    cmds += [("SPAN", (0, 0), (0, 1)), ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 8.5),
             ("BACKGROUND", (0, 1), (-1, 1), bk_colour("#D9D9D9")),
             ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5)]
    t = Table(rows, colWidths=[52 * mm] + [21 * mm] * 10)
    t.setStyle(bk.grid_style(extra=cmds))
    story = [bk.P(N("<b>Annex A to FOI 2026-1490</b>", "reference"), st["h"]),
             bk.P(N("Allegations recorded 1 April 2025 to 31 March 2026, by employee type and "
                    "outcome", "period dates"), st["body"]),
             bk.S(6), t, bk.S(6),
             bk.P("APSP = abuse of position for a sexual purpose. VAWG = violence against women "
                  "and girls. Officers = police officers (including special constables); staff = "
                  "police staff and PCSOs.", st["small"])]
    bk.pdf_letter(src, story, pdf_furniture("FOI 2026-1490 Annex A"), pagesize=landscape(A4),
                  title="Annex A", author="Cumbria Constabulary")


def bk_colour(h):
    from reportlab.lib import colors
    return colors.HexColor(h)


# =========================================================================== 3 Thames Valley: a long "Data" sheet (autofilter, frozen header) + a "Summary" pivot
def build_thames_valley():
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "thames-valley/TVP FOI 2026-11873 allegations data.xlsx"
    KEY.file(src, "thames-valley")
    r = rng("tvp")
    wb = openpyxl.Workbook()
    summ = wb.active
    summ.title = "Summary"
    data = wb.create_sheet("Data")
    hdr = ["Financial Year", "Allegation Type", "Outcome", "Employee Type", "Allegations"]
    for j, h in enumerate(hdr, 1):
        c = data.cell(1, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
    per = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 YTD", YTD)]
    subj = [("Police Officer", "officers"), ("Police Staff", "staff")]
    tot = {}
    i = 2
    for pl, p in per:
        N(pl, "period label")
        pass
    for pl, p in per:
        for c in CATS5:
            for sl, sj in subj:
                v = counts(r, hi=5 if sj == "officers" else 2, cat=c, subj=sj, late=p != FY24)
                for lab, oc in OUT7:
                    data.cell(i, 1, pl)
                    data.cell(i, 2, CL[c])
                    data.cell(i, 3, lab)
                    data.cell(i, 4, sl)
                    data.cell(i, 5, int(F(c, oc, v[oc], p, subject=sj)))
                    tot[(c, p)] = tot.get((c, p), 0) + v[oc]
                    i += 1
    # the period labels of the Data sheet: one per data row
    n_rows = i - 2
    for pl, _ in per:
        for _ in range(n_rows // 3 - 1):
            N(pl, "period label (Data column A)")
    data.auto_filter.ref = f"A1:E{i - 1}"
    data.freeze_panes = "A2"
    for col, w in zip("ABCDE", (14, 42, 26, 16, 12)):
        data.column_dimensions[col].width = w
    summ["A1"] = N("Thames Valley Police \u2013 FOI 2026-11873", "reference")
    summ["A1"].font = Font(bold=True, size=12)
    summ["A2"] = ("Sum of Allegations by allegation type and financial year, police officers and "
                  "police staff, all outcomes (from the Data sheet).")
    summ["A3"] = N("2026/27 YTD = 1 April 2026 to 30 November 2026.", "period definition")
    summ["A5"] = "Sum of Allegations"
    summ["B5"] = "Financial Year"
    summ["A6"] = "Allegation Type"
    for j, (pl, p) in enumerate(per, 2):
        summ.cell(6, j, N(pl, "column heading (period)"))
    summ.cell(6, 5, "Grand Total")
    for k in range(5, 7):
        for j in range(1, 6):
            summ.cell(k, j).font = Font(bold=True)
    for k, c in enumerate(CATS5, 7):
        summ.cell(k, 1, CL[c])
        for j, (pl, p) in enumerate(per, 2):
            summ.cell(k, j, int(F(c, "total", tot[(c, p)], p)))
        summ.cell(k, 5, int(N(str(sum(tot[(c, p)] for _, p in per)),
                              "Grand Total across the three periods (not a period of the request)")))
    summ.cell(12, 1, "Grand Total").font = Font(bold=True)
    for j, (pl, p) in enumerate(per, 2):
        summ.cell(12, j, int(N(str(sum(tot[(c, p)] for c in CATS5)),
                               "Grand Total across allegation types")))
    summ.cell(12, 5, int(N(str(sum(tot.values())), "Grand Total of everything")))
    summ.column_dimensions["A"].width = 42
    xlsx_save(wb, src, "TVP Information Access")


# =========================================================================== 4 Metropolitan: a CMS table.responsive with data-label cells, a visually hidden
# caption and <sup><a href> footnote markers
def build_metropolitan():
    src = "metropolitan/mps-foi-01-FOI-26-048812.html"
    KEY.file(src, "metropolitan")
    r = rng("met")
    per = [("Financial year 2024/25", FY24, "fy2425"), ("Financial year 2025/26", FY25, "fy2526"),
           ("2026/27 to date", YTD, "fy2627")]
    heads = ["Allegation type"] + [lab for lab, _ in OUT7] + ["Total"]
    parts = []
    for pl, p, pid in per:
        N(pl, "heading (period)")
        rows = []
        for c in CATS5:
            v = counts(r, hi=9, zero=0.2, cat=c, late=p != FY24)
            lab = E(CL[c])
            if c == SM:
                lab += ' <sup><a href="#fn1" id="ref1-%s">%s</a></sup>' % (pid, N("1", "footnote marker"))
            if c == VG:
                lab += ' <sup><a href="#fn2" id="ref2-%s">%s</a></sup>' % (pid, N("2", "footnote marker"))
            cells = [f'<th scope="row" data-label="Allegation type">{lab}</th>']
            for (ol, oc) in OUT7:
                cells.append(f'<td data-label="{E(ol)}">{F(c, oc, v[oc], p)}</td>')
            cells.append(f'<td data-label="Total"><strong>{F(c, "total", sum(v.values()), p)}'
                         '</strong></td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
        th = "".join(f'<th scope="col">{E(h)}</th>' for h in heads)
        parts.append(
            f'<h3 id="{pid}">{E(pl)}</h3>\n'
            '<div class="table-wrapper"><table class="responsive">\n'
            f'<caption class="visually-hidden">Allegations against officers and staff by type '
            f'and outcome, {E(N(pl, "caption (period)"))}</caption>\n'
            f'<thead><tr>{th}</tr></thead>\n<tbody>\n' + "\n".join(rows) +
            "\n</tbody></table></div>")
    css = ('<style>.visually-hidden{position:absolute!important;width:1px;height:1px;'
           'overflow:hidden;clip:rect(1px,1px,1px,1px);white-space:nowrap}'
           '@media (max-width:640px){table.responsive thead{display:none}'
           'table.responsive td,table.responsive th{display:block}'
           'table.responsive td::before{content:attr(data-label);font-weight:bold;'
           'display:inline-block;width:60%}}</style>')
    body = (
        '<header class="site-header"><a href="/">Metropolitan Police</a>'
        '<nav><a href="/foi-ai/">FOI and information</a> &rsaquo; '
        '<a href="/foi-ai/disclosure-log/">Disclosure log</a></nav></header>\n<main>\n'
        f'<h1>{N("FOI request 01/FOI/26/048812: sexual misconduct allegations against officers and staff", "reference")}</h1>\n'
        f'<p class="meta">{N("Published 21 December 2026", "date")} &middot; Professional Standards</p>\n'
        '<h2>Request</h2>\n'
        f'<blockquote><p>{E(request())}</p></blockquote>\n'
        '<h2>Response</h2>\n'
        '<p>The Metropolitan Police Service (MPS) holds this information. The tables give the '
        'number of allegations recorded against police officers and police staff together, by '
        'type and by the outcome of each allegation. Outcomes are as recorded on '
        f'{N("14 December 2026", "date")}; allegations without a final outcome are shown as under '
        'investigation.</p>\n'
        f'<p>{N("2026/27 to date means 1 April 2026 to 30 November 2026.", "period definition")}</p>\n'
        + "\n".join(parts) +
        '\n<h2>Notes</h2>\n<ol class="footnotes">\n'
        '<li id="fn1">Sexual misconduct includes inappropriate relationships and other sexual '
        'conduct not recorded as assault or harassment. <a href="#ref1-fy2425">Back</a></li>\n'
        '<li id="fn2">' + N('Violence against women and girls is recorded where the allegation is not '
        'recorded under one of the types above.', 'the word "one" (not a count)') + ' <a href="#ref2-fy2425">Back</a></li>\n'
        '</ol>\n'
        f'<p>{rights("MPS")}</p>\n</main>\n'
        f'<footer><p>{N("&copy; Metropolitan Police 2026", "copyright year")}</p></footer>')
    write_text(src, bk.html_page(N("FOI 01/FOI/26/048812 | Metropolitan Police", "reference"), body,
                                 head_extra=css))


# =========================================================================== 5 North Yorkshire: Word letter, cells "3\n(1)" = total and (of which dismissed)
def build_north_yorkshire():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "north-yorkshire/NYP FOI 1266.2026 response.docx"
    KEY.file(src, "north-yorkshire")
    r = rng("nyp")
    d = bk.docx_new("Arial", 11)
    bk.docx_para(d, "North Yorkshire Police", bold=True, size=14)
    bk.docx_para(d, "Civil Disclosure Unit, Alverton Court, Northallerton")
    bk.docx_para(d, N("Our ref: 1266.2026    Date: 22 December 2026", "reference; date"))
    bk.docx_para(d, "Dear Sir or Madam,")
    bk.docx_para(d, N(f"Freedom of Information request \u2013 received {SENT}", "date"), bold=True)
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "North Yorkshire Police holds the information. Our misconduct system records the "
                    "final outcome of each allegation, but the only outcome that can be reported "
                    "without reading each case file is dismissal. The tables therefore give, for "
                    "each allegation type and year, the number of allegations and, in brackets "
                    "beneath it, how many of those allegations led to dismissal.")
    bk.docx_para(d, N("Note: each cell shows the total number of allegations on its first line "
                      "and, in brackets on the second line, the number of those allegations "
                      "where the officer or staff member was dismissed. For example \u201c3 (1)\u201d "
                      "means three allegations, one of which led to dismissal.",
                      "worked example of the cell format"))
    per = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 (1 Apr \u2013 30 Nov 2026)", YTD)]
    for subj, title in (("officers", "Table 1: Police officers"),
                        ("staff", "Table 2: Police staff")):
        bk.docx_para(d, N(title, "table number"), bold=True)
        t = d.add_table(rows=1 + len(CATS5), cols=1 + len(per))
        t.style = "Table Grid"
        docx_cell(t.cell(0, 0), "Allegation type", bold=True)
        docx_shade(t.cell(0, 0), "D9D9D9")
        for j, (pl, p) in enumerate(per, 1):
            docx_cell(t.cell(0, j), N(pl, "column heading (period)"), bold=True,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            docx_shade(t.cell(0, j), "D9D9D9")
        for i, c in enumerate(CATS5, 1):
            docx_cell(t.cell(i, 0), CL[c])
            for j, (pl, p) in enumerate(per, 1):
                tot = r.randint(0, 7 if subj == "officers" else 3)
                if c == AP:
                    tot = r.randint(0, 3)
                dis = 0 if p == YTD and r.random() < 0.6 else r.randint(0, min(tot, 2))
                cell = t.cell(i, j)
                cell.text = ""
                para = cell.paragraphs[0]
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                para.add_run(F(c, "total", tot, p, subject=subj))
                para.add_run().add_break()
                para.add_run("(" + F(c, "dismissed", dis, p, subject=subj) + ")")
        bk.docx_para(d, "")
    bk.docx_para(d, N("Section 12 \u2013 the other outcomes you asked for", "Act section"), bold=True)
    bk.docx_para(d, N("To give the other outcomes (final and written warnings, reflective "
                      "practice, no case to answer and cases still under investigation) we would "
                      "need to read every case file. We estimate that this would take more than "
                      "the 18 hours allowed, and that part of your request is refused under "
                      "section 12(1) of the Freedom of Information Act 2000.",
                      "hours limit; Act section"))
    bk.docx_para(d, rights("North Yorkshire Police"))
    bk.docx_para(d, "Yours faithfully,")
    bk.docx_para(d, "Civil Disclosure Unit")
    docx_finish(d, src, "NYP Civil Disclosure")


# =========================================================================== 6 North Wales: bilingual workbook, two header rows (Welsh first)
def build_north_wales():
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill
    src = "north-wales/HCGC NWP FOI 1904-26.xlsx"
    KEY.file(src, "north-wales")
    r = rng("nwp")
    CY_L = {SA: "Ymosodiad rhywiol", SM: "Camymddwyn rhywiol", SH: "Aflonyddu rhywiol",
            AP: "Camddefnyddio swydd at ddiben rhywiol", VG: "Trais yn erbyn menywod a merched"}
    OUT_CY = ["Diswyddo", "Byddai wedi cael ei ddiswyddo", "Rhybudd ysgrifenedig terfynol",
              "Rhybudd ysgrifenedig", "Ymarfer myfyriol", "Dim achos i\u2019w ateb",
              "Dan ymchwiliad", "Cyfanswm"]
    OUT_EN = [lab for lab, _ in OUT7] + ["Total"]
    ocs = OCS + ["total"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Honiadau - Allegations"
    ws["A1"] = N("Heddlu Gogledd Cymru / North Wales Police \u2013 RhG / FOI 1904-26",
                 "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Honiadau yn erbyn swyddogion heddlu a staff yr heddlu, yn \u00f4l math a "
                "chanlyniad / Allegations against police officers and police staff, by type "
                "and outcome")
    per = [("2024/25", FY24), ("2025/26", FY25),
           ("2026/27 (1 Ebrill \u2013 30 Tachwedd 2026 / 1 April \u2013 30 November 2026)", YTD)]
    row = 4
    fill = PatternFill("solid", fgColor="DDEBF7")
    for pl, p in per:
        ws.cell(row, 1, "Blwyddyn / Year: " + N(pl, "period label")).font = Font(bold=True)
        row += 1
        ws.cell(row, 1, "Math o honiad")
        ws.cell(row + 1, 1, "Allegation type")
        for j, (cy, en) in enumerate(zip(OUT_CY, OUT_EN), 2):
            ws.cell(row, j, cy)
            ws.cell(row + 1, j, en)
        for k in (row, row + 1):
            for j in range(1, 10):
                ws.cell(k, j).font = Font(bold=True, italic=(k == row + 1))
                ws.cell(k, j).fill = fill
                ws.cell(k, j).alignment = Alignment(wrap_text=True, horizontal="center")
        row += 2
        for c in CATS5:
            v = counts(r, hi=4, cat=c, late=p != FY24)
            ws.cell(row, 1, f"{CY_L[c]} / {CL[c]}")
            for j, oc in enumerate(ocs, 2):
                n = sum(v.values()) if oc == "total" else v[oc]
                ws.cell(row, j, int(F(c, oc, n, p)))
            row += 1
        row += 1
    ws.cell(row, 1, "Nodyn: mae\u2019r ffigurau\u2019n cynnwys swyddogion heddlu a staff yr heddlu "
                    "gyda\u2019i gilydd. / Note: the figures include police officers and police "
                    "staff together.")
    ws.column_dimensions["A"].width = 60
    for col in "BCDEFGHI":
        ws.column_dimensions[col].width = 16
    xlsx_save(wb, src, "Heddlu Gogledd Cymru")


# =========================================================================== 7 Merseyside: an HTML-bodied e-mail with a CSV attachment
def build_merseyside():
    src = "merseyside/RE FOI 2026-6405 Merseyside Police response.eml"
    KEY.file(src, "merseyside")
    r = rng("mers")
    per = [("FY2024-25", FY24), ("FY2025-26", FY25), ("FY2026-27 to 30 Nov", YTD)]
    lines = ["Period,Allegation type,Outcome,Officers,Staff"]
    for pl, p in per:
        for c in CATS5:
            vo = counts(r, hi=5, cat=c, late=p != FY24)
            vs = counts(r, hi=2, cat=c, subj="staff", zero=0.6)
            for lab, oc in OUT7 + [("All outcomes", "total")]:
                a = sum(vo.values()) if oc == "total" else vo[oc]
                b = sum(vs.values()) if oc == "total" else vs[oc]
                lines.append(",".join([N(pl, "period label"), f'"{CL[c]}"', lab,
                                       F(c, oc, a, p, subject="officers"),
                                       F(c, oc, b, p, subject="staff")]))
    csv_bytes = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    html = (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">'
        '<p>Dear Ms Fairclough,</p>'
        f'<p><b>{N("Freedom of Information request 2026-6405", "reference")}</b></p>'
        f'<p>{N(f"Thank you for your request of {SENT}. You asked:", "date")}</p>'
        f'<p style="margin-left:2em"><i>{E(request())}</i></p>'
        '<p>Merseyside Police holds this information. The figures are in the attached CSV '
        'file, ' + N('one row', 'the word "one" (not a count)') + ' per period, allegation type and outcome, with separate columns for '
        'police officers and police staff. &ldquo;All outcomes&rdquo; is the number of '
        'allegations of that type in the period.</p>'
        f'<p>{N("FY2026-27 to 30 Nov covers 1 April 2026 to 30 November 2026.", "period definition")}</p>'
        '<p>Outcomes are those recorded at the time of extraction; an allegation still being '
        'investigated is counted as &ldquo;Under investigation&rdquo;.</p>'
        f'<p style="font-size:9pt">{rights("Merseyside Police")}</p>'
        '<p>Kind regards,<br>Joanne<br>Information Access Officer<br>'
        f'Merseyside Police | {N("0151 777 8080", "telephone number")}</p>'
        '</body></html>')
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "Merseyside Police FOI <foi@merseyside.police.uk>"
    msg["To"] = "k.fairclough@example-news.co.uk"
    msg["Date"] = N("Mon, 21 Dec 2026 14:05:33 +0000", "date")
    msg["Subject"] = N("RE: FOI 2026-6405 - sexual misconduct allegations", "reference")
    msg["Message-ID"] = "<20261221140533.6405@merseyside.police.uk>"
    msg.set_content(html, subtype="html", cte="quoted-printable")
    msg.add_attachment(csv_bytes, maintype="text", subtype="csv",
                       filename=N("FOI 2026-6405 data.csv", "reference"))
    msg.set_boundary("==MERS-6405-BOUNDARY==")
    write_bytes(src, msg.as_bytes())


# =========================================================================== 8 Suffolk: plain-text letter, dot leaders in groups per type, a nil sentence
def build_suffolk():
    src = "suffolk/Suffolk Constabulary FOI 003991-26.txt"
    KEY.file(src, "suffolk")
    r = rng("suff")
    per = [("1 April 2024 to 31 March 2025", FY24), ("1 April 2025 to 31 March 2026", FY25),
           ("1 April 2026 to 30 November 2026", YTD)]
    out = [N("SUFFOLK CONSTABULARY - FREEDOM OF INFORMATION REQUEST 003991/26", "reference"),
           "Information Management Department, Martlesham Heath, Ipswich",
           N("Date: 23 December 2026", "date"), "",
           N(f"Thank you for your request dated {SENT}, in which you asked:", "date"), "",
           request(), "",
           "Suffolk Constabulary holds the information. The figures below are for police",
           "officers and police staff together. Each allegation is shown against the",
           "outcome recorded for it.", ""]
    labs = OUT7
    for pl, p in per:
        out.append(N(pl.upper(), "period heading"))
        out.append("=" * len(pl))
        out.append("")
        nil = {FY24: (AP,), FY25: (), YTD: (AP, VG)}[p]
        for c in CATS5:
            if c in nil:
                continue
            v = counts(r, hi=4, cat=c, late=p != FY24)
            if sum(v.values()) == 0:
                v["no_case_to_answer"] = 1
            out.append(f"{CL[c]}")
            for lab, oc in labs:
                if v[oc] == 0 and oc in ("would_have_been_dismissed",):
                    # every outcome is printed, zeros included
                    pass
                out.append(f"  {lab} ".ljust(40, ".") + F(c, oc, v[oc], p).rjust(4))
            out.append(f"  Total ".ljust(40, ".") + F(c, "total", sum(v.values()), p).rjust(4))
            out.append("")
        for c in nil:
            F(c, "total", 0, p, said="There were no allegations of", printed=False)
            out.append(f"There were no allegations of {CL[c].lower()} in this period.")
            out.append("")
    out += ["", rights("Suffolk Constabulary"), "", "Yours sincerely,", "",
            "Information Management Department", "Suffolk Constabulary"]
    write_text(src, "\n".join(out) + "\n", newline="\r\n")


# =========================================================================== 9 South Yorkshire: rolling twelve months; officers and staff combined, staff "fewer than five"
def build_south_yorkshire():
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "south-yorkshire/SYP FOI 20261288 response.pdf"
    KEY.file(src, "south-yorkshire")
    r = rng("syp")
    st = bk.styles("Helvetica", 10)
    P1 = ("2024-12-01", "2025-11-30")
    P2 = ("2025-12-01", "2026-11-30")
    abbr = ["Dism.", "WHBD", "FWW", "WW", "RP", "NCTA", "UI", "Total"]
    story = [bk.P("<b>South Yorkshire Police</b>", st["h"]),
             bk.P("Information Compliance Unit, Carbrook House, Sheffield", st["body"]),
             bk.P(N("FOI reference: 20261288 &nbsp; Date: 18 December 2026", "reference; date"),
                  st["body"]), bk.S(6),
             bk.P(N(f"Your request of {SENT}:", "date"), st["body"]),
             bk.P("<i>" + request() + "</i>", st["body"]),
             bk.P("<b>Our response</b>", st["body"]),
             bk.P(N("South Yorkshire Police reports professional standards data on a rolling "
                    "twelve-month basis and cannot give financial years without a manual "
                    "exercise. We have therefore provided the two most recent rolling periods, "
                    "which together cover most of the period you asked about:",
                    "period length; number of periods"), st["body"]),
             bk.P(N("\u2022 the previous 12 months to 30 November 2025 (1 December 2024 to 30 "
                    "November 2025); and", "period definition"), st["body"]),
             bk.P(N("\u2022 the last 12 months to 30 November 2026 (1 December 2025 to 30 November "
                    "2026).", "period definition"), st["body"]),
             bk.P("The figures are for police officers and police staff combined.", st["body"])]
    for title, p in ((N("Table 1: 12 months to 30 November 2025", "table number; period"), P1),
                     (N("Table 2: last 12 months to 30 November 2026", "table number; period"),
                      P2)):
        rows = [["Allegation type"] + abbr]
        for c in CATS5:
            v = counts(r, hi=6, zero=0.3, cat=c, late=p == P2)
            rows.append([Pw(CL[c])] + [F(c, oc, v[oc], p) for oc in OCS]
                        + [F(c, "total", sum(v.values()), p)])
        t = Table(rows, colWidths=[52 * mm] + [14 * mm] * 8)
        t.setStyle(bk.grid_style(extra=[("FONT", (-1, 1), (-1, -1), "Helvetica-Bold", 8.5)]))
        story += [bk.S(6), bk.P("<b>" + title + "</b>", st["body"]), t]
    story += [bk.S(4),
              bk.P("Key: Dism. dismissed; WHBD would have been dismissed; FWW final written "
                   "warning; WW written warning; RP reflective practice; NCTA no case to answer; "
                   "UI under investigation.", st["small"]),
              bk.S(6), bk.P("<b>Police staff</b>", st["body"])]
    txt = []
    for pl, p in (("12 months to 30 November 2025", P1), ("12 months to 30 November 2026", P2)):
        f1 = F(SH, "total", SUP(0, 4, "s40(2)"), p, subject="staff", said="fewer than five")
        f2 = F(AP, "total", SUP(0, 4, "s40(2)"), p, subject="staff", said="fewer than five")
        txt.append(N(f"In the {pl}, ", "period") + f"{f1} of the sexual harassment allegations "
                   f"and {f2} of the abuse of position allegations counted above were made "
                   "against police staff.")
    story.append(bk.P(" ".join(txt) + " Because the numbers are so small, giving the exact "
                      "figures could identify the individuals concerned; they are withheld under "
                      "section 40(2) of the Act. The combined figures in Tables 1 and 2 are "
                      "unaffected.", st["body"]))
    N("section 40(2) Tables 1 and 2", "Act section; table numbers")
    story += [bk.S(6), bk.P(rights("South Yorkshire Police", "40"), st["body"]),
              bk.P("Yours sincerely, Information Compliance Unit", st["body"])]
    bk.pdf_letter(src, story, pdf_furniture("SYP FOI 20261288", marking="OFFICIAL"),
                  title="FOI 20261288", author="South Yorkshire Police")


def Pw(text):
    from reportlab.lib.styles import ParagraphStyle
    return bk.P(text, ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10))


# =========================================================================== 10 Ministry of Defence Police: part answered, 2024/25 refused under s12;
# one Word table with a merged period row above each block of outcome rows, types across
def build_ministry_of_defence():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "ministry-of-defence/MDP FOI 2026-10417 response.docx"
    KEY.file(src, "ministry-of-defence")
    r = rng("mdp")
    d = bk.docx_new("Arial", 11)
    bk.docx_para(d, "Ministry of Defence Police", bold=True, size=14)
    bk.docx_para(d, "Secretariat and Information Rights, Wethersfield, Braintree")
    bk.docx_para(d, N("Reference: FOI 2026/10417", "reference"))
    bk.docx_para(d, N("21 December 2026", "date"))
    bk.docx_para(d, N(f"Thank you for your email of {SENT}, in which you requested:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Part of your request \u2013 figures from 1 April 2025", "date"), bold=True)
    bk.docx_para(d, N("The Ministry of Defence Police moved to a new professional standards case "
                      "system on 1 April 2025. For allegations recorded from that date the "
                      "information is held and is given in the table below, for police officers "
                      "and police staff together. \u201c2026/27 to date\u201d covers 1 April 2026 "
                      "to 30 November 2026.", "dates; period definition"))
    abbr = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
            AP: "Abuse of position for a sexual purpose", VG: "VAWG"}
    per = [("Financial year 2025/26 (1 April 2025 \u2013 31 March 2026)", FY25),
           ("2026/27 to date", YTD)]
    nrow = 1 + len(per) * 9
    t = d.add_table(rows=nrow, cols=6)
    t.style = "Table Grid"
    docx_cell(t.cell(0, 0), "Outcome", bold=True)
    docx_shade(t.cell(0, 0), "BFBFBF")
    for j, c in enumerate(CATS5, 1):
        docx_cell(t.cell(0, j), abbr[c], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        docx_shade(t.cell(0, j), "BFBFBF")
    i = 1
    for pl, p in per:
        m = t.cell(i, 0).merge(t.cell(i, 5))
        docx_cell(m, N(pl, "period row"), bold=True)
        docx_shade(m, "E7E6E6")
        i += 1
        vs = {c: counts(r, hi=3, zero=0.5, cat=c, late=p == YTD) for c in CATS5}
        for lab, oc in OUT7 + [("Total", "total")]:
            docx_cell(t.cell(i, 0), lab, bold=(oc == "total"))
            for j, c in enumerate(CATS5, 1):
                n = sum(vs[c].values()) if oc == "total" else vs[c][oc]
                docx_cell(t.cell(i, j), F(c, oc, n, p), bold=(oc == "total"),
                          align=WD_ALIGN_PARAGRAPH.CENTER)
            i += 1
    bk.docx_para(d, "VAWG = violence against women and girls.")
    bk.docx_para(d, N("Part of your request \u2013 2024/25: section 12", "period; Act section"), bold=True)
    for c in CATS5:
        F(c, "total", REF("s12"), FY24)
    bk.docx_para(d, N("Allegations recorded between 1 April 2024 and 31 March 2025 are held only "
                      "on the legacy system and in paper case files, which do not record the "
                      "allegation type in a searchable field. To identify the relevant "
                      "allegations we would need to review around 640 case files at an estimated "
                      "10 minutes each, about 107 hours, well beyond the 24 hours (\u00a3600) "
                      "limit that applies to central government. This part of your request, for "
                      "every allegation type and outcome in 2024/25, is therefore refused under "
                      "section 12(1) of the Freedom of Information Act 2000.",
                      "dates; cost estimate; hours and cost limit; Act section"))
    bk.docx_para(d, N("Under section 16 we suggest that a request limited to six months of "
                      "2024/25 may be possible.", "Act section; advice"))
    bk.docx_para(d, rights("Ministry of Defence Police"))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "MDP Secretariat")
    docx_finish(d, src, "MDP Sec")


# =========================================================================== 11 Civil Nuclear Constabulary: a short prose letter, mostly nil returns
def build_civil_nuclear():
    src = "civil-nuclear/CNC FOI 26-212 response.pdf"
    KEY.file(src, "civil-nuclear")
    st = bk.styles("Times-Roman", 11)
    W = bk.WORDS
    story = [bk.P("<b>Civil Nuclear Constabulary</b>", st["h"]),
             bk.P("Freedom of Information, Culham Science Centre, Abingdon", st["body"]),
             bk.P(N("Our reference: FOI 26/212 &nbsp;&nbsp; 17 December 2026", "reference; date"),
                  st["body"]), bk.S(6),
             bk.P(N(f"Thank you for your request of {SENT}. You asked:", "date"), st["body"]),
             bk.P("<i>" + request() + "</i>", st["body"]),
             bk.P("The Civil Nuclear Constabulary holds the information. The numbers are small "
                  "and are given in words below; they cover police officers and police staff "
                  "together.", st["body"])]
    # (period label, period, {cat: {outcome: n}})
    data = [("2024/25", FY24, {SM: {"final_written_warning": 1, "management_action": 1}}),
            ("2025/26", FY25, {SH: {"written_warning": 1, "no_case_to_answer": 2},
                               SA: {"dismissed": 1}}),
            ("2026/27 (1 April to 30 November 2026)", YTD, {SH: {"ongoing": 1}})]
    phr = {"dismissed": "led to dismissal", "final_written_warning": "a final written warning",
           "written_warning": "a written warning", "management_action": "reflective practice",
           "no_case_to_answer": "no case to answer", "ongoing": "is still under investigation"}
    for pl, p, d in data:
        story.append(bk.P("<b>" + N(pl, "period heading") + "</b>", st["body"]))
        sents = []
        for c in CATS5:
            if c not in d:
                continue
            tot = sum(d[c].values())
            t = F(c, "total", tot, p, said=W[tot])
            parts = []
            for oc, n in d[c].items():
                w = F(c, oc, n, p, said=W[n])
                if oc == "ongoing":
                    parts.append(f"{w} {phr[oc]}")
                elif oc == "dismissed":
                    parts.append(f"{w} {phr[oc]}")
                else:
                    parts.append(f"{w} resulted in {phr[oc]}")
            noun = "allegation" if tot == 1 else "allegations"
            sents.append(f"There {'was' if tot == 1 else 'were'} {t} {noun} of "
                         f"{CL[c].lower()}: " + " and ".join(parts) + ".")
        nil = [c for c in CATS5 if c not in d]
        for c in nil:
            F(c, "total", 0, p, said="There were no allegations of", printed=False)
        names = [CL[c].lower() for c in nil]
        sents.append("There were no allegations of " + ", ".join(names[:-1]) + " or "
                     + names[-1] + " in this period.")
        story.append(bk.P(" ".join(sents), st["body"]))
    story += [bk.S(4), bk.P(rights("Civil Nuclear Constabulary"), st["body"]),
              bk.P("Yours sincerely, FOI Team", st["body"])]
    bk.pdf_letter(src, story, pdf_furniture("CNC FOI 26/212", marking="", font="Times-Roman"),
                  title="FOI 26/212", author="Civil Nuclear Constabulary")


# =========================================================================== 12 PSNI: half-year columns ("Apr-Sep 2024", "Oct 2024 - Mar 2025") then outcomes per year
def build_psni():
    src = "psni/psni-foi-2026-02231-disclosure.html"
    KEY.file(src, "psni")
    r = rng("psni")
    halves = [("Apr-Sep 2024", bk.MRANGE(2024, 4, 2024, 9)),
              ("Oct 2024 - Mar 2025", bk.MRANGE(2024, 10, 2025, 3)),
              ("Apr-Sep 2025", bk.MRANGE(2025, 4, 2025, 9)),
              ("Oct 2025 - Mar 2026", bk.MRANGE(2025, 10, 2026, 3)),
              ("Apr-Nov 2026", bk.MRANGE(2026, 4, 2026, 11))]
    oc_by = {}
    for fy in (FY24, FY25):
        for c in CATS5:
            oc_by[(c, fy)] = counts(r, hi=4, cat=c, late=fy == FY25)
    h_tot = {}
    for c in CATS5:
        for fy, (a, b) in ((FY24, (0, 1)), (FY25, (2, 3))):
            t = sum(oc_by[(c, fy)].values())
            first = r.randint(0, t)
            h_tot[(c, a)], h_tot[(c, b)] = first, t - first
        h_tot[(c, 4)] = r.randint(0, 5 if c != AP else 2)
    th = "".join(f'<th scope="col">{E(N(hl, "column heading (half-year)"))}</th>'
                 for hl, _ in halves)
    rows1 = []
    for c in CATS5:
        tds = "".join(f"<td>{F(c, 'total', h_tot[(c, k)], hp)}</td>"
                      for k, (hl, hp) in enumerate(halves))
        rows1.append(f'<tr><th scope="row">{E(CL[c])}</th>{tds}</tr>')
    parts = [f'<table class="table table-striped">\n<thead><tr><th scope="col">Allegation type'
             f'</th>{th}</tr></thead>\n<tbody>\n' + "\n".join(rows1) + "\n</tbody></table>"]
    for fl, fy in (("2024/25", FY24), ("2025/26", FY25)):
        heads = "".join(f'<th scope="col">{E(lab)}</th>' for lab, _ in OUT7)
        rows = []
        for c in CATS5:
            v = oc_by[(c, fy)]
            tds = "".join(f"<td>{F(c, oc, v[oc], fy)}</td>" for _, oc in OUT7)
            tds += f"<td><b>{F(c, 'total', sum(v.values()), fy)}</b></td>"
            rows.append(f'<tr><th scope="row">{E(CL[c])}</th>{tds}</tr>')
        parts.append(f'<h3>{N(f"Outcomes: financial year {fl}", "heading (period)")}</h3>\n'
                     f'<table class="table table-striped">\n<thead><tr><th scope="col">Allegation '
                     f'type</th>{heads}<th scope="col">Total {N(fl, "column heading (period)")}'
                     '</th></tr></thead>\n<tbody>\n' + "\n".join(rows) + "\n</tbody></table>")
    body = (
        '<div class="container"><nav class="breadcrumb"><a href="/">PSNI</a> / '
        '<a href="/foi-disclosure-log">FOI disclosure log</a></nav>\n'
        f'<h1>{N("F-2026-02231 Sexual misconduct allegations against officers and staff", "reference")}</h1>\n'
        f'<p><strong>Date of response:</strong> {N("22/12/2026", "date")}</p>\n'
        '<h2>Request</h2>\n'
        f'<p>{E(request())}</p>\n'
        '<h2>Answer</h2>\n'
        '<p>The Police Service of Northern Ireland (PSNI) can confirm that it holds the '
        'information. Professional Standards Department reports allegations by half-year '
        f'(April to September and October to March). {N("Table 1", "table number")} gives the '
        'number of allegations recorded against police officers and police staff together in '
        'each half-year, including the current half-year to 30 November 2026.</p>\n'
        f'<h3>{N("Table 1: allegations recorded by half-year", "table number")}</h3>\n'
        + parts[0] +
        f'\n<p>{N("Tables 2 and 3", "table numbers")} give the outcome of each allegation '
        'recorded in the two complete financial years; the Total column is the year\u2019s total '
        'for the type (the sum of its two half-years in Table 1). Outcomes for allegations '
        'recorded since 1 April 2026 are not yet final and are not included.</p>\n'
        + "\n".join(parts[1:]) +
        f'\n<p>{rights("PSNI", "40")}</p>\n</div>')
    N("1 April 2026 30 November 2026", "dates")
    N("two two 1", "\"two complete financial years\", \"two half-years\", Table 1")
    write_text(src, bk.html_page(N("F-2026-02231 | PSNI", "reference"), body))


# =========================================================================== 13 Hampshire: Word letter answering Q1 and Q2 in turn; "<5" = one to four
def build_hampshire():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "hampshire/HC FOI 2026-04587 response.docx"
    KEY.file(src, "hampshire")
    r = rng("hants")
    d = bk.docx_new("Calibri", 11)
    bk.docx_para(d, "Hampshire and Isle of Wight Constabulary", bold=True, size=14)
    bk.docx_para(d, N("Freedom of Information \u2013 reference HC/FOI/2026/04587", "reference"))
    bk.docx_para(d, N("Date of response: 23 December 2026", "date"))
    bk.docx_para(d, N(f"Request received: {SENT}", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Question 1 \u2013 number of allegations", "question number"), bold=True)
    per = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 (to 30 November)", YTD)]
    t = d.add_table(rows=1 + 2 * len(CATS5), cols=2 + len(per))
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", "Employee type"]
                          + [N(pl, "column heading (period)") for pl, _ in per]):
        docx_cell(t.cell(0, j), h, bold=True)
        docx_shade(t.cell(0, j), "DEEAF6")
    tot = {}
    i = 1
    for c in CATS5:
        m = t.cell(i, 0).merge(t.cell(i + 1, 0))
        docx_cell(m, CL[c])
        for k, (sl, sj) in enumerate((("Police officers", "officers"), ("Police staff", "staff"))):
            docx_cell(t.cell(i + k, 1), sl)
            for j, (pl, p) in enumerate(per, 2):
                n = r.randint(0, 8 if sj == "officers" else 3)
                if c == AP:
                    n = r.randint(0, 2)
                tot[(c, p, sj)] = n
                docx_cell(t.cell(i + k, j), F(c, "total", n, p, subject=sj),
                          align=WD_ALIGN_PARAGRAPH.CENTER)
        i += 2
    bk.docx_para(d, "")
    bk.docx_para(d, N("Question 2 \u2013 outcomes", "question number"), bold=True)
    bk.docx_para(d, "The outcomes below are for police officers and police staff together, for "
                    "the two complete financial years. Outcomes for 2026/27 are not yet final and "
                    "have not been provided. Where an outcome applies to between one and four "
                    "allegations it is shown as \u201c<5\u201d: the exact number could identify "
                    "the people involved and is withheld under section 40(2).")
    N("2026/27 40(2) 5", "period; Act section; the suppression threshold")
    N("one four", "the suppression range (one to four)")
    N("two", "\"the two complete financial years\"")
    for pl, p in per[:2]:
        bk.docx_para(d, N(f"Financial year {pl}", "heading (period)"), bold=True)
        t2 = d.add_table(rows=1 + len(OUT7) + 1, cols=1 + len(CATS5))
        t2.style = "Table Grid"
        docx_cell(t2.cell(0, 0), "Outcome", bold=True)
        ab = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
              AP: "Abuse of position (sexual purpose)", VG: "VAWG"}
        for j, c in enumerate(CATS5, 1):
            docx_cell(t2.cell(0, j), ab[c], bold=True)
        # the outcomes of each type add up to Q1's officers + staff
        for j, c in enumerate(CATS5, 1):
            total = tot[(c, p, "officers")] + tot[(c, p, "staff")]
            left = total
            vals = {}
            for oc in OCS[:-1]:
                x = r.randint(0, min(left, 3)) if r.random() < 0.5 else 0
                vals[oc] = x
                left -= x
            vals["ongoing"] = left
            for k, (lab, oc) in enumerate(OUT7, 1):
                docx_cell(t2.cell(k, 0), lab)
                n = vals[oc]
                txt = (F(c, oc, SUP(1, 4, "s40(2)"), p, said="<5") if 1 <= n <= 4
                       else F(c, oc, n, p))
                docx_cell(t2.cell(k, j), txt, align=WD_ALIGN_PARAGRAPH.CENTER)
            docx_cell(t2.cell(len(OUT7) + 1, 0), "Total", bold=True)
            docx_cell(t2.cell(len(OUT7) + 1, j), F(c, "total", total, p), bold=True,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
        bk.docx_para(d, "")
    bk.docx_para(d, "VAWG = violence against women and girls.")
    bk.docx_para(d, rights("Hampshire and Isle of Wight Constabulary"))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Information Management Unit")
    docx_finish(d, src, "HIOWC Information Management")


# =========================================================================== 14 West Yorkshire: a wide CSV whose headers join period and employee type
def build_west_yorkshire():
    src = "west-yorkshire/WYP_FOI_2026-8812_PSD_extract.csv"
    KEY.file(src, "west-yorkshire")
    r = rng("wyp")
    per = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 YTD", YTD)]
    cols = [(pl, p, sl, sj) for pl, p in per
            for sl, sj in (("Officers", "officers"), ("Staff", "staff"))]
    head = ["Allegation Type", "Outcome"] + [N(f"{pl} {sl}", "column heading (period)")
                                             for pl, _, sl, _ in cols]
    lines = [",".join(head)]
    for c in CATS5:
        vs = {(p, sj): counts(r, hi=6 if sj == "officers" else 2, cat=c, subj=sj,
                              late=p != FY24, zero=0.35)
              for _, p, _, sj in cols}
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = [CL[c], lab]
            for _, p, _, sj in cols:
                v = vs[(p, sj)]
                cells.append(F(c, oc, sum(v.values()) if oc == "total" else v[oc], p,
                               subject=sj))
            lines.append(",".join(cells))
    lines.append("")
    lines.append(N('"Source: Centurion, extracted 14/12/2026. 2026/27 YTD = 01/04/2026 to '
                   '30/11/2026. Officers includes special constables; Staff includes PCSOs."',
                   "extraction date; period definition"))
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind37-", read=read37))
