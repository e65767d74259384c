#!/usr/bin/python3
"""make_blind36.py -- the thirty-sixth blind test batch for `foi` and its answer key.

The request, sent on 2 December 2026: for the financial years 2024/25 and 2025/26 and the
current year to date (or the calendar years 2024 and 2025 and 2026 to date, where a force
records by calendar year), the number of allegations of sexual assault, sexual misconduct,
sexual harassment, abuse of position for a sexual purpose and violence against women and girls
made against police officers and police staff, and the outcome of each.  See NOTES-blind36.md.
The machinery (F/L/N accounting, writers, read_back, check) is scripts/blindkit.py (not
edited); the .eml read-back is local.

usage: /usr/bin/python3 make_blind36_fixtures.py    # rebuild fixtures/blind36 (or $FOI_BLIND36_OUT)
       /usr/bin/python3 make_blind36.py check       # verify determinism and every number
       /usr/bin/python3 make_blind36.py dump FILE   # show FILE (relative to the batch) as read back
"""
import datetime as dt
import email
import email.message
import email.policy
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, SUP, REF, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade, rights)

FINAL = Path(os.environ.get("FOI_BLIND36_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind36").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST = ("Please tell me, for the financial years 2024/25 and 2025/26 and for the current "
           "year to date (or for the calendar years 2024 and 2025 and 2026 to date, if that is "
           "how you record the information): (a) how many allegations of sexual assault, sexual "
           "misconduct, sexual harassment, abuse of position for a sexual purpose and violence "
           "against women and girls have been made against police officers and police staff; "
           "(b) the outcome of each allegation (for example dismissed, would have been "
           "dismissed, final written warning, written warning, reflective practice, no case to "
           "answer, still under investigation).")
FY24, FY25 = FY(2024), FY(2025)
YTD = ("2026-04-01", "2026-11-30")
CY24, CY25 = CY(2024), CY(2025)
CYTD = ("2026-01-01", "2026-11-30")
SENT = "2 December 2026"
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning",
                 "Written warning", "Reflective practice", "No case to answer",
                 "Under investigation"], OCS))
WHEN = dt.datetime(2026, 12, 16, 10, 0, 0)


def request(text=REQUEST):
    return N(text, "the request's years")


def rng(name):
    return random.Random("blind36-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(2, 6)
    return k


# --------------------------------------------------------------------------- local writers
def xlsx_save(wb, src, creator, cached=None):
    bk.xlsx_save(wb, src, creator, cached=cached, when=WHEN)


def docx_finish(d, src, author):
    bk.docx_finish(d, src, author, when=WHEN)


def pdf_furniture(ref_text, marking="OFFICIAL", font="Helvetica"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    def furn(c, p, n):
        w, h = A4
        c.setFont(font, 8)
        if marking:
            c.drawCentredString(w / 2, h - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref_text, "reference"))
        c.drawRightString(w - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


def eml_write(src, frm, to, date, subject, body, msgid):
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Date"] = N(date, "date")
    msg["Subject"] = N(subject, "reference")
    msg["Message-ID"] = msgid
    msg.set_content(body, cte="quoted-printable")
    write_bytes(src, msg.as_bytes())


# --------------------------------------------------------------------------- local read-backs
def eml_read(p):
    return bk.eml_text(p, prefer=("plain", "html"))


def ods_read(p):
    """An OpenDocument spreadsheet as read back: per sheet a "[sheet 'NAME' state=visible]" line,
    then "[A1] text" per non-empty cell (repeated columns expanded; covered cells are empty)."""
    import re
    import zipfile
    import html as htmllib
    with zipfile.ZipFile(p) as z:
        x = z.read("content.xml").decode("utf-8")
    out = []

    def col(n):
        s = ""
        while n:
            n, m = divmod(n - 1, 26)
            s = chr(65 + m) + s
        return s
    for tname, tbody in re.findall(r'<table:table table:name="([^"]*)"[^>]*>(.*?)</table:table>',
                                   x, re.S):
        out.append(f"[sheet {htmllib.unescape(tname)!r} state=visible]")
        rows = re.findall(r"<table:table-row[^>]*?(?:/>|>(.*?)</table:table-row>)", tbody, re.S)
        for ri, rb in enumerate(rows, 1):
            ci = 1
            for m in re.finditer(r"<table:(covered-table-cell|table-cell)([^>]*?)(/>|>(.*?)"
                                 r"</table:(?:covered-table-cell|table-cell)>)", rb or "", re.S):
                rep = re.search(r'table:number-columns-repeated="(\d+)"', m.group(2))
                rep = int(rep.group(1)) if rep else 1
                inner = m.group(4) or ""
                paras = re.findall(r"<text:p[^>]*>(.*?)</text:p>", inner, re.S)
                text = "\n".join(htmllib.unescape(re.sub(r"<[^>]+>", "", q)) for q in paras)
                if text.strip():
                    for k in range(rep):
                        out.append(f"[{col(ci + k)}{ri}] {text}")
                ci += rep
    return "\n".join(out)


def read36(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return eml_read(p)
    if p.suffix.lower() == ".ods":
        return ods_read(p)
    return bk.read_back(p, dates=True)


# =========================================================================== 1 Hertfordshire: a report-server PDF, grouped with sub-totals
def build_hertfordshire():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "hertfordshire/PSD_Allegations_Report_H26-4410.pdf"
    KEY.file(src, "hertfordshire")
    r = rng("herts")
    st = bk.styles("Helvetica", 9)
    SPANP = (FY24[0], FY25[1])
    pers = [("FY 2024/25", FY24), ("FY 2025/26", FY25)]
    rows = [["Allegation type / Outcome"] + [N(pl, "column heading (period)") for pl, _ in pers]
            + ["Total"]]
    style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
             ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
             ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")),
             ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
             ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    grand = [0, 0, 0]
    for c in CATS5:
        i = len(rows)
        rows.append([f"Allegation Type: {CL[c]}", "", "", ""])
        style += [("SPAN", (0, i), (-1, i)), ("FONT", (0, i), (-1, i), "Helvetica-Bold", 8.5),
                  ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#D9E1F2"))]
        vs = [counts(r, hi=5, cat=c, late=p == FY25) for _, p in pers]
        for lab, oc in OUT7:
            a, b = vs[0][oc], vs[1][oc]
            rows.append(["      " + lab, F(c, oc, a, FY24), F(c, oc, b, FY25),
                         F(c, oc, a + b, SPANP)])
        ta, tb = sum(vs[0].values()), sum(vs[1].values())
        i = len(rows)
        rows.append([f"Sub-total: {CL[c]}", F(c, "total", ta, FY24), F(c, "total", tb, FY25),
                     F(c, "total", ta + tb, SPANP)])
        style += [("FONT", (0, i), (-1, i), "Helvetica-Oblique", 8.5),
                  ("LINEABOVE", (1, i), (-1, i), 0.5, colors.black)]
        grand = [grand[0] + ta, grand[1] + tb, grand[2] + ta + tb]
        rows.append(["", "", "", ""])
    i = len(rows)
    rows.append(["Grand Total"] + [N(str(g), "grand total over allegation types (not a category)")
                                   for g in grand])
    style += [("FONT", (0, i), (-1, i), "Helvetica-Bold", 9),
              ("LINEABOVE", (0, i), (-1, i), 1, colors.black),
              ("LINEBELOW", (0, i), (-1, i), 1, colors.black)]
    t = Table(rows, colWidths=[88 * mm, 28 * mm, 28 * mm, 24 * mm], repeatRows=1)
    for pl, _ in pers:
        N(pl, "column heading repeated at the top of page 2")
    t.setStyle(TableStyle(style))
    filt = Table([["Report parameters", ""],
                  ["Date recorded:", N("01/04/2024 to 31/03/2026", "filter dates")],
                  ["Employee type:", "All (police officers and police staff)"],
                  ["Allegation type:", "Sexual assault; Sexual misconduct; Sexual harassment; "
                                       "APSP; VAWG"],
                  ["Count:", "Allegations (distinct allegation records)"],
                  ["Outcome as at:", N("07/12/2026", "extraction date")]],
                 colWidths=[35 * mm, 133 * mm])
    filt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                              ("SPAN", (0, 0), (-1, 0)),
                              ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                              ("FONT", (0, 1), (0, -1), "Helvetica-Bold", 8),
                              ("FONT", (1, 1), (1, -1), "Helvetica", 8),
                              ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F2F2"))]))
    story = [bk.P("<b>Hertfordshire Constabulary</b>", st["h"]),
             bk.P("Joint Professional Standards Department \u2013 Centurion Reporting", st["body"]),
             bk.P(N("<b>Report PSD-R117: Allegations by type and outcome (FOI H26/4410)</b>",
                    "report number; reference"), st["body"]),
             bk.S(4), filt, bk.S(10), t, bk.S(10),
             bk.P("Each allegation is counted once, against the outcome recorded for it at the "
                  "extraction date. Allegations with no outcome yet are shown as under "
                  "investigation.", st["small"]),
             bk.P("*** End of report ***", st["small"])]

    def furn(c, p, n):
        w, h = A4
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, h - 10 * mm, N("Run: 07/12/2026 08:41:12  User: PSD\\FOI02",
                                             "run date and time; user id"))
        c.drawRightString(w - 15 * mm, h - 10 * mm, "OFFICIAL-SENSITIVE")
        c.drawString(15 * mm, 9 * mm, N("PSD-R117 v3.2", "report id and version"))
        c.drawRightString(w - 15 * mm, 9 * mm, N(f"Page {p} of {n}", "page number"))
    bk.pdf_letter(src, story, furn, margins=(18, 18, 18, 16), title="PSD-R117",
                  author="Centurion Reporting Services")


# =========================================================================== 2 Essex: month columns (real dates, mmm-yy), [c] cells, Notes sheet
def build_essex():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    src = "essex/Essex Police FOI 26-9921 monthly allegations.xlsx"
    KEY.file(src, "essex")
    r = rng("essex")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Monthly"
    ws["A1"] = N("Essex Police \u2013 FOI 26-9921 \u2013 allegations recorded by month",
                 "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Number of allegations against police officers and police staff, by month "
                "recorded. See the Notes sheet.")
    months = []
    y, m = 2024, 4
    while (y, m) <= (2026, 3):
        months.append((y, m))
        y, m = (y + (m == 12), m % 12 + 1)
    ws.cell(4, 1, "Allegation type").font = Font(bold=True)
    for j, (y, m) in enumerate(months, 2):
        c = ws.cell(4, j, dt.datetime(y, m, 1))
        c.number_format = "mmm-yy"
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        N(dt.date(y, m, 1).strftime("%b-%y"), "month heading")
    for i, cat in enumerate(CATS5, 5):
        ws.cell(i, 1, CL[cat])
        for j, (y, m) in enumerate(months, 2):
            n = r.randint(0, 6 if cat not in (AP,) else 2)
            p = bk.MON(y, m)
            if 1 <= n <= 4 and r.random() < 0.25:
                ws.cell(i, j, F(cat, "total", SUP(1, 4, "s40(2)"), p, said="[c]"))
            else:
                ws.cell(i, j, int(F(cat, "total", n, p)))
            ws.cell(i, j).alignment = Alignment(horizontal="center")
    ws.column_dimensions["A"].width = 40
    ws.freeze_panes = "B5"
    ws["A11"] = "[c] see Notes."
    notes = wb.create_sheet("Notes")
    for i, t in enumerate([
            "Notes",
            "1. Figures are allegations recorded on Centurion in each calendar month, against "
            "police officers and police staff together.",
            "2. [c] = confidential: a count of 1 to 4, withheld under section 40(2) of the "
            "Freedom of Information Act 2000 because it could identify individuals.",
            "3. Outcomes are recorded against the case, not the allegation; providing them "
            "would exceed the appropriate limit (section 12) and they are not included."], 1):
        notes.cell(i, 1, N(t, "note numbers; suppression range; Act sections; dates"))
    notes["A1"].font = Font(bold=True)
    xlsx_save(wb, src, "Essex Police Information Rights")


# =========================================================================== 3 Norfolk: title line, blank, header; columns per employee type + Grand Total
def build_norfolk():
    src = "norfolk/Norfolk Constabulary FOI 1455-26.csv"
    KEY.file(src, "norfolk")
    r = rng("norfolk")
    outs = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Reflective Practice", "management_action"),
            ("No Case to Answer", "no_case_to_answer"), ("Under Investigation", "ongoing")]
    ocs = [o for _, o in outs]
    lines = [N("Norfolk Constabulary - FOI 1455/26 - Allegations by employee type and outcome",
               "reference"), "",
             "Financial Year,Allegation Type,Outcome,Police Officer,Special Constable,"
             "Police Staff,PCSO,Grand Total"]
    for pl, p in (("2024/25", FY24), ("2025/26", FY25)):
        for c in CATS5:
            vo = counts(r, hi=5, cat=c, late=p == FY25, ocs=ocs)
            vs = counts(r, hi=3, cat=c, subj="staff", ocs=ocs)
            sp = {o: (r.randint(0, 1) if r.random() < 0.3 else 0) for o in ocs}
            pc = {o: (r.randint(0, 1) if r.random() < 0.3 else 0) for o in ocs}
            for lab, oc in outs + [("Total", "total")]:
                g = (lambda d: sum(d.values()) if oc == "total" else d[oc])
                a, s, b, q = g(vo), g(sp), g(vs), g(pc)
                lines.append(",".join([
                    N(pl, "period label"), CL[c], lab, F(c, oc, a, p, subject="officers"),
                    N(str(s), "special constables (a subset SPEC has no subject for)"),
                    F(c, oc, b, p, subject="staff"),
                    N(str(q), "PCSOs (a subset SPEC has no subject for)"),
                    F(c, oc, a + s + b + q, p)]))
    lines += ["", N("Notes: Special Constable and PCSO figures are shown in their own columns "
                    "and are not included in the Police Officer or Police Staff columns. Grand "
                    "Total = all four employee types. Figures for 2026/27 (1 April to 30 November "
                    "2026) are not held in a reportable form until the year end.",
                    "period label; period dates")]
    for c in CATS5:
        F(c, "total", bk.NH, YTD, printed=False)
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# =========================================================================== 4 Lancashire: bold restated questions with sentence answers, then a table
def build_lancashire():
    src = "lancashire/lancs-foi-2026-1187-response.html"
    KEY.file(src, "lancashire")
    r = rng("lancs")
    pers = [("2024", CY24), ("2025", CY25)]
    vals = {(c, p): counts(r, hi=5, cat=c, late=p == CY25) for c in CATS5 for _, p in pers}
    ytd = {c: r.randint(0, 9) for c in CATS5}
    low = {SA: "sexual assault", SM: "sexual misconduct", SH: "sexual harassment",
           AP: "abuse of position for a sexual purpose",
           VG: "violence against women and girls"}
    ps = []
    for pl, p in pers:
        bits = [f"{F(c, 'total', sum(vals[(c, p)].values()), p)} of {low[c]}" for c in CATS5]
        ps.append(f"In the calendar year {N(pl, 'year')} there were " + ", ".join(bits[:-1])
                  + f" and {bits[-1]}.")
    bits = [f"{F(c, 'total', ytd[c], CYTD)} of {low[c]}" for c in CATS5]
    ps.append(N("Between 1 January and 30 November 2026", "period") + " there were "
              + ", ".join(bits[:-1]) + f" and {bits[-1]}.")
    tables = []
    for pl, p in pers:
        head = "".join(f"<th>{CL[c] if c not in (AP, VG) else ('APSP' if c == AP else 'VAWG')}"
                       "</th>" for c in CATS5)
        body = []
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = []
            for c in CATS5:
                v = vals[(c, p)]
                n = sum(v.values()) if oc == "total" else v[oc]
                cells.append(f"<td>{F(c, oc, n, p, restated=oc == 'total')}</td>")
            tag = "strong" if oc == "total" else "span"
            body.append(f"<tr><td><{tag}>{lab}</{tag}></td>{''.join(cells)}</tr>")
        tables.append(f"<p><em>{N('Outcomes of allegations recorded in ' + pl, 'year')}</em></p>\n"
                      f"<table class=\"foi\">\n<tr><td><strong>Outcome</strong></td>{head}</tr>\n"
                      + "\n".join(body) + "\n</table>")
    body = (
        "<div id=\"page\"><div class=\"masthead\">Lancashire Constabulary</div>\n"
        "<nav class=\"crumbs\"><a href=\"/\">Home</a> &gt; <a href=\"/foi\">Disclosure log</a></nav>\n"
        f"<h1>{N('FOI 2026/1187', 'reference')} \u2013 Allegations of a sexual nature against "
        "officers and staff</h1>\n"
        f"<p class=\"meta\">{N('Published: 18/12/2026', 'date')}</p>\n"
        "<p>Lancashire Constabulary records allegations by calendar year, so the figures below "
        "are for the calendar years 2024 and 2025 and for 2026 up to the end of November. All "
        "figures are allegations against police officers and police staff together.</p>\n"
        f"<p><strong>{N('Q1', 'question number')} How many allegations of sexual assault, sexual "
        "misconduct, sexual harassment, abuse of position for a sexual purpose and violence "
        "against women and girls have been made against police officers and police staff?"
        f"</strong><br>\n{ps[0]} {ps[1]}</p>\n<p>{ps[2]}</p>\n"
        f"<p><strong>{N('Q2', 'question number')} What was the outcome of each allegation?"
        "</strong><br>\nThe outcomes of the allegations recorded in 2024 and 2025 are given in "
        "the tables below. Outcomes for 2026 are not yet final and are not included.</p>\n"
        + "\n".join(tables) + "\n"
        f"<p>{E(rights('Lancashire Constabulary'))}</p>\n</div>")
    N("2024 2025 2026 2024 2025 2026", "years in prose")
    css = ("<style>.masthead{background:#00205b;color:#fff;padding:8px}table.foi{border-collapse:"
           "collapse}table.foi td{border:1px solid #999;padding:2px 6px}</style>\n")
    write_text(src, bk.html_page(N("FOI 2026/1187 - Lancashire Constabulary", "reference"), body,
                                 css))


# =========================================================================== 5 Cheshire: landscape section, wide table, years merged over outcomes
def build_cheshire():
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    src = "cheshire/Cheshire Constabulary FOI 2026-3371 response.docx"
    KEY.file(src, "cheshire")
    r = rng("cheshire")
    d = bk.docx_a4(bk.docx_new("Arial", 11))
    bk.docx_header_footer(d, "Cheshire Constabulary \u2013 Information Compliance",
                          N("FOI 2026-3371", "reference"))
    N("FOI 2026-3371 FOI 2026-3371", "reference (the footer read again for the landscape and "
                                     "last sections, which inherit it)")
    bk.docx_para(d, "Cheshire Constabulary", bold=True, size=14)
    bk.docx_para(d, N("Our reference: 2026-3371    Date: 17 December 2026", "reference; date"))
    bk.docx_para(d, N(f"Dear Requester, thank you for your request of {SENT}, which read:",
                      "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "Cheshire Constabulary holds the information. The table on the next page "
                    "gives the allegations against police officers and police staff (together) "
                    "in each financial year, by type and by outcome, with the total for each "
                    "type in the last column of each year.")
    bk.docx_para(d, N("Figures for 2026/27 (1 April to 30 November 2026) are published in our quarterly Professional Standards "
                      "bulletin at https://www.cheshire.police.uk/foi-ai/cheshire-constabulary/"
                      "psd-bulletin-2026-27 and are therefore exempt under section 21 (information "
                      "reasonably accessible by other means).", "year; url; Act section"))
    for c in CATS5:
        F(c, "total", REF("s21"), YTD, printed=False)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    bk.docx_para(d, "Table 1: Allegations by type and outcome, financial years", bold=True)
    N("1", "table number")
    heads = ["Dism.", "WHBD", "FWW", "WW", "RP", "NCTA", "UI", "Total"]
    pers = [("2024/25", FY24), ("2025/26", FY25)]
    t = d.add_table(rows=2 + len(CATS5), cols=1 + 8 * len(pers))
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    docx_cell(a, "Allegation type", bold=True, size=8)
    for j, (pl, p) in enumerate(pers):
        m = t.cell(0, 1 + 8 * j).merge(t.cell(0, 8 + 8 * j))
        docx_cell(m, N(pl, "year band"), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=8)
        docx_shade(m, "D9D9D9")
        for k, h in enumerate(heads):
            docx_cell(t.cell(1, 1 + 8 * j + k), h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                      size=8)
    t.autofit = False
    for k, colm in enumerate(t.columns):
        colm.width = Cm(4.6) if k == 0 else Cm(1.35)
    for row in t.rows:
        for k, cl in enumerate(row.cells):
            cl.width = Cm(4.6) if k == 0 else Cm(1.35)
    for i, c in enumerate(CATS5, 2):
        docx_cell(t.cell(i, 0), CL[c], size=8)
        for j, (pl, p) in enumerate(pers):
            v = counts(r, hi=5, cat=c, late=p == FY25)
            for k, oc in enumerate(OCS + ["total"]):
                n = sum(v.values()) if oc == "total" else v[oc]
                docx_cell(t.cell(i, 1 + 8 * j + k), F(c, oc, n, p), bold=oc == "total",
                          align=WD_ALIGN_PARAGRAPH.CENTER, size=8)
    bk.docx_para(d, "Key: Dism. = dismissed; WHBD = would have been dismissed (left the force "
                    "before the hearing); FWW = final written warning; WW = written warning; "
                    "RP = reflective practice; NCTA = no case to answer; UI = under "
                    "investigation.", size=8)
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Cm(21.0), Cm(29.7)
    bk.docx_para(d, rights("Cheshire Constabulary"))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Information Compliance Unit")
    docx_finish(d, src, "Cheshire Constabulary")


# =========================================================================== 6 Police Scotland: FOISA, s38(1)(b) '*', s25 for the current year, a split sentence
def build_police_scotland():
    from reportlab.platypus import Table
    src = "police-scotland/Police Scotland FOI 26-2875 response.pdf"
    KEY.file(src, "police-scotland")
    r = rng("scot")
    st = bk.styles("Helvetica", 10)
    pers = [("2024/25", FY24), ("2025/26", FY25)]
    vals = {(c, p): counts(r, hi=7, zero=0.35, cat=c, late=p == FY25) for c in CATS5
            for _, p in pers}
    tot_rows = [[bk.P("Allegation type", st["cellb"])]
                + [bk.P(N(pl, "year heading"), st["cellb"]) for pl, _ in pers]]
    for c in CATS5:
        tot_rows.append([bk.P(CL[c], st["cell"])]
                        + [F(c, "total", sum(vals[(c, p)].values()), p) for _, p in pers])
    t1 = Table(tot_rows, colWidths=[230, 80, 80])
    t1.setStyle(bk.grid_style(size=9, shade="#CCE0F5"))
    outs = []
    for pl, p in pers:
        rows = [[bk.P("Outcome", st["cellb"])]
                + [bk.P({SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
                         AP: "APSP", VG: "VAWG"}[c], st["cellb"]) for c in CATS5]]
        for lab, oc in OUT7:
            row = [bk.P(lab, st["cell"])]
            for c in CATS5:
                n = vals[(c, p)][oc]
                if 1 <= n <= 4:
                    row.append(F(c, oc, SUP(0, 4, "s38(1)(b)"), p, said="*"))
                else:
                    row.append(F(c, oc, n, p))
            rows.append(row)
        t = Table(rows, colWidths=[124, 74, 74, 74, 54, 54])
        t.setStyle(bk.grid_style(size=9, shade="#CCE0F5"))
        outs += [bk.P(N(f"Table {2 + len(outs) // 3}: outcomes of allegations recorded in "
                        f"{pl}", "table number; year"), st["h2"]), t, bk.S(8)]
    sa = vals[(SA, FY25)]
    tsa = sum(sa.values())
    off = tsa - r.randint(1, min(3, tsa)) if tsa else 0
    split = L("Of the {t} allegations of sexual assault recorded in 2025/26, {o} were made "
              "against police officers and {s} against police staff.", "year",
              t=F(SA, "total", tsa, FY25, restated=True),
              o=F(SA, "total", off, FY25, subject="officers"),
              s=F(SA, "total", tsa - off, FY25, subject="staff"))
    story = [bk.P("<b>POLICE SCOTLAND</b>", st["h"]),
             bk.P("Keeping people safe", st["small"]), bk.S(6),
             bk.P(N("Our reference: FOI 26-2875", "reference"), st["body"]),
             bk.P(N("Date: 21 December 2026", "date"), st["body"]),
             bk.P(N("<b>FREEDOM OF INFORMATION (SCOTLAND) ACT 2002</b>", "Act year"), st["body"]),
             bk.P(N(f"I refer to your request for information dated {SENT}, in which you "
                    "asked:", "date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P(N("Police Scotland records conduct allegations by financial year. The figures "
                    "below are allegations made against police officers and police staff "
                    "together in the financial years 2024/25 and 2025/26.", "years"), st["body"]),
             bk.P(N("Table 1: allegations recorded, by type", "table number"), st["h2"]), t1,
             bk.S(8)] + outs + [
             bk.P("APSP = abuse of position for a sexual purpose; VAWG = violence against women "
                  "and girls.", st["small"]),
             bk.P(split, st["body"]),
             bk.P(N("Where an outcome count is fewer than five it is shown as *. That "
                    "information is personal data of the officers and members of staff "
                    "concerned and is exempt under section 38(1)(b) of the Act, as disclosure "
                    "would breach the data protection principles.", "suppression legend; Act "
                    "section"), st["body"]),
             bk.P(N("Management information for the current financial year (1 April to 30 November "
                    "2026) "
                    "is published each quarter on the Police Scotland website, and is therefore "
                    "exempt under section 25(1) of the Act (information otherwise accessible).",
                    "date; Act section"), st["body"]),
             bk.P(N("Should you require any further assistance please contact Information "
                    "Management quoting the reference number given. If you are dissatisfied you "
                    "may request a review within 40 working days; if you remain dissatisfied you "
                    "may apply to the Scottish Information Commissioner within 6 months.",
                    "review deadline; appeal window"), st["body"]),
             bk.P("Information Management \u2013 Dundee", st["body"])]
    for c in CATS5:
        F(c, "total", REF("s25"), YTD, printed=False)
    bk.pdf_letter(src, story, pdf_furniture("FOI 26-2875", marking="OFFICIAL"),
                  title="FOI 26-2875", author="Police Scotland")


# =========================================================================== 7 Cambridgeshire: whole-request s12 refusal, offer to narrow
def build_cambridgeshire():
    src = "cambridgeshire/Cambs FOI 0876-26 refusal notice.txt"
    KEY.file(src, "cambridgeshire")
    lines = [
        "CAMBRIDGESHIRE CONSTABULARY",
        N("Information Management, PO Box 688, Huntingdon, PE29 9EZ", "PO box; postcode"),
        "",
        N("Reference: FOI 0876/26", "reference"),
        N("Date: 22 December 2026", "date"),
        "",
        "Dear Requester,",
        "",
        N(f"Freedom of Information Act 2000 - request received {SENT}", "Act year; date"),
        "",
        "You asked:",
        "",
        request(),
        "",
        "DECISION",
        "",
        N("Cambridgeshire Constabulary is unable to comply with your request, as to do so would "
          "exceed the appropriate limit set out in section 12(1) of the Act. The limit for "
          "police forces is 18 hours, or 450 pounds at 25 pounds an hour.",
          "Act section; hours; money"),
        "",
        N("Allegations against officers and staff are recorded on the Centurion system by case, "
          "and the type of allegation (for example whether it was of a sexual nature) is held in "
          "free text. To answer your request we would need to review each of the 1,940 "
          "conduct and complaint cases recorded between 1 April 2024 and 30 November 2026. At a "
          "conservative estimate of three minutes per case this would take about 97 hours.",
          "case count of all kinds; dates; minutes; hours"),
        "",
        "As the cost of complying with any part of the request would exceed the limit, section "
        "12 applies to the whole request and no information is provided.",
        "",
        "ADVICE AND ASSISTANCE",
        "",
        N("Under section 16 we are required to offer advice on how you could narrow your "
          "request. You may wish to consider asking for allegations of one type only (for "
          "example sexual assault), against police officers only, for a single financial year "
          "such as 2025/26. A request of that kind would involve around 300 cases and may fall "
          "within the limit, although we cannot guarantee that it would.",
          "Act section; example year; case count"),
        "",
        rights("Cambridgeshire Constabulary"),
        "",
        "Yours sincerely,",
        "",
        "Information Access Officer",
        "Cambridgeshire Constabulary",
    ]
    N("12", "Act section")
    for p in (FY24, FY25, YTD):
        for c in CATS5:
            F(c, "total", REF("s12"), p, printed=False)
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# =========================================================================== 8 Lincolnshire: revised response e-mail, a corrected figure, a split sentence
def build_lincolnshire():
    src = "lincolnshire/RE FOI 001532-26 revised response.eml"
    KEY.file(src, "lincolnshire")
    r = rng("lincs")
    pers = [("1 April 2024 to 31 March 2025", FY24), ("1 April 2025 to 31 March 2026", FY25)]
    abbrev = [("dismissed", "dismissed"), ("would have been dismissed",
                                           "would_have_been_dismissed"),
              ("final written warning", "final_written_warning"),
              ("written warning", "written_warning"), ("reflective practice",
                                                       "management_action"),
              ("no case to answer", "no_case_to_answer"), ("under investigation", "ongoing")]
    vals = {(c, p): counts(r, hi=5, cat=c, late=p == FY25) for c in CATS5 for _, p in pers}
    vals[(SH, FY25)]["written_warning"] = 8          # the corrected figure (was given as 7)
    lines = ["Dear Requester,", "",
             N("Freedom of Information request 001532/26 - REVISED RESPONSE", "reference"), "",
             N("We wrote to you on 14 December 2026 in answer to your request of "
               f"{SENT}. We have since found an error in one figure, so the whole answer is "
               "set out again below with the corrected figure, and the correction is explained "
               "at the end of this e-mail.", "dates"), "",
             "Your request was:", "", request(), "",
             "Lincolnshire Police holds this information. All figures are allegations made "
             "against police officers and police staff together.", ""]
    for pl, p in pers:
        lines += [N(f"Allegations recorded {pl}", "period heading"), ""]
        for c in CATS5:
            v = vals[(c, p)]
            lines.append(f"{CL[c]} - {F(c, 'total', sum(v.values()), p)} allegations")
            for lab, oc in abbrev:
                lines.append(f"    {lab}: {F(c, oc, v[oc], p)}")
        lines.append("")
    v = vals[(SH, FY25)]
    tsh = sum(v.values())
    off = tsh - r.randint(1, 3)
    lines += [L("Of the {t} allegations of sexual harassment recorded in 2025/26, {o} were made "
                "against police officers and {s} against police staff; the other types are not "
                "held split by employee type.", "year",
                t=F(SH, "total", tsh, FY25, restated=True),
                o=F(SH, "total", off, FY25, subject="officers"),
                s=F(SH, "total", tsh - off, FY25, subject="staff")), "",
              "CORRECTION", "",
              L("In our response of 14 December 2026 the number of allegations of sexual "
                "harassment in 2025/26 that resulted in a written warning was given as 7. The "
                "figure of 7 given previously should read {w}, and the total for sexual "
                "harassment in 2025/26 should read {t} (previously given as " + str(tsh - 1)
                + "). No other figure has changed.",
                "date; year; the superseded figures (7 and the old total)",
                w=F(SH, "written_warning", 8, FY25, restated=True),
                t=F(SH, "total", tsh, FY25, restated=True)), "",
              "We apologise for the error.", "",
              L("Figures for 2026/27 (1 April to 30 November 2026) have not been provided: the force is unable to extract them "
                "until the year end and they are not held in a reportable form.",
                "year; period dates"), "",
              rights("Lincolnshire Police"), "",
              "Freedom of Information Team", "Lincolnshire Police"]
    for c in CATS5:
        F(c, "total", bk.NH, YTD, printed=False)
    eml_write(src, "Lincolnshire Police FOI <freedomofinformation@lincs.police.uk>",
              "requester@example.org", "Tue, 22 Dec 2026 11:04:51 +0000",
              "RE: FOI 001532/26 - revised response", "\n".join(lines) + "\n",
              "<foi-001532-26-rev@lincs.police.uk>")


# =========================================================================== 9 Northamptonshire: merged type cells, year bands over Officers/Staff, frozen header
def build_northamptonshire():
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill
    src = "northamptonshire/Northamptonshire Police FOI 26-0642.xlsx"
    KEY.file(src, "northamptonshire")
    r = rng("northants")
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
    ocs = [o for _, o in outs]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "FOI 26-0642"
    N("FOI 26-0642", "reference (sheet name)")
    ws["A1"] = N("Northamptonshire Police \u2013 FOI 26-0642 \u2013 conduct allegations of a "
                 "sexual nature", "reference")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Counts of allegations. Outcome as recorded on 30/11/2026."
    N("30/11/2026", "extraction date")
    hdr = Font(bold=True)
    fill = PatternFill("solid", fgColor="BDD7EE")
    ws["A3"], ws["B3"] = "Allegation type", "Outcome"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    pers = [("2024/25", FY24), ("2025/26", FY25)]
    for j, (pl, p) in enumerate(pers):
        col = 3 + 2 * j
        ws.cell(3, col, N(pl, "year band"))
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        ws.cell(4, col, "Officers")
        ws.cell(4, col + 1, "Staff")
    for row in ws.iter_rows(min_row=3, max_row=4, max_col=6):
        for c in row:
            c.font, c.fill = hdr, fill
            c.alignment = Alignment(horizontal="center", vertical="center")
    i = 5
    for c in CATS5:
        ws.cell(i, 1, CL[c]).alignment = Alignment(vertical="top", wrap_text=True)
        ws.merge_cells(start_row=i, start_column=1, end_row=i + len(outs), end_column=1)
        vs = {(p, s): counts(r, hi=5, cat=c, subj=s, late=p == FY25, ocs=ocs)
              for _, p in pers for s in ("officers", "staff")}
        for k, (lab, oc) in enumerate(outs + [("Total", "total")]):
            ws.cell(i + k, 2, lab)
            for j, (pl, p) in enumerate(pers):
                for q, s in enumerate(("officers", "staff")):
                    v = vs[(p, s)]
                    n = sum(v.values()) if oc == "total" else v[oc]
                    cell = ws.cell(i + k, 3 + 2 * j + q, int(F(c, oc, n, p, subject=s)))
                    if oc == "total":
                        cell.font = hdr
            if oc == "total":
                ws.cell(i + k, 2).font = hdr
        i += len(outs) + 1
    ws.cell(i + 1, 1, L("Figures for 2026/27 (1 April to 30 November 2026) will be published in "
                        "the force's annual Professional Standards report in 2027 and are "
                        "withheld under section 22.", "year; period dates; Act section"))
    for c in CATS5:
        F(c, "total", REF("s22"), YTD, printed=False)
    ws.freeze_panes = "C5"
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 24
    xlsx_save(wb, src, "Northamptonshire Police Data Protection")


# =========================================================================== 10 Dyfed-Powys: calendar periods as rows in type groups; Nil / None / 0 / - mixed; VAWG n/a
def build_dyfed_powys():
    from reportlab.platypus import Table
    src = "dyfed-powys/DPP FOI 2026-1903 response.pdf"
    KEY.file(src, "dyfed-powys")
    r = rng("dpp")
    st = bk.styles("Times-Roman", 10.5)
    pers = [("2024", CY24), ("2025", CY25), ("1 Jan 2026 \u2013 30 Nov 2026", CYTD)]
    heads = ["Type", "Period", "Dism.", "WHBD", "FWW", "WW", "RP", "NCTA", "UI", "Total"]
    rows = [list(heads)]
    extra = []
    nils = ["Nil", "None", "0", "-"]
    for c in (SA, SM, SH, AP):
        start = len(rows)
        for k, (pl, p) in enumerate(pers):
            v = counts(r, hi=4, zero=0.5, cat=c, late=p == CYTD)
            cells = [bk.P(CL[c], st["cell"]) if k == 0 else "", N(pl, "period label")]
            for oc in OCS + ["total"]:
                n = sum(v.values()) if oc == "total" else v[oc]
                if n == 0:
                    w = nils[r.randint(0, 3)]
                    cells.append(F(c, oc, 0, p, said=w) if w != "0" else F(c, oc, 0, p))
                else:
                    cells.append(F(c, oc, n, p))
            rows.append(cells)
        extra.append(("SPAN", (0, start), (0, start + 2)))
        extra.append(("VALIGN", (0, start), (0, start + 2), "TOP"))
    start = len(rows)
    for k, (pl, p) in enumerate(pers):
        rows.append([bk.P(CL[VG], st["cell"]) if k == 0 else "", N(pl, "period label")]
                    + ["n/a"] * 8)
        F(VG, "total", bk.NH, p, printed=False)
    extra += [("SPAN", (0, start), (0, start + 2)), ("VALIGN", (0, start), (0, start + 2), "TOP")]
    t = Table(rows, colWidths=[82, 98] + [36] * 8, repeatRows=1)
    t.setStyle(bk.grid_style(size=8.5, font="Times-Roman", shade="#E2EFD9", extra=extra))
    story = [bk.P("<b>Heddlu Dyfed-Powys Police</b>", st["h"]),
             bk.P(N("Freedom of Information Unit, PO Box 99, Llangunnor, Carmarthen SA31 2PF",
                    "PO box; postcode"), st["addr"]), bk.S(8),
             bk.P(N("Our ref: FOI 2026-1903 \u2003 Date: 18 December 2026", "reference; date"),
                  st["body"]),
             bk.P("Dear Requester,", st["body"]),
             bk.P(N(f"Thank you for your request received on {SENT}:", "date"), st["body"]),
             bk.P(request(), st["quote"]),
             bk.P(N("Dyfed-Powys Police records misconduct allegations by calendar year. The "
                    "table gives the allegations against police officers and police staff "
                    "(together) in the calendar years 2024 and 2025 and from 1 January to 30 "
                    "November 2026, with the outcome of each.", "years in prose"), st["body"]),
             t, bk.S(6),
             bk.P("Key: Dism. = dismissed; WHBD = would have been dismissed; FWW = final written "
                  "warning; WW = written warning; RP = reflective practice; NCTA = no case to "
                  "answer; UI = under investigation.", st["small"]),
             bk.P("The table was compiled from returns made by two departments, which record a "
                  "nil differently: \u201cNil\u201d, \u201cNone\u201d, \u201c0\u201d and "
                  "\u201c-\u201d all mean that no allegation of that type had that outcome in "
                  "the period.", st["small"]),
             bk.P("n/a: Dyfed-Powys Police does not record a separate category of violence "
                  "against women and girls on its conduct system; allegations of that kind are "
                  "recorded under the other types above. This information is therefore not "
                  "held.", st["small"]),
             bk.P(rights("Dyfed-Powys Police"), st["body"]),
             bk.P("Yours sincerely,", st["body"]), bk.P("Freedom of Information Unit",
                                                        st["body"])]
    N("0", "the nil legend")
    N("two", "number of departments")
    bk.pdf_letter(src, story, pdf_furniture("DPP FOI 2026-1903", marking="OFFICIAL",
                                            font="Times-Roman"),
                  title="FOI 2026-1903", author="Dyfed-Powys Police")


# =========================================================================== 11 Gloucestershire: ARIA tabs, one panel per year, later panels hidden until clicked
def build_gloucestershire():
    src = "gloucestershire/glos-foi-2026-2210.html"
    KEY.file(src, "gloucestershire")
    r = rng("glos")
    pers = [("2024/25", FY24, "fy2425"), ("2025/26", FY25, "fy2526"),
            ("2026/27 to date", YTD, "fy2627")]
    tabs, panels = [], []
    for i, (pl, p, pid) in enumerate(pers):
        N(pl, "tab label")
        tabs.append(f"<button role=\"tab\" id=\"tab-{pid}\" aria-controls=\"panel-{pid}\" "
                    f"aria-selected=\"{'true' if i == 0 else 'false'}\""
                    + ('' if i == 0 else ' tabindex="-1"') + f">{pl}</button>")
        head = "".join(f"<th scope=\"col\">{lab}</th>" for lab, _ in OUT7) + \
            "<th scope=\"col\">Total</th>"
        body = []
        for c in CATS5:
            v = counts(r, hi=4, cat=c, late=p != FY24)
            cells = "".join(f"<td>{F(c, oc, v[oc], p)}</td>" for oc in OCS)
            body.append(f"<tr><th scope=\"row\">{CL[c]}</th>{cells}"
                        f"<td><b>{F(c, 'total', sum(v.values()), p)}</b></td></tr>")
        panels.append(f"<div role=\"tabpanel\" id=\"panel-{pid}\" aria-labelledby=\"tab-{pid}\""
                      f"{'' if i == 0 else ' hidden'}>\n<table class=\"govuk-table\">\n"
                      f"<thead><tr><th scope=\"col\">Allegation type</th>{head}</tr></thead>\n"
                      "<tbody>\n" + "\n".join(body) + "\n</tbody></table>\n</div>")
    script = ("<script>document.querySelectorAll('[role=tab]').forEach(function(t){"
              "t.addEventListener('click',function(){document.querySelectorAll('[role=tab]')"
              ".forEach(function(u){u.setAttribute('aria-selected','false');"
              "document.getElementById(u.getAttribute('aria-controls')).hidden=true;});"
              "t.setAttribute('aria-selected','true');"
              "document.getElementById(t.getAttribute('aria-controls')).hidden=false;});});"
              "</script>")
    body = ("<header class=\"glos\"><span>Gloucestershire Constabulary</span></header>\n<main>\n"
            f"<h1>{N('Freedom of Information request 2210/26', 'reference')}</h1>\n"
            "<h2>Allegations of a sexual nature and violence against women and girls: officers "
            "and staff</h2>\n"
            f"<p class=\"date\">{N('Response date: 17 December 2026', 'date')}</p>\n"
            f"<h3>Request</h3>\n<p>{E(request())}</p>\n<h3>Response</h3>\n"
            "<p>Gloucestershire Constabulary holds this information. Choose a year to see the "
            "allegations recorded against police officers and police staff (together) and the "
            "outcome of each. "
            + N("\u201c2026/27 to date\u201d covers 1 April 2026 to 30 November 2026.",
                "period definition") + "</p>\n"
            "<div class=\"tabs\">\n<div role=\"tablist\" aria-label=\"Financial year\">"
            + "".join(tabs) + "</div>\n" + "\n".join(panels) + "\n</div>\n"
            f"<p>{E(rights('Gloucestershire Constabulary'))}</p>\n</main>\n" + script)
    css = ("<style>[role=tab][aria-selected=true]{border-bottom:3px solid #003366}"
           ".govuk-table{border-collapse:collapse}.govuk-table td,.govuk-table th{border-bottom:"
           "1px solid #b1b4b6;padding:4px 8px}</style>\n")
    write_text(src, bk.html_page(N("FOI 2210/26 - Gloucestershire Constabulary", "reference"),
                                 body, css))


# =========================================================================== 12 Leicestershire: long sheet, quarter columns "Q1 24/25" ... "Q4 25/26", no year totals
def build_leicestershire():
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill
    src = "leicestershire/Leics FOI 003310-26 quarterly.xlsx"
    KEY.file(src, "leicestershire")
    r = rng("leics")
    outs = [("Dismissed", "dismissed"), ("Final Written Warning", "final_written_warning"),
            ("Reflective Practice", "management_action"),
            ("No Case To Answer", "no_case_to_answer"), ("Under Investigation", "ongoing"),
            ("All Outcomes", "total")]
    ocs = [o for _, o in outs if o != "total"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    qs = [(f"Q{q} {y % 100}/{y % 100 + 1}", bk.FQ(y, q)) for y in (2024, 2025)
          for q in (1, 2, 3, 4)]
    heads = ["Allegation Type", "Outcome"] + [ql for ql, _ in qs]
    for ql, _ in qs:
        N(ql, "quarter heading")
    for j, h in enumerate(heads, 1):
        c = ws.cell(1, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
        c.alignment = Alignment(horizontal="center")
    i = 2
    for c in CATS5:
        vs = [counts(r, hi=3, zero=0.5, cat=c, late=(q == 4 and p[0] >= "2025-10"), ocs=ocs)
              for (_, p), q in zip(qs, [1, 2, 3, 4] * 2)]
        for lab, oc in outs:
            ws.cell(i, 1, CL[c])
            ws.cell(i, 2, lab)
            for j, ((ql, p), v) in enumerate(zip(qs, vs), 3):
                n = sum(v.values()) if oc == "total" else v[oc]
                ws.cell(i, j, int(F(c, oc, n, p)))
            i += 1
    notes = wb.create_sheet("Read me")
    for k, t in enumerate([
            N("Leicestershire Police - FOI 003310/26", "reference"),
            "Counts are allegations against police officers and police staff together, by the "
            "quarter of the financial year in which the allegation was recorded.",
            N("Q1 = April to June, Q2 = July to September, Q3 = October to December, Q4 = "
              "January to March; 24/25 = financial year 2024/25, 25/26 = financial year 2025/26.",
              "quarter definitions"),
            "All Outcomes = every allegation recorded in the quarter, whatever its outcome.",
            N("The current year (from 1 April 2026 to 30 November 2026) is not included: the "
              "quarterly extract for it is not yet held.", "period dates")], 1):
        notes.cell(k, 1, t)
    for c in CATS5:
        F(c, "total", bk.NH, YTD, printed=False)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 22
    xlsx_save(wb, src, "Leicestershire Police Information Management")


# =========================================================================== 13 Wiltshire: outcomes x types per year (combined), a sentence splitting one category
def build_wiltshire():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "wiltshire/Wiltshire Police FOI 26-1044 response.docx"
    KEY.file(src, "wiltshire")
    r = rng("wilts")
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_header_footer(d, "Wiltshire Police", N("FOI 26-1044 | OFFICIAL", "reference"))
    bk.docx_para(d, "Wiltshire Police \u2013 Freedom of Information", bold=True, size=14)
    bk.docx_para(d, N("Request number: 26-1044", "reference"))
    bk.docx_para(d, N("Date of response: 21 December 2026", "date"))
    bk.docx_para(d, N(f"Your request of {SENT}:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "Wiltshire Police holds the information. The tables give allegations made "
                    "against police officers and police staff, counted together, with the "
                    "outcomes down the side and the allegation types across.")
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "Abuse of position (sexual purpose)", VG: "VAWG"}
    keep = {}
    for pl, p in (("Financial year 2024/25", FY24), ("Financial year 2025/26", FY25)):
        bk.docx_heading(d, N(pl, "period heading"), size=12)
        t = d.add_table(rows=9, cols=6)
        t.style = "Light Grid Accent 1"
        docx_cell(t.cell(0, 0), "Outcome", bold=True)
        for j, c in enumerate(CATS5, 1):
            docx_cell(t.cell(0, j), short[c], bold=True)
            v = counts(r, hi=5, cat=c, late=p == FY25)
            keep[(c, p)] = v
            for i, (lab, oc) in enumerate(OUT7 + [("Total allegations", "total")], 1):
                n = sum(v.values()) if oc == "total" else v[oc]
                if j == 1:
                    docx_cell(t.cell(i, 0), lab, bold=oc == "total")
                docx_cell(t.cell(i, j), F(c, oc, n, p), bold=oc == "total",
                          align=WD_ALIGN_PARAGRAPH.CENTER)
        bk.docx_para(d, "")
    tsa = sum(keep[(SA, FY24)].values())
    off = max(0, tsa - r.randint(1, 2))
    bk.docx_para(d, L("Our system records the employee type only for allegations of sexual "
                      "assault. In 2024/25, {o} of the {t} allegations of sexual assault were "
                      "made against police officers and {s} against police staff.", "year",
                      o=F(SA, "total", off, FY24, subject="officers"),
                      t=F(SA, "total", tsa, FY24, restated=True),
                      s=F(SA, "total", tsa - off, FY24, subject="staff")))
    bk.docx_para(d, N("Figures for 2026/27 (1 April to 30 November 2026) are not held: the "
                      "force's conduct database is migrated at the start of each financial year "
                      "and the current year's data cannot yet be reported.", "period dates"))
    for c in CATS5:
        F(c, "total", bk.NH, YTD, printed=False)
    bk.docx_para(d, rights("Wiltshire Police"))
    bk.docx_para(d, "Freedom of Information Team")
    docx_finish(d, src, "Wiltshire Police")


# =========================================================================== 14 British Transport Police: plain e-mail, "n (officers a, staff b)" per calendar period
def build_british_transport():
    src = "british-transport/BTP FOI 2026-3318 reply.eml"
    KEY.file(src, "british-transport")
    r = rng("btp")
    pers = [("Calendar year 2024", CY24), ("Calendar year 2025", CY25),
            ("1 Jan 2026 \u2013 30 Nov 2026", CYTD)]
    lines = ["Good afternoon,", "",
             N(f"Thank you for your request of {SENT} (our reference FOI 2026-3318):", "date"),
             "", request(), "",
             "British Transport Police records conduct matters by calendar year, so the figures "
             "are given for calendar years and for this year up to the end of November. Each "
             "line gives the number of allegations recorded, and in brackets how many were made "
             "against police officers (including special constables) and how many against "
             "police staff (including PCSOs).", ""]
    for pl, p in pers:
        lines.append(N(pl, "period heading") + ":")
        for c in CATS5:
            o = r.randint(0, 12 if c != AP else 4)
            s = r.randint(0, 4 if c != AP else 1)
            lines.append(f"  {CL[c]}: {F(c, 'total', o + s, p)} (officers "
                         f"{F(c, 'total', o, p, subject='officers')}, staff "
                         f"{F(c, 'total', s, p, subject='staff')})")
        lines.append("")
    lines += [N("Outcome information for these allegations is held on individual case files "
                "and is not held in a form that can be extracted; to retrieve it would exceed "
                "the 18 hour cost limit and this part of the request is therefore refused under "
                "section 12.", "hours limit; Act section"), "",
              rights("British Transport Police"), "",
              "Kind regards,", "", "Freedom of Information Unit", "British Transport Police"]
    eml_write(src, "BTP Freedom of Information <foi@btp.police.uk>", "requester@example.org",
              "Mon, 21 Dec 2026 14:22:09 +0000", "FOI 2026-3318 - your request for information",
              "\n".join(lines) + "\n", "<foi-2026-3318-reply@btp.police.uk>")


# =========================================================================== 15 Bedfordshire: hand-written ODS, merged year cells down the side, frozen header
def ods_zip(content, settings, meta, styles_xml):
    import io
    import zipfile
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\n'
                ' <manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\n'
                ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
                '"text/xml"/>\n <manifest:file-entry manifest:full-path="styles.xml" '
                'manifest:media-type="text/xml"/>\n <manifest:file-entry manifest:full-path='
                '"settings.xml" manifest:media-type="text/xml"/>\n <manifest:file-entry '
                'manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
                '</manifest:manifest>\n')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in (("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                                  zipfile.ZIP_STORED),
                                 ("content.xml", content, zipfile.ZIP_DEFLATED),
                                 ("styles.xml", styles_xml, zipfile.ZIP_DEFLATED),
                                 ("meta.xml", meta, zipfile.ZIP_DEFLATED),
                                 ("settings.xml", settings, zipfile.ZIP_DEFLATED),
                                 ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)):
            zi = zipfile.ZipInfo(name, bk.FIXED_ZIP_TIME)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


NS_ODS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
          'xmlns:office:version="1.2"').replace(' xmlns:office:version="1.2"', "")


def build_bedfordshire():
    src = "bedfordshire/BCH FOI 2026-5127 Bedfordshire.ods"
    KEY.file(src, "bedfordshire")
    r = rng("beds")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Ongoing", "ongoing")]
    ocs = [o for _, o in outs]
    pers = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 (Apr\u2013Nov)", YTD)]

    def cell(v, style="ce1", num=False, span=None, rspan=None):
        attrs = f' table:style-name="{style}"'
        if span:
            attrs += f' table:number-columns-spanned="{span}"'
        if rspan:
            attrs += f' table:number-rows-spanned="{rspan}"'
        if num:
            return (f'<table:table-cell{attrs} office:value-type="float" office:value="{v}">'
                    f'<text:p>{v}</text:p></table:table-cell>')
        return (f'<table:table-cell{attrs} office:value-type="string"><text:p>{E(v)}</text:p>'
                '</table:table-cell>')
    cov = "<table:covered-table-cell/>"
    ncol = 3 + len(outs)
    rows = []
    rows.append(cell(N("Bedfordshire Police \u2013 FOI 2026-5127 \u2013 allegations of a sexual "
                       "nature and VAWG against officers and staff", "reference"), "ceT",
                     span=ncol) + cov * (ncol - 1))
    rows.append(cell("Source: Joint Professional Standards Department (Bedfordshire, "
                     "Cambridgeshire and Hertfordshire). Bedfordshire Police only.", "ce1",
                     span=ncol) + cov * (ncol - 1))
    rows.append("")
    rows.append("".join(cell(h, "ceH") for h in
                        ["Financial year", "Allegation type", "Allegations recorded"]
                        + [lab for lab, _ in outs]))
    for pl, p in pers:
        N(pl, "year cell")
        for k, c in enumerate(CATS5):
            v = counts(r, hi=4, cat=c, late=p != FY24, ocs=ocs)
            first = cell(pl, "ceY", rspan=len(CATS5)) if k == 0 else cov
            rows.append(first + cell(CL[c]) + cell(F(c, "total", sum(v.values()), p), "ceB",
                                                   num=True)
                        + "".join(cell(F(c, oc, v[oc], p), num=True) for oc in ocs))
    rows.append("")
    rows.append(cell(N("2026/27 (Apr\u2013Nov) = 1 April 2026 to 30 November 2026. Figures are "
                       "allegations against police officers and police staff together; the "
                       "outcome is as recorded on 30 November 2026.", "period definition; date"),
                     span=ncol) + cov * (ncol - 1))
    body = "".join(f"<table:table-row>{x}</table:table-row>" if x else
                   "<table:table-row><table:table-cell/></table:table-row>" for x in rows)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {NS_ODS} office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="co1" style:family="table-column">'
               '<style:table-column-properties style:column-width="1.2in"/></style:style>'
               '<style:style style:name="co2" style:family="table-column">'
               '<style:table-column-properties style:column-width="2.9in"/></style:style>'
               '<style:style style:name="ce1" style:family="table-cell"/>'
               '<style:style style:name="ceT" style:family="table-cell"><style:text-properties '
               'fo:font-weight="bold" fo:font-size="12pt"/></style:style>'
               '<style:style style:name="ceH" style:family="table-cell"><style:table-cell-'
               'properties fo:background-color="#fce4d6" fo:border="0.5pt solid #000000" '
               'fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold"/>'
               '</style:style>'
               '<style:style style:name="ceY" style:family="table-cell"><style:table-cell-'
               'properties style:vertical-align="middle" fo:border="0.5pt solid #000000"/>'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="ceB" style:family="table-cell"><style:table-cell-'
               'properties fo:border="0.5pt solid #000000"/><style:text-properties '
               'fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles><office:body><office:spreadsheet>'
               '<table:table table:name="Allegations">'
               '<table:table-column table:style-name="co1"/>'
               '<table:table-column table:style-name="co2"/>'
               f'<table:table-column table:style-name="co1" table:number-columns-repeated='
               f'"{ncol - 2}"/>' + body + '</table:table></office:spreadsheet></office:body>'
               '</office:document-content>\n')
    N("Allegations", "sheet name")
    settings = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<office:document-settings {NS_ODS} office:version="1.2"><office:settings>'
                '<config:config-item-set config:name="ooo:view-settings">'
                '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
                '<config:config-item config:name="ViewId" config:type="string">view1'
                '</config:config-item><config:config-item-map-named config:name="Tables">'
                '<config:config-item-map-entry config:name="Allegations">'
                '<config:config-item config:name="HorizontalSplitMode" config:type="short">2'
                '</config:config-item><config:config-item config:name="VerticalSplitMode" '
                'config:type="short">2</config:config-item><config:config-item config:name='
                '"HorizontalSplitPosition" config:type="int">2</config:config-item>'
                '<config:config-item config:name="VerticalSplitPosition" config:type="int">4'
                '</config:config-item><config:config-item config:name="ActiveSplitRange" '
                'config:type="short">2</config:config-item><config:config-item config:name='
                '"PositionLeft" config:type="int">0</config:config-item><config:config-item '
                'config:name="PositionRight" config:type="int">2</config:config-item>'
                '<config:config-item config:name="PositionTop" config:type="int">0'
                '</config:config-item><config:config-item config:name="PositionBottom" '
                'config:type="int">4</config:config-item></config:config-item-map-entry>'
                '</config:config-item-map-named></config:config-item-map-entry>'
                '</config:config-item-map-indexed></config:config-item-set></office:settings>'
                '</office:document-settings>\n')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {NS_ODS} office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/'
            '</meta:generator><dc:creator>BCH Information Rights</dc:creator>'
            '<meta:creation-date>2026-12-16T10:00:00</meta:creation-date>'
            '<dc:date>2026-12-16T10:00:00</dc:date></office:meta></office:document-meta>\n')
    styles_xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                  f'<office:document-styles {NS_ODS} office:version="1.2"><office:styles/>'
                  '</office:document-styles>\n')
    write_bytes(src, ods_zip(content, settings, meta, styles_xml))


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind36-", read=read36))
