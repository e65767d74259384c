"""blindkit.py -- the machinery the blind-batch generators (make_blind*_fixtures.py) share.

Writers (text, PDF via reportlab, XLSX via openpyxl, DOCX via python-docx, HTML) that write
deterministic files under ROOT; the key values, periods and key rows every batch uses (V, SUP,
FY ..., KeyRows); the number accounting of batches four and five (Key, F, L, N); and the
read-back check (read_back, rebuild_identical, check).  A generator imports this module (sys.path set to its own folder), sets
blindkit.ROOT to where its builders write, and keeps only its own documents and whatever
machinery of its own really differs (as a parameter here or a local override there).
"""
import collections
import csv
import datetime as dt
import email
import email.policy
import html as htmllib
import io
import re
import shutil
import struct
import subprocess
import sys
import tempfile
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


def normalised_zip(data, patch=None, extra=()):
    """An Office zip's bytes rewritten with fixed member timestamps so rebuilds are
    byte-identical.  patch(name, data) -> data may rewrite a member (used to store cached formula
    values); extra: (name, bytes) members added at the end."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if patch:
        members = [(name, patch(name, d)) for name, d in members]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, d in members + list(extra):
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, d)
    return buf.getvalue()


def normalise_zip(path, patch=None):
    """normalised_zip on a file, in place."""
    Path(path).write_bytes(normalised_zip(Path(path).read_bytes(), patch))


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


def xlsx_save(wb, src, creator="Information Management", cached=None, keep_creator=False,
              when=dt.datetime(2024, 6, 1, 12, 0, 0)):
    """Save a workbook, created and modified `when`.  cached: {sheet title: {cell ref: value}}
    cached results written into the formula cells, as Excel stores them (openpyxl writes
    formulas without results).  keep_creator: a creator the workbook already names stays (the
    first batch)."""
    wb.properties.created = when
    wb.properties.modified = when
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


def docx_props(d, author, when=dt.datetime(2024, 6, 1, 12, 0, 0)):
    """Fixed core properties (author, dates, revision): a rebuild is byte-identical."""
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1


def docx_save(d, src, author):
    docx_props(d, author)
    p = dest(src)
    d.save(p)
    normalise_zip(p)


def docx_finish(d, src, author, patch=None, extra=(), when=dt.datetime(2024, 6, 1, 12, 0, 0)):
    """Save a Word file with fixed properties (docx_props at `when`) and zip times; patch and
    extra as normalised_zip's."""
    docx_props(d, author, when=when)
    buf = io.BytesIO()
    d.save(buf)
    write_bytes(src, normalised_zip(buf.getvalue(), patch, extra))


def docx_para(d, text, bold=False, italic=False, size=None, align=None, style=None):
    """A paragraph of one run."""
    from docx.shared import Pt
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def docx_a4(doc):
    """python-docx's template is US Letter: forces use A4."""
    from docx.shared import Cm
    for sec in doc.sections:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return doc


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


# --------------------------------------------------------------------------- OLE2 compound file and Outlook .msg


SECT = 512
MINI = 64
CUTOFF = 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _key(name):
    return (len(name), name.upper())


class _E:
    def __init__(self, name, kind, data=None):
        self.name, self.kind, self.data = name, kind, data   # kind 1 storage, 2 stream, 5 root
        self.children = []
        self.left = self.right = self.child = NOSTREAM
        self.start, self.size = END, 0


def _flatten(tree):
    root = _E("Root Entry", 5)
    entries = [root]

    def add(parent, sub):
        for name in sorted(sub, key=_key):
            v = sub[name]
            e = _E(name, 2 if isinstance(v, (bytes, bytearray)) else 1,
                   bytes(v) if isinstance(v, (bytes, bytearray)) else None)
            entries.append(e)
            parent.children.append(e)
            if e.kind == 1:
                add(e, v)
    add(root, tree)
    idx = {id(e): i for i, e in enumerate(entries)}

    def tree_of(kids):                      # a balanced binary tree of siblings
        if not kids:
            return NOSTREAM
        m = len(kids) // 2
        node = kids[m]
        node.left = tree_of(kids[:m])
        node.right = tree_of(kids[m + 1:])
        return idx[id(node)]
    for e in entries:
        if e.kind in (1, 5):
            e.child = tree_of(e.children)
    return entries


def _chain(fat, first, n):
    for i in range(n):
        fat[first + i] = first + i + 1 if i < n - 1 else END


def cfb_write(tree):
    entries = _flatten(tree)
    # mini stream and big streams
    mini = bytearray()
    minifat = []
    bigs = []
    for e in entries:
        if e.kind != 2:
            continue
        e.size = len(e.data)
        if e.size == 0:
            e.start = END
        elif e.size < CUTOFF:
            e.start = len(mini) // MINI
            n = -(-e.size // MINI)
            for i in range(n):
                minifat.append(e.start + i + 1 if i < n - 1 else END)
            mini += e.data + b"\0" * (n * MINI - e.size)
        else:
            bigs.append(e)
    n_dir = -(-len(entries) * 128 // SECT)
    n_minifat = -(-len(minifat) * 4 // SECT)
    n_ministream = -(-len(mini) // SECT)
    n_big = [-(-e.size // SECT) for e in bigs]
    rest = n_dir + n_minifat + n_ministream + sum(n_big)
    n_fat = 1
    while n_fat * (SECT // 4) < rest + n_fat:
        n_fat += 1
    assert n_fat <= 109
    total = n_fat + rest
    fat = [FREE] * (n_fat * (SECT // 4))
    for i in range(n_fat):
        fat[i] = FATSECT
    s = n_fat
    dir_start = s
    _chain(fat, s, n_dir)
    s += n_dir
    minifat_start = s if n_minifat else END
    _chain(fat, s, n_minifat)
    s += n_minifat
    root = entries[0]
    root.start = s if n_ministream else END
    root.size = len(mini)
    _chain(fat, s, n_ministream)
    s += n_ministream
    for e, n in zip(bigs, n_big):
        e.start = s
        _chain(fat, s, n)
        s += n
    assert s == total
    # directory
    d = bytearray()
    for e in entries:
        nm = e.name.encode("utf-16-le")
        assert len(nm) <= 62, e.name
        d += nm + b"\0" * (64 - len(nm))
        d += struct.pack("<HBB", len(nm) + 2, e.kind, 1)
        d += struct.pack("<III", e.left, e.right, e.child)
        d += b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16
        d += struct.pack("<IQ", e.start, e.size)
    while len(d) < n_dir * SECT:
        d += b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NOSTREAM, NOSTREAM,
                                                                      NOSTREAM)
        d += b"\0" * 36 + struct.pack("<IQ", 0, 0)
    mf = b"".join(struct.pack("<I", x) for x in minifat)
    mf += struct.pack("<I", FREE) * ((n_minifat * SECT - len(mf)) // 4)
    hdr = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16)
    hdr += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    hdr += struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, CUTOFF, minifat_start, n_minifat,
                       END, 0)
    difat = list(range(n_fat)) + [FREE] * (109 - n_fat)
    hdr += b"".join(struct.pack("<I", x) for x in difat)
    assert len(hdr) == SECT
    out = bytearray(hdr)
    out += b"".join(struct.pack("<I", x) for x in fat)
    out += d
    out += mf
    out += bytes(mini) + b"\0" * (n_ministream * SECT - len(mini))
    for e, n in zip(bigs, n_big):
        out += e.data + b"\0" * (n * SECT - e.size)
    assert len(out) == SECT * (1 + total)
    return bytes(out)


# --------------------------------------------------------------------------- MAPI (.msg)


def _u(s):
    return s.encode("utf-16-le") + b"\0\0"


def msg_file(subject, sender, sender_smtp, to, to_smtp, when_filetime, attachments, body=None,
             rtf=None, codepage=65001):
    """An Outlook message: unicode string properties, one recipient, attachments [(name, mime,
    data)]; when_filetime: FILETIME integer for the submit and delivery times.  Its body is
    PR_BODY (body) or PR_RTF_COMPRESSED stored uncompressed, "MELA" (rtf, cp1252), or both."""
    strings = {0x001A: "IPM.Note", 0x0037: subject, 0x0C1A: sender, 0x0C1F: sender_smtp,
               0x0E04: to, 0x0042: sender, 0x0070: subject}
    if body is not None:
        strings[0x1000] = body
    top = {}
    props = []
    for pid, val in sorted(strings.items()):
        data = _u(val)
        top[f"__substg1.0_{pid:04X}001F"] = data
        props.append(struct.pack("<IIII", (pid << 16) | 0x001F, 6, len(data), 0))
    if rtf is not None:
        raw = rtf.encode("cp1252")
        rtfc = struct.pack("<III", len(raw) + 12, len(raw), 0x414C454D) + struct.pack("<I", 0) + raw
        top["__substg1.0_10090102"] = rtfc
        props.append(struct.pack("<IIII", 0x10090102, 6, len(rtfc), 0))
        props.append(struct.pack("<IIII", 0x0E1F000B, 6, 1, 0))  # PR_RTF_IN_SYNC
    for pid in (0x0039, 0x0E06):                        # submit / delivery time (PT_SYSTIME)
        props.append(struct.pack("<IIQ", (pid << 16) | 0x0040, 6, when_filetime))
    props.append(struct.pack("<IIII", 0x0E070003, 6, 0x13, 0))   # message flags: read, has attach
    props.append(struct.pack("<IIII", 0x3FDE0003, 6, codepage, 0))  # internet code page
    top["__properties_version1.0"] = (b"\0" * 8 + struct.pack("<IIII", 1, len(attachments), 1,
                                                                 len(attachments)) + b"\0" * 8
                                      + b"".join(props))
    top["__nameid_version1.0"] = {"__substg1.0_00020102": b"", "__substg1.0_00030102": b"",
                                  "__substg1.0_00040102": b""}
    rs = {"__substg1.0_3001001F": _u(to), "__substg1.0_39FE001F": _u(to_smtp),
          "__substg1.0_3003001F": _u(to_smtp), "__substg1.0_3002001F": _u("SMTP")}
    rp = [struct.pack("<IIII", 0x0C150003, 6, 1, 0)]             # recipient type: To
    for k in sorted(rs):
        pid = int(k[12:16], 16)
        rp.append(struct.pack("<IIII", (pid << 16) | 0x001F, 6, len(rs[k]), 0))
    rs["__properties_version1.0"] = b"\0" * 8 + b"".join(rp)
    top["__recip_version1.0_#00000000"] = rs
    for i, (name, mime, data) in enumerate(attachments):
        a = {"__substg1.0_3707001F": _u(name), "__substg1.0_3704001F": _u(name),
             "__substg1.0_3001001F": _u(name), "__substg1.0_370E001F": _u(mime),
             "__substg1.0_37010102": data}
        ap = [struct.pack("<IIII", 0x37050003, 6, 1, 0),         # attach by value
              struct.pack("<IIII", 0x0E200003, 6, len(data), 0),
              struct.pack("<IIII", 0x370B0003, 6, 0xFFFFFFFF, 0)]
        for k in sorted(a):
            pid, typ = int(k[12:16], 16), int(k[16:20], 16)
            ap.append(struct.pack("<IIII", (pid << 16) | typ, 6, len(a[k]), 0))
        a["__properties_version1.0"] = b"\0" * 8 + b"".join(ap)
        top[f"__attach_version1.0_#{i:08X}"] = a
    return cfb_write(top)


def filetime(when):
    return int((when - dt.datetime(1601, 1, 1)).total_seconds()) * 10_000_000


# --------------------------------------------------------------------------- periods and key values


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


def FY(y):
    """Financial year y/y+1 (1 April to 31 March)."""
    return (f"{y}-04-01", f"{y + 1}-03-31")


def CY(y):
    return (f"{y}-01-01", f"{y}-12-31")


def MON(y, m):
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last:02d}")


def MRANGE(y1, m1, y2, m2):
    return (MON(y1, m1)[0], MON(y2, m2)[1])


def FQ(y, q):
    """Quarter q (1..4) of financial year y/y+1: Q1 = April to June."""
    start = [(y, 4), (y, 7), (y, 10), (y + 1, 1)][q - 1]
    return MRANGE(start[0], start[1], start[0], start[1] + 2)


def SPAN(a, b):
    return (a[0], b[1])


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


def APPROX(lo="", hi=""):
    return V("approximate", lo, hi)


class KeyRows:
    """The key rows of a batch, one per figure identity, written as expected.csv.  Each batch's
    Key adds its own accounting of the numbers it prints."""

    def __init__(self):
        self.rows = []
        self.seen = {}

    @staticmethod
    def row(ident, v):
        """The key row of figure v (an int or a V) under ident."""
        if isinstance(v, V):
            return ident + ("", v.status, v.lo, v.hi, v.ex)
        assert isinstance(v, int) and v >= 0, (ident, v)
        return ident + (v, "reported", v, v, "")

    def keep(self, ident, row, restated=False):
        """Record row under ident; False when it restates a row recorded before (restated=True:
        checked equal to the first statement, not keyed twice)."""
        if ident in self.seen:
            if not restated:
                raise SystemExit(f"duplicate key identity {ident}")
            if self.seen[ident] != row:
                raise SystemExit(f"restated figure differs {row} vs {self.seen[ident]}")
            return False
        if restated:
            raise SystemExit(f"restated figure never stated first {ident}")
        self.seen[ident] = row
        self.rows.append(row)
        return True

    def write(self, path):
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(KEY_COLS)
            for r in self.rows:
                w.writerow(r)


# --------------------------------------------------------------------------- number accounting (batches four and five)


# counts 0..20 as the responses write them in prose ("no" for 0)
WORDS = {0: "no", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
         8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen",
         14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
         19: "nineteen", 20: "twenty"}


NUM_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
             "eighty", "ninety", "hundred", "thousand", "dozen"]


TOK_RE = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?(?![A-Za-z\d])|\b(?:"
                    + "|".join(NUM_WORDS) + r")\b", re.I)


def tokens(text):
    """The numbers a reader sees in text: digit groups and number words."""
    return [t.replace(",", "").lower() for t in TOK_RE.findall(text)]


class Key(KeyRows):
    def __init__(self):
        super().__init__()
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
        row = self.row(ident, v)
        if isinstance(v, V):
            if v.status in ("suppressed", "approximate"):
                assert said is not None, ("suppressed figures need their printed form", ident)
            if v.status in ("refused", "ncnd", "not_held"):
                assert outcome == "total" and v.lo == v.hi == "", ident
                assert said is None or not tokens(said), ident
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
        self.keep(ident, row, restated)
        return text

    def non(self, text, why):
        toks = tokens(text)
        if toks:
            assert why, ("a non-figure needs its reason", text)
        for t in toks:
            self.nontok[self.cur][t] += 1
            self.reasons[self.cur][t].add(why)
        return text


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


# --------------------------------------------------------------------------- the request batches four and five answer


YEARS = (2021, 2022, 2023)
FYS = [FY(y) for y in YEARS]
FYLAB = {2021: "2021/22", 2022: "2022/23", 2023: "2023/24"}
REQ_SPAN = SPAN(FY(2021), FY(2023))      # the whole period of the request
SA, SH, AP = "sexual_assault", "sexual_harassment", "abuse_of_position_sexual"


def small_counts(r, cats, outs, nper, subjects, hi=4, late=("ongoing",)):
    """Deterministic small counts d[(c, oc, pi, s)] drawn from Random r: staff and abuse of
    position rarer, outcomes in late ('ongoing') mostly in the last period (batches 9, 10)."""
    d = {}
    for c in cats:
        for _, oc in outs:
            for pi in range(nper):
                for s in subjects:
                    h = hi if s != "staff" else max(1, hi // 2)
                    if c == AP:                      # the rarest category
                        h = max(1, h // 2)
                    v = r.randint(0, h)
                    if oc in late and pi < nper - 1:
                        v = r.randint(0, 1)
                    d[(c, oc, pi, s)] = v
    return d


def counts_over(r, cats, outs, periods, subjects=("all",), hi=4, lo=0):
    """Random outcome counts d[(cat, outcome, period, subject)] from Random r: staff and abuse
    of position rarer (batches 15, 16)."""
    d = {}
    for c in cats:
        for _, oc in outs:
            for p in periods:
                for s in subjects:
                    h = hi if s != "staff" else max(1, hi // 2)
                    if c == AP:
                        h = max(1, h // 2)
                    d[(c, oc, p, s)] = r.randint(lo, h)
    return d
CATS3 = (SA, SH, AP)
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

# the request of batches five to seven and outcome labels their forces use
REQ_DATE = "8 April 2024"
O_RPR = ("Reflective practice review process", "management_action")
O_MA = ("Management action", "management_action")
O_UI = ("Under investigation", "ongoing")
O_RR = ("Resigned / retired", "resigned_or_retired")
O_NTA = ("Not upheld", "not_upheld")
O_RIR = ("Reduction in rank", "reduction_in_rank")
O_MAD = ("Management advice", "management_action")     # batches six and seven
O_LR = ("Local resolution", "local_resolution")
O_NFA2 = ("No further action", "no_further_action")


def merge_key(root, rows_key):
    """Put rows_key into root's expected.csv in place of the rows of the files they key (the
    rows of other files stay as they are), sorted after them."""
    path = root / "expected.csv"
    mine = {r[0] for r in rows_key}
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    head, body = rows[0], [r for r in rows[1:] if r and r[0] not in mine]
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        w.writerows(body)
        w.writerows(sorted(rows_key))


# --------------------------------------------------------------------------- build and check


def build_all(builders, key=None):
    """Run every builder into ROOT and write the key (KEY unless key is given) beside them."""
    key = key or KEY
    ROOT.mkdir(parents=True, exist_ok=True)
    for b in builders:
        b()
    key.write(ROOT / "expected.csv")
    print(f"{len(key.files)} files, {len(key.rows)} key rows", file=sys.stderr)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pdf_text(p):
    """A PDF's text as pdftotext -layout prints it."""
    return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True,
                          text=True, check=True).stdout


def docx_text(p, breaks=True):
    """A Word file's text: header and footer paragraphs, body paragraphs (breaks: with their
    line breaks and tabs; otherwise their text runs only), then each table row as
    "[table T row R] cell | cell" (a merged cell once)."""
    import docx
    d = docx.Document(str(p))
    out = []
    for sec in d.sections:
        out += [x.text for x in sec.header.paragraphs] + [x.text for x in sec.footer.paragraphs]
    marks = (W + "t", W + "br", W + "tab", W + "cr") if breaks else (W + "t",)
    for child in d.element.body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            parts = []
            for el in child.iter(*marks):
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


def xlsx_text(p, cell):
    """A workbook's cached values: for each sheet a "[sheet 'NAME' state=STATE]" line, then
    cell(c) for each cell with a value."""
    import openpyxl
    wb = openpyxl.load_workbook(str(p), data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(f"[sheet {ws.title!r} state={ws.sheet_state}]")
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                out.append(cell(c))
    return "\n".join(out)


def xlsx_cell(c, dates=False):
    """A cell as "[B7] value": percentages as shown, whole floats as integers, and (dates) dates
    as their format shows them."""
    v = c.value
    if dates and isinstance(v, dt.datetime):
        v = (v.strftime("%b-%y") if "mmm" in c.number_format.lower()
             else v.strftime("%d/%m/%Y"))
    elif isinstance(v, (int, float)) and "%" in c.number_format:
        v = f"{v * 100:.1f}%"
    elif isinstance(v, float) and v == int(v):
        v = int(v)
    return f"[{c.coordinate}] {v}"


def html_visible(text):
    """An HTML page's text without scripts, styles and tags, entities decoded."""
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return htmllib.unescape(text)


def odt_text(p):
    """An OpenDocument text's content as read back: paragraphs and headings one per line, table
    cells separated by " | "."""
    with zipfile.ZipFile(p) as z:
        x = z.read("content.xml").decode("utf-8")
    x = re.sub(r"<text:line-break/>", "\n", x)
    x = re.sub(r"<text:tab/>", "\t", x)
    x = re.sub(r"</text:p>|</text:h>", "\n", x)
    x = re.sub(r"</table:table-cell>", " | ", x)
    x = re.sub(r"<[^>]+>", "", x)
    return htmllib.unescape(x)


def eml_text(path, prefer=("plain",), attachments=False):
    """An e-mail as read back: its From, To, Date and Subject, the body `prefer` picks (an HTML
    body as its visible text) and, with attachments, each attachment's name and read-back."""
    msg = email.message_from_bytes(Path(path).read_bytes(), policy=email.policy.default)
    out = [f"{h}: {msg[h]}" for h in ("From", "To", "Date", "Subject")]
    body = msg.get_body(preferencelist=prefer)
    text = body.get_content()
    out.append(html_visible(text) if body.get_content_type() == "text/html" else text)
    for part in msg.iter_attachments() if attachments else ():
        name = part.get_filename()
        out.append(f"[attachment {name}]")
        with tempfile.TemporaryDirectory() as td:
            q = Path(td) / Path(name).name
            q.write_bytes(part.get_payload(decode=True))
            out.append(strip_locators(read_back(q)))
    return "\n".join(out)


def read_back(path, dates=False, utf16=False):
    """The text a user sees in a response, read back as a user would.  dates: spreadsheet dates
    as their format shows them (otherwise as Python prints them); utf16: text with a UTF-16 byte
    order mark decoded as UTF-16 (batch five)."""
    p = Path(path)
    data = p.read_bytes()
    suf = p.suffix.lower()
    if data.startswith(b"%PDF-"):
        return pdf_text(p)
    if suf == ".docx":
        return docx_text(p)
    if suf == ".xlsx":
        return xlsx_text(p, lambda c: xlsx_cell(c, dates))
    if utf16 and (data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff")):
        text = data.decode("utf-16")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
    if suf in (".html", ".htm"):
        text = html_visible(text)
    return text


def strip_locators(text):
    """Drop the locators read_back adds ([table 1 row 2], [B7], [sheet ...])."""
    text = re.sub(r"(?m)^\[sheet '(.*)' state=\w+\]$", r"\1", text)   # a sheet's name is seen
    return re.sub(r"(?m)^\[table \d+ row \d+\] |^\[[A-Z]{1,3}\d+\] ", "", text)


def rebuild_identical(final, build_all, prefix):
    """The determinism check: build_all() into a scratch folder (ROOT points there afterwards);
    returns how many problems it printed (file lists differ, a file not byte-identical)."""
    global ROOT
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    ROOT = scratch
    build_all()
    bad = 0
    ours = sorted(str(p.relative_to(scratch)) for p in scratch.rglob("*") if p.is_file())
    theirs = sorted(str(p.relative_to(final)) for p in final.rglob("*")
                    if p.is_file() and p.name != "NOTES.md")
    if ours != theirs:
        bad += 1
        print("FILE LISTS DIFFER:", set(ours) ^ set(theirs))
    for f in ours:
        if (final / f).exists() and (scratch / f).read_bytes() != (final / f).read_bytes():
            bad += 1
            print("NOT BYTE-IDENTICAL ON REBUILD:", f)
    shutil.rmtree(scratch)
    return bad


def check(final, build_all, prefix, read=read_back):
    """Batches four and five: rebuild into a scratch folder (must be byte-identical to final),
    then account for every number of every document, token by token.  build_all() builds into
    ROOT; read(path) is the batch's read_back."""
    # 1. rebuild into a scratch folder: must be byte-identical and give the same key
    bad = rebuild_identical(final, build_all, prefix)
    # 2. every number in every document, token by token
    total_rows = 0
    verbose = "-v" in sys.argv
    for src in KEY.files:
        text = strip_locators(read(final / src))
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


def builders_in(namespace):
    """Every build_* function of a generator (namespace: its globals()), in the order defined."""
    return [f for name, f in namespace.items()
            if name.startswith("build_") and name != "build_all" and callable(f)]


def main(final, build_all, prefix, read=read_back):
    """A generator's command line (batches five to seven): `check` (its exit status),
    `dump FILE` (FILE relative to final, as read back), or nothing: build."""
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        return check(final, build_all, prefix, read)
    if len(sys.argv) > 2 and sys.argv[1] == "dump":
        print(read(final / sys.argv[2]))
        return 0
    build_all()
    return 0
