#!/usr/bin/python3
"""make_blind16_fixtures.py (make_blind16.py) -- regenerate the sixteenth blind test batch for `foi` and its answer key.

The request, sent on 20 November 2026: "for each of the last three financial years (2023/24, 2024/25,
2025/26 to date) and each calendar year 2023-2025: the number of allegations of sexual assault, sexual
misconduct, sexual harassment, abuse of position for a sexual purpose and violence against women and
girls made against police officers and police staff, and the outcomes".  Sixteen forces answer in
seventeen files (one disclosure-log page with its PDF annex beside it).  The machinery (F/L/N accounting,
writers, read_back, check) is blindkit.py beside this script; keying calls are in fixtures/blind16/NOTES.md.

usage: /usr/bin/python3 make_blind16.py             # rebuild fixtures/blind16 (or $FOI_BLIND16_OUT) (responses + expected.csv)
       /usr/bin/python3 make_blind16.py check       # verify determinism and every number
       /usr/bin/python3 make_blind16.py dump FILE   # show FILE (relative to fixtures/blind16 (or $FOI_BLIND16_OUT)) as read back
"""
import io
import os
import random
import re
import struct
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blindkit as bk  # noqa: E402
from xls_readback import col_ref, xls_text  # noqa: E402,F401
from blindkit import (F, N, L, KEY, FY, CY, SPAN, SUP, REF, NCND, NH, P, S, styles,  # noqa: E402,F401
                      grid_style, pdf_letter, E, html_page, write_text, docx_new, docx_save,
                      docx_cell, docx_shade, docx_header_footer, docx_heading, xl_border,
                      docx_repeat_header, xlsx_save, rights, FQ, MRANGE)

FINAL = Path(os.environ.get("FOI_BLIND16_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind16").resolve()
bk.ROOT = FINAL      # where builders write; `check` points it at a scratch folder

SA, SM, SH, AP, VG = ("sexual_assault", "sexual_misconduct", "sexual_harassment",
                      "abuse_of_position_sexual", "vawg")
CATS5 = (SA, SM, SH, AP, VG)
CL = {SA: "Sexual assault", SM: "Sexual misconduct", SH: "Sexual harassment",
      AP: "Abuse of position for a sexual purpose", VG: "Violence against women and girls"}
REQ_DATE = "20 November 2026"
REQUEST16 = ("For each of the last three financial years (2023/24, 2024/25, 2025/26 to date) and "
             "each calendar year 2023-2025, please provide the number of allegations of sexual "
             "assault, sexual misconduct, sexual harassment, abuse of position for a sexual "
             "purpose and violence against women and girls made against police officers and "
             "police staff, and the outcomes (dismissed, written warning, management action, no "
             "case to answer, not upheld, withdrawn, still under investigation).")
FYRS = (2023, 2024, 2025)
CYRS = (2023, 2024, 2025)
FLAB = {y: f"{y}/{str(y + 1)[2:]}" for y in range(2020, 2028)}
FSPAN = SPAN(FY(2023), FY(2025))
CSPAN = SPAN(CY(2023), CY(2025))
TD27 = ("2026-04-01", "2026-09-30")          # 2026/27 to 30 September 2026 (Sussex)

OUT7 = [("Dismissed", "dismissed"), ("Written warning", "written_warning"),
        ("Management action", "management_action"), ("No case to answer", "no_case_to_answer"),
        ("Not upheld", "not_upheld"), ("Withdrawn", "withdrawn"),
        ("Still under investigation", "ongoing")]
WORDS = bk.WORDS
XCAT = "a total across allegation types (no category)"


def request16():
    return N(REQUEST16, "the request's years")


def rng(name):
    return random.Random("blind16-" + name)


def gen(name, cats, outs, periods, subjects=("all",), hi=4, lo=0):
    return bk.counts_over(rng(name), cats, outs, periods, subjects, hi, lo)


OUT_W = (2, 1, 3, 3, 2, 1, 2)      # how outcomes are weighted when a total is shared out


def draw(r, left, i, n):
    """The i-th of n outcome counts sharing out what is left of a total (the last takes the rest)."""
    if i == n - 1:
        return left
    w = OUT_W[i % len(OUT_W)]
    share = left * w / sum(OUT_W[j % len(OUT_W)] for j in range(i, n))
    return max(0, min(left, round(share + r.uniform(-1, 1))))


def tot(d, c, p, s, outs):
    return sum(d[(c, oc, p, s)] for _, oc in outs)


def ps(name, font="Helvetica", size=9, leading=None, align=0):
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.2,
                          alignment=align)


def footer_fn(left, why, top=None, right="Page {p} of {n}"):
    from reportlab.lib.units import mm

    def furniture(c, p, n):
        w, h = c._pagesize
        c.setFont("Helvetica", 7.5)
        if top:
            c.drawCentredString(w / 2, h - 10 * mm, top)
        c.drawString(20 * mm, 10 * mm, N(left, why))
        c.drawRightString(w - 20 * mm, 10 * mm, N(right.format(p=p, n=n), "page numbers"))
    return furniture


def hdr_cells(ws, row, headers, fill, start=1):
    from openpyxl.styles import Alignment, Font
    for j, h in enumerate(headers, start):
        if h is None:
            continue
        cl = ws.cell(row, j, h)
        cl.font = Font(bold=True)
        if fill is not None:
            cl.fill = fill
        cl.border = xl_border()
        cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def num(ws, r, c, text, **kw):
    """A spreadsheet cell holding a figure's printed text: a number when it is digits."""
    cl = ws.cell(r, c, int(text) if re.fullmatch(r"\d+", text) else text)
    return cl


# =========================================================================== read-back (XLS from blind14)


def read16(path):
    p = Path(path)
    if p.suffix.lower() == ".xls":
        return xls_text(p)
    return bk.read_back(p, utf16=True)


def letter_head(st, name, addr, ref, date, addr_why="address"):
    return [P(f"<b>{name}</b>", st["h"]), P(N(addr, addr_why), st["addr"]), S(6),
            P(N(ref, "reference"), st["addr"]), P(N(date, "date"), st["addr"]), S(8)]


# =========================================================================== PDF


def build_essex():
    """Essex Police PDF letter: NPCC-style ruled tables, categories down and outcomes across, one
    table per financial year; the officers' tables under the heading 'Police officers' and the
    staff tables under 'Police staff' (the tables themselves do not say which)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, KeepTogether, PageBreak
    src = "essex/Essex Police FOI 26-8840 response.pdf"
    KEY.file(src, "essex")
    st = styles("Helvetica", 10)
    d = gen("essex", CATS5, OUT7, FYRS, ("officers", "staff"), hi=5)
    story = letter_head(st, "Essex Police", "Freedom of Information, PO Box 2, Springfield, "
                        "Chelmsford, CM2 6DA", "Our reference: 26/8840",
                        "Date: 4 December 2026", "PO box; postcode")
    story += [P("Dear Requester,", st["body"]),
              P(N(f"Thank you for your request dated {REQ_DATE}:", "date"), st["body"]),
              P(request16(), st["quote"]),
              P("<b>Response</b>", st["h2"]),
              P("Essex Police records misconduct allegations by financial year, and we have "
                "answered in financial years only; please note that 2025/26 is now a complete year "
                "(it ended on 31 March 2026), so its figures cover the whole year."
                if N("2025/26 31 March 2026", "year; date") else "", st["body"]),
              P("The tables follow the categories used in the National Police Chiefs\u2019 Council "
                "(NPCC) return. An allegation is counted once against each person it was made "
                "against; the outcome is that recorded at the date of this response.",
                st["body"])]
    hs = ps("ex-h", "Helvetica-Bold", 7, 8.5, align=1)
    cs = ps("ex-c", size=7.5, leading=9)
    heads = [P("Allegation type", hs)] + [P(o, hs) for o, _ in OUT7] + [P("Total", hs)]
    tno = 0
    for s, head in (("officers", "Police officers"), ("staff", "Police staff")):
        if s == "staff":
            story.append(PageBreak())
        story.append(P(f"<b>{head}</b>", st["h"]))
        for y in FYRS:
            tno += 1
            rows = [heads]
            for c in CATS5:
                vs = [d[(c, oc, y, s)] for _, oc in OUT7]
                rows.append([P(CL[c], cs)] + [F(c, oc, v, FY(y), subject=s)
                                              for v, (_, oc) in zip(vs, OUT7)]
                            + [F(c, "total", sum(vs), FY(y), subject=s)])
            allrow = ["All categories"] + [N(str(sum(d[(c, oc, y, s)] for c in CATS5)), XCAT)
                                           for _, oc in OUT7]
            allrow.append(N(str(sum(tot(d, c, y, s, OUT7) for c in CATS5)), XCAT))
            rows.append(allrow)
            t = Table(rows, colWidths=[30 * mm] + [17 * mm] * 8, hAlign="LEFT", repeatRows=1)
            t.setStyle(grid_style(1, size=7.5, shade="#E2E2E2",
                                  extra=[("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 7.5),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                         ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
            story.append(KeepTogether([P(N(f"Table {tno}: {FLAB[y]}", "table number; year"),
                                         st["bold"]), t, S(8)]))
    story += [P("\u2018Management action\u2019 includes reflective practice (RPRP). \u2018Still under "
                "investigation\u2019 includes allegations awaiting a misconduct meeting or hearing.",
                st["small"]),
              P(N("Essex Police employs approximately 3,750 police officers and 2,400 police staff. "
                  "For enquiries please call 101 and ask for the Information Rights team.",
                  "headcounts; telephone"), st["body"]),
              P(rights("Essex Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Rights Officer", st["body"])]
    pdf_letter(src, story, footer_fn("Essex Police \u2013 OFFICIAL", "", top="OFFICIAL"),
               title="FOI 26/8840", author="Essex Police")


def build_police_scotland():
    """Police Scotland PDF letter (FOISA): Table 1 category x Officer / Staff rows x financial
    years, '<5' withheld under s38(1)(b); VAWG not held as a category (s17); Table 2 outcomes for
    2025/26, officers and staff together."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "police-scotland/IM-FOI-2026-2690 response.pdf"
    KEY.file(src, "police-scotland")
    st = styles("Helvetica", 10)
    r = rng("ps")
    cats = (SA, SM, SH, AP)
    story = letter_head(st, "Police Scotland", "Information Management, Clyde Gateway, 2 French "
                        "Street, Glasgow, G40 4EH", "Our reference: IM-FOI-2026-2690",
                        "Date: 8 December 2026", "street number; postcode")
    story += [P("Dear Requester,", st["body"]),
              P(N("Freedom of Information (Scotland) Act 2002 \u2013 your request received on "
                  f"{REQ_DATE}:", "act year; date"), st["body"]),
              P(request16(), st["quote"]),
              P("<b>Response</b>", st["h2"]),
              P("Police Scotland records complaints and conduct matters by financial year and I "
                "have answered for the financial years only. 2025/26 ended on 31 March 2026 and is "
                "given in full." if N("2025/26 31 March 2026", "year; date") else "", st["body"]),
              P("Violence against women and girls is not a category in our conduct recording "
                "system: allegations of that kind are recorded under the specific type of conduct. "
                "In terms of section 17 of the Act, the information you requested on violence "
                "against women and girls is therefore not held."
                if N("17", "section number") else "", st["body"])]
    for y in FYRS:
        F(VG, "total", NH, FY(y))
    hs = ps("ps-h", "Helvetica-Bold", 8, 10, align=1)
    rows = [[P("Allegation type", hs), P("Employee", hs)]
            + [P(N(FLAB[y], "year heading"), hs) for y in FYRS]]
    T = {}
    for c in cats:
        for s, sl in (("officers", "Officer"), ("staff", "Staff")):
            row = [CL[c] if s == "officers" else "", sl]
            for y in FYRS:
                v = r.randint(8, 40) if s == "officers" else r.randint(0, 9)
                if c == AP:
                    v //= 3
                T[(c, y, s)] = v
                row.append(F(c, "total", SUP(ex="s38(1)(b)"), FY(y), subject=s, said="<5")
                           if 1 <= v <= 4 else F(c, "total", v, FY(y), subject=s))
            rows.append(row)
    t = Table(rows, colWidths=[62 * mm, 22 * mm] + [22 * mm] * 3, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#DDE4EE"))
    story += [P(N("Table 1: Allegations recorded, by financial year", "table number"),
                st["bold"]), t, S(4),
              P(N("<5 \u2013 fewer than five. Where a figure is fewer than five it has been "
                  "withheld under section 38(1)(b) of the Act, as it could identify the individuals "
                  "concerned.", "suppression definition; section"), st["small"])]
    # Table 2: outcomes 2025/26, officers and staff together
    outs = [("Dismissed", "dismissed"), ("Final written warning", "final_written_warning"),
            ("Written warning", "written_warning"), ("Management action", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"), ("Ongoing", "ongoing")]
    rows = [[P("Outcome", hs)] + [P(CL[c], hs) for c in cats]]
    V = {}
    for ol, oc in outs:
        row = [ol]
        for c in cats:
            V[(c, oc)] = r.randint(0, 6 if c != AP else 2)
            row.append(F(c, oc, V[(c, oc)], FY(2025)))
        rows.append(row)
    rows.append(["Total"] + [F(c, "total", sum(V[(c, oc)] for _, oc in outs), FY(2025))
                             for c in cats])
    t = Table(rows, colWidths=[50 * mm] + [30 * mm] * 4, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#DDE4EE",
                          extra=[("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5)]))
    story += [S(6), P(N("Table 2: Outcomes of allegations recorded in 2025/26 (officers and staff "
                        "together)", "table number; year"), st["bold"]), t, S(6),
              P("Outcomes are as recorded on 30 November 2026. Table 2 is not broken down by "
                "employee type, as the smaller figures for staff could otherwise be identified."
                if N("30 November 2026 2", "date; table number") else "", st["body"]),
              P(N("If you are dissatisfied with this response you may request a review within 40 "
                  "working days, and thereafter apply to the Scottish Information Commissioner "
                  "within six months.", "review deadline; months"), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Management \u2013 Glasgow",
                                                    st["body"])]
    pdf_letter(src, story, footer_fn("Police Scotland \u2013 OFFICIAL", "", top="OFFICIAL"),
               title="IM-FOI-2026-2690", author="Police Scotland")


def build_lincolnshire():
    """Lincolnshire Police: a letter that was printed, signed and scanned, then run through OCR:
    each page is a greyscale JPEG of the typed page (slightly skewed, paper tone, specks, a scanner
    shadow) with the OCR text as an invisible text layer on top.  Calendar years."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as rlcanvas
    src = "lincolnshire/Lincolnshire FOI 004417-26 scanned.pdf"
    KEY.file(src, "lincolnshire")
    r = rng("lincs")
    L_ = []
    L_ += ["LINCOLNSHIRE POLICE", N("Police Headquarters, PO Box 999, Lincoln, LN5 7PH",
                                    "PO box; postcode"), "",
           N("Our ref: FOI 004417/26", "reference"), N("Date: 2 December 2026", "date"), "",
           "Dear Requester,", "",
           N(f"Thank you for your request of {REQ_DATE}, which reads:", "date"), ""]
    L_ += ["  " + x for x in textwrap.wrap(request16(), 84)] + [""]
    L_ += textwrap.wrap("We have answered by calendar year. The figures are allegations made "
                        "against police officers and police staff together.", 88) + [""]
    T = {(c, y): r.randint(3, 18 if c != AP else 6) for c in CATS5 for y in CYRS}
    head = f"{'Allegation type':<42}" + "".join(f"{N(str(y), 'year heading'):>8}" for y in CYRS) \
        + f"{'Total':>8}"
    L_ += [N("TABLE 1 - ALLEGATIONS BY CALENDAR YEAR", "table number"), head, "-" * len(head)]
    for c in CATS5:
        vs = [T[(c, y)] for y in CYRS]
        L_.append(f"{CL[c]:<42}" + "".join(f"{F(c, 'total', v, CY(y)):>8}"
                                           for v, y in zip(vs, CYRS))
                  + f"{F(c, 'total', sum(vs), CSPAN):>8}")
    L_ += [""]
    # Table 2: outcomes 2025, categories across, Total column across categories
    short = {SA: "Assault", SM: "Misconduct", SH: "Harass.", AP: "APSP", VG: "VAWG"}
    head = f"{'Outcome (2025)':<30}" + "".join(f"{short[c]:>11}" for c in CATS5) + f"{'All':>7}"
    N("2025", "year")
    L_ += [N("TABLE 2 - OUTCOMES OF ALLEGATIONS RECORDED IN 2025", "table number; year"), head,
           "-" * len(head)]
    left = {c: T[(c, 2025)] for c in CATS5}
    V = {}
    for i, (ol, oc) in enumerate(OUT7):
        cells = []
        for c in CATS5:
            v = draw(r, left[c], i, len(OUT7))
            left[c] -= v
            V[(c, oc)] = v
            cells.append(F(c, oc, v, CY(2025)))
        L_.append(f"{ol:<30}" + "".join(f"{x:>11}" for x in cells)
                  + f"{N(str(sum(V[(c, oc)] for c in CATS5)), XCAT):>7}")
    L_.append("-" * len(head))
    L_.append(f"{'Total':<30}" + "".join(f"{F(c, 'total', T[(c, 2025)], CY(2025), restated=True):>11}"
                                          for c in CATS5)
              + f"{N(str(sum(T[(c, 2025)] for c in CATS5)), XCAT):>7}")
    L_ += [""]
    L_ += textwrap.wrap("APSP = abuse of position for a sexual purpose; VAWG = violence against "
                        "women and girls (allegations flagged as VAWG that are not in another "
                        "category). \"All\" is the total of all five categories.", 88)
    N("five", "number of categories")
    L_ += [""] + textwrap.wrap(L("If you are unhappy with this response you may ask for a review "
                                 "within 40 working days. You may also contact the Information "
                                 "Commissioner's Office on 0303 123 1113.",
                                 "review deadline; ICO telephone"), 88)
    L_ += ["", "Yours faithfully,", "", "", "Information Compliance Officer"]
    # render: page images with the OCR text invisible on top
    W, H = A4
    dpi = 150
    pw, ph = int(W / 72 * dpi), int(H / 72 * dpi)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 17)
    fbold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 17)
    per_page = 62
    pages = [L_[i:i + per_page] for i in range(0, len(L_), per_page)]
    noise = Image.new("L", (128, 128))
    noise.putdata([max(0, min(255, int(r.gauss(236, 7)))) for _ in range(128 * 128)])
    c = rlcanvas.Canvas(str(bk.dest(src)), pagesize=A4)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("Canon iR-ADV C5535 / ABBYY FineReader")
    x0, y0, lead = 54, 60, 11.6
    for pg, lines in enumerate(pages):
        im = Image.new("L", (pw, ph), 238)
        for tx in range(0, pw, 128):
            for ty in range(0, ph, 128):
                im.paste(noise, (tx, ty))
        dr = ImageDraw.Draw(im)
        for k, line in enumerate(lines):
            y = (y0 + k * lead) / 72 * dpi
            f = fbold if line.isupper() and line.strip() else font
            dr.text((x0 / 72 * dpi, y), line, fill=38, font=f)
        for _ in range(120):
            sx, sy = r.randrange(pw), r.randrange(ph)
            dr.ellipse((sx, sy, sx + r.randint(1, 3), sy + r.randint(1, 3)), fill=r.randint(60, 160))
        dr.rectangle((pw - 22, 0, pw, ph), fill=150)
        im = im.rotate(0.35, resample=Image.BICUBIC, fillcolor=200)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=70)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont("Courier", 9.5)
        for k, line in enumerate(lines):
            t.setTextOrigin(x0, H - y0 - k * lead - 9)
            t.textLine(line)
        c.drawText(t)
        c.showPage()
    c.save()


def build_derbyshire():
    """Derbyshire Constabulary PDF letter with no table: every figure in a sentence, many in number
    words; abuse of position neither confirmed nor denied; a three-year total stated in prose; a
    percentage and a headcount."""
    src = "derbyshire/Derbyshire FOI 26-03318 response.pdf"
    KEY.file(src, "derbyshire")
    st = styles("Times-Roman", 11)
    r = rng("derbys")
    cats = (SA, SM, SH, VG)
    story = letter_head(st, "Derbyshire Constabulary", "Information Rights, Butterley Hall, Ripley, "
                        "DE5 3RS", "Reference: 26/03318", "Date: 3 December 2026", "postcode")
    story += [P("Dear Requester,", st["body"]),
              P(N(f"I write in response to your request of {REQ_DATE}:", "date"), st["body"]),
              P(request16(), st["quote"]),
              P("<b>Our response</b>", st["h2"]),
              P("Derbyshire Constabulary holds information by financial year, and the figures "
                "below are for financial years. They are allegations made against police officers "
                "and police staff, recorded on our professional standards system.", st["body"])]
    T = {}
    for y in FYRS:
        parts = []
        for c in cats:
            for s in ("officers", "staff"):
                T[(c, y, s)] = r.randint(2, 16) if s == "officers" else r.randint(0, 6)
        if y == 2025:
            T[(SH, y, "officers")] = max(T[(SH, y, "officers")], 7)
        for i, c in enumerate(cats):
            o, s_ = T[(c, y, "officers")], T[(c, y, "staff")]
            wo = F(c, "total", o, FY(y), subject="officers", said=WORDS[o] if o <= 20 and i % 2 == 0 else None)
            if s_ == 0:
                ws = F(c, "total", 0, FY(y), subject="staff", said="none")
            else:
                ws = F(c, "total", s_, FY(y), subject="staff", said=WORDS[s_] if i % 2 else None)
            noun = " allegations" if i == 0 else ""
            parts.append(f"{wo}{noun} of {CL[c].lower()} against police officers and {ws} against "
                         "police staff")
        story.append(P(f"In {N(FLAB[y], 'year')} we recorded " + "; ".join(parts[:-1]) + "; and "
                       + parts[-1] + ".", st["body"]))
    # three-year total in prose (a stated figure over the span)
    sa3 = sum(T[(SA, y, "officers")] for y in FYRS)
    story.append(P(f"Across the {N('three', 'the three years')} years, {F(SA, 'total', sa3, FSPAN, subject='officers')} "
                   "allegations of sexual assault were made against police officers, "
                   + N("an increase of 14.3% on the three years before.", "percentage")
                   + "", st["body"]))
    # outcomes of sexual harassment allegations against officers in 2025/26
    n = T[(SH, 2025, "officers")]
    dism = min(n, 2)
    ww = min(n - dism, 1)
    ma = min(n - dism - ww, 3)
    on = n - dism - ww - ma
    story.append(P(
        f"Of the {F(SH, 'total', n, FY(2025), subject='officers', said=WORDS[n] if n <= 20 else None, restated=True)} "
        f"allegations of sexual harassment against police officers recorded in {N('2025/26', 'year')}, "
        f"{F(SH, 'dismissed', dism, FY(2025), subject='officers', said=WORDS[dism])} resulted in "
        f"dismissal, {F(SH, 'written_warning', ww, FY(2025), subject='officers', said=WORDS[ww] if ww else 'none')} "
        f"in a written warning and {F(SH, 'management_action', ma, FY(2025), subject='officers', said=WORDS[ma] if ma else 'none')} "
        f"in management action; {F(SH, 'ongoing', on, FY(2025), subject='officers', said=WORDS[on] if on else 'none')} "
        f"{'is' if on == 1 else 'are'} still under investigation. None was withdrawn."
        if F(SH, "withdrawn", 0, FY(2025), subject="officers", said="none was withdrawn",
             printed=False) else "", st["body"]))
    story.append(P("<b>Abuse of position for a sexual purpose</b>", st["h2"]))
    story.append(P("Derbyshire Constabulary neither confirms nor denies that it holds information "
                   "about allegations of abuse of position for a sexual purpose for the three "
                   "financial years above. Sections 30(3) (investigations) and 40(5B) (personal "
                   "information) of the Act apply, as confirming or denying could prejudice "
                   "ongoing investigations and identify individuals."
                   if N("three 30(3) 40(5B)", "'the three financial years'; section numbers") else "", st["body"]))
    for y in FYRS:
        F(AP, "total", NCND("s30(3);s40(5B)"), FY(y))
    story += [P(N("For context, the force employs around 2,100 police officers and 1,600 police "
                  "staff.", "headcounts"), st["body"]),
              P(rights("Derbyshire Constabulary", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Information Rights Officer", st["body"])]
    pdf_letter(src, story, footer_fn("Derbyshire Constabulary", "", top="OFFICIAL",
                                     right="Page {p}"),
               title="FOI 26/03318", author="Derbyshire Constabulary")


GW_CAT = {SA: "Ymosodiad rhywiol / Sexual assault", SM: "Camymddwyn rhywiol / Sexual misconduct",
          SH: "Aflonyddu rhywiol / Sexual harassment",
          AP: "Camddefnyddio swydd at ddiben rhywiol / Abuse of position for a sexual purpose",
          VG: "Trais yn erbyn menywod a merched / Violence against women and girls"}
GW_OUT = [("Diswyddwyd / Dismissed", "dismissed"),
          ("Rhybudd ysgrifenedig / Written warning", "written_warning"),
          ("Camau rheoli / Management action", "management_action"),
          ("Dim achos i\u2019w ateb / No case to answer", "no_case_to_answer"),
          ("Heb ei gadarnhau / Not upheld", "not_upheld"),
          ("Tynnwyd yn \u00f4l / Withdrawn", "withdrawn"),
          ("Dal dan ymchwiliad / Still under investigation", "ongoing")]


def build_gwent():
    """Heddlu Gwent Police bilingual PDF letter (Welsh then English): Table 1 financial years,
    Table 2 calendar years (both schemes), officers and staff together; Table 3 outcomes 2025/26
    whose Total row restates Table 1's 2025/26 column."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "gwent/Gwent FOI 2026-1904 ymateb-response.pdf"
    KEY.file(src, "gwent")
    st = styles("Helvetica", 9.5)
    r = rng("gwent")
    story = letter_head(st, "Heddlu Gwent / Gwent Police", "Pencadlys yr Heddlu / Police "
                        "Headquarters, Llantarnam Industrial Park, Cwmbran, NP44 3FW",
                        "Cyfeirnod / Reference: FOI 2026/1904",
                        "Dyddiad / Date: 1 Rhagfyr 2026 / 1 December 2026", "postcode")
    story += [P("Annwyl Ymgeisydd / Dear Applicant,", st["body"]),
              P(N(f"Diolch am eich cais dyddiedig 20 Tachwedd 2026. / Thank you for your request "
                  f"dated {REQ_DATE}:", "dates"), st["body"]),
              P(request16(), st["quote"]),
              P("<b>Ymateb / Response</b>", st["h2"]),
              P("Mae\u2019r ffigurau isod yn honiadau a wnaed yn erbyn swyddogion heddlu a staff "
                "heddlu gyda\u2019i gilydd. / The figures below are allegations made against police "
                "officers and police staff together. Rydym wedi ateb fesul blwyddyn ariannol a "
                "blwyddyn galendr. / We have answered by both financial and calendar year.",
                st["body"])]
    hs = ps("gw-h", "Helvetica-Bold", 7.5, 9, align=1)
    cs = ps("gw-c", size=7.5, leading=9)
    TF = {(c, y): r.randint(4, 20 if c != AP else 6) for c in CATS5 for y in FYRS}
    TC = {(c, y): r.randint(4, 20 if c != AP else 6) for c in CATS5 for y in CYRS}
    for tno, (T, yrs, lab, per, band) in enumerate(
            ((TF, FYRS, FLAB, FY, "Blwyddyn ariannol / Financial year"),
             (TC, CYRS, {y: str(y) for y in CYRS}, CY, "Blwyddyn galendr / Calendar year")), 1):
        rows = [[P("Categori / Category", hs)] + [P(N(lab[y], "year heading"), hs) for y in yrs]
                + [P("Cyfanswm / Total", hs)]]
        for c in CATS5:
            vs = [T[(c, y)] for y in yrs]
            rows.append([P(GW_CAT[c], cs)] + [F(c, "total", v, per(y)) for v, y in zip(vs, yrs)]
                        + [F(c, "total", sum(vs), SPAN(per(yrs[0]), per(yrs[-1])))])
        t = Table(rows, colWidths=[80 * mm] + [22 * mm] * 4, hAlign="LEFT")
        t.setStyle(grid_style(1, size=8, shade="#D8E4BC"))
        story += [P(N(f"Tabl {tno} / Table {tno}: {band}", "table number"), st["bold"]), t, S(8)]
    # Table 3: outcomes 2025/26, outcomes down, categories across
    short = {SA: "Ymosodiad / Assault", SM: "Camymddwyn / Misconduct",
             SH: "Aflonyddu / Harassment", AP: "Camddefnyddio swydd / APSP", VG: "Trais / VAWG"}
    hs3 = ps("gw-h3", "Helvetica-Bold", 7, 8.5, align=1)
    rows = [[P("Canlyniad / Outcome", hs3)] + [P(short[c], hs3) for c in CATS5]]
    left = {c: TF[(c, 2025)] for c in CATS5}
    for i, (ol, oc) in enumerate(GW_OUT):
        row = [P(ol, cs)]
        for c in CATS5:
            v = draw(r, left[c], i, len(GW_OUT))
            left[c] -= v
            row.append(F(c, oc, v, FY(2025)))
        rows.append(row)
    rows.append([P("<b>Cyfanswm / Total</b>", cs)]
                + [F(c, "total", TF[(c, 2025)], FY(2025), restated=True) for c in CATS5])
    t = Table(rows, colWidths=[48 * mm] + [23.5 * mm] * 5, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8, shade="#D8E4BC",
                          extra=[("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 8)]))
    story += [P(N("Tabl 3 / Table 3: Canlyniadau 2025/26 / Outcomes 2025/26",
                  "table number; year"), st["bold"]), t, S(6),
              P("APSP = Camddefnyddio swydd at ddiben rhywiol / Abuse of position for a sexual "
                "purpose. VAWG = Trais yn erbyn menywod a merched / Violence against women and "
                "girls.", st["small"]),
              P(rights("Heddlu Gwent / Gwent Police", 40), st["body"]),
              P("Yn gywir / Yours sincerely,", st["body"]),
              P("Uned Rhyddid Gwybodaeth / Freedom of Information Unit", st["body"])]
    pdf_letter(src, story, footer_fn("Heddlu Gwent / Gwent Police", "", top="SWYDDOGOL / OFFICIAL"),
               title="FOI 2026/1904", author="Gwent Police")


def build_cheshire():
    """Cheshire Constabulary: a disclosure-log page that only says 'please find attached' and
    links the annex; the annex (PDF, landscape) is tables only: totals by calendar year for
    officers and staff, and outcomes over 2023-2025; '*' = fewer than five."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    page = "cheshire/FOI 2026-4471 disclosure.html"
    att = "cheshire/FOI 2026-4471 Annex A.pdf"
    KEY.file(page, "cheshire")
    h1 = N("FOI 2026-4471 \u2013 Sexual misconduct allegations against officers and staff", "reference")
    body = f"""<div class="govuk-width-container">
<header class="site-header"><a class="logo" href="/">Cheshire Constabulary</a>
<nav><a href="/report">Report</a> <a href="/contact">Contact us</a> <a href="/foi">Freedom of Information</a></nav></header>
<main class="disclosure-log">
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/foi">FOI</a></li><li>Disclosure log</li></ol>
<h1>{E(h1)}</h1>
<table class="meta"><tr><th>Reference</th><td>{E(N("2026-4471", "reference"))}</td></tr>
<tr><th>Date of response</th><td>{E(N("07/12/2026", "date"))}</td></tr>
<tr><th>Category</th><td>Professional standards</td></tr></table>
<h2>Request</h2>
<blockquote><p>{E(request16())}</p></blockquote>
<h2>Response</h2>
<p>Cheshire Constabulary can confirm it holds information relevant to your request. Please find
attached our response in <a href="FOI%202026-4471%20Annex%20A.pdf">{E(N("Annex A (PDF, 48 KB)", "annex file size"))}</a>.
The figures are allegations, given by calendar year, for police officers and police staff.</p>
<p>Small numbers have been withheld under section 40(2) of the Act, as explained in the annex.</p>
<aside class="related"><h3>Related disclosures</h3><ul>
<li><a href="#">{E(N("FOI 2025-3302 Misconduct hearings", "reference"))}</a></li>
<li><a href="#">{E(N("FOI 2026-0118 Vetting", "reference"))}</a></li></ul></aside>
</main>
<footer><p>{E(N("Cheshire Constabulary, Clemonds Hey, Oakmere Road, Winsford, CW7 2UA. Non-emergency 101.", "postcode; telephone"))}</p></footer></div>"""
    N("40(2)", "section number")
    write_text(page, html_page(N("FOI 2026-4471 | Cheshire Constabulary", "reference"), body))
    KEY.file(att, "cheshire")
    r = rng("cheshire")
    st = styles("Helvetica", 9)
    hs = ps("ch-h", "Helvetica-Bold", 8, 10, align=1)
    cs = ps("ch-c", size=8, leading=10)

    def cell(c, oc, v, per, s):
        if 1 <= v <= 4:
            return F(c, oc, SUP(), per, subject=s, said="*")
        return F(c, oc, v, per, subject=s)

    rows = [[P("Allegation type", hs), P("Employee", hs)]
            + [P(N(str(y), "year heading"), hs) for y in CYRS] + [P("Total 2023-2025", hs)]]
    N("2023 2025", "total column heading: years")
    spans = []
    for c in CATS5:
        spans.append(("SPAN", (0, len(rows)), (0, len(rows) + 1)))
        for s, sl in (("officers", "Police officer"), ("staff", "Police staff")):
            vs = [r.randint(5, 22) if s == "officers" else r.randint(0, 7) for _ in CYRS]
            if c == AP:
                vs = [v // 3 for v in vs]
            rows.append([P(CL[c], cs) if s == "officers" else "", sl]
                        + [cell(c, "total", v, CY(y), s) for v, y in zip(vs, CYRS)]
                        + [cell(c, "total", sum(vs), CSPAN, s)])
    t = Table(rows, colWidths=[80 * mm, 30 * mm] + [25 * mm] * 3 + [32 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#E4DFEC", extra=spans))
    d = gen("cheshire-out", CATS5, OUT7, ["span"], hi=6)
    rows2 = [[P("Allegation type", hs)] + [P(o, hs) for o, _ in OUT7] + [P("Total", hs)]]
    for c in CATS5:
        vs = [d[(c, oc, "span", "all")] for _, oc in OUT7]
        rows2.append([P(CL[c], cs)] + [cell(c, oc, v, CSPAN, "officers_and_staff")
                                       for v, (_, oc) in zip(vs, OUT7)]
                     + [cell(c, "total", sum(vs), CSPAN, "officers_and_staff")])
    t2 = Table(rows2, colWidths=[62 * mm] + [24 * mm] * 8, hAlign="LEFT")
    t2.setStyle(grid_style(1, size=8.5, shade="#E4DFEC"))
    story = [P(N("Annex A \u2013 FOI 2026-4471", "reference"), st["h"]),
             P(N("A1. Allegations recorded, by calendar year and employee type", "table number"),
               st["bold"]), t, S(10),
             P(N("A2. Outcomes of allegations recorded between 1 January 2023 and 31 December "
                 "2025 (police officers and police staff together)", "table number; dates"),
               st["bold"]), t2, S(8),
             P(N("* Fewer than five. Figures of fewer than five have been withheld under section "
                 "40(2) of the Freedom of Information Act 2000.",
                 "suppression definition; section; act year"), st["small"]),
             P(N("Outcome as recorded on Centurion on 30/11/2026.", "date"), st["small"])]
    pdf_letter(att, story, footer_fn("Cheshire Constabulary \u2013 Annex A", "",
                                     right="{p} of {n}"),
               pagesize=landscape(A4), margins=(18, 18, 18, 18), title="FOI 2026-4471 Annex A",
               author="Cheshire Constabulary")


# =========================================================================== HTML


def build_lancashire():
    """Lancashire Constabulary disclosure-log page in its house style: one long table Period |
    Allegation type | Outcome | Number of cases, a bold subtotal row per type, an 'All allegation
    types' row per year (not keyed); financial years; a prose restatement."""
    src = "lancashire/FOI-2026-01922-response.html"
    KEY.file(src, "lancashire", measure="cases")
    outs = [("Dismissed (gross misconduct)", "dismissed"), ("Written warning", "written_warning"),
            ("Management advice / reflective practice", "management_action"),
            ("No case to answer", "no_case_to_answer"), ("Not upheld", "not_upheld"),
            ("Withdrawn", "withdrawn"),
            ("Ongoing \u2013 subject on restricted duties", "ongoing")]
    d = gen("lancs", CATS5, outs, FYRS, hi=4)
    rows = []
    for y in FYRS:
        for c in CATS5:
            for ol, oc in outs:
                rows.append(f"<tr><td>{N(FLAB[y], 'period')}</td><td>{E(CL[c])}</td><td>{E(ol)}</td>"
                            f"<td>{F(c, oc, d[(c, oc, y, 'all')], FY(y))}</td></tr>")
            rows.append(f"<tr class=\"subtotal\"><td><b>{N(FLAB[y], 'period')}</b></td><td><b>{E(CL[c])}"
                        f"</b></td><td><b>Total</b></td><td><b>"
                        f"{F(c, 'total', tot(d, c, y, 'all', outs), FY(y))}</b></td></tr>")
        allv = sum(tot(d, c, y, "all", outs) for c in CATS5)
        rows.append(f"<tr class=\"grand\"><td><b>{N(FLAB[y], 'period')}</b></td><td><b>All allegation "
                    f"types</b></td><td><b>Total</b></td><td><b>{N(str(allv), XCAT)}</b></td></tr>")
    sh = tot(d, SH, 2025, "all", outs)
    body = f"""<div id="page"><header class="masthead"><a href="/">Lancashire Constabulary</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li><li><a href="/foi">Disclosure log</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/foi">Disclosure log</a> &rsaquo; {E(N("FOI-2026-01922", "reference"))}</div>
<main><h1>Sexual misconduct allegations against officers and staff</h1>
<dl class="foi-meta"><dt>Reference</dt><dd>{E(N("FOI-2026-01922", "reference"))}</dd>
<dt>Date</dt><dd>{E(N("09/12/2026", "date"))}</dd></dl>
<h2>Request</h2>
<blockquote>{E(request16())}</blockquote>
<h2>Response</h2>
<p>Lancashire Constabulary records misconduct matters as cases: {N("one", "'one case for each'")} case for each officer or
member of staff subject to an allegation. We have answered by financial year, for police
officers and police staff together.</p>
<table class="foi-table">
<thead><tr><th>Period</th><th>Allegation type</th><th>Outcome</th><th>Number of cases</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<p class="footnote"><small>{E(N("2025/26 is the complete financial year 1 April 2025 to 31 March 2026.", "year; dates"))}</small></p>
<p class="footnote"><small>Management advice was replaced by reflective practice in 2020; both are shown together.</small></p>
<p>In {E(N("2025/26", "year"))}, {F(SH, "total", sh, FY(2025), restated=True)} cases of sexual harassment were recorded against
officers and staff, more than in either of the previous two years.</p>
<h2>Your rights</h2><p>{E(rights("Lancashire Constabulary", 20))}</p>
</main>
<footer><p>{E(N("Lancashire Constabulary, PO Box 77, Hutton, Preston, PR4 5SB", "PO box; postcode"))}</p></footer></div>"""
    N("2020 two", "year; 'the previous two years'")
    write_text(src, html_page(N("FOI-2026-01922 | Lancashire Constabulary", "reference"), body))


# =========================================================================== XLSX


def build_sussex():
    """Sussex Police workbook answering per quarter: quarters of the financial years 2023/24 to
    2025/26 and of 2026/27 to date, a bold total row per financial year, categories across, an
    'All types' column (not keyed); '*' = a number between 1 and 4; outcomes for 2025/26."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "sussex/Sussex FOI 2026-11504 data.xlsx"
    KEY.file(src, "sussex")
    r = rng("sussex")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Quarterly"
    ws["A1"] = "Sussex Police \u2013 Professional Standards Department"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = N("FOI 2026/11504: allegations against police officers and police staff (together), "
                 "by quarter of the financial year in which the allegation was recorded",
                 "reference")
    fill = PatternFill("solid", fgColor="DDEBF7")
    hdr_cells(ws, 4, ["Financial year", "Quarter"] + [CL[c] for c in CATS5] + ["All types"], fill)

    def cell(c, v, per):
        if 1 <= v <= 4:
            return F(c, "total", SUP(1, 4), per, said="*")
        return F(c, "total", v, per)

    row = 5
    qlab = {1: "Q1 (Apr-Jun)", 2: "Q2 (Jul-Sep)", 3: "Q3 (Oct-Dec)", 4: "Q4 (Jan-Mar)"}
    for y in (2023, 2024, 2025, 2026):
        qs = (1, 2, 3, 4) if y < 2026 else (1, 2)
        sums = {c: 0 for c in CATS5}
        for q in qs:
            ws.cell(row, 1, N(FLAB[y], "year label"))
            ws.cell(row, 2, N(qlab[q], "quarter label"))
            allq = 0
            for j, c in enumerate(CATS5):
                v = r.randint(0, 9 if c != AP else 3)
                sums[c] += v
                allq += v
                num(ws, row, 3 + j, cell(c, v, FQ(y, q)))
            ws.cell(row, 8, int(N(str(allq), XCAT)))
            row += 1
        per = FY(y) if y < 2026 else TD27
        if y == 2025:
            FYT = dict(sums)
        lab = f"{FLAB[y]} total" if y < 2026 else "2026/27 to date"
        ws.cell(row, 1, N(lab, "year label")).font = Font(bold=True)
        for j, c in enumerate(CATS5):
            num(ws, row, 3 + j, cell(c, sums[c], per)).font = Font(bold=True)
        ws.cell(row, 8, int(N(str(sum(sums.values())), XCAT))).font = Font(bold=True)
        row += 2
    notes = ["Notes",
             N("* denotes a number between 1 and 4, withheld under section 40(2) of the Freedom "
               "of Information Act 2000.", "suppression definition; section; act year"),
             N("2026/27 to date covers 1 April 2026 to 30 September 2026 (Q1 and Q2).",
               "year; dates; quarter numbers"),
             "Sussex Police does not hold figures by calendar year; the quarters can be combined "
             "by the reader.",
             "'All types' is the total of the five categories." if N("five", "count of categories")
             else ""]
    for i, t in enumerate(notes):
        ws.cell(row + i, 1, t).font = Font(bold=(i == 0))
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 16
    # outcomes 2025/26
    o = wb.create_sheet(N("Outcomes 2025-26", "sheet name: year"))
    o["A1"] = N("Outcomes of allegations recorded in 2025/26 (1 April 2025 to 31 March 2026), "
                "officers and staff together", "year; dates")
    o["A1"].font = Font(bold=True)
    hdr_cells(o, 3, ["Allegation type"] + [x for x, _ in OUT7] + ["Total"], fill)
    for i, c in enumerate(CATS5):
        o.cell(4 + i, 1, CL[c])
        left = FYT[c]
        for j, (_, oc) in enumerate(OUT7):
            v = draw(r, left, j, len(OUT7))
            left -= v
            num(o, 4 + i, 2 + j, F(c, oc, SUP(1, 4), FY(2025), said="*") if 1 <= v <= 4
                else F(c, oc, v, FY(2025)))
        num(o, 4 + i, 9, F(c, "total", SUP(1, 4), FY(2025), said="*", restated=True)
            if 1 <= FYT[c] <= 4 else F(c, "total", FYT[c], FY(2025), restated=True))
    o.cell(10, 1, N("* a number between 1 and 4 (section 40(2)).", "suppression definition; section"))
    o.column_dimensions["A"].width = 40
    xlsx_save(wb, src, "Sussex Police")


def build_surrey():
    """Surrey Police workbook answering both schemes: sheets 'Financial years' and 'Calendar
    years' with a two-row header (each year merged over Officers / Staff; a Total merged down both
    rows = officers and staff over the span); 'Outcomes 2025-26' with a Total column, one Total
    typed one above its outcomes, and a Grand total row across types (not keyed)."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "surrey/Surrey Police FOI 2026-5523.xlsx"
    KEY.file(src, "surrey")
    r = rng("surrey")
    wb = openpyxl.Workbook()
    fill = PatternFill("solid", fgColor="FFF2CC")
    first = True
    TF = {}
    for name, yrs, lab, per in (("Financial years", FYRS, FLAB, FY),
                                ("Calendar years", CYRS, {y: str(y) for y in CYRS}, CY)):
        ws = wb.active if first else wb.create_sheet(name)
        ws.title = name
        first = False
        ws["A1"] = N(f"Surrey Police \u2013 FOI 2026/5523 \u2013 allegations by {name.lower()[:-1]}",
                     "reference")
        ws["A1"].font = Font(bold=True, size=12)
        hdr_cells(ws, 3, ["Allegation type"], fill)
        ws.merge_cells("A3:A4")
        for k, y in enumerate(yrs):
            col = 2 + 2 * k
            hdr_cells(ws, 3, [N(lab[y], "year heading")], fill, start=col)
            ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
            hdr_cells(ws, 4, ["Officers", "Staff"], fill, start=col)
        tc = 2 + 2 * len(yrs)
        hdr_cells(ws, 3, ["Total"], fill, start=tc)
        ws.merge_cells(start_row=3, start_column=tc, end_row=4, end_column=tc)
        span = SPAN(per(yrs[0]), per(yrs[-1]))
        for i, c in enumerate(CATS5):
            rr = 5 + i
            ws.cell(rr, 1, CL[c])
            allv = 0
            for k, y in enumerate(yrs):
                for m, s in enumerate(("officers", "staff")):
                    v = r.randint(4, 24) if s == "officers" else r.randint(0, 8)
                    if c == AP:
                        v //= 3
                    allv += v
                    if per is FY:
                        TF[(c, y, s)] = v
                    num(ws, rr, 2 + 2 * k + m, F(c, "total", v, per(y), subject=s))
            num(ws, rr, tc, F(c, "total", allv, span)).font = Font(bold=True)
        ws.cell(11, 1, "Officers includes special constables. Total = officers and staff, all "
                "years shown.")
        ws.column_dimensions["A"].width = 40
    o = wb.create_sheet(N("Outcomes 2025-26", "sheet name: year"))
    o["A1"] = N("Outcomes of allegations recorded in financial year 2025/26, officers and staff "
                "together", "year")
    o["A1"].font = Font(bold=True, size=12)
    hdr_cells(o, 3, ["Allegation type"] + [x for x, _ in OUT7] + ["Total"], fill)
    colsum = [0] * 8
    for i, c in enumerate(CATS5):
        rr = 4 + i
        o.cell(rr, 1, CL[c])
        left = TF[(c, 2025, "officers")] + TF[(c, 2025, "staff")]
        vs = []
        for j, (_, oc) in enumerate(OUT7):
            v = draw(r, left, j, len(OUT7))
            left -= v
            vs.append(v)
            num(o, rr, 2 + j, F(c, oc, v, FY(2025)))
        t = sum(vs) + (1 if c == SM else 0)      # SM Total typed one above its outcomes
        num(o, rr, 9, F(c, "total", t, FY(2025))).font = Font(bold=True)
        for j, v in enumerate(vs + [t]):
            colsum[j] += v
    o.cell(9, 1, "Grand total").font = Font(bold=True)
    for j, v in enumerate(colsum):
        o.cell(9, 2 + j, int(N(str(v), XCAT))).font = Font(bold=True)
    o.cell(11, 1, "Outcome as at 30 November 2026." if N("30 November 2026", "date") else "")
    o.column_dimensions["A"].width = 40
    xlsx_save(wb, src, "Surrey Police")


def build_northumbria():
    """Northumbria Police workbook: one sheet per calendar year; categories merged over Officer /
    Staff rows, outcomes across, typed Total; '*' = fewer than five (staff)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    src = "northumbria/Northumbria FOI 2026-2230.xlsx"
    KEY.file(src, "northumbria")
    d = gen("northumbria", CATS5, OUT7, CYRS, ("officers", "staff"), hi=5)
    wb = openpyxl.Workbook()
    fill = PatternFill("solid", fgColor="D9E1F2")
    for k, y in enumerate(CYRS):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = N(f"CY {y}", "sheet name: year")
        ws["A1"] = N(f"Northumbria Police \u2013 FOI 2026/2230 \u2013 calendar year {y} (1 January to "
                     f"31 December {y})", "reference; year; dates")
        ws["A1"].font = Font(bold=True, size=12)
        hdr_cells(ws, 3, ["Allegation type", "Employee"] + [x for x, _ in OUT7] + ["Total"], fill)
        rr = 4
        for c in CATS5:
            ws.cell(rr, 1, CL[c]).alignment = Alignment(vertical="top", wrap_text=True)
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr + 1, end_column=1)
            for s, sl in (("officers", "Officer"), ("staff", "Staff")):
                ws.cell(rr, 2, sl)
                vs = [d[(c, oc, y, s)] for _, oc in OUT7]
                for j, (v, oc) in enumerate(zip(vs + [sum(vs)], [o for _, o in OUT7] + ["total"])):
                    txt = (F(c, oc, SUP(), CY(y), subject=s, said="*") if s == "staff" and 1 <= v <= 4
                           else F(c, oc, v, CY(y), subject=s))
                    num(ws, rr, 3 + j, txt)
                rr += 1
        ws.cell(rr + 1, 1, N("* fewer than five: withheld under section 40(2) (personal "
                             "information).", "suppression definition; section"))
        ws.cell(rr + 2, 1, "Outcome as at the date of extraction; 'Still under investigation' "
                "includes cases awaiting a hearing.")
        ws.column_dimensions["A"].width = 40
    xlsx_save(wb, src, "Northumbria Police")


def build_north_yorkshire():
    """North Yorkshire Police workbook: a Cover sheet with the letter (the calendar-year part
    refused under section 12), a Data sheet in long format: Financial Year | Allegation Category |
    Outcome | Officers | Staff | Total, with an 'All Outcomes' row per category and year."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    src = "north-yorkshire/NYP FOI 1766-2026.xlsx"
    KEY.file(src, "north-yorkshire")
    outs = [("Dismissed", "dismissed"), ("Written Warning", "written_warning"),
            ("Management Action", "management_action"), ("No Case To Answer", "no_case_to_answer"),
            ("Not Upheld", "not_upheld"), ("Withdrawn", "withdrawn"),
            ("Under Investigation", "ongoing")]
    d = gen("nyp", CATS5, outs, FYRS, ("officers", "staff"), hi=3)
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover"
    lines = [(N("North Yorkshire Police \u2013 Freedom of Information request 1766/2026", "reference"),
              True),
             (N(f"Received: {REQ_DATE}", "date"), False), ("", False), ("Request", True),
             (request16(), False), ("", False), ("Response", True),
             ("The sheet 'Data' gives the number of allegations against police officers and police "
              "staff, by financial year and outcome.", False),
             (N("Calendar years: section 12", "section number"), True),
             (N("Our conduct records are dated by financial year. To give calendar-year figures we "
                "would need to open each of the 610 allegation records and check the date it was "
                "received, which at 3 minutes a record would take over 30 hours. This exceeds the "
                "appropriate limit of 18 hours (\u00a3450), and section 12(1) of the Act therefore "
                "applies to the calendar-year part of your request.",
                "cost estimate: records, minutes, hours, money; section"), False),
             ("", False),
             (rights("North Yorkshire Police", 40), False),
             (N("Civil Disclosure Unit, 01609 643 552", "telephone number"), False)]
    for i, (t, b) in enumerate(lines, 1):
        cv.cell(i, 1, t).font = Font(bold=b)
    cv.column_dimensions["A"].width = 130
    for c in CATS5:
        for y in CYRS:
            F(c, "total", REF(), CY(y))
    ws = wb.create_sheet("Data")
    fill = PatternFill("solid", fgColor="E2EFDA")
    hdr_cells(ws, 1, ["Financial Year", "Allegation Category", "Outcome", "Officers", "Staff",
                      "Total"], fill)
    rr = 2
    tc = {SA: "Sexual Assault", SM: "Sexual Misconduct", SH: "Sexual Harassment",
          AP: "Abuse Of Position For A Sexual Purpose", VG: "Violence Against Women And Girls"}
    for y in FYRS:
        for c in CATS5:
            for ol, oc in outs + [("All Outcomes", "total")]:
                ws.cell(rr, 1, N(FLAB[y], "year"))
                ws.cell(rr, 2, tc[c])
                ws.cell(rr, 3, ol)
                vals = []
                for s in ("officers", "staff"):
                    v = d[(c, oc, y, s)] if oc != "total" else tot(d, c, y, s, outs)
                    vals.append(v)
                    num(ws, rr, 4 + len(vals) - 1, F(c, oc, v, FY(y), subject=s))
                num(ws, rr, 6, F(c, oc, sum(vals), FY(y)))
                if oc == "total":
                    for j in range(1, 7):
                        ws.cell(rr, j).font = Font(bold=True)
                rr += 1
    ws.auto_filter.ref = f"A1:F{rr - 1}"
    ws.freeze_panes = "A2"
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 22
    xlsx_save(wb, src, "North Yorkshire Police")


# =========================================================================== XLS


def build_warwickshire():
    """Warwickshire Police XLS (xlwt): sheets 'Officers' and 'Staff', each a long block table
    Allegation type | Outcome | 2023 | 2024 | 2025 | Total with a bold Total row per type; zeros
    shown as '-' and defined as nil in a note."""
    import xlwt
    src = "warwickshire/Warwickshire FOI 2026-0871.xls"
    KEY.file(src, "warwickshire")
    title = xlwt.easyxf("font: bold on, height 240")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; "
                      "borders: left thin, right thin, top thin, bottom thin; "
                      "alignment: wrap on, vert centre, horiz centre")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin")
    numst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                        "alignment: horiz right")
    bold = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin")
    plain = xlwt.easyxf("")
    d = gen("warks", CATS5, OUT7, CYRS, ("officers", "staff"), hi=3)
    wb = xlwt.Workbook(encoding="utf-8")
    for s, sname, who in (("officers", "Officers", "police officers"),
                          ("staff", "Staff", "police staff")):
        ws = wb.add_sheet(sname)
        ws.write_merge(0, 0, 0, 5, f"Warwickshire Police \u2013 allegations against {who}, by "
                       "calendar year recorded" + "", title)
        ws.write(1, 0, N("FOI reference 2026/0871", "reference"), plain)
        for j, h in enumerate(["Allegation type", "Outcome"] + [N(str(y), "year heading")
                                                                 for y in CYRS] + ["Total"]):
            ws.write(3, j, h, hdr)
        rr = 4

        def put(r_, c_, txt, st):
            ws.write(r_, c_, int(txt) if re.fullmatch(r"\d+", txt) else txt, st)

        for c in CATS5:
            for ol, oc in OUT7 + [("Total", "total")]:
                ws.write(rr, 0, CL[c], bold if oc == "total" else cell)
                ws.write(rr, 1, ol, bold if oc == "total" else cell)
                vs = [d[(c, oc, y, s)] if oc != "total" else tot(d, c, y, s, OUT7) for y in CYRS]
                if (c, oc, s) == (SH, "total", "officers"):
                    vs[1] -= 1      # 2024 officers' SH Total typed one below its outcomes
                for j, (v, y) in enumerate(zip(vs + [sum(vs)], CYRS + ("span",))):
                    per = CY(y) if y != "span" else CSPAN
                    txt = F(c, oc, v, per, subject=s, said="-" if v == 0 else None)
                    put(rr, 2 + j, txt, numst)
                rr += 1
        ws.write(rr + 1, 0, "Notes", bold)
        ws.write(rr + 2, 0, "- = nil (no allegations).", plain)
        ws.write(rr + 3, 0, "Calendar year in which the allegation was recorded. Warwickshire "
                 "Police does not report by financial year for this subject.", plain)
        ws.col(0).width = 256 * 40
        ws.col(1).width = 256 * 26
    p = bk.dest(src)
    wb.save(str(p))


# =========================================================================== DOCX


def build_norfolk():
    """Norfolk Constabulary Word letter answering two requests from the same requester: Request 1
    (this request) by financial year with an outcome table over the three years; Request 2 (the
    number of individual officers and staff concerned) by financial year."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "norfolk/Norfolk FOI 26-2211 and 26-2240 response.docx"
    KEY.file(src, "norfolk")
    r = rng("norfolk")
    d = docx_new("Arial", 11)
    docx_header_footer(d, "OFFICIAL", N("Norfolk Constabulary, Operations and Communications "
                                        "Centre, Jubilee House, Wymondham, NR18 0WW", "postcode"))
    docx_heading(d, "Norfolk Constabulary", 14)
    d.add_paragraph(N("Our references: FOI 26-2211 and FOI 26-2240\nDate: 10 December 2026",
                      "references; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N("We have dealt with your two requests together, as they concern the same "
                      "information. Your first request, of 20 November 2026, reads:",
                      "'two requests'; date"))
    q = d.add_paragraph(request16())
    q.paragraph_format.left_indent = 360000
    req2 = ("Further to my earlier request, please tell me how many individual police officers and "
            "police staff were the subject of those allegations in each financial year.")
    d.add_paragraph(N("Your second request, of 27 November 2026, reads:", "date"))
    q = d.add_paragraph(req2)
    q.paragraph_format.left_indent = 360000
    docx_heading(d, "Request 1 (FOI 26-2211)", 12) if N("1 26-2211", "request number; reference") \
        else None
    d.add_paragraph("Norfolk Constabulary records allegations by financial year. Table 1 gives the "
                    "number of allegations against police officers and police staff together; "
                    "Table 2 their outcomes over the three years." if
                    N("1 2 three", "table numbers; 'the three years'") else "")
    T = {(c, y): r.randint(3, 19 if c != AP else 5) for c in CATS5 for y in FYRS}
    d.add_paragraph(N("Table 1: allegations by financial year recorded", "table number"))
    t = d.add_table(rows=1 + len(CATS5), cols=1 + 3)
    t.style = "Table Grid"
    docx_cell(t.cell(0, 0), "Allegation type", bold=True)
    for j, y in enumerate(FYRS):
        docx_cell(t.cell(0, 1 + j), N(FLAB[y], "year heading"), bold=True,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, c in enumerate(CATS5):
        docx_cell(t.cell(1 + i, 0), CL[c])
        for j, y in enumerate(FYRS):
            docx_cell(t.cell(1 + i, 1 + j), F(c, "total", T[(c, y)], FY(y)),
                      align=WD_ALIGN_PARAGRAPH.CENTER)
    for k in range(4):
        docx_shade(t.cell(0, k), "D9D9D9")
    d.add_paragraph("")
    d.add_paragraph(N("Table 2: outcomes of the allegations recorded between 1 April 2023 and 31 "
                      "March 2026, as at 1 December 2026", "table number; dates"))
    t = d.add_table(rows=1 + len(CATS5), cols=1 + len(OUT7) + 1)
    t.style = "Table Grid"
    docx_cell(t.cell(0, 0), "Allegation type", bold=True, size=9)
    for j, (ol, _) in enumerate(OUT7):
        docx_cell(t.cell(0, 1 + j), ol, bold=True, size=9)
    docx_cell(t.cell(0, 1 + len(OUT7)), "Total", bold=True, size=9)
    for i, c in enumerate(CATS5):
        docx_cell(t.cell(1 + i, 0), CL[c], size=9)
        left = sum(T[(c, y)] for y in FYRS)
        for j, (_, oc) in enumerate(OUT7):
            v = draw(r, left, j, len(OUT7))
            left -= v
            docx_cell(t.cell(1 + i, 1 + j), F(c, oc, v, FSPAN), size=9,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
        docx_cell(t.cell(1 + i, 1 + len(OUT7)), F(c, "total", sum(T[(c, y)] for y in FYRS), FSPAN),
                  bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    docx_heading(d, "Request 2 (FOI 26-2240)", 12) if N("2 26-2240", "request number; reference") \
        else None
    d.add_paragraph("Table 3 gives the number of individuals who were the subject of one or more "
                    "of the allegations in Table 1. One person may be the subject of allegations "
                    "of more than one type, so the rows cannot be added together."
                    if N("3 1 one one one", "table numbers; 'one or more', 'one person', 'more than one'")
                    else "")
    d.add_paragraph(N("Table 3: individuals subject to allegations, by financial year",
                      "table number"))
    t = d.add_table(rows=2 + 2 * len(CATS5), cols=2 + 3)
    t.style = "Table Grid"
    docx_cell(t.cell(0, 0), "Allegation type", bold=True)
    docx_cell(t.cell(0, 1), "Employee", bold=True)
    docx_cell(t.cell(0, 2), "Individuals (financial year)", bold=True,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    for j, y in enumerate(FYRS):
        docx_cell(t.cell(1, 2 + j), N(FLAB[y], "year heading"), bold=True,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 4))
    row = 2
    for c in CATS5:
        docx_cell(t.cell(row, 0), CL[c])
        for s, sl in (("officers", "Police officers"), ("staff", "Police staff")):
            docx_cell(t.cell(row, 1), sl)
            for j, y in enumerate(FYRS):
                v = max(0, T[(c, y)] - r.randint(1, 3)) if s == "officers" else r.randint(0, 2)
                docx_cell(t.cell(row, 2 + j), F(c, "total", v, FY(y), subject=s,
                                                measure="individuals"),
                          align=WD_ALIGN_PARAGRAPH.CENTER)
            row += 1
        t.cell(row - 2, 0).merge(t.cell(row - 1, 0))
    d.add_paragraph(rights("Norfolk Constabulary", 40))
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Information Management Department")
    docx_save(d, src, "Norfolk Constabulary")


def build_west_mercia():
    """West Mercia Police Word letter: one table merged both ways (a 'Financial year' band and a
    'Calendar year' band over their year columns; category vMerged over Officers / Staff); the
    calendar year 2023 'Not held' (before the April 2023 system change); outcomes in words."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    src = "west-mercia/West Mercia FOI 26-6619 response.docx"
    KEY.file(src, "west-mercia")
    r = rng("wmerc")
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "OFFICIAL", N("West Mercia Police, Hindlip Hall, Worcester, WR3 8SP",
                                        "postcode"))
    docx_heading(d, "West Mercia Police", 14)
    d.add_paragraph(N("Freedom of Information reference: 26-6619\nDate: 9 December 2026",
                      "reference; date"))
    d.add_paragraph("Dear Requester,")
    d.add_paragraph(N(f"Thank you for your request of {REQ_DATE}:", "date"))
    q = d.add_paragraph(request16())
    q.paragraph_format.left_indent = 360000
    docx_heading(d, "Response", 12)
    d.add_paragraph(N("West Mercia Police moved to a new professional standards system on 1 April "
                      "2023, and records were migrated from that date only. The financial years "
                      "2023/24 to 2025/26 and the calendar years 2024 and 2025 are given in full; "
                      "the calendar year 2023 is not held, because allegations recorded between "
                      "January and March 2023 remain on the old system, which is no longer "
                      "searchable.", "date; years"))
    for c in CATS5:
        F(c, "total", NH, CY(2023))
    vg = {**CL, VG: "VAWG-related misconduct"}
    t = d.add_table(rows=2 + 2 * len(CATS5), cols=2 + 6)
    t.style = "Table Grid"
    docx_cell(t.cell(0, 0), "Allegation type", bold=True)
    docx_cell(t.cell(0, 1), "Employee", bold=True)
    docx_cell(t.cell(0, 2), "Financial year", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    docx_cell(t.cell(0, 5), "Calendar year", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for j, y in enumerate(FYRS):
        docx_cell(t.cell(1, 2 + j), N(FLAB[y], "year heading"), bold=True,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
        docx_cell(t.cell(1, 5 + j), N(str(y), "year heading"), bold=True,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    for k in range(8):
        docx_shade(t.cell(0, k), "DEEAF6")
        docx_shade(t.cell(1, k), "DEEAF6")
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 4))
    t.cell(0, 5).merge(t.cell(0, 7))
    row = 2
    T = {}
    for c in CATS5:
        docx_cell(t.cell(row, 0), vg[c])
        for s, sl in (("officers", "Officers"), ("staff", "Staff")):
            docx_cell(t.cell(row, 1), sl)
            for j, y in enumerate(FYRS):
                v = r.randint(2, 15) if s == "officers" else r.randint(0, 5)
                docx_cell(t.cell(row, 2 + j), F(c, "total", v, FY(y), subject=s),
                          align=WD_ALIGN_PARAGRAPH.CENTER)
            for j, y in enumerate(CYRS):
                if y == 2023:
                    docx_cell(t.cell(row, 5 + j), "Not held", align=WD_ALIGN_PARAGRAPH.CENTER)
                    continue
                v = r.randint(2, 15) if s == "officers" else r.randint(0, 5)
                if (c, s, y) == (SH, "officers", 2025):
                    v = max(v, 8)
                T[(c, s, y)] = v
                docx_cell(t.cell(row, 5 + j), F(c, "total", v, CY(y), subject=s),
                          align=WD_ALIGN_PARAGRAPH.CENTER)
            row += 1
        t.cell(row - 2, 0).merge(t.cell(row - 1, 0))
    docx_repeat_header(t.rows[0])
    docx_repeat_header(t.rows[1])
    d.add_paragraph("")
    d.add_paragraph("\u2018VAWG-related misconduct\u2019 is conduct flagged as violence against "
                    "women and girls that does not fall within the other four categories."
                    if N("four", "'the other four categories'") else "")
    n = T[(SH, "officers", 2025)]
    d.add_paragraph(
        f"You asked for outcomes. Of the {F(SH, 'total', n, CY(2025), subject='officers', said=WORDS[n] if n <= 20 else None, restated=True)} "
        f"allegations of sexual harassment against police officers recorded in {N('2025', 'year')}, "
        f"{F(SH, 'dismissed', 2, CY(2025), subject='officers', said='two')} led to dismissal, "
        f"{F(SH, 'written_warning', 1, CY(2025), subject='officers', said='one')} to a written "
        f"warning, {F(SH, 'no_case_to_answer', 3, CY(2025), subject='officers', said='three')} "
        f"were found to have no case to answer and {F(SH, 'ongoing', n - 6, CY(2025), subject='officers', said=WORDS[n - 6])} "
        "remain under investigation. Outcomes for the other categories would require a review of "
        "each case file and are not included in this response.")
    d.add_paragraph(rights("West Mercia Police", 40))
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("Information Compliance Unit")
    docx_save(d, src, "West Mercia Police")


# =========================================================================== CSV


def build_humberside():
    """Humberside Police tidy export saved by Excel as 'Unicode Text': UTF-16 LE with a byte order
    mark, tab-separated, CRLF; one row per period x category x employee type x outcome, non-zero
    rows only; financial and calendar years in the same file."""
    src = "humberside/Humberside_FOI_2026_01733_export.csv"
    KEY.file(src, "humberside")
    outs = [("Dismissed", "dismissed"), ("Written Warning", "written_warning"),
            ("Management Action", "management_action"), ("No Case to Answer", "no_case_to_answer"),
            ("Not Upheld", "not_upheld"), ("Withdrawn", "withdrawn"),
            ("Under Investigation", "ongoing")]
    per = [("Financial Year", FLAB[y], FY(y)) for y in FYRS] + \
          [("Calendar Year", str(y), CY(y)) for y in CYRS]
    d = gen("humb", CATS5, outs, [p for _, p, _ in per], ("officers", "staff"), hi=3)
    lines = ["\t".join(["Period Type", "Period", "Allegation Category", "Employee Type", "Outcome",
                        "Allegations"])]
    tc = {SA: "Sexual Assault", SM: "Sexual Misconduct", SH: "Sexual Harassment",
          AP: "Abuse of Position for a Sexual Purpose", VG: "VAWG"}
    for pt, pl, pp in per:
        for c in CATS5:
            for s, sl in (("officers", "Police Officer"), ("staff", "Police Staff")):
                for ol, oc in outs:
                    v = d[(c, oc, pl, s)]
                    if v == 0:
                        continue
                    lines.append("\t".join([pt, N(pl, "period label"), tc[c], sl, ol,
                                            F(c, oc, v, pp, subject=s)]))
    write_text(src, "\r\n".join(lines) + "\r\n", encoding="utf-16", bom=True, newline="\r\n")


def build_cleveland():
    """Cleveland Police PDF letter: a ruled table of calendar-year totals with a '% change'
    column and a rate per 1,000 workforce (not figures); 2025 outcomes as bullets 'Label - n' per
    category for two categories; a national statistic; 'Appendix 2' and a phone number."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "cleveland/Cleveland Police FOI 2026-2871.pdf"
    KEY.file(src, "cleveland")
    st = styles("Helvetica", 10)
    r = rng("cleveland")
    story = letter_head(st, "Cleveland Police", "Freedom of Information Unit, Ladgate Lane, "
                        "Middlesbrough, TS8 9EH", "Reference: 2026/2871",
                        "Date: 11 December 2026", "postcode")
    story += [P("Dear Requester,", st["body"]),
              P(N(f"Your request of {REQ_DATE} asked:", "date"), st["body"]),
              P(request16(), st["quote"]),
              P("<b>Response</b>", st["h2"]),
              P("Cleveland Police has answered by calendar year. The table gives allegations made "
                "against police officers and police staff together.", st["body"])]
    hs = ps("cl-h", "Helvetica-Bold", 8, 10, align=1)
    rows = [[P("Allegation type", hs)] + [P(N(str(y), "year heading"), hs) for y in CYRS]
            + [P(N("% change 2024 to 2025", "column heading: years"), hs),
               P(N("Rate per 1,000 workforce (2025)", "column heading: rate base; year"), hs)]]
    T = {}
    for c in CATS5:
        vs = [r.randint(4, 20 if c != AP else 6) for _ in CYRS]
        for y, v in zip(CYRS, vs):
            T[(c, y)] = v
        ch = (vs[2] - vs[1]) / vs[1] * 100
        rate = vs[2] / 3.1
        rows.append([CL[c]] + [F(c, "total", v, CY(y)) for v, y in zip(vs, CYRS)]
                    + [N(f"{ch:+.1f}%", "percentage"), N(f"{rate:.2f}", "rate per 1,000")])
    t = Table(rows, colWidths=[62 * mm] + [16 * mm] * 3 + [28 * mm, 30 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#DCE6F1"))
    story += [P(N("Table 1: allegations by calendar year recorded", "table number"), st["bold"]),
              t, S(4),
              P(N("Rates use the force\u2019s workforce of 3,100 officers and staff on 31 March "
                  "2025. Percentages are rounded to one decimal place.",
                  "headcount; date; 'one decimal place'"), st["small"]),
              P("<b>Outcomes of allegations recorded in 2025</b>", st["h2"]) if N("2025", "year")
              else None]
    outs = [("Dismissed", "dismissed"), ("Written warning", "written_warning"),
            ("Management action", "management_action"), ("No case to answer", "no_case_to_answer"),
            ("Not upheld", "not_upheld"), ("Withdrawn", "withdrawn"),
            ("Still under investigation", "ongoing")]
    for c in (SA, SH):
        story.append(P(f"<b>{CL[c]}</b>", st["body"]))
        left = T[(c, 2025)]
        for i, (ol, oc) in enumerate(outs):
            v = draw(r, left, i, len(outs))
            left -= v
            story.append(P(f"{ol} \u2013 {F(c, oc, v, CY(2025))}", st["bullet"], ) if True else None)
    story += [S(4),
              P(N("Nationally, the National Police Chiefs\u2019 Council recorded 2,305 allegations "
                  "of sexual misconduct against officers and staff in England and Wales in 2024. "
                  "Our recording practice is described in Appendix 2 of our misconduct policy.",
                  "national statistic; year; appendix number"), st["body"]),
              P(N("Enquiries: 01642 301 639.", "telephone number"), st["body"]),
              P(rights("Cleveland Police", 40), st["body"]),
              P("Yours sincerely,", st["body"]), P("Disclosure Officer", st["body"])]
    story = [x for x in story if x is not None]
    pdf_letter(src, story, footer_fn("Cleveland Police \u2013 OFFICIAL", ""),
               title="FOI 2026/2871", author="Cleveland Police")


def build_all():
    bk.build_all(bk.builders_in(globals()))


if __name__ == "__main__":
    sys.exit(bk.main(FINAL, build_all, "blind16-", read=read16))
