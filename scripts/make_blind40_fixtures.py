#!/usr/bin/python3
"""make_blind40.py -- the fortieth blind test batch for `foi` and its answer key.

The request, sent on 1 December 2026: for the financial years 2024/25 and 2025/26 and 2026/27 to
date (or calendar years 2024, 2025 and 2026 to date), the number of allegations of sexual assault,
sexual misconduct, sexual harassment, abuse of position for a sexual purpose and violence against
women and girls made against police officers and police staff, and their outcomes.
See fixtures/blind40/NOTES.md.  Machinery: scripts/blindkit.py (not edited).

usage: /usr/bin/python3 make_blind40_fixtures.py   # rebuild fixtures/blind40 (or $FOI_BLIND40_OUT)
       /usr/bin/python3 make_blind40.py check      # verify determinism and every number
       /usr/bin/python3 make_blind40.py dump FILE  # show FILE as read back
"""
import datetime as dt
import email.message
import email.policy
import io
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import F, N, L, KEY, FY, CY, SUP, E, write_text, write_bytes, docx_cell, docx_shade  # noqa: E402,F401

FINAL = Path(os.environ.get("FOI_BLIND40_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind40").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
FY24, FY25 = FY(2024), FY(2025)
FYTD = ("2026-04-01", "2026-11-30")
CY24, CY25 = CY(2024), CY(2025)
CYTD = ("2026-01-01", "2026-11-30")
SENT = "1 December 2026"
REQUEST = ("Please provide, for the financial years 2024/25 and 2025/26 and for 2026/27 to date, "
           "the number of allegations of sexual assault, sexual misconduct, sexual harassment, "
           "abuse of position for a sexual purpose and violence against women and girls made "
           "against (a) police officers and (b) police staff, and the outcome of each allegation. "
           "Calendar years 2024, 2025 and 2026 to date are acceptable if that is how you record.")
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning",
                 "Written warning", "Reflective practice", "No case to answer",
                 "Under investigation"], OCS))
WHEN = dt.datetime(2026, 12, 15, 10, 30, 0)


def request():
    return N(REQUEST, "the request's periods and item letters")


def rng(name):
    return random.Random("blind40-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    if cat == AP or subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(2, 5)
    k["total"] = sum(k[oc] for oc in ocs)
    return k


def rights():
    return N("If you are dissatisfied with this response you may request an internal review within "
             "40 working days. You may then complain to the Information Commissioner\u2019s Office, "
             "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.", "review window; ICO address")


def furniture(ref):
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, h - 12 * mm, "OFFICIAL")
        c.drawString(20 * mm, 10 * mm, N(ref, "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


def docx_save(d, src, author):
    bk.docx_props(d, author, when=WHEN)
    buf = io.BytesIO()
    d.save(buf)
    write_bytes(src, bk.normalised_zip(buf.getvalue()))


def eml_save(src, msg):
    write_bytes(src, msg.as_bytes(policy=email.policy.SMTP))


def read40(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p, prefer=("plain",), attachments=True)
    return bk.read_back(p)


def cellf(c, oc, v, p, **kw):
    return F(c, oc, v, p, **kw)


# =========================================================================== 1 Metropolitan: PDF, per year two ruled
# tables side by side on one page (officers left, staff right), each with its own title
def build_metropolitan():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, PageBreak, Spacer
    src = "metropolitan/MPS FOI 01-FOI-26-051882 response.pdf"
    KEY.file(src, "metropolitan")
    r = rng("met")
    st = bk.styles("Helvetica", 9.5)
    story = [bk.P(N("Metropolitan Police Service \u2013 Freedom of Information Act 2000", "Act year"), st["h"]),
             bk.P(N("Reference: 01/FOI/26/051882 \u2003 Date: 15/12/2026", "reference; date"), st["body"]),
             bk.P("Request", st["h"]), bk.P(request(), st["body"]),
             bk.P(N("The MPS holds this information. For each year the left-hand table shows allegations "
                    "made against police officers and the right-hand table allegations made against police "
                    "staff. 2026/27 covers 1 April 2026 to 30 November 2026.", "period definition"), st["body"])]
    short = ["Dismissed", "WHBD", "FWW", "WW", "RPRP", "NCtA", "Live"]
    heads = ["Type"] + short + ["Total"]
    per = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 (to 30/11/2026)", FYTD)]
    for i, (pl, p) in enumerate(per):
        if i:
            story.append(PageBreak())
        story.append(bk.P(N(f"Allegations {pl}", "period heading"), st["h"]))
        sides = []
        for subj, title in (("officers", "Police officers"), ("staff", "Police staff")):
            data = [[N(f"{title} \u2013 {pl}", "period in table title")], heads]
            for c in CATS5:
                v = counts(r, hi=6, cat=c, subj=subj, late=p == FYTD)
                data.append([{SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
                              AP: "APSP", VG: "VAWG"}[c]] +
                            [F(c, oc, v[oc], p, subject=subj) for oc in OCS + ["total"]])
            t = Table(data, colWidths=[25 * mm, 14 * mm] + [11 * mm] * 5 + [12 * mm])
            t.setStyle(bk.grid_style(2, size=7.5, extra=[("SPAN", (0, 0), (-1, 0))]))
            sides.append(t)
        outer = Table([[sides[0], "", sides[1]]], colWidths=[120 * mm, 8 * mm, 120 * mm])
        story.append(outer)
        story.append(Spacer(1, 4 * mm))
    story.append(bk.P("Key: WHBD = would have been dismissed; FWW = final written warning; WW = written "
                      "warning; RPRP = reflective practice review process; NCtA = no case to answer; "
                      "Live = investigation not yet concluded.", st["body"]))
    story.append(bk.P(rights(), st["body"]))
    bk.pdf_letter(src, story, furniture("01/FOI/26/051882"), pagesize=landscape(A4),
                  margins=(15, 15, 20, 20), title="FOI response", author="MPS Information Rights Unit")


# =========================================================================== 2 West Midlands: legacy CMS page, an outer
# layout <table> holding two data tables (one per year); type as <th rowspan> over outcome rows
def build_west_midlands():
    src = "west-midlands/wmp-foi-5521-26.html"
    KEY.file(src, "west-midlands")
    r = rng("wmp")
    inner = []
    for pl, p in (("April 2024 \u2013 March 2025", FY24), ("April 2025 \u2013 March 2026", FY25)):
        rows = []
        for c in CATS5:
            v = counts(r, hi=7, cat=c)
            labs = OUT7 + [("Total", "total")]
            for k, (lab, oc) in enumerate(labs):
                th = f'<th rowspan="{len(labs)}" scope="rowgroup">{E(CL[c])}</th>' if k == 0 else ""
                rows.append(f"<tr>{th}<td>{E(lab)}</td><td align=\"right\">{F(c, oc, v[oc], p)}</td></tr>")
        inner.append(f'<table border="1" cellpadding="3" class="data"><caption>{N(pl, "period caption")}</caption>'
                     f"<tr><th>Allegation type</th><th>Outcome</th><th>Number</th></tr>\n" + "\n".join(rows) + "</table>")
    body = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="layout">
<tr><td colspan="2" class="banner"><img src="/images/wmp-logo.gif" alt="West Midlands Police"> <b>Freedom of Information</b></td></tr>
<tr><td colspan="2"><h1>FOI {N("5521/26", "reference")}: Sexual misconduct allegations</h1>
<p>Date of response: {N("15 December 2026", "date")}</p>
<p><b>Request:</b> {E(request())}</p>
<p>The figures below are allegations against police officers and police staff combined. We are unable to separate
officers and staff without reviewing each file. Figures for the current year are not yet validated and are not provided.</p></td></tr>
<tr valign="top"><td width="50%">{inner[0]}</td><td width="50%">{inner[1]}</td></tr>
<tr><td colspan="2"><p>{rights()}</p></td></tr>
</table>"""
    write_text(src, bk.html_page(N("FOI 5521/26 - West Midlands Police", "reference"), body))


# =========================================================================== 3 West Yorkshire: Word letter, merged type
# cell down a block of outcome rows with a Total row per block; second table in a landscape section, years as rows
def build_west_yorkshire():
    from docx.enum.section import WD_ORIENT
    from docx.enum.section import WD_SECTION
    from docx.shared import Cm
    src = "west-yorkshire/WYP FOI 2026-8813 response.docx"
    KEY.file(src, "west-yorkshire")
    r = rng("wyp")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_para(d, "West Yorkshire Police", bold=True, size=14)
    bk.docx_para(d, N("Freedom of Information request 2026/8813 \u2013 15 December 2026", "reference; date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Table 1 gives allegations against officers and staff together by type and outcome.", "table number"))
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", "Outcome", "April 2024 \u2013 March 2025",
                           "April 2025 \u2013 March 2026"]):
        docx_cell(t.rows[0].cells[j], N(h, "period heading"), bold=True)
    tot = {}
    for c in CATS5:
        vs = [counts(r, hi=5, cat=c), counts(r, hi=5, cat=c, late=True)]
        tot[c] = vs
        first = len(t.rows)
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = t.add_row().cells
            docx_cell(cells[1], lab, bold=oc == "total")
            for j, (v, p) in enumerate(zip(vs, (FY24, FY25)), 2):
                docx_cell(cells[j], F(c, oc, v[oc], p), bold=oc == "total")
        m = t.cell(first, 0).merge(t.cell(len(t.rows) - 1, 0))
        docx_cell(m, CL[c], bold=True)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    bk.docx_para(d, N("Table 2: Total allegations by year (officers and staff)", "table number"), bold=True)
    t2 = d.add_table(rows=1, cols=6)
    t2.style = "Table Grid"
    for j, h in enumerate(["Year"] + [CL[c] for c in CATS5]):
        docx_cell(t2.rows[0].cells[j], h, bold=True)
    for pl, p, i in (("April 2024 \u2013 March 2025", FY24, 0), ("April 2025 \u2013 March 2026", FY25, 1),
                     ("April 2026 \u2013 November 2026", FYTD, 2)):
        cells = t2.add_row().cells
        docx_cell(cells[0], N(pl, "period"))
        for j, c in enumerate(CATS5, 1):
            if i < 2:
                docx_cell(cells[j], F(c, "total", tot[c][i]["total"], p, restated=True))
            else:
                docx_cell(cells[j], F(c, "total", counts(r, hi=3, cat=c, late=True)["total"], p))
    bk.docx_para(d, N("The 2026/27 figures are totals only; outcomes are not yet final.", "period"))
    bk.docx_para(d, rights())
    docx_save(d, src, "WYP Information Management")


# =========================================================================== 4 Merseyside: XLSX with a hidden row of formula
# checks under each block and a Notes column beside the counts
def build_merseyside():
    import openpyxl
    from openpyxl.styles import Font
    src = "merseyside/Merseyside Police FOI 26-1290 data.xlsx"
    KEY.file(src, "merseyside")
    r = rng("mers")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = N("Merseyside Police \u2013 FOI 26/1290 \u2013 allegations against officers and staff", "reference")
    ws["A1"].font = Font(bold=True)
    cached = {}
    row = 3
    notes = ["incl. 1 pending appeal", "incl. 2 pending appeal", "1 case linked to criminal investigation",
             "misconduct hearing listed for 2027", "incl. 1 officer who resigned"]
    for pl, p in (("01.04.2024 - 31.03.2025", FY24), ("01.04.2025 - 31.03.2026", FY25)):
        ws.cell(row, 1, N(f"Period: {pl}", "period")).font = Font(bold=True)
        row += 1
        for j, h in enumerate(["Allegation type", "Outcome", "Police officers", "Police staff", "Notes"], 1):
            ws.cell(row, j, h).font = Font(bold=True)
        row += 1
        for c in CATS5:
            vo, vs = counts(r, hi=6, cat=c, late=p == FY25), counts(r, hi=6, cat=c, subj="staff")
            top = row
            for lab, oc in OUT7 + [("Total", "total")]:
                ws.cell(row, 1, CL[c])
                ws.cell(row, 2, lab)
                ws.cell(row, 3, int(F(c, oc, vo[oc], p, subject="officers")))
                ws.cell(row, 4, int(F(c, oc, vs[oc], p, subject="staff")))
                if oc == "dismissed" and vo[oc] and r.random() < 0.5:
                    ws.cell(row, 5, N(r.choice(notes), "note text beside the count"))
                row += 1
            ws.cell(row, 2, "Check: outcomes less total")
            ws.cell(row, 3, f"=SUM(C{top}:C{row - 2})-C{row - 1}")
            ws.cell(row, 4, f"=SUM(D{top}:D{row - 2})-D{row - 1}")
            cached.setdefault("Allegations", {})[f"C{row}"] = 0
            cached["Allegations"][f"D{row}"] = 0
            N("0 0", "hidden formula check row (difference, cached 0)")
            ws.row_dimensions[row].hidden = True
            row += 1
        row += 1
    ws.cell(row, 1, N("Figures for 1 April 2026 onwards will be published in 2027.", "dates"))
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 28
    ws.column_dimensions["E"].width = 40
    bk.xlsx_save(wb, src, "Merseyside Police", cached=cached, when=WHEN)


# =========================================================================== 5 Thames Valley: plain-text e-mail replying
# inline, "> " quoted request lines with answers typed under each
def build_thames_valley():
    src = "thames-valley/RE FOI request - sexual misconduct allegations (TVP 2026-4412).eml"
    KEY.file(src, "thames-valley")
    r = rng("tvp")
    lines = [N("Dear Requester,\n\nThank you for your request of 1 December 2026 (our ref 2026/4412). "
               "Thames Valley Police records by calendar year, so the answers below are for 2024 and 2025. "
               "Our answers are typed under each part of your e-mail.\n", "date; reference; years"),
             "> Please provide the number of allegations of sexual assault, sexual misconduct,",
             "> sexual harassment, abuse of position for a sexual purpose and violence against",
             N("> women and girls made against (a) police officers", "item letter"), ""]
    tots = {}
    v25 = {c: counts(r, hi=4, cat=c, late=True) for c in CATS5}
    split = {c: r.randint(0, v25[c]["total"] // 3) for c in CATS5}
    for subj, q in (("officers", "officers"), ("staff", "staff")):
        if subj == "staff":
            lines += [N("> and (b) police staff", "item letter"), ""]
        for c in CATS5:
            a = counts(r, hi=5, cat=c, subj=subj)["total"]
            b = split[c] if subj == "staff" else v25[c]["total"] - split[c]
            tots[(c, subj)] = (a, b)
            lines.append(L(f"{CL[c]}: 2024 - {{a}}; 2025 - {{b}}", "calendar years",
                           a=F(c, "total", a, CY24, subject=subj), b=F(c, "total", b, CY25, subject=subj)))
        lines.append("")
    lines += ["> and the outcome of each allegation.", "",
              "Outcomes are recorded against the case as a whole, so they are given for officers and staff",
              N("together, and only for allegations received in 2025:", "year"), ""]
    for c in CATS5:
        v = v25[c]
        parts = [f"{lab.lower()} {F(c, oc, v[oc], CY25)}" for lab, oc in OUT7]
        lines.append(f"{CL[c]} - " + ", ".join(parts))
    lines += ["", N("> 2026 to date", "year"), "",
              N("Figures for 2026 will only be available once the year is complete (section 22, information "
                "intended for future publication).", "year; Act section"), ""]
    for c in CATS5:
        F(c, "total", bk.REF("s22"), CYTD, printed=False)
    lines += ["Regards,", "Information Access Team, Thames Valley Police", "", rights()]
    msg = email.message.EmailMessage()
    msg["From"] = "Information Access <foi@thamesvalley.police.uk>"
    msg["To"] = "requester@example.org"
    msg["Date"] = N("Tue, 15 Dec 2026 11:04:00 +0000", "date header")
    msg["Subject"] = N("RE: FOI request - sexual misconduct allegations (TVP 2026/4412)", "reference")
    msg["Message-ID"] = "<tvp-20261215-4412@thamesvalley.police.uk>"
    msg.set_content("\n".join(lines) + "\n")
    eml_save(src, msg)


# =========================================================================== 6 Hampshire: counts only for totals, outcomes
# only as percentages; one year refused under s12 with an estimate in hours
def build_hampshire():
    from reportlab.platypus import Table
    from reportlab.lib.units import mm
    src = "hampshire/Hampshire Constabulary FOI HC-2026-3380 response.pdf"
    KEY.file(src, "hampshire")
    r = rng("hants")
    st = bk.styles("Helvetica", 10)
    story = [bk.P("Hampshire and Isle of Wight Constabulary", st["h"]),
             bk.P(N("Freedom of Information \u2013 our reference HC/2026/3380 \u2013 15 December 2026", "reference; date"), st["body"]),
             bk.P(request(), st["body"]),
             bk.P(N("Section 12 applies to 2024/25. Allegations from before our move to the Centurion system "
                    "in March 2025 are held as scanned files. We estimate that reading each file would take "
                    "about 60 hours, above the 18 hour limit, so we cannot provide the 2024/25 figures.",
                    "date; estimate in hours; limit"), st["body"]),
             bk.P(N("For 2025/26 and 2026/27 (1 April to 30 November 2026) the table gives the number of "
                    "allegations against officers and staff together and, for each type, the share of "
                    "allegations with each outcome (percentages of the type's total; they may not add to "
                    "100 because of rounding).", "period definition; rounding note"), st["body"])]
    for c in CATS5:
        F(c, "total", bk.REF("s12"), FY24, printed=False)
    for pl, p in (("2025/26", FY25), ("2026/27 to 30 November", FYTD)):
        story.append(bk.P(N(f"Allegations {pl}", "period heading"), st["h"]))
        data = [["Allegation type", "Allegations"] + [lab for lab, _ in OUT7]]
        for c in CATS5:
            v = counts(r, hi=6, cat=c, late=p == FYTD, zero=0.3)
            row = [CL[c], F(c, "total", v["total"], p)]
            for oc in OCS:
                pc = f"{100 * v[oc] / v['total']:.0f}%" if v["total"] else "-"
                row.append(N(pc, "percentage of the type's total (not a count)"))
            data.append(row)
        t = Table([[bk.P(x, st["cellb" if k == 0 else "cell"]) if i == 0 or k == 0 else x
                    for i, x in enumerate(rw)] for k, rw in enumerate(data)],
                  colWidths=[44 * mm, 24 * mm] + [26 * mm] * 7)
        t.setStyle(bk.grid_style(1, size=7))
        story.append(t)
    story.append(bk.P(rights(), st["body"]))
    from reportlab.lib.pagesizes import A4, landscape
    bk.pdf_letter(src, story, furniture("HC/2026/3380"), pagesize=landscape(A4), margins=(15, 15, 22, 22),
                  title="FOI HC/2026/3380", author="Hampshire Constabulary")


# =========================================================================== 7 South Yorkshire: BOM semicolon CSV, "-" = nil
# stated in a footer, Total (officers and staff) column
def build_south_yorkshire():
    src = "south-yorkshire/SYP_FOI_20261288_export.csv"
    KEY.file(src, "south-yorkshire")
    r = rng("syp")
    out = [N("Financial year;Allegation type;Outcome;Police officers;Police staff;Total (officers and staff)", "")]
    for pl, p in (("FY2024/25", FY24), ("FY2025/26", FY25)):
        for c in CATS5:
            vo = counts(r, hi=5, cat=c, zero=0.5)
            vs = counts(r, hi=5, cat=c, subj="staff", zero=0.6)
            for lab, oc in OUT7 + [("All outcomes", "total")]:
                cells = []
                for subj, n in (("officers", vo[oc]), ("staff", vs[oc]), ("officers_and_staff", vo[oc] + vs[oc])):
                    cells.append(F(c, oc, n, p, subject=subj, said="-") if n == 0 else F(c, oc, n, p, subject=subj))
                out.append(f"{N(pl, 'period')};{CL[c]};{lab};" + ";".join(cells))
    out.append(N(";;;;;", ""))
    out.append("Note: - denotes nil;;;;;")
    out.append(N("Source: Centurion, extracted 10/12/2026;;;;;", "date"))
    write_text(src, "\n".join(out) + "\n", newline="\r\n", bom=True)


# =========================================================================== 8 Cumbria: PDF letter, "2026/27 (Q1-Q2)"
# column; sexual misconduct defined in a note as including sexual harassment
def build_cumbria():
    from reportlab.platypus import Table
    from reportlab.lib.units import mm
    src = "cumbria/Cumbria Constabulary FOI 2026-0911 reply.pdf"
    KEY.file(src, "cumbria")
    r = rng("cumb")
    Q = ("2026-04-01", "2026-09-30")
    st = bk.styles("Times-Roman", 10.5)
    cats = (SA, SM, AP, VG)
    story = [bk.P("Cumbria Constabulary \u2013 Freedom of Information", st["h"]),
             bk.P(N("Reference 2026/0911, 15 December 2026", "reference; date"), st["body"]),
             bk.P(request(), st["body"]),
             bk.P(N("Table 1 gives allegations by type and by employee group. The 2026/27 column covers "
                    "quarters one and two (April to September 2026), the latest validated quarter.",
                    "quarter numbers"), st["body"])]
    per = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 (Q1-Q2)", Q)]
    data = [["Allegation type", "Group"] + [N(pl, "period heading") for pl, _ in per]]
    vs = {c: counts(r, hi=4, cat=c, late=True) for c in cats}
    for c in cats:
        st25 = r.randint(0, vs[c]["total"] // 2)
        for subj, g in (("officers", "Officers"), ("staff", "Staff")):
            vals = []
            for _, p in per:
                n = counts(r, hi=5, cat=c, subj=subj)["total"]
                if p == FY25:
                    n = st25 if subj == "staff" else vs[c]["total"] - st25
                vals.append(F(c, "total", n, p, subject=subj))
            data.append([{SA: "Sexual assault", SM: "Sexual misconduct\u00b9", AP: "Abuse of position for a sexual purpose",
                          VG: "Violence against women and girls"}[c], g] + vals)
    t = Table(data, colWidths=[62 * mm, 20 * mm, 24 * mm, 24 * mm, 28 * mm])
    t.setStyle(bk.grid_style(1, size=8.5))
    story += [bk.P(N("Table 1", "table number"), st["h"]), t,
              bk.P(N("\u00b9 Sexual misconduct includes sexual harassment, which we do not record separately.",
                     "footnote marker"), st["body"]),
              bk.P(N("Table 2: outcomes of allegations received in 2025/26 (officers and staff)", "period"), st["h"])]
    data = [["Outcome"] + ["Sexual assault", "Sexual misconduct", "APSP", "VAWG"]]
    for lab, oc in OUT7 + [("Total", "total")]:
        data.append([lab] + [F(c, oc, vs[c][oc], FY25) for c in cats])
    t = Table(data, colWidths=[50 * mm] + [30 * mm] * 4)
    t.setStyle(bk.grid_style(1, size=8.5))
    story += [t, bk.P(N("Table 2 counts officers and staff together; Table 1 separates them.", "table numbers"), st["body"]),
              bk.P(rights(), st["body"])]
    bk.pdf_letter(src, story, furniture("FOI 2026/0911"), title="FOI 2026/0911", author="Cumbria Constabulary")


# =========================================================================== 9 British Transport Police: XLSX with Special
# constables column beside Officers and Staff and a "Total (officers and staff)" column
def build_british_transport():
    import openpyxl
    from openpyxl.styles import Font
    src = "british-transport/BTP FOI 2026-1544 allegations.xlsx"
    KEY.file(src, "british-transport")
    r = rng("btp")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = N("FOI 2026-1544", "reference (sheet name)")
    ws["A1"] = N("British Transport Police \u2013 FOI 2026/1544", "reference")
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Allegations by calendar year of receipt"
    heads = ["Year", "Allegation type", "Outcome", "Police officers", "Special constables", "Police staff",
             "Total (officers and staff)"]
    for j, h in enumerate(heads, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    row = 5
    for yl, p in ((2024, CY24), (2025, CY25)):
        for c in CATS5:
            vo, vs = counts(r, hi=5, cat=c), counts(r, hi=4, cat=c, subj="staff")
            sp = counts(r, hi=2, cat=c, zero=0.8)
            for lab, oc in OUT7 + [("Total", "total")]:
                ws.cell(row, 1, int(N(str(yl), "year")))
                ws.cell(row, 2, CL[c])
                ws.cell(row, 3, lab)
                ws.cell(row, 4, int(F(c, oc, vo[oc], p, subject="officers")))
                ws.cell(row, 5, int(N(str(sp[oc]), "special constables: no SPEC subject (see notes)")))
                ws.cell(row, 6, int(F(c, oc, vs[oc], p, subject="staff")))
                ws.cell(row, 7, int(F(c, oc, vo[oc] + vs[oc], p, subject="officers_and_staff")))
                if oc == "total":
                    for j in range(1, 8):
                        ws.cell(row, j).font = Font(bold=True)
                row += 1
    ws.cell(row + 1, 1, N("Special constables are volunteer officers and are not included in the Police officers "
                          "or Total columns. 2026 figures will be available after 31 January 2027.", "date"))
    for col, w in zip("ABCDEFG", (8, 40, 28, 15, 18, 14, 26)):
        ws.column_dimensions[col].width = w
    bk.xlsx_save(wb, src, "BTP Disclosure Unit", when=WHEN)


# =========================================================================== 10 PSNI: Word letter, calendar years as
# "January 2024 - December 2024", "*" = one or two under s40(2)
def build_psni():
    src = "psni/PSNI FOI-2026-02871 response.docx"
    KEY.file(src, "psni")
    r = rng("psni")
    d = bk.docx_a4(bk.docx_new("Arial", 11))
    bk.docx_para(d, "Police Service of Northern Ireland", bold=True, size=14)
    bk.docx_para(d, N("Request number: FOI-2026-02871", "reference"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "PSNI records by calendar year. Answer to (a) and (b):")
    t = d.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    docx_cell(t.cell(0, 0).merge(t.cell(1, 0)), "Allegation type", bold=True)
    for j, (pl, p) in enumerate((("January 2024 \u2013 December 2024", CY24), ("January 2025 \u2013 December 2025", CY25))):
        docx_cell(t.cell(0, 1 + 2 * j).merge(t.cell(0, 2 + 2 * j)), N(pl, "period band"), bold=True)
        docx_cell(t.cell(1, 1 + 2 * j), "Officers", bold=True)
        docx_cell(t.cell(1, 2 + 2 * j), "Staff", bold=True)

    def put(cell, c, oc, n, p, subj=None):
        if n in (1, 2):
            docx_cell(cell, F(c, oc, SUP(1, 2), p, subject=subj, said="*"))
        else:
            docx_cell(cell, F(c, oc, n, p, subject=subj))
    vs = {c: counts(r, hi=5, cat=c, late=True) for c in CATS5}
    for c in CATS5:
        cells = t.add_row().cells
        docx_cell(cells[0], CL[c])
        for j, p in enumerate((CY24, CY25)):
            if p == CY25:
                st = r.randint(0, min(2, vs[c]["total"]))
                of = vs[c]["total"] - st
            else:
                of = counts(r, hi=4, cat=c)["total"]
                st = counts(r, hi=2, cat=c, subj="staff", zero=0.6)["total"]
            put(cells[1 + 2 * j], c, "total", of, p, "officers")
            put(cells[2 + 2 * j], c, "total", st, p, "staff")
    bk.docx_para(d, N("* denotes one or two. Numbers of one or two have been suppressed under section 40(2) as "
                      "they could identify individuals.", "Act section"))
    bk.docx_para(d, N("Outcomes, officers and staff together, January 2025 \u2013 December 2025:", "period"))
    t2 = d.add_table(rows=1, cols=6)
    t2.style = "Table Grid"
    for j, h in enumerate(["Outcome"] + [CL[c] for c in CATS5]):
        docx_cell(t2.rows[0].cells[j], h, bold=True)
    for lab, oc in OUT7:
        cells = t2.add_row().cells
        docx_cell(cells[0], lab)
        for j, c in enumerate(CATS5, 1):
            put(cells[j], c, oc, vs[c][oc], CY25)
    bk.docx_para(d, N("Information for 2026 is not yet held in a validated form (section 1(1)(a)).", "year; Act section"))
    for c in CATS5:
        for subj in ("officers", "staff"):
            F(c, "total", bk.NH, CYTD, subject=subj, printed=False)
    bk.docx_para(d, rights())
    docx_save(d, src, "PSNI Corporate Information Branch")


# =========================================================================== 11 Civil Nuclear Constabulary: short text letter,
# nil return in prose plus a small space-aligned table of officers
def build_civil_nuclear():
    src = "civil-nuclear/CNC FOI 26-117 reply.txt"
    KEY.file(src, "civil-nuclear", subject="officers")
    r = rng("cnc")
    lines = ["Civil Nuclear Constabulary", "Culham Science Centre, Abingdon", "",
             N("FOI reference: 26/117      Date: 15 December 2026", "reference; date"), "", "Dear Requester,", "",
             request(), "",
             "The Constabulary is a small specialist force. Allegations made against our police officers are:", "",
             f"{'Allegation type':<42}{N('2024/25', 'period'):>10}{N('2025/26', 'period'):>10}{N('2026/27 YTD', 'period'):>14}",
             "-" * 76]
    for c in CATS5:
        vals = [F(c, "total", counts(r, hi=2, cat=c, zero=0.7)["total"], p) for p in (FY24, FY25, FYTD)]
        lines.append(f"{CL[c]:<42}{vals[0]:>10}{vals[1]:>10}{vals[2]:>14}")
    lines += ["", N("2026/27 YTD is 1 April 2026 to 30 November 2026.", "period definition"), "",
              "No allegation of any of these types was made against a member of police staff in any of the",
              N("three periods.", "count of periods")]
    for c in CATS5:
        for p in (FY24, FY25, FYTD):
            F(c, "total", 0, p, subject="staff", printed=False)
    lines += ["", N("Outcomes are not given because each would relate to one or two identifiable officers;", "size of suppressed group, not a figure"),
              N("this part of the request is refused under section 40(2).", "Act section")]
    lines += ["", rights(), "", "Yours faithfully,", "Disclosure Officer"]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# =========================================================================== 12 Ministry of Defence Police: HTML page,
# "01.04.2025 - 31.03.2026" headings, each year a <table> of outcome rows x type columns
def build_ministry_of_defence():
    src = "ministry-of-defence/MDP FOI 2026-10433.html"
    KEY.file(src, "ministry-of-defence")
    r = rng("mdp")
    blocks = []
    for pl, p in (("01.04.2024 - 31.03.2025", FY24), ("01.04.2025 - 31.03.2026", FY25),
                  ("01.04.2026 - 30.11.2026", FYTD)):
        vs = {c: counts(r, hi=3, cat=c, zero=0.55, late=p == FYTD) for c in CATS5}
        rows = ["<tr><td>" + E(lab) + "</td>" + "".join(f"<td>{F(c, oc, vs[c][oc], p)}</td>" for c in CATS5) + "</tr>"
                for lab, oc in OUT7 + [("Total", "total")]]
        blocks.append(f"<h3>{N(pl, 'period heading')}</h3>\n<table class=\"govuk-table\"><thead><tr><th>Outcome</th>"
                      + "".join(f"<th>{E(CL[c])}</th>" for c in CATS5) + "</tr></thead><tbody>\n"
                      + "\n".join(rows) + "\n</tbody></table>")
    body = f"""<main class="govuk-main-wrapper"><h1 class="govuk-heading-l">FOI {N("2026/10433", "reference")}: MDP misconduct allegations</h1>
<p class="govuk-body">Published {N("15 December 2026", "date")}. Ministry of Defence Police.</p>
<p class="govuk-body">{E(request())}</p>
<p class="govuk-body">The tables show allegations against MDP officers and MDP civilian staff combined.</p>
{chr(10).join(blocks)}
<p class="govuk-body">{rights()}</p></main>"""
    write_text(src, bk.html_page(N("FOI 2026/10433 - GOV.UK", "reference"), body))


# =========================================================================== 13 Gloucestershire: e-mail with a DOCX letter
# attached; letter gives a Q&A with prose figures (numbers in words) and an outcome table
def build_gloucestershire():
    src = "gloucestershire/Glos FOI 2026-0765 response.eml"
    KEY.file(src, "gloucestershire")
    r = rng("glos")
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_para(d, "Gloucestershire Constabulary", bold=True, size=14)
    bk.docx_para(d, N("FOI 2026/0765", "reference"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Totals for 2025/26, officers and staff together:", "period"))
    vs = {c: counts(r, hi=3, cat=c, zero=0.5) for c in CATS5}
    for c in CATS5:
        n = vs[c]["total"]
        w = bk.WORDS[n] if n <= 20 else str(n)
        bk.docx_para(d, f"\u2022 {CL[c]}: {F(c, 'total', n, FY25, said=w)} allegation{'s' if n != 1 else ''}")
    bk.docx_para(d, "Outcomes of those allegations:")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Outcome"] + ["SA", "SM", "SH", "APSP", "VAWG"]):
        docx_cell(t.rows[0].cells[j], h, bold=True)
    for lab, oc in OUT7:
        cells = t.add_row().cells
        docx_cell(cells[0], lab)
        for j, c in enumerate(CATS5, 1):
            docx_cell(cells[j], F(c, oc, vs[c][oc], FY25))
    bk.docx_para(d, N("We do not hold 2024/25 in a comparable form as the categories were introduced in 2025.", "period; year"))
    for c in CATS5:
        F(c, "total", bk.NH, FY24, printed=False)
    bk.docx_para(d, rights())
    buf_path = "gloucestershire/_tmp.docx"
    docx_save(d, buf_path, "Gloucestershire Constabulary")
    data = bk.dest(buf_path).read_bytes()
    bk.dest(buf_path).unlink()
    KEY.use(src)
    msg = email.message.EmailMessage()
    msg["From"] = "FOI Unit <foi@gloucestershire.police.uk>"
    msg["To"] = "requester@example.org"
    msg["Date"] = N("Tue, 15 Dec 2026 15:20:00 +0000", "date header")
    msg["Subject"] = N("FOI 2026/0765 - your request", "reference")
    msg["Message-ID"] = "<glos-0765@gloucestershire.police.uk>"
    msg.set_content("Good afternoon,\n\nPlease find our response attached.\n\nFOI Unit\n")
    msg.add_attachment(data, maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename=N("FOI 2026-0765 response.docx", "reference"))
    msg.set_boundary("===============glos20260765==")
    eml_save(src, msg)


# =========================================================================== 14 Northamptonshire: PDF letter, rows by
# outcome with officers / staff columns per type band, and a Total (officers and staff) column
def build_northamptonshire():
    from reportlab.platypus import Table
    from reportlab.lib.units import mm
    src = "northamptonshire/Northants FOI 000612-26.pdf"
    KEY.file(src, "northamptonshire")
    r = rng("nthn")
    st = bk.styles("Helvetica", 9.5)
    story = [bk.P("Northamptonshire Police \u2013 Freedom of Information", st["h"]),
             bk.P(N("Request 000612/26, response dated 15/12/2026", "reference; date"), st["body"]),
             bk.P(request(), st["body"])]
    for pl, p in (("Financial year 2024-25", FY24), ("Financial year 2025-26", FY25)):
        story.append(bk.P(N(pl, "period heading"), st["h"]))
        data = [["Type", "Outcome", "Officers", "Staff", "Total (officers and staff)"]]
        for c in CATS5:
            vo, vs = counts(r, hi=4, cat=c), counts(r, hi=3, cat=c, subj="staff")
            for lab, oc in OUT7 + [("Total", "total")]:
                data.append([CL[c] if oc == "dismissed" else "", lab, F(c, oc, vo[oc], p, subject="officers"),
                             F(c, oc, vs[oc], p, subject="staff"),
                             F(c, oc, vo[oc] + vs[oc], p, subject="officers_and_staff")])
        t = Table([[bk.P(x, st["cell"]) if j == 0 and x else x for j, x in enumerate(rw)] for rw in data],
                  colWidths=[50 * mm, 42 * mm, 20 * mm, 20 * mm, 36 * mm], repeatRows=1)
        t.setStyle(bk.grid_style(1, size=8))
        story.append(t)
    story.append(bk.P(N("Figures for 2026-27 are refused under section 22 as they will be published in our annual "
                        "professional standards report.", "Act section; year"), st["body"]))
    for c in CATS5:
        F(c, "total", bk.REF("s22"), FYTD, printed=False)
    story.append(bk.P(rights(), st["body"]))
    bk.pdf_letter(src, story, furniture("000612/26"), title="FOI 000612/26", author="Northamptonshire Police")


# =========================================================================== 15 North Wales: an RTF letter saved by Word,
# bilingual heading; Table 1 two-row head (year band over Officers / Staff), Table 2 outcomes x types for 2025-26
def rtf_esc(t):
    out = []
    for ch in t:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append(f"\\u{o}?")
        else:
            out.append(ch)
    return "".join(out)


def rtf_row(cells, widths, bold=False, mgf=(), mrg=()):
    x, defs = 0, []
    for i, w in enumerate(widths):
        x += w
        m = "\\clmgf" if i in mgf else ("\\clmrg" if i in mrg else "")
        defs.append(f"{m}\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10"
                    f"\\clbrdrr\\brdrs\\brdrw10\\cellx{x}")
    b, b0 = ("\\b ", "\\b0") if bold else ("", "")
    body = "".join(f"\\pard\\intbl\\ql {b}{rtf_esc(c)}{b0}\\cell " for c in cells)
    return "\\trowd\\trgaph108\\trleft0" + "".join(defs) + "\n" + body + "\\row\n"


def build_north_wales():
    src = "north-wales/NWP FOI 2026-1402 ymateb response.rtf"
    KEY.file(src, "north-wales")
    r = rng("nwp")
    paras = [("Heddlu Gogledd Cymru / North Wales Police", True),
             (N("Cais Rhyddid Gwybodaeth / Freedom of Information request FOI/2026/1402", "reference"), False),
             (N("Dyddiad / Date: 15/12/2026", "date"), False), ("Dear Requester,", False), (request(), False),
             (N("Table 1 shows the number of allegations against police officers and police staff in the financial "
                "years 2024-25 and 2025-26.", "table number; periods"), False)]
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang2057{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}\n",
           "{\\info{\\author NWP Disclosure Unit}{\\creatim\\yr2026\\mo12\\dy15\\hr9\\min0}}\n",
           "\\paperw11906\\paperh16838\\margl1134\\margr1134\\fs20\n"]
    for t, b in paras:
        bo, bc = ("\\b ", "\\b0") if b else ("", "")
        out.append("\\pard\\sa120 " + bo + rtf_esc(t) + bc + "\\par\n")
    w1 = [3400, 1500, 1500, 1500, 1500]
    out.append(rtf_row(["", N("2024-25", "period band"), "", N("2025-26", "period band"), ""], w1, True, mgf=(1, 3), mrg=(2, 4)))
    out.append(rtf_row(["Allegation type", "Officers", "Staff", "Officers", "Staff"], w1, True))
    vs = {c: counts(r, hi=4, cat=c, late=True) for c in CATS5}
    for c in CATS5:
        st = r.randint(0, vs[c]["total"] // 3)
        cells = [CL[c],
                 F(c, "total", counts(r, hi=4, cat=c)["total"], FY24, subject="officers"),
                 F(c, "total", counts(r, hi=3, cat=c, subj="staff")["total"], FY24, subject="staff"),
                 F(c, "total", vs[c]["total"] - st, FY25, subject="officers"),
                 F(c, "total", st, FY25, subject="staff")]
        out.append(rtf_row(cells, w1))
    out.append("\\pard\\sa120\\par\n")
    out.append(f"\\pard\\sa120 {rtf_esc(N('Table 2 gives the outcomes of the allegations received in 2025-26, officers and staff together.', 'table number; period'))}\\par\n")
    w2 = [2600] + [1450] * 5
    out.append(rtf_row(["Outcome", "Sexual assault", "Sexual misconduct", "Sexual harassment", "APSP", "VAWG"], w2, True))
    for lab, oc in OUT7 + [("Total", "total")]:
        out.append(rtf_row([lab] + [F(c, oc, vs[c][oc], FY25) for c in CATS5], w2, oc == "total"))
    out.append("\\pard\\sa120\\par\n")
    out.append(f"\\pard\\sa120 {rtf_esc(N('Figures for 2026-27 will be published in our annual report in summer 2027 and are withheld under section 22.', 'period; year; Act section'))}\\par\n")
    for c in CATS5:
        F(c, "total", bk.REF("s22"), FYTD, printed=False)
    out.append(f"\\pard\\sa120 {rtf_esc(rights())}\\par\n}}\n")
    write_text(src, "".join(out), newline="\r\n")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind40-", read=read40))
