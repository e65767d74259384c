#!/usr/bin/python3
"""make_blind21.py -- the twenty-first blind test batch for `foi` and its answer key.

The request, sent on 18 November 2026: for the financial years 2023/24, 2024/25 and 2025/26 and
the calendar years 2024 and 2025, the number of allegations of sexual assault, sexual misconduct,
sexual harassment, abuse of position for a sexual purpose and violence against women and girls
made against police officers and police staff, and their outcomes.  Fourteen forces answer in
fourteen files, in layouts no earlier batch used: e-mails whose answer is in an attached PDF (or
an attached picture), a word-by-word "Print to PDF" file with filled-cell tables, a workbook whose
number formats show "-" and "*", a CMS page of <details> accordions, a Word letter with repeated
header rows, vMerged types, captions above and notes below, hedged prose with a later correction,
a two-header-row CSV, a CSV with a key: value metadata block, tab-aligned Word columns, a sheet per
category, a Word-saved HTML e-mail, a line-printer report with form feeds, and dot-leader cards.
The machinery (F/L/N accounting, writers, read_back, check) is scripts/blindkit.py;
keying calls are in fixtures/blind21/NOTES.md.

usage: /usr/bin/python3 make_blind21.py             # rebuild fixtures/blind21 (or $FOI_BLIND21_OUT)
       /usr/bin/python3 make_blind21.py check       # verify determinism and every number
       /usr/bin/python3 make_blind21.py dump FILE   # show FILE (relative to the batch) as read back
"""
import base64
import datetime as dt
import email
import io
import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, MON, SPAN, SUP, REF, NH, APPROX, E,  # noqa: E402,F401
                      html_page, write_text, write_bytes, docx_new, docx_cell, docx_shade,
                      xlsx_save, xl_border, rights)

FINAL = Path(os.environ.get("FOI_BLIND21_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind21").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQ_DATE = "18 November 2026"
REQUEST21 = ("Please provide, for each of the financial years 2023/24, 2024/25 and 2025/26 and for "
             "the calendar years 2024 and 2025, the number of allegations of sexual assault, sexual "
             "misconduct, sexual harassment, abuse of position for a sexual purpose and violence "
             "against women and girls (VAWG) made against your police officers and police staff, "
             "and the outcome of each allegation (dismissed, would have been dismissed, final "
             "written warning, written warning, reflective practice or management action, no case "
             "to answer, withdrawn, or still under investigation).")
FYRS = (2023, 2024, 2025)
CYRS = (2024, 2025)
FLAB = {y: f"{y}/{str(y + 1)[2:]}" for y in range(2019, 2028)}
FSPAN = SPAN(FY(2023), FY(2025))
PERIODS = [("fy", y) for y in FYRS] + [("cy", y) for y in CYRS]

OUT8 = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
        ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
        ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
        ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]


def per(p):
    return FY(p[1]) if p[0] == "fy" else CY(p[1])


def plab(p):
    return FLAB[p[1]] if p[0] == "fy" else str(p[1])


def request21():
    return N(REQUEST21, "the request's years")


def rng(name):
    return random.Random("blind21-" + name)


def counts(r, outs, hi=4, zero=0.35, cat=None):
    if cat == AP:
        hi = max(1, hi // 2)
    return {oc: (0 if r.random() < zero else r.randint(1, hi)) for _, oc in outs}


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


# =========================================================================== read-back

SUPFMT = '[=0]"-";[<5]"*";0'


def xlsx_shown(c):
    """A cell as the sheet shows it: dates through mmm-yy, the custom dash/asterisk format."""
    v = c.value
    if isinstance(v, dt.datetime):
        v = v.strftime("%b-%y") if "mmm" in c.number_format.lower() else v.strftime("%d/%m/%Y")
    elif isinstance(v, (int, float)) and c.number_format == SUPFMT:
        v = "-" if v == 0 else ("*" if v < 5 else int(v))
    elif isinstance(v, float) and v == int(v):
        v = int(v)
    return f"[{c.coordinate}] {v}"


def eml_text(p):
    """An e-mail as a mail program shows it: the headers a reader sees, each text part decoded,
    each attachment's name, and the text of PDF and XLSX attachments (pictures give nothing)."""
    msg = email.message_from_bytes(Path(p).read_bytes())
    out = [f"{h}: {msg[h]}" for h in ("From", "To", "Date", "Subject") if msg[h]]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        name = part.get_filename()
        data = part.get_payload(decode=True)
        if name:
            out.append(f"Attachment: {name}")
        if ctype == "text/plain" and not name:
            out.append(data.decode(part.get_content_charset() or "utf-8"))
        elif ctype == "text/html" and not name:
            out.append(bk.html_visible(data.decode(part.get_content_charset() or "utf-8")))
        elif ctype == "application/pdf":
            with tempfile.NamedTemporaryFile(suffix=".pdf") as t:
                t.write(data)
                t.flush()
                out.append(bk.pdf_text(t.name))
    return "\n".join(out)


def read21(path):
    p = Path(path)
    suf = p.suffix.lower()
    if suf == ".eml":
        return eml_text(p)
    if suf == ".xlsx":
        return bk.xlsx_text(p, xlsx_shown)
    if suf in (".htm", ".html"):
        text = p.read_bytes().decode("utf-8")
        text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
        return bk.html_visible(text)
    return bk.read_back(p)


# =========================================================================== PDF helpers


def P(text, style):
    return bk.P(E(text), style)


def S(h=6):
    return bk.S(h)


def ruled(data, widths, header_rows=1, bold_rows=(), size=8.5, font="Helvetica"):
    from reportlab.platypus import Table
    extra = [("FONT", (0, r), (-1, r), font + "-Bold", size) for r in bold_rows]
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(bk.grid_style(header_rows, font=font, size=size, extra=extra))
    return t


def pdf_bytes(story, furniture, title, author, pagesize=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize or A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=25 * mm, bottomMargin=22 * mm, title=title, author=author,
                            creator=author)
    doc.build(story, canvasmaker=bk.numbered_canvas(furniture))
    return buf.getvalue()


# =========================================================================== 1 West Midlands: e-mail, the answer in an attached PDF


def mime_mail(headers, parts, boundary):
    """A multipart/mixed message as a mail program saves it; parts: (headers, body) with the
    body already encoded."""
    out = [f"{k}: {v}" for k, v in headers]
    out += ["MIME-Version: 1.0", f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
            "This is a multi-part message in MIME format.", ""]
    for hs, body in parts:
        out.append(f"--{boundary}")
        out += [f"{k}: {v}" for k, v in hs]
        out += ["", body, ""]
    out.append(f"--{boundary}--")
    out.append("")
    return "\r\n".join("\r\n".join(x.split("\n")) for x in out)


def build_west_midlands():
    """West Midlands Police reply e-mail: the body only a covering note (whom and which years the
    attachment counts; calendar years not held); the tables are in the attached PDF, one ruled
    table per financial year, types down, outcomes across, Total column."""
    src = "west-midlands/RE FOI 2026-3317 West Midlands Police response.eml"
    KEY.file(src, "west-midlands")
    ref = "FOI 2026-3317"
    att = "WMP FOI 2026-3317 Annex.pdf"
    r = rng("wmp")
    from reportlab.lib.units import mm
    st = bk.styles("Helvetica", 9.5)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice (RPRP)", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing")]
    story = [P(N("Annex to FOI 2026-3317", "reference"), st["h"])]
    for i, y in enumerate(FYRS, 1):
        story.append(P(L("Table {i}: allegations recorded in " + FLAB[y], "table number; year",
                         i=N(str(i), "table number")), st["h2"]))
        head = ["Allegation type"] + [ol for ol, _ in outs] + ["Total"]
        rows = [[bk.P(h, st["cellb"]) for h in head]]
        for c in CATS5:
            d = counts(r, outs, hi=5 if c != AP else 2, cat=c)
            rows.append([bk.P(CL[c], st["cell"])] + [F(c, o, d[o], FY(y)) for _, o in outs]
                        + [F(c, "total", sum(d.values()), FY(y))])
        story += [ruled(rows, [48 * mm] + [24 * mm] * 8 + [16 * mm], size=8), S(10)]
    story.append(P("Source: Professional Standards Department case management system.", st["small"]))

    def furniture(cv, page, pages):
        cv.setFont("Helvetica", 8)
        cv.drawCentredString(148 * mm, 10 * mm, N(f"Page {page} of {pages}", "page numbers"))
        cv.drawString(20 * mm, 200 * mm, "OFFICIAL")
    from reportlab.lib.pagesizes import A4, landscape
    pdf = pdf_bytes(story, furniture, f"{ref} Annex", "West Midlands Police",
                    pagesize=landscape(A4))
    for p in PERIODS[3:]:
        for c in CATS5:
            F(c, "total", NH, per(p), printed=False)
    body = "\n".join([
        "Dear Requester,", "",
        N(f"Thank you for your request for information dated {REQ_DATE}, which we have dealt "
          "with under the Freedom of Information Act 2000 (our reference FOI 2026-3317).",
          "date; act year; reference"), "",
        "Our response is in the attached PDF. The tables in it count allegations recorded against "
        "West Midlands Police officers and police staff together, in each of the financial years "
        + N("2023/24, 2024/25 and 2025/26 (1 April to 31 March),", "the financial years answered")
        + " by the date the allegation was recorded.", "",
        "We do not hold the figures by calendar year: our professional standards reports are "
        "produced by financial year only, so that part of your request is not held.", "",
        rights("West Midlands Police", 40), "",
        "Kind regards,", "", "Freedom of Information Unit", "West Midlands Police",
        N("Lloyd House, Colmore Circus Queensway, Birmingham B4 6NQ", "postcode")])
    headers = [("From", "FOI Unit <foi@westmidlands.police.uk>"),
               ("To", "requester@example.org"),
               ("Subject", N(f"RE: {ref} - allegations against officers and staff", "reference")),
               ("Date", N("Tue, 15 Dec 2026 10:42:07 +0000", "date and time")),
               ("Message-ID", "<wmp.foi.reply@westmidlands.police.uk>")]
    N(att, "reference in the attachment's name")
    parts = [([("Content-Type", 'text/plain; charset="utf-8"'),
               ("Content-Transfer-Encoding", "base64")], b64lines(body.encode("utf-8"))),
             ([("Content-Type", f'application/pdf; name="{att}"'),
               ("Content-Disposition", f'attachment; filename="{att}"'),
               ("Content-Transfer-Encoding", "base64")], b64lines(pdf))]
    write_bytes(src, mime_mail(headers, parts, "----=_NextPart_000_0012_01DB4E6A.5C3F2B10")
                .encode("ascii"))


# =========================================================================== 2 Civil Nuclear: e-mail with a picture of a table


def table_png(rows, widths):
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.load_default()
    rh = 22
    W, H = sum(widths) + 21, rh * len(rows) + 21
    im = Image.new("RGB", (W, H), "white")
    dr = ImageDraw.Draw(im)
    y = 10
    for ri, row in enumerate(rows):
        x = 10
        for w, cell in zip(widths, row):
            dr.rectangle([x, y, x + w, y + rh], outline="black",
                         fill="#dddddd" if ri == 0 else "white")
            dr.text((x + 4, y + 5), cell, fill="black", font=font)
            x += w
        y += rh
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def build_civil_nuclear():
    """Civil Nuclear Constabulary reply: the figures only in an attached PNG picture of a table
    (nothing a reader of text can take); the body says whom and which years it counts and that
    VAWG is not held."""
    src = "civil-nuclear/RE CNC FOI 2026-0412 response.eml"
    KEY.file(src, "civil-nuclear")
    r = rng("cnc")
    rows = [["Allegation type", "2023/24", "2024/25", "2025/26"]]
    for c in (SA, SM, SH, AP):
        rows.append([CL[c]] + [str(r.randint(0, 3)) for _ in FYRS])
    png = table_png(rows, [260, 80, 80, 80])
    for p in PERIODS:
        F(VG, "total", NH, per(p), printed=False)
    body = "\n".join([
        "Good afternoon,", "",
        N("Please find attached our response to your request of 18 November 2026 (CNC FOI "
          "2026-0412).", "date; reference"), "",
        "The attached table gives the number of allegations made against Civil Nuclear "
        "Constabulary police officers and police staff in each financial year you asked about. "
        "We do not record violence against women and girls as a category of its own, so that "
        "part of your request is not held.", "",
        rights("the Civil Nuclear Constabulary", 40), "",
        "Regards,", "Disclosure Team, Civil Nuclear Constabulary",
        N("Culham Science Centre, Abingdon OX14 3DB", "postcode")])
    att = "CNC FOI 2026-0412 table.png"
    N(att, "reference in the attachment's name")
    headers = [("From", "CNC Disclosure <disclosure@cnc.police.uk>"),
               ("To", "requester@example.org"),
               ("Subject", N("RE: CNC FOI 2026-0412 response", "reference")),
               ("Date", N("Wed, 9 Dec 2026 14:05:51 +0000", "date and time"))]
    parts = [([("Content-Type", 'text/plain; charset="utf-8"'),
               ("Content-Transfer-Encoding", "base64")], b64lines(body.encode("utf-8"))),
             ([("Content-Type", f'image/png; name="{att}"'),
               ("Content-Disposition", f'attachment; filename="{att}"'),
               ("Content-Transfer-Encoding", "base64")], b64lines(png))]
    write_bytes(src, mime_mail(headers, parts, "_004_CNC20261209140551_").encode("ascii"))


# =========================================================================== 3 West Yorkshire: "Microsoft Print to PDF", word by word


class WordCanvas:
    """Draws as a print driver does: every word its own text object at its own position, tables
    as filled cell rectangles with no lines."""

    def __init__(self, path):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        self.cv = canvas.Canvas(str(path), pagesize=A4, pageCompression=0)
        self.cv.setCreator("Microsoft\u00ae Word for Microsoft 365")
        self.cv.setProducer("Microsoft: Print To PDF")
        self.cv.setTitle("FOI response")
        self.W, self.H = A4
        self.y = self.H - 60
        self.page = 1

    def words(self, x, y, text, font="Helvetica", size=9.5, color=(0, 0, 0)):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        sp = stringWidth(" ", font, size)
        for w in text.split():
            t = self.cv.beginText(x, y)
            t.setFont(font, size)
            t.setFillColorRGB(*color)
            t.textOut(w)
            self.cv.drawText(t)
            x += stringWidth(w, font, size) + sp

    def para(self, text, font="Helvetica", size=9.5, width=95, gap=5):
        for line in textwrap.wrap(text, width) or [""]:
            self.need(14)
            self.words(56, self.y, line, font, size)
            self.y -= size * 1.4
        self.y -= gap

    def need(self, h):
        if self.y - h < 60:
            self.newpage()

    def newpage(self):
        self.foot()
        self.cv.showPage()
        self.page += 1
        self.y = self.H - 60

    def foot(self):
        self.words(56, 30, N(f"Page {self.page}", "page number"), size=8)
        self.words(470, 30, "OFFICIAL", size=8)

    def table(self, rows, widths, head_rows=1, size=7.5, rh=12, bold_rows=()):
        """rows: lists of cell texts (a cell may hold '\n' for a second line)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth
        heights = [rh * max(1, max(len(c.split("\n")) for c in row)) for row in rows]
        self.need(sum(heights[:head_rows + 2]))
        for ri, row in enumerate(rows):
            h = heights[ri]
            if self.y - h < 60:
                self.newpage()
            x = 56
            hdr = ri < head_rows
            fill = (0.12, 0.2, 0.38) if hdr else ((0.93, 0.94, 0.96) if ri % 2 else (1, 1, 1))
            for ci, (w, cell) in enumerate(zip(widths, row)):
                self.cv.setFillColorRGB(*fill)
                self.cv.rect(x, self.y - h, w, h, stroke=0, fill=1)
                font = "Helvetica-Bold" if hdr or ri in bold_rows else "Helvetica"
                col = (1, 1, 1) if hdr else (0, 0, 0)
                for li, line in enumerate(cell.split("\n")):
                    ly = self.y - (li + 1) * rh + 3.5
                    if ci == 0:
                        self.words(x + 3, ly, line, font, size, col)
                    else:
                        lw = stringWidth(line, font, size)
                        self.words(x + w - lw - 3, ly, line, font, size, col)
                x += w
            self.y -= h
        self.y -= 10

    def save(self):
        self.foot()
        self.cv.showPage()
        self.cv.save()


def build_west_yorkshire():
    """West Yorkshire Police letter printed with Microsoft Print to PDF: every word a text object,
    the tables filled rectangles, a white-on-navy header row; one table per calendar year, types
    (on their first row only) x Police officers / Police staff, eight outcomes + Total across."""
    src = "west-yorkshire/WYP FOI 12771-26 response.pdf"
    KEY.file(src, "west-yorkshire")
    r = rng("wyp")
    wc = WordCanvas(bk.dest(src))
    wc.words(56, wc.H - 50, "West Yorkshire Police", "Helvetica-Bold", 14)
    wc.y -= 22
    wc.para(N("Freedom of Information reference: 12771/26", "reference"))
    wc.para(N("Date: 16 December 2026", "date"))
    wc.para("Dear Requester,")
    wc.para("You asked:", gap=2)
    wc.para(request21(), font="Helvetica-Oblique")
    wc.para(N("West Yorkshire Police holds the information by calendar year only, so the tables "
              "below answer for 2024 and 2025. Our misconduct reports are not produced by "
              "financial year and that part of your request is therefore not held. The figures "
              "are numbers of allegations, by the year the allegation was recorded.",
              "the calendar years answered"))
    for p in PERIODS[:3]:
        for c in CATS5:
            F(c, "total", NH, per(p), printed=False)
    heads = ["Allegation type", "Employee", "Dis-\nmissed", "Would\nhave been\ndismissed",
             "Final\nwritten\nwarning", "Written\nwarning", "Reflective\npractice",
             "No case\nto answer", "With-\ndrawn", "Under\ninvesti-\ngation", "Total"]
    shorts = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
              AP: "Abuse of position\nfor a sexual purpose", VG: "VAWG"}
    for i, y in enumerate(CYRS, 1):
        wc.para(L("Table {i}: allegations recorded in calendar year " + str(y),
                  "table number; year", i=N(str(i), "table number")), font="Helvetica-Bold")
        rows = [heads]
        for c in CATS5:
            for si, (sl, s) in enumerate((("Police officer", "officers"),
                                          ("Police staff", "staff"))):
                d = counts(r, OUT8, hi=4 if s == "officers" else 2, cat=c,
                           zero=0.3 if s == "officers" else 0.6)
                rows.append([shorts[c] if si == 0 else "", sl]
                            + [F(c, o, d[o], CY(y), subject=s) for _, o in OUT8]
                            + [F(c, "total", sum(d.values()), CY(y), subject=s)])
        wc.table(rows, [92, 52] + [37] * 8 + [30], head_rows=1)
    wc.para("VAWG means violence against women and girls; allegations in that row are not "
            "counted in the rows above it.")
    wc.para(rights("West Yorkshire Police", 40))
    wc.para("Yours faithfully,", gap=2)
    wc.para("Information Management, West Yorkshire Police")
    wc.save()


# =========================================================================== 4 Greater Manchester: a workbook whose formats show "-" and "*"


def build_greater_manchester():
    """GMP workbook: one sheet, title rows, a frozen header with an AutoFilter, one row per month
    of 2025/26 and type; Month cells real dates shown "Apr-25"; every count cell holds its true
    number but the custom format [=0]"-";[<5]"*";0 SHOWS a dash for nil and an asterisk for one
    to four (the notes below say so)."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill, Alignment
    src = "greater-manchester/GMP FOI 4412-26 data.xlsx"
    KEY.file(src, "greater-manchester")
    r = rng("gmp")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations by month"
    ws["A1"] = N("Greater Manchester Police - FOI 4412/26", "reference")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = N("Allegations of a sexual nature or VAWG recorded against GMP employees, by month "
                 "recorded, 1 April 2025 to 31 March 2026", "dates of the period")
    ws["A4"], ws["B4"], ws["C4"], ws["D4"], ws["E4"] = ("Month", "Allegation type",
                                                        "Police officers", "Police staff", "Total")
    for c in "ABCDE":
        ws[f"{c}4"].font = Font(bold=True, color="FFFFFF")
        ws[f"{c}4"].fill = PatternFill("solid", fgColor="1F3864")
        ws[f"{c}4"].alignment = Alignment(wrap_text=True)
    labels = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
              AP: "Abuse of position for sexual purpose", VG: "Violence against women and girls"}
    row = 5
    months = [(2025, m) for m in range(4, 13)] + [(2026, m) for m in range(1, 4)]
    for (y, m) in months:
        for c in CATS5:
            o = 0 if r.random() < 0.25 else r.randint(1, 9 if c != AP else 3)
            s = 0 if r.random() < 0.55 else r.randint(1, 3)
            t = o + s
            ws.cell(row, 1, dt.datetime(y, m, 1)).number_format = "mmm-yy"
            ws.cell(row, 2, labels[c])
            for col, v, sub in ((3, o, "officers"), (4, s, "staff"), (5, t, "officers_and_staff")):
                cell = ws.cell(row, col, v)
                cell.number_format = SUPFMT
                if v == 0:
                    F(c, "total", 0, MON(y, m), subject=sub, said="-")
                elif v < 5:
                    F(c, "total", SUP(1, 4), MON(y, m), subject=sub, said="*")
                else:
                    F(c, "total", v, MON(y, m), subject=sub)
            N(dt.datetime(y, m, 1).strftime("%b-%y"), "the month label")
            row += 1
    last = row - 1
    ws.auto_filter.ref = f"A4:E{last}"
    ws.freeze_panes = "A5"
    notes = ["Notes",
             '"-" means no allegations were recorded.',
             '"*" means between one and four allegations: the exact number is withheld under '
             "section 40(2) of the Freedom of Information Act, as it could identify the people "
             "involved.",
             "Counts are allegations, by the month in which the allegation was recorded. One "
             "allegation is counted once, under its main type."]
    N(notes[2], "section; act")
    N(notes[3], "'One' allegation, 'once'")
    for i, t in enumerate(notes):
        ws.cell(last + 2 + i, 1, t)
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 36
    for c in "CDE":
        ws.column_dimensions[c].width = 12
    xlsx_save(wb, src, creator="GMP Information Compliance")


# =========================================================================== 5 Metropolitan: CMS page, an accordion per year


def build_metropolitan():
    """MPS disclosure page from its CMS: the request and answer in prose, then one
    <details>/<summary> accordion per period (the period only in the summary), each holding a
    table of types x outcomes with a Total column; "*" fewer than five under s40(2)."""
    src = "metropolitan/01.FOI.26.061547 - Sexual misconduct allegations - Metropolitan Police.html"
    KEY.file(src, "metropolitan")
    r = rng("met")
    outs = [("Dismissed", "dismissed"), ("Gross misconduct - would have been dismissed",
                                         "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Reflective practice (RPRP)", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Live investigation", "ongoing")]
    body = ['<header class="site-header"><a class="logo" href="/">Metropolitan Police</a>',
            '<nav><ul><li><a href="/report">Report</a></li><li><a href="/advice">Advice</a></li>'
            '<li><a href="/foi-ai/">FOI and information</a></li></ul></nav></header>',
            '<main id="main" class="foi-ai"><ol class="breadcrumb"><li>Home</li><li>FOI and '
            'information</li><li>Disclosure log</li></ol>',
            "<h1>Sexual misconduct allegations against officers and staff</h1>",
            '<dl class="meta"><dt>Reference</dt><dd>' + N("01.FOI.26.061547", "reference")
            + "</dd><dt>Published</dt><dd>" + N("21 December 2026", "date") + "</dd></dl>",
            "<h2>Request</h2>", f"<p>{E(request21())}</p>",
            "<h2>Response</h2>",
            "<p>The figures below are allegations recorded against Metropolitan Police Service "
            "officers and staff (both together) in each period, with the outcome of each "
            "allegation as at the date of extraction. Open each period to see its table.</p>",
            "<p>" + N("Where a figure is fewer than five it is shown as * to protect the identity "
                      "of the officers, staff and complainants involved (section 40(2) of the "
                      "Act).", "suppression threshold; section") + " Totals include those "
            "allegations.</p>",
            '<div class="accordion" data-module="accordion">']
    for p in PERIODS:
        lab = plab(p)
        dates = (f"1 April {p[1]} to 31 March {p[1] + 1}" if p[0] == "fy"
                 else f"1 January to 31 December {p[1]}")
        summ = ("Financial year " if p[0] == "fy" else "Calendar year ") + lab + f" ({dates})"
        N(summ, "the period")
        body.append(f'<details class="accordion__item"><summary class="accordion__title">'
                    f'{E(summ)}</summary><div class="accordion__content">')
        t = ['<table class="data-table"><thead><tr><th>Allegation type</th>'
             + "".join(f"<th>{E(ol)}</th>" for ol, _ in outs) + "<th>Total</th></tr></thead><tbody>"]
        for c in CATS5:
            d = counts(r, outs, hi=12, zero=0.2, cat=c)
            cells = []
            for _, o in outs:
                v = d[o]
                if 1 <= v <= 4:
                    cells.append(F(c, o, SUP(), per(p), said="*"))
                else:
                    cells.append(F(c, o, v, per(p)))
            tot = sum(d.values())
            cells.append(F(c, "total", tot, per(p)))
            t.append(f"<tr><th scope=\"row\">{E(CL[c])}</th>"
                     + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
        t.append("</tbody></table>")
        body += t + ["</div></details>"]
    body += ["</div>",
             "<h2>Your right to complain</h2>", f"<p>{E(rights('the Metropolitan Police Service', 40))}</p>",
             "</main>", '<footer class="site-footer"><p>Was this page helpful? <button>Yes</button>'
             "<button>No</button></p><p>&copy; " + N("2026", "copyright year")
             + " Metropolitan Police Service</p></footer>",
             '<script>document.querySelectorAll("details").forEach(function(d){d.open=false;});'
             "</script>"]
    write_text(src, html_page("Sexual misconduct allegations against officers and staff | "
                              "Metropolitan Police", "\n".join(body),
                              head_extra='<link rel="stylesheet" href="/static/css/main.css">\n'))


# =========================================================================== 6 Nottinghamshire: Word tables, caption above, note below


def vmerge(table, r0, r1, col):
    a = table.cell(r0, col)
    b = table.cell(r1, col)
    return a.merge(b)


def build_nottinghamshire():
    """Nottinghamshire Police letter in Word: four long tables (Type | Outcome | Allegations), the
    type merged down over its outcome rows and its Total, header row repeated on each page; each
    table's period only in the caption ABOVE it and its people only in the note BELOW it."""
    import docx
    from docx.shared import Pt, Cm
    src = "nottinghamshire/Nottinghamshire Police FOI 008812-26 response.docx"
    KEY.file(src, "nottinghamshire")
    r = rng("notts")
    d = bk.docx_a4(docx_new("Arial", 10.5))
    bk.docx_header_footer(d, "OFFICIAL", N("Nottinghamshire Police, Sherwood Lodge, Arnold, "
                                           "Nottingham NG5 8PP", "postcode"))
    bk.docx_para(d, "Nottinghamshire Police", bold=True, size=16)
    bk.docx_para(d, N("Our reference: 008812/26", "reference"))
    bk.docx_para(d, N("Date: 17 December 2026", "date"))
    bk.docx_para(d, "Dear Requester")
    bk.docx_para(d, "Your request:")
    bk.docx_para(d, request21(), italic=True)
    bk.docx_para(d, "Nottinghamshire Police holds this information by financial year. Our "
                    "professional standards reporting does not produce calendar-year figures, so "
                    "that part of your request is not held.")
    for p in PERIODS[3:]:
        for c in CATS5:
            F(c, "total", NH, per(p), printed=False)
    bk.docx_para(d, N("The tables below give the number of allegations in each category and the "
                      "outcome of each. We have answered for the two most recent complete "
                      "financial years; information for 2023/24 is held on our previous system "
                      "and is not held in a form that can be retrieved for this request.",
                      "'two' years; the year not held"))
    for c in CATS5:
        F(c, "total", NH, FY(2023), printed=False)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice review process", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Sub judice / under investigation", "ongoing")]
    tno = 0
    for y in (2024, 2025):
        for sub, who in (("officers", "police officers, including special constables"),
                         ("staff", "police staff, including PCSOs and detention officers")):
            tno += 1
            cap = bk.docx_para(d, L(f"Table {{n}}: Allegations recorded between 1 April {y} and "
                                    f"31 March {y + 1}", "dates of the period",
                                    n=N(str(tno), "table number")), bold=True)
            cap.paragraph_format.keep_with_next = True
            nrows = 1 + len(CATS5) * (len(outs) + 1)
            t = d.add_table(rows=nrows, cols=3)
            t.style = "Table Grid"
            for ci, h in enumerate(("Allegation type", "Outcome", "Number of allegations")):
                docx_cell(t.cell(0, ci), h, bold=True)
                docx_shade(t.cell(0, ci), "BFBFBF")
            bk.docx_repeat_header(t.rows[0])
            ri = 1
            for c in CATS5:
                dd = counts(r, outs, hi=5 if sub == "officers" else 2, cat=c,
                            zero=0.3 if sub == "officers" else 0.55)
                start = ri
                for ol, o in outs:
                    docx_cell(t.cell(ri, 1), ol)
                    docx_cell(t.cell(ri, 2), F(c, o, dd[o], FY(y), subject=sub))
                    ri += 1
                docx_cell(t.cell(ri, 1), "Total", bold=True)
                docx_cell(t.cell(ri, 2), F(c, "total", sum(dd.values()), FY(y), subject=sub),
                          bold=True)
                m = vmerge(t, start, ri, 0)
                docx_cell(m, CL[c])
                ri += 1
            bk.docx_para(d, L("Note: the figures in Table {n} are for " + who + ".", "",
                              n=N(str(tno), "table number")), italic=True, size=9)
    bk.docx_para(d, rights("Nottinghamshire Police", 40))
    bk.docx_para(d, "Yours sincerely")
    bk.docx_para(d, "Information Management Team")
    bk.docx_save(d, src, "Nottinghamshire Police")


# =========================================================================== 7 Wiltshire: hedged prose and a later correction


def build_wiltshire():
    """Wiltshire Police letter (reportlab, Times): every figure in prose; 2023/24 only as a range
    ("between 10 and 15"), an approximation ("around 20") and a bound ("fewer than ten"); a
    correction in a later paragraph replaces a figure given earlier; calendar years refused s12."""
    src = "wiltshire/Wiltshire Police FOI 2026-3390 response.pdf"
    KEY.file(src, "wiltshire")
    st = bk.styles("Times-Roman", 11)
    story = [P("Wiltshire Police", st["h"]),
             P(N("Freedom of Information request 2026-3390", "reference"), st["bold"]),
             P(N("14 December 2026", "date"), st["body"]), P("Dear Requester,", st["body"]),
             P("You asked:", st["body"]), P(request21(), st["quote"])]
    story.append(P(L("Our professional standards database was replaced on 1 April 2024. Before "
                     "then the sexual element of an allegation was recorded only in free text, so "
                     "for 2023/24 we can give estimates only. In that year there were "
                     "{sa} allegations of sexual assault against officers and staff, "
                     "{sm} allegations of sexual misconduct, and {ap} allegations of abuse of "
                     "position for a sexual purpose. Sexual harassment and violence against "
                     "women and girls were not recorded as such before the new database, so "
                     "figures for those two categories in 2023/24 are not held.",
                     "date of the database change; 'two' categories",
                     sa=F(SA, "total", APPROX(10, 15), FY(2023), said="between 10 and 15"),
                     sm=F(SM, "total", APPROX(), FY(2023), said="around 20"),
                     ap=F(AP, "total", APPROX(0, 9), FY(2023), said="fewer than ten")),
                   st["body"]))
    for c in (SH, VG):
        F(c, "total", NH, FY(2023), printed=False)
    tot = {(SA, 2024): 14, (SM, 2024): 9, (SH, 2024): 12, (AP, 2024): 3, (VG, 2024): 6,
           (SA, 2025): 17, (SM, 2025): 11, (SH, 2025): 8, (AP, 2025): 2, (VG, 2025): 5}
    # 2024/25 paragraph, with the sexual harassment figure first given wrongly as 11
    story.append(P(L("In 2024/25, {sa} allegations of sexual assault were recorded against our "
                     "officers and staff. Of these, {sad} resulted in dismissal, {saf} in a final "
                     "written warning, {sar} in reflective practice and {san} in a finding of no "
                     "case to answer; {sao} are still under investigation. There were also "
                     "{sm} allegations of sexual misconduct, 11 of sexual harassment, {ap} of "
                     "abuse of position for a sexual purpose and {vg} classed as violence against "
                     "women and girls.", "the year; the sexual harassment figure as first given: superseded "
                     "by the correction below",
                     sa=F(SA, "total", 14, FY(2024)), sad=F(SA, "dismissed", 3, FY(2024)),
                     saf=F(SA, "final_written_warning", 2, FY(2024)),
                     sar=F(SA, "management_action", 4, FY(2024)),
                     san=F(SA, "no_case_to_answer", 3, FY(2024)),
                     sao=F(SA, "ongoing", 2, FY(2024)),
                     sm=F(SM, "total", 9, FY(2024)),
                     ap=F(AP, "total", 3, FY(2024), said="three"),
                     vg=F(VG, "total", 6, FY(2024), said="six")), st["body"]))
    story.append(P(L("In 2025/26 the figures were: sexual assault {sa}, sexual misconduct {sm}, "
                     "sexual harassment {sh}, abuse of position for a sexual purpose {ap} and "
                     "violence against women and girls {vg}. {shd} of the sexual harassment "
                     "allegations led to dismissal and {shw} to a written warning; none was "
                     "withdrawn.", "the year",
                     sa=F(SA, "total", 17, FY(2025)), sm=F(SM, "total", 11, FY(2025)),
                     sh=F(SH, "total", 8, FY(2025)), ap=F(AP, "total", 2, FY(2025)),
                     vg=F(VG, "total", 5, FY(2025)),
                     shd=F(SH, "dismissed", 2, FY(2025), said="Two"),
                     shw=F(SH, "written_warning", 1, FY(2025), said="one")), st["body"]))
    F(SH, "withdrawn", 0, FY(2025), said="none was withdrawn")
    story.append(P("Calendar years: to give figures by calendar year we would have to re-read "
                   + L("each case file for the months January to March of each year on the old "
                       "system, which we estimate would take more than 30 hours, above the "
                       "appropriate limit of 18 hours. That part of your request is refused "
                       "under section 12(1) of the Act.", "hours of the estimate; section"),
                   st["body"]))
    for p in PERIODS[3:]:
        for c in CATS5:
            F(c, "total", REF("s12"), per(p), printed=False)
    story.append(P(L("Correction: after this letter was drafted our data team re-checked the "
                     "2024/25 figures. The figure for sexual harassment in 2024/25 given above "
                     "should read {sh}, not 11: one allegation had been recorded twice.",
                     "the superseded figure; 'one' allegation recorded 'twice'",
                     sh=F(SH, "total", tot[(SH, 2024)], FY(2024))), st["body"]))
    story += [P(rights("Wiltshire Police", 40), st["body"]), P("Yours sincerely,", st["body"]),
              P("Freedom of Information Team, Wiltshire Police", st["body"])]

    def furniture(cv, page, pages):
        from reportlab.lib.units import mm
        cv.setFont("Times-Roman", 8)
        cv.drawCentredString(105 * mm, 12 * mm, N(f"Page {page} of {pages}", "page numbers"))
    bk.pdf_letter(src, story, furniture, title="Wiltshire Police FOI response",
                  author="Wiltshire Police")


# =========================================================================== 8 Hertfordshire: CSV with two header rows


def build_hertfordshire():
    """Hertfordshire Constabulary CSV export of a sheet with merged year cells: header row 1 the
    financial years (each over two columns, the second left empty), header row 2 Police officers /
    Police staff; the type only on the first row of its block; a Total row per block."""
    src = "hertfordshire/Herts FOI 05518-26 allegations.csv"
    KEY.file(src, "hertfordshire")
    r = rng("herts")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Ongoing", "ongoing")]
    lines = [",," + ",".join(f"{N(FLAB[y], 'year header')}," for y in FYRS),
             "Allegation type,Outcome," + ",".join("Police officers,Police staff" for _ in FYRS)]
    for c in CATS5:
        d = {(y, s): counts(r, outs, hi=4 if s == "officers" else 2, cat=c,
                            zero=0.3 if s == "officers" else 0.6)
             for y in FYRS for s in ("officers", "staff")}
        first = True
        for ol, o in outs:
            cells = [F(c, o, d[(y, s)][o], FY(y), subject=s) for y in FYRS
                     for s in ("officers", "staff")]
            lab = f'"{CL[c]}"' if first else ""
            lines.append(f"{lab},{ol}," + ",".join(cells))
            first = False
        cells = [F(c, "total", sum(d[(y, s)].values()), FY(y), subject=s) for y in FYRS
                 for s in ("officers", "staff")]
        lines.append(",Total," + ",".join(cells))
    lines += [",,,,,,,",
              N("Counts are allegations recorded between 01/04/2023 and 31/03/2026 by financial "
                "year of recording.,,,,,,,", "dates of the span"),
              N("Source: PSD Centurion extract 02/12/2026 (FOI 05518/26).,,,,,,,",
                "date; reference")]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# =========================================================================== 9 North Wales: CSV with a key: value metadata block


def build_north_wales():
    """North Wales Police CSV: a metadata block of 'Key: value' lines (force, reference, measure,
    employees, period, nil rule) above a long-format header Year / category / outcome / count;
    calendar years; a Total row per block."""
    src = "north-wales/NWP-FOI-2026-1288.csv"
    KEY.file(src, "north-wales")
    r = rng("nwp")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Still under investigation", "ongoing")]
    meta = ["Force: North Wales Police / Heddlu Gogledd Cymru",
            N("Request reference: FOI/2026/1288", "reference"),
            N("Date of response: 11/12/2026", "date"),
            "Measure: Allegations",
            "Employees: Police officers and police staff (combined)",
            N("Period: Calendar years 2024 and 2025 (1 January to 31 December)",
              "the calendar years answered"),
            "Date basis: Date allegation recorded",
            N("Note: 0 = none recorded. Financial-year figures were supplied under FOI/2026/0977 "
              "and are not repeated here.", "nil code; another request's reference"),
            ""]
    lines = meta + ["Year,Allegation category,Outcome,Count"]
    labels = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
              AP: "Abuse of position for a sexual purpose", VG: "VAWG"}
    for y in CYRS:
        for c in CATS5:
            d = counts(r, outs, hi=5, zero=0.3, cat=c)
            for ol, o in outs:
                lines.append(f"{N(str(y), 'year')},{labels[c]},{ol},{F(c, o, d[o], CY(y))}")
            lines.append(f"{N(str(y), 'year')},{labels[c]},Total,"
                         f"{F(c, 'total', sum(d.values()), CY(y))}")
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# =========================================================================== 10 Avon and Somerset: tab-aligned columns in a Word letter


def build_avon_and_somerset():
    """Avon and Somerset Constabulary letter in Word with NO Word table: the figures are lines of
    text aligned by tab stops (header line in bold); answers for "the force" including special
    constables and staff; Table B's Total line restates Table A's 2025/26 column."""
    from docx.shared import Cm
    from docx.enum.text import WD_TAB_ALIGNMENT
    src = "avon-and-somerset/ASC FOI 1904-26 response.docx"
    KEY.file(src, "avon-and-somerset")
    r = rng("asc")
    d = bk.docx_a4(docx_new("Calibri", 11))
    bk.docx_header_footer(d, "Avon and Somerset Constabulary",
                          N("PO Box 37, Valley Road, Portishead, Bristol BS20 8QJ", "PO box; postcode"))
    bk.docx_para(d, N("Reference: 1904/26", "reference"))
    bk.docx_para(d, N("Date: 10 December 2026", "date"))
    bk.docx_para(d, "Dear Requester")
    bk.docx_para(d, request21(), italic=True)
    bk.docx_para(d, "Avon and Somerset Constabulary holds the information you asked for. The "
                    "figures below are for the force as a whole: they include police officers, "
                    "special constables and police staff, whom our system does not tell apart for "
                    "this purpose. They count allegations, by the date recorded.")

    def tabline(cells, stops, bold=False):
        p = d.add_paragraph()
        for pos in stops:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run("\t".join(cells))
        run.bold = bold
        p.paragraph_format.space_after = 0
        return p

    bk.docx_para(d, "A. Allegations recorded, by year", bold=True)
    stops = [8.5, 10.5, 12.5, 14.5, 16.5]
    tabline(["Allegation type"] + [N(plab(p), "period header") for p in PERIODS], stops, bold=True)
    tot = {}
    for c in CATS5:
        cells = []
        for p in PERIODS:
            v = r.randint(4, 22) if c != AP else r.randint(0, 5)
            tot[(c, p)] = v
            cells.append(F(c, "total", v, per(p)))
        tabline([CL[c] if c != AP else "Abuse of position (sexual purpose)"] + cells, stops)
    bk.docx_para(d, L("The first three columns are financial years (1 April to 31 March); the "
                      "last two are calendar years.", "'three' and 'two' columns"), size=9)
    bk.docx_para(d, N("B. Outcomes of the allegations recorded in 2025/26", "the year"), bold=True)
    short = {SA: "Assault", SM: "Misconduct", SH: "Harassment", AP: "APSP", VG: "VAWG"}
    stops2 = [8.5, 10.5, 12.5, 14.5, 16.5]
    tabline(["Outcome"] + [short[c] for c in CATS5], stops2, bold=True)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]
    p25 = ("fy", 2025)
    split = {}
    for c in CATS5:
        n = tot[(c, p25)]
        cut = sorted(r.randint(0, n) for _ in range(len(outs) - 1))
        parts = [b - a for a, b in zip([0] + cut, cut + [n])]
        split[c] = dict(zip([o for _, o in outs], parts))
    for ol, o in outs:
        tabline([ol] + [F(c, o, split[c][o], FY(2025)) for c in CATS5], stops2)
    tabline(["Total"] + [F(c, "total", tot[(c, p25)], FY(2025), restated=True) for c in CATS5],
            stops2, bold=True)
    bk.docx_para(d, "APSP: abuse of position for a sexual purpose. VAWG: violence against women "
                    "and girls.", size=9)
    bk.docx_para(d, rights("Avon and Somerset Constabulary", 40))
    bk.docx_para(d, "Yours sincerely")
    bk.docx_para(d, "Freedom of Information Unit")
    bk.docx_save(d, src, "Avon and Somerset Constabulary")


# =========================================================================== 11 Durham: a sheet per category


def build_durham():
    """Durham Constabulary workbook with a sheet per allegation type (the type only in the sheet
    name and the title row), outcomes down, financial years across, a typed Total column (the
    three years) and Total row; a Cover sheet with the letter."""
    import openpyxl
    from openpyxl.styles import Font
    src = "durham/Durham FOI DC-2026-1733.xlsx"
    KEY.file(src, "durham")
    r = rng("durham")
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover"
    cover = ["Durham Constabulary - Freedom of Information",
             N("Reference: DC/2026/1733", "reference"), N("Date: 8 December 2026", "date"), "",
             "Request:", request21(), "",
             N("Response: the figures are on the sheets that follow, one for each type of "
               "allegation. They count allegations recorded against police officers and police "
               "staff together, by financial year of recording.", "'one' sheet per type"),
             "Calendar-year figures are not held: our reports run by financial year only.",
             "", rights("Durham Constabulary", 20)]
    for p in PERIODS[3:]:
        for c in CATS5:
            F(c, "total", NH, per(p), printed=False)
    for i, t in enumerate(cover, 1):
        cv.cell(i, 1, t)
    cv["A1"].font = Font(bold=True, size=13)
    names = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "Abuse of position", VG: "VAWG"}
    titles = {SA: "sexual assault", SM: "sexual misconduct", SH: "sexual harassment",
              AP: "abuse of position for a sexual purpose",
              VG: "violence against women and girls (VAWG)"}
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing")]
    for c in CATS5:
        ws = wb.create_sheet(names[c])
        ws["A1"] = f"Allegations of {titles[c]}"
        ws["A1"].font = Font(bold=True, size=12)
        hdr = ["Outcome"] + [N(FLAB[y], "year header") for y in FYRS] + ["Total"]
        for j, h in enumerate(hdr, 1):
            ws.cell(3, j, h).font = Font(bold=True)
        d = {y: counts(r, outs, hi=4, zero=0.3, cat=c) for y in FYRS}
        for i, (ol, o) in enumerate(outs, 4):
            ws.cell(i, 1, ol)
            for j, y in enumerate(FYRS, 2):
                ws.cell(i, j, int(F(c, o, d[y][o], FY(y))))
            ws.cell(i, 5, int(F(c, o, sum(d[y][o] for y in FYRS), FSPAN)))
        tr = 4 + len(outs)
        ws.cell(tr, 1, "Total").font = Font(bold=True)
        for j, y in enumerate(FYRS, 2):
            ws.cell(tr, j, int(F(c, "total", sum(d[y].values()), FY(y)))).font = Font(bold=True)
        ws.cell(tr, 5, int(F(c, "total", sum(sum(d[y].values()) for y in FYRS), FSPAN)))
        ws.column_dimensions["A"].width = 28
    xlsx_save(wb, src, creator="Durham Constabulary")


# =========================================================================== 12 PSNI: an e-mail saved from Outlook as Word HTML


def build_psni():
    """PSNI reply saved from Outlook as "HTML" (.htm): Word's HTML (mso- styles, conditional
    comments, <p class=MsoNormal><span> in every cell, &nbsp;); Table 1 types x 2024 / 2025 each
    split Officers / Staff (two header rows); Table 2 outcomes of 2025 x types, officers and staff
    together, with a Total row; the financial-year part refused under section 12."""
    src = "psni/RE F-2026-04417 PSNI response.htm"
    KEY.file(src, "psni")
    r = rng("psni")

    def p(t, cls="MsoNormal"):
        return f'<p class={cls}><span style=\'font-size:11.0pt;font-family:"Arial",sans-serif\'>{t}</span></p>'

    def td(t, w=80, bold=False):
        t = f"<b>{t}</b>" if bold else t
        return (f"<td width={w} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt "
                f"0cm 5.4pt'>\n<p class=MsoNormal><span style='font-size:10.0pt'>{t}"
                "<o:p></o:p></span></p>\n</td>")
    head = ("<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft "
            "Word 15\">\n<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/>"
            "</o:OfficeDocumentSettings></xml><![endif]-->\n<style><!-- p.MsoNormal {margin:0cm; "
            "font-size:11.0pt;} --></style>\n")
    out = ["<div class=WordSection1>",
           p("<b>From:</b> FOI Team &lt;foi@psni.police.uk&gt;<br><b>Sent:</b> "
             + N("04 December 2026 16:20", "date and time") + "<br><b>To:</b> "
             "requester@example.org<br><b>Subject:</b> "
             + N("RE: F-2026-04417 Freedom of Information request", "reference")),
           p("&nbsp;"), p("Dear Requester,"),
           p(E(N("Thank you for your request of 18 November 2026, which we have handled under "
                 "the Freedom of Information Act 2000 (reference F-2026-04417).",
                 "date; act year; reference"))),
           p(E(request21()), "MsoQuote"),
           p(N("PSNI Professional Standards record allegations by calendar year. The tables "
               "below give the number of allegations recorded against police officers and police "
               "staff in 2024 and 2025.", "the calendar years answered")),
           p(E(L("Financial years: to provide figures by financial year we would need to review "
                 "each case file by hand, which we estimate would exceed the appropriate limit "
                 "of 18 hours. That part of the request is refused under section 12(1).",
                 "hours of the limit; section")))]
    for pp in PERIODS[:3]:
        for c in CATS5:
            F(c, "total", REF("s12"), per(pp), printed=False)
    out.append(p("<b>" + N("Table 1: Allegations recorded", "table number") + "</b>"))
    t = ["<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 "
         "style='border-collapse:collapse'>",
         "<tr>" + td("&nbsp;", 180) + "".join(
             td(N(str(y), "year header"), 160, True).replace("<td ", "<td colspan=2 ")
             for y in CYRS) + "</tr>",
         "<tr>" + td("Allegation type", 180, True) + "".join(td(s, 80, True) for y in CYRS
                                                            for s in ("Officers", "Staff"))
         + "</tr>"]
    for c in CATS5:
        cells = []
        for y in CYRS:
            for s in ("officers", "staff"):
                v = r.randint(3, 16) if s == "officers" else r.randint(0, 5)
                if c == AP:
                    v = r.randint(0, 3)
                cells.append(td(F(c, "total", v, CY(y), subject=s)))
        t.append("<tr>" + td(E(CL[c]), 180) + "".join(cells) + "</tr>")
    t.append("</table>")
    out += t + [p("&nbsp;"), p("<b>" + N("Table 2: Outcomes of allegations recorded in 2025 "
                                         "(officers and staff together)", "table number; year")
                               + "</b>")]
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Management action / reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing")]
    short = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
             AP: "APSP", VG: "VAWG"}
    d = {c: counts(r, outs, hi=3, zero=0.4, cat=c) for c in CATS5}
    t = ["<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 "
         "style='border-collapse:collapse'>",
         "<tr>" + td("Outcome", 180, True) + "".join(td(short[c], 80, True) for c in CATS5) + "</tr>"]
    for ol, o in outs:
        t.append("<tr>" + td(E(ol), 180) + "".join(td(F(c, o, d[c][o], CY(2025))) for c in CATS5)
                 + "</tr>")
    t.append("<tr>" + td("Total", 180, True) + "".join(
        td(F(c, "total", sum(d[c].values()), CY(2025)), bold=True) for c in CATS5) + "</tr>")
    t.append("</table>")
    out += t + [p("&nbsp;"), p(E(rights("the Police Service of Northern Ireland", 40))),
                p("Kind regards,"), p("Freedom of Information Team, PSNI"), "</div>"]
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:"
            "office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n" + head
            + "</head>\n<body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\">\n"
            + "\n".join(out) + "\n</body>\n</html>\n")
    write_text(src, html, newline="\r\n")


# =========================================================================== 13 Dyfed-Powys: a line-printer report with form feeds


def build_dyfed_powys():
    """Dyfed-Powys Police PSD report as printed to a text file: 132-column line-printer layout,
    a page header repeated after every form feed (report name, run date, PAGE n), fixed-width
    columns FIN YEAR / ALLEGATION TYPE / EMPLOYEE / OUTCOME / COUNT, non-zero rows only, a
    "** SUBTOTAL" line per type, employee and year; end-of-report trailer."""
    src = "dyfed-powys/DPP_FOI_2026_0871_PSD_REPORT.txt"
    KEY.file(src, "dyfed-powys")
    r = rng("dpp")
    outs = [("DISMISSED", "dismissed"), ("WOULD HAVE BEEN DISMISSED", "would_have_been_dismissed"),
            ("FINAL WRITTEN WARNING", "final_written_warning"),
            ("WRITTEN WARNING", "written_warning"), ("REFLECTIVE PRACTICE", "management_action"),
            ("NO CASE TO ANSWER", "no_case_to_answer"), ("WITHDRAWN", "withdrawn"),
            ("UNDER INVESTIGATION", "ongoing")]
    types = {SA: "SEXUAL ASSAULT", SM: "SEXUAL MISCONDUCT", SH: "SEXUAL HARASSMENT",
             AP: "ABUSE OF POSITION - SEXUAL", VG: "VAWG"}
    body = []
    for y in FYRS:
        for c in CATS5:
            for s, sl in (("officers", "POLICE OFFICER"), ("staff", "POLICE STAFF")):
                d = counts(r, outs, hi=4 if s == "officers" else 2, cat=c,
                           zero=0.35 if s == "officers" else 0.65)
                if not sum(d.values()):
                    d[outs[5][1]] = 1
                for ol, o in outs:
                    if d[o]:
                        body.append(f"{N(FLAB[y], 'year'):<10}{types[c]:<30}{sl:<18}{ol:<30}"
                                    f"{F(c, o, d[o], FY(y), subject=s):>6}")
                body.append(f"{'':<58}{'** SUBTOTAL':<30}"
                            f"{F(c, 'total', sum(d.values()), FY(y), subject=s):>6}")
                body.append("")
    pages = [body[i:i + 50] for i in range(0, len(body), 50)]
    out = []
    for i, chunk in enumerate(pages, 1):
        hdr = [f"{'DYFED-POWYS POLICE  PROFESSIONAL STANDARDS':<60}"
               f"{N('RUN DATE 01/12/2026 09:14', 'run date and time'):>40}"
               f"{N(f'PAGE {i:>3}', 'page number'):>20}",
               f"{N('REPORT PSD-ALG-07  ALLEGATIONS BY OUTCOME  FOI 2026/0871', 'report id; reference'):<100}",
               N("PARAMETERS: RECORDED 01/04/2023 - 31/03/2026  COUNT = ALLEGATIONS  "
                 "ZERO ROWS SUPPRESSED", "dates of the parameters"),
               "",
               f"{'FIN YEAR':<10}{'ALLEGATION TYPE':<30}{'EMPLOYEE':<18}{'OUTCOME':<30}{'COUNT':>6}",
               "-" * 94]
        out += hdr + chunk
        if i < len(pages):
            out.append("\f")
    out += ["", "*** END OF REPORT ***", "",
            "FOI UNIT NOTE: CALENDAR YEAR FIGURES CANNOT BE PRODUCED FROM THIS REPORT AND ARE "
            "NOT HELD. COUNTS ARE ALLEGATIONS AGAINST POLICE OFFICERS AND POLICE STAFF BY "
            "FINANCIAL YEAR OF RECORDING. OUTCOMES WITH NO ALLEGATIONS ARE NOT LISTED."]
    for p in PERIODS[3:]:
        for c in CATS5:
            F(c, "total", NH, per(p), printed=False)
    write_text(src, "\n".join(out) + "\n", newline="\r\n")


# =========================================================================== 14 Gloucestershire: dot-leader cards


def build_gloucestershire():
    """Gloucestershire Constabulary PDF: a short letter, then one boxed "card" per type and year,
    each a heading and lines "Outcome ........ n" with dot leaders; the card's period in its
    heading; 2023/24 not held (system change)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle, KeepTogether
    from reportlab.lib import colors
    src = "gloucestershire/Gloucestershire Constabulary FOI 2026-1566.pdf"
    KEY.file(src, "gloucestershire")
    r = rng("glos")
    st = bk.styles("Helvetica", 9.5)
    story = [P("Gloucestershire Constabulary", st["h"]),
             P(N("FOI reference 2026/1566 \u2013 response dated 9 December 2026",
                 "reference; date"), st["bold"]),
             P("Dear Requester,", st["body"]), P(request21(), st["quote"]),
             P(N("We hold figures by financial year for 2024/25 and 2025/26. Our case system "
                 "changed on 1 April 2024; earlier records do not carry the allegation types you "
                 "asked about, so 2023/24 is not held, and we do not report by calendar year, so "
                 "that part is not held either. The cards below count allegations against police "
                 "officers and police staff together.", "years answered; date of the change; "
                 "the year not held"), st["body"])]
    for c in CATS5:
        F(c, "total", NH, FY(2023), printed=False)
        for p in PERIODS[3:]:
            F(c, "total", NH, per(p), printed=False)
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"), ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Withdrawn", "withdrawn"), ("Still under investigation", "ongoing")]
    cards = []
    for y in (2024, 2025):
        for c in CATS5:
            d = counts(r, outs, hi=4, zero=0.35, cat=c)
            lines = [P(f"{CL[c]} \u2013 " + N(FLAB[y], "year"), st["cellb"])]
            lines.append(P(f"Allegations recorded {'.' * 30} "
                           + F(c, "total", sum(d.values()), FY(y)), st["cell"]))
            for ol, o in outs:
                lines.append(P(f"{ol} {'.' * (44 - len(ol))} " + F(c, o, d[o], FY(y)),
                               st["cell"]))
            cards.append(lines)
    rows = []
    for i in range(0, len(cards), 2):
        pair = cards[i:i + 2]
        rows.append([pair[0], pair[1] if len(pair) > 1 else ""])
    t = Table(rows, colWidths=[83 * mm, 83 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (0, -1), 0.8, colors.HexColor("#00587A")),
                           ("INNERGRID", (0, 0), (-1, -1), 0.8, colors.HexColor("#00587A")),
                           ("BOX", (1, 0), (1, -1), 0.8, colors.HexColor("#00587A")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    story += [t, S(8), P(rights("Gloucestershire Constabulary", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Rights Team", st["body"])]

    def furniture(cv, page, pages):
        cv.setFont("Helvetica", 8)
        cv.drawRightString(190 * mm, 12 * mm, N(f"{page}/{pages}", "page numbers"))
    bk.pdf_letter(src, story, furniture, title="Gloucestershire Constabulary FOI response",
                  author="Gloucestershire Constabulary")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind21-", read=read21))
