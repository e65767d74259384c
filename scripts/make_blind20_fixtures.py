#!/usr/bin/python3
"""make_blind20.py -- the twentieth blind test batch for `foi` and its answer key.

The request, sent on 16 November 2026: for each of the financial years 2023/24, 2024/25 and
2025/26 and the calendar years 2024 and 2025, the number of allegations of sexual assault, sexual
misconduct, sexual harassment, abuse of position for a sexual purpose and violence against women
and girls made against police officers and police staff, and their outcomes.  Fifteen forces
answer in fifteen files, in layouts no earlier batch used: a landscape table on a portrait page
turned with /Rotate 90, a two-column bulletin with a table inside one column, an invisible OCR
text layer over a picture of a table, transposed tables with "Grand Total" columns, a tidy Data
sheet with a pivot summary, a semicolon CSV with decimal commas and quarter columns, a +---+ text
grid, figures in Word footnotes and endnotes, a table nested inside a table cell, tracked changes,
a UTF-16 comma CSV, hidden rows and columns, a combined "sexual offences" figure and reporting
years that straddle the requested ones.
The machinery (F/L/N accounting, writers, read_back, check) is scripts/blindkit.py;
keying calls are in fixtures/blind20/NOTES.md.

usage: /usr/bin/python3 make_blind20.py             # rebuild fixtures/blind20 (or $FOI_BLIND20_OUT)
       /usr/bin/python3 make_blind20.py check       # verify determinism and every number
       /usr/bin/python3 make_blind20.py dump FILE   # show FILE (relative to the batch) as read back
"""
import csv as csvmod
import io
import os
import random
import re
import sys
import textwrap
import zipfile
from pathlib import Path

from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from blindkit import (F, N, L, KEY, FY, CY, FQ, SPAN, SUP, REF, NCND, NH, E,  # noqa: E402,F401
                      html_page, write_text, write_bytes, docx_new, docx_cell, docx_shade,
                      xlsx_save, xl_border, rights)

FINAL = Path(os.environ.get("FOI_BLIND20_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind20").resolve()
bk.ROOT = FINAL

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
CS = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment", AP: "APSP",
      VG: "VAWG"}
REQ_DATE = "16 November 2026"
REQUEST20 = ("For each of the financial years 2023/24, 2024/25 and 2025/26, and for the calendar "
             "years 2024 and 2025, please tell me how many allegations of sexual assault, sexual "
             "misconduct, sexual harassment, abuse of position for a sexual purpose and violence "
             "against women and girls (VAWG) were made against your police officers and police "
             "staff, and the outcome of each allegation (for example dismissed, final written "
             "warning, written warning, management action or reflective practice, no case to "
             "answer, not upheld, withdrawn or still under investigation).")
FYRS = (2023, 2024, 2025)
CYRS = (2024, 2025)
FLAB = {y: f"{y}/{str(y + 1)[2:]}" for y in range(2019, 2028)}
FSPAN = SPAN(FY(2023), FY(2025))
CSPAN = SPAN(CY(2024), CY(2025))
PERIODS = [("fy", y) for y in FYRS] + [("cy", y) for y in CYRS]
WORDS = bk.WORDS


def per(p):
    return FY(p[1]) if p[0] == "fy" else CY(p[1])


def plab(p):
    return FLAB[p[1]] if p[0] == "fy" else str(p[1])


OUT9 = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
        ("Final written warning", "final_written_warning"),
        ("Written warning", "written_warning"),
        ("Reflective practice", "management_action"),
        ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
        ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]


def request20():
    return N(REQUEST20, "the request's years")


def rng(name):
    return random.Random("blind20-" + name)


def counts(r, outs, hi=4, zero=0.3, cat=None):
    """Random outcome counts {outcome: n}; abuse of position rarer."""
    if cat == AP:
        hi = max(1, hi // 2)
    return {oc: (0 if r.random() < zero else r.randint(0, hi)) for _, oc in outs}


def wrap(s, n=78):
    return textwrap.wrap(s, n) or [""]


# =========================================================================== read-back


WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_all_text(p):
    """A Word file as a reader of the open document sees it: every paragraph of the headers,
    footers, body (tables nested in cells included, each paragraph once), footnotes and endnotes,
    with deleted (tracked) text too -- it is shown struck through."""
    import xml.etree.ElementTree as ET
    out = []
    with zipfile.ZipFile(p) as z:
        names = z.namelist()
        parts = ([n for n in names if re.fullmatch(r"word/header\d*\.xml", n)]
                 + [n for n in names if re.fullmatch(r"word/footer\d*\.xml", n)]
                 + ["word/document.xml"]
                 + [n for n in ("word/footnotes.xml", "word/endnotes.xml") if n in names])
        for part in parts:
            root = ET.fromstring(z.read(part))
            for para in root.iter(WNS + "p"):
                bits = []
                for el in para.iter():
                    if el.tag == WNS + "t":
                        bits.append(el.text or "")
                    elif el.tag == WNS + "delText":       # shown struck through, apart
                        bits.append(f" {el.text or ''} ")
                    elif el.tag == WNS + "tab":
                        bits.append("\t")
                    elif el.tag == WNS + "br":
                        bits.append("\n")
                out.append("".join(bits))
    return "\n".join(out)


def read20(path):
    p = Path(path)
    if p.suffix.lower() == ".docx":
        return docx_all_text(p)
    return bk.read_back(p, dates=True, utf16=True)


# =========================================================================== PDF helpers


def P(text, style):
    from reportlab.platypus import Paragraph
    return Paragraph(E(text).replace("\n", "<br/>"), style)


def S(h=6):
    from reportlab.platypus import Spacer
    return Spacer(1, h)


def ftext(canvas, x, y, text, size=7.5, font="Helvetica", align="c"):
    canvas.setFont(font, size)
    {"c": canvas.drawCentredString, "l": canvas.drawString, "r": canvas.drawRightString}[align](
        x, y, text)


def ruled(data, widths, header_rows=1, bold_rows=(), size=8.5, extra=()):
    from reportlab.platypus import Table
    cmds = [("FONT", (0, r), (-1, r), "Helvetica-Bold", size) for r in bold_rows]
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(bk.grid_style(header_rows, size=size, extra=tuple(cmds) + tuple(extra)))
    return t


# =========================================================================== 1 Lincolnshire: a landscape page turned with /Rotate 90


def build_lincolnshire():
    """Lincolnshire's reportlab letter: page 1 portrait with Table 1 (types x the five requested
    periods); page 2 is a portrait page carrying /Rotate 90, its content drawn sideways so that a
    viewer shows a landscape table (outcomes of 2025/26 across, type x employee down); page 3
    the rights."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rlcanvas
    from reportlab.platypus import Frame
    src = "lincolnshire/Lincolnshire Police FOI 004812-26 response.pdf"
    KEY.file(src, "lincolnshire")
    r = rng("lincs")
    st = bk.styles("Helvetica", 9.5)
    ref = "FOI 004812/26"
    W, H = A4
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]
    oc = {(c, s): counts(r, outs, hi=(4 if s == "officers" else 2), zero=0.4, cat=c)
          for c in CATS5 for s in ("officers", "staff")}
    story1 = [P("Lincolnshire Police", st["h"]),
              P(N("Freedom of Information, PO Box 999, Lincoln, LN5 7PH", "PO box; postcode"),
                st["addr"]), S(6),
              P(N(f"Our reference: {ref}", "reference"), st["addr"]),
              P(N("Date: 9 December 2026", "date"), st["addr"]), S(6),
              P("Dear Requester,", st["body"]),
              P(L(f"Thank you for your request of {REQ_DATE}. You asked:", "date"), st["body"]),
              P(request20(), st["quote"]),
              P(N("Lincolnshire Police holds the information. The figures are allegations made "
                  "against police officers and police staff together in Table 1, and split by "
                  "employee in Table 2.", "table numbers"), st["body"]),
              P(N("Table 1: allegations recorded, by type", "table number"), st["h2"])]
    hdr = ["Allegation type"] + [N(plab(p), "year") for p in PERIODS]
    rows = [hdr]
    for c in CATS5:
        row = [CS[c] if c not in (AP, VG) else {AP: "Abuse of position (sexual)", VG: "VAWG"}[c]]
        for p in PERIODS:
            if p == ("fy", 2025):
                v = sum(oc[(c, "officers")].values()) + sum(oc[(c, "staff")].values())
            else:
                v = r.randint(*{AP: (0, 5), SA: (6, 20), SM: (4, 15), SH: (8, 24),
                                VG: (10, 30)}[c])
            row.append(F(c, "total", v, per(p)))
        rows.append(row)
    story1 += [ruled(rows, [60 * mm] + [20 * mm] * 5), S(6),
               P(N("The financial years run from 1 April to 31 March. The calendar years overlap "
                   "the financial years, so the columns must not be added together.",
                   "dates"), st["small"]),
               P(N("Table 2 is on the next page, which is set in landscape.", "table number"),
                 st["body"])]
    # page 2 (landscape, drawn sideways on a portrait page with /Rotate 90)
    story2 = [P(N("Table 2: outcomes of allegations recorded in 2025/26 (1 April 2025 to 31 "
                  "March 2026)", "table number; dates"), st["h2"])]
    hdr = ["Allegation type", "Employee"] + [
        {"Would have been dismissed": "Would have\nbeen dismissed",
         "Final written warning": "Final written\nwarning",
         "Reflective practice": "Reflective\npractice", "Written warning": "Written\nwarning",
         "No case to answer": "No case\nto answer",
         "Under investigation": "Under\ninvestigation"}.get(ol, ol) for ol, _ in outs] + ["Total"]
    rows = [[P(h, st["cellb"]) if "\n" in h else h for h in hdr]]
    for c in CATS5:
        for i, (s, sl) in enumerate((("officers", "Police officers"), ("staff", "Police staff"))):
            row = [CS[c] if i == 0 else "", sl]
            for _, o in outs:
                row.append(F(c, o, oc[(c, s)][o], FY(2025), subject=s))
            row.append(F(c, "total", sum(oc[(c, s)].values()), FY(2025), subject=s))
            rows.append(row)
    story2 += [ruled(rows, [34 * mm, 26 * mm] + [19 * mm] * 8 + [24 * mm, 14 * mm], size=8), S(6),
               P("Reflective practice is the reflective practice review process. Allegations "
                 "under investigation had no outcome when the figures were extracted.",
                 st["small"])]
    story3 = [P(rights("Lincolnshire Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Management Unit", st["body"])]

    c = rlcanvas.Canvas(str(bk.dest(src)), pagesize=A4, invariant=1)
    c.setTitle(f"Lincolnshire Police {ref}")
    c.setAuthor("Lincolnshire Police")
    c.setCreator("Lincolnshire Police")

    def furniture(page, w, h):
        ftext(c, w / 2, h - 12 * mm, "OFFICIAL")
        ftext(c, w / 2, 10 * mm, N(f"{ref} - Page {page} of 3", "reference; page number"))

    for page, story in ((1, story1), (2, story2), (3, story3)):
        if page == 2:
            c.setPageRotation(90)
            c.setPageSize((H, W))      # reportlab swaps the box of a page turned 90 degrees
            c.saveState()
            c.translate(W, 0)
            c.rotate(90)
            Frame(18 * mm, 18 * mm, H - 36 * mm, W - 40 * mm, showBoundary=0).addFromList(
                story, c)
            furniture(page, H, W)
            c.restoreState()
        else:
            c.setPageRotation(0)
            c.setPageSize((W, H))
            Frame(22 * mm, 22 * mm, W - 44 * mm, H - 46 * mm).addFromList(story, c)
            furniture(page, W, H)
        assert not story, "story did not fit its page"
        c.showPage()
    c.save()


# =========================================================================== 2 Cheshire: a two-column bulletin with a table inside one column


def build_cheshire():
    """Cheshire's response set as a two-column bulletin page (reportlab, two frames): the
    calendar-year totals in prose in the left column, a small outcomes table for 2025 inside the
    right column, the financial-year part refused under section 12."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, FrameBreak
    src = "cheshire/Cheshire Constabulary FOI 9120-26 disclosure.pdf"
    KEY.file(src, "cheshire")
    r = rng("cheshire")
    st = bk.styles("Helvetica", 8.5)
    ref = "FOI 9120-26"
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Still under investigation", "ongoing")]
    oc = {c: counts(r, outs, hi=4, zero=0.35, cat=c) for c in CATS5}
    t24 = {c: r.randint(*{AP: (1, 4), SA: (8, 19), SM: (5, 14), SH: (10, 22), VG: (12, 26)}[c])
           for c in CATS5}
    W, H = A4
    lm, gap = 16 * mm, 8 * mm
    colw = (W - 2 * lm - gap) / 2
    top = H - 62 * mm

    def head(cv, d):
        cv.saveState()
        cv.setFillColorRGB(0.05, 0.2, 0.4)
        cv.rect(0, H - 40 * mm, W, 40 * mm, stroke=0, fill=1)
        cv.setFillColorRGB(1, 1, 1)
        ftext(cv, lm, H - 18 * mm, "Cheshire Constabulary", 18, "Helvetica-Bold", "l")
        ftext(cv, lm, H - 27 * mm, "Freedom of Information disclosure", 11, "Helvetica", "l")
        ftext(cv, W - lm, H - 18 * mm, N(ref, "reference"), 11, "Helvetica-Bold", "r")
        ftext(cv, W - lm, H - 27 * mm, N("Published 4 December 2026", "date"), 9, "Helvetica",
              "r")
        cv.setFillColorRGB(0, 0, 0)
        ftext(cv, lm, H - 50 * mm, "Misconduct allegations of a sexual nature against officers "
              "and staff", 12, "Helvetica-Bold", "l")
        cv.setStrokeColorRGB(0.05, 0.2, 0.4)
        cv.line(lm + colw + gap / 2, 20 * mm, lm + colw + gap / 2, top)
        ftext(cv, W / 2, 10 * mm, N("Cheshire Constabulary, Clemonds Hey, Oakmere Road, "
                                    "Winsford, CW7 2UA", "postcode"), 7)
        cv.restoreState()

    doc = BaseDocTemplate(str(bk.dest(src)), pagesize=A4, title=f"Cheshire Constabulary {ref}",
                          author="Cheshire Constabulary", creator="Cheshire Constabulary")
    doc.addPageTemplates([PageTemplate("two", [
        Frame(lm, 20 * mm, colw, top - 20 * mm, id="left", leftPadding=0, rightPadding=0),
        Frame(lm + colw + gap, 20 * mm, colw, top - 20 * mm, id="right", leftPadding=0,
              rightPadding=0)], onPage=head)])
    left = [P("The request", st["h2"]),
            P(L(f"Received {REQ_DATE}:", "date"), st["body"]),
            P(request20(), st["quote"]),
            P("Our answer", st["h2"]),
            P("Cheshire Constabulary records misconduct allegations by calendar year. The figures "
              "below are allegations made against police officers and police staff together.",
              st["body"])]
    parts = [f"{F(c, 'total', t24[c], CY(2024))} of {CL[c].lower()}" for c in CATS5]
    left.append(P(L("In 2024 we recorded {a}, {b}, {c}, {d} and {e}.", "year",
                    a=parts[0], b=parts[1], c=parts[2], d=parts[3],
                    e=parts[4].replace(" of violence", " relating to violence")), st["body"]))
    t25 = {c: sum(oc[c].values()) for c in CATS5}
    parts = [f"{F(c, 'total', t25[c], CY(2025))} of {CL[c].lower()}" for c in CATS5]
    left.append(P(L("In 2025 the figures were {a}, {b}, {c}, {d} and {e}. Their outcomes are in "
                    "the table opposite.", "year",
                    a=parts[0], b=parts[1], c=parts[2], d=parts[3],
                    e=parts[4].replace(" of violence", " relating to violence")), st["body"]))
    left.append(P("Financial years", st["h2"]))
    for c in CATS5:
        for y in FYRS:
            F(c, "total", REF("s12"), FY(y), printed=False)
    left.append(P(L(
        "Because our records are kept by calendar year, figures for the financial years "
        "2023/24, 2024/25 and 2025/26 could only be produced by reading each file again. We "
        "estimate that this would take more than 18 hours, the appropriate limit, so that part "
        "of your request is refused under section 12(1) of the Act. You may wish to narrow it "
        "to a single financial year.", "years; cost limit in hours; section"), st["body"]))
    right = [FrameBreak(), P(L("Outcomes of allegations recorded in 2025", "year"), st["h2"])]
    rows = [["Outcome", "SA", "SM", "SH", "APSP", "VAWG"]]
    for ol, o in outs:
        rows.append([P(ol, st["cell"])] + [F(c, o, oc[c][o], CY(2025)) for c in CATS5])
    rows.append(["Total"] + [F(c, "total", t25[c], CY(2025), restated=True) for c in CATS5])
    right.append(ruled(rows, [colw - 5 * 13 * mm] + [13 * mm] * 5, bold_rows=(len(rows) - 1,),
                       size=7.5))
    right += [S(4), P("SA sexual assault; SM sexual misconduct; SH sexual harassment; APSP abuse "
                      "of position for a sexual purpose; VAWG violence against women and girls.",
                      st["small"]),
              P("Management action includes reflective practice.", st["small"]),
              P("Your rights", st["h2"]),
              P(rights("Cheshire Constabulary", 40), st["small"])]
    doc.build(left + right)


# =========================================================================== 3 West Mercia: a picture of a table under an invisible OCR text layer


def ocr_table(rows, widths, rowh, bold_rows=(0,)):
    """A flowable: the table is a picture (PNG, drawn with PIL as if pasted from a screenshot)
    and an invisible text layer (render mode 3) sits over each cell, as a PDF tool's text
    recognition leaves it."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Flowable
    k = 4                                     # pixels per point
    w, h = sum(widths), rowh * len(rows)
    img = Image.new("L", (int(w * k), int(h * k)), 255)
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", int(7.5 * k))
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                              int(7.5 * k))
    xs = [sum(widths[:i]) for i in range(len(widths) + 1)]
    for i, row in enumerate(rows):
        y0 = i * rowh
        if i in bold_rows:
            dr.rectangle([0, y0 * k, w * k - 1, (y0 + rowh) * k], fill=225)
        for j, txt in enumerate(row):
            f = bold if i in bold_rows else font
            tw = dr.textlength(txt, font=f)
            x = xs[j] * k + 3 * k if j == 0 else (xs[j] + xs[j + 1]) / 2 * k - tw / 2
            dr.text((x, (y0 + 2.2) * k), txt, fill=20, font=f)
    for x in xs:
        dr.line([min(x * k, w * k - 2), 0, min(x * k, w * k - 2), h * k], fill=0, width=2)
    for i in range(len(rows) + 1):
        y = min(i * rowh * k, h * k - 2)
        dr.line([0, y, w * k, y], fill=0, width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    buf.seek(0)
    reader = ImageReader(buf)

    class OcrTable(Flowable):
        def wrap(self, aw, ah):
            return w, h

        def draw(self):
            cv = self.canv
            cv.drawImage(reader, 0, 0, w, h)
            t = cv.beginText()
            t.setTextRenderMode(3)
            for i, row in enumerate(rows):
                yb = h - (i + 1) * rowh + 2.5
                for j, txt in enumerate(row):
                    tw = cv.stringWidth(txt, "Helvetica", 7.5)
                    x = xs[j] + 3 if j == 0 else (xs[j] + xs[j + 1]) / 2 - tw / 2
                    t.setFont("Helvetica", 7.5)
                    t.setTextOrigin(x, yb)
                    t.textOut(txt)
            cv.drawText(t)

    return OcrTable()


def build_west_mercia():
    """West Mercia's reportlab letter: Table 1 (type x employee x the five periods) is a picture
    pasted into the letter, made searchable by a PDF tool's text recognition: an invisible text
    layer (render mode 3) over each cell; `*` = fewer than five (s40(2))."""
    from reportlab.lib.units import mm
    src = "west-mercia/West Mercia Police FOI 26-7714 response.pdf"
    KEY.file(src, "west-mercia")
    r = rng("wmerc")
    st = bk.styles("Times-Roman", 10.5)
    ref = "FOI 26-7714"

    def furniture(cv, page, pages):
        ftext(cv, 105 * mm, 287 * mm, "OFFICIAL", 8)
        ftext(cv, 105 * mm, 12 * mm, N(f"West Mercia Police  |  {ref}  |  {page}/{pages}",
                                       "reference; page number"), 7.5)

    story = [P("West Mercia Police", st["h"]),
             P(N("Information Rights Unit, Hindlip Hall, Worcester, WR3 8SP", "postcode"),
               st["addr"]), S(8),
             P(N(f"Reference: {ref}", "reference"), st["addr"]),
             P(N("Date: 11 December 2026", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(L(f"Thank you for your request received on {REQ_DATE}:", "date"), st["body"]),
             P(request20(), st["quote"]),
             P(N("West Mercia Police holds this information. Table 1 gives the number of "
                 "allegations recorded against police officers and against police staff. Where a "
                 "figure is fewer than five it is shown as * and withheld under section 40(2) of "
                 "the Act, as a small number could identify the people involved.",
                 "table number; the suppression threshold; section"), st["body"]),
             P(N("Table 1: allegations recorded, by type and employee", "table number"),
               st["h2"])]
    rows = [["Allegation type", "Employee"] + [N(plab(p), "year") for p in PERIODS]]
    sup = 0
    for c in CATS5:
        for s, sl in (("officers", "Officer"), ("staff", "Staff")):
            row = [CS[c] if s == "officers" else "", sl]
            for p in PERIODS:
                hi = {AP: 6, SA: 18, SM: 14, SH: 22, VG: 26}[c]
                v = r.randint(2 if s == "officers" else 0, hi if s == "officers" else hi // 3)
                if v < 5:
                    row.append(F(c, "total", SUP(), per(p), subject=s, said="*"))
                    sup += 1
                else:
                    row.append(F(c, "total", v, per(p), subject=s))
            rows.append(row)
    story += [ocr_table(rows, [58 * mm, 22 * mm] + [18 * mm] * 5, 12), S(8),
              P(N("The financial years run from 1 April to 31 March; the calendar years overlap "
                  "them, so the columns should not be added together.", "dates"), st["body"]),
              P("Outcomes: the outcome of each allegation is recorded in the case file and is "
                "not held in a form that can be reported; we have not provided outcomes.",
                st["body"]),
              P(rights("West Mercia Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Rights Unit", st["body"])]
    bk.pdf_letter(src, story, furniture, title=f"West Mercia Police {ref}",
                  author="West Mercia Police")


# =========================================================================== 4 Dorset: transposed table, hidden column, outcomes with a Grand Total column


def xl_title(ws, cells):
    from openpyxl.styles import Font
    for ref, text, size in cells:
        ws[ref] = text
        ws[ref].font = Font(bold=True, size=size)


def build_dorset():
    """Dorset's workbook: "Allegations" is transposed (the five periods down the side, the types
    across); APSP figures under five are `*` and a hidden column beside it keeps the raw APSP
    numbers; "Outcomes 2025-26" has types down and outcomes across with a "Grand Total" column
    and a cross-type Grand Total row."""
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill
    src = "dorset/Dorset Police FOI 2026-2738 data.xlsx"
    KEY.file(src, "dorset")
    r = rng("dorset")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action / RPRP", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]
    oc = {c: counts(r, outs, hi=4, zero=0.35, cat=c) for c in CATS5}
    oc[AP] = {o: (r.choice([0, 0, 5, 6]) if i < 2 else 0) for i, (_, o) in enumerate(outs)}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Allegations"
    xl_title(ws, [("A1", "Dorset Police \u2013 Professional Standards Department", 13),
                  ("A2", N("FOI 2026-2738: allegations against police officers and police staff "
                           "(officers and staff together)", "reference"), 11)])
    hdr = ["Period"] + [CS[c] for c in CATS5] + ["APSP (raw)"]
    fill = PatternFill("solid", fgColor="D9E1F2")
    for j, h in enumerate(hdr, 1):
        cell = ws.cell(4, j, h)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.border = xl_border()
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    for i, p in enumerate(PERIODS, 5):
        ws.cell(i, 1, N(plab(p) if p[0] == "fy" else f"Calendar year {p[1]}", "year")).border = \
            xl_border()
        for j, c in enumerate(CATS5, 2):
            if p == ("fy", 2025):
                v = sum(oc[c].values())
            else:
                v = r.randint(*{AP: (0, 8), SA: (7, 21), SM: (5, 15), SH: (9, 25),
                                VG: (11, 29)}[c])
            if c == AP and 0 < v < 5:
                cell = ws.cell(i, j, F(c, "total", SUP(), per(p), said="*"))
            else:
                cell = ws.cell(i, j, int(F(c, "total", v, per(p))))
            cell.border = xl_border()
            cell.alignment = Alignment(horizontal="center")
            if c == AP:
                ws.cell(i, 7, int(N(str(v), "hidden column (raw APSP figure, not read)")))
    ws.column_dimensions["G"].hidden = True
    ws.column_dimensions["A"].width = 22
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16
    ws["A11"] = N("Periods: financial years 2023/24 to 2025/26 (1 April to 31 March) and calendar "
                  "years 2024 and 2025.", "years; dates")
    ws["A12"] = N("* Abuse of position for a sexual purpose (APSP): a figure of fewer than five is "
                  "shown as * and withheld under section 40(2) of the FOI Act.",
                  "suppression threshold; section")
    ws2 = wb.create_sheet(N("Outcomes 2025-26", "sheet name"))
    xl_title(ws2, [("A1", N("Outcomes of allegations recorded in 2025/26 (1 April 2025 - 31 "
                            "March 2026)", "year; dates"), 12),
                   ("A2", "Police officers and police staff", 10)])
    hdr = ["Allegation type"] + [ol for ol, _ in outs] + ["Grand Total"]
    for j, h in enumerate(hdr, 1):
        cell = ws2.cell(4, j, h)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        cell.border = xl_border()
    for i, c in enumerate(CATS5, 5):
        ws2.cell(i, 1, CL[c]).border = xl_border()
        for j, (_, o) in enumerate(outs, 2):
            v = oc[c][o]
            ws2.cell(i, j, int(F(c, o, v, FY(2025)))).border = xl_border()
        tv = sum(oc[c].values())
        cell = ws2.cell(i, len(outs) + 2, int(F(c, "total", tv, FY(2025), restated=True))
                        if not (c == AP and 0 < tv < 5) else
                        F(c, "total", SUP(), FY(2025), said="*", restated=True))
        cell.font = Font(bold=True)
        cell.border = xl_border()
    i = 5 + len(CATS5)
    ws2.cell(i, 1, "Grand Total").font = Font(bold=True)
    for j, (_, o) in enumerate(outs, 2):
        ws2.cell(i, j, int(N(str(sum(oc[c][o] for c in CATS5)), "total across types"))).font = \
            Font(bold=True)
    ws2.cell(i, len(outs) + 2, int(N(str(sum(sum(oc[c].values()) for c in CATS5)),
                                     "total across types"))).font = Font(bold=True)
    ws2.column_dimensions["A"].width = 40
    ws2["A12"] = "Management action includes the reflective practice review process (RPRP)."
    xlsx_save(wb, src, creator="Dorset Police")


# =========================================================================== 5 Suffolk: tidy Data sheet and a pivot summary that restates it


def build_suffolk():
    """Suffolk's workbook: "Notes" (the answer, calendar years not held), "Summary" laid out as
    an Excel pivot table (filter line, "Sum of Count", "Row Labels", "Grand Total" column and
    row) giving each type's yearly totals, and "Data", a tidy long table of non-zero outcome
    rows by year, type and employee."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "suffolk/Suffolk Constabulary FOI 26-004417 workbook.xlsx"
    KEY.file(src, "suffolk")
    r = rng("suffolk")
    outs = [("Dismissed", "dismissed"), ("Would Have Been Dismissed", "would_have_been_dismissed"),
            ("Final Written Warning", "final_written_warning"),
            ("Written Warning", "written_warning"), ("Reflective Practice", "management_action"),
            ("No Case To Answer", "no_case_to_answer"), ("Not Upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Under Investigation", "ongoing")]
    labs = {SA: "Sexual Assault", SM: "Sexual Misconduct", SH: "Sexual Harassment",
            AP: "Abuse of Position for a Sexual Purpose", VG: "VAWG"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Notes"
    notes = [N("Suffolk Constabulary \u2013 Freedom of Information request 26-004417",
               "reference"),
             L(f"Request received {REQ_DATE}.", "date"),
             request20(),
             "The figures are allegations made against police officers and police staff.",
             N("The 'Data' sheet lists every combination of year, allegation type, employee type "
               "and outcome that has at least one allegation; combinations with none are not "
               "listed.", "'at least one': a blanket statement"),
             "The 'Summary' sheet totals the Data sheet by allegation type and financial year "
             "(police officers and police staff together).",
             N("Calendar years: our professional standards system reports by financial year only, "
               "so figures for the calendar years 2024 and 2025 are not held.", "years")]
    for c in CATS5:
        for y in CYRS:
            F(c, "total", NH, CY(y), printed=False)
    for i, t in enumerate(notes, 1):
        ws.cell(i, 1, t)
    ws.column_dimensions["A"].width = 120
    data = {}
    for y in FYRS:
        for c in CATS5:
            for s in ("officers", "staff"):
                data[(y, c, s)] = counts(r, outs, hi=(4 if s == "officers" else 2),
                                         zero=(0.3 if s == "officers" else 0.55), cat=c)
    # Summary (pivot layout)
    wp = wb.create_sheet("Summary")
    wp["A1"] = "Employee Type"
    wp["B1"] = "(All)"
    wp["A3"] = "Sum of Count"
    wp["B3"] = "Column Labels"
    wp["A4"] = "Row Labels"
    for j, y in enumerate(FYRS, 2):
        wp.cell(4, j, N(FLAB[y], "year"))
    wp.cell(4, 5, "Grand Total")
    for cell in wp[4]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for i, c in enumerate(sorted(CATS5, key=lambda c: labs[c]), 5):
        wp.cell(i, 1, labs[c])
        span = 0
        for j, y in enumerate(FYRS, 2):
            v = sum(sum(data[(y, c, s)].values()) for s in ("officers", "staff"))
            span += v
            wp.cell(i, j, int(F(c, "total", v, FY(y))))
        wp.cell(i, 5, int(F(c, "total", span, FSPAN)))
    i = 5 + len(CATS5)
    wp.cell(i, 1, "Grand Total").font = Font(bold=True)
    for j, y in enumerate(FYRS, 2):
        wp.cell(i, j, int(N(str(sum(sum(data[(y, c, s)].values()) for c in CATS5
                                    for s in ("officers", "staff"))), "total across types")))
    wp.cell(i, 5, int(N(str(sum(sum(v.values()) for v in data.values())), "total across types")))
    wp.column_dimensions["A"].width = 40
    # Data (tidy)
    wd = wb.create_sheet("Data")
    for j, h in enumerate(["Financial Year", "Allegation Type", "Employee Type", "Outcome",
                           "Count"], 1):
        wd.cell(1, j, h).font = Font(bold=True)
    i = 2
    for y in FYRS:
        for c in CATS5:
            for s, sl in (("officers", "Police Officer"), ("staff", "Police Staff")):
                for ol, o in outs:
                    v = data[(y, c, s)][o]
                    if not v:
                        continue
                    wd.cell(i, 1, N(FLAB[y], "year"))
                    wd.cell(i, 2, labs[c])
                    wd.cell(i, 3, sl)
                    wd.cell(i, 4, ol)
                    wd.cell(i, 5, int(F(c, o, v, FY(y), subject=s)))
                    i += 1
    wd.auto_filter.ref = f"A1:E{i - 1}"
    wd.freeze_panes = "A2"
    for col, wdt in zip("ABCDE", (14, 40, 16, 28, 8)):
        wd.column_dimensions[col].width = wdt
    xlsx_save(wb, src, creator="Suffolk Constabulary")


# =========================================================================== 6 Kent: type merged down its outcome rows, hidden rows


def build_kent():
    """Kent's workbook, one sheet: the allegation type merged down over its nine outcome rows
    and its Total row; five period columns (three financial, two calendar); under each Total a
    hidden row "of which special constables" (hidden rows are never read)."""
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill
    src = "kent/Kent Police FOI 26-12044 response.xlsx"
    KEY.file(src, "kent")
    r = rng("kent")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Still under investigation", "ongoing")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = N("FOI 26-12044", "sheet name (reference)")
    xl_title(ws, [("A1", "Kent Police", 14),
                  ("A2", N("Freedom of Information request 26-12044 \u2013 allegations made "
                           "against police officers and police staff", "reference"), 11)])
    ws.merge_cells("A1:G1")
    ws.merge_cells("A2:G2")
    hdr = ["Allegation type", "Outcome"] + [N(plab(p) if p[0] == "fy" else f"CY {p[1]}",
                                              "year") for p in PERIODS]
    fill = PatternFill("solid", fgColor="1F3864")
    for j, h in enumerate(hdr, 1):
        cell = ws.cell(4, j, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center")
    row = 5
    for c in CATS5:
        top = row
        tot = {p: 0 for p in PERIODS}
        for ol, o in outs:
            ws.cell(row, 2, ol)
            for j, p in enumerate(PERIODS, 3):
                v = r.randint(0, 1) if (o == "ongoing" and p in (("fy", 2023), ("cy", 2024))) \
                    else r.randint(0, 2 if c == AP else 5)
                tot[p] += v
                ws.cell(row, j, int(F(c, o, v, per(p)))).alignment = Alignment(
                    horizontal="center")
            row += 1
        ws.cell(row, 2, "Total").font = Font(bold=True)
        for j, p in enumerate(PERIODS, 3):
            cell = ws.cell(row, j, int(F(c, "total", tot[p], per(p))))
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=top, start_column=1, end_row=row, end_column=1)
        ws.cell(top, 1, CL[c]).alignment = Alignment(vertical="center", wrap_text=True)
        row += 1
        ws.cell(row, 2, "of which special constables")
        for j, p in enumerate(PERIODS, 3):
            ws.cell(row, j, int(N(str(r.randint(0, 2)), "hidden row (special constables)")))
        ws.row_dimensions[row].hidden = True
        row += 1
    row += 1
    for t in (N("Financial years run from 1 April to 31 March; CY = calendar year (1 January to "
                "31 December). The two are separate periods and overlap.", "dates"),
              "Officers and staff are counted together. Management action includes reflective "
              "practice."):
        ws.cell(row, 1, t)
        row += 1
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 28
    ws.freeze_panes = "C5"
    xlsx_save(wb, src, creator="Kent Police")


# =========================================================================== 7 Bedfordshire: semicolon CSV, quarter columns, decimal commas


def build_bedfordshire():
    """Bedfordshire's export from a European-locale Excel: semicolon-separated, CRLF, decimal
    commas in a "% change" column and a footer line; quarters of 2024/25 and 2025/26 as columns
    ("Q1 2024/25") and a total per financial year; rows type x employee.  2023/24 not held."""
    src = "bedfordshire/Bedfordshire Police FOI 2026-03391 quarterly.csv"
    KEY.file(src, "bedfordshire")
    r = rng("beds")
    yrs = (2024, 2025)
    lines = [N("Bedfordshire Police;FOI 2026-03391;;;;;;;;;;;;", "reference"),
             "Allegations against police officers and police staff by quarter recorded;;;;;;;;;;;;;",
             N("Our case system went live on 1 April 2024: figures for 2023/24 are not held.;;;;;;;;;"
               ";;;;", "date; year"),
             ";;;;;;;;;;;;;"]
    for c in CATS5:
        F(c, "total", NH, FY(2023), printed=False)
    hdr = ["Allegation type", "Employee type"]
    for y in yrs:
        hdr += [N(f"Q{q} {FLAB[y]}", "quarter and year") for q in range(1, 5)]
    hdr += [N(f"Total {FLAB[y]}", "year") for y in yrs] + [N("% change 2024/25 to 2025/26",
                                                              "years")]
    lines.append(";".join(hdr))
    for c in CATS5:
        for s, sl in (("officers", "Police officer"), ("staff", "Police staff")):
            row = [CL[c], sl]
            tots = []
            for y in yrs:
                qs = [r.randint(0, {AP: 2, SA: 5, SM: 4, SH: 6, VG: 7}[c] // (2 if s == "staff"
                                                                               else 1))
                      for _ in range(4)]
                row += [F(c, "total", v, FQ(y, q), subject=s) for q, v in enumerate(qs, 1)]
                tots.append(sum(qs))
            row += [F(c, "total", t, FY(y), subject=s) for t, y in zip(tots, yrs)]
            if tots[0]:
                ch = (tots[1] - tots[0]) * 100 / tots[0]
                row.append(N(f"{ch:.1f}".replace(".", ","), "percentage change (decimal comma)"))
            else:
                row.append("n/a")
            lines.append(";".join(row))
    lines += [";;;;;;;;;;;;;",
              N("Average days from recording to finalisation (2025/26);;52,4;;;;;;;;;;;",
                "average days (decimal comma)"),
              N("Q1 = April to June, Q2 = July to September, Q3 = October to December, Q4 = "
                "January to March;;;;;;;;;;;;;", "quarter numbers"),
              "Outcomes are not recorded against the quarter and have not been provided.;;;;;;;;"
              ";;;;;"]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")


# =========================================================================== 8 Leicestershire: e-mail reply with +---+ text grids


def grid(rows, aligns):
    """A plain-text table with +---+ borders (as a mail client's text table or tabulate's
    'grid' format); a rule under the header and one before the last row."""
    n = len(rows[0])
    w = [max(len(str(r[j])) for r in rows) for j in range(n)]
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    rule2 = "+" + "+".join("=" * (x + 2) for x in w) + "+"

    def line(r):
        return "|" + "|".join(" " + (str(v).ljust(w[j]) if aligns[j] == "l" else
                                     str(v).rjust(w[j])) + " " for j, v in enumerate(r)) + "|"
    out = [rule, line(rows[0]), rule2]
    for r in rows[1:]:
        out += [line(r), rule]
    return out


def build_leicestershire():
    """Leicestershire's reply as a plain-text e-mail; two tables drawn with +---+ borders:
    Table A transposed (periods down, types across), Table B the outcomes of calendar year 2025
    with types down, outcomes across (abbreviated, key below), a "Grand Total" column and a
    "% of all 2025" column (not counts)."""
    src = "leicestershire/RE Leics FOI 004417-26 sexual misconduct allegations.txt"
    KEY.file(src, "leicestershire")
    r = rng("leics")
    outs = [("Dism", "Dismissed", "dismissed"),
            ("WHBD", "Would have been dismissed", "would_have_been_dismissed"),
            ("FWW", "Final written warning", "final_written_warning"),
            ("WW", "Written warning", "written_warning"),
            ("RP", "Reflective practice", "management_action"),
            ("NCTA", "No case to answer", "no_case_to_answer"),
            ("NU", "Not upheld", "not_upheld"), ("WD", "Withdrawn", "withdrawn"),
            ("UI", "Under investigation", "ongoing")]
    oc = {c: counts(r, [(a, o) for a, _, o in outs], hi=5, zero=0.3, cat=c) for c in CATS5}
    lines = [N("From: Leicestershire Police FOI Unit <foi@leics.police.uk>", ""),
             "To: requester",
             N("Sent: 10 December 2026 14:22", "date and time"),
             N("Subject: RE: FOI 004417/26 - sexual misconduct allegations", "reference"),
             "", "Dear Requester,", ""]
    lines += wrap(L(f"Thank you for your e-mail of {REQ_DATE}, in which you asked:", "date"))
    lines += [""] + ["> " + x for x in wrap(request20(), 74)] + [""]
    lines += wrap("Leicestershire Police holds this information. The figures below are "
                  "allegations made against police officers and police staff together.") + [""]
    lines += [N("Table A: allegations recorded, by period and type", "table letter")]
    rows = [["Period"] + [CS[c] for c in CATS5]]
    for p in PERIODS:
        row = [N(plab(p) if p[0] == "fy" else f"{p[1]} (calendar)", "year")]
        for c in CATS5:
            v = sum(oc[c].values()) if p == ("cy", 2025) else r.randint(
                *{AP: (0, 5), SA: (7, 22), SM: (5, 16), SH: (9, 25), VG: (12, 30)}[c])
            row.append(F(c, "total", v, per(p)))
        rows.append(row)
    lines += grid(rows, "lrrrrr") + [""]
    lines += [N("Table B: outcomes of allegations recorded in the calendar year 2025",
                "table letter; year")]
    allt = sum(sum(oc[c].values()) for c in CATS5)
    rows = [["Type"] + [a for a, _, _ in outs] + ["Grand Total", N("% of all 2025", "year")]]
    for c in CATS5:
        t = sum(oc[c].values())
        rows.append([CS[c]] + [F(c, o, oc[c][o], CY(2025)) for _, _, o in outs]
                    + [F(c, "total", t, CY(2025), restated=True),
                       N(f"{t * 100 / allt:.1f}%", "percentage")])
    lines += grid(rows, "l" + "r" * 11) + [""]
    lines += wrap("Key: " + "; ".join(f"{a} = {lab.lower()}" for a, lab, _ in outs) + ".")
    lines += [""] + wrap(N("The financial years run from 1 April to 31 March and the calendar "
                           "years from 1 January to 31 December, so the rows of Table A overlap "
                           "and must not be added together.", "dates; table letter")) + [""]
    lines += wrap(rights("Leicestershire Police", 40)) + [""]
    lines += ["Kind regards,", "", "FOI Unit", "Leicestershire Police", ""]
    write_text(src, "\n".join(lines), newline="\r\n")


# =========================================================================== 9 Cumbria: UTF-16 comma CSV with a BOM


def build_cumbria():
    """Cumbria's report export saved as "CSV (UTF-16)": UTF-16 LE with a byte-order mark, comma
    separated, CRLF, every text field quoted; one row per financial year x employee type x
    allegation type, outcomes across and a Total column; a note row at the foot says calendar
    years are not held."""
    src = "cumbria/Cumbria Constabulary FOI 26-0912 export.csv"
    KEY.file(src, "cumbria")
    r = rng("cumbria")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]
    buf = io.StringIO()
    w = csvmod.writer(buf, lineterminator="\r\n", quoting=csvmod.QUOTE_NONNUMERIC)
    w.writerow(["Financial Year", "Employee Type", "Allegation Type"] + [ol for ol, _ in outs]
               + ["Total"])
    for y in FYRS:
        for s, sl in (("officers", "Police Officer"), ("staff", "Police Staff")):
            for c in CATS5:
                v = counts(r, outs, hi=(4 if s == "officers" else 2),
                           zero=(0.35 if s == "officers" else 0.6), cat=c)
                if y < 2025:
                    v["ongoing"] = 0
                w.writerow([N(FLAB[y], "year"), sl, CL[c]]
                           + [int(F(c, o, v[o], FY(y), subject=s)) for _, o in outs]
                           + [int(F(c, "total", sum(v.values()), FY(y), subject=s))])
    for c in CATS5:
        for y in CYRS:
            F(c, "total", NH, CY(y), printed=False)
    w.writerow([])
    w.writerow([N("FOI 26-0912. Allegations against police officers and police staff. Calendar "
                  "years 2024 and 2025: not held (the report runs by financial year only).",
                  "reference; years")])
    write_text(src, buf.getvalue(), encoding="utf-16-le", newline="\r\n", bom=True)


# =========================================================================== 10 Thames Valley: one transposed table per type, outcomes across, Grand Total


def build_thames_valley():
    """Thames Valley's disclosure-log page: one table per allegation type (its name in the
    caption), the five requested periods down the side, outcomes across and a "Grand Total"
    column; officers and staff together."""
    src = "thames-valley/TVP FOI 2026-4471 disclosure.html"
    KEY.file(src, "thames-valley")
    r = rng("tvp")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Under investigation", "ongoing")]
    body = ['<header class="site-header"><a href="/">Thames Valley Police</a>',
            '<nav><a href="/foi">Freedom of Information</a> | <a href="/foi/disclosure-log">'
            'Disclosure log</a> | <a href="/contact">Contact us</a></nav></header>',
            '<main class="disclosure">',
            f"<h1>{E(N('FOI 2026-4471: sexual misconduct allegations against officers and staff', 'reference'))}</h1>",
            f"<p class=\"meta\">{E(N('Published: 8 December 2026', 'date'))}</p>",
            "<h2>Request</h2>", f"<blockquote>{E(request20())}</blockquote>",
            "<h2>Response</h2>",
            "<p>" + N("Thames Valley Police holds this information. Each table below is one type "
                      "of allegation; each row is a period you asked for, and each column an "
                      "outcome. The figures are allegations made against police officers and "
                      "police staff together.", "'one type'") + "</p>",
            f"<p>{E(N('Financial years run from 1 April to 31 March. The calendar years overlap the financial years, so rows must not be added together.', 'dates'))}</p>"]
    for c in CATS5:
        body.append('<table class="foi-table">')
        body.append(f"<caption>{E(CL[c])}</caption>")
        body.append("<thead><tr><th scope=\"col\">Period</th>" + "".join(
            f"<th scope=\"col\">{E(ol)}</th>" for ol, _ in outs)
            + "<th scope=\"col\">Grand Total</th></tr></thead><tbody>")
        for p in PERIODS:
            v = counts(r, outs, hi=(2 if c == AP else 5), zero=0.3, cat=c)
            if p[1] < 2025 and p != ("fy", 2024):
                v["ongoing"] = 0
            lab = N(plab(p) if p[0] == "fy" else f"Calendar year {p[1]}", "year")
            body.append(f"<tr><th scope=\"row\">{E(lab)}</th>" + "".join(
                f"<td>{F(c, o, v[o], per(p))}</td>" for _, o in outs)
                + f"<td><strong>{F(c, 'total', sum(v.values()), per(p))}</strong></td></tr>")
        body.append("</tbody></table>")
    body += ["<p>Reflective practice is the reflective practice review process (RPRP).</p>",
             f"<h2>Your rights</h2><p>{E(rights('Thames Valley Police', 40))}</p>",
             "</main>",
             f"<footer>{E(N('Thames Valley Police, Oxford Road, Kidlington, OX5 2NX', 'postcode'))}"
             "</footer>"]
    write_text(src, html_page(N("FOI 2026-4471 | Thames Valley Police", "reference"), "\n".join(body)))


# =========================================================================== Word helpers: footnotes, endnotes, tracked changes


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xesc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def notes_xml(kind, notes):
    """word/footnotes.xml or word/endnotes.xml: the two separators and one note per text."""
    tag = kind[:-1]
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} xmlns:w="{W_NS}">',
           f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>',
           f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
           f'</w:r></w:p></w:{tag}>']
    for i, text in enumerate(notes, 1):
        out.append(f'<w:{tag} w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>'
                   f'<w:vertAlign w:val="superscript"/></w:rPr><w:{tag}Ref/></w:r><w:r><w:rPr>'
                   f'<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {xesc(text)}</w:t></w:r>'
                   f'</w:p></w:{tag}>')
    out.append(f"</w:{kind}>")
    return "\n".join(out).encode("utf-8")


def docx_post(path, footnotes=(), endnotes=(), author="Information Unit"):
    """Patch a saved Word file: runs "[[FN3]]" / "[[EN1]]" become footnote / endnote
    references (the notes' parts, relationships and content types added); runs "[[TC:a:b]]"
    become a tracked change deleting a and inserting b (w:del / w:ins, fixed author and date)."""
    ref_run = (r'<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t(?: [^>]*)?>\[\[(FN|EN)(\d+)\]\]'
               r'</w:t></w:r>')
    tc_run = r'<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t(?: [^>]*)?>\[\[TC:([^:\]]*):([^\]]*)\]\]</w:t></w:r>'
    counter = [100]

    def ref(m):
        kind = "footnote" if m.group(1) == "FN" else "endnote"
        return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:{kind}Reference w:id="{m.group(2)}"/></w:r>')

    def tc(m):
        rpr = m.group(1) or ""
        counter[0] += 2
        when = "2026-12-03T09:30:00Z"
        return (f'<w:del w:id="{counter[0]}" w:author="{author}" w:date="{when}"><w:r>{rpr}'
                f'<w:delText>{xesc(m.group(2))}</w:delText></w:r></w:del>'
                f'<w:ins w:id="{counter[0] + 1}" w:author="{author}" w:date="{when}"><w:r>{rpr}'
                f'<w:t xml:space="preserve">{xesc(m.group(3))}</w:t></w:r></w:ins>')

    def patch(name, data):
        if name == "word/document.xml":
            x = data.decode("utf-8")
            x = re.sub(ref_run, ref, x, flags=re.S)
            x = re.sub(tc_run, tc, x, flags=re.S)
            assert "[[" not in x, "an unpatched placeholder"
            return x.encode("utf-8")
        if name == "word/_rels/document.xml.rels":
            x = data.decode("utf-8")
            add = ""
            if footnotes:
                add += (f'<Relationship Id="rIdFn1" Type="{REL_NS}/footnotes" '
                        f'Target="footnotes.xml"/>')
            if endnotes:
                add += (f'<Relationship Id="rIdEn1" Type="{REL_NS}/endnotes" '
                        f'Target="endnotes.xml"/>')
            return x.replace("</Relationships>", add + "</Relationships>").encode("utf-8")
        if name == "[Content_Types].xml":
            x = data.decode("utf-8")
            ct = "application/vnd.openxmlformats-officedocument.wordprocessingml."
            add = ""
            if footnotes:
                add += f'<Override PartName="/word/footnotes.xml" ContentType="{ct}footnotes+xml"/>'
            if endnotes:
                add += f'<Override PartName="/word/endnotes.xml" ContentType="{ct}endnotes+xml"/>'
            return x.replace("</Types>", add + "</Types>").encode("utf-8")
        return data

    bk.normalise_zip(path, patch)
    if footnotes or endnotes:
        with zipfile.ZipFile(path) as z:
            members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
        if footnotes:
            members.append(("word/footnotes.xml", notes_xml("footnotes", footnotes)))
        if endnotes:
            members.append(("word/endnotes.xml", notes_xml("endnotes", endnotes)))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                zi = zipfile.ZipInfo(name, bk.FIXED_ZIP_TIME)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o600 << 16
                z.writestr(zi, data)
        Path(path).write_bytes(buf.getvalue())


def docx_letter(force, addr, ref, date, author):
    d = docx_new("Arial", 10)
    bk.docx_a4(d)
    bk.docx_header_footer(d, "OFFICIAL", f"{force} \u2013 Freedom of Information")
    bk.docx_heading(d, force, 15)
    d.add_paragraph(addr)
    d.add_paragraph(N(f"Our reference: {ref}          Date: {date}", "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(L(f"Thank you for your request of {REQ_DATE}. You asked:", "date"))
    q = d.add_paragraph(request20())
    q.paragraph_format.left_indent = Pt(28)
    return d


def docx_end(d, force, unit):
    d.add_paragraph(rights(force, 40))
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph(unit)


# =========================================================================== 11 Devon & Cornwall: figures in Word footnotes and an endnote


def build_devon_and_cornwall():
    """Devon & Cornwall's Word letter: Table 1 types x financial years; each 2025/26 cell carries
    a footnote with the staff share and the number still under investigation; the calendar years
    are in a footnote to a sentence; the outcomes of 2025/26 for two types are in an endnote."""
    src = "devon-and-cornwall/DCP FOI 2026-005120 response.docx"
    KEY.file(src, "devon-and-cornwall")
    r = rng("dc")
    d = docx_letter("Devon & Cornwall Police",
                    N("Freedom of Information, Middlemoor, Exeter, EX2 7HQ", "postcode"),
                    "FOI 2026-005120", "14 December 2026", "Information Rights")
    tot = {(c, y): r.randint(*{AP: (2, 6), SA: (9, 22), SM: (6, 16), SH: (10, 24),
                               VG: (12, 28)}[c]) for c in CATS5 for y in FYRS}
    outs = [("dismissed", "dismissed"), ("would have been dismissed",
                                         "would_have_been_dismissed"),
            ("final written warning", "final_written_warning"),
            ("written warning", "written_warning"),
            ("reflective practice", "management_action"),
            ("no case to answer", "no_case_to_answer"), ("withdrawn", "withdrawn"),
            ("still under investigation", "ongoing")]
    foot = []
    d.add_paragraph("Devon & Cornwall Police holds this information. The figures are "
                    "allegations made against police officers and police staff together, by the "
                    "financial year in which they were recorded.")
    p = d.add_paragraph("We also hold figures for the calendar years you asked for, which are "
                        "given in a footnote so that they are not added to the table by mistake.")
    fn_cy = len(foot) + 1
    p.add_run(f"[[FN{fn_cy}]]")
    cyt = {(c, y): r.randint(*{AP: (1, 6), SA: (9, 22), SM: (6, 16), SH: (10, 24),
                               VG: (12, 28)}[c]) for c in CATS5 for y in CYRS}
    parts = []
    for y in CYRS:
        parts.append(N(f"In {y} the figures were ", "year")
                     + ", ".join(f"{CL[c].lower()} {F(c, 'total', cyt[(c, y)], CY(y))}"
                                 for c in CATS5) + ".")
    foot.append("Calendar years, police officers and police staff together. " + " ".join(parts))
    bk.docx_heading(d, N("Table 1: allegations recorded, by type and financial year",
                         "table number"), 11)
    t = d.add_table(rows=1 + len(CATS5), cols=1 + len(FYRS))
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type"] + [N(FLAB[y], "year") for y in FYRS]):
        docx_cell(t.cell(0, j), h, bold=True, align=None if j == 0 else 1)
        docx_shade(t.cell(0, j), "D9D9D9")
    # outcomes of 2025/26 for SA and SH (endnote): their totals agree with Table 1
    oc = {}
    for c in (SA, SH):
        oc[c] = counts(r, outs, hi=4, zero=0.3, cat=c)
        tot[(c, 2025)] = sum(oc[c].values())
    for i, c in enumerate(CATS5, 1):
        docx_cell(t.cell(i, 0), CL[c])
        for j, y in enumerate(FYRS, 1):
            par = docx_cell(t.cell(i, j), F(c, "total", tot[(c, y)], FY(y)), align=1)
            if y == 2025:
                st_ = r.randint(0, tot[(c, y)] // 3)
                on = oc[c]["ongoing"] if c in oc else r.randint(0, 3)
                par.add_run(f"[[FN{len(foot) + 1}]]")
                ong = (F(c, "ongoing", on, FY(2025)) if on else
                       F(c, "ongoing", 0, FY(2025), said="none"))
                foot.append(L("Of the {n} allegations of {lab} recorded in 2025/26, {s} {v2} "
                              "made against police staff; {o} {verb} still under investigation.",
                              "year", v2="was" if st_ == 1 else "were",
                              n=F(c, "total", tot[(c, y)], FY(y), restated=True),
                              lab=CL[c].lower(), s=F(c, "total", st_, FY(y), subject="staff"),
                              o=ong, verb="is" if ong == "1" else "are"))
    d.add_paragraph("")
    p = d.add_paragraph(N("Outcomes are recorded for sexual assault and sexual harassment "
                          "only; those for 2025/26 are set out in the endnote.", "year"))
    p.add_run("[[EN1]]")
    ends = []
    segs = []
    for c in (SA, SH):
        items = []
        for ol, o in outs:
            if o == "ongoing":
                continue
            v = oc[c][o]
            items.append(f"{ol} {F(c, o, v, FY(2025))}")
        segs.append(L("{lab}, 2025/26 ({n} allegations): ", "year",
                      lab=CL[c], n=F(c, "total", tot[(c, 2025)], FY(2025), restated=True))
                    + "; ".join(items) + L("; still under investigation {o}.", "",
                                           o=F(c, "ongoing", oc[c]["ongoing"], FY(2025),
                                               restated=True)))
    ends.append(N("Outcomes of allegations recorded in 2025/26, police officers and police "
                  "staff together. ", "year") + " ".join(segs))
    docx_end(d, "Devon & Cornwall Police", "Information Rights Team")
    bk.docx_save(d, src, "Information Rights")
    docx_post(bk.dest(src), footnotes=foot, endnotes=ends)


# =========================================================================== 12 Staffordshire: a table nested inside each cell of an outer table


def build_staffordshire():
    """Staffordshire's Word letter: an outer two-column table (type | figures) whose second cell
    holds a nested table of outcomes x financial years; the calendar-year part refused under
    section 12."""
    src = "staffordshire/FOI 8812-26 response.docx"
    KEY.file(src, "staffordshire")
    r = rng("staffs")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Reflective practice review process", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Withdrawn", "withdrawn"),
            ("Under investigation", "ongoing")]
    d = docx_letter("Staffordshire Police",
                    N("Freedom of Information Unit, Weston Road, Stafford, ST18 0YY", "postcode"),
                    "FOI 8812-26", "15 December 2026", "Freedom of Information Unit")
    d.add_paragraph("Staffordshire Police holds the information for the financial years. The "
                    "table below gives, for each type of allegation, the outcomes of the "
                    "allegations recorded in each financial year. The figures are allegations "
                    "against police officers and police staff together.")
    outer = d.add_table(rows=1 + len(CATS5), cols=2)
    outer.style = "Table Grid"
    docx_cell(outer.cell(0, 0), "Allegation type", bold=True)
    docx_cell(outer.cell(0, 1), "Outcomes by financial year recorded", bold=True)
    for i, c in enumerate(CATS5, 1):
        docx_cell(outer.cell(i, 0), CL[c], bold=True)
        cell = outer.cell(i, 1)
        cell.text = ""
        inner = cell.add_table(rows=2 + len(outs), cols=1 + len(FYRS))
        inner.style = "Table Grid"
        for j, h in enumerate(["Outcome"] + [N(FLAB[y], "year") for y in FYRS]):
            docx_cell(inner.cell(0, j), h, bold=True, size=8)
        v = {y: counts(r, outs, hi=4, zero=0.3, cat=c) for y in FYRS}
        for y in FYRS[:-1]:
            v[y]["ongoing"] = 0 if y == 2023 else min(v[y]["ongoing"], 1)
        for k, (ol, o) in enumerate(outs, 1):
            docx_cell(inner.cell(k, 0), ol, size=8)
            for j, y in enumerate(FYRS, 1):
                docx_cell(inner.cell(k, j), F(c, o, v[y][o], FY(y)), size=8, align=1)
        k = len(outs) + 1
        docx_cell(inner.cell(k, 0), "Total", bold=True, size=8)
        for j, y in enumerate(FYRS, 1):
            docx_cell(inner.cell(k, j), F(c, "total", sum(v[y].values()), FY(y)), bold=True,
                      size=8, align=1)
    for c in CATS5:
        for y in CYRS:
            F(c, "total", REF("s12"), CY(y), printed=False)
    bk.docx_heading(d, "Calendar years", 11)
    d.add_paragraph(L(
        "Our system reports by financial year. To give figures for the calendar years 2024 and "
        "2025 we would have to read about 700 case files, at about two minutes each, which is "
        "well over the appropriate limit of 18 hours. That part of your request is therefore "
        "refused under section 12(1) of the Freedom of Information Act 2000.",
        "years; files, minutes and hours of the cost estimate; section; act year"))
    docx_end(d, "Staffordshire Police", "Freedom of Information Unit")
    bk.docx_save(d, src, "Freedom of Information Unit")


# =========================================================================== 13 Merseyside: a Word letter sent with tracked changes still in it


def build_merseyside():
    """Merseyside's Word letter arrived with its tracked changes: in five table cells an old
    figure is deleted (w:del) and the corrected one inserted (w:ins); the final text is the
    answer.  Table 1 type x employee x the five periods; Table 2 outcomes of 2025/26 x types."""
    src = "merseyside/Merseyside Police FOI 2026-3317 response (tracked).docx"
    KEY.file(src, "merseyside")
    r = rng("mersey")
    outs = [("Dismissed", "dismissed"), ("Would have been dismissed", "would_have_been_dismissed"),
            ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"),
            ("Management advice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Ongoing", "ongoing")]
    d = docx_letter("Merseyside Police",
                    N("Freedom of Information, Canning Place, Liverpool, L1 8JX", "postcode"),
                    "FOI 2026-3317", "10 December 2026", "Information Disclosure")
    d.add_paragraph(N("Merseyside Police holds this information. Table 1 gives the allegations "
                      "made against police officers and against police staff; Table 2 the "
                      "outcomes of those recorded in 2025/26, officers and staff together.",
                      "table numbers; year"))
    tc_cells = {(SA, "staff", ("fy", 2024)), (SH, "officers", ("cy", 2025)),
                (VG, "officers", ("fy", 2023))}
    bk.docx_heading(d, N("Table 1: allegations recorded, by type and employee", "table number"),
                    11)
    t = d.add_table(rows=1 + 2 * len(CATS5), cols=2 + len(PERIODS))
    t.style = "Table Grid"
    for j, h in enumerate(["Allegation type", "Employee"] + [N(plab(p), "year")
                                                             for p in PERIODS]):
        docx_cell(t.cell(0, j), h, bold=True)
        docx_shade(t.cell(0, j), "DDDDDD")
    oc = {c: counts(r, outs, hi=4, zero=0.3, cat=c) for c in CATS5}

    def tracked(c, o, v, prd, subject=None, restated=False):
        old = v + r.choice([-2, -1, 1, 2]) if v > 2 else v + 1
        N(str(old), "superseded figure (deleted by a tracked change)")
        F(c, o, v, prd, subject=subject, restated=restated)
        return f"[[TC:{old}:{v}]]"

    i = 1
    for c in CATS5:
        for s, sl in (("officers", "Police officers"), ("staff", "Police staff")):
            docx_cell(t.cell(i, 0), CL[c] if s == "officers" else "")
            docx_cell(t.cell(i, 1), sl)
            for j, p in enumerate(PERIODS, 2):
                hi = {AP: 5, SA: 16, SM: 12, SH: 20, VG: 24}[c]
                v = r.randint(1, hi if s == "officers" else hi // 3 + 1)
                txt = (tracked(c, "total", v, per(p), subject=s) if (c, s, p) in tc_cells
                       else F(c, "total", v, per(p), subject=s))
                docx_cell(t.cell(i, j), txt, align=1)
            i += 1
    d.add_paragraph("")
    bk.docx_heading(d, N("Table 2: outcomes of allegations recorded in 2025/26", "table number; "
                         "year"), 11)
    t = d.add_table(rows=2 + len(outs), cols=1 + len(CATS5))
    t.style = "Table Grid"
    for j, h in enumerate(["Outcome"] + [CS[c] for c in CATS5]):
        docx_cell(t.cell(0, j), h, bold=True)
        docx_shade(t.cell(0, j), "DDDDDD")
    tc2 = {(SM, "written_warning"), (AP, "no_case_to_answer")}
    for k, (ol, o) in enumerate(outs, 1):
        docx_cell(t.cell(k, 0), ol)
        for j, c in enumerate(CATS5, 1):
            v = oc[c][o]
            txt = tracked(c, o, v, FY(2025)) if (c, o) in tc2 else F(c, o, v, FY(2025))
            docx_cell(t.cell(k, j), txt, align=1)
    k = len(outs) + 1
    docx_cell(t.cell(k, 0), "Total", bold=True)
    for j, c in enumerate(CATS5, 1):
        docx_cell(t.cell(k, j), F(c, "total", sum(oc[c].values()), FY(2025)), bold=True, align=1)
    d.add_paragraph("Management advice includes reflective practice. Ongoing means the "
                    "allegation was still being investigated when the figures were extracted.")
    docx_end(d, "Merseyside Police", "Information Disclosure Unit")
    bk.docx_save(d, src, "Information Disclosure")
    docx_post(bk.dest(src), author="J Roberts (Information Disclosure)")


# =========================================================================== 14 Ministry of Defence Police: "sexual offences" combined, reporting years straddling the request


def build_ministry_of_defence():
    """The MDP's reportlab letter: the force records sexual assault and sexual harassment
    together as "sexual offences", and counts by its PSD reporting year (1 October to 30
    September), so every figure's period straddles the requested ones; APSP against police
    staff neither confirmed nor denied (s40(5B)); VAWG not held."""
    from reportlab.lib.units import mm
    src = "ministry-of-defence/MDP FOI 2026-11873 response.pdf"
    KEY.file(src, "ministry-of-defence")
    r = rng("mdp")
    st = bk.styles("Helvetica", 10)
    ref = "FOI 2026/11873"
    RY = {2023: ("2023-10-01", "2024-09-30"), 2024: ("2024-10-01", "2025-09-30")}
    RYL = {2023: "1 Oct 2023 \u2013 30 Sep 2024", 2024: "1 Oct 2024 \u2013 30 Sep 2025"}

    def furniture(cv, page, pages):
        ftext(cv, 105 * mm, 287 * mm, "OFFICIAL", 8)
        ftext(cv, 105 * mm, 12 * mm, N(f"Ministry of Defence Police  {ref}  Page {page} of "
                                       f"{pages}", "reference; page number"), 7.5)

    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Under investigation", "ongoing")]
    oc = counts(r, outs, hi=3, zero=0.2)
    story = [P("Ministry of Defence Police", st["h"]),
             P(N("Freedom of Information Office, Palmer Building, MDP Wethersfield, Braintree, "
                 "CM7 4AZ", "postcode"), st["addr"]), S(8),
             P(N(f"Reference: {ref}", "reference"), st["addr"]),
             P(N("Date: 16 December 2026", "date"), st["addr"]), S(8),
             P("Dear Requester,", st["body"]),
             P(L(f"Thank you for your request of {REQ_DATE}:", "date"), st["body"]),
             P(request20(), st["quote"]),
             P("How we record these allegations", st["h2"]),
             P(L("The Professional Standards Department reports by its own reporting year, which "
                 "runs from 1 October to 30 September. We cannot re-cut the figures into "
                 "financial or calendar years without reading every file, so we have given the "
                 "two most recent complete reporting years; they overlap the periods you asked "
                 "for.", "dates; 'two' reporting years"), st["body"]),
             P("Allegations of sexual assault and of sexual harassment are recorded under a "
               "single heading, \u201csexual offences\u201d, and cannot be separated. Sexual "
               "misconduct and abuse of position for a sexual purpose are recorded separately.",
               st["body"]),
             P(N("Table 1: allegations against MDP officers and staff, by reporting year",
                 "table number"), st["h2"])]
    tot = {("so", y): r.randint(6, 14) for y in RY}
    tot[("so", 2024)] = sum(oc.values())
    for y in RY:
        tot[(SM, y)] = r.randint(2, 9)
        tot[(AP, y)] = r.randint(0, 3)
    rows = [["Allegation type"] + [N(RYL[y], "dates of the reporting year") for y in RY]]
    rows.append(["Sexual offences (sexual assault and sexual harassment)"]
                + [F("other", "total", tot[("so", y)], RY[y]) for y in RY])
    rows.append(["Sexual misconduct"] + [F(SM, "total", tot[(SM, y)], RY[y]) for y in RY])
    rows.append(["Abuse of position for a sexual purpose (police officers)"]
                + [F(AP, "total", tot[(AP, y)], RY[y], subject="officers") for y in RY])
    story += [ruled([[P(c, st["cell"]) if i == 0 else c for i, c in enumerate(row)]
                     for row in rows], [85 * mm, 38 * mm, 38 * mm]), S(8)]
    items = "; ".join(f"{ol.lower()} {F('other', o, oc[o], RY[2024])}" for ol, o in outs)
    story.append(P(L("Of the {n} allegations of sexual offences recorded in the reporting year "
                     "to 30 September 2025, the outcomes were: ", "date",
                     n=F("other", "total", tot[("so", 2024)], RY[2024], restated=True))
                   + items + ".", st["body"]))
    for y in RY:
        F(AP, "total", NCND("s40(5B)"), RY[y], subject="staff", printed=False)
    story.append(P(L("Abuse of position for a sexual purpose by police staff: the MDP employs "
                     "very few police staff in roles that could give rise to this allegation. "
                     "We neither confirm nor deny whether we hold this information, as to do "
                     "so would disclose personal data; section 40(5B) of the Act applies.",
                     "section"), st["body"]))
    for p in PERIODS:
        F(VG, "total", NH, per(p), printed=False)
    story.append(P("Violence against women and girls is not a category in our professional "
                   "standards system, so that information is not held.", st["body"]))
    story += [P(rights("Ministry of Defence Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Freedom of Information Office", st["body"])]
    bk.pdf_letter(src, story, furniture, title=f"Ministry of Defence Police {ref}",
                  author="Ministry of Defence Police")


# =========================================================================== 15 Hampshire: the whole request refused under section 12


def build_hampshire():
    """Hampshire and Isle of Wight's disclosure-log page: a refusal notice, the whole request
    refused under section 12 (cost), with the estimate and advice on narrowing it."""
    src = "hampshire/HIOWC FOI 2026-05512 refusal.html"
    KEY.file(src, "hampshire")
    for c in CATS5:
        for p in PERIODS:
            F(c, "total", REF("s12"), per(p), printed=False)
    body = ['<div class="page"><header><p class="brand">Hampshire &amp; Isle of Wight '
            'Constabulary</p></header><main>',
            f"<h1>{E(N('Freedom of Information request 2026-05512', 'reference'))}</h1>",
            f"<p><strong>Date of response:</strong> {E(N('2 December 2026', 'date'))}</p>",
            "<h2>Request</h2>", f"<blockquote><p>{E(request20())}</p></blockquote>",
            "<h2>" + N("Decision: refusal notice (section 12)", "section") + "</h2>",
            "<p>" + E(L(
                "Our professional standards system does not record a sexual element as a "
                "searchable field, so each misconduct file for the periods you asked about would "
                "have to be read. There are about 2,400 such files, and reading each would take "
                "at least three minutes: 120 hours in all, far more than the appropriate limit of "
                "18 hours (a cost of \u00a3450). We therefore refuse the whole request under "
                "section 12(1) of the Freedom of Information Act 2000.",
                "files, minutes, hours and GBP of the cost estimate; section; act year")) + "</p>",
            "<p>" + E(L("Under section 16 we suggest that you could narrow your request, for "
                        "example to one type of allegation and one year, which we may be able to "
                        "answer.", "section; 'one' type and year")) + "</p>",
            f"<h2>Your rights</h2><p>{E(rights('Hampshire and Isle of Wight Constabulary', 40))}</p>",
            "</main></div>"]
    write_text(src, html_page(N("FOI 2026-05512 | Hampshire & Isle of Wight Constabulary",
                                "reference"), "\n".join(body)))


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind20-", read=read20))
