#!/usr/bin/python3
"""make_blind27.py -- the twenty-seventh blind test batch for `foi` and its answer key.

The request, sent on 26 November 2026: for the financial years 2024/25 and 2025/26 and the
calendar year 2025, the number of allegations of sexual assault, sexual misconduct, sexual
harassment, abuse of position for a sexual purpose and violence against women and girls made
against police officers and police staff, and the outcome of each.  Fifteen forces answer in
fifteen files, as the folder arrives (see NOTES-blind27.md).  The machinery (F/L/N accounting,
writers, read_back, check) is scripts/blindkit.py (not edited); the ODS and .eml
read-backs, the hand-placed PDF pages and the TJ-array PDF text are local.

usage: /usr/bin/python3 make_blind27.py             # rebuild fixtures/blind27 (or $FOI_BLIND27_OUT)
       /usr/bin/python3 make_blind27.py check       # verify determinism and every number
       /usr/bin/python3 make_blind27.py dump FILE   # show FILE (relative to the batch) as read back
"""
import copy
import datetime as dt
import email
import email.policy
import io
import os
import random
import re
import struct
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, MON, SUP, REF, NH, NCND, E,  # noqa: E402,F401
                      write_text, write_bytes, docx_cell, docx_shade, xl_border, rights)

FINAL = Path(os.environ.get("FOI_BLIND27_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind27").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQUEST27 = ("Please provide, for each of the financial years 2024/25 and 2025/26 and for the "
             "calendar year 2025: (1) the number of allegations of sexual assault, sexual misconduct, "
             "sexual harassment, abuse of position for a sexual purpose and violence against women "
             "and girls (VAWG) made against police officers and police staff; and (2) the outcome of "
             "each allegation (dismissed, would have been dismissed, final written warning, written "
             "warning, reflective practice, no case to answer, still under investigation).")
FY24, FY25, CY25 = FY(2024), FY(2025), CY(2025)
OUT7 = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
        ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
        ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
        ("Under investigation", "ongoing")]
OCS = [oc for _, oc in OUT7]


def request27(text=REQUEST27):
    return N(text, "the request's years and part numbers")


def rng(name):
    return random.Random("blind27-" + name)


def counts(r, hi=4, zero=0.4, cat=None, subj=None, late=False):
    """Outcome counts {outcome: n}; late: a recent period (more under investigation)."""
    if cat == AP:
        hi = max(1, hi // 2)
    if subj == "staff":
        hi = max(1, hi // 2)
    k = {oc: (0 if r.random() < zero else r.randint(1, hi)) for oc in OCS}
    if late:
        k["ongoing"] += r.randint(1, 4)
    return k


def tot(r, cat=None, subj=None, lo=2, hi=22):
    if cat == AP:
        hi //= 2
    if subj == "staff":
        hi //= 2
    return r.randint(0 if subj == "staff" else lo, max(hi, 3))


def zip_members(members, stored=("mimetype",)):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, bk.FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


def xlsx_save(wb, src, creator):
    fixed = dt.datetime(2026, 12, 2, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    p = bk.dest(src)
    wb.save(p)
    bk.normalise_zip(p)


# =========================================================================== read-back


def ods_text(data):
    import xml.etree.ElementTree as ET
    T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ET.fromstring(z.read("content.xml"))
    for t in root.iter(T + "table"):
        out.append(f"[sheet {t.get(T + 'name')!r} state=visible]")
        for c in t.iter(T + "table-cell"):
            txt = "\n".join("".join(p.itertext()) for p in c.iter(X + "p"))
            if txt:
                out.append(txt)
    return "\n".join(out)


def eml_text(data):
    """What a mail client shows: the From / To / Date / Subject lines and the HTML body's text."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = [f"{h}: {msg[h]}" for h in ("From", "To", "Date", "Subject")]
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            out.append(bk.html_visible(part.get_content()))
    return "\n".join(out)


def read27(path):
    p = Path(path)
    suf = p.suffix.lower()
    data = p.read_bytes()
    if suf == ".ods":
        return ods_text(data)
    if suf == ".eml":
        return eml_text(data)
    return bk.read_back(p)


# =========================================================================== PDF helpers


def pstyles(font="Helvetica", size=9.5):
    return bk.styles(font, size)


def ruled(data, widths, header_rows=1, bold_rows=(), size=8.5, font="Helvetica", spans=(),
          extra=()):
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    bold = "Times-Bold" if font == "Times-Roman" else font + "-Bold"
    t.setStyle(bk.grid_style(header_rows, font=font, size=size,
                             extra=[("FONT", (0, b), (-1, b), bold, size) for b in bold_rows]
                             + [("SPAN", a, b) for a, b in spans] + list(extra)))
    return t


def furniture(ref_text, name, font="Helvetica", marking="OFFICIAL"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    def furn(c, p, n):
        c.setFont(font, 8)
        if marking:
            c.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, marking)
        c.drawString(20 * mm, 10 * mm, N(ref_text, "reference"))
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, N(f"Page {p} of {n}", "page number"))
    return furn


# =========================================================================== 1 West Yorkshire: words placed one by one, tables drawn out of reading order


def build_west_yorkshire():
    """A landscape letter drawn word by word (each word its own BT/ET at an absolute position);
    Table 1 is drawn column by column, Table 2 and 3 in a shuffled order; column heads wrap onto
    three or four lines; counts right-aligned under them."""
    src = "west-yorkshire/WYP FOI 0412-26 response.pdf"
    KEY.file(src, "west-yorkshire")
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    W, H = landscape(A4)
    c = canvas.Canvas(str(bk.dest(src)), pagesize=(W, H), invariant=1)
    c.setTitle("FOI 0412/26")
    c.setAuthor("West Yorkshire Police")
    c.setCreator("WYP Disclosure Unit report writer")
    r = rng("wyp")
    order = rng("wyp-order")
    LM, RM = 50, W - 50

    def words(x, y, text, font="Helvetica", size=9, align="left"):
        wdt = stringWidth(text, font, size)
        x = x - wdt if align == "right" else (x - wdt / 2 if align == "center" else x)
        out = []
        for w in text.split(" "):
            if w:
                out.append((font, size, x, y, w))
            x += stringWidth(w + " ", font, size)
        return out

    def emit(items):
        for font, size, x, y, w in items:
            c.setFont(font, size)
            c.drawString(x, y, w)

    state = {"y": H - 60}

    def para(text, font="Helvetica", size=9, gap=5, indent=0):
        out = []
        for line in simpleSplit(text, font, size, RM - LM - 2 * indent):
            out += words(LM + indent, state["y"], line, font, size)
            state["y"] -= size * 1.3
        state["y"] -= gap
        emit(out)

    def furn(p, n):
        emit(words(W / 2, H - 28, "OFFICIAL", "Helvetica-Bold", 8, "center"))
        emit(words(LM, 24, N("West Yorkshire Police, PO Box 9, Laburnum Road, Wakefield WF1 3QP",
                             "address"), "Helvetica", 7.5))
        emit(words(RM, 24, N(f"Page {p} of {n}", "page number"), "Helvetica", 7.5, "right"))

    def table(title, per, late, how):
        """Outcomes down the side, five types x officers / staff across; how: columns | shuffle."""
        para(title, "Helvetica-Bold", 9.5, 4)
        x0, lw, cw = LM, 160, 56
        ytop = state["y"]
        cells = []      # (col, row, items)
        head_lines = 0
        for j, (cat, subj) in enumerate((ct, s) for ct in CATS5 for s in ("officers", "staff")):
            lab = f"{CL[cat]} ({'police officers' if subj == 'officers' else 'police staff'})"
            lines = simpleSplit(lab, "Helvetica-Bold", 7.5, cw - 6)
            head_lines = max(head_lines, len(lines))
            it = []
            for i, ln in enumerate(lines):
                it += words(x0 + lw + (j + 1) * cw - 3, ytop - i * 9, ln, "Helvetica-Bold", 7.5,
                            "right")
            cells.append((j + 1, 0, it))
        cells.append((0, 0, words(x0, ytop, "Outcome of allegation", "Helvetica-Bold", 7.5)))
        ybody = ytop - head_lines * 9 - 6
        c.setLineWidth(0.6)
        c.line(x0, ybody + 8, x0 + lw + 10 * cw, ybody + 8)
        data = {}
        for cat in CATS5:
            for subj in ("officers", "staff"):
                data[(cat, subj)] = counts(r, hi=4, zero=0.45, cat=cat, subj=subj, late=late)
        rows = [(lab, oc) for lab, oc in OUT7] + [("Total", "total")]
        for i, (lab, oc) in enumerate(rows):
            y = ybody - i * 12 - (3 if oc == "total" else 0)
            font = "Helvetica-Bold" if oc == "total" else "Helvetica"
            cells.append((0, i + 1, words(x0, y, lab, font, 8)))
            for j, (cat, subj) in enumerate((ct, s) for ct in CATS5 for s in ("officers", "staff")):
                k = data[(cat, subj)]
                v = sum(k.values()) if oc == "total" else k[oc]
                cells.append((j + 1, i + 1, words(x0 + lw + (j + 1) * cw - 3, y,
                                                  F(cat, oc, v, per, subject=subj), font, 8, "right")))
        c.line(x0, ybody - 7 * 12 + 7, x0 + lw + 10 * cw, ybody - 7 * 12 + 7)
        if how == "columns":
            cells.sort(key=lambda t: (-t[0], t[1]))
        else:
            order.shuffle(cells)
        for _, _, it in cells:
            emit(it)
        state["y"] = ybody - 8 * 12 - 14

    # page 1
    emit(words(RM, H - 50, "West Yorkshire Police", "Helvetica-Bold", 14, "right"))
    emit(words(RM, H - 64, "Disclosure Unit", "Helvetica", 9, "right"))
    state["y"] = H - 92
    para(N("Our reference: FOI 0412/26     Date: 2 December 2026", "reference and date"), gap=2)
    para("Dear Requester,", gap=4)
    para(N("Thank you for your request for information received on 26 November 2026, which asked:",
           "date"))
    para(request27(), "Helvetica-Oblique", 8.5, indent=20)
    para(N("West Yorkshire Police holds the information you asked for. Tables 1 and 2 give the outcome of "
         "each allegation recorded in the financial year, by type and by whether the subject was a "
         "police officer or a member of police staff. Allegations still being investigated are shown "
         "as under investigation.", "table numbers"))
    table(N("Table 1: Allegations recorded in 2024/25 (1 April 2024 to 31 March 2025), by outcome",
            "table number and the year's dates"), FY24, False, "columns")
    furn(1, 2)
    c.showPage()
    # page 2
    state["y"] = H - 60
    table(N("Table 2: Allegations recorded in 2025/26 (1 April 2025 to 31 March 2026), by outcome",
            "table number and the year's dates"), FY25, True, "shuffle")
    para(N("Table 3: Allegations recorded in the calendar year 2025 (1 January to 31 December 2025)",
           "table number and the year's dates"), "Helvetica-Bold", 9.5, 4)
    ytop = state["y"]
    cells = [(0, 0, words(LM, ytop, "Allegation type", "Helvetica-Bold", 8))]
    heads = ("Police officers", "Police staff", "Officers and staff")
    for j, h in enumerate(heads):
        for i, ln in enumerate(simpleSplit(h, "Helvetica-Bold", 8, 50)):
            cells.append((j + 1, i, words(LM + 220 + (j + 1) * 60 - 3, ytop - i * 9, ln,
                                          "Helvetica-Bold", 8, "right")))
    yb = ytop - 24
    c.line(LM, yb + 9, LM + 400, yb + 9)
    for i, cat in enumerate(CATS5):
        y = yb - i * 12
        o, s = tot(r, cat), tot(r, cat, "staff")
        cells.append((0, i + 2, words(LM, y, CL[cat], "Helvetica", 8)))
        for j, (v, subj) in enumerate(((o, "officers"), (s, "staff"), (o + s, "officers_and_staff"))):
            cells.append((j + 1, i + 2, words(LM + 220 + (j + 1) * 60 - 3, y,
                                              F(cat, "total", v, CY25, subject=subj), "Helvetica", 8,
                                              "right")))
    order.shuffle(cells)
    for _, _, it in cells:
        emit(it)
    state["y"] = yb - 5 * 12 - 10
    para(N("The figures are taken from the Centurion case management system and count allegations, "
           "not individuals: an officer may be the subject of more than one allegation.",
           "'more than one': not a count"))
    para(rights("West Yorkshire Police"), size=8.5)
    para("Yours sincerely,", gap=2)
    para("Disclosure Unit, West Yorkshire Police")
    furn(2, 2)
    c.showPage()
    c.save()


# =========================================================================== 2 North Yorkshire: letter-spaced and kerned text in TJ arrays


KERN = {"Te": 70, "To": 80, "Ta": 80, "Yo": 90, "AV": 70, "Wa": 40, "r.": 40, "y.": 60, "P.": 60,
        "LT": 70, "fo": 15, "ve": 15, "wo": 10, "11": 35, "17": 45, "71": 20, "1 ": 0}


def pdfstr(run):
    """A PDF literal string of run in WinAnsi (reportlab's encoding of the base-14 fonts)."""
    out = ""
    for ch in run:
        if ch in "\\()":
            out += "\\" + ch
        elif ord(ch) < 128:
            out += ch
        else:
            out += "\\%03o" % ch.encode("cp1252")[0]
    return out


def tj_line(c, x, y, text, font="Helvetica", size=9, track=0, align="left"):
    """Draw one line as a single TJ array: runs of glyphs with kerning pairs tightened and, with
    track > 0, every glyph spaced out by track thousandths of an em."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    parts, run, adj_total = [], "", 0
    for i, ch in enumerate(text):
        run += ch
        nxt = text[i + 1] if i + 1 < len(text) else ""
        adj = KERN.get(ch + nxt, 0) - track if nxt else 0
        if adj:
            parts.append("(" + pdfstr(run) + f") {adj}")
            run, adj_total = "", adj_total + adj
    if run:
        parts.append("(" + pdfstr(run) + ")")
    wdt = stringWidth(text, font, size) - adj_total * size / 1000.0
    x = x - wdt if align == "right" else (x - wdt / 2 if align == "center" else x)
    t = c.beginText(x, y)
    t.setFont(font, size)
    t._code.append("[" + " ".join(parts) + "] TJ")
    c.drawText(t)


def build_north_yorkshire():
    src = "north-yorkshire/NYP 2026-1877 FOI response.pdf"
    KEY.file(src, "north-yorkshire")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    W, H = A4
    c = canvas.Canvas(str(bk.dest(src)), pagesize=A4, invariant=1)
    c.setTitle("Freedom of Information response 2026/1877")
    c.setAuthor("North Yorkshire Police")
    c.setCreator("NYP Corporate Template (PDF/A)")
    r = rng("nyp")
    LM, RM = 56, W - 56
    st = {"y": H - 70, "page": 1}

    def furn():
        tj_line(c, W / 2, H - 30, "OFFICIAL", "Helvetica-Bold", 7.5, track=60, align="center")
        tj_line(c, RM, 28, N(f"Page {st['page']} of 2", "page number"), "Helvetica", 7.5,
                align="right")
        tj_line(c, LM, 28, N("North Yorkshire Police, Alverton Court, Crosby Road, Northallerton, DL6 1BF",
                             "address and postcode"), "Helvetica", 7.5)

    def para(text, font="Helvetica", size=9.5, gap=6, indent=0, track=0):
        for ln in simpleSplit(text, font, size, RM - LM - 2 * indent - 8):
            tj_line(c, LM + indent, st["y"], ln, font, size, track)
            st["y"] -= size * 1.35
        st["y"] -= gap

    furn()
    tj_line(c, LM, H - 62, "NORTH YORKSHIRE POLICE", "Helvetica-Bold", 15, track=90)
    tj_line(c, LM, H - 76, "Civil Disclosure Unit", "Helvetica", 9.5, track=40)
    st["y"] = H - 104
    para(N("Reference: 2026/1877", "reference"), gap=0)
    para(N("Date: 3 December 2026", "date"))
    para("Dear Requester,", gap=4)
    para(N("FREEDOM OF INFORMATION REQUEST 2026/1877", "reference"), "Helvetica-Bold", 10, track=50)
    para(N("Your request of 26 November 2026 read:", "date"))
    para(request27(), "Helvetica-Oblique", 9, indent=18)
    para(N("North Yorkshire Police can confirm that it holds the information you have requested. The "
         "number of allegations recorded in each period is given in Table A, and the outcomes of the "
         "allegations recorded in 2025/26 in Table B. Both tables count allegations.", "year"))
    para("Table A - Allegations recorded, by type and employee type", "Helvetica-Bold", 9.5, 4,
         track=30)
    x0 = LM
    colx = [x0 + 275, x0 + 345, x0 + 430]
    y = st["y"]
    tj_line(c, x0, y, "Type of allegation", "Helvetica-Bold", 8.5)
    tj_line(c, x0 + 175, y, "Employee", "Helvetica-Bold", 8.5)
    for cx, h in zip(colx, (N("2024/25", "period heading"), N("2025/26", "period heading"),
                            N("Calendar 2025", "period heading"))):
        tj_line(c, cx, y, h, "Helvetica-Bold", 8.5, align="right")
    c.setLineWidth(0.5)
    c.line(x0, y - 4, x0 + 420, y - 4)
    y -= 16
    fy25 = {}
    for cat in CATS5:
        for subj, sl in (("officers", "Officer"), ("staff", "Staff")):
            if subj == "officers":
                tj_line(c, x0, y, {AP: "Abuse of position (sexual purpose)", VG: "VAWG (flagged)"}
                        .get(cat, CL[cat]), "Helvetica", 8.5)
            tj_line(c, x0 + 175, y, sl, "Helvetica", 8.5)
            for cx, per in zip(colx, (FY24, FY25, CY25)):
                v = tot(r, cat, subj)
                if per == FY25:
                    fy25[cat] = fy25.get(cat, 0) + v
                tj_line(c, cx, y, F(cat, "total", v, per, subject=subj), "Helvetica",
                        8.5, align="right")
            y -= 12
        c.setStrokeGray(0.7)
        c.line(x0, y + 8, x0 + 420, y + 8)
        c.setStrokeGray(0)
    st["y"] = y - 10
    para(N("VAWG is a flag applied to allegations where the complainant is a woman or girl; an allegation "
           "flagged VAWG may also be counted under one of the other types above.", "'one of': not a count"),
         size=8.5)
    para(N("Table B - Outcomes of allegations recorded in 2025/26 (officers and staff)", "year"),
         "Helvetica-Bold", 9.5, 4, track=30)
    y = st["y"]
    xs = [x0 + 190 + 62 * j for j in range(1, 6)]
    heads = ("Sexual assault", "Sexual misconduct", "Sexual harassment", "APSP", "VAWG")
    for cx, h in zip(xs, heads):
        for i, ln in enumerate(simpleSplit(h, "Helvetica-Bold", 8.5, 56)):
            tj_line(c, cx, y - i * 10, ln, "Helvetica-Bold", 8.5, align="right")
    tj_line(c, x0, y, "Outcome", "Helvetica-Bold", 8.5)
    c.line(x0, y - 14, x0 + 500, y - 14)
    y -= 26
    data = {}
    for cat in CATS5:
        k = {oc: 0 for oc in OCS}
        for _ in range(fy25[cat]):
            k[r.choice(OCS + ["ongoing", "ongoing", "no_case_to_answer", "management_action"])] += 1
        data[cat] = k
    for lab, oc in OUT7 + [("Total", "total")]:
        font = "Helvetica-Bold" if oc == "total" else "Helvetica"
        if oc == "total":
            c.line(x0, y + 9, x0 + 500, y + 9)
        tj_line(c, x0, y, {"management_action": "Reflective practice review process"}.get(oc, lab),
                font, 8.5)
        for cx, cat in zip(xs, CATS5):
            v = sum(data[cat].values()) if oc == "total" else data[cat][oc]
            tj_line(c, cx, y, F(cat, oc, v, FY25), font, 8.5, align="right")
        y -= 12
    c.showPage()
    st["page"], st["y"] = 2, H - 70
    furn()
    para(N("Table B covers allegations against police officers and police staff together. The total of "
           "each column equals the 2025/26 officer and staff figures of Table A added together.", "year"))
    para(N("Outcomes for allegations recorded in 2024/25 and in the calendar year 2025 have not been "
           "extracted for this response; if you would like them please contact us and we will treat "
           "this as a new request.", "years"))
    para(rights("North Yorkshire Police"), size=9)
    para("Yours sincerely,", gap=2)
    para("Civil Disclosure Unit")
    c.showPage()
    c.save()


# =========================================================================== 3 Cheshire: monthly columns Apr .. Mar under year bands, with a year total


MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]


def build_cheshire():
    src = "cheshire/Cheshire FOI 26-4410 monthly data.xlsx"
    KEY.file(src, "cheshire")
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    r = rng("cheshire")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "By month"
    bold = Font(bold=True, name="Arial", size=10)
    fill = PatternFill("solid", fgColor="1F3864")
    white = Font(bold=True, name="Arial", size=10, color="FFFFFF")
    ws["A1"] = "Cheshire Constabulary - Professional Standards Department"
    ws["A1"].font = Font(bold=True, name="Arial", size=12)
    ws["A2"] = N("FOI 26-4410: allegations recorded against police officers and police staff, by "
                 "month in which the allegation was recorded, financial year 2025/26",
                 "reference and the financial year")
    ws["A4"], ws["B4"] = "Allegation type", "Employee type"
    ws["C4"], ws["L4"] = N("2025", "year band over Apr-Dec"), N("2026", "year band over Jan-Mar")
    ws["O4"] = N("Year total 2025/26", "the financial year")
    for a, b in (("A4", "A5"), ("B4", "B5"), ("C4", "K4"), ("L4", "N4"), ("O4", "O5")):
        ws.merge_cells(f"{a}:{b}")
    for j, m in enumerate(MONTHS):
        ws.cell(row=5, column=3 + j, value=m)
    for row in (4, 5):
        for col in range(1, 16):
            cell = ws.cell(row=row, column=col)
            cell.font, cell.fill = white, fill
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = 6
    fy = {}
    for cat in CATS5:
        ws.cell(row=row, column=1, value=CL[cat])
        ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
        ws.cell(row=row, column=1).alignment = Alignment(vertical="top", wrap_text=True)
        for subj, sl in (("officers", "Police officer"), ("staff", "Police staff")):
            ws.cell(row=row, column=2, value=sl)
            tot_ = 0
            for j in range(12):
                y, m = (2025, 4 + j) if j < 9 else (2026, j - 8)
                hi = 3 if subj == "officers" else 1
                if cat == AP:
                    hi = 1
                v = r.randint(0, hi) if r.random() < 0.7 else 0
                tot_ += v
                ws.cell(row=row, column=3 + j, value=int(F(cat, "total", v, MON(y, m), subject=subj)))
            ws.cell(row=row, column=15, value=int(F(cat, "total", tot_, FY25, subject=subj))).font = bold
            fy[cat] = fy.get(cat, 0) + tot_
            row += 1
    for rr in range(6, row):
        for col in range(1, 16):
            ws.cell(row=rr, column=col).border = xl_border()
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 15
    for col in "CDEFGHIJKLMN":
        ws.column_dimensions[col].width = 6
    ws.column_dimensions["O"].width = 12
    notes = [N("Notes", ""),
             "1. Allegations are counted in the month they were recorded on Centurion. An allegation "
             "recorded as violence against women and girls (VAWG) may also appear under another type.",
             "2. Calendar year 2025: the months April to December 2025 are shown above; January to "
             "March 2025 were given in our response to FOI 25-2291, published in our disclosure log "
             "(section 21).",
             "3. Financial year 2024/25: published in our disclosure log under FOI 25-2291 (section 21).",
             "4. Outcomes are on the sheet 'Outcomes 2025-26'."]
    why = "note numbers, months, earlier reference and years, section number, sheet name"
    for i, t in enumerate(notes):
        ws.cell(row=row + 1 + i, column=1, value=N(t, why))
    ws.freeze_panes = "C6"
    ws2 = wb.create_sheet(N("Outcomes 2025-26", "sheet name: the financial year"))
    ws2["A1"] = N("Outcome of allegations recorded in 2025/26 (police officers and police staff)",
                  "the financial year")
    ws2["A1"].font = Font(bold=True, name="Arial", size=11)
    heads = ["Outcome"] + [CL[c] for c in CATS5]
    for j, h in enumerate(heads):
        cell = ws2.cell(row=3, column=1 + j, value=h)
        cell.font, cell.fill = white, fill
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    data = {}
    for cat in CATS5:
        k = {oc: 0 for oc in OCS}
        for _ in range(fy[cat]):
            k[r.choice(OCS + ["ongoing", "ongoing", "management_action"])] += 1
        data[cat] = k
    labs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice (RPRP)", "management_action"), ("No case to answer",
                                                                  "no_case_to_answer"),
            ("Still under investigation", "ongoing"), ("Total", "total")]
    for i, (lab, oc) in enumerate(labs):
        ws2.cell(row=4 + i, column=1, value=lab)
        for j, cat in enumerate(CATS5):
            v = sum(data[cat].values()) if oc == "total" else data[cat][oc]
            cell = ws2.cell(row=4 + i, column=2 + j, value=int(F(cat, oc, v, FY25)))
            cell.border = xl_border()
            if oc == "total":
                cell.font = bold
    ws2.column_dimensions["A"].width = 30
    for col in "BCDEF":
        ws2.column_dimensions[col].width = 16
    xlsx_save(wb, src, "Cheshire Constabulary PSD")


# =========================================================================== 4 Greater Manchester: headers/id cells, scope, caption, colgroups, irregular shape


def build_greater_manchester():
    src = "greater-manchester/FOI_007731-26_disclosure.html"
    KEY.file(src, "greater-manchester")
    r = rng("gmp")
    cols = [("fy24", FY24, "2024/25", (("off", "officers", "Officers"), ("stf", "staff", "Staff"))),
            ("fy25", FY25, "2025/26", (("off", "officers", "Officers"), ("stf", "staff", "Staff"))),
            ("cy25", CY25, "Calendar year 2025", (("all", "officers_and_staff",
                                                  "Officers and staff"),))]
    h = []
    h.append('<table class="table table-bordered gmp-table" id="t1">')
    h.append(N('<caption>Table 1: Allegations by outcome, financial years 2024/25 and 2025/26 and '
               'calendar year 2025 (officers and staff)</caption>', "table number and the periods"))
    h.append('<colgroup><col class="rowhead"><col class="rowhead"></colgroup>')
    h.append('<colgroup span="2" class="fy"></colgroup><colgroup span="2" class="fy"></colgroup>'
             '<colgroup span="1" class="cy"></colgroup>')
    h.append("<thead>")
    h.append('<tr><td rowspan="2" colspan="2"></td>'
             + "".join(f'<th id="{cid}" scope="colgroup" colspan="{len(subs)}">{N(lab, "period heading")}</th>'
                       for cid, _, lab, subs in cols) + "</tr>")
    h.append("<tr>" + "".join(f'<th id="{cid}-{sid}" scope="col" headers="{cid}">{slab}</th>'
                              for cid, _, _, subs in cols for sid, _, slab in subs) + "</tr>")
    h.append("</thead>")
    labs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Under investigation", "ongoing")]
    short = {SA: "sa", SM: "sm", SH: "sh", AP: "apsp", VG: "vawg"}
    for cat in CATS5:
        k = {}
        for cid, per, _, subs in cols:
            for sid, subj, _ in subs:
                k[(cid, sid)] = counts(r, hi=4 if subj != "officers_and_staff" else 6, zero=0.4,
                                       cat=cat, subj=subj, late=cid != "fy24")
        cid0 = short[cat]
        h.append(f'<tbody id="grp-{cid0}">')
        for i, (lab, oc) in enumerate(labs + [("Total", "total")]):
            rid = f"{cid0}-{oc.replace('_', '')}"
            tr = "<tr>"
            if i == 0:
                tr += f'<th id="{cid0}" scope="rowgroup" rowspan="8">{E(CL[cat])}</th>'
            if oc == "total":
                tr = tr.replace("<tr>", '<tr class="total">')
                tr += f'<th id="{rid}" scope="row" headers="{cid0}"><strong>Total</strong></th>'
            else:
                tr += f'<th id="{rid}" scope="row" headers="{cid0}">{lab}</th>'
            for cid, per, _, subs in cols:
                for sid, subj, _ in subs:
                    v = sum(k[(cid, sid)].values()) if oc == "total" else k[(cid, sid)][oc]
                    t = F(cat, oc, v, per, subject=subj)
                    if oc == "total":
                        t = f"<strong>{t}</strong>"
                    tr += f'<td headers="{cid0} {rid} {cid} {cid}-{sid}">{t}</td>'
            h.append(tr + "</tr>")
        h.append("</tbody>")
    h.append("</table>")
    table = "\n".join(h)
    body = f"""<header class="site-header"><div class="container"><a class="brand" href="/">Greater Manchester Police</a>
<nav><ul class="nav"><li><a href="/foi">Freedom of information</a></li><li><a href="/foi/disclosure-log">Disclosure log</a></li></ul></nav></div></header>
<main class="container">
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/foi/disclosure-log">Disclosure log</a></li><li class="active">{N("FOI 007731/26", "reference")}</li></ol>
<h1>Sexual misconduct allegations against officers and staff</h1>
<ul class="foi-details">
<li><strong>Reference:</strong> {N("007731/26", "reference")}</li>
<li><strong>Date of response:</strong> {N("1 December 2026", "date")}</li>
<li><strong>Category:</strong> Professional standards</li>
</ul>
<h2>Request</h2>
<blockquote><p>{request27()}</p></blockquote>
<h2>Response</h2>
<p>Greater Manchester Police holds the information requested. The table below counts allegations. Each figure is tied to its column and row headings for screen readers.</p>
<div class="table-responsive">
{table}
</div>
<p class="small text-muted">{N("Allegations are counted by the date the allegation was recorded. The calendar-year column covers officers and staff together because our 2025 HR extract does not separate them. Under investigation: position on 30 November 2026.", "the HR extract's year and the date of the position")}</p>
<h2>Your rights</h2>
<p>{rights("Greater Manchester Police")}</p>
</main>
<footer class="site-footer"><div class="container"><p>{N("&copy; Greater Manchester Police 2026", "copyright year")}</p></div></footer>"""
    head = ('<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="/assets/css/gmp.min.css">\n')
    write_text(src, bk.html_page(N("FOI 007731/26 | Greater Manchester Police", "reference"), body,
                                 head))


# =========================================================================== 5 Lincolnshire: plain-text letter hard-wrapped at 72 columns


def build_lincolnshire():
    src = "lincolnshire/Lincs FOI 002981-26 reply.txt"
    KEY.file(src, "lincolnshire")
    r = rng("lincs")
    paras = []

    def wrap(t, indent=""):
        paras.append(textwrap.fill(t, width=72, initial_indent=indent, subsequent_indent=indent,
                                   break_on_hyphens=False, break_long_words=False))
    paras.append("LINCOLNSHIRE POLICE\nInformation Rights\nPolice Headquarters, PO Box 999, Lincoln "
                 "LN5 7PH")
    N(paras[-1], "address and postcode")
    paras.append(N("Our ref: 002981/26\nDate: 4 December 2026", "reference and date"))
    paras.append("Dear Requester")
    wrap(N("FREEDOM OF INFORMATION ACT 2000 - REQUEST REFERENCE 002981/26", "act year, reference"))
    wrap(N("I write in connection with your request for information received by Lincolnshire Police "
           "on 26 November 2026, in which you asked:", "date"))
    wrap(request27(), "    ")
    wrap("Lincolnshire Police holds information falling within the scope of your request. Our "
         "response follows, period by period. The figures are counts of allegations recorded by our "
         "Professional Standards Department.")
    fy25 = {}
    for per, lab in ((FY24, "financial year 2024/25 (1 April 2024 to 31 March 2025)"),
                     (FY25, "financial year 2025/26 (1 April 2025 to 31 March 2026)"),
                     (CY25, "calendar year 2025 (1 January to 31 December 2025)")):
        parts = []
        for cat in CATS5:
            if cat == VG and per == CY25:
                continue
            o, s = tot(r, cat, lo=1, hi=18), tot(r, cat, "staff", hi=10)
            if per == FY25:
                fy25[cat] = o + s
            name = {AP: "abuse of position for a sexual purpose", VG: "violence against women and "
                    "girls (VAWG)"}.get(cat, CL[cat].lower())
            if s == 0:
                parts.append(L("there were {o} allegations of {n} against police officers and {s} "
                               "against police staff", "", o=F(cat, "total", o, per, subject="officers"),
                               n=name, s=F(cat, "total", 0, per, subject="staff", said="none")))
            else:
                parts.append(L("there were {o} allegations of {n} against police officers and {s} "
                               "against police staff", "", o=F(cat, "total", o, per, subject="officers"),
                               n=name, s=F(cat, "total", s, per, subject="staff")))
        text = N(f"In the {lab}, ", "the period and its dates") + "; ".join(parts) + "."
        if per == CY25:
            text += (" VAWG allegations are counted only in our quarterly return, which runs by "
                     "financial year, so we do not hold a count of VAWG allegations for the "
                     "calendar year 2025.")
            N("2025", "the year")
            F(VG, "total", NH, CY25, subject="officers_and_staff")
        wrap(text)
    # outcomes in prose for two types
    for cat, word in ((SA, "sexual assault"), (SH, "sexual harassment")):
        t = fy25[cat]
        k = {oc: 0 for oc in OCS}
        for _ in range(t):
            k[r.choice(OCS + ["ongoing", "management_action"])] += 1
        bits = []
        phr = {"dismissed": "{n} in dismissal", "would_have_been_dismissed":
               "{n} in a finding that the officer would have been dismissed had they not left",
               "final_written_warning": "{n} in a final written warning",
               "written_warning": "{n} in a written warning", "management_action":
               "{n} were dealt with by reflective practice", "no_case_to_answer":
               "{n} ended with no case to answer", "ongoing": "{n} are still under investigation"}
        for oc in OCS:
            if k[oc]:
                ph = phr[oc]
                if not bits and ph.startswith("{n} in "):
                    ph = ph.replace("{n} in ", "{n} resulted in ")
                bits.append(L(ph, "", n=F(cat, oc, k[oc], FY25)))
        none = [oc for oc in OCS if not k[oc]]
        text = (L("Of the {t} allegations of {w} recorded against officers and staff in 2025/26, ",
                  "the financial year", t=F(cat, "total", t, FY25), w=word) + ", ".join(bits[:-1])
                + (" and " if len(bits) > 1 else "") + bits[-1] + ".")
        if none:
            oc = none[0]
            lbl = {"dismissed": "dismissal", "would_have_been_dismissed": "a finding that the officer "
                   "would have been dismissed", "final_written_warning": "a final written warning",
                   "written_warning": "a written warning", "management_action": "reflective practice",
                   "no_case_to_answer": "no case to answer", "ongoing": "an ongoing investigation"}[oc]
            text += " None resulted in " + lbl + "."
            F(cat, oc, 0, FY25, said="None resulted in " + lbl)
        wrap(text)
    wrap(N("The outcomes of allegations of the other types, and of the allegations recorded in "
           "2024/25 and in the calendar year 2025, are held only within individual case files. To "
           "extract them we would need to read each file, which would exceed the appropriate limit, "
           "and that part of your request is refused under section 12(1) of the Act.",
           "years; section number"))
    wrap(rights("Lincolnshire Police"))
    paras.append("Yours sincerely\n\nInformation Rights Officer\nLincolnshire Police")
    write_text(src, "\n\n".join(paras) + "\n", newline="\r\n")


# =========================================================================== 6 Hampshire: quoted-printable HTML-only e-mail with an inline (CID) image


def tiny_png(w=24, h=24):
    """A small deterministic PNG (the force crest placeholder)."""
    raw = b""
    for y in range(h):
        raw += b"\x00" + b"".join(bytes((0x1f, 0x38 + (x * y) % 40, 0x64)) for x in range(w))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def build_hampshire():
    src = "hampshire/RE_ FOI HC-26-3312 allegations against officers and staff.eml"
    KEY.file(src, "hampshire")
    from email import charset as mcs
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    r = rng("hampshire")
    td = 'style="border:1px solid #999;padding:3px 6px;text-align:right"'
    th = 'style="border:1px solid #999;padding:3px 6px;background:#dde4ee"'
    rows = []
    rows.append(f'<tr><th {th} rowspan="2">Allegation type</th>'
                + "".join(f'<th {th} colspan="2">{N(p, "period heading")}</th>'
                          for p in ("2024/25", "2025/26", "Calendar year 2025")) + "</tr>")
    rows.append("<tr>" + "".join(f'<th {th}>Officers</th><th {th}>Staff</th>' for _ in range(3))
                + "</tr>")
    fy25 = {}
    for cat in CATS5:
        tr = f'<tr><td style="border:1px solid #999;padding:3px 6px">{E(CL[cat])}</td>'
        for per in (FY24, FY25, CY25):
            for subj in ("officers", "staff"):
                if cat == AP and subj == "staff":
                    tr += f"<td {td}>{F(cat, 'total', NCND('s40(5B)'), per, subject=subj, said='NCND')}</td>"
                    continue
                v = tot(r, cat, subj, hi=16)
                if per == FY25:
                    fy25[cat] = fy25.get(cat, 0) + v
                tr += f"<td {td}>{F(cat, 'total', v, per, subject=subj)}</td>"
        rows.append(tr + "</tr>")
    t1 = '<table style="border-collapse:collapse;font-family:Calibri,Arial;font-size:11pt">' + \
        "\n".join(rows) + "</table>"
    cats4 = (SA, SM, SH, VG)
    rows = [f'<tr><th {th}>{N("Outcome (2025/26)", "year")}</th>' + "".join(f"<th {th}>{E(CL[c])}</th>" for c in cats4)
            + "</tr>"]
    data = {}
    for cat in cats4:
        k = {oc: 0 for oc in OCS}
        for _ in range(fy25[cat]):
            k[r.choice(OCS + ["ongoing", "ongoing", "management_action"])] += 1
        data[cat] = k
    labs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Under investigation", "ongoing"), ("All outcomes", "total")]
    for lab, oc in labs:
        tr = f'<tr><td style="border:1px solid #999;padding:3px 6px">{lab}</td>'
        for cat in cats4:
            v = sum(data[cat].values()) if oc == "total" else data[cat][oc]
            tr += f"<td {td}>{F(cat, oc, v, FY25, subject='officers_and_staff')}</td>"
        rows.append(tr + "</tr>")
    t2 = '<table style="border-collapse:collapse;font-family:Calibri,Arial;font-size:11pt">' + \
        "\n".join(rows) + "</table>"
    p = '<p style="margin:0 0 10px 0;font-family:Calibri,Arial;font-size:11pt">'
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<table style="width:100%"><tr><td><img src="cid:crest.hc26@hampshire.police.uk" alt="Hampshire and Isle of Wight Constabulary" width="24" height="24"></td>
<td style="font-family:Calibri,Arial;font-size:14pt;color:#1f3864"><b>Hampshire &amp; Isle of Wight Constabulary</b><br><span style="font-size:10pt">Freedom of Information Team</span></td></tr></table>
{p}Dear Requester,</p>
{p}{N("Freedom of Information request HC-26-3312", "reference")}</p>
{p}{N("Thank you for your e-mail of 26 November 2026. You asked:", "date")}</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px;color:#444">{request27()}</blockquote>
{p}We hold information within the scope of your request. The first table gives the number of allegations recorded, by the employee type of the subject; the second gives the outcome of the allegations recorded in {N("2025/26", "year")}, for officers and staff together.</p>
{t1}
{p}&nbsp;</p>
{p}NCND: Hampshire &amp; Isle of Wight Constabulary can neither confirm nor deny whether it holds information about allegations of abuse of position for a sexual purpose against members of police staff, {N("under section 40(5B) of the Act", "section number")}. To confirm or deny would be likely to identify individuals. For the same reason the outcome table does not include abuse of position.</p>
{t2}
{p}&nbsp;</p>
{p}{rights("Hampshire &amp; Isle of Wight Constabulary")}</p>
{p}Kind regards,<br>Freedom of Information Team<br>{N("Hampshire &amp; Isle of Wight Constabulary | Mottisfont Court, High Street, Winchester SO23 8ZD", "postcode")}</p>
{p}<span style="font-size:8pt;color:#777">OFFICIAL - This e-mail and any attachments are intended only for the addressee.</span></p>
</body></html>
"""
    cs = mcs.Charset("utf-8")
    cs.header_encoding = mcs.QP
    cs.body_encoding = mcs.QP
    msg = MIMEMultipart("related", boundary="----=_NextPart_000_0031_01DD63A2.7F4C9E10")
    msg["From"] = "FOI Team <foi@hampshire.police.uk>"
    msg["To"] = "requester@example.org"
    msg["Subject"] = N("RE: FOI HC-26-3312 allegations against officers and staff", "reference")
    msg["Date"] = N("Wed, 02 Dec 2026 14:07:31 +0000", "date and time")
    msg["Message-ID"] = "<HC263312.reply@hampshire.police.uk>"
    msg.preamble = "This is a multi-part message in MIME format."
    part = MIMEText(html, "html", cs)
    msg.attach(part)
    img = MIMEImage(tiny_png(), "png")
    img.add_header("Content-ID", "<crest.hc26@hampshire.police.uk>")
    img.add_header("Content-Disposition", "inline", filename="image001.png")
    msg.attach(img)
    data = msg.as_bytes(policy=email.policy.SMTP)
    N("From: FOI Team <foi@hampshire.police.uk> To: requester@example.org", "")
    write_bytes(src, data)


# =========================================================================== 7 Wiltshire: Word lists with automatic numbering (a), (i) not in the text


NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="{aid}">
<w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%2)"/><w:lvlJc w:val="right"/><w:pPr><w:ind w:left="1440" w:hanging="180"/></w:pPr></w:lvl>
</w:abstractNum>"""


def build_wiltshire():
    src = "wiltshire/Wiltshire Police FOI 2026-02210 response.docx"
    KEY.file(src, "wiltshire")
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    r = rng("wilts")
    d = bk.docx_a4(bk.docx_new("Arial", 11))
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for aid in (901,):
        el = parse_xml(NUMBERING.format(aid=aid))
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
    for nid in (901, 902):
        numbering.append(parse_xml(
            f'<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            f'w:numId="{nid}"><w:abstractNumId w:val="901"/><w:lvlOverride w:ilvl="0">'
            f'<w:startOverride w:val="1"/></w:lvlOverride></w:num>'))

    def item(text, lvl, nid):
        p = d.add_paragraph(style="List Paragraph")
        p.add_run(text)
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = lvl
        numPr.get_or_add_numId().val = nid
        return p
    bk.docx_header_footer(d, "OFFICIAL", "OFFICIAL")
    bk.docx_para(d, "Wiltshire Police", bold=True, size=16)
    bk.docx_para(d, N("Freedom of Information Unit, Police Headquarters, London Road, Devizes, SN10 2DN",
                      "postcode"), size=9)
    bk.docx_para(d, N("Reference: FOI 2026-02210", "reference"))
    bk.docx_para(d, N("Date: 1 December 2026", "date"))
    bk.docx_para(d, "Dear Requester,")
    bk.docx_para(d, N("Thank you for your request of 26 November 2026, in which you asked:", "date"))
    bk.docx_para(d, request27(), italic=True)
    bk.docx_para(d, "Wiltshire Police holds the information you requested and it is set out below. "
                 "The figures are numbers of allegations.")
    bk.docx_heading(d, N("Part 1 - Number of allegations", "part number"))
    fy25 = {}
    for per, lab in ((FY24, "Financial year 2024/25"), (FY25, "Financial year 2025/26"),
                     (CY25, "Calendar year 2025 (January to December)")):
        item(N(lab, "period heading"), 0, 901)
        for cat in CATS5:
            o, s = tot(r, cat, hi=14), tot(r, cat, "staff", hi=10)
            if per == FY25:
                fy25[cat] = o + s
            item(L("{c}: {t} allegations (police officers {o}, police staff {s})", "", c=CL[cat],
                   t=F(cat, "total", o + s, per), o=F(cat, "total", o, per, subject="officers"),
                   s=F(cat, "total", s, per, subject="staff")), 1, 901)
    bk.docx_heading(d, N("Part 2 - Outcomes", "part number"))
    bk.docx_para(d, N("The outcomes below are for the allegations recorded in the financial year "
                      "2025/26 (officers and staff together), as at 30 November 2026. Outcomes for "
                      "2024/25 and for the calendar year 2025 can be provided if you make a new "
                      "request; they were not included because of the time needed to check them.",
                      "years and the date of the position"))
    phr = [("dismissed", "dismissed"), ("would_have_been_dismissed", "would have been dismissed"),
           ("final_written_warning", "final written warning"), ("written_warning", "written warning"),
           ("management_action", "reflective practice"), ("no_case_to_answer", "no case to answer"),
           ("ongoing", "still under investigation")]
    for cat in CATS5:
        k = {oc: 0 for oc in OCS}
        for _ in range(fy25[cat]):
            k[r.choice(OCS + ["ongoing", "no_case_to_answer"])] += 1
        item(L("{c} ({t} allegations)", "", c=CL[cat], t=F(cat, "total", fy25[cat], FY25,
                                                           restated=True)), 0, 902)
        for oc, lab in phr:
            item(L("{l}: {n}", "", l=lab, n=F(cat, oc, k[oc], FY25)), 1, 902)
    bk.docx_para(d, rights("Wiltshire Police"))
    bk.docx_para(d, "Yours sincerely,")
    bk.docx_para(d, "Freedom of Information Unit")
    bk.docx_save(d, src, "Wiltshire Police FOI Unit")


# =========================================================================== 8 Avon and Somerset: a sheet per year (drifting header) and a summary sheet


def build_avon_and_somerset():
    src = "avon-and-somerset/ASP FOI 1877-26 workbook.xlsx"
    KEY.file(src, "avon-and-somerset")
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    r = rng("asp")
    wb = openpyxl.Workbook()
    summ = wb.active
    summ.title = "Summary"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="D9E1F2")
    specs = [
        ("2024-25", FY24, "Allegations recorded 1 April 2024 - 31 March 2025", "Outcome",
         [CL[c] for c in CATS5], ("Officers", "Staff"), False,
         ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
          "Reflective practice", "No case to answer", "Under investigation", "Total"]),
        ("2025-26", FY25, "Allegations recorded 1 April 2025 - 31 March 2026", "Outcome of allegation",
         ["Sexual Assault", "Sexual Misconduct", "Sexual Harassment",
          "Abuse of Position (Sexual Purpose)", "VAWG"], ("Police officer", "Police staff"), False,
         ["Dismissed", "Would have been dismissed", "Final written warning", "Written warning",
          "Reflective practice", "No case to answer", "Under investigation", "Total"]),
        ("CY2025", CY25, "Allegations recorded 1 January 2025 - 31 December 2025", "Result",
         ["Sexual assault", "Sexual misconduct", "Sexual harassment", "APSP", "VAWG"],
         ("Staff", "Officers"), True,
         ["Dismissed", "Would have been dismissed (left the force)", "Final written warning",
          "Written warning", "Reflective practice (RPRP)", "No case to answer",
          "Still under investigation", "Total allegations"]),
    ]
    totals = {}
    for sname, per, title, h0, heads, subs, staff_first, olabs in specs:
        ws = wb.create_sheet(N(sname, "sheet name: the period"))
        ws["A1"] = "Avon and Somerset Police - Professional Standards"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = N(title, "the period's dates")
        hr = 4 if sname != "2025-26" else 5        # drift: an extra blank row on the 2025-26 sheet
        ws.cell(row=hr, column=1, value=h0)
        ws.merge_cells(start_row=hr, start_column=1, end_row=hr + 1, end_column=1)
        subj_order = (("staff", subs[0]), ("officers", subs[1])) if staff_first else \
            (("officers", subs[0]), ("staff", subs[1]))
        for j, (cat, hd) in enumerate(zip(CATS5, heads)):
            col = 2 + 2 * j
            ws.cell(row=hr, column=col, value=hd)
            ws.merge_cells(start_row=hr, start_column=col, end_row=hr, end_column=col + 1)
            for k, (_, sl) in enumerate(subj_order):
                ws.cell(row=hr + 1, column=col + k, value=sl)
        for rr in (hr, hr + 1):
            for col in range(1, 12):
                c = ws.cell(row=rr, column=col)
                c.font, c.fill = bold, fill
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        data = {(cat, s): counts(r, hi=3, zero=0.45, cat=cat, subj=s, late=per != FY24)
                for cat in CATS5 for s in ("officers", "staff")}
        for i, (lab, oc) in enumerate(zip(olabs, OCS + ["total"])):
            rr = hr + 2 + i
            ws.cell(row=rr, column=1, value=lab)
            for j, cat in enumerate(CATS5):
                for k, (subj, _) in enumerate(subj_order):
                    v = sum(data[(cat, subj)].values()) if oc == "total" else data[(cat, subj)][oc]
                    if oc == "total":
                        totals[(cat, subj, per)] = v
                    c = ws.cell(row=rr, column=2 + 2 * j + k, value=int(F(cat, oc, v, per, subject=subj)))
                    c.border = xl_border()
                    if oc == "total":
                        c.font = bold
        ws.column_dimensions["A"].width = 40
        for col in "BCDEFGHIJK":
            ws.column_dimensions[col].width = 13
    summ["A1"] = "Avon and Somerset Police - FOI 1877/26"
    N("1877/26", "reference")
    summ["A1"].font = Font(bold=True, size=12)
    summ["A2"] = ("Summary of allegations recorded against police officers, and against all "
                  "employees (officers and staff). Outcomes are on the sheet for each period.")
    heads = ["Allegation type", "Officers 2024/25", "Officers 2025/26", "Officers 2025 (calendar)",
             "All employees 2024/25", "All employees 2025/26", "All employees 2025 (calendar)"]
    N(" ".join(heads), "period headings")
    for j, h in enumerate(heads):
        c = summ.cell(row=4, column=1 + j, value=h)
        c.font, c.fill = bold, fill
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    for i, cat in enumerate(CATS5):
        summ.cell(row=5 + i, column=1, value=CL[cat])
        for j, per in enumerate((FY24, FY25, CY25)):
            o = totals[(cat, "officers", per)]
            summ.cell(row=5 + i, column=2 + j, value=int(F(cat, "total", o, per, subject="officers",
                                                           restated=True)))
            a = o + totals[(cat, "staff", per)]
            summ.cell(row=5 + i, column=5 + j, value=int(F(cat, "total", a, per,
                                                           subject="officers_and_staff")))
    summ["A11"] = "Source: Centurion, extracted 30 November 2026."
    N("30 November 2026", "extract date")
    summ.column_dimensions["A"].width = 40
    for col in "BCDEFG":
        summ.column_dimensions[col].width = 15
    xlsx_save(wb, src, "ASP Information Rights")


# =========================================================================== 9 Durham: five ways of writing a small number, one legend; a Total that does not add up


def build_durham():
    src = "durham/Durham Constabulary FOI 1093-26.docx"
    KEY.file(src, "durham")
    r = rng("durham")
    d = bk.docx_a4(bk.docx_new("Calibri", 11))
    bk.docx_header_footer(d, "OFFICIAL", N("Durham Constabulary, Aykley Heads, Durham DH1 5TT",
                                           "postcode"))
    bk.docx_para(d, "Durham Constabulary", bold=True, size=16)
    bk.docx_para(d, "Freedom of Information - Disclosure Unit", size=10)
    bk.docx_para(d, N("Request number: 1093/26    Date: 3 December 2026", "reference and date"))
    bk.docx_para(d, "Dear Requester")
    bk.docx_para(d, N("Your request for information of 26 November 2026 has now been considered. You "
                      "asked:", "date"))
    bk.docx_para(d, request27(), italic=True)
    bk.docx_para(d, N("Table 1 gives the number of allegations made against police officers and police "
                      "staff in each period. Table 2 gives the outcomes of the allegations recorded in "
                      "the financial year 2025/26.", "table numbers, year"))
    rows = [["Allegation type", N("2024/25", "period heading"), N("Calendar year 2025", "period")]]
    for cat in CATS5:
        rows.append([CL[cat], F(cat, "total", tot(r, cat, lo=3, hi=30), FY24),
                     F(cat, "total", tot(r, cat, lo=3, hi=30), CY25)])
    N("Table 1: Allegations against officers and staff", "table number")
    bk.docx_para(d, "Table 1: Allegations against officers and staff", bold=True)
    t1 = d.add_table(rows=len(rows), cols=3)
    t1.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            docx_cell(t1.cell(i, j), v, bold=i == 0, size=10)
    bk.docx_para(d, "")
    N("Table 2: Outcomes, financial year 2025/26", "table number and year")
    bk.docx_para(d, "Table 2: Outcomes, financial year 2025/26", bold=True)
    # how each type's column writes a small number (from the system it was drawn from)
    style = {SA: ("<5", 0, 4), SM: ("1-4", 1, 4), SH: None, AP: ("fewer than five", 0, 4),
             VG: ("n<3", 0, 2)}
    rows = [["Outcome"] + [CL[c] for c in CATS5]]
    data = {cat: counts(r, hi=6, zero=0.3, cat=cat, late=True) for cat in CATS5}
    data[VG]["ongoing"] = 1
    data[SH]["written_warning"] = 2
    labs = [lab for lab, _ in OUT7] + ["Total"]
    body = {}
    for i, (lab, oc) in enumerate(zip(labs, OCS + ["total"])):
        row = [lab]
        for cat in CATS5:
            k = data[cat]
            if oc == "total":
                v = sum(k.values()) + (1 if cat == SH else 0)     # SH: stated total off by one
                row.append(F(cat, oc, v, FY25))
                continue
            v = k[oc]
            sty = style[cat]
            if cat == VG and oc == "management_action":
                row.append(F(cat, oc, SUP(0, 5), FY25, said="5 or fewer"))
            elif sty and 1 <= v <= sty[2]:
                row.append(F(cat, oc, SUP(sty[1], sty[2]), FY25, said=sty[0]))
            else:
                row.append(F(cat, oc, v, FY25))
        rows.append(row)
        body[oc] = row
    t2 = d.add_table(rows=len(rows), cols=6)
    t2.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            docx_cell(t2.cell(i, j), v, bold=i == 0 or i == len(rows) - 1, size=9.5)
    bk.docx_para(d, N("Small numbers: figures that could identify an individual have been withheld under "
                      "section 40(2) of the Act (personal information). Depending on the system the "
                      "column was drawn from, a withheld figure is shown as <5, 1-4, fewer than five, "
                      "5 or fewer, or n<3. The totals include the withheld figures.",
                      "the legend's bands and the section number"), size=9)
    bk.docx_para(d, "Zero means that no allegation had that outcome.", size=9)
    bk.docx_para(d, rights("Durham Constabulary"))
    bk.docx_para(d, "Yours sincerely")
    bk.docx_para(d, "Disclosure Unit")
    bk.docx_save(d, src, "Durham Constabulary Disclosure Unit")


# =========================================================================== 10 PSNI: CSV with multi-line quoted header cells and a trailing totals row


def build_psni():
    src = "psni/PSNI FOI-2026-04417 outcomes.csv"
    KEY.file(src, "psni")
    import csv
    r = rng("psni")
    pers = ((FY24, "2024/25"), (FY25, "2025/26"), (CY25, "calendar year\n2025"))
    head = ["Outcome", "All misconduct allegations\n(all types)\n2025/26"]
    for cat in CATS5:
        name = {AP: "Abuse of position\nfor a sexual purpose", VG: "Violence against\nwomen and girls"
                }.get(cat, CL[cat])
        for _, pl in pers:
            head.append(f"{name}\n{pl}")
    N(" ".join(head[1:]), "period headings")
    data = {(cat, per): counts(r, hi=5, zero=0.35, cat=cat, late=per != FY24)
            for cat in CATS5 for per, _ in pers}
    allk = {"dismissed": 41, "would_have_been_dismissed": 17, "final_written_warning": 96,
            "written_warning": 233, "management_action": 1036, "no_case_to_answer": 1318,
            "ongoing": 1542}
    labs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Under investigation", "ongoing"), ("Total", "total")]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([N("Police Service of Northern Ireland - FOI-2026-04417", "reference")])
    w.writerow(["Allegations against police officers and police staff (together), by outcome"])
    w.writerow([])
    w.writerow(head)
    for lab, oc in labs:
        n = sum(allk.values()) if oc == "total" else allk[oc]
        row = [lab, N(f"{n:,}", "all misconduct allegations of every type: not a requested category")]
        for cat in CATS5:
            for per, _ in pers:
                k = data[(cat, per)]
                row.append(F(cat, oc, sum(k.values()) if oc == "total" else k[oc], per))
        w.writerow(row)
    w.writerow([])
    w.writerow([N("Source: PSNI Professional Standards Department, Centurion extract 27/11/2026. "
                  "The second column counts allegations of every kind and is given for context.",
                  "extract date")])
    write_text(src, out.getvalue(), newline="\r\n")


# =========================================================================== 11 Metropolitan: officers and staff in Table 1, officers only in Table 2 (said in a footnote)


def build_metropolitan():
    src = "metropolitan/01.FOI.26.051182 response.pdf"
    KEY.file(src, "metropolitan")
    r = rng("met")
    st = pstyles("Helvetica", 9.5)

    def P(t, s="body"):
        return bk.P(E(t), st[s])
    story = [P("Metropolitan Police Service", "h"), P("Information Rights Unit"),
             P(N("Our reference: 01/FOI/26/051182", "reference")), P(N("Date: 4 December 2026", "date")),
             P("Dear Requester,"),
             P(N("Thank you for your request for information received on 26 November 2026:", "date")),
             P(request27(), "quote"),
             P("The MPS holds information relevant to your request. It is set out in the two tables "
               "below.".replace("two", N("two", "number of tables")))]
    story.append(P("Table 1: Allegations against police officers and police staff", "h2"))
    N("Table 1", "table number")
    rows = [["Allegation type", N("2024/25", "period"), N("2025/26", "period"),
             N("Calendar year 2025", "period")]]
    for cat in CATS5:
        rows.append([CL[cat]] + [F(cat, "total", r.randint(40, 260) if cat != AP else r.randint(8, 40),
                                   per) for per in (FY24, FY25, CY25)])
    story.append(ruled(rows, [70, 30, 30, 36]))
    story.append(bk.S(10))
    story.append(P(N("Table 2: Outcomes of allegations recorded in 2024/25 and 2025/26\u00b9",
                     "table number and years"), "h2"))
    rows = [["Allegation type", "Outcome", N("2024/25", "period"), N("2025/26", "period")]]
    N("2024/25 2025/26", "Table 2's header row, repeated at the top of page 2")
    labs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice (RPRP)", "management_action"), ("No case to answer",
                                                                  "no_case_to_answer"),
            ("Under investigation", "ongoing"), ("Total", "total")]
    spans, bolds = [], []
    for cat in CATS5:
        k = {per: counts(r, hi=14 if cat != AP else 5, zero=0.1, late=per == FY25)
             for per in (FY24, FY25)}
        spans.append(((0, len(rows)), (0, len(rows) + 7)))
        for i, (lab, oc) in enumerate(labs):
            if oc == "total":
                bolds.append(len(rows))
            rows.append([CL[cat] if i == 0 else "", lab] +
                        [F(cat, oc, sum(k[per].values()) if oc == "total" else k[per][oc], per,
                           subject="officers") for per in (FY24, FY25)])
    rows = [[bk.P(E(c), st["cell"]) if j == 0 and c else c for j, c in enumerate(row)] for row in rows]
    story.append(ruled(rows, [55, 55, 25, 25], bold_rows=bolds, spans=spans,
                       extra=[("VALIGN", (0, 1), (0, -1), "TOP")]))
    story.append(bk.S(4))
    story.append(P(N("\u00b9 Table 2 relates to police officers only. Allegations against police staff "
                     "are dealt with under the MPS staff misconduct procedure and their outcomes are "
                     "recorded on a separate HR system, from which they could not be extracted within "
                     "the cost limit.", "table number"), "small"))
    story.append(P("Figures are numbers of allegations, counted by the date the allegation was "
                   "recorded. An allegation is counted once, under its most serious type."))
    story += [P(rights("the Metropolitan Police Service")), P("Yours sincerely,"),
              P("Information Rights Unit")]
    bk.pdf_letter(src, story, furniture("01/FOI/26/051182", "MPS"), title="01/FOI/26/051182",
                  author="MPS Information Rights Unit")


# =========================================================================== 12 Civil Nuclear Constabulary: request and response in a two-column table, figures in prose


def build_civil_nuclear():
    src = "civil-nuclear/CNC FOI 2026-118 response.pdf"
    KEY.file(src, "civil-nuclear")
    st = pstyles("Helvetica", 9.5)

    def P(t, s="body"):
        return bk.P(t, st[s])

    def C(t):
        return bk.P(t, st["cell"])
    nil = "no allegations of sexual assault, abuse of position for a sexual purpose or violence against women and girls"
    rows = [[C("<b>Your request</b>"), C("<b>Our response</b>")]]
    rows.append([C(N("1. The number of allegations of sexual assault, sexual misconduct, sexual "
                     "harassment, abuse of position for a sexual purpose and VAWG made against police "
                     "officers and police staff in the financial year 2024/25.", "part number, year")),
                 C(L("Information held. In 2024/25 the Constabulary recorded {a} allegations of sexual "
                     "harassment and {b} allegation of sexual misconduct against its officers and "
                     "staff. There were {n}.", "year",
                     a=F(SH, "total", 3, FY24, said="three"), b=F(SM, "total", 1, FY24, said="one"),
                     n=nil) + "".join(F(c, "total", 0, FY24, said="no") and "" for c in (SA, AP, VG)))])
    rows.append([C(N("2. The same for the financial year 2025/26.", "part number, year")),
                 C(L("Information held. In 2025/26 there were {a} allegations of sexual harassment, "
                     "{b} of sexual misconduct and {c} of sexual assault; {v} of these allegations "
                     "were also flagged as violence against women and girls. There were no "
                     "allegations of abuse of position for a sexual purpose.", "year",
                     a=F(SH, "total", 4, FY25, said="four"), b=F(SM, "total", 2, FY25, said="two"),
                     c=F(SA, "total", 1, FY25, said="one"), v=F(VG, "total", 3, FY25, said="three"))
                   + F(AP, "total", 0, FY25, said="no").replace("no", ""))])
    rows.append([C(N("3. The same for the calendar year 2025.", "part number, year")),
                 C(N("Refused. Our professional standards records are kept by financial year; "
                     "re-sorting them by calendar year would mean reading each case file, and the "
                     "cost of that work would exceed the appropriate limit of 18 hours. This part of "
                     "your request is refused under section 12(1) of the Act.",
                     "cost limit in hours, section number"))])
    for c in CATS5:
        F(c, "total", REF("s12"), CY25)
    rows.append([C(N("4. The outcome of each allegation.", "part number")),
                 C(N("Refused. Given the very small numbers involved, disclosing the outcome of any "
                     "allegation would be likely to identify the officer or member of staff "
                     "concerned. The outcomes are withheld under section 40(2) of the Act "
                     "(personal information).", "section number"))])
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    t = Table(rows, colWidths=[65 * mm, 100 * mm])
    t.setStyle(bk.grid_style(1, size=8.5, extra=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                 ("ALIGN", (0, 0), (-1, -1), "LEFT")]))
    story = [P("<b>Civil Nuclear Constabulary</b>", "h"),
             P(N("Culham Science Centre, Abingdon, Oxfordshire, OX14 3DB", "postcode")),
             P(N("Freedom of Information request 2026/118", "reference")),
             P(N("2 December 2026", "date")), P("Dear Requester,"),
             P(N("Thank you for your request of 26 November 2026. I have set out each part of it "
                 "below with our response alongside.", "date")), t, bk.S(8),
             P("Where the table says a part of your request is refused, this letter is a refusal "
               "notice for that part."),
             P(rights("the Civil Nuclear Constabulary")), P("Yours sincerely,"),
             P("Information Management, Civil Nuclear Constabulary")]
    bk.pdf_letter(src, story, furniture("CNC FOI 2026/118", "CNC"), title="CNC FOI 2026/118",
                  author="Civil Nuclear Constabulary")


# =========================================================================== 13 West Midlands: an ODS whose period headings are written five different ways


def ods_bytes(sheets, title):
    """A minimal hand-written ODS: sheets = [(name, rows)], rows of cells (str, int or None),
    bold_rows given as a set per sheet."""
    def cell(v, bold):
        sty = ' table:style-name="ceB"' if bold else ""
        if v is None or v == "":
            return "<table:table-cell/>"
        if isinstance(v, int):
            return (f'<table:table-cell{sty} office:value-type="float" office:value="{v}">'
                    f"<text:p>{v}</text:p></table:table-cell>")
        return (f'<table:table-cell{sty} office:value-type="string"><text:p>{E(str(v))}</text:p>'
                f"</table:table-cell>")
    body = []
    for name, rows, bold_rows in sheets:
        body.append(f'<table:table table:name="{E(name)}"><table:table-column table:style-name="coA"/>'
                    f'<table:table-column table:number-columns-repeated="8"/>')
        for i, row in enumerate(rows):
            body.append("<table:table-row>" + "".join(cell(v, i in bold_rows) for v in row)
                        + "</table:table-row>")
        body.append("</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns} office:version="1.3">'
               '<office:automatic-styles>'
               '<style:style style:name="coA" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>'
               '<style:style style:name="ceB" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles><office:body><office:spreadsheet>'
               + "".join(body) + "</office:spreadsheet></office:body></office:document-content>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ns} office:version="1.3">'
            f"<office:meta><dc:title>{E(title)}</dc:title><meta:creation-date>2026-12-02T10:00:00"
            "</meta:creation-date><dc:date>2026-12-02T10:00:00</dc:date>"
            "<meta:generator>WMP Corporate Reporting</meta:generator></office:meta></office:document-meta>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ns} office:version="1.3">'
              "<office:styles/></office:document-styles>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:'
                'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                'opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return zip_members([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                        ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                        ("META-INF/manifest.xml", manifest)])


def build_west_midlands():
    src = "west-midlands/WMP FOI 2761_26 data.ods"
    KEY.file(src, "west-midlands")
    r = rng("wmp")
    Q12 = ("2026-04-01", "2026-09-30")
    CUM = ("2025-04-01", "2026-10-31")
    heads = ["Allegation type", "Employee", "Apr 2024 \u2013 Mar 2025", "Apr 2025 \u2013 Mar 2026",
             "Jan\u2013Dec 2025", "Q1-Q2 2026/27", "1/4/25 - 31/10/26"]
    N(" ".join(heads), "period headings")
    rows = [[N("West Midlands Police - FOI 2761/26", "reference")],
            ["Allegations recorded against police officers and police staff"], [], heads]
    cy = {}
    for cat in CATS5:
        for subj, sl in (("officers", "Police officer"), ("staff", "Police staff")):
            a, b, c_ = tot(r, cat, subj, hi=30), tot(r, cat, subj, hi=30), tot(r, cat, subj, hi=30)
            q = tot(r, cat, subj, lo=0, hi=12)
            cum = b + q + r.randint(0, 2)
            cy[cat] = cy.get(cat, 0) + c_
            rows.append([CL[cat] if subj == "officers" else "", sl] +
                        [int(F(cat, "total", v, per, subject=subj)) for v, per in
                         ((a, FY24), (b, FY25), (c_, CY25), (q, Q12), (cum, CUM))])
    rows.append([])
    notes = ["Notes:",
             "Q1-Q2 2026/27 is 1 April to 30 September 2026 (the latest complete quarter).",
             "1/4/25 - 31/10/26 is the whole period from 1 April 2025 to 31 October 2026, as agreed "
             "with the requester.",
             "Allegations are counted once, under the type recorded first."]
    for n in notes:
        rows.append([N(n, "period definitions")])
    labs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Under investigation", "ongoing"), ("Total", "total")]
    rows2 = [[N("Outcomes of allegations recorded Jan\u2013Dec 2025 (officers and staff)", "period")], [],
             ["Outcome"] + [CL[c] for c in CATS5]]
    data = {}
    for cat in CATS5:
        k = {oc: 0 for oc in OCS}
        for _ in range(cy[cat]):
            k[r.choice(OCS + ["ongoing", "management_action", "no_case_to_answer"])] += 1
        data[cat] = k
    for lab, oc in labs:
        rows2.append([lab] + [int(F(cat, oc, sum(data[cat].values()) if oc == "total" else
                                    data[cat][oc], CY25)) for cat in CATS5])
    sheets = [("Allegations", rows, {0, 3}),
              (N("Outcomes 2025", "sheet name: the year"), rows2, {0, 2, len(rows2) - 1})]
    write_bytes(src, ods_bytes(sheets, "WMP FOI 2761/26"))


# =========================================================================== 14 North Wales: bilingual HTML, months down the side


def build_north_wales():
    src = "north-wales/HGC-NWP FOI 2026-1402.html"
    KEY.file(src, "north-wales")
    r = rng("nwp")
    cym = ["Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
           "Ionawr", "Chwefror", "Mawrth"]
    eng = ["April", "May", "June", "July", "August", "September", "October", "November", "December",
           "January", "February", "March"]
    welsh = {SA: "Ymosodiad rhywiol", SM: "Camymddwyn rhywiol", SH: "Aflonyddu rhywiol",
             AP: "Camddefnyddio swydd at ddiben rhywiol", VG: "Trais yn erbyn menywod a merched"}
    h = ['<table class="tabl-data" border="1" cellspacing="0">',
         '<tr><th rowspan="2">Mis / Month</th>' + "".join(
             f'<th colspan="2">{welsh[c]} / {CL[c]}</th>' for c in CATS5) + "</tr>",
         "<tr>" + "<th>Swyddogion / Officers</th><th>Staff / Staff</th>" * 5 + "</tr>"]
    year = {(c, s): 0 for c in CATS5 for s in ("officers", "staff")}
    for j in range(12):
        y, m = (2025, 4 + j) if j < 9 else (2026, j - 8)
        tr = f"<tr><th>{N(f'{cym[j]} / {eng[j]} {y}', 'month and year')}</th>"
        for c in CATS5:
            for s in ("officers", "staff"):
                v = r.randint(0, 2 if s == "officers" and c != AP else 1)
                if r.random() < 0.3:
                    v = 0
                year[(c, s)] += v
                tr += f"<td>{F(c, 'total', v, MON(y, m), subject=s)}</td>"
        h.append(tr + "</tr>")
    h.append(f'<tr class="cyfanswm"><th>{N("Cyfanswm / Total 2025-26", "the financial year")}</th>'
             + "".join(f"<td><b>{F(c, 'total', year[(c, s)], FY25, subject=s)}</b></td>"
                       for c in CATS5 for s in ("officers", "staff")) + "</tr>")
    h.append("</table>")
    t1 = "\n".join(h)
    h = ['<table class="tabl-data" border="1" cellspacing="0">',
         "<tr><th>Canlyniad / Outcome</th>" + "".join(f"<th>{CL[c]}</th>" for c in CATS5) + "</tr>"]
    labs = [("Diswyddwyd / Dismissed", "dismissed"),
            ("Byddai wedi cael ei ddiswyddo / Would have been dismissed", "would_have_been_dismissed"),
            ("Rhybudd ysgrifenedig terfynol / Final written warning", "final_written_warning"),
            ("Rhybudd ysgrifenedig / Written warning", "written_warning"),
            ("Ymarfer myfyriol / Reflective practice", "management_action"),
            ("Dim achos i'w ateb / No case to answer", "no_case_to_answer"),
            ("Yn cael ei ymchwilio / Under investigation", "ongoing"),
            ("Cyfanswm / Total", "total")]
    data = {}
    for c in CATS5:
        n = year[(c, "officers")] + year[(c, "staff")]
        k = {oc: 0 for oc in OCS}
        for _ in range(n):
            k[r.choice(OCS + ["ongoing", "management_action"])] += 1
        data[c] = k
    for lab, oc in labs:
        h.append(f"<tr><th>{E(lab)}</th>" + "".join(
            f"<td>{F(c, oc, sum(data[c].values()) if oc == 'total' else data[c][oc], FY25)}</td>"
            for c in CATS5) + "</tr>")
    h.append("</table>")
    t2 = "\n".join(h)
    body = f"""<div id="pennawd"><p class="logo">Heddlu Gogledd Cymru / North Wales Police</p></div>
<div class="cynnwys">
<h1>Cais Rhyddid Gwybodaeth / Freedom of Information request {N("2026/1402", "reference")}</h1>
<p>{N("Dyddiad / Date: 03/12/2026", "date")}</p>
<h2>Cais / Request</h2>
<p>{request27()}</p>
<h2>Ymateb / Response</h2>
<p>Mae Heddlu Gogledd Cymru yn dal y wybodaeth. / North Wales Police holds the information. Mae'r ffigurau yn nifer yr honiadau. / The figures are numbers of allegations.</p>
<h3>{N("Tabl 1 / Table 1: Honiadau fesul mis a gofnodwyd, 2025-26 / Allegations by month recorded, 2025-26", "table number and the financial year")}</h3>
{t1}
<h3>{N("Tabl 2 / Table 2: Canlyniadau, 2025-26 (swyddogion a staff) / Outcomes, 2025-26 (officers and staff)", "table number and the financial year")}</h3>
{t2}
<p class="nodyn">{N("Nodyn / Note: Mae ffigurau 2024-25 a blwyddyn galendr 2025 ar gael yn ein hymateb i gais 2026/0877 (adran 21). / Figures for 2024-25 and for the calendar year 2025 are available in our response to request 2026/0877, published in our disclosure log (section 21).", "years, an earlier reference, section number")}</p>
<h2>Eich hawliau / Your rights</h2>
<p>{rights("North Wales Police")}</p>
</div>"""
    write_text(src, bk.html_page(N("Cais RhG 2026/1402 - Heddlu Gogledd Cymru", "reference"), body,
                                 lang="cy"))


# =========================================================================== 15 Dyfed-Powys: a section 12 refusal with a costing table


def build_dyfed_powys():
    src = "dyfed-powys/DPP FOI 1288-2026 refusal notice.pdf"
    KEY.file(src, "dyfed-powys")
    st = pstyles("Times-Roman", 10.5)

    def P(t, s="body"):
        return bk.P(E(t), st[s])
    cost = [["Task", "Records", "Minutes each", "Hours"],
            ["Identify conduct records 1 April 2024 to 31 December 2025", "1,146", "1", "19.1"],
            ["Read each record to identify a sexual or VAWG element", "1,146", "4", "76.4"],
            ["Establish the employee type and outcome of each", "212", "6", "21.2"],
            ["Total", "", "", "116.7"]]
    N(" ".join(" ".join(r) for r in cost), "the cost estimate: records, minutes and hours")
    story = [P("Heddlu Dyfed-Powys Police", "h"), P("Freedom of Information Unit"),
             P(N("Reference: FOI 1288/2026", "reference")), P(N("Date: 3 December 2026", "date")),
             P("Dear Requester,"),
             P(N("Thank you for your request for information received on 26 November 2026:", "date")),
             P(request27(), "quote"),
             P("Dyfed-Powys Police is unable to comply with your request. Our conduct records do not "
               "hold a searchable field for the type of allegation, so each record would have to be "
               "read. Our estimate of the work is below."),
             ruled(cost, [95, 22, 25, 20], bold_rows=(4,)), bk.S(8),
             P(N("The estimate exceeds the appropriate limit of 18 hours (\u00a3450) set for police "
                 "forces, so we are not obliged to comply with your request under section 12(1) of "
                 "the Freedom of Information Act 2000. This letter is a refusal notice under section "
                 "17(5).", "cost limit, money, section numbers and act year")),
             P("Advice and assistance: you may wish to narrow your request, for example to one type "
               "of allegation and one financial year, which we may be able to answer within the cost "
               "limit.".replace("one type", N("one type", "advice: not a count")).replace(
                   "one financial", N("one financial", "advice: not a count"))),
             P(rights("Dyfed-Powys Police")), P("Yours sincerely,"), P("Freedom of Information Unit")]
    for per in (FY24, FY25, CY25):
        for c in CATS5:
            F(c, "total", REF("s12"), per)
    bk.pdf_letter(src, story, furniture("FOI 1288/2026", "DPP", font="Times-Roman"),
                  title="FOI 1288/2026", author="Dyfed-Powys Police")


# =========================================================================== build and check


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind27-", read=read27))
