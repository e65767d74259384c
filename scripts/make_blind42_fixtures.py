#!/usr/bin/python3
"""make_blind42_fixtures.py -- the forty-second blind test batch for `foi` and its answer key.

Theme: periods and dates.  Request sent 2 December 2026 (see fixtures/blind42/NOTES.md).
Machinery: scripts/blindkit.py (imported, not edited).
usage: /usr/bin/python3 make_blind42_fixtures.py        # rebuild fixtures/blind42 (or $FOI_BLIND42_OUT)
       /usr/bin/python3 make_blind42_fixtures.py check  # determinism and number accounting
"""
import os
import datetime as dt
import email.message
import email.policy
import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import F, N, L, KEY, FY, CY, SUP, E, write_text, write_bytes  # noqa: E402,F401

FINAL = Path(os.environ.get("FOI_BLIND42_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind42").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
FY24, FY25 = FY(2024), FY(2025)
CY24, CY25 = CY(2024), CY(2025)
REQUEST = ("Please provide, for the financial years 2024/25 and 2025/26, and for the current financial year to "
           "date, the number of allegations of sexual assault, sexual misconduct, sexual harassment, abuse of "
           "position for a sexual purpose and violence against women and girls made against police officers and "
           "police staff, and the outcome of each allegation. If you record by calendar year, please give calendar "
           "years instead.")
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
                 "Reflective practice", "No case to answer", "Under investigation"], OCS))
OUT8 = OUT7 + [("Total", "total")]
OCT = OCS + ["total"]
WHEN = dt.datetime(2026, 12, 21, 10, 30, 0)


def request():
    return N(REQUEST, "the request's periods")


def rng(name):
    return random.Random("blind42-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    if cat == AP or subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(2, 5)
    k["total"] = sum(k[oc] for oc in ocs)
    return k


def rights():
    return N("If you are unhappy with this response you may ask for an internal review within 40 working days, "
             "and then complain to the Information Commissioner\u2019s Office, Wycliffe House, Water Lane, "
             "Wilmslow, Cheshire, SK9 5AF.", "review window; ICO address")


def furniture(ref, marking="OFFICIAL"):
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, h - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref, "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


def docx_save(d, src, author):
    bk.docx_props(d, author, when=WHEN)
    buf = io.BytesIO()
    d.save(buf)
    write_bytes(src, bk.normalised_zip(buf.getvalue()))


def xlsx_save(wb, src, creator="Information Rights"):
    bk.xlsx_save(wb, src, creator=creator, when=WHEN)


def read42(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p, prefer=("plain",), attachments=True)
    return bk.read_back(p, dates=True)


def num_table(data, widths, hdr=1, extra=(), size=8):
    from reportlab.platypus import Table
    t = Table(data, colWidths=widths, repeatRows=hdr)
    t.setStyle(bk.grid_style(hdr, size=size, extra=list(extra)))
    return t


# ===================================================================== 1 Suffolk: PDF letter; "2026/27 (to date)" whose
# only end is the letter's own date at the top
SUF_TD = ("2026-04-01", "2026-12-09")


def build_suffolk():
    src = "suffolk/Suffolk Constabulary FOI 2026-04418 response.pdf"
    KEY.file(src, "suffolk")
    r = rng("suffolk")
    st = bk.styles("Helvetica", 9.5)
    story = [bk.P("Suffolk Constabulary", st["h"]),
             bk.P("Information Management Department, Martlesham Heath, Ipswich", st["addr"]),
             bk.S(6),
             bk.P(N("Dated 9 December 2026", "the letter's date"), st["right"]),
             bk.P(N("Our reference: FOI 2026-04418", "reference"), st["body"]),
             bk.P("Dear Requester,", st["body"]),
             bk.P(request(), st["quote"]),
             bk.P("Suffolk Constabulary holds the information you requested. The table below shows allegations "
                  "recorded against police officers and police staff together, by the financial year in which the "
                  "allegation was recorded, with the outcome of each allegation as it stands today.", st["body"])]
    head = ["Allegation type", "Outcome", N("2024/25", "period"), N("2025/26", "period"), N("2026/27 (to date)", "period")]
    data = [[bk.P(h, st["cellb"]) for h in head]]
    spans = []
    for cat in CATS5:
        vs = [counts(r, hi=6, cat=cat, late=p is SUF_TD) for p in (FY24, FY25, SUF_TD)]
        top = len(data)
        for lab, oc in OUT8:
            data.append([bk.P(CL[cat], st["cell"]) if oc == "dismissed" else "", lab] +
                        [F(cat, oc, v[oc], p) for v, p in zip(vs, (FY24, FY25, SUF_TD))])
        spans.append(("SPAN", (0, top), (0, top + 7)))
        spans.append(("FONT", (1, top + 7), (-1, top + 7), "Helvetica-Bold", 8))
    story.append(num_table(data, [120, 120, 60, 60, 75], extra=spans + [("VALIGN", (0, 1), (0, -1), "TOP")]))
    story += [bk.S(6), bk.P("Figures for the current year are provisional: allegations recorded this year may still be "
                            "under investigation and outcomes will change.", st["small"]),
              bk.P(rights(), st["body"]), bk.P("Yours sincerely,", st["body"]),
              bk.P("Information Management Department", st["body"])]
    bk.pdf_letter(src, story, furniture("FOI 2026-04418"), title="FOI 2026-04418", author="Suffolk Constabulary")
    repeated_heads(src, "2026/27 (to", 1, ["2024/25", "2025/26", "2026/27 (to date)"])


# ===================================================================== 2 North Yorkshire: DOCX; columns "Last financial
# year" / "This financial year to date" / "Previous calendar year"; the part year ends at a footnoted extraction date
NY_TD = ("2026-04-01", "2026-11-30")


def build_north_yorkshire():
    from docx.enum.section import WD_ORIENT
    src = "north-yorkshire/NYP FOI 1198.2026 response.docx"
    KEY.file(src, "north-yorkshire")
    r = rng("nyp")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_header_footer(d, "OFFICIAL", "North Yorkshire Police, Civil Disclosure Unit")
    bk.docx_para(d, "North Yorkshire Police", bold=True, size=14)
    bk.docx_para(d, N("Freedom of Information request 1198.2026 \u2013 11 December 2026", "reference; date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "We record allegations by financial year. The table gives the last complete financial year and "
                    "the financial year so far, for officers and staff together. For comparison, the final column "
                    "gives the total for the previous calendar year.")
    heads = ["Allegation type", "Outcome", "Last financial year", "This financial year to date\u00b9",
             "Previous calendar year"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        bk.docx_cell(t.rows[0].cells[i], N(h, "footnote marker") if "\u00b9" in h else h, bold=True)
    for cat in CATS5:
        vs = [counts(r, hi=6, cat=cat), counts(r, hi=4, cat=cat, late=True)]
        cy = rng("nypcy" + cat).randint(3, 18)
        for lab, oc in OUT8:
            row = t.add_row().cells
            bk.docx_cell(row[0], CL[cat], bold=oc == "total")
            bk.docx_cell(row[1], lab, bold=oc == "total")
            bk.docx_cell(row[2], F(cat, oc, vs[0][oc], FY25), bold=oc == "total")
            bk.docx_cell(row[3], F(cat, oc, vs[1][oc], NY_TD), bold=oc == "total")
            bk.docx_cell(row[4], F(cat, "total", cy, CY25) if oc == "total" else "\u2013", bold=oc == "total")
    bk.docx_para(d, "\u2013 previous calendar year outcomes are not shown.")
    bk.docx_para(d, N("\u00b9 Data extracted on 30/11/2026. Allegations recorded after that date are not included.",
                      "footnote marker; extraction date"), size=8)
    bk.docx_para(d, rights())
    bk.docx_para(d, "Civil Disclosure Unit")
    docx_save(d, src, "NYP Civil Disclosure")


# ===================================================================== 3 City of London: HTML disclosure page; financial
# years asked, calendar years given ("CY2024"); 2026 refused s22 to the date of the response
COL_TD = ("2026-01-01", "2026-12-15")


def build_city_of_london():
    src = "city-of-london/col-police-foi-2026-0731.html"
    KEY.file(src, "city-of-london")
    r = rng("col")
    body = ["<header><p class=\"brand\">City of London Police</p><nav><a href=\"/\">Home</a> &gt; "
            "<a href=\"/foi\">Freedom of Information</a> &gt; Disclosure log</nav></header>",
            "<main>", f"<h1>Sexual misconduct allegations against officers and staff ({N('FOI 2026/0731', 'reference')})</h1>",
            f"<p class=\"meta\">{N('Date of response: 15 December 2026', 'date of the response')}</p>",
            "<h2>Request</h2>", f"<blockquote>{request()}</blockquote>",
            "<h2>Response</h2>",
            "<p>The City of London Police records professional standards matters by calendar year, not financial "
            "year, so the figures below are for calendar years (CY). Officers and staff are counted together.</p>"]
    heads = [lab for lab, _ in OUT7] + ["Total"]
    for pl, p in (("CY2024", CY24), ("CY2025", CY25)):
        body.append(f"<table class=\"disclosure\"><caption>{N(pl + ' (1 January to 31 December)', 'period')}</caption>"
                    "<thead><tr><th scope=\"col\">Allegation</th>" + "".join(f"<th scope=\"col\">{h}</th>" for h in heads) +
                    "</tr></thead><tbody>")
        for cat in CATS5:
            v = counts(r, hi=4, cat=cat)
            body.append(f"<tr><th scope=\"row\">{CL[cat]}</th>" + "".join(f"<td>{F(cat, oc, v[oc], p)}</td>" for oc in OCT) + "</tr>")
        body.append("</tbody></table>")
    body.append(f"<h3>{N('Calendar year 2026', 'period refused')}</h3>")
    body.append(N("<p>Information for 1 January 2026 to the date of this response is exempt under section 22 of the "
                  "Act (information intended for future publication). Figures for 2026 will be published in our "
                  "annual professional standards report after the year ends, in spring 2027. The public interest "
                  "in early disclosure does not outweigh the public interest in publishing complete, validated "
                  "figures.</p>", "Act section; period refused; publication year"))
    for c in CATS5:
        F(c, "total", bk.REF("s22"), COL_TD, printed=False)
    body.append(f"<p>{rights()}</p></main>")
    body.append("<footer><p>City of London Police, Guildhall Yard East, London</p></footer>")
    write_text(src, bk.html_page(N("FOI 2026/0731 - City of London Police", "reference"), "\n".join(body)))


# ===================================================================== 4 Avon and Somerset: PDF, officers and staff
# tables whose period heads are broken over three lines; current year to date refused s22
AS_TD = ("2026-04-01", "2026-12-16")


def build_avon_and_somerset():
    src = "avon-and-somerset/ASC FOI 2026-7719 final response.pdf"
    KEY.file(src, "avon-and-somerset")
    r = rng("asc")
    st = bk.styles("Helvetica", 9.5)
    story = [bk.P("Avon and Somerset Constabulary", st["h"]),
             bk.P(N("Freedom of Information reference: 2026/7719", "reference"), st["body"]),
             bk.P(N("Date: 16/12/2026", "the letter's date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P(N("Tables 1 and 2 give allegations against police officers and against police staff for the two "
                    "complete financial years you asked for.", "table numbers; count of years"), st["body"])]
    for n, (subj, title) in enumerate((("officers", "Police officers"), ("staff", "Police staff")), 1):
        story.append(bk.P(N(f"Table {n}: {title}", "table number"), st["h2"]))
        head = [bk.P("Allegation", st["cellb"]), bk.P("Outcome", st["cellb"]),
                bk.P(N("Year ending<br/>31 March<br/>2025", "period head"), st["cellc"]),
                bk.P(N("Year ending<br/>31 March<br/>2026", "period head"), st["cellc"])]
        data = [head]
        extra = []
        for cat in CATS5:
            vs = [counts(r, hi=6, cat=cat, subj=subj) for _ in range(2)]
            top = len(data)
            for lab, oc in OUT8:
                data.append([bk.P(CL[cat], st["cell"]) if oc == "dismissed" else "", lab] +
                            [F(cat, oc, v[oc], p, subject=subj) for v, p in zip(vs, (FY24, FY25))])
            extra += [("SPAN", (0, top), (0, top + 7)), ("VALIGN", (0, top), (0, top), "TOP"),
                      ("BACKGROUND", (1, top + 7), (-1, top + 7), bk_col("#EEEEEE"))]
        story += [num_table(data, [130, 130, 65, 65], extra=extra), bk.S(8)]
    story.append(bk.P("Current financial year", st["h2"]))
    story.append(bk.P(N("Figures for the current financial year to date are withheld under section 22 of the Act. The "
                        "Constabulary publishes validated figures for each financial year once it has ended, and the "
                        "2026/27 figures will appear in the Professional Standards annual report.",
                        "Act section; period refused"), st["body"]))
    for c in CATS5:
        F(c, "total", bk.REF("s22"), AS_TD, printed=False)
    story.append(bk.P(rights(), st["body"]))
    bk.pdf_letter(src, story, furniture("ASC 2026/7719"), title="FOI 2026/7719", author="Avon and Somerset Constabulary")
    repeated_heads(src, "Year ending", 2, ["31 2025", "31 2026"], per=2)


def repeated_heads(src, marker, once, heads, per=1):
    """A table header repeated by reportlab at the top of each continuation page: its period heads are
    declared non-figures once more for every repeat (found by counting marker in the read-back)."""
    extra = bk.pdf_text(bk.dest(src)).count(marker) // per - once
    for _ in range(extra):
        for h in heads:
            N(h, "period head repeated on a continuation page")


def bk_col(hexs):
    from reportlab.lib import colors
    return colors.HexColor(hexs)


# ===================================================================== 5 Bedfordshire: long CSV, periods "12 months to
# 31/03/2025" and "8 months to 30/11/2026"
BED_TD = ("2026-04-01", "2026-11-30")


def build_bedfordshire():
    src = "bedfordshire/BCH FOI 2026-3310 Bedfordshire data.csv"
    KEY.file(src, "bedfordshire")
    r = rng("beds")
    out = [N("Bedfordshire Police - FOI 2026/3310 - allegations against officers and staff by reporting period,,,,", "reference"),
           N("Reporting period,Allegation type,Employee type,Outcome,Allegations", "")]
    for pl, p in (("12 months to 31/03/2025", FY24), ("12 months to 31/03/2026", FY25),
                  ("8 months to 30/11/2026", BED_TD)):
        for cat in CATS5:
            for subj, sl in (("officers", "Police officer"), ("staff", "Police staff")):
                v = counts(r, hi=5, cat=cat, subj=subj, late=p is BED_TD)
                for lab, oc in OUT7 + [("All outcomes", "total")]:
                    out.append(f"{N(pl, 'period')},{CL[cat]},{sl},{lab},{F(cat, oc, v[oc], p, subject=subj)}")
    write_text(src, "\n".join(out) + "\n", newline="\r\n")


# ===================================================================== 6 Cheshire: XLSX, quarter columns Q1..Q4 under a
# merged "FY2025/26" band with a year Total
def build_cheshire():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "cheshire/Cheshire Constabulary FOI 26-10554.xlsx"
    KEY.file(src, "cheshire")
    r = rng("cheshire")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = N("FOI 26-10554", "reference (sheet name)")
    ws["A1"] = "Cheshire Constabulary \u2013 allegations against police officers and staff (combined), by quarter recorded"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = N("Request 26-10554. Quarters: Q1 April-June, Q2 July-September, Q3 October-December, Q4 January-March.",
                 "reference; quarter definitions")
    ws["A4"], ws["B4"] = "Allegation type", "Outcome"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws["C4"] = N("FY2025/26", "period band")
    ws.merge_cells("C4:G4")
    ws["C4"].alignment = Alignment(horizontal="center")
    for i, h in enumerate(["Q1", "Q2", "Q3", "Q4", N("Total FY2025/26", "period")]):
        ws.cell(5, 3 + i, h).font = Font(bold=True)
    for c in ("A4", "B4", "C4"):
        ws[c].font = Font(bold=True)
    qs = [bk.FQ(2025, q) for q in (1, 2, 3, 4)]
    row = 6
    for cat in CATS5:
        vq = [counts(r, hi=3, cat=cat, zero=0.55, late=q == 4) for q in (1, 2, 3, 4)]
        for lab, oc in OUT8:
            ws.cell(row, 1, CL[cat])
            ws.cell(row, 2, lab)
            for i, (v, p) in enumerate(zip(vq, qs)):
                ws.cell(row, 3 + i, int(F(cat, oc, v[oc], p)))
            ws.cell(row, 7, int(F(cat, oc, sum(v[oc] for v in vq), FY25)))
            if oc == "total":
                for c in range(1, 8):
                    ws.cell(row, c).font = Font(bold=True)
            row += 1
    row += 1
    ws.cell(row, 1, N("2026/27 figures will be provided once the financial year has ended (31 March 2027).",
                      "period; date"))
    ws.cell(row + 1, 1, N("2024/25 figures were disclosed in response to FOI 25-07731 and are published in our "
                          "disclosure log.", "earlier period and reference"))
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 28
    ws.freeze_panes = "C6"
    xlsx_save(wb, src, "Cheshire Constabulary Information Compliance")


# ===================================================================== 7 Derbyshire: DOCX, periods down the side as
# vertically merged cells, "FY25" defined in a key as the year to 31 March 2025
DER_TD = ("2026-04-01", "2026-11-30")


def build_derbyshire():
    from docx.shared import Pt
    src = "derbyshire/Derbyshire Constabulary FOI 004871-26 response.docx"
    KEY.file(src, "derbyshire")
    r = rng("derbys")
    d = bk.docx_a4(bk.docx_new("Calibri", 10.5))
    bk.docx_header_footer(d, "OFFICIAL", "Derbyshire Constabulary, Butterley Hall, Ripley")
    bk.docx_para(d, "Derbyshire Constabulary \u2013 Freedom of Information", bold=True, size=14)
    bk.docx_para(d, N("Our ref: 004871/26      Date: 14 December 2026", "reference; date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "The table below shows allegations against officers and staff together. Period key:")
    for t in ("FY25 \u2013 the year to 31 March 2025", "FY26 \u2013 the year to 31 March 2026",
              "FY27 YTD \u2013 1 April 2026 to 30 November 2026"):
        bk.docx_para(d, N(t, "period key"), style="List Bullet")
    heads = ["Period", "Allegation type"] + [lab for lab, _ in OUT7] + ["Total"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        bk.docx_cell(t.rows[0].cells[i], h, bold=True, size=8.5)
    for pl, p in (("FY25", FY24), ("FY26", FY25), ("FY27 YTD", DER_TD)):
        first = len(t.rows)
        for cat in CATS5:
            row = t.add_row().cells
            bk.docx_cell(row[1], CL[cat], size=8.5)
            if p is FY24 and cat == VG:
                for j in range(len(OCT)):
                    bk.docx_cell(row[2 + j], "n/h", size=8.5)
                F(cat, "total", bk.NH, p, said="n/h", printed=False)
                continue
            v = counts(r, hi=5, cat=cat, late=p is DER_TD)
            for j, oc in enumerate(OCT):
                bk.docx_cell(row[2 + j], F(cat, oc, v[oc], p), size=8.5, bold=oc == "total")
        top = t.cell(first, 0)
        merged = top.merge(t.cell(len(t.rows) - 1, 0))
        bk.docx_cell(merged, pl, bold=True, size=8.5)
        for _ in CATS5:       # python-docx reads the merged cell back on every row it spans
            N(pl, "period (merged cell)")
    bk.docx_para(d, "n/h = not held: violence against women and girls was first recorded as a separate category "
                    "from 1 April 2025.", size=8)
    N("1 April 2025", "date in the n/h note")
    bk.docx_para(d, rights())
    docx_save(d, src, "Derbyshire Constabulary FOI Unit")


# ===================================================================== 8 Dorset: HTML revised response replacing the
# 2025/26 column (original figures shown beside the revised ones)
def build_dorset():
    src = "dorset/dorset-police-foi-2026-1410-revised.html"
    KEY.file(src, "dorset")
    r = rng("dorset")
    body = ["<div class=\"page\"><p class=\"crest\">Dorset Police</p>",
            f"<h1>{N('FOI 2026-1410', 'reference')}: revised response</h1>",
            f"<p>{N('Date of this revised response: 18 December 2026. It replaces our response of 4 December 2026.', 'dates')}</p>",
            f"<p><strong>Your request:</strong> {request()}</p>",
            N("<p>After our first response, our Professional Standards Department finalised a number of allegations "
              "recorded in 2025/26 and corrected the categories of others. We have therefore replaced the 2025/26 "
              "figures. The 2024/25 figures are unchanged. The original 2025/26 figures are shown struck through for "
              "reference only and should no longer be used. Officers and staff are counted together.</p>", "periods"),
            "<table border=\"1\"><thead><tr><th>Allegation type</th><th>Outcome</th>"
            f"<th>{N('2024-25', 'period')}</th><th>{N('2025-26 (response of 4 December 2026 - superseded)', 'period; date')}</th>"
            f"<th>{N('2025-26 (revised 18 December 2026)', 'period; date')}</th></tr></thead><tbody>"]
    for cat in CATS5:
        v24 = counts(r, hi=5, cat=cat)
        old = counts(r, hi=4, cat=cat, late=True)
        new = dict(old)
        moved = min(old["ongoing"], r.randint(1, 3))
        new["ongoing"] -= moved
        for _ in range(moved):
            new[r.choice(["dismissed", "final_written_warning", "management_action", "no_case_to_answer"])] += 1
        if cat == SH:
            new["written_warning"] += 1
        new["total"] = sum(new[oc] for oc in OCS)
        for i, (lab, oc) in enumerate(OUT8):
            th = f"<th rowspan=\"8\" scope=\"rowgroup\">{CL[cat]}</th>" if i == 0 else ""
            body.append(f"<tr>{th}<td>{lab}</td><td>{F(cat, oc, v24[oc], FY24)}</td>"
                        f"<td class=\"old\"><del>{N(str(old[oc]), 'superseded figure (struck through)')}</del></td>"
                        f"<td><strong>{F(cat, oc, new[oc], FY25)}</strong></td></tr>")
    body.append("</tbody></table>")
    body.append(f"<p>{rights()}</p></div>")
    write_text(src, bk.html_page(N("Dorset Police FOI 2026-1410 revised response", "reference"),
                                 "\n".join(body), head_extra="<style>td.old{color:#888}</style>\n"))


# ===================================================================== 9 Essex: XLSX, period only in the sheet names
# ("Financial year 2024 to 2025", GOV.UK style), officers and staff columns
def build_essex():
    import openpyxl
    from openpyxl.styles import Font
    src = "essex/Essex Police FOI 2026-62871 data.xlsx"
    KEY.file(src, "essex")
    r = rng("essex")
    wb = openpyxl.Workbook()
    first = True
    for pl, p in (("Financial year 2024 to 2025", FY24), ("Financial year 2025 to 2026", FY25)):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = N(pl, "period (sheet name)")
        ws["A1"] = "Essex Police \u2013 Professional Standards Department"
        ws["A1"].font = Font(bold=True)
        ws["A2"] = "Allegations recorded against police officers and police staff"
        ws.append([])
        ws.append(["Allegation type", "Outcome", "Police officers", "Police staff"])
        for c in ws[4]:
            c.font = Font(bold=True)
        for cat in CATS5:
            vo = counts(r, hi=6, cat=cat, subj="officers")
            vs = counts(r, hi=6, cat=cat, subj="staff")
            for lab, oc in OUT8:
                ws.append([CL[cat], lab, int(F(cat, oc, vo[oc], p, subject="officers")),
                           int(F(cat, oc, vs[oc], p, subject="staff"))])
        ws.column_dimensions["A"].width = 38
        ws.column_dimensions["B"].width = 26
    ws = wb.create_sheet("Notes")
    ws["A1"] = N("FOI 2026-62871", "reference")
    ws["A2"] = N("Each sheet covers the financial year in its name (1 April to 31 March).", "period definition")
    ws["A3"] = N("Figures for the financial year 2026 to 2027 are not included: they are exempt under section 22 "
                 "and will be published in our annual report.", "period; Act section")
    for c in CATS5:
        F(c, "total", bk.REF("s22"), ("2026-04-01", "2027-03-31"), printed=False)
    xlsx_save(wb, src, "Essex Police Information Rights")


# ===================================================================== 10 Hertfordshire: plain-text e-mail, periods
# "Apr '24 - Mar '25"; outcomes for the current year refused under s40(2) as too few (the total is given)
HT_TD = ("2026-04-01", "2026-11-30")


def build_hertfordshire():
    src = "hertfordshire/RE FOI HC-2026-9034 (Hertfordshire Constabulary).eml"
    KEY.file(src, "hertfordshire")
    r = rng("herts")
    pers = (("Apr '24 \u2013 Mar '25", FY24), ("Apr '25 \u2013 Mar '26", FY25), ("Apr '26 \u2013 Nov '26", HT_TD))
    lines = ["Dear Requester,", "", N("Freedom of Information request HC/2026/9034", "reference"), "",
             "Thank you for your request. Hertfordshire Constabulary holds the information. The figures are",
             "allegations against police officers and police staff together, by the month the allegation was",
             "recorded. The last column runs to the end of November, the last complete month.", ""]
    widths = [30, 20, 20, 20]
    for cat in CATS5:
        lines.append(CL[cat].upper())
        lines.append("Outcome".ljust(widths[0]) + "".join(N(pl, "period").rjust(w) for (pl, _), w in zip(pers, widths[1:])))
        lines.append("-" * sum(widths))
        vs = [counts(r, hi=5, cat=cat, late=p is HT_TD) for _, p in pers]
        for lab, oc in OUT8:
            lines.append(lab.ljust(widths[0]) + "".join(F(cat, oc, v[oc], p).rjust(w)
                                                        for v, (_, p), w in zip(vs, pers, widths[1:])))
        lines.append("")
    lines += [rights(), "", "Kind regards,", "Joint Protective Services Information Management"]
    m = email.message.EmailMessage()
    m["From"] = "Information Management <foi@herts.police.uk>"
    m["To"] = "requester@example.org"
    m["Subject"] = N("RE: FOI HC-2026-9034 (Hertfordshire Constabulary)", "reference")
    m["Date"] = N("Mon, 14 Dec 2026 15:47:00 +0000", "date")
    m["Message-ID"] = "<20261214154700.9034@herts.police.uk>"
    m.set_content("\n".join(lines) + "\n")
    write_bytes(src, m.as_bytes(policy=email.policy.SMTP))


# ===================================================================== 11 Lincolnshire: HTML; period heads with <sup>
# footnote markers ("2025/26<sup>1</sup>"); the part year defined by its extraction date in a footnote
LIN_TD = ("2026-04-01", "2026-12-06")


def build_lincolnshire():
    src = "lincolnshire/lincs-police-foi-001977-26.html"
    KEY.file(src, "lincolnshire", subject="officers")
    r = rng("lincs")
    pers = (("2024/25", "", FY24), ("2025/26", "1", FY25), ("2026/27", "2", LIN_TD))
    body = [f"<h1>Freedom of Information request {N('001977/26', 'reference')}</h1>",
            f"<p><em>{N('Published 17/12/2026', 'date')}</em></p>", f"<p>{request()}</p>",
            "<p>Lincolnshire Police holds this information for police officers only; complaints about police staff "
            "are handled by our People Services department and are not recorded in the same way.</p>",
            "<table class=\"foi\"><thead><tr><th rowspan=\"2\">Allegation type</th>"]
    for pl, mk, _ in pers:
        body.append(f"<th colspan=\"8\">{N(pl, 'period')}" + (f"<sup><a href=\"#fn{mk}\">{N(mk, 'footnote marker')}</a></sup>" if mk else "") + "</th>")
    body.append("</tr><tr>" + "".join(f"<th>{lab}</th>" for _ in pers for lab, _ in OUT8) + "</tr></thead><tbody>")
    for cat in CATS5:
        cells = []
        for _, _, p in pers:
            v = counts(r, hi=5, cat=cat, late=p is LIN_TD)
            cells += [F(cat, oc, v[oc], p) for oc in OCT]
        body.append(f"<tr><th scope=\"row\">{CL[cat]}</th>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    body.append("</tbody></table>")
    body.append(N("<p id=\"fn1\"><sup>1</sup> 1 April 2025 to 31 March 2026. Outcomes are as recorded at the date the "
                  "data were extracted.</p>", "footnote; period"))
    body.append(N("<p id=\"fn2\"><sup>2</sup> 1 April 2026 to 6 December 2026, the date the data were extracted.</p>",
                  "footnote; period"))
    body.append(f"<p>{rights()}</p>")
    write_text(src, bk.html_page(N("FOI 001977/26 | Lincolnshire Police", "reference"), "\n".join(body)))


# ===================================================================== 12 Norfolk: DOCX; officers by financial year in
# a table, staff by calendar year in prose ("CY2025")
def build_norfolk():
    src = "norfolk/Norfolk Constabulary FOI NC-26-1602 response.docx"
    KEY.file(src, "norfolk", subject="officers")
    r = rng("norfolk")
    d = bk.docx_a4(bk.docx_new("Arial", 10.5))
    bk.docx_header_footer(d, "OFFICIAL", "Norfolk Constabulary, Operations and Communications Centre, Wymondham")
    bk.docx_para(d, "Norfolk Constabulary", bold=True, size=14)
    bk.docx_para(d, N("Reference: NC-26-1602", "reference"))
    bk.docx_para(d, N("22 December 2026", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_heading(d, "Police officers", 12)
    bk.docx_para(d, "Allegations against police officers are recorded by the Professional Standards Department by "
                    "financial year.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Allegation type", "Outcome", N("FY2024/25", "period"), N("FY2025/26", "period")]):
        bk.docx_cell(t.rows[0].cells[i], h, bold=True)
    for cat in CATS5:
        vs = [counts(r, hi=6, cat=cat) for _ in range(2)]
        for lab, oc in OUT8:
            row = t.add_row().cells
            bk.docx_cell(row[0], CL[cat] if oc == "dismissed" else "")
            bk.docx_cell(row[1], lab)
            for j, (v, p) in enumerate(zip(vs, (FY24, FY25))):
                bk.docx_cell(row[2 + j], F(cat, oc, v[oc], p), bold=oc == "total")
    bk.docx_para(d, "")
    bk.docx_heading(d, "Police staff", 12)
    st = {c: rng("nstaff" + c).randint(0, 6) for c in CATS5}
    st[AP] = 0
    bk.docx_para(d, L("Misconduct matters concerning police staff are managed by Human Resources, which records them by "
                      "calendar year. In calendar year 2025 (CY2025) there were {a} allegations of sexual assault, {b} of "
                      "sexual misconduct, {c} of sexual harassment and {v} of violence against women and girls made "
                      "against members of police staff. There were no allegations of abuse of position for a sexual "
                      "purpose against police staff in CY2025.", "period",
                      a=F(SA, "total", st[SA], CY25, subject="staff"), b=F(SM, "total", st[SM], CY25, subject="staff"),
                      c=F(SH, "total", st[SH], CY25, subject="staff"), v=F(VG, "total", st[VG], CY25, subject="staff")))
    F(AP, "total", 0, CY25, subject="staff", said="no allegations of abuse of position")
    bk.docx_para(d, N("Staff figures for 2024 and for 2026 to date have not been extracted within the time available; "
                      "we will provide 2024 on request.", "years"))
    bk.docx_para(d, rights())
    docx_save(d, src, "Norfolk Constabulary Information Management")


# ===================================================================== 13 Northumbria: PDF, "2024-25 FY" columns and a
# cumulative "Since 1 April 2024" column
NB_TD = ("2026-04-01", "2026-11-30")
NB_CUM = ("2024-04-01", "2026-11-30")


def build_northumbria():
    from reportlab.lib.pagesizes import A4, landscape
    src = "northumbria/Northumbria Police FOI 2155-26 disclosure.pdf"
    KEY.file(src, "northumbria")
    r = rng("nbria")
    st = bk.styles("Helvetica", 9)
    story = [bk.P("Northumbria Police \u2013 Freedom of Information disclosure", st["h"]),
             bk.P(N("Request 2155/26 \u2013 response dated 15 December 2026", "reference; date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P(N("Allegations against officers and staff together. The last column is the running total from "
                    "1 April 2024 to 30 November 2026 (the three columns before it added together).", "period"), st["body"])]
    head = ["Allegation type", "Outcome", N("2024-25 FY", "period"), N("2025-26 FY", "period"),
            N("2026-27 FY (to 30 Nov)", "period"), N("Cumulative since 1 April 2024", "period start")]
    data = [[bk.P(h, st["cellb"]) for h in head]]
    extra = []
    for cat in CATS5:
        vs = [counts(r, hi=6, cat=cat, late=p is NB_TD) for p in (FY24, FY25, NB_TD)]
        top = len(data)
        for lab, oc in OUT8:
            data.append([bk.P(CL[cat], st["cell"]) if oc == "dismissed" else "", lab] +
                        [F(cat, oc, v[oc], p) for v, p in zip(vs, (FY24, FY25, NB_TD))] +
                        [F(cat, oc, sum(v[oc] for v in vs), NB_CUM)])
        extra += [("SPAN", (0, top), (0, top + 7)), ("VALIGN", (0, top), (0, top), "TOP"),
                  ("FONT", (1, top + 7), (-1, top + 7), "Helvetica-Bold", 8)]
    story += [num_table(data, [150, 140, 70, 70, 90, 110], extra=extra), bk.S(6),
              bk.P(rights(), st["body"])]
    bk.pdf_letter(src, story, furniture("Northumbria 2155/26"), pagesize=landscape(A4),
                  title="FOI 2155/26", author="Northumbria Police")
    repeated_heads(src, "Cumulative since", 1, ["2024-25", "2025-26", "2026-27 (to 30 Nov)", "1 April 2024"])


# ===================================================================== 14 Police Scotland: FOISA PDF letter, "YE Mar 2025"
# columns; "*" = one to four under s38(1)(b); the current year to date refused under s27(1)
PS_TD = ("2026-04-01", "2026-12-21")


def build_police_scotland():
    src = "police-scotland/Police Scotland FOI 26-3375 response.pdf"
    KEY.file(src, "police-scotland")
    r = rng("pscot")
    st = bk.styles("Helvetica", 9.5)
    story = [bk.P(N("Police Scotland \u2013 Freedom of Information (Scotland) Act 2002", "Act year"), st["h"]),
             bk.P(N("Our reference: FOI 26-3375", "reference"), st["body"]),
             bk.P(N("Your request dated 2 December 2026; our response dated 21 December 2026", "dates"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P("Police Scotland counts officers and staff together. YE Mar = year ended 31 March.", st["body"])]
    N("31", "period definition")
    head = ["Allegation type", "Outcome", N("YE Mar 2025", "period"), N("YE Mar 2026", "period")]
    data = [[bk.P(h, st["cellb"]) for h in head]]
    extra = []
    for cat in CATS5:
        vs = [counts(r, hi=9, cat=cat) for _ in range(2)]
        top = len(data)
        for lab, oc in OUT8:
            cells = []
            for v, p in zip(vs, (FY24, FY25)):
                if oc != "total" and 1 <= v[oc] <= 4:
                    cells.append(F(cat, oc, SUP(1, 4, "s38(1)(b)"), p, said="*"))
                else:
                    cells.append(F(cat, oc, v[oc], p))
            data.append([bk.P(CL[cat], st["cell"]) if oc == "dismissed" else "", lab] + cells)
        extra += [("SPAN", (0, top), (0, top + 7)), ("VALIGN", (0, top), (0, top), "TOP")]
    story += [num_table(data, [140, 140, 70, 70], extra=extra), bk.S(4),
              bk.P(N("* denotes a figure between one and four, withheld under section 38(1)(b) of the Act "
                     "(personal information).", "suppression rule; Act section"), st["small"]),
              bk.P("Totals include the withheld figures.", st["small"]),
              bk.P("<b>Current financial year</b>", st["body"]),
              bk.P(N("Information for 1 April 2026 to date is withheld under section 27(1) of the Act: it is "
                     "held with a view to publication in our Professional Standards annual report, which covers "
                     "the full year to 31 March 2027.", "Act section; dates"), st["body"])]
    for c in CATS5:
        F(c, "total", bk.REF("s27(1)"), PS_TD, printed=False)
    story.append(bk.P(N("If you are dissatisfied you may ask us for a review within 40 working days, and then "
                        "apply to the Scottish Information Commissioner within six months.", "review windows"), st["body"]))
    bk.pdf_letter(src, story, furniture("FOI 26-3375", "OFFICIAL"), title="FOI 26-3375", author="Police Scotland")
    repeated_heads(src, "YE Mar 2025", 1, ["2025", "2026"])


# ===================================================================== 15 Leicestershire: XLSX, month columns as real
# dates "mmm-yy" (Apr-25 .. Mar-26) with a year Total; outcomes on a second sheet named by the year
def build_leicestershire():
    import openpyxl
    from openpyxl.styles import Font
    src = "leicestershire/LP FOI 002391-26 monthly.xlsx"
    KEY.file(src, "leicestershire")
    r = rng("leics")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "By month"
    ws["A1"] = "Leicestershire Police \u2013 allegations recorded against police officers and staff, by month"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = N("FOI 002391-26", "reference")
    months = [dt.datetime(2025 + (m < 4), m, 1) for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)]
    ws.cell(4, 1, "Allegation type").font = Font(bold=True)
    for i, m in enumerate(months):
        c = ws.cell(4, 2 + i, m)
        c.number_format = "mmm-yy"
        c.font = Font(bold=True)
        N(m.strftime("%b-%y"), "period (month)")
    ws.cell(4, 14, "Total").font = Font(bold=True)
    ws2 = wb.create_sheet(N("Outcomes 2025-26", "period (sheet name)"))
    ws2["A1"] = "Outcomes of allegations recorded in the year"
    ws2["A1"].font = Font(bold=True)
    ws2.append([])
    ws2.append(["Allegation type"] + [lab for lab, _ in OUT8])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for ri, cat in enumerate(CATS5, 5):
        v = counts(r, hi=7, cat=cat)
        tot = v["total"]
        mm = [0] * 12
        rr = rng("leicsm" + cat)
        for _ in range(tot):
            mm[rr.randrange(12)] += 1
        ws.cell(ri, 1, CL[cat])
        for i, (m, n) in enumerate(zip(months, mm)):
            ws.cell(ri, 2 + i, int(F(cat, "total", n, bk.MON(m.year, m.month))))
        ws.cell(ri, 14, int(F(cat, "total", tot, FY25))).font = Font(bold=True)
        ws2.append([CL[cat]] + [int(F(cat, oc, v[oc], FY25, restated=oc == "total")) for oc in OCT])
    ws["A11"] = "Months are the month the allegation was recorded."
    ws.column_dimensions["A"].width = 38
    ws2.column_dimensions["A"].width = 38
    xlsx_save(wb, src, "Leicestershire Police Information Management")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind42-", read=read42))
