#!/usr/bin/python3
"""make_blind39.py -- the thirty-ninth blind test batch for `foi` and its answer key.

The request, sent on 2 December 2026: for the financial years 2024/25 and 2025/26 and for
2026/27 to date (or the calendar years 2024, 2025 and 2026 to date where the force records by
calendar year), the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and the outcome of each.  See NOTES-blind39.md.
The machinery (F/L/N accounting, writers, read_back, check) is scripts/blindkit.py (not
edited); the LibreOffice conversion, the PDF normaliser and the .eml read-back are local.

usage: /usr/bin/python3 make_blind39_fixtures.py    # rebuild fixtures/blind39 (or $FOI_BLIND39_OUT)
       /usr/bin/python3 make_blind39.py check       # verify determinism and every number
       /usr/bin/python3 make_blind39.py dump FILE   # show FILE (relative to the batch) as read back
"""
import datetime as dt
import email
import email.message
import email.policy
import hashlib
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    import reportlab  # noqa: F401
except ImportError:
    os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, FQ, SUP, NH, NCND, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade)

FINAL = Path(os.environ.get("FOI_BLIND39_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind39").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST = ("For the financial years 2024/25 and 2025/26, and for 2026/27 to date, please tell "
           "me: 1. how many allegations of sexual assault, sexual misconduct, sexual harassment, "
           "abuse of position for a sexual purpose and violence against women and girls were "
           "made against (a) police officers and (b) police staff; 2. the outcome of each "
           "allegation. If you record by calendar year, the calendar years 2024 and 2025 and "
           "2026 to date will do.")
FY24, FY25 = FY(2024), FY(2025)
FYTD = ("2026-04-01", "2026-11-30")
CY24, CY25 = CY(2024), CY(2025)
CYTD = ("2026-01-01", "2026-11-30")
SENT = "2 December 2026"
OCS = ["dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
       "management_action", "no_case_to_answer", "ongoing"]
OUT7 = list(zip(["Dismissed", "Would have been dismissed", "Final written warning",
                 "Written warning", "Reflective practice", "No case to answer",
                 "Under investigation"], OCS))
WHEN = dt.datetime(2026, 12, 16, 14, 5, 0)


def request(text=REQUEST):
    return N(text, "the request's periods and item numbers")


def rng(name):
    return random.Random("blind39-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False, ocs=OCS):
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in ocs}
    if late and "ongoing" in k:
        k["ongoing"] += r.randint(2, 5)
    k["total"] = sum(k[oc] for oc in ocs)
    return k


def rights(days="40"):
    return N(f"If you are dissatisfied with the handling of your request you may ask for an "
             f"internal review within {days} working days of the date of this response. If you "
             f"remain dissatisfied you may complain to the Information Commissioner\u2019s Office, "
             f"Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF (0303 123 1113).",
             "review window; ICO address and telephone")


# --------------------------------------------------------------------------- local writers / readers
def xlsx_save(wb, src, creator):
    bk.xlsx_save(wb, src, creator, when=WHEN)


def docx_bytes(d, author):
    bk.docx_props(d, author, when=WHEN)
    buf = io.BytesIO()
    d.save(buf)
    return bk.normalised_zip(buf.getvalue())


def docx_finish(d, src, author):
    write_bytes(src, docx_bytes(d, author))


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


LO_PROFILE = "file:///tmp/blind39-lo-profile"


def lo_pdf(data, in_name, seed):
    """A Word file converted to PDF by LibreOffice headless, its time stamps and /ID fixed."""
    tmp = Path(tempfile.mkdtemp(prefix="b39lo-"))
    try:
        (tmp / in_name).write_bytes(data)
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp / "out"), str(tmp / in_name)],
                       check=True, capture_output=True, timeout=300)
        outs = list((tmp / "out").iterdir())
        assert len(outs) == 1, outs
        b = outs[0].read_bytes()
    finally:
        shutil.rmtree(tmp)
    b = re.sub(rb"(/(?:CreationDate|ModDate)\(D:)(\d{14})", lambda m: m.group(1) + b"20261216140500", b)
    hx = hashlib.md5(seed.encode()).hexdigest().upper().encode()
    b = re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + hx + b">", b)
    b = re.sub(rb"(/DocChecksum /)[0-9A-F]{32}", lambda m: m.group(1) + hx, b)
    return b


def read39(path):
    p = Path(path)
    if p.suffix.lower() == ".eml":
        return bk.eml_text(p, prefer=("plain",), attachments=True)
    return bk.read_back(p)


def rl_table(data, widths, header_rows=1, extra=(), size=8.5, font="Helvetica"):
    from reportlab.platypus import Table
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(bk.grid_style(header_rows, font=font, size=size, extra=extra))
    return t


# =========================================================================== 1 Cheshire: a Word letter exported to PDF by
# LibreOffice; outcome labels wrap inside a narrow first column; footnote 1 under the last table
def build_cheshire():
    from docx.shared import Cm, Pt
    src = "cheshire/Cheshire Constabulary FOI 6612-26 response.pdf"
    KEY.file(src, "cheshire")
    r = rng("cheshire")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_para(d, "Cheshire Constabulary", bold=True, size=14)
    bk.docx_para(d, "Freedom of Information Team, Clemonds Hey, Oakmere Road, Winsford")
    bk.docx_para(d, N("Our reference: FOI 6612/26        Date: 16 December 2026", "reference; date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N(f"Thank you for your request for information received on {SENT}. You asked:",
                      "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Cheshire Constabulary holds this information. The tables below give the "
                      "number of allegations made against police officers and police staff "
                      "(counted together) by allegation type and outcome, one table for each "
                      "financial year. The current year runs from 1 April 2026 to 30 November "
                      "2026.", "'one table'; period definition"))
    per = [("Table 1: 2024/25", FY24), ("Table 2: 2025/26", FY25),
           ("Table 3: 2026/27 (1 April to 30 November 2026)", FYTD)]
    labels = ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
              "Reflective practice review process", "No case to answer", "Under investigation"]
    heads = ["Outcome", "Sexual assault", "Sexual misconduct", "Sexual harassment",
             "Abuse of position for a sexual purpose", "Violence against women and girls"]
    widths = [Cm(2.6)] + [Cm(2.7)] * 5
    for ti, (pl, p) in enumerate(per):
        bk.docx_para(d, N(pl, "table number; period heading"), bold=True)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        t.autofit = False
        for j, h in enumerate(heads):
            docx_cell(t.rows[0].cells[j], h, bold=True, size=8.5)
            docx_shade(t.rows[0].cells[j], "D9E2F3")
        vals = {c: counts(r, hi=6, cat=c, late=p != FY24) for c in CATS5}
        for lab, oc in list(zip(labels, OCS)) + [("Total", "total")]:
            cells = t.add_row().cells
            par = docx_cell(cells[0], lab, bold=oc == "total", size=8.5)
            if oc == "ongoing" and p == FYTD:
                sup = par.add_run("1")
                sup.font.superscript = True
                sup.font.size = Pt(8.5)
            for j, c in enumerate(CATS5, 1):
                docx_cell(cells[j], F(c, oc, vals[c][oc], p), bold=oc == "total", size=8.5,
                          align=1)
        for row in t.rows:
            for j, cell in enumerate(row.cells):
                cell.width = widths[j]
        bk.docx_para(d, "")
    fn = bk.docx_para(d, N("1 Allegations still under investigation on 30 November 2026, "
                           "including those awaiting a misconduct meeting or hearing.",
                           "footnote number; date"), size=8)
    fn.paragraph_format.space_after = Pt(10)
    bk.docx_para(d, "Outcomes are those recorded on the professional standards case system on "
                    "the date of this response.")
    bk.docx_para(d, rights())
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Freedom of Information Team, Cheshire Constabulary")
    data = docx_bytes(d, "Cheshire FOI Team")
    write_bytes(src, lo_pdf(data, "FOI 6612-26 response.docx", "cheshire-6612"))


# =========================================================================== 2 Lincolnshire: XLSX, two tables side by side on one
# sheet (officers left, staff right) separated by an empty column, each with its own title row
def build_lincolnshire():
    import openpyxl
    from openpyxl.styles import Font, PatternFill, Alignment
    src = "lincolnshire/Lincolnshire Police FOI 003318-26.xlsx"
    KEY.file(src, "lincolnshire")
    r = rng("lincs")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Response"
    ws["A1"] = N("Lincolnshire Police \u2013 Freedom of Information request 003318/26", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = N("Allegations of a sexual nature recorded against police officers and police "
                 "staff, financial years 2024/25 and 2025/26 and 2026/27 up to 30 November 2026",
                 "periods of the request")
    per = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 (to 30 Nov)", FYTD)]
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="C6E0B4")
    for subj, col0, title in (("officers", 1, "Table A: Police officers"),
                              ("staff", 7, "Table B: Police staff")):
        ws.cell(4, col0, title).font = Font(bold=True, size=12)
        head = ["Allegation type", "Outcome"] + [N(pl, "column heading (period)") for pl, _ in per]
        for j, h in enumerate(head):
            x = ws.cell(5, col0 + j, h)
            x.font = bold
            x.fill = fill
            x.alignment = Alignment(wrap_text=True)
        row = 6
        for c in CATS5:
            vs = [counts(r, hi=6, cat=c, subj=subj, late=p == FYTD) for _, p in per]
            for k, (lab, oc) in enumerate(OUT7 + [("Total", "total")]):
                if k == 0:
                    ws.cell(row, col0, CL[c]).font = bold
                ws.cell(row, col0 + 1, lab)
                for j, (v, (_, p)) in enumerate(zip(vs, per)):
                    ws.cell(row, col0 + 2 + j, int(F(c, oc, v[oc], p, subject=subj)))
                if oc == "total":
                    for j in range(5):
                        ws.cell(row, col0 + j).font = bold
                row += 1
    ws.cell(48, 1, N("Source: Professional Standards Department case system, extracted "
                     "14/12/2026. Police officers include special constables; police staff "
                     "include PCSOs.", "extraction date"))
    for col, w in zip("ABCDEFGHIJK", (36, 26, 10, 10, 12, 4, 36, 26, 10, 10, 12)):
        ws.column_dimensions[col].width = w
    xlsx_save(wb, src, "Lincolnshire Police Information Management")


# =========================================================================== 3 Northumbria: HTML page, a table per type with a
# two-row <thead> (year bands over Officers / Staff) and <th scope="row"> outcome labels
def build_northumbria():
    src = "northumbria/northumbria-police-foi-1789-26.html"
    KEY.file(src, "northumbria")
    r = rng("northumbria")
    per = [("2024/25", FY24), ("2025/26", FY25), ("2026/27 (to 30 November)", FYTD)]
    parts = []
    for i, c in enumerate(CATS5, 1):
        head1 = "<tr><td></td>" + "".join(
            f'<th colspan="2" scope="colgroup">{E(N(pl, "column band (period)"))}</th>'
            for pl, _ in per) + "</tr>"
        head2 = "<tr><td></td>" + '<th scope="col">Officers</th><th scope="col">Staff</th>' * 3 + "</tr>"
        vals = {(p, s): counts(r, hi=6, cat=c, subj=s, late=p == FYTD)
                for _, p in per for s in ("officers", "staff")}
        body = []
        for lab, oc in OUT7 + [("Total", "total")]:
            tds = "".join(f"<td>{F(c, oc, vals[(p, s)][oc], p, subject=s)}</td>"
                          for _, p in per for s in ("officers", "staff"))
            cls = ' class="total"' if oc == "total" else ""
            body.append(f'<tr{cls}><th scope="row">{lab}</th>{tds}</tr>')
        parts.append(f'<h2>{N(f"Table {i}", "table number")}: {E(CL[c])}</h2>\n'
                     f'<table class="foi-table">\n<thead>\n{head1}\n{head2}\n</thead>\n<tbody>\n'
                     + "\n".join(body) + "\n</tbody>\n</table>")
    h1 = N("FOI 1789/26 \u2013 Sexual misconduct allegations against officers and staff", "reference")
    foot = N("\u00a9 Northumbria Police 2026", "copyright year")
    body = f"""<header class="site-header"><a href="/">Northumbria Police</a>
<nav><a href="/foi">Freedom of Information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a></nav></header>
<main id="content">
<h1>{h1}</h1>
<p class="meta">{N("Published: 17 December 2026", "date")}</p>
<h2>Request</h2>
<blockquote><p>{E(request())}</p></blockquote>
<h2>Response</h2>
<p>Northumbria Police holds the information. The tables below show the number of allegations made against police officers and against police staff, by outcome, for each financial year. {N("The current year is shown from 1 April 2026 to 30 November 2026.", "period definition")}</p>
{chr(10).join(parts)}
<p class="note">Under investigation includes allegations awaiting a misconduct meeting or hearing. Officers include special constables.</p>
<p>{E(rights())}</p>
</main>
<footer>{foot}</footer>"""
    style = ("<style>.foi-table{border-collapse:collapse}.foi-table th,.foi-table td{border:1px solid "
             "#999;padding:2px 6px}.total th,.total td{font-weight:bold}</style>\n")
    title = N("FOI 1789/26 | Northumbria Police", "reference")
    write_text(src, bk.html_page(title, body, head_extra=style))


# =========================================================================== 4 Derbyshire: DOCX letter answering each question in a
# numbered paragraph with a small table after each (calendar years)
def build_derbyshire():
    from docx.shared import Pt
    src = "derbyshire/Derbyshire Constabulary FOI 26-4471 response.docx"
    KEY.file(src, "derbyshire")
    r = rng("derbys")
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_para(d, "Derbyshire Constabulary", bold=True, size=15)
    bk.docx_para(d, "Information Rights and Disclosure, Butterley Hall, Ripley")
    bk.docx_para(d, N("Reference: FOI 26-4471\tDate: 15 December 2026", "reference; date"))
    bk.docx_para(d, N(f"Thank you for your request of {SENT}. Derbyshire Constabulary records "
                      "professional standards data by calendar year, so the answers below are "
                      "for the calendar years 2024 and 2025 and for 2026 up to 30 November 2026. "
                      "Each question is answered in turn.", "date; periods"))
    per = [("2024", CY24), ("2025", CY25), ("2026 (to 30 Nov)", CYTD)]
    tot = {}
    out = {}
    for c in CATS5:
        for _, p in per:
            for s in ("officers", "staff"):
                out[(c, p, s)] = counts(r, hi=5, cat=c, subj=s, late=p == CYTD)
            tot[(c, p)] = {oc: out[(c, p, "officers")][oc] + out[(c, p, "staff")][oc]
                           for oc in OCS + ["total"]}

    def small(head, rows):
        t = d.add_table(rows=1, cols=len(head))
        t.style = "Light Grid Accent 1"
        for j, h in enumerate(head):
            docx_cell(t.rows[0].cells[j], h, bold=True, size=9)
        for rr in rows:
            cells = t.add_row().cells
            for j, v in enumerate(rr):
                docx_cell(cells[j], v, size=9, align=None if j == 0 else 1)
        d.add_paragraph()

    for qi, (s, who) in enumerate((("officers", "police officers"), ("staff", "police staff"))):
        q = d.add_paragraph()
        q.add_run(N(f"1({'ab'[qi]}). How many allegations were made against {who}?",
                    "question number")).bold = True
        bk.docx_para(d, f"The number of allegations made against {who}, by allegation type, "
                        "is shown below.")
        small(["Allegation type"] + [N(pl, "column heading (period)") for pl, _ in per],
              [[CL[c]] + [F(c, "total", out[(c, p, s)]["total"], p, subject=s) for _, p in per]
               for c in CATS5])
    q = d.add_paragraph()
    q.add_run(N("2. What was the outcome of each allegation?", "question number")).bold = True
    bk.docx_para(d, "The outcomes below are for police officers and police staff together. "
                    "Under investigation means the allegation had not been finalised on "
                    "30 November 2026.".replace("30 November 2026", N("30 November 2026", "date")))
    abbr = ["Dismissed", "WHBD", "FWW", "WW", "Reflective practice", "NCTA", "Under investigation"]
    for pl, p in per:
        bk.docx_para(d, N(f"Outcomes \u2013 {pl}", "period heading"), bold=True)
        small(["Allegation type"] + abbr,
              [[CL[c]] + [F(c, oc, tot[(c, p)][oc], p) for oc in OCS] for c in CATS5])
    bk.docx_para(d, "WHBD = would have been dismissed; FWW = final written warning; WW = written "
                    "warning; NCTA = no case to answer.", size=9)
    bk.docx_para(d, rights())
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Information Rights and Disclosure")
    docx_finish(d, src, "Derbyshire Constabulary IRD")


# =========================================================================== 5 Nottinghamshire: a text letter whose table is drawn
# with tabs, so its columns do not line up
def build_nottinghamshire():
    src = "nottinghamshire/Notts Police FOI 006124-26.txt"
    KEY.file(src, "nottinghamshire")
    r = rng("notts")
    per = [("2024", CY24), ("2025", CY25), ("2026 to 30 Nov", CYTD)]
    lines = ["Nottinghamshire Police",
             "Information Management, Sherwood Lodge, Arnold",
             "",
             N("Reference: 006124/26", "reference"),
             N("Date: 15/12/2026", "date"),
             "",
             "Dear Requester",
             "",
             N(f"Your request of {SENT}:", "date"),
             "",
             "\"" + request() + "\"",
             "",
             "Nottinghamshire Police records complaints and conduct matters by calendar year.",
             N("The table below gives calendar years 2024 and 2025 and 2026 up to 30 November.",
               "periods"),
             "The figures are allegations against police officers and police staff, counted",
             "together.",
             "",
             "\t".join(["Allegation type", "Outcome"] + [N(pl, "column heading (period)")
                                                         for pl, _ in per])]
    for c in CATS5:
        vs = [counts(r, hi=6, cat=c, late=p == CYTD) for _, p in per]
        for k, (lab, oc) in enumerate(OUT7 + [("Total", "total")]):
            cells = [CL[c] if k == 0 else "", lab] + [F(c, oc, v[oc], p)
                                                       for v, (_, p) in zip(vs, per)]
            lines.append("\t".join(cells))
        lines.append("")
    lines += ["Reflective practice is the Reflective Practice Review Process.",
              "Under investigation includes matters awaiting a meeting or hearing.",
              "",
              rights(),
              "",
              "Yours sincerely",
              "",
              "Information Management"]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# =========================================================================== 6-7 Avon and Somerset: a covering letter and a long
# CSV with ISO Period start / Period end columns and a Status column (Suppressed / Not held / blank)
def build_avon_letter():
    src = "avon-and-somerset/FOI 2612-26 response letter.txt"
    KEY.file(src, "avon-and-somerset")
    for p in (FY24, FY25, FYTD):
        F(VG, "total", NH, p)
    text = "\n".join([
        "Avon and Somerset Constabulary",
        "Freedom of Information, PO Box 37, Portishead, Bristol".replace("37", N("37", "PO box")),
        "",
        N("Our ref: FOI 2612/26", "reference"),
        N("16 December 2026", "date"),
        "",
        "Dear Requester,",
        "",
        N(f"Thank you for your request of {SENT}:", "date"),
        "",
        "    " + request(),
        "",
        "Please find the information in the attached file",
        N("\"FOI 2612-26 data.csv\". Each row gives a period (start and end dates), the", "reference"),
        "allegation type, whether the person was a police officer or a member of police",
        "staff, the outcome and the number of allegations.",
        "",
        "The Status column explains an empty Count:",
        N("  Suppressed - a count of between one and four for police staff, withheld under",
          "suppression range"),
        N("               section 40(2) as it could identify individuals;", "Act section"),
        "  Not held   - the constabulary does not record violence against women and girls",
        "               as an allegation type, so this part of the request is not held.",
        "",
        "Financial years are used throughout; the current year is given to 30 November 2026."
        .replace("30 November 2026", N("30 November 2026", "date")),
        "",
        rights(),
        "",
        "Yours sincerely,",
        "Freedom of Information Officer"])
    write_text(src, text + "\n", newline="\r\n")


def build_avon_csv():
    src = "avon-and-somerset/FOI 2612-26 data.csv"
    KEY.file(src, "avon-and-somerset")
    r = rng("avon")
    per = [FY24, FY25, FYTD]
    rows = [["Period start", "Period end", "Allegation type", "Employee type", "Outcome", "Count",
             "Status"]]
    for p in per:
        for c in CATS5:
            for s, sl in (("officers", "Police officer"), ("staff", "Police staff")):
                ps, pe = N(p[0], "period start date"), N(p[1], "period end date")
                if c == VG:
                    F(c, "total", NH, p, subject=s)
                    rows.append([ps, pe, CL[c], sl, "All outcomes", "", "Not held"])
                    continue
                v = counts(r, hi=6, cat=c, subj=s, late=p == FYTD)
                for k, (lab, oc) in enumerate(OUT7 + [("All outcomes", "total")]):
                    if k:
                        ps, pe = N(p[0], "period start date"), N(p[1], "period end date")
                    n = v[oc]
                    if s == "staff" and 1 <= n <= 4:
                        F(c, oc, SUP(1, 4, "s40(2)"), p, subject=s, said="Suppressed")
                        rows.append([ps, pe, CL[c], sl, lab, "", "Suppressed"])
                    else:
                        rows.append([ps, pe, CL[c], sl, lab, F(c, oc, n, p, subject=s), ""])
    import csv as _csv
    buf = io.StringIO()
    _csv.writer(buf, lineterminator="\r\n").writerows(rows)
    write_bytes(src, buf.getvalue().encode("utf-8"))


# =========================================================================== 8 Bedfordshire: PDF (landscape), a table per type with
# quarter columns Q1 2025/26 ... Q2 2026/27 and a yearly Total column after each year's quarters
def build_bedfordshire():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether
    src = "bedfordshire/Bedfordshire Police FOI BED-26-1530.pdf"
    KEY.file(src, "bedfordshire")
    r = rng("beds")
    st = bk.styles("Helvetica", 9.5)
    ocs = ["dismissed", "final_written_warning", "written_warning", "management_action",
           "no_case_to_answer", "ongoing"]
    labs = ["Dismissed", "Final written warning", "Written warning", "Reflective practice",
            "No case to answer", "Under investigation"]
    H1 = ("2026-04-01", "2026-09-30")
    cols = [("Q1 2025/26", FQ(2025, 1)), ("Q2 2025/26", FQ(2025, 2)), ("Q3 2025/26", FQ(2025, 3)),
            ("Q4 2025/26", FQ(2025, 4)), ("Total 2025/26", FY25),
            ("Q1 2026/27", FQ(2026, 1)), ("Q2 2026/27", FQ(2026, 2)), ("Total 2026/27", H1)]
    story = [bk.P("<b>Bedfordshire Police</b>", st["h"]),
             bk.P(N("Freedom of Information request BED-26-1530 \u2013 response dated "
                    "17 December 2026", "reference; date"), st["body"]),
             bk.P(N(f"Your request of {SENT}:", "date"), st["body"]),
             bk.P(E(request()), st["quote"]),
             bk.P("Bedfordshire Police can provide this information from 1 April 2025, when the "
                  "current professional standards system went live; allegations recorded before "
                  "that date are held on a legacy system that cannot be searched by allegation "
                  "type, so the information for 2024/25 is not held.".replace(
                      "1 April 2025", N("1 April 2025", "system date")).replace(
                      "2024/25", N("2024/25", "period not held")), st["body"]),
             bk.P(N("The tables give allegations against police officers and police staff "
                    "together, by quarter of the financial year (Q1 = April to June, Q2 = July to "
                    "September, Q3 = October to December, Q4 = January to March). The Total "
                    "column after each year\u2019s quarters is that year\u2019s total. For 2026/27 "
                    "only Q1 and Q2 (1 April to 30 September 2026) have been validated; October "
                    "and November 2026 are not included.", "quarter definitions; dates"),
                    st["body"])]
    for c in CATS5:
        F(c, "total", NH, FY24)
    for i, c in enumerate((SA, SM, SH, AP, VG), 1):
        head = ["Outcome"] + [N(cl, "column heading (quarter / year)") for cl, _ in cols]
        data = [head]
        q = {p: counts(r, hi=3, zero=0.5, cat=c, late=False, ocs=ocs) for _, p in cols
             if p not in (FY25, H1)}
        yr = {FY25: [FQ(2025, k) for k in (1, 2, 3, 4)], H1: [FQ(2026, 1), FQ(2026, 2)]}
        for p, qs in yr.items():
            q[p] = {oc: sum(q[x][oc] for x in qs) for oc in ocs + ["total"]}
        for lab, oc in list(zip(labs, ocs)) + [("Total", "total")]:
            data.append([lab] + [F(c, oc, q[p][oc], p) for _, p in cols])
        t = rl_table(data, [44 * mm] + [24 * mm] * 8, extra=[
            ("FONT", (0, len(data) - 1), (-1, len(data) - 1), "Helvetica-Bold", 8.5),
            ("FONT", (5, 1), (5, -1), "Helvetica-Bold", 8.5),
            ("FONT", (8, 1), (8, -1), "Helvetica-Bold", 8.5)])
        story.append(KeepTogether([bk.P(N(f"Table {i}: ", "table number") + E(CL[c]), st["h2"]), t,
                                   bk.S(8)]))
    story += [bk.P("Reflective practice means the Reflective Practice Review Process. Under "
                   "investigation includes allegations awaiting a misconduct meeting or hearing.",
                   st["small"]),
              bk.P(E(rights()), st["body"]),
              bk.P("Yours sincerely,<br/>Information Access Team, Bedfordshire Police", st["body"])]
    bk.pdf_letter(src, story, pdf_furniture("BED-26-1530", marking="OFFICIAL"),
                  pagesize=landscape(A4), margins=(18, 18, 22, 20),
                  title="FOI BED-26-1530", author="Bedfordshire Police")


# =========================================================================== 9 Essex: an internal review (DOCX) that corrects two
# figures of the original answer, quoting both, and reproduces the corrected table
def build_essex():
    src = "essex/Essex Police FOI 26-09876 internal review.docx"
    KEY.file(src, "essex")
    r = rng("essex")
    per = [("2024/25", FY24), ("2025/26", FY25)]
    vals = {(c, p): counts(r, hi=6, cat=c) for c in CATS5 for _, p in per}
    # the two figures the review corrects
    sh25 = vals[(SH, FY25)]
    if sh25["no_case_to_answer"] == 0:
        sh25["no_case_to_answer"] = 2
    sh25["total"] = sum(sh25[oc] for oc in OCS)
    sa24 = vals[(SA, FY24)]
    if sa24["dismissed"] == 0:
        sa24["dismissed"] = 2
    sa24["total"] = sum(sa24[oc] for oc in OCS)
    old_sh = sh25["total"] - 1
    old_sa = sa24["dismissed"] - 1
    d = bk.docx_a4(bk.docx_new("Arial", 10.5))
    bk.docx_para(d, "Essex Police", bold=True, size=15)
    bk.docx_para(d, "Information Rights, PO Box 2, Springfield, Chelmsford".replace(
        "2", N("2", "PO box")))
    bk.docx_para(d, N("Internal review of FOI 26-09876        Date: 18 December 2026",
                      "reference; date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("You asked us to review our response of 9 December 2026 to your request of "
                      "2 December 2026, which read:", "dates"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, "Outcome of the review", bold=True)
    bk.docx_para(d, N("I have reviewed the handling of your request and re-run the extract from "
                      "the professional standards database. Two figures in the original response "
                      "were typed incorrectly when the table was prepared:",
                      "'two figures' (count of corrections)"))
    for t in (
        L("\u2022 the original response said that there were {o} allegations of sexual harassment "
          "in 2025/26; the correct figure is {n}.", "period",
          o=N(str(old_sh), "superseded figure of the original response"),
          n=F(SH, "total", sh25["total"], FY25, restated=False)),
        L("\u2022 the original response said that {o} allegations of sexual assault in 2024/25 led "
          "to dismissal; the correct figure is {n}.", "period",
          o=N(str(old_sa), "superseded figure of the original response"),
          n=F(SA, "dismissed", sa24["dismissed"], FY24)),
    ):
        bk.docx_para(d, t)
    bk.docx_para(d, N("All other figures were correct. For completeness the corrected tables are "
                      "reproduced below; they replace the tables of the original response. "
                      "Figures are allegations against police officers and police staff together. "
                      "Essex Police answered for the two complete financial years only; the "
                      "current year was not part of the review.", "'two complete financial years'"))
    for pl, p in per:
        bk.docx_para(d, N(f"Corrected table \u2013 financial year {pl}", "period heading"),
                     bold=True)
        head = ["Allegation type"] + [l for l, _ in OUT7] + ["Total"]
        t = d.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for j, h in enumerate(head):
            docx_cell(t.rows[0].cells[j], h, bold=True, size=8)
            docx_shade(t.rows[0].cells[j], "E7E6E6")
        for c in CATS5:
            cells = t.add_row().cells
            docx_cell(cells[0], CL[c], size=8)
            for j, oc in enumerate(OCS + ["total"], 1):
                v = vals[(c, p)][oc]
                restated = (c, oc, p) in ((SH, "total", FY25), (SA, "dismissed", FY24))
                docx_cell(cells[j], F(c, oc, v, p, restated=restated), size=8, align=1,
                          bold=oc == "total")
        bk.docx_para(d, "")
    bk.docx_para(d, "I apologise for the errors. If you remain dissatisfied you may complain to "
                    "the Information Commissioner\u2019s Office, Wycliffe House, Water Lane, "
                    "Wilmslow, Cheshire, SK9 5AF.".replace("SK9 5AF", N("SK9 5AF", "postcode")))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Internal Review Officer, Information Rights")
    docx_finish(d, src, "Essex Police Information Rights")


# =========================================================================== 10 Dorset: a nil return, one sentence per category
def build_dorset():
    src = "dorset/Dorset Police FOI 2026-2291 response.pdf"
    KEY.file(src, "dorset")
    st = bk.styles("Times-Roman", 11)
    story = [bk.P("<b>Dorset Police</b>", st["h"]),
             bk.P("Freedom of Information, Force Headquarters, Winfrith, Dorchester", st["addr"]),
             bk.P(N("Reference: 2026-2291 &nbsp;&nbsp; Date: 14 December 2026", "reference; date"),
                  st["body"]),
             bk.P("Dear Requester,", st["body"]),
             bk.P(N(f"Thank you for your request of {SENT}, in which you asked:", "date"),
                  st["body"]),
             bk.P(E(request()), st["quote"]),
             bk.P("<b>Response: nil return</b>", st["body"]),
             bk.P(N("Dorset Police has searched its professional standards records for the "
                    "financial years 2024/25 and 2025/26 and for 2026/27 up to 30 November 2026. "
                    "The searches covered police officers, special constables and police staff.",
                    "periods"), st["body"])]
    sents = {SA: "No allegations of sexual assault were made against Dorset Police officers or "
                 "staff in any of these periods.",
             SM: "No allegations of sexual misconduct were made against officers or staff in any "
                 "of these periods.",
             SH: "There were no allegations of sexual harassment against officers or staff in "
                 "any of these periods.",
             AP: "No allegation of abuse of position for a sexual purpose was recorded against "
                 "an officer or member of staff in any of these periods.",
             VG: "No allegations recorded as violence against women and girls were made against "
                 "officers or staff in any of these periods."}
    said = {SA: "No allegations of sexual assault", SM: "No allegations of sexual misconduct",
            SH: "no allegations of sexual harassment",
            AP: "No allegation of abuse of position for a sexual purpose",
            VG: "No allegations recorded as violence against women and girls"}
    for c in CATS5:
        for p in (FY24, FY25, FYTD):
            F(c, "total", 0, p, said=said[c])
        story.append(bk.P(sents[c], st["body"]))
    story += [bk.P("As there were no allegations, there are no outcomes to report.", st["body"]),
              bk.P(E(rights()), st["body"]),
              bk.P("Yours sincerely,<br/>Freedom of Information Officer", st["body"])]
    bk.pdf_letter(src, story, pdf_furniture("Dorset Police FOI 2026-2291", marking=""),
                  title="FOI 2026-2291", author="Dorset Police")


# =========================================================================== 11 Hertfordshire: disclosure-log HTML with figures for
# four types and an NCND (s30(3), s31(3)) for abuse of position for a sexual purpose
def build_hertfordshire():
    src = "hertfordshire/herts-police-disclosure-HC-FOI-26-3107.html"
    KEY.file(src, "hertfordshire")
    r = rng("herts")
    per = [("Financial year 2024/25", FY24), ("Financial year 2025/26", FY25),
           ("Financial year 2026/27 (1 April to 30 November 2026)", FYTD)]
    cats = (SA, SM, SH, VG)
    tabs = []
    for i, (pl, p) in enumerate(per, 1):
        head = "<tr><th>Allegation type</th>" + "".join(f"<th>{l}</th>" for l, _ in OUT7) + \
               "<th>Total</th></tr>"
        rows = []
        for c in cats:
            v = counts(r, hi=6, cat=c, late=p == FYTD)
            rows.append(f"<tr><td>{CL[c]}</td>" + "".join(
                f"<td>{F(c, oc, v[oc], p)}</td>" for oc in OCS + ["total"]) + "</tr>")
        tabs.append(f"<h3>{E(N(pl, 'period heading'))}</h3>\n<table class=\"data\">\n<thead>{head}"
                    f"</thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")
        F(AP, "total", NCND("s30(3);s31(3)"), p)
    body = f"""<div class="masthead">Hertfordshire Constabulary</div>
<main>
<h1>{N("Disclosure HC/FOI/26/3107: allegations of a sexual nature against officers and staff", "reference")}</h1>
<ul class="facts"><li>{N("Date of response: 16 December 2026", "date")}</li><li>Category: Professional standards</li></ul>
<h2>Request</h2>
<p><q>{E(request())}</q></p>
<h2>Response</h2>
<p>The tables below give the number of allegations made against police officers and police staff (counted together), by type and outcome.</p>
{chr(10).join(tabs)}
<h2>Abuse of position for a sexual purpose</h2>
<p>{N("Hertfordshire Constabulary neither confirms nor denies that it holds information on allegations of abuse of position for a sexual purpose for any of the periods requested, by virtue of sections 30(3) (investigations) and 31(3) (law enforcement) of the Freedom of Information Act 2000.", "Act sections and year")} Confirming or denying whether such allegations exist, and in what numbers, could prejudice ongoing criminal investigations. This is not an indication that any information is or is not held.</p>
<p>{E(rights())}</p>
</main>"""
    write_text(src, bk.html_page(N("HC/FOI/26/3107 | Hertfordshire Constabulary", "reference"),
                                 body))


# =========================================================================== 12 Wiltshire: .eml whose body is only "Please find
# attached", with a DOCX attachment holding the letter and a table (year bands over Officers / Staff)
def build_wiltshire():
    from docx.shared import Pt
    src = "wiltshire/FOI 2026-1377 Wiltshire Police.eml"
    KEY.file(src, "wiltshire")
    r = rng("wilts")
    att = "Wiltshire Police FOI 2026-1377 response.docx"
    N(att, "attachment name (reference)")
    d = bk.docx_a4(bk.docx_new("Arial", 10))
    bk.docx_para(d, "Wiltshire Police", bold=True, size=14)
    bk.docx_para(d, N("Freedom of Information \u2013 reference 2026-1377 \u2013 15 December 2026",
                      "reference; date"))
    bk.docx_para(d, N(f"Your request of {SENT} asked:", "date"))
    bk.docx_para(d, request(), italic=True)
    bk.docx_para(d, N("Wiltshire Police records allegations by calendar year. The table below "
                      "gives the calendar years 2024 and 2025. Figures for 2026 up to 30 November will be published "
                      "in our annual professional standards report and are withheld under "
                      "section 22 (information intended for future publication).",
                      "periods; Act section"))
    for c in CATS5:
        F(c, "total", bk.REF("s22"), CYTD)
    per = [("2024", CY24), ("2025", CY25)]
    t = d.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    docx_cell(t.cell(0, 0), "Allegation type / outcome", bold=True, size=8.5)
    t.cell(0, 0).merge(t.cell(1, 0))
    for k, (pl, p) in enumerate(per):
        a = t.cell(0, 1 + 2 * k).merge(t.cell(0, 2 + 2 * k))
        docx_cell(a, N(pl, "column band (period)"), bold=True, size=8.5, align=1)
        docx_cell(t.cell(1, 1 + 2 * k), "Officers", bold=True, size=8.5, align=1)
        docx_cell(t.cell(1, 2 + 2 * k), "Staff", bold=True, size=8.5, align=1)
    for c in CATS5:
        row = t.add_row()
        band = row.cells[0].merge(row.cells[4])
        docx_cell(band, CL[c], bold=True, size=8.5)
        docx_shade(band, "DDEBF7")
        vs = {(p, s): counts(r, hi=5, cat=c, subj=s) for _, p in per for s in ("officers", "staff")}
        for lab, oc in OUT7 + [("Total", "total")]:
            cells = t.add_row().cells
            docx_cell(cells[0], "    " + lab, size=8.5, bold=oc == "total")
            j = 1
            for _, p in per:
                for s in ("officers", "staff"):
                    docx_cell(cells[j], F(c, oc, vs[(p, s)][oc], p, subject=s), size=8.5, align=1,
                              bold=oc == "total")
                    j += 1
    bk.docx_para(d, "")
    bk.docx_para(d, "Officers include special constables. Staff include PCSOs and volunteers.",
                 size=9)
    bk.docx_para(d, rights())
    bk.docx_para(d, "Information Management Unit, Wiltshire Police")
    data = docx_bytes(d, "Wiltshire Police IMU")
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "Wiltshire Police FOI <foi@wiltshire.police.uk>"
    msg["To"] = "data.desk@example-news.co.uk"
    msg["Date"] = N("Tue, 15 Dec 2026 16:42:10 +0000", "date")
    msg["Subject"] = N("FOI 2026-1377", "reference")
    msg["Message-ID"] = "<FOI-2026-1377.response@wiltshire.police.uk>"
    msg.set_content("Please find attached.\n")
    msg.add_attachment(data, maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename=att)
    msg.set_boundary("=_wilts_foi_2026_1377_part")
    write_bytes(src, msg.as_bytes())


# =========================================================================== 13 Police Scotland: FOISA letter (PDF), "financial year
# 2025-26", officer / staff columns, "*" = less than five under section 38(1)(b)
def build_police_scotland():
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether
    src = "police-scotland/IM-FOI-2026-3314 response.pdf"
    KEY.file(src, "police-scotland")
    r = rng("scot")
    st = bk.styles("Helvetica", 10)
    ocs = ["dismissed", "resigned_or_retired", "final_written_warning", "written_warning",
           "no_further_action", "ongoing"]
    labs = ["Dismissed", "Resigned / retired before hearing", "Final written warning",
            "Written warning", "No action", "Ongoing"]
    per = [("financial year 2024-25", FY24), ("financial year 2025-26", FY25)]
    story = [bk.P("<b>Police Scotland</b>", st["h"]),
             bk.P(N("Our reference: IM-FOI-2026-3314 &nbsp; Date: 17 December 2026",
                    "reference; date"), st["body"]),
             bk.P("Freedom of Information (Scotland) Act 2002".replace(
                 "2002", N("2002", "Act year")), st["bold"]),
             bk.P(N(f"I refer to your request for information received on {SENT}:", "date"),
                  st["body"]),
             bk.P(E(request()), st["quote"]),
             bk.P(N("Police Scotland records misconduct allegations under the Police Service of "
                    "Scotland (Conduct) Regulations 2014 and the Police Service of Scotland "
                    "(Conduct) Regulations 2013 for police staff. The categories held are sexual "
                    "assault, sexual misconduct and sexual harassment; abuse of position for a "
                    "sexual purpose and violence against women and girls are not recording "
                    "categories, and in terms of section 17 of the Act that information is not "
                    "held.", "regulation years; Act section"), st["body"]),
             bk.P(N("The tables below give allegations for the financial year 2024-25 and the "
                    "financial year 2025-26. Figures for 2026-27 are not yet finalised and are "
                    "not provided.", "periods"), st["body"])]
    for c in (AP, VG):
        for p in (FY24, FY25):
            F(c, "total", NH, p)
    ti = 1
    for pl, p in per:
        for c in (SA, SM, SH):
            data = [["Outcome", "Police officers", "Police staff"]]
            vs = {s: counts(r, hi=6, cat=c, subj=s, ocs=ocs) for s in ("officers", "staff")}
            for lab, oc in list(zip(labs, ocs)) + [("Total", "total")]:
                row = [lab]
                for s in ("officers", "staff"):
                    n = vs[s][oc]
                    if s == "staff" and 1 <= n <= 4:
                        row.append(F(c, oc, SUP(0, 4, "s38(1)(b)"), p, subject=s, said="*"))
                    else:
                        row.append(F(c, oc, n, p, subject=s))
                data.append(row)
            t = rl_table(data, [70 * mm, 35 * mm, 35 * mm], extra=[
                ("FONT", (0, len(data) - 1), (-1, len(data) - 1), "Helvetica-Bold", 8.5)])
            story.append(KeepTogether([
                bk.P(N(f"Table {ti}", "table number") + f": {E(CL[c])} \u2013 " +
                     N(pl, "period heading"), st["h2"]), t, bk.S(8)]))
            ti += 1
    story += [bk.P(N("* Figures of less than five relating to police staff have been suppressed. "
                     "Section 38(1)(b) of the Act (personal information) applies, as the numbers "
                     "are small enough that individuals could be identified.",
                     "Act section; threshold"), st["small"]),
              bk.P(N("Should you require any further assistance please contact Information "
                     "Management. If you are dissatisfied you may request a review within 40 "
                     "working days; if you remain dissatisfied you may appeal to the Scottish "
                     "Information Commissioner within 6 months.", "review windows"), st["body"])]
    bk.pdf_letter(src, story, pdf_furniture("IM-FOI-2026-3314", marking="OFFICIAL"),
                  title="IM-FOI-2026-3314", author="Police Scotland")


# =========================================================================== 14 Norfolk: XLSX where a blank cell means nil (defined)
def build_norfolk():
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "norfolk/Norfolk Constabulary FOI 2026-0877.xlsx"
    KEY.file(src, "norfolk")
    r = rng("norfolk")
    per = [("FY 2024/25", FY24), ("FY 2025/26", FY25), ("FY 2026/27 (Apr\u2013Nov)", FYTD)]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    ws["A1"] = N("Norfolk Constabulary \u2013 FOI 2026/0877", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Allegations against police officers and police staff (together) by type and "
                "outcome. A blank cell means nil: there were no allegations with that outcome.")
    head = ["Allegation type", "Outcome"] + [N(pl, "column heading (period)") for pl, _ in per]
    fill = PatternFill("solid", fgColor="FCE4D6")
    for j, h in enumerate(head, 1):
        ws.cell(4, j, h).font = Font(bold=True)
        ws.cell(4, j).fill = fill
    row = 5
    for c in CATS5:
        vs = [counts(r, hi=5, zero=0.5, cat=c, late=p == FYTD) for _, p in per]
        for lab, oc in OUT7 + [("Total", "total")]:
            ws.cell(row, 1, CL[c])
            ws.cell(row, 2, lab)
            for j, (v, (_, p)) in enumerate(zip(vs, per), 3):
                n = v[oc]
                if n == 0:
                    F(c, oc, 0, p, printed=False)
                else:
                    ws.cell(row, j, int(F(c, oc, n, p)))
            if oc == "total":
                for j in range(1, 6):
                    ws.cell(row, j).font = Font(bold=True)
            row += 1
    ws.cell(row + 1, 1, N("FY 2026/27 runs from 1 April 2026 to 30 November 2026.",
                          "period definition"))
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 28
    for col in "CDE":
        ws.column_dimensions[col].width = 14
    xlsx_save(wb, src, "Norfolk Constabulary Information Management")


# =========================================================================== 15 Lancashire: disclosure-log page in its long house
# style (Period | Allegation type | Outcome | Number of cases), bold subtotal row per type; counts cases
def build_lancashire():
    src = "lancashire/FOI-2026-04417-response.html"
    KEY.file(src, "lancashire", measure="cases")
    r = rng("lancs")
    LYTD = ("2026-04-01", "2026-10-31")
    per = [("2025/26", FY25), ("01/04/2026 - 31/10/2026", LYTD)]
    rows = []
    for pl, p in per:
        for c in CATS5:
            v = counts(r, hi=5, cat=c, late=p == LYTD)
            for lab, oc in [("Dismissed (gross misconduct)", "dismissed"),
                            ("Would have been dismissed", "would_have_been_dismissed"),
                            ("Final written warning", "final_written_warning"),
                            ("Written warning", "written_warning"),
                            ("Reflective practice", "management_action"),
                            ("No case to answer", "no_case_to_answer"),
                            ("Ongoing \u2013 under investigation", "ongoing")]:
                rows.append(f"<tr><td>{N(pl, 'period')}</td><td>{E(CL[c])}</td><td>{E(lab)}</td>"
                            f"<td>{F(c, oc, v[oc], p)}</td></tr>")
            rows.append(f"<tr class=\"subtotal\"><td><strong>{N(pl, 'period')}</strong></td><td><strong>"
                        f"{E(CL[c])}</strong></td><td><strong>Total</strong></td><td><strong>"
                        f"{F(c, 'total', v['total'], p)}</strong></td></tr>")
    body = f"""<div class="site-header"><a href="/">Lancashire Constabulary</a>
<nav><a href="/foi">Freedom of Information</a> / <a href="/foi/disclosure-log">Disclosure log</a></nav></div>
<div class="breadcrumb">Home &gt; FOI &gt; Disclosure log</div>
<main>
<h1>Allegations of sexual misconduct against officers and staff</h1>
<dl><dt>Reference</dt><dd>{N("FOI-2026-04417", "reference")}</dd><dt>Date</dt><dd>{N("16/12/2026", "date")}</dd></dl>
<h2>Request</h2>
<blockquote>{E(request())}</blockquote>
<h2>Response</h2>
<p>Lancashire Constabulary records these matters as cases. The table shows the number of cases involving police officers and police staff, by allegation type and outcome. {N("The information for 2024/25 was published in our response FOI-2025-03310 and is not repeated here (section 21).", "earlier reference and period; Act section")} {N("The current year is given to 31 October 2026, the latest month for which data has been validated.", "date")}</p>
<table class="foi-table">
<thead><tr><th>Period</th><th>Allegation type</th><th>Outcome</th><th>Number of cases</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p class="footnote"><small>Ongoing cases include those where the subject is on restricted duties.</small></p>
<h2>Your rights</h2>
<p>{E(rights())}</p>
</main>
<footer>Lancashire Constabulary, Saunders Lane, Hutton, Preston</footer>"""
    for c in CATS5:
        F(c, "total", bk.REF("s21"), FY24)
    write_text(src, bk.html_page(N("FOI-2026-04417 | Lancashire Constabulary", "reference"), body))


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind39-", read=read39))
