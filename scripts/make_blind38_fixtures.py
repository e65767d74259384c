#!/usr/bin/python3
"""make_blind38.py -- the thirty-eighth blind test batch for `foi` and its answer key.

The request, sent on 1 December 2026: for each of the last two complete years and for the
current year to date, the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and the outcome of each.  Forces answer in financial
or calendar years as they hold the data.  See NOTES-blind38.md.  The machinery (F/L/N
accounting, writers, read_back, check) is scripts/blindkit.py (not edited); the ODS writer,
the custom-number-format cell reader and the .eml/.ods read-back are local.

usage: /usr/bin/python3 make_blind38_fixtures.py    # rebuild fixtures/blind38 (or $FOI_BLIND38_OUT)
       /usr/bin/python3 make_blind38.py check       # verify determinism and every number
       /usr/bin/python3 make_blind38.py dump FILE   # show FILE (relative to the batch) as read back
"""
import datetime as dt
import email
import email.message
import email.policy
import io
import os
import random
import sys
import zipfile
from pathlib import Path

try:
    import reportlab  # noqa: F401
except ImportError:
    os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, SUP, REF, NH, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade)

FINAL = Path(os.environ.get("FOI_BLIND38_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind38").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST = ("Please tell me, for each of the last two complete years and for the current year "
           "to date: 1. how many allegations of sexual assault, sexual misconduct, sexual "
           "harassment, abuse of position for a sexual purpose and violence against women and "
           "girls were made against your police officers and police staff; 2. the outcome of "
           "each allegation.")
FY24, FY25 = FY(2024), FY(2025)
FYTD = ("2026-04-01", "2026-11-30")
CY24, CY25 = CY(2024), CY(2025)
CYTD = ("2026-01-01", "2026-11-30")
SENT = "1 December 2026"
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning",
                 "Written warning", "Reflective practice", "No case to answer",
                 "Under investigation"], OCS))
ABBR = {"dismissed": "Dism.", "would_have_been_dismissed": "WHBD",
        "final_written_warning": "FWW", "written_warning": "WW", "management_action": "RP",
        "no_case_to_answer": "NCTA", "ongoing": "UI"}
WHEN = dt.datetime(2026, 12, 18, 10, 15, 0)


def request(text=REQUEST):
    return N(text, "the request's item numbers")


def rng(name):
    return random.Random("blind38-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False):
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in OCS}
    if late:
        k["ongoing"] += r.randint(2, 5)
    k["total"] = sum(k[oc] for oc in OCS)
    return k


def rights(days="40"):
    return N(f"If you are unhappy with the way your request has been handled you may ask for an "
             f"internal review within {days} working days of the date of this response. If you "
             f"remain unhappy you may complain to the Information Commissioner\u2019s Office, "
             f"Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF (0303 123 1113).",
             "review window; ICO address and telephone")


# --------------------------------------------------------------------------- local writers / readers
def xlsx_save(wb, src, creator):
    bk.xlsx_save(wb, src, creator, when=WHEN)


def docx_finish(d, src, author):
    bk.docx_props(d, author, when=WHEN)
    p = bk.dest(src)
    d.save(p)
    bk.normalise_zip(p)


def pdf_furniture(ref_text, marking="OFFICIAL", font="Helvetica"):
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont(font, 8)
        if marking:
            c.drawCentredString(w / 2, h - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref_text, "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


def xcell(c):
    """A cell as the sheet shows it: a conditional custom format [<5]"<5" shows <5."""
    v = c.value
    fmt = c.number_format or ""
    if isinstance(v, (int, float)) and '[<5]"<5"' in fmt and 0 < v < 5:
        v = "<5"
    elif isinstance(v, float) and v == int(v):
        v = int(v)
    return f"[{c.coordinate}] {v}"


def read38(path):
    p = Path(path)
    suf = p.suffix.lower()
    if suf == ".eml":
        return bk.eml_text(p, prefer=("plain",), attachments=True)
    if suf == ".ods":
        return bk.odt_text(p)
    if suf == ".xlsx":
        return bk.xlsx_text(p, xcell)
    return bk.read_back(p)


def zip_fixed(members):
    """A zip with fixed times; the first member (an OpenDocument mimetype) stored."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, bk.FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if i == 0 else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return buf.getvalue()


# =========================================================================== 1 Greater Manchester: XLSX whose cells hold the real
# number but a conditional custom format shows "<5"
def build_greater_manchester():
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill
    src = "greater-manchester/GMP FOI 2026-11402 allegations.xlsx"
    KEY.file(src, "greater-manchester")
    r = rng("gmp")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = N("FOI 2026-11402", "reference (sheet name)")
    fmt = '[=0]0;[<5]"<5";0'
    ws["A1"] = "Greater Manchester Police \u2013 Professional Standards Branch"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = N("Freedom of Information request 2026-11402: allegations against police officers "
                 "and police staff, by financial year", "reference")
    ws["A3"] = N("Counts are allegations recorded between 1 April 2024 and 30 November 2026. "
                 "Officers and staff are counted together.", "period of the extract")
    row = 5
    per = [("Financial year 2024/25", FY24), ("Financial year 2025/26", FY25),
           ("Financial year 2026/27 (1 April to 30 November 2026)", FYTD)]
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="D9D9D9")
    for pl, p in per:
        ws.cell(row, 1, N(pl, "period heading")).font = Font(bold=True, size=12)
        row += 1
        ws.cell(row, 1, "Outcome").font = bold
        ws.cell(row, 1).fill = grey
        for j, c in enumerate(CATS5, 2):
            x = ws.cell(row, j, CL[c])
            x.font = bold
            x.fill = grey
            x.alignment = Alignment(wrap_text=True, horizontal="center")
        row += 1
        vals = {c: counts(r, hi=11, zero=0.25, cat=c, late=p != FY24) for c in CATS5}
        for lab, oc in OUT7 + [("Total allegations", "total")]:
            ws.cell(row, 1, lab)
            if oc == "total":
                ws.cell(row, 1).font = bold
            for j, c in enumerate(CATS5, 2):
                n = vals[c][oc]
                if 0 < n < 5:
                    F(c, oc, SUP(0, 4, "s40(2)"), p, said="<5")
                else:
                    F(c, oc, n, p)
                x = ws.cell(row, j, n)
                x.number_format = fmt
                x.alignment = Alignment(horizontal="center")
                if oc == "total":
                    x.font = bold
            row += 1
        row += 1
    ws.cell(row, 1, N("Figures below 5 are shown as <5 to reduce the risk of identifying "
                      "individuals (section 40(2) of the Freedom of Information Act 2000).",
                      "suppression legend; Act section and year"))
    ws.cell(row + 1, 1, "Under investigation includes allegations awaiting a misconduct meeting "
                        "or hearing.")
    ws.column_dimensions["A"].width = 34
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16
    xlsx_save(wb, src, "GMP Information Compliance")


# =========================================================================== 2 Staffordshire: workbook whose first sheet is the
# covering letter typed into cells (figures in its prose), the second the table
def build_staffordshire():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "staffordshire/Staffordshire Police FOI 7731 response.xlsx"
    KEY.file(src, "staffordshire")
    r = rng("staffs")
    per = [("2024", CY24), ("2025", CY25), ("2026 (to 30 November)", CYTD)]
    wb = openpyxl.Workbook()
    let = wb.active
    let.title = "Response"
    tab = wb.create_sheet("Table")
    tab["A1"] = N("Allegations against police officers and police staff, by calendar year "
                  "(FOI 7731)", "reference")
    tab["A1"].font = Font(bold=True)
    head = ["Allegation type", "Outcome"] + [N(pl, "column heading (period)") for pl, _ in per]
    for j, h in enumerate(head, 1):
        tab.cell(3, j, h).font = Font(bold=True)
    row = 4
    vals = {}
    for c in CATS5:
        for pl, p in per:
            vals[(c, p)] = counts(r, hi=5, cat=c, late=p == CYTD)
        for lab, oc in OUT7 + [("Total", "total")]:
            tab.cell(row, 1, CL[c])
            tab.cell(row, 2, lab)
            for j, (pl, p) in enumerate(per, 3):
                tab.cell(row, j, int(F(c, oc, vals[(c, p)][oc], p)))
            if oc == "total":
                for j in range(1, 6):
                    tab.cell(row, j).font = Font(bold=True)
            row += 1
    tab.column_dimensions["A"].width = 40
    tab.column_dimensions["B"].width = 28
    # the covering letter, one paragraph a cell
    big = max(CATS5, key=lambda c: (vals[(c, CY25)]["total"], c))
    sa25 = vals[(SA, CY25)]["total"]
    st25 = 2 if sa25 >= 4 else (1 if sa25 else 0)
    paras = [
        ("Staffordshire Police", True),
        (N("Freedom of Information Unit, PO Box 3167, Stafford, ST16 9JZ", "PO box; postcode"), False),
        (N("Request number: 7731    Date: 18 December 2026", "reference; date"), False),
        ("", False),
        ("Dear Sir or Madam,", False),
        (N(f"Thank you for your request dated {SENT}, which read:", "date"), False),
        (request(), False),
        ("Staffordshire Police records misconduct allegations by calendar year. The table on the "
         "sheet named \u201cTable\u201d gives the number of allegations made against police "
         "officers and police staff together, by type and outcome, for the calendar years 2024 "
         "and 2025 and for 2026 up to 30 November.".replace("2024", N("2024", "period"))
         .replace("2025", N("2025", "period")).replace("2026", N("2026", "period"))
         .replace("30", N("30", "date")), False),
        (L("The largest category in 2025 was {lab}, with {n} allegations. Of the {sa} "
           "allegations of sexual assault recorded in 2025, {st} were made against members of "
           "police staff and the remainder against police officers.",
           "period",
           lab=CL[big].lower(), n=F(big, "total", vals[(big, CY25)]["total"], CY25,
                                    restated=True),
           sa=F(SA, "total", sa25, CY25, restated=True) if big != SA else
           F(SA, "total", sa25, CY25, restated=True),
           st=F(SA, "total", st25, CY25, subject="staff")), False),
        ("Outcomes are recorded as at the date of this response; \u201cUnder investigation\u201d "
         "covers allegations that are still open.", False),
        (rights(), False),
        ("Yours faithfully,", False),
        ("Freedom of Information Unit", False),
    ]
    for i, (t, b) in enumerate(paras, 1):
        if t:
            let.cell(i, 1, t).font = Font(bold=b)
            let.cell(i, 1).alignment = Alignment(wrap_text=True, vertical="top")
    let.column_dimensions["A"].width = 110
    xlsx_save(wb, src, "Staffordshire Police FOI Unit")


# =========================================================================== 3 Durham: Word table transposed (years as rows with a
# subtotal row per year, outcomes as columns), continuing in a landscape section
def build_durham():
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm, Pt
    src = "durham/Durham Constabulary FOI 2026-1688 response.docx"
    KEY.file(src, "durham")
    r = rng("durham")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_para(d, "Durham Constabulary", bold=True, size=14)
    bk.docx_para(d, N("Freedom of Information \u2013 Our reference 2026/1688 \u2013 "
                      "17 December 2026", "reference; date"))
    bk.docx_para(d, N(f"Your request of {SENT} asked:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "The information is held and is set out in the table below. Durham "
                    "Constabulary reports professional standards data by financial year; the "
                    "current year is given up to the end of November. Each row is an allegation "
                    "type within a year; the Subtotal row of each year adds the types together. "
                    "Police officers and police staff are counted together.")
    per = [("Between 01/04/2024 and 31/03/2025", FY24), ("Between 01/04/2025 and 31/03/2026", FY25),
           ("Between 01/04/2026 and 30/11/2026", FYTD)]
    head = ["Year", "Allegation type"] + [ABBR[oc] for oc in OCS] + ["Total"]

    def table(pers):
        t = d.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for j, h in enumerate(head):
            docx_cell(t.rows[0].cells[j], h, bold=True, size=8)
            docx_shade(t.rows[0].cells[j], "BFBFBF")
        bk.docx_repeat_header(t.rows[0])
        for pl, p in pers:
            first = len(t.rows)
            sub = {oc: 0 for oc in OCS + ["total"]}
            for c in CATS5:
                v = counts(r, hi=5, cat=c, late=p == FYTD)
                cells = t.add_row().cells
                docx_cell(cells[1], CL[c], size=8)
                for j, oc in enumerate(OCS + ["total"], 2):
                    docx_cell(cells[j], F(c, oc, v[oc], p), size=8, bold=oc == "total")
                    sub[oc] += v[oc]
            cells = t.add_row().cells
            docx_cell(cells[1], "Subtotal", bold=True, size=8)
            for j, oc in enumerate(OCS + ["total"], 2):
                docx_cell(cells[j], N(str(sub[oc]), "subtotal over allegation types"),
                          bold=True, size=8)
                docx_shade(cells[j], "E7E6E6")
            docx_shade(cells[1], "E7E6E6")
            top = t.rows[first].cells[0]
            m = top.merge(t.rows[len(t.rows) - 1].cells[0])
            docx_cell(m, N(pl, "period (row label)"), bold=True, size=8)
            for _ in range(len(t.rows) - 1 - first):   # read back once per row of the merge
                N(pl, "period (row label) of a vertically merged cell")
        return t
    bk.docx_para(d, N("Table 1 \u2013 Allegations by year, type and outcome", "table number"),
                 bold=True)
    table(per[:1])
    bk.docx_para(d, N("Table 1 continues overleaf (landscape).", "table number"), italic=True)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    bk.docx_para(d, N("Table 1 (continued)", "table number"), bold=True)
    table(per[1:])
    bk.docx_para(d, "Key: Dism. = dismissed; WHBD = would have been dismissed; FWW = final "
                    "written warning; WW = written warning; RP = reflective practice; NCTA = no "
                    "case to answer; UI = under investigation.")
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Cm(21.0), Cm(29.7)
    bk.docx_para(d, rights())
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Disclosure Unit, Durham Constabulary")
    for p_ in d.paragraphs:
        for run in p_.runs:
            if run.font.size is None:
                run.font.size = Pt(10)
    docx_finish(d, src, "Durham Constabulary Disclosure Unit")


# =========================================================================== 4 Cleveland: HTML page, tables inside <figure> with a
# <figcaption>, totals repeated in an <ol> summary
def build_cleveland():
    src = "cleveland/cleveland-police-foi-2026-0977.html"
    KEY.file(src, "cleveland")
    r = rng("clev")
    per = [("24/25", FY24), ("25/26", FY25), ("26/27 (to 30 November)", FYTD)]
    figs, summ = [], []
    for k, (pl, p) in enumerate(per, 1):
        vals = {c: counts(r, hi=4, cat=c, late=p == FYTD) for c in CATS5}
        rows = ["<tr><th scope=\"col\">Outcome</th>" + "".join(
            f"<th scope=\"col\">{E(CL[c])}</th>" for c in CATS5) + "</tr>"]
        for lab, oc in OUT7 + [("Total", "total")]:
            tds = "".join(f"<td>{F(c, oc, vals[c][oc], p)}</td>" for c in CATS5)
            tag = ' class="total"' if oc == "total" else ""
            rows.append(f"<tr{tag}><th scope=\"row\">{lab}</th>{tds}</tr>")
        cap = N(f"Figure {k}: allegations against officers and staff, {pl}",
                "figure number; period")
        figs.append(f'<figure class="data-table" id="fig{k}">\n<table>\n'
                    + "\n".join(rows) + f"\n</table>\n<figcaption>{cap}</figcaption>\n</figure>")
        parts = [f"{F(c, 'total', vals[c]['total'], p, restated=True)} "
                 f"{'allegations of ' + CL[c].lower() if c == SA else 'of ' + CL[c].lower()}"
                 for c in CATS5]
        summ.append(f"<li><strong>{N(pl, 'period')}:</strong> " + ", ".join(parts[:-1])
                    + " and " + parts[-1] + ".</li>")
    body = (
        '<header><p class="site">Cleveland Police</p><nav><a href="/foi">Freedom of '
        'Information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a></nav></header>\n'
        '<main>\n<h1>' + N("FOI 2026/0977 \u2013 Sexual misconduct allegations against officers and staff",
                           "reference") + '</h1>\n'
        '<p class="meta">' + N("Published 21 December 2026", "date") + '</p>\n'
        '<h2>Request</h2>\n<blockquote>' + E(request()) + '</blockquote>\n'
        '<h2>Response</h2>\n'
        '<p>Cleveland Police holds this information for financial years. The figures below '
        'count allegations recorded against police officers and police staff together. '
        + N("26/27 covers 1 April 2026 to 30 November 2026.", "period definition") + '</p>\n'
        '<h3>Summary</h3>\n<ol class="summary">\n' + "\n".join(summ) + '\n</ol>\n'
        '<h3>Outcomes</h3>\n' + "\n".join(figs) + '\n'
        '<p>An allegation may still be under investigation at the date of this response.</p>\n'
        '<p class="small">' + rights() + '</p>\n</main>\n'
        '<footer><p>' + N("\u00a9 Cleveland Police 2026", "copyright year") + '</p></footer>')
    head = ('<style>figure{margin:1em 0}figcaption{font-weight:bold;caption-side:top}'
            'table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}'
            'tr.total{font-weight:bold}</style>\n')
    write_text(src, bk.html_page(N("FOI 2026/0977 | Cleveland Police", "reference (page title)"), body, head))


# =========================================================================== 5 Gwent: PDF letter, one bullet per type and year
# "Sexual assault - 4 (1 dismissed, 3 no case to answer)"
def build_gwent():
    src = "gwent/Gwent Police FOI 2026-1205 response.pdf"
    KEY.file(src, "gwent")
    r = rng("gwent")
    st = bk.styles("Helvetica", 10)
    words = {"dismissed": "dismissed", "would_have_been_dismissed": "would have been dismissed",
             "final_written_warning": "final written warning",
             "written_warning": "written warning", "management_action": "reflective practice",
             "no_case_to_answer": "no case to answer", "ongoing": "under investigation"}
    per = [("2024-25", FY24), ("2025-26", FY25), ("2026-27 (1 April to 30 November 2026)", FYTD)]
    story = [
        bk.P("<b>Gwent Police</b>", st["h"]),
        bk.P(N("Freedom of Information Unit, Police Headquarters, Cwmbran, NP44 2XJ",
               "postcode"), st["body"]),
        bk.P(N("Reference: FOI 2026/1205 &nbsp; Date: 16 December 2026", "reference; date"),
             st["body"]),
        bk.S(6),
        bk.P(N(f"Thank you for your request of {SENT}:", "date"), st["body"]),
        bk.P("<i>" + request() + "</i>", st["quote"]),
        bk.P("Gwent Police holds this information by financial year. For each year, the list "
             "below gives the number of allegations of each type made against police officers "
             "and police staff together, followed in brackets by their outcomes. Outcomes that "
             "did not occur are not listed.", st["body"]),
    ]
    for pl, p in per:
        story.append(bk.P("<b>" + N(pl, "period heading") + "</b>", st["h2"]))
        for c in CATS5:
            v = counts(r, hi=3, zero=0.55, cat=c, late=p == FYTD)
            t = F(c, "total", v["total"], p)
            bits = [f"{F(c, oc, v[oc], p)} {words[oc]}" for oc in OCS if v[oc]]
            line = f"{CL[c]} \u2013 {t}" + (f" ({', '.join(bits)})" if bits else "")
            from reportlab.platypus import Paragraph
            story.append(Paragraph(line, st["bullet"], bulletText="\u2022"))
    story += [bk.S(6),
              bk.P(N("Please note that an allegation recorded in one year", "the word one (not a count)") + " may be finalised in a "
                   "later year; outcomes are as recorded on the date of this letter.",
                   st["body"]),
              bk.P(rights(), st["body"]),
              bk.P("Yours sincerely,<br/>Freedom of Information Unit", st["body"])]
    bk.pdf_letter(src, story, pdf_furniture("FOI 2026/1205"), title="FOI 2026/1205",
                  author="Gwent Police")


# =========================================================================== 6 South Wales: CSV case-list summary with a metadata block
# at the top and a totals block at the bottom
def build_south_wales():
    src = "south-wales/SWP_FOI_2026_1772_summary.csv"
    KEY.file(src, "south-wales")
    r = rng("swp")
    per = [("2024/25", FY24), ("2025/26", FY25)]
    lines = [N("Report,PSD allegation summary (Centurion)", "report name"),
             N("FOI reference,2026/1772", "reference"),
             N("Date range,01/04/2024 - 31/03/2026", "date range of the extract"),
             N("Counting rule,One allegation counted once", "the word one (not a count)") + " against its final or current outcome",
             "Employee types,Police officers; police staff",
             N("Run date,11/12/2026 08:42", "run date"),
             "",
             "Financial year,Allegation category,Outcome,Police officers,Police staff,All employees"]
    tot = []
    grand = 0
    for pl, p in per:
        for c in CATS5:
            vo = counts(r, hi=6, cat=c, zero=0.3)
            vs = counts(r, hi=3, cat=c, subj="staff", zero=0.55)
            for lab, oc in OUT7:
                lines.append(",".join([N(pl, "period label"), CL[c], lab,
                                       F(c, oc, vo[oc], p, subject="officers"),
                                       F(c, oc, vs[oc], p, subject="staff"),
                                       F(c, oc, vo[oc] + vs[oc], p)]))
            t = vo["total"] + vs["total"]
            grand += t
            tot.append(",".join([N(pl, "period label"), CL[c], "", "", "", F(c, "total", t, p)]))
    lines += ["", "TOTALS", "Financial year,Allegation category,,,,All allegations"] + tot
    lines.append(N(f"Grand total,All categories,,,,{grand}", "grand total over categories"))
    lines += ["", "End of report"]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# =========================================================================== 7 Humberside: PDF decision letter + annex table; staff APSP
# refused under s40(2); VAWG not held; "figures may differ" note
def build_humberside():
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, PageBreak
    src = "humberside/Humberside Police FOI 26-3391 decision letter.pdf"
    KEY.file(src, "humberside")
    r = rng("humb")
    st = bk.styles("Helvetica", 10)
    cats4 = (SA, SM, SH, AP)
    per = [("2024-25", FY24), ("2025-26", FY25)]
    story = [
        bk.P("<b>Humberside Police \u2013 Information Compliance</b>", st["h"]),
        bk.P(N("Our ref: FOI 26-3391 &nbsp;&nbsp; 15 December 2026", "reference; date"),
             st["body"]),
        bk.P("<b>Decision</b>", st["h2"]),
        bk.P(N(f"We have considered your request of {SENT}:", "date"), st["body"]),
        bk.P("<i>" + request() + "</i>", st["quote"]),
        bk.P("Humberside Police holds some of the information. Figures for the financial years "
             "2024-25 and 2025-26 are given in Annex A, for police officers and police staff "
             "separately.".replace("2024-25", N("2024-25", "period"))
             .replace("2025-26", N("2025-26", "period")), st["body"]),
        bk.P(N("Figures for 2026-27 have not been provided because the year is not complete and "
               "outcomes are not yet validated.", "period"), st["body"]),
        bk.P("<b>Information not held.</b> Humberside Police does not record allegations under "
             "a category of violence against women and girls; each allegation is recorded "
             "against its own type, so this part of your request is not held.", st["body"]),
        bk.P(N("<b>Exemption.</b> The number of allegations of abuse of position for a sexual "
               "purpose made against police staff is withheld under section 40(2) of the Act "
               "(personal information): the number is small and could identify the members of "
               "staff concerned.", "Act section"), st["body"]),
        bk.P("<b>Note:</b> figures may differ from those previously published, as allegations "
             "are updated when outcomes are finalised and the data has been re-extracted for "
             "this response.", st["body"]),
        bk.P(rights(), st["body"]),
        bk.P("Information Compliance Unit", st["body"]),
        PageBreak(),
        bk.P("<b>Annex A \u2013 " + N("FOI 26-3391", "reference") + "</b>", st["h"]),
    ]
    for p in per:
        F(VG, "total", NH, p[1])
    head = ["Allegation type"] + [ABBR[oc] for oc in OCS] + ["Total"]
    for pl, p in per:
        for subj, sl in (("officers", "Police officers"), ("staff", "Police staff")):
            story.append(bk.P("<b>" + N(f"{sl}, {pl}", "table heading (period)") + "</b>",
                              st["h2"]))
            N(" ".join(head), "header")
            rows = [head]
            extra = []
            for c in cats4:
                if subj == "staff" and c == AP:
                    F(c, "total", REF("s40(2)"), p, subject="staff")
                    rows.append([CL[c], N("Withheld \u2013 section 40(2)", "exemption")]
                                + [""] * 7)
                    k = len(rows) - 1
                    extra.append(("SPAN", (1, k), (-1, k)))
                    continue
                v = counts(r, hi=5 if subj == "officers" else 2, cat=c, subj=subj, zero=0.4)
                rows.append([CL[c]] + [F(c, oc, v[oc], p, subject=subj)
                                       for oc in OCS + ["total"]])
            t = Table(rows, colWidths=[60 * mm] + [13 * mm] * 7 + [15 * mm])
            t.setStyle(bk.grid_style(extra=[("FONT", (-1, 1), (-1, -1), "Helvetica-Bold", 8.5),
                                            ("TEXTCOLOR", (0, 0), (-1, 0), colors.black)]
                                     + extra))
            story += [t, bk.S(6)]
    story.append(bk.P("Dism. = dismissed; WHBD = would have been dismissed; FWW = final written "
                      "warning; WW = written warning; RP = reflective practice; NCTA = no case "
                      "to answer; UI = under investigation.", st["small"]))
    bk.pdf_letter(src, story, pdf_furniture("FOI 26-3391", marking="OFFICIAL"),
                  title="FOI 26-3391", author="Humberside Police")


# =========================================================================== 8 Warwickshire: plain-text e-mail with a markdown pipe
# table pasted from a chat tool
def build_warwickshire():
    src = "warwickshire/RE_ FOI 2026-0402 Warwickshire Police.eml"
    KEY.file(src, "warwickshire")
    r = rng("warks")
    per = [("2024", CY24), ("2025", CY25), ("2026 (to 30 Nov)", CYTD)]
    head = ["Year", "Allegation type"] + [lab for lab, _ in OUT7] + ["Total"]

    def table(subj):
        out = ["| " + " | ".join(head) + " |", "| " + " | ".join("---" for _ in head) + " |"]
        for pl, p in per:
            for c in CATS5:
                v = counts(r, hi=5 if subj == "officers" else 2, cat=c, subj=subj,
                           late=p == CYTD)
                out.append("| " + " | ".join([N(pl, "period label"), CL[c]] + [
                    F(c, oc, v[oc], p, subject=subj) for oc in OCS + ["total"]]) + " |")
        return "\n".join(out)
    body = "\n".join([
        "Hi,",
        "",
        N(f"Thanks for your FOI request (our ref 2026-0402) of {SENT}. You asked:", "reference; date"),
        "",
        "> " + request(),
        "",
        "Warwickshire Police records these allegations by calendar year, so the figures below are "
        "for 2024, 2025 and 2026 up to 30 November. I've pasted the " + N("two", "the word two (number of tables)") + " tables from our PSD "
        "team's message below - the first is police officers (including special constables), "
        "the second police staff (including PCSOs).".replace("2024", N("2024", "period"))
        .replace("2025", N("2025", "period")).replace("2026", N("2026", "period"))
        .replace("30", N("30", "date")),
        "",
        "**Police officers**",
        "",
        table("officers"),
        "",
        "**Police staff**",
        "",
        table("staff"),
        "",
        "Outcomes are as at the date of extraction; \"Under investigation\" means the matter is "
        "still open.",
        "",
        rights(),
        "",
        "Kind regards",
        "",
        "Sam",
        "Information Disclosure Officer | Warwickshire Police",
        N("Tel 01926 415000", "telephone number"),
    ])
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "Warwickshire Police Information Disclosure <foi@warwickshire.police.uk>"
    msg["To"] = "data.desk@example-news.co.uk"
    msg["Date"] = N("Fri, 18 Dec 2026 11:20:07 +0000", "date")
    msg["Subject"] = N("RE: FOI 2026-0402 allegations against officers and staff", "reference")
    msg["Message-ID"] = "<FOI-2026-0402.reply@warwickshire.police.uk>"
    msg.set_content(body, cte="quoted-printable")
    write_bytes(src, msg.as_bytes())


# =========================================================================== 9 West Mercia: ODS with a hidden column of draft counts
def build_west_mercia():
    src = "west-mercia/WMP FOI 3390-26 allegations.ods"
    KEY.file(src, "west-mercia")
    r = rng("wmerc")
    per = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 (1 Apr to 30 Nov 2026)", FYTD)]

    def tcell(v, style=None):
        st = f' table:style-name="{style}"' if style else ""
        if isinstance(v, int):
            return (f'<table:table-cell{st} office:value-type="float" office:value="{v}" '
                    f'calcext:value-type="float"><text:p>{v}</text:p></table:table-cell>')
        return (f'<table:table-cell{st} office:value-type="string" calcext:value-type="string">'
                f'<text:p>{E(v)}</text:p></table:table-cell>')

    def trow(cells):
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"
    rows = [trow([tcell(N("West Mercia Police \u2013 FOI 3390-26: allegations against police "
                          "officers and police staff", "reference"), "bold")]),
            trow([tcell("")]),
            trow([tcell(h, "bold") for h in ("Financial year", "Allegation type", "Outcome",
                                             "Draft (Oct)", "Allegations")])]
    for pl, p in per:
        for c in CATS5:
            v = counts(r, hi=4, cat=c, late=p == FYTD)
            for lab, oc in OUT7 + [("Total", "total")]:
                n = v[oc]
                draft = n if r.random() < 0.7 else max(0, n + r.choice((-1, 1)))
                rows.append(trow([tcell(N(pl, "period label")), tcell(CL[c]), tcell(lab),
                                  tcell(int(N(str(draft), "hidden column of draft counts "
                                                          "(not read)"))),
                                  tcell(int(F(c, oc, n, p)))]))
    rows.append(trow([tcell("")]))
    rows.append(trow([tcell("Officers and staff are counted together. Outcomes as at 30 "
                            "November 2026.".replace("30", N("30", "date"))
                            .replace("2026", N("2026", "date")))]))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
        'office:version="1.3">'
        '<office:automatic-styles>'
        '<style:style style:name="co1" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="1.2in"/></style:style>'
        '<style:style style:name="co2" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="2.9in"/></style:style>'
        '<style:style style:name="bold" style:family="table-cell"><style:text-properties '
        'fo:font-weight="bold"/></style:style>'
        '</office:automatic-styles><office:body><office:spreadsheet>'
        '<table:table table:name="Allegations">'
        '<table:table-column table:style-name="co1"/>'
        '<table:table-column table:style-name="co2" table:number-columns-repeated="2"/>'
        '<table:table-column table:style-name="co1" table:visibility="collapse"/>'
        '<table:table-column table:style-name="co1"/>'
        + "".join(rows) +
        '</table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3">'
        '<office:meta><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/'
        '</meta:generator><meta:creation-date>2026-12-18T09:00:00</meta:creation-date>'
        '</office:meta></office:document-meta>')
    write_bytes(src, zip_fixed([
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", content.encode("utf-8")), ("meta.xml", meta.encode("utf-8")),
        ("META-INF/manifest.xml", manifest.encode("utf-8"))]))


# =========================================================================== 10-11 Sussex and Surrey: the joint unit's Word template,
# one long table per employee type (Period | Allegation type | Total | outcomes)
def joint_letter(force_id, name, ref, seed, author):
    src = f"{force_id}/{name} FOI {ref} response.docx"
    KEY.file(src, force_id)
    r = rng(seed)
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_header_footer(d, "Surrey Police and Sussex Police \u2013 Joint Information "
                             "Management Unit", "OFFICIAL")
    bk.docx_para(d, name, bold=True, size=14)
    bk.docx_para(d, N(f"Freedom of Information Act request {ref} \u2013 18 December 2026",
                      "reference; date"))
    bk.docx_para(d, N(f"Thank you for your request received on {SENT}. You asked:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, f"{name} holds this information. The tables below give the number of "
                    "allegations recorded in each of the last " + N("two", "the word two (number of years)") + " complete financial years, "
                    "with the outcome of each. Figures for the current financial year are not "
                    "included as outcomes are not yet available for most allegations.")
    per = [("2024/25", FY24), ("2025/26", FY25)]
    head = ["Period", "Allegation type", "Total"] + [lab for lab, _ in OUT7]
    for k, (subj, sl) in enumerate((("officers", "police officers"),
                                    ("staff", "police staff")), 1):
        bk.docx_para(d, N(f"Table {k}: allegations against {sl}", "table number"), bold=True)
        t = d.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for j, h in enumerate(head):
            docx_cell(t.rows[0].cells[j], h, bold=True, size=8)
        for pl, p in per:
            for c in CATS5:
                v = counts(r, hi=6 if subj == "officers" else 2, cat=c, subj=subj, zero=0.35)
                cells = t.add_row().cells
                docx_cell(cells[0], N(pl, "period label"), size=8)
                docx_cell(cells[1], CL[c], size=8)
                for j, oc in enumerate(["total"] + OCS, 2):
                    docx_cell(cells[j], F(c, oc, v[oc], p, subject=subj), size=8,
                              bold=oc == "total")
        bk.docx_para(d, "")
    bk.docx_para(d, "Reflective practice means the Reflective Practice Review Process under the "
                    "Police (Conduct) Regulations. Under investigation includes allegations "
                    "awaiting a meeting or hearing.")
    bk.docx_para(d, rights())
    bk.docx_para(d, "Joint Information Management Unit")
    docx_finish(d, src, author)


def build_sussex():
    joint_letter("sussex", "Sussex Police", "1209-26", "sussex", "JIMU")


def build_surrey():
    joint_letter("surrey", "Surrey Police", "0874-26", "surrey", "JIMU")


# =========================================================================== 12 City of London: a spreadsheet printed to PDF with the
# row numbers and column letters printed ("print headings")
def build_city_of_london():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "city-of-london/CoLP FOI 26-0311 data.pdf"
    KEY.file(src, "city-of-london")
    r = rng("colp")
    per = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 to 30 Nov", FYTD)]
    grid = []
    grid.append([N("City of London Police - FOI 26-0311 - allegations against officers and "
                   "staff", "reference"), "", "", "", "", ""])
    grid.append([""] * 6)
    grid.append(["Allegation type"] + [N(pl, "column heading (period)") for pl, _ in per]
                + ["", ""])
    tot25 = {}
    for c in CATS5:
        vs = [counts(r, hi=2, zero=0.6, cat=c, late=False) for _ in per]
        tot25[c] = vs[1]
        grid.append([CL[c]] + [F(c, "total", v["total"], p) for v, (_, p) in zip(vs, per)]
                    + ["", ""])
    grid.append([""] * 6)
    grid.append([N("Outcomes of allegations recorded in 2025/26", "period heading"), "", "", "",
                 "", ""])
    grid.append(["Outcome", "Sexual assault", "Sexual misconduct", "Sexual harassment", "APSP",
                 "VAWG"])
    for lab, oc in OUT7:
        grid.append([lab] + [F(c, oc, tot25[c][oc], FY25) for c in CATS5])
    grid.append([""] * 6)
    grid.append(["Officers and staff counted together. APSP = abuse of position for a sexual "
                 "purpose; VAWG = violence against women and girls.", "", "", "", "", ""])
    letters = ["", "A", "B", "C", "D", "E", "F"]
    data = [letters] + [[N(str(i), "printed row number")] + row
                        for i, row in enumerate(grid, 1)]
    t = Table(data, colWidths=[9 * mm, 70 * mm, 32 * mm, 32 * mm, 36 * mm, 22 * mm, 22 * mm])
    cmds = [("FONT", (0, 0), (-1, -1), "Helvetica", 8),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ("FONT", (1, 1), (1, 1), "Helvetica-Bold", 9),
            ("FONT", (1, 3), (-1, 3), "Helvetica-Bold", 8),
            ("FONT", (1, 11), (-1, 11), "Helvetica-Bold", 8)]
    t.setStyle(TableStyle(cmds))
    sheet = N("FOI 26-0311", "sheet name in the print header")

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, h - 10 * mm, sheet)
        c.drawCentredString(w / 2, 8 * mm, N(f"Page {p}", "page number"))
    bk.pdf_letter(src, [t], furn, pagesize=landscape(A4), margins=(15, 15, 18, 15),
                  title="FOI 26-0311", author="CoLP Information Access")


# =========================================================================== 13-14 Kent: a covering letter (text) naming an XLSX
# attachment in the folder; VAWG not held in the letter; the sheet gives its own periods
def build_kent_letter():
    src = "kent/Kent Police FOI 26-04410 letter.txt"
    KEY.file(src, "kent")
    for p in (CY24, CY25, CYTD):
        F(VG, "total", NH, p)
    text = "\n".join([
        "KENT POLICE",
        "Information Access Unit",
        "",
        N("Our reference: FOI 26-04410", "reference"),
        N("Date: 17 December 2026", "date"),
        "",
        "Dear Requester,",
        "",
        N(f"Thank you for your request of {SENT}, in which you asked:", "date"),
        "",
        "  " + request(),
        "",
        "Kent Police holds most of this information. Please find attached the spreadsheet",
        N("\"Kent FOI 26-04410 data.xlsx\", which gives the number of allegations", "reference"),
        "made against police officers and police staff (counted together) by type and",
        N("outcome, for the calendar years 2024 and 2025 and for 2026 up to 30 November.", "periods"),
        "",
        "Kent Police does not record allegations as \"violence against women and girls\";",
        "allegations are recorded by their type. That part of your request is therefore",
        "not held.",
        "",
        rights(),
        "",
        "Yours faithfully,",
        "Information Access Unit",
    ])
    write_text(src, text + "\n", newline="\r\n")


def build_kent_sheet():
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "kent/Kent FOI 26-04410 data.xlsx"
    KEY.file(src, "kent")
    r = rng("kent")
    per = [("2024", CY24), ("2025", CY25), ("2026 (Jan\u2013Nov)", CYTD)]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    head = ["Allegation type", "Outcome"] + [N(pl, "column heading (period)") for pl, _ in per]
    fill = PatternFill("solid", fgColor="1F3864")
    for j, h in enumerate(head, 1):
        x = ws.cell(1, j, h)
        x.font = Font(bold=True, color="FFFFFF")
        x.fill = fill
    row = 2
    for c in (SA, SM, SH, AP):
        vs = [counts(r, hi=7, cat=c, late=p == CYTD, zero=0.3) for _, p in per]
        for lab, oc in [("Total", "total")] + OUT7:
            ws.cell(row, 1, CL[c])
            ws.cell(row, 2, lab)
            for j, (v, (_, p)) in enumerate(zip(vs, per), 3):
                ws.cell(row, j, int(F(c, oc, v[oc], p)))
            if oc == "total":
                for j in range(1, 6):
                    ws.cell(row, j).font = Font(bold=True)
            row += 1
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:E{row - 1}"
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 28
    xlsx_save(wb, src, "Kent Police IAU")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind38-", read=read38))
