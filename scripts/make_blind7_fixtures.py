#!/usr/bin/python3
"""make_blind7.py -- regenerate the seventh blind test batch for `foi` and its answer key.

Fourteen forces answer the request sent on 8 April 2024 (financial years 2021/22-2023/24; sexual
assault, sexual harassment, abuse of position for a sexual purpose; officers and staff; outcomes),
each in a house style not used in blind4-6 for that force:

  PDF  (5): kent, cleveland, durham, west-mercia, devon-and-cornwall
  XLSX (4): staffordshire, greater-manchester, bedfordshire, merseyside
  DOCX (2): essex, lancashire
  HTML (2): northumbria, thames-valley
  e-mail (1): dorset (.eml)

Machinery (F/L/N accounting, writers, read_back, check) copied from make_blind6.py.  Keying
calls are in blind7-notes.md beside this script.

usage: /usr/bin/python3 make_blind7.py             # rebuild fixtures/blind7 (or $FOI_BLIND7_OUT) (responses + expected.csv)
       /usr/bin/python3 make_blind7.py check       # verify determinism and every number
       /usr/bin/python3 make_blind7.py dump FILE   # show FILE (relative to fixtures/blind7 (or $FOI_BLIND7_OUT)) as read back
"""
import collections
import os
import csv
import datetime as dt
import html as htmllib
import io
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

FINAL = Path(os.environ.get("FOI_BLIND7_OUT") or
             Path(__file__).resolve().parent.parent / "fixtures" / "blind7").resolve()
ROOT = FINAL          # where builders write; `check` points it at a scratch folder
KEY_COLS = ["source_file", "force_id", "period_start", "period_end", "category", "measure",
            "subject", "outcome", "value", "value_status", "value_min", "value_max", "exemption"]

CATEGORIES = {"sexual_assault", "sexual_harassment", "abuse_of_position_sexual",
              "sexual_misconduct", "domestic_abuse", "discriminatory_behaviour", "vawg", "other"}
OUTCOMES = {"total", "dismissed", "would_have_been_dismissed", "resigned_or_retired",
            "reduction_in_rank", "final_written_warning", "written_warning", "management_action",
            "no_case_to_answer", "not_upheld", "upheld", "no_further_action", "withdrawn",
            "local_resolution", "ongoing", "criminal_conviction", "other"}
MEASURES = {"allegations", "cases", "complaints", "individuals", "referrals"}
SUBJECTS = {"officers", "staff", "officers_and_staff", "unknown"}

# --------------------------------------------------------------------------- periods


def FY(y):
    """Financial year y/y+1 (1 April to 31 March)."""
    return (f"{y}-04-01", f"{y + 1}-03-31")


def CY(y):
    return (f"{y}-01-01", f"{y}-12-31")


def SPAN(a, b):
    return (a[0], b[1])


YEARS = (2021, 2022, 2023)
FYS = [FY(y) for y in YEARS]
FYLAB = {2021: "2021/22", 2022: "2022/23", 2023: "2023/24"}
REQ_SPAN = SPAN(FY(2021), FY(2023))      # the whole period of the request

SA, SH, AP = "sexual_assault", "sexual_harassment", "abuse_of_position_sexual"
CATS3 = (SA, SH, AP)

# --------------------------------------------------------------------------- key values


class V:
    """A figure that is not a plain reported number."""

    def __init__(self, status, lo="", hi="", ex=""):
        self.status, self.lo, self.hi, self.ex = status, lo, hi, ex


def SUP(lo=0, hi=4, ex="s40(2)"):
    return V("suppressed", lo, hi, ex)


def REF(ex="s12"):
    return V("refused", "", "", ex)


def NCND(ex):
    return V("ncnd", "", "", ex)


NH = V("not_held")

NUM_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
             "eighty", "ninety", "hundred", "thousand", "dozen"]
TOK_RE = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?(?![A-Za-z\d])|\b(?:"
                    + "|".join(NUM_WORDS) + r")\b", re.I)


def tokens(text):
    """The numbers a reader sees in text: digit groups and number words."""
    return [t.replace(",", "").lower() for t in TOK_RE.findall(text)]


class Key:
    def __init__(self):
        self.rows = []
        self.seen = {}
        self.files = []
        self.ctx = {}
        self.cur = None
        self.figtok = {}     # src -> Counter of printed tokens accounted for by key rows
        self.nontok = {}     # src -> Counter of printed tokens declared non-figures
        self.reasons = {}    # src -> {token: set of reasons}
        self.said = {}       # src -> Counter of printed texts (without digits) that must be present

    def file(self, src, force, measure="allegations", subject="officers_and_staff"):
        """Register a response file; later F/L/N calls account against it."""
        assert src not in self.files, src
        assert measure in MEASURES and subject in SUBJECTS
        self.files.append(src)
        self.ctx[src] = (force, measure, subject)
        self.cur = src
        self.figtok[src] = collections.Counter()
        self.nontok[src] = collections.Counter()
        self.reasons[src] = collections.defaultdict(set)
        self.said[src] = collections.Counter()

    def use(self, src):
        """Switch back to a file registered earlier (a page and its attachment)."""
        assert src in self.files
        self.cur = src

    def fig(self, cat, outcome, v, period, subject=None, measure=None, said=None,
            restated=False, printed=True):
        src = self.cur
        force, m0, s0 = self.ctx[src]
        subject = subject or s0
        measure = measure or m0
        assert cat in CATEGORIES and outcome in OUTCOMES, (cat, outcome)
        assert subject in SUBJECTS and measure in MEASURES, (subject, measure)
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", period[0]) and period[0] <= period[1], period
        ident = (src, force, period[0], period[1], cat, measure, subject, outcome)
        if isinstance(v, V):
            row = ident + ("", v.status, v.lo, v.hi, v.ex)
            if v.status in ("suppressed", "approximate"):
                assert said is not None, ("suppressed figures need their printed form", ident)
            if v.status in ("refused", "ncnd", "not_held"):
                assert outcome == "total" and v.lo == v.hi == "", ident
                assert said is None or not tokens(said), ident
        else:
            assert isinstance(v, int) and v >= 0, (ident, v)
            row = ident + (v, "reported", v, v, "")
        text = said if said is not None else (str(v) if isinstance(v, int) else "")
        if printed:
            toks = tokens(text)
            if isinstance(v, int) and said is None:
                assert toks == [str(v)], (ident, text)
            for t in toks:
                self.figtok[src][t] += 1
            if not toks and text:
                self.said[src][text] += 1
        elif said:
            self.said[src][said] += 1
        if ident in self.seen:
            if not restated:
                raise SystemExit(f"duplicate key identity {ident}")
            if self.seen[ident] != row:
                raise SystemExit(f"restated figure differs {row} vs {self.seen[ident]}")
            return text
        if restated:
            raise SystemExit(f"restated figure never stated first {ident}")
        self.seen[ident] = row
        self.rows.append(row)
        return text

    def non(self, text, why):
        toks = tokens(text)
        if toks:
            assert why, ("a non-figure needs its reason", text)
        for t in toks:
            self.nontok[self.cur][t] += 1
            self.reasons[self.cur][t].add(why)
        return text

    def write(self, path):
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(KEY_COLS)
            for r in self.rows:
                w.writerow(r)


KEY = Key()


def F(cat, outcome, v, period, **kw):
    """Key one figure of the current file; returns the text to print."""
    return KEY.fig(cat, outcome, v, period, **kw)


def N(text, why=""):
    """Text whose numbers are not figures (why says what they are)."""
    return KEY.non(text, why)


def L(template, why="", **figs):
    """A template with {name} placeholders for figures (already keyed with F); every other
    number in the template is declared a non-figure with the reason why."""
    stripped = re.sub(r"\{\w+\}", " ", template)
    KEY.non(stripped, why)
    return template.format(**figs)


def B(cells_sum):
    """Convenience: assert-and-return a sum."""
    return sum(cells_sum)

# --------------------------------------------------------------------------- writers


def dest(src):
    p = ROOT / src
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def write_bytes(src, data):
    dest(src).write_bytes(data)


def write_text(src, text, encoding="utf-8", newline="\n", bom=False):
    text = text.replace("\r\n", "\n").replace("\n", newline)
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    write_bytes(src, data)


FIXED_ZIP_TIME = (2024, 6, 1, 12, 0, 0)


def normalise_zip(path, patch=None):
    """Rewrite an Office zip with fixed member timestamps so rebuilds are byte-identical.
    patch(name, data) -> data may rewrite a member (used to store cached formula values)."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if patch:
                data = patch(name, data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    Path(path).write_bytes(buf.getvalue())


ICO_ADDR = ("Information Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, "
            "Cheshire, SK9 5AF")


def rights(force_name, days=40):
    """The usual complaint-rights paragraph (its numbers are not figures)."""
    return L(f"If you are dissatisfied with the handling of your request you may ask for an "
             f"internal review within {days} working days of the date of this response by writing "
             f"to {force_name}. If you remain dissatisfied after the review you may complain to "
             f"the {ICO_ADDR} (telephone 0303 123 1113, www.ico.org.uk).",
             "internal review deadline in working days; ICO telephone number")


REQUEST = ("For each of the financial years 2021/22, 2022/23 and 2023/24, how many allegations "
           "of sexual assault, sexual harassment and abuse of position for a sexual purpose were "
           "made against your police officers and police staff, and what was the outcome of "
           "each?")


def request_text():
    return N(REQUEST, "the financial years of the request")

# --------------------------------------------------------------------------- PDF helpers


def numbered_canvas(furniture):
    from reportlab.pdfgen import canvas as rlcanvas

    class NumberedCanvas(rlcanvas.Canvas):
        def __init__(self, *a, **k):
            rlcanvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for i, state in enumerate(self._saved, 1):
                self.__dict__.update(state)
                self.saveState()
                furniture(self, i, n)
                self.restoreState()
                rlcanvas.Canvas.showPage(self)
            rlcanvas.Canvas.save(self)

    return NumberedCanvas


def pdf_letter(src, story, furniture, pagesize=None, margins=(22, 22, 30, 24), title="",
               author=""):
    """Build a PDF letter; furniture(canvas, page, pages) draws running headers and footers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate
    l, r, t, b = margins
    doc = SimpleDocTemplate(str(dest(src)), pagesize=pagesize or A4, leftMargin=l * mm,
                            rightMargin=r * mm, topMargin=t * mm, bottomMargin=b * mm,
                            title=title, author=author, creator=author)
    doc.build(story, canvasmaker=numbered_canvas(furniture))


def styles(font="Helvetica", size=10, leading=None):
    from reportlab.lib.styles import ParagraphStyle
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}[font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
            "Courier": "Courier-Oblique"}[font]
    leading = leading or size * 1.35
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading, spaceAfter=6)
    return {
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName=bold),
        "h": ParagraphStyle("h", parent=body, fontName=bold, fontSize=size + 2, spaceBefore=6,
                            leading=(size + 2) * 1.3),
        "h2": ParagraphStyle("h2", parent=body, fontName=bold, fontSize=size, spaceBefore=4,
                             spaceAfter=3),
        "quote": ParagraphStyle("quote", parent=body, fontName=ital, leftIndent=20,
                                rightIndent=20),
        "small": ParagraphStyle("small", parent=body, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.2),
        "cellc": ParagraphStyle("cellc", fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.2, alignment=1),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6,
                                 spaceAfter=2),
        "right": ParagraphStyle("right", parent=body, alignment=2, spaceAfter=0),
        "addr": ParagraphStyle("addr", parent=body, spaceAfter=0),
    }


def P(text, st):
    from reportlab.platypus import Paragraph
    return Paragraph(text, st)


def S(h=6):
    from reportlab.platypus import Spacer
    return Spacer(1, h)


def grid_style(header_rows=1, font="Helvetica", size=8.5, shade="#D9D9D9", extra=()):
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle
    bold = font.replace("-Roman", "") + "-Bold" if font != "Times-Roman" else "Times-Bold"
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONT", (0, 0), (-1, -1), font, size),
            ("FONT", (0, 0), (-1, header_rows - 1), bold, size),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(shade)),
            ("ALIGN", (1, header_rows), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    return TableStyle(cmds + list(extra))


# --------------------------------------------------------------------------- Office helpers


def xlsx_save(wb, src, creator="Information Management", cached=None):
    """Save a workbook.  cached: {sheet title: {cell ref: value}} cached results written into
    the formula cells, as Excel stores them (openpyxl writes formulas without results)."""
    fixed = dt.datetime(2024, 6, 1, 12, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    p = dest(src)
    wb.save(p)
    patch = None
    if cached:
        names = {f"xl/worksheets/sheet{i}.xml": ws.title for i, ws in enumerate(wb.worksheets, 1)}

        def patch(name, data):
            title = names.get(name)
            if title not in cached:
                return data
            xml = data.decode("utf-8")
            done = set()

            def fill(m):
                ref = m.group(1)
                if ref not in cached[title]:
                    return m.group(0)
                done.add(ref)
                return f'<c r="{ref}"{m.group(2)}><f>{m.group(3)}</f><v>{cached[title][ref]}</v></c>'

            xml = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>', fill, xml)
            missing = set(cached[title]) - done
            assert not missing, (title, missing)
            return xml.encode("utf-8")
    normalise_zip(p, patch)


def docx_new(font="Arial", size=11):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def docx_save(d, src, author):
    fixed = dt.datetime(2024, 6, 1, 12, 0, 0)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    p = dest(src)
    d.save(p)
    normalise_zip(p)


def docx_cell(cell, text, bold=False, align=None, size=None):
    from docx.shared import Pt
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align is not None:
        par.alignment = align
    return par


def docx_shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def docx_header_footer(d, header_text, footer_text):
    for section in d.sections:
        hp = section.header.paragraphs[0]
        hp.text = header_text
        hp.alignment = 1
        fp = section.footer.paragraphs[0]
        fp.text = footer_text
        fp.alignment = 1


def docx_heading(d, text, size=12):
    from docx.shared import Pt
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def xl_border():
    from openpyxl.styles import Border, Side
    s = Side(style="thin", color="000000")
    return Border(left=s, right=s, top=s, bottom=s)


def html_page(title, body, head_extra="", lang="en"):
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title}</title>\n{head_extra}</head>\n<body>\n{body}\n</body>\n</html>\n")


def E(s):
    """HTML-escape."""
    return htmllib.escape(s, quote=False)


# outcome labels used by many forces
O_D = ("Dismissed", "dismissed")
O_W = ("Would have been dismissed", "would_have_been_dismissed")
O_F = ("Final written warning", "final_written_warning")
O_WW = ("Written warning", "written_warning")
O_RP = ("Reflective practice", "management_action")
O_N = ("No case to answer", "no_case_to_answer")
O_NFA = ("No further action", "no_further_action")
O_WD = ("Withdrawn", "withdrawn")
O_ON = ("Ongoing", "ongoing")

CAT_LABEL = {SA: "Sexual assault", SH: "Sexual harassment",
             AP: "Abuse of position for a sexual purpose"}

# =========================================================================== builders




# --------------------------------------------------------------------------- common to this batch

REQ_DATE = "8 April 2024"
O_RPR = ("Reflective practice review process", "management_action")
O_MA = ("Management action", "management_action")
O_UI = ("Under investigation", "ongoing")
O_RR = ("Resigned / retired", "resigned_or_retired")
O_NTA = ("Not upheld", "not_upheld")
O_RIR = ("Reduction in rank", "reduction_in_rank")


def rng(name):
    """A deterministic random source per builder (for the larger tables)."""
    return random.Random("blind7-" + name)



# --------------------------------------------------------------------------- this batch (blind7)
O_MAD = ("Management advice", "management_action")
O_LR = ("Local resolution", "local_resolution")
O_NFA2 = ("No further action", "no_further_action")



# --------------------------------------------------------------------------- this batch (blind7)
REQ_DATE = "8 April 2024"
VW, DA, SM = "vawg", "domestic_abuse", "sexual_misconduct"
O_MAD = ("Management advice", "management_action")


def gen(name, cats, outs, periods, subjects, hi=4, late_only=("ongoing",)):
    """Deterministic small counts data[(c, oc, p, s)]; 'ongoing' only in the last period."""
    r = rng(name)
    d = {}
    for c in cats:
        for _, oc in outs:
            for pi, p in enumerate(periods):
                for s in subjects:
                    h = hi if s != "staff" else max(1, hi // 2)
                    v = r.randint(0, h)
                    if oc in late_only and pi < len(periods) - 1:
                        v = r.randint(0, 1)
                    d[(c, oc, p, s)] = v
    return d


def build_kent():
    """Kent Police PDF letter: one long ruled table (category and outcome rows, financial years
    as columns and a three-year Total) for police officers that runs over the page break with
    its header row repeated; police staff refused under section 12 (partial refusal)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "kent/Kent Police FOI 24-0733 final response.pdf"
    KEY.file(src, "kent", subject="officers")
    st = styles("Helvetica", 10)
    outs = [O_D, O_RP, O_N, O_UI]
    data = gen("kent", CATS3, outs, YEARS, ["officers"])

    def furniture(c, p, n):
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 285 * mm, N("Kent Police | Ref FOI/24/0733 | OFFICIAL", "reference"))
        c.drawRightString(190 * mm, 12 * mm, N(f"Page {p} of {n}", "page numbers"))

    story = [P("<b>Kent Police \u2013 Information Rights</b>", st["h"]),
             P(N("Reference: FOI/24/0733   Date of response: 7 May 2024", "reference; date"), st["addr"]),
             S(8), P("Dear Requester,", st["body"]),
             P(N(f"Your request of {REQ_DATE} read:", "date"), st["body"]),
             P(request_text(), st["quote"]),
             P("<b>Police officers.</b> The table below gives allegations recorded against police "
               "officers by financial year of recording and by outcome.", st["body"]),
             P(L("<b>Police staff.</b> Allegations against police staff are held on a separate "
                 "employment-relations system that cannot be searched by category. To answer this "
                 "part would exceed the cost limit of \u00a3450 (18 hours), and section 12(1) "
                 "applies to it.", "cost limit, hours, section number"), st["body"])]
    for c in CATS3:
        F(c, "total", REF("s12"), REQ_SPAN, subject="staff", said="")
    rows = [["Category", "Outcome"] + [N(FYLAB[y], "column heading (financial year)") for y in YEARS]
            + ["Total"]]
    bold_rows = []
    for c in CATS3:
        for ol, oc in outs:
            vals = [data[(c, oc, y, "officers")] for y in YEARS]
            rows.append([CAT_LABEL[c] if oc == outs[0][1] else "", ol]
                        + [F(c, oc, v, FY(y)) for y, v in zip(YEARS, vals)]
                        + [F(c, oc, sum(vals), REQ_SPAN)])
        yt = [sum(data[(c, oc, y, "officers")] for _, oc in outs) for y in YEARS]
        rows.append(["", "All outcomes"] + [F(c, "total", v, FY(y)) for y, v in zip(YEARS, yt)]
                    + [F(c, "total", sum(yt), REQ_SPAN)])
        bold_rows.append(len(rows) - 1)
    from reportlab.lib.styles import ParagraphStyle
    cs = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10)
    for row in rows[1:]:
        if row[0]:
            row[0] = P(row[0], cs)
    t = Table(rows, colWidths=[48 * mm, 46 * mm, 20 * mm, 20 * mm, 20 * mm, 18 * mm],
              repeatRows=1, hAlign="LEFT")
    t.setStyle(grid_style(1, size=8.5, shade="#C6D9F1",
                          extra=[("FONT", (0, r_), (-1, r_), "Helvetica-Bold", 8.5) for r_ in bold_rows]))
    story += [S(4), t, S(8),
              P("Allegations are counted once for each outcome reached; an allegation still under "
                "investigation is shown as such.", st["body"]),
              P(rights("Kent Police"), st["body"]), P("Yours faithfully,", st["body"]),
              P("Information Rights Team", st["body"])]
    pdf_letter(src, story, furniture, title="FOI/24/0733", author="Kent Police")


def build_cleveland():
    """Cleveland Police PDF: calendar years (the force records by calendar year and says so);
    category totals per year for officers and staff combined, an outcome table for 2023 with
    '*' = 1 to 4 (s40(2)); a paragraph of national statistics that are not figures."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "cleveland/Cleveland Police FOI 2024-1063.pdf"
    KEY.file(src, "cleveland")
    st = styles("Times-Roman", 10.5)
    tots = {SA: (9, 12, 10), SH: (14, 11, 17), AP: (5, 7, 6)}
    outs = [O_D, O_W, O_F, O_RP, O_N, O_NFA, O_UI]
    o23 = {SA: (1, 0, 2, 0, 4, 1, 2), SH: (2, 1, 3, 5, 3, 1, 2), AP: (2, 1, 0, 0, 1, 0, 2)}
    sup = {(SA, 0), (SA, 2), (SH, 1), (AP, 1), (SH, 6)}
    for c in CATS3:
        assert sum(o23[c]) == tots[c][2]

    def furniture(c, p, n):
        c.setFont("Times-Roman", 8)
        c.drawCentredString(105 * mm, 288 * mm, "OFFICIAL \u2013 Cleveland Police")
        c.drawString(22 * mm, 12 * mm, N(f"FOI 2024/1063          {p}/{n}", "reference; page numbers"))

    story = [P("<b>Cleveland Police</b>", st["h"]),
             P(N("Freedom of Information request 2024/1063 \u2013 response dated 10 May 2024",
                 "reference; date"), st["addr"]), S(8),
             P("You asked:", st["body"]), P(request_text(), st["quote"]),
             P(N("Cleveland Police records misconduct allegations by calendar year (1 January to "
                 "31 December), not by financial year. The figures below are therefore for the "
                 "calendar years 2021, 2022 and 2023, and count allegations against police "
                 "officers and police staff together.", "calendar-year basis (keyed with each figure)"),
               st["body"]),
             P(L("By way of context, the Home Office reported in 2024 that 1,209 police officers "
                 "were dismissed across England and Wales over two years, and the Baroness Casey "
                 "Review of 2023 found that 12% of women in the force surveyed had experienced "
                 "harassment.", "national statistics quoted for context, not this force's figures"),
               st["body"]),
             P(N("<b>Table 1 \u2013 allegations by category and calendar year</b>", "table number"),
               st["h2"])]
    rows = [["Category"] + [N(str(y), "column heading (calendar year)") for y in YEARS]]
    for c in CATS3:
        rows.append([CAT_LABEL[c]] + [F(c, "total", v, CY(y)) for y, v in zip(YEARS, tots[c])])
    t = Table(rows, colWidths=[80 * mm, 25 * mm, 25 * mm, 25 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, font="Times-Roman", size=9))
    story += [t, S(8), P(N("<b>Table 2 \u2013 outcomes of allegations recorded in 2023</b>",
                           "year of the table (keyed with each figure)"), st["h2"])]
    rows = [["Outcome", "Sexual assault", "Sexual harassment", "APSP"]]
    for oi, (ol, oc) in enumerate(outs):
        row = [ol]
        for c in CATS3:
            if (c, oi) in sup:
                assert 1 <= o23[c][oi] <= 4
                row.append(F(c, oc, SUP(), CY(2023), said="*"))
            else:
                row.append(F(c, oc, o23[c][oi], CY(2023)))
        rows.append(row)
    t = Table(rows, colWidths=[65 * mm, 30 * mm, 35 * mm, 25 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, font="Times-Roman", size=9))
    story += [t, S(4),
              P(N("* denotes fewer than five (but more than nil), withheld under section 40(2) because it "
                  "could identify the individuals concerned.", "definition of the mark; section number"),
                st["small"]),
              P(rights("Cleveland Police"), st["body"]),
              P("Yours sincerely, Freedom of Information Unit", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 2024/1063", author="Cleveland Police")


def build_durham():
    """Durham Constabulary PDF in numbered Q&A: Q1 sexual misconduct (one combined category) by
    year, with Officers / Staff / Total columns; Q2 outcomes for 2023/24 only, 2021/22-2022/23
    outcomes not held (old system); Q3 referrals to the CPS neither confirmed nor denied."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table
    src = "durham/DC FOI 0712-24 Response Letter.pdf"
    KEY.file(src, "durham")
    st = styles("Helvetica", 10)
    tot = {2021: (11, 3), 2022: (14, 4), 2023: (16, 5)}
    outs = [("Dismissed", "dismissed", 3), ("Resigned/retired", "resigned_or_retired", 1),
            ("Final written warning", "final_written_warning", 2),
            ("Management advice", "management_action", 4),
            ("No case to answer", "no_case_to_answer", 5), ("Awaiting hearing", "ongoing", 6)]
    assert sum(v for *_, v in outs) == sum(tot[2023])

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(22 * mm, 287 * mm, N("Durham Constabulary  \u2013  FOI 0712/24", "reference"))
        c.drawRightString(188 * mm, 287 * mm, N(f"page {p}", "page number"))

    story = [P("<b>Durham Constabulary \u2013 Freedom of Information</b>", st["h"]),
             P(N("Our reference 0712/24. Received 8 April 2024. Replied 3 May 2024.",
                 "reference; dates"), st["addr"]), S(6),
             P("Your request:", st["body"]), P(request_text(), st["quote"]),
             P("Durham Constabulary does not record sexual assault, sexual harassment and abuse of "
               "position for a sexual purpose separately: they are recorded together as "
               "\u2018sexual misconduct\u2019. The answers below use that combined category.",
               st["body"]),
             P(N("<b>Q1. Number of allegations</b>", "question number"), st["h2"])]
    rows = [["Financial year", "Police officers", "Police staff", "Total"]]
    for y in YEARS:
        o, s = tot[y]
        rows.append([N(FYLAB[y], "row heading (financial year)"),
                     F(SM, "total", o, FY(y), subject="officers"),
                     F(SM, "total", s, FY(y), subject="staff"),
                     F(SM, "total", o + s, FY(y))])
    t = Table(rows, colWidths=[40 * mm, 35 * mm, 35 * mm, 25 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=9, shade="#E2EFDA"))
    story += [t, S(6), P(N("<b>Q2. Outcomes</b>", "question number"), st["h2"]),
              P(N("Outcomes for allegations recorded in 2021/22 and 2022/23 are not held in a "
                  "retrievable form: they were recorded on a legacy system decommissioned in "
                  "March 2023. For allegations recorded in 2023/24 (officers and staff together) "
                  "the outcomes are:", "years of the not-held part and of the list"), st["body"])]
    for ol, oc, v in outs:
        story.append(P(f"\u2022 {ol}: {F(SM, oc, v, FY(2023))}", st["bullet"]))
    story += [P(N("<b>Q3. Referrals to the Crown Prosecution Service</b>", "question number"), st["h2"]),
              P(N("Durham Constabulary neither confirms nor denies that it holds information about "
                  "referrals to the Crown Prosecution Service, under sections 30(3) and 40(5).",
                  "section numbers"), st["body"])]
    F(SM, "total", NCND("s30(3);s40(5)"), REQ_SPAN, measure="referrals",
      said="neither confirms nor denies")
    story += [P(rights("Durham Constabulary"), st["body"]), P("Information Rights Team", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 0712/24", author="Durham Constabulary")


def build_west_mercia():
    """West Mercia Police landscape PDF: a quoted request with its own numbers (a press figure,
    a list of five items), an unruled table by year and subject with categories as columns
    (the VAWG item gets no answer), and an outcome table for the whole three-year span."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle
    src = "west-mercia/WMP FOI 3318-24 response.pdf"
    KEY.file(src, "west-mercia")
    st = styles("Helvetica", 9.5)
    cats = [SA, SH, AP]
    labs = ["Sexual assault", "Sexual harassment", "APSP"]
    data = gen("west-mercia", cats, [("T", "t")], YEARS, ["officers", "staff"], hi=9)

    def furniture(c, p, n):
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, 200 * mm, N("West Mercia Police \u2013 FOI 3318/24", "reference"))
        c.drawRightString(282 * mm, 8 * mm, N(f"Page {p} of {n}", "page numbers"))

    story = [P("<b>West Mercia Police \u2013 Disclosure</b>", st["h"]),
             P(L("Your request (received 8 April 2024) was as follows: \u201cThe Angiolini "
                 "Inquiry said that 1 in 5 officers had witnessed misconduct. Please tell me, for "
                 "2021/22, 2022/23 and 2023/24: 1. allegations of sexual assault; 2. sexual "
                 "harassment; 3. abuse of position for a sexual purpose; and 4. any other "
                 "violence against women and girls, made against officers and "
                 "staff, with outcomes.\u201d",
                 "the requester's question: a press figure, years, item numbers"), st["quote"]),
             P("Allegations recorded, by financial year and type of employee:", st["body"])]
    rows = [["Year", "Employee"] + labs]
    for y in YEARS:
        for s, sl in (("officers", "Officer"), ("staff", "Staff")):
            rows.append([N(FYLAB[y], "row heading (financial year)"), sl]
                        + [F(c, "total", data[(c, "t", y, s)], FY(y), subject=s) for c in cats])
    t = Table(rows, hAlign="LEFT", colWidths=[25 * mm, 25 * mm] + [45 * mm] * 3)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                           ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black")]))
    story += [t, S(8), P(N("Outcomes of those allegations, officers and staff together, all three "
                           "years combined:", "the span of the table (keyed with each figure)"),
                         st["body"])]
    outs = [O_D, O_W, O_F, O_MA, O_N, O_UI]
    r = rng("west-mercia-outcomes")
    rows = [["Outcome"] + labs]
    for c in cats:
        pass
    split = {}
    for c in cats:
        total = sum(data[(c, "t", y, s)] for y in YEARS for s in ("officers", "staff"))
        parts = [0] * len(outs)
        for i in r.choices(range(len(outs)), weights=[3, 1, 2, 4, 5, 2], k=total):
            parts[i] += 1
        split[c] = parts
    for oi, (ol, oc) in enumerate(outs):
        rows.append([ol] + [F(c, oc, split[c][oi], REQ_SPAN) for c in cats])
    rows.append(["Total"] + [F(c, "total", sum(split[c]), REQ_SPAN) for c in cats])
    t = Table(rows, hAlign="LEFT", colWidths=[50 * mm] + [45 * mm] * 3)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                           ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.8, "black")]))
    story += [t, S(6), P(N("Item 4 (other violence against women and girls) is not a category on our "
                           "conduct system; allegations of that kind are included above where they "
                           "fall within items 1 to 3.", "item numbers of the request"), st["body"]),
              P(rights("West Mercia Police"), st["body"])]
    pdf_letter(src, story, furniture, pagesize=landscape(A4), margins=(15, 15, 20, 18),
               title="FOI 3318/24", author="West Mercia Police")


def build_devon_and_cornwall():
    """Devon & Cornwall Police PDF: 2023/24 answered in a ruled table (categories as rows;
    Police officers / Police staff / All columns); the two earlier years only in hedged prose
    ('more than 20', 'almost a dozen'); two-page letter with a running header."""
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Table
    src = "devon-and-cornwall/DCP FOI 2024-04412 letter.pdf"
    KEY.file(src, "devon-and-cornwall")
    st = styles("Helvetica", 10.5)
    tab = {SA: (8, 2), SH: (13, 5), AP: (6, 0)}

    def furniture(c, p, n):
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 286 * mm, N(f"Devon & Cornwall Police  |  FOI 2024/04412  |  page {p} "
                                          f"of {n}", "reference; page numbers"))

    story = [P("<b>Devon &amp; Cornwall Police</b>", st["h"]),
             P(N("Freedom of Information reference 2024/04412 – 17 May 2024",
                 "reference; date"), st["addr"]), S(8), P("Dear Requester,", st["body"]),
             P("You asked:", st["body"]), P(request_text(), st["quote"]),
             P(N("Our Professional Standards Department can extract exact figures only for "
                 "2023/24, when its current case system was adopted. They are:",
                 "the year of the table (keyed with each figure)"), st["body"])]
    rows = [["Allegation category", "Police officers", "Police staff", "All"]]
    for c in CATS3:
        o, s_ = tab[c]
        rows.append([CAT_LABEL[c], F(c, "total", o, FY(2023), subject="officers"),
                     F(c, "total", s_, FY(2023), subject="staff"), F(c, "total", o + s_, FY(2023))])
    t = Table(rows, colWidths=[75 * mm, 30 * mm, 30 * mm, 20 * mm], hAlign="LEFT")
    t.setStyle(grid_style(1, size=9.5, shade="#FCE4D6"))
    story += [t, S(8), PageBreak(),
              P(N("For 2021/22 and 2022/23 we can give only estimates from the old system, which "
                  "did not always record the allegation type:", "years of the estimates"), st["body"])]
    sh21 = F(SH, "total", V("approximate", 21, "", ""), FY(2021), said="more than 20")
    sh22 = F(SH, "total", V("approximate", 21, "", ""), FY(2022), said="more than 20",
             printed=False)
    assert sh21 == sh22
    story.append(P(f"\u2022 sexual harassment: {sh21} allegations in each of those years;", st["bullet"]))
    sa = F(SA, "total", V("approximate", "", 11, ""), FY(2022), said="almost a dozen")
    story.append(P(L("• sexual assault: {sa} allegations in 2022/23; the 2021/22 figure could "
                     "not be estimated.", "years", sa=sa), st["bullet"]))
    story += [P("Outcomes are not held for these estimates.", st["body"]),
              P(rights("Devon & Cornwall Police"), st["body"]),
              P("Yours sincerely, Information Rights Team", st["body"])]
    pdf_letter(src, story, furniture, title="FOI 2024/04412", author="Devon & Cornwall Police")


def build_staffordshire():
    """Staffordshire Police XLSX: one sheet per financial year ('2021-22' ...: the period comes
    from the sheet name only), an Officers block and a Staff block on each sheet with outcomes
    as rows and categories as columns, and a Total row per block; '-' defined as nil."""
    import openpyxl
    from openpyxl.styles import Font
    src = "staffordshire/FOI 7781 Staffordshire Police data.xlsx"
    KEY.file(src, "staffordshire")
    outs = [O_D, O_RP, O_N]
    data = gen("staffordshire", CATS3, outs, YEARS, ["officers", "staff"], hi=3)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for y in YEARS:
        ws = wb.create_sheet(N(f"{y}-{(y + 1) % 100:02d}", "sheet name (financial year)"))
        ws["A1"] = N("Staffordshire Police \u2013 FOI 7781 \u2013 conduct allegations by outcome",
                     "reference")
        ws["A1"].font = Font(bold=True)
        row = 3
        for s, sl in (("officers", "Police officers"), ("staff", "Police staff")):
            ws.cell(row, 1, sl).font = Font(bold=True)
            row += 1
            for ci, h in enumerate(["Outcome", "Sexual assault", "Sexual harassment", "APSP"], 1):
                ws.cell(row, ci, h).font = Font(bold=True)
            row += 1
            for ol, oc in outs:
                ws.cell(row, 1, ol)
                for ci, c in enumerate(CATS3, 2):
                    v = data[(c, oc, y, s)]
                    if v == 0:
                        ws.cell(row, ci, F(c, oc, 0, FY(y), subject=s, said="-"))
                    else:
                        ws.cell(row, ci, int(F(c, oc, v, FY(y), subject=s)))
                row += 1
            ws.cell(row, 1, "Total").font = Font(bold=True)
            for ci, c in enumerate(CATS3, 2):
                ws.cell(row, ci, int(F(c, "total", sum(data[(c, oc, y, s)] for _, oc in outs),
                                       FY(y), subject=s)))
            row += 2
        ws.cell(row, 1, "'-' = nil (no allegations with that outcome).")
        ws.column_dimensions["A"].width = 34
    xlsx_save(wb, src, creator="Staffordshire Police")


def build_greater_manchester():
    """GMP XLSX: one sheet, financial year in column A merged down its outcome rows, then
    Officers / Staff / Total columns under a merged header per category; a Notes sheet."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    src = "greater-manchester/GMP 003977-24 Appendix A.xlsx"
    KEY.file(src, "greater-manchester")
    outs = [O_D, O_RPR, O_N, O_ON]
    data = gen("gmp", CATS3, outs, YEARS, ["officers", "staff"], hi=6)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Appendix A"
    ws["A1"] = N("GMP FOI 003977/24 \u2013 allegations against officers and staff, 1 April 2022 to "
                 "31 March 2024", "reference; the span of the table (years keyed per row)")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "Financial year"
    ws["B3"] = "Outcome"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    col = 3
    for c in CATS3:
        ws.cell(3, col, CAT_LABEL[c])
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 2)
        ws.cell(3, col).alignment = Alignment(horizontal="center")
        for k, h in enumerate(("Officers", "Staff", "Total")):
            ws.cell(4, col + k, h)
        col += 3
    row = 5
    for y in (2022, 2023):
        first = row
        for ol, oc in outs + [("Total", "total")]:
            ws.cell(row, 2, ol)
            col = 3
            for c in CATS3:
                if oc == "total":
                    o = sum(data[(c, x, y, "officers")] for _, x in outs)
                    s = sum(data[(c, x, y, "staff")] for _, x in outs)
                else:
                    o, s = data[(c, oc, y, "officers")], data[(c, oc, y, "staff")]
                ws.cell(row, col, int(F(c, oc, o, FY(y), subject="officers")))
                ws.cell(row, col + 1, int(F(c, oc, s, FY(y), subject="staff")))
                ws.cell(row, col + 2, int(F(c, oc, o + s, FY(y))))
                col += 3
            row += 1
        ws.cell(first, 1, N(FYLAB[y], "merged row heading (financial year)"))
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
        ws.cell(first, 1).alignment = Alignment(vertical="top")
    ws.column_dimensions["B"].width = 36
    n = wb.create_sheet("Notes")
    n["A1"] = "Notes"
    n["A2"] = "Counts are of allegations, by the financial year in which they were recorded."
    n["A3"] = "Outcome is the final outcome, or the current stage where the matter is live."
    n["A4"] = N("2021/22: information not held. GMP's conduct records before 1 April 2022 were kept "
                "on a system that was not migrated.", "the not-held year (keyed) and a date")
    for c in CATS3:
        F(c, "total", NH, FY(2021), said="information not held")
    xlsx_save(wb, src, creator="GMP Information Compliance")


def build_bedfordshire():
    """Bedfordshire Police tidy XLSX export: Financial Year | Employee Type | Allegation Type |
    Outcome | Count; rows with a count of nil are not listed; counts of 1 to 4 shown as 'x'
    (defined on a Notes sheet); no totals."""
    import openpyxl
    from openpyxl.styles import Font
    src = "bedfordshire/BCH FOI 1520-24 export.xlsx"
    KEY.file(src, "bedfordshire")
    outs = [O_D, O_RP, O_N, O_UI]
    data = gen("bedfordshire", CATS3, outs, YEARS, ["officers", "staff"], hi=12)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    hdr = ["Financial Year", "Employee Type", "Allegation Type", "Outcome", "Count"]
    for i, h in enumerate(hdr, 1):
        ws.cell(1, i, h).font = Font(bold=True)
    row = 2
    for y in YEARS:
        for s, sl in (("officers", "Police Officer"), ("staff", "Police Staff")):
            for c in CATS3:
                for ol, oc in outs:
                    v = data[(c, oc, y, s)]
                    if v == 0:
                        continue
                    ws.cell(row, 1, N(FYLAB[y], "financial year of the row"))
                    ws.cell(row, 2, sl)
                    ws.cell(row, 3, CAT_LABEL[c])
                    ws.cell(row, 4, ol)
                    if v <= 4:
                        ws.cell(row, 5, F(c, oc, SUP(), FY(y), subject=s, said="x"))
                    else:
                        ws.cell(row, 5, int(F(c, oc, v, FY(y), subject=s)))
                    row += 1
    for col, w in zip("ABCDE", (16, 16, 40, 26, 8)):
        ws.column_dimensions[col].width = w
    n = wb.create_sheet("Notes")
    n["A1"] = N("FOI 1520/24 \u2013 Bedfordshire Police", "reference")
    n["A2"] = "Allegations recorded against police officers and police staff, by outcome."
    n["A3"] = N("x = fewer than five (a count of nil is not listed), withheld under section 40(2) of the Act.",
                "definition of the mark; section number")
    n["A4"] = "Combinations with no allegations are not listed."
    xlsx_save(wb, src, creator="Bedfordshire Police")


def build_merseyside():
    """Merseyside Police XLSX: one sheet per category, years as rows and outcomes as columns
    (transposed), a Total column (formula with its cached result) and a 'Grand total' row over
    the three years; officers only; a hidden sheet with draft figures."""
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter as GL
    src = "merseyside/MER FOI 24-1140 tables.xlsx"
    KEY.file(src, "merseyside", subject="officers")
    outs = [O_D, O_RPR, O_N, O_UI]
    data = gen("merseyside", CATS3, outs, YEARS, ["officers"], hi=5)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    cached = {}
    for c, name in ((SA, "Sexual Assault"), (SH, "Sexual Harassment"), (AP, "Abuse of Position")):
        ws = wb.create_sheet(name)
        cached[name] = {}
        ws["A1"] = f"{CAT_LABEL[c]} \u2013 allegations against police officers"
        ws["A1"].font = Font(bold=True)
        hdr = ["Year"] + [ol for ol, _ in outs] + ["Total"]
        for i, h in enumerate(hdr, 1):
            ws.cell(3, i, h).font = Font(bold=True)
        tc = len(hdr)
        for yi, y in enumerate(YEARS):
            r_ = 4 + yi
            ws.cell(r_, 1, N(FYLAB[y], "row heading (financial year)"))
            for oi, (_, oc) in enumerate(outs, 2):
                ws.cell(r_, oi, int(F(c, oc, data[(c, oc, y, "officers")], FY(y))))
            t = sum(data[(c, oc, y, "officers")] for _, oc in outs)
            ws.cell(r_, tc, f"=SUM(B{r_}:{GL(tc - 1)}{r_})")
            cached[name][f"{GL(tc)}{r_}"] = F(c, "total", t, FY(y))
        gr = 4 + len(YEARS)
        ws.cell(gr, 1, "Grand total").font = Font(bold=True)
        for oi, (_, oc) in enumerate(outs, 2):
            ws.cell(gr, oi, f"=SUM({GL(oi)}4:{GL(oi)}{gr - 1})")
            cached[name][f"{GL(oi)}{gr}"] = F(c, oc, sum(data[(c, oc, y, "officers")] for y in YEARS),
                                                REQ_SPAN)
        ws.cell(gr, tc, f"=SUM({GL(tc)}4:{GL(tc)}{gr - 1})")
        cached[name][f"{GL(tc)}{gr}"] = F(c, "total", sum(data[(c, oc, y, "officers")]
                                                          for _, oc in outs for y in YEARS), REQ_SPAN)
        ws.column_dimensions["A"].width = 14
    h = wb.create_sheet("Draft")
    h.sheet_state = "hidden"
    h["A1"] = "Draft \u2013 do not release"
    r = rng("merseyside-draft")
    for i in range(2, 8):
        h.cell(i, 1, "row")
        h.cell(i, 2, int(N(str(r.randint(0, 9)), "hidden draft sheet: never read for figures")))
    xlsx_save(wb, src, creator="Merseyside Police", cached=cached)


def build_essex():
    """Essex Police DOCX: one table with a merged category cell down its Officers / Staff rows
    (vMerge) and years as columns; '<5' under s40(2); domestic abuse answered for officers,
    not held for staff."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH as A
    src = "essex/Essex Police FOI 12-449 response.docx"
    KEY.file(src, "essex")
    d = docx_new("Arial", 10.5)
    docx_header_footer(d, N("ESSEX POLICE \u2013 FOI 12/449/24", "reference"), "OFFICIAL")
    docx_heading(d, N("Freedom of Information Act 2000 \u2013 Response", "year of the Act"), 13)
    d.add_paragraph(N("Reference 12/449/24, 9 May 2024", "reference; date"))
    d.add_paragraph("Your request:")
    d.add_paragraph(request_text())
    d.add_paragraph("Essex Police holds this information. The table gives the number of "
                    "allegations recorded in each financial year. Outcomes are not broken down "
                    "in our system by allegation type beyond the totals shown.")
    cats = [SA, SH, AP, DA]
    labs = CAT_LABEL | {DA: "Domestic abuse"}
    data = gen("essex", cats, [("T", "t")], YEARS, ["officers", "staff"], hi=12)
    t = d.add_table(rows=1 + 2 * len(cats), cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Allegation", "Employee"] + [N(FYLAB[y], "column heading") for y in YEARS]):
        docx_cell(t.cell(0, i), h, bold=True)
    for ci, c in enumerate(cats):
        r0 = 1 + 2 * ci
        a = t.cell(r0, 0).merge(t.cell(r0 + 1, 0))
        docx_cell(a, labs[c])
        for k, (s, sl) in enumerate((("officers", "Officers"), ("staff", "Staff"))):
            docx_cell(t.cell(r0 + k, 1), sl)
            for yi, y in enumerate(YEARS):
                if c == DA and s == "staff":
                    txt = F(DA, "total", NH, FY(y), subject="staff", said="n/h")
                else:
                    v = data[(c, "t", y, s)]
                    txt = (F(c, "total", SUP(), FY(y), subject=s, said="<5") if v < 5
                           else F(c, "total", v, FY(y), subject=s))
                docx_cell(t.cell(r0 + k, 2 + yi), txt, align=A.CENTER)
    d.add_paragraph(N("<5: fewer than five; the exact number is withheld under section 40(2).",
                      "suppression bound; section number"))
    d.add_paragraph("n/h: not held. Domestic abuse allegations against police staff are handled "
                    "by Human Resources and are not recorded by type.")
    d.add_paragraph(rights("Essex Police"))
    docx_save(d, src, "Essex Police")


def build_lancashire():
    """Lancashire Constabulary DOCX: the figures as prose under year headings (number words for
    small numbers); 2021/22 refused under section 12 (records before a system change would need
    to be read by hand); officers and staff counted together."""
    src = "lancashire/LC-FOI-2024-1206 reply.docx"
    KEY.file(src, "lancashire")
    d = docx_new("Calibri", 11)
    docx_header_footer(d, "Lancashire Constabulary", N("LC-FOI-2024-1206", "reference"))
    docx_heading(d, "Lancashire Constabulary \u2013 Freedom of Information", 13)
    d.add_paragraph(N("Ref LC-FOI-2024-1206 \u2013 14 May 2024", "reference; date"))
    d.add_paragraph("Thank you for your request, which asked:")
    d.add_paragraph(request_text())
    d.add_paragraph(L("Our current professional standards system went live on 1 April 2022. To "
                      "answer for 2021/22 we would need to review about 900 paper and legacy "
                      "files, which would take well over the 18 hours allowed; that part of your "
                      "request is refused under section 12(1).",
                      "system date; count of files; hours; section number"))
    for c in CATS3:
        F(c, "total", REF("s12"), FY(2021), said="")
    W_ = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve"]
    outs = [("dismissed", "dismissed"), ("given a final written warning", "final_written_warning"),
            ("dealt with by reflective practice", "management_action"),
            ("found to have no case to answer", "no_case_to_answer"),
            ("still being investigated", "ongoing")]
    data = gen("lancashire", CATS3, outs, (2022, 2023), ["all"], hi=4)
    for y in (2022, 2023):
        docx_heading(d, N(f"Financial year {FYLAB[y]}", "heading (financial year)"), 11)
        for c in CATS3:
            vals = [data[(c, oc, y, "all")] for _, oc in outs]
            tot = sum(vals)

            def w(v):
                return W_[v] if v < len(W_) else str(v)
            parts = []
            for (ol, oc), v in zip(outs, vals):
                if v:
                    parts.append(f"{F(c, oc, v, FY(y), said=w(v))} {ol}")
            t = F(c, "total", tot, FY(y), said=w(tot) if tot < len(W_) else None)
            d.add_paragraph(f"{CAT_LABEL[c]}: {t} allegation{'s' if tot != 1 else ''}"
                            + (f", of which {', '.join(parts)}." if parts else "."))
    d.add_paragraph("Outcomes not mentioned for a category did not occur in that year.")
    d.add_paragraph(rights("Lancashire Constabulary", 20))
    docx_save(d, src, "Lancashire Constabulary")


def build_northumbria():
    """Northumbria Police disclosure-log HTML page: a summary table (categories as rows, years
    as columns, officers and staff combined, no Total row across categories) and an
    outcomes table for 2023/24; breadcrumbs and a footer with
    numbers that are not figures."""
    src = "northumbria/disclosure-log-FOI-1788-24.html"
    KEY.file(src, "northumbria")
    outs = [O_D, O_F, O_RP, O_N, O_UI]
    data = gen("northumbria", CATS3, outs, YEARS, ["all"], hi=5)
    b = [N('<nav>Home &gt; About us &gt; FOI &gt; Disclosure log &gt; 2024 &gt; FOI 1788/24</nav>',
           "breadcrumb: year and reference"),
         N("<h1>FOI 1788/24 \u2013 Sexual misconduct allegations against officers and staff</h1>",
           "reference"),
         N("<p class=\"meta\">Published 21 May 2024</p>", "date"),
         "<h2>Request</h2>", f"<blockquote>{E(request_text())}</blockquote>",
         "<h2>Response</h2>",
         "<p>Northumbria Police holds the information. Figures count allegations against police "
         "officers and police staff together, by the financial year in which the allegation was "
         "recorded.</p>",
         "<table class=\"foi\">", "<caption>Allegations recorded</caption>",
         "<thead><tr><th>Allegation type</th>"
         + "".join(f"<th>{N(FYLAB[y], 'column heading')}</th>" for y in YEARS) + "</tr></thead><tbody>"]
    for c in CATS3:
        b.append(f"<tr><th scope=\"row\">{CAT_LABEL[c]}</th>" + "".join(
            f"<td>{F(c, 'total', sum(data[(c, oc, y, 'all')] for _, oc in outs), FY(y))}</td>"
            for y in YEARS) + "</tr>")
    b.append("</tbody></table>")
    b.append(N("<h3>Outcomes \u2013 allegations recorded in 2023/24</h3>", "year of the table"))
    b.append("<table class=\"foi\"><thead><tr><th>Outcome</th><th>Sexual assault</th>"
             "<th>Sexual harassment</th><th>Abuse of position for a sexual purpose</th>"
             "</tr></thead><tbody>")
    for ol, oc in outs:
        vals = [data[(c, oc, 2023, "all")] for c in CATS3]
        b.append(f"<tr><td>{ol}</td>" + "".join(f"<td>{F(c, oc, v, FY(2023), restated=False)}</td>"
                                               for c, v in zip(CATS3, vals)) + "</tr>")
    b.append("</tbody></table>")
    b.append("<p>Outcomes for earlier years were not requested in a form we can extract "
             "quickly and are not included here.</p>")
    b.append(f"<p>{E(rights('Northumbria Police'))}</p>")
    b.append(N("<footer>Northumbria Police, Middle Engine Lane, Wallsend, NE28 9NT. "
               "Call 101.</footer>", "address; telephone"))
    write_text(src, html_page(N("FOI 1788/24 | Northumbria Police", "reference"), "\n".join(b)))


def build_thames_valley():
    """Thames Valley Police HTML page: one table per financial year in <details> sections; in
    each, categories as columns with Officers and Staff sub-columns (two header rows, colspan),
    outcomes as rows, '*' for 1-4 defined below; a 'Total' row per column."""
    src = "thames-valley/TVP FOI 2024-0987.html"
    KEY.file(src, "thames-valley")
    outs = [O_D, O_MAD, O_N, O_UI]
    data = gen("tvp", CATS3, outs, YEARS, ["officers", "staff"], hi=8)
    b = [N("<h1>Freedom of Information request 2024-0987</h1>", "reference"),
         N("<p>Date of response: 16 May 2024</p>", "date"),
         "<h2>You asked</h2>", f"<p><em>{E(request_text())}</em></p>",
         "<h2>Our answer</h2>",
         "<p>Thames Valley Police holds the information. Select a year to see the figures.</p>"]
    b.append(N("<p>Figures for 2021/22 were disclosed in full in our response to FOI 2023-0355 "
               "and are not repeated here.</p>", "an earlier year and an earlier request's reference"))
    for y in (2022, 2023):
        b.append(f"<details><summary>{N(FYLAB[y], 'section heading (financial year)')}</summary>")
        b.append("<table border=\"1\"><thead><tr><th rowspan=\"2\">Outcome</th>"
                 + "".join(f"<th colspan=\"2\">{CAT_LABEL[c]}</th>" for c in CATS3) + "</tr><tr>"
                 + "<th>Officers</th><th>Staff</th>" * 3 + "</tr></thead><tbody>")
        for ol, oc in outs + [("Total", "total")]:
            cells = []
            for c in CATS3:
                for s in ("officers", "staff"):
                    v = (sum(data[(c, x, y, s)] for _, x in outs) if oc == "total"
                         else data[(c, oc, y, s)])
                    if oc != "total" and 1 <= v <= 4 and s == "staff":
                        cells.append(F(c, oc, SUP(), FY(y), subject=s, said="*"))
                    else:
                        cells.append(F(c, oc, v, FY(y), subject=s))
            tag = "th" if oc == "total" else "td"
            b.append(f"<tr><{tag}>{ol}</{tag}>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
        b.append("</tbody></table></details>")
    b.append(N("<p>* Fewer than five (nil is shown as 0). Small numbers of police staff are withheld under section "
               "40(2) (personal information). Totals include these figures.</p>",
               "definition of the mark; section number"))
    b.append(f"<p>{E(rights('Thames Valley Police'))}</p>")
    write_text(src, html_page(N("TVP FOI 2024-0987", "reference"), "\n".join(b)))


def build_dorset():
    """Dorset Police e-mail (.eml): calendar year 2023 only (the force's reporting year), prose
    with number words, officers only; staff NCND (small numbers, s40(5)); a quoted earlier
    reply with figures of a different request (not figures)."""
    src = "dorset/RE_ FOI 2024-0641 Dorset Police.eml"
    KEY.file(src, "dorset", subject="officers")
    p = CY(2023)
    lines = [N("From: Dorset Police Disclosure <disclosure@dorset.pnn.police.uk>", ""),
             "To: requester@example.org",
             N("Date: Wed, 15 May 2024 11:12:40 +0100", "date and time"),
             N("Subject: RE: FOI 2024-0641", "reference"),
             N("MIME-Version: 1.0", "mail header"),
             N("Content-Type: text/plain; charset=utf-8", "mail header"),
             "",
             "Dear Requester,",
             "",
             N("Dorset Police reports professional standards data by calendar year, so the figures "
               "below are for 1 January to 31 December 2023, police officers only.",
               "the period of the figures (keyed with each)"),
             ""]
    sa = [("dismissed", "dismissed", 2), ("received a final written warning",
                                          "final_written_warning", 1),
          ("had no case to answer", "no_case_to_answer", 4), ("remain under investigation",
                                                              "ongoing", 3)]
    sh = [("dismissed", "dismissed", 1), ("received a written warning", "written_warning", 2),
          ("were dealt with through reflective practice", "management_action", 5),
          ("had no case to answer", "no_case_to_answer", 3)]
    wd = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 10: "ten", 11: "eleven"}
    for c, outs in ((SA, sa), (SH, sh)):
        t = sum(v for *_, v in outs)
        parts = [f"{F(c, oc, v, p, said=wd[v])} {ol}" for ol, oc, v in outs]
        lines.append(f"{CAT_LABEL[c]}: there were {F(c, 'total', t, p, said=wd[t])} allegations. "
                     f"Of these, {', '.join(parts[:-1])} and {parts[-1]}.")
        lines.append("")
    lines.append(f"Abuse of position for a sexual purpose: {F(AP, 'total', 0, p, said='none')} "
                 "allegations were recorded.")
    lines.append("")
    lines.append(N("Police staff: we neither confirm nor deny whether we hold this information, "
                   "as the numbers are so small that to do so could identify individuals "
                   "(section 40(5)).", "section number"))
    for c in CATS3:
        F(c, "total", NCND("s40(5)"), p, subject="staff", said="neither confirm nor deny")
    lines += ["", rights("Dorset Police"), "", "Regards,", "Disclosure Team", "",
              "-----Original Message-----",
              N("Sent: 08 April 2024 09:01", "date"),
              "> " + request_text(),
              ">",
              L("> PS your reply to my 2022 request said 17 allegations were recorded that year; "
                "please use the same definitions.", "the requester's own figure from an earlier reply")]
    write_text(src, "\n".join(lines) + "\n", newline="\r\n")
def builders():
    """Every build_* function, in the order it is defined in this file."""
    return [f for name, f in globals().items() if name.startswith("build_") and name != "build_all" and callable(f)]


def build_all():
    ROOT.mkdir(parents=True, exist_ok=True)
    for b in builders():
        b()
    KEY.write(ROOT / "expected.csv")
    print(f"{len(KEY.files)} files, {len(KEY.rows)} key rows", file=sys.stderr)


# =========================================================================== check

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_back(path):
    """The text a user sees in a response, read back as a user would."""
    p = Path(path)
    data = p.read_bytes()
    suf = p.suffix.lower()
    if data.startswith(b"%PDF-"):
        return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True,
                              text=True, check=True).stdout
    if suf == ".docx":
        import docx
        d = docx.Document(str(p))
        out = []
        for sec in d.sections:
            out += [x.text for x in sec.header.paragraphs] + [x.text for x in sec.footer.paragraphs]
        for child in d.element.body.iterchildren():
            tag = child.tag.split("}")[1]
            if tag == "p":
                parts = []
                for el in child.iter(W + "t", W + "br", W + "tab", W + "cr"):
                    parts.append(el.text or "" if el.tag == W + "t" else
                                 ("\t" if el.tag == W + "tab" else "\n"))
                out.append("".join(parts))
        for ti, t in enumerate(d.tables, 1):
            for ri, row in enumerate(t.rows, 1):
                seen, cells = set(), []
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    cells.append(c.text)
                out.append(f"[table {ti} row {ri}] " + " | ".join(cells))
        return "\n".join(out)
    if suf == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(p), data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(f"[sheet {ws.title!r} state={ws.sheet_state}]")
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None:
                        continue
                    v = c.value
                    if isinstance(v, dt.datetime):
                        v = (v.strftime("%b-%y") if "mmm" in c.number_format.lower()
                             else v.strftime("%d/%m/%Y"))
                    elif isinstance(v, (int, float)) and "%" in c.number_format:
                        v = f"{v * 100:.1f}%"
                    elif isinstance(v, float) and v == int(v):
                        v = int(v)
                    out.append(f"[{c.coordinate}] {v}")
        return "\n".join(out)
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        text = data.decode("utf-16")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
    if suf in (".html", ".htm"):
        text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        text = htmllib.unescape(text)
    return text


def strip_locators(text):
    """Drop the locators read_back adds ([table 1 row 2], [B7], [sheet ...])."""
    text = re.sub(r"(?m)^\[sheet '(.*)' state=\w+\]$", r"\1", text)   # a sheet's name is seen
    return re.sub(r"(?m)^\[table \d+ row \d+\] |^\[[A-Z]{1,3}\d+\] ", "", text)


def check():
    global ROOT
    # 1. rebuild into a scratch folder: must be byte-identical and give the same key
    scratch = Path(tempfile.mkdtemp(prefix="blind7-"))
    ROOT = scratch
    build_all()
    bad = 0
    ours = sorted(str(p.relative_to(scratch)) for p in scratch.rglob("*") if p.is_file())
    theirs = sorted(str(p.relative_to(FINAL)) for p in FINAL.rglob("*")
                    if p.is_file() and p.name != "NOTES.md")
    if ours != theirs:
        bad += 1
        print("FILE LISTS DIFFER:", set(ours) ^ set(theirs))
    for f in ours:
        if (FINAL / f).exists() and (scratch / f).read_bytes() != (FINAL / f).read_bytes():
            bad += 1
            print("NOT BYTE-IDENTICAL ON REBUILD:", f)
    shutil.rmtree(scratch)
    # 2. every number in every document, token by token
    total_rows = 0
    verbose = "-v" in sys.argv
    for src in KEY.files:
        text = strip_locators(read_back(FINAL / src))
        doc = collections.Counter(tokens(text))
        fig, non = KEY.figtok[src], KEY.nontok[src]
        rows = [r for r in KEY.rows if r[0] == src]
        total_rows += len(rows)
        problems = []
        for t in sorted(set(doc) | set(fig) | set(non), key=lambda x: (not x[0].isdigit(), x)):
            if doc[t] != fig[t] + non[t]:
                problems.append(f"{t!r}: {doc[t]} in document, {fig[t]} keyed + {non[t]} "
                                f"non-figure")
        flat = re.sub(r"\s+", " ", text.lower())
        for said, n in sorted(KEY.said[src].items()):
            pat = r"(?<![a-z])" + re.escape(re.sub(r"\s+", " ", said.lower())) + r"(?![a-z])"
            found = len(re.findall(pat, flat))
            if found == 0:
                problems.append(f"said {said!r}: not in document")
        status = collections.Counter(r[9] for r in rows)
        print(f"== {src}: {len(rows)} rows {dict(status)} -- "
              f"{'OK' if not problems else 'PROBLEMS'}")
        for pr in problems:
            print("   " + pr)
        if verbose:
            for t in sorted(non, key=lambda x: (not x[0].isdigit(), x)):
                print(f"   non-figure {t!r} x{non[t]}: {'; '.join(sorted(KEY.reasons[src][t]))}")
        bad += bool(problems)
    print(f"{len(KEY.files)} files, {total_rows} key rows, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        sys.exit(check())
    elif len(sys.argv) > 2 and sys.argv[1] == "dump":
        print(read_back(FINAL / sys.argv[2]))
    else:
        build_all()
