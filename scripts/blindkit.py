"""blindkit.py -- the machinery the blind-batch generators (make_blind*_fixtures.py) share.

Writers (text, PDF via reportlab, XLSX via openpyxl, DOCX via python-docx, HTML) that write
deterministic files under ROOT, the number accounting of the later batches (Key, F, L, N) and
the read-back `check`.  A generator imports this module (sys.path set to its own folder), sets
blindkit.ROOT to where its builders write, and keeps only its own documents and whatever
machinery of its own really differs (as a parameter here or a local override there).
"""
import datetime as dt
import html as htmllib
import io
import re
import zipfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

ROOT = None          # where builders write; a generator sets it (and `check` points it at a scratch folder)

# --------------------------------------------------------------------------- writers


def dest(src):
    p = ROOT / src
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def write_bytes(src, data):
    dest(src).write_bytes(data)


def write_text(src, text, encoding="utf-8", newline="\n", bom=False):
    """Write text with newline line ends; bom: a UTF-8 BOM, or FF FE for a UTF-16 encoding."""
    text = text.replace("\r\n", "\n").replace("\n", newline)
    if bom and encoding.lower().startswith("utf-16"):
        data = text.encode("utf-16-le")
        data = b"\xff\xfe" + data
    else:
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


ICO = ("Information Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, "
       "SK9 5AF")


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


def styles(font="Helvetica", size=10, leading=None, h_grow=2, h_leading=True):
    """Paragraph styles for a letter in font at size.  The heading "h" is h_grow points larger,
    with its own leading when h_leading (the first batch: h_grow=1, h_leading=False)."""
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
        "h": ParagraphStyle("h", parent=body, fontName=bold, fontSize=size + h_grow, spaceBefore=6,
                            **({"leading": (size + h_grow) * 1.3} if h_leading else {})),
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
        "tiny": ParagraphStyle("tiny", parent=body, fontSize=6.5, leading=8, spaceAfter=1),
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


def xlsx_save(wb, src, creator="Information Management", cached=None, keep_creator=False):
    """Save a workbook.  cached: {sheet title: {cell ref: value}} cached results written into
    the formula cells, as Excel stores them (openpyxl writes formulas without results).
    keep_creator: a creator the workbook already names stays (the first batch)."""
    fixed = dt.datetime(2024, 6, 1, 12, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = (wb.properties.creator or creator) if keep_creator else creator
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


def docx_repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


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
