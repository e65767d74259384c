#!/usr/bin/python3
"""Metamorphic tests: rewrite keyed documents without changing their meaning and require the same key.

usage:
  metamorphic.py list                        the mutations and what each does
  metamorphic.py gen [--out DIR] [--sets A,B] [--mutations M,N] [--seed S]
  metamorphic.py run [--out DIR] [--sets A,B] [--mutations M,N] [--seed S] [--foi PATH]
                     [--floors FILE] [--quiet]

gen writes, for each mutation M and keyed set S (fixtures/responses with fixtures/expected.csv, every
fixtures/*/expected.csv), OUT/sets/M/S/: each force folder holding a document M could rewrite, that
document replaced by its variant under the same name (a file name can state a period or be named by a
covering letter, so it is kept), the folder's other files and the context files above it unchanged,
and OUT/sets/M/S/expected.csv: the set's key rows of the files in the variant folder (the key is not
otherwise rewritten: no mutation changes a figure). OUT/sets/M/S.skips.tsv says, per document, why M
left it (or a table in it) alone.

run also builds each original set (OUT/base/S) and each variant set (OUT/build/M/S) with foi, scores
both with score.py against the variant's key, and lists every figure the variant loses, gets wrong or
adds compared with the unmutated build of the same files (a figure the unmutated build already misses
is not a finding). Exit status 1 when a mutation has findings above its floor (--floors: lines
"MUTATION MAX_FINDINGS"), else 0.

HTML, CSV, text and e-mail mutations use the standard library only; XLSX and DOCX ones import openpyxl
and python-docx (Debian's /usr/bin/python3 has both; elsewhere they skip every file, saying why); the
PDF one runs poppler-utils' pdftocairo and pdftotext (skipped, saying why, without them). Every
mutation is seeded by (seed, mutation, set, file) and deterministic. docs/metamorphic.md has the list,
what each leaves alone and why, and the findings.
"""
import csv
import html
import io
import os
import random
import re
import shutil
import subprocess
import sys
import textwrap
import time
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORE = "/work/shared/tools/score.py"
CONTEXT_NAMES = re.compile(r"(^foi-context\.txt$|\.context\.txt$)", re.I)
NOT_DOCS = {"README.md", "MANIFEST.md", "expected.csv"}


class Skip(Exception):
    """A mutation does not apply to a document (or would change its meaning); the message says why."""


# ------------------------------------------------------------------ text and bytes

def decode(data):
    """(text with \\n newlines, info) where info keeps encoding, BOM and newline style."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        enc = "utf-16-le" if data[:2] == b"\xff\xfe" else "utf-16-be"
        text = data[2:].decode(enc)
        crlf = "\r\n" in text
        return text.replace("\r\n", "\n"), {"enc": enc, "bom": True, "crlf": crlf}
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    if b"\x00" in data:
        raise UnicodeDecodeError("utf-8", data, 0, 1, "NUL bytes: not a text file")
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, enc = data.decode("cp1252", errors="strict"), "cp1252"
    crlf = "\r\n" in text
    text = text.replace("\r\n", "\n")
    return text, {"enc": enc, "bom": bom, "crlf": crlf}


def encode(text, info):
    if info["crlf"]:
        text = text.replace("\n", "\r\n")
    data = text.encode(info["enc"])
    if info["enc"].startswith("utf-16"):
        return (b"\xff\xfe" if info["enc"] == "utf-16-le" else b"\xfe\xff") + data
    return (b"\xef\xbb\xbf" + data) if info["bom"] else data


NUM_RE = re.compile(r"^\(?[<>≤~]?\s*\d[\d,]*(\.\d+)?\s*\)?[*†‡¹²³]?$")
YEAR_RE = re.compile(r"^(19|20)\d\d(/\d\d)?$")
MARK_RE = re.compile(r"^(\*+|[-–—]|x|n/?a|\[x\]|<\s*5|c|\.\.|nil)$", re.I)
FIXED_ROW_RE = re.compile(r"\b(total|totals|all|overall|sum|grand)\b", re.I)
SUBROW_RE = re.compile(r"^\s*(of which|of these|including|[-–—•>]|\(?[a-z]\)|\d+\.\s)", re.I)


def is_num(t):
    return bool(NUM_RE.match(t.strip()))


def is_datum(t):
    t = t.strip()
    return is_num(t) or bool(MARK_RE.match(t))


def derange(rng, items):
    """A seeded shuffle of items that is not the identity (items has at least two distinct entries)."""
    items = list(items)
    for _ in range(20):
        p = items[:]
        rng.shuffle(p)
        if p != items:
            return p
    return items[1:] + items[:1]


# ------------------------------------------------------------------ generic grid (a table of cells)
#
# A grid is what the column, row, notes and transpose mutations work on, for HTML and CSV alike:
# rows of cells (each cell has .text, grid position by index), header rows first.

class Grid:
    def __init__(self, rows, nhead):
        self.rows = rows          # list of lists of strings (cell texts)
        self.nhead = nhead        # leading header rows

    @property
    def width(self):
        return max(len(r) for r in self.rows)

    def body(self):
        return self.rows[self.nhead:]

    def label_cols(self):
        """Leading columns with no figure in any body row (a column of years, "2023" or "2023/24",
        is a column of labels: a long table's "Period")."""
        n = 0
        for c in range(self.width):
            vals = [r[c].strip() for r in self.body() if c < len(r) and r[c].strip()]
            if vals and all(YEAR_RE.match(x) for x in vals) and c + 1 < self.width:
                n += 1
                continue
            if any(c < len(r) and is_num(r[c]) for r in self.body()):
                break
            n += 1
        return n


def is_section(row, nl):
    """A body row that only names a group ("Sexual assault" above its outcomes): its data cells are empty."""
    return all(not x.strip() for x in row[nl:]) and any(x.strip() for x in row[:nl])


def check_simple(g, what, sections=True):
    """The checks every grid mutation needs: a header, labels, data, rows that stand alone."""
    if g.nhead < 1 or len(g.body()) < 1:
        raise Skip(f"{what}: no header row or no body row")
    w = g.width
    if any(len(r) != w for r in g.rows):
        raise Skip(f"{what}: ragged rows")
    nl = g.label_cols()
    if nl < 1 or nl >= w:
        raise Skip(f"{what}: no label column or no data column")
    for r in g.body():
        if is_section(r, nl):
            if not sections:
                raise Skip(f"{what}: a section row {r[:nl]!r}")
            continue
        # a body row with text but no datum is a second header row: its position matters; so is one
        # whose only "figures" are years (a pivot's "Row Labels | 2022 | 2023 | Grand Total" under its
        # "Sum of Number" row)
        if not any(is_datum(x) and not YEAR_RE.match(x.strip()) for x in r[nl:]):
            raise Skip(f"{what}: a body row without figures (a header row?) {r[:nl]!r}")
    return nl


def values(row, nl):
    out = []
    for x in row[nl:]:
        x = x.strip().replace(",", "")
        out.append(int(x) if re.fullmatch(r"\d+", x) else None)
    return out


def outline(g, nl):
    """A row whose figures are the sum of the two or more rows just below or above it (a pivot's group
    row, a region above its forces, an unlabelled subtotal): the rows are a hierarchy, not a list."""
    if nl > 1:
        return None  # every row names all its keys (long format): no row is read through another
    rows = g.body()
    body = [None if FIXED_ROW_RE.search(" ".join(r[:nl])) or is_section(r, nl) else values(r, nl) for r in rows]
    for i, v in enumerate(body):
        if v is None or not any(v) or None in v:
            continue
        for rng_ in (range(i + 1, len(body)), range(i - 1, -1, -1)):
            acc, k = [0] * len(v), 0
            for j in rng_:
                if body[j] is None or None in body[j] or not any(body[j]):
                    break
                acc = [a + b for a, b in zip(acc, body[j])]
                k += 1
                if k >= 2 and acc == v:
                    return rows[i][:nl]
                if any(a > b for a, b in zip(acc, v)):
                    break
    return None


def col_perm(g, rng, what):
    nl = check_simple(g, what)
    if g.nhead != 1 and what.startswith("csv"):
        raise Skip(f"{what}: several header rows")
    data = list(range(nl, g.width))
    if len(data) < 2:
        raise Skip(f"{what}: fewer than two data columns")
    # a blank header cell over a data column continues a group header to its left: order matters
    for h in g.rows[:g.nhead]:
        if any(not h[c].strip() for c in data):
            raise Skip(f"{what}: a data column with a blank header (a merged group header)")
    return list(range(nl)) + derange(rng, data)


def row_blocks(g, what):
    """Body row indices split into blocks between fixed rows (totals); rows must each stand alone."""
    nl = check_simple(g, what)
    o = outline(g, nl)
    if o is not None:
        raise Skip(f"{what}: row {o!r} is the sum of the rows next to it (an outline, order is meaning)")
    blocks, cur = [], []
    for i in range(g.nhead, len(g.rows)):
        labels = g.rows[i][:nl]
        if is_section(g.rows[i], nl):
            blocks.append(cur)
            cur = []
            continue
        if any(not x.strip() for x in labels):
            # an empty label inherits from the row above (or is a total): moving rows changes meaning
            raise Skip(f"{what}: an empty label cell in row {i + 1}")
        if any(SUBROW_RE.match(x) for x in labels):
            raise Skip(f"{what}: a label that reads as a sub-row of the row above ({labels!r})")
        if any(FIXED_ROW_RE.search(x) for x in labels):
            blocks.append(cur)
            cur = []
        else:
            cur.append(i)
    blocks.append(cur)
    return [b for b in blocks if len(b) >= 2]


def row_perm_order(g, rng, what):
    blocks = row_blocks(g, what)
    if not blocks:
        raise Skip(f"{what}: no two body rows to swap between total rows")
    order = list(range(len(g.rows)))
    for b in blocks:
        for i, j in zip(b, derange(rng, b)):
            order[i] = j
    return order


def transpose_ok(g, what):
    nl = check_simple(g, what, sections=False)
    if g.nhead != 1:
        raise Skip(f"{what}: several header rows (a transposed group header would be ambiguous)")
    if nl != 1:
        raise Skip(f"{what}: {nl} label columns (long format: no single row label to turn into a column)")
    if g.width - nl < 2 or len(g.body()) < 2:
        raise Skip(f"{what}: too small to transpose")
    if re.search(r"\d", g.rows[0][0]):
        raise Skip(f"{what}: the corner cell states something ({g.rows[0][0]!r}); transposed it would label the wrong axis")
    if any(not x.strip() for x in g.rows[0][1:]):
        raise Skip(f"{what}: a blank column header")
    # "of which" rows are read as parts of the row above; as columns that reading (and a note saying
    # "rows beginning of which") is lost
    if any(SUBROW_RE.match(r[0]) for r in g.body()):
        raise Skip(f"{what}: sub-rows ('of which') belong under the row above")
    if outline(g, nl) is not None:
        raise Skip(f"{what}: an outline of rows (a row is the sum of its neighbours)")
    return nl


# ------------------------------------------------------------------ HTML tables

TOK_RE = re.compile(r"<(/?)(table|thead|tbody|tfoot|tr|th|td|caption|colgroup|col)\b([^>]*)>", re.I)
TAG_RE = re.compile(r"<[^>]*>")


def cell_text(inner):
    return re.sub(r"\s+", " ", html.unescape(TAG_RE.sub(" ", inner))).strip()


def span(attrs, name):
    m = re.search(name + r"\s*=\s*[\"']?(\d+)", attrs, re.I)
    return int(m.group(1)) if m else 1


class Cell:
    def __init__(self, tag, attrs, inner):
        self.tag, self.attrs, self.inner = tag.lower(), attrs, inner
        self.rowspan, self.colspan = span(attrs, "rowspan"), span(attrs, "colspan")

    @property
    def text(self):
        return cell_text(self.inner)

    def html(self):
        return f"<{self.tag}{self.attrs}>{self.inner}</{self.tag}>"


class Row:
    def __init__(self, section, attrs, secattrs=""):
        self.section, self.attrs, self.cells, self.secattrs = section, attrs, [], secattrs


class Table:
    """A parsed <table>: its attributes, caption, colgroup and rows (each remembering its section)."""

    def __init__(self, start, end, attrs):
        self.start, self.end, self.attrs = start, end, attrs
        self.caption = None       # (attrs, inner)
        self.colgroup = ""        # raw
        self.rows = []
        self.had_sections = False

    def grid(self):
        """Expand spans: list of rows of (cell, is_origin) per grid column; None where uncovered."""
        occ = {}
        out = []
        for ri, row in enumerate(self.rows):
            line = {}
            c = 0
            for cell in row.cells:
                while (ri, c) in occ:
                    c += 1
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        occ[(ri + dr, c + dc)] = (cell, dr == 0 and dc == 0)
                c += cell.colspan
            w = max([k[1] for k in occ if k[0] == ri] + [-1]) + 1
            out.append([occ.get((ri, k)) for k in range(w)])
        return out

    def nhead(self):
        n = sum(1 for r in self.rows if r.section == "thead")
        if n:
            return n
        for r in self.rows:
            if r.cells and all(c.tag == "th" for c in r.cells):
                n += 1
            else:
                break
        return n

    def text_grid(self):
        gl = self.grid()
        return Grid([[x[0].text if x else "" for x in r] for r in gl], self.nhead())

    def has_spans(self):
        return any(c.rowspan > 1 or c.colspan > 1 for r in self.rows for c in r.cells)

    def serialize(self):
        out = [f"<table{self.attrs}>\n"]
        if self.caption is not None:
            out.append(f"<caption{self.caption[0]}>{self.caption[1]}</caption>\n")
        if self.colgroup:
            out.append(self.colgroup + "\n")
        section = None
        for r in self.rows:
            if r.section != section:
                if section:
                    out.append(f"</{section}>\n")
                if r.section:
                    out.append(f"<{r.section}{r.secattrs}>\n")
                section = r.section
            out.append(f"<tr{r.attrs}>" + "".join(c.html() for c in r.cells) + "</tr>\n")
        if section:
            out.append(f"</{section}>\n")
        out.append("</table>")
        return "".join(out)


def find_tables(text):
    """Every innermost-and-outermost <table> (no nested tables) parsed; others are left alone."""
    tables = []
    depth, start, nested = 0, None, False
    for m in re.finditer(r"<(/?)table\b([^>]*)>", text, re.I):
        if not m.group(1):
            if depth == 0:
                start, nested = m, False
            else:
                nested = True
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and not nested:
                t = parse_table(text, start, m)
                if t is not None:
                    tables.append(t)
    return tables


def parse_table(text, start, endm):
    t = Table(start.start(), endm.end(), start.group(2))
    inner = text[start.end():endm.start()]
    section, row, cell, cap = None, None, None, None
    secattrs = ""
    pos = 0

    def junk(s):
        s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
        return s.strip() != ""

    def close_cell():
        nonlocal cell
        if cell is not None:
            row.cells.append(Cell(cell[0], cell[1], "".join(cell[2])))
            cell = None

    def close_row():
        nonlocal row
        close_cell()
        if row is not None:
            t.rows.append(row)
            row = None

    for m in TOK_RE.finditer(inner):
        between = inner[pos:m.start()]
        pos = m.end()
        if cell is not None:
            cell[2].append(between)
        elif cap is not None:
            cap[1].append(between)
        elif junk(between):
            return None
        close, tag, attrs = m.group(1), m.group(2).lower(), m.group(3)
        if tag == "caption":
            if close and cap is not None:
                t.caption = (cap[0], "".join(cap[1]))
                cap = None
            elif not close:
                cap = (attrs, [])
            continue
        if cap is not None:
            cap[1].append(m.group(0))
            continue
        if tag in ("colgroup", "col"):
            if cell is not None:
                return None
            t.colgroup += m.group(0)
            continue
        if tag in ("thead", "tbody", "tfoot"):
            close_row()
            t.had_sections = True
            section = None if close else tag
            secattrs = "" if close else attrs
            continue
        if tag == "tr":
            close_row()
            if not close:
                row = Row(section, attrs, secattrs)
            continue
        if tag in ("td", "th"):
            if close:
                close_cell()
            else:
                if row is None:
                    return None
                close_cell()
                cell = (tag, attrs, [])
            continue
        return None  # a stray <table> token
    tail = inner[pos:]
    if cell is not None:
        cell[2].append(tail)
    elif junk(tail):
        return None
    close_row()
    if not t.rows:
        return None
    return t


HIDDEN_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|\bhidden\b", re.I)


HIDING_STYLE_RE = re.compile(r"<style[^>]*>[^<]*\b(display\s*:\s*none|visibility\s*:\s*hidden)", re.I)
PAGE = {"hides": False}   # what the page being mutated says of itself (set per document)


def html_mutation(fn):
    """Apply fn(table, rng) -> new table html to every table it accepts; Skip when none."""
    def run(text, rng, info):
        PAGE["hides"] = bool(HIDING_STYLE_RE.search(text))
        tables = find_tables(text)
        if not tables:
            raise Skip("no table")
        out, pos, changed, why = [], 0, 0, []
        for i, t in enumerate(tables):
            try:
                new = fn(t, rng, f"table {i + 1}")
            except Skip as e:
                why.append(str(e))
                continue
            out.append(text[pos:t.start])
            out.append(new)
            pos = t.end
            changed += 1
        if not changed:
            raise Skip("; ".join(why))
        out.append(text[pos:])
        return "".join(out), why
    return run


def reorder_cols(t, perm, nl, what):
    """Reorder the physical cells of each row by a grid-column permutation (spans only in labels)."""
    gl = t.grid()
    for ri, row in enumerate(t.rows):
        cells = gl[ri]
        origin = {}
        for gc, x in enumerate(cells):
            if x and x[1]:
                origin[gc] = x[0]
        keep = [origin[gc] for gc in sorted(origin) if gc < nl]
        moved = [origin[perm[gc]] for gc in range(nl, len(perm)) if perm[gc] in origin]
        if len(keep) + len(moved) != len(row.cells):
            raise Skip(f"{what}: a row's cells do not line up with the columns")
        row.cells = keep + moved


def m_html_colperm(t, rng, what):
    if HIDDEN_RE.search(t.colgroup):
        raise Skip(f"{what}: a hidden column")
    if any(c.colspan > 1 for r in t.rows for c in r.cells):
        raise Skip(f"{what}: colspan (a group header over some columns)")
    g = t.text_grid()
    perm = col_perm(g, rng, what)
    nl = g.label_cols()
    gl = t.grid()
    for r in gl:
        for gc in range(nl, len(r)):
            if r[gc] and r[gc][0].rowspan > 1:
                raise Skip(f"{what}: rowspan in a data column")
    reorder_cols(t, perm, nl, what)
    t.colgroup = ""
    return t.serialize()


def m_html_rowperm(t, rng, what):
    if any(c.rowspan > 1 or c.colspan > 1 for r in t.rows[t.nhead():] for c in r.cells):
        raise Skip(f"{what}: spans in the body (row groups)")
    g = t.text_grid()
    order = row_perm_order(g, rng, what)
    t.rows = [t.rows[j] for j in order]
    return t.serialize()


NOTES = ["Checked", "Reviewed", "", "Confirmed", "As recorded"]


def m_html_notes(t, rng, what, section_notes=False):
    g = t.text_grid()
    nh = g.nhead
    if nh < 1:
        raise Skip(f"{what}: no header row")
    w = g.width
    if any(len(r) != w for r in g.rows):
        raise Skip(f"{what}: ragged rows")
    nl = g.label_cols()
    if nl < 1 or nl >= w:
        raise Skip(f"{what}: no label column or no data column")
    tag = t.rows[0].cells[0].tag if t.rows[0].cells else "th"
    for i, r in enumerate(t.rows):
        if i == 0:
            r.cells.append(Cell(tag, f' rowspan="{nh}"' if nh > 1 else "", "Notes"))
        elif i >= nh:
            # a total row or a section row (no figure: "Police staff") gets no note
            section = not any(is_datum(x) for x in g.rows[i][nl:])
            total = any(FIXED_ROW_RE.search(x) for x in g.rows[i][:nl]) or (section and not section_notes)
            r.cells.append(Cell("td", "", "" if total else rng.choice(NOTES)))
    if section_notes and not any(not any(is_datum(x) for x in r[nl:]) for r in g.rows[nh:]):
        raise Skip(f"{what}: no section row")
    t.colgroup = ""
    return t.serialize()


def m_html_notes_sections(t, rng, what):
    """The notes column with a note on the section rows too ("Police staff" | ... | "Checked"): the row
    still names the group below it."""
    return m_html_notes(t, rng, what, section_notes=True)


def m_html_thead(t, rng, what):
    if t.had_sections:
        for r in t.rows:
            r.section = None
        return t.serialize()
    nh = t.nhead()
    if nh < 1:
        raise Skip(f"{what}: no row of <th> to put in a <thead>")
    if nh == len(t.rows):
        raise Skip(f"{what}: every row is a header row")
    for i, r in enumerate(t.rows):
        r.section = "thead" if i < nh else "tbody"
    return t.serialize()


def m_html_plain(t, rng, what):
    nh = t.nhead()
    if nh < 1:
        raise Skip(f"{what}: no header row")
    for r in t.rows:
        r.section = None
        for c in r.cells:
            c.tag = "td"
            c.attrs = re.sub(r"\s+scope\s*=\s*[\"']?\w+[\"']?", "", c.attrs)
    return t.serialize()


def m_html_thtd(t, rng, what):
    nh = t.nhead()
    if nh < 1:
        raise Skip(f"{what}: no header row (which cells are the body's is not clear)")
    body = t.rows[nh:]
    ths = [c for r in body for c in r.cells if c.tag == "th"]
    if ths:
        for c in ths:
            c.tag = "td"
            c.attrs = re.sub(r"\s+scope\s*=\s*[\"']?\w+[\"']?", "", c.attrs)
    else:
        g = t.text_grid()
        if g.label_cols() < 1:
            raise Skip(f"{what}: no label column to make <th>")
        for r in body:
            if r.cells and not is_datum(r.cells[0].text):
                r.cells[0].tag = "th"
                r.cells[0].attrs += ' scope="row"'
    return t.serialize()


def m_html_caption(t, rng, what):
    if t.caption is not None:
        # the caption becomes a paragraph directly above the table (what it says is unchanged)
        cap = t.caption[1].strip()
        t.caption = None
        return f'<p class="table-title"><strong>{cap}</strong></p>\n' + t.serialize()
    t.caption = ("", "Summary table")
    return t.serialize()


def m_html_div(t, rng, what):
    return '<div class="table-wrapper">\n<div class="table-scroll" role="region" tabindex="0">\n' + \
        t.serialize() + "\n</div>\n</div>"


def m_html_wordpaste(t, rng, what):
    """Every cell's content as Word's "Save as Web Page" writes it: a paragraph of class MsoNormal holding a
    styled span, and Office's empty <o:p></o:p> at its end. A cell holding blocks of its own (paragraphs,
    lists, line breaks) is left alone."""
    block = re.compile(r"<\s*(p|div|ul|ol|li|br|table|h[1-6])\b", re.I)
    changed = 0
    for row in t.rows:
        for c in row.cells:
            if block.search(c.inner) or not c.inner.strip():
                continue
            c.inner = ("<p class=MsoNormal style='margin:0cm'><span style='font-size:10.0pt;font-family:"
                       "\"Arial\",sans-serif'>" + c.inner.strip() + "<o:p></o:p></span></p>")
            changed += 1
    if not changed:
        raise Skip(f"{what}: every cell holds blocks of its own or nothing")
    return t.serialize()


def m_html_blank(t, rng, what):
    g = t.text_grid()
    nh = g.nhead
    if nh < 1 or len(g.body()) < 2:
        raise Skip(f"{what}: no header or too few rows")
    w = g.width
    if any(len(r) != w for r in g.rows):
        raise Skip(f"{what}: ragged rows")
    gl = t.grid()
    nl = g.label_cols()
    last = len(t.rows)
    for i in range(nh, len(t.rows)):
        if any(FIXED_ROW_RE.search(x) for x in g.rows[i][:max(nl, 1)]):
            last = i
    points = sorted({nh, last})

    def crossed(i):  # a rowspan from above reaches row i
        return i < len(gl) and any(x and not x[1] and x[0].rowspan > 1 and
                                   any(x[0] is y for y in [z[0] for z in gl[i - 1] if z]) for x in gl[i] if x)
    if any(crossed(i) for i in points):
        raise Skip(f"{what}: a row group spans the place of the blank row")
    sec = t.rows[nh].section if nh < len(t.rows) else None
    for i in reversed(points):
        blank = Row(t.rows[min(i, len(t.rows) - 1)].section if i < len(t.rows) else sec, "")
        blank.cells = [Cell("td", "", "") for _ in range(w)]
        t.rows.insert(i, blank)
    return t.serialize()


def m_html_transpose(t, rng, what):
    if t.has_spans():
        raise Skip(f"{what}: spans")
    if PAGE["hides"] and any(re.search(r"\b(class|style|hidden)\b", r.attrs or "", re.I) for r in t.rows):
        # a row the page's stylesheet may hide: its columns would carry no class
        raise Skip(f"{what}: rows with classes on a page whose stylesheet hides some elements")
    g = t.text_grid()
    transpose_ok(g, what)
    head_tag = t.rows[0].cells[0].tag
    label_tag = t.rows[1].cells[0].tag
    label_attrs = ' scope="row"' if label_tag == "th" else ""
    w = g.width
    rows = []
    hdr = Row(t.rows[0].section, t.rows[0].attrs)
    hdr.cells = [Cell(head_tag, "", "")] + [Cell(head_tag, ' scope="col"' if head_tag == "th" else "", r.cells[0].inner)
                                            for r in t.rows[1:]]
    rows.append(hdr)
    for c in range(1, w):
        r = Row(t.rows[1].section, "")
        r.cells = [Cell(label_tag, label_attrs, t.rows[0].cells[c].inner)] + \
                  [Cell("td", "", t.rows[i].cells[c].inner) for i in range(1, len(t.rows))]
        rows.append(r)
    t.rows = rows
    t.colgroup = ""
    return t.serialize()


# ------------------------------------------------------------------ CSV

def sniff_delim(text):
    lines = [ln for ln in text.split("\n")[:40] if ln.strip()]
    best = max([",", ";", "\t"], key=lambda d: sum(ln.count(d) for ln in lines))
    return best


def csv_rows(text):
    d = sniff_delim(text)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=d)), d


def csv_write(rows, delim, quoting=csv.QUOTE_MINIMAL):
    s = io.StringIO(newline="")
    csv.writer(s, delimiter=delim, lineterminator="\n", quoting=quoting).writerows(rows)
    return s.getvalue()


def csv_region(rows):
    """(start, end, width) of the table: from the first row of two or more cells that has a row with a
    figure within three rows below it, through the rows that follow without a blank row (a one-cell
    row inside, a section name, only when a row of two or more cells follows it)."""
    def n(r):
        return sum(1 for x in r if x.strip())
    start = None
    for i, r in enumerate(rows):
        if n(r) >= 2 and any(any(is_num(x) for x in rows[j]) for j in range(i + 1, min(i + 4, len(rows)))):
            start = i
            break
    if start is None:
        raise Skip("no table")
    end = start + 1
    while end < len(rows):
        k = n(rows[end])
        if k >= 2 or (k == 1 and end + 1 < len(rows) and n(rows[end + 1]) >= 2):
            end += 1
        else:
            break
    if end - start < 2:
        raise Skip("no table of two rows or more")
    width = max(max((k + 1 for k, x in enumerate(r) if x.strip()), default=0) for r in rows[start:end])
    return start, end, width


def csv_grid_mutation(fn):
    def run(text, rng, info):
        rows, d = csv_rows(text)
        s, e, w = csv_region(rows)
        block = [(r + [""] * w)[:w] for r in rows[s:e]]
        tails = [r[w:] for r in rows[s:e]]
        g = Grid(block, 1)
        new = fn(g, rng, "csv table")
        out = rows[:s] + [nr + (tails[i] if i < len(tails) else []) for i, nr in enumerate(new)] + rows[e:]
        return csv_write(out, d), []
    return run


def m_csv_colperm(g, rng, what):
    perm = col_perm(g, rng, what)
    return [[r[p] for p in perm] for r in g.rows]


def m_csv_rowperm(g, rng, what):
    order = row_perm_order(g, rng, what)
    return [g.rows[j] for j in order]


def m_csv_notes(g, rng, what):
    nl = check_simple(g, what)
    out = [g.rows[0] + ["Notes"]]
    for r in g.body():
        total = any(FIXED_ROW_RE.search(x) for x in r[:nl]) or is_section(r, nl)
        out.append(r + ["" if total else rng.choice(NOTES)])
    return out


def m_csv_transpose(g, rng, what):
    transpose_ok(g, what)
    return [[""] + [r[0] for r in g.body()]] + \
           [[g.rows[0][c]] + [r[c] for r in g.body()] for c in range(1, g.width)]


def m_csv_semicolon(text, rng, info):
    rows, d = csv_rows(text)
    if d != ",":
        raise Skip(f"delimiter is already {d!r}")
    return csv_write(rows, ";"), []


def m_csv_quoted(text, rng, info):
    rows, d = csv_rows(text)
    return csv_write(rows, d, csv.QUOTE_ALL), []


def m_crlf(text, rng, info):
    info["crlf"] = not info["crlf"]
    return text, []


def m_csv_bom(text, rng, info):
    if info["enc"].startswith("utf-16"):
        raise Skip("UTF-16 needs its BOM")
    if info["enc"] != "utf-8":
        raise Skip("a BOM on a Windows-1252 file would misstate its encoding")
    info["bom"] = not info["bom"]
    return text, []


def m_csv_cp1252(text, rng, info):
    if info["enc"] == "cp1252" or info["enc"].startswith("utf-16"):
        info["enc"], info["bom"] = "utf-8", False
        return text, []
    if all(ord(ch) < 128 for ch in text):
        raise Skip("plain ASCII: Windows-1252 would be the same bytes")
    try:
        text.encode("cp1252")
    except UnicodeEncodeError as e:
        raise Skip(f"not representable in Windows-1252 ({text[e.start:e.end]!r})")
    info["enc"], info["bom"] = "cp1252", False
    return text, []


# ------------------------------------------------------------------ letters (plain text, e-mail)

BULLET_RE = re.compile(r"^\s*([•·▪◦\-–*o]\s|\d+[.)]\s|\(?[a-z][).]\s|\(?[ivx]+\)\s)")
# (a ';' export row: two semicolons with no space after them, "2023/24;Sexual harassment;Dismissed;3")
TABULAR_RE = re.compile(r"\S( {2,}|\t)\S|^[\s\-=_|+]{4,}$|\||\S;\S.*\S;\S")
QUOTE_RE = re.compile(r"^([ \t>]*)")
# a line ending in two or more numbers is a row of a table set with single spaces ("Outcome 2018 2019")
ROWLIKE_RE = re.compile(r"(\s(\d[\d,]*|<5|\*)){2,}\s*$")
HEADER_RE = re.compile(r"^(From|To|Cc|Bcc|Sent|Date|Subject|Reply-To|Importance|Attachments?)\s*:", re.I)


def split_eml(text):
    """(headers, body) of a single-part plain e-mail; Skip for anything encoded or multipart."""
    head, sep, body = text.partition("\n\n")
    if not sep or not re.match(r"^[A-Za-z-]+:", head):
        return "", text
    h = head.lower()
    if "multipart/" in h or re.search(r"content-transfer-encoding:\s*(base64|quoted-printable)", h):
        raise Skip("multipart or encoded e-mail body")
    return head + "\n\n", body


def paragraphs(body):
    """Runs of lines a re-wrap may join: lines of prose, each but the last long, same quote prefix."""
    lines = body.split("\n")
    long_len = max([len(x) for x in lines if not TABULAR_RE.search(x)] + [0])
    limit = max(50, long_len - 22)
    runs, cur = [], []

    def prose(ln):
        t = ln[len(QUOTE_RE.match(ln).group(1)):].strip()
        # a quote mark alone is a blank line of a quotation; "Subject: ..." a header (folding it without
        # an indent would end the header block); rules and tables are not prose
        return t and not TABULAR_RE.search(t) and not t.startswith("-----") and not HEADER_RE.match(t) \
            and not ROWLIKE_RE.search(t)

    for i, ln in enumerate(lines):
        if cur:
            prev = lines[cur[-1]]
            same = QUOTE_RE.match(ln).group(1) == QUOTE_RE.match(prev).group(1)
            if prose(ln) and same and len(prev) >= limit and not BULLET_RE.match(ln) and not BULLET_RE.match(lines[cur[0]]):
                cur.append(i)
                continue
            runs.append(cur)
            cur = []
        if prose(ln):
            cur = [i]
    if cur:
        runs.append(cur)
    return lines, runs


def rewrap(text, width, rng, info):
    head, body = split_eml(text)
    lines, runs = paragraphs(body)
    out, changed, i = [], 0, 0
    starts = {r[0]: r for r in runs}
    while i < len(lines):
        r = starts.get(i)
        if r is not None and len(r) == 1 and len(lines[i]) <= 80:
            r = None  # a short line alone (an address, a signature) is not a wrapped paragraph
        if r is None or BULLET_RE.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        prefix = QUOTE_RE.match(lines[i]).group(1)
        words = " ".join(lines[k][len(prefix):].strip() for k in r)
        if width:
            new = textwrap.wrap(words, width=max(20, width - len(prefix)), break_long_words=False,
                                break_on_hyphens=False)
        else:
            new = [words]
        new = [prefix + x for x in new]
        if new != [lines[k] for k in r]:
            changed += 1
        out.extend(new)
        i = r[-1] + 1
    if not changed:
        raise Skip("no paragraph to re-wrap")
    return head + "\n".join(out), []


def m_wrap60(text, rng, info):
    return rewrap(text, 60, rng, info)


def m_unwrap(text, rng, info):
    return rewrap(text, 0, rng, info)


def m_blank_double(text, rng, info):
    head, body = split_eml(text)
    new = re.sub(r"\n[ \t]*\n", "\n\n\n", body)
    if new == body:
        raise Skip("no blank line")
    return head + new, []


def m_blank_ws(text, rng, info):
    """Blank lines carry spaces and every line trailing spaces (invisible in any viewer)."""
    head, body = split_eml(text)
    new = "\n".join((ln + "   ") if not ln.strip() else (ln + " " * rng.choice([0, 1, 2])) for ln in body.split("\n"))
    return head + new, []



# fixed-width tables in letters: columns found from the gutters (character positions blank on every
# line of the table), re-laid with other gaps, or with tabs

RULE_RE = re.compile(r"^\s*[-=_]{3,}(\s+[-=_]{3,})*\s*$")


def text_tables(lines):
    """(start, end) of each run of fixed-width table lines: two spaces between cells, or a rule."""
    out, i = [], 0
    while i < len(lines):
        if TABULAR_RE.search(lines[i].strip()) and not RULE_RE.match(lines[i]):
            j = i
            while j < len(lines) and lines[j].strip() and (TABULAR_RE.search(lines[j].strip()) or RULE_RE.match(lines[j])):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def layout(lines, what):
    """The columns of a fixed-width table: [(start, end)] over its non-rule lines; Skip when unclear."""
    rows = [ln.rstrip() for ln in lines if not RULE_RE.match(ln)]
    w = max(len(r) for r in rows)
    rows = [r.ljust(w) for r in rows]
    gut = [all(r[k] == " " for r in rows) for k in range(w)]
    k = 0
    while k < w:  # a gutter is two or more blank positions: one is the space inside "No case to answer"
        if gut[k]:
            e = k
            while e < w and gut[e]:
                e += 1
            if e - k < 2 and k > 0:
                for x in range(k, e):
                    gut[x] = False
            k = e
        else:
            k += 1
    cols, k = [], 0
    while k < w:
        if gut[k]:
            k += 1
            continue
        e = k
        while e < w and not gut[e]:
            e += 1
        cols.append((k, e))
        k = e
    if len(cols) < 2:
        raise Skip(f"{what}: one column")
    cells = [[r[a:b].strip() for a, b in cols] for r in rows]
    for c in cells:
        if any("  " in x for x in c):
            raise Skip(f"{what}: a cell spans a gutter (a group header or a ragged row)")
    if not any(is_num(x) for c in cells for x in c[1:]):
        raise Skip(f"{what}: no figures")
    return cols


def relay_tables(text, rng, info, render):
    head, body = split_eml(text)
    lines = body.split("\n")
    spans = text_tables(lines)
    if not spans:
        raise Skip("no fixed-width table")
    changed, why = 0, []
    for n, (a, b) in reversed(list(enumerate(spans))):
        a, b = spans[n]
        what = f"text table {n + 1}"
        # a non-blank line right above or below may belong to the table (a section name, a wrapped label)
        if (a > 0 and lines[a - 1].strip()) or (b < len(lines) and lines[b].strip()):
            why.append(f"{what}: a line next to the table without a blank line")
            continue
        try:
            cols = layout(lines[a:b], what)
        except Skip as e:
            why.append(str(e))
            continue
        indent = min(len(ln) - len(ln.lstrip()) for ln in lines[a:b] if not RULE_RE.match(ln))
        new = render(lines[a:b], cols, indent, rng)
        if new != lines[a:b]:
            lines[a:b] = new
            changed += 1
    if not changed:
        raise Skip("; ".join(why) or "no change")
    return head + "\n".join(lines), why


def render_spaced(block, cols, indent, rng):
    rows = [None if RULE_RE.match(ln) else [ln.ljust(cols[-1][1])[a:b].strip() for a, b in cols] for ln in block]
    widths = [max(len(r[k]) for r in rows if r) for k in range(len(cols))]
    old_gap = min(cols[k + 1][0] - cols[k][1] for k in range(len(cols) - 1))
    gap = rng.choice([g for g in (2, 3, 5, 8) if g != old_gap])
    out = []
    for ln, r in zip(block, rows):
        if r is None:
            full = len(ln.split()) == 1  # one rule under the whole table, or one per column
            if full:
                out.append(" " * indent + "-" * (sum(widths) + gap * (len(widths) - 1)))
            else:
                out.append(" " * indent + (" " * gap).join("-" * wd for wd in widths))
            continue
        cells = []
        for k, x in enumerate(r):
            # labels left, everything else right-aligned under its header (as a word processor would)
            cells.append(x.ljust(widths[k]) if k == 0 else x.rjust(widths[k]))
        out.append((" " * indent + (" " * gap).join(cells)).rstrip())
    return out


def render_tabs(block, cols, indent, rng):
    out = []
    for ln in block:
        if RULE_RE.match(ln):
            continue  # a rule pasted from a spreadsheet is gone
        out.append("\t".join(ln.ljust(cols[-1][1])[a:b].strip() for a, b in cols).rstrip("\t"))
    return out


def m_table_respace(text, rng, info):
    return relay_tables(text, rng, info, render_spaced)


def m_table_tabs(text, rng, info):
    return relay_tables(text, rng, info, render_tabs)



# ------------------------------------------------------------------ XLSX and DOCX (openpyxl, python-docx)
#
# Only where a save by openpyxl keeps what a reader sees: no formulas (openpyxl writes them without
# their cached results), no hidden rows or columns (a moved row would take a hidden row's place), no
# merged cell inside the table (a merge does not move with its cells). Hidden sheets are left as they
# are (never mutated, never shown).

def xl_text(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def xlsx_open(data):
    try:
        import openpyxl
    except ImportError:
        raise Skip("openpyxl is not installed (run with /usr/bin/python3)")
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data))
        except Exception as e:  # openpyxl fails in many ways on what it cannot read
            raise Skip(f"openpyxl cannot read it ({type(e).__name__})")
    for ws in wb.worksheets:
        if any(c.data_type == "f" for row in ws.iter_rows() for c in row):
            raise Skip(f"formulas on sheet {ws.title!r} (openpyxl would drop their cached values)")
    return wb


def xlsx_save(wb):
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def xlsx_sheet_grid(ws):
    rows = [[xl_text(c.value) for c in row] for row in ws.iter_rows(min_row=1, max_row=ws.max_row,
                                                                       max_col=ws.max_column)]
    s, e, w = csv_region(rows)
    # foi reads a block after one blank row that opens with a label and figures over the same
    # columns as the same table (read_sheet.c continues_after_blank): a mutation of the first block
    # alone would change what the table says
    if e + 1 < len(rows) and not any(x.strip() for x in rows[e]):
        nxt = rows[e + 1]
        cells = [i for i, x in enumerate(nxt) if x.strip()]
        if len(cells) >= 3 and cells[0] == 0 and sum(1 for x in nxt if is_num(x) and not YEAR_RE.match(x.strip())) >= 2:
            raise Skip("the table goes on after a blank row (blocks of one table)")
    return s, e, w, Grid([(r + [""] * w)[:w] for r in rows[s:e]], 1)


def xlsx_grid_mutation(fn):
    """fn(ws, grid, top, rng, what) rewrites one sheet's table in place; Skip when no sheet takes it."""
    def run(data, rng):
        wb = xlsx_open(data)
        changed, why = 0, []
        for ws in wb.worksheets:
            what = f"sheet {ws.title!r}"
            if ws.sheet_state != "visible":
                continue
            try:
                if any(d.hidden for d in ws.row_dimensions.values()) or \
                        any(d.hidden for d in ws.column_dimensions.values()):
                    raise Skip(f"{what}: hidden rows or columns")
                s, e, w, g = xlsx_sheet_grid(ws)
                for m in ws.merged_cells.ranges:
                    if m.max_row >= s + 1 and m.min_row <= e:
                        raise Skip(f"{what}: a merged cell in the table ({m.coord})")
                fn(ws, g, s + 1, w, rng, what)
                changed += 1
            except Skip as x:
                why.append(str(x))
        if not changed:
            raise Skip("; ".join(why) or "no sheet")
        return xlsx_save(wb), why
    return run


def xl_move(ws, top, mapping):
    """mapping {(r, c) target: (r, c) source} in table coordinates (0-based from top row, column 1)."""
    from copy import copy
    snap = {}
    for (tr, tc), (sr, sc) in mapping.items():
        src = ws.cell(row=top + sr, column=1 + sc)
        snap[(tr, tc)] = (src.value, copy(src._style))
    for (tr, tc), (v, st) in snap.items():
        c = ws.cell(row=top + tr, column=1 + tc)
        c.value = v
        c._style = st


def x_colperm(ws, g, top, w, rng, what):
    perm = col_perm(g, rng, what)
    xl_move(ws, top, {(r, c): (r, perm[c]) for r in range(len(g.rows)) for c in range(len(perm))})


def x_rowperm(ws, g, top, w, rng, what):
    order = row_perm_order(g, rng, what)
    xl_move(ws, top, {(r, c): (order[r], c) for r in range(len(g.rows)) for c in range(g.width)})


def x_notes(ws, g, top, w, rng, what):
    from copy import copy
    nl = check_simple(g, what)
    col = 1 + w
    if any(ws.cell(row=top + r, column=col).value not in (None, "") for r in range(len(g.rows))):
        raise Skip(f"{what}: the column after the table is not empty")
    for r, row in enumerate(g.rows):
        c = ws.cell(row=top + r, column=col)
        c._style = copy(ws.cell(row=top + r, column=w)._style)
        c.number_format = "General"
        if r == 0:
            c.value = "Notes"
        elif not (any(FIXED_ROW_RE.search(x) for x in row[:nl]) or is_section(row, nl)):
            c.value = rng.choice(NOTES) or None


def p_cairo(data, rng):
    """The PDF printed again by another producer: poppler's pdftocairo draws every page through cairo,
    which writes its own content streams (text re-encoded in subset fonts, glyphs placed its own way, no
    tags), as a print-to-PDF driver does. The page looks the same."""
    exe = shutil.which("pdftocairo")
    if not exe:
        raise Skip("pdftocairo (poppler-utils) is not installed")
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        src, dst = os.path.join(d, "in.pdf"), os.path.join(d, "out.pdf")
        with open(src, "wb") as f:
            f.write(data)
        env = dict(os.environ, SOURCE_DATE_EPOCH="0")
        r = subprocess.run([exe, "-pdf", src, dst], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        if r.returncode != 0 or not os.path.exists(dst):
            raise Skip("pdftocairo cannot print it: " + r.stderr.decode("utf-8", "replace").strip()[:80])
        # cairo does not draw invisible text (an OCR layer over a scan): a
        # copy whose words differ from the original's says something else
        def words(path):
            t = subprocess.run(["pdftotext", "-q", path, "-"], stdout=subprocess.PIPE).stdout
            return sorted(t.decode("utf-8", "replace").split())
        if shutil.which("pdftotext") and words(src) != words(dst):
            raise Skip("the printed copy's words differ from the original's (invisible text, an OCR layer)")
        # a print carries no attachments: a PDF's embedded files (its
        # attachments panel) are not in the copy, which says less
        def embedded(path):
            t = subprocess.run(["pdfdetach", "-list", path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
            return t.decode("utf-8", "replace").splitlines()[1:]
        if shutil.which("pdfdetach") and embedded(src) != embedded(dst):
            raise Skip("the printed copy drops the PDF's embedded files (a print has no attachments)")
        with open(dst, "rb") as f:
            return f.read(), []


def x_resave(data, rng):
    return xlsx_save(xlsx_open(data)), []


def x_shift(data, rng):
    """Two empty rows and an empty column before everything on each visible sheet (the table at B3)."""
    wb = xlsx_open(data)
    changed, why = 0, []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        if ws.merged_cells.ranges:
            why.append(f"sheet {ws.title!r}: merged cells (openpyxl does not move them)")
            continue
        if ws.row_dimensions and any(d.hidden for d in ws.row_dimensions.values()) or \
                any(d.hidden for d in ws.column_dimensions.values()):
            why.append(f"sheet {ws.title!r}: hidden rows or columns")
            continue
        if ws.auto_filter.ref or ws.freeze_panes:
            why.append(f"sheet {ws.title!r}: an autofilter or frozen panes (openpyxl does not move them)")
            continue
        ws.insert_rows(1, 2)
        ws.insert_cols(1, 1)
        changed += 1
    if not changed:
        raise Skip("; ".join(why) or "no sheet")
    return xlsx_save(wb), why


def docx_open(data):
    try:
        import docx
    except ImportError:
        raise Skip("python-docx is not installed (run with /usr/bin/python3)")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as e:
        raise Skip(f"python-docx cannot read it ({type(e).__name__})")


def docx_save(d):
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_grid(tbl, what):
    trs = tbl._tbl.findall(W_NS + "tr")
    for tc in tbl._tbl.iter(W_NS + "tc"):
        pr = tc.find(W_NS + "tcPr")
        if pr is not None and (pr.find(W_NS + "gridSpan") is not None or pr.find(W_NS + "vMerge") is not None):
            raise Skip(f"{what}: merged cells")
    if tbl._tbl.find(".//" + W_NS + "tbl") is not None:
        raise Skip(f"{what}: a nested table")
    rows = [[("".join(t.text or "" for t in tc.iter(W_NS + "t"))).strip() for tc in tr.findall(W_NS + "tc")]
            for tr in trs]
    nh = 0
    for tr in trs:
        pr = tr.find(W_NS + "trPr")
        if pr is not None and pr.find(W_NS + "tblHeader") is not None:
            nh += 1
        else:
            break
    return trs, Grid(rows, max(nh, 1))


def docx_split_tables(d):
    """The tables that are one table cut by a page break (the next follows with no text
    between, as many cells in its first row, which repeats one of the first three rows of
    the one before: the reader joins them): a mutation of one part alone would make them
    two tables, so both are left alone."""
    def rows(tbl):
        return [[("".join(t.text or "" for t in tc.iter(W_NS + "t"))).strip() for tc in tr.findall(W_NS + "tc")]
                for tr in tbl._tbl.findall(W_NS + "tr")]
    split = set()
    tbls = d.tables
    for i in range(len(tbls) - 1):
        a, b = tbls[i]._tbl, tbls[i + 1]._tbl
        between, el = [], a.getnext()
        while el is not None and el is not b:
            between.append(el)
            el = el.getnext()
        if el is None or any(x.tag != W_NS + "p" or "".join(t.text or "" for t in x.iter(W_NS + "t")).strip()
                             for x in between):
            continue
        ra, rb = rows(tbls[i]), rows(tbls[i + 1])
        if len(ra) >= 2 and len(rb) >= 2 and any(rb[0] == r for r in ra[:3]):
            split.update((i, i + 1))
    return split


def docx_table_mutation(fn):
    def run(data, rng):
        d = docx_open(data)
        changed, why = 0, []
        split = docx_split_tables(d)
        for i, tbl in enumerate(d.tables):
            what = f"table {i + 1}"
            if i in split:
                why.append(f"{what}: one part of a table cut by a page break")
                continue
            try:
                trs, g = docx_grid(tbl, what)
                fn(tbl, trs, g, rng, what)
                changed += 1
            except Skip as x:
                why.append(str(x))
        if not changed:
            raise Skip("; ".join(why) or "no table")
        return docx_save(d), why
    return run


def d_colperm(tbl, trs, g, rng, what):
    perm = col_perm(g, rng, what)
    for tr in trs:
        tcs = tr.findall(W_NS + "tc")
        for tc in tcs:
            tr.remove(tc)
        for k in perm:
            tr.append(tcs[k])
    grid = tbl._tbl.find(W_NS + "tblGrid")
    if grid is not None:
        cols = grid.findall(W_NS + "gridCol")
        if len(cols) == len(perm):
            for c in cols:
                grid.remove(c)
            for k in perm:
                grid.append(cols[k])


def d_rowperm(tbl, trs, g, rng, what):
    order = row_perm_order(g, rng, what)
    parent = trs[0].getparent()
    anchor = trs[0].getprevious()
    for tr in trs:
        parent.remove(tr)
    pos = list(parent).index(anchor) + 1 if anchor is not None else 0
    for k, j in enumerate(order):
        parent.insert(pos + k, trs[j])


def d_notes(tbl, trs, g, rng, what):
    from copy import deepcopy
    nl = check_simple(g, what)
    for r, tr in enumerate(trs):
        last = tr.findall(W_NS + "tc")[-1]
        tc = deepcopy(last)
        ps = tc.findall(W_NS + "p")
        for p in ps[1:]:
            tc.remove(p)
        ts = list(ps[0].iter(W_NS + "t"))
        if r < g.nhead:
            text = "Notes"
        elif any(FIXED_ROW_RE.search(x) for x in g.rows[r][:nl]) or is_section(g.rows[r], nl):
            text = ""
        else:
            text = rng.choice(NOTES)
        if ts:
            ts[0].text = text
            for t in ts[1:]:
                t.text = ""
        elif text:
            raise Skip(f"{what}: an empty last cell to copy")
        last.addnext(tc)
    grid = tbl._tbl.find(W_NS + "tblGrid")
    if grid is not None and len(grid):
        grid.append(deepcopy(grid[-1]))


def d_header(tbl, trs, g, rng, what):
    """Word's "repeat as header row" turned on for the first row, or off where it is on."""
    from docx.oxml import OxmlElement
    on = [tr for tr in trs if tr.find(W_NS + "trPr") is not None and tr.find(W_NS + "trPr").find(W_NS + "tblHeader") is not None]
    if on:
        for tr in on:
            pr = tr.find(W_NS + "trPr")
            pr.remove(pr.find(W_NS + "tblHeader"))
        return
    pr = trs[0].find(W_NS + "trPr")
    if pr is None:
        pr = OxmlElement("w:trPr")
        trs[0].insert(0, pr)
    pr.append(OxmlElement("w:tblHeader"))


def d_runs(data, rng):
    """Every run split into one run per word, as revision marks and spell-checking leave Word's XML."""
    from copy import deepcopy
    d = docx_open(data)
    n = 0
    body = d.element.body
    for r in list(body.iter(W_NS + "r")):
        ts = r.findall(W_NS + "t")
        if len(ts) != 1 or len(list(r)) > 2 or not ts[0].text or " " not in ts[0].text.strip():
            continue
        words = re.findall(r"\S+\s*|\s+", ts[0].text)
        if len(words) < 2:
            continue
        prev = r
        for k, wd in enumerate(words):
            nr = deepcopy(r)
            t = nr.find(W_NS + "t")
            t.text = wd
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            prev.addnext(nr)
            prev = nr
        r.getparent().remove(r)
        n += 1
    if not n:
        raise Skip("no run of several words")
    return docx_save(d), []



# ------------------------------------------------------------------ more layout: hard line breaks, list marks, an offset table

P_RE = re.compile(r"(<p\b[^>]*>)(.*?)(</p>)", re.S | re.I)


def br_wrap(inner, width):
    """<br> at word boundaries about every width characters of text (tags are never split)."""
    parts = re.split(r"(<[^>]*>)", inner)
    out, col, added = [], 0, 0
    for part in parts:
        if part.startswith("<"):
            out.append(part)
            continue
        words = re.split(r"( +)", part)
        for wd in words:
            if wd.startswith(" ") and col >= width:
                out.append("<br>\n")
                col, added = 0, added + 1
                continue
            out.append(wd)
            col += len(html.unescape(wd))
    return "".join(out), added


def m_html_br(text, rng, info):
    """Paragraphs outside tables hard-broken with <br> at about 60 characters (a CMS's pasted letter)."""
    tables = [(m.start(), m.end()) for m in re.finditer(r"<table\b.*?</table>", text, re.S | re.I)]
    out, pos, n = [], 0, 0
    for m in P_RE.finditer(text):
        if any(a <= m.start() < b for a, b in tables):
            continue
        new, added = br_wrap(m.group(2), 60)
        if added:
            out.append(text[pos:m.start(2)])
            out.append(new)
            pos = m.end(2)
            n += 1
    if not n:
        raise Skip("no paragraph longer than 60 characters outside a table")
    out.append(text[pos:])
    return "".join(out), []


LIST_MARK_RE = re.compile(r"^(\s*)([•·▪◦*]|-|–)( +)(?=\S)", re.M)


def m_bullets(text, rng, info):
    """List marks swapped for another (• -> -, - or * -> •), the indentation kept."""
    head, body = split_eml(text)
    n = [0]

    def swap(m):
        n[0] += 1
        return m.group(1) + ("-" if m.group(2) == "•" else "•") + m.group(3)
    # only where two or more consecutive lines carry a mark (a list, not a dash starting a sentence)
    lines = body.split("\n")
    marked = [bool(LIST_MARK_RE.match(ln)) for ln in lines]
    for i, ln in enumerate(lines):
        if marked[i] and ((i > 0 and marked[i - 1]) or (i + 1 < len(lines) and marked[i + 1])):
            lines[i] = LIST_MARK_RE.sub(swap, ln, count=1)
    if not n[0]:
        raise Skip("no list of two or more marked lines")
    return head + "\n".join(lines), []


def m_csv_shift(text, rng, info):
    """Two blank lines on top and an empty first column (the table starts at B3, as exports sometimes do)."""
    rows, d = csv_rows(text)
    if not rows:
        raise Skip("empty")
    w = max(len(r) for r in rows)
    rows = [[""] * (w + 1), [""] * (w + 1)] + [[""] + r for r in rows]
    return csv_write(rows, d), []


def d_breaks(data, rng):
    """Word paragraphs longer than 60 characters hard-broken (w:br) at word boundaries, outside tables."""
    from copy import deepcopy
    d = docx_open(data)
    n = 0
    for p in d.paragraphs:
        runs = p._p.findall(W_NS + "r")
        if sum(len("".join(t.text or "" for t in r.iter(W_NS + "t"))) for r in runs) < 80:
            continue
        col = 0
        for r in runs:
            ts = r.findall(W_NS + "t")
            if len(ts) != 1 or len(list(r)) > 2 or not ts[0].text:
                col += sum(len(t.text or "") for t in ts)
                continue
            words = re.findall(r"\S+\s*|\s+", ts[0].text)
            pieces, cur = [], ""
            for wd in words:
                if col >= 60 and cur:
                    pieces.append(cur)
                    cur, col = "", 0
                cur += wd
                col += len(wd)
            pieces.append(cur)
            if len(pieces) == 1:
                continue
            prev = r
            for k, piece in enumerate(pieces):
                nr = deepcopy(r)
                t = nr.find(W_NS + "t")
                t.text = piece
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                if k:
                    br = nr.makeelement(W_NS + "br", {})
                    t.addprevious(br)
                prev.addnext(nr)
                prev = nr
            r.getparent().remove(r)
            n += 1
    if not n:
        raise Skip("no paragraph to break")
    return docx_save(d), []


# ------------------------------------------------------------------ periods respelled

# The periods the answer key gives the document being mutated ({(start, end)}, ISO days; set per
# document by gen): a period label is respelled only where the key says the document means that
# whole year, so that a respelling cannot change what a label means (a "2026/27" that the letter
# says runs to 30 November stays as it is).
KEYSPANS = set()

_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]


def _yy(y):
    return f"{y % 100:02d}"


def period_of_label(t):
    """(start, end) ISO days of a label that is plainly a whole financial or calendar year, else None."""
    t = re.sub(r"\s+", " ", t.strip())
    m = re.fullmatch(r"(?:(?:FY|Financial year|Financial Year) ?)?((?:19|20)\d\d) ?[/\-\u2013] ?(\d\d|\d{4})", t)
    if m:
        a, b = int(m.group(1)), m.group(2)
        b = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
        if b == a + 1:
            return (f"{a}-04-01", f"{b}-03-31", "fy", a)
        return None
    m = (re.fullmatch(r"(?:Calendar year|Calendar Year|CY) ?((?:19|20)\d\d)", t) or
         re.fullmatch(r"(?:Jan|January) ?[-\u2013] ?(?:Dec|December) ((?:19|20)\d\d)", t) or
         re.fullmatch(r"((?:19|20)\d\d) \((?:Jan|January) ?[-\u2013] ?(?:Dec|December)\)", t))
    if m:
        y = int(m.group(1))
        return (f"{y}-01-01", f"{y}-12-31", "cy", y)
    return None


def respell(kind, y, old, rng):
    if kind == "fy":
        b = y + 1
        forms = [f"{y}/{_yy(b)}", f"{y}-{_yy(b)}", f"{y}/{b}", f"FY {y}/{_yy(b)}", f"FY{_yy(y)}/{_yy(b)}",
                 f"Financial year {y}/{_yy(b)}", f"Apr {y} - Mar {b}", f"April {y} to March {b}",
                 f"1 April {y} to 31 March {b}", f"01/04/{y} - 31/03/{b}", f"Year ending 31 March {b}",
                 f"Year to 31 March {b}", f"{y}/{_yy(b)} (April to March)", f"Financial year {y} to {b}",
                 f"FYE {b}", f"YE Mar {b}", f"Apr {_yy(y)} \u2013 Mar {_yy(b)}", f"12 months to 31/03/{b}",
                 f"FY ending March {b}", f"FYE Mar {b}"]
    else:
        forms = [f"Calendar year {y}", f"CY{y}", f"Jan-Dec {y}", f"January - December {y}", f"{y} (Jan-Dec)",
                 f"1 January {y} to 31 December {y}", f"01/01/{y} - 31/12/{y}", f"Jan {y} - Dec {y}"]
    if os.environ.get("META_FORM"):   # exploring: one spelling for every label ("fy:3", "cy:2")
        want_kind, k = os.environ["META_FORM"].split(":")
        return forms[int(k)] if want_kind == kind and forms[int(k)] != old else None
    forms = [f for f in forms if f != old]
    return rng.choice(forms)


def respelled(t, rng, memo):
    """The label respelled (one spelling per period in a document), or None when it is no whole year the
    key gives."""
    p = period_of_label(t)
    if not p or (p[0], p[1]) not in KEYSPANS:
        return None
    if (p[0], p[1]) not in memo:
        memo[(p[0], p[1])] = respell(p[2], p[3], t.strip(), rng)
    return memo[(p[0], p[1])]


def m_html_periods(text, rng, info):
    memo, n = {}, [0]

    def cell(m):
        inner = m.group(3)
        if "<" in inner:
            return m.group(0)
        new = respelled(html.unescape(inner), rng, memo)
        if new is None:
            return m.group(0)
        n[0] += 1
        return f"<{m.group(1)}{m.group(2)}>{html.escape(new, quote=False)}</{m.group(1)}>"
    out = re.sub(r"<(th|td)\b([^>]*)>([^<]*)</\1>", cell, text, flags=re.I)
    if not n[0]:
        raise Skip("no whole-year period label the key gives")
    return out, []


def m_csv_periods(text, rng, info):
    rows, d = csv_rows(text)
    memo, n = {}, 0
    out = []
    for r in rows:
        nr = []
        for x in r:
            new = respelled(x, rng, memo)
            if new is not None:
                n += 1
            nr.append(x if new is None else new)
        out.append(nr)
    if not n:
        raise Skip("no whole-year period label the key gives")
    return csv_write(out, d), []


def x_periods(data, rng):
    wb = xlsx_open(data)
    memo, n = {}, 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    new = respelled(c.value, rng, memo)
                    if new is not None:
                        c.value = new
                        n += 1
    if not n:
        raise Skip("no whole-year period label the key gives")
    return xlsx_save(wb), []


PROSE_FY_RE = re.compile(r"\b((?:in|In|during|During|for|For) )((?:19|20)\d\d)/(\d\d)(?![\w/]|\.\d|-\d| to date| \(to| so far| YTD)")


def m_letter_periods(text, rng, info):
    """'2024/25' in a letter's sentences respelled as a reader writes the same year ('the year ending 31
    March 2025', 'April 2024 to March 2025', '2024-25'), where the key gives that whole year."""
    memo, n = {}, [0]
    forms = ["the year ending 31 March {b}", "April {y} to March {b}", "{y}-{yy}", "the financial year {y}/{yy}",
             "the period 1 April {y} to 31 March {b}"]

    def sub(m):
        y, yy = int(m.group(2)), int(m.group(3))
        b = y + 1
        if yy != b % 100 or (f"{y}-04-01", f"{b}-03-31") not in KEYSPANS:
            return m.group(0)
        if y not in memo:
            k = os.environ.get("META_PFORM")   # exploring: one spelling for every year
            memo[y] = (forms[int(k)] if k else rng.choice(forms)).format(y=y, b=b, yy=_yy(b))
        n[0] += 1
        return m.group(1) + memo[y]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        # prose only: a table's lines (cells set apart by two spaces, tabs or bars) keep their widths
        if re.search(r"\S(  |\t)|\|", line) or line.lstrip().startswith((">", "Subject:", "Re:", "RE:")):
            continue
        lines[i] = PROSE_FY_RE.sub(sub, line)
    out = "\n".join(lines)
    if not n[0]:
        raise Skip("no '2024/25' in a sentence the key gives as a whole year")
    return out, []


# ------------------------------------------------------------------ the mutations

HTML, CSVF, TEXT, XLSX, DOCX, PDF = ("html", "htm"), ("csv",), ("txt", "eml"), ("xlsx",), ("docx",), ("pdf",)
BINARY = set(XLSX + DOCX + PDF)

MUTATIONS = [
    # name, extensions, function, what it does
    ("html-colperm", HTML, html_mutation(m_html_colperm), "data columns of each simple table shuffled (label columns stay first)"),
    ("html-rowperm", HTML, html_mutation(m_html_rowperm), "body rows shuffled between total rows"),
    ("html-notes", HTML, html_mutation(m_html_notes), "a last column 'Notes' with words and no numbers"),
    ("html-notes-sect", HTML, html_mutation(m_html_notes_sections), "the 'Notes' column with a note on section rows too"),
    ("html-thead", HTML, html_mutation(m_html_thead), "<thead>/<tbody> removed where present, added where absent"),
    ("html-plain", HTML, html_mutation(m_html_plain), "no <thead>/<tbody>, every <th> a <td> (a CMS table)"),
    ("html-thtd", HTML, html_mutation(m_html_thtd), "body row labels <th> <-> <td>"),
    ("html-caption", HTML, html_mutation(m_html_caption), "a caption turned into a paragraph above the table, or 'Summary table' added"),
    ("html-div", HTML, html_mutation(m_html_div), "each table wrapped in two <div>s"),
    ("html-blank", HTML, html_mutation(m_html_blank), "an empty row after the header and before the total"),
    ("html-br", HTML, m_html_br, "paragraphs outside tables hard-broken with <br> at about 60 characters"),
    ("html-transpose", HTML, html_mutation(m_html_transpose), "simple category x outcome tables transposed"),
    ("html-wordpaste", HTML, html_mutation(m_html_wordpaste), "each cell's text in Word's <p class=MsoNormal><span> with <o:p></o:p>"),
    ("csv-colperm", CSVF, csv_grid_mutation(m_csv_colperm), "data columns shuffled (label columns stay first)"),
    ("csv-rowperm", CSVF, csv_grid_mutation(m_csv_rowperm), "body rows shuffled between total rows"),
    ("csv-notes", CSVF, csv_grid_mutation(m_csv_notes), "a last column 'Notes' with words and no numbers"),
    ("csv-transpose", CSVF, csv_grid_mutation(m_csv_transpose), "simple category x outcome tables transposed"),
    ("csv-shift", CSVF, m_csv_shift, "two blank rows on top and an empty first column"),
    ("csv-semicolon", CSVF, m_csv_semicolon, "';' as the delimiter"),
    ("csv-quoted", CSVF, m_csv_quoted, "every field quoted"),
    ("csv-crlf", CSVF, m_crlf, "CRLF <-> LF"),
    ("csv-bom", CSVF, m_csv_bom, "UTF-8 BOM added or removed"),
    ("csv-cp1252", CSVF, m_csv_cp1252, "UTF-8 <-> Windows-1252 where representable"),
    ("letter-wrap60", TEXT, m_wrap60, "prose paragraphs re-wrapped at 60 columns"),
    ("letter-unwrap", TEXT, m_unwrap, "prose paragraphs on one line each"),
    ("letter-blank2", TEXT, m_blank_double, "every blank line doubled"),
    ("letter-ws", TEXT, m_blank_ws, "trailing spaces on lines, spaces on blank lines"),
    ("letter-crlf", TEXT, m_crlf, "CRLF <-> LF"),
    ("xlsx-resave", XLSX, x_resave, "the workbook saved again by another program (openpyxl)"),
    ("xlsx-colperm", XLSX, xlsx_grid_mutation(x_colperm), "data columns of each sheet's table shuffled (values and styles)"),
    ("xlsx-rowperm", XLSX, xlsx_grid_mutation(x_rowperm), "body rows shuffled between total rows"),
    ("xlsx-notes", XLSX, xlsx_grid_mutation(x_notes), "a 'Notes' column after the table"),
    ("xlsx-shift", XLSX, x_shift, "two empty rows and an empty column before everything (the table moves to B3)"),
    ("docx-colperm", DOCX, docx_table_mutation(d_colperm), "data columns of each Word table shuffled"),
    ("docx-rowperm", DOCX, docx_table_mutation(d_rowperm), "body rows shuffled between total rows"),
    ("docx-notes", DOCX, docx_table_mutation(d_notes), "a last column 'Notes' in each Word table"),
    ("docx-header", DOCX, docx_table_mutation(d_header), "'repeat as header row' turned on (first row) or off"),
    ("docx-runs", DOCX, d_runs, "every run split into one run per word"),
    ("letter-bullets", TEXT, m_bullets, "list marks swapped (• <-> -)"),
    ("docx-breaks", DOCX, d_breaks, "long paragraphs hard-broken (w:br) at about 60 characters"),
    ("text-table-space", TEXT, m_table_respace, "fixed-width tables re-laid with other gaps, figures right-aligned"),
    ("text-table-tabs", TEXT, m_table_tabs, "fixed-width tables as tab-separated lines (pasted from a spreadsheet), rules dropped"),
    ("html-periods", HTML, m_html_periods, "whole-year period labels in table cells respelled ('2024/25' -> 'Year ending 31 March 2025', 'Apr 24 - Mar 25', ...)"),
    ("csv-periods", CSVF, m_csv_periods, "whole-year period cells respelled"),
    ("xlsx-periods", XLSX, x_periods, "whole-year period cells respelled"),
    ("letter-periods", TEXT, m_letter_periods, "'2024/25' in sentences respelled ('the year ending 31 March 2025', 'April 2024 to March 2025', ...)"),
    ("pdf-cairo", PDF, p_cairo, "the PDF printed again through cairo (pdftocairo -pdf): same pages, another producer's drawing"),
]
BY_NAME = {m[0]: m for m in MUTATIONS}


def mutate(path, name, rng):
    """The variant's bytes and the notes on tables left alone; Skip when the mutation does not apply."""
    with open(path, "rb") as f:
        data = f.read()
    if path.rsplit(".", 1)[-1].lower() in BINARY:
        out, notes = BY_NAME[name][2](data, rng)
        if out == data:
            raise Skip("no change")
        return out, notes
    try:
        text, info = decode(data)
    except UnicodeDecodeError:
        raise Skip("neither UTF-8 nor Windows-1252")
    new, notes = BY_NAME[name][2](text, rng, info)
    try:
        out = encode(new, info)
    except UnicodeEncodeError:
        raise Skip("not representable in the file's encoding")
    if out == data:
        raise Skip("no change")
    return out, notes


# ------------------------------------------------------------------ sets

def keyed_sets(root):
    sets = [("responses", os.path.join(root, "fixtures/responses"), os.path.join(root, "fixtures/expected.csv"))]
    for d in sorted(os.listdir(os.path.join(root, "fixtures"))):
        k = os.path.join(root, "fixtures", d, "expected.csv")
        if os.path.isfile(k):
            sets.append((d, os.path.join(root, "fixtures", d), k))
    return sets


def documents(setdir):
    out = []
    for d, dirs, files in os.walk(setdir):
        dirs[:] = sorted(x for x in dirs if not x.startswith("."))
        for f in sorted(files):
            rel = os.path.relpath(os.path.join(d, f), setdir).replace(os.sep, "/")
            if f in NOT_DOCS or f.startswith(".") or f.endswith(".py") or "/" not in rel:
                continue
            out.append(rel)
    return out


def load_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def write_key(rows, fields, path, files):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for r in rows:
            if r["source_file"] in files:
                w.writerow(r)


def gen(out, sets, names, seed):
    """Write the variant sets; returns {(mutation, set): [mutated files]}."""
    made = {}
    for sname, sdir, key in sets:
        docs = documents(sdir)
        with open(key, newline="", encoding="utf-8-sig") as f:
            fields = next(csv.reader(f))
        keyrows = load_csv(key)
        for name in names:
            exts = BY_NAME[name][1]
            vdir = os.path.join(out, "sets", name, sname)
            shutil.rmtree(vdir, ignore_errors=True)
            variants, skips = {}, []
            for rel in docs:
                if CONTEXT_NAMES.search(os.path.basename(rel)):
                    continue
                if rel.rsplit(".", 1)[-1].lower() not in exts:
                    continue
                rng = random.Random(f"{seed}:{name}:{sname}/{rel}")
                KEYSPANS.clear()
                KEYSPANS.update((r["period_start"], r["period_end"]) for r in keyrows if r["source_file"] == rel)
                try:
                    data, notes = mutate(os.path.join(sdir, rel), name, rng)
                except Skip as e:
                    skips.append((rel, str(e)))
                    continue
                variants[rel] = data
                for n in notes:
                    skips.append((rel, "(another table mutated) " + n))
            if not variants:
                made[(name, sname)] = []
                continue
            folders = {os.path.dirname(r) for r in variants}
            files = set()
            for rel in docs:
                if os.path.dirname(rel) in folders or CONTEXT_NAMES.search(os.path.basename(rel)) and \
                        any((f + "/").startswith(os.path.dirname(rel) + "/") for f in folders):
                    files.add(rel)
            for rel in sorted(files):
                dst = os.path.join(vdir, rel)
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                if rel in variants:
                    with open(dst, "wb") as f:
                        f.write(variants[rel])
                else:
                    shutil.copyfile(os.path.join(sdir, rel), dst)
            write_key(keyrows, fields, os.path.join(vdir, "expected.csv"), files)
            with open(os.path.join(out, "sets", name, sname + ".skips.tsv"), "w", encoding="utf-8") as f:
                for rel, why in skips:
                    f.write(f"{rel}\t{why}\n")
            with open(os.path.join(out, "sets", name, sname + ".mutated.txt"), "w", encoding="utf-8") as f:
                f.write("".join(r + "\n" for r in sorted(variants)))
            made[(name, sname)] = sorted(variants)
    return made


# ------------------------------------------------------------------ scoring

ID = ["source_file", "force_id", "period_start", "period_end", "category", "measure", "subject", "outcome"]
VAL = ["value_status", "value", "value_min", "value_max", "exemption"]


def norm(row, field):
    v = (row.get(field) or "").strip()
    if field in ("value", "value_min", "value_max") and v:
        try:
            v = str(int(float(v)))
        except ValueError:
            pass
    return v


def match(got_rows, exp_rows, files):
    """score.py's matching, per figure: (right Counter, unmatched-expected Counter, unmatched-got Counter)."""
    exp, got = defaultdict(list), defaultdict(list)
    for r in exp_rows:
        if r["source_file"] in files:
            exp[tuple(norm(r, f) for f in ID)].append(tuple(norm(r, f) for f in VAL))
    for r in got_rows:
        if r.get("source_file", "") in files:
            got[tuple(norm(r, f) for f in ID)].append(tuple(norm(r, f) for f in VAL))
    right, want_left, have_left = Counter(), Counter(), Counter()
    for k in set(exp) | set(got):
        want, have = list(exp.get(k, [])), list(got.get(k, []))
        for v in list(want):
            if v in have:
                want.remove(v)
                have.remove(v)
                right[(k, v)] += 1
        for v in want:
            want_left[(k, v)] += 1
        for v in have:
            have_left[(k, v)] += 1
    return right, want_left, have_left


def summary(right, want_left, have_left):
    wrong = 0
    ids_w = Counter(k for (k, v), n in want_left.items() for _ in range(n))
    ids_h = Counter(k for (k, v), n in have_left.items() for _ in range(n))
    for k in ids_w:
        wrong += min(ids_w[k], ids_h.get(k, 0))
    exp = sum(right.values()) + sum(want_left.values())
    got = sum(right.values()) + sum(have_left.values())
    return {"expected": exp, "right": sum(right.values()), "wrong": wrong,
            "missing": sum(want_left.values()) - wrong, "extra": sum(have_left.values()) - wrong, "extracted": got}


def foi_build(foi, src, dst):
    shutil.rmtree(dst, ignore_errors=True)
    p = subprocess.run([foi, "build", src, "-o", dst, "-j", "1"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    if p.returncode not in (0, 2):
        raise RuntimeError(f"foi build {src} failed ({p.returncode}): {p.stderr[-400:]}")
    rows = load_csv(os.path.join(dst, "records.csv"))
    for f in os.listdir(dst):  # keep what a finding is read from; the rest is megabytes per build
        if f not in ("records.csv", "issues.csv", "sources.csv"):
            x = os.path.join(dst, f)
            shutil.rmtree(x) if os.path.isdir(x) else os.remove(x)
    return rows


def score_line(records, key):
    if not os.path.exists(SCORE):
        return ""
    p = subprocess.run([sys.executable, SCORE, records, key], capture_output=True, text=True)
    return p.stdout.strip().splitlines()[-1] if p.stdout.strip() else p.stderr.strip()


def fmt(k, v):
    keep = dict(zip(ID, k))
    vals = dict(zip(VAL, v)) if v else {}
    ident = " ".join(keep[f] for f in ID[2:])
    if not v:
        return ident
    return f"{ident} = {vals['value_status']} {vals['value'] or ''}".rstrip() + \
        (f" [{vals['value_min']}-{vals['value_max']}]" if vals["value_status"] == "suppressed" else "") + \
        (f" {vals['exemption']}" if vals["exemption"] else "")


def run(out, sets, names, seed, foi, floors, quiet):
    t0 = time.time()
    made = gen(out, sets, names, seed)
    base = {}
    for sname, sdir, key in sets:
        if any(made.get((n, sname)) for n in names):
            base[sname] = (foi_build(foi, sdir, os.path.join(out, "base", sname)), load_csv(key))
    table, findings = [], []
    for name in names:
        tot = Counter()
        for sname, sdir, key in sets:
            mutated = made.get((name, sname))
            if not mutated:
                continue
            vdir = os.path.join(out, "sets", name, sname)
            vkey = os.path.join(vdir, "expected.csv")
            files = set(documents(vdir))
            recs = foi_build(foi, vdir, os.path.join(out, "build", name, sname))
            exp_rows = load_csv(vkey)
            b_right, b_want, b_have = match(base[sname][0], exp_rows, files)
            v_right, v_want, v_have = match(recs, exp_rows, files)
            bs, vs = summary(b_right, b_want, b_have), summary(v_right, v_want, v_have)
            line = score_line(os.path.join(out, "build", name, sname, "records.csv"), vkey)
            if line and not re.search(rf"expected {vs['expected']}, extracted {vs['extracted']}, right {vs['right']}, "
                             rf"wrong {vs['wrong']}, extra {vs['extra']}\)", line):
                print(f"warning: score.py disagrees on {name}/{sname}: {line} vs {vs}", file=sys.stderr)
            tot["docs"] += len(mutated)
            for f in ("expected", "right", "wrong", "missing", "extra"):
                tot[f] += vs[f]
                tot["base_" + f] += bs[f]
            lost = b_right - v_right
            new_have = v_have - b_have
            new_ids = Counter()
            for (k, v), n in new_have.items():
                new_ids[k] += n
            for (k, v), n in sorted(lost.items()):
                for _ in range(n):
                    if new_ids[k] > 0:
                        new_ids[k] -= 1
                        got = [fmt(k2, v2) for (k2, v2) in new_have if k2 == k]
                        findings.append((name, sname, k[0], "WRONG", fmt(k, v) + "  got " + "; ".join(got)))
                    else:
                        findings.append((name, sname, k[0], "LOST", fmt(k, v)))
            for (k, v), n in sorted(new_have.items()):
                left = min(n, new_ids[k])
                if left > 0:
                    new_ids[k] -= left
                    for _ in range(left):
                        findings.append((name, sname, k[0], "EXTRA", fmt(k, v)))
            tot["findings"] = sum(1 for f in findings if f[0] == name)
        table.append((name, tot))
    # report
    print(f"{'mutation':15} {'docs':>5} {'expected':>8} {'right':>6} {'wrong':>5} {'missing':>7} {'extra':>5}"
          f"  {'unmutated r/w/m/x':>19} {'findings':>8}")
    failed = []
    for name, t in table:
        base_s = f"{t['base_right']}/{t['base_wrong']}/{t['base_missing']}/{t['base_extra']}"
        print(f"{name:15} {t['docs']:5} {t['expected']:8} {t['right']:6} {t['wrong']:5} {t['missing']:7} "
              f"{t['extra']:5}  {base_s:>19} {t['findings']:8}")
        if floors is not None and t["findings"] > floors.get(name, 0):
            failed.append(f"{name}: {t['findings']} findings, floor {floors.get(name, 0)}")
    if not quiet and findings:
        print()
        cur = None
        for name, sname, src, kind, what in sorted(findings, key=lambda f: f[:3]):
            if (name, sname, src) != cur:
                cur = (name, sname, src)
                print(f"{name}  {os.path.join(out, 'sets', name, sname, src)}")
            print(f"    {kind:5} {what}")
    print(f"\n{sum(1 for _ in findings)} findings; {time.time() - t0:.1f}s")
    for f in failed:
        print("FAIL " + f)
    return 1 if failed else 0


def main(argv):
    args = argv[1:]
    if not args or args[0] not in ("list", "gen", "run"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, opts = args[0], {}
    i = 1
    flags = {"--quiet"}
    while i < len(args):
        if args[i] in flags:
            opts[args[i]] = True
            i += 1
        elif args[i].startswith("--") and i + 1 < len(args):
            opts[args[i]] = args[i + 1]
            i += 2
        else:
            print(f"metamorphic.py: unknown argument {args[i]!r}", file=sys.stderr)
            return 2
    if mode == "list":
        for name, exts, _, what in MUTATIONS:
            print(f"{name:15} {','.join(exts):9} {what}")
        return 0
    out = os.path.abspath(opts.get("--out", os.path.join(ROOT, "build/metamorphic")))
    sets = keyed_sets(ROOT)
    if "--sets" in opts:
        want = opts["--sets"].split(",")
        unknown = set(want) - {s[0] for s in sets}
        if unknown:
            print(f"metamorphic.py: unknown set(s) {sorted(unknown)}", file=sys.stderr)
            return 2
        sets = [s for s in sets if s[0] in want]
    names = [m[0] for m in MUTATIONS]
    if "--mutations" in opts:
        names = [n for n in opts["--mutations"].split(",") if n]
        unknown = [n for n in names if n not in BY_NAME]
        if unknown:
            print(f"metamorphic.py: unknown mutation(s) {unknown}", file=sys.stderr)
            return 2
    seed = opts.get("--seed", "1")
    if mode == "gen":
        made = gen(out, sets, names, seed)
        for (name, sname), files in sorted(made.items()):
            if files:
                print(f"{name:15} {sname:15} {len(files)} documents")
        return 0
    floors = None
    if "--floors" in opts:
        floors = {}
        with open(opts["--floors"], encoding="utf-8") as f:
            for ln in f:
                p = ln.split("#")[0].split()
                if len(p) == 2:
                    floors[p[0]] = int(p[1])
    foi = os.path.abspath(opts.get("--foi", os.path.join(ROOT, "build/foi")))
    return run(out, sets, names, seed, foi, floors, "--quiet" in opts)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
